//! `update` without a terminal: navigation, conditions, validation, task editing,
//! finalising, drafts.

mod common;

use common::tui::*;
use ratatui::crossterm::event::KeyCode;
use serde_yaml::{Mapping, Value};
use wia::answers::Answer;
use wia::tui::model::{Overlay, Screen};
use wia::tui::screens::assess::Mode;
use wia::tui::{Effect, Msg, update};

fn answers(pairs: &[(&str, Value)]) -> Mapping {
    pairs
        .iter()
        .map(|(k, v)| (Value::from(*k), v.clone()))
        .collect()
}

fn answer<'a>(m: &'a wia::tui::Model, id: &str) -> Option<&'a Answer> {
    m.assessment().and_then(|a| a.answer(id))
}

#[test]
fn tab_and_page_keys_move_between_questions_and_sections_and_save_the_place() {
    let mut m = assessing(Mapping::new());
    assert_eq!(current_id(&m), "policy_title");
    let effects = press(&mut m, KeyCode::Tab);
    assert_eq!(current_id(&m), "policy_owner");
    assert_eq!(saves(&effects), 1, "the new place is saved");
    press(&mut m, KeyCode::BackTab);
    assert_eq!(current_id(&m), "policy_title");
    press(&mut m, KeyCode::PageDown);
    let section = m.assessment().unwrap().q().sections[1].questions[0]
        .id
        .clone();
    assert_eq!(current_id(&m), section);
    // Back a section lands on its first question, as forward does (issue 15).
    press(&mut m, KeyCode::PageUp);
    assert_eq!(current_id(&m), "policy_title");
}

#[test]
fn typing_a_title_answers_it_and_asks_for_a_save_per_key() {
    let mut m = assessing(Mapping::new());
    let effects = type_text(&mut m, "Dŵr");
    assert_eq!(saves(&effects), 3);
    assert_eq!(
        answer(&m, "policy_title"),
        Some(&Answer::Text("Dŵr".into()))
    );
    // The draft written holds what was typed.
    let Some(Effect::SaveDraft { draft, .. }) = effects.last() else {
        panic!("no save");
    };
    assert_eq!(draft.answers.get("policy_title"), Some(&Value::from("Dŵr")));
    press(&mut m, KeyCode::Backspace);
    assert_eq!(answer(&m, "policy_title"), Some(&Answer::Text("Dŵ".into())));
}

#[test]
fn conditional_questions_appear_and_disappear_as_answers_change() {
    let mut m = assessing(answers(&[("new_data_return", Value::Bool(false))]));
    let a = m.assessment().unwrap();
    assert!(!a.is_visible("return_frequency"));
    assert!(!a.is_visible("returns_per_year"));
    let total_before = a.overall().total;
    // Go to the question and answer yes with the y key.
    let wia::tui::model::Screen::Assess(s) = &mut m.screen else {
        panic!()
    };
    assert!(s.go_to("new_data_return"));
    press(&mut m, KeyCode::Char('y'));
    let a = m.assessment().unwrap();
    assert!(a.is_visible("return_frequency"));
    assert!(a.is_visible("returns_per_year"));
    assert_eq!(a.overall().total, total_before + 4);
    // The next question is now the one that appeared.
    press(&mut m, KeyCode::Tab);
    assert_eq!(current_id(&m), "return_frequency");
    // Answer it, then say no again: it hides, and its answer no longer counts.
    press(&mut m, KeyCode::Char(' '));
    assert!(answer(&m, "return_frequency").is_some());
    press(&mut m, KeyCode::BackTab);
    press(&mut m, KeyCode::Char('n'));
    let a = m.assessment().unwrap();
    assert!(!a.is_visible("return_frequency"));
    assert!(
        a.problems_for("return_frequency")
            .all(|p| p.kind == wia::answers::ProblemKind::NotApplicable),
        "a hidden question is not tested"
    );
    assert_eq!(
        a.overall().total,
        total_before,
        "progress counts only what applies"
    );
}

