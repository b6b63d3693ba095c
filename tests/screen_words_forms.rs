//! Issue 15, done-when: no message on screen names a flag, question or catalogue entry by
//! its id, or speaks a file's syntax. `screen_words.rs` reads the assessment's screens;
//! this reads the other forms a person types into: the evidence form (`wia log`), the
//! evidence window over the task editor, and review mode's response form, each driven
//! into every refusal it has, in English and in Welsh.

mod common;

use common::tui::*;
use ratatui::crossterm::event::KeyCode;
use wia::evidence::{Catalogue, Entry};
use wia::i18n::Lang;
use wia::store::DataDir;
use wia::tui::model::Screen;
use wia::tui::msg::{Effect, Msg};
use wia::tui::runtime::loaded_now;
use wia::tui::screens::review_mode::Page;
use wia::tui::update::review_msg;
use wia::tui::{Model, update};

const LANGS: [Lang; 2] = [Lang::En, Lang::Cy];
const FIXTURES: &str = "tests/fixtures/review";
const GOOD: &str = "9490d10358";

/// Ids a person could mistake for nothing else (those with an underscore), from the
/// bundled questionnaire and the evidence catalogue.
fn forbidden_ids() -> Vec<String> {
    let q = bundled_source().questionnaire;
    let c = Catalogue::bundled();
    let mut ids: Vec<String> = q.questions().map(|(_, q)| q.id.clone()).collect();
    ids.extend(q.scoring().flags.iter().map(|f| f.id.clone()));
    ids.extend(q.sections.iter().map(|s| s.id.clone()));
    ids.extend(c.causes.iter().map(|x| x.id.clone()));
    ids.extend(c.authorities.iter().map(|x| x.id.clone()));
    ids.extend(c.roles.iter().map(|x| x.id.clone()));
    ids.extend(c.frequencies.iter().map(|x| x.id.clone()));
    ids.retain(|id| id.contains('_'));
    ids
}

/// What a file's syntax looks like: keys of the response file and its targets.
const SYNTAX: &[&str] = &[
    "`",
    "{",
    "}",
    "task:",
    "flag:",
    "section:",
    "reviewer.",
    "comments[",
    "alternatives[",
];

fn assert_words(what: &str, text: &str, ids: &[String]) {
    for id in ids {
        let found = text.match_indices(id.as_str()).any(|(i, _)| {
            let part = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '_');
            !part(text[..i].chars().next_back()) && !part(text[i + id.len()..].chars().next())
        });
        assert!(!found, "{what} shows the id {id}:\n{text}");
    }
    for bad in SYNTAX {
        assert!(!text.contains(bad), "{what} shows {bad:?}:\n{text}");
    }
}

fn notice(m: &Model) -> String {
    m.notice
        .as_ref()
        .map(|n| n.text.clone())
        .unwrap_or_default()
}

fn focus(m: &Model) -> usize {
    match &m.screen {
        Screen::Log(f) => f.focus,
        _ => panic!("not on the evidence form"),
    }
}

/// Every row of the evidence form in focus (its problem shows under the fields), at two
/// sizes, and the status line.
fn read_form(m: &mut Model, what: &str, ids: &[String]) {
    assert_words(&format!("{what}: the status line"), &notice(m), ids);
    for _ in 0..12 {
        for (w, h) in [(200, 60), (80, 24)] {
            let at = focus(m);
            assert_words(
                &format!("{what}: row {at} at {w}x{h}"),
                &render(m, w, h),
                ids,
            );
        }
        press(m, KeyCode::Tab);
    }
}

