//! `wia tabulate` and `wia export --answers` on a small survey of our own
//! (tests/fixtures/tabulate-survey.yaml), with every figure worked out by hand below.
//!
//! Five final responses, a draft and a broken file:
//!
//! | resp | role        | setting   | alnco_years  | phases             | ready | c3 training/time/other | priorities              | hours |
//! |------|-------------|-----------|--------------|--------------------|-------|------------------------|-------------------------|-------|
//! | R1   | head        | primary   | 7 (HIDDEN)   | primary            | yes   | 2 / 1 / 4              | time, money, training   | 3     |
//! | R2   | alnco       | primary   | 5            | nursery, primary   | no    | 3 / 1 / -              | money, time, training   | 6     |
//! | R3   | alnco       | secondary | 10           | secondary          | no    | 1 / 2 / 2              | time, training, money   | 4.5   |
//! | R4   | other: Dep. | secondary | (hidden)     | primary, secondary | yes   | 2 / 2 / -              | training, time, money   | -     |
//! | R5   | head        | -         | (hidden)     | -                  | -     | -                      | -                       | 10    |
//! | D    | alnco (a draft: counted only with --include-drafts)                                                                        |
//!
//! alnco_years is asked only of ALNCos (R2, R3). R1 answered it anyway (7): that answer
//! does not apply and must count nowhere, and export blank.
//!
//! role: head 2 (R1, R5), alnco 2, other 1; 5 answering: 40%, 40%, 20%.
//! setting: primary 2, secondary 2, no answer 1 (R5); 4 answering: 50%, 50%.
//! alnco_years: n 2 (5, 10): mean 7.5, median 7.5, min 5, max 10; does not apply 3.
//!   (Counting R1's stale 7 would give n 3 and mean 22/3.)
//! phases (multiple): 4 answering; nursery 1 = 25%, primary 3 (R1 R2 R4) = 75%,
//!   secondary 2 (R3 R4) = 50%; no answer 1.
//! c3.other: answered by R1 (4) and R3 (2) only: point 2 once, point 4 once, 50% each of
//!   2 answering; no answer 3 (R2 and R4 left the row, R5 the matrix).
//! priorities: 4 answering. time ranks 1, 2, 1, 2: mean 1.5, first 2 = 50%; money 2, 1,
//!   3, 3: mean 2.25, first 1 = 25%; training 3, 3, 2, 1: mean 2.25, first 1 = 25%.
//! hours: 3, 6, 4.5, 10: n 4, mean 23.5 / 4 = 5.875, median (4.5 + 6) / 2 = 5.25, min 3,
//!   max 10; no answer 1 (R4).
//! ready by setting (R5 answered neither: left out 1, total 4):
//!             primary secondary total
//!   yes       1 (R1)  1 (R4)    2
//!   no        1 (R2)  1 (R3)    2
//!   total     2       2         4
//! phases by role (R5 chose no phase: left out 1, total 4):
//!             head  alnco  other  total
//!   nursery   0     1      0      1
//!   primary   1     1      1      3
//!   secondary 0     1      1      2
//!   total     1     2      1      4     (a column's total is its respondents)

mod common;

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use common::cli::{stderr_of, wia};
use serde_json::Value;

const SURVEY: &str = "tests/fixtures/tabulate-survey.yaml";

const R1: &str = "role: head\nsetting: primary\nalnco_years: 7\nphases: [primary]\nready: \"yes\"\n\
c3: {training: 2, time: 1, other: 4}\npriorities: [time, money, training]\nhours: 3\n\
comments: \"=HYPERLINK(1)\"";
const R2: &str = "role: alnco\nsetting: primary\nalnco_years: 5\nphases: [nursery, primary]\n\
ready: \"no\"\nc3: {training: 3, time: 1}\npriorities: [money, time, training]\nhours: 6";
const R3: &str = "role: alnco\nsetting: secondary\nalnco_years: 10\nphases: [secondary]\n\
ready: \"no\"\nc3: {training: 1, time: 2, other: 2}\npriorities: [time, training, money]\nhours: 4.5";
const R4: &str = "role: {value: other, other: Deputy head}\nsetting: secondary\n\
phases: [primary, secondary]\nready: \"yes\"\nc3: {training: 2, time: 2}\n\
priorities: [training, time, money]";
const R5: &str = "role: head\nhours: 10";
const DRAFT: &str = "role: alnco\nsetting: primary";

