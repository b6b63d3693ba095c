//! Surveys: a questionnaire without `scoring` keeps answers only, and one that declares
//! `anonymous: true` writes nothing that names who answered. Taken from `wia check`
//! through `wia template`'s own advice to `wia show`, `wia summary`, `wia score`, `wia list`
//! and `wia portfolio`.

mod common;

use std::path::{Path, PathBuf};

use common::cli::{stderr_of, wia, write};

const SURVEY: &str = "tests/fixtures/survey/school-leaders.yaml";
const NAME: &str = "Siân Ŵyn-Prydderch";

fn stdout_of(a: &assert_cmd::assert::Assert) -> String {
    String::from_utf8_lossy(&a.get_output().stdout).into_owned()
}

/// The template `wia template --questionnaire` writes into `dir`, answered.
fn answered_template(data: &Path, dir: &Path) -> (PathBuf, String) {
    let path = dir.join("answers.yaml");
    let done = wia(data)
        .args(["template", "--questionnaire", SURVEY, "-o"])
        .arg(&path)
        .assert()
        .success();
    let text = std::fs::read_to_string(&path).unwrap();
    let filled = text
        .replace(
            "  role: ~",
            "  role: {value: other, other: \"Deputy head\"}",
        )
        .replace("  phases: ~", "  phases: [primary, special]")
        .replace("  ready: ~", "  ready: {guidance: 2, training: 1}")
        .replace("  hours: ~", "  hours: 12.5")
        .replace(
            "  comments: ~",
            "  comments: \"More training time, please.\"",
        );
    std::fs::write(&path, filled).unwrap();
    (path, stderr_of(&done))
}

fn the_record(data: &Path) -> (String, String) {
    let records = data.join("records");
    let entry = std::fs::read_dir(&records)
        .unwrap()
        .next()
        .expect("one record")
        .unwrap();
    let id = entry
        .path()
        .file_stem()
        .unwrap()
        .to_string_lossy()
        .into_owned();
    (id, std::fs::read_to_string(entry.path()).unwrap())
}

fn host_name() -> String {
    std::fs::read_to_string("/proc/sys/kernel/hostname")
        .or_else(|_| std::fs::read_to_string("/etc/hostname"))
        .map(|s| s.trim().to_string())
        .or_else(|_| std::env::var("COMPUTERNAME"))
        .unwrap_or_default()
}

/// Every file under `dir`, read as text (lossily), with its path.
fn every_file(dir: &Path) -> Vec<(PathBuf, String)> {
    let mut out = Vec::new();
    let Ok(entries) = std::fs::read_dir(dir) else {
        return out;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            out.extend(every_file(&p));
        } else {
            let text = String::from_utf8_lossy(&std::fs::read(&p).unwrap()).into_owned();
            out.push((p, text));
        }
    }
    out
}

#[test]
fn a_survey_passes_wia_check_and_says_what_it_is() {
    let dir = tempfile::tempdir().unwrap();
    let done = wia(dir.path()).args(["check", SURVEY]).assert().success();
    assert!(
        stdout_of(&done).contains("an anonymous survey (no scoring, no names)"),
        "{}",
        stdout_of(&done)
    );
    let cy = wia(dir.path())
        .args(["--lang", "cy", "check", SURVEY])
        .assert()
        .success();
    assert!(
        stdout_of(&cy).contains("arolwg dienw"),
        "{}",
        stdout_of(&cy)
    );
}

#[test]
fn a_survey_with_a_task_list_is_refused_clearly() {
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(SURVEY).unwrap().replace(
        "      - id: comments",
        "      - id: tasks\n        type: task_list\n        text: {en: Tasks, cy: Tasgau}\n      - id: comments",
    );
    let file = write(dir.path(), "survey.yaml", &text);
    let failed = wia(dir.path()).arg("check").arg(&file).assert().code(1);
    let said = stderr_of(&failed);
    assert!(
        said.contains(
            "`tasks` is a task list, which only a questionnaire with a `scoring` block can work out"
        ),
        "{said}"
    );
}

