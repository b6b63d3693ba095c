//! `wia new` when a write fails or is retried: a record and its summary appear together or
//! not at all, and a retry does not make a second record.

mod common;

use std::path::{Path, PathBuf};

use common::cli::{ANSWERS, SMALL, stderr_of, wia};

fn files(dir: &Path, ext: &str) -> Vec<PathBuf> {
    let mut found: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|d| {
            d.map(|e| e.unwrap().path())
                .filter(|p| p.extension().is_some_and(|e| e == ext))
                .collect()
        })
        .unwrap_or_default();
    found.sort();
    found
}

fn new(data: &Path) -> assert_cmd::assert::Assert {
    wia(data)
        .args(["new", "--answers", ANSWERS, "--questionnaire", SMALL])
        .assert()
}

#[test]
fn a_summary_that_cannot_be_written_leaves_no_record_and_a_retry_makes_exactly_one() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    std::fs::create_dir_all(&data).unwrap();
    // A file where the folder should be: no summary can be written (root ignores modes).
    std::fs::write(data.join("summaries"), "").unwrap();
    let failed = new(&data).code(2);
    assert!(
        stderr_of(&failed).contains("summaries"),
        "{}",
        stderr_of(&failed)
    );
    assert_eq!(files(&data.join("records"), "yaml"), Vec::<PathBuf>::new());

    std::fs::remove_file(data.join("summaries")).unwrap();
    let first = new(&data).success();
    let paths = String::from_utf8(first.get_output().stdout.clone()).unwrap();
    let again = new(&data).success();
    assert_eq!(
        String::from_utf8(again.get_output().stdout.clone()).unwrap(),
        paths,
        "the retry names the same record and summary"
    );
    let err = stderr_of(&again);
    assert!(err.contains("Already saved as"), "{err}");
    assert!(err.contains("No second record was made"), "{err}");
    assert_eq!(files(&data.join("records"), "yaml").len(), 1);
    assert_eq!(files(&data.join("summaries"), "md").len(), 1);
}

#[test]
fn a_record_left_without_its_summary_gets_it_back_on_a_retry() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let (record, summary) = common::cli::new_record(&data);
    let text = std::fs::read_to_string(&summary).unwrap();
    std::fs::remove_file(&summary).unwrap();

    new(&data).success();
    assert_eq!(
        files(&data.join("records"), "yaml"),
        std::slice::from_ref(&record)
    );
    assert_eq!(std::fs::read_to_string(&summary).unwrap(), text);
    // The record kept is the first one, untouched.
    wia(&data).arg("verify").arg(&record).assert().success();
}

#[test]
fn a_record_that_cannot_be_written_takes_its_summary_with_it() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    std::fs::create_dir_all(&data).unwrap();
    std::fs::write(data.join("records"), "").unwrap();
    new(&data).code(2);
    assert_eq!(files(&data.join("summaries"), "md"), Vec::<PathBuf>::new());
}

#[test]
fn different_answers_are_different_records() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    new(&data).success();
    let text = std::fs::read_to_string(ANSWERS).unwrap();
    assert!(text.contains("Termly"));
    let edited = common::cli::write(
        dir.path(),
        "edited.answers.yaml",
        &text.replace("Termly", "Yearly"),
    );
    wia(&data)
        .args(["new", "--questionnaire", SMALL, "--answers"])
        .arg(&edited)
        .assert()
        .success();
    assert_eq!(files(&data.join("records"), "yaml").len(), 2);
}
