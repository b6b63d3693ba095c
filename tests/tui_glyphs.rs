//! The classic Windows console's fonts (Consolas, Lucida Console) hold only the WGL4
//! set and it falls back to no other font; with `Glyphs::Basic` every screen is drawn
//! from that set, and still says every state with a symbol.

mod common;

use common::tui::*;
use wia::store::DataDir;
use wia::tui::glyphs::Glyphs;
use wia::tui::runtime::loaded_now;

/// Characters the classic console's fonts draw: ASCII, Latin-1 and Latin Extended-A,
/// the Welsh ẁ ẃ ẅ ỳ, and WGL4's punctuation, arrows, maths, box drawing, blocks and
/// shapes.
fn in_console_fonts(c: char) -> bool {
    matches!(c as u32,
        0x20..=0x7e | 0xa0..=0x17f | 0x1e80..=0x1e85 | 0x1ef2..=0x1ef3
        | 0x2013..=0x2015 | 0x2018..=0x201e | 0x2020..=0x2022 | 0x2026 | 0x2030
        | 0x2039 | 0x203a | 0x203c | 0x2190..=0x2195 | 0x2212 | 0x221a | 0x2260
        | 0x2264 | 0x2265 | 0x2500..=0x257f | 0x2580..=0x2593 | 0x25a0 | 0x25aa..=0x25ac
        | 0x25b2 | 0x25ba | 0x25bc | 0x25c4 | 0x25ca | 0x25cb | 0x25cf | 0x25d8 | 0x25d9
        | 0x25e6)
}

fn outside_fonts(screen: &str) -> Vec<char> {
    let mut bad: Vec<char> = screen
        .chars()
        .filter(|c| *c != '\n' && !in_console_fonts(*c))
        .collect();
    bad.dedup();
    bad
}

#[test]
fn the_review_table_in_a_classic_console_uses_only_its_fonts_symbols() {
    let mut m = model();
    m.data_dir = "tests/fixtures/review".into();
    loaded_now(&mut m, &DataDir::new("tests/fixtures/review"), None);
    let full = render(&m, 100, 24);
    assert!(!outside_fonts(&full).is_empty(), "the test shows nothing");
    m.glyphs = Glyphs::Basic;
    let screen = render(&m, 100, 24);
    assert_eq!(outside_fonts(&screen), Vec::<char>::new(), "{screen}");
    for state in ["√ intact", "× ALTERED", "! unreadable", "○ draft"] {
        assert!(screen.contains(state), "{state}\n{screen}");
    }
}

#[test]
fn the_questionnaire_in_a_classic_console_uses_only_its_fonts_symbols() {
    let mut m = assessing(example_answers());
    m.glyphs = Glyphs::Basic;
    let screen = render(&m, 100, 30);
    assert_eq!(outside_fonts(&screen), Vec::<char>::new(), "{screen}");
    assert!(screen.contains('√'), "{screen}");
}
