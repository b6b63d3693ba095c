//! The evidence report over 100,000 entries from 1,500 schools in the 22 authorities.
//! Targets: `wia evidence report --by cause --format json`'s work under 1 s, and no more
//! than twice the time of only reading and parsing the same log.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use wia::evidence::catalogue::Catalogue;
use wia::evidence::{By, Entry, Filter, append, device_log_path, format, read, report};
use wia::i18n::Lang;
use wia::store::DataDir;

pub const ENTRIES: usize = 100_000;
pub const SCHOOLS: usize = 1_500;

/// Entries spread over schools, authorities, causes, roles, frequencies and a school
/// year of dates, with descriptions of ordinary length.
fn entries(c: &Catalogue) -> Vec<Entry> {
    let created = "2026-11-25T10:00:00+00:00".parse().unwrap();
    let start: chrono::NaiveDate = "2025-09-01".parse().unwrap();
    (0..ENTRIES)
        .map(|i| {
            let school = i % SCHOOLS;
            let roles: Vec<String> = (0..1 + i % 3)
                .map(|k| c.roles[(i + k) % c.roles.len()].id.clone())
                .collect();
            Entry {
                id: format!("{i:010x}"),
                created,
                date: start + chrono::Days::new((i % 440) as u64),
                school: format!("Ysgol Gynradd Rhif {school}"),
                authority: c.authorities[school % c.authorities.len()].id.clone(),
                cause: c.causes[(i * 7) % c.causes.len()].id.clone(),
                policy: (i % 4 == 0).then(|| format!("Policy {}", i % 30)),
                roles,
                staff: 1 + (i % 12) as u32,
                hours: 0.25 + (i % 16) as f64 * 0.5,
                frequency: c.frequencies[i % c.frequencies.len()].id.clone(),
                description: "Termly attendance and well-being return for the local authority, \
                              filled in by hand from the MIS"
                    .into(),
            }
        })
        .collect()
}

fn bench(crit: &mut Criterion) {
    let c = Catalogue::bundled();
    let dir = tempfile::tempdir().unwrap();
    let data = DataDir::new(dir.path());
    let path = device_log_path(&data, "bench");
    append(&path, &entries(c), wia::i18n::Lang::En).unwrap();
    let bytes = std::fs::metadata(&path).unwrap().len();
    eprintln!("evidence log: {ENTRIES} entries, {bytes} bytes");

    let mut g = crit.benchmark_group("evidence 100k entries, 1,500 schools");
    g.sample_size(20);
    g.bench_function("read and parse the log", |b| {
        b.iter(|| black_box(read(&path, wia::i18n::Lang::En).unwrap().entries.len()))
    });
    g.bench_function("report --by cause --format json", |b| {
        b.iter(|| {
            let log = read(&path, wia::i18n::Lang::En).unwrap();
            let r = report(&log.entries, &Filter::default(), By::Cause, c, Lang::En);
            black_box(format::json(&r).len())
        })
    });
    let log = read(&path, wia::i18n::Lang::En).unwrap();
    g.bench_function("aggregate and JSON only (log already parsed)", |b| {
        b.iter(|| {
            let r = report(&log.entries, &Filter::default(), By::Cause, c, Lang::En);
            black_box(format::json(&r).len())
        })
    });
    g.bench_function("aggregate by school (1,500 groups) and JSON", |b| {
        b.iter(|| {
            let r = report(&log.entries, &Filter::default(), By::School, c, Lang::En);
            black_box(format::json(&r).len())
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
