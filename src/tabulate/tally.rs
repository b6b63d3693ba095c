//! Counting: options with their shares, rankings, numbers, and a cross-tabulation. Pure.

use crate::answers::Answer;
use crate::error::{Error, Result};
use crate::i18n::Lang;
use crate::questionnaire::QuestionKind;
use crate::t;

use super::{Cell, Response, Subject};

/// Who a question reached. `answering + no_answer + does_not_apply == responses`.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Base {
    pub responses: usize,
    pub answering: usize,
    pub no_answer: usize,
    pub does_not_apply: usize,
}

impl Base {
    /// `count` as a percentage of those answering; 0 when nobody answered.
    pub fn share(&self, count: usize) -> f64 {
        if self.answering == 0 {
            0.0
        } else {
            count as f64 * 100.0 / self.answering as f64
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Category {
    pub value: String,
    pub label: String,
    pub count: usize,
}

#[derive(Debug, Clone, PartialEq)]
pub struct RankStat {
    pub value: String,
    pub label: String,
    /// How many responses ranked it at all.
    pub ranked: usize,
    pub mean_rank: Option<f64>,
    pub first: usize,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Stats {
    pub n: usize,
    pub mean: f64,
    pub median: f64,
    pub min: f64,
    pub max: f64,
}

/// Two questions crossed: `counts[row][column]`, counting only responses that answered
/// both. A row total counts the responses in that row's category; a column total, the
/// responses in that column's (with multiple choice down the side, a response may count
/// in several rows, so the rows may add up to more than a column's total).
#[derive(Debug, Clone, PartialEq)]
pub struct Cross {
    pub rows: Vec<Category>,
    pub columns: Vec<Category>,
    pub counts: Vec<Vec<usize>>,
    /// Responses that answered both.
    pub total: usize,
    /// Responses left out because one or both did not apply or were not answered.
    pub left_out: usize,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Tally {
    Options {
        base: Base,
        categories: Vec<Category>,
        /// Multiple choice: shares are of respondents, and may add up to over 100%.
        multiple: bool,
    },
    Ranking {
        base: Base,
        options: Vec<RankStat>,
    },
    Number {
        base: Base,
        stats: Option<Stats>,
    },
    Crossed(Cross),
}

/// Count `subject` over the responses, crossed by `by` when given.
pub fn tally(
    subject: &Subject,
    by: Option<&Subject>,
    responses: &[Response],
    lang: Lang,
) -> Result<Tally> {
    if let Some(by) = by {
        return cross(subject, by, responses, lang).map(Tally::Crossed);
    }
    let base = base(subject, responses);
    let kind = &subject.question.kind;
    if let Some(categories) = subject.categories(lang) {
        return Ok(Tally::Options {
            base,
            categories: counted(subject, categories, responses),
            multiple: matches!(kind, QuestionKind::MultipleChoice { .. }),
        });
    }
    match kind {
        QuestionKind::Ranking { options, .. } => Ok(Tally::Ranking {
            base,
            options: options
                .iter()
                .map(|o| rank_stat(subject, &o.value, o.label.get(lang), responses))
                .collect(),
        }),
        QuestionKind::Number { .. } | QuestionKind::Percentage => Ok(Tally::Number {
            base,
            stats: stats(subject, responses),
        }),
        other => Err(Error::Failed(t!(
            lang,
            "tabulate-cannot-count",
            question = subject.name(),
            kind = other.name()
        ))),
    }
}

fn base(subject: &Subject, responses: &[Response]) -> Base {
    let mut b = Base {
        responses: responses.len(),
        ..Base::default()
    };
    for r in responses {
        match subject.cell(r) {
            Cell::DoesNotApply => b.does_not_apply += 1,
            Cell::NoAnswer => b.no_answer += 1,
            Cell::Answered(_) => b.answering += 1,
        }
    }
    b
}

/// Every category with its count, in order; an answer no category names (an option of
/// another version) is added at the end under its own code.
fn counted(
    subject: &Subject,
    categories: Vec<(String, String)>,
    responses: &[Response],
) -> Vec<Category> {
    let mut out: Vec<Category> = categories
        .into_iter()
        .map(|(value, label)| Category {
            value,
            label,
            count: 0,
        })
        .collect();
    for r in responses {
        if let Cell::Answered(a) = subject.cell(r) {
            for code in unique(subject.codes(a)) {
                add(&mut out, &code);
            }
        }
    }
    out
}

fn unique(mut codes: Vec<String>) -> Vec<String> {
    codes.sort();
    codes.dedup();
    codes
}

fn add(categories: &mut Vec<Category>, code: &str) -> usize {
    let at = match categories.iter().position(|c| c.value == code) {
        Some(at) => at,
        None => {
            categories.push(Category {
                value: code.to_string(),
                label: code.to_string(),
                count: 0,
            });
            categories.len() - 1
        }
    };
    categories[at].count += 1;
    at
}

fn rank_stat(subject: &Subject, value: &str, label: &str, responses: &[Response]) -> RankStat {
    let mut ranks = Vec::new();
    for r in responses {
        if let Cell::Answered(Answer::Ranking(list)) = subject.cell(r)
            && let Some(at) = list.iter().position(|v| v == value)
        {
            ranks.push(at + 1);
        }
    }
    RankStat {
        value: value.to_string(),
        label: label.to_string(),
        ranked: ranks.len(),
        mean_rank: (!ranks.is_empty())
            .then(|| ranks.iter().sum::<usize>() as f64 / ranks.len() as f64),
        first: ranks.iter().filter(|r| **r == 1).count(),
    }
}

fn stats(subject: &Subject, responses: &[Response]) -> Option<Stats> {
    let mut values: Vec<f64> = responses
        .iter()
        .filter_map(|r| match subject.cell(r) {
            Cell::Answered(Answer::Number(n)) => Some(*n),
            _ => None,
        })
        .collect();
    if values.is_empty() {
        return None;
    }
    values.sort_by(f64::total_cmp);
    let n = values.len();
    let median = if n % 2 == 1 {
        values[n / 2]
    } else {
        (values[n / 2 - 1] + values[n / 2]) / 2.0
    };
    Some(Stats {
        n,
        mean: values.iter().sum::<f64>() / n as f64,
        median,
        min: values[0],
        max: values[n - 1],
    })
}

fn cross(subject: &Subject, by: &Subject, responses: &[Response], lang: Lang) -> Result<Cross> {
    let refuse = |s: &Subject| {
        Error::Failed(t!(
            lang,
            "tabulate-cannot-cross",
            question = s.name(),
            kind = s.question.kind.name()
        ))
    };
    let rows = subject.categories(lang).ok_or_else(|| refuse(subject))?;
    let columns = by.categories(lang).ok_or_else(|| refuse(by))?;
    if matches!(by.question.kind, QuestionKind::MultipleChoice { .. }) {
        return Err(refuse(by));
    }
    let zero = |list: Vec<(String, String)>| -> Vec<Category> {
        list.into_iter()
            .map(|(value, label)| Category {
                value,
                label,
                count: 0,
            })
            .collect()
    };
    let mut cross = Cross {
        rows: zero(rows),
        columns: zero(columns),
        counts: Vec::new(),
        total: 0,
        left_out: 0,
    };
    for r in responses {
        let (Cell::Answered(a), Cell::Answered(b)) = (subject.cell(r), by.cell(r)) else {
            cross.left_out += 1;
            continue;
        };
        let Some(column) = by.codes(b).into_iter().next() else {
            cross.left_out += 1;
            continue;
        };
        cross.total += 1;
        let j = add(&mut cross.columns, &column);
        for code in unique(subject.codes(a)) {
            let i = add(&mut cross.rows, &code);
            grow(&mut cross.counts, i + 1, cross.columns.len());
            cross.counts[i][j] += 1;
        }
    }
    grow(&mut cross.counts, cross.rows.len(), cross.columns.len());
    Ok(cross)
}

fn grow(counts: &mut Vec<Vec<usize>>, rows: usize, columns: usize) {
    if counts.len() < rows {
        counts.resize(rows, Vec::new());
    }
    for row in counts.iter_mut() {
        if row.len() < columns {
            row.resize(columns, 0);
        }
    }
}
