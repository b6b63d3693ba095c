//! The command line as a user runs it: output, files written, exit codes.

mod common;

use common::cli::{SMALL, new_record, stderr_of, wia, write};
use predicates::prelude::*;
use predicates::str::contains;

/// Without a terminal no command is a script's mistake: help on stderr, exit 2.
#[test]
fn no_arguments_without_a_terminal_prints_help_to_stderr_and_exits_2() {
    let dir = tempfile::tempdir().unwrap();
    wia(dir.path()).assert().code(2).stdout("").stderr(
        contains("Usage: wia")
            .and(contains("check"))
            .and(contains("new")),
    );
    // Asked for, the help is output: stdout and success.
    wia(dir.path())
        .arg("--help")
        .assert()
        .success()
        .stdout(contains("Usage: wia"));
}

/// The interactive commands without a terminal fail as a failed check does (1), saying
/// what to use in a script, in either language.
#[test]
fn interactive_commands_without_a_terminal_exit_1() {
    let dir = tempfile::tempdir().unwrap();
    for (args, says) in [
        (vec!["assess"], "wia new --answers FILE"),
        (vec!["review"], "wia list"),
        (vec!["log"], "wia log add"),
        (vec!["assess", "--lang", "cy"], "wia new --answers FILE"),
    ] {
        let out = wia(dir.path()).args(&args).assert().code(1).stdout("");
        assert!(
            stderr_of(&out).contains(says),
            "{args:?}: {}",
            stderr_of(&out)
        );
    }
}

#[test]
fn check_accepts_the_bundled_and_fixture_questionnaires() {
    let dir = tempfile::tempdir().unwrap();
    wia(dir.path())
        .args(["check", "questionnaires/wia-policy.yaml", SMALL])
        .assert()
        .code(0)
        .stdout(contains(
            "questionnaires/wia-policy.yaml: ok: questionnaire wia-policy",
        ))
        .stdout(contains("ok: questionnaire small 0.1"));
}

#[test]
fn check_lists_every_problem_with_file_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(SMALL).unwrap();
    let broken = text
        .replace("- {id: high, below: 4,", "- {id: high, below: 0.5,")
        .replace(
            "show_if: {question: funded, eq: \"yes\"}",
            "show_if: {question: fundd, eq: \"yes\"}",
        )
        .replace("      - id: tasks\n", "      - id: funded\n");
    let path = write(dir.path(), "broken.yaml", &broken);
    let name = path.display().to_string();
    let assert = wia(dir.path()).args(["check"]).arg(&path).assert().code(1);
    let err = stderr_of(&assert);
    assert!(
        err.contains(&format!(
            "{name}:32:18: error: bands out of order: `high` is below 0.5"
        )),
        "{err}"
    );
    assert!(
        err.contains("refers to unknown question `fundd` (did you mean `funded`?)"),
        "{err}"
    );
    assert!(
        err.contains(&format!(
            "{name}:66:9: error: duplicate question id `funded` (first defined at line 58)"
        )),
        "{err}"
    );
    assert!(
        err.contains("the task list question must have id `tasks`"),
        "{err}"
    );
    assert!(err.contains("errors found"), "{err}");
}

