//! The interface in Welsh: the main screens at 80 x 24 (snapshots), no English message
//! left on them, and the language switch keeping the place.
//!
//! Every model here is made in Welsh (`model` and `assessing` below stand for the
//! English ones in common).

mod common;

use std::collections::BTreeSet;

use common::tui::*;
use ratatui::crossterm::event::KeyCode;
use serde_yaml::Mapping;
use wia::i18n::{Lang, RESOURCES};
use wia::tui::model::{Overlay, Screen};
use wia::tui::msg::Finished;
use wia::tui::{Effect, Model, Msg, update};

fn model() -> Model {
    model_in(Lang::Cy)
}

fn assessing(answers: Mapping) -> Model {
    assessing_in(Lang::Cy, answers)
}

fn at(mut m: Model, id: &str) -> Model {
    let Screen::Assess(s) = &mut m.screen else {
        panic!("not assessing")
    };
    assert!(s.go_to(id), "{id} is not shown");
    m
}

fn example() -> Model {
    let m = assessing(example_answers());
    assert_eq!(m.lang, Lang::Cy);
    m
}

/// English interface texts of four words or more with no placeables: none may appear on
/// a Welsh screen.
fn english_sentences() -> Vec<String> {
    let mut out = BTreeSet::new();
    for (area, en, _) in RESOURCES {
        if *area != "tui" && *area != "common" {
            continue;
        }
        for line in en.lines() {
            let Some((id, value)) = line.split_once(" = ") else {
                continue;
            };
            if id.starts_with(char::is_whitespace) || value.contains('{') {
                continue;
            }
            let value = value.trim();
            if value.split_whitespace().count() >= 4 {
                out.insert(value.chars().take(30).collect::<String>());
            }
        }
    }
    assert!(out.len() > 20, "too few English sentences found: {out:?}");
    out.into_iter().collect()
}

fn snap_welsh(name: &str, m: &Model) {
    let screen = render(m, 80, 24);
    for sentence in english_sentences() {
        assert!(
            !screen.contains(&sentence),
            "English text {sentence:?} on the Welsh screen {name}:\n{screen}"
        );
    }
    insta::assert_snapshot!(format!("cy_{name}_80x24"), screen);
}

#[test]
fn home_and_assessor_in_welsh() {
    let mut m = model();
    snap_welsh("home", &m);
    press(&mut m, KeyCode::Enter);
    type_text(&mut m, "Siân Ŵyn");
    snap_welsh("assessor", &m);
}

#[test]
fn questions_in_welsh() {
    snap_welsh("question_single_choice", &at(example(), "policy_area"));
    snap_welsh("question_multiple_choice", &at(example(), "roles_affected"));
}

#[test]
fn task_table_with_circumflexes_stays_aligned() {
    let mut m = at(example(), "tasks");
    press(&mut m, KeyCode::Enter);
    press(&mut m, KeyCode::Char('a'));
    type_text(&mut m, "Cwrdd â rhieni'r ŵyr a'r ŷd bob tymor");
    snap_welsh("task_form", &m);
    press(&mut m, KeyCode::Esc);
    let screen = render(&m, 80, 24);
    // The figures column ends in the same cell on every row, whatever the letters.
    let ends: BTreeSet<usize> = screen
        .lines()
        .filter(|l| l.contains("│>") || l.contains("│ "))
        .filter(|l| l.contains('+') || l.contains("anghyflawn"))
        .map(|l| unicode_width::UnicodeWidthStr::width(l.trim_end_matches(['│', ' '])))
        .collect();
    assert_eq!(ends.len(), 1, "columns not aligned:\n{screen}");
    snap_welsh("task_table", &m);
}

#[test]
fn review_breakdown_problems_and_help_in_welsh() {
    let mut m = example();
    ctrl(&mut m, 'r');
    snap_welsh("review", &m);
    press(&mut m, KeyCode::Esc);
    ctrl(&mut m, 'b');
    snap_welsh("breakdown", &m);
    press(&mut m, KeyCode::Esc);
    press(&mut m, KeyCode::F(1));
    snap_welsh("help", &m);
    let mut empty = assessing(Mapping::new());
    ctrl(&mut empty, 'r');
    press(&mut empty, KeyCode::Char('f'));
    assert!(matches!(empty.overlay, Some(Overlay::Problems { .. })));
    snap_welsh("problems", &empty);
}

#[test]
fn finalised_in_welsh() {
    let mut m = example();
    update(
        &mut m,
        Msg::Finalised(Ok(Finished {
            id: "0123456789".into(),
            record: "/data/records/0123456789.yaml".into(),
            summary: "/data/summaries/0123456789.md".into(),
            rating: "Cymedrol".into(),
            flags: 3,
            revises: None,
            signing: wia::tui::msg::Signing::NoKey,
            closing: None,
        })),
    );
    let screen = render(&m, 80, 24);
    assert!(screen.contains("Codwyd 3 baner."), "{screen}");
    snap_welsh("finalised", &m);
}

#[test]
fn switching_language_keeps_the_place_and_is_remembered() {
    let mut m = at(example(), "roles_affected");
    let before = current_id(&m);
    let effects = press(&mut m, KeyCode::F(9));
    assert_eq!(m.lang, Lang::En);
    assert_eq!(current_id(&m), before);
    assert!(
        effects
            .iter()
            .any(|e| matches!(e, Effect::SaveConfig(c) if c.language == Some(Lang::En)))
    );
    let Screen::Assess(s) = &m.screen else {
        panic!("left the assessment")
    };
    assert_eq!(
        s.a.draft.language,
        Lang::En,
        "the draft follows the language"
    );
    assert!(
        saves(&effects) >= 1,
        "the draft is saved in its new language"
    );
    let english = render(&m, 80, 24);
    assert!(english.contains("Language: English"), "{english}");
    // Ctrl-L switches back, to the same question.
    ctrl(&mut m, 'l');
    assert_eq!(m.lang, Lang::Cy);
    assert_eq!(current_id(&m), before);
    assert!(render(&m, 80, 24).contains("Iaith: Cymraeg"));
}

#[test]
fn the_home_screen_offers_the_other_language_by_name() {
    let mut m = model();
    let screen = render(&m, 80, 24);
    assert!(screen.contains("English"), "{screen}");
    // The item before Quit switches language.
    press(&mut m, KeyCode::End);
    press(&mut m, KeyCode::Up);
    press(&mut m, KeyCode::Enter);
    assert_eq!(m.lang, Lang::En);
    assert!(render(&m, 80, 24).contains("Cymraeg"));
}
