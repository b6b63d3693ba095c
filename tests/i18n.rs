//! The message files: both languages hold the same ids, every file parses, and Welsh
//! plurals choose the right form.

use std::collections::BTreeSet;

use fluent_syntax::ast::Entry;
use wia::i18n::{Lang, RESOURCES, plural_category};
use wia::t;

fn ids(area: &str, source: &str) -> BTreeSet<String> {
    let resource = fluent_syntax::parser::parse(source)
        .unwrap_or_else(|(_, errors)| panic!("{area}: Fluent syntax errors: {errors:?}"));
    resource
        .body
        .iter()
        .filter_map(|entry| match entry {
            Entry::Message(m) => Some(m.id.name.to_string()),
            Entry::Term(t) => Some(format!("-{}", t.id.name)),
            _ => None,
        })
        .collect()
}

#[test]
fn every_message_exists_in_both_languages() {
    let mut all = BTreeSet::new();
    for (area, en, cy) in RESOURCES {
        let (en_ids, cy_ids) = (ids(area, en), ids(area, cy));
        let only_en: Vec<_> = en_ids.difference(&cy_ids).collect();
        let only_cy: Vec<_> = cy_ids.difference(&en_ids).collect();
        assert!(only_en.is_empty(), "{area}: no Welsh for {only_en:?}");
        assert!(only_cy.is_empty(), "{area}: no English for {only_cy:?}");
        for id in en_ids {
            assert!(
                all.insert(id.clone()),
                "{area}: `{id}` is also defined in another area"
            );
        }
    }
    assert!(all.len() > 5);
}

#[test]
fn welsh_files_say_they_are_unchecked_until_reviewed() {
    for (area, _, cy) in RESOURCES {
        assert!(
            cy.contains("UNCHECKED") || cy.contains("CHECKED BY"),
            "{area}: the Welsh file must say whether a fluent speaker has checked it"
        );
    }
}

#[test]
fn welsh_plural_categories_follow_cldr() {
    let got: Vec<_> = [0.0, 1.0, 2.0, 3.0, 6.0, 10.0]
        .iter()
        .map(|n| plural_category(Lang::Cy, *n))
        .collect();
    assert_eq!(got, ["zero", "one", "two", "few", "many", "other"]);
    assert_eq!(plural_category(Lang::En, 1.0), "one");
    assert_eq!(plural_category(Lang::En, 2.0), "other");
}

fn hours(lang: Lang, n: i64) -> String {
    t!(lang, "count-hours", count = n, shown = n.to_string())
}

#[test]
fn hours_in_welsh_for_0_1_2_3_6_10() {
    let got: Vec<_> = [0, 1, 2, 3, 6, 10]
        .iter()
        .map(|n| hours(Lang::Cy, *n))
        .collect();
    assert_eq!(
        got,
        ["dim oriau", "1 awr", "2 awr", "3 awr", "6 awr", "10 awr"]
    );
    let en: Vec<_> = [0, 1, 2].iter().map(|n| hours(Lang::En, *n)).collect();
    assert_eq!(en, ["0 hours", "1 hour", "2 hours"]);
}

#[test]
fn welsh_counts_take_the_numerals_mutations() {
    let tasks: Vec<_> = [0, 1, 2, 3, 6, 10]
        .iter()
        .map(|n| t!(Lang::Cy, "count-tasks", count = *n))
        .collect();
    assert_eq!(
        tasks,
        [
            "dim tasgau",
            "1 dasg",
            "2 dasg",
            "3 tasg",
            "6 thasg",
            "10 tasg"
        ]
    );
    let questions: Vec<_> = [1, 2, 3, 6, 10]
        .iter()
        .map(|n| t!(Lang::Cy, "count-questions", count = *n))
        .collect();
    assert_eq!(
        questions,
        [
            "1 cwestiwn",
            "2 gwestiwn",
            "3 chwestiwn",
            "6 chwestiwn",
            "10 cwestiwn"
        ]
    );
}

#[test]
fn a_missing_message_shows_its_id_not_a_blank() {
    assert_eq!(t!(Lang::Cy, "no-such-message"), "no-such-message");
}
