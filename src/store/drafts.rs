//! Drafts in the data directory: saved as they are typed, listed to be resumed, removed
//! once the record is made.

use std::path::PathBuf;

use chrono::{DateTime, FixedOffset};

use super::{DataDir, find_by_id, read_text, write_atomic, yaml_files};
use crate::error::{Diagnostic, Error, Level, Result};
use crate::i18n::Lang;
use crate::locate::Locations;
use crate::record::{Draft, MAX_RECORD_BYTES, parse_draft};
use crate::t;

/// Save a draft under its id, replacing the previous save whole.
pub fn save_draft(data: &DataDir, draft: &Draft, lang: Lang) -> Result<PathBuf> {
    // The id becomes a file name; one that could climb out of the folder must never be used.
    if !crate::record::valid_id(&draft.id) {
        return Err(Error::Failed(t!(
            lang,
            "domain-draft-cannot-save-id",
            id = draft.id.as_str()
        )));
    }
    // Two processes saving one draft would each overwrite the other's answers.
    let _lock = super::draft_lock::lock_for_write(data, &draft.id, lang)?
        .map_err(|holder| held_elsewhere(&holder, &draft.id, lang))?;
    let path = data.draft_path(&draft.id);
    let text = draft.to_yaml();
    // A draft wia would refuse to read back is lost work the moment it is written.
    if text.len() > MAX_RECORD_BYTES {
        return Err(Error::Failed(t!(
            lang,
            "domain-draft-too-big",
            size = text.len(),
            max = MAX_RECORD_BYTES
        )));
    }
    write_atomic(&path, text.as_bytes(), lang)?;
    Ok(path)
}

/// A draft as listed: enough to choose one to resume, or to see why one cannot be.
#[derive(Debug, Clone, PartialEq)]
pub struct DraftEntry {
    /// From the file name, which is what `load_draft` is given.
    pub id: String,
    pub path: PathBuf,
    /// The policy title as typed, not yet made safe to show.
    pub title: Option<String>,
    pub updated: Option<DateTime<FixedOffset>>,
    /// Why the draft cannot be resumed, on one line; `None` when it can.
    pub problem: Option<String>,
}

/// A survey's response has no policy title: it is known by its questionnaire's.
fn survey_title(draft: &Draft, lang: Lang) -> Option<String> {
    let title = |q: &crate::questionnaire::Questionnaire| {
        q.is_survey().then(|| q.title.get(lang).to_string())
    };
    match &draft.questionnaire_file {
        Some(path) => title(&crate::questionnaire::load_named_file(path, lang).ok()?.0),
        None => title(crate::questionnaire::bundled(&draft.questionnaire)?),
    }
}

/// Every draft, newest first, then the ones that cannot be read. A broken file is listed
/// with its problem rather than hidden or allowed to hide the others.
pub fn list_drafts(data: &DataDir, lang: Lang) -> Vec<DraftEntry> {
    // No folder means nothing was ever saved; there is no one to tell about a folder that
    // cannot be read, and resuming is then impossible anyway.
    let Ok(files) = yaml_files(&data.drafts()) else {
        return Vec::new();
    };
    let mut entries: Vec<DraftEntry> = files
        .into_iter()
        .map(|(id, path)| match read_draft(&path, lang) {
            Ok(draft) => DraftEntry {
                problem: (draft.id != id).then(|| mismatch(&draft.id, &id, lang)),
                title: draft
                    .title()
                    .map(str::to_string)
                    .or_else(|| survey_title(&draft, lang)),
                updated: Some(draft.updated),
                id,
                path,
            },
            Err(e) => DraftEntry {
                problem: Some(one_line(&e, lang)),
                title: None,
                updated: None,
                id,
                path,
            },
        })
        .collect();
    entries.sort_by(|a, b| {
        a.updated
            .is_none()
            .cmp(&b.updated.is_none())
            .then(b.updated.cmp(&a.updated))
            .then_with(|| a.id.cmp(&b.id))
    });
    entries
}

