//! Every human-readable text of a questionnaire with its place in the document, so a
//! missing translation can be reported at `file:line:column` and counted.

use super::{QuestionKind, Questionnaire};
use crate::locate::{Locations, Position};
use crate::text::{Lang, Text};

/// Each text with its path in the document (`sections[0].questions[2].options[1].label`),
/// in document order.
pub fn texts(q: &Questionnaire) -> Vec<(String, &Text)> {
    let mut out: Vec<(String, &Text)> = vec![("title".into(), &q.title)];
    opt(&mut out, "description".into(), q.description.as_ref());
    let s = &q.scoring();
    opt(&mut out, "scoring.source".into(), s.source.as_ref());
    for (i, r) in s.roles.iter().enumerate() {
        out.push((format!("scoring.roles[{i}].label"), &r.label));
        out.push((
            format!("scoring.roles[{i}].headcount_source"),
            &r.headcount_source,
        ));
        opt(
            &mut out,
            format!("scoring.roles[{i}].hourly_cost_source"),
            r.hourly_cost_source.as_ref(),
        );
    }
    for (i, f) in s.frequencies.iter().enumerate() {
        out.push((format!("scoring.frequencies[{i}].label"), &f.label));
    }
    for (i, b) in s.bands.iter().enumerate() {
        out.push((format!("scoring.bands[{i}].label"), &b.label));
        opt(
            &mut out,
            format!("scoring.bands[{i}].description"),
            b.description.as_ref(),
        );
    }
    for (i, f) in s.flags.iter().enumerate() {
        out.push((format!("scoring.flags[{i}].message"), &f.message));
    }
    if let Some(list) = &q.admin_tasks {
        out.push(("admin_tasks.source".into(), &list.source));
        for (i, a) in list.items.iter().enumerate() {
            out.push((format!("admin_tasks.items[{i}].label"), &a.label));
        }
    }
    for (si, section) in q.sections.iter().enumerate() {
        let sp = format!("sections[{si}]");
        out.push((format!("{sp}.title"), &section.title));
        opt(&mut out, format!("{sp}.intro"), section.intro.as_ref());
        for (qi, question) in section.questions.iter().enumerate() {
            let qp = format!("{sp}.questions[{qi}]");
            out.push((format!("{qp}.text"), &question.text));
            opt(&mut out, format!("{qp}.hint"), question.hint.as_ref());
            if let QuestionKind::Number { unit, .. } = &question.kind {
                opt(&mut out, format!("{qp}.unit"), unit.as_ref());
            }
            for (i, o) in question.kind.options().iter().enumerate() {
                out.push((format!("{qp}.options[{i}].label"), &o.label));
            }
            if let QuestionKind::Matrix { rows, .. } = &question.kind {
                for (i, r) in rows.iter().enumerate() {
                    out.push((format!("{qp}.rows[{i}].label"), &r.label));
                }
            }
            for (i, p) in question.kind.scale().iter().enumerate() {
                out.push((format!("{qp}.scale[{i}].label"), &p.label));
            }
            if let Some(c) = &question.constraint {
                out.push((format!("{qp}.constraint.message"), &c.message));
            }
        }
    }
    opt(&mut out, "closing".into(), q.closing.as_ref());
    out
}

fn opt<'q>(out: &mut Vec<(String, &'q Text)>, path: String, text: Option<&'q Text>) {
    if let Some(t) = text {
        out.push((path, t));
    }
}

/// A text that has nothing in a language, and where to find it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Missing {
    pub path: String,
    /// The text's `en:` key, or the text itself where it has none.
    pub position: Option<Position>,
}

/// The texts with nothing in `lang`, in document order.
pub fn missing(q: &Questionnaire, lang: Lang, locations: &Locations) -> Vec<Missing> {
    texts(q)
        .into_iter()
        .filter(|(_, t)| !t.has(lang))
        .map(|(path, _)| Missing {
            position: locations.find(&format!("{path}.en")),
            path,
        })
        .collect()
}
