//! What differs between two records: answers, task estimates, and what that does to each
//! role's figures and to the rating. Both sides' figures come from the scoring engine.

use serde::Serialize;

use super::Opened;
use super::answer_words::{answer_words, number};
use crate::answers::{Answer, TaskRow};
use crate::scoring::Estimate;
use crate::text::Lang;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AnswerChange {
    pub question: String,
    /// The question's text, in the language asked for.
    pub text: String,
    pub section: String,
    /// `None` when the first record has no answer (added).
    pub before: Option<String>,
    /// `None` when the second record has no answer (removed).
    pub after: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TaskChange {
    /// Position in each record's task list, counted from 1.
    pub before: Option<usize>,
    pub after: Option<usize>,
    pub description: String,
    /// Field, old value, new value: only what changed.
    pub fields: Vec<(String, String, String)>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RoleChange {
    pub role: String,
    pub label: String,
    pub weekly_before: Estimate,
    pub weekly_after: Estimate,
    pub system_before: Estimate,
    pub system_after: Estimate,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RecordDiff {
    pub a: String,
    pub b: String,
    pub answers: Vec<AnswerChange>,
    pub tasks: Vec<TaskChange>,
    /// Every role either record affects, whether or not its figures changed.
    pub roles: Vec<RoleChange>,
    /// The ratings' band labels, in the language asked for.
    pub rating_before: String,
    pub rating_after: String,
    /// The ratings' band ids, the same in every language, for scripts.
    pub rating_id_before: String,
    pub rating_id_after: String,
    pub flags_added: Vec<String>,
    pub flags_removed: Vec<String>,
}

impl RecordDiff {
    /// Nothing differs that a reader would see.
    pub fn is_empty(&self) -> bool {
        self.answers.is_empty()
            && self.tasks.is_empty()
            && self.rating_before == self.rating_after
            && self.flags_added.is_empty()
            && self.flags_removed.is_empty()
            && self.roles.iter().all(|r| {
                r.weekly_before.max_difference(&r.weekly_after) < 1e-9
                    && r.system_before.max_difference(&r.system_after) < 1e-9
            })
    }
}

pub fn diff_records(a: &Opened, b: &Opened, lang: Lang) -> RecordDiff {
    let mut answers = Vec::new();
    let mut seen = std::collections::BTreeSet::new();
    // The second record's questionnaire order, then questions only the first one has.
    let order = b
        .questionnaire
        .questions()
        .chain(a.questionnaire.questions());
    for (section, question) in order {
        if question.id == "tasks" || !seen.insert(question.id.clone()) {
            continue;
        }
        let before = a.answers.get(&question.id).filter(|x| !x.is_empty());
        let after = b.answers.get(&question.id).filter(|x| !x.is_empty());
        if before == after {
            continue;
        }
        let words = |x: Option<&Answer>, o: &Opened| {
            x.map(|x| {
                let q = o.questionnaire.question(&question.id).unwrap_or(question);
                answer_words(q, x, lang)
            })
        };
        answers.push(AnswerChange {
            question: question.id.clone(),
            text: question.text.get(lang).to_string(),
            section: section.title.get(lang).to_string(),
            before: words(before, a),
            after: words(after, b),
        });
    }

    let rows = |o: &Opened| -> Vec<TaskRow> {
        o.answers
            .get("tasks")
            .and_then(Answer::as_tasks)
            .map(<[TaskRow]>::to_vec)
            .unwrap_or_default()
    };
    let tasks = diff_tasks(&rows(a), &rows(b));

    let mut roles = Vec::new();
    for role in &b.questionnaire.scoring().roles {
        let (Some(x), Some(y)) = (a.results.roles.get(&role.id), b.results.roles.get(&role.id))
        else {
            continue;
        };
        if !(x.affected || y.affected) {
            continue;
        }
        roles.push(RoleChange {
            role: role.id.clone(),
            label: role.label.get(lang).to_string(),
            weekly_before: x.per_person_hours_per_week,
            weekly_after: y.per_person_hours_per_week,
            system_before: x.system_hours_per_year,
            system_after: y.system_hours_per_year,
        });
    }
    let band = |o: &Opened| {
        o.questionnaire
            .band(&o.results.rating)
            .map_or(o.results.rating.clone(), |b| b.label.get(lang).to_string())
    };
    let ids =
        |o: &Opened| -> Vec<String> { o.results.flags.iter().map(|f| f.id.clone()).collect() };
    let (fa, fb) = (ids(a), ids(b));
    RecordDiff {
        a: a.record.id.clone(),
        b: b.record.id.clone(),
        answers,
        tasks,
        roles,
        rating_before: band(a),
        rating_after: band(b),
        rating_id_before: a.results.rating.clone(),
        rating_id_after: b.results.rating.clone(),
        flags_added: fb.iter().filter(|f| !fa.contains(f)).cloned().collect(),
        flags_removed: fa.iter().filter(|f| !fb.contains(f)).cloned().collect(),
    }
}

/// Rows are paired by description first (a reordered list is not a change), then the
/// rest by position; what is left over was added or removed.
fn diff_tasks(a: &[TaskRow], b: &[TaskRow]) -> Vec<TaskChange> {
    let mut pair_of_b: Vec<Option<usize>> = vec![None; b.len()];
    let mut used_a = vec![false; a.len()];
    for (j, row) in b.iter().enumerate() {
        if let Some(i) = (0..a.len()).find(|&i| !used_a[i] && a[i].description == row.description) {
            used_a[i] = true;
            pair_of_b[j] = Some(i);
        }
    }
    for j in 0..b.len() {
        if pair_of_b[j].is_none() && j < a.len() && !used_a[j] {
            used_a[j] = true;
            pair_of_b[j] = Some(j);
        }
    }
    let mut out = Vec::new();
    for (j, row) in b.iter().enumerate() {
        match pair_of_b[j] {
            Some(i) => {
                let fields = row_fields(&a[i], row);
                if !fields.is_empty() {
                    out.push(TaskChange {
                        before: Some(i + 1),
                        after: Some(j + 1),
                        description: row.description.clone(),
                        fields,
                    });
                }
            }
            None => out.push(TaskChange {
                before: None,
                after: Some(j + 1),
                description: row.description.clone(),
                fields: Vec::new(),
            }),
        }
    }
    for (i, row) in a.iter().enumerate() {
        if !used_a[i] {
            out.push(TaskChange {
                before: Some(i + 1),
                after: None,
                description: row.description.clone(),
                fields: Vec::new(),
            });
        }
    }
    out
}

fn row_fields(a: &TaskRow, b: &TaskRow) -> Vec<(String, String, String)> {
    let mut out = Vec::new();
    let mut field = |name: &str, x: String, y: String| {
        if x != y {
            out.push((name.to_string(), x, y));
        }
    };
    field("description", a.description.clone(), b.description.clone());
    field("roles", a.roles.join(", "), b.roles.join(", "));
    field("minutes.low", number(a.minutes.low), number(b.minutes.low));
    field(
        "minutes.likely",
        number(a.minutes.likely),
        number(b.minutes.likely),
    );
    field(
        "minutes.high",
        number(a.minutes.high),
        number(b.minutes.high),
    );
    field("frequency", a.frequency.clone(), b.frequency.clone());
    field("count", number(a.count), number(b.count));
    field("share", number(a.share), number(b.share));
    field("change", a.change.as_str().into(), b.change.as_str().into());
    field(
        "admin_task",
        a.admin_task.clone().unwrap_or_default(),
        b.admin_task.clone().unwrap_or_default(),
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answers::{Change, Minutes};

    fn row(d: &str, likely: f64) -> TaskRow {
        TaskRow {
            description: d.into(),
            roles: vec!["teacher".into()],
            minutes: Minutes {
                low: 10.0,
                likely,
                high: 60.0,
            },
            frequency: "per_term".into(),
            count: 1.0,
            share: 1.0,
            change: Change::New,
            admin_task: None,
        }
    }

    #[test]
    fn tasks_pair_by_description_then_position() {
        let a = vec![
            row("Write IDP", 30.0),
            row("Meet parents", 20.0),
            row("Old", 5.0),
        ];
        let b = vec![
            row("Meet parents", 25.0),
            row("Write IDP", 30.0),
            row("New", 5.0),
        ];
        let d = diff_tasks(&a, &b);
        // Reordering is not a change; "Meet parents" changed its likely minutes; "Old"
        // and "New" sit at the same position, so they pair as a renamed row.
        assert_eq!(d.len(), 2, "{d:?}");
        assert_eq!(d[0].before, Some(2));
        assert_eq!(d[0].after, Some(1));
        assert_eq!(
            d[0].fields,
            vec![("minutes.likely".into(), "20".into(), "25".into())]
        );
        assert_eq!(d[1].fields[0].0, "description");
        let d = diff_tasks(&a, &a[..1]);
        assert_eq!(d.len(), 2);
        assert!(d.iter().all(|t| t.after.is_none()));
    }
}