#[test]
fn the_templates_advice_works_as_printed_and_the_response_names_nobody() {
    let data = tempfile::tempdir().unwrap();
    let work = tempfile::tempdir().unwrap();
    let (answers, said) = answered_template(data.path(), work.path());
    let text = std::fs::read_to_string(&answers).unwrap();
    assert!(text.contains("questionnaire_file: "), "{text}");
    assert!(
        !text.contains("assessor:"),
        "anonymous: no assessor asked\n{text}"
    );
    assert!(
        !text.contains("headcounts"),
        "a survey has no roles\n{text}"
    );
    // The advice, run word for word.
    let advice = said
        .split("then run: ")
        .nth(1)
        .expect("the template gives advice")
        .trim();
    let words: Vec<&str> = advice.split_whitespace().collect();
    assert_eq!(&words[..3], ["wia", "new", "--answers"], "{advice}");
    let made = wia(data.path()).args(&words[1..]).assert().success();
    assert!(
        stderr_of(&made).contains("Saved response"),
        "{}",
        stderr_of(&made)
    );

    let (_, record) = the_record(data.path());
    assert!(
        !record.contains("results:"),
        "a survey has no results\n{record}"
    );
    assert!(!record.contains("assessor"), "anonymous\n{record}");
    assert!(record.contains("other: Deputy head"), "{record}");
}

#[test]
fn an_answers_file_names_its_questionnaire_file_relative_to_itself() {
    let data = tempfile::tempdir().unwrap();
    let work = tempfile::tempdir().unwrap();
    std::fs::create_dir(work.path().join("forms")).unwrap();
    std::fs::copy(SURVEY, work.path().join("forms/survey.yaml")).unwrap();
    let answers = write(
        work.path(),
        "a.yaml",
        "questionnaire_file: forms/survey.yaml\nanswers:\n  role: head\n  ready: {guidance: 3, training: 3}\n",
    );
    // Run from elsewhere: the path is the answers file's, not the current folder's.
    wia(data.path())
        .current_dir(std::env::temp_dir())
        .args(["new", "--answers"])
        .arg(&answers)
        .assert()
        .success();
    let (_, record) = the_record(data.path());
    assert!(record.contains("id: aln-readiness"), "{record}");
}

#[test]
fn an_answers_file_naming_no_questionnaire_is_told_how_to() {
    let data = tempfile::tempdir().unwrap();
    let answers = write(data.path(), "a.yaml", "answers:\n  role: head\n");
    let failed = wia(data.path())
        .args(["new", "--answers"])
        .arg(&answers)
        .assert()
        .code(1);
    assert!(
        stderr_of(&failed)
            .contains("add `questionnaire: ID` for a bundled one, or `questionnaire_file: FILE`"),
        "{}",
        stderr_of(&failed)
    );
}

#[test]
fn an_anonymous_response_refuses_a_name() {
    let data = tempfile::tempdir().unwrap();
    let work = tempfile::tempdir().unwrap();
    let (answers, _) = answered_template(data.path(), work.path());
    let mut text = std::fs::read_to_string(&answers).unwrap();
    text.push_str(&format!(
        "assessor:\n  name: {NAME}\n  organisation: Ysgol\n"
    ));
    std::fs::write(&answers, text).unwrap();
    let failed = wia(data.path())
        .args(["new", "--answers"])
        .arg(&answers)
        .assert()
        .code(1);
    assert!(
        stderr_of(&failed).contains("responses are anonymous"),
        "{}",
        stderr_of(&failed)
    );
    assert!(
        every_file(data.path())
            .iter()
            .all(|(p, _)| !p.starts_with(data.path().join("records")))
    );
}

