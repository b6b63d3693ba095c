//! A survey with every survey feature at once (tests/fixtures/survey-all.yaml: no scoring,
//! anonymous, a condition on one matrix row, "Don't know" scale points that are not
//! numbers, a ranking that must be complete, a closing text), taken from `wia check`
//! through `wia template` and `wia new --answers` and through the interface to
//! `wia export --answers` and `wia tabulate`.
//!
//! Four responses, worked by hand:
//!
//! | | role | alnco_years | c3 training | c3 other | c3_other_why | c4 | c4_unsure | c5 (ranked) |
//! | --- | --- | --- | --- | --- | --- | --- | --- | --- |
//! | R1 (command line) | head | - | 1 | 2 | "no time" (applies: other <= 2) | 2 | - | time, money, staff |
//! | R2 (command line) | alnco | 4 | 3 | dont_know | - | dont_know | "data" | money, time, staff |
//! | R3 (command line) | alnco | 2 | 2 | 3 | "stale" (does NOT apply: 3 > 2) | 3 | - | time, staff, money |
//! | R4 (interface) | head | - | dont_know | 1 | "buildings" (applies) | 1 | - | staff, time, money |
//!
//! A fifth, ranking only "time", is refused: the ranking must be complete.
//!
//! - `c3.other`: one response at each point 1, 2, 3 and "Don't know": 1 each, 25.0%.
//! - `c3_other_why` applies to R1 and R4 only (other = 2 and 1; R2's "Don't know" is no
//!   number, so `le: 2` is false; R3's 3 > 2): exported for R1 and R4, blank for R2 and R3.
//! - `c5` ranks: time 1, 2, 1, 2 (mean 1.5, first 2); money 2, 1, 3, 3 (mean 2.25, first
//!   1); staff 3, 3, 2, 1 (mean 2.25, first 1).
//! - `alnco_years`: applies to R2 and R3: n 2, mean 3, median 3, min 2, max 4; does not
//!   apply 2.
//! - `role --by c4`: head x 1 (R4), head x 2 (R1), alnco x 3 (R3), alnco x dont_know (R2).

mod common;

use std::path::Path;

use common::cli::wia;
use common::tui::draft;
use serde_json::Value;
use wia::i18n::Lang;
use wia::store::DataDir;
use wia::tui::assessment::Assessment;
use wia::tui::{Effect, Msg, app, update};

const SURVEY: &str = "tests/fixtures/survey-all.yaml";

fn stdout(a: &assert_cmd::assert::Assert) -> String {
    String::from_utf8(a.get_output().stdout.clone()).unwrap()
}

/// An answers file for the survey, made from `wia template`'s own, in `dir`.
fn answers_file(data: &Path, dir: &Path, name: &str, answers: &str) -> std::path::PathBuf {
    let template = dir.join("template.yaml");
    if !template.exists() {
        std::fs::copy(SURVEY, dir.join("survey-all.yaml")).unwrap();
        wia(data)
            .args(["template", "--questionnaire"])
            .arg(dir.join("survey-all.yaml"))
            .arg("-o")
            .arg(&template)
            .assert()
            .success();
    }
    let text = std::fs::read_to_string(&template).unwrap();
    assert!(
        !text.contains("assessor"),
        "an anonymous survey's template asks no name:\n{text}"
    );
    let head: String = text
        .lines()
        .take_while(|l| !l.starts_with("answers:"))
        .map(|l| format!("{l}\n"))
        .collect();
    let file = dir.join(format!("{name}.yaml"));
    std::fs::write(&file, format!("{head}answers:\n{answers}")).unwrap();
    file
}

fn respond(data: &Path, dir: &Path, name: &str, answers: &str) -> assert_cmd::assert::Assert {
    let file = answers_file(data, dir, name, answers);
    wia(data).args(["new", "--answers"]).arg(file).assert()
}

