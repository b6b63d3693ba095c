//! Reading records, and finding the questionnaire a record was made with.

use std::borrow::Cow;
use std::path::Path;

use super::Record;
use crate::answers::{Answers, ProblemSeverity, parse_answers};
use crate::error::{Diagnostic, Error, Level, Result};
use crate::i18n::Lang;
use crate::locate::Locations;
use crate::questionnaire::{self, Questionnaire};
use crate::store::DataDir;
use crate::t;

/// Records are small; a larger file is refused rather than parsed.
pub const MAX_RECORD_BYTES: usize = 8 * 1024 * 1024;

/// Parse record text; a record that does not fit the schema names the place.
pub fn parse_record(text: &str, file: &str, lang: Lang) -> Result<Record> {
    let what = t!(lang, "domain-what-record");
    let record = crate::document::read_document_once::<Record>(text, file, &what, lang, |r| {
        text_keys_only(&r.answers)
    })
    .map_err(Error::Invalid)?;
    checked(record, text, file, lang)
}

/// `parse_record` as it read before it read in one pass: the index of places built for
/// every record, and repeated keys found by it. Kept as the reference the one-pass reader
/// is tested against (`tests/record_one_pass.rs`) and measured beside (`benches/cold_list.rs`).
#[doc(hidden)]
pub fn parse_record_indexed(text: &str, file: &str, lang: Lang) -> Result<Record> {
    let what = t!(lang, "domain-what-record");
    let (record, _) = crate::document::read_document::<Record>(text, file, &what, lang)
        .map_err(Error::Invalid)?;
    checked(record, text, file, lang)
}

/// The record, or what is wrong with its own fields, placed in `text`.
fn checked(record: Record, text: &str, file: &str, lang: Lang) -> Result<Record> {
    let problems = record_problems(&record, lang);
    if problems.is_empty() {
        return Ok(record);
    }
    // Only now is there anything to place: the text has passed the gate.
    let locations = Locations::of_gated(text);
    Err(Error::Invalid(
        problems
            .into_iter()
            .map(|(path, message)| {
                Diagnostic::at(lang, file, &locations, path, Level::Error, message)
            })
            .collect(),
    ))
}

/// Whether every mapping in `answers`, at any depth, has only text keys: then the
/// deserializer's refusal of equal keys is the location index's refusal of keys written
/// alike (`document::read_document_once`). wia writes only text keys.
fn text_keys_only(answers: &serde_yaml::Mapping) -> bool {
    use serde_yaml::Value;
    fn value(v: &Value) -> bool {
        match v {
            Value::Sequence(items) => items.iter().all(value),
            Value::Mapping(m) => text_keys_only(m),
            Value::Tagged(t) => value(&t.value),
            _ => true,
        }
    }
    // Not `is_string`, which looks through a tag: `!x a` and `a` are one key to the index.
    answers
        .iter()
        .all(|(k, v)| matches!(k, Value::String(_)) && value(v))
}

fn is_hex(s: &str, len: usize) -> bool {
    s.len() == len
        && s.bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

/// Ids name files, so only characters that are safe in a file name on every platform and
/// can never climb out of a directory are allowed. Drafts follow the same rule.
pub(crate) fn valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 64
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
}

/// Rules of the record's own fields, so nothing read from a record (an id, a digest) is
/// ever used as a path or shown before it is known to be well formed.
fn record_problems(r: &Record, lang: Lang) -> Vec<(&'static str, String)> {
    let mut out = Vec::new();
    if r.schema_version == 0 || r.schema_version > super::REVISION_SCHEMA_VERSION {
        out.push((
            "schema_version",
            t!(
                lang,
                "domain-record-bad-schema-version",
                version = r.schema_version.to_string(),
                supported = super::REVISION_SCHEMA_VERSION.to_string()
            ),
        ));
    }
    if !valid_id(&r.id) {
        out.push(("id", t!(lang, "domain-record-bad-id")));
    }
    if !is_hex(&r.questionnaire.sha256, 64) {
        out.push((
            "questionnaire.sha256",
            t!(lang, "domain-record-bad-questionnaire-sha"),
        ));
    }
    if let Some(rev) = &r.revision {
        // The id names a file and the reason is shown: both come from a stranger.
        if !valid_id(&rev.supersedes) {
            out.push(("revision.supersedes", t!(lang, "domain-record-bad-id")));
        }
        if !rev
            .supersedes_digest
            .strip_prefix("sha256:")
            .is_some_and(|h| is_hex(h, 64))
        {
            out.push((
                "revision.supersedes_digest",
                t!(lang, "domain-record-bad-digest"),
            ));
        }
        if let Some(problem) = super::revise::reason_problem(&rev.reason, lang) {
            out.push(("revision.reason", problem));
        }
    }
    if let Some(d) = &r.digest
        && !d.strip_prefix("sha256:").is_some_and(|h| is_hex(h, 64))
    {
        out.push(("digest", t!(lang, "domain-record-bad-digest")));
    }
    out
}