/// The evidence form with these typed into date, school, staff, hours and description
/// (the rest left unchosen), then saved.
fn refused_form(
    lang: Lang,
    date: &str,
    school: &str,
    staff: &str,
    hours: &str,
    long: bool,
) -> Model {
    let mut m = model_in(lang);
    m.today = "2026-11-25".parse().unwrap();
    press(&mut m, KeyCode::Char('l'));
    // The cursor starts on the school (row 1); the date is row 0.
    type_text(&mut m, school);
    press(&mut m, KeyCode::Up);
    for _ in 0..10 {
        press(&mut m, KeyCode::Backspace);
    }
    type_text(&mut m, date);
    // Policy (row 4), staff (6), hours (7), description (9).
    let c = Catalogue::bundled();
    for (row, text) in [
        (4, "p".repeat(if long { c.max_policy_chars + 5 } else { 0 })),
        (6, staff.to_string()),
        (7, hours.to_string()),
        (
            9,
            "d".repeat(if long { c.max_description_chars + 5 } else { 0 }),
        ),
    ] {
        while focus(&m) != row {
            press(&mut m, KeyCode::Tab);
        }
        type_text(&mut m, &text);
    }
    let effects = ctrl(&mut m, 's');
    assert!(effects.is_empty(), "refused: {effects:?}");
    m
}

#[test]
fn the_evidence_form_refuses_in_words_in_both_languages() {
    let ids = forbidden_ids();
    let c = Catalogue::bundled();
    let long_school = "s".repeat(c.max_school_chars + 5);
    let cases = [
        ("2027-02-30", "Ysgol", "2.5", "lots", false),
        ("tomorrow", "Ysgol", "-1", "-3", true),
        (
            "2027-01-01",
            long_school.as_str(),
            "99999999",
            "99999999",
            false,
        ),
        ("1999-01-01", "", "", "", false),
    ];
    for lang in LANGS {
        for (n, (date, school, staff, hours, long)) in cases.iter().enumerate() {
            let mut m = refused_form(lang, date, school, staff, hours, *long);
            let what = format!("evidence form case {n} in {lang:?}");
            assert!(!notice(&m).is_empty(), "{what}: a refusal is said");
            read_form(&mut m, &what, &ids);
        }
    }
}

fn logged(cause: &str, frequency: &str) -> Entry {
    Entry {
        id: "e".into(),
        created: "2026-11-25T10:00:00+00:00".parse().unwrap(),
        date: "2026-11-20".parse().unwrap(),
        school: "Ysgol".into(),
        authority: "rhondda_cynon_taf".into(),
        cause: cause.into(),
        policy: None,
        roles: vec!["business_manager".into()],
        staff: 1,
        hours: 1.0,
        frequency: frequency.into(),
        description: String::new(),
    }
}

#[test]
fn the_evidence_window_speaks_in_words_empty_or_not() {
    let ids = forbidden_ids();
    for lang in LANGS {
        for entries in [
            Vec::new(),
            vec![
                logged("aln_paperwork", "per_term"),
                logged("data_returns", "per_week"),
            ],
        ] {
            let mut m = assessing_in(lang, example_answers());
            let Screen::Assess(s) = &mut m.screen else {
                panic!()
            };
            assert!(s.go_to("tasks"));
            press(&mut m, KeyCode::Enter);
            press(&mut m, KeyCode::F(6));
            let count = entries.len();
            update(&mut m, Msg::Evidence(Ok(Box::new((entries, 1)))));
            for (w, h) in [(80, 24), (100, 30), (200, 60)] {
                let what = format!("the evidence window ({count} entries) in {lang:?} at {w}x{h}");
                let text = render(&m, w, h);
                assert_words(&what, &text, &ids);
                let lang = if lang == Lang::En { "en" } else { "cy" };
                insta::assert_snapshot!(format!("evidence_window_{count}_{lang}_{w}x{h}"), text);
            }
        }
    }
}

fn run(m: &mut Model, dir: &str, effects: Vec<Effect>) {
    for e in effects {
        if let Effect::Review(e) = e {
            let msg = wia::tui::runtime::review_effect(e, &DataDir::new(dir), m.lang);
            let more = review_msg(m, msg);
            run(m, dir, more);
        }
    }
}

/// The response form on the worked example, opened from a copy of the review fixtures.
fn responding(lang: Lang, dir: &str) -> Model {
    let mut m = model_in(lang);
    m.data_dir = dir.into();
    loaded_now(&mut m, &DataDir::new(dir), None);
    let Screen::Review(s) = &m.screen else {
        panic!("not in review mode")
    };
    let at = s
        .shown
        .iter()
        .position(|&i| s.entries[i].id == GOOD)
        .expect("shown");
    press(&mut m, KeyCode::Home);
    for _ in 0..at {
        press(&mut m, KeyCode::Down);
    }
    let effects = press(&mut m, KeyCode::Enter);
    run(&mut m, dir, effects);
    press(&mut m, KeyCode::Char('a'));
    m
}