/// R4, answered in the interface: opened as the runtime opens a draft, finalised as the
/// interface finalises, and its done screen read.
fn respond_in_the_interface(data: &DataDir) -> String {
    let source = wia::tui::runtime::source(Some(Path::new(SURVEY)), "", Lang::En).unwrap();
    let mut m = common::tui::model_in(Lang::En);
    m.source = source.clone();
    let mut d = draft(
        serde_yaml::from_str(
            "role: head\nc3: {training: dont_know, other: 1}\nc3_other_why: buildings\n\
             c4: 1\nc5: [staff, time, money]\n",
        )
        .unwrap(),
    );
    d.questionnaire = "survey-all".into();
    d.questionnaire_file = Some(std::fs::canonicalize(SURVEY).unwrap());
    d.assessor = Default::default();
    let (a, dropped) = Assessment::from_draft(source, d, Lang::En);
    assert!(dropped.is_empty(), "{dropped:?}");
    update(&mut m, Msg::Opened(Ok(Box::new((a, Vec::new())))));
    app::finalise(&mut m);
    let effects = app::finalise_confirmed(&mut m);
    let a = effects
        .iter()
        .find_map(|e| match e {
            Effect::Finalise(a) => Some(a.clone()),
            _ => None,
        })
        .expect("the interface finalises the response");
    let done = wia::tui::runtime::finalise(data, &a).expect("saved");
    wia::store::release_all_drafts();
    update(&mut m, Msg::Finalised(Ok(done)));
    common::tui::render(&m, 100, 30)
}

fn json(data: &Path, args: &[&str]) -> Value {
    let a = wia(data)
        .args(["tabulate", "--format", "json"])
        .args(args)
        .assert()
        .success();
    serde_json::from_str(&stdout(&a)).unwrap()
}

fn counts(v: &Value) -> Vec<(String, u64)> {
    v["options"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| {
            (
                o["value"].as_str().unwrap().to_string(),
                o["count"].as_u64().unwrap(),
            )
        })
        .collect()
}

