//! Records: write, read back, same answers and results; digests catch changes.

mod common;

use chrono::DateTime;
use wia::record::{
    AnswersFile, BuildOptions, Integrity, Status, build_record, canonical_digest, check_integrity,
    parse_record,
};

fn answers_file() -> AnswersFile {
    serde_yaml::from_str(include_str!("fixtures/small.answers.yaml")).unwrap()
}

fn options(status: Status) -> BuildOptions {
    BuildOptions {
        status,
        id: "0123456789".into(),
        now: DateTime::parse_from_rfc3339("2026-11-25T09:30:15.123+01:00").unwrap(),
        questionnaire_sha256: "ab".repeat(32),
    }
}

#[test]
fn a_record_reads_back_with_the_same_answers_and_results() {
    let q = common::small();
    let built = build_record(
        &q,
        &answers_file(),
        options(Status::Final),
        wia::i18n::Lang::En,
    )
    .unwrap_or_else(|p| panic!("{p:?}"));
    let record = built.record;
    let text = record.to_yaml();
    let back = parse_record(&text, "r.yaml", wia::i18n::Lang::En).unwrap();
    assert_eq!(back, record);
    assert_eq!(back.answers, record.answers);
    assert_eq!(back.results, record.results);
    // Stored to the second, with the offset kept, quoted so YAML 1.1 reads text too.
    assert!(
        text.contains("created: '2026-11-25T09:30:15+01:00'"),
        "{text}"
    );
    assert_eq!(
        check_integrity(&back, &text, wia::i18n::Lang::En),
        Integrity::Intact
    );
    // The stored results are the engine's.
    let (answers, _) = wia::answers::parse_answers(&q, &back.answers, wia::i18n::Lang::En);
    let again = wia::scoring::score(&q, &answers, &back.headcounts, back.language);
    assert_eq!(Some(again), back.results);
}

#[test]
fn the_digest_covers_every_value_but_not_layout() {
    let q = common::small();
    let record = build_record(
        &q,
        &answers_file(),
        options(Status::Final),
        wia::i18n::Lang::En,
    )
    .ok()
    .unwrap()
    .record;
    let text = record.to_yaml();
    let digest = record.digest.clone().unwrap();
    assert_eq!(
        digest,
        canonical_digest(&record, wia::i18n::Lang::En).unwrap()
    );
    assert!(digest.starts_with("sha256:") && digest.len() == 7 + 64);

    for (from, to) in [
        ("name: Ceri Jones", "name: Ceri Jonas"),
        ("status: final", "status: draft"),
        ("alnco: 120.0", "alnco: 121.0"),
        ("rating: negligible", "rating: low"),
        ("likely: 90", "likely: 91"),
    ] {
        assert!(text.contains(from), "{from} not in record:\n{text}");
        let changed =
            parse_record(&text.replacen(from, to, 1), "r.yaml", wia::i18n::Lang::En).unwrap();
        assert!(
            matches!(
                check_integrity(&changed, &text, wia::i18n::Lang::En),
                Integrity::Altered { .. }
            ),
            "{from} -> {to} went unnoticed"
        );
    }
    // Comments, blank lines and flow style change the bytes, not the content.
    let relaid = format!(
        "# reviewed\n{}\n\n",
        text.replacen("roles:\n    - alnco\n", "roles: [alnco]\n", 1)
    );
    assert_ne!(relaid, text);
    let same = parse_record(&relaid, "r.yaml", wia::i18n::Lang::En).unwrap();
    assert_eq!(
        canonical_digest(&same, wia::i18n::Lang::En).unwrap(),
        digest
    );
    assert_eq!(
        check_integrity(&same, &relaid, wia::i18n::Lang::En),
        Integrity::IntactReformatted
    );
    let mut unsigned = record.clone();
    unsigned.digest = None;
    assert_eq!(
        check_integrity(&unsigned, &text, wia::i18n::Lang::En),
        Integrity::Unsigned
    );
}

#[test]
fn a_draft_keeps_no_results_and_tolerates_missing_answers() {
    let q = common::small();
    let mut file = answers_file();
    file.answers.remove("policy_title");
    let built = build_record(&q, &file, options(Status::Draft), wia::i18n::Lang::En)
        .ok()
        .unwrap();
    assert!(built.record.results.is_none());
    assert!(
        built
            .warnings
            .iter()
            .any(|p| p.kind == wia::answers::ProblemKind::Missing)
    );
    let problems = build_record(&q, &file, options(Status::Final), wia::i18n::Lang::En)
        .err()
        .unwrap();
    assert!(problems.iter().any(|p| p.path == "answers.policy_title"));
}

#[test]
fn answers_are_stored_in_questionnaire_order_in_their_plain_form() {
    let q = common::small();
    let record = build_record(
        &q,
        &answers_file(),
        options(Status::Final),
        wia::i18n::Lang::En,
    )
    .ok()
    .unwrap()
    .record;
    let keys: Vec<&str> = record.answers.keys().filter_map(|k| k.as_str()).collect();
    assert_eq!(keys, vec!["policy_title", "funded", "tasks"]);
    assert_eq!(record.answers["funded"], serde_yaml::Value::Bool(false));
    let row = &record.answers["tasks"][0];
    assert_eq!(
        row["count"],
        serde_yaml::Value::from(1),
        "count defaults to 1 and is written"
    );
    assert_eq!(row["minutes"]["likely"], serde_yaml::Value::from(90));
}
