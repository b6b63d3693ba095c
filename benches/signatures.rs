//! Signing and checking one record-sized file (45 KB; the example record is 24 KB):
//! what signing adds to finalising, and what checking adds to `wia verify`.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use ssh_key::{Algorithm, PrivateKey};
use wia::sign::{AllowedSigners, NS_RECORD, SigStatus, allowed_line, check_bytes, sign_bytes};

fn bench(c: &mut Criterion) {
    // A record-sized file; what is signed is bytes, so any text of the size measures the same.
    let record = include_str!("../examples/aln-idp-review.answers.yaml").repeat(4);
    let key = PrivateKey::random(&mut ssh_key::rand_core::OsRng, Algorithm::Ed25519).unwrap();
    let trusted = AllowedSigners::parse(
        &allowed_line("officer@gov.wales", key.public_key(), &[NS_RECORD]),
        "bench",
        wia::i18n::Lang::En,
    );
    let sig = sign_bytes(&key, NS_RECORD, record.as_bytes()).unwrap();
    assert!(matches!(
        check_bytes(record.as_bytes(), sig.as_bytes(), NS_RECORD, &trusted),
        SigStatus::Trusted { .. }
    ));
    c.bench_function("sign a record", |b| {
        b.iter(|| sign_bytes(&key, NS_RECORD, black_box(record.as_bytes())))
    });
    c.bench_function("verify a record's signature", |b| {
        b.iter(|| {
            check_bytes(
                black_box(record.as_bytes()),
                sig.as_bytes(),
                NS_RECORD,
                &trusted,
            )
        })
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
