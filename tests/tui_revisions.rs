//! Revisions in the full-screen interface: review mode's table shows the latest revision
//! of each assessment (every one on request) with its place in the chain, an old revision
//! says what replaces it, `R` starts a revision as `wia revise` does, and finalising a
//! revision asks why before writing a record that names what it supersedes.
//!
//! The folders in tests/fixtures/revisions were made with the command line: `chain` is a
//! record and one revision of it, `gap` the revision without the record it revises, and
//! `fork` a record revised twice in two copies of a folder brought together.

mod common;

use std::path::{Path, PathBuf};

use common::tui::*;
use ratatui::crossterm::event::KeyCode;
use wia::store::DataDir;
use wia::tui::Model;
use wia::tui::model::{Overlay, Screen};
use wia::tui::msg::{Effect, Msg};
use wia::tui::runtime::loaded_now;
use wia::tui::screens::review_mode::{Page, ReviewScreen};
use wia::tui::update::review_msg as on_msg;
use wia::tui::{app, update};

const FIXTURES: &str = "tests/fixtures/revisions";
const SIZES: [(u16, u16); 2] = [(80, 24), (120, 40)];

/// Settings of the tests' own, with no signing key: finalising must not find the
/// developer's key. Set once, before any test reads it.
fn no_settings() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("tui-revisions-no-settings");
        // SAFETY: set once, before any test of this binary reads the environment.
        unsafe { std::env::set_var("WIA_CONFIG_DIR", dir) };
    });
}

fn snap(name: &str, m: &Model) {
    for (w, h) in SIZES {
        insta::assert_snapshot!(format!("{name}_{w}x{h}"), render(m, w, h));
    }
}

fn ids_in(dir: &Path) -> Vec<String> {
    let mut ids: Vec<String> = std::fs::read_dir(dir.join("records"))
        .unwrap()
        .filter_map(|e| {
            let p = e.unwrap().path();
            (p.extension()? == "yaml").then(|| p.file_stem().unwrap().to_string_lossy().into())
        })
        .collect();
    ids.sort();
    ids
}

/// The record a record revises, from its file.
fn supersedes(dir: &Path, id: &str) -> Option<String> {
    let text = std::fs::read_to_string(dir.join("records").join(format!("{id}.yaml"))).unwrap();
    let v: serde_yaml::Value = serde_yaml::from_str(&text).unwrap();
    v["revision"]["supersedes"].as_str().map(str::to_string)
}

/// (original, revision) of the `chain` fixture.
fn chain_ids() -> (String, String) {
    let dir = Path::new(FIXTURES).join("chain");
    let ids = ids_in(&dir);
    let revision = ids
        .iter()
        .find(|id| supersedes(&dir, id).is_some())
        .unwrap()
        .clone();
    (supersedes(&dir, &revision).unwrap(), revision)
}

fn table_of(dir: &Path) -> Model {
    no_settings();
    let mut m = model();
    m.data_dir = dir.display().to_string();
    loaded_now(&mut m, &DataDir::new(dir), None);
    m
}

fn screen(m: &Model) -> &ReviewScreen {
    match &m.screen {
        Screen::Review(s) => s,
        _ => panic!("not in review mode"),
    }
}

fn shown(m: &Model) -> Vec<String> {
    let s = screen(m);
    s.shown.iter().map(|&i| s.entries[i].id.clone()).collect()
}

fn run(m: &mut Model, dir: &Path, effects: Vec<Effect>) {
    for e in effects {
        if let Effect::Review(e) = e {
            let msg = wia::tui::runtime::review_effect(e, &DataDir::new(dir), m.lang);
            let more = on_msg(m, msg);
            run(m, dir, more);
        }
    }
}

fn open(m: &mut Model, dir: &Path, id: &str) {
    let at = shown(m).iter().position(|x| x == id).expect("shown");
    press(m, KeyCode::Home);
    for _ in 0..at {
        press(m, KeyCode::Down);
    }
    let effects = press(m, KeyCode::Enter);
    run(m, dir, effects);
    assert!(
        matches!(screen(m).page, Page::Record(_)),
        "{id} did not open"
    );
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

/// A copy of a fixture folder the test may write to.
fn scratch(name: &str) -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data");
    copy_dir(&Path::new(FIXTURES).join(name), &dir);
    (tmp, dir)
}

