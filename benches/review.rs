//! Review mode at scale. Target: with 10,000 records in the data directory, `wia list
//! --format json` and the first frame of `wia review` each under 1 s and 100 MB.
//!
//! The records are generated into a temporary folder from the worked example
//! (`examples/aln-idp-review.answers.yaml`, about 24 KB a record), with varied titles,
//! assessors and task minutes so ratings differ; one in ten is a draft. Set
//! `WIA_BENCH_RECORDS=DIR` to keep them in DIR (and reuse them there), so the release
//! binary can be timed against the same folder with `/usr/bin/time -v`.
//!
//! Every record and its summary are signed, in-process with a key made for the run (as
//! `wia new` does with a key set up), and the list is read trusting that key, through the
//! function `wia list` uses: the signatures' cryptography comes from the cache too.

use std::hint::black_box;
use std::io::{Read, Write};
use std::path::Path;
use std::sync::mpsc;
use std::time::{Duration, Instant};

use portable_pty::{CommandBuilder, PtySize, native_pty_system};

use criterion::{Criterion, criterion_group, criterion_main};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use wia::review::load_index;
use wia::store::DataDir;

const RECORDS: usize = 10_000;

#[path = "common/records.rs"]
mod records;
use records::generate;

fn peak_rss_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// Start `wia review` in a 120 x 40 pseudo-terminal and return how long it took until the
/// emulated screen showed the table of all the records. The program is killed afterwards.
fn first_frame(data: &Path, cache: &Path, expect: &str) -> Duration {
    let pair = native_pty_system()
        .openpty(PtySize {
            rows: 40,
            cols: 120,
            pixel_width: 0,
            pixel_height: 0,
        })
        .unwrap();
    let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_wia"));
    cmd.arg("review");
    for var in ["COLUMNS", "LINES", "NO_COLOR"] {
        cmd.env_remove(var);
    }
    cmd.env("TERM", "xterm-256color");
    cmd.env("WIA_DATA_DIR", data);
    cmd.env("WIA_CACHE_DIR", cache);
    cmd.env("WIA_CONFIG_DIR", cache.join("config"));
    cmd.env("WIA_LANG", "en");
    let mut reader = pair.master.try_clone_reader().unwrap();
    let mut writer = pair.master.take_writer().unwrap();
    let (seen, shown) = mpsc::channel::<Instant>();
    let expect = expect.to_string();
    let watcher = std::thread::spawn(move || {
        let size = |n: u16| std::num::NonZeroU16::new(n).unwrap();
        let mut parser = vt100::Parser::new(size(40), size(120), 0);
        let mut buf = [0u8; 8192];
        let mut told = false;
        while let Ok(n) = reader.read(&mut buf) {
            if n == 0 {
                break;
            }
            let chunk = &buf[..n];
            // Answer the queries a terminal library may wait on.
            for (query, answer) in [
                (&b"\x1b[6n"[..], &b"\x1b[1;1R"[..]),
                (b"\x1b[5n", b"\x1b[0n"),
                (b"\x1b[c", b"\x1b[?1;2c"),
            ] {
                if chunk.windows(query.len()).any(|w| w == query) {
                    let _ = writer.write_all(answer).and_then(|()| writer.flush());
                }
            }
            parser.process(chunk);
            if !told && parser.screen().contents().contains(&expect) {
                told = true;
                let _ = seen.send(Instant::now());
            }
        }
    });
    let start = Instant::now();
    let mut child = pair.slave.spawn_command(cmd).unwrap();
    drop(pair.slave);
    let at = shown.recv_timeout(Duration::from_secs(60));
    if let Some(pid) = child.process_id() {
        let _ = std::process::Command::new("kill")
            .args(["-s", "KILL", &pid.to_string()])
            .status();
    }
    let _ = child.wait();
    drop(pair.master);
    let _ = watcher.join();
    at.expect("the table within 60 s") - start
}

