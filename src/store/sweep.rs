//! Clearing what interrupted writes leave in the data directory: wia's own temporary
//! files, and summaries whose record never arrived (see `record::save_built_in`).
//!
//! Only what is provably abandoned goes. A temporary file is removed when no process holds
//! its lock (a writer holds it while writing; see `write_atomic`) and it has not changed
//! for `STALE`; a summary when it has no record and has not changed for `STALE`, which is
//! far longer than a record takes to follow its summary. Anything else, a file that is
//! not wia's or cannot be checked, is left alone.

use std::fs::{File, OpenOptions, TryLockError};
use std::path::Path;
use std::time::{Duration, SystemTime};

use super::DataDir;

/// How long a file must have been left untouched before it counts as abandoned.
pub const STALE: Duration = Duration::from_secs(5 * 60);

/// What a sweep removed, for tests and for telling.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Swept {
    pub temporary: usize,
    pub summaries: usize,
}

/// Sweep the folders wia writes in. Failures are ignored: a folder that cannot be read or
/// a file that cannot be removed is simply left for next time.
pub fn sweep(data: &DataDir) -> Swept {
    sweep_at(data, SystemTime::now())
}

/// `sweep` as if the time were `now`.
pub fn sweep_at(data: &DataDir, now: SystemTime) -> Swept {
    let mut swept = Swept::default();
    for dir in [
        data.records(),
        data.summaries(),
        data.drafts(),
        data.questionnaires(),
        data.responses(),
    ] {
        swept.temporary += sweep_temporary(&dir, now);
    }
    swept.summaries = sweep_summaries(data, now);
    swept
}

/// `.NAME.PID.tmp` (older wia) or `.NAME.PID.N.tmp`, with a name.
fn is_our_temporary(name: &str) -> bool {
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    let number_off = |s: &str| {
        s.rsplit_once('.')
            .filter(|(_, n)| digits(n))
            .map(|(rest, _)| rest.to_string())
    };
    let Some(stem) = name.strip_prefix('.').and_then(|n| n.strip_suffix(".tmp")) else {
        return false;
    };
    let Some(rest) = number_off(stem) else {
        return false;
    };
    let named = number_off(&rest).unwrap_or(rest);
    !named.is_empty()
}

fn stale(path: &Path, now: SystemTime) -> bool {
    // `symlink_metadata`: a link is never followed, and is never a file of ours.
    std::fs::symlink_metadata(path)
        .ok()
        .filter(|m| m.file_type().is_file())
        .and_then(|m| m.modified().ok())
        .and_then(|t| now.duration_since(t).ok())
        .is_some_and(|age| age >= STALE)
}

fn sweep_temporary(dir: &Path, now: SystemTime) -> usize {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return 0;
    };
    let mut removed = 0;
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(name) = name.to_str() else { continue };
        let path = entry.path();
        if !is_our_temporary(name) || !stale(&path, now) {
            continue;
        }
        // Held while the file is removed, so no writer can start on it in between.
        let Some(_lock) = lock(&path) else { continue };
        if std::fs::remove_file(&path).is_ok() {
            removed += 1;
        }
    }
    removed
}

/// The file locked, or `None` when a live writer holds it (or it cannot be opened).
fn lock(path: &Path) -> Option<File> {
    let file = OpenOptions::new().read(true).write(true).open(path).ok()?;
    match file.try_lock() {
        Ok(()) => Some(file),
        Err(TryLockError::WouldBlock | TryLockError::Error(_)) => None,
    }
}

fn sweep_summaries(data: &DataDir, now: SystemTime) -> usize {
    let Ok(entries) = std::fs::read_dir(data.summaries()) else {
        return 0;
    };
    let mut removed = 0;
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(id) = name.to_str().and_then(|n| n.strip_suffix(".md")) else {
            continue;
        };
        let path = entry.path();
        if crate::record::valid_id(id)
            && stale(&path, now)
            && std::fs::symlink_metadata(data.record_path(id))
                .is_err_and(|e| e.kind() == std::io::ErrorKind::NotFound)
            && std::fs::remove_file(&path).is_ok()
        {
            removed += 1;
        }
    }
    removed
}

#[cfg(test)]
mod tests {
    use super::is_our_temporary;

    #[test]
    fn only_wias_own_temporary_names_are_recognised() {
        for ours in [
            ".0a1b2c3d4e.yaml.4242.tmp",
            ".0a1b2c3d4e.yaml.4242.7.tmp",
            ".0a1b2c3d4e.md.1.0.tmp",
            ".review-index.99.tmp",
        ] {
            assert!(is_our_temporary(ours), "{ours}");
        }
        for theirs in [
            "0a1b2c3d4e.yaml.4242.tmp",
            ".0a1b2c3d4e.yaml.tmp",
            ".0a1b2c3d4e.yaml.x42.tmp",
            ".4242.tmp",
            ".tmp",
            ".notes.txt",
            ".0a1b2c3d4e.yaml.4242.tmp.bak",
        ] {
            assert!(!is_our_temporary(theirs), "{theirs}");
        }
    }
}
