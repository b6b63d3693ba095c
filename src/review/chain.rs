//! Revision chains: which record replaces which, worked out from what each record says it
//! supersedes. Nothing here hides a record: a link that cannot be followed (the record it
//! names is missing, or is not the content that was revised) and a record that two
//! revisions both claim to replace (a fork) are problems to report, and both branches of
//! a fork stay "latest".

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use super::{Entry, State};

/// Something wrong with a chain, for `wia list`, `wia history` and `wia verify` to say.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "problem", rename_all = "snake_case")]
pub enum ChainProblem {
    /// `id` revises `predecessor`, which is not in the records folder.
    Missing { id: String, predecessor: String },
    /// `id` revises `predecessor`, but that file is not the content that was revised.
    Changed { id: String, predecessor: String },
    /// Several records each claim to replace `predecessor`.
    Fork {
        predecessor: String,
        successors: Vec<String>,
    },
}

impl ChainProblem {
    /// Every record the problem is about.
    pub fn ids(&self) -> Vec<&str> {
        match self {
            ChainProblem::Missing { id, predecessor }
            | ChainProblem::Changed { id, predecessor } => {
                vec![id, predecessor]
            }
            ChainProblem::Fork {
                predecessor,
                successors,
            } => std::iter::once(predecessor.as_str())
                .chain(successors.iter().map(String::as_str))
                .collect(),
        }
    }

    /// The problem in a sentence, for a person.
    pub fn words(&self, lang: crate::text::Lang) -> String {
        match self {
            ChainProblem::Missing { id, predecessor } => crate::t!(
                lang,
                "review-chain-missing",
                id = id.as_str(),
                predecessor = predecessor.as_str()
            ),
            ChainProblem::Changed { id, predecessor } => crate::t!(
                lang,
                "review-chain-changed",
                id = id.as_str(),
                predecessor = predecessor.as_str()
            ),
            ChainProblem::Fork {
                predecessor,
                successors,
            } => crate::t!(
                lang,
                "review-chain-fork",
                predecessor = predecessor.as_str(),
                successors = successors.join(", ")
            ),
        }
    }
}

/// The links between the records of one folder.
#[derive(Debug, Clone, Default)]
pub struct Chains {
    /// id of a record that counts in a chain, to the id it supersedes (if any).
    before: BTreeMap<String, Option<String>>,
    /// id to the records that supersede it, sorted.
    after: BTreeMap<String, Vec<String>>,
    problems: Vec<ChainProblem>,
}

impl Chains {
    /// The chains of a folder's entries. Only a record known to be what its assessor
    /// saved can supersede another: an altered file is listed as itself, but cannot make
    /// any other record look replaced.
    pub fn of(entries: &[Entry]) -> Chains {
        let mut c = Chains::default();
        let digests: BTreeMap<&str, Option<&str>> = entries
            .iter()
            .filter_map(|e| Some((e.id.as_str(), e.info.as_ref()?.digest.as_deref())))
            .collect();
        let mut problems = Vec::new();
        for e in entries {
            let Some(info) = &e.info else { continue };
            let link = info
                .revision
                .as_ref()
                .filter(|_| matches!(e.state, State::Intact | State::Draft));
            c.before
                .insert(e.id.clone(), link.map(|r| r.supersedes.clone()));
            let Some(r) = link else { continue };
            match digests.get(r.supersedes.as_str()) {
                None => problems.push(ChainProblem::Missing {
                    id: e.id.clone(),
                    predecessor: r.supersedes.clone(),
                }),
                Some(d) => {
                    if *d != Some(r.supersedes_digest.as_str()) {
                        problems.push(ChainProblem::Changed {
                            id: e.id.clone(),
                            predecessor: r.supersedes.clone(),
                        });
                    }
                    c.after
                        .entry(r.supersedes.clone())
                        .or_default()
                        .push(e.id.clone());
                }
            }
        }
        for (predecessor, successors) in &mut c.after {
            successors.sort();
            if successors.len() > 1 {
                problems.push(ChainProblem::Fork {
                    predecessor: predecessor.clone(),
                    successors: successors.clone(),
                });
            }
        }
        problems.sort_by(|a, b| a.ids().cmp(&b.ids()));
        c.problems = problems;
        c
    }

    /// The records that replace `id`: none for the latest, two or more at a fork.
    pub fn successors(&self, id: &str) -> &[String] {
        self.after.get(id).map_or(&[], Vec::as_slice)
    }

    /// The record `id` replaces, when it is in the folder.
    pub fn predecessor(&self, id: &str) -> Option<&str> {
        let p = self.before.get(id)?.as_deref()?;
        self.before.contains_key(p).then_some(p)
    }

    pub fn is_latest(&self, id: &str) -> bool {
        self.successors(id).is_empty()
    }

    /// `id` and the records before it, oldest first, as far back as the folder goes.
    pub fn back(&self, id: &str) -> Vec<String> {
        let mut seen = BTreeSet::new();
        let mut out = vec![id.to_string()];
        seen.insert(id.to_string());
        let mut at = id;
        // A loop of links can only be forged, but must not hang the list.
        while let Some(p) = self.predecessor(at) {
            if !seen.insert(p.to_string()) {
                break;
            }
            out.push(p.to_string());
            at = p;
        }
        out.reverse();
        out
    }

    /// Which revision `id` is: 1 for an original, 2 for its first revision, and so on.
    pub fn number(&self, id: &str) -> usize {
        self.back(id).len()
    }

    /// The whole chain through `id`, oldest first: back to the first record the folder
    /// has, then on through each single successor until the latest or a fork.
    pub fn chain(&self, id: &str) -> Vec<String> {
        let mut out = self.back(id);
        let mut seen: BTreeSet<String> = out.iter().cloned().collect();
        loop {
            let last = out.last().cloned().unwrap_or_default();
            match self.successors(&last) {
                [one] if seen.insert(one.clone()) => out.push(one.clone()),
                _ => break,
            }
        }
        out
    }

    /// Every problem in the folder's chains.
    pub fn problems(&self) -> &[ChainProblem] {
        &self.problems
    }

    /// The problems that touch any record of `ids`.
    pub fn problems_of(&self, ids: &[String]) -> Vec<&ChainProblem> {
        self.problems
            .iter()
            .filter(|p| p.ids().iter().any(|i| ids.iter().any(|x| x == i)))
            .collect()
    }

    /// Whether the chain behind `id` (it or any record before it) was revised twice over.
    pub fn forked(&self, id: &str) -> bool {
        let back = self.back(id);
        back[..back.len() - 1]
            .iter()
            .any(|p| self.successors(p).len() > 1)
    }

    /// Whether the first record the folder has of `id`'s chain names one that is missing.
    pub fn gap(&self, id: &str) -> bool {
        let back = self.back(id);
        self.problems
            .iter()
            .any(|p| matches!(p, ChainProblem::Missing { id: first, .. } if *first == back[0]))
    }
}
