//! A task row as the person is typing it: every field kept as entered, so a half-made
//! row survives in the draft and an unreadable figure is shown back, not thrown away.

use serde_yaml::{Mapping, Value};

use crate::answers::{Change, TaskRow};
use crate::questionnaire::Questionnaire;
use crate::scoring::Estimate;

#[derive(Debug, Clone, PartialEq)]
pub struct TaskEdit {
    pub description: String,
    pub roles: Vec<String>,
    pub low: String,
    pub likely: String,
    pub high: String,
    pub frequency: Option<String>,
    pub count: String,
    /// Percent of the role's staff, as people think of it; the record stores a fraction.
    pub share: String,
    pub change: Change,
    pub admin_task: Option<String>,
}

impl Default for TaskEdit {
    fn default() -> Self {
        TaskEdit {
            description: String::new(),
            roles: Vec::new(),
            low: String::new(),
            likely: String::new(),
            high: String::new(),
            frequency: None,
            count: "1".into(),
            share: "100".into(),
            change: Change::New,
            admin_task: None,
        }
    }
}

/// Read a figure as typed: `1,200` and ` 12 ` are numbers, anything else is not.
pub fn parse_number(s: &str) -> Option<f64> {
    let t = s.trim().replace(',', "");
    if t.is_empty() {
        return None;
    }
    t.parse::<f64>().ok().filter(|n| n.is_finite())
}

