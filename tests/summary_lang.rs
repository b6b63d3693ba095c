//! The summary in Welsh, in English and in both: fixed phrases from the message files,
//! questionnaire texts in the reader's language with a marked English fallback, and a
//! record that does not change with the language it is read in.

mod common;

use chrono::DateTime;
use common::cli::{new_record, stderr_of, wia};
use fluent_syntax::ast::{Entry, Expression, Pattern, PatternElement};
use wia::i18n::Lang;
use wia::record::{AnswersFile, BuildOptions, Record, Status, build_record};
use wia::report::{bilingual, summary};

fn options() -> BuildOptions {
    BuildOptions {
        status: Status::Final,
        id: "0123456789".into(),
        now: DateTime::parse_from_rfc3339("2026-11-25T09:30:00+00:00").unwrap(),
        questionnaire_sha256: "ab".repeat(32),
    }
}

/// The worked example, with the assessor's own words in Welsh so that any English left
/// in a Welsh summary can only come from the program.
fn welsh_example() -> Record {
    let mut file: AnswersFile =
        serde_yaml::from_str(include_str!("../examples/aln-idp-review.answers.yaml")).unwrap();
    file.assessor.name = Some("Rhian Evans".into());
    file.assessor.organisation = Some("Llywodraeth Cymru".into());
    let answers = &mut file.answers;
    answers.insert("policy_title".into(), "Adolygu CDUau bob tymor".into());
    answers.insert(
        "policy_summary".into(),
        "Bydd ysgolion yn adolygu pob CDU bob tymor.".into(),
    );
    answers.insert(
        "mitigations".into(),
        "Mae'r adolygiad tymhorol yn disodli'r adolygiad blynyddol.".into(),
    );
    let tasks = answers
        .get_mut("tasks")
        .and_then(|t| t.as_sequence_mut())
        .unwrap();
    for (i, task) in tasks.iter_mut().enumerate() {
        task.as_mapping_mut()
            .unwrap()
            .insert("description".into(), format!("Tasg rhif {}", i + 1).into());
    }
    build_record(common::bundled(), &file, options(), wia::i18n::Lang::En)
        .ok()
        .unwrap()
        .record
}

/// Every piece of fixed text in a Fluent pattern, select variants included.
fn texts(pattern: &Pattern<&str>, out: &mut Vec<String>) {
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => out.push(value.to_string()),
            PatternElement::Placeable { expression } => {
                if let Expression::Select { variants, .. } = expression {
                    for v in variants {
                        texts(&v.value, out);
                    }
                }
            }
        }
    }
}

/// The English summary's fixed phrases: every text fragment with a word in it.
fn english_phrases() -> Vec<String> {
    let source = include_str!("../i18n/en/summary.ftl");
    let resource = fluent_syntax::parser::parse(source).unwrap();
    let mut out = Vec::new();
    for entry in &resource.body {
        if let Entry::Message(m) = entry
            && let Some(value) = &m.value
        {
            texts(value, &mut out);
        }
    }
    out.into_iter()
        .map(|t| t.trim().to_string())
        .filter(|t| t.chars().filter(|c| c.is_alphabetic()).count() >= 3)
        .collect()
}

/// Whether `phrase` occurs in `text` as whole words ("new" is not in "newydd").
fn contains_words(text: &str, phrase: &str) -> bool {
    let word = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '_');
    text.match_indices(phrase).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + phrase.len()..].chars().next();
        let joined_before = word(before) && phrase.starts_with(char::is_alphanumeric);
        let joined_after = word(after) && phrase.ends_with(char::is_alphanumeric);
        !joined_before && !joined_after
    })
}

#[test]
fn a_welsh_summary_has_welsh_headings_and_no_english_fixed_phrase() {
    let record = welsh_example();
    let results = record.results.as_ref().unwrap();
    let cy = summary(common::bundled(), &record, results, Lang::Cy);
    for heading in [
        "# Asesiad effaith llwyth gwaith: Adolygu CDUau bob tymor",
        "## Sgôr: Cymedrol",
        "## Oriau fesul rôl",
        "## Beth sy'n gyrru'r cyfanswm",
        "## Baneri",
        "## Camau lliniaru",
        "## Dull",
        "| Rôl | Y person yr wythnos | Y person y flwyddyn | Oriau'r flwyddyn, Cymru | CALl |",
    ] {
        assert!(cy.contains(heading), "no `{heading}` in:\n{cy}");
    }
    let phrases = english_phrases();
    assert!(phrases.len() > 40, "{phrases:?}");
    for phrase in &phrases {
        assert!(!contains_words(&cy, phrase), "English `{phrase}` in:\n{cy}");
    }
    // The bundled questionnaire is all in Welsh: nothing falls back.
    assert!(!cy.contains("Saesneg yn unig"), "{cy}");
    // Dates, counts with the numerals' mutations, hours after numerals.
    assert!(cy.contains("· 25 Tachwedd 2026 ·"), "{cy}");
    assert!(
        cy.contains("13 baner: 4 difrifol, 8 rhybudd, 1 er gwybodaeth."),
        "{cy}"
    );
    assert!(
        cy.contains("disgwylir +1.12 awr yr wythnos i bob person"),
        "{cy}"
    );
    assert!(
        cy.contains("1. Tasg rhif 1 (newydd): disgwylir +140,434 awr y flwyddyn ledled Cymru"),
        "{cy}"
    );
}

