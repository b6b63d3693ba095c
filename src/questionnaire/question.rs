//! One question and the kinds of answer it asks for.

use serde::Deserialize;

use super::condition::Condition;
use super::model::{ChoiceOption, Constraint, MatrixRow, ScalePoint};
use crate::text::Text;

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(try_from = "RawQuestion")]
pub struct Question {
    pub id: String,
    pub text: Text,
    pub hint: Option<Text>,
    pub required: bool,
    pub show_if: Option<Condition>,
    pub constraint: Option<Constraint>,
    pub kind: QuestionKind,
}

#[derive(Debug, Clone, PartialEq)]
pub enum QuestionKind {
    SingleChoice {
        options: Vec<ChoiceOption>,
    },
    MultipleChoice {
        options: Vec<ChoiceOption>,
        min_selected: Option<usize>,
        max_selected: Option<usize>,
    },
    YesNo,
    Likert {
        scale: Vec<ScalePoint>,
    },
    Matrix {
        rows: Vec<MatrixRow>,
        scale: Vec<ScalePoint>,
    },
    Ranking {
        options: Vec<ChoiceOption>,
        /// Every option must be ranked before the answers can be finalised.
        rank_all: bool,
    },
    Number {
        unit: Option<Text>,
        min: Option<f64>,
        max: Option<f64>,
        integer: bool,
        /// A reference figure offered to the person answering (for example a survey mean).
        suggested: Option<f64>,
    },
    Percentage,
    Date,
    ShortText {
        max_length: Option<usize>,
    },
    LongText {
        max_length: Option<usize>,
    },
    TaskList,
}

