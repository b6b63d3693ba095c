//! Both languages in one process at once. The language is a value handed down (the
//! command line's choice, the interface's `Model.lang`), not a setting of the process,
//! so an English and a Welsh screen, and an English and a Welsh error from the same
//! file, can be made side by side in parallel threads without either changing the other.

mod common;

use common::tui::*;
use ratatui::crossterm::event::KeyCode;
use serde_yaml::Mapping;
use wia::i18n::Lang;

/// The problems that stop an empty assessment being finalised: the interface's own
/// words around the answer checks' messages.
fn problems_screen(lang: Lang) -> String {
    let mut m = assessing_in(lang, Mapping::new());
    ctrl(&mut m, 'r');
    press(&mut m, KeyCode::Char('f'));
    render(&m, 80, 24)
}

/// A questionnaire whose one condition names no kind: the message is made inside serde's
/// reading, where no language is passed, and said in the reader's language afterwards.
const BAD_CONDITION: &str = "\
id: q
version: '1'
title: {en: Q, cy: Q}
sections:
  - id: s
    title: {en: S, cy: S}
    questions:
      - id: a
        type: yes_no
        text: {en: A?, cy: A?}
        show_if: {eq: 1}
";

fn condition_error(lang: Lang) -> String {
    let diags = wia::questionnaire::parse(BAD_CONDITION, "q.yaml", lang).unwrap_err();
    wia::error::render(&diags)
}

/// Each language on its own threads, many times over, so that the two interleave.
fn in_parallel<T: Send + 'static>(make: fn(Lang) -> T) -> Vec<(Lang, T)> {
    let threads: Vec<_> = [Lang::En, Lang::Cy, Lang::En, Lang::Cy]
        .into_iter()
        .map(|lang| {
            std::thread::spawn(move || (0..25).map(|_| (lang, make(lang))).collect::<Vec<_>>())
        })
        .collect();
    threads
        .into_iter()
        .flat_map(|t| t.join().expect("thread"))
        .collect()
}

#[test]
fn one_screen_in_english_and_welsh_at_once() {
    let screens = in_parallel(problems_screen);
    for (lang, screen) in &screens {
        match lang {
            Lang::En => {
                assert!(screen.contains("Review before finalising"), "{screen}");
                assert!(screen.contains("What is the policy called?"), "{screen}");
                assert!(screen.contains("this question needs an answer"), "{screen}");
                assert!(!screen.contains("mae angen ateb i"), "{screen}");
            }
            Lang::Cy => {
                assert!(screen.contains("Adolygu cyn cwblhau"), "{screen}");
                assert!(
                    screen.contains("mae angen ateb i'r cwestiwn hwn"),
                    "{screen}"
                );
                assert!(!screen.contains("needs an answer"), "{screen}");
            }
        }
    }
    let en = &screens.iter().find(|(l, _)| *l == Lang::En).unwrap().1;
    let cy = &screens.iter().find(|(l, _)| *l == Lang::Cy).unwrap().1;
    assert_ne!(en, cy);
    // Every drawing in one language is the same drawing.
    assert!(
        screens
            .iter()
            .all(|(l, s)| s == if *l == Lang::En { en } else { cy })
    );
}

#[test]
fn switching_language_says_the_problems_again_in_the_new_one() {
    let mut m = assessing_in(Lang::Cy, Mapping::new());
    ctrl(&mut m, 'l');
    assert_eq!(m.lang, Lang::En);
    ctrl(&mut m, 'r');
    press(&mut m, KeyCode::Char('f'));
    let screen = render(&m, 80, 24);
    assert!(screen.contains("this question needs an answer"), "{screen}");
    assert!(!screen.contains("mae angen ateb i"), "{screen}");
}

#[test]
fn one_questionnaire_error_in_english_and_welsh_at_once() {
    for (lang, message) in in_parallel(condition_error) {
        match lang {
            Lang::En => {
                assert!(message.contains("q.yaml:"), "{message}");
                assert!(message.contains(": error: "), "{message}");
                assert!(
                    message.contains("in `show_if`: a condition needs one of"),
                    "{message}"
                );
            }
            Lang::Cy => {
                assert!(message.contains(": gwall: "), "{message}");
                assert!(
                    message.contains("yn `show_if`: mae angen un o `all`"),
                    "{message}"
                );
                assert!(!message.contains("a condition needs"), "{message}");
            }
        }
    }
}

#[test]
fn one_unreadable_record_time_in_english_and_welsh_at_once() {
    fn record_error(lang: Lang) -> String {
        let bad = "schema_version: 1\nid: x\ncreated: not-a-time\n";
        wia::record::parse_record(bad, "r.yaml", lang)
            .unwrap_err()
            .to_string()
    }
    for (lang, message) in in_parallel(record_error) {
        match lang {
            Lang::En => assert!(
                message.contains("`not-a-time` is not an RFC 3339 time"),
                "{message}"
            ),
            Lang::Cy => assert!(
                message.contains("nid yw `not-a-time` yn amser RFC 3339"),
                "{message}"
            ),
        }
    }
}

/// A task row's problem is numbered in the language of the screen ("row 1" was English
/// on a Welsh screen).
#[test]
fn a_task_rows_problem_is_numbered_in_welsh_on_a_welsh_screen() {
    let mut answers = Mapping::new();
    let row: serde_yaml::Value = serde_yaml::from_str("{description: Marcio}").unwrap();
    answers.insert("tasks".into(), serde_yaml::Value::Sequence(vec![row]));
    for (lang, row_word, other) in [
        (Lang::Cy, "rhes 1:", "row 1:"),
        (Lang::En, "row 1:", "rhes 1:"),
    ] {
        let m = assessing_in(lang, answers.clone());
        let messages: Vec<&str> = m
            .assessment()
            .unwrap()
            .problems()
            .iter()
            .filter(|p| p.path.starts_with("answers.tasks["))
            .map(|p| p.message.as_str())
            .collect();
        assert!(!messages.is_empty());
        assert!(
            messages
                .iter()
                .all(|t| t.starts_with(row_word) && !t.contains(other)),
            "{messages:?}"
        );
    }
}
