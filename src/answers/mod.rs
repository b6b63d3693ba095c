//! Answers to a questionnaire: typed values, read from plain YAML values under the
//! direction of each question's type, and written back to the same plain shape.

mod check;
mod task;

pub use check::{
    MAX_SHORT_TEXT, Problem, ProblemKind, ProblemSeverity, Reader, Visibility, check_answers,
    check_answers_for, closest, control_character, max_text_length, parse_answers,
};
pub use task::{Change, MAX_MINUTES, MAX_TASKS, Minutes, TaskRow};

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde_yaml::Value;

use crate::i18n::Lang;
use crate::questionnaire::condition::{Scalar, Test};
use crate::questionnaire::model::{ChoiceOption, Point};
use crate::questionnaire::{Question, QuestionKind};
use crate::t;
use crate::text::nfc;

/// A chosen option; `other` holds the text of an "other, please specify" choice.
#[derive(Debug, Clone, PartialEq)]
pub struct Choice {
    pub value: String,
    pub other: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Answer {
    Text(String),
    /// Number, percentage and Likert answers. A Likert answer on a point that is not a
    /// number ("Don't know") is `Text` holding the point's code.
    Number(f64),
    Date(NaiveDate),
    YesNo(bool),
    Choice(Choice),
    Choices(Vec<Choice>),
    Ranking(Vec<String>),
    /// Row id -> the scale point chosen, a number or the code of a point that is not one.
    Matrix(BTreeMap<String, Point>),
    Tasks(Vec<TaskRow>),
}

pub type Answers = BTreeMap<String, Answer>;

impl Answer {
    /// An empty text or list is no answer at all.
    pub fn is_empty(&self) -> bool {
        match self {
            Answer::Text(t) => t.trim().is_empty(),
            Answer::Choices(c) => c.is_empty(),
            Answer::Ranking(r) => r.is_empty(),
            Answer::Matrix(m) => m.is_empty(),
            Answer::Tasks(t) => t.is_empty(),
            _ => false,
        }
    }

    /// A Likert answer on `point`: a number, or the code of a point that is not a number.
    pub fn from_point(point: &Point) -> Answer {
        match point {
            Point::Number(n) => Answer::Number(*n),
            Point::Code(c) => Answer::Text(c.clone()),
        }
    }

    /// Whether this Likert answer is `point`.
    pub fn is_point(&self, point: &Point) -> bool {
        match (self, point) {
            (Answer::Number(n), Point::Number(p)) => n == p,
            (Answer::Text(t), Point::Code(c)) => t == c,
            _ => false,
        }
    }

    /// One row of a matrix answer, as a Likert answer would be, for `{question, row}`.
    pub fn matrix_row(&self, row: &str) -> Option<Answer> {
        match self {
            Answer::Matrix(rows) => rows.get(row).map(Answer::from_point),
            _ => None,
        }
    }

    fn equals(&self, s: &Scalar) -> bool {
        match (self, s) {
            (Answer::Text(t), Scalar::Text(v)) => t == v,
            (Answer::Number(n), Scalar::Number(v)) => n == v,
            (Answer::Date(d), Scalar::Text(v)) => parse_date(v).is_some_and(|v| *d == v),
            (Answer::YesNo(b), Scalar::Bool(v)) => b == v,
            (Answer::YesNo(b), Scalar::Text(v)) => parse_yes_no(v) == Some(*b),
            (Answer::Choice(c), Scalar::Text(v)) => &c.value == v,
            (Answer::Choices(list), Scalar::Text(v)) => list.iter().any(|c| &c.value == v),
            // A ranking equals the option ranked first.
            (Answer::Ranking(list), Scalar::Text(v)) => list.first() == Some(v),
            // Options coded as numbers: `{question: b4, eq: 1}` as well as `eq: "1"`.
            (Answer::Choice(c), Scalar::Number(v)) => option_number(&c.value) == Some(*v),
            (Answer::Choices(list), Scalar::Number(v)) => {
                list.iter().any(|c| option_number(&c.value) == Some(*v))
            }
            (Answer::Ranking(list), Scalar::Number(v)) => {
                list.first().and_then(|f| option_number(f)) == Some(*v)
            }
            _ => false,
        }
    }

    fn ordered(&self, s: &Scalar) -> Option<std::cmp::Ordering> {
        match (self, s) {
            (Answer::Number(n), Scalar::Number(v)) => n.partial_cmp(v),
            (Answer::Date(d), Scalar::Text(v)) => parse_date(v).map(|v| d.cmp(&v)),
            _ => None,
        }
    }