/// Make one response with `wia new`; its record's id.
fn respond(data: &Path, name: &str, answers: &str, draft: bool) -> String {
    let indented: String = answers.lines().map(|l| format!("  {l}\n")).collect();
    let file = data.join(format!("{name}.answers.yaml"));
    std::fs::write(
        &file,
        format!(
            "questionnaire: readiness\nassessor: {{name: A, organisation: B}}\nanswers:\n{indented}"
        ),
    )
    .unwrap();
    let mut cmd = wia(data);
    cmd.args([
        "new",
        "--answers",
        file.to_str().unwrap(),
        "--questionnaire",
        SURVEY,
    ]);
    if draft {
        cmd.arg("--draft");
    }
    let out = cmd.assert().success().get_output().stdout.clone();
    let first = String::from_utf8(out).unwrap();
    let path = PathBuf::from(first.lines().next().unwrap());
    path.file_stem().unwrap().to_string_lossy().into_owned()
}

/// A new folder with the five responses, the draft and a broken file.
fn make_folder() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (name, answers) in [("r1", R1), ("r2", R2), ("r3", R3), ("r4", R4), ("r5", R5)] {
        respond(dir.path(), name, answers, false);
    }
    respond(dir.path(), "draft", DRAFT, true);
    std::fs::write(dir.path().join("records/broken.yaml"), "not: [a record\n").unwrap();
    dir
}

/// The folder most tests only read, made once.
fn folder() -> &'static Path {
    static DIR: OnceLock<tempfile::TempDir> = OnceLock::new();
    DIR.get_or_init(make_folder).path()
}

fn run(data: &Path, args: &[&str]) -> (String, String) {
    let a = wia(data).args(args).assert().success();
    let out = String::from_utf8(a.get_output().stdout.clone()).unwrap();
    (out, stderr_of(&a))
}

fn json(data: &Path, args: &[&str]) -> Value {
    let mut all = args.to_vec();
    all.extend(["--format", "json"]);
    serde_json::from_str(&run(data, &all).0).unwrap()
}

fn close(a: &Value, b: f64) -> bool {
    (a.as_f64().unwrap() - b).abs() < 1e-9
}

/// (value, count, share) of each option.
fn options(v: &Value) -> Vec<(String, u64, f64)> {
    v["options"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| {
            (
                o["value"].as_str().unwrap().to_string(),
                o["count"].as_u64().unwrap(),
                o["share"].as_f64().unwrap(),
            )
        })
        .collect()
}

fn base(v: &Value) -> [u64; 4] {
    let b = &v["base"];
    ["responses", "answering", "no_answer", "does_not_apply"].map(|k| b[k].as_u64().unwrap())
}

#[test]
fn single_choices_are_counted_with_shares_of_those_answering() {
    let v = json(folder(), &["tabulate", "role"]);
    assert_eq!(v["schema_version"], 1);
    assert_eq!(v["kind"], "options");
    assert_eq!(base(&v), [5, 5, 0, 0]);
    assert_eq!(
        options(&v),
        [
            ("head".into(), 2, 40.0),
            ("alnco".into(), 2, 40.0),
            ("other".into(), 1, 20.0)
        ]
    );
    let v = json(folder(), &["tabulate", "setting"]);
    assert_eq!(base(&v), [5, 4, 1, 0]);
    assert_eq!(
        options(&v),
        [("primary".into(), 2, 50.0), ("secondary".into(), 2, 50.0)]
    );
}

#[test]
fn an_answer_in_a_hidden_branch_counts_nowhere() {
    let v = json(folder(), &["tabulate", "alnco_years"]);
    assert_eq!(v["kind"], "number");
    assert_eq!(base(&v), [5, 2, 0, 3]);
    let s = &v["stats"];
    assert_eq!(s["n"], 2);
    assert!(close(&s["mean"], 7.5), "R1's stale 7 left out: {s}");
    assert!(close(&s["median"], 7.5) && close(&s["min"], 5.0) && close(&s["max"], 10.0));
}

