//! Issue 15, review mode: no message id on screen, sort digits that number the columns
//! shown, a table that gives the title the room, a response form in the screen's
//! language with its focused field plain to see, and `R` that offers to resume a
//! revision already begun rather than start a second.

mod common;

use std::path::Path;

use common::tui::*;
use ratatui::crossterm::event::KeyCode;
use wia::i18n::Lang;
use wia::review::Column;
use wia::store::DataDir;
use wia::tui::model::{Confirm, Model, Overlay, Screen};
use wia::tui::msg::{Effect, Msg};
use wia::tui::runtime::loaded_now;
use wia::tui::screens::review_mode::{Page, ReviewScreen, StatusFilter};
use wia::tui::screens::review_state::{Focus, RespondPage};
use wia::tui::update;
use wia::tui::update::review_msg as on_msg;

const FIXTURES: &str = "tests/fixtures/review";
const GOOD: &str = "9490d10358";
const SIZES: [(u16, u16); 3] = [(80, 24), (100, 30), (200, 60)];

fn snap(name: &str, m: &mut Model) {
    for (w, h) in SIZES {
        update(m, Msg::Resize(w, h));
        let lang = match m.lang {
            Lang::En => "en",
            Lang::Cy => "cy",
        };
        insta::assert_snapshot!(format!("{name}_{lang}_{w}x{h}"), render(m, w, h));
    }
    update(m, Msg::Resize(80, 24));
}