#[test]
fn check_reports_syntax_and_structure_errors_at_their_place() {
    let dir = tempfile::tempdir().unwrap();
    let bad_yaml = write(dir.path(), "syntax.yaml", "id: x\nversion: [1\n");
    wia(dir.path())
        .arg("check")
        .arg(&bad_yaml)
        .assert()
        .code(1)
        .stderr(contains("syntax.yaml:").and(contains(": error: ")));

    let text = std::fs::read_to_string(SMALL).unwrap().replace(
        "        type: yes_no\n",
        "        type: yes_no\n        unit: {en: weeks}\n",
    );
    let stray = write(dir.path(), "stray.yaml", &text);
    wia(dir.path())
        .arg("check")
        .arg(&stray)
        .assert()
        .code(1)
        .stderr(contains(
            "`unit` does not apply to question `funded` of type yes_no",
        ));

    let typo = write(
        dir.path(),
        "typo.yaml",
        &std::fs::read_to_string(SMALL)
            .unwrap()
            .replace("required: true", "requried: true"),
    );
    wia(dir.path())
        .arg("check")
        .arg(&typo)
        .assert()
        .code(1)
        .stderr(contains("unknown field `requried`"));

    let dup = write(
        dir.path(),
        "dup.yaml",
        &std::fs::read_to_string(SMALL)
            .unwrap()
            .replace("version: \"0.1\"\n", "version: \"0.1\"\nversion: \"0.2\"\n"),
    );
    wia(dir.path())
        .arg("check")
        .arg(&dup)
        .assert()
        .code(1)
        .stderr(
            contains("dup.yaml:4:1: error: duplicate key `version`")
                .and(contains("duplicate field").not()),
        );

    let empty = write(dir.path(), "empty.yaml", "");
    wia(dir.path())
        .arg("check")
        .arg(&empty)
        .assert()
        .code(1)
        .stderr(contains("file is empty"));
}

#[test]
fn check_exits_2_for_an_unreadable_file() {
    let dir = tempfile::tempdir().unwrap();
    wia(dir.path())
        .args(["check", SMALL, "no/such/file.yaml"])
        .assert()
        .code(2)
        .stderr(contains("no/such/file.yaml: error: cannot read"));
}

#[test]
fn check_recognises_a_record_given_by_mistake() {
    let dir = tempfile::tempdir().unwrap();
    let (record, _) = new_record(dir.path());
    wia(dir.path())
        .arg("check")
        .arg(&record)
        .assert()
        .code(1)
        .stderr(contains("this is an assessment record"));
}

#[test]
fn new_writes_a_record_and_summary_and_prints_their_paths() {
    let dir = tempfile::tempdir().unwrap();
    let (record, summary) = new_record(dir.path());
    assert!(record.starts_with(dir.path().join("records")));
    assert!(summary.starts_with(dir.path().join("summaries")));
    let text = std::fs::read_to_string(&record).unwrap();
    assert!(text.contains("status: final"));
    assert!(text.contains("digest: sha256:"));
    let md = std::fs::read_to_string(&summary).unwrap();
    assert!(md.starts_with("# Workload impact assessment: Termly ALN progress return"));
    assert!(md.contains("## Rating: "));
    // The questionnaire used is kept by digest so the record can be rescored later.
    assert_eq!(
        std::fs::read_dir(dir.path().join("questionnaires"))
            .unwrap()
            .count(),
        1
    );
    // No temporary files are left behind.
    for sub in ["records", "summaries", "questionnaires"] {
        for entry in std::fs::read_dir(dir.path().join(sub)).unwrap() {
            let name = entry.unwrap().file_name().to_string_lossy().to_string();
            assert!(!name.ends_with(".tmp"), "{name}");
        }
    }
}

#[test]
fn new_lists_every_problem_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let assert = wia(dir.path())
        .args([
            "new",
            "--answers",
            "tests/fixtures/broken.answers.yaml",
            "--questionnaire",
            SMALL,
        ])
        .assert()
        .code(1);
    let err = stderr_of(&assert);
    let file = "tests/fixtures/broken.answers.yaml";
    for expected in [
        format!("{file}:6:3: error: unknown role `chef`"),
        format!("{file}:8:3: error: expected yes or no, found the text \"maybe\""),
        format!(
            "{file}:9:3: error: questionnaire small 0.1 has no question `fundng_amount` (did you mean `funding_amount`?)"
        ),
        "`policy_title` is required: Title".to_string(),
        "row 1: `minutes` must have low <= likely <= high".to_string(),
        "row 1: `frequency` `fortnightly` is not known".to_string(),
        "row 1: `share` is 1.5".to_string(),
    ] {
        assert!(err.contains(&expected), "missing {expected:?} in:\n{err}");
    }
    assert!(!dir.path().join("records").exists());
}

