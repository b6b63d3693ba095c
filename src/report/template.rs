//! An answers file to fill in: every question as a commented entry, so a person or a
//! script can write answers for `wia new` without reading the questionnaire's YAML.

use std::fmt::Write;

use crate::questionnaire::condition::{Condition, Test};
use crate::questionnaire::{QuestionKind, Questionnaire};
use crate::text::Lang;

/// Render a condition in words, for "only when ..." notes.
pub fn describe_condition(c: &Condition) -> String {
    match c {
        Condition::All(list) => list
            .iter()
            .map(describe_condition)
            .collect::<Vec<_>>()
            .join(" and "),
        Condition::Any(list) => format!(
            "({})",
            list.iter()
                .map(describe_condition)
                .collect::<Vec<_>>()
                .join(" or ")
        ),
        Condition::Not(inner) => format!("not {}", describe_condition(inner)),
        Condition::Answer { question, test } => {
            let rhs = |s: &crate::questionnaire::condition::Scalar| s.to_string();
            match test {
                Test::Eq(s) => format!("{question} is {}", rhs(s)),
                Test::Ne(s) => format!("{question} is not {}", rhs(s)),
                Test::In(list) => format!(
                    "{question} is one of {}",
                    list.iter().map(rhs).collect::<Vec<_>>().join(", ")
                ),
                Test::Lt(s) => format!("{question} < {}", rhs(s)),
                Test::Le(s) => format!("{question} <= {}", rhs(s)),
                Test::Gt(s) => format!("{question} > {}", rhs(s)),
                Test::Ge(s) => format!("{question} >= {}", rhs(s)),
                Test::Answered(true) => format!("{question} is answered"),
                Test::Answered(false) => format!("{question} is not answered"),
            }
        }
        Condition::Score { measure, role, .. } => format!(
            "the {measure:?} score of {}",
            role.as_deref().unwrap_or("any role")
        ),
        Condition::Task(_) => "a matching task row exists".into(),
    }
}

fn comment_lines(out: &mut String, indent: &str, text: &str) {
    for line in text.lines() {
        let _ = writeln!(out, "{}", format!("{indent}# {line}").trim_end());
    }
}

/// The answers template for `q`, in `lang` where the questionnaire has it.
pub fn answers_template(q: &Questionnaire, lang: Lang) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "# Answers for questionnaire {} {}: {}",
        q.id,
        q.version,
        q.title.get(lang)
    );
    let _ = writeln!(
        out,
        "# Fill in the answers, then run: wia new --answers THIS_FILE"
    );
    let _ = writeln!(
        out,
        "# Answers left as ~ count as unanswered; `wia new` lists every required one"
    );
    let _ = writeln!(
        out,
        "# still missing, and `wia new --draft` saves the file's answers so far."
    );
    let _ = writeln!(out, "questionnaire: {}", q.id);
    let _ = writeln!(out, "assessor:\n  name: ~\n  organisation: ~");
    let _ = writeln!(out, "language: {}", lang.code());
    let _ = writeln!(
        out,
        "# Headcounts for system-wide figures; uncomment a line to replace the default."
    );
    let _ = writeln!(out, "headcounts: {{}}");
    for role in &q.scoring.roles {
        let _ = writeln!(
            out,
            "#  {}: {}   # {}, {}",
            role.id,
            role.headcount,
            role.label.get(lang),
            role.headcount_year
        );
    }
    let _ = writeln!(out, "answers:");
    for section in &q.sections {
        let _ = writeln!(out, "\n  # == {} ==", section.title.get(lang));
        if let Some(c) = &section.show_if {
            let _ = writeln!(
                out,
                "  # (this section applies only when {})",
                describe_condition(c)
            );
        }
        for question in &section.questions {
            out.push('\n');
            let required = if question.required { " (required)" } else { "" };
            comment_lines(
                &mut out,
                "  ",
                &format!("{}{required}", question.text.get(lang)),
            );
            if let Some(h) = &question.hint {
                comment_lines(&mut out, "  ", h.get(lang));
            }
            if let Some(c) = &question.show_if {
                let _ = writeln!(out, "  # Only when {}.", describe_condition(c));
            }
            comment_lines(&mut out, "  ", &shape(q, &question.kind, lang));
            let _ = writeln!(out, "  {}: ~", question.id);
        }
    }
    out
}

/// How the answer to a question of this kind is written.
fn shape(q: &Questionnaire, kind: &QuestionKind, lang: Lang) -> String {
    let options = |kind: &QuestionKind| {
        kind.options()
            .iter()
            .map(|o| {
                let other = if o.other {
                    ", write {value: VALUE, other: \"...\"}"
                } else {
                    ""
                };
                format!("  {}: {}{other}", o.value, o.label.get(lang))
            })
            .collect::<Vec<_>>()
            .join("\n")
    };
    let scale = |kind: &QuestionKind| {
        kind.scale()
            .iter()
            .map(|p| format!("{} {}", p.value, p.label.get(lang)))
            .collect::<Vec<_>>()
            .join(", ")
    };
    match kind {
        QuestionKind::SingleChoice { .. } => format!("One of:\n{}", options(kind)),
        QuestionKind::MultipleChoice { .. } => {
            format!("A list, such as [a, b], of:\n{}", options(kind))
        }
        QuestionKind::Ranking { .. } => {
            format!("A list, most important first, of:\n{}", options(kind))
        }
        QuestionKind::YesNo => "\"yes\" or \"no\"".into(),
        QuestionKind::Likert { .. } => format!("One of: {}", scale(kind)),
        QuestionKind::Matrix { rows, .. } => format!(
            "A map of row to scale value ({}), rows: {}",
            scale(kind),
            rows.iter()
                .map(|r| r.id.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        ),
        QuestionKind::Number {
            unit,
            min,
            max,
            integer,
            suggested,
        } => {
            let mut s = String::from(if *integer {
                "A whole number"
            } else {
                "A number"
            });
            if let Some(u) = unit {
                let _ = write!(s, " of {}", u.get(lang));
            }
            match (min, max) {
                (Some(a), Some(b)) => {
                    let _ = write!(s, ", {a} to {b}");
                }
                (Some(a), None) => {
                    let _ = write!(s, ", {a} or more");
                }
                (None, Some(b)) => {
                    let _ = write!(s, ", up to {b}");
                }
                (None, None) => {}
            }
            if let Some(v) = suggested {
                let _ = write!(s, " (reference figure: {v})");
            }
            s
        }
        QuestionKind::Percentage => "A percentage from 0 to 100".into(),
        QuestionKind::Date => "A date, YYYY-MM-DD".into(),
        QuestionKind::ShortText { max_length } => match max_length {
            Some(n) => format!("One line of text, up to {n} characters"),
            None => "One line of text".into(),
        },
        QuestionKind::LongText { .. } => {
            "Text; for several lines write |- and indent the lines below".into()
        }
        QuestionKind::TaskList => {
            let freqs: Vec<&str> = q
                .scoring
                .frequencies
                .iter()
                .map(|f| f.id.as_str())
                .collect();
            let roles: Vec<&str> = q.scoring.roles.iter().map(|r| r.id.as_str()).collect();
            format!(
                "A list of task rows, for example:\n  - description: Write a termly review note for each learner with an IDP\n    roles: [alnco]\n    minutes: {{low: 15, likely: 25, high: 45}}\n    frequency: per_term\n    count: 15\n    share: 0.9\n    change: new\nroles: {}\nfrequency: {}\nchange: new or removed; optional admin_task: an id from the questionnaire's admin_tasks list",
                roles.join(", "),
                freqs.join(", ")
            )
        }
    }
}
