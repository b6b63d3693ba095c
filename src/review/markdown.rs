//! A record in full, in Markdown: its integrity, the Strategic Group summary, every
//! answer by section, and the per-task breakdown.

use std::fmt::Write;

use super::answer_words::{answer_words, number};
use super::{Opened, State};
use crate::answers::Answer;
use crate::report::{block, code, hours, inline, signed_hours, summary};
use crate::t;
use crate::text::Lang;

pub fn record_markdown(o: &Opened, lang: Lang) -> String {
    let mut md = String::new();
    let _ = writeln!(
        md,
        "> {}\n",
        t!(
            lang,
            "review-md-integrity",
            state = inline(&o.state.label(lang)),
            words = inline(&integrity_words(&o.state, lang))
        )
    );
    if let Some(status) = &o.signature {
        let _ = writeln!(
            md,
            "> {}\n",
            t!(
                lang,
                "review-md-signature",
                words = inline(&crate::sign::status_words(status, lang))
            )
        );
    }
    if let Some(w) = &o.warning {
        let _ = writeln!(md, "> {}\n", t!(lang, "review-md-note", note = inline(w)));
    }
    md.push_str(&summary(&o.questionnaire, &o.record, &o.results, lang));
    // A survey's summary lists its answers already, those that no longer apply apart,
    // and it has no tasks.
    if o.questionnaire.is_survey() {
        return md;
    }
    md.push_str(&answers_markdown(o, lang));
    let _ = write!(md, "\n## {}\n\n", t!(lang, "review-md-tasks"));
    let rows = o
        .answers
        .get("tasks")
        .and_then(Answer::as_tasks)
        .unwrap_or(&[]);
    if rows.is_empty() {
        let _ = writeln!(md, "{}", t!(lang, "review-md-no-tasks"));
    }
    for t in &o.results.tasks {
        let Some(row) = rows.get(t.task - 1) else {
            continue;
        };
        let freq = o
            .questionnaire
            .frequency(&row.frequency)
            .map_or(row.frequency.clone(), |f| f.label.get(lang).to_string());
        let _ = writeln!(
            md,
            "{}. **{}** {}",
            t.task,
            inline(&row.description),
            t!(
                lang,
                "review-md-task",
                change = t.change.as_str(),
                low = number(row.minutes.low),
                likely = number(row.minutes.likely),
                high = number(row.minutes.high),
                frequency = inline(&freq),
                count = number(row.count),
                share = number(row.share),
                hours = signed_hours(t.system_hours_per_year.expected)
            ),
        );
        for r in &t.roles {
            let label = o
                .questionnaire
                .role(&r.role)
                .map_or(r.role.clone(), |x| x.label.get(lang).to_string());
            let _ = writeln!(
                md,
                "   - {}: {}",
                inline(&label),
                t!(
                    lang,
                    "review-md-task-role",
                    person = signed_hours(r.per_person_hours_per_year.expected),
                    people = hours(r.people),
                    hours = signed_hours(r.system_hours_per_year.expected)
                ),
            );
        }
    }
    md
}

/// Every answer that counts, by section, then those kept though they no longer apply,
/// apart, so that nobody takes them for answers that count.
fn answers_markdown(o: &Opened, lang: Lang) -> String {
    let mut md = String::new();
    let _ = write!(md, "\n\n## {}\n", t!(lang, "review-md-answers"));
    let visibility = crate::answers::Visibility::compute(&o.questionnaire, &o.answers);
    for section in &o.questionnaire.sections {
        let answered: Vec<_> = section
            .questions
            .iter()
            .filter(|q| q.id != "tasks")
            .filter(|q| visibility.is_visible(&q.id))
            .filter_map(|q| Some((q, o.answers.get(&q.id).filter(|a| !a.is_empty())?)))
            .collect();
        if answered.is_empty() {
            continue;
        }
        let _ = writeln!(md, "\n### {}\n", inline(section.title.get(lang)));
        for (q, a) in answered {
            let words = answer_words(q, a, lang);
            let _ = writeln!(
                md,
                "- **{}** {}",
                inline(q.text.get(lang)),
                block_item(&words)
            );
        }
    }
    md.push_str(&no_longer_apply_markdown(o, lang));
    md
}

/// Answers kept in the record whose questions do not apply given the other answers: apart,
/// and said to be unused. Empty when there are none.
fn no_longer_apply_markdown(o: &Opened, lang: Lang) -> String {
    let mut md = String::new();
    let visibility = crate::answers::Visibility::compute(&o.questionnaire, &o.answers);
    let hidden = visibility.no_longer_apply(&o.questionnaire, &o.answers);
    if !hidden.is_empty() {
        let _ = write!(
            md,
            "\n### {}\n\n{}\n\n",
            t!(lang, "review-md-no-longer-apply"),
            t!(lang, "review-md-no-longer-apply-why")
        );
        for q in hidden {
            let words = o
                .answers
                .get(&q.id)
                .map(|a| answer_words(q, a, lang))
                .unwrap_or_default();
            let _ = writeln!(
                md,
                "- **{}** {}",
                inline(q.text.get(lang)),
                block_item(&words)
            );
        }
    }
    md
}

/// An answer as a list item: later lines indented so they stay in the item.
fn block_item(text: &str) -> String {
    block(text).replace('\n', "\n  ")
}

