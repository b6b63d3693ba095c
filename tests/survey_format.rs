//! The survey features of the questionnaire format (issue 17, items 5 and 6): a condition
//! on one row of a matrix, a scale point that is not a number, a ranking that must be
//! complete, a closing text, and answers that no longer apply named and set apart.

mod common;

use common::cli::{stderr_of, wia, write};
use wia::answers::{Answer, Visibility, check_answers, parse_answers};
use wia::i18n::Lang;
use wia::questionnaire::Questionnaire;

const SURVEY: &str = "tests/fixtures/survey-format.yaml";

fn survey() -> Questionnaire {
    let text = std::fs::read_to_string(SURVEY).unwrap();
    wia::questionnaire::parse(&text, SURVEY, Lang::En)
        .unwrap_or_else(|d| panic!("{d:?}"))
        .0
}

fn answers(q: &Questionnaire, yaml: &str) -> wia::answers::Answers {
    let raw: serde_yaml::Mapping = serde_yaml::from_str(yaml).unwrap();
    let (a, problems) = parse_answers(q, &raw, Lang::En);
    assert!(problems.is_empty(), "{problems:?}");
    a
}

const ANSWERS: &str = "\
questionnaire: survey-format
assessor: {name: A, organisation: B}
answers:
  role: head
  alnco_years: 4
  c3: {training: 3, other: dont_know}
  c3_other_why: Funding
  c4: dont_know
  c4_unsure: More data
  c5: [money, time, staff]
  tasks: []
";

fn check_fails_with(edit: (&str, &str), wanted: &str) {
    let tmp = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(SURVEY).unwrap();
    assert!(text.contains(edit.0), "{}", edit.0);
    let q = write(tmp.path(), "q.yaml", &text.replacen(edit.0, edit.1, 1));
    let out = wia(tmp.path()).arg("check").arg(&q).assert().code(1);
    let stderr = stderr_of(&out);
    let line = stderr
        .lines()
        .find(|l| l.contains(wanted))
        .unwrap_or_else(|| panic!("no `{wanted}` in:\n{stderr}"));
    // Placed in the file as every other check is: file:line:column (the file may start
    // with a drive, C:\ on Windows).
    let place = line.split(": ").next().unwrap();
    let mut parts = place.rsplitn(3, ':');
    let (column, row) = (parts.next().unwrap(), parts.next().unwrap_or(""));
    assert!(
        column.parse::<u32>().is_ok() && row.parse::<u32>().is_ok(),
        "{line}"
    );
    assert!(
        parts.next().is_some_and(|f| f.ends_with("q.yaml")),
        "{line}"
    );
}

#[test]
fn check_accepts_the_survey() {
    let tmp = tempfile::tempdir().unwrap();
    let out = wia(tmp.path()).arg("check").arg(SURVEY).assert().success();
    assert!(stderr_of(&out).is_empty(), "{}", stderr_of(&out));
}

#[test]
fn check_refuses_a_row_that_is_not_the_matrixs_or_a_row_on_another_question() {
    check_fails_with(
        ("row: other, le: 2", "row: othr, le: 2"),
        "`othr` is not a row of `c3`: its rows are training, other (did you mean `other`?)",
    );
    check_fails_with(
        (
            "{question: c4, eq: dont_know}",
            "{question: c4, row: other, eq: 1}",
        ),
        "`row` reads one row of a matrix, but `c4` is a likert question",
    );
    check_fails_with(
        ("row: other, le: 2", "row: other, le: maybe"),
        "cannot be compared with `c3`",
    );
}