    /// Whether the answer passes a comparison. Lists pass `eq`/`in` when any item does.
    pub fn passes(&self, test: &Test) -> bool {
        use std::cmp::Ordering::*;
        if self.is_empty() {
            return matches!(test, Test::Answered(false));
        }
        match test {
            Test::Answered(want) => *want,
            Test::Eq(s) => self.equals(s),
            Test::Ne(s) => !self.equals(s),
            Test::In(list) => list.iter().any(|s| self.equals(s)),
            Test::Lt(s) => self.ordered(s) == Some(Less),
            Test::Le(s) => matches!(self.ordered(s), Some(Less | Equal)),
            Test::Gt(s) => self.ordered(s) == Some(Greater),
            Test::Ge(s) => matches!(self.ordered(s), Some(Greater | Equal)),
        }
    }

    pub fn as_tasks(&self) -> Option<&[TaskRow]> {
        match self {
            Answer::Tasks(t) => Some(t),
            _ => None,
        }
    }

    /// The plain YAML value a record stores. Whole numbers are written without a fraction.
    pub fn to_value(&self) -> Value {
        match self {
            Answer::Text(t) => Value::String(t.clone()),
            Answer::Number(n) => number_value(*n),
            Answer::Date(d) => Value::String(d.format("%Y-%m-%d").to_string()),
            // A boolean reads the same in every YAML parser; a bare `no` is false to YAML 1.1.
            Answer::YesNo(b) => Value::Bool(*b),
            Answer::Choice(c) => choice_value(c),
            Answer::Choices(list) => Value::Sequence(list.iter().map(choice_value).collect()),
            Answer::Ranking(list) => {
                Value::Sequence(list.iter().cloned().map(Value::String).collect())
            }
            Answer::Matrix(rows) => Value::Mapping(
                rows.iter()
                    .map(|(k, v)| (Value::String(k.clone()), point_value(v)))
                    .collect(),
            ),
            Answer::Tasks(rows) => {
                let mut seq = Vec::with_capacity(rows.len());
                for row in rows {
                    let mut v = serde_yaml::to_value(row).unwrap_or(Value::Null);
                    if let Value::Mapping(m) = &mut v {
                        for key in ["count", "share"] {
                            if let Some(Value::Number(n)) = m.get_mut(key) {
                                *n = as_number(n.as_f64().unwrap_or(0.0));
                            }
                        }
                        if let Some(Value::Mapping(mins)) = m.get_mut("minutes") {
                            for (_, v) in mins.iter_mut() {
                                if let Value::Number(n) = v {
                                    *n = as_number(n.as_f64().unwrap_or(0.0));
                                }
                            }
                        }
                    }
                    seq.push(v);
                }
                Value::Sequence(seq)
            }
        }
    }

