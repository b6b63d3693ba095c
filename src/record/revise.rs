//! Revising a final record: a draft that starts from its answers and remembers it, and the
//! checks that make the revision name exactly the record it replaces. The old record is
//! never written to; a revision is a new record.

use std::path::PathBuf;

use chrono::{DateTime, FixedOffset, Timelike};
use serde::{Deserialize, Serialize};

use super::{AssessorInput, DRAFT_VERSION, Draft, Record, Revision, Status};
use crate::answers::Problem;
use crate::error::{Error, Result};
use crate::store::DataDir;
use crate::t;
use crate::text::{Lang, nfc};

/// A reason is a sentence or a paragraph; longer text belongs in the answers.
pub const MAX_REASON_CHARS: usize = 2_000;

/// The record a draft (or an answers file) revises: its id, and its digest when the
/// revision was started, so the revision can only be finalised against that content.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, expecting = "the record revised as {id, digest}")]
pub struct Revises {
    pub id: String,
    pub digest: String,
}

/// Why a reason cannot be kept, if it cannot: empty, too long, or holding a character
/// that could drive a terminal.
pub fn reason_problem(reason: &str, lang: Lang) -> Option<String> {
    if reason.trim().is_empty() {
        return Some(t!(lang, "domain-revision-no-reason"));
    }
    let n = reason.chars().count();
    if n > MAX_REASON_CHARS {
        return Some(t!(
            lang,
            "domain-revision-reason-too-long",
            count = n,
            max = MAX_REASON_CHARS
        ));
    }
    crate::text::refused_char(reason).map(|c| crate::answers::control_character(c, lang))
}

/// The revision to store for `revises` with `reason`, or the problems that stop it. A
/// revision is always final: a draft record has nothing settled to replace.
pub(crate) fn revision_of(
    revises: &Revises,
    reason: Option<&str>,
    status: Status,
    lang: Lang,
) -> (Option<Revision>, Vec<Problem>) {
    let mut problems = Vec::new();
    let id_ok = super::valid_id(&revises.id);
    let digest_ok = revises
        .digest
        .strip_prefix("sha256:")
        .is_some_and(|h| h.len() == 64 && h.bytes().all(|b| b.is_ascii_hexdigit()));
    if !id_ok || !digest_ok {
        problems.push(Problem::general(
            "revises",
            t!(lang, "domain-revision-bad-link"),
        ));
    }
    if status != Status::Final {
        problems.push(Problem::general(
            "revises",
            t!(lang, "domain-revision-not-final"),
        ));
    }
    let reason = reason.map(str::trim).unwrap_or("");
    let shown = if id_ok { revises.id.as_str() } else { "?" };
    if reason.is_empty() {
        problems.push(Problem::general(
            "reason",
            t!(lang, "domain-revision-reason-needed", id = shown),
        ));
    } else if let Some(p) = reason_problem(reason, lang) {
        problems.push(Problem::general("reason", p));
    }
    if !problems.is_empty() {
        return (None, problems);
    }
    let revision = Revision {
        supersedes: revises.id.clone(),
        supersedes_digest: revises.digest.clone(),
        reason: nfc(reason),
    };
    (Some(revision), problems)
}

/// A draft holding every answer, task row and headcount of `record`, remembering it.
/// The assessor is the record's until changed: who revises is often who assessed.
pub fn draft_from_record(
    record: &Record,
    id: String,
    now: DateTime<FixedOffset>,
    questionnaire_file: Option<PathBuf>,
) -> Draft {
    let now = now.with_nanosecond(0).unwrap_or(now);
    Draft {
        draft_version: DRAFT_VERSION,
        id,
        questionnaire: record.questionnaire.id.clone(),
        questionnaire_file,
        created: now,
        updated: now,
        assessor: AssessorInput {
            name: Some(record.assessor.name.clone()),
            organisation: Some(record.assessor.organisation.clone()),
        },
        language: record.language,
        headcounts: record.headcounts.clone(),
        answers: record.answers.clone(),
        position: None,
        revises: record.digest.clone().map(|digest| Revises {
            id: record.id.clone(),
            digest,
        }),
    }
}

/// The record `revises` names must still be in `data`, final, intact and exactly the
/// content that was revised: otherwise the revision would point at something else.
pub fn check_predecessor(data: &DataDir, revises: &Revises, lang: Lang) -> Result<Record> {
    let path = data.record_path(&revises.id);
    if !super::valid_id(&revises.id) || !path.exists() {
        return Err(Error::Failed(t!(
            lang,
            "domain-revision-predecessor-missing",
            id = crate::document::excerpt(&revises.id),
            dir = data.records().display().to_string()
        )));
    }
    let (record, _) = super::load_record(&path, lang)?;
    let actual = super::canonical_digest(&record, lang).ok();
    let intact = record.id == revises.id && actual.is_some() && actual == record.digest;
    if !intact || record.digest.as_deref() != Some(revises.digest.as_str()) {
        return Err(Error::Failed(t!(
            lang,
            "domain-revision-predecessor-changed",
            id = revises.id.as_str()
        )));
    }
    if record.status != Status::Final {
        return Err(Error::Failed(t!(
            lang,
            "domain-revision-predecessor-draft",
            id = revises.id.as_str()
        )));
    }
    Ok(record)
}