#[test]
fn multiple_choice_shares_are_of_respondents_and_may_pass_100() {
    let v = json(folder(), &["tabulate", "phases"]);
    assert_eq!(v["kind"], "multiple");
    assert_eq!(base(&v), [5, 4, 1, 0]);
    assert_eq!(
        options(&v),
        [
            ("nursery".into(), 1, 25.0),
            ("primary".into(), 3, 75.0),
            ("secondary".into(), 2, 50.0)
        ]
    );
}

#[test]
fn a_matrix_row_is_counted_per_scale_point_named_either_way() {
    let dotted = json(folder(), &["tabulate", "c3.other"]);
    let flag = json(folder(), &["tabulate", "c3", "--row", "other"]);
    assert_eq!(dotted, flag);
    assert_eq!(dotted["question"]["row"], "other");
    assert_eq!(base(&dotted), [5, 2, 3, 0]);
    assert_eq!(
        options(&dotted),
        [
            ("1".into(), 0, 0.0),
            ("2".into(), 1, 50.0),
            ("3".into(), 0, 0.0),
            ("4".into(), 1, 50.0)
        ]
    );
    // A whole matrix has no one set of categories: the person is told to name a row.
    let a = wia(folder()).args(["tabulate", "c3"]).assert().code(1);
    assert!(
        stderr_of(&a).contains("training, time, other"),
        "{}",
        stderr_of(&a)
    );
}