/// Read a record file and return it with its text.
pub fn load_record(path: &Path, lang: Lang) -> Result<(Record, String)> {
    let text = crate::store::read_text(path, MAX_RECORD_BYTES, lang)?;
    let record = parse_record(&text, &path.display().to_string(), lang)?;
    Ok((record, text))
}

pub struct ResolvedQuestionnaire {
    pub questionnaire: Cow<'static, Questionnaire>,
    /// Set when it is not exactly the questionnaire the record was made with.
    pub warning: Option<String>,
}

/// Find the questionnaire a record was made with: the file given, else the bundled one
/// with the same digest, else the copy kept in the data directory, else (with a warning)
/// the bundled one of the same id.
pub fn resolve_questionnaire(
    record: &Record,
    explicit: Option<&Path>,
    data: &DataDir,
    lang: Lang,
) -> Result<ResolvedQuestionnaire> {
    let want = &record.questionnaire;
    let differs = |version: &str, sha: &str| {
        (sha != want.sha256).then(|| {
            t!(
                lang,
                "domain-record-other-questionnaire",
                id = record.id.as_str(),
                questionnaire = want.id.as_str(),
                version = want.version.as_str(),
                sha = short(&want.sha256),
                this_version = version,
                this_sha = short(sha)
            )
        })
    };
    if let Some(path) = explicit {
        let (q, text) = questionnaire::load_named_file(path, lang)?;
        let sha = questionnaire::sha256_hex(text.as_bytes());
        if q.id != want.id {
            return Err(Error::Failed(t!(
                lang,
                "domain-record-wrong-questionnaire",
                path = path.display().to_string(),
                given = q.id.as_str(),
                id = record.id.as_str(),
                wanted = want.id.as_str()
            )));
        }
        let warning = differs(&q.version, &sha);
        return Ok(ResolvedQuestionnaire {
            questionnaire: Cow::Owned(q),
            warning,
        });
    }
    let bundled_sha = questionnaire::bundled_sha256(&want.id);
    if let Some(sha) = bundled_sha
        && sha == want.sha256
        && let Some(q) = questionnaire::bundled(&want.id)
    {
        return Ok(ResolvedQuestionnaire {
            questionnaire: Cow::Borrowed(q),
            warning: None,
        });
    }
    let kept = data.questionnaire_path(&want.sha256);
    if kept.exists() {
        let (q, text) = questionnaire::load_file(&kept, lang)?;
        if questionnaire::sha256_hex(text.as_bytes()) != want.sha256 {
            return Err(Error::Failed(t!(
                lang,
                "domain-record-kept-questionnaire-changed",
                path = kept.display().to_string()
            )));
        }
        return Ok(ResolvedQuestionnaire {
            questionnaire: Cow::Owned(q),
            warning: None,
        });
    }
    if let (Some(sha), Some(q)) = (bundled_sha, questionnaire::bundled(&want.id)) {
        return Ok(ResolvedQuestionnaire {
            warning: differs(&q.version, sha),
            questionnaire: Cow::Borrowed(q),
        });
    }
    Err(Error::NotFound(t!(
        lang,
        "domain-record-questionnaire-not-found",
        id = record.id.as_str(),
        questionnaire = want.id.as_str(),
        version = want.version.as_str(),
        dir = data.questionnaires().display().to_string()
    )))
}

fn short(sha: &str) -> &str {
    sha.get(..12).unwrap_or(sha)
}

/// The record's answers read with the questionnaire's types; unreadable answers are
/// errors located in the record file.
pub fn typed_answers(
    q: &Questionnaire,
    record: &Record,
    file: &str,
    text: &str,
    lang: Lang,
) -> Result<Answers> {
    let (answers, problems) = parse_answers(q, &record.answers, lang);
    let errors: Vec<_> = problems
        .iter()
        .filter(|p| p.severity == ProblemSeverity::Error)
        .collect();
    if errors.is_empty() {
        return Ok(answers);
    }
    let locations = Locations::of(text);
    Err(Error::Invalid(
        errors
            .into_iter()
            .map(|p| {
                Diagnostic::at(
                    lang,
                    file,
                    &locations,
                    &p.path,
                    Level::Error,
                    p.message.clone(),
                )
            })
            .collect(),
    ))
}
