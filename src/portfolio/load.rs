//! The policies of a data folder: every final record (the latest revision of each), and
//! drafts when asked for. Each file is read once through the checked reader
//! (`record::load_record`: size, type and depth checked before parsing) and its digest
//! checked; a file that cannot be read or was altered is left out with the reason, never
//! fatal. A final record counts with the results stored in it, so it is not scored again.

use std::collections::BTreeSet;

use crate::i18n::Lang;
use crate::record::{Record, Status, load_record, resolve_questionnaire, typed_answers};
use crate::review::{State, state_of};
use crate::scoring::{Results, score};
use crate::store::{DataDir, Listed};
use crate::t;

use super::policy::Policy;

#[derive(Debug, Clone, Default)]
pub struct Loaded {
    /// One for each record counted, in the records folder's order.
    pub policies: Vec<Policy>,
    /// Each file left out, with why, in the language asked for.
    pub skipped: Vec<String>,
    /// Draft records not counted because drafts were not asked for.
    pub drafts_left_out: usize,
}

/// What one file gave.
enum Read {
    Counted(Box<Record>, Policy),
    DraftLeftOut,
    Skipped(String),
}

/// Read the records of `data`. Only a record whose content matches its digest counts: an
/// altered record is not what its assessor saved, so its figures are not added in.
pub fn load(data: &DataDir, include_drafts: bool, lang: Lang) -> Loaded {
    let files = crate::store::listed_files(&data.records()).unwrap_or_default();
    // Records are read and parsed independently: the work splits over the cores.
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .clamp(1, 8);
    let chunk = files.len().div_ceil(threads).max(16);
    let read: Vec<Read> = std::thread::scope(|s| {
        let handles: Vec<_> = files
            .chunks(chunk)
            .map(|part| {
                s.spawn(move || {
                    part.iter()
                        .map(|f| read_one(data, f, include_drafts, lang))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap_or_default())
            .collect()
    });
    let mut loaded = Loaded::default();
    let mut counted = Vec::new();
    let read = read.into_iter().chain(drafts(data, include_drafts, lang));
    for r in read {
        match r {
            Read::Counted(record, policy) => counted.push((record, policy)),
            Read::DraftLeftOut => loaded.drafts_left_out += 1,
            Read::Skipped(why) => loaded.skipped.push(why),
        }
    }
    // Only the latest revision counts: a record another counted record revises is left
    // out, as `wia list` does (both branches of a fork stay). Among the records counted
    // only, so a draft left out does not hide the final record it revises.
    let replaced: BTreeSet<String> = counted
        .iter()
        .filter_map(|(r, _)| Some(r.revision.as_ref()?.supersedes.clone()))
        .collect();
    loaded.policies = counted
        .into_iter()
        .filter(|(r, _)| !replaced.contains(&r.id))
        .map(|(_, p)| p)
        .collect();
    loaded
}

/// The drafts of the drafts folder: counted, scored now, when asked for; else each one
/// only counted as left out.
fn drafts(data: &DataDir, include_drafts: bool, lang: Lang) -> Vec<Read> {
    if !include_drafts {
        let n = crate::store::list_drafts(data, lang).len();
        return (0..n).map(|_| Read::DraftLeftOut).collect();
    }
    crate::store::drafts_as_records(data, lang)
        .into_iter()
        .map(|d| {
            let skipped = |path: &std::path::Path, why: String| {
                Read::Skipped(t!(
                    lang,
                    "portfolio-skipped",
                    file = path.display().to_string(),
                    why = why
                ))
            };
            match d {
                Err((path, why)) => skipped(&path, why),
                Ok(d) if d.survey => skipped(&d.path, t!(lang, "survey-portfolio-skipped")),
                Ok(d) => {
                    let policy = Policy::from_record(
                        &d.record.id,
                        &d.record,
                        &d.results,
                        weeks_of(&d.results),
                    );
                    Read::Counted(Box::new(d.record), policy)
                }
            }
        })
        .collect()
}

fn read_one(data: &DataDir, f: &Listed, include_drafts: bool, lang: Lang) -> Read {
    let skipped = |why: String| {
        Read::Skipped(t!(
            lang,
            "portfolio-skipped",
            file = f.path.display().to_string(),
            why = why
        ))
    };
    if !f.name_is_text {
        return skipped(t!(lang, "domain-file-name-not-utf8"));
    }
    let (record, text) = match load_record(&f.path, lang) {
        Ok(r) => r,
        Err(e) => return skipped(crate::store::reason_in_one_line(&e, lang)),
    };
    match state_of(&record, &f.id, lang) {
        State::Intact => {}
        State::Draft if include_drafts => {}
        State::Draft => return Read::DraftLeftOut,
        other => return skipped(other.reason(lang).unwrap_or_default()),
    }
    let draft = record.status == Status::Draft;
    let policy = match (&record.results, draft) {
        (Some(stored), false) => Policy::from_record(&f.id, &record, stored, weeks_of(stored)),
        // A draft stores no results: its figures are worked out now, with its questionnaire.
        _ => {
            let file = f.path.display().to_string();
            let scored = resolve_questionnaire(&record, None, data, lang).and_then(|resolved| {
                let q = resolved.questionnaire;
                // A survey's response has no hours to add up: left out, and said so.
                if q.is_survey() {
                    return Ok(None);
                }
                let answers = typed_answers(&q, &record, &file, &text, lang)?;
                let results = score(&q, &answers, &record.headcounts, record.language);
                Ok(Some((results, q.scoring().school_weeks_per_year)))
            });
            match scored {
                Ok(Some((results, weeks))) => Policy::from_record(&f.id, &record, &results, weeks),
                Ok(None) => return skipped(t!(lang, "survey-portfolio-skipped")),
                Err(e) => return skipped(crate::store::reason_in_one_line(&e, lang)),
            }
        }
    };
    Read::Counted(Box::new(record), policy)
}

/// The school weeks a year the stored results were worked out with: the scoring's weekly
/// figures are its yearly ones over them. 39, the bundled questionnaire's, when no role has
/// any hours to tell.
fn weeks_of(results: &Results) -> f64 {
    results
        .roles
        .values()
        .find(|r| r.per_person_hours_per_week.expected.abs() > 1e-12)
        .map(|r| r.per_person_hours_per_year.expected / r.per_person_hours_per_week.expected)
        .filter(|w| w.is_finite() && *w > 0.0)
        .unwrap_or(39.0)
}
