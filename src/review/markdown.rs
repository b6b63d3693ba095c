//! A record in full, in Markdown: its integrity, the Strategic Group summary, every
//! answer by section, and the per-task breakdown.

use std::fmt::Write;

use super::answer_words::{answer_words, number};
use super::{Opened, State};
use crate::answers::Answer;
use crate::report::{block, hours, inline, signed_hours, summary};
use crate::text::Lang;

pub fn record_markdown(o: &Opened, lang: Lang) -> String {
    let mut md = String::new();
    let _ = writeln!(md, "> Integrity: **{}**. {}\n", o.state.as_str(), integrity_words(&o.state));
    if let Some(w) = &o.warning {
        let _ = writeln!(md, "> Note: {}\n", inline(w));
    }
    md.push_str(&summary(&o.questionnaire, &o.record, &o.results, lang));
    md.push_str("\n\n## Answers\n");
    for section in &o.questionnaire.sections {
        let answered: Vec<_> = section
            .questions
            .iter()
            .filter(|q| q.id != "tasks")
            .filter_map(|q| Some((q, o.answers.get(&q.id).filter(|a| !a.is_empty())?)))
            .collect();
        if answered.is_empty() {
            continue;
        }
        let _ = writeln!(md, "\n### {}\n", inline(section.title.get(lang)));
        for (q, a) in answered {
            let words = answer_words(q, a, lang);
            let _ = writeln!(md, "- **{}** {}", inline(q.text.get(lang)), block_item(&words));
        }
    }
    md.push_str("\n## Tasks\n\n");
    let rows = o.answers.get("tasks").and_then(Answer::as_tasks).unwrap_or(&[]);
    if rows.is_empty() {
        md.push_str("No tasks.\n");
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
            "{}. **{}** ({}): {} / {} / {} minutes (low / likely / high), {}, x{}, share {}; {} hours a year across Wales",
            t.task,
            inline(&row.description),
            t.change.as_str(),
            number(row.minutes.low),
            number(row.minutes.likely),
            number(row.minutes.high),
            inline(&freq),
            number(row.count),
            number(row.share),
            signed_hours(t.system_hours_per_year.expected),
        );
        for r in &t.roles {
            let label = o
                .questionnaire
                .role(&r.role)
                .map_or(r.role.clone(), |x| x.label.get(lang).to_string());
            let _ = writeln!(
                md,
                "   - {}: {} hours a year per person, {} people, {} hours a year",
                inline(&label),
                signed_hours(r.per_person_hours_per_year.expected),
                hours(r.people),
                signed_hours(r.system_hours_per_year.expected),
            );
        }
    }
    md
}

/// An answer as a list item: later lines indented so they stay in the item.
fn block_item(text: &str) -> String {
    block(text).replace('\n', "\n  ")
}

pub fn integrity_words(state: &State) -> String {
    match state {
        State::Intact => "The content matches the digest it was saved with.".into(),
        State::Draft => {
            "A draft: its content matches its digest, but answers and figures may still change."
                .into()
        }
        State::Altered(why) => format!("Changed after it was saved: {why}. Do not rely on it."),
        State::Unreadable(why) => format!("Cannot be read: {why}."),
    }
}
