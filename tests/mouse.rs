//! The mouse, as in gitui or lazygit: a click on a row moves there and a second click on it
//! chooses it; the wheel moves as the arrow keys do; a click where nothing is, or outside a
//! window, does nothing; keys work as before.

mod common;

use common::tui::{model_in, render};
use ratatui::crossterm::event::{KeyModifiers, MouseButton, MouseEvent, MouseEventKind};
use wia::i18n::Lang;
use wia::tui::model::Screen;
use wia::tui::msg::Msg;
use wia::tui::{Effect, update};

fn at(kind: MouseEventKind, column: u16, row: u16) -> Msg {
    Msg::Mouse(MouseEvent {
        kind,
        column,
        row,
        modifiers: KeyModifiers::NONE,
    })
}

fn click(m: &mut wia::tui::Model, column: u16, row: u16) -> Vec<Effect> {
    update(m, at(MouseEventKind::Down(MouseButton::Left), column, row))
}

/// The screen row a text is drawn on, and its first column.
fn find(screen: &str, text: &str) -> (u16, u16) {
    screen
        .lines()
        .enumerate()
        .find_map(|(row, line)| {
            let byte = line.find(text)?;
            Some((line[..byte].chars().count() as u16, row as u16))
        })
        .unwrap_or_else(|| panic!("{text:?} is not on the screen:\n{screen}"))
}

fn cursor(m: &wia::tui::Model) -> usize {
    match &m.screen {
        Screen::Home(h) => h.cursor,
        _ => panic!("not on the home screen"),
    }
}

#[test]
fn a_click_on_a_home_row_moves_there_and_a_second_click_chooses_it() {
    for lang in [Lang::En, Lang::Cy] {
        let mut m = model_in(lang);
        update(&mut m, Msg::Resize(80, 24));
        let screen = render(&m, 80, 24);
        let review = if lang == Lang::En {
            "Review saved assessments"
        } else {
            "Adolygu asesiadau"
        };
        let (col, row) = find(&screen, review);
        assert!(click(&mut m, col + 2, row).is_empty());
        assert_eq!(cursor(&m), 1);
        let effects = click(&mut m, col + 2, row);
        assert!(matches!(m.screen, Screen::Review(_)), "{effects:?}");
    }
}

#[test]
fn clicks_where_nothing_is_do_nothing() {
    let mut m = model_in(Lang::En);
    update(&mut m, Msg::Resize(80, 24));
    // The title, the border, a blank row below the menu, the status line.
    for (col, row) in [(2, 1), (0, 10), (79, 10), (10, 20), (10, 23)] {
        assert!(click(&mut m, col, row).is_empty());
        assert_eq!(cursor(&m), 0, "({col}, {row})");
        assert!(matches!(m.screen, Screen::Home(_)));
    }
}

#[test]
fn the_wheel_moves_as_the_arrow_keys_do() {
    let mut m = model_in(Lang::En);
    update(&mut m, Msg::Resize(80, 24));
    for _ in 0..2 {
        update(&mut m, at(MouseEventKind::ScrollDown, 10, 10));
    }
    assert_eq!(cursor(&m), 2);
    update(&mut m, at(MouseEventKind::ScrollUp, 10, 10));
    assert_eq!(cursor(&m), 1);
}

#[test]
fn a_click_lands_on_the_row_drawn_there_when_the_menu_has_scrolled() {
    // 16 rows tall: the menu shows fewer rows than it has once drafts are listed.
    let mut m = model_in(Lang::En);
    let drafts: Vec<wia::store::DraftEntry> = (0..12)
        .map(|i| wia::store::DraftEntry {
            id: format!("d{i:02}"),
            path: format!("/data/drafts/d{i:02}.yaml").into(),
            title: Some(format!("Draft number {i}")),
            updated: None,
            problem: None,
        })
        .collect();
    update(&mut m, Msg::Drafts(drafts));
    update(&mut m, Msg::Resize(80, 16));
    for _ in 0..10 {
        update(&mut m, at(MouseEventKind::ScrollDown, 10, 8));
    }
    let screen = render(&m, 80, 16);
    let (col, row) = find(&screen, "Draft number 6");
    click(&mut m, col, row);
    assert_eq!(cursor(&m), 7, "{screen}");
}

