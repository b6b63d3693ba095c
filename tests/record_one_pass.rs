//! Records are read in one YAML pass (`parse_record`), with the index of places built
//! only when there is something to place. These tests hold it to the reader it replaced
//! (`parse_record_indexed`, which builds the index for every record and finds repeated
//! keys with it): the same record, or the same refusal with the same words at the same
//! place, for every file, hostile ones included.

#[allow(dead_code)]
#[path = "hostile_corpus/mutate.rs"]
mod mutate;

use wia::error::{Diagnostic, Error};
use wia::i18n::Lang;
use wia::locate::Position;
use wia::record::{Record, parse_record, parse_record_indexed};

const FINAL: &str = include_str!("fixtures/review/records/9490d10358.yaml");
const DRAFT: &str = include_str!("fixtures/review/records/c606eda2c8.yaml");

/// What reading gave, in a form two readings can be compared by.
fn outcome(r: wia::error::Result<Record>) -> Result<Record, Vec<Diagnostic>> {
    match r {
        Ok(record) => Ok(record),
        Err(Error::Invalid(diags)) => Err(diags),
        Err(other) => panic!("a record text gave an error that is not about its content: {other}"),
    }
}

/// Both readers give the same; that, in both languages.
fn same(text: &str) -> Result<Record, Vec<Diagnostic>> {
    let mut first = None;
    for lang in [Lang::En, Lang::Cy] {
        let once = outcome(parse_record(text, "r.yaml", lang));
        let indexed = outcome(parse_record_indexed(text, "r.yaml", lang));
        // Compared as printed: a record holding NaN is not equal to itself.
        let shown = |r: &Result<Record, Vec<Diagnostic>>| format!("{r:?}");
        if shown(&once) != shown(&indexed) {
            let brief = |r: &Result<Record, Vec<Diagnostic>>| match r {
                Ok(_) => "read".to_string(),
                Err(d) => format!("{d:?}"),
            };
            let start: String = text.chars().take(300).collect();
            panic!(
                "the readers differ: one pass {}, indexed {}, on a text starting\n{start}",
                brief(&once),
                brief(&indexed)
            );
        }
        first.get_or_insert(once);
    }
    first.unwrap()
}

/// The one refusal of `text`: its place and English words.
fn refusal(text: &str) -> (Option<Position>, String) {
    let diags = same(text).expect_err("refused");
    assert_eq!(diags.len(), 1, "{diags:?}");
    (diags[0].position, diags[0].message.clone())
}

fn at(line: usize, column: usize) -> Option<Position> {
    Some(Position { line, column })
}

fn duplicate(key: &str) -> String {
    format!("duplicate key `{key}`: each key may appear once in a mapping")
}

/// `FINAL` with `lines` put before its line `before` (counted from 1).
fn inserted(before: usize, lines: &str) -> String {
    let mut out: Vec<&str> = FINAL.lines().collect();
    out.insert(before - 1, lines);
    out.join("\n") + "\n"
}

#[test]
fn the_seeds_read_the_same_both_ways() {
    same(FINAL).expect("the final seed reads");
    same(DRAFT).expect("the draft seed reads");
}

/// serde's `BTreeMap` keeps the last of two equal keys without a word: a headcount given
/// twice must still be refused, at the second, now that no index looks for it first.
#[test]
fn a_headcount_given_twice_is_refused_at_the_second() {
    // Line 15 is `answers:`; the headcounts go before it, on lines 15 to 17.
    let text = inserted(15, "headcounts:\n  teacher: 2\n  teacher: 3");
    assert_eq!(refusal(&text), (at(17, 3), duplicate("teacher")));
    let once = inserted(15, "headcounts:\n  teacher: 2\n  leader: 3");
    let record = same(&once).expect("distinct headcounts read");
    assert_eq!(record.headcounts.len(), 2);
}

#[test]
fn a_role_given_twice_in_the_results_is_refused_at_the_second() {
    let lines: Vec<&str> = FINAL.lines().collect();
    let roles = lines.iter().position(|l| *l == "  roles:").unwrap();
    // The second role's key, four spaces in, under `results.roles`.
    let second = (roles + 2..lines.len())
        .find(|&i| {
            let l = lines[i];
            l.starts_with("    ") && !l.starts_with("     ") && l.ends_with(':')
        })
        .unwrap();
    let first = lines[roles + 1];
    let mut changed = lines.clone();
    changed[second] = first;
    let text = changed.join("\n") + "\n";
    let key = first.trim().trim_end_matches(':');
    assert_eq!(refusal(&text), (at(second + 1, 5), duplicate(key)));
}

