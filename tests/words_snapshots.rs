//! The screens whose words changed for issue 15, at 80 x 24, 100 x 30 and 200 x 60, in
//! English and Welsh: the task question's hint for the screen (its question kept in view),
//! a section's introduction, the questionnaire's description where an assessment starts,
//! and problems said in words.

mod common;

use common::tui::*;
use ratatui::crossterm::event::KeyCode;
use serde_yaml::{Mapping, Value};
use wia::i18n::Lang;
use wia::tui::Model;
use wia::tui::model::Screen;

const SIZES: [(u16, u16); 3] = [(80, 24), (100, 30), (200, 60)];

fn snap(name: &str, lang: Lang, m: &Model) {
    let code = match lang {
        Lang::En => "en",
        Lang::Cy => "cy",
    };
    for (w, h) in SIZES {
        insta::assert_snapshot!(format!("{name}_{code}_{w}x{h}"), render(m, w, h));
    }
}

fn at(mut m: Model, id: &str) -> Model {
    let Screen::Assess(s) = &mut m.screen else {
        panic!("not assessing")
    };
    assert!(s.go_to(id), "{id} is not shown");
    m
}

const LANGS: [Lang; 2] = [Lang::En, Lang::Cy];

#[test]
fn task_question_hint() {
    for lang in LANGS {
        snap(
            "task_question",
            lang,
            &at(assessing_in(lang, example_answers()), "tasks"),
        );
    }
}

#[test]
fn section_intro_on_its_first_question() {
    for lang in LANGS {
        snap("section_intro", lang, &assessing_in(lang, Mapping::new()));
    }
}

#[test]
fn description_where_an_assessment_starts() {
    for lang in LANGS {
        let mut m = model_in(lang);
        press(&mut m, KeyCode::Enter);
        snap("assessor_description", lang, &m);
    }
}

#[test]
fn other_please_specify_without_its_words() {
    let q = bundled_source().questionnaire;
    let (id, value) = q
        .questions()
        .find_map(|(_, q)| match &q.kind {
            wia::questionnaire::QuestionKind::SingleChoice { options } => options
                .iter()
                .find(|o| o.other)
                .map(|o| (q.id.clone(), o.value.clone())),
            _ => None,
        })
        .expect("a question with an other option");
    for lang in LANGS {
        let mut answers = example_answers();
        let mut choice = Mapping::new();
        choice.insert("value".into(), Value::String(value.clone()));
        answers.insert(id.clone().into(), Value::Mapping(choice));
        let m = at(assessing_in(lang, answers), &id);
        snap("other_needs_words", lang, &m);
        let mut m = m;
        ctrl(&mut m, 'e');
        snap("problems_in_words", lang, &m);
    }
}
