//! The responses of one questionnaire in a data folder. Records are read as `wia list`
//! and `wia portfolio` read them: each file through the checked reader, its digest
//! checked, a bad file reported and skipped, only the latest revision of each, drafts only
//! when asked for.

use std::borrow::Cow;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use chrono::{DateTime, FixedOffset};

use crate::answers::{Answers, Visibility};
use crate::error::{Error, Result};
use crate::i18n::Lang;
use crate::questionnaire::{self, Questionnaire};
use crate::record::{Record, Status, load_record, resolve_questionnaire, typed_answers};
use crate::review::{State, state_of};
use crate::store::DataDir;
use crate::t;

/// Which questionnaire's responses to read.
#[derive(Debug, Clone)]
pub enum Which {
    /// A questionnaire file, or the id of a bundled one or one the records name.
    Named(String),
    /// The one questionnaire among the records' that has this question.
    Asking(String),
}

/// One response: a record's answers read with the questionnaire's types, and which
/// questions applied to it.
#[derive(Debug, Clone)]
pub struct Response {
    pub id: String,
    pub status: Status,
    pub created: DateTime<FixedOffset>,
    pub answers: Answers,
    pub visibility: Visibility,
}

#[derive(Debug, Clone)]
pub struct Responses {
    pub questionnaire: Cow<'static, Questionnaire>,
    /// In the order they were made, then by id.
    pub responses: Vec<Response>,
    /// Each file left out, with why, in the language asked for.
    pub skipped: Vec<String>,
    pub drafts_left_out: usize,
    /// Records of another version of the questionnaire (another digest) whose answers
    /// read with this one, and so were counted.
    pub other_versions_included: usize,
    /// Records of another version whose answers this version cannot read: left out.
    pub other_versions_refused: usize,
    /// Records of other questionnaires, not counted.
    pub other_questionnaires: usize,
}

/// A record read and kept, with its text (for placing answer problems).
struct Kept {
    record: Record,
    text: String,
    path: PathBuf,
}

/// Read the responses of the questionnaire `which` names.
pub fn load_responses(
    data: &DataDir,
    which: &Which,
    include_drafts: bool,
    lang: Lang,
) -> Result<Responses> {
    let (kept, skipped, drafts_left_out) = read_records(data, include_drafts, lang);
    let (q, sha) = match which {
        Which::Named(name) => named(name, &kept, data, lang)?,
        Which::Asking(question) => asking(question, &kept, data, lang)?,
    };
    let mut out = Responses {
        questionnaire: q,
        responses: Vec::new(),
        skipped,
        drafts_left_out,
        other_versions_included: 0,
        other_versions_refused: 0,
        other_questionnaires: 0,
    };
    for k in kept {
        if k.record.questionnaire.id != out.questionnaire.id {
            out.other_questionnaires += 1;
            continue;
        }
        let other_version = k.record.questionnaire.sha256 != sha;
        let file = k.path.display().to_string();
        match typed_answers(&out.questionnaire, &k.record, &file, &k.text, lang) {
            Ok(answers) => {
                out.other_versions_included += usize::from(other_version);
                let visibility = Visibility::compute(&out.questionnaire, &answers);
                out.responses.push(Response {
                    id: k.record.id,
                    status: k.record.status,
                    created: k.record.created,
                    answers,
                    visibility,
                });
            }
            Err(e) => {
                out.other_versions_refused += usize::from(other_version);
                out.skipped.push(skipped_line(
                    &k.path,
                    crate::store::reason_in_one_line(&e, lang),
                    lang,
                ));
            }
        }
    }
    out.responses
        .sort_by(|a, b| a.created.cmp(&b.created).then_with(|| a.id.cmp(&b.id)));
    Ok(out)
}

fn skipped_line(path: &Path, why: String, lang: Lang) -> String {
    t!(
        lang,
        "tabulate-skipped",
        file = path.display().to_string(),
        why = why
    )
}

