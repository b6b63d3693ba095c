//! Questionnaire translations: `wia check --require-lang`, and records that read the same
//! in either language.

mod common;

use common::cli::{stderr_of, wia, write};
use predicates::str::contains;

const MISSING: &str = "tests/fixtures/missing-welsh.yaml";

#[test]
fn require_lang_cy_names_each_missing_text_at_its_place() {
    let dir = tempfile::tempdir().unwrap();
    let assert = wia(dir.path())
        .args(["check", "--require-lang", "cy", MISSING])
        .assert()
        .code(1);
    let err = stderr_of(&assert);
    // Each at its text's `en:` key: the hint's block key, and inside the option's flow mapping.
    assert!(
        err.contains(
            "tests/fixtures/missing-welsh.yaml:27:11: error: sections[0].questions[0].hint: no Welsh (cy) text"
        ),
        "{err}"
    );
    assert!(
        err.contains(
            "tests/fixtures/missing-welsh.yaml:30:36: error: sections[0].questions[0].options[1].label: no Welsh (cy) text"
        ),
        "{err}"
    );
    assert_eq!(err.matches("no Welsh (cy) text").count(), 2, "{err}");
    assert!(err.contains("missing-welsh.yaml: 2 texts have nothing in Welsh (cy)"));
    // The list replaces the count.
    assert!(!err.contains("note:"), "{err}");
    assert!(!String::from_utf8_lossy(&assert.get_output().stdout).contains("ok:"));
}

#[test]
fn without_the_flag_missing_welsh_is_a_note_and_the_check_passes() {
    let dir = tempfile::tempdir().unwrap();
    wia(dir.path())
        .args(["check", MISSING])
        .assert()
        .code(0)
        .stdout(contains("ok: questionnaire missing-welsh 0.1"))
        .stderr(contains(
            "note: 2 of 10 texts have no Welsh (cy) translation yet",
        ));
}

#[test]
fn bundled_and_example_questionnaires_are_fully_in_welsh() {
    let dir = tempfile::tempdir().unwrap();
    let mut files: Vec<_> = std::fs::read_dir("questionnaires")
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "yaml"))
        .collect();
    assert!(files.len() >= 2, "{files:?}");
    files.push("examples/minimal-questionnaire.yaml".into());
    let assert = wia(dir.path())
        .args(["check", "--require-lang", "cy"])
        .args(&files)
        .assert();
    let err = stderr_of(&assert);
    assert.code(0);
    assert_eq!(err, "", "no notes and no errors");
}

#[test]
fn require_lang_en_finds_an_empty_english_text() {
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(MISSING)
        .unwrap()
        .replace("{en: Red, cy: Coch}", "{en: \"\", cy: Coch}");
    let path = write(dir.path(), "q.yaml", &text);
    let assert = wia(dir.path())
        .args(["check", "--require-lang", "en"])
        .arg(&path)
        .assert()
        .code(1);
    let err = stderr_of(&assert);
    assert!(
        err.contains(
            ":29:34: error: sections[0].questions[0].options[0].label: no English (en) text"
        ),
        "{err}"
    );
    assert_eq!(err.matches("no English (en) text").count(), 1, "{err}");
    // English is complete in the fixture otherwise; its Welsh gaps are still counted.
    assert!(err.contains("note: 2 of 10 texts have no Welsh (cy) translation yet"));
}

#[test]
fn an_unknown_language_code_is_refused_clearly() {
    let dir = tempfile::tempdir().unwrap();
    let assert = wia(dir.path())
        .args(["check", "--require-lang", "fr", MISSING])
        .assert()
        .code(2);
    let err = stderr_of(&assert);
    assert!(
        err.contains(
            "unknown language `fr`: questionnaires are written in en (English) and cy (Welsh)"
        ),
        "{err}"
    );
}

#[test]
fn an_empty_language_code_asks_for_one() {
    let dir = tempfile::tempdir().unwrap();
    let assert = wia(dir.path())
        .args(["check", "--require-lang=", MISSING])
        .assert()
        .code(2);
    let err = stderr_of(&assert);
    assert!(
        err.contains("give a language: cy (Welsh) or en (English)"),
        "{err}"
    );
}

#[test]
fn language_codes_ignore_case() {
    let dir = tempfile::tempdir().unwrap();
    wia(dir.path())
        .args(["check", "--require-lang", "CY", MISSING])
        .assert()
        .code(1)
        .stderr(contains("no Welsh (cy) text"));
}

fn built(language: wia::text::Lang) -> wia::record::Record {
    use chrono::DateTime;
    use wia::record::{AnswersFile, BuildOptions, Status, build_record};
    let mut file: AnswersFile =
        serde_yaml::from_str(include_str!("../examples/aln-idp-review.answers.yaml")).unwrap();
    file.language = language;
    let opts = BuildOptions {
        status: Status::Final,
        id: "0123456789".into(),
        now: DateTime::parse_from_rfc3339("2026-11-25T09:30:00+00:00").unwrap(),
        questionnaire_sha256: "ab".repeat(32),
    };
    build_record(common::bundled(), &file, opts, wia::i18n::Lang::En)
        .ok()
        .unwrap()
        .record
}