#[test]
fn a_ranking_gives_mean_ranks_and_first_places() {
    let v = json(folder(), &["tabulate", "priorities"]);
    assert_eq!(v["kind"], "ranking");
    assert_eq!(base(&v), [5, 4, 1, 0]);
    let o = v["options"].as_array().unwrap();
    let got: Vec<(&str, f64, u64)> = o
        .iter()
        .map(|o| {
            (
                o["value"].as_str().unwrap(),
                o["mean_rank"].as_f64().unwrap(),
                o["first"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [("time", 1.5, 2), ("money", 2.25, 1), ("training", 2.25, 1)]
    );
    assert!(close(&o[0]["first_share"], 50.0));
}

#[test]
fn a_number_gives_n_mean_median_min_and_max() {
    let v = json(folder(), &["tabulate", "hours"]);
    assert_eq!(base(&v), [5, 4, 1, 0]);
    let s = &v["stats"];
    assert_eq!(s["n"], 4);
    assert!(close(&s["mean"], 5.875) && close(&s["median"], 5.25));
    assert!(close(&s["min"], 3.0) && close(&s["max"], 10.0));
}

#[test]
fn a_cross_tabulation_has_row_and_column_totals_in_json_and_csv() {
    let v = json(folder(), &["tabulate", "ready", "--by", "setting"]);
    assert_eq!(v["kind"], "cross");
    assert_eq!(v["by"]["id"], "setting");
    assert_eq!(
        (v["total"].as_u64(), v["left_out"].as_u64()),
        (Some(4), Some(1))
    );
    let rows: Vec<(String, Vec<u64>, u64)> = v["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["value"].as_str().unwrap().into(),
                serde_json::from_value(r["counts"].clone()).unwrap(),
                r["total"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        rows,
        [("yes".into(), vec![1, 1], 2), ("no".into(), vec![1, 1], 2)]
    );
    let (csv, _) = run(
        folder(),
        &["tabulate", "ready", "--by", "setting", "--format", "csv"],
    );
    assert_eq!(
        csv,
        "value,label,primary,secondary,total\nyes,Yes,1,1,2\nno,No,1,1,2\n_total,Total,2,2,4\n"
    );
    // Multiple choice down the side: a column's total is its respondents.
    let (csv, _) = run(
        folder(),
        &["tabulate", "phases", "--by", "role", "--format", "csv"],
    );
    assert_eq!(
        csv,
        "value,label,head,alnco,other,total\nnursery,Nursery,0,1,0,1\nprimary,Primary,1,1,1,3\n\
         secondary,Secondary,0,1,1,2\n_total,Total,1,2,1,4\n"
    );
}

#[test]
fn text_reads_at_80_columns_in_english_and_welsh() {
    let (en, err) = run(folder(), &["tabulate", "setting"]);
    assert!(
        en.contains("Shares are percentages of those answering"),
        "{en}"
    );
    assert!(
        en.contains("Primary") && en.contains("50.0%") && en.contains("No answer"),
        "{en}"
    );
    assert!(
        err.contains("Read 5 responses to readiness version 1"),
        "{err}"
    );
    let (cy, err) = run(
        folder(),
        &["tabulate", "phases", "--by", "c3.training", "--lang", "cy"],
    );
    for word in [
        "Cyfnodau rydych yn eu haddysgu",
        "Meithrin",
        "Dim o gwbl",
        "Cyfanswm",
    ] {
        assert!(cy.contains(word), "{word} in:\n{cy}");
    }
    assert!(err.contains("Darllenwyd 5 ymateb"), "{err}");
    for text in [&en, &cy] {
        for line in text.lines() {
            assert!(wia::text::width(line) <= 80, "too wide: {line}");
        }
    }
    let (csv, _) = run(
        folder(),
        &["tabulate", "priorities", "--format", "csv", "--lang", "cy"],
    );
    assert!(csv.contains("time,Amser,1.5,4,2,50.0\n"), "{csv}");
}

#[test]
fn a_broken_record_is_skipped_and_drafts_are_counted_only_when_asked() {
    let (_, err) = run(folder(), &["tabulate", "role"]);
    assert!(err.contains("broken.yaml: left out"), "{err}");
    assert!(err.contains("Draft records left out: 1"), "{err}");
    let v = json(folder(), &["tabulate", "role", "--include-drafts"]);
    assert_eq!(base(&v)[0], 6);
    assert_eq!(options(&v)[1], ("alnco".into(), 3, 50.0));
}

/// The export's rows in the order they were made (R1 to R5), each as header -> cell.
fn export_rows(csv: &str) -> Vec<std::collections::BTreeMap<String, String>> {
    let mut r = csv::Reader::from_reader(csv.as_bytes());
    let header: Vec<String> = r.headers().unwrap().iter().map(String::from).collect();
    r.records()
        .map(|row| {
            header
                .iter()
                .cloned()
                .zip(row.unwrap().iter().map(String::from))
                .collect()
        })
        .collect()
}

#[test]
fn the_answers_export_has_a_column_per_question_option_row_and_rank() {
    let out = folder()
        .parent()
        .unwrap()
        .join(format!("tabulate-export-{}.csv", std::process::id()));
    let (_, err) = run(
        folder(),
        &[
            "export",
            "--answers",
            "readiness",
            "--csv",
            out.to_str().unwrap(),
        ],
    );
    assert!(err.contains("Wrote 5 responses"), "{err}");
    let text = std::fs::read_to_string(&out).unwrap();
    std::fs::remove_file(&out).unwrap();
    assert_eq!(
        text.lines().next().unwrap(),
        "id,status,created,role,role__other,setting,alnco_years,phases__nursery,phases__primary,\
         phases__secondary,ready,c3__training,c3__time,c3__other,priorities__time,\
         priorities__money,priorities__training,hours,comments"
    );
    let rows = export_rows(&text);
    assert_eq!(rows.len(), 5);
    let by_role = |role: &str, years: &str| {
        rows.iter()
            .find(|r| r["role"] == role && r["alnco_years"] == years)
            .unwrap_or_else(|| panic!("{role} {years} in {rows:?}"))
    };
    // R1: the hidden branch is blank, not its stale 7; a formula is made inert.
    let r1 = rows
        .iter()
        .find(|r| r["role"] == "head" && r["setting"] == "primary")
        .unwrap();
    assert_eq!(r1["alnco_years"], "");
    assert_eq!(r1["comments"], "'=HYPERLINK(1)");
    assert_eq!(
        [
            &r1["phases__nursery"],
            &r1["phases__primary"],
            &r1["phases__secondary"]
        ],
        ["0", "1", "0"]
    );
    assert_eq!(
        [
            &r1["priorities__time"],
            &r1["priorities__money"],
            &r1["priorities__training"]
        ],
        ["1", "2", "3"]
    );
    let r3 = by_role("alnco", "10");
    assert_eq!(
        [&r3["c3__training"], &r3["c3__other"], &r3["hours"]],
        ["1", "2", "4.5"]
    );
    let r2 = by_role("alnco", "5");
    assert_eq!(r2["c3__other"], "", "a row left unanswered is blank");
    let r4 = by_role("other", "");
    assert_eq!(r4["role__other"], "Deputy head");
    // R5 answered no phases: blank, not 0, so it is not read as choosing none.
    let r5 = rows.iter().find(|r| r["hours"] == "10").unwrap();
    assert_eq!([&r5["phases__primary"], &r5["ready"]], ["", ""]);
}

#[test]
fn labels_come_in_their_own_columns_in_the_language_asked() {
    let (text, _) = run(
        folder(),
        &["export", "--answers", SURVEY, "--labels", "--lang", "cy"],
    );
    let rows = export_rows(&text);
    let r4 = rows.iter().find(|r| r["role"] == "other").unwrap();
    assert_eq!(r4["role__label"], "Arall");
    assert_eq!(r4["setting__label"], "Uwchradd");
    assert_eq!(r4["ready__label"], "Ie");
    assert_eq!(
        (r4["c3__time"].as_str(), r4["c3__time__label"].as_str()),
        ("2", "Ychydig")
    );
}

#[test]
fn only_the_latest_revision_of_a_response_counts() {
    let dir = make_folder();
    let data = dir.path();
    let list = String::from_utf8(
        wia(data)
            .args(["list", "--format", "json"])
            .output()
            .unwrap()
            .stdout,
    )
    .unwrap();
    let entries: Value = serde_json::from_str(&list).unwrap();
    // R5 is the only response without a setting... find it by reading each record.
    let r5 = entries
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|e| e["file"].as_str())
        .find(|f| std::fs::read_to_string(f).is_ok_and(|t| t.contains("hours: 10")))
        .map(|f| {
            Path::new(f)
                .file_stem()
                .unwrap()
                .to_string_lossy()
                .into_owned()
        })
        .unwrap();
    let a = wia(data).args(["revise", &r5]).assert().success();
    let draft = PathBuf::from(
        String::from_utf8_lossy(&a.get_output().stdout)
            .lines()
            .next()
            .unwrap()
            .to_string(),
    );
    let draft = draft.file_stem().unwrap().to_string_lossy().into_owned();
    let file = data.join("drafts").join(format!("{draft}.yaml"));
    let text = std::fs::read_to_string(&file)
        .unwrap()
        .replace("role: head", "role: alnco");
    std::fs::write(&file, text).unwrap();
    wia(data)
        .args(["new", "--from-draft", &draft, "--reason", "Was an ALNCo"])
        .assert()
        .success();
    // Still five responses: R5's revision replaces it, head 1, alnco 3.
    let v = json(data, &["tabulate", "role"]);
    assert_eq!(base(&v)[0], 5);
    assert_eq!(
        options(&v),
        [
            ("head".into(), 1, 20.0),
            ("alnco".into(), 3, 60.0),
            ("other".into(), 1, 20.0)
        ]
    );
}

#[test]
fn records_of_another_version_count_when_this_one_reads_them() {
    // Version 2 asks hours as text: R3's 4.5 does not read as text, so R3 is left out;
    // the other four read.
    let dir = tempfile::tempdir().unwrap();
    let v2 = std::fs::read_to_string(SURVEY)
        .unwrap()
        .replace("version: \"1\"", "version: \"2\"")
        .replace(
            "      - id: hours\n        type: number\n        min: 0\n",
            "      - id: hours\n        type: short_text\n",
        );
    let file = dir.path().join("v2.yaml");
    std::fs::write(&file, v2).unwrap();
    let (out, err) = run(
        folder(),
        &[
            "tabulate",
            "role",
            "--questionnaire",
            file.to_str().unwrap(),
            "--format",
            "json",
        ],
    );
    assert!(
        err.contains("4 counted") && err.contains("1 left out"),
        "{err}"
    );
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["questionnaire"]["version"], "2");
    assert_eq!(base(&v)[0], 4);
}
