//! The keymap is the one place keys are declared: every action it binds is in the help
//! of its screen (or, for a window F1 cannot reach, in its status line), and every key
//! the help lists does what the keymap says, driven through `update`. A key given to an
//! action in the settings does the same thing, and the key it replaced no longer does.

mod common;

use std::collections::BTreeMap;
use std::sync::Arc;

use common::tui::*;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use wia::config::{Config, load_config};
use wia::evidence::Entry;
use wia::i18n::Lang;
use wia::questionnaire::QuestionKind;
use wia::store::DataDir;
use wia::tui::keymap::{self, Action, Ctx, KeySpec, Keymap, read_shown};
use wia::tui::model::{Model, Overlay, Screen};
use wia::tui::msg::{Effect, Finished};
use wia::tui::runtime::loaded_now;
use wia::tui::screens::assess::Mode;
use wia::tui::screens::review_mode::Page;
use wia::tui::screens::review_state::Focus;
use wia::tui::update::review_msg as on_msg;
use wia::tui::{Msg, keys, update};

const FIXTURES: &str = "tests/fixtures/review";
const GOOD: &str = "9490d10358";
const LONGER: &str = "1149744634";

/// Everything a key can change that a person could see or that reaches the disk. The
/// assessment's own caches hold hash sets, whose order differs run to run, so the draft
/// and the screen as drawn stand for it.
fn outcome(m: &Model, effects: &[Effect]) -> String {
    let screen = match &m.screen {
        Screen::Assess(s) => format!(
            "{:?} {:?} {:?} {} {}",
            s.a.draft, s.mode, s.input, s.section, s.question
        ),
        other => format!("{other:?}"),
    };
    let effects: Vec<String> = effects
        .iter()
        .map(|e| match e {
            Effect::Finalise(a) => format!("Finalise({:?})", a.draft),
            e => format!("{e:?}"),
        })
        .collect();
    format!(
        "{screen} {:?} {:?} {} {:?} {:?} {effects:?}\n{}",
        m.overlay,
        m.notice,
        m.quit,
        m.lang,
        m.config,
        drawn(m)
    )
}

/// The screen drawn with the usual keys named, so that a remapped key shows no difference.
fn drawn(m: &Model) -> String {
    let mut usual = m.clone();
    usual.keys = Arc::new(Keymap::default());
    render(&usual, 120, 40)
}

fn drive(mut m: Model, key: KeyEvent) -> String {
    let effects = update(&mut m, Msg::Key(key));
    outcome(&m, &effects)
}

fn key(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::NONE)
}

fn assess(m: &mut Model) -> &mut wia::tui::screens::assess::AssessScreen {
    match &mut m.screen {
        Screen::Assess(s) => s,
        other => panic!("not assessing: {other:?}"),
    }
}

/// The worked example at a question of this kind from the middle of the questionnaire, its answer cleared when asked.
fn question(kind: fn(&QuestionKind) -> bool, clear: bool) -> Model {
    let mut m = assessing(example_answers());
    let s = assess(&mut m);
    let mut ids: Vec<String> =
        s.a.q()
            .questions()
            .filter(|(_, q)| kind(&q.kind))
            .map(|(_, q)| q.id.clone())
            .collect();
    // So that there are sections before and after it.
    let middle = ids.len() / 2;
    ids.rotate_left(middle);
    assert!(
        ids.iter().any(|id| s.go_to(id)),
        "no such question shows in the example"
    );
    if clear {
        press(&mut m, KeyCode::Delete);
    }
    m
}

fn choice() -> Model {
    let mut m = question(
        |k| matches!(k, QuestionKind::SingleChoice { options } if options.len() >= 3),
        false,
    );
    assess(&mut m).input.cursor = 1;
    m
}

fn tasks() -> Model {
    let mut m = question(|k| matches!(k, QuestionKind::TaskList), false);
    press(&mut m, KeyCode::Enter);
    let s = assess(&mut m);
    assert!(s.a.tasks.len() >= 3, "the example has task rows");
    if let Mode::Tasks(t) = &mut s.mode {
        t.row = 1;
    }
    m
}

/// The row form, on field `field` of `wia::tui::screens::tasks::FIELDS`.
fn row_form(field: usize) -> Model {
    let mut m = tasks();
    press(&mut m, KeyCode::Enter);
    for _ in 0..field {
        press(&mut m, KeyCode::Tab);
    }
    m
}

