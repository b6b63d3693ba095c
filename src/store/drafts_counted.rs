//! Drafts read as the records they would become, for the counts that may take drafts in
//! (`wia portfolio --include-drafts`, `wia tabulate --include-drafts`): a draft lives in
//! the drafts folder, not among the records, but is counted as a draft record would be.

use std::path::PathBuf;

use crate::i18n::Lang;
use crate::questionnaire::{self, sha256_hex};
use crate::record::{BuildOptions, Record, Status, build_record};
use crate::scoring::Results;
use crate::t;

use super::{DataDir, list_drafts, load_draft};

/// A draft as a draft record: its answers checked and scored now with its questionnaire.
#[derive(Debug, Clone)]
pub struct DraftRecord {
    pub record: Record,
    pub results: Results,
    /// The record's YAML, so its answers are placed as a record's are.
    pub text: String,
    /// The draft's own file.
    pub path: PathBuf,
    /// Its questionnaire has no scoring: it has no hours to add up.
    pub survey: bool,
}

/// Every draft of the data folder, newest first; one that cannot be read, or whose answers
/// so far do not make a record, is its file with the reason, to be reported and skipped.
pub fn drafts_as_records(
    data: &DataDir,
    lang: Lang,
) -> Vec<Result<DraftRecord, (PathBuf, String)>> {
    list_drafts(data, lang)
        .into_iter()
        .map(|entry| match entry.problem {
            Some(why) => Err((entry.path, why)),
            None => as_record(data, &entry.id, lang).map_err(|why| (entry.path, why)),
        })
        .collect()
}

fn as_record(data: &DataDir, id: &str, lang: Lang) -> Result<DraftRecord, String> {
    let one_line = |e: crate::error::Error| super::reason_in_one_line(&e, lang);
    let draft = load_draft(data, id, lang).map_err(one_line)?;
    let (q, text) = match &draft.questionnaire_file {
        Some(path) => questionnaire::load_named_file(path, lang).map_err(one_line)?,
        None => {
            let none = || {
                t!(
                    lang,
                    "domain-draft-questionnaire-unknown",
                    id = draft.questionnaire.as_str()
                )
            };
            let (_, text) = questionnaire::bundled_text(&draft.questionnaire).ok_or_else(none)?;
            let q = questionnaire::bundled(&draft.questionnaire).ok_or_else(none)?;
            (q.clone(), text.to_string())
        }
    };
    if q.id != draft.questionnaire {
        return Err(t!(
            lang,
            "domain-draft-questionnaire-unknown",
            id = draft.questionnaire.as_str()
        ));
    }
    let built = build_record(
        &q,
        &draft.answers_file(),
        BuildOptions {
            status: Status::Draft,
            id: draft.id.clone(),
            now: draft.updated,
            questionnaire_sha256: sha256_hex(text.as_bytes()),
        },
        lang,
    )
    .map_err(|problems| {
        problems
            .first()
            .map(|p| p.message.clone())
            .unwrap_or_default()
    })?;
    Ok(DraftRecord {
        text: built.record.to_yaml(),
        record: built.record,
        results: built.results,
        path: data.draft_path(&draft.id),
        survey: q.is_survey(),
    })
}
