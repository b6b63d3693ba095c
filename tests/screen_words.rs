//! No message the interface shows names a question or flag by its id, or speaks the
//! answers file's syntax: every question of the bundled questionnaire is answered wrongly
//! (and not at all), in English and in Welsh, and each screen a message reaches is read.

mod common;

use common::tui::*;
use ratatui::crossterm::event::KeyCode;
use serde_yaml::{Mapping, Value};
use wia::i18n::Lang;
use wia::questionnaire::{Question, QuestionKind};
use wia::tui::assessment::Assessment;
use wia::tui::model::Screen;
use wia::tui::{Model, Msg, update};

/// Ids a person could mistake for nothing else: those with an underscore. Ids that are
/// plain words (`tasks`) are words on screen too, so they cannot be told apart.
fn forbidden_ids() -> Vec<String> {
    let q = bundled_source().questionnaire;
    let mut ids: Vec<String> = q.questions().map(|(_, q)| q.id.clone()).collect();
    ids.extend(q.scoring().flags.iter().map(|f| f.id.clone()));
    ids.retain(|id| id.contains('_'));
    assert!(ids.len() > 20, "too few ids to test: {ids:?}");
    ids
}

/// The keys of an answers file (task rows, "other" choices), as YAML writes them. The
/// minutes' `low:` and friends are left out: the task form's labels ("Minutes, low") end in
/// the same words, and `minutes:` before them is caught.
const YAML_KEYS: &[&str] = &[
    "description",
    "roles",
    "minutes",
    "frequency",
    "count",
    "share",
    "change",
    "admin_task",
    "value",
    "other",
];

fn words_problem(text: &str, ids: &[String]) -> Option<String> {
    for id in ids {
        let found = text.match_indices(id.as_str()).any(|(i, _)| {
            let before = text[..i].chars().next_back();
            let after = text[i + id.len()..].chars().next();
            let part = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '_');
            !part(before) && !part(after)
        });
        if found {
            return Some(format!("the id {id}"));
        }
    }
    for bad in ['`', '{', '}'] {
        if text.contains(bad) {
            return Some(format!("the character {bad}"));
        }
    }
    for key in YAML_KEYS {
        for sep in [": ", ":\n"] {
            let yaml = format!("{key}{sep}");
            let at = text.match_indices(&yaml).any(|(i, _)| {
                !text[..i]
                    .chars()
                    .next_back()
                    .is_some_and(|c| c.is_alphanumeric() || c == '_')
            });
            if at {
                return Some(format!("the YAML key {key}:"));
            }
        }
    }
    None
}

fn assert_words(what: &str, text: &str, ids: &[String]) {
    if let Some(bad) = words_problem(text, ids) {
        panic!("{what} shows {bad}:\n{text}");
    }
}

/// A wrong answer of the question's own type, and a second wrong one where one type can be
/// wrong in two ways.
fn wrong_answers(q: &Question) -> Vec<Value> {
    let y = |s: &str| serde_yaml::from_str::<Value>(s).expect("yaml");
    match &q.kind {
        QuestionKind::SingleChoice { options } => {
            let mut v = vec![y("not_an_option")];
            if let Some(o) = options.iter().find(|o| o.other) {
                v.push(y(&format!("{{value: {}}}", o.value)));
                v.push(y(&format!("{{value: {}, other: \"  \"}}", o.value)));
            }
            if let Some(o) = options.iter().find(|o| !o.other) {
                v.push(y(&format!("{{value: {}, other: words}}", o.value)));
            }
            v
        }
        QuestionKind::MultipleChoice { options, .. } => {
            let first = &options[0].value;
            let mut v = vec![y(&format!("[not_an_option, {first}, {first}]")), y("[]")];
            if let Some(o) = options.iter().find(|o| o.other) {
                v.push(y(&format!("[{{value: {}}}]", o.value)));
            }
            v
        }
        QuestionKind::Ranking { options, .. } => {
            let first = &options[0].value;
            vec![y(&format!("[{first}, {first}, not_an_option]"))]
        }
        QuestionKind::Likert { .. } => vec![y("99"), y("[1]")],
        QuestionKind::Matrix { rows, .. } => {
            vec![y(&format!("{{not_a_row: 1, {}: 99}}", rows[0].id)), y("{}")]
        }
        QuestionKind::Number { .. } => {
            vec![y("twelve"), y("-99999999.5"), y("99999999999.5"), y("[1]")]
        }
        QuestionKind::Percentage => vec![y("150"), y("lots")],
        QuestionKind::Date => vec![y("2027-02-30"), y("tomorrow"), y("[1]")],
        QuestionKind::YesNo => vec![y("maybe"), y("[1]")],
        QuestionKind::ShortText { .. } => {
            vec![y("\"two\\nlines\""), y("\"bell\\u0007\""), y("[1]")]
        }
        QuestionKind::LongText { .. } => vec![y("\"bell\\u0007\""), y("[1]")],
        QuestionKind::TaskList => vec![y("[{description: '', roles: [nobody, teacher, teacher], \
              minutes: {low: 50, likely: 10, high: -1}, frequency: hourly, count: -1, \
              share: 3, change: new, admin_task: nope}, \
             {description: \"a\\u0007b\", roles: [], minutes: {low: 1, likely: 2, high: 99999999}, \
              frequency: per_term, count: 1, share: 0.5, change: removed}]")],
    }
}

