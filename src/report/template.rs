//! An answers file to fill in: every question as a commented entry, so a person or a
//! script can write answers for `wia new` without reading the questionnaire's YAML.

use std::fmt::Write;

use crate::i18n::Lang;
use crate::questionnaire::condition::{Condition, Test};
use crate::questionnaire::{QuestionKind, Questionnaire};
use crate::t;
// Ids from a questionnaire file, written so that YAML 1.1 readers take them for text too.
use crate::yaml_out::text_scalar;

/// Render a condition in words, for "only when ..." notes.
pub fn describe_condition(c: &Condition, lang: Lang) -> String {
    let join = |list: &[Condition], id: &str| {
        list.iter()
            .map(|c| describe_condition(c, lang))
            .reduce(|first, second| {
                // Welsh says "ac" before a vowel; the message decides what to do with it.
                let vowel = second
                    .chars()
                    .next()
                    .is_some_and(|ch| "aeiouwyAEIOUWY".contains(ch));
                t!(
                    lang,
                    id,
                    first = first,
                    vowel = if vowel { "yes" } else { "no" },
                    second = second
                )
            })
            .unwrap_or_default()
    };
    match c {
        Condition::All(list) => join(list, "template-and"),
        Condition::Any(list) => format!("({})", join(list, "template-or")),
        Condition::Not(inner) => t!(
            lang,
            "template-not",
            condition = describe_condition(inner, lang)
        ),
        Condition::Answer {
            question,
            row,
            test,
        } => {
            // A matrix row is named as an answers file names it: `c3.other`.
            let named = match row {
                Some(r) => format!("{question}.{r}"),
                None => question.clone(),
            };
            let q = named.as_str();
            let rhs = |s: &crate::questionnaire::condition::Scalar| s.to_string();
            let compare = |op: &str, s| format!("{q} {op} {}", rhs(s));
            match test {
                Test::Eq(s) => t!(lang, "template-is", question = q, value = rhs(s)),
                Test::Ne(s) => t!(lang, "template-is-not", question = q, value = rhs(s)),
                Test::In(list) => t!(
                    lang,
                    "template-is-one-of",
                    question = q,
                    values = list.iter().map(rhs).collect::<Vec<_>>().join(", ")
                ),
                Test::Lt(s) => compare("<", s),
                Test::Le(s) => compare("<=", s),
                Test::Gt(s) => compare(">", s),
                Test::Ge(s) => compare(">=", s),
                Test::Answered(true) => t!(lang, "template-answered", question = q),
                Test::Answered(false) => t!(lang, "template-not-answered", question = q),
            }
        }
        Condition::Score { measure, role, .. } => t!(
            lang,
            "template-score",
            measure = format!("{measure:?}"),
            role = role
                .clone()
                .unwrap_or_else(|| t!(lang, "template-any-role"))
        ),
        Condition::Task(_) => t!(lang, "template-task-exists"),
    }
}

fn comment_lines(out: &mut String, indent: &str, text: &str) {
    for line in text.lines() {
        let _ = writeln!(out, "{}", format!("{indent}# {line}").trim_end());
    }
}

/// The answers template for `q`, in `lang` where the questionnaire has it.
pub fn answers_template(q: &Questionnaire, lang: Lang) -> String {
    answers_template_with_file(q, None, lang)
}

/// The template for a questionnaire that is not bundled: `questionnaire_file` names it
/// (relative to where the template is written), so `wia new --answers` finds it.
pub fn answers_template_with_file(q: &Questionnaire, file: Option<&str>, lang: Lang) -> String {
    let mut out = String::new();
    let header = t!(
        lang,
        "template-header",
        id = q.id.as_str(),
        version = q.version.as_str(),
        title = q.title.get(lang)
    );
    comment_lines(&mut out, "", &header);
    comment_lines(&mut out, "", &t!(lang, "template-intro"));
    let _ = writeln!(out, "questionnaire: {}", text_scalar(&q.id));
    if let Some(file) = file {
        comment_lines(&mut out, "", &t!(lang, "survey-template-file"));
        let _ = writeln!(out, "questionnaire_file: {}", text_scalar(file));
    }
    // An anonymous response names nobody, so the template asks for no one.
    if q.anonymous {
        comment_lines(&mut out, "", &t!(lang, "survey-template-anonymous"));
    } else {
        let _ = writeln!(out, "assessor:\n  name: ~\n  organisation: ~");
    }
    let _ = writeln!(out, "language: {}", lang.code());
    // A survey has no roles, so no headcounts to override.
    if !q.is_survey() {
        comment_lines(&mut out, "", &t!(lang, "template-headcounts"));
        let _ = writeln!(out, "headcounts: {{}}");
    }
    for role in &q.scoring().roles {
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
            let when = t!(
                lang,
                "template-section-when",
                condition = describe_condition(c, lang)
            );
            comment_lines(&mut out, "  ", &when);
        }
        for question in &section.questions {
            out.push('\n');
            let text = question.text.get(lang);
            let text = if question.required {
                t!(lang, "template-required", text = text)
            } else {
                text.to_string()
            };
            comment_lines(&mut out, "  ", &text);
            if let Some(h) = &question.hint {
                comment_lines(&mut out, "  ", h.get(lang));
            }
            if let Some(c) = &question.show_if {
                let when = t!(
                    lang,
                    "template-only-when",
                    condition = describe_condition(c, lang)
                );
                comment_lines(&mut out, "  ", &when);
            }
            comment_lines(&mut out, "  ", &shape(q, &question.kind, lang));
            let _ = writeln!(out, "  {}: ~", text_scalar(&question.id));
        }
    }
    // The texts come from a questionnaire file: nothing in one may reach a terminal that
    // shows the template, nor end a comment line early (a lone CR or U+2028 would, to YAML).
    crate::text::inert(&out).into_owned()
}

