//! Review mode's list is read beside the screen, as a sync is (`sync_worker.rs`): on a
//! folder the cache has not seen, 10,000 records take seconds, and the table shows the
//! rows as they are read while keys still answer. One reading at a time: a new one (the
//! list read again) or leaving review mode tells the old one to stop, and whatever it
//! still sends is dropped here, so `update` never sees two readings mixed.

use std::ops::ControlFlow;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc::{Receiver, Sender, channel};

use super::msg::{Msg, ReviewMsg};
use crate::i18n::Lang;
use crate::store::DataDir;

pub struct ReviewLoader {
    tx: Sender<(usize, ReviewMsg)>,
    rx: Receiver<(usize, ReviewMsg)>,
    /// The number of the reading whose messages are wanted.
    job: usize,
    /// Set to stop the wanted reading.
    stop: Arc<AtomicBool>,
    running: Arc<AtomicUsize>,
}

impl Default for ReviewLoader {
    fn default() -> Self {
        let (tx, rx) = channel();
        ReviewLoader {
            tx,
            rx,
            job: 0,
            stop: Arc::new(AtomicBool::new(false)),
            running: Arc::new(AtomicUsize::new(0)),
        }
    }
}

impl ReviewLoader {
    /// Read the list on a thread of its own, through `cache` (see
    /// `review::default_cache_path`), stopping any reading still under way.
    pub fn start(&mut self, data: &DataDir, cache: Option<PathBuf>, lang: Lang) {
        self.stop();
        self.job += 1;
        self.stop = Arc::new(AtomicBool::new(false));
        let (tx, job, stop) = (self.tx.clone(), self.job, self.stop.clone());
        let (owned, running) = (data.clone(), self.running.clone());
        running.fetch_add(1, Ordering::SeqCst);
        let spawned = std::thread::Builder::new()
            .name("review-list".into())
            .spawn(move || {
                read(&owned, cache.as_deref(), lang, &stop, &mut |msg| {
                    let _ = tx.send((job, msg));
                });
                running.fetch_sub(1, Ordering::SeqCst);
            });
        if spawned.is_err() {
            // No thread to be had: read here, as before, rather than show no list.
            self.running.fetch_sub(1, Ordering::SeqCst);
            let (tx, job) = (self.tx.clone(), self.job);
            let cache = crate::review::default_cache_path(data);
            read(
                data,
                cache.as_deref(),
                lang,
                &AtomicBool::new(false),
                &mut |msg| {
                    let _ = tx.send((job, msg));
                },
            );
        }
    }

    /// Tell the reading under way to stop; what it still sends is dropped.
    pub fn stop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
    }

    /// What the wanted reading has said since last asked, in order. Batches that came
    /// one after another are one: each puts every row read so far in the table's sort
    /// and filters, and the screen is drawn once for all of them anyway (a cold folder of
    /// 10,000 records sends over 300). The first, which says a reading has begun, is
    /// left as it is.
    pub fn finished(&self) -> Vec<Msg> {
        let wanted = !self.stop.load(Ordering::SeqCst);
        let mut out: Vec<Msg> = Vec::new();
        for (_, msg) in self
            .rx
            .try_iter()
            .filter(|(job, _)| wanted && *job == self.job)
        {
            match (out.last_mut(), msg) {
                (
                    Some(Msg::Review(ReviewMsg::Reading { done, total, batch })),
                    ReviewMsg::Reading {
                        done: now,
                        total: of,
                        batch: more,
                    },
                ) if *done > 0 => {
                    (*done, *total) = (now, of);
                    batch.extend(more);
                }
                (_, msg) => out.push(Msg::Review(msg)),
            }
        }
        out
    }

    pub fn busy(&self) -> bool {
        self.running.load(Ordering::SeqCst) > 0
    }
}

