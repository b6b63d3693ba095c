//! A reviewer's response to a record: their position, comments on flags, tasks and
//! sections, and the estimates they would use instead. It is its own file under
//! `responses/`, naming the record's id and digest; the record is never touched.

use std::path::{Path, PathBuf};

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};

use super::answer_words::number;
use super::{Opened, State};
use crate::answers::{Answer, MAX_TASKS};
use crate::error::{Diagnostic, Error, Level, Result};
use crate::locate::Locations;
use crate::store::{DataDir, write_atomic};
use crate::t;
use crate::text::Lang;

pub const RESPONSE_VERSION: u32 = 1;
/// A response is a page or two of text; anything larger is refused unread.
pub const MAX_RESPONSE_BYTES: usize = 1024 * 1024;
pub const MAX_COMMENT_CHARS: usize = 20_000;
pub const MAX_NAME_CHARS: usize = 200;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Position {
    Support,
    SupportWithChanges,
    Oppose,
}

impl Position {
    pub const ALL: [Position; 3] = [
        Position::Support,
        Position::SupportWithChanges,
        Position::Oppose,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Position::Support => "support",
            Position::SupportWithChanges => "support_with_changes",
            Position::Oppose => "oppose",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(
    deny_unknown_fields,
    expecting = "the reviewer as {name, organisation}"
)]
pub struct Reviewer {
    pub name: String,
    pub organisation: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(
    deny_unknown_fields,
    expecting = "a comment as {on, text}, where `on` is general, flag:ID, task:N or section:ID"
)]
pub struct Comment {
    /// `general`, `flag:<id>`, `task:<n>` or `section:<id>`.
    pub on: String,
    pub text: String,
}

/// Three-point minutes, as a task row has them.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, expecting = "minutes as {low, likely, high}")]
pub struct AltMinutes {
    pub low: f64,
    pub likely: f64,
    pub high: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(
    deny_unknown_fields,
    expecting = "an alternative estimate as {task, minutes: {low, likely, high}, share, reason}"
)]
pub struct Alternative {
    /// The task's position in the record's task list, counted from 1.
    pub task: usize,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub minutes: Option<AltMinutes>,
    /// Share of the role's staff who do the task, 0 to 1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub share: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(
    deny_unknown_fields,
    expecting = "a wia response to an assessment record"
)]
pub struct Response {
    pub response_version: u32,
    /// The record's id (a unique start of it is accepted and completed on storing).
    pub record: String,
    /// The record's digest as the reviewer read it.
    pub record_digest: String,
    pub reviewer: Reviewer,
    pub position: Position,
    /// Set when the response is stored, if the file does not give it.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "optional_time"
    )]
    pub created: Option<DateTime<FixedOffset>>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub comments: Vec<Comment>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub alternatives: Vec<Alternative>,
}

