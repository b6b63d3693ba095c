//! Conditions written as structured YAML: `all`, `any`, `not`, comparisons on an answer,
//! and (in flags only) tests on the computed scores and the task list.

use crate::t_later;
use serde::{Deserialize, Serialize};

/// A literal a comparison tests against.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Scalar {
    Bool(bool),
    Number(f64),
    Text(String),
}

impl std::fmt::Display for Scalar {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Scalar::Bool(b) => write!(f, "{b}"),
            Scalar::Number(n) => write!(f, "{n}"),
            Scalar::Text(t) => write!(f, "{t:?}"),
        }
    }
}

/// The test applied to an answer or a score.
#[derive(Debug, Clone, PartialEq)]
pub enum Test {
    Eq(Scalar),
    Ne(Scalar),
    In(Vec<Scalar>),
    Lt(Scalar),
    Le(Scalar),
    Gt(Scalar),
    Ge(Scalar),
    Answered(bool),
}

impl Test {
    pub fn operator(&self) -> &'static str {
        match self {
            Test::Eq(_) => "eq",
            Test::Ne(_) => "ne",
            Test::In(_) => "in",
            Test::Lt(_) => "lt",
            Test::Le(_) => "le",
            Test::Gt(_) => "gt",
            Test::Ge(_) => "ge",
            Test::Answered(_) => "answered",
        }
    }

    /// The literals the test names, for checking them against the question's type.
    pub fn operands(&self) -> Vec<&Scalar> {
        match self {
            Test::Eq(s) | Test::Ne(s) | Test::Lt(s) | Test::Le(s) | Test::Gt(s) | Test::Ge(s) => {
                vec![s]
            }
            Test::In(list) => list.iter().collect(),
            Test::Answered(_) => Vec::new(),
        }
    }

    pub fn is_ordering(&self) -> bool {
        matches!(self, Test::Lt(_) | Test::Le(_) | Test::Gt(_) | Test::Ge(_))
    }

    /// Apply an ordering or equality test to two numbers.
    pub fn compare_numbers(&self, value: f64) -> bool {
        let num = |s: &Scalar| match s {
            Scalar::Number(n) => Some(*n),
            _ => None,
        };
        match self {
            Test::Eq(s) => num(s).is_some_and(|n| value == n),
            Test::Ne(s) => num(s).is_some_and(|n| value != n),
            Test::In(list) => list.iter().filter_map(num).any(|n| value == n),
            Test::Lt(s) => num(s).is_some_and(|n| value < n),
            Test::Le(s) => num(s).is_some_and(|n| value <= n),
            Test::Gt(s) => num(s).is_some_and(|n| value > n),
            Test::Ge(s) => num(s).is_some_and(|n| value >= n),
            Test::Answered(want) => *want,
        }
    }
}

/// Which computed figure a `score` condition reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ScoreMeasure {
    PerPersonHoursPerWeek,
    PerPersonHoursPerYear,
    SystemHoursPerYear,
    Fte,
}

/// Matches task rows; every given field must hold for a row to match.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TaskMatch {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub change: Option<crate::answers::Change>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// `true`: the row names an item on the list of administrative tasks; `false`: it does not.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub admin_task: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub frequency: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(try_from = "RawCondition")]
pub enum Condition {
    All(Vec<Condition>),
    Any(Vec<Condition>),
    Not(Box<Condition>),
    Answer {
        question: String,
        /// One row of a matrix question: the test reads that row's scale point.
        row: Option<String>,
        test: Test,
    },
    /// True when the measure passes the test for the role (or, with no role, for any role).
    Score {
        measure: ScoreMeasure,
        role: Option<String>,
        test: Test,
    },
    /// True when at least one task row matches.
    Task(TaskMatch),
}

/// What a condition is evaluated against.
pub trait Facts {
    /// The answer to a question, or `None` when it is unanswered or hidden.
    fn answer(&self, question: &str) -> Option<&crate::answers::Answer>;
    /// The expected value of a measure for each role, when scores are available.
    fn scores(&self, measure: ScoreMeasure) -> Vec<(&str, f64)>;
    fn tasks(&self) -> &[crate::answers::TaskRow];
}

impl Condition {
    pub fn eval(&self, facts: &dyn Facts) -> bool {
        match self {
            Condition::All(list) => list.iter().all(|c| c.eval(facts)),
            Condition::Any(list) => list.iter().any(|c| c.eval(facts)),
            Condition::Not(inner) => !inner.eval(facts),
            Condition::Answer {
                question,
                row: None,
                test,
            } => match facts.answer(question) {
                None => matches!(test, Test::Answered(false)),
                Some(answer) => answer.passes(test),
            },
            Condition::Answer {
                question,
                row: Some(row),
                test,
            } => match facts.answer(question).and_then(|a| a.matrix_row(row)) {
                None => matches!(test, Test::Answered(false)),
                Some(point) => point.passes(test),
            },
            Condition::Score {
                measure,
                role,
                test,
            } => facts
                .scores(*measure)
                .into_iter()
                .filter(|(r, _)| role.as_deref().is_none_or(|want| want == *r))
                .any(|(_, value)| test.compare_numbers(value)),
            Condition::Task(m) => facts.tasks().iter().any(|t| t.matches(m)),
        }
    }
}

