//! Work that takes seconds runs beside the screen, not in it: syncing (fetching over a
//! slow network), where the folder stands, and reading every record for the cumulative
//! workload. The screen keeps answering keys and shows each stage as it starts.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::{Receiver, Sender, channel};

use super::msg::{Effect, Msg, Synced};
use super::sharing::Sharing;
use crate::i18n::Lang;
use crate::store::DataDir;
use crate::sync::SyncError;

pub struct SyncWorker {
    tx: Sender<Msg>,
    rx: Receiver<Msg>,
    /// Jobs started and not yet finished.
    running: Arc<AtomicUsize>,
}

impl Default for SyncWorker {
    fn default() -> Self {
        let (tx, rx) = channel();
        SyncWorker {
            tx,
            rx,
            running: Arc::new(AtomicUsize::new(0)),
        }
    }
}

impl SyncWorker {
    /// Start `Effect::Sync` or `Effect::SyncStatus` on a thread of its own.
    pub fn start(&self, effect: Effect, data: &DataDir, lang: Lang) {
        let (tx, data, running) = (self.tx.clone(), data.clone(), self.running.clone());
        running.fetch_add(1, Ordering::SeqCst);
        let spawned = std::thread::Builder::new()
            .name("sync".into())
            .spawn(move || {
                run(effect, &data, lang, &mut |msg| {
                    let _ = tx.send(msg);
                });
                running.fetch_sub(1, Ordering::SeqCst);
            });
        if let Err(e) = spawned {
            self.running.fetch_sub(1, Ordering::SeqCst);
            let _ = self.tx.send(Msg::Synced(Err(e.to_string())));
        }
    }

    /// What the jobs have said since last asked, in order.
    pub fn finished(&self) -> Vec<Msg> {
        self.rx.try_iter().collect()
    }

    pub fn busy(&self) -> bool {
        self.running.load(Ordering::SeqCst) > 0
    }
}

/// Do a sync effect here and now, saying what happens through `send`: the worker's
/// threads run this, and tests step the interface with it.
pub fn run(effect: Effect, data: &DataDir, lang: Lang, send: &mut dyn FnMut(Msg)) {
    match effect {
        Effect::SyncStatus => send(Msg::SyncStatus(sharing(data, lang))),
        Effect::Portfolio => send(Msg::Portfolio(Box::new(portfolio(data, lang)))),
        Effect::Sync => {
            let result = crate::sync::sync_with(data, lang, &mut |stage| {
                send(Msg::SyncStage(stage));
            });
            let result = match result {
                Ok(outcome) => Ok(Box::new(Synced::from_outcome(&outcome, lang))),
                // The notice is one line: what it means for the person's work comes
                // before git's reason, which may be long.
                Err(SyncError::Unreachable { why, .. }) => Err(crate::t!(
                    lang,
                    "home-sync-offline",
                    why = crate::text::inert(crate::sync::words::git_reason(&why)).into_owned()
                )),
                Err(e) => Err(crate::sync::words::failure(&e, &data.root, lang).0),
            };
            send(Msg::Synced(result));
            send(Msg::SyncStatus(sharing(data, lang)));
        }
        _ => {}
    }
}

fn sharing(data: &DataDir, lang: Lang) -> Sharing {
    match crate::sync::status(data, lang) {
        Ok(status) => Sharing::Shared(Box::new(status)),
        Err(SyncError::NotShared(_)) => Sharing::NotShared,
        // Without git a folder that was never shared is simply not shared.
        Err(SyncError::NoGit) if !data.root.join(".git").exists() => Sharing::NotShared,
        Err(SyncError::NoGit) => Sharing::NoGit,
        Err(e) => Sharing::Failed(crate::sync::words::failure(&e, &data.root, lang).0),
    }
}

/// The cumulative workload of the final records, as `wia portfolio` reads it.
pub fn portfolio(data: &DataDir, lang: Lang) -> (crate::portfolio::Portfolio, Vec<String>) {
    let loaded = crate::portfolio::load(data, false, lang);
    let p = crate::portfolio::build(&loaded.policies, &crate::portfolio::Rules::bundled());
    (p, loaded.skipped)
}