#[test]
fn a_survey_with_every_feature_goes_from_check_to_tabulate() {
    let dir = tempfile::tempdir().unwrap();
    let work = tempfile::tempdir().unwrap();
    let data = dir.path();

    let checked = wia(data).arg("check").arg(SURVEY).assert().success();
    assert!(
        stdout(&checked).contains("an anonymous survey"),
        "{}",
        stdout(&checked)
    );

    let r1 = "  role: head\n  c3: {training: 1, other: 2}\n  c3_other_why: no time\n  c4: 2\n  c5: [time, money, staff]\n";
    let r2 = "  role: alnco\n  alnco_years: 4\n  c3: {training: 3, other: dont_know}\n  c4: dont_know\n  c4_unsure: data\n  c5: [money, time, staff]\n";
    let r3 = "  role: alnco\n  alnco_years: 2\n  c3: {training: 2, other: 3}\n  c3_other_why: stale\n  c4: 3\n  c5: [time, staff, money]\n";
    for (name, answers) in [("r1", r1), ("r2", r2), ("r3", r3)] {
        respond(data, work.path(), name, answers).success();
    }
    // The ranking must be complete: one ranked of three is refused, naming the question.
    let partial = respond(
        data,
        work.path(),
        "r5",
        "  role: head\n  c3: {training: 1, other: 1}\n  c4: 1\n  c5: [time]\n",
    )
    .failure();
    let said = String::from_utf8(partial.get_output().stderr.clone()).unwrap();
    assert!(said.contains("Rank the pressures"), "{said}");

    let done = respond_in_the_interface(&DataDir::new(data));
    assert!(
        done.contains("Thank you for taking part"),
        "the closing text on the done screen:\n{done}"
    );

    // Nobody named: no record holds an assessor.
    for entry in std::fs::read_dir(data.join("records")).unwrap() {
        let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        assert!(!text.contains("assessor"), "{text}");
    }

    // The export: one row per response, c3_other_why only where it applies.
    let export = wia(data)
        .args(["export", "--answers", "survey-all"])
        .assert()
        .success();
    let exported = stdout(&export);
    let mut reader = csv::Reader::from_reader(exported.as_bytes());
    let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    let col = |name: &str| header.iter().position(|h| h == name).expect(name);
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 4);
    let mut why: Vec<(String, String)> = rows
        .iter()
        .map(|r| {
            (
                r[col("c3__other")].to_string(),
                r[col("c3_other_why")].to_string(),
            )
        })
        .collect();
    why.sort();
    assert_eq!(
        why,
        [
            ("1".into(), "buildings".into()),
            ("2".into(), "no time".into()),
            ("3".into(), String::new()),
            ("dont_know".into(), String::new()),
        ]
    );

    // One matrix row, per scale point, "Don't know" its own category.
    let other = json(data, &["c3.other"]);
    assert_eq!(other["base"]["answering"], 4);
    assert_eq!(
        counts(&other),
        [
            ("1".into(), 1),
            ("2".into(), 1),
            ("3".into(), 1),
            ("dont_know".into(), 1)
        ]
    );
    for o in other["options"].as_array().unwrap() {
        assert_eq!(o["share"].as_f64().unwrap(), 25.0);
    }

    // The complete ranking: mean ranks and first places.
    let ranks = json(data, &["c5"]);
    let by_value = |v: &str| {
        ranks["options"]
            .as_array()
            .unwrap()
            .iter()
            .find(|o| o["value"] == v)
            .cloned()
            .unwrap()
    };
    for (value, mean, first) in [("time", 1.5, 2), ("money", 2.25, 1), ("staff", 2.25, 1)] {
        let o = by_value(value);
        assert_eq!(o["mean_rank"].as_f64().unwrap(), mean, "{value}");
        assert_eq!(o["first"], first, "{value}");
    }

    // A number asked only of ALNCos.
    let years = json(data, &["alnco_years"]);
    assert_eq!(years["base"]["does_not_apply"], 2);
    let s = &years["stats"];
    assert_eq!(
        [&s["n"], &s["mean"], &s["median"], &s["min"], &s["max"]].map(|v| v.as_f64().unwrap()),
        [2.0, 3.0, 3.0, 2.0, 4.0]
    );

    // A cross-tabulation, the code point included, in Welsh too.
    let cross = json(data, &["role", "--by", "c4"]);
    assert_eq!(cross["total"], 4);
    let cell = |row: &str, column: &str| {
        let columns = cross["columns"].as_array().unwrap();
        let at = columns.iter().position(|c| c["value"] == column).unwrap();
        let r = cross["rows"]
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["value"] == row)
            .unwrap();
        r["counts"][at].as_u64().unwrap()
    };
    assert_eq!(
        [
            cell("head", "1"),
            cell("head", "2"),
            cell("alnco", "3"),
            cell("alnco", "dont_know"),
            cell("head", "dont_know"),
        ],
        [1, 1, 1, 1, 0]
    );
    let welsh = wia(data)
        .args(["--lang", "cy", "tabulate", "c4"])
        .assert()
        .success();
    assert!(
        stdout(&welsh).contains("Ddim yn gwybod"),
        "{}",
        stdout(&welsh)
    );
}

/// A response names no policy of its own, so the list names it by its survey's title, in
/// the language of the listing: Welsh from the cache as well as on the first reading.
#[test]
fn a_response_is_listed_by_its_survey_title_in_each_language() {
    let dir = tempfile::tempdir().unwrap();
    let work = tempfile::tempdir().unwrap();
    let data = dir.path();
    let r1 = "  role: head\n  c3: {training: 1, other: 2}\n  c3_other_why: no time\n  c4: 2\n  c5: [time, money, staff]\n";
    respond(data, work.path(), "r1", r1).success();
    let list = |lang: &str| {
        let out = wia(data)
            .env("WIA_CACHE_DIR", data.join(".test-cache"))
            .args(["--lang", lang, "list"])
            .assert()
            .success();
        stdout(&out)
    };
    for _ in 0..2 {
        let (cy, en) = (list("cy"), list("en"));
        assert!(cy.contains("Arolwg parodrwydd"), "{cy}");
        assert!(!cy.contains("Readiness survey"), "{cy}");
        assert!(en.contains("Readiness survey"), "{en}");
    }
    // Machine-readable output keeps one language, as it does for the policy area.
    let json = wia(data)
        .env("WIA_CACHE_DIR", data.join(".test-cache"))
        .args(["--lang", "cy", "list", "--format", "json"])
        .assert()
        .success();
    let rows: Value = serde_json::from_str(&stdout(&json)).unwrap();
    assert_eq!(rows[0]["title"], "Readiness survey", "{rows}");
}
