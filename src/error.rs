//! The library's errors. Each says which file, where in it, and what was expected;
//! `main` turns them into messages and exit codes.

use std::fmt;
use std::path::PathBuf;

use crate::i18n::Lang;
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
    /// The language `message` is in, so that the level is said in it too.
    pub lang: Lang,
}

impl Diagnostic {
    pub fn error(
        lang: Lang,
        file: &str,
        position: Option<Position>,
        message: impl Into<String>,
    ) -> Self {
        Diagnostic {
            file: file.to_string(),
            position,
            level: Level::Error,
            message: message.into(),
            lang,
        }
    }

    /// A diagnostic at `path` inside a document, located through `locations`.
    pub fn at(
        lang: Lang,
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
            lang,
        }
    }

    /// Turn a deserializer error into a diagnostic, keeping its line and column.
    pub fn from_yaml(lang: Lang, file: &str, err: &serde_yaml::Error) -> Self {
        let position = err.location().map(|l| Position {
            line: l.line(),
            column: l.column(),
        });
        // The deserializer appends "at line L column C"; the position is shown up front.
        // Said first, so that what follows sees the message as the reader will.
        let mut message = crate::i18n::deferred::say(lang, &err.to_string());
        if let Some(cut) = message.find(" at line ") {
            message.truncate(cut);
        }
        let message = shorten_quoted(&message);
        Diagnostic::error(lang, file, position, serde_message(lang, &message))
    }
}

/// The deserializer quotes what it found whole (a value, a key), and a value can be the
/// whole file: each quoted piece is cut to a short excerpt.
fn shorten_quoted(message: &str) -> String {
    let mut out = String::with_capacity(message.len().min(1024));
    let mut rest = message;
    while let Some(open) = rest.find(['"', '`']) {
        let quote = rest.as_bytes()[open];
        out.push_str(&rest[..=open]);
        let inner = &rest[open + 1..];
        let mut escaped = false;
        let close = inner.char_indices().find(|&(_, c)| {
            let end = !escaped && c == quote as char;
            escaped = !escaped && c == '\\';
            end
        });
        let Some((close, _)) = close else {
            out.push_str(&crate::document::excerpt(inner));
            return out;
        };
        out.push_str(&crate::document::excerpt(&inner[..close]));
        out.push(quote as char);
        rest = &inner[close + 1..];
    }
    out.push_str(rest);
    out
}

/// serde's explanations are English; in another language the common ones (a missing or
/// unknown field, a value of the wrong type) are said in it. The names and values quoted
/// stay as they are, and so does what the type expected when it is the file format's.
fn serde_message(lang: Lang, message: &str) -> String {
    if lang == Lang::En {
        return message.to_string();
    }
    // A place in the document may come first: "assessor: invalid type: ...".
    let (place, rest) = match message.split_once(": ") {
        Some((head, rest)) if !head.is_empty() && !head.contains(' ') => {
            (format!("{head}: "), rest)
        }
        _ => (String::new(), message),
    };
    let expected = |text: &str| {
        if let Some(id) = EXPECTING.iter().find(|id| t!(Lang::En, id) == text) {
            return t!(lang, id);
        }
        match text.strip_prefix("one of ") {
            Some(list) => t!(lang, "domain-yaml-one-of", list = list),
            None => text.replace(" or ", &format!(" {} ", t!(lang, "domain-yaml-or"))),
        }
    };
    let framed = |id: &str, what: &str, tail: &str| -> Option<String> {
        let (name, after) = tail.split_once(", expected ")?;
        let name = if what == "found" {
            found(lang, name)
        } else {
            name.to_string()
        };
        Some(t!(lang, id, name = name, expected = expected(after)))
    };
    let said = if let Some(field) = rest.strip_prefix("missing field ") {
        Some(t!(lang, "domain-yaml-missing-field", name = field))
    } else if let Some(field) = rest.strip_prefix("duplicate field ") {
        Some(t!(lang, "domain-yaml-duplicate-field", name = field))
    } else if let Some(tail) = rest.strip_prefix("unknown field ") {
        framed("domain-yaml-unknown-field", "name", tail)
    } else if let Some(tail) = rest.strip_prefix("unknown variant ") {
        framed("domain-yaml-unknown-variant", "name", tail)
    } else if let Some(tail) = rest.strip_prefix("invalid type: ") {
        framed("domain-yaml-invalid-type", "found", tail)
    } else if let Some(tail) = rest.strip_prefix("invalid value: ") {
        framed("domain-yaml-invalid-value", "found", tail)
    } else {
        None
    };
    match said {
        Some(said) => format!("{place}{said}"),
        None => message.to_string(),
    }
}

/// The messages whose English is the `expecting` of a type read from YAML (kept the same
/// by hand), so that serde's "expected ..." can be said in another language.
const EXPECTING: [&str; 8] = [
    "domain-expecting-answers-file",
    "domain-expecting-assessor",
    "domain-expecting-questionnaire-ref",
    "domain-expecting-record",
    "domain-expecting-draft",
    "domain-expecting-questionnaire",
    "domain-expecting-scoring",
    "domain-expecting-text",
];

