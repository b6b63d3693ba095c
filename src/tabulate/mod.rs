//! Survey answers for analysts: every response of one questionnaire as a row with a column
//! per question (`wia export --answers`), and one question counted, or two crossed
//! (`wia tabulate`). `docs/tabulating.md` describes both.

mod columns;
mod responses;
mod shown;
mod subject;
mod tally;

pub use columns::{Column, answers_csv, columns};
pub use responses::{Response, Responses, Which, load_responses};
pub use shown::{tally_csv, tally_json, tally_text};
pub use subject::{Cell, Subject, subject};
pub use tally::{Base, Category, Cross, RankStat, Stats, Tally, tally};

/// A scale point's code as an analyst reads it: its number, or its code for a point that
/// is not a number ("dont_know").
pub fn point(p: &crate::questionnaire::model::Point) -> String {
    match p {
        crate::questionnaire::model::Point::Number(n) => number(*n),
        crate::questionnaire::model::Point::Code(c) => c.clone(),
    }
}

/// A number as an analyst reads it: whole numbers without a fraction.
pub fn number(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 9.0e15 {
        format!("{}", n as i64)
    } else {
        format!("{n}")
    }
}