/// How the answer to a question of this kind is written.
fn shape(q: &Questionnaire, kind: &QuestionKind, lang: Lang) -> String {
    let options = |kind: &QuestionKind| {
        kind.options()
            .iter()
            .map(|o| {
                let other = if o.other {
                    t!(lang, "template-other")
                } else {
                    String::new()
                };
                format!("  {}: {}{other}", text_scalar(&o.value), o.label.get(lang))
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
        QuestionKind::SingleChoice { .. } => {
            format!("{}\n{}", t!(lang, "template-one-of"), options(kind))
        }
        QuestionKind::MultipleChoice { .. } => {
            format!("{}\n{}", t!(lang, "template-list-of"), options(kind))
        }
        QuestionKind::Ranking { rank_all, .. } => {
            let id = if *rank_all {
                "template-ranking-all"
            } else {
                "template-ranking"
            };
            format!("{}\n{}", t!(lang, id), options(kind))
        }
        QuestionKind::YesNo => t!(lang, "template-yes-no"),
        QuestionKind::Likert { .. } => t!(lang, "template-likert", scale = scale(kind)),
        QuestionKind::Matrix { rows, .. } => t!(
            lang,
            "template-matrix",
            scale = scale(kind),
            rows = rows
                .iter()
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
            let mut s = t!(
                lang,
                if *integer {
                    "template-whole-number"
                } else {
                    "template-number"
                }
            );
            if let Some(u) = unit {
                s = t!(lang, "template-unit", number = s, unit = u.get(lang));
            }
            s = match (min, max) {
                (Some(a), Some(b)) => t!(
                    lang,
                    "template-min-max",
                    number = s,
                    min = a.to_string(),
                    max = b.to_string()
                ),
                (Some(a), None) => t!(lang, "template-min", number = s, min = a.to_string()),
                (None, Some(b)) => t!(lang, "template-max", number = s, max = b.to_string()),
                (None, None) => s,
            };
            if let Some(v) = suggested {
                s = t!(
                    lang,
                    "template-suggested",
                    number = s,
                    value = v.to_string()
                );
            }
            s
        }
        QuestionKind::Percentage => t!(lang, "template-percentage"),
        QuestionKind::Date => t!(lang, "template-date"),
        QuestionKind::ShortText { max_length } => match max_length {
            Some(n) => t!(lang, "template-short-text-max", max = n.to_string()),
            None => t!(lang, "template-short-text"),
        },
        QuestionKind::LongText { .. } => t!(lang, "template-long-text"),
        QuestionKind::TaskList => {
            let freqs: Vec<&str> = q
                .scoring()
                .frequencies
                .iter()
                .map(|f| f.id.as_str())
                .collect();
            let roles: Vec<&str> = q.scoring().roles.iter().map(|r| r.id.as_str()).collect();
            t!(
                lang,
                "template-tasks",
                roles = roles.join(", "),
                frequencies = freqs.join(", ")
            )
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn condition(yaml: &str) -> Condition {
        #[derive(serde::Deserialize)]
        struct Wrap {
            #[serde(deserialize_with = "crate::questionnaire::condition::named::show_if")]
            show_if: Option<Condition>,
        }
        let wrap: Wrap = serde_yaml::from_str(&format!("show_if: {yaml}")).unwrap();
        wrap.show_if.unwrap()
    }

    #[test]
    fn conditions_in_words_in_both_languages() {
        let c = condition(
            "{all: [{question: funded, eq: \"yes\"}, {question: affects_idps, eq: \"yes\"}, {not: {question: lead_in, lt: 13}}]}",
        );
        assert_eq!(
            describe_condition(&c, Lang::En),
            "funded is \"yes\" and affects_idps is \"yes\" and not lead_in < 13"
        );
        // Welsh "ac" before a vowel, "a" before a consonant.
        assert_eq!(
            describe_condition(&c, Lang::Cy),
            "funded = \"yes\" ac affects_idps = \"yes\" a nid yw'n wir fod lead_in < 13"
        );
    }
}
