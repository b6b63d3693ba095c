//! Committing what wia wrote, and nothing half-written: each changed file is read and
//! checked by the rule wia's own reader uses, and the bytes checked are the bytes
//! committed (a log is committed up to its last whole line). A temporary index is used,
//! so a git killed part-way never leaves a lock that stops the next sync.

use std::collections::{HashMap, HashSet};
use std::path::Path;

use super::git::{GitResult, Repo, TreeFile};
use super::layout::{self, Held, Kind};
use super::tally::Tally;
use crate::i18n::Lang;

/// One file to commit, and the exact bytes (logs) or the path (files written whole).
#[derive(Debug, Clone)]
pub struct Staged {
    pub path: String,
    pub bytes: Option<Vec<u8>>,
}

/// What is waiting to be committed, and what is held back and why.
#[derive(Debug, Clone, Default)]
pub struct Pending {
    pub staged: Vec<Staged>,
    pub held: Vec<(String, Held)>,
    pub tally: Tally,
}

/// The files of `head`, by path.
pub fn head_files(repo: &Repo, head: Option<&str>) -> GitResult<HashMap<String, TreeFile>> {
    Ok(match head {
        Some(h) => repo
            .tree_files(h)?
            .into_iter()
            .map(|f| (f.path.clone(), f))
            .collect(),
        None => HashMap::new(),
    })
}

/// The paths git sees as changed or new (never ignored ones).
fn changed_paths(repo: &Repo) -> GitResult<Vec<String>> {
    let out = repo.run([
        "status",
        "--porcelain=v1",
        "-z",
        "--untracked-files=all",
        "--no-renames",
        "--ignore-submodules=all",
    ])?;
    Ok(out
        .split(|b| *b == 0)
        .filter(|e| e.len() > 3)
        .map(|e| String::from_utf8_lossy(&e[3..]).into_owned())
        .collect())
}

/// Find and check every local change since `head`.
pub fn pending(repo: &Repo, head: Option<&str>, lang: Lang) -> GitResult<Pending> {
    let files = head_files(repo, head)?;
    let mut p = Pending::default();
    let mut paths = changed_paths(repo)?;
    paths.sort();
    paths.dedup();
    // Files in HEAD whose content may be unchanged (a stale index): compare ids.
    let tracked: Vec<String> = paths
        .iter()
        .filter(|path| files.contains_key(*path) && is_plain_file(&repo.root.join(path)))
        .filter(|path| !matches!(layout::kind(path), Kind::Evidence(_) | Kind::LegacyEvidence))
        .cloned()
        .collect();
    let ids: HashMap<String, String> = tracked
        .iter()
        .cloned()
        .zip(repo.hash_paths(&tracked, false)?)
        .collect();
    let mut records_ok: HashSet<String> = files
        .keys()
        .filter(|p| layout::kind(p) == Kind::Record)
        .cloned()
        .collect();
    // Records before summaries, so a summary can see its record was accepted.
    paths.sort_by_key(|p| layout::kind(p) == Kind::Summary);
    for path in paths {
        let full = repo.root.join(&path);
        let kind = layout::kind(&path);
        let old = files.get(&path);
        if !full.exists() && std::fs::symlink_metadata(&full).is_err() {
            if old.is_some() {
                p.held.push((path, Held::Deleted));
            }
            continue;
        }
        if !is_plain_file(&full) || kind == Kind::Other {
            p.held.push((path, Held::NotWias));
            continue;
        }
        if let Kind::Evidence(_) | Kind::LegacyEvidence = kind {
            let bytes = match crate::evidence::log::read_bytes(&full, lang) {
                Ok(b) => b,
                Err(e) => {
                    p.held.push((path, Held::Unreadable(e.to_string())));
                    continue;
                }
            };
            let whole = layout::whole_lines(&bytes).to_vec();
            let before = match old {
                Some(f) => repo.blobs(&[f.id.as_str()])?.pop().unwrap_or_default(),
                None => Vec::new(),
            };
            if !whole.starts_with(&before) {
                p.held.push((path, Held::ChangedAfterSharing));
                continue;
            }
            if whole.len() == before.len() {
                continue;
            }
            p.tally.count(
                &path,
                old.is_none(),
                layout::lines(&whole) - layout::lines(&before),
            );
            p.staged.push(Staged {
                path,
                bytes: Some(whole),
            });
            continue;
        }
        if let Some(f) = old {
            if ids.get(&path) == Some(&f.id) {
                continue;
            }
            if !matches!(kind, Kind::Ignore | Kind::Suggested) {
                p.held.push((path, Held::ChangedAfterSharing));
                continue;
            }
        }
        let limit = crate::record::MAX_RECORD_BYTES.max(4 << 20);
        let bytes = match crate::store::read_bytes(&full, limit, crate::store::Links::Refuse, lang)
        {
            Ok(b) => b,
            Err(e) => {
                p.held
                    .push((path, Held::Unreadable(crate::error::io_reason(lang, &e))));
                continue;
            }
        };
        let exists = |id: &str| records_ok.contains(&format!("records/{id}.yaml"));
        match layout::check_whole(&path, &kind, &bytes, exists, lang) {
            Ok(()) => {
                if kind == Kind::Record {
                    records_ok.insert(path.clone());
                }
                p.tally.count(&path, old.is_none(), 0);
                p.staged.push(Staged { path, bytes: None });
            }
            Err(held) => p.held.push((path, held)),
        }
    }
    Ok(p)
}

