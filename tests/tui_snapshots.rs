//! Every screen drawn at 80 x 24, 120 x 40 and 60 x 16 (colour off, as NO_COLOR gives),
//! compared with the snapshots in tests/snapshots/.

mod common;

use chrono::TimeZone;
use common::tui::*;
use ratatui::crossterm::event::KeyCode;
use serde_yaml::{Mapping, Value};
use wia::store::DraftEntry;
use wia::tui::model::{Overlay, Screen};
use wia::tui::msg::Finished;
use wia::tui::{Model, Msg, update};

const SIZES: [(u16, u16); 3] = [(80, 24), (120, 40), (60, 16)];

fn snap(name: &str, m: &Model) {
    for (w, h) in SIZES {
        insta::assert_snapshot!(format!("{name}_{w}x{h}"), render(m, w, h));
    }
}

fn at(mut m: Model, id: &str) -> Model {
    let Screen::Assess(s) = &mut m.screen else {
        panic!("not assessing")
    };
    assert!(s.go_to(id), "{id} is not shown");
    m
}

fn example() -> Model {
    assessing(example_answers())
}

#[test]
fn home_with_drafts() {
    let mut m = model();
    let t = chrono::FixedOffset::east_opt(0)
        .unwrap()
        .with_ymd_and_hms(2026, 11, 24, 16, 5, 0)
        .unwrap();
    m.drafts = vec![
        DraftEntry {
            id: "a1b2c3d4e5".into(),
            path: "/data/drafts/a1b2c3d4e5.yaml".into(),
            title: Some("Adolygiad termol o CDUau: ŵyr, ŷd, â".into()),
            updated: Some(t),
            problem: None,
        },
        DraftEntry {
            id: "ffff000011".into(),
            path: "/data/drafts/ffff000011.yaml".into(),
            title: None,
            updated: None,
            problem: Some("line 3, column 1: expected a wia draft assessment".into()),
        },
    ];
    snap("home", &m);
}

#[test]
fn assessor_form() {
    let mut m = model();
    press(&mut m, KeyCode::Enter);
    type_text(&mut m, "Siân Ŵyn");
    snap("assessor", &m);
    // Starting with the organisation blank is refused with a message.
    press(&mut m, KeyCode::Enter);
    press(&mut m, KeyCode::Enter);
    press(&mut m, KeyCode::Enter);
    insta::assert_snapshot!("assessor_missing_80x24", render(&m, 80, 24));
}

#[test]
fn question_text() {
    snap("question_text", &assessing(Mapping::new()));
}

#[test]
fn question_single_choice() {
    snap("question_single_choice", &at(example(), "policy_area"));
}

#[test]
fn question_multiple_choice() {
    snap("question_multiple_choice", &at(example(), "roles_affected"));
}

#[test]
fn question_long_text() {
    snap("question_long_text", &at(example(), "policy_summary"));
}

#[test]
fn question_with_a_validation_error() {
    let mut m = at(
        assessing(
            [("affects_idps".into(), Value::Bool(true))]
                .into_iter()
                .collect(),
        ),
        "idps_affected",
    );
    type_text(&mut m, "twelve");
    snap("validation_error", &m);
}

#[test]
fn task_table_and_row_form() {
    let mut m = at(example(), "tasks");
    press(&mut m, KeyCode::Enter);
    snap("task_table", &m);
    press(&mut m, KeyCode::Enter);
    snap("task_form", &m);
}

#[test]
fn review_screen() {
    let mut m = example();
    ctrl(&mut m, 'r');
    snap("review", &m);
}

#[test]
fn help_overlay() {
    let mut m = assessing(Mapping::new());
    press(&mut m, KeyCode::F(1));
    snap("help", &m);
}

#[test]
fn breakdown_overlay() {
    let mut m = example();
    ctrl(&mut m, 'b');
    snap("breakdown", &m);
}

#[test]
fn problems_overlay() {
    let mut m = assessing(Mapping::new());
    ctrl(&mut m, 'r');
    press(&mut m, KeyCode::Char('f'));
    assert!(matches!(m.overlay, Some(Overlay::Problems { .. })));
    snap("problems", &m);
}

#[test]
fn finalised_screen() {
    let mut m = example();
    update(
        &mut m,
        Msg::Finalised(Ok(Finished {
            id: "0123456789".into(),
            record: "/data/records/0123456789.yaml".into(),
            summary: "/data/summaries/0123456789.md".into(),
            rating: "Moderate".into(),
            flags: 13,
            revises: None,
            signing: wia::tui::msg::Signing::NoKey,
            closing: None,
        })),
    );
    snap("finalised", &m);
}

#[test]
fn too_small() {
    let m = example();
    insta::assert_snapshot!("too_small_59x16", render(&m, 59, 16));
    insta::assert_snapshot!("too_small_40x10", render(&m, 40, 10));
}

#[test]
fn text_from_files_is_drawn_inert() {
    let mut answers = Mapping::new();
    answers.insert(
        "policy_title".into(),
        Value::from("Evil\u{1b}]0;pwned\u{7}title"),
    );
    let m = assessing(answers);
    let screen = render(&m, 80, 24);
    assert!(!screen.contains('\u{1b}'));
    assert!(screen.contains("Evil�]0;pwned�title"), "{screen}");
}

/// More drafts than the screen has rows: the cursor stays in view (it went below the
/// bottom edge before), with a scrollbar saying where in the list it is.
#[test]
fn home_with_more_drafts_than_rows_keeps_the_cursor_in_view() {
    let mut m = model();
    m.drafts = (0..40)
        .map(|i| DraftEntry {
            id: format!("d{i:09}"),
            path: format!("/data/drafts/d{i:09}.yaml").into(),
            title: Some(format!("Draft number {i}")),
            updated: None,
            problem: None,
        })
        .collect();
    for _ in 0..35 {
        press(&mut m, KeyCode::Down);
    }
    let screen = render(&m, 80, 24);
    assert!(
        screen
            .lines()
            .any(|l| l.contains("> Resume: Draft number 34")),
        "{screen}"
    );
    insta::assert_snapshot!("home_many_drafts_80x24", screen);
}
