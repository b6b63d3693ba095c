//! `wia export --answers`: one row per response, one column per question, in the
//! questionnaire's order. Codes always; with labels, a `QUESTION__label` column after each
//! coded one. A question that did not apply is blank, whatever stale answer it holds.

use crate::answers::Answer;
use crate::i18n::Lang;
use crate::questionnaire::{Question, QuestionKind, Questionnaire};
use crate::t;

use super::{Response, Responses, number};

/// One column of the export: its header and which part of which question it holds.
#[derive(Debug, Clone, PartialEq)]
pub struct Column {
    pub header: String,
    pub question: String,
    part: Part,
}

#[derive(Debug, Clone, PartialEq)]
enum Part {
    /// The code: an option's value, yes or no, a number, a date, the text.
    Value,
    /// The label of the code, in the language asked for.
    Label,
    /// The text of an "other, please specify" choice.
    Other,
    /// 1 when a multiple choice chose this option, else 0.
    Chosen(String),
    /// A matrix row's scale point.
    Row(String),
    RowLabel(String),
    /// The rank a ranking gave this option (1 is first); blank when left unranked.
    Rank(String),
    /// A task table: how many rows it has (its detail is in the record and `wia show`).
    TaskRows,
}

/// The columns for `q`, after `id`, `status` and `created`.
pub fn columns(q: &Questionnaire, labels: bool) -> Vec<Column> {
    let mut out = Vec::new();
    for (_, question) in q.questions() {
        let id = &question.id;
        let col = |suffix: &str, part: Part| Column {
            header: if suffix.is_empty() {
                id.clone()
            } else {
                format!("{id}__{suffix}")
            },
            question: id.clone(),
            part,
        };
        let has_other = question.kind.options().iter().any(|o| o.other);
        match &question.kind {
            QuestionKind::SingleChoice { .. } => {
                out.push(col("", Part::Value));
                if labels {
                    out.push(col("label", Part::Label));
                }
                if has_other {
                    out.push(col("other", Part::Other));
                }
            }
            QuestionKind::YesNo | QuestionKind::Likert { .. } => {
                out.push(col("", Part::Value));
                if labels {
                    out.push(col("label", Part::Label));
                }
            }
            QuestionKind::MultipleChoice { options, .. } => {
                for o in options {
                    out.push(col(&o.value, Part::Chosen(o.value.clone())));
                }
                if has_other {
                    out.push(col("other", Part::Other));
                }
            }
            QuestionKind::Matrix { rows, .. } => {
                for r in rows {
                    out.push(col(&r.id, Part::Row(r.id.clone())));
                    if labels {
                        out.push(col(
                            &format!("{}__label", r.id),
                            Part::RowLabel(r.id.clone()),
                        ));
                    }
                }
            }
            QuestionKind::Ranking { options, .. } => {
                for o in options {
                    out.push(col(&o.value, Part::Rank(o.value.clone())));
                }
            }
            QuestionKind::TaskList => out.push(col("rows", Part::TaskRows)),
            QuestionKind::Number { .. }
            | QuestionKind::Percentage
            | QuestionKind::Date
            | QuestionKind::ShortText { .. }
            | QuestionKind::LongText { .. } => out.push(col("", Part::Value)),
        }
    }
    out
}

/// The export as CSV, every cell through the one writer that guards against formulas.
pub fn answers_csv(responses: &Responses, labels: bool, lang: Lang) -> String {
    let q = &responses.questionnaire;
    let cols = columns(q, labels);
    let mut header = vec!["id", "status", "created"];
    header.extend(cols.iter().map(|c| c.header.as_str()));
    let rows = responses.responses.iter().map(|r| {
        let mut row = vec![
            r.id.clone(),
            r.status.as_str().to_string(),
            r.created.to_rfc3339(),
        ];
        row.extend(cols.iter().map(|c| cell(q, c, r, lang)));
        row
    });
    crate::csv_out::document(&header, rows)
}

fn cell(q: &Questionnaire, col: &Column, r: &Response, lang: Lang) -> String {
    let Some(question) = q.question(&col.question) else {
        return String::new();
    };
    if !r.visibility.is_visible(&question.id) {
        return String::new();
    }
    let Some(answer) = r.answers.get(&question.id).filter(|a| !a.is_empty()) else {
        return String::new();
    };
    match (&col.part, answer) {
        (Part::Value, a) => value(a),
        (Part::Label, a) => label(question, &value(a), lang),
        (Part::Other, Answer::Choice(c)) => c.other.clone().unwrap_or_default(),
        (Part::Other, Answer::Choices(list)) => list
            .iter()
            .filter_map(|c| c.other.clone())
            .collect::<Vec<_>>()
            .join("; "),
        (Part::Chosen(o), Answer::Choices(list)) => if list.iter().any(|c| &c.value == o) {
            "1"
        } else {
            "0"
        }
        .into(),
        (Part::Row(row), Answer::Matrix(rows)) => {
            rows.get(row).map(super::point).unwrap_or_default()
        }
        (Part::RowLabel(row), Answer::Matrix(rows)) => rows
            .get(row)
            .map(|v| label(question, &super::point(v), lang))
            .unwrap_or_default(),
        (Part::Rank(o), Answer::Ranking(list)) => list
            .iter()
            .position(|v| v == o)
            .map(|at| (at + 1).to_string())
            .unwrap_or_default(),
        (Part::TaskRows, Answer::Tasks(rows)) => rows.len().to_string(),
        _ => String::new(),
    }
}

/// An answer's code as one cell.
fn value(a: &Answer) -> String {
    match a {
        Answer::Text(t) => t.clone(),
        Answer::Number(n) => number(*n),
        Answer::Date(d) => d.format("%Y-%m-%d").to_string(),
        Answer::YesNo(b) => if *b { "yes" } else { "no" }.into(),
        Answer::Choice(c) => c.value.clone(),
        _ => String::new(),
    }
}

/// The label of a code: an option's or a scale point's, or yes and no in `lang`.
fn label(question: &Question, code: &str, lang: Lang) -> String {
    if let Some(o) = question.kind.options().iter().find(|o| o.value == code) {
        return o.label.get(lang).to_string();
    }
    if let Some(p) = question
        .kind
        .scale()
        .iter()
        .find(|p| super::point(&p.value) == code)
    {
        return p.label.get(lang).to_string();
    }
    match (&question.kind, code) {
        (QuestionKind::YesNo, "yes") => t!(lang, "answer-yes"),
        (QuestionKind::YesNo, "no") => t!(lang, "answer-no"),
        _ => String::new(),
    }
}
