//! Options coded as numbers (`{value: 1, ...}`), as surveys code them: the questionnaire
//! passes `wia check`, and an answer, a condition or a ranking may name the option by the
//! number (`1`) or by its text (`"1"`) alike.

mod common;

use common::cli::{stderr_of, wia, write};

const Q: &str = "\
id: coded
version: \"1\"
title: {en: Coded}
scoring:
  school_weeks_per_year: 39
  directed_hours_per_fte: 1265
  currency: GBP
  drivers: 3
  roles:
    - {id: teacher, label: {en: Teachers}, headcount: 10, headcount_year: 2024, headcount_source: {en: Test}}
  frequencies:
    - {id: once, per_year: 1, label: {en: Once}}
  bands:
    - {id: low, label: {en: Low}}
sections:
  - id: b
    title: {en: B}
    questions:
      - id: policy_title
        type: short_text
        text: {en: Title}
      - id: b4
        type: single_choice
        text: {en: Special provision?}
        options:
          - {value: 1, label: {en: \"Yes\"}}
          - {value: 2, label: {en: \"No\"}}
      - id: b5
        type: short_text
        show_if: {question: b4, eq: 1}
        text: {en: Which?}
      - id: b6
        type: multiple_choice
        text: {en: Which phases?}
        options:
          - {value: 1, label: {en: Primary}}
          - {value: 2, label: {en: Secondary}}
      - id: b7
        type: ranking
        text: {en: Rank}
        options:
          - {value: 1, label: {en: Time}}
          - {value: 2, label: {en: Money}}
      - id: tasks
        type: task_list
        text: {en: Tasks}
";

fn answers(b4: &str, b6: &str, b7: &str) -> String {
    format!(
        "questionnaire: coded\nassessor: {{name: A, organisation: B}}\nanswers:\n  \
         policy_title: T\n  b4: {b4}\n  b5: Ysgol\n  b6: {b6}\n  b7: {b7}\n  tasks: []\n"
    )
}

fn record_answers(data: &std::path::Path) -> serde_yaml::Value {
    let dir = data.join("records");
    let file = std::fs::read_dir(&dir)
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    let r: serde_yaml::Value =
        serde_yaml::from_str(&std::fs::read_to_string(file).unwrap()).unwrap();
    r["answers"].clone()
}

#[test]
fn a_questionnaire_with_numeric_codes_passes_check_and_its_condition_too() {
    let tmp = tempfile::tempdir().unwrap();
    let q = write(tmp.path(), "q.yaml", Q);
    wia(tmp.path()).arg("check").arg(&q).assert().success();
    // A number that is no option's code is refused, as a text would be.
    let bad = write(tmp.path(), "bad.yaml", &Q.replace("eq: 1}", "eq: 3}"));
    let out = wia(tmp.path()).arg("check").arg(&bad).assert().code(1);
    assert!(
        stderr_of(&out).contains("`3` is not an option of `b4`: expected one of 1, 2"),
        "{}",
        stderr_of(&out)
    );
}

#[test]
fn answers_name_a_coded_option_by_number_or_by_text_alike() {
    for (b4, b6, b7) in [
        ("1", "[1, 2]", "[2, 1]"),
        ("\"1\"", "[\"1\", \"2\"]", "[\"2\", \"1\"]"),
    ] {
        let tmp = tempfile::tempdir().unwrap();
        let q = write(tmp.path(), "q.yaml", Q);
        let a = write(tmp.path(), "a.yaml", &answers(b4, b6, b7));
        let out = wia(tmp.path())
            .args(["new", "--answers"])
            .arg(&a)
            .arg("--questionnaire")
            .arg(&q)
            .assert();
        let stderr = stderr_of(&out);
        out.success();
        // b5 applies only when b4 is 1: no warning that it was answered though hidden.
        assert!(!stderr.contains("warning"), "{b4}: {stderr}");
        let got = record_answers(tmp.path());
        assert_eq!(got["b4"], serde_yaml::Value::from("1"), "{b4}");
        assert_eq!(got["b5"], serde_yaml::Value::from("Ysgol"), "{b4}");
        assert_eq!(
            got["b6"],
            serde_yaml::from_str::<serde_yaml::Value>("['1', '2']").unwrap()
        );
        assert_eq!(
            got["b7"],
            serde_yaml::from_str::<serde_yaml::Value>("['2', '1']").unwrap()
        );
    }
}

#[test]
fn a_number_that_is_no_option_is_refused_naming_the_options() {
    let tmp = tempfile::tempdir().unwrap();
    let q = write(tmp.path(), "q.yaml", Q);
    let a = write(tmp.path(), "a.yaml", &answers("3", "[1]", "[1, 2]"));
    let out = wia(tmp.path())
        .args(["new", "--answers"])
        .arg(&a)
        .arg("--questionnaire")
        .arg(&q)
        .assert()
        .code(1);
    let stderr = stderr_of(&out);
    assert!(
        stderr.contains("`3` is not an option: expected one of 1, 2"),
        "{stderr}"
    );
}

#[test]
fn the_template_shows_coded_options_as_they_may_be_answered() {
    let tmp = tempfile::tempdir().unwrap();
    let q = write(tmp.path(), "q.yaml", Q);
    let t = tmp.path().join("t.yaml");
    wia(tmp.path())
        .args(["template", "--questionnaire"])
        .arg(&q)
        .arg("-o")
        .arg(&t)
        .assert()
        .success();
    let text = std::fs::read_to_string(&t).unwrap();
    assert!(text.contains("#   '1': Yes"), "{text}");
    // Filled in as a person would, with the number the template shows.
    let filled = text
        .replace("  name: ~", "  name: A")
        .replace("  organisation: ~", "  organisation: B")
        .replace("  policy_title: ~", "  policy_title: T")
        .replace("  b4: ~", "  b4: 1")
        .replace("  b6: ~", "  b6: [2]")
        .replace("  b7: ~", "  b7: [1, 2]")
        .replace("  tasks: ~", "  tasks: []");
    let a = write(tmp.path(), "a.yaml", &filled);
    wia(tmp.path())
        .args(["new", "--answers"])
        .arg(&a)
        .arg("--questionnaire")
        .arg(&q)
        .assert()
        .success();
    assert_eq!(
        record_answers(tmp.path())["b4"],
        serde_yaml::Value::from("1")
    );
}
