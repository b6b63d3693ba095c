//! Every log's entries a line at a time, handed on as each is read and then dropped, so
//! a report over a million entries holds one line, not the log. The entries, their order,
//! the lines skipped and the warnings are exactly those of `log::read_all`: the same files
//! in the same order, the first entry of each id, the same line numbers and reasons.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};

use super::entry::Entry;
use super::log::{Line, MAX_LINE_BYTES, Skipped, log_files, read_line, warnings};
use super::seen_ids::SeenIds;
use crate::error::{Error, Result};
use crate::store::DataDir;
use crate::text::Lang;

/// The lines one file skipped: the first `error::MAX_SHOWN` (all a warning names) and
/// how many in all, so a file of a million bad lines holds a hundred.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct FileSkips {
    pub path: PathBuf,
    pub kept: Vec<Skipped>,
    pub total: usize,
}

impl FileSkips {
    fn push(&mut self, s: Skipped) {
        if self.kept.len() < crate::error::MAX_SHOWN {
            self.kept.push(s);
        }
        self.total += 1;
    }
}

/// The lines skipped in every file that skipped any, in the order read.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Skips {
    pub files: Vec<FileSkips>,
}

impl Skips {
    /// The same warnings as `AllLogs::warnings` for the same files.
    pub fn warnings(&self, lang: Lang) -> Vec<String> {
        let mut out = Vec::new();
        for f in &self.files {
            out.extend(warnings(&f.path, &f.kept, f.total, lang));
        }
        out
    }

    pub fn count(&self) -> usize {
        self.files.iter().map(|f| f.total).sum()
    }
}

/// Hand `each` every entry of every log file, the first of each id, in the order of
/// `read_all`. A log that cannot be read at all is an error, as there.
pub fn for_each_entry(data: &DataDir, lang: Lang, mut each: impl FnMut(Entry)) -> Result<Skips> {
    let mut seen = SeenIds::default();
    let mut skips = Skips::default();
    for path in log_files(data) {
        let file = for_each_in_file(&path, lang, |e| {
            if seen.insert(&e.id) {
                each(e);
            }
        })?;
        if file.total > 0 {
            skips.files.push(file);
        }
    }
    Ok(skips)
}

/// Hand `each` every entry of one log, in the order logged; nothing when there is no log.
/// The file is read under a shared lock, held to the end, so no append is seen in part;
/// an append waits that long (about a second for a million entries in one file).
pub fn for_each_in_file(path: &Path, lang: Lang, mut each: impl FnMut(Entry)) -> Result<FileSkips> {
    let read_err = |source| Error::Read {
        path: path.to_path_buf(),
        source,
        lang,
    };
    let mut skips = FileSkips {
        path: path.to_path_buf(),
        ..FileSkips::default()
    };
    let file = match crate::store::open_regular(path, crate::store::Links::Refuse, lang) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(skips),
        Err(e) => return Err(read_err(e)),
    };
    file.lock_shared().map_err(read_err)?;
    let mut lines = Lines::new(BufReader::with_capacity(1 << 16, &file));
    let mut number = 0;
    let result = loop {
        match lines.next() {
            Ok(None) => break Ok(()),
            Ok(Some(complete)) => {
                number += 1;
                let text = (!lines.over).then_some(lines.buf.as_slice());
                let blank = lines.blank();
                match read_line(text, blank, complete) {
                    Line::Blank => {}
                    Line::Entry(e) => each(e),
                    Line::Skipped(reason) => skips.push(Skipped {
                        line: number,
                        reason,
                    }),
                }
            }
            Err(e) => break Err(e),
        }
    };
    let _ = file.unlock();
    result.map_err(read_err)?;
    Ok(skips)
}

/// Lines of at most `MAX_LINE_BYTES` kept whole; of a longer one only whether it is blank.
struct Lines<R> {
    reader: R,
    buf: Vec<u8>,
    /// The line is longer than `MAX_LINE_BYTES`: `buf` is empty and the line is dropped
    /// as it is read.
    over: bool,
    /// Of a line that is over: whether every byte of it was blank.
    over_blank: bool,
}

impl<R: BufRead> Lines<R> {
    fn new(reader: R) -> Self {
        Lines {
            reader,
            buf: Vec::with_capacity(1024),
            over: false,
            over_blank: true,
        }
    }

    fn blank(&self) -> bool {
        if self.over {
            self.over_blank
        } else {
            self.buf.iter().all(u8::is_ascii_whitespace)
        }
    }

    /// The next line into `buf` without its end of line: `Some(true)` when it had one,
    /// `Some(false)` for a last line without, `None` at the end.
    fn next(&mut self) -> std::io::Result<Option<bool>> {
        self.buf.clear();
        self.over = false;
        self.over_blank = true;
        let mut any = false;
        loop {
            let available = match self.reader.fill_buf() {
                Ok(b) => b,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            };
            if available.is_empty() {
                return Ok(any.then_some(false));
            }
            any = true;
            let (part, used, ended) = match memchr::memchr(b'\n', available) {
                Some(i) => (&available[..i], i + 1, true),
                None => (available, available.len(), false),
            };
            if self.over {
                self.over_blank &= part.iter().all(u8::is_ascii_whitespace);
            } else if self.buf.len() + part.len() > MAX_LINE_BYTES {
                self.over = true;
                self.over_blank = self.buf.iter().all(u8::is_ascii_whitespace)
                    && part.iter().all(u8::is_ascii_whitespace);
                self.buf = Vec::with_capacity(1024);
            } else {
                self.buf.extend_from_slice(part);
            }
            self.reader.consume(used);
            if ended {
                return Ok(Some(true));
            }
        }
    }
}

/// Where and why each line kept was skipped, for tests that compare the streamed and the
/// whole reading.
#[cfg(test)]
pub(crate) fn reasons(s: &Skips) -> Vec<(PathBuf, usize, super::log::Reason)> {
    s.files
        .iter()
        .flat_map(|f| {
            f.kept
                .iter()
                .map(|k| (f.path.clone(), k.line, k.reason.clone()))
        })
        .collect()
}