/// The real binary reports the mouse while it runs and gives it back on leaving; with
/// `mouse: false` in the settings it never takes it, so the terminal selects text as usual.
#[cfg(unix)]
#[test]
fn the_terminal_gets_the_mouse_back_and_the_settings_can_leave_it_alone() {
    use common::pty::{TIMEOUT, Term};
    for (setting, taken) in [("", true), ("mouse: false\n", false)] {
        let dir = tempfile::tempdir().unwrap();
        let conf = dir.path().join("conf");
        std::fs::create_dir_all(&conf).unwrap();
        std::fs::write(conf.join("config.yaml"), setting).unwrap();
        let data = dir.path().join("data").display().to_string();
        let conf = conf.display().to_string();
        let mut t = Term::spawn(
            &[],
            &[
                ("WIA_DATA_DIR", data.as_str()),
                ("WIA_CONFIG_DIR", conf.as_str()),
            ],
            80,
            24,
        );
        t.wait_for("New assessment", TIMEOUT);
        t.keys("q");
        assert!(t.wait_exit(TIMEOUT).expect("quits").success());
        let raw = String::from_utf8_lossy(&t.raw_output()).into_owned();
        // 1000: report clicks; 1006: in the form that has no column limit.
        assert_eq!(raw.contains("\u{1b}[?1000h"), taken, "{setting:?}");
        assert!(raw.contains("\u{1b}[?1000l"), "given back on leaving");
    }
}

fn review_table() -> wia::tui::Model {
    let mut m = model_in(Lang::En);
    update(&mut m, Msg::Resize(100, 30));
    m.data_dir = "tests/fixtures/review".into();
    wia::tui::runtime::loaded_now(
        &mut m,
        &wia::store::DataDir::new("tests/fixtures/review"),
        None,
    );
    m
}

fn review(m: &wia::tui::Model) -> &wia::tui::screens::review_mode::ReviewScreen {
    match &m.screen {
        Screen::Review(s) => s,
        _ => panic!("not in review mode"),
    }
}

#[test]
fn in_review_a_click_picks_a_row_a_second_opens_it_and_a_heading_sorts() {
    use wia::tui::screens::review_mode::Page;
    let mut m = review_table();
    let screen = render(&m, 100, 30);
    let shown: Vec<String> = {
        let s = review(&m);
        s.shown.iter().map(|&i| s.entries[i].id.clone()).collect()
    };
    assert!(shown.len() >= 3, "{screen}");
    // The second row of the table, wherever it is drawn.
    let (_, header) = find(&screen, "1 TITLE");
    click(&mut m, 10, header + 2);
    assert_eq!(review(&m).cursor, 1, "{screen}");
    let effects = click(&mut m, 10, header + 2);
    assert!(
        effects
            .iter()
            .any(|e| matches!(e, Effect::Review(wia::tui::msg::ReviewEffect::Open(..)))),
        "{effects:?}"
    );
    // A heading sorts as its digit does: the heading of the rating column.
    let mut m = review_table();
    let (col, row) = find(&render(&m, 100, 30), "3 RATING");
    click(&mut m, col + 1, row);
    assert_eq!(review(&m).sort, wia::review::Column::Rating);
    assert!(matches!(review(&m).page, Page::Table));
    // The search line starts a search.
    let (col, row) = find(&render(&m, 100, 30), "/ search");
    click(&mut m, col + 3, row);
    assert!(review(&m).searching);
}

fn assess_screen(m: &mut wia::tui::Model) -> &mut wia::tui::screens::assess::AssessScreen {
    match &mut m.screen {
        Screen::Assess(s) => s,
        _ => panic!("not assessing"),
    }
}

#[test]
fn in_an_assessment_a_click_chooses_an_option_and_opens_a_section() {
    use wia::answers::Answer;
    for (w, h) in [(120, 40), (80, 24)] {
        for lang in [Lang::En, Lang::Cy] {
            let mut m = common::tui::assessing_in(lang, serde_yaml::Mapping::new());
            update(&mut m, Msg::Resize(w, h));
            assert!(assess_screen(&mut m).go_to("policy_area"));
            let label = if lang == Lang::En {
                "Data and reporting"
            } else {
                "Data ac adrodd"
            };
            let screen = render(&m, w, h);
            let (col, row) = find(&screen, label);
            let effects = click(&mut m, col + 1, row);
            assert!(!effects.is_empty(), "the choice is saved");
            let s = assess_screen(&mut m);
            match s.a.answer("policy_area") {
                Some(Answer::Choice(c)) => assert_eq!(c.value, "data_reporting", "{screen}"),
                other => panic!("{other:?} at {w}x{h}:\n{screen}"),
            }
            // The section list (shown from 70 columns): a click opens a section.
            let section = if lang == Lang::En { "Timing" } else { "Amseru" };
            let screen = render(&m, w, h);
            let (col, row) = find(&screen, section);
            click(&mut m, col, row);
            let s = assess_screen(&mut m);
            let q = s.current().expect("a question");
            let title = &s.a.q().sections[s.section].title;
            assert!(title.get(lang).starts_with(section), "{screen}");
            assert_eq!(s.question, 0, "{}", q.id);
        }
    }
}