fn entry(cause: &str) -> Entry {
    Entry {
        id: "e".into(),
        created: "2026-11-25T10:00:00+00:00".parse().unwrap(),
        date: "2026-11-20".parse().unwrap(),
        school: "Ysgol".into(),
        authority: "cardiff".into(),
        cause: cause.into(),
        policy: None,
        roles: vec!["alnco".into()],
        staff: 1,
        hours: 1.0,
        frequency: "per_week".into(),
        description: String::new(),
    }
}

fn log_form(row: wia::tui::screens::log_form::Row) -> Model {
    let mut m = model();
    m.today = "2026-11-25".parse().unwrap();
    m.config = Config {
        school: Some("Ysgol Gynradd Aberdâr".into()),
        local_authority: Some("rhondda_cynon_taf".into()),
        ..Config::default()
    };
    press(&mut m, KeyCode::Char('l'));
    let Screen::Log(form) = &mut m.screen else {
        panic!("no form")
    };
    form.focus = wia::tui::screens::log_form::ROWS
        .iter()
        .position(|r| *r == row)
        .unwrap();
    form.policies = vec!["One".into(), "Two".into()];
    m
}

fn run(m: &mut Model, effects: Vec<Effect>) {
    for e in effects {
        if let Effect::Review(e) = e {
            let msg = wia::tui::runtime::review_effect(e, &DataDir::new(FIXTURES), m.lang);
            let more = on_msg(m, msg);
            run(m, more);
        }
    }
}

fn table() -> Model {
    let mut m = model();
    m.data_dir = FIXTURES.into();
    loaded_now(&mut m, &DataDir::new(FIXTURES), None);
    if let Screen::Review(s) = &mut m.screen {
        s.cursor = 1;
    }
    m
}

fn open(m: &mut Model, id: &str) {
    let Screen::Review(s) = &mut m.screen else {
        panic!("not reviewing")
    };
    s.page = Page::Table;
    s.cursor = s
        .shown
        .iter()
        .position(|&i| s.entries[i].id == id)
        .expect("shown");
    let effects = press(m, KeyCode::Enter);
    run(m, effects);
}

fn record() -> Model {
    let mut m = table();
    open(&mut m, GOOD);
    if let Screen::Review(s) = &mut m.screen
        && let Page::Record(r) = &mut s.page
    {
        r.scroll = 3;
    }
    m
}

fn compared() -> Model {
    let mut m = table();
    open(&mut m, GOOD);
    press(&mut m, KeyCode::Char('m'));
    open(&mut m, LONGER);
    let effects = press(&mut m, KeyCode::Char('c'));
    run(&mut m, effects);
    if let Screen::Review(s) = &mut m.screen
        && let Page::Compare(c) = &mut s.page
    {
        c.scroll = 3;
    }
    m
}

fn respond(focus: Option<Focus>) -> Model {
    let mut m = record();
    press(&mut m, KeyCode::Char('a'));
    if let Screen::Review(s) = &mut m.screen
        && let Page::Respond(r) = &mut s.page
    {
        if let Some(f) = focus {
            r.focus = f;
        }
        r.target = 1;
    }
    m
}

