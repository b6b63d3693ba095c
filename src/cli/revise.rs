//! `wia revise`: a draft that starts from a final record and remembers it; and the checks
//! `wia new` makes before it finalises such a draft into a new record.

use super::output::{err, out};
use super::record_arg;
use crate::error::{Error, Result};
use crate::i18n::Lang;
use crate::record::{AnswersFile, Revises, check_predecessor, draft_from_record, load_record};
use crate::review::{Chains, State, default_cache_path, load_index_cached, state_of};
use crate::store::DataDir;
use crate::t;

pub fn run(data: &DataDir, arg: &str, lang: Lang) -> Result<u8> {
    let path = record_arg::resolve(data, arg, lang)?;
    let (record, _) = load_record(&path, lang)?;
    let file_id = path
        .file_stem()
        .map_or_else(String::new, |s| s.to_string_lossy().into_owned());
    match state_of(&record, &file_id, lang) {
        State::Intact => {}
        State::Draft => {
            return Err(Error::Failed(t!(
                lang,
                "domain-revision-predecessor-draft",
                id = record.id.as_str()
            )));
        }
        other => {
            return Err(Error::Failed(t!(
                lang,
                "cli-revise-not-intact",
                id = record.id.as_str(),
                why = other.reason(lang).unwrap_or_default()
            )));
        }
    }
    let revises = Revises {
        id: record.id.clone(),
        digest: record.digest.clone().unwrap_or_default(),
    };
    // A revision names its record by id in this folder: a copy elsewhere is not enough.
    check_predecessor(data, &revises, lang)?;
    refuse_fork(data, &record.id, lang)?;
    let now = chrono::Local::now().fixed_offset();
    let mut id = crate::record::new_id(now, &record.id);
    while data.draft_path(&id).exists() {
        id = crate::record::new_id(chrono::Local::now().fixed_offset(), &id);
    }
    let draft = draft_from_record(&record, id, now, questionnaire_file(data, &record));
    let saved = crate::store::save_draft(data, &draft, lang)?;
    out(&format!("{}\n", saved.display()));
    err(&t!(
        lang,
        "cli-revise-started",
        draft = draft.id.as_str(),
        id = record.id.as_str(),
        file = saved.display().to_string()
    ));
    Ok(0)
}

/// The kept copy of the record's questionnaire when the bundled one is not exactly it, so
/// the draft is answered and scored against the same questions.
fn questionnaire_file(
    data: &DataDir,
    record: &crate::record::Record,
) -> Option<std::path::PathBuf> {
    let want = &record.questionnaire;
    let bundled = crate::questionnaire::bundled_text(&want.id)
        .is_some_and(|(_, text)| crate::questionnaire::sha256_hex(text.as_bytes()) == want.sha256);
    let kept = data.questionnaire_path(&want.sha256);
    (!bundled && kept.exists()).then_some(kept)
}

/// A record already revised is not revised again: a second revision of it would fork
/// the chain. The latest is the one to revise.
fn refuse_fork(data: &DataDir, id: &str, lang: Lang) -> Result<()> {
    let entries = load_index_cached(data, default_cache_path(data).as_deref(), lang);
    let chains = Chains::of(&entries);
    let by = chains.successors(id);
    if by.is_empty() {
        return Ok(());
    }
    Err(Error::Failed(t!(
        lang,
        "cli-revise-already-revised",
        id = id,
        by = by.join(", ")
    )))
}

/// Before `wia new` builds a record from `answers`: a revision's record must still be
/// there, intact and unrevised, and it takes the reason given; a reason for anything else
/// is a slip. Returns the id of the record revised.
pub fn prepare(
    data: &DataDir,
    answers: &mut AnswersFile,
    reason: Option<&str>,
    lang: Lang,
) -> Result<Option<String>> {
    let Some(revises) = &answers.revises else {
        if reason.is_some() {
            return Err(Error::Failed(t!(lang, "cli-new-reason-not-revision")));
        }
        return Ok(None);
    };
    check_predecessor(data, revises, lang)?;
    refuse_fork(data, &revises.id, lang)?;
    let id = revises.id.clone();
    answers.reason = reason.map(str::to_string);
    Ok(Some(id))
}