#[test]
fn a_number_that_cannot_be_read_is_kept_as_typed_with_a_message_beside_it() {
    let mut m = assessing(answers(&[("affects_idps", Value::Bool(true))]));
    let wia::tui::model::Screen::Assess(s) = &mut m.screen else {
        panic!()
    };
    assert!(s.go_to("idps_affected"));
    type_text(&mut m, "12x");
    let a = m.assessment().unwrap();
    assert_eq!(a.answer("idps_affected"), None);
    assert_eq!(a.pending("idps_affected").unwrap().raw, "12x");
    let messages: Vec<_> = a
        .problems_for("idps_affected")
        .map(|p| p.message.clone())
        .collect();
    assert_eq!(messages, ["not a number: type digits, such as 12 or 2.5"]);
    let screen = render(&m, 80, 24);
    assert!(screen.contains("✗ not a number"), "{screen}");
    press(&mut m, KeyCode::Backspace);
    let a = m.assessment().unwrap();
    assert_eq!(a.answer("idps_affected"), Some(&Answer::Number(12.0)));
    assert_eq!(a.problems_for("idps_affected").count(), 0);
}

#[test]
fn choices_ratings_and_rankings_are_answered_with_keys() {
    let mut m = assessing(Mapping::new());
    // Single choice: Down twice then Enter picks the third option and moves on.
    let Screen::Assess(s) = &mut m.screen else {
        panic!()
    };
    assert!(s.go_to("policy_area"));
    press(&mut m, KeyCode::Down);
    press(&mut m, KeyCode::Down);
    press(&mut m, KeyCode::Enter);
    let third = m
        .assessment()
        .unwrap()
        .q()
        .question("policy_area")
        .unwrap()
        .kind
        .options()[2]
        .value
        .clone();
    assert!(matches!(answer(&m, "policy_area"), Some(Answer::Choice(c)) if c.value == third));
    assert_ne!(current_id(&m), "policy_area");
}

#[test]
fn tasks_are_added_edited_duplicated_and_deleted_only_after_confirmation() {
    let mut m = assessing(Mapping::new());
    let Screen::Assess(s) = &mut m.screen else {
        panic!()
    };
    assert!(s.go_to("tasks"));
    press(&mut m, KeyCode::Enter);
    assert!(matches!(
        &m.screen,
        Screen::Assess(s) if matches!(s.mode, Mode::Tasks(_))
    ));
    // Add a row and fill it in field by field.
    press(&mut m, KeyCode::Char('a'));
    type_text(&mut m, "Review each IDP");
    press(&mut m, KeyCode::Tab); // roles: tick the first (teachers)
    press(&mut m, KeyCode::Char(' '));
    press(&mut m, KeyCode::Tab);
    type_text(&mut m, "30");
    press(&mut m, KeyCode::Tab);
    type_text(&mut m, "45");
    press(&mut m, KeyCode::Tab);
    type_text(&mut m, "90");
    press(&mut m, KeyCode::Tab); // how often: → steps to the first, then the next
    press(&mut m, KeyCode::Right);
    press(&mut m, KeyCode::Right);
    press(&mut m, KeyCode::Right);
    press(&mut m, KeyCode::Tab);
    press(&mut m, KeyCode::Backspace);
    type_text(&mut m, "2");
    press(&mut m, KeyCode::Tab);
    for _ in 0..3 {
        press(&mut m, KeyCode::Backspace);
    }
    type_text(&mut m, "25");
    let a = m.assessment().unwrap();
    let row = a.tasks[0]
        .to_row(wia::i18n::Lang::En)
        .expect("complete row");
    assert_eq!(row.description, "Review each IDP");
    assert_eq!(row.frequency, "per_term");
    assert_eq!((row.count, row.share), (2.0, 0.25));
    // 45 minutes x 3 terms x 2 = 4.5 hours a year per teacher likely, 3 low, 9 high;
    // expected (3 + 4 x 4.5 + 9) / 6 = 5. The form shows it as the figures are typed.
    let screen = render(&m, 80, 24);
    assert!(
        screen.contains("+5.00 (+3.00 to +9.00) h a year"),
        "{screen}"
    );
    // The figures reach the score: 4.5 h a year over 39 weeks, PERT with 30 and 90.
    let teachers = &a.results.roles["teacher"];
    let expected = (3.0 + 4.0 * 4.5 + 9.0) / 6.0 / 39.0;
    assert!((teachers.per_person_hours_per_week.expected - expected).abs() < 1e-12);
    // Done with the row, duplicate it, then delete the copy: n keeps it, y deletes it.
    press(&mut m, KeyCode::Enter);
    press(&mut m, KeyCode::Char('d'));
    assert_eq!(m.assessment().unwrap().tasks.len(), 2);
    // The copy opens for its description to be changed; Esc leaves it as it is.
    press(&mut m, KeyCode::Esc);
    press(&mut m, KeyCode::Delete);
    assert_eq!(m.overlay, Some(Overlay::ConfirmDelete { row: 1 }));
    press(&mut m, KeyCode::Char('n'));
    assert_eq!(m.assessment().unwrap().tasks.len(), 2);
    press(&mut m, KeyCode::Delete);
    let effects = press(&mut m, KeyCode::Char('y'));
    assert_eq!(saves(&effects), 1);
    assert_eq!(m.assessment().unwrap().tasks.len(), 1);
}