/// The draft whose id is `id`, or the only one whose id starts with it. Drafts live in
/// one place, the drafts folder; a draft record `wia new --draft` left among the records
/// is moved there the first time it is asked for (see `adopt_draft_record`).
pub fn load_draft(data: &DataDir, id: &str, lang: Lang) -> Result<Draft> {
    let (file_id, path) = match find_by_id(&data.drafts(), id, lang) {
        Ok(found) => found,
        Err(Error::NotFound(why)) => {
            return adopt_draft_record(data, id, lang)?.ok_or(Error::NotFound(why));
        }
        Err(e) => return Err(e),
    };
    let text = read_text(&path, MAX_RECORD_BYTES, lang)?;
    let file = path.display().to_string();
    let draft = parse_draft(&text, &file, lang)?;
    // Saving it back would write a second file, leaving this one to be resumed again.
    if draft.id != file_id {
        return Err(Error::Invalid(vec![Diagnostic::at(
            lang,
            &file,
            &Locations::of(&text),
            "id",
            Level::Error,
            mismatch(&draft.id, &file_id, lang),
        )]));
    }
    Ok(draft)
}

/// A draft record (status `draft`, made by `wia new --draft`) whose id is or starts with
/// `id`, moved into the drafts folder so that it can be resumed and finalised like any
/// draft: written there first, then its record and summary removed, so it is in one
/// place only. `None` when no draft record has that id; a final record is never moved.
fn adopt_draft_record(data: &DataDir, id: &str, lang: Lang) -> Result<Option<Draft>> {
    let Ok((_, path)) = find_by_id(&data.records(), id, lang) else {
        return Ok(None);
    };
    let (record, _) = crate::record::load_record(&path, lang)?;
    if record.status != crate::record::Status::Draft || !crate::record::valid_id(&record.id) {
        return Ok(None);
    }
    let kept = data.questionnaire_path(&record.questionnaire.sha256);
    let bundled =
        crate::questionnaire::bundled_text(&record.questionnaire.id).is_some_and(|(_, text)| {
            crate::questionnaire::sha256_hex(text.as_bytes()) == record.questionnaire.sha256
        });
    let questionnaire_file = (!bundled && kept.exists()).then_some(kept);
    let mut draft = crate::record::draft_from_record(
        &record,
        record.id.clone(),
        record.updated,
        questionnaire_file,
    );
    // Only a final record can be revised; a draft record's digest names no predecessor.
    draft.revises = None;
    draft.created = record.created;
    save_draft(data, &draft, lang)?;
    for gone in [path, data.summary_path(&record.id)] {
        match std::fs::remove_file(&gone) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(source) => {
                return Err(Error::Write {
                    path: gone,
                    source,
                    lang,
                });
            }
        }
    }
    Ok(Some(draft))
}

/// Remove a draft, once it is a record or abandoned; one already gone is no error.
pub fn remove_draft(data: &DataDir, id: &str, lang: Lang) -> Result<()> {
    if !crate::record::valid_id(id) {
        return Err(Error::Failed(t!(lang, "domain-draft-not-an-id", id = id)));
    }
    let _lock = super::draft_lock::lock_for_write(data, id, lang)?
        .map_err(|holder| held_elsewhere(&holder, id, lang))?;
    let path = data.draft_path(id);
    match std::fs::remove_file(&path) {
        Ok(()) => {}
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(source) => return Err(Error::Write { path, source, lang }),
    }
    super::draft_lock::remove_lock_files(data, id);
    Ok(())
}

fn held_elsewhere(holder: &super::Holder, id: &str, lang: Lang) -> Error {
    Error::Failed(t!(
        lang,
        "draft-held-not-written",
        held = holder.describe(id, lang)
    ))
}

fn read_draft(path: &std::path::Path, lang: Lang) -> Result<Draft> {
    let text = read_text(path, MAX_RECORD_BYTES, lang)?;
    parse_draft(&text, &path.display().to_string(), lang)
}

fn mismatch(inside: &str, file_id: &str, lang: Lang) -> String {
    t!(
        lang,
        "domain-draft-id-mismatch",
        inside = inside,
        file_id = file_id
    )
}

/// The first reason an error gives, without the file name the list already shows.
pub(crate) fn one_line(e: &Error, lang: Lang) -> String {
    let text = match e {
        Error::Invalid(diagnostics) => {
            let first = diagnostics
                .first()
                .map_or_else(String::new, |d| match d.position {
                    Some(p) => t!(
                        lang,
                        "domain-at-line-column",
                        line = p.line,
                        column = p.column,
                        problem = d.message.as_str()
                    ),
                    None => d.message.clone(),
                });
            match diagnostics.len() {
                0 | 1 => first,
                n => t!(
                    lang,
                    "domain-and-more-problems",
                    first = first,
                    count = n - 1
                ),
            }
        }
        Error::Read { source, .. } => t!(
            lang,
            "domain-cannot-read-it",
            reason = crate::error::io_reason(lang, source)
        ),
        other => other.to_string(),
    };
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}
