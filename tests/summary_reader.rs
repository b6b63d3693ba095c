//! The summary as the Strategic Group reads it: the policy first, every flag in words,
//! the size across Wales beside the rating, the likely figure beside the expected one,
//! and the method explained on the page. Figures are checked against working done by hand.

mod common;

use chrono::DateTime;
use wia::i18n::Lang;
use wia::record::{AnswersFile, BuildOptions, Record, Status, build_record};
use wia::report::{bilingual, summary};

fn options() -> BuildOptions {
    BuildOptions {
        status: Status::Final,
        id: "0123456789".into(),
        now: DateTime::parse_from_rfc3339("2026-11-25T09:30:00+00:00").unwrap(),
        questionnaire_sha256: "ab".repeat(32),
    }
}

fn small_record() -> Record {
    let file: AnswersFile =
        serde_yaml::from_str(include_str!("fixtures/small.answers.yaml")).unwrap();
    build_record(&common::small(), &file, options(), Lang::En)
        .ok()
        .unwrap()
        .record
}

fn example_record() -> Record {
    let file: AnswersFile =
        serde_yaml::from_str(include_str!("../examples/aln-idp-review.answers.yaml")).unwrap();
    build_record(common::bundled(), &file, options(), Lang::En)
        .ok()
        .unwrap()
        .record
}

/// The small fixture worked by hand (39 school weeks; teachers 1,000, ALNCos 120 as the
/// answers override; PERT expected = (low + 4 x likely + high) / 6):
///
/// Task 1, "Complete the termly progress return": ALNCos, 60/90/180 minutes, per term (3),
/// share 1, new. One person: 3, 4.5, 9 hours a year; expected (3 + 18 + 9) / 6 = 5.
/// Across Wales x 120 people: likely 540, expected 600.
///
/// Task 2, "Annual SEN census return ends": ALNCos and teachers, 120/180/300 minutes, once
/// a year, share 0.5, removed. One person: -5, -3, -2; expected -(2 + 12 + 5) / 6 = -3.1667.
/// ALNCos x 60 people: likely -180, expected -190. Teachers x 500: likely -1,500,
/// expected -1,583.33. The task: likely -1,680, expected -1,773.33.
///
/// ALNCo per person a year: low 3 - 5 = -2, likely 4.5 - 3 = 1.5, high 9 - 2 = 7,
/// expected 5 - 3.1667 = 1.8333; a week (/ 39): expected 0.047 (+0.05), likely 0.0385
/// (+0.04), low -0.0513 (-0.05), high 0.1795 (+0.18). Rating: 0.047 is under 0.25,
/// Negligible.
///
/// All roles across Wales: expected 600 - 190 - 1,583.33 = -1,173.33 (1,173 saved),
/// likely 540 - 180 - 1,500 = -1,140; FTE 410 / 1,265 - 1,583.33 / 1,265 = 0.324 - 1.252
/// = -0.93 (0.9 full-time staff).
#[test]
fn figures_on_the_page_are_the_ones_worked_by_hand() {
    let r = small_record();
    let md = summary(&common::small(), &r, r.results.as_ref().unwrap(), Lang::En);
    for expected in [
        "## Rating: Negligible · 1,173 hours a year saved across Wales, the time of 0.9 full-time staff",
        "The most affected role is **ALNCos**: an expected +0.05 hours a week for each person who does the work (likely +0.04; range -0.05 to +0.18).",
        "All roles together across Wales: an expected -1,173 hours a year (likely -1,140).",
        "1. Annual SEN census return ends (removed): an expected -1,773 hours a year across Wales (likely -1,680)",
        "2. Complete the termly progress return (new): an expected +600 hours a year across Wales (likely +540)",
        "headcounts set by the assessor (ALNCos 120)",
    ] {
        assert!(md.contains(expected), "no `{expected}` in:\n{md}");
    }
    // The same figures in Welsh.
    let cy = summary(&common::small(), &r, r.results.as_ref().unwrap(), Lang::Cy);
    for expected in [
        "arbedir 1,173 awr y flwyddyn ledled Cymru, sef amser 0.9 o staff amser llawn",
        "(tebygol +0.04; ystod -0.05 i +0.18)",
        "disgwylir -1,773 awr y flwyddyn ledled Cymru (tebygol -1,680)",
    ] {
        assert!(cy.contains(expected), "no `{expected}` in:\n{cy}");
    }
}