#[test]
fn the_table_shows_the_latest_revision_by_default_and_every_one_on_request() {
    let dir = Path::new(FIXTURES).join("chain");
    let (old, new) = chain_ids();
    let mut m = table_of(&dir);
    assert_eq!(shown(&m), std::slice::from_ref(&new));
    snap("revisions_latest", &m);
    let screen80 = render(&m, 80, 24);
    assert!(screen80.contains("REV"), "{screen80}");
    press(&mut m, KeyCode::Char('v'));
    let mut all = shown(&m);
    all.sort();
    assert_eq!(all, {
        let mut both = vec![old.clone(), new.clone()];
        both.sort();
        both
    });
    assert!(m.notice.as_ref().unwrap().text.contains("every revision"));
    snap("revisions_all", &m);
    let screen80 = render(&m, 80, 24);
    assert!(screen80.contains("1 old"), "{screen80}");
    press(&mut m, KeyCode::Char('v'));
    assert_eq!(shown(&m), [new]);
}

#[test]
fn a_missing_predecessor_is_shown_in_the_row_and_on_the_record_page() {
    let dir = Path::new(FIXTURES).join("gap");
    let mut m = table_of(&dir);
    let ids = shown(&m);
    assert_eq!(ids.len(), 1);
    let screen80 = render(&m, 80, 24);
    assert!(screen80.contains("1 gap"), "{screen80}");
    assert!(screen80.contains("not in the records"), "{screen80}");
    snap("revisions_gap", &m);
    open(&mut m, &dir, &ids[0]);
    let page = render(&m, 120, 40);
    assert!(page.contains("not in the records folder"), "{page}");
}

#[test]
fn a_fork_shows_both_branches_as_latest_and_says_so() {
    let dir = Path::new(FIXTURES).join("fork");
    let mut m = table_of(&dir);
    assert_eq!(shown(&m).len(), 2, "both branches are latest");
    let screen80 = render(&m, 80, 24);
    assert_eq!(screen80.matches("2 fork").count(), 2, "{screen80}");
    snap("revisions_fork", &m);
    let first = shown(&m)[0].clone();
    open(&mut m, &dir, &first);
    let page = render(&m, 120, 40);
    assert!(page.contains("revised more than once"), "{page}");
}

#[test]
fn an_old_revision_opens_with_a_banner_naming_what_replaces_it() {
    let dir = Path::new(FIXTURES).join("chain");
    let (old, new) = chain_ids();
    let mut m = table_of(&dir);
    press(&mut m, KeyCode::Char('v'));
    open(&mut m, &dir, &old);
    let page = render(&m, 80, 24);
    let banner = page.lines().nth(2).unwrap();
    assert!(
        banner.contains("OLD REVISION") && banner.contains(&new),
        "{page}"
    );
    snap("revisions_old_banner", &m);
    // The latest says nothing of the kind.
    press(&mut m, KeyCode::Esc);
    open(&mut m, &dir, &new);
    assert!(!render(&m, 80, 24).contains("OLD REVISION"));
}

#[test]
fn r_refuses_an_old_revision_a_draft_and_an_altered_record() {
    let dir = Path::new(FIXTURES).join("chain");
    let (old, _) = chain_ids();
    let mut m = table_of(&dir);
    press(&mut m, KeyCode::Char('v'));
    open(&mut m, &dir, &old);
    let effects = press(&mut m, KeyCode::Char('R'));
    assert!(effects.is_empty(), "{effects:?}");
    let notice = m.notice.clone().unwrap();
    assert!(notice.error);
    assert!(
        notice.text.contains("already been revised"),
        "{}",
        notice.text
    );

    // The review fixtures hold a draft record and an altered one.
    let review = Path::new("tests/fixtures/review");
    for (id, words) in [
        ("c606eda2c8", "is a draft"),
        ("a17e4ed000", "cannot be revised"),
    ] {
        let mut m = table_of(review);
        open(&mut m, review, id);
        let effects = press(&mut m, KeyCode::Char('R'));
        assert!(effects.is_empty(), "{id}: {effects:?}");
        let notice = m.notice.clone().unwrap();
        assert!(
            notice.error && notice.text.contains(words),
            "{id}: {}",
            notice.text
        );
    }
}

/// Press R on the latest record of a copy of `chain` and carry it out as the runtime
/// does: the model is then on the assessment of the new draft.
fn revising() -> (tempfile::TempDir, PathBuf, String, Model) {
    let (tmp, dir) = scratch("chain");
    let (_, latest) = chain_ids();
    let mut m = table_of(&dir);
    open(&mut m, &dir, &latest);
    let effects = press(&mut m, KeyCode::Char('R'));
    let [Effect::Revise(path)] = &effects[..] else {
        panic!("{effects:?}");
    };
    assert_eq!(path, &dir.join("records").join(format!("{latest}.yaml")));
    let opened = wia::tui::runtime::revise(&DataDir::new(&dir), path, m.lang);
    update(&mut m, Msg::Revising(opened));
    (tmp, dir, latest, m)
}

