//! Driving the interface without a terminal: build a model, send keys, draw to a
//! `TestBackend` and read the screen as text.

use chrono::TimeZone;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use wia::config::Config;
use wia::i18n::Lang;
use wia::record::{AnswersFile, AssessorInput, Draft};
use wia::tui::assessment::{Assessment, Source};
use wia::tui::model::{Model, Theme};
use wia::tui::runtime::source;
use wia::tui::{Effect, Msg, update, view};

pub fn bundled_source() -> Source {
    source(None, "wia-policy", wia::i18n::Lang::En).expect("bundled questionnaire")
}

pub fn draft(answers: serde_yaml::Mapping) -> Draft {
    let t = chrono::FixedOffset::east_opt(0)
        .unwrap()
        .with_ymd_and_hms(2026, 11, 25, 9, 30, 0)
        .unwrap();
    Draft {
        draft_version: 1,
        id: "d0d0d0d0d0".into(),
        questionnaire: "wia-policy".into(),
        questionnaire_file: None,
        created: t,
        updated: t,
        assessor: AssessorInput {
            name: Some("Rhian Evans".into()),
            organisation: Some("Welsh Government".into()),
        },
        language: Default::default(),
        headcounts: Default::default(),
        answers,
        position: None,
        revises: None,
    }
}

/// The answers of the worked example in examples/, which is complete.
pub fn example_answers() -> serde_yaml::Mapping {
    let text = include_str!("../../examples/aln-idp-review.answers.yaml");
    let file: AnswersFile = serde_yaml::from_str(text).expect("example parses");
    file.answers
}

pub fn model() -> Model {
    model_in(Lang::En)
}

pub fn model_in(lang: Lang) -> Model {
    let mut m = Model::new(
        bundled_source(),
        Config::default(),
        Vec::new(),
        "/data".into(),
        lang,
    );
    m.theme = Theme { color: false };
    m
}

/// A model on the questionnaire screen with these answers.
pub fn assessing(answers: serde_yaml::Mapping) -> Model {
    assessing_in(Lang::En, answers)
}

pub fn assessing_in(lang: Lang, answers: serde_yaml::Mapping) -> Model {
    let mut m = model_in(lang);
    let (a, dropped) = Assessment::from_draft(bundled_source(), draft(answers), lang);
    assert!(dropped.is_empty(), "{dropped:?}");
    update(&mut m, Msg::Opened(Ok(Box::new((a, Vec::new())))));
    m
}

pub fn press(m: &mut Model, code: KeyCode) -> Vec<Effect> {
    update(m, Msg::Key(KeyEvent::new(code, KeyModifiers::NONE)))
}

pub fn ctrl(m: &mut Model, c: char) -> Vec<Effect> {
    update(
        m,
        Msg::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL)),
    )
}

pub fn shift(m: &mut Model, code: KeyCode) -> Vec<Effect> {
    update(m, Msg::Key(KeyEvent::new(code, KeyModifiers::SHIFT)))
}

pub fn type_text(m: &mut Model, text: &str) -> Vec<Effect> {
    text.chars()
        .flat_map(|c| press(m, KeyCode::Char(c)))
        .collect()
}

/// The screen drawn at `w` x `h`, one line per row, trailing spaces kept.
pub fn render(m: &Model, w: u16, h: u16) -> String {
    let mut t = Terminal::new(TestBackend::new(w, h)).expect("test terminal");
    t.draw(|f| view(m, f)).expect("draw");
    let buf = t.backend().buffer().clone();
    let mut out = String::new();
    for y in 0..h {
        let mut skip = 0;
        for x in 0..w {
            // A wide letter fills two cells; the second is drawn as part of the first.
            if skip > 0 {
                skip -= 1;
                continue;
            }
            let sym = buf[(x, y)].symbol();
            skip = unicode_width::UnicodeWidthStr::width(sym).saturating_sub(1);
            out.push_str(sym);
        }
        out.push('\n');
    }
    out
}

pub fn current_id(m: &Model) -> String {
    wia::tui::runtime::screen_of(m)
        .and_then(|s| s.current())
        .map(|q| q.id)
        .unwrap_or_default()
}

pub fn saves(effects: &[Effect]) -> usize {
    effects
        .iter()
        .filter(|e| matches!(e, Effect::SaveDraft { .. }))
        .count()
}