fn respond_page(m: &Model) -> &wia::tui::screens::review_state::RespondPage {
    match &m.screen {
        Screen::Review(s) => match &s.page {
            Page::Respond(r) => r,
            other => panic!("not responding: {other:?}"),
        },
        _ => panic!("not in review mode"),
    }
}

/// Fill in who responds, go to the first task, and type `figures` into its four fields.
fn with_figures(m: &mut Model, name: &str, figures: [&str; 4]) {
    type_text(m, name);
    press(m, KeyCode::Tab);
    type_text(m, "Consortiwm");
    press(m, KeyCode::Tab); // position
    press(m, KeyCode::Tab); // targets
    let first_task = respond_page(m)
        .targets
        .iter()
        .position(|t| matches!(t, wia::tui::screens::review_state::Target::Task { .. }))
        .unwrap();
    for _ in 0..first_task {
        press(m, KeyCode::Down);
    }
    press(m, KeyCode::Tab); // comment
    for f in figures {
        press(m, KeyCode::Tab);
        type_text(m, f);
    }
}

fn save_and_read(m: &mut Model, dir: &str, what: &str, ids: &[String]) -> String {
    let effects = ctrl(m, 's');
    run(m, dir, effects);
    let said = notice(m);
    assert!(!said.is_empty(), "{what}: something is said");
    assert_words(&format!("{what}: the status line"), &said, ids);
    for (w, h) in [(200, 60), (100, 30), (80, 24)] {
        assert_words(&format!("{what} at {w}x{h}"), &render(m, w, h), ids);
    }
    said
}

fn copy_dir(from: &std::path::Path, to: &std::path::Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let target = to.join(e.file_name());
        if e.file_type().unwrap().is_dir() {
            copy_dir(&e.path(), &target);
        } else {
            std::fs::copy(e.path(), target).unwrap();
        }
    }
}

#[test]
fn the_response_form_refuses_in_words_in_both_languages() {
    let ids = forbidden_ids();
    let long_name = "N".repeat(wia::review::MAX_NAME_CHARS + 1);
    let cases: [(&str, &str, [&str; 4]); 5] = [
        ("unreadable figures", "Gwen", ["abc", "", "", ""]),
        ("minutes out of order", "Gwen", ["500", "20", "10", ""]),
        ("minutes too many", "Gwen", ["", "", "99999999", ""]),
        ("share over one", "Gwen", ["", "", "", "3"]),
        ("a name too long", &long_name, ["", "", "", ""]),
    ];
    for lang in LANGS {
        for (what, name, figures) in &cases {
            let tmp = tempfile::tempdir().unwrap();
            let dir = tmp.path().to_str().unwrap();
            copy_dir(std::path::Path::new(FIXTURES), tmp.path());
            let mut m = responding(lang, dir);
            with_figures(&mut m, name, *figures);
            let what = format!("{what} in {lang:?}");
            save_and_read(&mut m, dir, &what, &ids);
            assert!(
                wia::review::responses_for(&DataDir::new(dir), GOOD, lang).is_empty(),
                "{what}: nothing saved"
            );
        }
    }
}

#[test]
fn a_record_changed_under_the_response_form_is_said_in_words() {
    let ids = forbidden_ids();
    for lang in LANGS {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().to_str().unwrap();
        copy_dir(std::path::Path::new(FIXTURES), tmp.path());
        let mut m = responding(lang, dir);
        with_figures(&mut m, "Gwen", ["", "", "", ""]);
        // Someone edits the record on disk while the form is open.
        let path = tmp.path().join(format!("records/{GOOD}.yaml"));
        let text = std::fs::read_to_string(&path).unwrap();
        std::fs::write(&path, text.replacen("policy_title: ", "policy_title: X", 1)).unwrap();
        save_and_read(&mut m, dir, &format!("a changed record in {lang:?}"), &ids);
    }
}