/// serde's description of a value it did not expect ("string \"x\"", "integer `3`").
fn found(lang: Lang, text: &str) -> String {
    let number = |n: &str| t!(lang, "domain-value-number", number = n.trim_matches('`'));
    if let Some(s) = text.strip_prefix("string ") {
        t!(lang, "domain-value-text", text = s)
    } else if let Some(n) = text.strip_prefix("integer ") {
        number(n)
    } else if let Some(n) = text.strip_prefix("floating point ") {
        number(n)
    } else if let Some(b) = text.strip_prefix("boolean ") {
        b.to_string()
    } else {
        match text {
            "sequence" => t!(lang, "domain-value-list"),
            "map" => t!(lang, "domain-value-map"),
            "unit value" => t!(lang, "domain-value-nothing"),
            other => other.to_string(),
        }
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let level = match self.level {
            Level::Note => t!(self.lang, "domain-level-note"),
            Level::Warning => t!(self.lang, "domain-level-warning"),
            Level::Error => t!(self.lang, "domain-level-error"),
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
    #[error("{}", file_message(*lang, "domain-cannot-read", path, source))]
    Read {
        path: PathBuf,
        source: std::io::Error,
        /// The language of whoever asked for the file, to say the error in.
        lang: Lang,
    },
    #[error("{}", file_message(*lang, "domain-cannot-write", path, source))]
    Write {
        path: PathBuf,
        source: std::io::Error,
        lang: Lang,
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

fn file_message(lang: Lang, id: &str, path: &std::path::Path, source: &std::io::Error) -> String {
    t!(
        lang,
        id,
        path = path.display().to_string(),
        reason = io_reason(lang, source)
    )
}

/// Why a file operation failed. The system's own words are English; in Welsh the common
/// kinds are said in Welsh and the rest keep the system's words. A reason wia made itself
/// (a custom error) is already in the language asked for.
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
pub(crate) const MAX_SHOWN: usize = 100;

/// The diagnostics one a line, at most `MAX_SHOWN` of them and a count of the rest (in
/// the diagnostics' own language).
pub fn render(diagnostics: &[Diagnostic]) -> String {
    let lang = diagnostics.first().map_or(Lang::En, |d| d.lang);
    capped(lang, diagnostics, ToString::to_string).join("\n")
}

/// The first `MAX_SHOWN` items as lines, then one line counting the rest: every list of
/// problems or warnings wia prints goes through here, so a file with a hundred thousand
/// bad lines gives a hundred messages, not twenty megabytes. Only the lines shown are
/// formatted.
pub fn capped<T>(lang: Lang, items: &[T], line: impl Fn(&T) -> String) -> Vec<String> {
    let mut lines: Vec<String> = items.iter().take(MAX_SHOWN).map(line).collect();
    if items.len() > MAX_SHOWN {
        lines.push(t!(
            lang,
            "domain-more-problems-not-shown",
            count = items.len() - MAX_SHOWN
        ));
    }
    lines
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

#[cfg(test)]
mod tests {
    use super::*;

    /// What serde says `T` expected, given a number where `T` belongs.
    fn expected_of<T: serde::de::DeserializeOwned>() -> String {
        let e = serde_yaml::from_str::<T>("3").err().unwrap().to_string();
        let (_, expected) = e.split_once(", expected ").unwrap();
        expected.split(" at line ").next().unwrap().to_string()
    }

    #[test]
    fn the_expecting_messages_say_what_the_types_say() {
        use crate::questionnaire::{Questionnaire, model::ScoringConfig};
        use crate::record::{
            AnswersFile, Assessor, AssessorInput, Draft, QuestionnaireRef, Record,
        };
        let got = [
            expected_of::<AnswersFile>(),
            expected_of::<AssessorInput>(),
            expected_of::<QuestionnaireRef>(),
            expected_of::<Record>(),
            expected_of::<Draft>(),
            expected_of::<Questionnaire>(),
            expected_of::<ScoringConfig>(),
            expected_of::<crate::text::Text>(),
        ];
        for (id, got) in EXPECTING.iter().zip(got) {
            assert_eq!(t!(Lang::En, id), got, "{id}");
        }
        assert_eq!(expected_of::<Assessor>(), expected_of::<AssessorInput>());
    }

    #[test]
    fn serde_explanations_are_said_in_welsh_and_left_alone_in_english() {
        let unknown = "unknown field `assesor`, expected one of `questionnaire`, `assessor`";
        assert_eq!(serde_message(Lang::En, unknown), unknown);
        assert_eq!(
            serde_message(Lang::Cy, unknown),
            "maes anhysbys `assesor`, disgwyl un o `questionnaire`, `assessor`"
        );
        assert_eq!(
            serde_message(
                Lang::Cy,
                "assessor: invalid type: string \"Ceri\", expected the assessor as {name, organisation}"
            ),
            "assessor: math annilys: cafwyd y testun \"Ceri\", disgwyl yr asesydd fel {name, organisation}"
        );
        assert_eq!(
            serde_message(
                Lang::Cy,
                "language: unknown variant `fr`, expected `en` or `cy`"
            ),
            "language: gwerth anhysbys `fr`, disgwyl `en` neu `cy`"
        );
        assert_eq!(
            serde_message(Lang::Cy, "missing field `answers`"),
            "maes ar goll: `answers`"
        );
        // What it does not know stays as it was.
        assert_eq!(
            serde_message(Lang::Cy, "did not find expected key"),
            "did not find expected key"
        );
    }
}