#[test]
fn records_store_option_ids_and_read_the_same_in_either_language() {
    use wia::text::Lang;
    let en = built(Lang::En);
    let cy = built(Lang::Cy);
    // Choices are stored by id, never by their label in the assessor's language.
    let get = |key: &str| serde_yaml::to_string(&cy.answers[key]).unwrap();
    assert_eq!(get("policy_area").trim(), "aln");
    assert_eq!(get("learners_affected").trim(), "aln");
    assert_eq!(
        get("mitigation_priority").lines().next(),
        Some("- release_time")
    );
    // Answers and results do not depend on the language the assessment was made in:
    // flags keep their English message, and readers look the flag up by id.
    assert_eq!(en.answers, cy.answers);
    assert_eq!(en.results, cy.results);
    let results = cy.results.as_ref().unwrap();
    let late = results
        .flags
        .iter()
        .find(|f| f.id == "short_lead_in")
        .expect("the example has a short lead-in");
    assert!(late.message.starts_with("Schools get less than a term"));
    // The only trace of the language is the assessor's own, kept as a fact about the
    // record (and so covered by its digest).
    let strip = |r: &wia::record::Record| {
        r.to_yaml()
            .lines()
            .filter(|l| !l.starts_with("language: ") && !l.starts_with("digest: "))
            .collect::<Vec<_>>()
            .join("\n")
    };
    assert!(
        strip(&en) == strip(&cy),
        "records differ beyond their language"
    );

    // Scored for showing at once in Welsh, flags speak Welsh; the figures do not change.
    let q = common::bundled();
    let (answers, _) = wia::answers::parse_answers(q, &cy.answers, wia::i18n::Lang::En);
    let live = wia::scoring::score(q, &answers, &cy.headcounts, Lang::Cy);
    assert!(wia::scoring::compare_results(results, &live, wia::i18n::Lang::En).is_empty());
    let live_late = live.flags.iter().find(|f| f.id == "short_lead_in").unwrap();
    assert!(
        live_late
            .message
            .starts_with("Mae ysgolion yn cael llai na thymor")
    );

    // A record made in Welsh reads in English and the other way round.
    let flag = wia::report::flag_message(q, late, Lang::Cy);
    assert!(
        flag.starts_with("Mae ysgolion yn cael llai na thymor"),
        "{flag}"
    );
    let summary_en = wia::report::summary(q, &cy, results, Lang::En);
    assert!(
        summary_en.contains("Schools get less than a term"),
        "{summary_en}"
    );
    let summary_cy = wia::report::summary(q, &en, results, Lang::Cy);
    assert!(summary_cy.contains(flag), "{summary_cy}");
}

#[test]
fn the_missing_list_speaks_welsh_when_asked() {
    let dir = tempfile::tempdir().unwrap();
    let assert = wia(dir.path())
        .args(["--lang", "cy", "check", "--require-lang", "cy", MISSING])
        .assert()
        .code(1);
    let err = stderr_of(&assert);
    assert!(
        err.contains(
            ":30:36: gwall: sections[0].questions[0].options[1].label: dim testun Cymraeg (cy)"
        ),
        "{err}"
    );
    // testun after "dau" takes the soft mutation; "heb" mutates Cymraeg.
    assert!(
        err.contains("missing-welsh.yaml: 2 destun heb Gymraeg (cy)"),
        "{err}"
    );
}

#[test]
fn a_welsh_answers_template_reads_back_with_wia_new() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("polisi.answers.yaml");
    wia(dir.path())
        .args(["--lang", "cy", "template", "-o"])
        .arg(&path)
        .assert()
        .success();
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(
        text.starts_with("# Atebion ar gyfer holiadur wia-policy"),
        "{text}"
    );
    assert!(text.contains("\nlanguage: cy\n"), "{text}");
    // Conditions in words.
    assert!(
        text.contains("  # Dim ond os: (roles_affected = \"alnco\" neu affects_idps = \"yes\")."),
        "{text}"
    );
    // Keys and values stay as `wia new` reads them: a draft saves.
    let filled = text
        .replace("  name: ~", "  name: Ceri Jones")
        .replace("  organisation: ~", "  organisation: Llywodraeth Cymru")
        .replace("  policy_title: ~", "  policy_title: Polisi prawf");
    std::fs::write(&path, filled).unwrap();
    wia(dir.path())
        .args(["new", "--draft", "--answers"])
        .arg(&path)
        .assert()
        .success();
}

#[test]
fn the_new_flags_have_help_in_both_languages() {
    let dir = tempfile::tempdir().unwrap();
    for (lang, check, summary) in [
        (
            "en",
            "Fail, naming each one",
            "Welsh and English side by side",
        ),
        (
            "cy",
            "Methu, gan enwi pob un",
            "Cymraeg a Saesneg ochr yn ochr",
        ),
    ] {
        wia(dir.path())
            .args(["--lang", lang, "check", "--help"])
            .assert()
            .success()
            .stdout(contains(check));
        wia(dir.path())
            .args(["--lang", lang, "summary", "--help"])
            .assert()
            .success()
            .stdout(contains(summary));
    }
}
