//! The fast reading of wia's own YAML layout (`wia::yaml_fast`) gives exactly what the
//! general reading (the gate, then `yaml_serde`) gives, or gives up: on every file in the
//! repository, on texts wia writes from random values, and on random edits of a record.
//! And it does not give up on what wia writes, or nothing would be faster.

use proptest::prelude::*;
use serde_yaml::Value;
use wia::i18n::Lang;
use wia::record::Record;

const FINAL: &str = include_str!("fixtures/review/records/9490d10358.yaml");
const DRAFT: &str = include_str!("fixtures/review/records/c606eda2c8.yaml");

fn fast<T: serde::de::DeserializeOwned>(text: &str) -> Option<T> {
    wia::yaml_fast::from_str(text)
}

/// The general reading of `text` as a value, as every file is read: after the gate.
fn general(text: &str) -> Option<Value> {
    wia::yaml_gate::check(text, "f.yaml", Lang::En).ok()?;
    serde_yaml::from_str(text).ok()
}

/// Compared as printed: a value holding NaN is not equal to itself.
fn shown<T: std::fmt::Debug>(v: &T) -> String {
    format!("{v:?}")
}

/// When the fast reading gives a value, the general one gives the same value. Whether
/// the fast one gave one.
fn agrees(text: &str) -> bool {
    let Some(value) = fast::<Value>(text) else {
        return false;
    };
    match general(text) {
        Some(expected) => assert_eq!(shown(&value), shown(&expected), "on\n{text}"),
        None => panic!("the fast reading read what the general one refuses:\n{text}"),
    }
    true
}

/// As `agrees`, as a record: the record the general reading gives. (What the record's
/// own rules say of it is said after either reading: `tests/record_one_pass.rs` holds
/// `parse_record`, which reads fast when it can, to the reader that never does.)
fn agrees_as_record(text: &str) -> bool {
    let Some(record) = fast::<Record>(text) else {
        return false;
    };
    wia::yaml_gate::check(text, "r.yaml", Lang::En)
        .unwrap_or_else(|d| panic!("read fast, refused by the gate: {d:?}\n{text}"));
    match serde_yaml::from_str::<Record>(text) {
        Ok(expected) => assert_eq!(shown(&record), shown(&expected), "on\n{text}"),
        Err(e) => panic!("read fast, refused in general: {e}\n{text}"),
    }
    true
}

#[test]
fn records_wia_wrote_are_read_fast_and_the_same() {
    for text in [FINAL, DRAFT] {
        assert!(agrees(text), "a record wia wrote was not read fast");
        assert!(
            agrees_as_record(text),
            "a record wia wrote was not read fast"
        );
    }
}

/// Every YAML file in the repository: fixtures (broken ones too), examples,
/// questionnaires. Most are written by hand; whichever the fast reading takes, it reads
/// as the general one does.
#[test]
fn every_yaml_file_here_reads_the_same_or_is_left_to_the_general_reading() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut stack = vec![
        root.join("tests/fixtures"),
        root.join("examples"),
        root.join("questionnaires"),
    ];
    let (mut files, mut fast_read) = (0, 0);
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "yaml")
                && let Ok(text) = std::fs::read_to_string(&path)
            {
                files += 1;
                if agrees(&text) {
                    fast_read += 1;
                }
                agrees_as_record(&text);
            }
        }
    }
    assert!(files > 30, "{files} files");
    assert!(fast_read > 10, "{fast_read} of {files} read fast");
}

#[test]
fn the_layout_wia_writes_is_read_fast() {
    for text in [
        "a: 1\nb: text\n",
        "# a comment\na:\n- x\n- y\nb: z\n",
        "a:\n  b:\n  - c: 1\n    d: 2\n  - []\n  - {}\ne: ''\n",
        "a: 'it''s'\nb: \"tab\\there \\u00e9 \\\" \\\\ \\x41\"\n",
        "a: |-\n  two\n  lines\nb: |\n  kept\n\n  blank inside\nc: 3\n",
        "a:\nb: ~\nc: null\nd: -1.5e+3\ne: 0x1F\nf: 007\ng: .inf\nh: 2026-01-04\n",
        "'quoted key': 1\n\"x y\": 2\n1: 3\ntrue: 4\n",
        "- - a\n  - b\n- c: d\n  e:\n  - f\n",
        "a: C#, a:b, http://x, [not] {flow}, -5, ?x\n",
        "a: Ddim ond â, ŵ, ŷ, 😀\n",
        "a: no\u{a0}break, \u{2027}, \u{fffd}, \u{e000}\n",
    ] {
        assert!(agrees(text), "not read fast:\n{text}");
    }
}

