//! Review mode in the full-screen interface: `update` and snapshots of the table, a
//! record, a comparison and a response, on the fixture folder of good, altered and
//! broken records (tests/fixtures/review).

mod common;

use std::path::Path;

use common::tui::*;
use ratatui::crossterm::event::KeyCode;
use wia::review::State;
use wia::store::DataDir;
use wia::tui::Model;
use wia::tui::model::Screen;
use wia::tui::msg::Effect;
use wia::tui::runtime::loaded_now;
use wia::tui::screens::review_mode::{Page, ReviewEffect, ReviewScreen};
use wia::tui::screens::review_state::{Focus, RespondPage};
use wia::tui::update::review_msg as on_msg;

const FIXTURES: &str = "tests/fixtures/review";
/// The worked example, as saved.
const GOOD: &str = "9490d10358";
/// The worked example with task 1 at 90 / 180 / 300 minutes instead of 75 / 135 / 240.
const LONGER: &str = "1149744634";
const ALTERED: &str = "a17e4ed000";
const SIZES: [(u16, u16); 3] = [(80, 24), (120, 40), (60, 16)];

fn snap(name: &str, m: &Model) {
    for (w, h) in SIZES {
        insta::assert_snapshot!(format!("{name}_{w}x{h}"), render(m, w, h));
    }
}

/// The table of `dir`, as `wia review` opens it.
fn table_of(dir: &str) -> Model {
    let mut m = model();
    m.data_dir = dir.into();
    loaded_now(&mut m, &DataDir::new(dir), None);
    m
}

fn table() -> Model {
    table_of(FIXTURES)
}

fn screen(m: &Model) -> &ReviewScreen {
    match &m.screen {
        Screen::Review(s) => s,
        _ => panic!("not in review mode"),
    }
}

fn respond_page(m: &Model) -> &RespondPage {
    match &screen(m).page {
        Page::Respond(r) => r,
        other => panic!("not responding: {other:?}"),
    }
}

/// Carry out review effects as the runtime would, feeding back what they bring.
fn run(m: &mut Model, dir: &str, effects: Vec<Effect>) {
    for e in effects {
        if let Effect::Review(e) = e {
            let msg = wia::tui::runtime::review_effect(e, &DataDir::new(dir), m.lang);
            let more = on_msg(m, msg);
            run(m, dir, more);
        }
    }
}

fn ids(m: &Model) -> Vec<String> {
    let s = screen(m);
    s.shown.iter().map(|&i| s.entries[i].id.clone()).collect()
}

/// Move the cursor to the record `id` and open it.
fn open(m: &mut Model, dir: &str, id: &str) {
    let at = ids(m).iter().position(|x| x == id).expect("shown");
    press(m, KeyCode::Home);
    for _ in 0..at {
        press(m, KeyCode::Down);
    }
    let effects = press(m, KeyCode::Enter);
    run(m, dir, effects);
}