#[test]
fn new_rejects_bad_files_clearly() {
    let dir = tempfile::tempdir().unwrap();
    wia(dir.path())
        .args(["new", "--answers", "missing.yaml"])
        .assert()
        .code(2)
        .stderr(contains("cannot read missing.yaml"));
    let not_yaml = write(dir.path(), "x.yaml", "questionnaire: small\nassessor: [\n");
    wia(dir.path())
        .args(["new", "--answers"])
        .arg(&not_yaml)
        .assert()
        .code(1)
        .stderr(contains("x.yaml:"));
    let unknown = write(
        dir.path(),
        "u.yaml",
        "questionnaire: nope\nassessor: {name: A, organisation: B}\nanswers: {}\n",
    );
    wia(dir.path())
        .args(["new", "--answers"])
        .arg(&unknown)
        .assert()
        .code(1)
        .stderr(contains(
            "u.yaml:1:1: error: no bundled questionnaire `nope`",
        ));
    let wrong_shape = write(
        dir.path(),
        "w.yaml",
        "questionnaire: small\nassessor: Ceri\nanswers: {}\n",
    );
    wia(dir.path())
        .args(["new", "--answers"])
        .arg(&wrong_shape)
        .assert()
        .code(1)
        .stderr(contains("w.yaml:2:"));
}

#[test]
fn a_draft_may_miss_required_answers_and_stores_no_results() {
    let dir = tempfile::tempdir().unwrap();
    let draft = write(
        dir.path(),
        "d.yaml",
        "questionnaire: small\nassessor: {name: A, organisation: B}\nanswers:\n  funded: \"yes\"\n",
    );
    let out = wia(dir.path())
        .args(["new", "--draft", "--questionnaire", SMALL, "--answers"])
        .arg(&draft)
        .assert()
        .success()
        .stderr(contains("warning: `policy_title` is required: Title"))
        .get_output()
        .stdout
        .clone();
    let saved = String::from_utf8(out)
        .unwrap()
        .lines()
        .next()
        .unwrap()
        .to_string();
    // A draft to resume, in the drafts folder: no record, so no results.
    assert!(std::path::Path::new(&saved).starts_with(dir.path().join("drafts")));
    let text = std::fs::read_to_string(&saved).unwrap();
    assert!(text.contains("draft_version: 1"));
    assert!(!text.contains("results:"));
    // Without --draft the same answers are refused.
    wia(dir.path())
        .args(["new", "--questionnaire", SMALL, "--answers"])
        .arg(&draft)
        .assert()
        .code(1)
        .stderr(contains("`policy_title` is required: Title"));
}

#[test]
fn score_prints_the_json_contract() {
    let dir = tempfile::tempdir().unwrap();
    let (record, _) = new_record(dir.path());
    let out = wia(dir.path())
        .args(["score", "--format", "json"])
        .arg(&record)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
    // 11/6 h a year is 0.05 h a week for one ALNCo: negligible.
    assert_eq!(v["rating"], "negligible");
    let alnco = &v["roles"]["alnco"];
    for key in [
        "per_person_hours_per_year",
        "per_person_hours_per_week",
        "system_hours_per_year",
        "fte",
    ] {
        for p in ["low", "likely", "high", "expected"] {
            assert!(alnco[key][p].is_number(), "{key}.{p}");
        }
    }
    // Progress return: 3 a year x 60/90/180 min = 3, 4.5, 9 h (E 5); SEN return removed:
    // 2, 3, 5 h (E 19/6). Net expected 5 - 19/6 = 11/6 h a year for one ALNCo.
    let e = alnco["per_person_hours_per_year"]["expected"]
        .as_f64()
        .unwrap();
    assert!((e - 11.0 / 6.0).abs() < 1e-9, "{e}");
    // System: 120 ALNCos (override) do the return, 60 lose the census.
    let s = alnco["system_hours_per_year"]["expected"].as_f64().unwrap();
    assert!((s - (5.0 * 120.0 - 19.0 / 6.0 * 60.0)).abs() < 1e-9, "{s}");
    assert_eq!(v["flags"][0]["id"], "unfunded");
    assert_eq!(v["flags"][0]["severity"], "serious");
    assert!(v["flags"][0]["message"].is_string());
    assert!(v["drivers"][0]["description"].is_string());
    assert!(v["drivers"][0]["system_hours_per_year"].is_number());
}

