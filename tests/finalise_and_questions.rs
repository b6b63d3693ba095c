//! Issue 15, answering and finalising: finalising asks first, Enter on the last question
//! says what comes next, PgUp and PgDn open a section at its first question, a date
//! with no such day is not an answer and says so, keys typed while the terminal is too
//! small go nowhere, and the status line's problem count never goes stale.

mod common;

use common::tui::*;
use ratatui::crossterm::event::KeyCode;
use serde_yaml::Mapping;
use wia::i18n::Lang;
use wia::tui::model::{Confirm, Model, Overlay};
use wia::tui::msg::{Effect, Msg};
use wia::tui::update;

const SIZES: [(u16, u16); 3] = [(80, 24), (100, 30), (200, 60)];

fn snap(name: &str, m: &mut Model) {
    for (w, h) in SIZES {
        update(m, Msg::Resize(w, h));
        let lang = match m.lang {
            Lang::En => "en",
            Lang::Cy => "cy",
        };
        insta::assert_snapshot!(format!("{name}_{lang}_{w}x{h}"), render(m, w, h));
    }
    update(m, Msg::Resize(80, 24));
}

fn finalises(effects: &[Effect]) -> bool {
    effects.iter().any(|e| matches!(e, Effect::Finalise(_)))
}

fn screen(m: &mut Model) -> &mut wia::tui::screens::assess::AssessScreen {
    match &mut m.screen {
        wia::tui::model::Screen::Assess(s) => s,
        _ => panic!("not assessing"),
    }
}

#[test]
fn f_asks_before_finalising_and_only_yes_finalises() {
    for lang in [Lang::En, Lang::Cy] {
        let mut m = assessing_in(lang, example_answers());
        ctrl(&mut m, 'r');
        let effects = press(&mut m, KeyCode::Char('f'));
        assert!(!finalises(&effects), "{effects:?}");
        assert_eq!(m.overlay, Some(Overlay::Confirm(Confirm::Finalise)));
        let asked = render(&m, 80, 24);
        let question = match lang {
            Lang::En => "Finalise this assessment?",
            Lang::Cy => "Cwblhau'r asesiad hwn?",
        };
        assert!(asked.contains(question), "{asked}");
        assert!(!asked.contains("confirm-"), "{asked}");
        snap("issue15_confirm_finalise", &mut m);
        // Esc and n cancel; y and Enter finalise.
        for no in [KeyCode::Esc, KeyCode::Char('n')] {
            assert!(!finalises(&press(&mut m, no)));
            assert!(m.overlay.is_none());
            assert!(m.assessment().is_some());
            press(&mut m, KeyCode::Char('f'));
        }
        assert!(finalises(&press(&mut m, KeyCode::Char('y'))));
        let mut m = assessing_in(lang, example_answers());
        ctrl(&mut m, 'r');
        press(&mut m, KeyCode::Char('f'));
        assert!(finalises(&press(&mut m, KeyCode::Enter)));
    }
}

/// Go to the last question that applies.
fn to_last_question(m: &mut Model) -> String {
    let s = screen(m);
    let sections = s.a.q().sections.len();
    let id = (0..sections)
        .rev()
        .find_map(|i| s.a.visible_questions(i).last().map(|q| q.id.clone()))
        .unwrap();
    assert!(s.go_to(&id));
    id
}

#[test]
fn enter_on_the_last_question_says_what_to_do_next_with_the_real_keys() {
    let mut m = assessing(example_answers());
    let id = to_last_question(&mut m);
    press(&mut m, KeyCode::Enter);
    assert_eq!(current_id(&m), id);
    let notice = m.notice.clone().expect("a hint");
    assert!(!notice.error);
    assert!(notice.text.contains("last question"), "{}", notice.text);
    assert!(notice.text.contains("Ctrl-R"), "{}", notice.text);
    assert!(notice.text.contains(" f "), "{}", notice.text);
    // Remapped keys are the ones named.
    let (keys, refused) = wia::tui::keymap::Keymap::from_settings([
        ("review", "f6".to_string()),
        ("finalise", "ctrl-f".to_string()),
    ]);
    assert!(refused.is_empty());
    m.keys = std::sync::Arc::new(keys);
    m.lang = Lang::Cy;
    press(&mut m, KeyCode::Enter);
    let text = m.notice.clone().unwrap().text;
    assert!(text.contains("F6") && text.contains("Ctrl-F"), "{text}");
    assert!(text.contains("cwestiwn olaf"), "{text}");
}