#[test]
fn the_policy_its_start_and_its_lead_in_come_first() {
    let r = example_record();
    let q = common::bundled();
    let en = summary(q, &r, r.results.as_ref().unwrap(), Lang::En);
    let description = en.find("Schools will review every individual development plan");
    let start = en.find("**Intended start:** 4 January 2028");
    let lead_in = en.find("**Notice schools get (lead-in):** 10 school weeks");
    let rating = en.find("## Rating");
    assert!(
        description < start && start < lead_in && lead_in < rating && description.is_some(),
        "{en}"
    );
    let cy = summary(q, &r, r.results.as_ref().unwrap(), Lang::Cy);
    assert!(
        cy.contains("**Dyddiad dechrau arfaethedig:** 4 Ionawr 2028 · **Rhybudd i ysgolion (cyfnod paratoi):** 10 wythnos ysgol"),
        "{cy}"
    );
}

#[test]
fn every_flag_is_in_words_grouped_by_how_serious() {
    let r = example_record();
    let q = common::bundled();
    let results = r.results.as_ref().unwrap();
    for lang in [Lang::En, Lang::Cy] {
        let md = summary(q, &r, results, lang);
        for fired in &results.flags {
            let message = q.flag(&fired.id).unwrap().message.get(lang);
            let words = message.split_whitespace().collect::<Vec<_>>().join(" ");
            let words = wia::report::inline(&words);
            assert!(md.contains(&words), "{lang:?}: no `{words}` in:\n{md}");
        }
    }
    let en = summary(q, &r, results, Lang::En);
    let serious = en.find("**Serious**").unwrap();
    let warnings = en.find("**Warnings**").unwrap();
    let info = en.find("**For information**").unwrap();
    assert!(serious < warnings && warnings < info, "{en}");
}

#[test]
fn the_method_is_explained_on_the_page_not_by_a_path() {
    let r = example_record();
    let q = common::bundled();
    let results = r.results.as_ref().unwrap();
    let texts = [
        summary(q, &r, results, Lang::En),
        summary(q, &r, results, Lang::Cy),
        bilingual(q, &r, results),
    ];
    for text in &texts {
        assert!(!text.contains("docs/"), "{text}");
        assert!(!text.contains(".md"), "{text}");
    }
    assert!(texts[0].contains("(low + 4 × likely + high) ÷ 6 (the PERT formula)"));
    assert!(texts[1].contains("(isel + 4 × tebygol + uchel) ÷ 6 (fformiwla PERT)"));
}

/// Runs `wia new` on the worked example with `language` set, plus `extra` arguments, and
/// returns the summary it wrote and what it printed on standard error.
fn new_summary(language: &str, extra: &[&str]) -> (String, String) {
    use common::cli::{stderr_of, wia, write};
    let dir = tempfile::tempdir().unwrap();
    let text = include_str!("../examples/aln-idp-review.answers.yaml")
        .replace("\nlanguage: en\n", &format!("\nlanguage: {language}\n"));
    assert!(text.contains(&format!("language: {language}")));
    let answers = write(dir.path(), "a.answers.yaml", &text);
    let assert = wia(dir.path())
        .args(extra)
        .arg("new")
        .arg("--answers")
        .arg(&answers)
        .assert()
        .success();
    let out = String::from_utf8_lossy(&assert.get_output().stdout).into_owned();
    let summary = out.lines().nth(1).unwrap().to_string();
    (
        std::fs::read_to_string(summary).unwrap(),
        stderr_of(&assert),
    )
}

#[test]
fn new_writes_the_summary_in_the_language_the_answers_file_names() {
    // WIA_LANG is en in every test run: the file's `language: cy` still decides.
    let (cy, stderr) = new_summary("cy", &[]);
    assert!(cy.starts_with("# Asesiad effaith llwyth gwaith:"), "{cy}");
    // A flag's message, in Welsh (the bundled questionnaire's short_lead_in).
    assert!(
        cy.contains("Mae ysgolion yn cael llai na thymor (13 wythnos) i baratoi."),
        "{cy}"
    );
    assert!(!cy.contains("Schools get less than a term"), "{cy}");
    // The messages on the terminal stay in the language of the run.
    assert!(stderr.contains("Saved"), "{stderr}");

    // --lang on the command line outranks the file.
    let (en, _) = new_summary("cy", &["--lang", "en"]);
    assert!(en.starts_with("# Workload impact assessment:"), "{en}");
    assert!(
        en.contains("Schools get less than a term (13 weeks)"),
        "{en}"
    );

    let (en, _) = new_summary("en", &[]);
    assert!(en.starts_with("# Workload impact assessment:"), "{en}");
}
