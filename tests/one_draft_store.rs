//! Issue 15: one draft store. Drafts live in the drafts folder: `wia new --draft` saves
//! there, as the interface does, so `wia assess --resume` and the home screen find it and
//! `wia new --from-draft` finalises it. A draft record an older `wia new --draft` wrote
//! among the records is moved there when it is first asked for.

mod common;

use std::path::Path;

use common::cli::{wia, write};
use wia::i18n::Lang;
use wia::store::DataDir;

/// The worked example without its review date, so that only a draft can hold it.
fn answers_without_review_date() -> String {
    std::fs::read_to_string("examples/aln-idp-review.answers.yaml")
        .unwrap()
        .lines()
        .filter(|l| !l.trim_start().starts_with("review_date:"))
        .map(|l| format!("{l}\n"))
        .collect()
}

/// A draft record left among the records by an older `wia new --draft`: its id.
fn draft_record(data: &Path) -> String {
    let record = common::cli::legacy_draft_record(data, &answers_without_review_date(), None);
    assert!(
        std::fs::read_to_string(&record)
            .unwrap()
            .contains("status: draft")
    );
    record.file_stem().unwrap().to_string_lossy().into_owned()
}

/// `wia new --draft` run as a user runs it: (the path it printed, what it said).
fn new_draft(data: &Path, lang: &str) -> (std::path::PathBuf, String) {
    let file = write(data, "draft.answers.yaml", &answers_without_review_date());
    let done = wia(data)
        .args(["--lang", lang, "new", "--draft", "--answers"])
        .arg(&file)
        .assert()
        .success();
    let out = String::from_utf8(done.get_output().stdout.clone()).unwrap();
    let mut lines = out.lines();
    let path = std::path::PathBuf::from(lines.next().unwrap());
    assert!(lines.next().is_none(), "one path on stdout: {out}");
    (path, common::cli::stderr_of(&done))
}

#[test]
fn wia_new_draft_saves_into_the_drafts_folder_and_nothing_into_the_records() {
    let dir = tempfile::tempdir().unwrap();
    let data = DataDir::new(dir.path());
    let (path, said) = new_draft(dir.path(), "en");
    let id = path.file_stem().unwrap().to_string_lossy().into_owned();
    assert_eq!(path, data.draft_path(&id));
    let records = std::fs::read_dir(data.records()).map_or(0, |d| d.count());
    assert_eq!(records, 0, "nothing among the records");
    assert!(!data.summary_path(&id).exists());
    // It says where the draft is and how to resume it.
    assert!(said.contains(&path.display().to_string()), "{said}");
    assert!(
        said.contains(&format!("wia assess --resume {id}")),
        "{said}"
    );
    assert!(
        said.contains(&format!("wia new --from-draft {id}")),
        "{said}"
    );
    // The home screen's list of drafts to resume has it, titled.
    let listed = wia::store::list_drafts(&data, Lang::En);
    assert_eq!(listed.len(), 1, "{listed:?}");
    assert_eq!(listed[0].id, id);
    assert!(listed[0].problem.is_none(), "{listed:?}");
    let example = common::tui::example_answers();
    assert_eq!(listed[0].title.as_deref(), example["policy_title"].as_str());
    // `wia list` shows it as it shows a draft begun in the interface: not at all, since
    // it lists records.
    let list = wia(dir.path()).args(["list"]).assert().success();
    let list = String::from_utf8_lossy(&list.get_output().stdout).into_owned();
    assert!(!list.contains(&id), "{list}");
    // `wia assess --resume ID` opens it where it is; nothing is moved.
    let (a, dropped) = wia::tui::runtime::open_draft(&data, &id, Lang::En).expect("it opens");
    assert!(dropped.is_empty(), "{dropped:?}");
    assert_eq!(a.draft.id, id);
    assert_eq!(a.to_draft().title(), example["policy_title"].as_str());
    assert!(a.draft.questionnaire_file.is_none(), "the bundled one");
    wia::store::release_all_drafts();
    // And it finalises as any draft does, once the missing answer is given.
    let mut d = wia::store::load_draft(&data, &id, Lang::En).unwrap();
    d.answers.insert("review_date".into(), "2028-09-01".into());
    wia::store::save_draft(&data, &d, Lang::En).unwrap();
    wia::store::release_all_drafts();
    wia(dir.path())
        .args(["new", "--from-draft", &id])
        .assert()
        .success();
    assert!(!data.draft_path(&id).exists());
}

#[test]
fn wia_new_draft_says_in_welsh_where_the_draft_is_and_how_to_resume_it() {
    let dir = tempfile::tempdir().unwrap();
    let (path, said) = new_draft(dir.path(), "cy");
    let id = path.file_stem().unwrap().to_string_lossy().into_owned();
    assert!(said.contains("Cadwyd drafft"), "{said}");
    assert!(said.contains("ffolder drafftiau"), "{said}");
    assert!(said.contains(&path.display().to_string()), "{said}");
    assert!(
        said.contains(&format!("wia assess --resume {id}")),
        "{said}"
    );
    assert!(!said.contains("Saved"), "{said}");
}

#[test]
fn a_draft_of_a_questionnaire_file_resumes_after_the_file_is_gone() {
    let dir = tempfile::tempdir().unwrap();
    let data = DataDir::new(dir.path());
    let small = std::fs::read_to_string(common::cli::SMALL).unwrap();
    let q = write(dir.path(), "mine.yaml", &small);
    let answers = write(
        dir.path(),
        "d.yaml",
        "questionnaire: small\nassessor: {name: A, organisation: B}\nanswers:\n  funded: \"yes\"\n",
    );
    let out = wia(dir.path())
        .args(["new", "--draft", "--questionnaire"])
        .arg(&q)
        .arg("--answers")
        .arg(&answers)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let path = String::from_utf8(out).unwrap();
    let id = Path::new(path.trim())
        .file_stem()
        .unwrap()
        .to_string_lossy()
        .into_owned();
    std::fs::remove_file(&q).unwrap();
    let (a, _) = wia::tui::runtime::open_draft(&data, &id, Lang::En).expect("it opens");
    let kept = a.draft.questionnaire_file.clone().expect("a kept copy");
    assert!(kept.starts_with(dir.path()), "{kept:?}");
    assert_eq!(std::fs::read_to_string(kept).unwrap(), small);
}

#[test]
fn an_older_draft_record_opens_as_wia_assess_resume_opens_it() {
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
