//! Inputs a careless or hostile hand can produce: each is refused with a message that
//! names the file and the place, and none panics, hangs or reaches the terminal raw.

mod common;

use std::path::Path;

use common::cli::{ANSWERS, SMALL, stderr_of, wia, write};
use predicates::str::contains;

fn new_record(data: &Path) -> std::path::PathBuf {
    common::cli::new_record(data).0
}

fn no_panic(stderr: &str) {
    assert!(!stderr.contains("panicked"), "{stderr}");
}

#[test]
fn a_record_with_content_that_has_no_canonical_form_fails_verify() {
    let dir = tempfile::tempdir().unwrap();
    let record = new_record(dir.path());
    let text = std::fs::read_to_string(&record).unwrap();
    // A key that is not text, with the digest of the text `null`.
    let forged = text.replacen("answers:\n", "answers:\n  ? [forged]\n  : 1\n", 1);
    let null_digest = "sha256:74234e98afe7498fb5daf1f36ac2d78acc339464f950703b8c019892f982b90b";
    let start = forged.find("digest: sha256:").unwrap();
    let forged = format!("{}digest: {null_digest}\n", &forged[..start]);
    std::fs::write(&record, forged).unwrap();
    let assert = wia(dir.path()).arg("verify").arg(&record).assert().code(1);
    no_panic(&stderr_of(&assert));

    // A number that is not finite.
    let nan = text.replacen("likely: 90", "likely: .nan", 1);
    std::fs::write(&record, nan).unwrap();
    wia(dir.path())
        .arg("verify")
        .arg(&record)
        .assert()
        .code(1)
        .stderr(contains("ALTERED"));
}

#[test]
fn malformed_record_fields_are_refused_at_their_line() {
    let dir = tempfile::tempdir().unwrap();
    let record = new_record(dir.path());
    let text = std::fs::read_to_string(&record).unwrap();
    let line = text
        .lines()
        .position(|l| l.starts_with("  sha256: "))
        .unwrap()
        + 1;
    std::fs::write(
        &record,
        text.replacen("  sha256: ", "  sha256: ../../évil", 1),
    )
    .unwrap();
    let assert = wia(dir.path())
        .arg("score")
        .arg(&record)
        .assert()
        .code(1)
        .stderr(contains(format!(
            ":{line}:3: error: expected the 64 hex digits of the questionnaire's SHA-256"
        )));
    no_panic(&stderr_of(&assert));
    std::fs::write(
        &record,
        text.replacen("schema_version: 1", "schema_version: 99", 1),
    )
    .unwrap();
    wia(dir.path())
        .arg("score")
        .arg(&record)
        .assert()
        .code(1)
        .stderr(contains("schema version 99 is not one this wia reads"));
}

#[test]
fn score_and_summary_warn_about_an_altered_record() {
    let dir = tempfile::tempdir().unwrap();
    let record = new_record(dir.path());
    let text = std::fs::read_to_string(&record).unwrap();
    std::fs::write(
        &record,
        text.replacen("name: Ceri Jones", "name: Someone Else", 1),
    )
    .unwrap();
    wia(dir.path())
        .arg("score")
        .arg(&record)
        .assert()
        .success()
        .stderr(contains("does not match its digest"));
    wia(dir.path())
        .arg("summary")
        .arg(&record)
        .assert()
        .success()
        .stderr(contains("does not match its digest"));
}

#[test]
fn summary_output_never_replaces_the_record_or_a_link() {
    let dir = tempfile::tempdir().unwrap();
    let record = new_record(dir.path());
    let before = std::fs::read(&record).unwrap();
    wia(dir.path())
        .arg("summary")
        .arg(&record)
        .arg("-o")
        .arg(&record)
        .assert()
        .code(1)
        .stderr(contains("is the record itself"));
    assert_eq!(std::fs::read(&record).unwrap(), before);
    // Unix only: making a symbolic link on Windows needs a privilege tests do not have.
    #[cfg(unix)]
    {
        let link = dir.path().join("link.md");
        std::os::unix::fs::symlink(&record, &link).unwrap();
        wia(dir.path())
            .arg("summary")
            .arg(&record)
            .arg("-o")
            .arg(&link)
            .assert()
            .code(1)
            .stderr(contains("not a regular file"));
        assert_eq!(std::fs::read(&record).unwrap(), before);
    }
}

#[test]
fn escape_sequences_in_a_questionnaire_never_reach_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(SMALL).unwrap().replace(
        "label: {en: ALNCos, cy: CydADY}",
        "label: {en: \"AL\\e[2J\\e[31mNCos\\u202E\"}",
    );
    let q = write(dir.path(), "esc.yaml", &text);
    let out = wia(dir.path())
        .args(["new", "--answers", ANSWERS, "--questionnaire"])
        .arg(&q)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let record = String::from_utf8(out)
        .unwrap()
        .lines()
        .next()
        .unwrap()
        .to_string();
    for args in [vec!["score", &record], vec!["summary", &record]] {
        let out = wia(dir.path())
            .args(&args)
            .arg("--questionnaire")
            .arg(&q)
            .assert()
            .success()
            .get_output()
            .stdout
            .clone();
        let shown = String::from_utf8(out).unwrap();
        assert!(
            shown.contains("AL\u{FFFD}[2J\u{FFFD}[31mNCos\u{FFFD}"),
            "{shown}"
        );
        assert!(!shown.contains('\u{1b}') && !shown.contains('\u{202E}'));
    }
    // Control characters typed into an answer are refused outright.
    let answers = std::fs::read_to_string(ANSWERS).unwrap().replace(
        "policy_title: Termly ALN progress return",
        "policy_title: \"\\e[31mTermly\"",
    );
    let a = write(dir.path(), "a.yaml", &answers);
    let assert = wia(dir.path())
        .args(["new", "--questionnaire", SMALL, "--answers"])
        .arg(&a)
        .assert()
        .code(1);
    let err = stderr_of(&assert);
    assert!(
        err.contains("contains the control character U+001B") && !err.contains('\u{1b}'),
        "{err}"
    );
}

