//! `wia summary`: the Strategic Group summary of a record.

use crate::i18n::Lang;
use std::path::Path;

use super::output::{err, out};
use super::score::{Loaded, recompute};
use crate::error::Error;
use crate::error::Result;
use crate::report::summary;
use crate::scoring::compare_results;
use crate::store::{DataDir, write_atomic};

/// Which summary: in one language or both, Markdown or an HTML page.
pub struct Shape {
    pub bilingual: bool,
    pub html: bool,
}

pub fn run(
    data: &DataDir,
    arg: &str,
    output: Option<&Path>,
    questionnaire: Option<&Path>,
    shape: Shape,
    lang: Lang,
) -> Result<u8> {
    let Loaded {
        path: record_path,
        record,
        questionnaire: q,
        results: recomputed,
    } = recompute(data, arg, questionnaire, lang)?;
    // A final record's summary shows the results as finalised.
    let results = match &record.results {
        Some(stored) => {
            if !compare_results(stored, &recomputed, lang).is_empty() {
                err(&format!(
                    "warning: record {}: the stored results differ from a recomputation; the summary shows the stored ones (see `wia score`)",
                    record.id
                ));
            }
            stored.clone()
        }
        None => recomputed,
    };
    // The reader's language, not the assessor's: a record reads the same in either.
    let text = match (shape.bilingual, shape.html) {
        (true, false) => crate::report::bilingual(&q, &record, &results),
        (false, false) => summary(&q, &record, &results, lang),
        (true, true) => crate::report::bilingual_html(&q, &record, &results),
        (false, true) => crate::report::summary_html(&q, &record, &results, lang),
    };
    match output {
        Some(path) => {
            refuse_unsafe_output(path, &record_path)?;
            write_atomic(path, text.as_bytes(), lang)?;
            err(&format!("wrote {}", path.display()));
        }
        None => out(&text),
    }
    Ok(0)
}

/// The summary replaces only a regular file, and never the record it summarises: the
/// write renames a new file into place, which would otherwise replace a link, a pipe or
/// the record itself.
pub(super) fn refuse_unsafe_output(path: &Path, record: &Path) -> Result<()> {
    let Ok(meta) = std::fs::symlink_metadata(path) else {
        return Ok(());
    };
    if !meta.file_type().is_file() {
        return Err(Error::Failed(format!(
            "{} is not a regular file (a link, folder or device); give a new file name for the summary",
            path.display()
        )));
    }
    let same = match (std::fs::canonicalize(path), std::fs::canonicalize(record)) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    };
    if same {
        return Err(Error::Failed(format!(
            "{} is the record itself; the summary would replace it. Give another file name.",
            path.display()
        )));
    }
    Ok(())
}