/// A figure as a person would type it: no trailing `.0`, at most 6 decimals.
pub fn show_number(n: f64) -> String {
    let s = format!("{n:.6}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s == "-0" { "0".into() } else { s.to_string() }
}

fn figure(s: &str) -> Value {
    match parse_number(s) {
        Some(n) => crate::answers::number_value(n),
        None if s.trim().is_empty() => Value::Null,
        None => Value::String(s.to_string()),
    }
}

impl TaskEdit {
    pub fn from_row(row: &TaskRow) -> Self {
        TaskEdit {
            description: row.description.clone(),
            roles: row.roles.clone(),
            low: show_number(row.minutes.low),
            likely: show_number(row.minutes.likely),
            high: show_number(row.minutes.high),
            frequency: Some(row.frequency.clone()),
            count: show_number(row.count),
            share: show_number(row.share * 100.0),
            change: row.change,
            admin_task: row.admin_task.clone(),
        }
    }

    /// Read whatever a draft holds for a row, however incomplete.
    pub fn from_value(v: &Value) -> Self {
        let mut t = TaskEdit::default();
        let Value::Mapping(m) = v else { return t };
        let text = |v: Option<&Value>| -> Option<String> {
            match v? {
                Value::String(s) => Some(s.clone()),
                Value::Number(n) => Some(n.to_string()),
                _ => None,
            }
        };
        let shown = |v: Option<&Value>, scale: f64| -> Option<String> {
            match v? {
                Value::Number(n) => n.as_f64().map(|n| show_number(n * scale)),
                Value::String(s) => Some(s.clone()),
                _ => None,
            }
        };
        if let Some(d) = text(m.get("description")) {
            t.description = d;
        }
        t.roles = match m.get("roles") {
            Some(Value::Sequence(items)) => items
                .iter()
                .filter_map(|i| i.as_str().map(str::to_string))
                .collect(),
            Some(Value::String(s)) => vec![s.clone()],
            _ => Vec::new(),
        };
        match m.get("minutes") {
            Some(Value::Mapping(mins)) => {
                t.low = shown(mins.get("low"), 1.0).unwrap_or_default();
                t.likely = shown(mins.get("likely"), 1.0).unwrap_or_default();
                t.high = shown(mins.get("high"), 1.0).unwrap_or_default();
            }
            other => {
                let one = shown(other, 1.0).unwrap_or_default();
                (t.low, t.likely, t.high) = (one.clone(), one.clone(), one);
            }
        }
        t.frequency = text(m.get("frequency"));
        if let Some(c) = shown(m.get("count"), 1.0) {
            t.count = c;
        }
        if let Some(s) = shown(m.get("share"), 100.0) {
            t.share = s;
        }
        if m.get("change").and_then(Value::as_str) == Some("removed") {
            t.change = Change::Removed;
        }
        t.admin_task = text(m.get("admin_task"));
        t
    }

    /// The plain shape of an answers file; a figure that is not a number is kept as typed.
    pub fn to_value(&self) -> Value {
        let mut m = Mapping::new();
        m.insert("description".into(), self.description.clone().into());
        m.insert(
            "roles".into(),
            Value::Sequence(self.roles.iter().cloned().map(Value::String).collect()),
        );
        let mut mins = Mapping::new();
        mins.insert("low".into(), figure(&self.low));
        mins.insert("likely".into(), figure(&self.likely));
        mins.insert("high".into(), figure(&self.high));
        m.insert("minutes".into(), Value::Mapping(mins));
        if let Some(f) = &self.frequency {
            m.insert("frequency".into(), f.clone().into());
        }
        m.insert("count".into(), figure(&self.count));
        let share = match parse_number(&self.share) {
            Some(p) => crate::answers::number_value(p / 100.0),
            None => figure(&self.share),
        };
        m.insert("share".into(), share);
        m.insert("change".into(), self.change.as_str().into());
        if let Some(a) = &self.admin_task {
            m.insert("admin_task".into(), a.clone().into());
        }
        // Empty optional figures are left out rather than stored as null.
        m.retain(|_, v| !v.is_null());
        Value::Mapping(m)
    }

    /// The row for scoring, or what is missing or unreadable, in the words of the form.
    pub fn to_row(&self, lang: crate::i18n::Lang) -> Result<TaskRow, Vec<String>> {
        let mut missing = Vec::new();
        if self.description.trim().is_empty() {
            missing.push(crate::t!(lang, "task-missing-description"));
        }
        if self.roles.is_empty() {
            missing.push(crate::t!(lang, "task-missing-roles"));
        }
        for (name, s) in [
            ("task-figure-low", &self.low),
            ("task-figure-likely", &self.likely),
            ("task-figure-high", &self.high),
            ("task-figure-count", &self.count),
            ("task-figure-share", &self.share),
        ] {
            if parse_number(s).is_none() {
                let name = crate::t!(lang, name);
                missing.push(if s.trim().is_empty() {
                    crate::t!(lang, "task-missing-figure", name = name)
                } else {
                    crate::t!(
                        lang,
                        "task-unreadable-figure",
                        name = name,
                        text = format!("{s:?}")
                    )
                });
            }
        }
        if self.frequency.is_none() {
            missing.push(crate::t!(lang, "task-missing-frequency"));
        }
        let (Some(low), Some(likely), Some(high), Some(count), Some(share), Some(frequency)) = (
            parse_number(&self.low),
            parse_number(&self.likely),
            parse_number(&self.high),
            parse_number(&self.count),
            parse_number(&self.share),
            self.frequency.clone(),
        ) else {
            return Err(missing);
        };
        if !missing.is_empty() {
            return Err(missing);
        }
        // Built directly rather than through the YAML reader: this runs for every row on
        // every keystroke. `TaskRow::problems` then checks it as a file's row is checked.
        Ok(TaskRow {
            description: crate::text::nfc(&self.description),
            roles: self.roles.clone(),
            minutes: crate::answers::Minutes { low, likely, high },
            frequency,
            count,
            share: share / 100.0,
            change: self.change,
            admin_task: self.admin_task.clone(),
        })
    }

    /// Signed hours a year for one person who does the task, low / likely / high.
    pub fn hours_per_person_year(&self, q: &Questionnaire) -> Option<Estimate> {
        // Only the figures are wanted, not what is missing, so the language is any.
        let row = self.to_row(crate::i18n::Lang::En).ok()?;
        let per_year = q.frequency(&row.frequency)?.per_year * row.count;
        let m = row.minutes;
        Some(
            Estimate::new(m.low, m.likely, m.high)
                .scale(per_year / 60.0)
                .signed(row.change),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn complete() -> TaskEdit {
        TaskEdit {
            description: "Review each IDP".into(),
            roles: vec!["teacher".into()],
            low: "30".into(),
            likely: "45".into(),
            high: "90".into(),
            frequency: Some("per_term".into()),
            count: "2".into(),
            share: "25".into(),
            ..TaskEdit::default()
        }
    }

    #[test]
    fn a_complete_row_becomes_a_task_row_with_share_as_a_fraction() {
        let row = complete().to_row(crate::i18n::Lang::En).expect("complete");
        assert_eq!(row.share, 0.25);
        assert_eq!(row.minutes.likely, 45.0);
        assert_eq!(row.count, 2.0);
    }

    #[test]
    fn a_half_typed_row_survives_the_draft_round_trip() {
        let mut t = complete();
        t.high = "9o".into();
        t.frequency = None;
        let back = TaskEdit::from_value(&t.to_value());
        assert_eq!(back, t);
        let missing = back.to_row(crate::i18n::Lang::En).unwrap_err();
        assert_eq!(
            missing,
            ["the high figure \"9o\" is not a number", "choose how often"]
        );
    }

    #[test]
    fn hours_per_person_are_minutes_times_occurrences() {
        // 45 minutes, twice a term, three terms: 6 occurrences x 45 / 60 = 4.5 hours.
        let q = crate::questionnaire::bundled("wia-policy").expect("bundled");
        let e = complete().hours_per_person_year(q).expect("complete");
        assert_eq!(e.likely, 4.5);
        assert_eq!(e.low, 3.0);
        assert_eq!(e.high, 9.0);
    }
}
