//! `wia portfolio`: a hand-worked portfolio of three final records and a draft, checked in
//! JSON and CSV against figures worked out by hand below; Welsh; drafts; a bad file.
//!
//! The records start from the bundled example (examples/aln-idp-review.answers.yaml) with
//! their title, start, significant change and tasks replaced. Average figures are system
//! hours over the role's headcount, which is the per-person figure times the task's share,
//! so the headcounts drop out of the arithmetic.
//!
//! Alpha, starts 2027-09-06 (2027/28 autumn), a significant change:
//!   T1 teacher, per_week (39 a year), 10/20/30 min, share 0.5, new.
//!      One person a year: 6.5 / 13 / 19.5 h, expected (6.5 + 52 + 19.5) / 6 = 13.
//!      One person a week (/39): 1/6, 1/3, 1/2, expected 1/3.
//!      Average a week (x 0.5): 1/12, 1/6, 1/4, expected 1/6.
//!   T2 teacher, once, 60/120/180 min, share 1, new: 1 / 2 / 3 h, expected 2, counted in
//!      the start term only, over its 13 weeks: 1/13, 2/13, 3/13, expected 2/13 (average
//!      the same, share 1).
//! Bravo, starts 2027-10-15 (2027/28 autumn, the same term), a significant change:
//!   T3 alnco, per_term, count 6 (18 a year), 60/90/120 min, share 0.5, new.
//!      One person a year 18 / 27 / 36 h, expected 27; a week 18/39, 27/39, 36/39.
//!      Average a week (x 0.5): 9/39, 13.5/39, 18/39, expected 13.5/39.
//!   T4 teacher, per_year, 30/60/90 min, share 0.2, new: 0.5 / 1 / 1.5 h, expected 1.
//!      One person a week 0.5/39, 1/39, 1.5/39; average (x 0.2) 0.1/39, 0.2/39, 0.3/39.
//! Charlie, starts 2028-01-10 (2027/28 spring), not a significant change:
//!   T5 teacher, per_week, 5/10/20 min, share 1, REMOVED: 3.25 / 6.5 / 13 h a year,
//!      expected 42.25/6; signed and flipped: -13, -6.5, -3.25, expected -42.25/6.
//!      A week (/39): -1/3, -1/6, -1/12, expected -42.25/234; average the same (share 1).
//!   T6 alnco, per_term, count 4 (12 a year), 60/90/120 min, share 1, new: 12 / 18 / 24 h,
//!      expected 18; a week 12/39, 18/39, 24/39 (average the same).
//! Delta, a draft with no start date: counted only with --include-drafts, and then undated.
//!
//! 2027/28 autumn (Alpha and Bravo):
//!   teacher average   = T1 + T2 + T4 = 1/12 + 1/13 + 0.1/39 = 0.1628205 (low),
//!                       1/6 + 2/13 + 0.2/39 = 0.3256410 (likely and expected),
//!                       1/4 + 3/13 + 0.3/39 = 0.4884615 (high)
//!   teacher one person = 1/6 + 1/13 + 0.5/39 = 0.2564103, 1/3 + 2/13 + 1/39 = 0.5128205
//!                       (likely and expected), 1/2 + 3/13 + 1.5/39 = 0.7692308
//!   teacher policies: Alpha 1/6 + 2/13 = 0.3205128, then Bravo 0.2/39 = 0.0051282
//!   alnco average = T3 = 9/39, 13.5/39, 18/39, 13.5/39; one person 18/39, 27/39, 36/39,
//!                   27/39 = 0.6923077 (below the moderate band's 1 hour: no flag)
//! 2027/28 spring (Alpha and Bravo go on without the one-off; Charlie starts):
//!   teacher average = T1 + T4 + T5: low 1/12 + 0.1/39 - 1/3 = -0.2474359,
//!                     likely 1/6 + 0.2/39 - 1/6 = 0.0051282, high 1/4 + 0.3/39 - 1/12 =
//!                     0.1743590, expected 1/6 + 0.2/39 - 42.25/234 = -0.0087607
//!   teacher one person: low 1/6 + 0.5/39 - 1/3 = -0.1538462, likely 1/3 + 1/39 - 1/6 =
//!                     0.1923077, high 1/2 + 1.5/39 - 1/12 = 0.4551282, expected
//!                     1/3 + 1/39 - 42.25/234 = 0.1784188
//!   teacher policies by size: Charlie -0.1805556, Alpha 1/6, Bravo 0.0051282
//!   alnco average = T3 + T6 = 21/39, 31.5/39, 42/39, 31.5/39;
//!   alnco one person = 30/39, 45/39, 60/39, expected 45/39 = 1.1538462: moderate (1 to
//!                   under 2), flagged; policies Charlie 18/39, Bravo 13.5/39.
//! 2027/28 summer (the timeline runs to the end of the last start's school year): nothing
//!   starts and the one-off is long gone, so every figure is spring's again.
//! Flags: autumn, two significant changes start together (Alpha, Bravo); spring, the ALNCo
//! figure is moderate; spring, Charlie starts mid-year after Alpha and Bravo; summer, the
//! ALNCo figure is still moderate.

