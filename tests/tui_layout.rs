//! Layout of the assessment and the review comparison (issue 15, points 6, 11 and 17):
//! flags readable in full, nothing cut without an ellipsis, hours drawn as bars. Snapshots
//! at 80 x 24, 100 x 30 and 200 x 60 in English and Welsh, and the behaviour behind them.

mod common;

use common::tui::*;
use ratatui::crossterm::event::KeyCode;
use wia::i18n::Lang;
use wia::store::DataDir;
use wia::tui::Model;
use wia::tui::model::Screen;
use wia::tui::runtime::loaded_now;
use wia::tui::screens::review_mode::Page;
use wia::tui::update::review_msg;

const SIZES: [(u16, u16); 3] = [(80, 24), (100, 30), (200, 60)];
const LANGS: [Lang; 2] = [Lang::En, Lang::Cy];

fn snap(name: &str, build: impl Fn(Lang) -> Model) {
    for lang in LANGS {
        let m = build(lang);
        for (w, h) in SIZES {
            insta::assert_snapshot!(format!("{name}_{}_{w}x{h}", lang.code()), render(&m, w, h));
        }
    }
}

fn at(mut m: Model, id: &str) -> Model {
    let Screen::Assess(s) = &mut m.screen else {
        panic!("not assessing")
    };
    assert!(s.go_to(id), "{id} is not shown");
    m
}

fn example_in(lang: Lang) -> Model {
    assessing_in(lang, example_answers())
}

fn results(m: &Model) -> wia::scoring::Results {
    m.assessment().expect("assessing").results.clone()
}

