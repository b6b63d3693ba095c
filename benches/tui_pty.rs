//! The running program in a pseudo-terminal, with its data folder on disk: how long from a
//! key press to the next frame (target: median under 2 ms, 99th percentile under 10 ms),
//! and how long a 1 MB bracketed paste takes to be accepted and drawn (under 1 s).
//!
//! A key is timed from writing it to the terminal until the first byte of the frame that
//! answers it; ratatui writes a frame in one go, so the first byte is the frame. Keys go
//! 10 ms apart, faster than anyone types, so draft writes (about 12 ms each here) are
//! under way while keys arrive: the case where typing used to wait for the disk.
//!
//! The percentiles are printed after criterion's own figures, from 1,000 keys.

use std::io::{Read, Write};
use std::num::NonZeroU16;
use std::sync::{Arc, Condvar, Mutex};
use std::thread;
use std::time::{Duration, Instant};

use criterion::{Criterion, SamplingMode, criterion_group, criterion_main};
use portable_pty::{Child, CommandBuilder, MasterPty, PtySize, native_pty_system};

const COLS: u16 = 80;
const ROWS: u16 = 24;

#[path = "../tests/common/vt_replies.rs"]
mod vt_replies;
use vt_replies::Replies;

struct Seen {
    parser: vt100::Parser<Replies>,
    /// How many reads brought output, and when the last one did.
    chunks: u64,
    last: Instant,
}

/// `wia assess` in a pseudo-terminal, read on its own thread.
struct App {
    seen: Arc<(Mutex<Seen>, Condvar)>,
    writer: Arc<Mutex<Box<dyn Write + Send>>>,
    child: Box<dyn Child + Send + Sync>,
    _master: Box<dyn MasterPty + Send>,
    _folders: (tempfile::TempDir, tempfile::TempDir),
}

