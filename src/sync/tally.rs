//! What a sync moved, counted the way people talk about it: assessments, responses,
//! evidence entries (the summaries, signatures and questionnaire copies that go with a
//! record are part of it, not counted apart).

use super::git::{GitResult, Repo};
use super::layout::{Kind, kind};
use crate::i18n::Lang;
use crate::t;

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tally {
    /// New records (final assessments, revisions and drafts saved as records).
    pub records: usize,
    pub responses: usize,
    pub evidence: usize,
    /// Any other file (summaries, signatures, questionnaire copies, the ignore file).
    pub files: usize,
}

impl Tally {
    pub fn is_empty(&self) -> bool {
        *self == Tally::default()
    }

    pub fn add(&mut self, other: Tally) {
        self.records += other.records;
        self.responses += other.responses;
        self.evidence += other.evidence;
        self.files += other.files;
    }

    /// Count one file added (`added`) or grown by `lines` lines.
    pub fn count(&mut self, path: &str, added: bool, lines: usize) {
        match kind(path) {
            Kind::Record if added => self.records += 1,
            Kind::Response if added => self.responses += 1,
            Kind::Evidence(_) | Kind::LegacyEvidence => self.evidence += lines,
            _ => self.files += 1,
        }
    }

    /// "2 new assessments, 1 response, 340 evidence entries", or "nothing".
    pub fn words(&self, lang: Lang) -> String {
        let mut parts = Vec::new();
        if self.records > 0 {
            parts.push(t!(lang, "cli-sync-count-records", count = self.records));
        }
        if self.responses > 0 {
            parts.push(t!(lang, "cli-sync-count-responses", count = self.responses));
        }
        if self.evidence > 0 {
            parts.push(t!(lang, "cli-sync-count-evidence", count = self.evidence));
        }
        if parts.is_empty() && self.files > 0 {
            parts.push(t!(lang, "cli-sync-count-files", count = self.files));
        }
        if parts.is_empty() {
            return t!(lang, "cli-sync-count-nothing");
        }
        parts.join(", ")
    }
}

/// What changed from `from` (None: nothing) to `to`, counted.
pub fn between(repo: &Repo, from: Option<&str>, to: &str) -> GitResult<Tally> {
    let from = match from {
        Some(f) => f.to_string(),
        None => empty_tree(repo)?,
    };
    let out = repo.run([
        "diff-tree",
        "-r",
        "-z",
        "--no-renames",
        "--numstat",
        &from,
        to,
    ])?;
    let status = repo.run([
        "diff-tree",
        "-r",
        "-z",
        "--no-renames",
        "--name-status",
        &from,
        to,
    ])?;
    let added: std::collections::HashSet<String> = {
        let mut f = status.split(|b| *b == 0).filter(|f| !f.is_empty());
        let mut set = std::collections::HashSet::new();
        while let (Some(st), Some(path)) = (f.next(), f.next()) {
            if st == b"A" {
                set.insert(String::from_utf8_lossy(path).into_owned());
            }
        }
        set
    };
    let mut tally = Tally::default();
    for rec in out.split(|b| *b == 0).filter(|f| !f.is_empty()) {
        let rec = String::from_utf8_lossy(rec);
        let mut parts = rec.splitn(3, '\t');
        let (Some(plus), Some(_minus), Some(path)) = (parts.next(), parts.next(), parts.next())
        else {
            continue;
        };
        let lines = plus.parse().unwrap_or(0);
        tally.count(path, added.contains(path), lines);
    }
    Ok(tally)
}

/// The id of the empty tree, in whichever hash the repository uses.
pub fn empty_tree(repo: &Repo) -> GitResult<String> {
    let out = repo.run_with(["mktree"], b"", &[])?;
    Ok(String::from_utf8_lossy(&out).trim().to_string())
}
