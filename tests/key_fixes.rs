//! Keys that did not do what the help says, before the keymap was one table.

mod common;

use common::tui::*;
use ratatui::crossterm::event::KeyCode;
use wia::evidence::entry::Field;
use wia::tui::model::Screen;
use wia::tui::screens::log_form::{ROWS, Row};

/// The help says j and k move in a list, else to the previous or next question; only the
/// arrows went on to the next question at a list's end.
#[test]
fn j_and_k_at_the_ends_of_a_list_go_on_to_the_next_or_previous_question() {
    let mut m = assessing(serde_yaml::Mapping::new());
    let Screen::Assess(s) = &mut m.screen else {
        panic!()
    };
    assert!(s.go_to("policy_area"));
    press(&mut m, KeyCode::End);
    press(&mut m, KeyCode::Char('j'));
    let next = current_id(&m);
    assert_ne!(next, "policy_area", "j at the foot of the list goes on");
    press(&mut m, KeyCode::Char('k'));
    assert_eq!(
        current_id(&m),
        "policy_area",
        "k at the top of the next goes back"
    );
}

/// A 0 on the roles of the evidence form counted one below 1 and overflowed.
#[test]
fn a_zero_on_the_evidence_forms_roles_is_not_a_role() {
    let mut m = model();
    press(&mut m, KeyCode::Char('l'));
    let Screen::Log(form) = &mut m.screen else {
        panic!("no form")
    };
    form.focus = ROWS
        .iter()
        .position(|r| *r == Row::Field(Field::Roles))
        .unwrap();
    let before = form.roles.clone();
    assert!(press(&mut m, KeyCode::Char('0')).is_empty());
    let Screen::Log(form) = &m.screen else {
        panic!("left the form")
    };
    assert_eq!(form.roles, before);
}