impl App {
    fn start() -> App {
        // Under target/, on the machine's disk, not a RAM disk: the write is what is at stake.
        let base = std::path::Path::new(env!("CARGO_TARGET_TMPDIR"));
        let data = tempfile::tempdir_in(base).expect("data folder");
        let config = tempfile::tempdir_in(base).expect("config folder");
        let pair = native_pty_system()
            .openpty(PtySize {
                rows: ROWS,
                cols: COLS,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("a pty");
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_wia"));
        cmd.arg("assess");
        for var in ["COLUMNS", "LINES", "NO_COLOR"] {
            cmd.env_remove(var);
        }
        cmd.env("TERM", "xterm-256color");
        cmd.env("WIA_DATA_DIR", data.path());
        cmd.env("WIA_CONFIG_DIR", config.path());
        cmd.env("WIA_LANG", "en");
        let mut reader = pair.master.try_clone_reader().expect("pty reader");
        let writer: Arc<Mutex<Box<dyn Write + Send>>> =
            Arc::new(Mutex::new(pair.master.take_writer().expect("pty writer")));
        let seen = Arc::new((
            Mutex::new(Seen {
                parser: vt100::Parser::new_with_callbacks(
                    NonZeroU16::new(ROWS).expect("rows"),
                    NonZeroU16::new(COLS).expect("columns"),
                    0,
                    Replies::default(),
                ),
                chunks: 0,
                last: Instant::now(),
            }),
            Condvar::new(),
        ));
        let (s, w) = (seen.clone(), writer.clone());
        thread::spawn(move || {
            let mut buf = [0u8; 65536];
            loop {
                let n = match reader.read(&mut buf) {
                    Ok(0) | Err(_) => break,
                    Ok(n) => n,
                };
                let now = Instant::now();
                let answer = {
                    let mut seen = s.0.lock().expect("lock");
                    seen.parser.process(&buf[..n]);
                    seen.chunks += 1;
                    seen.last = now;
                    std::mem::take(&mut seen.parser.callbacks_mut().pending)
                };
                s.1.notify_all();
                if !answer.is_empty() {
                    let mut w = w.lock().expect("lock");
                    let _ = w.write_all(&answer).and_then(|()| w.flush());
                }
            }
        });
        let child = pair.slave.spawn_command(cmd).expect("start wia assess");
        drop(pair.slave);
        let app = App {
            seen,
            writer,
            child,
            _master: pair.master,
            _folders: (data, config),
        };
        app.wait_for("who is assessing");
        app.send(b"Sian\tWG\r");
        app.wait_for("What is the policy called?");
        app
    }

    fn send(&self, bytes: &[u8]) {
        let mut w = self.writer.lock().expect("lock");
        w.write_all(bytes).expect("write to the pty");
        w.flush().expect("flush the pty");
    }

    fn wait_for(&self, needle: &str) {
        let (lock, cv) = &*self.seen;
        let guard = lock.lock().expect("lock");
        let (guard, timeout) = cv
            .wait_timeout_while(guard, Duration::from_secs(30), |s| {
                !s.parser.screen().contents().contains(needle)
            })
            .expect("lock");
        assert!(
            !timeout.timed_out(),
            "no `{needle}` on screen:\n{}",
            guard.parser.screen().contents()
        );
    }

    /// Send a key and return how long until the first output after it.
    fn key_to_frame(&self, key: &[u8]) -> Duration {
        let (lock, cv) = &*self.seen;
        let before = lock.lock().expect("lock").chunks;
        let sent = Instant::now();
        self.send(key);
        let guard = lock.lock().expect("lock");
        let (guard, timeout) = cv
            .wait_timeout_while(guard, Duration::from_secs(10), |s| s.chunks == before)
            .expect("lock");
        assert!(!timeout.timed_out(), "no frame after a key");
        guard.last.saturating_duration_since(sent)
    }

    /// Wait until output has been quiet for `quiet`, so the next key starts clean.
    fn settle(&self, quiet: Duration) {
        loop {
            let last = self.seen.0.lock().expect("lock").last;
            let since = last.elapsed();
            if since >= quiet {
                return;
            }
            thread::sleep(quiet - since);
        }
    }
}

impl Drop for App {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A letter, then Backspace, over and over: the title stays short, every key changes the
/// answer and asks for a draft save.
fn keys(n: usize) -> impl Iterator<Item = &'static [u8]> {
    (0..n).map(|i| if i % 2 == 0 { &b"x"[..] } else { &b"\x7f"[..] })
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i]
}

fn key_press(c: &mut Criterion) {
    let app = App::start();
    let mut g = c.benchmark_group("pty, data folder on disk");
    g.sample_size(50)
        .sampling_mode(SamplingMode::Flat)
        .measurement_time(Duration::from_secs(10));
    let mut keys_iter = keys(usize::MAX);
    g.bench_function("key press to next frame (80x24, keys 10 ms apart)", |b| {
        b.iter_custom(|iters| {
            (0..iters)
                .map(|_| {
                    let d = app.key_to_frame(keys_iter.next().expect("endless"));
                    thread::sleep(Duration::from_millis(10));
                    d
                })
                .sum()
        })
    });
    g.finish();
    app.settle(Duration::from_millis(100));
    let mut all: Vec<Duration> = keys(1_000)
        .map(|k| {
            let d = app.key_to_frame(k);
            thread::sleep(Duration::from_millis(10));
            d
        })
        .collect();
    all.sort();
    eprintln!(
        "key press to next frame, 1,000 keys 10 ms apart: median {:?}, 99th percentile {:?}, max {:?}",
        percentile(&all, 0.5),
        percentile(&all, 0.99),
        all[all.len() - 1]
    );
}

fn paste(c: &mut Criterion) {
    let mut g = c.benchmark_group("pty, data folder on disk");
    g.sample_size(10)
        .sampling_mode(SamplingMode::Flat)
        .measurement_time(Duration::from_secs(20));
    // A megabyte of prose, pasted into the policy summary (long text).
    let text: String = "Adolygu'r cynllun datblygu unigol bob tymor, gyda ffurflen ddata newydd. "
        .repeat(1 << 20)
        .chars()
        .take(1 << 20)
        .collect();
    let mut bytes = b"\x1b[200~".to_vec();
    bytes.extend_from_slice(text.as_bytes());
    bytes.extend_from_slice(b"\x1b[201~");
    g.bench_function("1 MB bracketed paste, accepted and drawn", |b| {
        b.iter_custom(|iters| {
            (0..iters)
                .map(|_| {
                    let app = App::start();
                    app.send(b"\t\t");
                    app.wait_for("Summarise the policy.");
                    app.settle(Duration::from_millis(50));
                    let started = Instant::now();
                    app.send(&bytes);
                    app.wait_for("the rest was left out");
                    started.elapsed()
                })
                .sum()
        })
    });
    g.finish();
}

/// A megabyte sent as plain keys, not as a paste (a terminal without bracketed paste, or a
/// program typing): printed once, as the time until the last key is drawn and until a
/// Ctrl-C after it has ended the program.
fn typed_flood(_c: &mut Criterion) {
    let mut app = App::start();
    let text: Vec<u8> = b"abc def ".repeat(1 << 17);
    let writer = app.writer.clone();
    let started = Instant::now();
    let sender = thread::spawn(move || {
        let mut w = writer.lock().expect("lock");
        for chunk in text.chunks(4096) {
            w.write_all(chunk).expect("write to the pty");
        }
        // Tab after the last letter: its screen shows once every letter has been taken.
        w.write_all(b"\t").expect("write to the pty");
        w.flush().expect("flush");
    });
    app.wait_for("Which division or branch");
    sender.join().expect("sender");
    let drawn = started.elapsed();
    let quit = Instant::now();
    app.send(b"\x03");
    let exited = loop {
        if let Ok(Some(_)) = app.child.try_wait() {
            break quit.elapsed();
        }
        assert!(
            quit.elapsed() < Duration::from_secs(120),
            "no exit after Ctrl-C"
        );
        thread::sleep(Duration::from_millis(1));
    };
    eprintln!(
        "1 MB typed as keys: sent and drawn in {drawn:?}; Ctrl-C after it ended the program in {exited:?}"
    );
}

criterion_group!(benches, key_press, paste, typed_flood);
criterion_main!(benches);
