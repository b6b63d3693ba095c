//! The digest written straight from the record's fields (`canonical_digest`) is the digest
//! of the record turned into a YAML value first (`canonical_digest_via_value`, the first
//! definition): the same digest, or the same problem named at the same place in the same
//! words, for every record, hostile ones and odd answers included.

#[allow(dead_code)]
#[path = "hostile_corpus/mutate.rs"]
mod mutate;

use proptest::prelude::*;
use serde_yaml::Value;
use serde_yaml::value::{Tag, TaggedValue};
use wia::i18n::Lang;
use wia::record::{Record, canonical_digest, canonical_digest_via_value, parse_record};

const FINAL: &str = include_str!("fixtures/review/records/9490d10358.yaml");
const DRAFT: &str = include_str!("fixtures/review/records/c606eda2c8.yaml");

fn same(record: &Record) -> Result<String, String> {
    let mut first = None;
    for lang in [Lang::En, Lang::Cy] {
        let direct = canonical_digest(record, lang);
        let via_value = canonical_digest_via_value(record, lang);
        assert_eq!(direct, via_value, "the two digests differ");
        first.get_or_insert(direct);
    }
    first.unwrap()
}

fn record(text: &str) -> Record {
    parse_record(text, "r.yaml", Lang::En).expect("reads")
}

#[test]
fn the_seeds_digest_the_same_both_ways_and_as_stored() {
    for text in [FINAL, DRAFT] {
        let r = record(text);
        assert_eq!(same(&r).unwrap(), r.digest.clone().unwrap());
    }
}

fn tagged(tag: &str, value: Value) -> Value {
    Value::Tagged(Box::new(TaggedValue {
        tag: Tag::new(tag),
        value,
    }))
}

fn with_answer(key: &str, value: Value) -> Record {
    let mut r = record(FINAL);
    r.answers.insert(Value::from(key), value);
    r
}

/// Every kind of content that has no canonical form, alone and with others, so that
/// which one is named (the first in key order, a key that is not text before any value)
/// is the same too.
#[test]
fn what_cannot_be_digested_is_named_the_same_both_ways() {
    let mapping = |entries: Vec<(Value, Value)>| Value::Mapping(entries.into_iter().collect());
    let cases = vec![
        with_answer("x", Value::from(f64::NAN)),
        with_answer("x", Value::from(f64::NEG_INFINITY)),
        with_answer("x", tagged("t", Value::from(1))),
        with_answer("x", mapping(vec![(Value::from(1), Value::from("a"))])),
        with_answer(
            "x",
            mapping(vec![(tagged("t", Value::from("a")), Value::from(1))]),
        ),
        with_answer(
            "x",
            mapping(vec![(tagged("t", Value::from(2)), Value::from(1))]),
        ),
        with_answer(
            "x",
            mapping(vec![(
                Value::Sequence(vec![Value::from(1)]),
                Value::from(1),
            )]),
        ),
        with_answer(
            "x",
            mapping(vec![
                (Value::from("b"), Value::from(f64::INFINITY)),
                (Value::from("a"), tagged("t", Value::Null)),
            ]),
        ),
        with_answer(
            "x",
            mapping(vec![
                (Value::from("z"), Value::from(f64::NAN)),
                (Value::from(true), Value::from(1)),
            ]),
        ),
        with_answer(
            "x",
            Value::Sequence(vec![Value::from(1), Value::from(f64::NAN)]),
        ),
        with_answer("!x", Value::from(1)),
        with_answer("x", mapping(vec![(Value::from("!y"), Value::from(1))])),
    ];
    let mut refused = 0;
    for r in &cases {
        if same(r).is_err() {
            refused += 1;
        }
    }
    // A tagged text as a key is text (as `Value::as_str` reads it); the last two keys
    // only look like tags. Those three digest.
    assert_eq!(refused, cases.len() - 3);
    let mut r = record(FINAL);
    r.headcounts.insert("teacher".into(), f64::NAN);
    assert!(same(&r).unwrap_err().contains("headcounts.teacher"));
}

/// Every hostile variant of the seeds that reads as a record digests the same both ways.
#[test]
fn every_hostile_variant_digests_the_same_both_ways() {
    let mut rng = mutate::Rng::new(0x4449_4745_5354_3031);
    let mut read = 0;
    for text in mutate::record_texts(&[(FINAL, 24), (DRAFT, 6)], &mut rng) {
        if let Ok(r) = parse_record(&text, "r.yaml", Lang::En) {
            read += 1;
            let _ = same(&r);
        }
    }
    assert!(read > 20, "{read} read");
}

fn answer() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        "[a-z!é\"\\\\ ]{0,6}".prop_map(Value::String),
        // Long enough to cross the 32-byte runs texts are checked in, with every kind
        // of character serde_json escapes.
        "[a-zé \"\\\\\u{1}\n\t\u{1f}\u{7f}]{0,70}".prop_map(Value::String),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<f64>().prop_map(Value::from),
        any::<bool>().prop_map(Value::Bool),
        Just(Value::Null),
    ];
    leaf.prop_recursive(4, 32, 5, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Sequence),
            prop::collection::vec((inner.clone(), inner.clone()), 0..4)
                .prop_map(|entries| Value::Mapping(entries.into_iter().collect())),
            prop::collection::vec(("[a-c!\"\\\\\n]{0,3}", inner.clone()), 0..4).prop_map(
                |entries| {
                    Value::Mapping(
                        entries
                            .into_iter()
                            .map(|(k, v)| (Value::from(k), v))
                            .collect(),
                    )
                }
            ),
            ("[a-c]{1,2}", inner).prop_map(|(tag, v)| tagged(&tag, v)),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    /// Any answers at all: numbers of every kind, keys of every kind, tags anywhere.
    #[test]
    fn any_answers_digest_the_same_both_ways(answers in prop::collection::vec(("[a-d]{1,2}", answer()), 0..6)) {
        let mut r = record(DRAFT);
        for (k, v) in answers {
            r.answers.insert(Value::from(k), v);
        }
        let _ = same(&r);
    }
}