fn copy_dir(from: &Path, to: &Path) {
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
fn every_file_is_listed_and_broken_ones_last_with_their_reason() {
    let m = table();
    let s = screen(&m);
    assert_eq!(s.entries.len(), 9);
    let states: Vec<&str> = s
        .shown
        .iter()
        .map(|&i| s.entries[i].state.as_str())
        .collect();
    assert_eq!(
        states,
        [
            "draft",
            "intact",
            "intact",
            "altered",
            "altered",
            "altered",
            "unreadable",
            "unreadable",
            "unreadable"
        ],
        "{:?}",
        ids(&m)
    );
    let empty = s.entries.iter().find(|e| e.id == "empty").unwrap();
    assert_eq!(
        empty.state,
        State::Unreadable("file is empty: expected an assessment record".into())
    );
    let screen = render(&m, 80, 24);
    assert!(screen.contains("empty.yaml —"), "{screen}");
    assert!(!screen.contains('\u{1b}'));
}

#[test]
fn filters_sort_and_search_narrow_the_table() {
    let mut m = table();
    press(&mut m, KeyCode::Char('s')); // final
    assert_eq!(ids(&m).len(), 5, "{:?}", ids(&m));
    press(&mut m, KeyCode::Char('s')); // draft
    assert_eq!(ids(&m), ["c606eda2c8"]);
    press(&mut m, KeyCode::Char('s')); // altered
    assert_eq!(ids(&m), [ALTERED, "e5c0000000", "truncated"]);
    press(&mut m, KeyCode::Char('s')); // unreadable
    press(&mut m, KeyCode::Char('s')); // all again
    assert_eq!(ids(&m).len(), 9);

    // Ratings step through the bands: reduces, negligible, low, moderate.
    for _ in 0..4 {
        press(&mut m, KeyCode::Char('r'));
    }
    assert_eq!(screen(&m).rating.as_deref(), Some("moderate"));
    // The two intact records, two altered ones and the draft, scored from its answers.
    assert_eq!(ids(&m).len(), 5);

    // Hours, largest first: the longer review (1.94 h) leads; again reverses. At 80
    // columns the hours are the fourth column shown, numbered 4 in its heading.
    press(&mut m, KeyCode::Char('4'));
    assert_eq!(ids(&m)[0], LONGER);
    press(&mut m, KeyCode::Char('4'));
    assert_ne!(ids(&m)[0], LONGER);
    assert_eq!(ids(&m)[4], LONGER);

    // Search is incremental and reads answers as well as titles.
    for _ in 0..3 {
        press(&mut m, KeyCode::Char('r'));
    }
    assert_eq!(screen(&m).rating, None);
    press(&mut m, KeyCode::Char('/'));
    assert!(screen(&m).typing());
    type_text(&mut m, "half-termly");
    assert_eq!(ids(&m), [LONGER]);
    for _ in 0.."half-termly".len() {
        press(&mut m, KeyCode::Backspace);
    }
    type_text(&mut m, "CENSUS paperwork");
    // In a task description of every record that has tasks, the truncated one too.
    assert_eq!(ids(&m).len(), 6);
    // q is a letter while searching, and Esc clears the search without leaving.
    type_text(&mut m, "q");
    assert!(matches!(m.screen, Screen::Review(_)));
    press(&mut m, KeyCode::Esc);
    assert_eq!(ids(&m).len(), 9);
    assert!(!screen(&m).typing());
    let effects = press(&mut m, KeyCode::Esc);
    assert!(matches!(m.screen, Screen::Home(_)));
    assert!(matches!(
        effects[..],
        [Effect::ListDrafts, Effect::SyncStatus]
    ));
}

#[test]
fn the_home_screen_opens_review_mode_through_an_effect() {
    let mut m = model();
    let effects = press(&mut m, KeyCode::Char('r'));
    assert!(matches!(effects[..], [Effect::Review(ReviewEffect::Load)]));
    assert!(screen(&m).loading);
    assert!(render(&m, 80, 24).contains("Reading the records"));
    run(&mut m, FIXTURES, effects);
    assert_eq!(screen(&m).entries.len(), 9);
}

#[test]
fn a_broken_record_cannot_be_opened_and_says_why() {
    let mut m = table();
    press(&mut m, KeyCode::End);
    let effects = press(&mut m, KeyCode::Enter);
    assert!(effects.is_empty());
    let notice = m.notice.clone().unwrap();
    assert!(notice.error);
    assert!(
        notice.text.contains("not-yaml.yaml cannot be read"),
        "{}",
        notice.text
    );
}

#[test]
fn a_record_shows_its_integrity_first_and_scrolls() {
    let mut m = table();
    open(&mut m, FIXTURES, ALTERED);
    let screen80 = render(&m, 80, 24);
    assert!(
        screen80
            .lines()
            .nth(1)
            .unwrap()
            .starts_with("✗ ALTERED a17e4ed000 · Changed after it was saved: the content"),
        "{screen80}"
    );
    press(&mut m, KeyCode::Esc);
    open(&mut m, FIXTURES, GOOD);
    snap("review_record", &m);
    press(&mut m, KeyCode::End);
    let end = render(&m, 80, 24);
    assert!(end.contains("No responses yet"), "{end}");
    press(&mut m, KeyCode::Home);
    assert_eq!(render(&m, 80, 24), render(&table_open(GOOD), 80, 24));
}

fn table_open(id: &str) -> Model {
    let mut m = table();
    open(&mut m, FIXTURES, id);
    m
}

#[test]
fn compare_shows_the_changed_estimate_and_its_effect() {
    let mut m = table();
    let at = ids(&m).iter().position(|x| x == GOOD).unwrap();
    for _ in 0..at {
        press(&mut m, KeyCode::Down);
    }
    press(&mut m, KeyCode::Char('m'));
    assert_eq!(screen(&m).marked.as_deref(), Some(GOOD));
    // c with nothing else chosen says what to do.
    assert!(press(&mut m, KeyCode::Char('c')).is_empty());
    assert!(m.notice.as_ref().unwrap().error);
    open(&mut m, FIXTURES, LONGER);
    let effects = press(&mut m, KeyCode::Char('c'));
    run(&mut m, FIXTURES, effects);
    let Page::Compare(c) = &screen(&m).page else {
        panic!("not comparing")
    };
    let text: Vec<String> = c.rows.iter().map(|r| format!("{r:?}")).collect();
    let joined = text.join("\n");
    assert!(
        joined.contains(r#"Pair("  minutes.likely", "135", "180", true)"#),
        "{joined}"
    );
    assert!(
        joined.contains(r#"Pair("ALNCos", "+1.12", "+1.94 (+0.82)", true)"#),
        "{joined}"
    );
    assert!(joined.contains(r#"Pair("Teachers", "+0.07", "+0.07 (0.00)", false)"#));
    snap("review_compare", &m);
    press(&mut m, KeyCode::Esc);
    assert!(matches!(screen(&m).page, Page::Table));
}

/// Type into the response form: name, organisation, then to task 1's likely minutes.
fn fill_in(m: &mut Model) {
    type_text(m, "Gwen Morgan");
    press(m, KeyCode::Tab);
    type_text(m, "NEU Cymru");
    press(m, KeyCode::Tab); // position
    press(m, KeyCode::Right); // oppose
    press(m, KeyCode::Tab); // targets
    press(m, KeyCode::Enter); // comment on the assessment as a whole
    type_text(m, "Too fast.");
    press(m, KeyCode::BackTab); // back to the targets
}

#[test]
fn what_if_scores_the_reviewers_minutes_like_a_record_that_had_them() {
    let mut m = table();
    open(&mut m, FIXTURES, GOOD);
    press(&mut m, KeyCode::Char('a'));
    assert_eq!(respond_page(&m).focus, Focus::Name);
    fill_in(&mut m);
    assert_eq!(respond_page(&m).focus, Focus::Targets);
    // The general target, 13 flags, then task 1.
    for _ in 0..14 {
        press(&mut m, KeyCode::Down);
    }
    press(&mut m, KeyCode::Tab); // comment on task 1
    press(&mut m, KeyCode::Tab); // low
    type_text(&mut m, "90");
    press(&mut m, KeyCode::Tab);
    type_text(&mut m, "180");
    press(&mut m, KeyCode::Tab);
    type_text(&mut m, "300");
    let r = respond_page(&m);
    // The record made with those minutes scores exactly what the what-if shows.
    let longer = wia::review::open_record(
        &DataDir::new(FIXTURES),
        &Path::new(FIXTURES).join(format!("records/{LONGER}.yaml")),
        wia::i18n::Lang::En,
    )
    .unwrap();
    assert_eq!(r.what_if.roles, longer.results.roles);
    assert_eq!(r.what_if.rating, longer.results.rating);
    let alnco = r.what_if.roles["alnco"].per_person_hours_per_week.expected;
    let base = r.opened.results.roles["alnco"]
        .per_person_hours_per_week
        .expected;
    // Task 1: 15 reviews a term (x3) each at (90 + 4 x 180 + 300) / 6 = 185 minutes
    // instead of (75 + 4 x 135 + 240) / 6 = 142.5: 42.5 min x 45 / 60 / 39 weeks.
    assert!(
        (alnco - base - 42.5 * 45.0 / 60.0 / 39.0).abs() < 1e-9,
        "{alnco} {base}"
    );
    snap("review_respond", &m);
}

#[test]
fn a_response_is_stored_beside_the_record_and_never_changes_it() {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(Path::new(FIXTURES), dir.path());
    let root = dir.path().to_str().unwrap().to_string();
    let record = dir.path().join(format!("records/{GOOD}.yaml"));
    let before = std::fs::read(&record).unwrap();
    let mut m = table_of(&root);
    open(&mut m, &root, GOOD);
    press(&mut m, KeyCode::Char('a'));
    // Without a name the response is refused in place.
    let effects = ctrl(&mut m, 's');
    assert!(effects.is_empty());
    assert!(respond_page(&m).error.is_some());
    fill_in(&mut m);
    // Leaving keeps what was typed, and a comes back to it.
    let effects = press(&mut m, KeyCode::Esc);
    run(&mut m, &root, effects);
    assert!(matches!(screen(&m).page, Page::Record(_)));
    press(&mut m, KeyCode::Char('a'));
    assert_eq!(respond_page(&m).name.text(), "Gwen Morgan");
    let effects = ctrl(&mut m, 's');
    assert!(matches!(
        effects[..],
        [Effect::Review(ReviewEffect::Save { .. })]
    ));
    run(&mut m, &root, effects);
    let notice = m.notice.clone().unwrap();
    assert!(!notice.error, "{}", notice.text);
    assert!(notice.text.contains("the record was not changed"));
    assert_eq!(std::fs::read(&record).unwrap(), before);
    let stored = wia::review::response_files(&wia::store::DataDir::new(dir.path()), GOOD);
    assert_eq!(stored.len(), 1, "{stored:?}");
    let stored = &stored[0];
    let text = std::fs::read_to_string(stored).unwrap();
    assert!(text.contains("position: oppose"), "{text}");
    // `on` quoted: YAML 1.1 readers take a bare `on` for true.
    assert!(
        text.contains("- 'on': general\n  text: Too fast."),
        "{text}"
    );
    assert!(text.contains(&format!("record: {GOOD}\n")));
    // Back on the record, which lists the response.
    press(&mut m, KeyCode::End);
    let end = render(&m, 80, 24);
    assert!(end.contains("Gwen Morgan, NEU Cymru: oppose"), "{end}");
}

#[test]
fn a_response_to_a_record_changed_since_it_was_opened_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(Path::new(FIXTURES), dir.path());
    let root = dir.path().to_str().unwrap().to_string();
    let mut m = table_of(&root);
    open(&mut m, &root, GOOD);
    press(&mut m, KeyCode::Char('a'));
    fill_in(&mut m);
    let record = dir.path().join(format!("records/{GOOD}.yaml"));
    let text = std::fs::read_to_string(&record).unwrap();
    std::fs::write(&record, text.replace("likely: 135", "likely: 13")).unwrap();
    let effects = ctrl(&mut m, 's');
    run(&mut m, &root, effects);
    let notice = m.notice.clone().unwrap();
    assert!(notice.error);
    assert!(
        notice.text.contains("was changed after it was saved"),
        "{}",
        notice.text
    );
    assert!(!dir.path().join("responses").exists());
}

#[test]
fn table_snapshots() {
    let mut m = table();
    snap("review_table", &m);
    press(&mut m, KeyCode::Char('/'));
    type_text(&mut m, "termly");
    snap("review_table_search", &m);
}

#[test]
fn welsh_table() {
    let mut m = table();
    m.lang = wia::i18n::Lang::Cy;
    let screen = render(&m, 80, 24);
    assert!(screen.contains("Asesiadau a gadwyd: 9 o 9"), "{screen}");
    assert!(screen.contains("✗ NEWIDIWYD "), "{screen}");
    assert!(screen.contains("⚠ annarllenadwy"), "{screen}");
}

#[test]
#[cfg_attr(
    not(unix),
    ignore = "needs a Unix pseudo-terminal (see docs/platforms.md)"
)]
fn a_reviewer_does_it_all_from_the_keyboard_in_a_real_terminal() {
    use common::pty::{Key, TIMEOUT, Term};
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    copy_dir(Path::new(FIXTURES), &data);
    let record = data.join(format!("records/{LONGER}.yaml"));
    let before = std::fs::read(&record).unwrap();
    let config = dir.path().join("config");
    let cache = dir.path().join("cache");
    let env = [
        ("WIA_CACHE_DIR", cache.to_str().unwrap()),
        ("WIA_DATA_DIR", data.to_str().unwrap()),
        ("WIA_CONFIG_DIR", config.to_str().unwrap()),
        ("WIA_LANG", "en"),
    ];
    let mut t = Term::spawn(&["review"], &env, 80, 24);
    t.wait_for("Saved assessments: 9 of 9", TIMEOUT);
    t.keys("/half-termly");
    t.wait_for("Saved assessments: 1 of 9", TIMEOUT);
    t.key(Key::Enter);
    t.key(Key::Enter);
    t.wait_for("✓ intact 1149744634", TIMEOUT);
    t.keys("a");
    t.wait_for("Your name:", TIMEOUT);
    t.keys("Gwen Morgan");
    t.key(Key::Tab);
    t.keys("NEU Cymru");
    t.key(Key::CtrlS);
    t.wait_for("Response stored", TIMEOUT);
    t.key(Key::Esc);
    t.wait_for("Saved assessments", TIMEOUT);
    t.keys("q");
    t.wait_for("New assessment", TIMEOUT);
    t.keys("q");
    assert!(t.wait_exit(TIMEOUT).expect("quits").success());
    assert_eq!(std::fs::read(&record).unwrap(), before);
    assert_eq!(
        wia::review::response_files(&wia::store::DataDir::new(&data), LONGER).len(),
        1
    );
    // The hostile title's escape sequences never reached the terminal.
    let raw = String::from_utf8_lossy(&t.raw_output()).into_owned();
    assert!(!raw.contains("\u{1b}[31mTermly"));
    assert!(raw.contains("\u{1b}[?1049l"), "the terminal is restored");
}

#[test]
fn help_lists_every_key_of_each_page_in_words() {
    let mut m = table();
    for lang in [wia::i18n::Lang::En, wia::i18n::Lang::Cy] {
        m.lang = lang;
        press(&mut m, KeyCode::F(1));
        let screen = render(&m, 120, 40);
        assert!(!screen.contains("review-"), "{screen}");
        press(&mut m, KeyCode::Esc);
    }
    m.lang = wia::i18n::Lang::En;
    press(&mut m, KeyCode::F(1));
    let screen = render(&m, 120, 40);
    assert!(
        screen.contains("filter by status: all, final, draft, altered, unreadable"),
        "{screen}"
    );
    press(&mut m, KeyCode::Esc);
    open(&mut m, FIXTURES, GOOD);
    press(&mut m, KeyCode::Char('a'));
    m.lang = wia::i18n::Lang::Cy;
    let screen = render(&m, 80, 24);
    assert!(screen.contains("Eich enw:"), "{screen}");
    assert!(!screen.contains("review-"), "{screen}");
    press(&mut m, KeyCode::F(1));
    let screen = render(&m, 80, 24);
    assert!(screen.contains("gwirio a chadw'r ymateb"), "{screen}");
}
