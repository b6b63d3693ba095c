//! Scoring an assessment of 200 tasks. Target: under 1 ms.

use std::collections::BTreeMap;
use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use wia::answers::{Answer, Answers, Change, Minutes, TaskRow};
use wia::scoring::score;
use wia::text::Lang;

fn answers(tasks: usize) -> Answers {
    let roles = [
        "teacher",
        "leader",
        "alnco",
        "support_staff",
        "business_manager",
    ];
    let frequencies = [
        "once",
        "per_year",
        "per_term",
        "per_half_term",
        "per_month",
        "per_week",
        "per_day",
    ];
    let rows = (0..tasks)
        .map(|i| TaskRow {
            description: format!("Task {i}"),
            roles: vec![roles[i % 5].to_string(), roles[(i + 2) % 5].to_string()],
            minutes: Minutes {
                low: 5.0 + (i % 7) as f64,
                likely: 15.0 + (i % 11) as f64,
                high: 40.0 + (i % 13) as f64,
            },
            frequency: frequencies[i % 7].to_string(),
            count: 1.0 + (i % 3) as f64,
            share: 0.1 + (i % 9) as f64 / 10.0,
            change: if i % 4 == 0 {
                Change::Removed
            } else {
                Change::New
            },
            admin_task: (i % 10 == 0).then(|| "bulk_photocopying".to_string()),
        })
        .collect();
    let mut a = Answers::new();
    a.insert("policy_title".into(), Answer::Text("Benchmark".into()));
    a.insert("lead_in_weeks".into(), Answer::Number(10.0));
    a.insert("funding_provided".into(), Answer::YesNo(false));
    a.insert("tasks".into(), Answer::Tasks(rows));
    a
}

fn bench(c: &mut Criterion) {
    let q = wia::questionnaire::bundled("wia-policy").expect("bundled");
    let a = answers(200);
    let none = BTreeMap::new();
    c.bench_function("score 200 tasks (bundled questionnaire)", |b| {
        b.iter(|| score(black_box(q), black_box(&a), &none, Lang::En))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
