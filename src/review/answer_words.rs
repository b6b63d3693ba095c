//! An answer in words, with the questionnaire's labels, for reading a record.

use crate::answers::{Answer, Choice};
use crate::questionnaire::model::Point;
use crate::questionnaire::{Question, QuestionKind};
use crate::text::Lang;

/// Numbers without trailing zeros: 2.5, 10, 0.25.
pub fn number(n: f64) -> String {
    let s = format!("{n:.6}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s == "-0" { "0".into() } else { s.to_string() }
}

/// The answer as a reader would say it. Text from the file is returned as it is: the
/// caller makes it safe for where it is shown.
pub fn answer_words(question: &Question, answer: &Answer, lang: Lang) -> String {
    let option = |value: &str| {
        question
            .kind
            .options()
            .iter()
            .find(|o| o.value == value)
            .map_or(value.to_string(), |o| o.label.get(lang).to_string())
    };
    let choice = |c: &Choice| match &c.other {
        Some(t) => format!("{}: {t}", option(&c.value)),
        None => option(&c.value),
    };
    let scale_label = |scale: &[crate::questionnaire::model::ScalePoint], v: &Point| {
        scale.iter().find(|p| p.value == *v).map_or_else(
            || v.number().map_or_else(|| v.to_string(), number),
            |p| p.label.get(lang).to_string(),
        )
    };
    match answer {
        // A Likert answer on a point that is not a number holds the point's code.
        Answer::Text(t) => match &question.kind {
            QuestionKind::Likert { scale } => scale_label(scale, &Point::Code(t.clone())),
            _ => t.clone(),
        },
        Answer::Number(n) => match &question.kind {
            QuestionKind::Percentage => format!("{}%", number(*n)),
            QuestionKind::Number { unit: Some(u), .. } => {
                format!("{} {}", number(*n), u.get(lang))
            }
            QuestionKind::Likert { scale } => scale_label(scale, &Point::Number(*n)),
            _ => number(*n),
        },
        Answer::Date(d) => d.format("%Y-%m-%d").to_string(),
        Answer::YesNo(b) => yes_no(*b, lang),
        Answer::Choice(c) => choice(c),
        Answer::Choices(list) => list.iter().map(choice).collect::<Vec<_>>().join("; "),
        Answer::Ranking(list) => list
            .iter()
            .enumerate()
            .map(|(i, v)| format!("{}. {}", i + 1, option(v)))
            .collect::<Vec<_>>()
            .join("; "),
        Answer::Matrix(m) => match &question.kind {
            QuestionKind::Matrix { rows, scale } => rows
                .iter()
                .filter_map(|r| {
                    let v = m.get(&r.id)?;
                    Some(format!("{}: {}", r.label.get(lang), scale_label(scale, v)))
                })
                .collect::<Vec<_>>()
                .join("; "),
            _ => String::new(),
        },
        Answer::Tasks(rows) => crate::review::answer_words::task_rows(rows.len(), lang),
    }
}

pub fn yes_no(b: bool, lang: Lang) -> String {
    crate::t!(lang, if b { "answer-yes" } else { "answer-no" })
}

pub fn task_rows(n: usize, lang: Lang) -> String {
    crate::t!(lang, "count-tasks", count = n)
}
