//! Writing a built record: the record, its summary, and a copy of the questionnaire it
//! used. `wia new` and the interactive assessment both finalise through here.

use std::path::PathBuf;

use super::{Built, MAX_RECORD_BYTES};
use crate::error::{Error, Result};
use crate::questionnaire::Questionnaire;
use crate::report::summary;
use crate::store::{DataDir, write_atomic};
use crate::text::Lang;

pub struct Saved {
    pub record: PathBuf,
    pub summary: PathBuf,
}

/// Save with the summary in the record's own language.
pub fn save_built(data: &DataDir, q: &Questionnaire, q_text: &str, built: &Built) -> Result<Saved> {
    save_built_in(data, q, q_text, built, built.record.language)
}

/// Save with the summary in `lang`; the record itself is the same in every language.
pub fn save_built_in(
    data: &DataDir,
    q: &Questionnaire,
    q_text: &str,
    built: &Built,
    lang: Lang,
) -> Result<Saved> {
    let record = &built.record;
    let record_path = data.record_path(&record.id);
    let summary_path = data.summary_path(&record.id);
    let record_text = record.to_yaml();
    // Never write a record that wia itself would refuse to read back.
    if record_text.len() > MAX_RECORD_BYTES {
        return Err(Error::Failed(crate::t!(
            crate::i18n::current(),
            "domain-record-too-big",
            size = record_text.len(),
            max = MAX_RECORD_BYTES
        )));
    }
    // Keep the exact questionnaire so the record can be rescored after it changes.
    let kept = data.questionnaire_path(&record.questionnaire.sha256);
    if !kept.exists() {
        write_atomic(&kept, q_text.as_bytes())?;
    }
    write_atomic(&record_path, record_text.as_bytes())?;
    write_atomic(
        &summary_path,
        summary(q, record, &built.results, lang).as_bytes(),
    )?;
    Ok(Saved {
        record: record_path,
        summary: summary_path,
    })
}

/// An id no record in `data` has yet.
pub fn fresh_id(data: &DataDir, now: chrono::DateTime<chrono::FixedOffset>, salt: &str) -> String {
    let mut id = super::new_id(now, salt);
    while data.record_path(&id).exists() {
        id = super::new_id(chrono::Local::now().fixed_offset(), &id);
    }
    id
}