/// A model where `action` of `ctx` has something to do.
fn fixture(ctx: Ctx, action: Action) -> Model {
    use Action as A;
    use wia::evidence::entry::Field;
    use wia::tui::screens::log_form::Row;
    match ctx {
        Ctx::Global => unreachable!("global keys are tested on each screen"),
        Ctx::Portfolio => {
            // Two terms and at least two roles, the cursor where the action can move it.
            static FOLDER: std::sync::OnceLock<tempfile::TempDir> = std::sync::OnceLock::new();
            let dir = FOLDER.get_or_init(common::portfolio_folder::folder);
            let mut m = model();
            press(&mut m, KeyCode::Char('p'));
            let loaded =
                wia::tui::runtime::portfolio(&wia::store::DataDir::new(dir.path()), Lang::En);
            update(&mut m, Msg::Portfolio(Box::new(loaded)));
            if let Screen::Portfolio(s) = &mut m.screen {
                s.term = usize::from(matches!(action, A::Left | A::First));
                s.role = usize::from(matches!(action, A::Up));
                s.scroll = if action == A::PageUp { 5 } else { 0 };
            }
            m
        }
        Ctx::Home => {
            let mut m = model();
            if let Screen::Home(h) = &mut m.screen {
                h.cursor = 1;
            }
            m
        }
        Ctx::Assessor => {
            let mut m = model();
            press(&mut m, KeyCode::Char('n'));
            m
        }
        Ctx::Questions => match action {
            A::Yes | A::No => question(|k| matches!(k, QuestionKind::YesNo), true),
            A::Left | A::Right => question(|k| matches!(k, QuestionKind::Matrix { .. }), true),
            A::RankUp | A::RankDown => {
                let mut m = question(|k| matches!(k, QuestionKind::Ranking { .. }), false);
                assess(&mut m).input.cursor = 1;
                m
            }
            _ => choice(),
        },
        Ctx::Tasks => tasks(),
        Ctx::RowForm => match action {
            A::Left | A::Right => row_form(5),
            A::Clear => row_form(9),
            A::Type => row_form(0),
            _ => row_form(1),
        },
        Ctx::OwnReview => {
            let mut m = choice();
            ctrl(&mut m, 'r');
            press(&mut m, KeyCode::Down);
            m
        }
        Ctx::Done => {
            let mut m = model();
            m.screen = Screen::Done(Finished {
                id: "d0d0d0d0d0".into(),
                record: "r.yaml".into(),
                summary: "s.md".into(),
                rating: "low".into(),
                flags: 0,
                revises: None,
                signing: wia::tui::msg::Signing::NoKey,
                closing: None,
            });
            m
        }
        Ctx::Log => match action {
            A::PageUp | A::PageDown => log_form(Row::Field(Field::Policy)),
            A::Clear => log_form(Row::Field(Field::Authority)),
            A::Type => log_form(Row::Field(Field::School)),
            _ => log_form(Row::Field(Field::Roles)),
        },
        Ctx::ReviewTable => table(),
        Ctx::ReviewSearch => {
            let mut m = table();
            press(&mut m, KeyCode::Char('/'));
            m
        }
        Ctx::ReviewRecord => record(),
        Ctx::ReviewCompare => compared(),
        Ctx::ReviewRespond => match action {
            A::Up | A::Down | A::PageUp | A::PageDown => respond(Some(Focus::Targets)),
            A::Left | A::Right | A::Choose => respond(Some(Focus::Position)),
            _ => respond(None),
        },
        Ctx::Scroll => {
            let mut m = choice();
            m.overlay = Some(Overlay::Help { scroll: 5 });
            m
        }
        Ctx::Problems => {
            // Nothing answered: problems enough to move among and go to.
            let mut m = assessing(serde_yaml::Mapping::new());
            m.overlay = Some(Overlay::Problems { cursor: 1 });
            m
        }
        Ctx::Evidence => {
            let mut m = tasks();
            let entries = vec![entry("aln_paperwork"), entry("meetings"), entry("other")];
            update(&mut m, Msg::Evidence(Ok(Box::new((entries, 0)))));
            if let Some(Overlay::Evidence { cursor, .. }) = &mut m.overlay {
                *cursor = 1;
            }
            m
        }
        Ctx::Ask => {
            let mut m = choice();
            m.overlay = Some(Overlay::Reason {
                field: wia::tui::widgets::text_field::TextField::new("New costings", false),
                problem: None,
            });
            m
        }
        Ctx::Confirm => {
            let mut m = tasks();
            press(&mut m, KeyCode::Delete);
            m
        }
    }
}

/// Keys no binding uses: a key given to an action in the tests, and one that does nothing.
const SPARE: KeyCode = KeyCode::F(12);
const UNUSED: KeyCode = KeyCode::F(11);

fn remapped(action: Action) -> Keymap {
    let (map, refused) = Keymap::from_settings([(action.name(), "f12".to_string())]);
    assert!(refused.is_empty(), "{refused:?}");
    map
}

fn first_difference(a: &str, b: &str) -> String {
    let at = a
        .char_indices()
        .zip(b.chars())
        .find(|((_, x), y)| x != y)
        .map_or(a.len().min(b.len()), |((i, _), _)| i);
    let window = |s: &str| {
        s.chars()
            .skip(a[..at].chars().count().saturating_sub(80))
            .take(160)
            .collect::<String>()
    };
    format!("\n  {}\n  {}", window(a), window(b))
}

/// A window closes on any key, so taking Esc away from `back` leaves it closing.
fn any_key_does_it(ctx: Ctx, action: Action) -> bool {
    ctx.is_window() && action == Action::Back
}