mod common;

use common::cli::{stderr_of, wia};
use common::portfolio_folder::folder;
use serde_json::Value;
use serde_yaml::Value as Yaml;

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-6
}

fn assert_estimate(v: &Value, low: f64, likely: f64, high: f64, expected: f64, what: &str) {
    let got = [&v["low"], &v["likely"], &v["high"], &v["expected"]].map(|x| x.as_f64().unwrap());
    let want = [low, likely, high, expected];
    assert!(
        got.iter().zip(want).all(|(g, w)| close(*g, w)),
        "{what}: got {got:?}, want {want:?}"
    );
}

fn json_of(data: &std::path::Path, drafts: bool) -> (Value, String) {
    let mut cmd = wia(data);
    cmd.args(["portfolio", "--format", "json"]);
    if drafts {
        cmd.arg("--include-drafts");
    }
    let assert = cmd.assert().success();
    let out = String::from_utf8(assert.get_output().stdout.clone()).unwrap();
    (serde_json::from_str(&out).unwrap(), stderr_of(&assert))
}

fn policy_order(role: &Value) -> Vec<(String, f64)> {
    role["policies"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p["title"].as_str().unwrap().to_string(),
                p["average_weekly_expected"].as_f64().unwrap(),
            )
        })
        .collect()
}