#[test]
fn score_text_and_yaml() {
    let dir = tempfile::tempdir().unwrap();
    let (record, _) = new_record(dir.path());
    wia(dir.path())
        .arg("score")
        .arg(&record)
        .assert()
        .success()
        .stdout(contains("Rating: Negligible").and(contains("ALNCos")));
    wia(dir.path())
        .args(["score", "--format", "yaml"])
        .arg(&record)
        .assert()
        .success()
        .stdout(contains("rating: negligible").and(contains("tasks:")));
}

#[test]
fn score_says_when_stored_results_differ() {
    let dir = tempfile::tempdir().unwrap();
    let (record, _) = new_record(dir.path());
    let text = std::fs::read_to_string(&record).unwrap();
    std::fs::write(
        &record,
        text.replacen("rating: negligible", "rating: low", 1),
    )
    .unwrap();
    wia(dir.path())
        .arg("score")
        .arg(&record)
        .assert()
        .code(1)
        .stderr(
            contains("stored results differ")
                .and(contains("rating: stored low, recomputed negligible")),
        );
}

#[test]
fn records_can_be_named_by_a_unique_id_prefix() {
    let dir = tempfile::tempdir().unwrap();
    let (record, _) = new_record(dir.path());
    let id = record.file_stem().unwrap().to_string_lossy().to_string();
    wia(dir.path())
        .args(["verify", &id[..4]])
        .assert()
        .success()
        .stdout(contains("intact"));
    wia(dir.path())
        .args(["score", "zzzz"])
        .assert()
        .code(2)
        .stderr(contains("no record whose id starts with `zzzz`"));
}

#[test]
fn summary_prints_or_writes_the_markdown() {
    let dir = tempfile::tempdir().unwrap();
    let (record, summary) = new_record(dir.path());
    let printed = wia(dir.path())
        .arg("summary")
        .arg(&record)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    assert_eq!(
        String::from_utf8(printed).unwrap(),
        std::fs::read_to_string(&summary).unwrap()
    );
    let out = dir.path().join("out.md");
    wia(dir.path())
        .arg("summary")
        .arg(&record)
        .arg("-o")
        .arg(&out)
        .assert()
        .success();
    assert_eq!(
        std::fs::read_to_string(&out).unwrap(),
        std::fs::read_to_string(&summary).unwrap()
    );
}

#[test]
fn verify_detects_a_changed_byte() {
    let dir = tempfile::tempdir().unwrap();
    let (record, _) = new_record(dir.path());
    wia(dir.path())
        .arg("verify")
        .arg(&record)
        .assert()
        .code(0)
        .stdout(contains("intact: final record"));
    let text = std::fs::read_to_string(&record).unwrap();
    // One byte: the likely minutes of the first task, 90 -> 99.
    let changed = text.replacen("likely: 90", "likely: 99", 1);
    assert_eq!(changed.len(), text.len());
    std::fs::write(&record, &changed).unwrap();
    wia(dir.path())
        .arg("verify")
        .arg(&record)
        .assert()
        .code(1)
        .stderr(contains("ALTERED").and(contains("digest in the record")));
}

