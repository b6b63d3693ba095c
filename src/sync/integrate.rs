//! Taking in what arrived. Files added elsewhere are taken; lines appended to another
//! computer's evidence log are taken; any other change to a file that was already here
//! (an edited record, a rewritten or removed log line, a deleted file) stops the sync
//! before anything is touched, naming the file and what changed.
//!
//! Files are written (each atomically) before the branch moves, with a note in
//! `.git/wia-sync-target` saying where it is moving: a sync killed at any point is
//! finished by the next one, with no file or commit made twice.

use std::collections::HashMap;

use super::commit::{Author, move_head, refresh_index};
use super::git::{Change, GitError, Repo};
use super::layout::{self, Kind};
use crate::i18n::Lang;

/// Why a sync stopped on an incoming change.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Stop {
    /// A file that was already shared was changed; the first line that differs.
    Edited { line: Option<usize> },
    /// Lines of an evidence log were rewritten or removed, from this line.
    Rewritten { line: usize },
    /// Lines were added to this computer's own evidence log by another (two computers
    /// with one device id).
    OwnLog,
    /// A shared file was deleted.
    Deleted,
    /// Added here and there with different contents.
    BothAdded,
    /// The file here differs from both what was shared and what arrived.
    LocalDiffers,
    /// A link, a submodule or a path outside the folder: never taken.
    NotAFile,
    /// A file git itself reads (`.gitattributes`, `.gitmodules`…), which could change how
    /// files are written out or committed: never taken.
    GitSettings,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stopped {
    pub path: String,
    pub why: Stop,
}

#[derive(Debug)]
pub enum IntegrateError {
    Stopped(Stopped),
    Git(GitError),
    Write(crate::error::Error),
}

impl From<GitError> for IntegrateError {
    fn from(e: GitError) -> Self {
        IntegrateError::Git(e)
    }
}

const JOURNAL: &str = "wia-sync-target";

fn journal(repo: &Repo) -> std::path::PathBuf {
    repo.git_dir().join(JOURNAL)
}

fn safe_path(path: &str) -> bool {
    !path.is_empty()
        && !path.starts_with('/')
        && !path.contains('\\')
        && !path.contains(':')
        && path
            .split('/')
            .all(|c| !c.is_empty() && c != "." && c != ".." && !c.eq_ignore_ascii_case(".git"))
}

fn plain_mode(mode: &str) -> bool {
    mode == "100644" || mode == "100755"
}

/// The first line (from 1) where `a` and `b` differ.
fn first_difference(a: &[u8], b: &[u8]) -> usize {
    let at = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    a[..at].iter().filter(|c| **c == b'\n').count() + 1
}

/// Check every incoming change (`base` to `theirs`) against the rules, with `ours` the
/// local changes since `base`.
pub fn check(
    repo: &Repo,
    incoming: &[Change],
    ours: &[Change],
    device: &str,
) -> Result<(), IntegrateError> {
    let ours: HashMap<&str, &Change> = ours.iter().map(|c| (c.path.as_str(), c)).collect();
    let stop = |path: &str, why| {
        Err(IntegrateError::Stopped(Stopped {
            path: path.to_string(),
            why,
        }))
    };
    for c in incoming {
        if !safe_path(&c.path) || (c.status != 'D' && !plain_mode(&c.new_mode)) {
            return stop(&c.path, Stop::NotAFile);
        }
        if git_settings(&c.path) {
            return stop(&c.path, Stop::GitSettings);
        }
        match c.status {
            'A' => {
                if let Some(o) = ours.get(c.path.as_str())
                    && o.new_id != c.new_id
                {
                    return stop(&c.path, Stop::BothAdded);
                }
            }
            'M' => {
                let kind = layout::kind(&c.path);
                let log = matches!(kind, Kind::Evidence(_) | Kind::LegacyEvidence);
                if kind == Kind::Evidence(device.to_string()) {
                    return stop(&c.path, Stop::OwnLog);
                }
                if let Some(o) = ours.get(c.path.as_str()) {
                    if o.new_id == c.new_id {
                        continue;
                    }
                    if !(kind == Kind::Ignore) {
                        return stop(&c.path, Stop::LocalDiffers);
                    }
                }
                if kind == Kind::Ignore {
                    continue;
                }
                let blobs = repo.blobs(&[c.old_id.as_str(), c.new_id.as_str()])?;
                let (old, new) = (&blobs[0], &blobs[1]);
                let appended = new.starts_with(old) && (old.is_empty() || old.ends_with(b"\n"));
                if log && appended {
                    continue;
                }
                let line = first_difference(old, new);
                return stop(
                    &c.path,
                    if log {
                        Stop::Rewritten { line }
                    } else {
                        Stop::Edited { line: Some(line) }
                    },
                );
            }
            'D' => return stop(&c.path, Stop::Deleted),
            _ => return stop(&c.path, Stop::Edited { line: None }),
        }
    }
    Ok(())
}

/// A file git reads for itself wherever it is in the tree (attributes, submodules, ignore
/// rules other than wia's own at the top).
fn git_settings(path: &str) -> bool {
    path != layout::IGNORE_FILE
        && path
            .split('/')
            .any(|part| part.to_ascii_lowercase().starts_with(".git"))
}