#[test]
fn a_survey_response_is_shown_summarised_listed_and_left_out_of_the_scoring() {
    let data = tempfile::tempdir().unwrap();
    let work = tempfile::tempdir().unwrap();
    let (answers, _) = answered_template(data.path(), work.path());
    wia(data.path())
        .args(["new", "--answers"])
        .arg(&answers)
        .assert()
        .success();
    let (id, _) = the_record(data.path());

    let summary = stdout_of(&wia(data.path()).args(["summary", &id]).assert().success());
    assert!(summary.starts_with("# ALN readiness survey\n"), "{summary}");
    assert!(!summary.contains("untitled policy"), "{summary}");
    assert!(!summary.contains("Hours by role"), "{summary}");
    for line in [
        "Anonymous response · ",
        "## About you",
        "- **What is your role?** Other: Deputy head",
        "- **Which phases does your school teach?** Primary; Special",
        "## Readiness",
        "- **How ready is your school in each of these?** Guidance: Partly ready; Training: Not ready",
        "- **How many hours a week do you spend on ALN work?** 12.5 hours",
        "- **Anything else you would like to tell us?** More training time, please.",
    ] {
        assert!(summary.contains(line), "{line}\n{summary}");
    }
    let cy = stdout_of(
        &wia(data.path())
            .args(["--lang", "cy", "summary", &id])
            .assert()
            .success(),
    );
    for line in [
        "# Arolwg parodrwydd ADY",
        "Ymateb dienw · ",
        "## Amdanoch chi",
        "- **Beth yw eich rôl?** Arall: Deputy head",
        "- **Pa mor barod yw eich ysgol ym mhob un o'r rhain?** Canllawiau: Rhannol barod; Hyfforddiant: Ddim yn barod",
        "- **Sawl awr yr wythnos ydych chi'n ei dreulio ar waith ADY?** 12.5 awr",
    ] {
        assert!(cy.contains(line), "{line}\n{cy}");
    }
    let html = stdout_of(
        &wia(data.path())
            .args(["summary", "--format", "html", &id])
            .assert()
            .success(),
    );
    assert!(html.contains("<h1>ALN readiness survey</h1>"), "{html}");

    let shown = stdout_of(&wia(data.path()).args(["show", &id]).assert().success());
    assert!(
        shown.contains("- **What is your role?** Other: Deputy head"),
        "{shown}"
    );
    assert!(
        !shown.contains("Tasks"),
        "a survey has no task section\n{shown}"
    );

    let score = wia(data.path()).args(["score", &id]).assert().code(1);
    assert!(
        stderr_of(&score).contains("Nothing to score: record"),
        "{}",
        stderr_of(&score)
    );
    assert!(stdout_of(&score).is_empty());

    let list = stdout_of(&wia(data.path()).arg("list").assert().success());
    assert!(list.contains("ALN readiness survey"), "{list}");

    let portfolio = wia(data.path()).arg("portfolio").assert().success();
    assert!(
        stderr_of(&portfolio).contains("a survey's response, with no hours to add up"),
        "{}",
        stderr_of(&portfolio)
    );

    let sign = wia(data.path()).args(["sign", &id]).assert().code(1);
    assert!(
        stderr_of(&sign).contains("is an anonymous response"),
        "{}",
        stderr_of(&sign)
    );
}

#[test]
fn nothing_written_for_an_anonymous_response_names_the_person_or_the_machine() {
    let data = tempfile::tempdir().unwrap();
    let work = tempfile::tempdir().unwrap();
    // A remembered assessor, as a person who also assesses policies has.
    let settings = data.path().join(".test-settings");
    std::fs::create_dir_all(&settings).unwrap();
    std::fs::write(
        settings.join("config.yaml"),
        format!("assessor_name: {NAME}\nassessor_organisation: Ysgol\n"),
    )
    .unwrap();
    let (answers, _) = answered_template(data.path(), work.path());
    wia(data.path())
        .env("USER", "wia-survey-user")
        .env("LOGNAME", "wia-survey-user")
        .args(["new", "--answers"])
        .arg(&answers)
        .assert()
        .success();
    let host = host_name();
    let files = every_file(data.path());
    assert!(files.len() >= 3, "{files:?}");
    for (path, text) in files {
        if path.starts_with(&settings) {
            continue;
        }
        assert!(!text.contains(NAME), "{} names the person", path.display());
        assert!(
            !text.contains("wia-survey-user"),
            "{} names the user",
            path.display()
        );
        if !host.is_empty() {
            assert!(
                !text.contains(&host),
                "{} names the machine",
                path.display()
            );
        }
    }
}

#[test]
fn a_survey_that_is_not_anonymous_names_its_assessor() {
    let data = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(SURVEY)
        .unwrap()
        .replace("anonymous: true\n", "");
    let q = write(data.path(), "named.yaml", &text);
    let answers = write(
        data.path(),
        "a.yaml",
        &format!(
            "questionnaire_file: named.yaml\nassessor: {{name: {NAME}, organisation: Ysgol}}\nanswers:\n  role: head\n  ready: {{guidance: 3, training: 3}}\n"
        ),
    );
    assert!(q.exists());
    wia(data.path())
        .args(["new", "--answers"])
        .arg(&answers)
        .assert()
        .success();
    let (id, record) = the_record(data.path());
    assert!(record.contains(NAME), "{record}");
    assert!(!record.contains("results:"), "{record}");
    let summary = stdout_of(&wia(data.path()).args(["summary", &id]).assert().success());
    assert!(
        summary.contains(&format!("Answered by {NAME}, Ysgol · ")),
        "{summary}"
    );
}
