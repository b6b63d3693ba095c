//! The evidence log: one JSON object a line, only ever appended to, in one file per
//! computer (`<data>/evidence/<device-id>.jsonl`) so that computers syncing one folder never
//! write the same file; readers read every file (`read_all`). Appends hold an exclusive lock on the file and write the new lines with
//! one write then a sync, so two processes never interleave; readers hold a shared lock,
//! so they never see half an append. A crash mid-append leaves at most one torn line,
//! which reading reports and skips; the next append starts on a fresh line.

use std::fs::File;
use std::io::{Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

use super::entry::Entry;
use crate::error::{Error, Result};
use crate::store::DataDir;
use crate::t;
use crate::text::Lang;

/// The one log of wia before logs were per computer. It is read as one more file and never
/// written again: renaming it would give every computer that synced it a copy under its
/// own name (each entry twice), while reading it in place loses and doubles nothing.
pub const LEGACY_LOG_FILE: &str = "log.jsonl";

pub fn evidence_dir(data: &DataDir) -> PathBuf {
    data.root.join("evidence")
}

/// The log of wia before logs were per computer (read, never written).
pub fn legacy_log_path(data: &DataDir) -> PathBuf {
    evidence_dir(data).join(LEGACY_LOG_FILE)
}

/// The log the computer with this device id appends to.
pub fn device_log_path(data: &DataDir, device: &str) -> PathBuf {
    evidence_dir(data).join(format!("{device}.jsonl"))
}

/// The log this computer appends to: its device id's (see `crate::device`).
pub fn own_log_path(data: &DataDir, lang: Lang) -> Result<PathBuf> {
    Ok(device_log_path(data, &crate::device::device_id(lang)?))
}

/// Every log file in the folder, in the order they are read: the old single log first,
/// then the computers' logs by name, so every reader on every computer sees one order.
/// Links, folders and hidden (temporary) files are not logs.
pub fn log_files(data: &DataDir) -> Vec<PathBuf> {
    let Ok(dir) = std::fs::read_dir(evidence_dir(data)) else {
        return Vec::new();
    };
    let mut names: Vec<String> = dir
        .flatten()
        // Not only regular files: a link or a FIFO named like a log is read, and refused
        // there with its reason, rather than passed over in silence.
        .filter(|e| e.file_type().is_ok_and(|t| !t.is_dir()))
        .filter_map(|e| e.file_name().into_string().ok())
        .filter(|n| n.ends_with(".jsonl") && !n.starts_with('.'))
        .collect();
    names.sort_by(|a, b| {
        (a != LEGACY_LOG_FILE)
            .cmp(&(b != LEGACY_LOG_FILE))
            .then_with(|| a.cmp(b))
    });
    let dir = evidence_dir(data);
    names.into_iter().map(|n| dir.join(n)).collect()
}

/// Every entry of every log file, each once (the first of any id), file by file in the
/// order of `log_files`, each file's in the order logged.
#[derive(Debug, Clone, Default)]
pub struct AllLogs {
    pub entries: Vec<Entry>,
    /// Lines skipped, by file.
    pub skipped: Vec<(PathBuf, Log)>,
}

impl AllLogs {
    pub fn warnings(&self, lang: Lang) -> Vec<String> {
        let mut out = Vec::new();
        for (path, log) in &self.skipped {
            out.extend(log.warnings(path, lang));
        }
        out
    }

    pub fn skipped_count(&self) -> usize {
        self.skipped.iter().map(|(_, l)| l.skipped.len()).sum()
    }
}

/// Read every log file. An entry found in two files (a log copied by hand, a CSV imported
/// on two computers) counts once. A log that cannot be read at all (a link, a FIFO) is an
/// error, as the single log's was: counting without it would under-count in silence.
pub fn read_all(data: &DataDir, lang: Lang) -> Result<AllLogs> {
    let mut all = AllLogs::default();
    let mut seen = std::collections::HashSet::new();
    for path in log_files(data) {
        let log = read(&path, lang)?;
        for e in log.entries {
            if seen.insert(e.id.clone()) {
                all.entries.push(e);
            }
        }
        if !log.skipped.is_empty() {
            all.skipped.push((
                path,
                Log {
                    entries: Vec::new(),
                    skipped: log.skipped,
                },
            ));
        }
    }
    Ok(all)
}

/// A line that could not be read as an entry, and why.
#[derive(Debug, Clone, PartialEq)]
pub struct Skipped {
    pub line: usize,
    pub reason: Reason,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Reason {
    /// The last line has no end of line: an append stopped part-way.
    Torn,
    /// Longer than `MAX_LINE_BYTES`: not an entry wia wrote, and not held to find out.
    TooLong,
    /// A whole line that is not an entry; what the JSON reader said.
    Unreadable(String),
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Log {
    pub entries: Vec<Entry>,
    pub skipped: Vec<Skipped>,
}

impl Log {
    /// One warning a skipped line, naming the file and the line; at most
    /// `error::capped` of them, then a count of the rest.
    pub fn warnings(&self, path: &Path, lang: Lang) -> Vec<String> {
        warnings(path, &self.skipped, self.skipped.len(), lang)
    }
}

/// The warnings for a file's skipped lines when only the first of them were kept: one a
/// line kept, up to `error::MAX_SHOWN`, then a count of the other `total` less those.
pub(crate) fn warnings(path: &Path, kept: &[Skipped], total: usize, lang: Lang) -> Vec<String> {
    let file = path.display().to_string();
    let shown = &kept[..kept.len().min(crate::error::MAX_SHOWN)];
    let mut out = crate::error::capped(lang, shown, |s| match &s.reason {
        Reason::Torn => t!(
            lang,
            "evidence-skipped-torn",
            file = file.as_str(),
            line = s.line as i64
        ),
        Reason::TooLong => t!(
            lang,
            "evidence-skipped-too-long",
            file = file.as_str(),
            line = s.line as i64,
            max = MAX_LINE_BYTES as i64
        ),
        Reason::Unreadable(why) => t!(
            lang,
            "evidence-skipped-unreadable",
            file = file.as_str(),
            line = s.line as i64,
            why = why.as_str()
        ),
    });
    if total > crate::error::MAX_SHOWN {
        out.push(t!(
            lang,
            "domain-more-problems-not-shown",
            count = total - crate::error::MAX_SHOWN
        ));
    }
    out
}

/// The longest line read as an entry. An entry wia writes is at most about 10 KB (a
/// 2,000-character description in four-byte characters, and the rest); a megabyte
/// leaves room for fields a newer wia adds, and keeps one line of a stranger's file from
/// taking memory without end while the log streams.
pub const MAX_LINE_BYTES: usize = 1024 * 1024;

/// What one line of a log is. `text` is the line without its end of line, or for a line
/// longer than `MAX_LINE_BYTES`, `None` with whether it was all blank.
pub(crate) enum Line {
    Blank,
    Entry(Entry),
    Skipped(Reason),
}

pub(crate) fn read_line(text: Option<&[u8]>, blank: bool, complete: bool) -> Line {
    if blank {
        return Line::Blank;
    }
    if !complete {
        return Line::Skipped(Reason::Torn);
    }
    let Some(text) = text else {
        return Line::Skipped(Reason::TooLong);
    };
    match serde_json::from_slice::<Entry>(text) {
        Ok(e) => Line::Entry(e),
        Err(e) => Line::Skipped(Reason::Unreadable(e.to_string())),
    }
}

/// Append entries to the log under an exclusive lock; all of them reach the file, each
/// whole, or (after a crash) a prefix of them. A write that fails (a full disk, a file
/// size limit) is undone: the log is cut back to the length it had.
pub fn append(path: &Path, entries: &[Entry], lang: Lang) -> Result<()> {
    if entries.is_empty() {
        return Ok(());
    }
    locked(
        path,
        |file| {
            let len = file.metadata()?.len();
            let torn = len > 0 && !ends_with_newline(file, len)?;
            write_entries(file, len, torn, entries)
        },
        lang,
    )
}

/// Read the log and append what `plan` makes of it, as one critical section under the
/// exclusive lock: no other append can come between the read and the write, so a plan
/// that leaves out entries already logged stays right when two processes run it at once.
///
/// `plan` may run twice: a plan that adds nothing to a log not yet made does not make it.
pub fn append_with<T>(
    path: &Path,
    mut plan: impl FnMut(&Log) -> (Vec<Entry>, T),
    lang: Lang,
) -> Result<T> {
    if !path.exists() {
        let (entries, planned) = plan(&Log::default());
        if entries.is_empty() {
            return Ok(planned);
        }
    }
    locked(
        path,
        |file| {
            let mut bytes = Vec::new();
            file.seek(SeekFrom::Start(0))?;
            file.read_to_end(&mut bytes)?;
            let (entries, planned) = plan(&parse(&bytes));
            let torn = bytes.last().is_some_and(|b| *b != b'\n');
            write_entries(file, bytes.len() as u64, torn, &entries)?;
            Ok(planned)
        },
        lang,
    )
}

/// Run `body` on the log opened for appending, under its exclusive lock.
fn locked<T>(
    path: &Path,
    body: impl FnOnce(&mut File) -> std::io::Result<T>,
    lang: Lang,
) -> Result<T> {
    let write_err = |source| Error::Write {
        path: path.to_path_buf(),
        source,
        lang,
    };
    let dir = path.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir).map_err(write_err)?;
    // Never through a link, never into a FIFO: only the regular file in the data folder.
    let mut file = crate::store::open_append(path, lang).map_err(write_err)?;
    file.lock().map_err(write_err)?;
    let was_empty = file.metadata().is_ok_and(|m| m.len() == 0);
    let result = body(&mut file);
    if was_empty && result.is_ok() && file.metadata().is_ok_and(|m| m.len() > 0) {
        // A new file is durable only once its directory entry is.
        #[cfg(unix)]
        if let Ok(d) = File::open(dir) {
            let _ = d.sync_all();
        }
    }
    let _ = file.unlock();
    result.map_err(write_err)
}

/// Write the entries at the end of a log of `len` bytes, or leave it exactly as it was.
fn write_entries(file: &mut File, len: u64, torn: bool, entries: &[Entry]) -> std::io::Result<()> {
    if entries.is_empty() {
        return Ok(());
    }
    let mut buf = Vec::with_capacity(256 * entries.len());
    if torn {
        // The last append was torn by a crash: never glue a new entry onto its bytes.
        buf.push(b'\n');
    }
    for e in entries {
        serde_json::to_writer(&mut buf, e).map_err(std::io::Error::other)?;
        buf.push(b'\n');
    }
    // With O_APPEND every write lands at the end, whatever the position after a read.
    if let Err(e) = file.write_all(&buf).and_then(|()| file.sync_data()) {
        // Part of `buf` may be in the file. Still under the lock, nobody has appended
        // since, so cutting back removes exactly what this call wrote; shrinking needs no
        // space, so it works on the full disk that refused the write.
        let _ = file.set_len(len).and_then(|()| file.sync_data());
        return Err(e);
    }
    Ok(())
}

fn ends_with_newline(file: &mut File, len: u64) -> std::io::Result<bool> {
    let mut last = [0u8; 1];
    file.seek(SeekFrom::Start(len - 1))?;
    file.read_exact(&mut last)?;
    Ok(last[0] == b'\n')
}

/// The bytes of the log, read under a shared lock; empty when there is no log yet.
pub fn read_bytes(path: &Path, lang: Lang) -> Result<Vec<u8>> {
    let read_err = |source| Error::Read {
        path: path.to_path_buf(),
        source,
        lang,
    };
    let mut file = match crate::store::open_regular(path, crate::store::Links::Refuse, lang) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(read_err(e)),
    };
    file.lock_shared().map_err(read_err)?;
    let mut bytes = Vec::new();
    let result = file.read_to_end(&mut bytes);
    let _ = file.unlock();
    result.map_err(read_err)?;
    Ok(bytes)
}

/// Every entry that reads; each line that does not is listed with its number.
pub fn parse(bytes: &[u8]) -> Log {
    let mut log = Log::default();
    let mut rest = bytes;
    let mut line = 0;
    while !rest.is_empty() {
        line += 1;
        let (text, complete) = match memchr_newline(rest) {
            Some(i) => {
                let t = &rest[..i];
                rest = &rest[i + 1..];
                (t, true)
            }
            None => {
                let t = rest;
                rest = &[];
                (t, false)
            }
        };
        let blank = text.iter().all(u8::is_ascii_whitespace);
        let text = (text.len() <= MAX_LINE_BYTES).then_some(text);
        match read_line(text, blank, complete) {
            Line::Blank => {}
            Line::Entry(e) => log.entries.push(e),
            Line::Skipped(reason) => log.skipped.push(Skipped { line, reason }),
        }
    }
    log
}

fn memchr_newline(bytes: &[u8]) -> Option<usize> {
    memchr::memchr(b'\n', bytes)
}

/// Read and parse the log.
pub fn read(path: &Path, lang: Lang) -> Result<Log> {
    Ok(parse(&read_bytes(path, lang)?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_torn_last_line_and_a_broken_middle_line_are_skipped_and_named() {
        let good = r#"{"id":"a","created":"2026-11-20T09:00:00+00:00","date":"2026-11-20","school":"S","authority":"cardiff","cause":"meetings","roles":["teacher"],"staff":1,"hours":1.0,"frequency":"once"}"#;
        let text = format!("{good}\n{{\"id\":\"b\",\"crea\n{good}\n\n{}", &good[..40]);
        let log = parse(text.as_bytes());
        assert_eq!(log.entries.len(), 2);
        let lines: Vec<usize> = log.skipped.iter().map(|s| s.line).collect();
        assert_eq!(lines, [2, 5]);
        assert_eq!(log.skipped[1].reason, Reason::Torn);
        let w = log.warnings(Path::new("log.jsonl"), Lang::En);
        assert!(
            w[0].starts_with("log.jsonl:2: warning: not a readable entry ("),
            "{}",
            w[0]
        );
        assert!(
            w[1].starts_with("log.jsonl:5: warning: the last entry is torn"),
            "{}",
            w[1]
        );
    }

    /// A stranger's log may hold one line of gigabytes; while streaming, only its first
    /// megabyte is ever held. Such a line is skipped and named, whole or streamed.
    #[test]
    fn a_line_longer_than_the_limit_is_skipped_and_named_and_the_next_line_reads() {
        let good = r#"{"id":"a","created":"2026-11-20T09:00:00+00:00","date":"2026-11-20","school":"S","authority":"cardiff","cause":"meetings","roles":["teacher"],"staff":1,"hours":1.0,"frequency":"once"}"#;
        let long = good.replace(
            r#""frequency""#,
            &format!(
                r#""description":"{}","frequency""#,
                "x".repeat(MAX_LINE_BYTES)
            ),
        );
        let text = format!("{good}\n{long}\n{good}\n");
        let log = parse(text.as_bytes());
        assert_eq!(log.entries.len(), 2);
        assert_eq!(
            log.skipped,
            [Skipped {
                line: 2,
                reason: Reason::TooLong
            }]
        );
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("log.jsonl");
        std::fs::write(&path, &text).unwrap();
        let mut streamed = Vec::new();
        let skips =
            super::super::stream::for_each_in_file(&path, Lang::En, |e| streamed.push(e)).unwrap();
        assert_eq!(streamed, log.entries);
        assert_eq!(skips.kept, log.skipped);
        assert_eq!(
            log.warnings(Path::new("log.jsonl"), Lang::En),
            [format!(
                "log.jsonl:2: warning: the line is longer than {MAX_LINE_BYTES} bytes, so it is not an entry wia wrote. It was skipped; every other entry is kept"
            )]
        );
    }
}
