//! Drafts are written on their own thread, so a key is drawn before its draft reaches the
//! disk: a write and sync take about 12 ms on a local disk and far more on a network
//! share, and typing must not wait for them.
//!
//! At most one draft is being written and at most one waits; a newer draft replaces the
//! waiting one, so a burst of keys costs one or two writes, not one a key. The loop hands
//! over a draft as soon as it has one, so a crash loses only the keys typed while the
//! last write was under way.

use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::thread::JoinHandle;

use chrono::Local;

use super::msg::Msg;
use crate::record::Draft;
use crate::store::{DataDir, save_draft};

#[derive(Default)]
struct Slot {
    waiting: Option<(Box<Draft>, bool)>,
    writing: bool,
    closed: bool,
}

struct Shared {
    slot: Mutex<Slot>,
    changed: Condvar,
}

impl Shared {
    fn lock(&self) -> MutexGuard<'_, Slot> {
        // A panic while holding the lock leaves plain data behind; keep going with it.
        self.slot.lock().unwrap_or_else(|e| e.into_inner())
    }
}

pub struct DraftWriter {
    shared: Arc<Shared>,
    results: Receiver<Msg>,
    thread: Option<JoinHandle<()>>,
}

/// What the signal watchdog needs: to wait until a write under way has finished.
#[derive(Clone)]
pub struct WriterIdle(Arc<Shared>);

impl WriterIdle {
    /// Wait until nothing is being written or waiting, at most `limit`.
    pub fn wait(&self, limit: std::time::Duration) {
        let guard = self.0.lock();
        let _ = self
            .0
            .changed
            .wait_timeout_while(guard, limit, |s| s.writing || s.waiting.is_some());
    }
}

impl DraftWriter {
    pub fn start(data: DataDir) -> Self {
        let shared = Arc::new(Shared {
            slot: Mutex::new(Slot::default()),
            changed: Condvar::new(),
        });
        let (tx, results) = channel();
        let worker = shared.clone();
        let thread = std::thread::Builder::new()
            .name("draft-writer".into())
            .spawn(move || work(&worker, &data, &tx))
            .ok();
        DraftWriter {
            shared,
            results,
            thread,
        }
    }

    /// Write this draft as soon as the one being written is done, in place of any that
    /// was waiting. A draft the person asked to save stays asked for when replaced.
    pub fn submit(&self, draft: Box<Draft>, manual: bool) {
        if self.thread.is_none() {
            return;
        }
        let mut slot = self.shared.lock();
        let manual = manual || slot.waiting.as_ref().is_some_and(|w| w.1);
        slot.waiting = Some((draft, manual));
        self.shared.changed.notify_all();
    }

    /// Whether a draft is being written or waiting.
    pub fn busy(&self) -> bool {
        let slot = self.shared.lock();
        slot.writing || slot.waiting.is_some()
    }

    /// Wait until every draft handed over is on disk (or has failed).
    pub fn flush(&self) {
        let guard = self.shared.lock();
        let _guard = self
            .shared
            .changed
            .wait_while(guard, |s| s.writing || s.waiting.is_some());
    }

    /// What the writes finished so far brought back, oldest first.
    pub fn finished(&self) -> Vec<Msg> {
        self.results.try_iter().collect()
    }

    pub fn idle_handle(&self) -> WriterIdle {
        WriterIdle(self.shared.clone())
    }
}

impl Drop for DraftWriter {
    fn drop(&mut self) {
        self.shared.lock().closed = true;
        self.shared.changed.notify_all();
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

fn work(shared: &Shared, data: &DataDir, results: &Sender<Msg>) {
    loop {
        let (draft, manual) = {
            let mut slot = shared.lock();
            loop {
                if let Some(job) = slot.waiting.take() {
                    slot.writing = true;
                    break job;
                }
                if slot.closed {
                    return;
                }
                slot = shared.changed.wait(slot).unwrap_or_else(|e| e.into_inner());
            }
        };
        let msg = write(data, *draft, manual);
        let _ = results.send(msg);
        shared.lock().writing = false;
        shared.changed.notify_all();
    }
}

/// Write a draft now, stamped with the time; what happened, as the interface hears it.
pub fn write(data: &DataDir, mut draft: Draft, manual: bool) -> Msg {
    slow_disk_for_tests();
    let now = Local::now().fixed_offset();
    draft.updated = now;
    // The interface keeps the draft in its own language.
    let result = save_draft(data, &draft, draft.language)
        .map(|_| now.format("%H:%M:%S").to_string())
        .map_err(|e| e.to_string());
    Msg::DraftSaved { manual, result }
}

/// Debug builds only: make every draft write take this long, as on a slow network share,
/// so tests can show that typing never waits for one.
fn slow_disk_for_tests() {
    #[cfg(debug_assertions)]
    if let Some(ms) = std::env::var("WIA_TEST_SLOW_DRAFT_WRITE_MS")
        .ok()
        .and_then(|v| v.parse::<u64>().ok())
    {
        std::thread::sleep(std::time::Duration::from_millis(ms));
    }
}

/// A small draft with a title, for the tests of the writer and of the signal handlers.
#[cfg(test)]
pub(crate) fn test_draft(id: &str, title: &str) -> Box<Draft> {
    let mut answers = serde_yaml::Mapping::new();
    answers.insert("policy_title".into(), title.into());
    let now = Local::now().fixed_offset();
    Box::new(Draft {
        draft_version: 1,
        id: id.into(),
        questionnaire: "wia-policy".into(),
        questionnaire_file: None,
        created: now,
        updated: now,
        assessor: crate::record::AssessorInput {
            name: None,
            organisation: None,
        },
        language: crate::text::Lang::En,
        headcounts: Default::default(),
        answers,
        position: None,
        revises: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    use super::test_draft as draft;

    #[test]
    fn the_last_draft_handed_over_is_the_one_on_disk_and_a_manual_save_is_reported() {
        let dir = tempfile::tempdir().unwrap();
        let data = DataDir::new(dir.path());
        let writer = DraftWriter::start(data.clone());
        writer.submit(draft("20261130-0900-a", "one"), true);
        for n in 0..50 {
            writer.submit(draft("20261130-0900-a", &format!("title {n}")), false);
        }
        writer.flush();
        assert!(!writer.busy());
        let text = std::fs::read_to_string(data.draft_path("20261130-0900-a")).unwrap();
        assert!(text.contains("title 49"), "{text}");
        let done = writer.finished();
        // Coalesced: far fewer writes than drafts handed over, and the manual one told.
        assert!(!done.is_empty() && done.len() < 51, "{}", done.len());
        assert!(done.iter().any(|m| matches!(
            m,
            Msg::DraftSaved {
                manual: true,
                result: Ok(_)
            }
        )));
    }

    #[test]
    fn a_failed_write_comes_back_as_an_error() {
        let dir = tempfile::tempdir().unwrap();
        // The data folder is a file: nothing can be written under it.
        let file = dir.path().join("not-a-folder");
        std::fs::write(&file, "x").unwrap();
        let writer = DraftWriter::start(DataDir::new(&file));
        writer.submit(draft("20261130-0900-a", "one"), false);
        writer.flush();
        let done = writer.finished();
        assert!(matches!(
            done.as_slice(),
            [Msg::DraftSaved { result: Err(_), .. }]
        ));
    }
}