/// The YAML shape of a condition before it is checked to be exactly one kind.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCondition {
    all: Option<Vec<Condition>>,
    any: Option<Vec<Condition>>,
    not: Option<Box<Condition>>,
    question: Option<String>,
    score: Option<ScoreMeasure>,
    role: Option<String>,
    row: Option<String>,
    task: Option<TaskMatch>,
    eq: Option<Scalar>,
    ne: Option<Scalar>,
    #[serde(rename = "in")]
    in_: Option<Vec<Scalar>>,
    lt: Option<Scalar>,
    le: Option<Scalar>,
    gt: Option<Scalar>,
    ge: Option<Scalar>,
    answered: Option<bool>,
}

impl TryFrom<RawCondition> for Condition {
    type Error = String;

    fn try_from(raw: RawCondition) -> Result<Self, String> {
        let mut tests: Vec<Test> = Vec::new();
        tests.extend(raw.eq.map(Test::Eq));
        tests.extend(raw.ne.map(Test::Ne));
        tests.extend(raw.in_.map(Test::In));
        tests.extend(raw.lt.map(Test::Lt));
        tests.extend(raw.le.map(Test::Le));
        tests.extend(raw.gt.map(Test::Gt));
        tests.extend(raw.ge.map(Test::Ge));
        tests.extend(raw.answered.map(Test::Answered));

        let mut kinds = Vec::new();
        if raw.all.is_some() {
            kinds.push("all");
        }
        if raw.any.is_some() {
            kinds.push("any");
        }
        if raw.not.is_some() {
            kinds.push("not");
        }
        if raw.question.is_some() {
            kinds.push("question");
        }
        if raw.score.is_some() {
            kinds.push("score");
        }
        if raw.task.is_some() {
            kinds.push("task");
        }
        // serde calls this with no language of ours: the messages are said where the file
        // is read (`i18n::deferred`). The names of keys and operators are the file's own and
        // stay as they are.
        let and = |items: &[&str]| items.join(&format!(" {} ", t_later!("domain-and")));
        if kinds.len() != 1 {
            return Err(if kinds.is_empty() {
                t_later!("domain-condition-needs-kind")
            } else {
                t_later!("domain-condition-one-kind", found = and(&kinds))
            });
        }
        let compares = matches!(kinds[0], "question" | "score");
        if !compares && !tests.is_empty() {
            return Err(t_later!("domain-condition-cannot-compare", kind = kinds[0]));
        }
        if raw.role.is_some() && kinds[0] != "score" {
            return Err(t_later!("domain-condition-role-needs-score"));
        }
        if raw.row.is_some() && kinds[0] != "question" {
            return Err(t_later!("domain-condition-row-needs-question"));
        }
        let single_test = |tests: Vec<Test>| -> Result<Test, String> {
            match tests.len() {
                1 => Ok(tests.into_iter().next().expect("one test")),
                0 if kinds[0] == "score" => {
                    Err(t_later!("domain-condition-score-needs-comparison"))
                }
                0 => Err(t_later!(
                    "domain-condition-needs-comparison",
                    kind = kinds[0]
                )),
                _ => {
                    let operators: Vec<&str> = tests.iter().map(Test::operator).collect();
                    Err(t_later!(
                        "domain-condition-one-comparison",
                        found = and(&operators)
                    ))
                }
            }
        };
        Ok(if let Some(list) = raw.all {
            Condition::All(list)
        } else if let Some(list) = raw.any {
            Condition::Any(list)
        } else if let Some(inner) = raw.not {
            Condition::Not(inner)
        } else if let Some(question) = raw.question {
            Condition::Answer {
                question,
                row: raw.row,
                test: single_test(tests)?,
            }
        } else if let Some(measure) = raw.score {
            let test = single_test(tests)?;
            if matches!(test, Test::Answered(_)) {
                return Err(t_later!("domain-condition-score-compares-number"));
            }
            Condition::Score {
                measure,
                role: raw.role,
                test,
            }
        } else {
            Condition::Task(raw.task.unwrap_or_default())
        })
    }
}

/// Deserializers that say which condition an error is in (`show_if`, `when`, `rule`):
/// the deserializer alone would place it at the start of the enclosing question.
pub mod named {
    use serde::de::{Deserialize, Deserializer, Error};

    use super::Condition;

    fn read<E: Error>(name: &str, value: serde_yaml::Value) -> Result<Condition, E> {
        serde_yaml::from_value(value).map_err(|e| {
            E::custom(crate::t_later!(
                "domain-in-field",
                field = name,
                problem = e.to_string()
            ))
        })
    }

    pub fn show_if<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Condition>, D::Error> {
        Option::<serde_yaml::Value>::deserialize(d)?
            .map(|v| read("show_if", v))
            .transpose()
    }

    pub fn when<'de, D: Deserializer<'de>>(d: D) -> Result<Condition, D::Error> {
        read("when", serde_yaml::Value::deserialize(d)?)
    }

    pub fn rule<'de, D: Deserializer<'de>>(d: D) -> Result<Condition, D::Error> {
        read("rule", serde_yaml::Value::deserialize(d)?)
    }
}
