//! `wia sync` of a folder with 1,000 records and 100,000 evidence entries, against a bare
//! repository on the same disk: when nothing changed, and when 10 records arrive. Needs
//! git; without it the benchmark says so and measures nothing.

use std::hint::black_box;
use std::path::Path;

use chrono::TimeZone;
use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use serde_yaml::Value;
use wia::evidence::catalogue::Catalogue;
use wia::evidence::{Entry, append, device_log_path};
use wia::i18n::Lang;
use wia::record::{AnswersFile, BuildOptions, Status, build_record};
use wia::store::DataDir;

const RECORDS: usize = 1_000;
const ENTRIES: usize = 100_000;

/// Records `from..to` (ids are the number in hex), with their questionnaire copy.
fn records(data: &DataDir, from: usize, to: usize) {
    let text = include_str!("../examples/aln-idp-review.answers.yaml");
    let base: AnswersFile = serde_yaml::from_str(text).unwrap();
    let q = wia::questionnaire::bundled("wia-policy").unwrap();
    let (_, q_text) = wia::questionnaire::bundled_text("wia-policy").unwrap();
    let sha = wia::questionnaire::sha256_hex(q_text.as_bytes());
    std::fs::create_dir_all(data.questionnaires()).unwrap();
    std::fs::write(data.questionnaire_path(&sha), q_text).unwrap();
    std::fs::create_dir_all(data.records()).unwrap();
    let t = chrono::FixedOffset::east_opt(0)
        .unwrap()
        .with_ymd_and_hms(2026, 1, 1, 9, 0, 0)
        .unwrap();
    for i in from..to {
        let mut file = base.clone();
        file.answers
            .insert("policy_title".into(), Value::String(format!("Policy {i}")));
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

fn entries(c: &Catalogue) -> Vec<Entry> {
    let created = "2026-11-25T10:00:00+00:00".parse().unwrap();
    (0..ENTRIES)
        .map(|i| Entry {
            id: format!("{i:010x}"),
            created,
            date: "2026-09-01".parse().unwrap(),
            school: format!("Ysgol Gynradd Rhif {}", i % 1500),
            authority: c.authorities[i % c.authorities.len()].id.clone(),
            cause: c.causes[(i * 7) % c.causes.len()].id.clone(),
            policy: None,
            roles: vec![c.roles[i % c.roles.len()].id.clone()],
            staff: 1 + (i % 12) as u32,
            hours: 0.5,
            frequency: c.frequencies[i % c.frequencies.len()].id.clone(),
            description: "Termly attendance return typed in by hand from the MIS".into(),
        })
        .collect()
}

fn git_ok() -> bool {
    wia::sync::git::version().is_ok()
}

fn set_conf(dir: &Path) {
    // One process plays two computers: each side sets its settings folder before it syncs.
    unsafe { std::env::set_var("WIA_CONFIG_DIR", dir) };
}

fn bench(crit: &mut Criterion) {
    if !git_ok() {
        eprintln!("SKIPPED: git is not installed");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    std::fs::write(root.join("gitconfig"), "").unwrap();
    unsafe {
        std::env::set_var("GIT_CONFIG_GLOBAL", root.join("gitconfig"));
        std::env::set_var("GIT_CONFIG_SYSTEM", root.join("gitconfig"));
        std::env::set_var("GIT_CONFIG_NOSYSTEM", "1");
    }
    let remote = root.join("remote.git");
    assert!(
        std::process::Command::new("git")
            .args(["init", "--quiet", "--bare"])
            .arg(&remote)
            .status()
            .unwrap()
            .success()
    );
    let remote = remote.display().to_string();
    let a = DataDir::new(root.join("a"));
    let b = DataDir::new(root.join("b"));
    records(&a, 0, RECORDS);
    append(
        &device_log_path(&a, "bench"),
        &entries(Catalogue::bundled()),
        Lang::En,
    )
    .unwrap();
    set_conf(&root.join("conf-a"));
    wia::sync::init(&a, &remote, Lang::En).unwrap();
    set_conf(&root.join("conf-b"));
    wia::sync::clone(&b, &remote, Lang::En).unwrap();
    eprintln!("shared: {RECORDS} records, {ENTRIES} evidence entries");

    let mut g = crit.benchmark_group("sync 1,000 records, 100k entries");
    g.sample_size(10);
    g.bench_function("nothing changed", |bench| {
        set_conf(&root.join("conf-a"));
        bench.iter(|| {
            let o = wia::sync::sync(&a, Lang::En).unwrap();
            assert!(o.arrived.is_empty() && o.sent.is_empty());
            black_box(o)
        })
    });
    let mut next = RECORDS;
    g.bench_function("10 records arrive", |bench| {
        bench.iter_batched(
            || {
                set_conf(&root.join("conf-b"));
                records(&b, next, next + 10);
                next += 10;
                wia::sync::sync(&b, Lang::En).unwrap();
                set_conf(&root.join("conf-a"));
            },
            |()| {
                let o = wia::sync::sync(&a, Lang::En).unwrap();
                assert_eq!(o.arrived.records, 10);
                black_box(o)
            },
            BatchSize::PerIteration,
        )
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