#[test]
fn verify_separates_layout_changes_from_content_changes() {
    let dir = tempfile::tempdir().unwrap();
    let (record, _) = new_record(dir.path());
    let text = std::fs::read_to_string(&record).unwrap();
    std::fs::write(&record, format!("{text}# a comment added later\n")).unwrap();
    wia(dir.path())
        .arg("verify")
        .arg(&record)
        .assert()
        .code(0)
        .stderr(contains("layout or comments differ"));
    std::fs::write(&record, "not: [a record").unwrap();
    wia(dir.path())
        .arg("verify")
        .arg(&record)
        .assert()
        .code(1)
        .stderr(contains("cannot be verified"));
    wia(dir.path())
        .args(["verify", "nothing-here.yaml"])
        .assert()
        .code(2);
}

#[test]
fn a_record_can_be_rescored_from_the_kept_questionnaire_copy() {
    let dir = tempfile::tempdir().unwrap();
    let (record, _) = new_record(dir.path());
    // No --questionnaire: the fixture is not bundled, so the kept copy is used.
    wia(dir.path()).arg("score").arg(&record).assert().success();
    std::fs::remove_dir_all(dir.path().join("questionnaires")).unwrap();
    wia(dir.path())
        .arg("score")
        .arg(&record)
        .assert()
        .code(2)
        .stderr(contains("pass it with --questionnaire FILE"));
    wia(dir.path())
        .arg("score")
        .arg(&record)
        .args(["--questionnaire", SMALL])
        .assert()
        .success();
}

#[test]
fn check_explains_condition_and_text_mistakes_where_they_are() {
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(SMALL).unwrap();
    let two_ops = write(
        dir.path(),
        "two.yaml",
        &text.replace(
            "when: {score: per_person_hours_per_week, role: alnco, gt: 1}",
            "when: {score: per_person_hours_per_week, role: alnco, gt: 1, lt: 3}",
        ),
    );
    wia(dir.path())
        .arg("check")
        .arg(&two_ops)
        .assert()
        .code(1)
        .stderr(contains("two.yaml:38:7: error: scoring.flags[0]: in `when`: a condition takes one comparison, found lt and gt"));
    let text_score = write(
        dir.path(),
        "ts.yaml",
        &text.replace("role: alnco, gt: 1}", "role: alnco, gt: \"1\"}"),
    );
    wia(dir.path())
        .arg("check")
        .arg(&text_score)
        .assert()
        .code(1)
        .stderr(contains("compare it with a number, not \"1\""));
    let plain_title = write(
        dir.path(),
        "pt.yaml",
        &text.replace(
            "title: {en: Small test questionnaire, cy: Holiadur prawf bach}",
            "title: Small",
        ),
    );
    wia(dir.path())
        .arg("check")
        .arg(&plain_title)
        .assert()
        .code(1)
        .stderr(contains("pt.yaml:4:8: error: title: invalid type: string \"Small\", expected a text in each language, such as {en: Teachers, cy: Athrawon}"));
}

#[test]
fn new_reports_each_answer_once_and_keeps_text_as_written() {
    let dir = tempfile::tempdir().unwrap();
    let answers = write(
        dir.path(),
        "a.yaml",
        "questionnaire: small\nassessor: {name: A, organisation: B}\nanswers:\n  policy_title: 1.10\n  funded: \"no\"\n",
    );
    let assert = wia(dir.path())
        .args(["new", "--questionnaire", SMALL, "--answers"])
        .arg(&answers)
        .assert()
        .code(1);
    let err = stderr_of(&assert);
    assert!(
        err.contains("a.yaml:4:3: error: expected text, found a number; put it in quotes to keep it exactly as written"),
        "{err}"
    );
    assert!(
        !err.contains("is required"),
        "an unreadable answer is not also missing: {err}"
    );

    let dup = write(
        dir.path(),
        "d.yaml",
        "questionnaire: small\nassessor: {name: A, organisation: B}\nanswers:\n  policy_title: X\n  funded: \"no\"\n  funded: \"yes\"\n",
    );
    wia(dir.path())
        .args(["new", "--questionnaire", SMALL, "--answers"])
        .arg(&dup)
        .assert()
        .code(1)
        .stderr(contains("d.yaml:6:3: error: duplicate key `funded`"));
}

