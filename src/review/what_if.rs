//! "What if": the record's figures under a reviewer's alternative estimates, computed by
//! the same scoring engine from the record's own answers with only those tasks changed.

use super::{Alternative, Opened};
use crate::answers::{Answer, Answers, Minutes};
use crate::scoring::{Results, score};

/// The answers with each alternative applied to its task (counted from 1). An
/// alternative naming no task is ignored: validation reports it.
pub fn apply_alternatives(answers: &Answers, alternatives: &[Alternative]) -> Answers {
    let mut out = answers.clone();
    if let Some(Answer::Tasks(rows)) = out.get_mut("tasks") {
        for alt in alternatives {
            let Some(row) = alt.task.checked_sub(1).and_then(|i| rows.get_mut(i)) else {
                continue;
            };
            if let Some(m) = alt.minutes {
                row.minutes = Minutes {
                    low: m.low,
                    likely: m.likely,
                    high: m.high,
                };
            }
            if let Some(s) = alt.share {
                row.share = s;
            }
        }
    }
    out
}

pub fn what_if(record: &Opened, alternatives: &[Alternative]) -> Results {
    let answers = apply_alternatives(&record.answers, alternatives);
    score(
        &record.questionnaire,
        &answers,
        &record.record.headcounts,
        record.record.language,
    )
}
