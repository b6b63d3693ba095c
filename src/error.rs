//! The library's errors. Each says which file, where in it, and what was expected;
//! `main` turns them into messages and exit codes.

use std::fmt;
use std::path::PathBuf;

use crate::i18n::{Lang, current};
use crate::locate::{Locations, Position};
use crate::t;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Level {
    Note,
    Warning,
    Error,
}

/// One finding about a file, with its place where one is known.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub file: String,
    pub position: Option<Position>,
    pub level: Level,
    pub message: String,
}

impl Diagnostic {
    pub fn error(file: &str, position: Option<Position>, message: impl Into<String>) -> Self {
        Diagnostic {
            file: file.to_string(),
            position,
            level: Level::Error,
            message: message.into(),
        }
    }

    /// A diagnostic at `path` inside a document, located through `locations`.
    pub fn at(
        file: &str,
        locations: &Locations,
        path: &str,
        level: Level,
        message: String,
    ) -> Self {
        Diagnostic {
            file: file.to_string(),
            position: locations.find(path),
            level,
            message,
        }
    }

    /// Turn a deserializer error into a diagnostic, keeping its line and column.
    pub fn from_yaml(file: &str, err: &serde_yaml::Error) -> Self {
        let position = err.location().map(|l| Position {
            line: l.line(),
            column: l.column(),
        });
        // The deserializer appends "at line L column C"; the position is shown up front.
        let mut message = err.to_string();
        if let Some(cut) = message.find(" at line ") {
            message.truncate(cut);
        }
        Diagnostic::error(file, position, message)
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let level = match self.level {
            Level::Note => t!(current(), "domain-level-note"),
            Level::Warning => t!(current(), "domain-level-warning"),
            Level::Error => t!(current(), "domain-level-error"),
        };
        match self.position {
            Some(p) => write!(
                f,
                "{}:{}:{}: {level}: {}",
                self.file, p.line, p.column, self.message
            ),
            None => write!(f, "{}: {level}: {}", self.file, self.message),
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{}", file_message("domain-cannot-read", path, source))]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{}", file_message("domain-cannot-write", path, source))]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
    /// The file was read but its content is wrong; every problem is listed.
    #[error("{}", render(.0))]
    Invalid(Vec<Diagnostic>),
    #[error("{0}")]
    NotFound(String),
    /// A check whose answer is "no": an altered record, results that differ.
    #[error("{0}")]
    Failed(String),
}

fn file_message(id: &str, path: &std::path::Path, source: &std::io::Error) -> String {
    let lang = current();
    t!(
        lang,
        id,
        path = path.display().to_string(),
        reason = io_reason(lang, source)
    )
}

/// Why a file operation failed. The system's own words are English; in Welsh the common
/// kinds are said in Welsh and the rest keep the system's words. A reason wia made itself
/// (a custom error) is already in the current language.
pub fn io_reason(lang: Lang, e: &std::io::Error) -> String {
    use std::io::ErrorKind::*;
    if lang == Lang::En || (e.raw_os_error().is_none() && e.get_ref().is_some()) {
        return e.to_string();
    }
    let id = match e.kind() {
        NotFound => "domain-io-not-found",
        PermissionDenied => "domain-io-permission-denied",
        AlreadyExists => "domain-io-already-exists",
        IsADirectory => "domain-io-is-a-directory",
        NotADirectory => "domain-io-not-a-directory",
        StorageFull => "domain-io-storage-full",
        ReadOnlyFilesystem => "domain-io-read-only",
        _ => return e.to_string(),
    };
    t!(lang, id)
}

/// Enough problems to fix in one sitting; the rest are counted, not printed.
const MAX_SHOWN: usize = 100;

/// The diagnostics one a line, at most `MAX_SHOWN` of them and a count of the rest.
pub fn render(diagnostics: &[Diagnostic]) -> String {
    let mut lines: Vec<String> = diagnostics
        .iter()
        .take(MAX_SHOWN)
        .map(ToString::to_string)
        .collect();
    if diagnostics.len() > MAX_SHOWN {
        lines.push(t!(
            current(),
            "domain-more-problems-not-shown",
            count = diagnostics.len() - MAX_SHOWN
        ));
    }
    lines.join("\n")
}

impl Error {
    /// 1 when the content is wrong or a check fails; 2 when a file cannot be read or found.
    pub fn exit_code(&self) -> u8 {
        match self {
            Error::Invalid(_) | Error::Failed(_) => 1,
            Error::Read { .. } | Error::Write { .. } | Error::NotFound(_) => 2,
        }
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