/// Every record that counts: intact (or a draft, when asked for), the latest revision.
fn read_records(
    data: &DataDir,
    include_drafts: bool,
    lang: Lang,
) -> (Vec<Kept>, Vec<String>, usize) {
    let files = crate::store::listed_files(&data.records()).unwrap_or_default();
    let mut kept = Vec::new();
    let mut skipped = Vec::new();
    let mut drafts = 0;
    for f in files {
        if !f.name_is_text {
            skipped.push(skipped_line(
                &f.path,
                t!(lang, "domain-file-name-not-utf8"),
                lang,
            ));
            continue;
        }
        let (record, text) = match load_record(&f.path, lang) {
            Ok(r) => r,
            Err(e) => {
                skipped.push(skipped_line(
                    &f.path,
                    crate::store::reason_in_one_line(&e, lang),
                    lang,
                ));
                continue;
            }
        };
        match state_of(&record, &f.id, lang) {
            State::Intact => {}
            State::Draft if include_drafts => {}
            State::Draft => {
                drafts += 1;
                continue;
            }
            other => {
                skipped.push(skipped_line(
                    &f.path,
                    other.reason(lang).unwrap_or_default(),
                    lang,
                ));
                continue;
            }
        }
        kept.push(Kept {
            record,
            text,
            path: f.path,
        });
    }
    // Drafts live in the drafts folder: counted as the draft records they would become.
    if include_drafts {
        for d in crate::store::drafts_as_records(data, lang) {
            match d {
                Ok(d) => kept.push(Kept {
                    record: d.record,
                    text: d.text,
                    path: d.path,
                }),
                Err((path, why)) => skipped.push(skipped_line(&path, why, lang)),
            }
        }
    } else {
        drafts += crate::store::list_drafts(data, lang).len();
    }
    // A record another counted record revises is left out, as `wia list` and `wia
    // portfolio` do; both branches of a fork stay.
    let replaced: BTreeSet<String> = kept
        .iter()
        .filter_map(|k| Some(k.record.revision.as_ref()?.supersedes.clone()))
        .collect();
    kept.retain(|k| !replaced.contains(&k.record.id));
    (kept, skipped, drafts)
}

type Found = (Cow<'static, Questionnaire>, String);

/// A questionnaire file, a bundled id, or an id the records name (the questionnaire the
/// newest of them was made with).
fn named(name: &str, kept: &[Kept], data: &DataDir, lang: Lang) -> Result<Found> {
    let path = Path::new(name);
    let looks_like_file = name.ends_with(".yaml") || name.ends_with(".yml") || name.contains('/');
    if looks_like_file || path.is_file() {
        let (q, text) = questionnaire::load_named_file(path, lang)?;
        let sha = questionnaire::sha256_hex(text.as_bytes());
        return Ok((Cow::Owned(q), sha));
    }
    if let (Some(q), Some((_, text))) = (
        questionnaire::bundled(name),
        questionnaire::bundled_text(name),
    ) {
        return Ok((Cow::Borrowed(q), questionnaire::sha256_hex(text.as_bytes())));
    }
    of_records(name, kept, data, lang)?
        .ok_or_else(|| Error::NotFound(t!(lang, "tabulate-no-questionnaire", name = name)))
}

fn of_records(id: &str, kept: &[Kept], data: &DataDir, lang: Lang) -> Result<Option<Found>> {
    let Some(newest) = kept
        .iter()
        .filter(|k| k.record.questionnaire.id == id)
        .max_by_key(|k| k.record.created)
    else {
        return Ok(None);
    };
    let resolved = resolve_questionnaire(&newest.record, None, data, lang)?;
    Ok(Some((
        resolved.questionnaire,
        newest.record.questionnaire.sha256.clone(),
    )))
}

/// The questionnaire of the records that asks `question` (`c3.other` asks `c3`); more than
/// one is a mistake the person settles with `--questionnaire`.
fn asking(question: &str, kept: &[Kept], data: &DataDir, lang: Lang) -> Result<Found> {
    let base = question.split('.').next().unwrap_or(question);
    let ids: BTreeSet<&str> = kept
        .iter()
        .map(|k| k.record.questionnaire.id.as_str())
        .collect();
    let mut found = Vec::new();
    for id in ids {
        if let Some((q, sha)) = of_records(id, kept, data, lang)?
            && q.question(base).is_some()
        {
            found.push((q, sha));
        }
    }
    match found.len() {
        1 => Ok(found.remove(0)),
        0 => Err(Error::NotFound(t!(
            lang,
            "tabulate-no-records-ask",
            question = question
        ))),
        _ => Err(Error::Failed(t!(
            lang,
            "tabulate-several-ask",
            question = question,
            ids = found
                .iter()
                .map(|(q, _)| q.id.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        ))),
    }
}
