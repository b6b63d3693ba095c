//! Review mode while its list is being read: the table shows at once with how many
//! records have been read, rows join it in its sort and filters as they arrive, the
//! cursor stays on its record, and keys answer all the while.

mod common;

use common::tui::*;
use ratatui::crossterm::event::KeyCode;
use wia::i18n::Lang;
use wia::review::{Entry, load_index};
use wia::store::DataDir;
use wia::tui::Model;
use wia::tui::model::Screen;
use wia::tui::msg::{Effect, ReviewMsg};
use wia::tui::screens::review_mode::{ReviewEffect, ReviewScreen};
use wia::tui::update::review_msg;

const FIXTURES: &str = "tests/fixtures/review";
const SIZES: [(u16, u16); 2] = [(80, 24), (100, 30)];

fn screen(m: &Model) -> &ReviewScreen {
    match &m.screen {
        Screen::Review(s) => s,
        _ => panic!("not in review mode"),
    }
}

fn ids(m: &Model) -> Vec<String> {
    let s = screen(m);
    s.shown.iter().map(|&i| s.entries[i].id.clone()).collect()
}

fn here(m: &Model) -> Option<String> {
    screen(m).current().map(|e| e.id.clone())
}

/// Review mode just opened, as `wia review` or the home menu opens it, in `lang`.
fn opening(lang: Lang) -> (Model, Vec<Entry>) {
    let mut m = model_in(lang);
    m.data_dir = FIXTURES.into();
    let effects = wia::tui::app::enter_review(&mut m);
    assert!(matches!(effects[..], [Effect::Review(ReviewEffect::Load)]));
    (m, load_index(&DataDir::new(FIXTURES), lang))
}

fn reading(m: &mut Model, done: usize, total: usize, batch: &[Entry]) {
    let effects = review_msg(
        m,
        ReviewMsg::Reading {
            done,
            total,
            batch: batch.to_vec(),
        },
    );
    assert!(effects.is_empty());
}

/// The entries in the order the threads might finish them: the list's end first.
fn batches(all: &[Entry]) -> (Vec<Entry>, Vec<Entry>, Vec<Entry>) {
    let n = all.len();
    (
        all[n - 3..].to_vec(),
        all[..3].to_vec(),
        all[3..n - 3].to_vec(),
    )
}

#[test]
fn rows_join_the_table_in_its_order_as_they_are_read() {
    let (mut m, all) = opening(Lang::En);
    let total = all.len();
    reading(&mut m, 0, total, &[]);
    assert!(ids(&m).is_empty());
    assert_eq!(screen(&m).reading, Some((0, total)));
    let (a, b, c) = batches(&all);
    reading(&mut m, a.len(), total, &a);
    assert_eq!(ids(&m).len(), a.len());
    // The user sorts by another column while the rows come in.
    press(&mut m, KeyCode::Char('1'));
    assert_ne!(screen(&m).sort, wia::review::Column::Date);
    reading(&mut m, a.len() + b.len(), total, &b);
    let mut sorted = [a.clone(), b.clone()].concat();
    let s = screen(&m);
    wia::review::sort_entries(&mut sorted, s.sort, s.descending);
    let sorted: Vec<String> = sorted.into_iter().map(|e| e.id).collect();
    assert_eq!(ids(&m), sorted, "in the table's sort, not the order read");
    // The cursor is put on a record; the next rows come in before and after it.
    press(&mut m, KeyCode::Down);
    press(&mut m, KeyCode::Down);
    let chosen = here(&m).expect("a record under the cursor");
    reading(&mut m, total, total, &c);
    assert_eq!(
        here(&m).as_deref(),
        Some(chosen.as_str()),
        "the cursor kept its record"
    );
    assert_eq!(screen(&m).entries.len(), total);
    review_msg(&mut m, ReviewMsg::Loaded(all.clone()));
    let s = screen(&m);
    assert!(!s.loading && s.reading.is_none());
    assert_eq!(here(&m).as_deref(), Some(chosen.as_str()));
    // The whole list replaces the rows as read: the same rows.
    let mut whole = ids(&m);
    whole.sort();
    let mut expected: Vec<String> = all.iter().map(|e| e.id.clone()).collect();
    expected.sort();
    assert_eq!(whole, expected);
}

