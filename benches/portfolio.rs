//! The cumulative picture at the scale of a busy year. Target (issue 16): the report for
//! 200 records across 12 terms in under 200 ms.
//!
//! The records are generated into a temporary folder from the worked example
//! (`examples/aln-idp-review.answers.yaml`), each final, with its start spread over the
//! twelve terms from 2027/28 autumn to 2030/31 summer, a third of them significant changes,
//! and the first task's minutes scaled so the figures differ. They are unsigned: signatures
//! cost `wia list` the same and are measured in `benches/review.rs`.

use std::hint::black_box;

use chrono::TimeZone;
use criterion::{Criterion, criterion_group, criterion_main};
use serde_yaml::Value;
use wia::i18n::Lang;
use wia::portfolio::{Rules, build, load, portfolio_json, portfolio_text};
use wia::record::{AnswersFile, BuildOptions, Status, build_record};
use wia::store::DataDir;

const RECORDS: usize = 200;

/// A start date in each of the twelve terms, in turn.
fn start(i: usize) -> String {
    let term = i % 12;
    let year = 2027 + (term / 3) as i32;
    match term % 3 {
        0 => format!("{year}-09-{:02}", 1 + i % 28),
        1 => format!("{}-01-{:02}", year + 1, 1 + i % 28),
        _ => format!("{}-04-{:02}", year + 1, 1 + i % 28),
    }
}

fn generate(data: &DataDir) {
    let dir = data.records();
    std::fs::create_dir_all(&dir).unwrap();
    let text = include_str!("../examples/aln-idp-review.answers.yaml");
    let base: AnswersFile = serde_yaml::from_str(text).unwrap();
    let q = wia::questionnaire::bundled("wia-policy").unwrap();
    let (_, q_text) = wia::questionnaire::bundled_text("wia-policy").unwrap();
    let sha = wia::questionnaire::sha256_hex(q_text.as_bytes());
    let t = chrono::FixedOffset::east_opt(0)
        .unwrap()
        .with_ymd_and_hms(2026, 1, 1, 9, 0, 0)
        .unwrap();
    for i in 0..RECORDS {
        let mut file = base.clone();
        let a = &mut file.answers;
        a.insert("policy_title".into(), format!("Policy {i}").into());
        a.insert("intended_start".into(), start(i).into());
        let significant = if i % 3 == 0 { "yes" } else { "no" };
        a.insert("significant_change".into(), significant.into());
        if let Some(Value::Sequence(rows)) = a.get_mut("tasks")
            && let Some(Value::Mapping(row)) = rows.get_mut(0)
            && let Some(Value::Mapping(m)) = row.get_mut("minutes")
        {
            let k = 0.2 + (i % 13) as f64 * 0.3;
            for key in ["low", "likely", "high"] {
                if let Some(v) = m.get(key).and_then(Value::as_f64) {
                    m.insert(key.into(), Value::from((v * k).round()));
                }
            }
        }
        let built = build_record(
            q,
            &file,
            BuildOptions {
                status: Status::Final,
                id: format!("{i:010x}"),
                now: t + chrono::Duration::minutes(i as i64),
                questionnaire_sha256: sha.clone(),
            },
            Lang::En,
        )
        .unwrap_or_else(|p| panic!("{p:?}"));
        std::fs::write(data.record_path(&built.record.id), built.record.to_yaml()).unwrap();
    }
}

fn bench(c: &mut Criterion) {
    let root = tempfile::tempdir().unwrap();
    // Settings and the list's cache of the benchmark's own, never the machine's.
    unsafe {
        std::env::set_var("WIA_CONFIG_DIR", root.path().join("config"));
        std::env::set_var("WIA_CACHE_DIR", root.path().join("cache"));
    }
    let data = DataDir::new(root.path().join("data"));
    generate(&data);
    let rules = Rules::bundled();
    let loaded = load(&data, false, Lang::En);
    assert_eq!(loaded.policies.len(), RECORDS, "{:?}", loaded.skipped);
    let portfolio = build(&loaded.policies, &rules);
    assert_eq!(portfolio.terms.len(), 12);

    let mut g = c.benchmark_group("portfolio 200 records, 12 terms");
    g.sample_size(20);
    g.bench_function(
        "wia portfolio --format json: read every record, build, JSON",
        |b| {
            b.iter(|| {
                let loaded = load(&data, false, Lang::En);
                let p = build(&loaded.policies, &rules);
                black_box(format!("{:#}", portfolio_json(&p, Lang::En)))
            })
        },
    );
    g.bench_function("build and text only (records already read)", |b| {
        b.iter(|| {
            let p = build(&loaded.policies, &rules);
            black_box(portfolio_text(&p, Lang::En))
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
