//! No summary shows a reader the machinery: no flag id, no question id, no role id, and no
//! YAML, in English, in Welsh or in both. The ids are taken from the questionnaires
//! themselves, so a flag or question added later is checked too.

mod common;

use chrono::DateTime;
use wia::i18n::Lang;
use wia::questionnaire::Questionnaire;
use wia::record::{AnswersFile, BuildOptions, Record, Status, build_record};
use wia::report::{bilingual, summary};

fn record(q: &Questionnaire, answers: &str) -> Record {
    let file: AnswersFile = serde_yaml::from_str(answers).unwrap();
    let opts = BuildOptions {
        status: Status::Final,
        id: "0123456789".into(),
        now: DateTime::parse_from_rfc3339("2026-11-25T09:30:00+00:00").unwrap(),
        questionnaire_sha256: "ab".repeat(32),
    };
    build_record(q, &file, opts, Lang::En).ok().unwrap().record
}

/// Every id a reader should never see: flags, questions and roles.
fn ids(q: &Questionnaire) -> Vec<String> {
    let mut ids: Vec<String> = q.scoring().flags.iter().map(|f| f.id.clone()).collect();
    ids.extend(q.questions().map(|(_, question)| question.id.clone()));
    ids.extend(q.scoring().roles.iter().map(|r| r.id.clone()));
    ids
}

/// Whether `id` stands in `text` as a word of its own (case as written: ids are lower case
/// and a sentence's "Unfunded." is the message, not the id `unfunded`).
fn has_word(text: &str, id: &str) -> bool {
    let word = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '-');
    text.match_indices(id).any(|(at, _)| {
        !word(text[..at].chars().next_back()) && !word(text[at + id.len()..].chars().next())
    })
}

/// The problems in one summary: ids written as code anywhere, ids that are not words
/// (`short_lead_in`, `alnco`) anywhere, and YAML's braces, flow lists and `key:` lines.
/// `words` are the ids that are also words of the texts (`teacher`, `tasks`): those may
/// stand in a sentence, so only their code form is a problem.
fn problems(text: &str, ids: &[String], words: &[String]) -> Vec<String> {
    let mut out = Vec::new();
    for id in ids {
        if text.contains(&format!("`{id}`")) {
            out.push(format!("`{id}` as code"));
        }
        if !words.contains(id) && has_word(text, id) {
            out.push(format!("the id {id}"));
        }
    }
    for syntax in ["{", "}", ": [", "~\n", ": |", ": >-"] {
        if text.contains(syntax) {
            out.push(format!("YAML `{syntax}`"));
        }
    }
    for line in text.lines() {
        let t = line.trim_start().trim_start_matches("- ");
        let key: String = t
            .chars()
            .take_while(|c| c.is_ascii_lowercase() || *c == '_')
            .collect();
        if !key.is_empty() && t[key.len()..].starts_with(": ") {
            out.push(format!("a YAML key line: {line}"));
        }
    }
    out
}

/// The ids that are also words of the questionnaire's own texts or of the summary's
/// message files, as written (lower case): these are prose when they appear.
fn words(q: &Questionnaire, ids: &[String]) -> Vec<String> {
    let mut prose: Vec<String> = wia::questionnaire::texts::texts(q)
        .into_iter()
        .flat_map(|(_, t)| [t.en.clone(), t.get(Lang::Cy).to_string()])
        .collect();
    prose.push(include_str!("../i18n/en/summary.ftl").into());
    prose.push(include_str!("../i18n/cy/summary.ftl").into());
    ids.iter()
        .filter(|id| !id.contains(['_', '-']) && prose.iter().any(|p| has_word(p, id)))
        .cloned()
        .collect()
}

#[test]
fn no_summary_shows_a_flag_id_a_question_id_or_yaml() {
    let bundled = common::bundled();
    let small = common::small();
    let cases = [
        (
            bundled,
            record(
                bundled,
                include_str!("../examples/aln-idp-review.answers.yaml"),
            ),
        ),
        (
            &small,
            record(&small, include_str!("fixtures/small.answers.yaml")),
        ),
    ];
    for (q, r) in &cases {
        let results = r.results.as_ref().unwrap();
        assert!(!results.flags.is_empty());
        let ids = ids(q);
        let words = words(q, &ids);
        assert!(ids.len() > 10 || q.id == "small", "{ids:?}");
        for (name, text) in [
            ("en", summary(q, r, results, Lang::En)),
            ("cy", summary(q, r, results, Lang::Cy)),
            ("bilingual", bilingual(q, r, results)),
        ] {
            let found = problems(&text, &ids, &words);
            assert!(found.is_empty(), "{} {name}: {found:?} in:\n{text}", q.id);
        }
    }
}

#[test]
fn the_check_finds_what_the_old_summary_showed() {
    // The summary before issue 15 listed warnings by id and prefixed serious flags with
    // theirs; the check must see both, or it proves nothing.
    let bundled_ids = ids(common::bundled());
    let bundled_words = words(common::bundled(), &bundled_ids);
    assert!(
        bundled_words.contains(&"tasks".to_string()),
        "{bundled_words:?}"
    );
    let old = "- **admin_task_on_teachers**: A new task ...\n- Warnings: `new_data_return`, `manual_data_entry`\n";
    let found = problems(old, &bundled_ids, &bundled_words);
    assert!(
        found.iter().any(|p| p.contains("admin_task_on_teachers")),
        "{found:?}"
    );
    assert!(
        found
            .iter()
            .any(|p| p.contains("`new_data_return` as code")),
        "{found:?}"
    );
    assert!(
        !problems(
            "policy_area: {value: other, other: x}",
            &bundled_ids,
            &bundled_words
        )
        .is_empty()
    );
    // An id no text uses as a word (the small questionnaire asks "Funded?") is caught bare.
    let small = common::small();
    let small_ids = ids(&small);
    let small_words = words(&small, &small_ids);
    assert!(!problems("It is funded.", &small_ids, &small_words).is_empty());
}
