//! A record's revisions, oldest first, with what changed at each step (the same diff as
//! `wia diff`), and the notes `wia show` gives about a record's place in its chain.

use std::fmt::Write;

use super::chain::{ChainProblem, Chains};
use super::{Opened, diff_records, diff_text};
use crate::t;
use crate::text::{Lang, inert};

/// One record of a chain: opened, or why it could not be.
pub struct Step {
    pub id: String,
    pub opened: std::result::Result<Opened, String>,
}

/// The chain as text for the terminal: a heading, every problem, then each record with
/// who made it, when, why it was revised, and what changed from the one before.
pub fn history_text(steps: &[Step], problems: &[&ChainProblem], lang: Lang) -> String {
    let mut s = String::new();
    let title = steps
        .iter()
        .rev()
        .find_map(|st| st.opened.as_ref().ok().map(Opened::title))
        .unwrap_or_default();
    let _ = writeln!(
        s,
        "{}",
        t!(
            lang,
            "review-history-heading",
            title = one_line(&title),
            count = steps.len()
        )
    );
    for p in problems {
        let _ = writeln!(s, "⚠ {}", p.words(lang));
    }
    let mut before: Option<&Opened> = None;
    for (n, step) in steps.iter().enumerate() {
        s.push('\n');
        let o = match &step.opened {
            Ok(o) => o,
            Err(why) => {
                let _ = writeln!(
                    s,
                    "{}. {}",
                    n + 1,
                    t!(
                        lang,
                        "review-history-cannot-open",
                        id = step.id.as_str(),
                        why = one_line(why)
                    )
                );
                before = None;
                continue;
            }
        };
        let r = &o.record;
        let _ = writeln!(
            s,
            "{}",
            t!(
                lang,
                "review-history-step",
                n = n + 1,
                id = r.id.as_str(),
                when = r.created.format("%Y-%m-%d %H:%M").to_string(),
                name = one_line(&r.assessor.name),
                organisation = one_line(&r.assessor.organisation),
                state = o.state.label(lang)
            )
        );
        match &r.revision {
            None => {
                let _ = writeln!(s, "   {}", t!(lang, "review-history-first"));
            }
            Some(rev) => {
                let _ = writeln!(
                    s,
                    "   {}",
                    t!(
                        lang,
                        "review-history-revises",
                        id = rev.supersedes.as_str(),
                        reason = one_line(&rev.reason)
                    )
                );
            }
        }
        if let Some(prev) = before {
            let d = diff_records(prev, o, lang);
            for line in diff_text(&d, lang).lines().skip(1) {
                if line.trim().is_empty() {
                    continue;
                }
                let _ = writeln!(s, "   {line}");
            }
        }
        before = Some(o);
    }
    s
}

/// The notes `wia show` gives first: the records that replace this one (an old revision
/// says plainly that it is not the latest), responses filed against earlier revisions,
/// and any problem in the chain. `earlier_responses` holds (id, count) oldest first.
pub fn revision_notes(
    chains: &Chains,
    id: &str,
    earlier_responses: &[(String, usize)],
    lang: Lang,
) -> Vec<String> {
    let mut notes = Vec::new();
    let by = chains.successors(id);
    if let Some(first) = by.first() {
        notes.push(t!(
            lang,
            "review-show-replaced",
            id = id,
            by = by.join(", "),
            first = first.as_str()
        ));
    }
    let with: Vec<String> = earlier_responses
        .iter()
        .filter(|(_, n)| *n > 0)
        .map(|(id, n)| {
            t!(
                lang,
                "review-show-responses-on",
                id = id.as_str(),
                count = *n
            )
        })
        .collect();
    if !with.is_empty() {
        notes.push(t!(
            lang,
            "review-show-earlier-responses",
            list = with.join(", ")
        ));
    }
    for p in chains.problems_of(&chains.chain(id)) {
        notes.push(format!("⚠ {}", p.words(lang)));
    }
    notes
}

/// The notes for `id` in `data`: `revision_notes` with the responses filed against each
/// earlier revision counted. What `wia show` and the interface's record page say first.
pub fn revision_notes_for(
    data: &crate::store::DataDir,
    chains: &Chains,
    id: &str,
    lang: Lang,
) -> Vec<String> {
    let back = chains.back(id);
    let earlier: Vec<(String, usize)> = back[..back.len() - 1]
        .iter()
        .map(|p| (p.clone(), super::response_files(data, p).len()))
        .collect();
    revision_notes(chains, id, &earlier, lang)
}

/// Which revision `id` is, marked when it is replaced, behind a fork, or its chain has a
/// gap: the REV column of `wia list` and of review mode's table.
pub fn revision_cell(chains: &Chains, id: &str, lang: Lang) -> String {
    let n = chains.number(id);
    if !chains.is_latest(id) {
        t!(lang, "review-rev-replaced", n = n)
    } else if chains.forked(id) {
        t!(lang, "review-rev-fork", n = n)
    } else if chains.gap(id) {
        t!(lang, "review-rev-gap", n = n)
    } else {
        n.to_string()
    }
}

fn one_line(text: &str) -> String {
    inert(&text.split_whitespace().collect::<Vec<_>>().join(" ")).into_owned()
}