#[test]
fn what_is_not_wia_layout_is_left_to_the_general_reading() {
    for text in [
        "a: &x 1\nb: *x\n",
        "a: !tag 1\n",
        "a: [1, 2]\n",
        "a: {b: 1}\n",
        "a: >\n  folded\n",
        "a: |+\n  kept\n\n",
        "a: |2\n   indented\n",
        "a:\ttab\n",
        "a: 1\r\n",
        "a: text # comment\n",
        "a: two\n  lines\n",
        "a: 'two\n  lines'\n",
        "---\na: 1\n",
        "a: 1\n---\nb: 2\n",
        "? a\n: 1\n",
        "  a: 1\n",
        "just text\n",
        "a: trailing \n",
        "a: \"\\/\"\n",
        "\u{feff}a: 1\n",
        "a: \u{2028}\n",
        "a: x\u{2029}\n",
        "a: \u{85}\n",
        "a: \u{9f}\n",
        "a: \u{fffe}\n",
        "a: \u{7f}\n",
        "a: \u{1}\n",
    ] {
        assert!(fast::<Value>(text).is_none(), "read fast:\n{text:?}");
    }
}

/// Long runs of nothing (line breaks, comments, a literal's blank lines) are left to the
/// gate, which refuses what it cannot read with an event in sight; nothing is listed
/// per line first (a million line breaks would otherwise cost 16 MB before any check).
#[test]
fn long_runs_without_a_value_are_left_to_the_general_reading() {
    for text in [
        format!("a: 1\n{}", "\n".repeat(1_000_000)),
        format!("a: 1\n{}b: 2\n", "# say\n".repeat(20_000)),
        format!("a: |\n  x\n{}  y\n", "\n".repeat(100_000)),
    ] {
        assert!(fast::<Value>(&text).is_none(), "read fast: {}", &text[..20]);
    }
    assert!(agrees(&format!("a: 1\n{}b: 2\n", "\n".repeat(1_000))));
}

#[test]
fn deep_nesting_is_left_to_the_general_reading() {
    let mut text = String::new();
    for level in 0..60 {
        text.push_str(&"  ".repeat(level));
        text.push_str("a:\n");
    }
    text.push_str(&"  ".repeat(60));
    text.push_str("b: 1\n");
    assert!(fast::<Value>(&text).is_none());
    let shallow: String = text
        .lines()
        .skip(50)
        .map(|l| format!("{}\n", &l[100..]))
        .collect();
    assert!(agrees(&shallow), "{shallow}");
}

/// The texts in a value: every kind of character wia may meet in an answer, the words
/// YAML 1.1 reads as something else, numbers as text, indicators, lines.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-zA-Z0-9 ,.:#'\"!&*?|>%@`{}\\[\\]-]{0,12}",
        "[ -~éŵ😀\n]{0,16}",
        Just("yes".to_string()),
        Just("null".to_string()),
        Just("~".to_string()),
        Just("1e5".to_string()),
        Just("0x1F".to_string()),
        Just("007".to_string()),
        Just(".inf".to_string()),
        Just("2026-01-04".to_string()),
        Just("- x".to_string()),
        Just("a: b".to_string()),
        Just(String::new()),
    ]
}

fn value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        text().prop_map(Value::String),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_map(Value::from),
        any::<bool>().prop_map(Value::Bool),
        Just(Value::Null),
    ];
    leaf.prop_recursive(5, 48, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..5).prop_map(Value::Sequence),
            prop::collection::vec((text(), inner), 0..5).prop_map(|entries| {
                Value::Mapping(
                    entries
                        .into_iter()
                        .map(|(k, v)| (Value::String(k), v))
                        .collect(),
                )
            }),
        ]
    })
}