fn bench(c: &mut Criterion) {
    let kept = std::env::var_os("WIA_BENCH_RECORDS").map(std::path::PathBuf::from);
    let temp = tempfile::tempdir().unwrap();
    let root: &Path = kept.as_deref().unwrap_or(temp.path());
    let data = DataDir::new(root);
    let started = std::time::Instant::now();
    // A kept folder keeps its key too, so its signatures stay trusted run after run.
    let key_file = root.join("bench_ed25519");
    let key = std::fs::read_to_string(&key_file)
        .ok()
        .and_then(|t| ssh_key::PrivateKey::from_openssh(t.trim()).ok())
        .unwrap_or_else(|| {
            let k = ssh_key::PrivateKey::random(
                &mut ssh_key::rand_core::OsRng,
                ssh_key::Algorithm::Ed25519,
            )
            .unwrap();
            let text = k.to_openssh(ssh_key::LineEnding::LF).unwrap();
            std::fs::write(&key_file, text.as_bytes()).unwrap();
            k
        });
    let trusted = wia::sign::AllowedSigners::parse(
        &wia::sign::allowed_line("officer@gov.wales", key.public_key(), &["wia-record"]),
        "bench",
        wia::i18n::Lang::En,
    );
    assert_eq!(trusted.signers.len(), 1);
    generate(&data, RECORDS, &key);
    eprintln!(
        "records ready in {:.1} s; peak memory so far {} KiB",
        started.elapsed().as_secs_f64(),
        peak_rss_kib().unwrap_or(0)
    );

    let cache_dir = tempfile::tempdir().unwrap();
    let cache = wia::review::default_cache_path(&data)
        .map(|p| cache_dir.path().join(p.file_name().unwrap_or_default()));
    let shown = format!("Saved assessments: {RECORDS} of {RECORDS}");
    // With no cache: every record read, parsed and digested.
    let cold = Instant::now();
    let first =
        wia::review::load_index_trusting(&data, cache.as_deref(), &trusted, wia::i18n::Lang::En);
    let trusted_count = first
        .iter()
        .filter(|e| {
            e.signature
                .as_ref()
                .is_some_and(|s| s.verdict() == wia::review::Verdict::Trusted)
        })
        .count();
    assert_eq!(trusted_count, RECORDS, "every record signed and trusted");
    drop(first);
    eprintln!(
        "first list, no cache: {:.2} s",
        cold.elapsed().as_secs_f64()
    );

    let mut g = c.benchmark_group("review 10,000 records");
    g.sample_size(10);
    g.bench_function(
        "load the list with its cache (read and hash every record, look at its signature files, apply trust)",
        |b| {
            b.iter(|| {
                black_box(wia::review::load_index_trusting(
                    &data,
                    cache.as_deref(),
                    &trusted,
                    wia::i18n::Lang::En,
                ))
            })
        },
    );
    g.bench_function(
        "wia list --format json: load with its cache, then JSON",
        |b| {
            b.iter(|| {
                let entries = wia::review::load_index_trusting(
                    &data,
                    cache.as_deref(),
                    &trusted,
                    wia::i18n::Lang::En,
                );
                let chains = wia::review::Chains::of(&entries);
                black_box(wia::cli::list_json_with_chains(&entries, &chains))
            })
        },
    );
    let entries = load_index(&data, wia::i18n::Lang::En);
    g.bench_function("list as JSON", |b| {
        b.iter(|| black_box(wia::cli::list_json(&entries)))
    });
    g.bench_function("first frame: load, then draw the table at 120x40", |b| {
        b.iter(|| {
            let mut m = wia::tui::Model::new(
                wia::tui::runtime::source(None, "wia-policy", wia::i18n::Lang::En).unwrap(),
                Default::default(),
                Vec::new(),
                root.display().to_string(),
                wia::i18n::Lang::En,
            );
            wia::tui::runtime::loaded_now(&mut m, &data, cache.as_deref());
            let mut t = Terminal::new(TestBackend::new(120, 40)).unwrap();
            t.draw(|f| wia::tui::view(&m, f)).unwrap();
            black_box(t.backend().buffer().area.width)
        })
    });
    g.bench_function("wia review: process start to the table (120x40 pty)", |b| {
        b.iter_custom(|iters| {
            (0..iters)
                .map(|_| first_frame(root, cache_dir.path(), &shown))
                .sum()
        })
    });
    g.finish();
    // Without the cache, once: reading, parsing and digesting every record.
    g = c.benchmark_group("review 10,000 records, no cache");
    g.sample_size(10)
        .sampling_mode(criterion::SamplingMode::Flat)
        .warm_up_time(Duration::from_secs(1));
    g.bench_function("load the list (read, parse, digest every record)", |b| {
        b.iter(|| black_box(load_index(&data, wia::i18n::Lang::En)))
    });
    g.finish();
    eprintln!(
        "peak memory of the benchmark process: {} KiB",
        peak_rss_kib().unwrap_or(0)
    );
}

criterion_group!(benches, bench);
criterion_main!(benches);