#[test]
fn r_starts_a_revision_with_every_answer_and_opens_it() {
    let (_tmp, dir, latest, m) = revising();
    let a = m.assessment().expect("the assessment is open");
    assert_eq!(a.draft.revises.as_ref().unwrap().id, latest);
    // Every task row of the record came with it.
    let record: serde_yaml::Value = serde_yaml::from_str(
        &std::fs::read_to_string(dir.join("records").join(format!("{latest}.yaml"))).unwrap(),
    )
    .unwrap();
    assert_eq!(
        a.tasks.len(),
        record["answers"]["tasks"].as_sequence().unwrap().len()
    );
    assert!(a.blocking().is_empty(), "{:?}", a.blocking());
    // The draft is on disk, naming what it revises.
    let draft =
        std::fs::read_to_string(dir.join("drafts").join(format!("{}.yaml", a.draft.id))).unwrap();
    assert!(draft.contains(&latest), "{draft}");
    assert!(m.notice.as_ref().unwrap().text.contains(&latest));
}

#[test]
fn finalising_a_revision_asks_why_refuses_an_empty_reason_and_esc_cancels() {
    let (_tmp, _dir, _, mut m) = revising();
    app::finalise(&mut m);
    press(&mut m, KeyCode::Char('y')); // finalising asks first
    assert!(matches!(m.overlay, Some(Overlay::Reason { .. })));
    let asked = render(&m, 80, 24);
    assert!(asked.contains("Why is it revised?"), "{asked}");
    // Empty (or only spaces) is refused, and the window stays.
    type_text(&mut m, "   ");
    let effects = press(&mut m, KeyCode::Enter);
    assert!(!effects.iter().any(|e| matches!(e, Effect::Finalise(_))));
    match &m.overlay {
        Some(Overlay::Reason { problem, .. }) => assert!(problem.is_some()),
        other => panic!("{other:?}"),
    }
    assert!(render(&m, 80, 24).contains("✗"));
    // Esc cancels: nothing is finalised, and the assessment is still there.
    let effects = press(&mut m, KeyCode::Esc);
    assert!(effects.is_empty(), "{effects:?}");
    assert!(m.overlay.is_none());
    assert!(m.assessment().is_some());
    assert!(m.notice.as_ref().unwrap().text.contains("needs a reason"));
}

#[test]
fn enter_finalises_a_record_that_names_its_predecessor_and_the_reason() {
    let (_tmp, dir, latest, mut m) = revising();
    app::finalise(&mut m);
    press(&mut m, KeyCode::Char('y')); // finalising asks first
    type_text(&mut m, "Zyxwv: new costings");
    let effects = press(&mut m, KeyCode::Enter);
    assert!(m.overlay.is_none());
    let a = effects
        .iter()
        .find_map(|e| match e {
            Effect::Finalise(a) => Some(a.clone()),
            _ => None,
        })
        .expect("finalised");
    // The reason goes with the assessment, never into the draft file.
    assert_eq!(a.reason.as_deref(), Some("Zyxwv: new costings"));
    assert!(
        !serde_yaml::to_string(&a.to_draft())
            .unwrap()
            .contains("Zyxwv")
    );
    let done = wia::tui::runtime::finalise(&DataDir::new(&dir), &a).expect("saved");
    assert_eq!(done.revises.as_deref(), Some(latest.as_str()));
    let text = std::fs::read_to_string(&done.record).unwrap();
    let v: serde_yaml::Value = serde_yaml::from_str(&text).unwrap();
    assert_eq!(v["revision"]["supersedes"].as_str(), Some(latest.as_str()));
    assert_eq!(
        v["revision"]["reason"].as_str(),
        Some("Zyxwv: new costings")
    );
    assert!(
        v["revision"]["supersedes_digest"]
            .as_str()
            .unwrap()
            .starts_with("sha256:")
    );
    assert!(v["assessor"]["name"].as_str().is_some() && v["created"].as_str().is_some());
    // The record revised is unchanged and the draft is gone.
    assert!(dir.join("records").join(format!("{latest}.yaml")).exists());
    assert!(
        !dir.join("drafts")
            .join(format!("{}.yaml", a.draft.id))
            .exists()
    );
    update(&mut m, Msg::Finalised(Ok(done)));
    let screen = render(&m, 80, 24);
    assert!(
        screen.contains(&format!("revises record {latest}")),
        "{screen}"
    );
    assert!(screen.contains("Not signed: no signing key"), "{screen}");
}