#[test]
fn three_records_give_the_hand_worked_figures_in_json() {
    let dir = folder();
    let (v, err) = json_of(dir.path(), false);
    assert_eq!(v["schema_version"], 1);
    assert!(
        err.contains("Draft records left out: 1"),
        "the draft is said to be left out: {err}"
    );
    let terms = v["terms"].as_array().unwrap();
    let keys: Vec<&str> = terms.iter().map(|t| t["term"].as_str().unwrap()).collect();
    assert_eq!(keys, ["2027/28 autumn", "2027/28 spring", "2027/28 summer"]);

    let autumn = &terms[0]["roles"];
    let t = &autumn["teacher"];
    assert_estimate(
        &t["average_weekly"],
        1.0 / 12.0 + 1.0 / 13.0 + 0.1 / 39.0,
        1.0 / 6.0 + 2.0 / 13.0 + 0.2 / 39.0,
        0.25 + 3.0 / 13.0 + 0.3 / 39.0,
        1.0 / 6.0 + 2.0 / 13.0 + 0.2 / 39.0,
        "autumn teacher average",
    );
    assert!(close(
        t["average_weekly"]["low"].as_f64().unwrap(),
        0.1628205
    ));
    assert_estimate(
        &t["one_person_weekly"],
        1.0 / 6.0 + 1.0 / 13.0 + 0.5 / 39.0,
        1.0 / 3.0 + 2.0 / 13.0 + 1.0 / 39.0,
        0.5 + 3.0 / 13.0 + 1.5 / 39.0,
        1.0 / 3.0 + 2.0 / 13.0 + 1.0 / 39.0,
        "autumn teacher one person",
    );
    let order = policy_order(t);
    assert_eq!(order.len(), 2);
    assert_eq!(order[0].0, "Alpha");
    assert!(close(order[0].1, 1.0 / 6.0 + 2.0 / 13.0));
    assert_eq!(order[1].0, "Bravo");
    assert!(close(order[1].1, 0.2 / 39.0));
    let a = &autumn["alnco"];
    assert_estimate(
        &a["average_weekly"],
        9.0 / 39.0,
        13.5 / 39.0,
        18.0 / 39.0,
        13.5 / 39.0,
        "autumn alnco average",
    );
    assert_estimate(
        &a["one_person_weekly"],
        18.0 / 39.0,
        27.0 / 39.0,
        36.0 / 39.0,
        27.0 / 39.0,
        "autumn alnco one person",
    );

    let spring = &terms[1]["roles"];
    let t = &spring["teacher"];
    // The one-off is gone; Charlie's removed task counts negative, its range flipped.
    assert_estimate(
        &t["average_weekly"],
        1.0 / 12.0 + 0.1 / 39.0 - 1.0 / 3.0,
        1.0 / 6.0 + 0.2 / 39.0 - 1.0 / 6.0,
        0.25 + 0.3 / 39.0 - 1.0 / 12.0,
        1.0 / 6.0 + 0.2 / 39.0 - 42.25 / 234.0,
        "spring teacher average",
    );
    assert!(close(
        t["average_weekly"]["expected"].as_f64().unwrap(),
        -0.0087607
    ));
    assert_estimate(
        &t["one_person_weekly"],
        1.0 / 6.0 + 0.5 / 39.0 - 1.0 / 3.0,
        1.0 / 3.0 + 1.0 / 39.0 - 1.0 / 6.0,
        0.5 + 1.5 / 39.0 - 1.0 / 12.0,
        1.0 / 3.0 + 1.0 / 39.0 - 42.25 / 234.0,
        "spring teacher one person",
    );
    let order = policy_order(t);
    let titles: Vec<&str> = order.iter().map(|(t, _)| t.as_str()).collect();
    assert_eq!(
        titles,
        ["Charlie", "Alpha", "Bravo"],
        "largest by size first"
    );
    assert!(close(order[0].1, -42.25 / 234.0));
    let a = &spring["alnco"];
    assert_estimate(
        &a["average_weekly"],
        21.0 / 39.0,
        31.5 / 39.0,
        42.0 / 39.0,
        31.5 / 39.0,
        "spring alnco average",
    );
    assert_estimate(
        &a["one_person_weekly"],
        30.0 / 39.0,
        45.0 / 39.0,
        60.0 / 39.0,
        45.0 / 39.0,
        "spring alnco one person",
    );
    let titles: Vec<String> = policy_order(a).into_iter().map(|(t, _)| t).collect();
    assert_eq!(titles, ["Charlie", "Bravo"]);
    // Roles no task names are left out.
    assert!(spring.get("leader").is_none());
    // Summer: recurring work goes on unchanged, so the same figures and order as spring.
    let summer = &terms[2]["roles"];
    assert_eq!(summer["teacher"], spring["teacher"]);
    assert_eq!(summer["alnco"], spring["alnco"]);

    let flags: Vec<(&str, &str, Option<&str>)> = v["flags"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["id"].as_str().unwrap(),
                f["term"].as_str().unwrap(),
                f["role"].as_str(),
            )
        })
        .collect();
    assert_eq!(
        flags,
        [
            ("significant_changes_same_term", "2027/28 autumn", None),
            (
                "cumulative_moderate_or_above",
                "2027/28 spring",
                Some("alnco")
            ),
            ("mid_year_after_others", "2027/28 spring", None),
            (
                "cumulative_moderate_or_above",
                "2027/28 summer",
                Some("alnco")
            ),
        ]
    );
    let messages: Vec<&str> = v["flags"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["message"].as_str().unwrap())
        .collect();
    assert!(messages[0].contains("“Alpha”, “Bravo”"), "{}", messages[0]);
    assert!(
        messages[1].contains("1.15 hours a week") && messages[1].contains("Moderate"),
        "{}",
        messages[1]
    );
    assert!(messages[2].contains("“Charlie”"), "{}", messages[2]);
    assert_eq!(v["undated"], serde_json::json!([]));
    assert_eq!(v["drafts"], serde_json::json!([]));
}