#[test]
fn a_search_typed_while_reading_filters_the_rows_still_to_come() {
    let (mut m, all) = opening(Lang::En);
    reading(&mut m, 0, all.len(), &[]);
    press(&mut m, KeyCode::Char('/'));
    type_text(&mut m, "half-termly");
    let (a, b, c) = batches(&all);
    let mut done = 0;
    for batch in [a, b, c] {
        done += batch.len();
        reading(&mut m, done, all.len(), &batch);
    }
    let filter = screen(&m).filter();
    let matching: Vec<&Entry> = all.iter().filter(|e| filter.matches(e)).collect();
    assert_eq!(ids(&m).len(), matching.len());
    assert!(ids(&m).len() < all.len(), "{:?}", ids(&m));
}

#[test]
fn keys_answer_while_reading_and_a_record_waits_for_the_list() {
    let (mut m, all) = opening(Lang::En);
    let (a, _, _) = batches(&all);
    reading(&mut m, a.len(), all.len(), &a);
    press(&mut m, KeyCode::Down);
    assert_eq!(screen(&m).cursor, 1);
    press(&mut m, KeyCode::Up);
    // Opening a record reads every record for its revisions: not while they are read.
    let readable = ids(&m)
        .iter()
        .position(|id| {
            let s = screen(&m);
            s.entry(id).is_some_and(|e| e.info.is_some())
        })
        .expect("a readable record");
    for _ in 0..readable {
        press(&mut m, KeyCode::Down);
    }
    let effects = press(&mut m, KeyCode::Enter);
    assert!(effects.is_empty(), "{effects:?}");
    let notice = m.notice.as_ref().expect("said why").text.clone();
    assert!(notice.contains("Still reading the records"), "{notice}");
    // Leaving answers at once; what the reading still says is not for the home screen.
    press(&mut m, KeyCode::Esc);
    assert!(matches!(m.screen, Screen::Home(_)), "left review mode");
    let effects = review_msg(&mut m, ReviewMsg::Loaded(all.clone()));
    assert!(effects.is_empty());
    assert!(matches!(m.screen, Screen::Home(_)));
}

#[test]
fn q_leaves_and_ctrl_c_quits_while_reading() {
    let (mut m, all) = opening(Lang::En);
    reading(&mut m, 0, all.len(), &[]);
    press(&mut m, KeyCode::Char('q'));
    assert!(matches!(m.screen, Screen::Home(_)), "q goes home");
    let (mut m, _) = opening(Lang::En);
    reading(&mut m, 0, all.len(), &[]);
    ctrl(&mut m, 'c');
    assert!(m.quit);
}

#[test]
fn a_list_read_again_keeps_its_rows_until_the_new_one_is_whole() {
    let (mut m, all) = opening(Lang::En);
    review_msg(&mut m, ReviewMsg::Loaded(all.clone()));
    let before = ids(&m);
    let effects = press(&mut m, KeyCode::F(5));
    assert!(
        matches!(effects[..], [Effect::Review(ReviewEffect::Load)]),
        "{effects:?}"
    );
    reading(&mut m, 0, all.len(), &[]);
    reading(&mut m, 3, all.len(), &all[..3]);
    assert_eq!(ids(&m), before, "no row twice, none gone");
    assert_eq!(screen(&m).reading, Some((3, all.len())));
    review_msg(&mut m, ReviewMsg::Loaded(all.clone()));
    assert_eq!(ids(&m), before);
}

fn snap(name: &str, m: &Model) {
    for (w, h) in SIZES {
        insta::assert_snapshot!(format!("{name}_{w}x{h}"), render(m, w, h));
    }
}

#[test]
fn snapshots_of_the_table_while_it_is_read() {
    for (lang, tag) in [(Lang::En, "en"), (Lang::Cy, "cy")] {
        let (mut m, all) = opening(lang);
        // Counts as a large folder would show them, with the fixture's rows.
        reading(&mut m, 0, 10_000, &[]);
        snap(&format!("review_reading_begun_{tag}"), &m);
        reading(&mut m, 3_412, 10_000, &all[..5]);
        snap(&format!("review_reading_part_{tag}"), &m);
    }
}
