//! Where files live, and reading and writing them safely.

mod atomic;
mod data_dir;
mod draft_lock;
mod drafts;
mod sweep;

pub use atomic::write_atomic;
pub use data_dir::{DataDir, default_data_dir};
pub use draft_lock::{Holder, hold_draft, read_holder, release_all_drafts, release_draft};
pub use drafts::{DraftEntry, list_drafts, load_draft, remove_draft, save_draft};
pub use sweep::{STALE, Swept, sweep, sweep_at};

use std::io::Read;
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};
use crate::i18n::current;
use crate::t;

/// The policy titles of the assessments in the data directory, records and drafts, sorted
/// and without repeats: what an evidence entry can say it relates to. Files that cannot
/// be read are left out; listing them is `wia verify`'s job.
pub fn assessment_titles(data: &DataDir) -> Vec<String> {
    let mut titles: Vec<String> = yaml_files(&data.records())
        .unwrap_or_default()
        .into_iter()
        .filter_map(|(_, path)| crate::record::load_record(&path).ok())
        .filter_map(|(r, _)| r.policy_title().map(|t| t.trim().to_string()))
        .chain(list_drafts(data).into_iter().filter_map(|d| d.title))
        .filter(|t| !t.is_empty())
        .collect();
    titles.sort();
    titles.dedup();
    titles
}

/// Read a UTF-8 text file of at most `limit` bytes; a larger file is refused unread.
pub fn read_text(path: &Path, limit: usize) -> Result<String> {
    let read_err = |source| Error::Read {
        path: path.to_path_buf(),
        source,
    };
    let file = std::fs::File::open(path).map_err(read_err)?;
    let mut bytes = Vec::new();
    file.take(limit as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(read_err)?;
    text_of(path, bytes, limit)
}

/// The bytes read from `path` as text, with the same refusals as `read_text`.
pub fn text_of(path: &Path, bytes: Vec<u8>, limit: usize) -> Result<String> {
    if bytes.len() > limit {
        return Err(Error::Invalid(vec![crate::error::Diagnostic::error(
            &path.display().to_string(),
            None,
            t!(current(), "domain-file-too-big", max = limit),
        )]));
    }
    String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        let line = 1 + e.as_bytes()[..at].iter().filter(|b| **b == b'\n').count();
        Error::Invalid(vec![crate::error::Diagnostic::error(
            &path.display().to_string(),
            Some(crate::locate::Position { line, column: 1 }),
            t!(current(), "domain-file-not-utf8", offset = at),
        )])
    })
}

/// The `*.yaml` files in `dir` by id (the name without `.yaml`), sorted. Dotfiles are left
/// out: they are the temporary files of a write that was interrupted.
pub(crate) fn yaml_files(dir: &Path) -> std::io::Result<Vec<(String, PathBuf)>> {
    let mut files: Vec<(String, PathBuf)> = std::fs::read_dir(dir)?
        .filter_map(|e| e.ok())
        .filter_map(|e| {
            let path = e.path();
            let id = e.file_name().to_str()?.strip_suffix(".yaml")?.to_string();
            // `is_file` follows links, so a linked draft is listed and a folder is not.
            (!id.is_empty() && !id.starts_with('.') && path.is_file()).then_some((id, path))
        })
        .collect();
    files.sort();
    Ok(files)
}

/// The one draft file in `dir` named `prefix`, or else the only one whose name starts
/// with it. An exact id wins even when it also starts a longer one.
///
/// The same rule as a RECORD argument on the command line, without its "or a path" part.
pub(crate) fn find_by_id(dir: &Path, prefix: &str) -> Result<(String, PathBuf)> {
    if prefix.is_empty() {
        return Err(Error::NotFound(t!(current(), "domain-draft-no-id")));
    }
    let files = yaml_files(dir).map_err(|source| {
        if source.kind() == std::io::ErrorKind::NotFound {
            Error::NotFound(t!(
                current(),
                "domain-draft-none-yet",
                prefix = prefix,
                dir = dir.display().to_string()
            ))
        } else {
            Error::Read {
                path: dir.to_path_buf(),
                source,
            }
        }
    })?;
    if let Some(exact) = files.iter().find(|(id, _)| id == prefix) {
        return Ok(exact.clone());
    }
    let mut matches: Vec<(String, PathBuf)> = files
        .into_iter()
        .filter(|(id, _)| id.starts_with(prefix))
        .collect();
    match matches.len() {
        1 => Ok(matches.remove(0)),
        0 => Err(Error::NotFound(t!(
            current(),
            "domain-draft-not-found",
            prefix = prefix,
            dir = dir.display().to_string()
        ))),
        n => {
            let shown: Vec<&str> = matches.iter().take(5).map(|(id, _)| id.as_str()).collect();
            Err(Error::NotFound(t!(
                current(),
                "domain-draft-ambiguous",
                prefix = prefix,
                count = n,
                ids = shown.join(", "),
                more = if n > 5 {
                    format!(" {}", t!(current(), "domain-and-more", count = n - 5))
                } else {
                    String::new()
                }
            )))
        }
    }
}
