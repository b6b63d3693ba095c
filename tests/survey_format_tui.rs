//! The survey features in the interface: a change that closes a branch already answered
//! is told, naming the questions; the own review sets those answers apart; the finalised
//! screen says the questionnaire's closing text. Snapshots at 80 x 24 and 100 x 30, in
//! English and Welsh.

mod common;

use common::tui::*;
use ratatui::crossterm::event::KeyCode;
use serde_yaml::{Mapping, Value};
use wia::i18n::Lang;
use wia::tui::assessment::Assessment;
use wia::tui::model::Screen;
use wia::tui::msg::Finished;
use wia::tui::{Model, Msg, update};

const SIZES: [(u16, u16); 2] = [(80, 24), (100, 30)];

fn snap(name: &str, m: &Model) {
    for (w, h) in SIZES {
        insta::assert_snapshot!(format!("{name}_{w}x{h}"), render(m, w, h));
    }
}

fn survey_source(lang: Lang) -> wia::tui::assessment::Source {
    wia::tui::runtime::source(
        Some(std::path::Path::new("tests/fixtures/survey-format.yaml")),
        "survey-format",
        lang,
    )
    .expect("the survey fixture")
}

/// The survey being answered, in `lang` throughout, with an ALNCo's answers so far.
fn surveying(lang: Lang) -> Model {
    let mut answers = Mapping::new();
    answers.insert("role".into(), Value::from("alnco"));
    answers.insert("alnco_years".into(), Value::from(4));
    let mut d = draft(answers);
    d.questionnaire = "survey-format".into();
    d.language = lang;
    let mut m = model_in(lang);
    let (a, dropped) = Assessment::from_draft(survey_source(lang), d, lang);
    assert!(dropped.is_empty(), "{dropped:?}");
    update(&mut m, Msg::Opened(Ok(Box::new((a, Vec::new())))));
    m
}

fn at(m: &mut Model, id: &str) {
    let Screen::Assess(s) = &mut m.screen else {
        panic!("not assessing")
    };
    assert!(s.go_to(id), "{id} is not shown");
}

/// Choose "Headteacher": the ALNCo's question no longer applies.
fn close_the_branch(lang: Lang) -> Model {
    let mut m = surveying(lang);
    assert_eq!(m.notice, None, "nothing is news when the draft opens");
    at(&mut m, "role");
    press(&mut m, KeyCode::Char('1'));
    m
}

#[test]
fn closing_a_branch_already_answered_is_told_naming_the_question() {
    for (lang, wanted) in [
        (
            Lang::En,
            "No longer applies after this change: “Years as ALNCo”.",
        ),
        (
            Lang::Cy,
            "Nid yw'n berthnasol mwyach ar ôl y newid hwn: “Blynyddoedd yn CADY”.",
        ),
    ] {
        let mut m = close_the_branch(lang);
        let a = m.assessment().unwrap();
        assert!(!a.is_visible("alnco_years"));
        // Kept, so that choosing ALNCo again brings it back.
        assert_eq!(
            a.answer("alnco_years"),
            Some(&wia::answers::Answer::Number(4.0))
        );
        let notice = m.notice.clone().expect("told");
        assert!(notice.text.contains(wanted), "{}", notice.text);
        assert!(!notice.error);
        // Said once: the next change that closes nothing says nothing of it.
        press(&mut m, KeyCode::Char('1'));
        assert!(
            m.notice.as_ref().is_none_or(|n| !n.text.contains(wanted)),
            "{:?}",
            m.notice
        );
        // Reopened, the answer counts again and nothing is said.
        press(&mut m, KeyCode::Char('2'));
        assert!(m.assessment().unwrap().is_visible("alnco_years"));
        assert!(m.assessment().unwrap().no_longer_apply().is_empty());
    }
}

#[test]
fn the_notice_on_screen() {
    snap("survey_branch_closed", &close_the_branch(Lang::En));
    snap("survey_branch_closed_cy", &close_the_branch(Lang::Cy));
}

#[test]
fn the_own_review_sets_answers_that_no_longer_apply_apart() {
    for (lang, heading) in [
        (Lang::En, "Answers that no longer apply (kept, not used)"),
        (
            Lang::Cy,
            "Atebion nad ydynt yn berthnasol mwyach (wedi'u cadw, heb eu defnyddio)",
        ),
    ] {
        let mut m = close_the_branch(lang);
        ctrl(&mut m, 'r');
        // Scrolled to the foot, where the answers kept apart are listed.
        press(&mut m, KeyCode::End);
        let screen = render(&m, 100, 30);
        assert!(screen.contains(heading), "{screen}");
        let name = if lang == Lang::En {
            "survey_review"
        } else {
            "survey_review_cy"
        };
        snap(name, &m);
    }
}

fn finished(closing: &str) -> Finished {
    Finished {
        id: "0123456789".into(),
        record: "/data/records/0123456789.yaml".into(),
        summary: "/data/summaries/0123456789.md".into(),
        rating: "Low".into(),
        flags: 0,
        revises: None,
        signing: wia::tui::msg::Signing::NoKey,
        closing: Some(closing.into()),
    }
}

#[test]
fn the_finalised_screen_says_the_closing_text() {
    for lang in [Lang::En, Lang::Cy] {
        let mut m = surveying(lang);
        let closing = m
            .assessment()
            .unwrap()
            .q()
            .closing
            .as_ref()
            .unwrap()
            .get(lang)
            .to_string();
        update(&mut m, Msg::Finalised(Ok(finished(&closing))));
        let screen = render(&m, 100, 30);
        let first = closing.split(". ").next().unwrap();
        assert!(screen.contains(first), "{screen}");
        let name = if lang == Lang::En {
            "survey_finalised"
        } else {
            "survey_finalised_cy"
        };
        snap(name, &m);
    }
}

#[test]
fn a_partial_ranking_stops_finalising_saying_what_is_left_to_rank() {
    for (lang, wanted) in [
        (
            Lang::En,
            "every option must be ranked: 2 of 3 so far; still to rank: Staff",
        ),
        (
            Lang::Cy,
            "rhaid trefnu pob opsiwn: 2 o 3 hyd yma; i'w trefnu o hyd: Staff",
        ),
    ] {
        let m = surveying(lang);
        let mut a = m.assessment().unwrap().clone();
        a.set(
            "c5",
            Some(wia::answers::Answer::Ranking(vec![
                "money".into(),
                "time".into(),
            ])),
        );
        let blocking: Vec<_> = a.blocking().into_iter().cloned().collect();
        let p = blocking
            .iter()
            .find(|p| p.question.as_deref() == Some("c5"))
            .unwrap_or_else(|| panic!("{blocking:?}"));
        assert_eq!(p.message, wanted);
        a.set(
            "c5",
            Some(wia::answers::Answer::Ranking(vec![
                "money".into(),
                "time".into(),
                "staff".into(),
            ])),
        );
        assert!(a.problems_for("c5").next().is_none());
    }
}