    /// Read an answer to `question` from its YAML value; the error says what was expected.
    // Long because it is one match over every question kind, each arm reading that kind's
    // YAML value.
    pub fn from_value(question: &Question, value: &Value, lang: Lang) -> Result<Answer, String> {
        let kind = &question.kind;
        match kind {
            QuestionKind::ShortText { .. } | QuestionKind::LongText { .. } => match value {
                Value::String(s) => Ok(Answer::Text(nfc(s))),
                // Whole numbers read back as written; `1.10` would become 1.1.
                Value::Number(n) if n.is_i64() || n.is_u64() => Ok(Answer::Text(n.to_string())),
                Value::Number(_) => Err(t!(lang, "domain-answer-expected-text-number")),
                other => Err(t!(
                    lang,
                    "domain-answer-expected-text",
                    found = describe(other, lang)
                )),
            },
            // A point that is not a number is written as its code; `wia check` has made
            // sure no code reads as a number.
            QuestionKind::Likert { scale } if has_codes(scale) && value.is_string() => {
                Ok(Answer::Text(nfc(value.as_str().unwrap_or_default())))
            }
            QuestionKind::Number { .. }
            | QuestionKind::Percentage
            | QuestionKind::Likert { .. } => match value.as_f64() {
                Some(n) if n.is_finite() => Ok(Answer::Number(n)),
                _ => Err(t!(
                    lang,
                    if matches!(kind, QuestionKind::Percentage) {
                        "domain-answer-expected-percentage"
                    } else {
                        "domain-answer-expected-number"
                    },
                    found = describe(value, lang)
                )),
            },
            QuestionKind::Date => value
                .as_str()
                .and_then(parse_date)
                .map(Answer::Date)
                .ok_or_else(|| match value.as_str().filter(|s| written_as_date(s)) {
                    // Written as asked, but no such day: saying "expected YYYY-MM-DD" of
                    // 2027-02-30 would only puzzle.
                    Some(s) => t!(lang, "domain-answer-no-such-date", found = s.trim()),
                    None => t!(
                        lang,
                        "domain-answer-expected-date",
                        found = describe(value, lang)
                    ),
                }),
            QuestionKind::YesNo => match value {
                Value::Bool(b) => Ok(Answer::YesNo(*b)),
                Value::String(s) => parse_yes_no(s)
                    .map(Answer::YesNo)
                    .ok_or_else(|| expected_yes_no(value, lang)),
                other => Err(expected_yes_no(other, lang)),
            },
            QuestionKind::SingleChoice { .. } => {
                parse_choice(value, kind.options(), lang).map(Answer::Choice)
            }
            QuestionKind::MultipleChoice { .. } => match value {
                Value::Sequence(items) => items
                    .iter()
                    .enumerate()
                    .map(|(i, v)| {
                        parse_choice(v, kind.options(), lang).map_err(|e| {
                            t!(lang, "domain-answer-item", number = i + 1, problem = e)
                        })
                    })
                    .collect::<Result<Vec<_>, _>>()
                    .map(Answer::Choices),
                // One choice given without a list is still unambiguous.
                Value::String(_) | Value::Number(_) | Value::Mapping(_) => {
                    parse_choice(value, kind.options(), lang).map(|c| Answer::Choices(vec![c]))
                }
                other => Err(t!(
                    lang,
                    "domain-answer-expected-choices",
                    found = describe(other, lang)
                )),
            },
            QuestionKind::Ranking { .. } => match value {
                Value::Sequence(items) => items
                    .iter()
                    .map(|v| {
                        option_text(v, kind.options()).ok_or_else(|| {
                            t!(
                                lang,
                                "domain-answer-expected-ranked-value",
                                found = describe(v, lang)
                            )
                        })
                    })
                    .collect::<Result<Vec<_>, _>>()
                    .map(Answer::Ranking),
                other => Err(t!(
                    lang,
                    "domain-answer-expected-ranking",
                    found = describe(other, lang)
                )),
            },
            QuestionKind::Matrix { .. } => match value {
                Value::Mapping(m) => {
                    let mut rows = BTreeMap::new();
                    for (k, v) in m {
                        let key = k.as_str().ok_or_else(|| {
                            t!(
                                lang,
                                "domain-answer-expected-row-id",
                                found = describe(k, lang)
                            )
                        })?;
                        let point = match (v.as_f64(), v.as_str()) {
                            (Some(n), _) => Point::Number(n),
                            (None, Some(code)) if has_codes(kind.scale()) => Point::Code(nfc(code)),
                            _ => {
                                return Err(t!(
                                    lang,
                                    "domain-answer-expected-scale-value",
                                    row = key,
                                    found = describe(v, lang)
                                ));
                            }
                        };
                        rows.insert(key.to_string(), point);
                    }
                    Ok(Answer::Matrix(rows))
                }
                other => Err(t!(
                    lang,
                    "domain-answer-expected-matrix",
                    found = describe(other, lang)
                )),
            },
            QuestionKind::TaskList => {
                match value {
                    Value::Sequence(items) => parse_task_rows(items, lang)
                        .map(Answer::Tasks)
                        .map_err(|errors| {
                            errors
                                .into_iter()
                                .map(|(i, e)| row_problem(i, &e, lang))
                                .collect::<Vec<_>>()
                                .join("\n")
                        }),
                    other => Err(t!(
                        lang,
                        "domain-answer-expected-tasks",
                        found = describe(other, lang)
                    )),
                }
            }
        }
    }
}

/// A problem in task row `index` (counted from 0), said with the row's number.
pub fn row_problem(index: usize, problem: &str, lang: Lang) -> String {
    t!(
        lang,
        "domain-answer-row",
        number = index + 1,
        problem = problem
    )
}

fn expected_yes_no(found: &Value, lang: Lang) -> String {
    t!(
        lang,
        "domain-answer-expected-yes-no",
        found = describe(found, lang)
    )
}

/// Read task rows; every problem in every row, each with its row index.
pub fn parse_task_rows(items: &[Value], lang: Lang) -> Result<Vec<TaskRow>, Vec<(usize, String)>> {
    if items.len() > task::MAX_TASKS {
        return Err(vec![(
            0,
            t!(
                lang,
                "domain-answer-too-many-tasks",
                count = items.len(),
                max = task::MAX_TASKS
            ),
        )]);
    }
    let mut rows = Vec::with_capacity(items.len());
    let mut errors = Vec::new();
    for (i, item) in items.iter().enumerate() {
        match TaskRow::from_value(item, lang) {
            Ok(row) => rows.push(row),
            Err(list) => errors.extend(list.into_iter().map(|e| (i, e))),
        }
    }
    if errors.is_empty() {
        Ok(rows)
    } else {
        Err(errors)
    }
}

/// The option value an answer names: text as written, or a number given for an option
/// whose value is that number (surveys code options `1`, `2`, ...), so `b4: 1` and
/// `b4: "1"` both choose the option written `{value: 1}`.
fn option_text(value: &Value, options: &[ChoiceOption]) -> Option<String> {
    match value {
        Value::String(s) => Some(nfc(s)),
        Value::Number(n) => {
            let wanted = n.as_f64()?;
            let coded = options
                .iter()
                .find(|o| option_number(&o.value) == Some(wanted));
            Some(coded.map_or_else(|| n.to_string(), |o| o.value.clone()))
        }
        _ => None,
    }
}

/// An option value read as a number, for options coded `1`, `2`, ...
pub fn option_number(value: &str) -> Option<f64> {
    value.trim().parse::<f64>().ok().filter(|n| n.is_finite())
}

fn parse_choice(value: &Value, options: &[ChoiceOption], lang: Lang) -> Result<Choice, String> {
    match value {
        Value::String(_) | Value::Number(_) => Ok(Choice {
            value: option_text(value, options).unwrap_or_default(),
            other: None,
        }),
        Value::Mapping(m) => {
            let mut choice = Choice {
                value: String::new(),
                other: None,
            };
            for (k, v) in m {
                match (k.as_str(), v) {
                    (Some("value"), v @ (Value::String(_) | Value::Number(_))) => {
                        choice.value = option_text(v, options).unwrap_or_default();
                    }
                    (Some("other"), Value::String(s)) => choice.other = Some(nfc(s)),
                    (Some(key @ ("value" | "other")), v) => {
                        return Err(t!(
                            lang,
                            "domain-answer-key-should-be-text",
                            key = key,
                            found = describe(v, lang)
                        ));
                    }
                    _ => {
                        return Err(t!(
                            lang,
                            "domain-answer-choice-unexpected-key",
                            found = describe(k, lang)
                        ));
                    }
                }
            }
            if choice.value.is_empty() {
                return Err(t!(lang, "domain-answer-choice-needs-value"));
            }
            Ok(choice)
        }
        other => Err(t!(
            lang,
            "domain-answer-expected-option",
            found = describe(other, lang)
        )),
    }
}

fn choice_value(c: &Choice) -> Value {
    match &c.other {
        None => Value::String(c.value.clone()),
        Some(text) => {
            let mut m = serde_yaml::Mapping::new();
            m.insert("value".into(), Value::String(c.value.clone()));
            m.insert("other".into(), Value::String(text.clone()));
            Value::Mapping(m)
        }
    }
}

fn as_number(n: f64) -> serde_yaml::Number {
    if n.fract() == 0.0 && n.abs() < 9.0e15 {
        serde_yaml::Number::from(n as i64)
    } else {
        serde_yaml::Number::from(n)
    }
}

fn has_codes(scale: &[crate::questionnaire::model::ScalePoint]) -> bool {
    scale.iter().any(|p| matches!(p.value, Point::Code(_)))
}

/// A scale point as YAML: a number, or the code of a point that is not one.
pub fn point_value(p: &Point) -> Value {
    match p {
        Point::Number(n) => number_value(*n),
        Point::Code(c) => Value::String(c.clone()),
    }
}

/// A number as YAML: whole numbers without a fraction.
pub fn number_value(n: f64) -> Value {
    Value::Number(as_number(n))
}

/// Whether `s` has a date's shape, YYYY-MM-DD in digits, whether or not that day exists.
pub fn written_as_date(s: &str) -> bool {
    let b = s.trim().as_bytes();
    b.len() == 10
        && b.iter().enumerate().all(|(i, c)| match i {
            4 | 7 => *c == b'-',
            _ => c.is_ascii_digit(),
        })
}

pub fn parse_date(s: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d").ok()
}

pub fn parse_yes_no(s: &str) -> Option<bool> {
    match s.trim().to_lowercase().as_str() {
        "yes" | "y" | "true" | "ie" | "ydy" | "oes" => Some(true),
        "no" | "n" | "false" | "na" | "nac ydy" | "nac oes" => Some(false),
        _ => None,
    }
}

/// A short description of a YAML value for error messages.
pub fn describe(v: &Value, lang: Lang) -> String {
    match v {
        Value::Null => t!(lang, "domain-value-nothing"),
        Value::Bool(b) => format!("`{b}`"),
        Value::Number(n) if n.as_f64().is_some_and(f64::is_finite) => {
            t!(lang, "domain-value-number", number = n.to_string())
        }
        Value::Number(n) => t!(lang, "domain-value-unusable-number", number = n.to_string()),
        Value::String(s) => {
            let shown: String = s.chars().take(40).collect();
            let more = if s.chars().count() > 40 { "…" } else { "" };
            t!(
                lang,
                "domain-value-text",
                text = format!("{:?}", format!("{shown}{more}"))
            )
        }
        Value::Sequence(_) => t!(lang, "domain-value-list"),
        Value::Mapping(_) => t!(lang, "domain-value-map"),
        Value::Tagged(tagged) => t!(lang, "domain-value-tagged", tag = tagged.tag.to_string()),
    }
}