#[test]
fn check_refuses_a_point_that_is_not_a_number_unless_it_says_so_clearly() {
    check_fails_with(
        (
            "{value: dont_know, counts: false, label: {en: Don't know, cy: Ddim yn gwybod}}\n      - id: c3_other_why",
            "{value: dont_know, label: {en: Don't know, cy: Ddim yn gwybod}}\n      - id: c3_other_why",
        ),
        "`dont_know` is not a number: a point that is not a number (such as \"Don't know\") says `counts: false`",
    );
    check_fails_with(
        (
            "{value: 3, label: {en: High",
            "{value: 3, counts: false, label: {en: High",
        ),
        "but this point's value is the number 3",
    );
    check_fails_with(
        (
            "{value: dont_know, counts: false",
            "{value: \"9\", counts: false",
        ),
        "`9` cannot be a point's code",
    );
    check_fails_with(
        (
            "{question: c4, eq: dont_know}",
            "{question: c4, eq: dont_knw}",
        ),
        "`dont_knw` is not a point of `c4`: its points are 1, 2, 3, dont_know",
    );
    check_fails_with(
        (
            "{value: 3, label: {en: Ready",
            "{value: dont_know, counts: false, label: {en: Ready",
        ),
        "scale code `dont_know`",
    );
}

#[test]
fn a_condition_reads_one_row_of_a_matrix_and_a_point_that_is_not_a_number_is_never_le_2() {
    let q = survey();
    let shown = |other: &str| {
        let a = answers(&q, &format!("c3: {{training: 1, {other}}}"));
        Visibility::compute(&q, &a).is_visible("c3_other_why")
    };
    assert!(shown("other: 1"));
    assert!(shown("other: 2"));
    assert!(!shown("other: 3"));
    // "Don't know" is no number: not below 2, nor anything else.
    assert!(!shown("other: dont_know"));
    // The other row does not decide it.
    assert!(!shown("dummy: 1"), "an unanswered row is no answer");
    let a = answers(&q, "c4: dont_know");
    assert!(Visibility::compute(&q, &a).is_visible("c4_unsure"));
    let a = answers(&q, "c4: 2");
    assert!(!Visibility::compute(&q, &a).is_visible("c4_unsure"));
}

#[test]
fn a_point_that_is_not_a_number_is_kept_as_its_code_and_gives_no_number() {
    let q = survey();
    let a = answers(&q, "c3: {training: 2, other: dont_know}\nc4: dont_know");
    // Stored as the code: there is no number for any sum or average to take.
    assert_eq!(a["c4"], Answer::Text("dont_know".into()));
    let Answer::Matrix(rows) = &a["c3"] else {
        panic!("{:?}", a["c3"])
    };
    let numbers: Vec<f64> = rows.values().filter_map(|p| p.number()).collect();
    assert_eq!(numbers, vec![2.0], "only the numbered point counts");
    assert_eq!(
        a["c3"].to_value()["other"],
        serde_yaml::Value::from("dont_know")
    );
    assert!(check_answers(&q, &a, Lang::En).is_empty());
    // A code no point has is refused, naming the points.
    let a = answers(&q, "c4: not_sure");
    let problems = check_answers(&q, &a, Lang::En);
    assert!(
        problems[0]
            .message
            .contains("not_sure is not on the scale: expected one of 1, 2, 3, dont_know"),
        "{problems:?}"
    );
}

#[test]
fn a_partial_ranking_blocks_a_final_record_naming_the_question_but_a_draft_keeps_it() {
    let tmp = tempfile::tempdir().unwrap();
    let a = write(
        tmp.path(),
        "a.yaml",
        &ANSWERS.replace("[money, time, staff]", "[money, time]"),
    );
    for (lang, wanted) in [
        (
            "en",
            "error: `c5` (Rank the pressures) must rank all 3 options; 2 ranked, still to rank: staff",
        ),
        (
            "cy",
            "gwall: rhaid i `c5` (Trefnwch y pwysau) osod pob un o'r 3 opsiwn mewn trefn; 2 wedi'u trefnu, i'w trefnu o hyd: staff",
        ),
    ] {
        let out = wia(tmp.path())
            .args(["--lang", lang, "new", "--answers"])
            .arg(&a)
            .args(["--questionnaire", SURVEY])
            .assert()
            .code(1);
        assert!(stderr_of(&out).contains(wanted), "{}", stderr_of(&out));
    }
    wia(tmp.path())
        .args(["new", "--draft", "--answers"])
        .arg(&a)
        .args(["--questionnaire", SURVEY])
        .assert()
        .success();
}