impl QuestionKind {
    pub fn name(&self) -> &'static str {
        match self {
            QuestionKind::SingleChoice { .. } => "single_choice",
            QuestionKind::MultipleChoice { .. } => "multiple_choice",
            QuestionKind::YesNo => "yes_no",
            QuestionKind::Likert { .. } => "likert",
            QuestionKind::Matrix { .. } => "matrix",
            QuestionKind::Ranking { .. } => "ranking",
            QuestionKind::Number { .. } => "number",
            QuestionKind::Percentage => "percentage",
            QuestionKind::Date => "date",
            QuestionKind::ShortText { .. } => "short_text",
            QuestionKind::LongText { .. } => "long_text",
            QuestionKind::TaskList => "task_list",
        }
    }

    pub fn options(&self) -> &[ChoiceOption] {
        match self {
            QuestionKind::SingleChoice { options }
            | QuestionKind::MultipleChoice { options, .. }
            | QuestionKind::Ranking { options, .. } => options,
            _ => &[],
        }
    }

    pub fn scale(&self) -> &[ScalePoint] {
        match self {
            QuestionKind::Likert { scale } | QuestionKind::Matrix { scale, .. } => scale,
            _ => &[],
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
enum QuestionType {
    SingleChoice,
    MultipleChoice,
    YesNo,
    Likert,
    Matrix,
    Ranking,
    Number,
    Percentage,
    Date,
    ShortText,
    LongText,
    TaskList,
}

/// The YAML shape of a question: common fields plus every type's own fields, so a typo is
/// an unknown field and a field of the wrong type is named in the error.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawQuestion {
    id: String,
    #[serde(rename = "type")]
    kind: QuestionType,
    text: Text,
    #[serde(default)]
    hint: Option<Text>,
    #[serde(default)]
    required: bool,
    #[serde(default, deserialize_with = "super::condition::named::show_if")]
    show_if: Option<Condition>,
    #[serde(default)]
    constraint: Option<Constraint>,
    options: Option<Vec<ChoiceOption>>,
    min_selected: Option<usize>,
    max_selected: Option<usize>,
    scale: Option<Vec<ScalePoint>>,
    rows: Option<Vec<MatrixRow>>,
    unit: Option<Text>,
    min: Option<f64>,
    max: Option<f64>,
    integer: Option<bool>,
    suggested: Option<f64>,
    max_length: Option<usize>,
    rank_all: Option<bool>,
}

impl TryFrom<RawQuestion> for Question {
    type Error = String;

    // Long because it is one match over every question type, each arm taking that type's
    // fields from the raw question and refusing the others.
    fn try_from(raw: RawQuestion) -> Result<Self, String> {
        use QuestionType as T;
        let id = raw.id.clone();
        let mut present: Vec<&'static str> = Vec::new();
        let fields: [(&'static str, bool); 12] = [
            ("options", raw.options.is_some()),
            ("min_selected", raw.min_selected.is_some()),
            ("max_selected", raw.max_selected.is_some()),
            ("scale", raw.scale.is_some()),
            ("rows", raw.rows.is_some()),
            ("unit", raw.unit.is_some()),
            ("min", raw.min.is_some()),
            ("max", raw.max.is_some()),
            ("integer", raw.integer.is_some()),
            ("suggested", raw.suggested.is_some()),
            ("max_length", raw.max_length.is_some()),
            ("rank_all", raw.rank_all.is_some()),
        ];
        for (name, is_set) in fields {
            if is_set {
                present.push(name);
            }
        }
        let allowed: &[&str] = match raw.kind {
            T::SingleChoice => &["options"],
            T::Ranking => &["options", "rank_all"],
            T::MultipleChoice => &["options", "min_selected", "max_selected"],
            T::Likert => &["scale"],
            T::Matrix => &["scale", "rows"],
            T::Number => &["unit", "min", "max", "integer", "suggested"],
            T::ShortText | T::LongText => &["max_length"],
            T::YesNo | T::Percentage | T::Date | T::TaskList => &[],
        };
        let need = |name: &str, given: bool| -> Result<(), String> {
            if given {
                Ok(())
            } else {
                // Said where the file is read: serde gives this no language.
                Err(crate::t_later!(
                    "domain-question-needs",
                    id = id.as_str(),
                    name = name
                ))
            }
        };
        let kind = match raw.kind {
            T::SingleChoice => {
                need("options", raw.options.is_some())?;
                QuestionKind::SingleChoice {
                    options: raw.options.unwrap_or_default(),
                }
            }
            T::MultipleChoice => {
                need("options", raw.options.is_some())?;
                QuestionKind::MultipleChoice {
                    options: raw.options.unwrap_or_default(),
                    min_selected: raw.min_selected,
                    max_selected: raw.max_selected,
                }
            }
            T::Ranking => {
                need("options", raw.options.is_some())?;
                QuestionKind::Ranking {
                    options: raw.options.unwrap_or_default(),
                    rank_all: raw.rank_all.unwrap_or(false),
                }
            }
            T::YesNo => QuestionKind::YesNo,
            T::Likert => {
                need("scale", raw.scale.is_some())?;
                QuestionKind::Likert {
                    scale: raw.scale.unwrap_or_default(),
                }
            }
            T::Matrix => {
                need("scale", raw.scale.is_some())?;
                need("rows", raw.rows.is_some())?;
                QuestionKind::Matrix {
                    rows: raw.rows.unwrap_or_default(),
                    scale: raw.scale.unwrap_or_default(),
                }
            }
            T::Number => QuestionKind::Number {
                unit: raw.unit,
                min: raw.min,
                max: raw.max,
                integer: raw.integer.unwrap_or(false),
                suggested: raw.suggested,
            },
            T::Percentage => QuestionKind::Percentage,
            T::Date => QuestionKind::Date,
            T::ShortText => QuestionKind::ShortText {
                max_length: raw.max_length,
            },
            T::LongText => QuestionKind::LongText {
                max_length: raw.max_length,
            },
            T::TaskList => QuestionKind::TaskList,
        };
        if let Some(stray) = present.iter().find(|f| !allowed.contains(f)) {
            return Err(crate::t_later!(
                "domain-question-stray-key",
                key = *stray,
                id = id.as_str(),
                kind = kind.name(),
                takes = if allowed.is_empty() {
                    String::new()
                } else {
                    format!(
                        " {}",
                        crate::t_later!("domain-question-takes", keys = allowed.join(", "))
                    )
                }
            ));
        }
        Ok(Question {
            id: raw.id,
            text: raw.text,
            hint: raw.hint,
            required: raw.required,
            show_if: raw.show_if,
            constraint: raw.constraint,
            kind,
        })
    }
}
