//! `wia new --draft`: the answers so far saved in the drafts folder, the one place drafts
//! live, so that `wia assess --resume`, the home screen and `wia new --from-draft` find it
//! as they find a draft begun in the interface. Nothing of it goes among the records.

use std::path::{Path, PathBuf};

use chrono::Local;

use crate::error::{Error, Result};
use crate::i18n::Lang;
use crate::questionnaire::{Questionnaire, sha256_hex};
use crate::record::{AnswersFile, DRAFT_VERSION, Draft};
use crate::store::{DataDir, write_atomic};
use crate::t;

/// Save `answers` as a new draft of `q` (whose text is `q_text`, read from
/// `questionnaire_path` when it is not the bundled one); returns the draft and its file.
pub fn save(
    data: &DataDir,
    q: &Questionnaire,
    q_text: &str,
    questionnaire_path: Option<&Path>,
    answers: &AnswersFile,
    lang: Lang,
) -> Result<(Draft, PathBuf)> {
    // A draft keeps no reason: the reason is said when the revision is finalised.
    if answers.reason.is_some() {
        return Err(Error::Failed(t!(lang, "cli-new-draft-reason-later")));
    }
    let now = Local::now().fixed_offset();
    let title = answers
        .answers
        .get("policy_title")
        .and_then(|v| v.as_str())
        .unwrap_or("");
    let mut id = crate::record::new_id(now, title);
    while data.draft_path(&id).exists() || data.record_path(&id).exists() {
        id = crate::record::new_id(Local::now().fixed_offset(), &id);
    }
    let draft = Draft {
        draft_version: DRAFT_VERSION,
        id,
        questionnaire: q.id.clone(),
        questionnaire_file: kept_questionnaire(data, q, q_text, questionnaire_path, lang)?,
        created: now,
        updated: now,
        assessor: answers.assessor.clone(),
        language: answers.language,
        headcounts: answers.headcounts.clone(),
        answers: answers.answers.clone(),
        position: None,
        revises: answers.revises.clone(),
    };
    let path = crate::store::save_draft(data, &draft, lang)?;
    Ok((draft, path))
}

/// Where resuming finds the questionnaire: `None` for the bundled one, else a copy kept in
/// the data folder under its digest (as a record keeps its own), so the draft does not
/// depend on the file given staying where it was, or the same.
fn kept_questionnaire(
    data: &DataDir,
    q: &Questionnaire,
    q_text: &str,
    questionnaire_path: Option<&Path>,
    lang: Lang,
) -> Result<Option<PathBuf>> {
    let sha = sha256_hex(q_text.as_bytes());
    let bundled = crate::questionnaire::bundled_text(&q.id)
        .is_some_and(|(_, text)| sha256_hex(text.as_bytes()) == sha);
    if questionnaire_path.is_none() || bundled {
        return Ok(None);
    }
    let kept = data.questionnaire_path(&sha);
    if !kept.exists() {
        write_atomic(&kept, q_text.as_bytes(), lang)?;
    }
    Ok(Some(kept))
}
