//! `wia sync`: keep the data folder in step with a shared git repository. The work is in
//! `crate::sync`; this says what happened, in words.

use clap::Subcommand;

use super::output::{err, out};
use crate::error::Result;
use crate::i18n::Lang;
use crate::store::DataDir;
use crate::sync::layout::Held;
use crate::sync::{Outcome, SyncError};
use crate::t;

#[derive(Debug, Subcommand)]
pub enum SyncCommand {
    /// Share this data folder: make it a repository with REMOTE, commit, and push
    Init {
        /// A git remote: a path to a bare repository, ssh://, git@host:path or https://
        #[arg(value_name = "REMOTE")]
        remote: String,
    },
    /// Start a data folder from a shared one (a new or empty folder; choose it with --data-dir)
    Clone {
        /// A git remote: a path to a bare repository, ssh://, git@host:path or https://
        #[arg(value_name = "REMOTE")]
        remote: String,
    },
    /// How far ahead or behind the folder is, when it last synced, and what is waiting to be sent
    Status,
}

pub fn run(
    command: &Option<SyncCommand>,
    data: impl FnOnce() -> Result<DataDir>,
    lang: Lang,
) -> Result<u8> {
    let data = data()?;
    // Absolute, so git run inside the folder (or beside it) finds what was named.
    let data = DataDir::new(std::path::absolute(&data.root).unwrap_or(data.root));
    let result = match command {
        None => crate::sync::sync(&data, lang).map(|o| report(&o, &data, lang)),
        Some(SyncCommand::Init { remote }) => {
            let remote = &check_remote(remote, lang)?;
            crate::sync::init(&data, remote, lang).map(|o| {
                out(&format!(
                    "{}\n",
                    t!(lang, "cli-sync-init-done", remote = remote.as_str())
                ));
                report(&o, &data, lang)
            })
        }
        Some(SyncCommand::Clone { remote }) => {
            let remote = &check_remote(remote, lang)?;
            crate::sync::clone(&data, remote, lang).map(|o| {
                out(&format!(
                    "{}\n",
                    t!(
                        lang,
                        "cli-sync-clone-done",
                        remote = remote.as_str(),
                        dir = data.root.display().to_string()
                    )
                ));
                report(&o, &data, lang)
            })
        }
        Some(SyncCommand::Status) => crate::sync::status(&data, lang).map(|s| {
            let last = s.last_sync.map_or_else(
                || t!(lang, "cli-sync-never"),
                |d| d.format("%Y-%m-%d %H:%M").to_string(),
            );
            out(&format!(
                "{}\n{}\n{}\n{}\n",
                t!(
                    lang,
                    "cli-sync-status-remote",
                    remote = crate::text::inert(&s.remote).into_owned(),
                    branch = s.branch.as_str()
                ),
                t!(lang, "cli-sync-status-last", when = last),
                t!(
                    lang,
                    "cli-sync-status-counts",
                    ahead = s.ahead,
                    behind = s.behind
                ),
                t!(
                    lang,
                    "cli-sync-status-waiting",
                    what = s.waiting.words(lang)
                ),
            ));
            held(&s.held, lang);
            0
        }),
    };
    result.or_else(|e| Ok(failed(e, &data, lang)))
}

/// The remote as git should be given it: a folder named relative to where the command
/// was typed made absolute (git runs inside the data folder). One that begins with `-`
/// would be read by git as an option.
fn check_remote(remote: &str, lang: Lang) -> Result<String> {
    if remote.starts_with('-') || remote.trim().is_empty() {
        return Err(crate::error::Error::Failed(t!(
            lang,
            "cli-sync-bad-remote",
            remote = crate::text::inert(remote).into_owned()
        )));
    }
    let path = std::path::Path::new(remote);
    if path.is_relative()
        && path.exists()
        && let Ok(abs) = std::path::absolute(path)
    {
        return Ok(abs.display().to_string());
    }
    Ok(remote.to_string())
}

fn report(o: &Outcome, data: &DataDir, lang: Lang) -> u8 {
    let _ = data;
    if o.recovered {
        err(&t!(lang, "cli-sync-recovered"));
    }
    out(&format!(
        "{}\n{}\n",
        t!(lang, "cli-sync-arrived", what = o.arrived.words(lang)),
        t!(lang, "cli-sync-sent", what = o.sent.words(lang)),
    ));
    if o.retries > 0 {
        err(&t!(lang, "cli-sync-retried", count = o.retries));
    }
    held(&o.held, lang);
    for f in &o.flagged {
        err(&t!(
            lang,
            "cli-sync-flagged",
            file = f.path.as_str(),
            why = crate::text::inert(&f.words).into_owned()
        ));
    }
    if o.flagged.is_empty() { 0 } else { 1 }
}

fn held(held: &[(String, Held)], lang: Lang) {
    for (path, why) in held.iter().take(20) {
        err(&t!(
            lang,
            "cli-sync-held",
            file = crate::text::inert(path).into_owned(),
            why = crate::sync::words::held(why, lang)
        ));
    }
    if held.len() > 20 {
        err(&t!(
            lang,
            "domain-more-problems-not-shown",
            count = held.len() - 20
        ));
    }
}

fn failed(e: SyncError, data: &DataDir, lang: Lang) -> u8 {
    let (text, code) = crate::sync::words::failure(&e, &data.root, lang);
    err(&text);
    code
}