#[test]
fn finalising_is_refused_while_answers_are_missing_then_allowed() {
    let mut m = assessing(Mapping::new());
    ctrl(&mut m, 'r');
    let effects = press(&mut m, KeyCode::Char('f'));
    assert!(!effects.iter().any(|e| matches!(e, Effect::Finalise(_))));
    assert_eq!(m.overlay, Some(Overlay::Problems { cursor: 0 }));
    assert!(m.notice.as_ref().unwrap().text.contains("stop finalising"));
    // Enter on the second problem goes to its question.
    press(&mut m, KeyCode::Down);
    press(&mut m, KeyCode::Enter);
    assert_eq!(m.overlay, None);
    assert_eq!(current_id(&m), "policy_owner");

    let mut m = assessing(example_answers());
    assert_eq!(m.assessment().unwrap().blocking().len(), 0);
    ctrl(&mut m, 'r');
    press(&mut m, KeyCode::Char('f'));
    // Finalising asks first: a final record cannot be edited.
    let effects = press(&mut m, KeyCode::Char('y'));
    assert!(matches!(effects.last(), Some(Effect::Finalise(_))));
    // The draft is saved first, so a failure to write the record loses nothing.
    assert!(matches!(effects.first(), Some(Effect::SaveDraft { .. })));
}

#[test]
fn ctrl_s_saves_with_a_visible_confirmation_and_ctrl_c_saves_then_quits() {
    let mut m = assessing(Mapping::new());
    let effects = ctrl(&mut m, 's');
    assert!(matches!(
        effects.as_slice(),
        [Effect::SaveDraft { manual: true, .. }]
    ));
    update(
        &mut m,
        Msg::DraftSaved {
            manual: true,
            result: Ok("10:15:00".into()),
        },
    );
    assert!(render(&m, 80, 24).contains("✓ Draft saved at 10:15:00."));
    let effects = ctrl(&mut m, 'c');
    assert!(matches!(
        effects.as_slice(),
        [Effect::SaveDraft { .. }, Effect::Quit]
    ));
    assert!(m.quit);
}

#[test]
fn a_failed_save_says_so_and_stays_on_screen() {
    let mut m = assessing(Mapping::new());
    update(
        &mut m,
        Msg::DraftSaved {
            manual: false,
            result: Err("disk full".into()),
        },
    );
    type_text(&mut m, "x");
    let n = m.notice.as_ref().expect("notice kept");
    assert!(n.error && n.text.contains("disk full"));
    // Once a later write succeeds, the warning would be wrong: it goes.
    update(
        &mut m,
        Msg::DraftSaved {
            manual: false,
            result: Ok("10:15:02".into()),
        },
    );
    assert_eq!(m.notice, None);
}

#[test]
fn a_success_does_not_clear_other_errors() {
    let mut m = assessing(Mapping::new());
    m.error("✗ something else");
    update(
        &mut m,
        Msg::DraftSaved {
            manual: false,
            result: Ok("10:15:02".into()),
        },
    );
    assert!(
        m.notice
            .as_ref()
            .is_some_and(|n| n.text.contains("something else"))
    );
}

fn letters(text: &str) -> Msg {
    Msg::Typed(
        text.chars()
            .map(|c| {
                ratatui::crossterm::event::KeyEvent::new(
                    KeyCode::Char(c),
                    ratatui::crossterm::event::KeyModifiers::NONE,
                )
            })
            .collect(),
    )
}

#[test]
fn a_run_of_letters_into_a_text_field_is_one_edit_and_one_save() {
    let mut m = assessing(Mapping::new());
    let effects = update(&mut m, letters("Dŵr Cymru"));
    assert_eq!(saves(&effects), 1);
    assert_eq!(
        answer(&m, "policy_title"),
        Some(&Answer::Text("Dŵr Cymru".into()))
    );
    // The same as typing them one by one.
    let mut n = assessing(Mapping::new());
    type_text(&mut n, "Dŵr Cymru");
    assert_eq!(answer(&n, "policy_title"), answer(&m, "policy_title"));
}

