//! The keys of each screen: the status line shows the few that matter now, the help
//! overlay (F1 or ?) lists them all. One table, so the two never disagree.

use super::model::{Model, Overlay, Screen};
use super::screens::assess::Mode;

/// (keys, message id of what they do): the ids are looked up in the model's language.
pub type Keys = &'static [(&'static str, &'static str)];

/// The key that switches between English and Welsh, on every screen.
pub const SWITCH_LANGUAGE: (&str, &str) = ("F9 Ctrl-L", "key-switch-language");

const HOME: Keys = &[
    ("↑↓ j k", "key-move"),
    ("Enter", "key-choose"),
    ("n", "key-new-assessment"),
    ("q Esc", "key-quit"),
    SWITCH_LANGUAGE,
    ("F1 ?", "key-help"),
];

const ASSESSOR: Keys = &[
    ("Tab ↑↓", "key-next-or-previous-field"),
    ("Enter", "key-next-field-then-start"),
    ("Esc", "key-back-to-the-home-screen"),
    ("F1", "key-help"),
];

const QUESTIONS: Keys = &[
    ("Tab Shift-Tab", "key-next-or-previous-question"),
    ("PgDn PgUp", "key-next-or-previous-section"),
    ("↑↓ j k", "key-move-in-a-list-else"),
    ("Space", "key-choose-or-tick-the-option"),
    ("Enter", "key-choose-and-go-on-open"),
    ("1-9", "key-choose-option-or-scale-point"),
    ("← → h l", "key-change-a-matrix-rows-rating"),
    ("Shift-↑↓ K J", "key-move-a-ranked-item-up"),
    ("Del", "key-clear-the-answer"),
    ("y n", "key-yes-or-no"),
    ("Ctrl-R F4", "key-review-every-answer-then-finalise"),
    ("Ctrl-B F2", "key-score-breakdown-why-the-figures"),
    ("Ctrl-E F3", "key-problems-that-stop-finalising"),
    ("Ctrl-S", "key-save-the-draft-now-it"),
    ("Esc", "key-home-screen-the-draft-is"),
    ("Ctrl-C", "key-quit-the-draft-is-kept"),
    SWITCH_LANGUAGE,
    ("F1 ?", "key-this-help-only-outside-text"),
];

const TASKS: Keys = &[
    ("↑↓ j k", "key-move-between-rows"),
    ("a Insert", "key-add-a-row"),
    ("Enter e", "key-edit-the-row"),
    ("d", "key-duplicate-the-row"),
    ("Del x", "key-delete-the-row-asks-first"),
    ("Esc", "key-back-to-the-question"),
    ("Ctrl-B F2", "key-score-breakdown"),
    ("F6 v", "evidence-key-show-evidence"),
    ("F1 ?", "key-help"),
];

const ROW_FORM: Keys = &[
    ("Tab ↓ / Shift-Tab ↑", "key-next-or-previous-field"),
    ("a-z 0-9", "key-edit-a-text-or-figure"),
    ("← →", "key-change-a-choice-how-often"),
    ("Space", "key-tick-or-untick-the-role"),
    ("Enter Esc", "key-done-with-this-row"),
    ("Ctrl-B F2", "key-score-breakdown"),
    ("F6", "evidence-key-show-evidence"),
    ("F1", "key-help"),
];

const REVIEW: Keys = &[
    ("↑↓ j k PgUp PgDn", "key-move-between-answers"),
    ("Enter e", "key-edit-the-answer-under-the"),
    ("f", "key-finalise-write-the-record-and"),
    ("Ctrl-E F3", "key-problems-that-stop-finalising"),
    ("Esc", "key-back-to-the-questions"),
    ("F1 ?", "key-help"),
];

const DONE: Keys = &[("Enter Esc", "key-home-screen"), ("q", "key-quit")];

const LOG_FORM: Keys = &[
    ("Tab ↓ / Shift-Tab ↑", "key-next-or-previous-field"),
    ("a-z 0-9", "evidence-key-type"),
    ("← → a-z", "evidence-key-choose"),
    ("Space 1-5", "evidence-key-tick-role"),
    ("PgDn PgUp", "evidence-key-saved-policy"),
    ("Enter", "evidence-key-next-then-log"),
    ("Ctrl-S", "evidence-key-log-now"),
    ("Esc", "key-back-to-the-home-screen"),
    SWITCH_LANGUAGE,
    ("F1", "key-help"),
];

const OVERLAY: Keys = &[
    ("↑↓ PgUp PgDn", "key-scroll-or-move"),
    ("Enter", "key-go-to-the-problem-under"),
    ("Esc", "key-close"),
];

const CONFIRM: Keys = &[("y Enter", "key-delete-the-row"), ("n Esc", "key-keep-it")];

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
        Screen::Log(_) => LOG_FORM,
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
            return &[
                ("↑↓", "key-move"),
                ("Enter", "key-go-there"),
                ("Esc", "key-close"),
            ];
        }
        Some(Overlay::Evidence { .. }) => {
            return &[
                ("↑↓", "key-move"),
                ("Enter", "evidence-key-cite"),
                ("Esc", "key-close"),
            ];
        }
        Some(_) => return &[("↑↓ PgUp PgDn", "key-scroll"), ("Esc", "key-close")],
        None => {}
    }
    match &m.screen {
        Screen::Home(_) => &[
            ("↑↓", "key-move"),
            ("Enter", "key-choose"),
            ("q", "key-quit"),
            ("F1", "key-help"),
        ],
        Screen::Assessor(_) => &[
            ("Tab", "key-next-field"),
            ("Enter", "key-start"),
            ("Esc", "key-back"),
            ("F1", "key-help"),
        ],
        Screen::Done(_) => DONE,
        Screen::Review(s) => super::screens::review_mode::keys(s, false),
        Screen::Log(_) => &[
            ("Tab", "key-next-field"),
            ("←→", "evidence-key-change"),
            ("^S", "evidence-key-log"),
            ("Esc", "key-back"),
            ("F1", "key-help"),
        ],
        Screen::Assess(s) => match &s.mode {
            Mode::Questions => &[
                ("Tab", "key-next"),
                ("PgDn", "key-section"),
                ("Space", "key-choose"),
                ("^R", "key-review"),
                ("^B", "key-why"),
                ("Esc", "key-home"),
                ("F1", "key-help"),
            ],
            Mode::Tasks(t) if t.form.is_some() => &[
                ("Tab", "key-next-field"),
                ("←→", "key-change"),
                ("Space", "key-tick-role"),
                ("Enter", "key-done"),
                ("F1", "key-help"),
            ],
            Mode::Tasks(_) => &[
                ("a", "key-add"),
                ("Enter", "key-edit"),
                ("d", "key-duplicate"),
                ("Del", "key-delete"),
                ("Esc", "key-back"),
                ("F1", "key-help"),
            ],
            Mode::Review(_) => &[
                ("↑↓", "key-move"),
                ("Enter", "key-edit"),
                ("f", "key-finalise"),
                ("^E", "key-problems"),
                ("Esc", "key-back"),
                ("F1", "key-help"),
            ],
        },
    }
}
