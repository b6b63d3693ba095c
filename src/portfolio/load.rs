//! The policies of a data folder: every final record (the latest revision of each), and
//! drafts when asked for. Read through the same checked readers as review mode; a file
//! that cannot be read or was altered is left out with the reason, never fatal.

use crate::i18n::Lang;
use crate::record::Status;
use crate::review::{Chains, Entry, State, default_cache_path, load_index_cached, open_record};
use crate::store::DataDir;
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

/// Read the records of `data`. Only a record whose content matches its digest counts: an
/// altered record is not what its assessor saved, so its figures are not added in.
pub fn load(data: &DataDir, include_drafts: bool, lang: Lang) -> Loaded {
    let entries = load_index_cached(data, default_cache_path(data).as_deref(), lang);
    let mut loaded = Loaded::default();
    let mut candidates: Vec<Entry> = Vec::new();
    for e in entries {
        match &e.state {
            State::Intact => candidates.push(e),
            State::Draft if include_drafts => candidates.push(e),
            State::Draft => loaded.drafts_left_out += 1,
            State::Altered(_) | State::Unreadable(_) => loaded.skipped.push(t!(
                lang,
                "portfolio-skipped",
                file = e.file.display().to_string(),
                why = e.state.reason(lang).unwrap_or_default()
            )),
        }
    }
    // Chains among the records counted only: a draft left out does not hide the final
    // record it revises.
    let chains = Chains::of(&candidates);
    for e in candidates.iter().filter(|e| chains.is_latest(&e.id)) {
        match policy_of(data, e, lang) {
            Ok(p) => loaded.policies.push(p),
            Err(why) => loaded.skipped.push(t!(
                lang,
                "portfolio-skipped",
                file = e.file.display().to_string(),
                why = why
            )),
        }
    }
    loaded
}

/// A record opened in full and made a policy. A final record counts with the results it
/// was finalised (and signed) with; a draft, which stores none, with its figures now.
fn policy_of(data: &DataDir, e: &Entry, lang: Lang) -> Result<Policy, String> {
    let opened = open_record(data, &e.file, lang)
        .map_err(|err| crate::store::reason_in_one_line(&err, lang))?;
    // The file may have changed since the list was read.
    if !matches!(opened.state, State::Intact | State::Draft) {
        return Err(opened.state.reason(lang).unwrap_or_default());
    }
    let record = &opened.record;
    let draft = record.status == Status::Draft;
    let results = match (&record.results, draft) {
        (Some(stored), false) => stored,
        _ => &opened.results,
    };
    Ok(Policy::from_results(
        &e.id,
        record.policy_title().unwrap_or_default(),
        draft,
        &opened.answers,
        results,
        opened.questionnaire.scoring.school_weeks_per_year,
    ))
}
