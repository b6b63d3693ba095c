//! The evidence report over a million entries from 1,460 schools in the 22 authorities
//! (issue 18): `wia evidence report` streams the logs, so it should take under 3 s and at
//! most 1.5 x a bare parse of the same lines into the same types.
//!
//! The parts are measured on their own so they add up to the whole: the floor (bare
//! `serde_json` of lines already in memory), reading and parsing as the report does,
//! the id check that counts an entry found in two files once, the sums over entries
//! already parsed, and the whole report, from one file and from forty.
//!
//! `WIA_BENCH_EVIDENCE=DIR` keeps the generated data folders in DIR (`DIR/one` and
//! `DIR/many`), so the release binary can be measured on them with `/usr/bin/time -v`;
//! `WIA_BENCH_EVIDENCE_ENTRIES=N` changes the number of entries.

use std::hint::black_box;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use criterion::{Bencher, Criterion, criterion_group, criterion_main};

#[path = "common/cpu_clock.rs"]
#[allow(dead_code)]
mod cpu_clock;
use cpu_clock::{cpu_clock, thread_cpu_time};
use wia::evidence::catalogue::Catalogue;
use wia::evidence::seen_ids::SeenIds;
use wia::evidence::{
    By, Entry, Filter, Tally, device_log_path, for_each_in_file, format, legacy_log_path,
    report_logs,
};
use wia::i18n::Lang;
use wia::store::DataDir;

const SCHOOLS: usize = 1_460;
/// Logs in the folder spread over many files: the old single log and 39 computers'.
const FILES: usize = 40;