/// The screen's text with every run of spaces and box-drawing as one space, so a message
/// wrapped over several rows reads as one line.
fn flat(screen: &str) -> String {
    screen
        .replace(['│', '┌', '┐', '└', '┘', '─', '║'], " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Columns `from` to `to` of each row of the screen: one window of a layout.
fn columns(screen: &str, from: usize, to: usize) -> String {
    screen
        .lines()
        .map(|l| l.chars().skip(from).take(to - from).collect::<String>() + "\n")
        .collect()
}

#[test]
fn the_score_panel_at_200_columns_shows_the_flags_in_full_most_serious_first() {
    use wia::questionnaire::model::Severity;
    for lang in LANGS {
        let m = at(example_in(lang), "policy_area");
        let screen = render(&m, 200, 60);
        // The panel is the last 56 columns.
        let text = flat(&columns(&screen, 144, 200));
        let flags = results(&m).flags;
        assert!(!flags.is_empty());
        for f in &flags {
            let message = flat(&f.message);
            if f.severity == Severity::Serious {
                assert!(text.contains(&message), "{lang:?}: {message}\n{screen}");
            }
            // The rest at least begin, none left out.
            let start: String = message.chars().take(20).collect();
            assert!(text.contains(&start), "{lang:?}: {start}\n{screen}");
        }
    }
}

#[test]
fn the_breakdown_has_every_flag_in_words_under_its_severity() {
    for lang in LANGS {
        let m = example_in(lang);
        let a = m.assessment().unwrap();
        let text: Vec<String> = wia::tui::overlay::breakdown_lines(a, 80)
            .iter()
            .map(|l| l.spans.iter().map(|s| s.content.as_ref()).collect())
            .collect();
        let text = flat(&text.join("\n"));
        let (serious, warnings, info) = match lang {
            Lang::En => ("Serious", "Warnings", "For information"),
            Lang::Cy => ("Difrifol", "Rhybuddion", "Er gwybodaeth"),
        };
        let at = |s: &str| text.find(s).unwrap_or_else(|| panic!("{lang:?}: {s}"));
        assert!(at(serious) < at(warnings) && at(warnings) < at(info));
        for f in &a.results.flags {
            assert!(text.contains(&flat(&f.message)), "{lang:?}: {}", f.message);
            assert!(!text.contains(&format!(" {} ", f.id)), "id {} shown", f.id);
        }
    }
}

#[test]
fn section_names_are_whole_at_200_columns() {
    for lang in LANGS {
        let m = example_in(lang);
        let screen = render(&m, 200, 60);
        for s in &m.assessment().unwrap().q().sections {
            let title = s.title.get(lang);
            assert!(screen.contains(title), "{lang:?}: {title}\n{screen}");
        }
    }
}

#[test]
fn a_long_option_is_cut_with_an_ellipsis_or_wrapped_when_in_focus() {
    let m = at(example_in(Lang::En), "settings");
    let screen = render(&m, 80, 24);
    let q = m.assessment().unwrap().q().question("settings").unwrap();
    for o in q.kind.options() {
        let label = o.label.get(Lang::En);
        let whole = flat(&screen).contains(label);
        // Cut: the screen shows a beginning of the label followed by an ellipsis.
        let cut = (8..label.len())
            .any(|n| label.is_char_boundary(n) && screen.contains(&format!("{}…", &label[..n])));
        assert!(whole || cut, "{label} cut without an ellipsis\n{screen}");
    }
}

#[test]
fn the_focused_matrix_row_shows_its_whole_label() {
    let mut m = at(example_in(Lang::En), "role_pressure");
    let q = m
        .assessment()
        .unwrap()
        .q()
        .question("role_pressure")
        .unwrap();
    let wia::questionnaire::QuestionKind::Matrix { rows, .. } = &q.kind else {
        panic!("not a matrix")
    };
    let labels: Vec<String> = rows.iter().map(|r| r.label.en.clone()).collect();
    for label in labels {
        // The question's window, right of the section list.
        let screen = columns(&render(&m, 80, 24), 24, 80);
        let focus = screen.lines().find(|l| l.contains("> ")).unwrap();
        assert!(!focus.contains('…'), "{focus}");
        let last = label.split_whitespace().last().unwrap();
        assert!(flat(&screen).contains(last), "{label}\n{screen}");
        press(&mut m, KeyCode::Down);
    }
}

#[test]
fn the_strip_on_a_narrow_terminal_names_the_most_affected_roles_first() {
    let m = at(example_in(Lang::En), "policy_area");
    let screen = render(&m, 80, 24);
    let line = screen
        .lines()
        .find(|l| l.contains("h/week per person:"))
        .expect("the strip's roles");
    let roles = line.split("per person:").nth(1).unwrap();
    // Each "Role +1.23" whole on the line, in falling order of size.
    let sizes: Vec<f64> = roles
        .split(" · ")
        .filter_map(|r| r.trim_end_matches(['│', ' ']).rsplit(' ').next())
        .filter_map(|x| x.parse::<f64>().ok())
        .map(f64::abs)
        .collect();
    assert!(sizes.len() >= 3, "{line}");
    assert!(sizes.windows(2).all(|w| w[0] >= w[1]), "{line}");
    let most = results(&m)
        .roles
        .values()
        .map(|x| x.per_person_hours_per_week.expected.abs())
        .fold(0.0, f64::max);
    assert!((sizes[0] - most).abs() < 0.01, "{line}");
}

#[test]
fn hours_are_drawn_as_bars_with_the_range_in_the_score_panel() {
    let m = at(example_in(Lang::En), "policy_area");
    let screen = render(&m, 120, 40);
    // Every affected role has a bar, and the legend says what the shades mean.
    let bars = screen
        .lines()
        .filter(|l| l.contains('█') || l.contains('▓'))
        .count();
    let affected = results(&m).roles.values().filter(|r| r.affected).count();
    assert!(bars >= affected, "{screen}");
    assert!(screen.contains("░ to high"), "{screen}");
}

#[test]
fn ticked_roles_show_in_the_row_form_when_the_cursor_is_elsewhere() {
    let mut m = at(example_in(Lang::En), "tasks");
    press(&mut m, KeyCode::Enter);
    press(&mut m, KeyCode::Enter);
    let a = m.assessment().unwrap();
    let ticked: Vec<String> = a.tasks[0]
        .roles
        .iter()
        .map(|id| a.q().role(id).unwrap().label.en.clone())
        .collect();
    let screen = render(&m, 100, 30);
    let line = screen.lines().find(|l| l.contains("[x]")).unwrap();
    assert!(line.contains(&format!("[x] {}", ticked[0])), "{line}");
    assert!(!line.contains("[ ]"), "{line}");
}

#[test]
fn snapshots_of_a_question_with_the_score() {
    snap("layout_question", |lang| {
        at(example_in(lang), "policy_area")
    });
}

#[test]
fn snapshots_of_a_long_option_list() {
    snap("layout_settings", |lang| at(example_in(lang), "settings"));
}

#[test]
fn snapshots_of_a_matrix() {
    snap("layout_matrix", |lang| {
        let mut m = at(example_in(lang), "role_pressure");
        press(&mut m, KeyCode::Down);
        m
    });
}

#[test]
fn snapshots_of_the_breakdown() {
    snap("layout_breakdown", |lang| {
        let mut m = example_in(lang);
        ctrl(&mut m, 'b');
        m
    });
}

#[test]
fn snapshots_of_the_task_table_and_row_form() {
    snap("layout_task_table", |lang| {
        let mut m = at(example_in(lang), "tasks");
        press(&mut m, KeyCode::Enter);
        m
    });
    snap("layout_task_form", |lang| {
        let mut m = at(example_in(lang), "tasks");
        press(&mut m, KeyCode::Enter);
        press(&mut m, KeyCode::Enter);
        m
    });
}

const FIXTURES: &str = "tests/fixtures/review";
const GOOD: &str = "9490d10358";
const LONGER: &str = "1149744634";

/// Review mode comparing the worked example with its copy whose task 1 takes longer.
fn comparing(lang: Lang) -> Model {
    let mut m = model_in(lang);
    m.data_dir = FIXTURES.into();
    loaded_now(&mut m, &DataDir::new(FIXTURES), None);
    go_to_row(&mut m, GOOD);
    press(&mut m, KeyCode::Char('m'));
    go_to_row(&mut m, LONGER);
    let effects = press(&mut m, KeyCode::Enter);
    drive(&mut m, effects);
    let effects = press(&mut m, KeyCode::Char('c'));
    drive(&mut m, effects);
    let Screen::Review(s) = &m.screen else {
        panic!("not in review mode")
    };
    assert!(matches!(s.page, Page::Compare(_)), "not comparing");
    m
}

fn go_to_row(m: &mut Model, id: &str) {
    let Screen::Review(s) = &m.screen else {
        panic!("not in review mode")
    };
    let at = s
        .shown
        .iter()
        .position(|&i| s.entries[i].id == id)
        .expect("shown");
    press(m, KeyCode::Home);
    for _ in 0..at {
        press(m, KeyCode::Down);
    }
}

/// Carry out review effects as the runtime would, feeding back what they bring.
fn drive(m: &mut Model, effects: Vec<wia::tui::msg::Effect>) {
    for e in effects {
        if let wia::tui::msg::Effect::Review(e) = e {
            let msg = wia::tui::runtime::review_effect(e, &DataDir::new(FIXTURES), m.lang);
            let more = review_msg(m, msg);
            drive(m, more);
        }
    }
}

#[test]
fn the_comparison_draws_each_roles_weekly_hours_before_and_after_as_bars() {
    let m = comparing(Lang::En);
    let screen = render(&m, 120, 40);
    let rows: Vec<&str> = screen.lines().collect();
    // ALNCos changed from +1.12 to +1.94: the row under it has two bars, the second longer.
    let at = rows.iter().position(|l| l.contains("ALNCos")).unwrap();
    let bars = rows[at + 1];
    let cells: Vec<&str> = bars.split('│').collect();
    let shaded = |s: &str| s.chars().filter(|c| "█▓░".contains(*c)).count();
    let bars: Vec<char> = cells[2].chars().collect();
    let (before, after) = bars.split_at(bars.len() / 2);
    let (before, after): (String, String) = (before.iter().collect(), after.iter().collect());
    assert!(shaded(&after) > shaded(&before), "{bars:?}");
    assert!(screen.contains("░ to high"), "{screen}");
}

#[test]
fn snapshots_of_the_comparison() {
    snap("layout_compare", comparing);
}
