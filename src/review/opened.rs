//! A record opened in full for reading, comparing or responding: its answers read with
//! the questionnaire it was made with, and its figures recomputed by the scoring engine.

use crate::i18n::Lang;
use std::borrow::Cow;
use std::path::{Path, PathBuf};

use super::State;
use super::index::state_of;
use crate::answers::Answers;
use crate::error::Result;
use crate::questionnaire::Questionnaire;
use crate::record::{Record, load_record, resolve_questionnaire, typed_answers};
use crate::scoring::{Results, score};
use crate::store::DataDir;

#[derive(Debug, Clone)]
pub struct Opened {
    pub path: PathBuf,
    pub record: Record,
    pub state: State,
    pub questionnaire: Cow<'static, Questionnaire>,
    pub answers: Answers,
    /// Recomputed from the answers, so a draft has figures too.
    pub results: Results,
    /// Set when the questionnaire is not exactly the one the record was made with.
    pub warning: Option<String>,
    /// The record's signature against the reader's trusted signers; None until checked
    /// (`check_signature`), since who is trusted is the reader's, not the record's.
    pub signature: Option<crate::sign::SigStatus>,
}

pub fn open_record(data: &DataDir, path: &Path, lang: Lang) -> Result<Opened> {
    let (record, text) = load_record(path, lang)?;
    let file_id = path
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or(&record.id)
        .to_string();
    let state = state_of(&record, &file_id, lang);
    let resolved = resolve_questionnaire(&record, None, data, lang)?;
    let q = resolved.questionnaire;
    let answers = typed_answers(&q, &record, &path.display().to_string(), &text, lang)?;
    let results = score(&q, &answers, &record.headcounts, record.language);
    Ok(Opened {
        path: path.to_path_buf(),
        record,
        state,
        questionnaire: q,
        answers,
        results,
        warning: resolved.warning,
        signature: None,
    })
}

impl Opened {
    pub fn check_signature(
        &mut self,
        trusted: &crate::sign::AllowedSigners,
        lang: crate::i18n::Lang,
    ) {
        self.signature = Some(crate::sign::check_file(
            &self.path,
            crate::sign::NS_RECORD,
            trusted,
            lang,
        ));
    }

    pub fn title(&self) -> String {
        self.record
            .policy_title()
            .map(|t| crate::text::inert(t).into_owned())
            .unwrap_or_default()
    }
}
