//! What is counted: a question, or one row of a matrix (`c3.other`), with its categories
//! (options, yes and no, scale points) and what each response says to it.

use crate::answers::Answer;
use crate::error::{Error, Result};
use crate::i18n::Lang;
use crate::questionnaire::model::MatrixRow;
use crate::questionnaire::{Question, QuestionKind, Questionnaire};
use crate::t;

use super::Response;

#[derive(Debug, Clone, Copy)]
pub struct Subject<'q> {
    pub question: &'q Question,
    pub row: Option<&'q MatrixRow>,
}

/// What one response says to a subject.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell<'a> {
    /// The question did not apply: its conditions hid it (any stale answer is ignored).
    DoesNotApply,
    NoAnswer,
    Answered(&'a Answer),
}

/// The subject `name` names: `c3.other`, or `c3` with `row`.
pub fn subject<'q>(
    q: &'q Questionnaire,
    name: &str,
    row: Option<&str>,
    lang: Lang,
) -> Result<Subject<'q>> {
    let (id, dotted) = match name.split_once('.') {
        Some((id, r)) => (id, Some(r)),
        None => (name, None),
    };
    let question = q.question(id).ok_or_else(|| {
        Error::NotFound(t!(
            lang,
            "tabulate-no-question",
            question = id,
            questionnaire = q.id.as_str()
        ))
    })?;
    let row_id = dotted.or(row);
    match (&question.kind, row_id) {
        (QuestionKind::Matrix { rows, .. }, Some(r)) => {
            let row = rows.iter().find(|m| m.id == r).ok_or_else(|| {
                Error::NotFound(t!(
                    lang,
                    "tabulate-no-row",
                    question = id,
                    row = r,
                    rows = row_ids(rows)
                ))
            })?;
            Ok(Subject {
                question,
                row: Some(row),
            })
        }
        (QuestionKind::Matrix { rows, .. }, None) => Err(Error::Failed(t!(
            lang,
            "tabulate-matrix-needs-row",
            question = id,
            rows = row_ids(rows)
        ))),
        (_, Some(_)) => Err(Error::Failed(t!(
            lang,
            "tabulate-row-not-matrix",
            question = id
        ))),
        (_, None) => Ok(Subject {
            question,
            row: None,
        }),
    }
}

fn row_ids(rows: &[MatrixRow]) -> String {
    rows.iter()
        .map(|r| r.id.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

impl<'q> Subject<'q> {
    /// `c3.other` for a matrix row, else the question's id.
    pub fn name(&self) -> String {
        match self.row {
            Some(r) => format!("{}.{}", self.question.id, r.id),
            None => self.question.id.clone(),
        }
    }

    /// The question's text, and the row's label after it.
    pub fn text(&self, lang: Lang) -> String {
        match self.row {
            Some(r) => format!("{} — {}", self.question.text.get(lang), r.label.get(lang)),
            None => self.question.text.get(lang).to_string(),
        }
    }

    pub fn cell<'a>(&self, response: &'a Response) -> Cell<'a> {
        let id = &self.question.id;
        if !response.visibility.is_visible(id) {
            return Cell::DoesNotApply;
        }
        match response.answers.get(id).filter(|a| !a.is_empty()) {
            None => Cell::NoAnswer,
            Some(Answer::Matrix(rows)) if self.row.is_some_and(|r| !rows.contains_key(&r.id)) => {
                Cell::NoAnswer
            }
            Some(a) => Cell::Answered(a),
        }
    }

    /// The categories an answer falls into, in the questionnaire's order: (code, label).
    /// `None` for a question that has none (numbers, text, rankings, task tables).
    pub fn categories(&self, lang: Lang) -> Option<Vec<(String, String)>> {
        let kind = &self.question.kind;
        match kind {
            QuestionKind::SingleChoice { .. } | QuestionKind::MultipleChoice { .. } => Some(
                kind.options()
                    .iter()
                    .map(|o| (o.value.clone(), o.label.get(lang).to_string()))
                    .collect(),
            ),
            QuestionKind::YesNo => Some(vec![
                ("yes".into(), t!(lang, "answer-yes")),
                ("no".into(), t!(lang, "answer-no")),
            ]),
            QuestionKind::Likert { .. } | QuestionKind::Matrix { .. } => Some(
                kind.scale()
                    .iter()
                    .map(|p| (super::point(&p.value), p.label.get(lang).to_string()))
                    .collect(),
            ),
            _ => None,
        }
    }

    /// The category codes an answer gives: one, or (multiple choice) any number.
    pub fn codes(&self, answer: &Answer) -> Vec<String> {
        match answer {
            Answer::Choice(c) => vec![c.value.clone()],
            Answer::Choices(list) => list.iter().map(|c| c.value.clone()).collect(),
            Answer::YesNo(b) => vec![if *b { "yes" } else { "no" }.into()],
            Answer::Number(n) => vec![super::number(*n)],
            // A scale point that is not a number ("dont_know") is kept as its code.
            Answer::Text(code) => vec![code.clone()],
            Answer::Matrix(rows) => self
                .row
                .and_then(|r| rows.get(&r.id))
                .map(|v| vec![super::point(v)])
                .unwrap_or_default(),
            _ => Vec::new(),
        }
    }
}
