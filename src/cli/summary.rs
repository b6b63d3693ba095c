//! `wia summary`: the Strategic Group summary of a record.

use std::path::Path;

use super::output::{err, out};
use super::score::recompute;
use crate::error::Result;
use crate::report::summary;
use crate::scoring::compare_results;
use crate::store::{DataDir, write_atomic};

pub fn run(
    data: &DataDir,
    arg: &str,
    output: Option<&Path>,
    questionnaire: Option<&Path>,
) -> Result<u8> {
    let (record, q, recomputed) = recompute(data, arg, questionnaire)?;
    // A final record's summary shows the results as finalised.
    let results = match &record.results {
        Some(stored) => {
            if !compare_results(stored, &recomputed).is_empty() {
                err(&format!(
                    "warning: record {}: the stored results differ from a recomputation; the summary shows the stored ones (see `wia score`)",
                    record.id
                ));
            }
            stored.clone()
        }
        None => recomputed,
    };
    let text = summary(&q, &record, &results, record.language);
    match output {
        Some(path) => {
            write_atomic(path, text.as_bytes())?;
            err(&format!("wrote {}", path.display()));
        }
        None => out(&text),
    }
    Ok(0)
}