#[test]
fn a_run_of_letters_on_a_choice_question_acts_key_by_key() {
    let mut m = assessing(answers(&[("new_data_return", Value::Bool(false))]));
    let wia::tui::model::Screen::Assess(s) = &mut m.screen else {
        panic!()
    };
    assert!(s.go_to("new_data_return"));
    let mut n = m.clone();
    // `y` answers yes and moves on; the letters after it land where the keys would.
    update(&mut m, letters("yab"));
    type_text(&mut n, "yab");
    assert_eq!(current_id(&m), current_id(&n));
    assert_eq!(answer(&m, "new_data_return"), Some(&Answer::YesNo(true)));
    let ids: Vec<_> = m
        .assessment()
        .unwrap()
        .q()
        .sections
        .iter()
        .flat_map(|s| s.questions.iter().map(|q| q.id.clone()))
        .collect();
    for id in ids {
        assert_eq!(answer(&m, &id), answer(&n, &id), "{id}");
    }
}

#[test]
fn text_beyond_an_answers_limit_is_left_out_and_the_person_told() {
    let mut m = assessing(Mapping::new());
    let title = m.assessment().unwrap().q().sections[0].questions[0].clone();
    assert_eq!(title.id, "policy_title");
    let max = wia::answers::max_text_length(&title.kind).unwrap();
    let long = "ŵ".repeat(max + 500);
    let effects = update(&mut m, Msg::Paste(long));
    assert_eq!(saves(&effects), 1);
    let Some(Answer::Text(t)) = answer(&m, "policy_title") else {
        panic!("no title")
    };
    assert_eq!(t.chars().count(), max);
    let n = m.notice.clone().expect("told");
    assert!(n.error && n.text.contains(&max.to_string()), "{}", n.text);
    // A key at the limit changes nothing and says so again.
    m.notice = None;
    type_text(&mut m, "x");
    assert!(m.notice.is_some());
    let Some(Answer::Text(t)) = answer(&m, "policy_title") else {
        panic!("no title")
    };
    assert!(!t.ends_with('x'));
}

#[test]
fn paste_goes_into_the_field_in_focus_without_control_characters() {
    let mut m = assessing(Mapping::new());
    let effects = update(&mut m, Msg::Paste("Adolygu\u{1b}[31m CDU\r\ntermol".into()));
    assert_eq!(saves(&effects), 1);
    assert_eq!(
        answer(&m, "policy_title"),
        Some(&Answer::Text("Adolygu[31m CDU termol".into()))
    );
}

#[test]
fn the_help_overlay_lists_the_keys_of_the_screen_and_question_mark_types_in_text() {
    let mut m = assessing(Mapping::new());
    // In a text field ? is a letter.
    press(&mut m, KeyCode::Char('?'));
    assert_eq!(m.overlay, None);
    assert_eq!(answer(&m, "policy_title"), Some(&Answer::Text("?".into())));
    press(&mut m, KeyCode::F(1));
    assert_eq!(m.overlay, Some(Overlay::Help { scroll: 0 }));
    let screen = render(&m, 120, 40);
    assert!(screen.contains("Keys on this screen"), "{screen}");
    assert!(screen.contains("Ctrl-R F4"), "{screen}");
    press(&mut m, KeyCode::Esc);
    assert_eq!(m.overlay, None);
}

#[test]
fn escape_goes_home_keeping_the_draft_and_home_lists_it() {
    let mut m = assessing(Mapping::new());
    let effects = press(&mut m, KeyCode::Esc);
    assert!(matches!(m.screen, Screen::Home(_)));
    assert_eq!(saves(&effects), 1);
    assert!(effects.iter().any(|e| matches!(e, Effect::ListDrafts)));
}

#[test]
fn key_releases_are_ignored() {
    use ratatui::crossterm::event::{KeyEvent, KeyEventKind, KeyModifiers};
    let mut m = assessing(Mapping::new());
    let mut release = KeyEvent::new(KeyCode::Char('x'), KeyModifiers::NONE);
    release.kind = KeyEventKind::Release;
    update(&mut m, Msg::Key(release));
    assert_eq!(answer(&m, "policy_title"), None);
}
