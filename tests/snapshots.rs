//! What people read, pinned: the Strategic Group summary, the score report and the answers
//! template. A change to any of them shows up here as a diff to review.

mod common;

use chrono::DateTime;
use wia::record::{AnswersFile, BuildOptions, Status, build_record};
use wia::report::{answers_template, summary};
use wia::text::Lang;

fn record(status: Status) -> wia::record::Record {
    let file: AnswersFile =
        serde_yaml::from_str(include_str!("fixtures/small.answers.yaml")).unwrap();
    let opts = BuildOptions {
        status,
        id: "0123456789".into(),
        now: DateTime::parse_from_rfc3339("2026-11-25T09:30:00+00:00").unwrap(),
        questionnaire_sha256: "ab".repeat(32),
    };
    build_record(&common::small(), &file, opts, wia::i18n::Lang::En)
        .ok()
        .unwrap()
        .record
}

#[test]
fn summary_of_a_final_record() {
    let q = common::small();
    let r = record(Status::Final);
    insta::assert_snapshot!(summary(&q, &r, r.results.as_ref().unwrap(), Lang::En));
}

#[test]
fn summary_of_a_draft_says_so() {
    let q = common::small();
    let r = record(Status::Draft);
    let (answers, _) = wia::answers::parse_answers(&q, &r.answers, wia::i18n::Lang::En);
    let results = wia::scoring::score(&q, &answers, &r.headcounts, Lang::En);
    let text = summary(&q, &r, &results, Lang::En);
    assert!(text.contains("> **Draft.** Not finalised"), "{text}");
}

#[test]
fn answers_template_of_the_small_questionnaire() {
    insta::assert_snapshot!(answers_template(&common::small(), Lang::En));
}

#[test]
fn record_file_layout() {
    insta::assert_snapshot!(record(Status::Final).to_yaml());
}