#[test]
fn an_answer_given_twice_is_refused_at_the_second() {
    // Line 17 is `policy_owner`; it is given again as line 18.
    let text = inserted(18, "  policy_owner: Someone else");
    assert_eq!(refusal(&text), (at(18, 3), duplicate("policy_owner")));
    // Inside an answer: the first task's minutes (lines 50 to 53) with `low` twice.
    let text = inserted(52, "      low: 1");
    assert_eq!(refusal(&text), (at(52, 7), duplicate("low")));
}

/// Keys that are one to the index and two to the deserializer: a number and the same
/// digits quoted, two lists as keys, a tagged key and the same text untagged.
#[test]
fn keys_written_alike_are_refused_however_they_are_typed() {
    for (lines, line, column, key) in [
        ("  extra:\n    1: a\n    '1': b", 20, 5, "1"),
        ("  extra:\n    [a]: 1\n    [b]: 2", 20, 5, "?"),
        ("  extra:\n    !x a: 1\n    a: 2", 20, 5, "a"),
    ] {
        let text = inserted(18, lines);
        assert_eq!(
            refusal(&text),
            (at(line, column), duplicate(key)),
            "{lines}"
        );
    }
}

/// An alias can stand for a key; while one is in the text the index looks for repeats,
/// as before. And an alias that repeats a headcount's key is a repeat too.
#[test]
fn aliases_as_keys_are_refused_as_before() {
    let anchored = FINAL.replace("language: en", "language: &l en");
    let with = |lines: &str| {
        let mut out: Vec<&str> = anchored.lines().collect();
        out.insert(17, lines);
        out.join("\n") + "\n"
    };
    let (place, words) = refusal(&with("  extra:\n    *l : 1\n    [b]: 2"));
    assert_eq!((place, words), (at(20, 5), duplicate("?")));
    let mut lines: Vec<&str> = anchored.lines().collect();
    lines.insert(14, "headcounts:\n  *l : 2\n  en: 3");
    let refused = same(&(lines.join("\n") + "\n")).expect_err("refused");
    assert!(
        refused
            .iter()
            .any(|d| d.message.contains("duplicate key `en`")),
        "{refused:?}"
    );
}

/// Every hostile variant of both seeds that the corpus test runs through the commands
/// (`tests/hostile_corpus.rs`) reads the same both ways: the same record, or the same
/// problems at the same places in the same words.
#[test]
fn every_hostile_variant_reads_the_same_both_ways() {
    let mut rng = mutate::Rng::new(0x5749_4131_3148_4152);
    let (mut read, mut refused) = (0, 0);
    for text in mutate::record_texts(&[(FINAL, 24), (DRAFT, 6)], &mut rng) {
        match same(&text) {
            Ok(_) => read += 1,
            Err(_) => refused += 1,
        }
    }
    // The corpus is hundreds of files, most of them refused.
    assert!(refused + read > 200, "{refused} refused, {read} read");
    assert!(refused > 100, "{refused} refused, {read} read");
}

/// The digest is written without a copy of each path and string; what it cannot digest
/// is still named by its place.
#[test]
fn the_digest_names_the_place_of_what_it_cannot_digest() {
    let digest = |text: &str| {
        let record = same(text).expect("reads");
        wia::record::canonical_digest(&record, Lang::En)
    };
    assert_eq!(
        digest(FINAL).unwrap(),
        FINAL.lines().last().unwrap().trim_start_matches("digest: ")
    );
    let nan = FINAL.replacen("      likely: 135", "      likely: .nan", 1);
    assert_eq!(
        digest(&nan).unwrap_err(),
        "`answers.tasks[0].minutes.likely` is .nan, not a finite number"
    );
    let list_key = inserted(18, "  extra:\n  - a: 1\n    [b]: 2");
    assert_eq!(
        digest(&list_key).unwrap_err(),
        "`answers.extra[0]` has a key that is not text"
    );
    let tagged = inserted(18, "  extra: !thing 1");
    assert_eq!(
        digest(&tagged).unwrap_err(),
        "`answers.extra` carries a YAML tag (!thing)"
    );
}
