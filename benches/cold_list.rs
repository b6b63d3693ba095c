//! The first listing of a folder, before the list's cache knows it (issue 18): a folder
//! that arrives by sync or on a new laptop is always cold. Target: 10,000 records listed
//! cold in under 2 s on 2 cores and under 100 MB, warm in under 0.3 s.
//!
//! The records are those of `benches/review.rs` (`common/records.rs`: 24 KB each, signed
//! with their summaries, one in ten a draft), 1,000 and 10,000 of them. Beside the list is
//! its floor: every file read and parsed by a bare `yaml_serde` call into the `Record`
//! type, split over the cores the same way, and nothing else. The parts of reading one
//! record are measured alone over the 1,000 on one thread.
//!
//! `WIA_BENCH_CLOCK=cpu` times with the process's CPU clock (every thread's user and
//! system time), so waiting for a core on a busy machine is not counted.
//! `WIA_BENCH_RECORDS=DIR` keeps the 10,000 records in DIR (and reuses them), so the
//! release binary can be measured against them with `/usr/bin/time -v`.

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use criterion::{Bencher, Criterion, criterion_group, criterion_main};

#[path = "common/cpu_clock.rs"]
#[allow(dead_code)]
mod cpu_clock;
use cpu_clock::{cpu_clock, process_cpu_time};
use wia::i18n::Lang;
use wia::record::Record;
use wia::store::DataDir;

#[path = "common/records.rs"]
mod records;

/// Time `routine` with the wall clock, or the CPU clock when asked; `setup` runs before
/// each call, untimed.
fn timed<O>(b: &mut Bencher, mut setup: impl FnMut(), mut routine: impl FnMut() -> O) {
    let cpu = cpu_clock();
    b.iter_custom(|iters| {
        let mut total = Duration::ZERO;
        for _ in 0..iters {
            setup();
            let (wall, cpu_start) = (Instant::now(), process_cpu_time());
            black_box(routine());
            total += if cpu {
                process_cpu_time() - cpu_start
            } else {
                wall.elapsed()
            };
        }
        total
    });
}

/// The records folder's `*.yaml` files, in name order.
fn record_files(data: &DataDir) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(data.records())
        .unwrap()
        .filter_map(|e| Some(e.ok()?.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "yaml"))
        .collect();
    files.sort();
    files
}

/// `work` over `files`, split over the cores as the list splits them.
fn split<T: Send>(files: &[PathBuf], work: impl Fn(&Path) -> T + Sync) -> Vec<T> {
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .clamp(1, 8);
    let chunk = files.len().div_ceil(threads).max(64);
    std::thread::scope(|s| {
        let handles: Vec<_> = files
            .chunks(chunk)
            .map(|part| s.spawn(|| part.iter().map(|f| work(f)).collect::<Vec<_>>()))
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap())
            .collect()
    })
}

/// The floor: read and parse into the type, nothing checked, placed or digested.
fn bare_parse(path: &Path) -> Option<Record> {
    let text = std::fs::read_to_string(path).ok()?;
    serde_yaml::from_str::<Record>(&text).ok()
}

fn key(root: &Path) -> ssh_key::PrivateKey {
    // A kept folder keeps its key too, so its signatures stay trusted run after run.
    let key_file = root.join("bench_ed25519");
    if let Some(k) = std::fs::read_to_string(&key_file)
        .ok()
        .and_then(|t| ssh_key::PrivateKey::from_openssh(t.trim()).ok())
    {
        return k;
    }
    let k =
        ssh_key::PrivateKey::random(&mut ssh_key::rand_core::OsRng, ssh_key::Algorithm::Ed25519)
            .unwrap();
    let text = k.to_openssh(ssh_key::LineEnding::LF).unwrap();
    std::fs::write(&key_file, text.as_bytes()).unwrap();
    k
}

fn folder(root: &Path, n: usize) -> (DataDir, wia::sign::AllowedSigners) {
    std::fs::create_dir_all(root).unwrap();
    let key = key(root);
    let data = DataDir::new(root);
    let started = Instant::now();
    records::generate(&data, n, &key);
    eprintln!(
        "{n} records ready in {:.1} s",
        started.elapsed().as_secs_f64()
    );
    let trusted = wia::sign::AllowedSigners::parse(
        &wia::sign::allowed_line("officer@gov.wales", key.public_key(), &["wia-record"]),
        "bench",
        Lang::En,
    );
    (data, trusted)
}

/// The list, read as `wia list` reads it (its search words only for a search), with
/// `cache` where its cache is kept.
fn list(
    data: &DataDir,
    cache: &Path,
    trusted: &wia::sign::AllowedSigners,
    words: wia::review::Words,
) -> usize {
    let list =
        wia::review::load_index_with(data, Some(cache), trusted, words, Lang::En, &mut |_| {
            std::ops::ControlFlow::Continue(())
        });
    list.map_or(0, |l| l.len())
}