#[test]
fn yes_no_answers_are_stored_as_booleans_every_yaml_reader_agrees_on() {
    let dir = tempfile::tempdir().unwrap();
    let (record, _) = new_record(dir.path());
    let text = std::fs::read_to_string(&record).unwrap();
    assert!(text.contains("  funded: false\n"), "{text}");
    // And they still drive conditions: `funded` = no fires the `unfunded` flag.
    assert!(text.contains("id: unfunded"), "{text}");
}

#[test]
fn template_lists_every_question_and_new_points_at_each_blank() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("mine.answers.yaml");
    wia(dir.path())
        .args(["template", "-o"])
        .arg(&path)
        .assert()
        .success()
        .stderr(contains("wia new --answers"));
    let text = std::fs::read_to_string(&path).unwrap();
    let q = wia::questionnaire::bundled("wia-policy").unwrap();
    for (_, question) in q.questions() {
        assert!(
            text.contains(&format!("\n  {}: ~\n", question.id)),
            "{} missing from the template",
            question.id
        );
    }
    // An untouched template is refused with one message per blank, each at its own line.
    let assert = wia(dir.path())
        .args(["new", "--answers"])
        .arg(&path)
        .assert()
        .code(1);
    let err = stderr_of(&assert);
    let line_of = |id: &str| {
        text.lines()
            .position(|l| l == format!("  {id}: ~"))
            .unwrap()
            + 1
    };
    assert!(
        err.contains(&format!(
            "mine.answers.yaml:{}:3: error: `policy_title` is required",
            line_of("policy_title")
        )),
        "{err}"
    );
    assert!(err.contains("the assessor's name is missing"), "{err}");
    // Never overwrites.
    wia(dir.path())
        .args(["template", "-o"])
        .arg(&path)
        .assert()
        .code(1)
        .stderr(contains("already exists"));
    // A questionnaire file can be given instead of the bundled one.
    wia(dir.path())
        .args(["template", "--questionnaire", SMALL])
        .assert()
        .success()
        .stdout(
            contains("questionnaire: small")
                .and(contains("  funding_amount: ~"))
                .and(contains("# Only when funded is \"yes\".")),
        );
}

#[test]
fn the_bundled_example_assessment_goes_through_cleanly() {
    let dir = tempfile::tempdir().unwrap();
    let out = wia(dir.path())
        .args(["new", "--answers", "examples/aln-idp-review.answers.yaml"])
        .assert()
        .success()
        .stderr(contains("warning").not())
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(out).unwrap();
    let mut lines = text.lines();
    let record = lines.next().unwrap().to_string();
    let summary = std::fs::read_to_string(lines.next().unwrap()).unwrap();
    for part in [
        "## Rating: ",
        "## Hours by role",
        "## What drives the total",
        "## Flags",
        "## Mitigations",
        "## Method",
        // A flag in words, never by its id.
        "A new task puts an item from the STPC(W)D list",
        "digest `sha256:",
    ] {
        assert!(summary.contains(part), "summary lacks {part:?}:\n{summary}");
    }
    // Bundled questionnaire, bundled digest: score needs no --questionnaire and agrees.
    let json = wia(dir.path())
        .args(["score", "--format", "json", &record])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let v: serde_json::Value = serde_json::from_slice(&json).unwrap();
    let roles = v["roles"].as_object().unwrap();
    assert_eq!(
        roles.keys().collect::<Vec<_>>(),
        vec![
            "alnco",
            "business_manager",
            "leader",
            "support_staff",
            "teacher"
        ]
    );
    wia(dir.path()).args(["verify", &record]).assert().success();
}