#[test]
fn the_same_figures_in_csv_one_row_per_term_and_role() {
    let dir = folder();
    let (v, _) = json_of(dir.path(), false);
    let charlie = v["terms"][1]["roles"]["alnco"]["policies"][0]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let assert = wia(dir.path())
        .args(["portfolio", "--format", "csv"])
        .assert()
        .success();
    let out = String::from_utf8(assert.get_output().stdout.clone()).unwrap();
    let mut reader = csv::Reader::from_reader(out.as_bytes());
    let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(
        header[..4],
        [
            "term",
            "role",
            "average_weekly_low",
            "average_weekly_likely"
        ]
    );
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let keys: Vec<(&str, &str)> = rows.iter().map(|r| (&r[0], &r[1])).collect();
    assert_eq!(
        keys,
        [
            ("2027/28 autumn", "teacher"),
            ("2027/28 autumn", "alnco"),
            ("2027/28 spring", "teacher"),
            ("2027/28 spring", "alnco"),
            ("2027/28 summer", "teacher"),
            ("2027/28 summer", "alnco"),
        ]
    );
    let num = |r: &csv::StringRecord, i: usize| r[i].parse::<f64>().unwrap();
    // Written to 4 places.
    let near = |a: f64, b: f64| (a - b).abs() < 5e-5;
    let spring_teacher = &rows[2];
    assert!(near(num(spring_teacher, 2), -0.2474359));
    assert!(near(num(spring_teacher, 3), 0.0051282));
    assert!(near(num(spring_teacher, 4), 0.1743590));
    assert!(near(num(spring_teacher, 5), -0.0087607));
    assert!(near(num(spring_teacher, 6), -0.1538462));
    assert!(near(num(spring_teacher, 7), 0.1923077));
    assert!(near(num(spring_teacher, 8), 0.4551282));
    assert!(near(num(spring_teacher, 9), 0.1784188));
    let autumn_teacher = &rows[0];
    assert!(near(num(autumn_teacher, 5), 0.3256410));
    assert!(near(num(autumn_teacher, 9), 0.5128205));
    let spring_alnco = &rows[3];
    assert!(near(num(spring_alnco, 9), 45.0 / 39.0));
    assert!(
        spring_alnco[10].starts_with(&format!("{charlie} (0.4615)")),
        "policies, largest first: {}",
        &spring_alnco[10]
    );
    assert!(spring_alnco[11].contains("cumulative_moderate_or_above"));
    assert!(spring_alnco[11].contains("mid_year_after_others"));
    assert!(!spring_teacher[11].contains("cumulative_moderate_or_above"));
}

#[test]
fn drafts_count_only_when_asked_and_are_marked() {
    let dir = folder();
    let (v, err) = json_of(dir.path(), true);
    assert!(!err.contains("Draft records left out"), "{err}");
    assert_eq!(v["undated"][0]["title"], "Delta");
    assert_eq!(v["drafts"][0]["title"], "Delta");
    let text = wia(dir.path())
        .args(["portfolio", "--include-drafts"])
        .assert()
        .success();
    let text = String::from_utf8(text.get_output().stdout.clone()).unwrap();
    assert!(text.contains("“Delta” (draft)"), "{text}");
    assert!(
        text.contains("Not on the timeline: no intended start date"),
        "{text}"
    );
}

#[test]
fn the_text_report_speaks_welsh() {
    let dir = folder();
    let assert = wia(dir.path())
        .args(["--lang", "cy", "portfolio"])
        .assert()
        .success();
    let out = String::from_utf8(assert.get_output().stdout.clone()).unwrap();
    for welsh in [
        "Llwyth gwaith cronnus",
        "2027/28 tymor yr hydref",
        "2027/28 tymor y gwanwyn",
        "Athrawon: cyfartaledd",
        "un person",
        "Rhybuddion",
        "yn y band Cymedrol",
        "ar ôl i “Alpha”, “Bravo” ddechrau",
    ] {
        assert!(out.contains(welsh), "missing {welsh:?} in:\n{out}");
    }
    for english in ["average", "autumn", "Flags", "hours a week", "Teachers"] {
        assert!(
            !out.contains(english),
            "English {english:?} left in:\n{out}"
        );
    }
    let err = stderr_of(&assert);
    assert!(
        err.contains("Cofnodion drafft wedi'u gadael allan: 1"),
        "{err}"
    );
}

