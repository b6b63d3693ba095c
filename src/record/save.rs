//! Writing a built record: the record, its summary, and a copy of the questionnaire it
//! used. `wia new` and the interactive assessment both finalise through here.

use std::path::PathBuf;

use super::{Built, MAX_RECORD_BYTES, Record, canonical_digest, load_record};
use crate::error::{Error, Result};
use crate::questionnaire::Questionnaire;
use crate::report::summary;
use crate::store::{DataDir, write_atomic};
use crate::text::Lang;

pub struct Saved {
    /// The id the record has: its content id, unless another record already had that.
    pub id: String,
    pub record: PathBuf,
    pub summary: PathBuf,
    /// A record of the same content was already there (a retry): it was kept, not doubled,
    /// and its summary written again.
    pub existing: bool,
}

/// Save with the summary in the record's own language.
pub fn save_built(data: &DataDir, q: &Questionnaire, q_text: &str, built: &Built) -> Result<Saved> {
    let lang = built.record.language;
    save_built_in(data, q, q_text, built, lang, lang)
}

/// Save with the summary in `summary_lang` and errors in `lang`; the record itself is the
/// same in every language.
///
/// The record and its summary appear together or not at all, and saving again does not
/// make a second record:
/// - the record's id comes from its content (answers, assessor, questionnaire, status,
///   language; not the time), so a retry of the same assessment arrives at the same id,
///   finds the record there and only writes its summary again;
/// - the summary is written first and the record last: the record's rename is the commit.
///   A failure before it removes the summary written; a crash before it leaves a summary
///   without a record, which a retry overwrites and `store::sweep` removes once stale.
///
/// The id given in `built` is used only when another record already has the content id
/// (a record altered since, or two contents that share the first 10 hex digits).
pub fn save_built_in(
    data: &DataDir,
    q: &Questionnaire,
    q_text: &str,
    built: &Built,
    summary_lang: Lang,
    lang: Lang,
) -> Result<Saved> {
    let mut record = built.record.clone();
    let id = content_id(&record, lang)?;
    let record_path = data.record_path(&id);
    if record_path.exists() {
        if let Ok((existing, _)) = load_record(&record_path, lang)
            && existing.id == id
            && content_id(&existing, lang).is_ok_and(|c| c == id)
        {
            let summary_path = data.summary_path(&id);
            write_atomic(
                &summary_path,
                summary(q, &existing, &built.results, summary_lang).as_bytes(),
                lang,
            )?;
            return Ok(Saved {
                id,
                record: record_path,
                summary: summary_path,
                existing: true,
            });
        }
    } else {
        record.id = id;
        record.digest = Some(canonical_digest(&record, lang).map_err(Error::Failed)?);
    }
    let record_path = data.record_path(&record.id);
    let summary_path = data.summary_path(&record.id);
    let record_text = record.to_yaml();
    // Never write a record that wia itself would refuse to read back.
    if record_text.len() > MAX_RECORD_BYTES {
        return Err(Error::Failed(crate::t!(
            lang,
            "domain-record-too-big",
            size = record_text.len(),
            max = MAX_RECORD_BYTES
        )));
    }
    // Keep the exact questionnaire so the record can be rescored after it changes.
    let kept = data.questionnaire_path(&record.questionnaire.sha256);
    if !kept.exists() {
        write_atomic(&kept, q_text.as_bytes(), lang)?;
    }
    write_atomic(
        &summary_path,
        summary(q, &record, &built.results, summary_lang).as_bytes(),
        lang,
    )?;
    if let Err(e) = write_atomic(&record_path, record_text.as_bytes(), lang) {
        // No summary without its record.
        let _ = std::fs::remove_file(&summary_path);
        return Err(e);
    }
    Ok(Saved {
        id: record.id.clone(),
        record: record_path,
        summary: summary_path,
        existing: false,
    })
}

/// The id of a record with this content, whenever and by whichever process it is made:
/// 10 hex digits of the digest of the record without its id, times and digest.
pub fn content_id(record: &Record, lang: Lang) -> Result<String> {
    let mut copy = record.clone();
    copy.id = String::new();
    copy.created = chrono::DateTime::UNIX_EPOCH.fixed_offset();
    copy.updated = copy.created;
    copy.digest = None;
    let digest = canonical_digest(&copy, lang).map_err(Error::Failed)?;
    let hex = digest.trim_start_matches("sha256:");
    Ok(hex[..10.min(hex.len())].to_string())
}

/// An id no record in `data` has yet.
pub fn fresh_id(data: &DataDir, now: chrono::DateTime<chrono::FixedOffset>, salt: &str) -> String {
    let mut id = super::new_id(now, salt);
    while data.record_path(&id).exists() {
        id = super::new_id(chrono::Local::now().fixed_offset(), &id);
    }
    id
}