#[test]
fn the_closing_text_is_said_when_the_record_is_made_in_the_persons_language() {
    for (lang, wanted) in [
        ("en", "Thank you for taking part."),
        ("cy", "Diolch am gymryd rhan."),
    ] {
        let tmp = tempfile::tempdir().unwrap();
        let a = write(tmp.path(), "a.yaml", ANSWERS);
        let out = wia(tmp.path())
            .args(["--lang", lang, "new", "--answers"])
            .arg(&a)
            .args(["--questionnaire", SURVEY])
            .assert()
            .success();
        assert!(stderr_of(&out).contains(wanted), "{}", stderr_of(&out));
    }
}

#[test]
fn answers_that_no_longer_apply_are_named_in_the_warning_and_set_apart_by_show() {
    let tmp = tempfile::tempdir().unwrap();
    let a = write(tmp.path(), "a.yaml", ANSWERS);
    let out = wia(tmp.path())
        .args(["new", "--answers"])
        .arg(&a)
        .args(["--questionnaire", SURVEY])
        .assert()
        .success();
    let stderr = stderr_of(&out);
    assert!(
        stderr
            .contains("warning: `alnco_years` (Years as ALNCo) is answered but no longer applies"),
        "{stderr}"
    );
    assert!(
        stderr.contains("`c3_other_why` (What is not ready?) is answered but no longer applies"),
        "{stderr}"
    );
    let record = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    let id = std::path::Path::new(record.lines().next().unwrap())
        .file_stem()
        .unwrap()
        .to_string_lossy()
        .into_owned();
    for (lang, heading, kept) in [
        (
            "en",
            "### Answers that no longer apply",
            "- **Years as ALNCo** 4",
        ),
        (
            "cy",
            "### Atebion nad ydynt yn berthnasol mwyach",
            "- **Blynyddoedd yn CADY** 4",
        ),
    ] {
        let out = wia(tmp.path())
            .args(["--lang", lang, "show", &id])
            .assert()
            .success();
        let md = String::from_utf8(out.get_output().stdout.clone()).unwrap();
        let (answers, apart) = md.split_once(heading).unwrap_or_else(|| panic!("{md}"));
        // Listed apart, after the answers that count, and never among them.
        assert!(apart.contains(kept), "{md}");
        assert!(!answers.contains(kept), "{md}");
        assert!(apart.contains("Funding"), "{md}");
        assert!(!answers.contains("Funding"), "{md}");
    }
}

#[test]
fn scoring_ignores_a_task_list_that_no_longer_applies() {
    let mut text = std::fs::read_to_string(SURVEY).unwrap();
    text = text.replace(
        "      - id: tasks\n        type: task_list\n",
        "      - id: tasks\n        type: task_list\n        show_if: {question: role, eq: alnco}\n",
    );
    let q = wia::questionnaire::parse(&text, "q.yaml", Lang::En)
        .unwrap()
        .0;
    let rows = "tasks: [{description: Forms, change: new, roles: [teacher], frequency: once, \
                minutes: {low: 60, likely: 60, high: 60}, count: 1, share: 1}]";
    let score = |role: &str| {
        let a = answers(&q, &format!("role: {role}\n{rows}"));
        wia::scoring::score(&q, &a, &Default::default(), Lang::En)
    };
    let counted = score("alnco").roles["teacher"]
        .system_hours_per_year
        .expected;
    // One hour a year for each of the 10 teachers, as the row says, when it applies.
    assert_eq!(counted, 10.0);
    assert_eq!(
        score("head").roles["teacher"]
            .system_hours_per_year
            .expected,
        0.0
    );
}

#[test]
fn the_template_says_a_ranking_must_be_complete() {
    let tmp = tempfile::tempdir().unwrap();
    let out = wia(tmp.path())
        .args(["template", "--questionnaire", SURVEY])
        .assert()
        .success();
    let text = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    assert!(
        text.contains(
            "# Rank the pressures\n  # A list of every one of these, most important first:"
        ),
        "{text}"
    );
    assert!(text.contains("dont_know Don't know"), "{text}");
}
