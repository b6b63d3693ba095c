//! Loading and validating the bundled questionnaire. Target: under 5 ms.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};

fn bench(c: &mut Criterion) {
    let (_, name, text) = wia::questionnaire::BUNDLED[0];
    c.bench_function("parse and validate wia-policy.yaml", |b| {
        b.iter(|| {
            wia::questionnaire::parse(black_box(text), name, wia::i18n::Lang::En).expect("valid")
        })
    });
    // The part of the above spent indexing node positions and finding duplicate keys.
    c.bench_function("locate nodes of wia-policy.yaml", |b| {
        b.iter(|| wia::locate::Locations::of(black_box(text)))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