mod optional_time {
    use chrono::{DateTime, FixedOffset, SecondsFormat};
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(
        t: &Option<DateTime<FixedOffset>>,
        s: S,
    ) -> Result<S::Ok, S::Error> {
        match t {
            Some(t) => s.serialize_str(&t.to_rfc3339_opts(SecondsFormat::Secs, false)),
            None => s.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(
        d: D,
    ) -> Result<Option<DateTime<FixedOffset>>, D::Error> {
        let Some(text) = Option::<String>::deserialize(d)? else {
            return Ok(None);
        };
        DateTime::parse_from_rfc3339(&text).map(Some).map_err(|e| {
            serde::de::Error::custom(format!(
                "in `created`: `{text}` is not an RFC 3339 time with offset such as 2026-11-25T09:30:00+00:00 ({e})"
            ))
        })
    }
}

impl Response {
    pub fn to_yaml(&self) -> String {
        let body = crate::yaml_out::to_string(self);
        format!(
            "# wia response to assessment record {}. The record itself is never changed.\n{body}",
            self.record
        )
    }
}

/// Parse response text; anything that does not fit names `file:line:column`.
pub fn parse_response(text: &str, file: &str, lang: Lang) -> Result<(Response, Locations)> {
    crate::document::read_document::<Response>(text, file, "a wia response to a record", lang)
        .map_err(Error::Invalid)
}

/// Read a response file written by hand.
pub fn read_response(path: &Path, lang: Lang) -> Result<(Response, Locations)> {
    let text = crate::store::read_text(path, MAX_RESPONSE_BYTES, lang)?;
    parse_response(&text, &path.display().to_string(), lang)
}

/// Everything wrong with `r` as a response to `record`, each placed in `file`.
// Long because it checks every part of a response in turn, collecting every problem.
pub fn validate_response(
    r: &Response,
    record: &Opened,
    file: &str,
    locations: &Locations,
    lang: Lang,
) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let mut problem = |path: &str, message: String| {
        out.push(Diagnostic::at(
            lang,
            file,
            locations,
            path,
            Level::Error,
            message,
        ));
    };
    if r.response_version != RESPONSE_VERSION {
        problem(
            "response_version",
            t!(
                lang,
                "review-response-version",
                found = r.response_version,
                known = RESPONSE_VERSION
            ),
        );
    }
    match (&record.state, &record.record.digest) {
        (State::Altered(_), _) => problem(
            "record",
            t!(
                lang,
                "review-response-record-altered",
                id = record.record.id.as_str(),
                why = record.state.reason(lang).unwrap_or_default()
            ),
        ),
        (_, Some(d)) if *d != r.record_digest => problem(
            "record_digest",
            t!(
                lang,
                "review-response-digest-differs",
                id = record.record.id.as_str(),
                digest = d.as_str()
            ),
        ),
        _ => {}
    }
    // Every text a reviewer gives is written back into the response file and shown in
    // summaries: what could drive a terminal is refused, as in answers.
    let texts = [
        ("reviewer.name".to_string(), Some(&r.reviewer.name)),
        (
            "reviewer.organisation".to_string(),
            Some(&r.reviewer.organisation),
        ),
    ]
    .into_iter()
    .chain(r.comments.iter().enumerate().flat_map(|(i, c)| {
        [
            (format!("comments[{i}].on"), Some(&c.on)),
            (format!("comments[{i}].text"), Some(&c.text)),
        ]
    }))
    .chain(
        r.alternatives
            .iter()
            .enumerate()
            .map(|(i, a)| (format!("alternatives[{i}].reason"), a.reason.as_ref())),
    );
    for (key, text) in texts {
        if let Some(c) = text.and_then(|t| crate::text::refused_char(t)) {
            problem(&key, crate::answers::control_character(c, lang));
        }
    }
    for (key, value) in [
        ("reviewer.name", &r.reviewer.name),
        ("reviewer.organisation", &r.reviewer.organisation),
    ] {
        let n = value.trim().chars().count();
        if n == 0 {
            problem(key, t!(lang, "review-response-empty", key = key));
        } else if n > MAX_NAME_CHARS {
            problem(
                key,
                t!(
                    lang,
                    "review-response-too-long",
                    key = key,
                    max = MAX_NAME_CHARS
                ),
            );
        }
    }
    let flags: Vec<&str> = record.results.flags.iter().map(|f| f.id.as_str()).collect();
    let tasks = record
        .answers
        .get("tasks")
        .and_then(Answer::as_tasks)
        .map_or(0, <[_]>::len);
    for (i, c) in r.comments.iter().enumerate() {
        let path = format!("comments[{i}]");
        let key = format!("{path}.text");
        if c.text.trim().is_empty() {
            problem(&key, t!(lang, "review-response-empty", key = key.as_str()));
        } else if c.text.chars().count() > MAX_COMMENT_CHARS {
            problem(
                &key,
                t!(
                    lang,
                    "review-response-too-long",
                    key = key.as_str(),
                    max = MAX_COMMENT_CHARS
                ),
            );
        }
        if let Err(why) = check_target(&c.on, &flags, tasks, record, lang) {
            problem(&format!("{path}.on"), why);
        }
    }
    let mut seen = Vec::new();
    for (i, a) in r.alternatives.iter().enumerate() {
        let path = format!("alternatives[{i}]");
        if a.task == 0 || a.task > tasks {
            problem(
                &format!("{path}.task"),
                t!(
                    lang,
                    "review-response-no-task",
                    task = a.task,
                    id = record.record.id.as_str(),
                    count = tasks
                ),
            );
        } else if seen.contains(&a.task) {
            problem(
                &format!("{path}.task"),
                t!(lang, "review-response-task-twice", task = a.task),
            );
        }
        seen.push(a.task);
        if a.minutes.is_none() && a.share.is_none() {
            problem(&path, t!(lang, "review-response-alternative-empty"));
        }
        if let Some(m) = a.minutes {
            let max = crate::answers::MAX_MINUTES;
            let ok = [m.low, m.likely, m.high]
                .iter()
                .all(|x| x.is_finite() && (0.0..=max).contains(x));
            if !ok {
                problem(
                    &format!("{path}.minutes"),
                    t!(lang, "review-response-minutes-range", max = max),
                );
            } else if !(m.low <= m.likely && m.likely <= m.high) {
                problem(
                    &format!("{path}.minutes"),
                    t!(
                        lang,
                        "review-response-minutes-order",
                        low = number(m.low),
                        likely = number(m.likely),
                        high = number(m.high)
                    ),
                );
            }
        }
        if let Some(s) = a.share
            && !(s.is_finite() && (0.0..=1.0).contains(&s))
        {
            problem(
                &format!("{path}.share"),
                t!(lang, "review-response-share-range", share = number(s)),
            );
        }
        let key = format!("{path}.reason");
        if a.reason
            .as_ref()
            .is_some_and(|t| t.chars().count() > MAX_COMMENT_CHARS)
        {
            problem(
                &key,
                t!(
                    lang,
                    "review-response-too-long",
                    key = key.as_str(),
                    max = MAX_COMMENT_CHARS
                ),
            );
        }
    }
    if r.alternatives.len() > MAX_TASKS {
        problem(
            "alternatives",
            t!(lang, "review-response-too-many", max = MAX_TASKS),
        );
    }
    out
}

fn check_target(
    on: &str,
    flags: &[&str],
    tasks: usize,
    record: &Opened,
    lang: Lang,
) -> Result<(), String> {
    let on = on.trim();
    if on == "general" {
        return Ok(());
    }
    let bad = || t!(lang, "review-response-target", on = on);
    let Some((kind, what)) = on.split_once(':') else {
        return Err(bad());
    };
    let sections = &record.questionnaire.sections;
    match kind {
        "flag" if flags.contains(&what) => Ok(()),
        "flag" => Err(t!(
            lang,
            "review-response-no-flag",
            flag = what,
            raised = if flags.is_empty() {
                "-".to_string()
            } else {
                flags.join(", ")
            }
        )),
        "task" => match what.parse::<usize>() {
            Ok(n) if (1..=tasks).contains(&n) => Ok(()),
            _ => Err(t!(
                lang,
                "review-response-no-task",
                task = what,
                id = record.record.id.as_str(),
                count = tasks
            )),
        },
        "section" if sections.iter().any(|s| s.id == what) => Ok(()),
        "section" => Err(t!(
            lang,
            "review-response-no-section",
            section = what,
            sections = sections
                .iter()
                .map(|s| s.id.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        )),
        _ => Err(bad()),
    }
}

/// Where a response with this id lives.
pub fn response_path(data: &DataDir, id: &str) -> PathBuf {
    data.responses().join(format!("{id}.yaml"))
}

/// Store a response (already validated) under a fresh id `<record>-<n>-<device>`; returns
/// its path. Never writes anywhere near the record.
pub fn save_response(data: &DataDir, r: &Response, lang: Lang) -> Result<PathBuf> {
    // Without a settings folder there is no device id: the response is still stored,
    // named as before, and only a sync could then meet another of the same name.
    let device = crate::device::device_id(lang).ok();
    save_response_from(data, r, device.as_deref(), lang)
}

/// `save_response` from the computer `device`. Numbered after every response already
/// here, and named by the computer too, so two reviewers answering the same record
/// offline on different computers never make files of the same name for a sync to stop
/// on.
pub fn save_response_from(
    data: &DataDir,
    r: &Response,
    device: Option<&str>,
    lang: Lang,
) -> Result<PathBuf> {
    if !crate::record::valid_id(&r.record) {
        return Err(Error::Failed(t!(
            lang,
            "review-response-bad-id",
            id = r.record.as_str()
        )));
    }
    let suffix = device
        .filter(|d| crate::device::valid_id(d))
        .map(|d| format!("-{d}"))
        .unwrap_or_default();
    // Written whole to a temporary file first, then linked in under the first free
    // number: a link never replaces an existing file, so two reviewers storing at once
    // in a shared folder each keep their response.
    let dir = data.responses();
    let tmp = dir.join(format!(".{}.{}.tmp", r.record, std::process::id()));
    write_atomic(&tmp, r.to_yaml().as_bytes(), lang)?;
    let mut n = numbered(data, &r.record)
        .last()
        .map_or(1, |(n, _, _)| n + 1);
    let result = loop {
        let path = response_path(data, &format!("{}-{n}{suffix}", r.record));
        match std::fs::hard_link(&tmp, &path) {
            Ok(()) => break Ok(path),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists && n < 100_000 => n += 1,
            Err(source) => break Err(Error::Write { path, source, lang }),
        }
    };
    let _ = std::fs::remove_file(&tmp);
    result
}

/// The responses to `record` here by number, then computer (`<record>-<n>` as named
/// before responses carried the computer's id, `<record>-<n>-<device>` since).
fn numbered(data: &DataDir, record: &str) -> Vec<(usize, String, PathBuf)> {
    let prefix = format!("{record}-");
    let mut files: Vec<(usize, String, PathBuf)> = crate::store::yaml_files(&data.responses())
        .unwrap_or_default()
        .into_iter()
        .filter_map(|(id, p)| {
            let rest = id.strip_prefix(&prefix)?;
            let (n, device) = rest.split_once('-').unwrap_or((rest, ""));
            if !device.is_empty() && !crate::device::valid_id(device) {
                return None;
            }
            Some((n.parse().ok()?, device.to_string(), p))
        })
        .collect();
    files.sort();
    files
}

/// The files of the responses stored for `record`, oldest first, unread: for those who
/// only need where they are or how many there are.
pub fn response_files(data: &DataDir, record: &str) -> Vec<PathBuf> {
    numbered(data, record)
        .into_iter()
        .map(|(_, _, p)| p)
        .collect()
}

/// The responses stored for `record`, oldest first, each read or with the reason it
/// cannot be.
pub fn responses_for(
    data: &DataDir,
    record: &str,
    lang: Lang,
) -> Vec<(PathBuf, std::result::Result<Response, String>)> {
    response_files(data, record)
        .into_iter()
        .map(|p| {
            let r = read_response(&p, lang)
                .map(|(r, _)| r)
                .map_err(|e| e.to_string());
            (p, r)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn response(record: &str) -> Response {
        Response {
            response_version: RESPONSE_VERSION,
            record: record.into(),
            record_digest: format!("sha256:{}", "0".repeat(64)),
            reviewer: Reviewer {
                name: "Gwen".into(),
                organisation: "NEU".into(),
            },
            position: Position::Oppose,
            created: None,
            comments: Vec::new(),
            alternatives: Vec::new(),
        }
    }

    #[test]
    fn responses_from_two_computers_offline_never_share_a_name_and_read_in_order() {
        let dir = tempfile::tempdir().unwrap();
        let data = DataDir::new(dir.path());
        let en = crate::i18n::Lang::En;
        let (a, b) = ("0a1b2c3d4e5f6a7b", "9f8e7d6c5b4a3f2e");
        let old = save_response_from(&data, &response("abc"), None, en).unwrap();
        let here = save_response_from(&data, &response("abc"), Some(a), en).unwrap();
        // The other computer numbered its response 2 as well, offline; it arrives here.
        let there = data.responses().join(format!("abc-2-{b}.yaml"));
        std::fs::copy(&here, &there).unwrap();
        let next = save_response_from(&data, &response("abc"), Some(a), en).unwrap();
        assert!(old.ends_with("responses/abc-1.yaml"), "{old:?}");
        assert!(
            here.ends_with(format!("responses/abc-2-{a}.yaml")),
            "{here:?}"
        );
        assert!(
            next.ends_with(format!("responses/abc-3-{a}.yaml")),
            "{next:?}"
        );
        assert_eq!(response_files(&data, "abc"), [old, here, there, next]);
        // A name that is not a computer's id is not taken for a response.
        std::fs::write(data.responses().join("abc-4-..x.yaml"), "x").unwrap();
        assert_eq!(response_files(&data, "abc").len(), 4);
    }

    #[test]
    fn responses_are_numbered_and_never_replace_one_another() {
        let dir = tempfile::tempdir().unwrap();
        let data = DataDir::new(dir.path());
        let first =
            save_response_from(&data, &response("abc"), None, crate::i18n::Lang::En).unwrap();
        let second =
            save_response_from(&data, &response("abc"), None, crate::i18n::Lang::En).unwrap();
        assert!(first.ends_with("responses/abc-1.yaml"));
        assert!(second.ends_with("responses/abc-2.yaml"));
        // Only the two responses: no temporary file is left behind.
        assert_eq!(std::fs::read_dir(data.responses()).unwrap().count(), 2);
        assert_eq!(responses_for(&data, "abc", crate::i18n::Lang::En).len(), 2);
        assert!(save_response_from(&data, &response("../x"), None, crate::i18n::Lang::En).is_err());
    }
}