fn listing(c: &mut Criterion, n: usize, root: &Path) {
    let (data, trusted) = folder(root, n);
    let files = record_files(&data);
    assert_eq!(files.len(), n);
    let cache_dir = tempfile::tempdir().unwrap();
    let cache = cache_dir.path().join("list-cache");
    let forget = || {
        let _ = std::fs::remove_file(&cache);
        let _ = std::fs::remove_file(cache.with_file_name("list-cache.words"));
    };
    use wia::review::Words::{Keep, Skip};
    let entries = wia::review::load_index_trusting(&data, None, &trusted, Lang::En);
    let intact = entries
        .iter()
        .filter(|e| {
            matches!(
                e.state,
                wia::review::State::Intact | wia::review::State::Draft
            )
        })
        .count();
    assert_eq!(intact, n, "every record reads and is intact");
    drop(entries);

    let mut g = c.benchmark_group(format!("cold list {n} records"));
    g.sample_size(10)
        .sampling_mode(criterion::SamplingMode::Flat)
        .warm_up_time(Duration::from_secs(1));
    g.bench_function("floor: read and bare yaml_serde parse into Record", |b| {
        timed(b, || {}, || split(&files, bare_parse))
    });
    g.bench_function(
        "wia list, no cache: read, hash, parse, digest, check signatures, write the cache",
        |b| timed(b, forget, || list(&data, &cache, &trusted, Skip)),
    );
    g.bench_function(
        "wia list, cache warm: read and hash, the rest from the cache",
        |b| {
            list(&data, &cache, &trusted, Skip);
            timed(b, || {}, || list(&data, &cache, &trusted, Skip))
        },
    );
    g.bench_function(
        "wia list --search or review mode, cache warm: the search words read too",
        |b| timed(b, || {}, || list(&data, &cache, &trusted, Keep)),
    );
    g.finish();
}

/// What reading one record costs, part by part, on one thread.
fn parts(c: &mut Criterion, root: &Path) {
    let data = DataDir::new(root);
    let texts: Vec<String> = record_files(&data)
        .iter()
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect();
    let parsed: Vec<Record> = texts
        .iter()
        .map(|t| wia::record::parse_record(t, "r.yaml", Lang::En).unwrap())
        .collect();
    let n = texts.len();
    let mut g = c.benchmark_group(format!("cold list parts, {n} records, one thread"));
    g.sample_size(10)
        .sampling_mode(criterion::SamplingMode::Flat)
        .warm_up_time(Duration::from_secs(1));
    let each = |b: &mut Bencher, f: &dyn Fn(&str) -> usize| {
        timed(b, || {}, || texts.iter().map(|t| f(t)).sum::<usize>())
    };
    g.bench_function("floor: bare yaml_serde parse into Record", |b| {
        each(b, &|t| {
            serde_yaml::from_str::<Record>(t).map_or(0, |r| r.id.len())
        })
    });
    g.bench_function("the YAML gate", |b| {
        each(b, &|t| {
            wia::yaml_gate::check(t, "r", Lang::En).map_or(0, |_| 1)
        })
    });
    g.bench_function("the location index (before: every record)", |b| {
        each(b, &|t| {
            wia::locate::Locations::of_gated(t).duplicate_keys.len()
        })
    });
    g.bench_function("parse_record, index for every record (before)", |b| {
        each(b, &|t| {
            wia::record::parse_record_indexed(t, "r", Lang::En).map_or(0, |r| r.id.len())
        })
    });
    g.bench_function("the fast reading of wia's own layout alone", |b| {
        each(b, &|t| {
            wia::yaml_fast::from_str::<Record>(t).map_or(0, |r| r.id.len())
        })
    });
    g.bench_function(
        "parse_record (now: the fast reading, else gate and one pass)",
        |b| {
            each(b, &|t| {
                wia::record::parse_record(t, "r", Lang::En).map_or(0, |r| r.id.len())
            })
        },
    );
    let digests = |b: &mut Bencher, f: &dyn Fn(&Record) -> Result<String, String>| {
        timed(
            b,
            || {},
            || {
                parsed
                    .iter()
                    .map(|r| f(r).map_or(0, |d| d.len()))
                    .sum::<usize>()
            },
        )
    };
    g.bench_function("the canonical digest through a YAML value (before)", |b| {
        digests(b, &|r| wia::record::canonical_digest_via_value(r, Lang::En))
    });
    g.bench_function("the canonical digest from the fields (now)", |b| {
        digests(b, &|r| wia::record::canonical_digest(r, Lang::En))
    });
    g.bench_function("the search words", |b| {
        let title = |r: &Record| r.policy_title().unwrap_or_default().to_string();
        digests(b, &|r| Ok(wia::review::search_words(&title(r), &r.answers)))
    });
    g.bench_function("the cache key: BLAKE3 of the bytes (now)", |b| {
        each(b, &|t| blake3::hash(t.as_bytes()).to_hex().len())
    });
    g.bench_function("SHA-256 of the bytes (the cache key before)", |b| {
        each(b, &|t| wia::questionnaire::sha256_hex(t.as_bytes()).len())
    });
    g.finish();
}

fn bench(c: &mut Criterion) {
    let temp = tempfile::tempdir().unwrap();
    let small = temp.path().join("1000");
    listing(c, 1_000, &small);
    parts(c, &small);
    let kept = std::env::var_os("WIA_BENCH_RECORDS").map(PathBuf::from);
    let large = kept.unwrap_or_else(|| temp.path().join("10000"));
    listing(c, 10_000, &large);
}

criterion_group!(benches, bench);
criterion_main!(benches);