#[test]
fn every_action_in_the_keymap_appears_in_the_help_of_its_screen() {
    let map = Keymap::default();
    let globals: Vec<Action> = map
        .bindings()
        .iter()
        .filter(|b| b.ctx == Ctx::Global)
        .map(|b| b.action)
        .collect();
    let mut missing = Vec::new();
    for ctx in Ctx::ALL.into_iter().filter(|c| *c != Ctx::Global) {
        // F1 cannot reach a window: its status line is where its keys are said.
        let lines = if ctx.is_window() {
            map.hints(ctx)
        } else {
            map.help(ctx)
        };
        let listed: Vec<Action> = lines.iter().flat_map(|l| l.actions.clone()).collect();
        let mut wanted: Vec<Action> = map
            .bindings()
            .iter()
            .filter(|b| b.ctx == ctx)
            .map(|b| b.action)
            .collect();
        if !ctx.is_window() {
            wanted.extend(globals.iter().copied());
        }
        for a in wanted {
            if !listed.contains(&a) {
                missing.push(format!("{ctx:?} {a:?}"));
            }
        }
        for l in &lines {
            for lang in [Lang::En, Lang::Cy] {
                let words = wia::t!(lang, l.label);
                assert!(
                    !words.is_empty() && words != l.label,
                    "{ctx:?}: {} has no words in {lang:?}",
                    l.label
                );
            }
        }
    }
    assert!(missing.is_empty(), "not in the help: {missing:#?}");
}

#[test]
fn the_help_and_status_line_are_the_keymaps_for_the_screen_shown() {
    let mut m = choice();
    assert_eq!(keys::for_screen(&m), m.keys.help(Ctx::Questions));
    press(&mut m, KeyCode::F(1));
    assert_eq!(keys::hints(&m), m.keys.hints(Ctx::Scroll));
    let screen = render(&m, 120, 40);
    for line in m.keys.help(Ctx::Questions) {
        assert!(screen.contains(&line.keys), "{} not drawn", line.keys);
    }
}