fn entries_wanted() -> usize {
    std::env::var("WIA_BENCH_EVIDENCE_ENTRIES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(1_000_000)
}

const DESCRIPTIONS: [&str; 5] = [
    "",
    "Termly attendance and well-being return for the local authority, filled in by hand from the MIS",
    "Cyfarfod â'r awdurdod lleol am y cynllun datblygu unigol",
    "Grant paperwork: three forms asking for the same figures, each in its own layout, and a \
     spreadsheet for the regional consortium",
    "Cover for absence",
];

/// Entry `i`: spread over schools, authorities, causes, roles, frequencies, four school
/// years of dates, with and without a policy, descriptions of ordinary lengths. Ids as
/// wia makes them: ten hex digits.
fn entry(i: usize, c: &Catalogue, created: chrono::DateTime<chrono::FixedOffset>) -> Entry {
    let start: chrono::NaiveDate = "2022-09-01".parse().unwrap();
    let school = (i * 7919) % SCHOOLS;
    let roles: Vec<String> = (0..1 + i % 3)
        .map(|k| c.roles[(i + k) % c.roles.len()].id.clone())
        .collect();
    Entry {
        id: format!(
            "{:010x}",
            (i as u64).wrapping_mul(0x9E37_79B9) & 0xff_ffff_ffff
        ),
        created,
        date: start + chrono::Days::new((i % 1460) as u64),
        school: format!("Ysgol Gynradd Rhif {school}"),
        authority: c.authorities[school % c.authorities.len()].id.clone(),
        cause: c.causes[(i * 7) % c.causes.len()].id.clone(),
        policy: i.is_multiple_of(4).then(|| format!("Policy {}", i % 30)),
        roles,
        staff: 1 + (i % 12) as u32,
        hours: 0.25 + (i % 16) as f64 * 0.5,
        frequency: c.frequencies[i % c.frequencies.len()].id.clone(),
        description: DESCRIPTIONS[i % DESCRIPTIONS.len()].into(),
    }
}

/// Two data folders with the same entries: `one` holds them in one computer's log;
/// `many` spreads them over the old log and 39 computers' logs, with one entry in a
/// hundred also copied into a second log (counted once). Returns the one log's path.
fn generate(root: &Path, n: usize, c: &Catalogue) -> PathBuf {
    let created = "2026-11-25T10:00:00+00:00".parse().unwrap();
    let one = DataDir::new(root.join("one"));
    let many = DataDir::new(root.join("many"));
    let one_path = device_log_path(&one, "0000000001");
    let paths: Vec<PathBuf> = (0..FILES)
        .map(|f| {
            if f == 0 {
                legacy_log_path(&many)
            } else {
                device_log_path(&many, &format!("{f:010x}"))
            }
        })
        .collect();
    std::fs::create_dir_all(one_path.parent().unwrap()).unwrap();
    std::fs::create_dir_all(paths[0].parent().unwrap()).unwrap();
    let open = |p: &Path| BufWriter::new(std::fs::File::create(p).unwrap());
    let mut one_log = open(&one_path);
    let mut logs: Vec<_> = paths.iter().map(|p| open(p)).collect();
    let mut line = Vec::with_capacity(512);
    for i in 0..n {
        line.clear();
        serde_json::to_writer(&mut line, &entry(i, c, created)).unwrap();
        line.push(b'\n');
        one_log.write_all(&line).unwrap();
        logs[i % FILES].write_all(&line).unwrap();
        if i.is_multiple_of(100) {
            logs[(i + 1) % FILES].write_all(&line).unwrap();
        }
    }
    one_log.flush().unwrap();
    for mut l in logs {
        l.flush().unwrap();
    }
    one_path
}

/// Time `routine` with the wall clock, or the CPU clock when asked.
fn timed<O>(b: &mut Bencher, mut routine: impl FnMut() -> O) {
    let cpu = cpu_clock();
    let start = Instant::now();
    let now = || {
        if cpu {
            thread_cpu_time()
        } else {
            start.elapsed()
        }
    };
    b.iter_custom(|iters| {
        let begun = now();
        for _ in 0..iters {
            black_box(routine());
        }
        now() - begun
    });
}

fn bench(crit: &mut Criterion) {
    let c = Catalogue::bundled();
    let n = entries_wanted();
    let kept = std::env::var_os("WIA_BENCH_EVIDENCE").map(PathBuf::from);
    let temp = tempfile::tempdir().unwrap();
    let root = kept.clone().unwrap_or_else(|| temp.path().to_path_buf());
    let path = generate(&root, n, c);
    let one = DataDir::new(root.join("one"));
    let many = DataDir::new(root.join("many"));
    let bytes = std::fs::read(&path).unwrap();
    eprintln!(
        "evidence log: {n} entries, {} bytes, in {}",
        bytes.len(),
        root.display()
    );

    let clock = if cpu_clock() { ", CPU time" } else { "" };
    let mut g = crit.benchmark_group(format!("evidence {n} entries, 1,460 schools{clock}"));
    g.sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(20));

    g.bench_function("floor: bare serde_json parse of the lines in memory", |b| {
        timed(b, || {
            let mut count = 0usize;
            let mut start = 0;
            for end in memchr::memchr_iter(b'\n', &bytes) {
                let l = &bytes[start..end];
                start = end + 1;
                let e: Entry = serde_json::from_slice(l).unwrap();
                count += black_box(&e).staff as usize;
            }
            count
        })
    });
    g.bench_function("read and parse, streamed (one file)", |b| {
        timed(b, || {
            let mut count = 0usize;
            for_each_in_file(&path, Lang::En, |e| count += black_box(&e).staff as usize).unwrap();
            count
        })
    });

    g.bench_function(
        "read, parse and count each id once, streamed (one file)",
        |b| {
            timed(b, || {
                let mut seen = SeenIds::default();
                let mut count = 0usize;
                for_each_in_file(&path, Lang::En, |e| {
                    if seen.insert(&e.id) {
                        count += black_box(&e).staff as usize;
                    }
                })
                .unwrap();
                count
            })
        },
    );
    for (data, name) in [(&one, "one file"), (&many, "40 files")] {
        g.bench_function(
            format!("whole report --by cause --format json ({name})"),
            |b| {
                timed(b, || {
                    let (r, _) =
                        report_logs(data, &Filter::default(), By::Cause, c, Lang::En).unwrap();
                    format::json(&r).len()
                })
            },
        );
    }
    let mut parsed = Vec::with_capacity(n);
    for_each_in_file(&path, Lang::En, |e| parsed.push(e)).unwrap();
    g.bench_function("ids counted once (entries already parsed)", |b| {
        timed(b, || {
            let mut seen = SeenIds::default();
            for e in &parsed {
                seen.insert(&e.id);
            }
            seen.len()
        })
    });
    for (by, name) in [(By::Cause, "cause"), (By::School, "school (1,460 groups)")] {
        g.bench_function(
            format!("sums by {name} and JSON (entries already parsed)"),
            |b| {
                timed(b, || {
                    let mut t = Tally::new(&Filter::default(), by, c);
                    for e in &parsed {
                        t.add(e);
                    }
                    format::json(&t.finish(Lang::En)).len()
                })
            },
        );
    }
    drop(parsed);

    g.finish();
    if kept.is_none() {
        drop(temp);
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