fn table_in(dir: &str, lang: Lang) -> Model {
    let mut m = model_in(lang);
    m.data_dir = dir.into();
    loaded_now(&mut m, &DataDir::new(dir), None);
    m
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

fn open(m: &mut Model, dir: &str, id: &str) {
    let at = ids(m).iter().position(|x| x == id).expect("shown");
    press(m, KeyCode::Home);
    for _ in 0..at {
        press(m, KeyCode::Down);
    }
    let effects = press(m, KeyCode::Enter);
    run(m, dir, effects);
}

/// A message id on screen: `review-…`, `…-state-…`, `confirm-…` and the like.
fn raw_id(screen: &str) -> Option<String> {
    screen
        .split(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
        .find(|w| {
            let parts: Vec<&str> = w.split('-').collect();
            parts.len() >= 3
                && parts
                    .iter()
                    .all(|p| p.chars().all(|c| c.is_ascii_lowercase()) && !p.is_empty())
        })
        .map(str::to_string)
}

#[test]
fn every_status_filter_is_said_in_words_never_as_a_message_id() {
    for lang in [Lang::En, Lang::Cy] {
        let mut m = table_in(FIXTURES, lang);
        let mut seen = Vec::new();
        for _ in 0..5 {
            let status = screen(&m).status;
            seen.push(status);
            for (w, h) in SIZES {
                let text = render(&m, w, h);
                assert!(!text.contains("review-"), "{status:?} {lang:?}\n{text}");
                assert!(!text.contains("-state-"), "{status:?} {lang:?}\n{text}");
                assert_eq!(raw_id(&text), None, "{status:?} {lang:?}\n{text}");
            }
            press(&mut m, KeyCode::Char('s'));
        }
        assert_eq!(seen.len(), 5);
        assert_eq!(screen(&m).status, StatusFilter::All);
    }
    let mut m = table_in(FIXTURES, Lang::En);
    press(&mut m, KeyCode::Char('s'));
    let top = render(&m, 120, 40).lines().nth(1).unwrap().to_string();
    assert!(top.contains("status final"), "{top}");
    m.lang = Lang::Cy;
    let top = render(&m, 120, 40).lines().nth(1).unwrap().to_string();
    assert!(top.contains("statws terfynol"), "{top}");
}

#[test]
fn the_sort_digits_number_the_columns_shown_left_to_right() {
    let mut m = table_in(FIXTURES, Lang::En);
    update(&mut m, Msg::Resize(80, 24));
    let text = render(&m, 80, 24);
    let heading = text.lines().nth(4).unwrap();
    // Six columns at 80: each numbered in its heading.
    for (n, word) in [
        (1, "TITLE"),
        (2, "DATE"),
        (3, "RATING"),
        (4, "H/WEEK"),
        (5, "INTEGRITY"),
        (6, "SIG"),
    ] {
        assert!(heading.contains(&format!("{n} {word}")), "{heading}");
    }
    assert!(!heading.contains("7 "), "{heading}");
    // 2 is the second column shown (the date), not the second of nine (the title).
    press(&mut m, KeyCode::Char('2'));
    assert_eq!(screen(&m).sort, Column::Date);
    press(&mut m, KeyCode::Char('3'));
    assert_eq!(screen(&m).sort, Column::Rating);
    press(&mut m, KeyCode::Char('4'));
    assert_eq!(screen(&m).sort, Column::Hours);
    // No seventh column at 80: 7 does nothing.
    press(&mut m, KeyCode::Char('7'));
    assert_eq!(screen(&m).sort, Column::Hours);
    // Wider, the assessor shows second.
    update(&mut m, Msg::Resize(120, 40));
    press(&mut m, KeyCode::Char('2'));
    assert_eq!(screen(&m).sort, Column::Assessor);
}

#[test]
fn at_80_columns_the_title_gets_the_room_in_both_languages() {
    // It had 13 columns in English and 8 in Welsh.
    for (lang, heading, at_least) in [(Lang::En, "1 TITLE", 22), (Lang::Cy, "1 TEITL", 16)] {
        let m = table_in(FIXTURES, lang);
        let text = render(&m, 80, 24);
        let line = text.lines().nth(4).unwrap();
        // The title's width is the distance from its heading to the next one's.
        let start = line.find(heading).unwrap();
        let rest = &line[start + heading.len()..];
        let gap = rest.chars().take_while(|c| *c == ' ').count();
        let width = heading.chars().count() + gap;
        assert!(width >= at_least, "{lang:?}: {width}\n{text}");
        // No revision column: every record here is its assessment's first.
        assert!(!line.contains("REV") && !line.contains("DIWYG"), "{line}");
    }
}

#[test]
fn table_snapshots_in_both_languages() {
    for lang in [Lang::En, Lang::Cy] {
        let mut m = table_in(FIXTURES, lang);
        snap("issue15_review_table", &mut m);
    }
}

/// The response form open on the worked example, with the organisation longer than its
/// field.
fn responding(lang: Lang) -> Model {
    let mut m = table_in(FIXTURES, lang);
    open(&mut m, FIXTURES, GOOD);
    press(&mut m, KeyCode::Char('a'));
    type_text(&mut m, "Gwen Morgan");
    press(&mut m, KeyCode::Tab);
    type_text(
        &mut m,
        "Regional Consortium Policy and Development Division",
    );
    press(&mut m, KeyCode::Tab);
    m
}

#[test]
fn the_organisation_shows_from_its_start_with_an_ellipsis_when_cut() {
    let m = responding(Lang::En);
    assert_eq!(respond_page(&m).focus, Focus::Position);
    let text = render(&m, 80, 24);
    let line = text.lines().find(|l| l.contains("Organisation:")).unwrap();
    assert!(line.contains("Organisation: Regional"), "{line}");
    assert!(line.contains('…'), "{line}");
    assert!(!line.contains("Organisation: ent Division"), "{line}");
}

#[test]
fn sections_on_the_response_form_are_in_the_screens_language() {
    // The worked example is an English record; the reviewer works in Welsh.
    let mut m = responding(Lang::Cy);
    let r = respond_page(&m);
    let sections = r
        .targets
        .iter()
        .position(|t| matches!(t, wia::tui::screens::review_state::Target::Section { .. }))
        .unwrap();
    press(&mut m, KeyCode::Tab); // to the targets
    for _ in 0..sections {
        press(&mut m, KeyCode::Down);
    }
    let text = render(&m, 120, 40);
    let q = wia::questionnaire::bundled("wia-policy").unwrap();
    let first = &q.sections[0].title;
    assert_ne!(first.get(Lang::Cy), first.get(Lang::En));
    assert!(text.contains(first.get(Lang::Cy)), "{text}");
    assert!(!text.contains(first.get(Lang::En)), "{text}");
}

#[test]
fn the_position_goes_round_both_ways() {
    let mut m = responding(Lang::En);
    assert_eq!(respond_page(&m).position, 1);
    press(&mut m, KeyCode::Left);
    assert_eq!(respond_page(&m).position, 0);
    press(&mut m, KeyCode::Left);
    assert_eq!(
        respond_page(&m).position,
        2,
        "left from the first goes to the last"
    );
    press(&mut m, KeyCode::Right);
    assert_eq!(
        respond_page(&m).position,
        0,
        "right from the last goes to the first"
    );
}

#[test]
fn the_focused_field_is_marked_and_reversed() {
    let mut m = responding(Lang::En);
    press(&mut m, KeyCode::BackTab); // organisation
    let text = render(&m, 80, 24);
    assert!(text.contains("▶ Organisation:"), "{text}");
    assert!(!text.contains("▶ Your name:"), "{text}");
    // Reversed too, so it shows without colour.
    let mut t = ratatui::Terminal::new(ratatui::backend::TestBackend::new(80, 24)).unwrap();
    t.draw(|f| wia::tui::view(&m, f)).unwrap();
    let buf = t.backend().buffer().clone();
    let (x, y) = (0..24u16)
        .flat_map(|y| (0..80u16).map(move |x| (x, y)))
        .find(|&(x, y)| buf[(x, y)].symbol() == "▶")
        .unwrap();
    assert!(
        buf[(x, y)]
            .modifier
            .contains(ratatui::style::Modifier::REVERSED)
    );
}

#[test]
fn response_snapshots_in_both_languages() {
    for lang in [Lang::En, Lang::Cy] {
        let mut m = responding(lang);
        snap("issue15_review_respond", &mut m);
    }
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
fn r_on_a_record_with_a_revision_begun_offers_to_resume_it() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data");
    copy_dir(Path::new(FIXTURES), &dir);
    let root = dir.to_str().unwrap().to_string();
    let data = DataDir::new(&dir);
    let record = dir.join(format!("records/{GOOD}.yaml"));
    // A revision begun earlier (as `wia revise` or R would).
    let (first, _) = wia::review::start_revision(&data, &record, Lang::En).unwrap();
    let mut m = table_in(&root, Lang::En);
    open(&mut m, &root, GOOD);
    let effects = press(&mut m, KeyCode::Char('R'));
    let [Effect::Revise(path)] = &effects[..] else {
        panic!("{effects:?}");
    };
    let found = wia::tui::runtime::begun_revision(&data, path, Lang::En);
    assert_eq!(found, Some((first.id.clone(), GOOD.to_string())));
    let (draft, rec) = found.unwrap();
    update(&mut m, Msg::RevisionBegun { draft, record: rec });
    assert_eq!(
        m.overlay,
        Some(Overlay::Confirm(Confirm::ResumeRevision {
            draft: first.id.clone(),
            record: GOOD.into()
        }))
    );
    let asked = render(&m, 80, 24);
    assert!(
        asked.contains(&first.id) && asked.contains("Resume"),
        "{asked}"
    );
    // The draft's id comes from the clock: shown as ### so the picture stays put.
    for lang in [Lang::En, Lang::Cy] {
        m.lang = lang;
        for (w, h) in SIZES {
            update(&mut m, Msg::Resize(w, h));
            let code = if lang == Lang::En { "en" } else { "cy" };
            let shown = render(&m, w, h).replace(&first.id, &"#".repeat(first.id.chars().count()));
            insta::assert_snapshot!(format!("issue15_resume_revision_{code}_{w}x{h}"), shown);
        }
        update(&mut m, Msg::Resize(80, 24));
    }
    m.lang = Lang::En;
    // Yes opens that draft; no second draft is made.
    let effects = press(&mut m, KeyCode::Char('y'));
    assert!(
        matches!(&effects[..], [Effect::OpenDraft(id)] if *id == first.id),
        "{effects:?}"
    );
    let drafts = std::fs::read_dir(dir.join("drafts"))
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .unwrap()
                .path()
                .extension()
                .is_some_and(|x| x == "yaml")
        })
        .count();
    assert_eq!(drafts, 1);
    // n (or Esc) leaves things as they were.
    update(
        &mut m,
        Msg::RevisionBegun {
            draft: first.id.clone(),
            record: GOOD.into(),
        },
    );
    assert!(press(&mut m, KeyCode::Char('n')).is_empty());
    assert!(m.overlay.is_none());
    // Without a draft begun, R starts one as before.
    std::fs::remove_file(dir.join(format!("drafts/{}.yaml", first.id))).unwrap();
    assert_eq!(
        wia::tui::runtime::begun_revision(&data, path, Lang::En),
        None
    );
}

