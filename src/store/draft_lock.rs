//! One process at a time edits a draft. Beside `drafts/ID.yaml` lies `drafts/ID.lock`,
//! on which the editing process holds an exclusive OS lock for as long as it edits, and
//! `drafts/ID.who`, saying who that is. The OS drops the lock when its process ends, however
//! it ends, so a lock left by a crash is simply taken over: whether a draft is held is
//! decided by `try_lock`, never by guessing from a pid. The names in `ID.who` are only
//! for telling the person who has it.
//!
//! The holder is in a second file because on Windows a locked file cannot be read.

use std::fs::{File, OpenOptions, TryLockError};
use std::path::PathBuf;
use std::sync::Mutex;

use super::{DataDir, read_text, write_atomic};
use crate::error::{Error, Result};
use crate::i18n::Lang;
use crate::t;

/// Who holds a draft, as they wrote it; every field may be missing or a stranger's text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Holder {
    pub user: String,
    pub host: String,
    pub pid: String,
    pub since: String,
}

impl Holder {
    /// One sentence naming the draft and who has it open.
    pub fn describe(&self, id: &str, lang: Lang) -> String {
        let unknown = t!(lang, "draft-held-unknown");
        let or = |s: &str| {
            if s.is_empty() {
                unknown.clone()
            } else {
                s.to_string()
            }
        };
        t!(
            lang,
            "draft-held",
            id = id,
            user = or(&self.user),
            host = or(&self.host),
            pid = or(&self.pid),
            since = or(&self.since)
        )
    }
}

/// The lock files of the drafts this process holds; dropping one releases its lock.
static HELD: Mutex<Vec<(PathBuf, File)>> = Mutex::new(Vec::new());

fn held() -> std::sync::MutexGuard<'static, Vec<(PathBuf, File)>> {
    // A panic elsewhere while holding the list leaves it usable: it is only a list.
    HELD.lock().unwrap_or_else(|e| e.into_inner())
}

pub(crate) fn lock_path(data: &DataDir, id: &str) -> PathBuf {
    data.drafts().join(format!("{id}.lock"))
}

pub(crate) fn who_path(data: &DataDir, id: &str) -> PathBuf {
    data.drafts().join(format!("{id}.who"))
}

/// Hold draft `id` for this process, for as long as it runs or until released. `Ok(None)`
/// when this process holds it now (or already did); `Ok(Some(holder))` when another one
/// does, and this one must not write it. An `anonymous` response's holder names no user
/// and no machine: the note lies in the shared data folder.
pub fn hold_draft(data: &DataDir, id: &str, anonymous: bool, lang: Lang) -> Result<Option<Holder>> {
    let path = lock_path(data, id);
    let mut list = held();
    if list.iter().any(|(p, _)| *p == path) {
        return Ok(None);
    }
    let Some(file) = try_lock(data, id, lang)? else {
        return Ok(Some(read_holder(data, id, lang)));
    };
    write_atomic(&who_path(data, id), me(anonymous, lang).as_bytes(), lang)?;
    list.push((path, file));
    Ok(None)
}

/// What a write to draft `id` must hold while it writes: nothing more when this process
/// holds the draft already; otherwise its lock, for the length of the write only, so a
/// one-off save never keeps the draft from the person who opens it next.
pub(crate) fn lock_for_write(
    data: &DataDir,
    id: &str,
    lang: Lang,
) -> Result<std::result::Result<Option<File>, Holder>> {
    if held().iter().any(|(p, _)| *p == lock_path(data, id)) {
        return Ok(Ok(None));
    }
    Ok(match try_lock(data, id, lang)? {
        Some(file) => Ok(Some(file)),
        None => Err(read_holder(data, id, lang)),
    })
}

/// The lock file of draft `id`, locked; `None` when another process has it locked.
fn try_lock(data: &DataDir, id: &str, lang: Lang) -> Result<Option<File>> {
    if !crate::record::valid_id(id) {
        return Err(Error::Failed(t!(lang, "domain-draft-not-an-id", id = id)));
    }
    let path = lock_path(data, id);
    let write_err = |source| Error::Write {
        path: path.clone(),
        source,
        lang,
    };
    std::fs::create_dir_all(data.drafts()).map_err(write_err)?;
    // Never truncated, and removed only with its draft: a second process that opened the
    // old file would lock a different one from the next.
    let file = OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .open(&path)
        .map_err(write_err)?;
    match file.try_lock() {
        Ok(()) => Ok(Some(file)),
        Err(TryLockError::WouldBlock) => Ok(None),
        Err(TryLockError::Error(e)) => Err(write_err(e)),
    }
}

/// Let another process have draft `id`; a draft not held is no error.
pub fn release_draft(data: &DataDir, id: &str) {
    let path = lock_path(data, id);
    held().retain(|(p, _)| *p != path);
}

/// Release every draft this process holds: it now edits none, or another one.
pub fn release_all_drafts() {
    held().clear();
}

/// Who holds draft `id` by their own account, or blanks when it cannot be read.
pub fn read_holder(data: &DataDir, id: &str, lang: Lang) -> Holder {
    let Ok(text) = read_text(&who_path(data, id), 4096, lang) else {
        return Holder::default();
    };
    let mut h = Holder::default();
    for line in text.lines() {
        let Some((key, value)) = line.split_once(':') else {
            continue;
        };
        // A stranger's file: no control characters reach the screen, and nothing long.
        let value: String = value
            .trim()
            .chars()
            .filter(|c| !c.is_control())
            .take(80)
            .collect();
        match key.trim() {
            "user" => h.user = value,
            "host" => h.host = value,
            "pid" => h.pid = value,
            "since" => h.since = value,
            _ => {}
        }
    }
    h
}

/// The lock files of a draft, once the draft itself is gone. Removed while still held,
/// so nobody can take the draft between the two.
pub(crate) fn remove_lock_files(data: &DataDir, id: &str) {
    let _ = std::fs::remove_file(who_path(data, id));
    let path = lock_path(data, id);
    let _ = std::fs::remove_file(&path);
    held().retain(|(p, _)| *p != path);
}

fn me(anonymous: bool, lang: Lang) -> String {
    let user = ["USER", "USERNAME", "LOGNAME"]
        .iter()
        .find_map(|v| std::env::var(v).ok().filter(|s| !s.trim().is_empty()))
        .filter(|_| !anonymous)
        .unwrap_or_default();
    let host = if anonymous {
        String::new()
    } else {
        host_name(lang)
    };
    let since = chrono::Local::now().format("%Y-%m-%d %H:%M").to_string();
    format!(
        "user: {}\nhost: {}\npid: {}\nsince: {since}\n",
        one_line(&user),
        one_line(&host),
        std::process::id()
    )
}

fn one_line(s: &str) -> String {
    s.chars().filter(|c| !c.is_control()).collect()
}

/// This machine's name, as well as it can be found without a new dependency.
pub(crate) fn host_name(lang: Lang) -> String {
    // Only the Unix files below can fail with words to say.
    #[cfg(not(unix))]
    let _ = lang;
    let from_env = ["HOSTNAME", "COMPUTERNAME"]
        .iter()
        .find_map(|v| std::env::var(v).ok().filter(|s| !s.trim().is_empty()));
    if let Some(h) = from_env {
        return h.trim().to_string();
    }
    #[cfg(unix)]
    for file in ["/etc/hostname", "/proc/sys/kernel/hostname"] {
        if let Ok(text) = read_text(std::path::Path::new(file), 256, lang)
            && !text.trim().is_empty()
        {
            return text.trim().to_string();
        }
    }
    String::new()
}
