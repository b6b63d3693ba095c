//! Files saved on Windows end their lines with CRLF; wia reads them exactly as the same
//! files with LF. Runs on every platform, and under Wine in CI.

mod common;

use std::path::Path;

use common::cli::{stderr_of, wia, write};

fn crlf(path: &str) -> String {
    std::fs::read_to_string(path).unwrap().replace('\n', "\r\n")
}

/// `wia new` then `wia score --format json` of what it saved.
fn scored(data: &Path, answers: &Path) -> String {
    let out = wia(data)
        .arg("new")
        .arg("--answers")
        .arg(answers)
        .assert()
        .success();
    let stdout = String::from_utf8_lossy(&out.get_output().stdout).into_owned();
    let record = stdout.lines().next().unwrap().to_string();
    let out = wia(data)
        .args(["score", &record, "--format", "json"])
        .assert()
        .success();
    String::from_utf8_lossy(&out.get_output().stdout).into_owned()
}

#[test]
fn an_answers_file_with_crlf_scores_as_with_lf() {
    let dir = tempfile::tempdir().unwrap();
    let example = "examples/aln-idp-review.answers.yaml";
    let windows = write(dir.path(), "crlf.answers.yaml", &crlf(example));
    assert!(std::fs::read(&windows).unwrap().contains(&b'\r'));
    let lf = scored(&dir.path().join("lf"), Path::new(example));
    let crlf = scored(&dir.path().join("crlf"), &windows);
    assert!(lf.contains("\"system_hours_per_year\""), "{lf}");
    assert_eq!(lf, crlf);
}

#[test]
fn mistakes_in_a_crlf_file_are_placed_on_the_same_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    let q = "tests/fixtures/small-questionnaire.yaml";
    let answers = "tests/fixtures/broken.answers.yaml";
    let windows = write(dir.path(), "broken.answers.yaml", &crlf(answers));
    let q_windows = write(dir.path(), "small.yaml", &crlf(q));
    let places = |q: &Path, a: &Path| {
        let out = wia(dir.path())
            .arg("new")
            .arg("--answers")
            .arg(a)
            .arg("--questionnaire")
            .arg(q)
            .assert()
            .code(1);
        // Each mistake from its line and column on, the file name left out.
        stderr_of(&out)
            .lines()
            .filter_map(|l| l.split_once(".yaml:").map(|(_, rest)| rest.to_string()))
            .collect::<Vec<_>>()
    };
    let lf = places(Path::new(q), Path::new(answers));
    assert!(lf.len() > 1, "{lf:?}");
    assert_eq!(lf, places(&q_windows, &windows));
}