/// Read the list through its cache, saying each batch and then the whole list through
/// `send`, until `stop` is set.
fn read(
    data: &DataDir,
    cache: Option<&Path>,
    lang: Lang,
    stop: &AtomicBool,
    send: &mut dyn FnMut(ReviewMsg),
) {
    let trusted = crate::sign::load_trusted(lang);
    let list = crate::review::load_index_with(
        data,
        cache,
        &trusted,
        crate::review::Words::Keep,
        lang,
        &mut |p| {
            if stop.load(Ordering::SeqCst) {
                return ControlFlow::Break(());
            }
            send(ReviewMsg::Reading {
                done: p.done,
                total: p.total,
                batch: p.entries().cloned().collect(),
            });
            ControlFlow::Continue(())
        },
    );
    if let Some(list) = list {
        send(ReviewMsg::Loaded(list));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FIXTURES: &str = "tests/fixtures/review";

    /// Wait for the loader's messages until the whole list comes (or the thread ends).
    fn until_loaded(l: &ReviewLoader) -> Vec<Msg> {
        let mut got = Vec::new();
        loop {
            let idle = !l.busy();
            got.extend(l.finished());
            if idle
                || got
                    .iter()
                    .any(|m| matches!(m, Msg::Review(ReviewMsg::Loaded(_))))
            {
                got.extend(l.finished());
                return got;
            }
            std::thread::sleep(std::time::Duration::from_millis(5));
        }
    }

    #[test]
    fn the_list_comes_in_batches_then_whole() {
        let mut l = ReviewLoader::default();
        l.start(&DataDir::new(FIXTURES), None, Lang::En);
        let got = until_loaded(&l);
        let Some(Msg::Review(ReviewMsg::Loaded(list))) = got.last() else {
            panic!("{got:?}")
        };
        let whole = crate::review::load_index(&DataDir::new(FIXTURES), Lang::En);
        assert_eq!(list, &whole);
        let Some(Msg::Review(ReviewMsg::Reading { done: 0, total, .. })) = got.first() else {
            panic!("{got:?}")
        };
        assert_eq!(*total, whole.len());
    }

    #[test]
    fn batches_waiting_together_come_as_one_after_the_first() {
        let l = ReviewLoader::default();
        let whole = crate::review::load_index(&DataDir::new(FIXTURES), Lang::En);
        assert!(whole.len() >= 3);
        let reading = |done: usize, batch: &[crate::review::Entry]| ReviewMsg::Reading {
            done,
            total: whole.len(),
            batch: batch.to_vec(),
        };
        for msg in [
            reading(0, &[]),
            reading(1, &whole[..1]),
            reading(2, &whole[1..2]),
            reading(3, &whole[2..3]),
            ReviewMsg::Loaded(whole.clone()),
            reading(0, &[]),
            reading(1, &whole[..1]),
        ] {
            l.tx.send((l.job, msg)).unwrap();
        }
        let got = l.finished();
        let shape: Vec<(usize, usize)> = got
            .iter()
            .map(|m| match m {
                Msg::Review(ReviewMsg::Reading { done, batch, .. }) => (*done, batch.len()),
                Msg::Review(ReviewMsg::Loaded(list)) => (usize::MAX, list.len()),
                _ => panic!("{m:?}"),
            })
            .collect();
        assert_eq!(
            shape,
            [(0, 0), (3, 3), (usize::MAX, whole.len()), (0, 0), (1, 1)]
        );
        let Msg::Review(ReviewMsg::Reading { batch, .. }) = &got[1] else {
            unreachable!()
        };
        assert_eq!(batch.as_slice(), &whole[..3], "in the order read");
    }

    #[test]
    fn a_reading_begun_again_drops_what_the_old_one_says() {
        let mut l = ReviewLoader::default();
        l.start(&DataDir::new(FIXTURES), None, Lang::En);
        let first = l.job;
        l.start(&DataDir::new(FIXTURES), None, Lang::En);
        let got = until_loaded(&l);
        while l.busy() {
            std::thread::sleep(std::time::Duration::from_millis(5));
        }
        // Whatever the first sent, only one list and one start of a count come through.
        let mut all = got;
        all.extend(l.finished());
        let loaded = all
            .iter()
            .filter(|m| matches!(m, Msg::Review(ReviewMsg::Loaded(_))))
            .count();
        let begun = all
            .iter()
            .filter(|m| matches!(m, Msg::Review(ReviewMsg::Reading { done: 0, .. })))
            .count();
        assert_eq!((loaded, begun), (1, 1), "{all:?}");
        assert_ne!(first, l.job);
    }

    #[test]
    fn a_stopped_reading_says_nothing_more() {
        let mut l = ReviewLoader::default();
        l.start(&DataDir::new(FIXTURES), None, Lang::En);
        l.stop();
        while l.busy() {
            std::thread::sleep(std::time::Duration::from_millis(5));
        }
        assert!(l.finished().is_empty());
    }
}