fn open(lang: Lang, answers: Mapping, ids: &[String]) -> Model {
    let (a, dropped) = Assessment::from_draft(bundled_source(), draft(answers), lang);
    for d in &dropped {
        assert_words("a notice of a draft answer left out", d, ids);
    }
    let mut m = model_in(lang);
    update(&mut m, Msg::Opened(Ok(Box::new((a, Vec::new())))));
    m
}

/// Every message the assessment holds, and the screens they reach: the question, the
/// task editor, the problems window, own review and a refused finalise.
fn check_screens(m: &mut Model, focus: Option<&str>, ids: &[String], what: &str) {
    let Screen::Assess(s) = &mut m.screen else {
        panic!("not assessing")
    };
    for p in s.a.problems() {
        assert_words(&format!("{what}: a problem"), &p.message, ids);
    }
    if let Some(id) = focus
        && s.go_to(id)
    {
        assert_words(&format!("{what}: the question"), &render(m, 200, 60), ids);
        if id == "tasks" {
            press(m, KeyCode::Enter);
            assert_words(&format!("{what}: the task list"), &render(m, 200, 60), ids);
            press(m, KeyCode::Enter);
            assert_words(&format!("{what}: the task row"), &render(m, 200, 60), ids);
            press(m, KeyCode::Esc);
            press(m, KeyCode::Esc);
        }
    }
    ctrl(m, 'e');
    assert_words(
        &format!("{what}: the problems window"),
        &render(m, 200, 60),
        ids,
    );
    press(m, KeyCode::Esc);
    ctrl(m, 'r');
    assert_words(&format!("{what}: own review"), &render(m, 200, 60), ids);
    press(m, KeyCode::Char('f'));
    assert_words(
        &format!("{what}: finalise refused"),
        &render(m, 200, 60),
        ids,
    );
}

fn every_question_wrong(lang: Lang) {
    let ids = forbidden_ids();
    let q = bundled_source().questionnaire;
    let mut m = open(lang, Mapping::new(), &ids);
    check_screens(&mut m, None, &ids, "nothing answered");
    for (_, question) in q.questions() {
        for (n, value) in wrong_answers(question).into_iter().enumerate() {
            let mut answers = example_answers();
            answers.insert(question.id.clone().into(), value);
            let mut m = open(lang, answers, &ids);
            let what = format!("{} wrong ({n}) in {lang:?}", question.id);
            check_screens(&mut m, Some(&question.id), &ids, &what);
        }
    }
}

#[test]
fn no_id_or_yaml_on_screen_in_english() {
    every_question_wrong(Lang::En);
}

#[test]
fn no_id_or_yaml_on_screen_in_welsh() {
    every_question_wrong(Lang::Cy);
}

#[test]
fn the_check_catches_what_it_should() {
    let ids = forbidden_ids();
    let id = &ids[0];
    assert!(words_problem(&format!("`{id}` is required"), &ids).is_some());
    assert!(words_problem(&format!("answer {id} now"), &ids).is_some());
    assert!(words_problem("give the text as {value: other}", &ids).is_some());
    assert!(words_problem("row 1: minutes: low", &ids).is_some());
    assert!(words_problem("Minutes, low: 5", &ids).is_none());
}

/// A duplicated task row writes no word of the screen's language into the record: it keeps
/// the description as written and opens at it, for the person to tell the rows apart.
#[test]
fn a_duplicated_task_row_keeps_its_words_and_opens_for_editing() {
    for lang in [Lang::En, Lang::Cy] {
        let mut m = open(lang, example_answers(), &[]);
        let Screen::Assess(s) = &mut m.screen else {
            panic!("not assessing")
        };
        assert!(s.go_to("tasks"));
        let first = s.a.tasks[0].description.clone();
        let rows = s.a.tasks.len();
        press(&mut m, KeyCode::Enter);
        press(&mut m, KeyCode::Char('d'));
        let Screen::Assess(s) = &m.screen else {
            panic!("not assessing")
        };
        assert_eq!(s.a.tasks.len(), rows + 1);
        assert_eq!(s.a.tasks[1].description, first, "{lang:?}");
        let wia::tui::screens::assess::Mode::Tasks(editor) = &s.mode else {
            panic!("not in the task list")
        };
        assert!(editor.form.is_some(), "the copy opens for editing");
        assert_eq!(editor.row, 1);
    }
}
