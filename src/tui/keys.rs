//! The keys of each screen: the status line shows the few that matter now, the help
//! overlay (F1 or ?) lists them all. One table, so the two never disagree.

use super::model::{Model, Overlay, Screen};
use super::screens::assess::Mode;

pub type Keys = &'static [(&'static str, &'static str)];

const HOME: Keys = &[
    ("↑↓ j k", "move"),
    ("Enter", "choose"),
    ("n", "new assessment"),
    ("q Esc", "quit"),
    ("F1 ?", "help"),
];

const ASSESSOR: Keys = &[
    ("Tab ↑↓", "next or previous field"),
    ("Enter", "next field, then start"),
    ("Esc", "back to the home screen"),
    ("F1", "help"),
];

const QUESTIONS: Keys = &[
    ("Tab Shift-Tab", "next or previous question"),
    ("PgDn PgUp", "next or previous section"),
    ("↑↓ j k", "move in a list; else previous or next question"),
    ("Space", "choose or tick the option under the cursor"),
    ("Enter", "choose and go on; open the task list"),
    ("1-9", "choose option or scale point by number"),
    ("← → h l", "change a matrix row's rating"),
    ("Shift-↑↓ K J", "move a ranked item up or down"),
    ("Del", "clear the answer"),
    ("y n", "yes or no"),
    ("Ctrl-R F4", "review every answer, then finalise"),
    (
        "Ctrl-B F2",
        "score breakdown: why the figures are what they are",
    ),
    ("Ctrl-E F3", "problems that stop finalising"),
    (
        "Ctrl-S",
        "save the draft now (it saves on every change anyway)",
    ),
    ("Esc", "home screen (the draft is kept)"),
    ("Ctrl-C", "quit (the draft is kept)"),
    ("F1 ?", "this help (? only outside text fields)"),
];

const TASKS: Keys = &[
    ("↑↓ j k", "move between rows"),
    ("a Insert", "add a row"),
    ("Enter e", "edit the row"),
    ("d", "duplicate the row"),
    ("Del x", "delete the row (asks first)"),
    ("Esc", "back to the question"),
    ("Ctrl-B F2", "score breakdown"),
    ("F1 ?", "help"),
];

const ROW_FORM: Keys = &[
    ("Tab ↓ / Shift-Tab ↑", "next or previous field"),
    ("type", "edit a text or figure field"),
    (
        "← →",
        "change a choice (how often, new or removed, admin task); move among roles",
    ),
    ("Space", "tick or untick the role under the cursor"),
    ("Enter Esc", "done with this row"),
    ("Ctrl-B F2", "score breakdown"),
    ("F1", "help"),
];

const REVIEW: Keys = &[
    ("↑↓ j k PgUp PgDn", "move between answers"),
    ("Enter e", "edit the answer under the cursor"),
    ("f", "finalise: write the record and summary"),
    ("Ctrl-E F3", "problems that stop finalising"),
    ("Esc", "back to the questions"),
    ("F1 ?", "help"),
];

const DONE: Keys = &[("Enter Esc", "home screen"), ("q", "quit")];

const OVERLAY: Keys = &[
    ("↑↓ PgUp PgDn", "scroll or move"),
    ("Enter", "go to the problem under the cursor"),
    ("Esc", "close"),
];

const CONFIRM: Keys = &[("y Enter", "delete the row"), ("n Esc", "keep it")];

pub fn for_model(m: &Model) -> Keys {
    match &m.overlay {
        Some(Overlay::ConfirmDelete { .. }) => CONFIRM,
        Some(_) => OVERLAY,
        None => for_screen(m),
    }
}

/// The keys of the screen itself, whatever overlay is open: what the help lists.
pub fn for_screen(m: &Model) -> Keys {
    match &m.screen {
        Screen::Home(_) => HOME,
        Screen::Assessor(_) => ASSESSOR,
        Screen::Done(_) => DONE,
        Screen::Review(s) => super::screens::review_mode::keys(s, true),
        Screen::Assess(s) => match &s.mode {
            Mode::Questions => QUESTIONS,
            Mode::Tasks(t) if t.form.is_some() => ROW_FORM,
            Mode::Tasks(_) => TASKS,
            Mode::Review(_) => REVIEW,
        },
    }
}

/// The few keys the status line shows now, in a word or two each.
pub fn hints(m: &Model) -> Keys {
    match &m.overlay {
        Some(Overlay::ConfirmDelete { .. }) => return CONFIRM,
        Some(Overlay::Problems { .. }) => {
            return &[("↑↓", "move"), ("Enter", "go there"), ("Esc", "close")];
        }
        Some(_) => return &[("↑↓ PgUp PgDn", "scroll"), ("Esc", "close")],
        None => {}
    }
    match &m.screen {
        Screen::Home(_) => &[
            ("↑↓", "move"),
            ("Enter", "choose"),
            ("q", "quit"),
            ("F1", "help"),
        ],
        Screen::Assessor(_) => &[
            ("Tab", "next field"),
            ("Enter", "start"),
            ("Esc", "back"),
            ("F1", "help"),
        ],
        Screen::Done(_) => DONE,
        Screen::Review(s) => super::screens::review_mode::keys(s, false),
        Screen::Assess(s) => match &s.mode {
            Mode::Questions => &[
                ("Tab", "next"),
                ("PgDn", "section"),
                ("Space", "choose"),
                ("^R", "review"),
                ("^B", "why"),
                ("Esc", "home"),
                ("F1", "help"),
            ],
            Mode::Tasks(t) if t.form.is_some() => &[
                ("Tab", "next field"),
                ("←→", "change"),
                ("Space", "tick role"),
                ("Enter", "done"),
                ("F1", "help"),
            ],
            Mode::Tasks(_) => &[
                ("a", "add"),
                ("Enter", "edit"),
                ("d", "duplicate"),
                ("Del", "delete"),
                ("Esc", "back"),
                ("F1", "help"),
            ],
            Mode::Review(_) => &[
                ("↑↓", "move"),
                ("Enter", "edit"),
                ("f", "finalise"),
                ("^E", "problems"),
                ("Esc", "back"),
                ("F1", "help"),
            ],
        },
    }
}

/// A key's description as shown: review mode's tables hold message ids, translated here.
pub fn describe(lang: crate::i18n::Lang, what: &str) -> String {
    if what.starts_with("review-") {
        crate::t!(lang, what)
    } else {
        what.to_string()
    }
}