#[test]
fn pgup_and_pgdn_open_a_section_at_its_first_question() {
    let mut m = assessing(example_answers());
    let s = screen(&mut m);
    let second = s.a.visible_questions(1).last().unwrap().id.clone();
    let first_of_0 = s.a.visible_questions(0)[0].id.clone();
    let first_of_2 = s.a.visible_questions(2)[0].id.clone();
    assert!(s.a.visible_questions(0).len() > 1);
    assert!(s.go_to(&second));
    press(&mut m, KeyCode::PageUp);
    assert_eq!(current_id(&m), first_of_0);
    assert!(screen(&mut m).go_to(&second));
    press(&mut m, KeyCode::PageDown);
    assert_eq!(current_id(&m), first_of_2);
    // Shift-Tab from a section's first question still goes to the last of the one before.
    let last_of_1 = second;
    shift(&mut m, KeyCode::BackTab);
    assert_eq!(current_id(&m), last_of_1);
}

#[test]
fn a_date_with_no_such_day_is_not_an_answer_and_says_why() {
    for lang in [Lang::En, Lang::Cy] {
        let mut m = assessing_in(lang, Mapping::new());
        assert!(screen(&mut m).go_to("intended_start"));
        let q = screen(&mut m).current().unwrap();
        type_text(&mut m, "2027-02-30");
        let a = &screen(&mut m).a;
        assert!(!a.is_answered(&q), "a day that does not exist is no answer");
        let why: Vec<String> = a
            .problems_for("intended_start")
            .map(|p| p.message.clone())
            .collect();
        let words = match lang {
            Lang::En => "there is no such date as 2027-02-30",
            Lang::Cy => "nid oes dyddiad 2027-02-30",
        };
        assert!(why.iter().any(|w| w.contains(words)), "{why:?}");
        assert!(!why.iter().any(|w| w.contains("YYYY-MM-DD")), "{why:?}");
    }
    // Read back from a draft, it says the same.
    let mut answers = Mapping::new();
    answers.insert("intended_start".into(), "2027-02-30".into());
    let mut m = assessing(answers);
    let a = &screen(&mut m).a;
    let why: Vec<String> = a
        .problems_for("intended_start")
        .map(|p| p.message.clone())
        .collect();
    assert!(
        why.iter().any(|w| w.contains("no such date as 2027-02-30")),
        "{why:?}"
    );
    // Written the wrong way, it still asks for YYYY-MM-DD.
    let mut m = assessing(Mapping::new());
    assert!(screen(&mut m).go_to("intended_start"));
    type_text(&mut m, "30/02/2027");
    let why: Vec<String> = screen(&mut m)
        .a
        .problems_for("intended_start")
        .map(|p| p.message.clone())
        .collect();
    assert!(why.iter().any(|w| w.contains("YYYY-MM-DD")), "{why:?}");
}

#[test]
fn keys_typed_while_the_terminal_is_too_small_go_nowhere() {
    let mut m = assessing(Mapping::new());
    assert!(screen(&mut m).go_to("policy_title"));
    type_text(&mut m, "Before");
    update(&mut m, Msg::Resize(59, 15));
    assert!(render(&m, 59, 15).contains("Please enlarge"));
    type_text(&mut m, "xyz");
    press(&mut m, KeyCode::Backspace);
    press(&mut m, KeyCode::Tab);
    update(&mut m, Msg::Paste("pasted".into()));
    update(&mut m, Msg::Resize(100, 30));
    assert_eq!(current_id(&m), "policy_title");
    let answer = format!("{:?}", screen(&mut m).a.answer("policy_title"));
    assert!(answer.contains("\"Before\""), "{answer}");
}

#[test]
fn the_problem_count_on_the_status_line_follows_the_problems() {
    let mut answers = example_answers();
    answers.remove("policy_title");
    let mut m = assessing(answers);
    ctrl(&mut m, 'r');
    press(&mut m, KeyCode::Char('f'));
    assert!(matches!(m.overlay, Some(Overlay::Problems { .. })));
    let said = m.notice.clone().unwrap();
    assert!(said.error && said.text.contains('1'), "{}", said.text);
    // Enter goes to the question; answering it leaves nothing to count.
    press(&mut m, KeyCode::Enter);
    assert_eq!(current_id(&m), "policy_title");
    type_text(&mut m, "A title");
    assert_eq!(screen(&mut m).a.blocking().len(), 0);
    let status = render(&m, 100, 30);
    assert!(!status.contains("stop finalising"), "{status}");
    assert!(
        m.notice.as_ref().is_none_or(|n| !n.problems),
        "{:?}",
        m.notice
    );
}
