//! Issue 15: one draft store. Drafts live in the drafts folder; a draft record that
//! `wia new --draft` wrote among the records is moved there when it is first asked for,
//! so `wia assess --resume` opens it and `wia new --from-draft` finalises it, as it does a
//! draft begun in the interface.

mod common;

use std::path::Path;

use common::cli::{wia, write};
use wia::i18n::Lang;
use wia::store::DataDir;

/// The worked example without its review date, saved with `wia new --draft`: its id.
fn draft_record(data: &Path) -> String {
    let text = std::fs::read_to_string("examples/aln-idp-review.answers.yaml").unwrap();
    let answers: String = text
        .lines()
        .filter(|l| !l.trim_start().starts_with("review_date:"))
        .map(|l| format!("{l}\n"))
        .collect();
    let file = write(data, "draft.answers.yaml", &answers);
    let out = wia(data)
        .args(["new", "--draft", "--answers"])
        .arg(&file)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let record = String::from_utf8(out).unwrap();
    let record = Path::new(record.lines().next().unwrap());
    assert!(
        std::fs::read_to_string(record)
            .unwrap()
            .contains("status: draft")
    );
    record.file_stem().unwrap().to_string_lossy().into_owned()
}

#[test]
fn a_draft_from_wia_new_draft_opens_as_wia_assess_resume_opens_it() {
    let dir = tempfile::tempdir().unwrap();
    let id = draft_record(dir.path());
    let data = DataDir::new(dir.path());
    // What `wia assess --resume ID` does before the first frame.
    let (a, dropped) = wia::tui::runtime::open_draft(&data, &id, Lang::En).expect("it opens");
    assert!(dropped.is_empty(), "{dropped:?}");
    assert_eq!(a.draft.id, id);
    let example = common::tui::example_answers();
    let opened = a.to_draft();
    assert_eq!(opened.title(), example["policy_title"].as_str());
    assert!(opened.title().is_some());
    assert!(a.draft.revises.is_none());
    // It is in one place now: the drafts folder, not the records.
    assert!(data.draft_path(&id).exists());
    assert!(!data.record_path(&id).exists());
    assert!(!data.summary_path(&id).exists());
    // A unique start of the id finds it again, now as a draft.
    wia::store::release_all_drafts();
    let again = wia::store::load_draft(&data, &id[..6], Lang::En).unwrap();
    assert_eq!(again.id, id);
    // And it finalises as any draft does, once the missing answer is given.
    let mut d = again;
    d.answers.insert("review_date".into(), "2028-09-01".into());
    wia::store::save_draft(&data, &d, Lang::En).unwrap();
    wia(dir.path())
        .args(["new", "--from-draft", &id])
        .assert()
        .success();
    assert!(!data.draft_path(&id).exists());
}

#[test]
fn a_draft_begun_in_the_interface_finalises_from_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let data = DataDir::new(dir.path());
    let draft = common::tui::draft(common::tui::example_answers());
    wia::store::save_draft(&data, &draft, Lang::En).unwrap();
    wia::store::release_all_drafts();
    // The same store `wia assess --resume` reads...
    assert!(wia::tui::runtime::open_draft(&data, &draft.id, Lang::En).is_ok());
    wia::store::release_all_drafts();
    // ...and `wia new --from-draft` finalises.
    wia(dir.path())
        .args(["new", "--from-draft", &draft.id])
        .assert()
        .success();
    assert!(!data.draft_path(&draft.id).exists());
}

#[test]
fn a_final_record_is_never_taken_for_a_draft() {
    let dir = tempfile::tempdir().unwrap();
    let (record, _) = common::cli::new_record(dir.path());
    let id = record.file_stem().unwrap().to_string_lossy().into_owned();
    let data = DataDir::new(dir.path());
    assert!(wia::store::load_draft(&data, &id, Lang::En).is_err());
    assert!(record.exists());
}
