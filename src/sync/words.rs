//! What a sync did or why it could not, in words: the command line prints these and the
//! home screen shows them, so both say the same thing.

use super::integrate::Stop;
use super::layout::Held;
use super::{SyncError, Tally};
use crate::i18n::Lang;
use crate::t;
use std::path::Path;

/// Why a sync failed, and the exit code the command line gives for it (2: cannot sync
/// here at all; 1: this sync did not go through).
pub fn failure(e: &SyncError, dir: &Path, lang: Lang) -> (String, u8) {
    let dir = dir.display().to_string();
    let inert = |s: &str| crate::text::inert(s).into_owned();
    match e {
        SyncError::NoGit => (t!(lang, "cli-sync-no-git"), 2),
        SyncError::NotShared(_) => (t!(lang, "cli-sync-not-shared", dir = dir), 2),
        SyncError::OtherRemote(r) => (t!(lang, "cli-sync-other-remote", remote = inert(r)), 2),
        SyncError::RemoteInUse(r) => (t!(lang, "cli-sync-remote-in-use", remote = inert(r)), 1),
        SyncError::NotEmpty(_) => (t!(lang, "cli-sync-not-empty", dir = dir), 2),
        SyncError::Unreachable { remote, why } => (
            t!(
                lang,
                "cli-sync-unreachable",
                remote = inert(remote),
                why = inert(git_reason(why))
            ),
            1,
        ),
        SyncError::Stopped(s) => {
            let what = match s.why {
                Stop::Edited { line: Some(line) } => {
                    t!(lang, "cli-sync-stop-edited-line", line = line)
                }
                Stop::Edited { line: None } => t!(lang, "cli-sync-stop-edited"),
                Stop::Rewritten { line } => t!(lang, "cli-sync-stop-rewritten", line = line),
                Stop::OwnLog => t!(lang, "cli-sync-stop-own-log"),
                Stop::Deleted => t!(lang, "cli-sync-stop-deleted"),
                Stop::BothAdded => t!(lang, "cli-sync-stop-both-added"),
                Stop::LocalDiffers => t!(lang, "cli-sync-stop-local"),
                Stop::NotAFile => t!(lang, "cli-sync-stop-not-a-file"),
                Stop::GitSettings => t!(lang, "cli-sync-stop-git-settings"),
            };
            (
                t!(lang, "cli-sync-stopped", file = inert(&s.path), what = what),
                1,
            )
        }
        SyncError::KeptLosing => (t!(lang, "cli-sync-kept-losing"), 1),
        SyncError::Git(why) => (t!(lang, "cli-sync-git-failed", why = inert(why)), 2),
        SyncError::Write(e) => (e.to_string(), e.exit_code()),
    }
}

/// The line of git's complaint that says what went wrong ("fatal: …"), else its last.
pub fn git_reason(why: &str) -> &str {
    why.lines()
        .find(|l| l.starts_with("fatal:") || l.starts_with("error:"))
        .or_else(|| why.lines().last())
        .unwrap_or("")
        .trim()
}

/// Why a file here was not sent.
pub fn held(why: &Held, lang: Lang) -> String {
    match why {
        Held::NotWias => t!(lang, "cli-sync-held-not-wias"),
        Held::Unreadable(r) => t!(
            lang,
            "cli-sync-held-unreadable",
            why = crate::document::excerpt(r).into_owned()
        ),
        Held::SummaryWithoutRecord => t!(lang, "cli-sync-held-summary"),
        Held::ChangedAfterSharing => t!(lang, "cli-sync-held-changed"),
        Held::Deleted => t!(lang, "cli-sync-held-deleted"),
    }
}

/// "Arrived: 2 new assessments. Sent: nothing." on one line, for the home screen.
pub fn moved(arrived: &Tally, sent: &Tally, lang: Lang) -> String {
    format!(
        "{} {}",
        t!(lang, "cli-sync-arrived", what = arrived.words(lang)),
        t!(lang, "cli-sync-sent", what = sent.words(lang))
    )
}