#[test]
fn every_key_the_help_lists_does_what_it_says() {
    let defaults = Keymap::default();
    let mut problems = Vec::new();
    let mut checked = 0;
    for ctx in Ctx::ALL.into_iter().filter(|c| *c != Ctx::Global) {
        let lines = if ctx.is_window() {
            defaults.hints(ctx)
        } else {
            defaults.help(ctx)
        };
        for line in lines {
            // "Tab ↓ / Shift-Tab ↑" is two pairs, not a key called "/".
            let shown = line.keys.replace(" / ", " ");
            for token in shown.split_whitespace() {
                let Some(keys) = read_shown(token) else {
                    continue;
                };
                // A range such as 1-9 is tried with its first key.
                let keys = if token.contains('-') && token.len() == 3 {
                    keys[..1].to_vec()
                } else {
                    keys
                };
                for k in keys {
                    checked += 1;
                    let event = k.event();
                    // The help lists it for this line's action and for nothing else here.
                    let Some(action) = defaults.action(ctx, &event) else {
                        problems.push(format!("{ctx:?} {token}: no action has this key"));
                        continue;
                    };
                    if !line.actions.contains(&action) {
                        problems.push(format!(
                            "{ctx:?} {token}: listed for {:?} but does {action:?}",
                            line.actions
                        ));
                        continue;
                    }
                    let base = fixture(ctx, action);
                    let pressed = drive(base.clone(), event);
                    let nothing = drive(base.clone(), key(UNUSED));
                    if pressed == nothing && !any_key_does_it(ctx, action) {
                        problems.push(format!("{ctx:?} {token} ({action:?}) does nothing"));
                    }
                    if !action.remappable() {
                        continue;
                    }
                    // The action given another key: that key does exactly the same ...
                    let mut other = base;
                    other.keys = Arc::new(remapped(action));
                    let spare = drive(other.clone(), key(SPARE));
                    if spare != pressed {
                        problems.push(format!(
                            "{ctx:?} {token} ({action:?}) differs from the same action on F12: {}",
                            first_difference(&pressed, &spare)
                        ));
                    }
                    // ... and the key it had no longer does it.
                    if drive(other, event) == pressed && !any_key_does_it(ctx, action) {
                        problems.push(format!(
                            "{ctx:?} {token} ({action:?}) still works once remapped away"
                        ));
                    }
                }
            }
        }
    }
    assert!(checked > 150, "only {checked} keys were tried");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn what_the_main_keys_do_in_words() {
    // The keymap's names, read the way a person would: Ctrl-S saves, F1 helps, Esc goes home.
    let mut m = choice();
    let effects = ctrl(&mut m, 's');
    assert!(
        matches!(effects[..], [Effect::SaveDraft { manual: true, .. }]),
        "{effects:?}"
    );
    press(&mut m, KeyCode::F(1));
    assert!(matches!(m.overlay, Some(Overlay::Help { .. })));
    press(&mut m, KeyCode::Esc);
    assert_eq!(m.overlay, None);
    press(&mut m, KeyCode::F(2));
    assert!(matches!(m.overlay, Some(Overlay::Breakdown { .. })));
    press(&mut m, KeyCode::Esc);
    press(&mut m, KeyCode::Esc);
    assert!(matches!(m.screen, Screen::Home(_)));
    let effects = ctrl(&mut m, 'c');
    assert!(m.quit && effects.iter().any(|e| matches!(e, Effect::Quit)));
}

#[test]
fn a_remapped_key_is_shown_in_the_help_and_status_line() {
    let (map, refused) = Keymap::from_settings([
        ("save", "ctrl-w".to_string()),
        ("review", "alt-r f4".to_string()),
    ]);
    assert!(refused.is_empty());
    let help = map.help(Ctx::Questions);
    let save = help.iter().find(|l| l.actions == [Action::Save]).unwrap();
    assert_eq!(save.keys, "Ctrl-W");
    let review = help
        .iter()
        .find(|l| l.actions == [Action::OwnReview])
        .unwrap();
    assert_eq!(review.keys, "Alt-r F4");
    // The rest are as they were.
    let defaults = Keymap::default().help(Ctx::Questions);
    assert_eq!(help[0], defaults[0]);
    let hints = map.hints(Ctx::Log);
    assert!(hints.iter().any(|l| l.keys == "Ctrl-W"), "{hints:?}");

    let mut m = choice();
    m.keys = Arc::new(map);
    let w = KeyEvent::new(KeyCode::Char('w'), KeyModifiers::CONTROL);
    let effects = update(&mut m, Msg::Key(w));
    assert!(matches!(
        effects[..],
        [Effect::SaveDraft { manual: true, .. }]
    ));
    assert!(ctrl(&mut m, 's').is_empty(), "Ctrl-S is free again");
}

#[test]
fn keys_are_read_as_written_in_the_settings() {
    let cases = [
        ("ctrl-s", KeyCode::Char('s'), KeyModifiers::CONTROL),
        ("Ctrl-S", KeyCode::Char('s'), KeyModifiers::CONTROL),
        ("f2", KeyCode::F(2), KeyModifiers::NONE),
        ("alt-x", KeyCode::Char('x'), KeyModifiers::ALT),
        ("shift-tab", KeyCode::BackTab, KeyModifiers::NONE),
        ("shift-up", KeyCode::Up, KeyModifiers::SHIFT),
        ("pgdn", KeyCode::PageDown, KeyModifiers::NONE),
        ("space", KeyCode::Char(' '), KeyModifiers::NONE),
        ("?", KeyCode::Char('?'), KeyModifiers::NONE),
        ("K", KeyCode::Char('K'), KeyModifiers::NONE),
    ];
    for (text, code, mods) in cases {
        assert_eq!(KeySpec::parse(text), Some(KeySpec { code, mods }), "{text}");
    }
    for bad in [
        "",
        "ctrl-",
        "f13",
        "hyper-x",
        "shift-a",
        "two words",
        "\u{7}",
    ] {
        assert_eq!(KeySpec::parse(bad), None, "{bad:?}");
    }
    // A capital comes with Shift held, and is still the key written.
    let k = KeySpec::parse("K").unwrap();
    assert!(k.matches(&KeyEvent::new(KeyCode::Char('K'), KeyModifiers::SHIFT)));
    assert!(!k.matches(&KeyEvent::new(KeyCode::Char('k'), KeyModifiers::NONE)));
    assert!(
        !KeySpec::parse("up")
            .unwrap()
            .matches(&KeyEvent::new(KeyCode::Up, KeyModifiers::SHIFT))
    );
}

#[test]
fn a_settings_file_remaps_keys_and_warns_naming_each_line_it_cannot_use() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("config.yaml");
    std::fs::write(
        &path,
        "language: en\nkeys:\n  save: ctrl-w\n  sav: ctrl-q\n  help: hyper-h\n  digit: \"0\"\n  breakdown: [f2, ctrl-b]\n",
    )
    .unwrap();
    let (config, warning) = load_config(&path, wia::i18n::Lang::En);
    assert_eq!(warning, None);
    let (map, warnings) = keymap::from_config(&config, Lang::En);
    assert_eq!(warnings.len(), 3, "{warnings:#?}");
    let file = path.display().to_string();
    // In the order of the file.
    assert!(
        warnings[0].starts_with(&format!("{file}, line 4: warning: keys: "))
            && warnings[0].contains("“sav”"),
        "{}",
        warnings[0]
    );
    assert!(
        warnings[1].contains("line 5") && warnings[1].contains("“hyper-h”"),
        "{}",
        warnings[1]
    );
    assert!(
        warnings[2].contains("line 6") && warnings[2].contains("digit"),
        "{}",
        warnings[2]
    );
    // What could be used is; what could not keeps its defaults.
    let help = map.help(Ctx::Questions);
    let line = |a: Action| {
        help.iter()
            .find(|l| l.actions.contains(&a))
            .unwrap()
            .keys
            .clone()
    };
    assert_eq!(line(Action::Save), "Ctrl-W");
    assert_eq!(line(Action::Help), "F1 ?");
    assert_eq!(line(Action::Breakdown), "F2 Ctrl-B");
    assert_eq!(line(Action::Digit), "1-9");

    let (_, welsh) = keymap::from_config(&config, Lang::Cy);
    assert!(welsh[2].contains("llinell 6: rhybudd"), "{}", welsh[0]);

    // The section survives a save, so switching language does not lose it.
    wia::config::save_config(&path, &config, wia::i18n::Lang::En).unwrap();
    let (again, _) = load_config(&path, wia::i18n::Lang::En);
    assert_eq!(again.keys, config.keys);

    // The interface says so at once, and works.
    let m = Model::new(
        bundled_source(),
        config,
        Vec::new(),
        "/data".into(),
        wia::i18n::Lang::En,
    );
    let notice = m.notice.as_ref().expect("warned");
    assert!(
        notice.error && notice.text.contains("hyper-h"),
        "{notice:?}"
    );
}