fn task_editor(m: &mut wia::tui::Model) -> (usize, bool) {
    match &assess_screen(m).mode {
        wia::tui::screens::assess::Mode::Tasks(t) => (t.row, t.form.is_some()),
        _ => panic!("not in the task editor"),
    }
}

#[test]
fn in_the_task_table_a_click_picks_a_row_and_a_second_opens_it() {
    for (w, h) in [(80, 24), (100, 30), (200, 60)] {
        for lang in [Lang::En, Lang::Cy] {
            let mut m = common::tui::assessing_in(lang, common::tui::example_answers());
            update(&mut m, Msg::Resize(w, h));
            assert!(assess_screen(&mut m).go_to("tasks"));
            common::tui::press(&mut m, ratatui::crossterm::event::KeyCode::Enter);
            assert_eq!(task_editor(&mut m), (0, false));
            // The third row, found by its number where the table draws it.
            let screen = render(&m, w, h);
            let (_, row) = find(&screen, "  3+ ");
            assert!(click(&mut m, 10, row).is_empty());
            assert_eq!(task_editor(&mut m), (2, false), "{w}x{h}\n{screen}");
            // The header and the border are not rows.
            let (_, header) = find(&screen, "  #");
            click(&mut m, 10, header);
            click(&mut m, 10, header - 1);
            assert_eq!(task_editor(&mut m), (2, false), "{w}x{h}");
            // A second click on the row under the cursor opens it, as Enter does.
            click(&mut m, 10, row);
            assert_eq!(task_editor(&mut m), (2, true), "{w}x{h}");
            // While its form is open, a click on another row leaves the form alone.
            let screen = render(&m, w, h);
            if let Some(other) = screen.lines().position(|l| l.contains("  1+ ")) {
                click(&mut m, 10, other as u16);
                assert_eq!(task_editor(&mut m), (2, true), "{w}x{h}");
            }
        }
    }
}

/// A yes or no, and a point of a scale, are chosen by a click as Space chooses them; an item
/// of a ranking is taken up by a click (the cursor goes to it) without changing the order,
/// and a click on a matrix row goes to it.
#[test]
fn a_click_chooses_a_yes_or_no_and_a_scale_point_and_takes_up_a_ranking_item() {
    use wia::answers::Answer;
    for lang in [Lang::En, Lang::Cy] {
        let mut m = common::tui::assessing_in(lang, serde_yaml::Mapping::new());
        update(&mut m, Msg::Resize(100, 30));
        assert!(assess_screen(&mut m).go_to("statutory"));
        let no = if lang == Lang::En { " No" } else { " Na" };
        let screen = render(&m, 100, 30);
        let (col, row) = find(&screen, no);
        click(&mut m, col + 1, row);
        assert_eq!(
            assess_screen(&mut m).a.answer("statutory"),
            Some(&Answer::YesNo(false)),
            "{screen}"
        );

        let path = std::path::Path::new("tests/fixtures/survey-all.yaml");
        let source = wia::tui::runtime::source(Some(path), "", lang).unwrap();
        let mut m = model_in(lang);
        m.source = source.clone();
        let mut d = common::tui::draft(serde_yaml::Mapping::new());
        d.questionnaire = "survey-all".into();
        d.assessor = Default::default();
        let (a, _) = wia::tui::assessment::Assessment::from_draft(source, d, lang);
        update(&mut m, Msg::Opened(Ok(Box::new((a, Vec::new())))));
        update(&mut m, Msg::Resize(100, 30));
        assert!(assess_screen(&mut m).go_to("c4"));
        let know = if lang == Lang::En {
            "Don't know"
        } else {
            "Ddim yn gwybod"
        };
        let screen = render(&m, 100, 30);
        let (col, row) = find(&screen, know);
        click(&mut m, col, row);
        assert_eq!(
            assess_screen(&mut m).a.answer("c4"),
            Some(&Answer::Text("dont_know".into())),
            "{screen}"
        );

        assert!(assess_screen(&mut m).go_to("c5"));
        let staff = "Staff";
        let screen = render(&m, 100, 30);
        let (col, row) = find(&screen, staff);
        click(&mut m, col, row);
        let s = assess_screen(&mut m);
        assert_eq!(s.input.cursor, 2, "the third item is taken up:\n{screen}");
        assert_eq!(s.a.answer("c5"), None, "a click alone ranks nothing");

        // A matrix: a click goes to the row; ← → then choose its point.
        assert!(assess_screen(&mut m).go_to("c3"));
        let other = if lang == Lang::En { "Other" } else { "Arall" };
        let screen = render(&m, 100, 30);
        let (col, row) = find(&screen, other);
        click(&mut m, col, row);
        assert_eq!(assess_screen(&mut m).input.cursor, 1, "{screen}");
    }
}