/// Check that the files here are as `from` has them (or already as `to` has them), so
/// writing `to`'s versions loses nothing of this computer's.
fn check_worktree(repo: &Repo, changes: &[Change]) -> Result<(), IntegrateError> {
    let present: Vec<&Change> = changes
        .iter()
        .filter(|c| std::fs::symlink_metadata(repo.root.join(&c.path)).is_ok())
        .collect();
    let paths: Vec<String> = present.iter().map(|c| c.path.clone()).collect();
    let ids = repo.hash_paths(&paths, false)?;
    for (c, id) in present.iter().zip(ids) {
        let was = c.status != 'A' && id == c.old_id;
        if !(was || id == c.new_id) {
            return Err(IntegrateError::Stopped(Stopped {
                path: c.path.clone(),
                why: Stop::LocalDiffers,
            }));
        }
    }
    Ok(())
}

/// Move from `from` (None: nothing yet) to `to`: check the files here, note the move,
/// write each file, move the branch, and forget the note.
pub fn advance(
    repo: &Repo,
    from: Option<&str>,
    to: &str,
    lang: Lang,
) -> Result<Vec<Change>, IntegrateError> {
    let base = match from {
        Some(f) => f.to_string(),
        None => super::tally::empty_tree(repo)?,
    };
    let changes = repo.diff(&base, to)?;
    for c in &changes {
        if !safe_path(&c.path) || (c.status != 'D' && !plain_mode(&c.new_mode)) {
            return Err(IntegrateError::Stopped(Stopped {
                path: c.path.clone(),
                why: Stop::NotAFile,
            }));
        }
    }
    check_worktree(repo, &changes)?;
    let note = format!("{} {to}\n", from.unwrap_or("-"));
    crate::store::write_atomic(&journal(repo), note.as_bytes(), lang)
        .map_err(IntegrateError::Write)?;
    finish(repo, from, to, &changes, lang)?;
    Ok(changes)
}

fn finish(
    repo: &Repo,
    from: Option<&str>,
    to: &str,
    changes: &[Change],
    lang: Lang,
) -> Result<(), IntegrateError> {
    write_files(repo, changes, lang)?;
    move_head(repo, from, to)?;
    refresh_index(repo)?;
    let _ = std::fs::remove_file(journal(repo));
    Ok(())
}

fn write_files(repo: &Repo, changes: &[Change], lang: Lang) -> Result<(), IntegrateError> {
    // A few hundred files at a time, so a large first sync does not hold them all.
    for chunk in changes.chunks(256) {
        let written: Vec<&Change> = chunk.iter().filter(|c| c.status != 'D').collect();
        let ids: Vec<&str> = written.iter().map(|c| c.new_id.as_str()).collect();
        let blobs = repo.blobs(&ids)?;
        for (c, bytes) in written.iter().zip(blobs) {
            let path = repo.root.join(&c.path);
            crate::store::write_atomic(&path, &bytes, lang).map_err(IntegrateError::Write)?;
        }
    }
    Ok(())
}

/// Finish a sync that was killed while moving the branch; true when there was one.
pub fn recover(repo: &Repo, lang: Lang) -> Result<bool, IntegrateError> {
    let Ok(note) = std::fs::read_to_string(journal(repo)) else {
        return Ok(false);
    };
    let mut parts = note.split_whitespace();
    let (Some(from), Some(to)) = (parts.next(), parts.next()) else {
        let _ = std::fs::remove_file(journal(repo));
        return Ok(false);
    };
    let from = (from != "-").then_some(from);
    let head = repo.resolve("HEAD");
    if head.as_deref() == Some(to) {
        refresh_index(repo)?;
        let _ = std::fs::remove_file(journal(repo));
        return Ok(true);
    }
    if head.as_deref() != from || repo.resolve(to).is_none() {
        let _ = std::fs::remove_file(journal(repo));
        return Ok(false);
    }
    let base = match from {
        Some(f) => f.to_string(),
        None => super::tally::empty_tree(repo)?,
    };
    let changes = repo.diff(&base, to)?;
    finish(repo, from, to, &changes, lang)?;
    Ok(true)
}

/// A merge of `ours` and `theirs` whose changes touch different files (checked first).
pub fn merge(
    repo: &Repo,
    ours: &str,
    theirs: &str,
    message: &str,
    author: &Author,
) -> Result<String, IntegrateError> {
    let out = repo.run(["merge-tree", "--write-tree", "--no-messages", ours, theirs])?;
    let tree = String::from_utf8_lossy(&out)
        .lines()
        .next()
        .unwrap_or("")
        .trim()
        .to_string();
    let commit = repo.run_with(
        [
            "commit-tree",
            tree.as_str(),
            "-p",
            ours,
            "-p",
            theirs,
            "-m",
            message,
        ],
        b"",
        &author.env(),
    )?;
    Ok(String::from_utf8_lossy(&commit).trim().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_outside_the_folder_or_into_git_are_refused() {
        assert!(safe_path("records/a.yaml"));
        for bad in [
            "../x",
            "/etc/passwd",
            "a/../../b",
            ".git/config",
            "x/.GIT/y",
            "c:x",
            "",
        ] {
            assert!(!safe_path(bad), "{bad}");
        }
        assert_eq!(first_difference(b"a\nb\nc\n", b"a\nB\nc\n"), 2);
    }
}