#[test]
fn flags_on_the_response_form_are_in_words_in_the_screens_language_never_ids() {
    for lang in [Lang::En, Lang::Cy] {
        let m = responding(lang);
        let r = respond_page(&m);
        let flags: Vec<_> = r
            .targets
            .iter()
            .filter_map(|t| match t {
                wia::tui::screens::review_state::Target::Flag { id, words } => {
                    Some((id.clone(), words.clone()))
                }
                _ => None,
            })
            .collect();
        assert!(!flags.is_empty(), "the worked example fires flags");
        // The records' own questionnaire, which has these flags in English only: the
        // screen says them in English rather than by id.
        let (q, _) = wia::questionnaire::load_named_file(
            std::path::Path::new("tests/fixtures/review/questionnaires/c186cf247663724d257b0cf5174d5d49bc3acc656ca610f25e35f77cb3ff3bc9.yaml"),
            lang,
        )
        .unwrap();
        for (id, words) in &flags {
            let want = q.flag(id).unwrap().message.get(lang);
            let shown = if lang == Lang::En {
                &words[0]
            } else {
                &words[1]
            };
            assert_eq!(shown, want);
        }
        // Walk the targets: no line on screen names a flag by its id.
        let mut m = m;
        press(&mut m, KeyCode::BackTab);
        press(&mut m, KeyCode::BackTab);
        for _ in 0..6 {
            let text = render(&m, 120, 40);
            for (id, _) in &flags {
                assert!(!text.contains(id.as_str()), "{id} on screen:\n{text}");
            }
            press(&mut m, KeyCode::Down);
        }
    }
}
