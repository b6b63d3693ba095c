//! Questionnaire translations: `wia check --require-lang`, and records that read the same
//! in either language.

mod common;

use common::cli::{stderr_of, wia, write};
use predicates::str::contains;

const MISSING: &str = "tests/fixtures/missing-welsh.yaml";

#[test]
fn require_lang_cy_names_each_missing_text_at_its_place() {
    let dir = tempfile::tempdir().unwrap();
    let assert = wia(dir.path())
        .args(["check", "--require-lang", "cy", MISSING])
        .assert()
        .code(1);
    let err = stderr_of(&assert);
    // Each at its text's `en:` key: the hint's block key, and inside the option's flow mapping.
    assert!(
        err.contains(
            "tests/fixtures/missing-welsh.yaml:27:11: error: sections[0].questions[0].hint: no Welsh (cy) text"
        ),
        "{err}"
    );
    assert!(
        err.contains(
            "tests/fixtures/missing-welsh.yaml:30:36: error: sections[0].questions[0].options[1].label: no Welsh (cy) text"
        ),
        "{err}"
    );
    assert_eq!(err.matches("no Welsh (cy) text").count(), 2, "{err}");
    assert!(err.contains("missing-welsh.yaml: 2 texts have nothing in Welsh (cy)"));
    // The list replaces the count.
    assert!(!err.contains("note:"), "{err}");
    assert!(!String::from_utf8_lossy(&assert.get_output().stdout).contains("ok:"));
}

#[test]
fn without_the_flag_missing_welsh_is_a_note_and_the_check_passes() {
    let dir = tempfile::tempdir().unwrap();
    wia(dir.path())
        .args(["check", MISSING])
        .assert()
        .code(0)
        .stdout(contains("ok: questionnaire missing-welsh 0.1"))
        .stderr(contains(
            "note: 2 of 10 texts have no Welsh (cy) translation yet",
        ));
}

#[test]
fn bundled_and_example_questionnaires_are_fully_in_welsh() {
    let dir = tempfile::tempdir().unwrap();
    let assert = wia(dir.path())
        .args([
            "check",
            "--require-lang",
            "cy",
            "questionnaires/wia-policy.yaml",
            "examples/minimal-questionnaire.yaml",
        ])
        .assert();
    let err = stderr_of(&assert);
    assert.code(0);
    assert_eq!(err, "", "no notes and no errors");
}

#[test]
fn require_lang_en_finds_an_empty_english_text() {
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(MISSING)
        .unwrap()
        .replace("{en: Red, cy: Coch}", "{en: \"\", cy: Coch}");
    let path = write(dir.path(), "q.yaml", &text);
    let assert = wia(dir.path())
        .args(["check", "--require-lang", "en"])
        .arg(&path)
        .assert()
        .code(1);
    let err = stderr_of(&assert);
    assert!(
        err.contains(
            ":29:34: error: sections[0].questions[0].options[0].label: no English (en) text"
        ),
        "{err}"
    );
    assert_eq!(err.matches("no English (en) text").count(), 1, "{err}");
    // English is complete in the fixture otherwise; its Welsh gaps are still counted.
    assert!(err.contains("note: 2 of 10 texts have no Welsh (cy) translation yet"));
}

#[test]
fn an_unknown_language_code_is_refused_clearly() {
    let dir = tempfile::tempdir().unwrap();
    let assert = wia(dir.path())
        .args(["check", "--require-lang", "fr", MISSING])
        .assert()
        .code(2);
    let err = stderr_of(&assert);
    assert!(
        err.contains(
            "unknown language `fr`: questionnaires are written in en (English) and cy (Welsh)"
        ),
        "{err}"
    );
}

#[test]
fn language_codes_ignore_case() {
    let dir = tempfile::tempdir().unwrap();
    wia(dir.path())
        .args(["check", "--require-lang", "CY", MISSING])
        .assert()
        .code(1)
        .stderr(contains("no Welsh (cy) text"));
}