#[test]
fn task_rows_name_each_wrong_key_and_catch_unit_slips() {
    let dir = tempfile::tempdir().unwrap();
    let a = write(
        dir.path(),
        "rows.yaml",
        "questionnaire: small\nassessor: {name: A, organisation: B}\nheadcounts: {teacher: 1e12}\nanswers:\n  policy_title: X\n  tasks:\n    - description: One\n      roles: teacher\n      minutes: {low: \"45\", likely: 60, hgh: 90}\n      frequency: per_week\n      share: 0.5\n      change: added\n      cuont: 2\n    - description: Two\n      roles: [alnco]\n      minutes: 1e9\n      frequency: per_week\n      share: .nan\n      change: new\n",
    );
    let assert = wia(dir.path())
        .args(["new", "--questionnaire", SMALL, "--answers"])
        .arg(&a)
        .assert()
        .code(1);
    let err = stderr_of(&assert);
    for expected in [
        "rows.yaml:3:14: error: headcount 1000000000000 must be a number of staff from 0 to 10000000",
        "rows.yaml:7:7: error: row 1: unknown key `cuont` (did you mean `count`?)",
        "row 1: `minutes.low` should be a number, found the text \"45\"; write it without quotes",
        "row 1: `minutes.high` is missing",
        "row 1: `change` should be new or removed",
        "rows.yaml:14:7: error: row 2: `share` is .nan, which is not a usable number",
    ] {
        assert!(err.contains(expected), "missing {expected:?} in:\n{err}");
    }
    let a = write(
        dir.path(),
        "big.yaml",
        "questionnaire: small\nassessor: {name: A, organisation: B}\nanswers:\n  policy_title: X\n  tasks:\n    - {description: Big, roles: [alnco], minutes: 1e9, frequency: per_week, share: 1, change: new}\n",
    );
    wia(dir.path())
        .args(["new", "--questionnaire", SMALL, "--answers"])
        .arg(&a)
        .assert()
        .code(1)
        .stderr(contains("check the unit"));
}

#[test]
fn alias_bombs_deep_nesting_and_binary_files_are_refused_quickly() {
    let dir = tempfile::tempdir().unwrap();
    let mut bomb = String::from(
        "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n",
    );
    for (i, name) in ["b", "c", "d", "e", "f", "g", "h", "i"].iter().enumerate() {
        let prev = ["a", "b", "c", "d", "e", "f", "g", "h"][i];
        bomb.push_str(&format!("{name}: &{name} [*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev}]\n"));
    }
    let b = write(dir.path(), "bomb.yaml", &bomb);
    for args in [vec!["check"], vec!["new", "--answers"], vec!["verify"]] {
        let assert = wia(dir.path()).args(&args).arg(&b).assert().code(1);
        no_panic(&stderr_of(&assert));
    }
    let deep = write(
        dir.path(),
        "deep.yaml",
        &format!("{}{}", "[".repeat(10_000), "]".repeat(10_000)),
    );
    let assert = wia(dir.path()).arg("check").arg(&deep).assert().code(1);
    no_panic(&stderr_of(&assert));
    let binary = dir.path().join("bin.yaml");
    std::fs::write(&binary, [0xff, 0xfe, 0x00, 0x41, 0x0a]).unwrap();
    wia(dir.path())
        .arg("check")
        .arg(&binary)
        .assert()
        .code(1)
        .stderr(contains("not UTF-8"));
    wia(dir.path())
        .arg("check")
        .arg(dir.path())
        .assert()
        .code(2)
        .stderr(contains("cannot read"));
}

#[test]
fn a_bad_time_in_a_record_is_placed_at_its_key() {
    let dir = tempfile::tempdir().unwrap();
    let record = new_record(dir.path());
    let text = std::fs::read_to_string(&record).unwrap();
    let line = text
        .lines()
        .position(|l| l.starts_with("updated: "))
        .unwrap()
        + 1;
    let start = text.find("updated: ").unwrap();
    let end = start + text[start..].find('\n').unwrap();
    std::fs::write(
        &record,
        format!("{}updated: yesterday{}", &text[..start], &text[end..]),
    )
    .unwrap();
    wia(dir.path())
        .arg("verify")
        .arg(&record)
        .assert()
        .code(1)
        .stderr(contains(format!(
            ":{line}:1: error: in `updated`: `yesterday` is not an RFC 3339 time"
        )));
}
