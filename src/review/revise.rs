//! Starting a revision of a saved record, and the checks made before a revision is
//! finalised: shared by `wia revise` / `wia new --from-draft` and the full-screen
//! interface, so both refuse the same records for the same reasons.

use std::path::{Path, PathBuf};

use super::{Chains, State, default_cache_path, load_index_unsearched, state_of};
use crate::error::{Error, Result};
use crate::i18n::Lang;
use crate::record::{AnswersFile, Draft, Record, Revises, check_predecessor, draft_from_record};
use crate::store::DataDir;
use crate::t;

/// A draft revising the record at `path`, with every answer and task row, saved in the
/// drafts folder. Refused for a draft record, an altered one, a record outside this
/// folder's records, and one already revised (a second revision would fork the chain).
pub fn start_revision(data: &DataDir, path: &Path, lang: Lang) -> Result<(Draft, PathBuf)> {
    let (record, _) = crate::record::load_record(path, lang)?;
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
    Ok((draft, saved))
}

/// The kept copy of the record's questionnaire when the bundled one is not exactly it, so
/// the draft is answered and scored against the same questions.
fn questionnaire_file(data: &DataDir, record: &Record) -> Option<PathBuf> {
    let want = &record.questionnaire;
    let bundled = crate::questionnaire::bundled_text(&want.id)
        .is_some_and(|(_, text)| crate::questionnaire::sha256_hex(text.as_bytes()) == want.sha256);
    let kept = data.questionnaire_path(&want.sha256);
    (!bundled && kept.exists()).then_some(kept)
}

/// A record already revised is not revised again: a second revision of it would fork
/// the chain. The latest is the one to revise.
pub fn refuse_fork(data: &DataDir, id: &str, lang: Lang) -> Result<()> {
    let entries = load_index_unsearched(data, default_cache_path(data).as_deref(), lang);
    already_revised(&Chains::of(&entries), id, lang).map_or(Ok(()), |e| Err(Error::Failed(e)))
}

/// Why `id` may not be revised again, when `chains` shows it has been.
pub fn already_revised(chains: &Chains, id: &str, lang: Lang) -> Option<String> {
    let by = chains.successors(id);
    (!by.is_empty()).then(|| {
        t!(
            lang,
            "cli-revise-already-revised",
            id = id,
            by = by.join(", ")
        )
    })
}

/// Before a revision is built from `answers`: the record it revises must still be there,
/// intact and unrevised; it takes `reason`. Returns the id of the record revised, or None
/// for answers that revise nothing.
pub fn prepare_revision(
    data: &DataDir,
    answers: &mut AnswersFile,
    reason: Option<&str>,
    lang: Lang,
) -> Result<Option<String>> {
    let Some(revises) = &answers.revises else {
        return Ok(None);
    };
    check_predecessor(data, revises, lang)?;
    refuse_fork(data, &revises.id, lang)?;
    let id = revises.id.clone();
    answers.reason = reason.map(str::to_string);
    Ok(Some(id))
}
