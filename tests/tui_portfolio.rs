//! The cumulative workload screen over the hand-worked folder of tests/portfolio.rs:
//! opened from the home screen and from review mode, the chart by term for one role, the
//! term under the cursor with its policies largest first and its flags; snapshots at
//! 80 x 24 and 120 x 40 in English and Welsh.

mod common;

use common::portfolio_folder::folder;
use common::tui::{model_in, press, render};
use ratatui::crossterm::event::KeyCode;
use wia::i18n::Lang;
use wia::store::DataDir;
use wia::tui::model::Screen;
use wia::tui::msg::Msg;
use wia::tui::{Effect, Model, update};

/// The screen opened with `p` from the home screen, its records read as the runtime
/// reads them.
fn opened(data: &std::path::Path, lang: Lang) -> Model {
    let mut m = model_in(lang);
    let effects = press(&mut m, KeyCode::Char('p'));
    assert!(matches!(effects[..], [Effect::Portfolio]), "{effects:?}");
    assert!(render(&m, 80, 24).contains(if lang == Lang::En {
        "Reading the records"
    } else {
        "Yn darllen y cofnodion"
    }));
    let loaded = wia::tui::runtime::portfolio(&DataDir::new(data), lang);
    update(&mut m, Msg::Portfolio(Box::new(loaded)));
    m
}

fn screen(m: &Model) -> &wia::tui::screens::portfolio::PortfolioScreen {
    match &m.screen {
        Screen::Portfolio(s) => s,
        _ => panic!("not on the cumulative workload"),
    }
}

#[test]
fn the_chart_and_the_term_under_the_cursor_at_two_sizes_in_both_languages() {
    let dir = folder();
    for lang in [Lang::En, Lang::Cy] {
        let mut m = opened(dir.path(), lang);
        for (w, h) in [(80, 24), (120, 40)] {
            insta::assert_snapshot!(format!("portfolio_{lang:?}_{w}x{h}"), render(&m, w, h));
        }
        // The next term, then the next role: the screen follows.
        press(&mut m, KeyCode::Right);
        press(&mut m, KeyCode::Down);
        insta::assert_snapshot!(
            format!("portfolio_moved_{lang:?}_80x24"),
            render(&m, 80, 24)
        );
    }
}

#[test]
fn the_term_under_the_cursor_lists_its_policies_largest_first_with_the_report_s_figures() {
    let dir = folder();
    let mut m = opened(dir.path(), Lang::En);
    let p = screen(&m).portfolio.clone().expect("read");
    // Alpha and Bravo start in 2027/28 autumn; Charlie in spring (see tests/portfolio.rs).
    assert_eq!(p.terms[0].term.key(), "2027/28 autumn");
    let teacher = p.roles.iter().position(|r| r == "teacher").unwrap();
    while screen(&m).role != teacher {
        let key = if screen(&m).role < teacher {
            KeyCode::Down
        } else {
            KeyCode::Up
        };
        press(&mut m, key);
    }
    let shown = render(&m, 120, 40);
    let r = p.figures(0, "teacher").unwrap();
    let want = format!("{:.2}", r.average_weekly.expected);
    assert!(shown.contains(&want), "{want} not in:\n{shown}");
    // Largest first: the first policy listed is the largest share.
    let first = &r.shares[0].policy.title;
    let second = &r.shares[1].policy.title;
    let at = |t: &str| shown.find(&format!("“{t}”")).expect("listed");
    assert!(at(first) < at(second), "{shown}");
    // The two significant changes starting together are flagged in this term.
    assert!(shown.contains("‼"), "{shown}");
    // Past the last term the cursor stays on it.
    for _ in 0..20 {
        press(&mut m, KeyCode::Right);
    }
    assert_eq!(screen(&m).term, p.terms.len() - 1);
    let effects = press(&mut m, KeyCode::Esc);
    assert!(matches!(m.screen, Screen::Home(_)), "{effects:?}");
}

#[test]
fn review_mode_opens_it_too_and_an_empty_folder_says_there_is_no_timeline() {
    let empty = tempfile::tempdir().unwrap();
    let mut m = model_in(Lang::En);
    wia::tui::runtime::loaded_now(&mut m, &DataDir::new(empty.path()), None);
    let effects = press(&mut m, KeyCode::Char('p'));
    assert!(matches!(effects[..], [Effect::Portfolio]), "{effects:?}");
    let loaded = wia::tui::runtime::portfolio(&DataDir::new(empty.path()), Lang::En);
    update(&mut m, Msg::Portfolio(Box::new(loaded)));
    let shown = render(&m, 80, 24);
    assert!(shown.contains("no timeline to show"), "{shown}");
}

/// At 60 x 16 the spring term's detail (figures, three policies, three flags) runs past
/// the space under the chart: PgDn brings the last flag into view, PgUp goes back, and
/// moving to another term starts its detail from the top.
#[test]
fn the_term_detail_scrolls_when_it_is_longer_than_the_space_under_the_chart() {
    let dir = folder();
    let mut m = opened(dir.path(), Lang::En);
    press(&mut m, KeyCode::Right);
    let teacher = screen(&m)
        .portfolio
        .as_ref()
        .unwrap()
        .roles
        .iter()
        .position(|r| r == "teacher")
        .unwrap();
    while screen(&m).role != teacher {
        let key = if screen(&m).role < teacher {
            KeyCode::Down
        } else {
            KeyCode::Up
        };
        press(&mut m, key);
    }
    let last_flag = "starts part-way";
    let before = render(&m, 60, 16);
    assert!(before.contains("2027/28 spring"), "{before}");
    assert!(!before.contains(last_flag), "already in view:\n{before}");
    for _ in 0..4 {
        press(&mut m, KeyCode::PageDown);
    }
    let after = render(&m, 60, 16);
    assert!(
        after.contains(last_flag),
        "PgDn shows the last flag:\n{after}"
    );
    for _ in 0..4 {
        press(&mut m, KeyCode::PageUp);
    }
    assert!(render(&m, 60, 16).contains("2027/28 spring"));
    press(&mut m, KeyCode::PageDown);
    press(&mut m, KeyCode::Left);
    assert_eq!(screen(&m).scroll, 0, "another term starts at its top");
}
