//! Revisions on the command line: `wia history`, and what `wia list`, `wia show` and
//! `wia verify` say about a record's place in its chain.

use super::output::{err, out};
use super::record_arg;
use crate::error::Result;
use crate::i18n::Lang;
use crate::review::{
    Chains, Entry, Step, default_cache_path, history_text, load_index_unsearched, open_record,
    revision_notes_for,
};
use crate::store::DataDir;
use crate::t;

/// The folder's chains, through the list's cache.
pub fn chains(data: &DataDir, lang: Lang) -> Chains {
    Chains::of(&load_index_unsearched(
        data,
        default_cache_path(data).as_deref(),
        lang,
    ))
}

pub fn run(data: &DataDir, arg: &str, lang: Lang) -> Result<u8> {
    let path = record_arg::resolve(data, arg, lang)?;
    let (record, _) = crate::record::load_record(&path, lang)?;
    let chains = chains(data, lang);
    let ids = chains.chain(&record.id);
    let steps: Vec<Step> = ids
        .iter()
        .map(|id| {
            // The record asked about is read from where it was found; the others are
            // in the folder by their ids.
            let file = if *id == record.id {
                path.clone()
            } else {
                data.record_path(id)
            };
            Step {
                id: id.clone(),
                opened: open_record(data, &file, lang).map_err(|e| e.to_string()),
            }
        })
        .collect();
    let problems = chains.problems_of(&ids);
    out(&history_text(&steps, &problems, lang));
    // A broken or forked chain is a failed check, as in `wia verify`.
    Ok(u8::from(!problems.is_empty()))
}

/// What `wia show` says first about `id`'s place in its chain.
pub fn show_notes(data: &DataDir, id: &str, lang: Lang) -> Vec<String> {
    revision_notes_for(data, &chains(data, lang), id, lang)
}

pub use crate::review::revision_cell;

/// `wia list --format json` with each record's place in its chain; the keys are a
/// contract for scripts and never translated.
pub fn list_json_with_chains(entries: &[Entry], chains: &Chains) -> String {
    // Each row is built and written in turn: all 10,000 as values at once would take
    // `wia list --format json` past 100 MB.
    super::review_cmd::pretty_rows(entries.iter().map(|e| {
        let mut row = super::review_cmd::list_row(e);
        let Some(info) = &e.info else { return row };
        row["revision"] = serde_json::json!(chains.number(&e.id));
        row["latest"] = serde_json::json!(chains.is_latest(&e.id));
        row["superseded_by"] = serde_json::json!(chains.successors(&e.id));
        if let Some(r) = &info.revision {
            row["supersedes"] = serde_json::json!(r.supersedes);
            row["reason"] = serde_json::json!(r.reason);
        }
        let problems: Vec<String> = chains
            .problems_of(std::slice::from_ref(&e.id))
            .iter()
            .map(|p| p.words(Lang::En))
            .collect();
        if !problems.is_empty() {
            row["chain_problems"] = serde_json::json!(problems);
        }
        row
    }))
}

/// `wia verify`'s part: what the record revises, what replaces it, and any problem in its
/// chain, which fails the check. Returns the exit code.
pub fn verify_chain(data: &DataDir, record: &crate::record::Record, lang: Lang) -> u8 {
    let chains = chains(data, lang);
    if let Some(r) = &record.revision {
        out(&format!(
            "{}\n",
            t!(
                lang,
                "cli-verify-revises",
                id = record.id.as_str(),
                old = r.supersedes.as_str(),
                reason = crate::text::inert(&r.reason).into_owned()
            )
        ));
    }
    let by = chains.successors(&record.id);
    if !by.is_empty() {
        out(&format!(
            "{}\n",
            t!(
                lang,
                "cli-verify-replaced",
                id = record.id.as_str(),
                by = by.join(", ")
            )
        ));
    }
    let problems = chains.problems_of(std::slice::from_ref(&record.id));
    for p in &problems {
        err(&t!(
            lang,
            "review-cli-chain-problem",
            problem = p.words(lang)
        ));
    }
    u8::from(!problems.is_empty())
}