pub fn integrity_words(state: &State, lang: Lang) -> String {
    match state {
        State::Intact => t!(lang, "review-words-intact"),
        State::Draft => t!(lang, "review-words-draft"),
        State::Altered(_) | State::Unreadable(_) => t!(
            lang,
            &format!("review-words-{}", state.as_str()),
            why = state.reason(lang).unwrap_or_default()
        ),
    }
}

/// The responses stored for a record, each with its comments, its alternative estimates
/// and what the record's figures would be under them. Empty when there are none.
/// With `trusted`, each response says who signed it.
// Long because it writes each response's parts in the document's order (who, its signature,
// comments, alternative estimates and the figures under them).
pub fn responses_markdown(
    responses: &[(std::path::PathBuf, Result<super::Response, String>)],
    o: &Opened,
    trusted: Option<&crate::sign::AllowedSigners>,
    lang: Lang,
) -> String {
    let mut md = String::new();
    if responses.is_empty() {
        return md;
    }
    let _ = write!(md, "\n## {}\n\n", t!(lang, "review-md-responses"));
    let rows = o
        .answers
        .get("tasks")
        .and_then(Answer::as_tasks)
        .unwrap_or(&[]);
    for (path, r) in responses {
        let file = path.display().to_string();
        let r = match r {
            Ok(r) => r,
            Err(why) => {
                let first = why.lines().next().unwrap_or_default();
                let _ = writeln!(
                    md,
                    "- {}",
                    t!(
                        lang,
                        "review-md-response-unreadable",
                        file = inline(&file),
                        why = inline(first)
                    )
                );
                continue;
            }
        };
        let _ = writeln!(
            md,
            "- {}",
            t!(
                lang,
                "review-md-response",
                name = inline(&r.reviewer.name),
                organisation = inline(&r.reviewer.organisation),
                position = t!(lang, &format!("review-position-{}", r.position.as_str())),
                file = inline(&file)
            )
        );
        if let Some(trusted) = trusted {
            let status = crate::sign::check_file(path, crate::sign::NS_RESPONSE, trusted, lang);
            let _ = writeln!(
                md,
                "  - {}",
                t!(
                    lang,
                    "review-md-signature",
                    words = inline(&crate::sign::status_words(&status, lang))
                )
            );
        }
        if o.record.digest.as_deref() != Some(r.record_digest.as_str()) {
            let _ = writeln!(md, "  - {}", t!(lang, "review-md-response-stale"));
        }
        for c in &r.comments {
            let _ = writeln!(md, "  - {}: {}", code(&c.on), inline(&c.text));
        }
        for a in &r.alternatives {
            let Some(row) = a.task.checked_sub(1).and_then(|i| rows.get(i)) else {
                continue;
            };
            let mut parts = Vec::new();
            if let Some(m) = a.minutes {
                parts.push(t!(
                    lang,
                    "review-md-alt-minutes",
                    low = number(m.low),
                    likely = number(m.likely),
                    high = number(m.high),
                    was = format!(
                        "{} / {} / {}",
                        number(row.minutes.low),
                        number(row.minutes.likely),
                        number(row.minutes.high)
                    )
                ));
            }
            if let Some(s) = a.share {
                parts.push(t!(
                    lang,
                    "review-md-alt-share",
                    share = number(s),
                    was = number(row.share)
                ));
            }
            let reason = a
                .reason
                .as_deref()
                .map(|x| format!(" ({})", inline(x)))
                .unwrap_or_default();
            let _ = writeln!(
                md,
                "  - {}: {}{reason}",
                t!(lang, "review-md-alt-task", n = a.task),
                parts.join("; ")
            );
        }
        if !r.alternatives.is_empty() {
            let alt = super::what_if(o, &r.alternatives);
            let band = |res: &crate::scoring::Results| {
                o.questionnaire
                    .band(&res.rating)
                    .map_or(res.rating.clone(), |b| b.label.get(lang).to_string())
            };
            let mut roles = Vec::new();
            let mut system = Vec::new();
            for role in &o.questionnaire.scoring().roles {
                let (Some(x), Some(y)) = (o.results.roles.get(&role.id), alt.roles.get(&role.id))
                else {
                    continue;
                };
                let (sx, sy) = (
                    x.system_hours_per_year.expected,
                    y.system_hours_per_year.expected,
                );
                if (sx - sy).abs() > 1e-9 {
                    system.push(format!(
                        "{} {} → {}",
                        inline(role.label.get(lang)),
                        signed_hours(sx),
                        signed_hours(sy)
                    ));
                }
                let (x, y) = (
                    x.per_person_hours_per_week.expected,
                    y.per_person_hours_per_week.expected,
                );
                if (x - y).abs() > 1e-9 {
                    roles.push(format!(
                        "{} {} → {}",
                        inline(role.label.get(lang)),
                        signed_hours(x),
                        signed_hours(y)
                    ));
                }
            }
            let _ = writeln!(
                md,
                "  - {}",
                t!(
                    lang,
                    "review-md-what-if",
                    before = band(&o.results),
                    after = band(&alt),
                    roles = if roles.is_empty() {
                        "-".to_string()
                    } else {
                        roles.join("; ")
                    },
                    system = system.join("; ")
                )
            );
        }
    }
    md
}