#[test]
fn a_bad_record_file_is_skipped_with_a_message() {
    let dir = folder();
    let records = dir.path().join("records");
    std::fs::write(
        records.join("broken.yaml"),
        "schema_version: [not, a, record\n",
    )
    .unwrap();
    let (v, err) = json_of(dir.path(), false);
    assert!(
        err.contains("broken.yaml: left out of the cumulative workload:"),
        "{err}"
    );
    // The others are all still counted.
    assert_eq!(v["terms"].as_array().unwrap().len(), 3);
    assert_eq!(
        policy_order(&v["terms"][1]["roles"]["teacher"]).len(),
        3,
        "{v}"
    );
}

#[test]
fn an_empty_folder_says_there_is_no_timeline() {
    let dir = tempfile::tempdir().unwrap();
    let assert = wia(dir.path()).arg("portfolio").assert().success();
    let out = String::from_utf8(assert.get_output().stdout.clone()).unwrap();
    assert!(out.contains("there is no timeline to show"), "{out}");
    let (v, _) = json_of(dir.path(), false);
    assert_eq!(v["terms"], serde_json::json!([]));
}

#[test]
fn the_printed_reports_hold_the_chart_and_the_tables() {
    let dir = folder();
    let run = |format: &str| {
        let a = wia(dir.path())
            .args(["portfolio", "--format", format])
            .assert()
            .success();
        String::from_utf8(a.get_output().stdout.clone()).unwrap()
    };
    let html = run("html");
    assert!(html.starts_with("<!DOCTYPE html>"), "{html}");
    assert!(html.contains("<svg") && html.contains("</svg>"), "{html}");
    // Self-contained: nothing fetched, nothing run (the SVG namespace is a name, not a link).
    assert!(!html.contains("<script"), "{html}");
    assert_eq!(html.matches("http").count(), 1, "{html}");
    assert!(
        html.contains("Moderate from 1.00"),
        "the flag line is drawn: {html}"
    );
    let md = run("markdown");
    assert!(md.contains("| Term | Teachers | ALNCos |"), "{md}");
    assert!(
        md.contains("| 2027/28 spring | 0.18 | 1.15 |"),
        "one person, expected: {md}"
    );
}

/// The id printed first by a command that prints a file's path.
fn first_stem(a: &assert_cmd::assert::Assert) -> String {
    let out = String::from_utf8_lossy(&a.get_output().stdout).into_owned();
    let first = out.lines().next().unwrap().to_string();
    std::path::Path::new(&first)
        .file_stem()
        .unwrap()
        .to_string_lossy()
        .into_owned()
}

#[test]
fn only_the_latest_revision_of_a_record_counts() {
    let dir = folder();
    let (v, _) = json_of(dir.path(), false);
    let alpha = v["terms"][0]["roles"]["teacher"]["policies"][0]["id"]
        .as_str()
        .unwrap()
        .to_string();
    // Revise Alpha to start a term later.
    let draft = first_stem(&wia(dir.path()).args(["revise", &alpha]).assert().success());
    let path = dir.path().join("drafts").join(format!("{draft}.yaml"));
    let mut value: Yaml = serde_yaml::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    value["answers"]
        .as_mapping_mut()
        .unwrap()
        .insert("intended_start".into(), "2028-01-10".into());
    std::fs::write(&path, serde_yaml::to_string(&value).unwrap()).unwrap();
    let revised = first_stem(
        &wia(dir.path())
            .args([
                "new",
                "--from-draft",
                &draft,
                "--reason",
                "Starts in January",
            ])
            .assert()
            .success(),
    );
    let (v, _) = json_of(dir.path(), false);
    let ids = |term: usize| -> Vec<String> {
        policy_order(&v["terms"][term]["roles"]["teacher"])
            .into_iter()
            .map(|(t, _)| t)
            .collect()
    };
    // Autumn now has Bravo alone; Alpha is counted once, from spring, as its revision.
    assert_eq!(ids(0), ["Bravo"]);
    let spring = ids(1);
    assert_eq!(
        spring.iter().filter(|t| *t == "Alpha").count(),
        1,
        "{spring:?}"
    );
    let spring_ids: Vec<&str> = v["terms"][1]["roles"]["teacher"]["policies"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["id"].as_str().unwrap())
        .collect();
    assert!(spring_ids.contains(&revised.as_str()) && !spring_ids.contains(&alpha.as_str()));
}