fn is_plain_file(path: &Path) -> bool {
    std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_file())
}

/// Who a commit is by.
#[derive(Debug, Clone)]
pub struct Author {
    /// "Name (Organisation)".
    pub name: String,
    pub email: String,
}

impl Author {
    pub fn env(&self) -> Vec<(&str, &str)> {
        vec![
            ("GIT_AUTHOR_NAME", self.name.as_str()),
            ("GIT_AUTHOR_EMAIL", self.email.as_str()),
            ("GIT_COMMITTER_NAME", self.name.as_str()),
            ("GIT_COMMITTER_EMAIL", self.email.as_str()),
        ]
    }
}

/// A temporary index of this process's own (a killed git leaves its lock behind under
/// a name no later run uses).
pub fn temp_index(repo: &Repo) -> std::path::PathBuf {
    repo.git_dir()
        .join(format!("wia-index-{}", std::process::id()))
}

/// Commit `pending` on top of `head`; the new commit, or None when nothing changed.
pub fn commit(
    repo: &Repo,
    head: Option<&str>,
    pending: &Pending,
    message: &str,
    author: &Author,
) -> GitResult<Option<String>> {
    if pending.staged.is_empty() {
        return Ok(None);
    }
    let whole: Vec<String> = pending
        .staged
        .iter()
        .filter(|s| s.bytes.is_none())
        .map(|s| s.path.clone())
        .collect();
    let mut ids: HashMap<String, String> = whole
        .iter()
        .cloned()
        .zip(repo.hash_paths(&whole, true)?)
        .collect();
    for s in &pending.staged {
        if let Some(bytes) = &s.bytes {
            ids.insert(s.path.clone(), repo.write_blob(bytes)?);
        }
    }
    let index = temp_index(repo);
    let _ = std::fs::remove_file(&index);
    let tmp = repo.with_index(&index);
    match head {
        Some(h) => tmp.run(["read-tree", h])?,
        None => tmp.run(["read-tree", "--empty"])?,
    };
    let mut info = Vec::new();
    for s in &pending.staged {
        info.extend_from_slice(format!("100644 {}\t{}", ids[&s.path], s.path).as_bytes());
        info.push(0);
    }
    tmp.run_with(["update-index", "-z", "--add", "--index-info"], &info, &[])?;
    let tree = String::from_utf8_lossy(&tmp.run(["write-tree"])?)
        .trim()
        .to_string();
    if let Some(h) = head
        && repo.text(["rev-parse", &format!("{h}^{{tree}}")])? == tree
    {
        let _ = std::fs::remove_file(&index);
        return Ok(None);
    }
    let mut args = vec!["commit-tree".to_string(), tree, "-m".into(), message.into()];
    if let Some(h) = head {
        args.extend(["-p".into(), h.to_string()]);
    }
    let commit = String::from_utf8_lossy(&repo.run_with(&args, b"", &author.env())?)
        .trim()
        .to_string();
    move_head(repo, head, &commit)?;
    install_index(repo, &index);
    Ok(Some(commit))
}

/// Point the branch at `new`, only if it still points at `old`.
pub fn move_head(repo: &Repo, old: Option<&str>, new: &str) -> GitResult<()> {
    repo.run([
        "update-ref",
        "-m",
        "wia sync",
        "HEAD",
        new,
        old.unwrap_or(""),
    ])?;
    Ok(())
}

/// Make the repository's index match HEAD and the files (so `git status` is quick and
/// right): built in a temporary index, then renamed over the real one.
pub fn refresh_index(repo: &Repo) -> GitResult<()> {
    let index = temp_index(repo);
    let _ = std::fs::remove_file(&index);
    let real = repo.git_dir().join("index");
    // Keeping the old index's file times saves hashing every file again.
    let _ = std::fs::copy(&real, &index);
    let tmp = repo.with_index(&index);
    if tmp.run(["read-tree", "-m", "HEAD"]).is_err() {
        let _ = std::fs::remove_file(&index);
        tmp.run(["read-tree", "HEAD"])?;
    }
    install_index(repo, &index);
    Ok(())
}

fn install_index(repo: &Repo, index: &Path) {
    let tmp = repo.with_index(index);
    // Exits 1 when some file differs from the index (a log with a torn line): expected.
    let _ = tmp.run(["update-index", "-q", "--refresh"]);
    let _ = std::fs::rename(index, repo.git_dir().join("index"));
}