#[test]
fn keys_that_are_not_a_string_or_list_are_warned_about_not_fatal() {
    let config = Config {
        keys: BTreeMap::from([(
            "save".to_string(),
            serde_yaml::from_str::<serde_yaml::Value>("{a: b}").unwrap(),
        )]),
        ..Config::default()
    };
    let (map, warnings) = keymap::from_config(&config, Lang::En);
    assert_eq!(warnings.len(), 1);
    assert_eq!(map, Keymap::default());
}

#[test]
fn what_the_settings_wrote_is_shown_inert_and_short_in_a_warning() {
    let config = Config {
        keys: BTreeMap::from([
            (
                "\u{1b}[31msave".to_string(),
                serde_yaml::Value::from("ctrl-s"),
            ),
            ("help".to_string(), serde_yaml::Value::from("\u{202E}")),
            (
                "back".to_string(),
                serde_yaml::Value::from("x".repeat(5000)),
            ),
        ]),
        ..Config::default()
    };
    let (map, warnings) = keymap::from_config(&config, Lang::En);
    assert_eq!(map, Keymap::default());
    assert_eq!(warnings.len(), 3, "{warnings:#?}");
    for w in &warnings {
        assert!(!w.chars().any(wia::text::is_unsafe), "{w:?}");
        assert!(w.chars().count() < 400, "{w}");
    }
}

#[test]
fn the_documentation_names_every_action_the_settings_accept() {
    let doc = std::fs::read_to_string("docs/keys.md").unwrap();
    for action in Action::all() {
        assert!(
            doc.contains(&format!("| `{}` |", action.name())),
            "docs/keys.md does not list {}",
            action.name()
        );
    }
}

#[test]
fn a_letter_given_to_a_global_action_is_still_typed_in_a_text_field() {
    let (map, _) = Keymap::from_settings([("quit", "x".to_string()), ("help", "z".to_string())]);
    let mut m = question(|k| matches!(k, QuestionKind::ShortText { .. }), false);
    m.keys = Arc::new(map.clone());
    let effects = press(&mut m, KeyCode::Char('x'));
    press(&mut m, KeyCode::Char('z'));
    assert!(!m.quit && !effects.iter().any(|e| matches!(e, Effect::Quit)));
    assert_eq!(m.overlay, None);
    let mut m = choice();
    m.keys = Arc::new(map);
    press(&mut m, KeyCode::Char('z'));
    assert!(matches!(m.overlay, Some(Overlay::Help { .. })));
    press(&mut m, KeyCode::Char('x'));
    assert!(m.quit, "outside text, and even over a window, x quits");
}