#[test]
fn the_english_summary_is_unchanged_by_the_welsh_one() {
    let record = welsh_example();
    let results = record.results.as_ref().unwrap();
    let en = summary(common::bundled(), &record, results, Lang::En);
    assert!(en.contains("## Rating: Moderate"), "{en}");
    assert!(en.contains("13 flags: 4 serious, 8 warnings, 1 for information."));
    assert!(!en.contains("English only"), "{en}");
}

#[test]
fn a_text_without_welsh_shows_in_english_marked_never_blank() {
    // The small fixture's band labels and flag messages have no Welsh.
    let file: AnswersFile =
        serde_yaml::from_str(include_str!("fixtures/small.answers.yaml")).unwrap();
    let record = build_record(&common::small(), &file, options(), wia::i18n::Lang::En)
        .ok()
        .unwrap()
        .record;
    let results = record.results.as_ref().unwrap();
    let cy = summary(&common::small(), &record, results, Lang::Cy);
    assert!(
        cy.contains("## Sgôr: Negligible _(Saesneg yn unig)_"),
        "{cy}"
    );
    assert!(
        cy.contains("**Difrifol**\n\n- Unfunded. _(Saesneg yn unig)_"),
        "{cy}"
    );
    // Role labels that are translated are used as they are.
    assert!(cy.contains("| Athrawon |"), "{cy}");
}

#[test]
fn welsh_plurals_of_flag_and_warning_counts() {
    use wia::t;
    let line = |count: usize, warnings: usize| {
        t!(
            Lang::Cy,
            "summary-flag-counts",
            count = count,
            serious = "0",
            warnings = warnings,
            info = "0"
        )
    };
    assert_eq!(
        line(1, 0),
        "1 faner: 0 difrifol, dim rhybuddion, 0 er gwybodaeth."
    );
    assert_eq!(
        line(2, 2),
        "2 faner: 0 difrifol, 2 rybudd, 0 er gwybodaeth."
    );
    assert_eq!(
        line(3, 3),
        "3 baner: 0 difrifol, 3 rhybudd, 0 er gwybodaeth."
    );
    assert_eq!(
        line(6, 6),
        "6 baner: 0 difrifol, 6 rhybudd, 0 er gwybodaeth."
    );
    assert_eq!(
        line(11, 1),
        "11 baner: 0 difrifol, 1 rhybudd, 0 er gwybodaeth."
    );
    let en = t!(
        Lang::En,
        "summary-flag-counts",
        count = 1,
        serious = "1",
        warnings = 0,
        info = "0"
    );
    assert_eq!(en, "1 flag: 1 serious, 0 warnings, 0 for information.");
}

#[test]
fn bilingual_summary_of_the_small_record() {
    let file: AnswersFile =
        serde_yaml::from_str(include_str!("fixtures/small.answers.yaml")).unwrap();
    let record = build_record(&common::small(), &file, options(), wia::i18n::Lang::En)
        .ok()
        .unwrap()
        .record;
    insta::assert_snapshot!(bilingual(
        &common::small(),
        &record,
        record.results.as_ref().unwrap()
    ));
}

#[test]
fn summary_follows_lang_and_bilingual_from_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let (record, summary_path) = new_record(dir.path());
    let record_text = std::fs::read_to_string(&record).unwrap();
    let written = std::fs::read_to_string(&summary_path).unwrap();
    assert!(
        written.starts_with("# Workload impact assessment"),
        "{written}"
    );

    let cy = wia(dir.path())
        .args(["--lang", "cy", "summary"])
        .arg(&record)
        .assert()
        .success();
    let cy = String::from_utf8_lossy(&cy.get_output().stdout).into_owned();
    assert!(cy.starts_with("# Asesiad effaith llwyth gwaith: "), "{cy}");

    let both = wia(dir.path())
        .args(["summary", "--bilingual"])
        .arg(&record)
        .assert()
        .success();
    let both = String::from_utf8_lossy(&both.get_output().stdout).into_owned();
    assert!(both.contains("## Baneri / Flags"), "{both}");

    // Reading in another language changes nothing in the record.
    assert_eq!(std::fs::read_to_string(&record).unwrap(), record_text);
    wia(dir.path())
        .arg("verify")
        .arg(&record)
        .assert()
        .success();
}

#[test]
fn new_writes_the_summary_in_the_chosen_language_and_the_same_record() {
    let dir = tempfile::tempdir().unwrap();
    let assert = wia(dir.path())
        .args([
            "--lang",
            "cy",
            "new",
            "--answers",
            common::cli::ANSWERS,
            "--questionnaire",
            common::cli::SMALL,
        ])
        .assert()
        .success();
    let out = String::from_utf8_lossy(&assert.get_output().stdout).into_owned();
    let _ = stderr_of(&assert);
    let mut lines = out.lines();
    let record = lines.next().unwrap();
    let summary_path = lines.next().unwrap();
    let text = std::fs::read_to_string(summary_path).unwrap();
    assert!(
        text.starts_with("# Asesiad effaith llwyth gwaith"),
        "{text}"
    );
    let yaml = std::fs::read_to_string(record).unwrap();
    // The record keeps the answers file's language and English flag messages.
    assert!(yaml.contains("\nlanguage: en\n"), "{yaml}");
    assert!(yaml.contains("message: Unfunded."), "{yaml}");
}