/// A text is read fast unless it has what this reading leaves alone: lines of several
/// that start with a space or a line break, or more than one line break at the end (`|2`,
/// `|+`), a key of several lines, a carriage return or a tab (none generated).
fn ordinary(v: &Value) -> bool {
    match v {
        Value::String(s) => {
            !(s.contains('\n')
                && (s.contains("\n ") || s.starts_with([' ', '\n']) || s.ends_with("\n\n")))
        }
        Value::Sequence(items) => items.iter().all(ordinary),
        // A key of several lines is written as a complex key (`? |`).
        Value::Mapping(m) => m
            .iter()
            .all(|(k, v)| k.as_str().is_some_and(|k| !k.contains('\n')) && ordinary(v)),
        _ => true,
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    /// What wia writes of any value is read back fast, and as the general reading reads it.
    #[test]
    fn what_wia_writes_reads_back_fast(v in value()) {
        let text = wia::yaml_out::to_string(&v);
        let read = agrees(&text);
        // A file is a mapping or a list with something in it.
        let file_like = match &v {
            Value::Sequence(items) => !items.is_empty(),
            Value::Mapping(m) => !m.is_empty(),
            _ => false,
        };
        if ordinary(&v) && file_like {
            prop_assert!(read, "not read fast:\n{}", text);
        }
    }

    /// Random edits of a record, of the characters that matter to YAML: whatever the fast
    /// reading takes, it reads as the general one does, as a value and as a record.
    #[test]
    fn edits_of_a_record_read_the_same_or_are_left_alone(
        edits in prop::collection::vec((0.0..1.0f64, 0usize..16, 0usize..4), 1..4)
    ) {
        let mut text = FINAL.to_string();
        for (at, what, len) in edits {
            let mut i = ((text.len() as f64) * at) as usize;
            while !text.is_char_boundary(i) {
                i -= 1;
            }
            let piece = [
                " ", ":", "-", "#", "\n", "'", "\"", "|", "&", "*", "{", "[", "x", "  ", "- ", ": ",
            ][what];
            if len == 0 {
                let mut end = (i + 2).min(text.len());
                while !text.is_char_boundary(end) {
                    end += 1;
                }
                text.replace_range(i..end, "");
            } else {
                text.insert_str(i, &piece.repeat(len));
            }
        }
        agrees(&text);
        agrees_as_record(&text);
    }
}

/// Plain texts that are numbers, or look like them, each as every kind of value reads it:
/// the fast reading follows `yaml_serde`'s rules for prefixes, signs, leading zeros and
/// widths exactly.
/// A plain text is known to be a text from its first character unless that character
/// could begin a null, a boolean or a number: each first character, with endings that
/// make nulls, booleans, numbers, infinities and near misses, reads as in general.
#[test]
fn a_plain_text_reads_as_in_general_whatever_it_begins_with() {
    let firsts = (0x21u8..0x7f).map(char::from).chain(['é', '٣', 'ŵ', 'Ι']);
    let endings = [
        "", "1", "x", "nf", "an", "aN", "ull", "ULL", "rue", "RUE", "alse", "ALSE", "0x1F", "5",
        "e3", ".5", "inity", "nfinity",
    ];
    for first in firsts {
        for ending in endings {
            let doc = format!("a: {first}{ending}\nb:\n- {first}{ending}\n");
            if let Some(value) = fast::<Value>(&doc) {
                assert_eq!(shown(&Some(value)), shown(&general(&doc)), "{doc}");
            }
            let one = format!("a: {first}{ending}\n");
            let fast_f64: Option<std::collections::BTreeMap<String, f64>> = fast(&one);
            if fast_f64.is_some() {
                let general: Option<std::collections::BTreeMap<String, f64>> =
                    serde_yaml::from_str(&one).ok();
                assert_eq!(shown(&fast_f64), shown(&general), "{one}");
            }
        }
    }
}

#[test]
fn numbers_and_near_numbers_read_as_the_general_reading_reads_them() {
    let texts = [
        "0x1F",
        "-0x1F",
        "+0x1F",
        "0x-1",
        "0x+1",
        "0o17",
        "-0o17",
        "0b101",
        "-0b101",
        "0b2",
        "+-1",
        "-+1",
        "++1",
        "007",
        "-007",
        "+007",
        "0",
        "-0",
        "+0",
        "1_000",
        "1e5",
        "-1.5e-3",
        ".5",
        "5.",
        "-.inf",
        "+.inf",
        ".NaN",
        ".nan",
        "inf",
        "NaN",
        "18446744073709551615",
        "18446744073709551616",
        "-9223372036854775808",
        "-9223372036854775809",
        "340282366920938463463374607431768211456",
        "0x",
        "-",
        "~",
        "Null",
        "TRUE",
        "yes",
    ];
    for text in texts {
        let doc = format!("a: {text}\nb:\n- {text}\n");
        let general_value = general(&doc);
        assert_eq!(shown(&fast::<Value>(&doc)), shown(&general_value), "{doc}");
        // A value too wide for any number is refused by both; every other is read fast.
        assert!(
            general_value.is_none() || agrees(&doc),
            "not read fast: {doc}"
        );
        // As typed values too: what each kind accepts of the same text.
        #[derive(Debug, serde::Deserialize)]
        #[allow(dead_code)]
        struct Typed<T> {
            a: T,
        }
        fn both<T: serde::de::DeserializeOwned + std::fmt::Debug>(doc: &str) {
            let fast: Option<Typed<T>> = fast(doc);
            let general: Option<Typed<T>> = serde_yaml::from_str(doc).ok();
            assert_eq!(shown(&fast), shown(&general), "{doc}");
        }
        let one = format!("a: {text}\n");
        both::<u8>(&one);
        both::<i32>(&one);
        both::<u64>(&one);
        both::<i64>(&one);
        both::<u128>(&one);
        both::<i128>(&one);
        both::<f64>(&one);
        both::<bool>(&one);
        both::<String>(&one);
        both::<Option<String>>(&one);
        both::<Option<f64>>(&one);
        both::<()>(&one);
    }
}
