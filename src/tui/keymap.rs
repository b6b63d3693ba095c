//! Every key of the interface in one table: (context, action, default keys, what the help
//! shows, label). The screens ask the table which action a key is, the status line and
//! the F1 help are drawn from it, and the settings file may give an action other keys
//! (`keys:` in config.yaml). So the help cannot say one thing while a key does another.
//!
//! Modelled on gitui's key list: every binding named, a default for each, one matching
//! function, and a user file that patches only the actions it names.

use std::collections::BTreeMap;

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// Where a key is pressed: a screen, a mode of one, or a window over it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Ctx {
    /// Every screen, outside the windows: quit, language, help.
    Global,
    Home,
    Assessor,
    Questions,
    Tasks,
    RowForm,
    /// Reviewing one's own answers before finalising.
    OwnReview,
    Done,
    Log,
    ReviewTable,
    ReviewSearch,
    ReviewRecord,
    ReviewCompare,
    ReviewRespond,
    /// The cumulative workload.
    Portfolio,
    /// The help and score breakdown windows.
    Scroll,
    Problems,
    Evidence,
    Confirm,
    /// A window asking for a line of text: a revision's reason, a key's passphrase.
    Ask,
}

impl Ctx {
    pub const ALL: [Ctx; 20] = [
        Ctx::Global,
        Ctx::Home,
        Ctx::Assessor,
        Ctx::Questions,
        Ctx::Tasks,
        Ctx::RowForm,
        Ctx::OwnReview,
        Ctx::Done,
        Ctx::Log,
        Ctx::ReviewTable,
        Ctx::ReviewSearch,
        Ctx::ReviewRecord,
        Ctx::ReviewCompare,
        Ctx::ReviewRespond,
        Ctx::Portfolio,
        Ctx::Scroll,
        Ctx::Problems,
        Ctx::Evidence,
        Ctx::Confirm,
        Ctx::Ask,
    ];

    /// A window over a screen: F1 does not reach it, so its status line lists its keys.
    pub fn is_window(self) -> bool {
        matches!(
            self,
            Ctx::Scroll | Ctx::Problems | Ctx::Evidence | Ctx::Confirm | Ctx::Ask
        )
    }
}

/// What a key does. One name may serve several contexts (`up` moves whatever list is
/// shown); remapping a name changes it everywhere, as in gitui.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Action {
    Quit,
    SwitchLanguage,
    Help,
    Up,
    Down,
    First,
    Last,
    PageUp,
    PageDown,
    Left,
    Right,
    /// Space: choose or tick what is under the cursor.
    Choose,
    /// Enter: choose and go on, submit, go there.
    Accept,
    /// Esc: back one step, or close a window.
    Back,
    /// q: leave the screen (on the home screen, quit).
    Leave,
    NewAssessment,
    /// Review mode: saved records, read, compared and responded to.
    OpenReview,
    /// The cumulative workload of every assessed policy.
    OpenPortfolio,
    LogEvidence,
    /// The home screen: sync the data folder with the folder it is shared through.
    Sync,
    NextField,
    PreviousField,
    NextQuestion,
    PreviousQuestion,
    NextSection,
    PreviousSection,
    RankUp,
    RankDown,
    Clear,
    Yes,
    No,
    /// Check one's own answers before finalising (not review mode, which is `OpenReview`);
    /// named `review` in the settings file, as it always was.
    OwnReview,
    Breakdown,
    Problems,
    Save,
    Add,
    Edit,
    Duplicate,
    Delete,
    ShowEvidence,
    Cite,
    Finalise,
    Search,
    FilterStatus,
    FilterRating,
    Mark,
    Compare,
    Reload,
    Respond,
    /// Review mode's table: every revision of each assessment, or the latest only.
    AllRevisions,
    /// Review mode's record page: start a revision of the record.
    Revise,
    /// 1 to 9: an option, a scale point, a column or a role by number. Not remappable.
    Digit,
    /// Letters into a text field. Not remappable: it is typing, not a command.
    Type,
}

/// The names the settings file uses, one per action.
const NAMES: &[(Action, &str)] = &[
    (Action::Quit, "quit"),
    (Action::SwitchLanguage, "switch_language"),
    (Action::Help, "help"),
    (Action::Up, "up"),
    (Action::Down, "down"),
    (Action::First, "first"),
    (Action::Last, "last"),
    (Action::PageUp, "page_up"),
    (Action::PageDown, "page_down"),
    (Action::Left, "left"),
    (Action::Right, "right"),
    (Action::Choose, "choose"),
    (Action::Accept, "accept"),
    (Action::Back, "back"),
    (Action::Leave, "leave"),
    (Action::NewAssessment, "new_assessment"),
    (Action::OpenReview, "open_review"),
    (Action::OpenPortfolio, "open_portfolio"),
    (Action::LogEvidence, "log_evidence"),
    (Action::Sync, "sync"),
    (Action::NextField, "next_field"),
    (Action::PreviousField, "previous_field"),
    (Action::NextQuestion, "next_question"),
    (Action::PreviousQuestion, "previous_question"),
    (Action::NextSection, "next_section"),
    (Action::PreviousSection, "previous_section"),
    (Action::RankUp, "rank_up"),
    (Action::RankDown, "rank_down"),
    (Action::Clear, "clear"),
    (Action::Yes, "yes"),
    (Action::No, "no"),
    (Action::OwnReview, "review"),
    (Action::Breakdown, "breakdown"),
    (Action::Problems, "problems"),
    (Action::Save, "save"),
    (Action::Add, "add"),
    (Action::Edit, "edit"),
    (Action::Duplicate, "duplicate"),
    (Action::Delete, "delete"),
    (Action::ShowEvidence, "show_evidence"),
    (Action::Cite, "cite"),
    (Action::Finalise, "finalise"),
    (Action::Search, "search"),
    (Action::FilterStatus, "filter_status"),
    (Action::FilterRating, "filter_rating"),
    (Action::Mark, "mark"),
    (Action::Compare, "compare"),
    (Action::Reload, "reload"),
    (Action::Respond, "respond"),
    (Action::AllRevisions, "all_revisions"),
    (Action::Revise, "revise"),
    (Action::Digit, "digit"),
    (Action::Type, "type"),
];

impl Action {
    pub fn name(self) -> &'static str {
        NAMES
            .iter()
            .find(|(a, _)| *a == self)
            .map_or("", |(_, n)| n)
    }

    pub fn from_name(name: &str) -> Option<Action> {
        let name = name.trim().to_ascii_lowercase().replace('-', "_");
        NAMES.iter().find(|(_, n)| *n == name).map(|(a, _)| *a)
    }

    /// Digits and typing stand for many keys at once; they keep theirs.
    pub fn remappable(self) -> bool {
        !matches!(self, Action::Digit | Action::Type)
    }

    pub fn all() -> impl Iterator<Item = Action> {
        NAMES.iter().map(|(a, _)| *a)
    }
}

/// One key: a code and the modifiers that must be held with it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KeySpec {
    pub code: KeyCode,
    pub mods: KeyModifiers,
}

impl KeySpec {
    /// The key as typed in the settings file: `ctrl-s`, `f2`, `alt-x`, `shift-up`, `?`.
    pub fn parse(text: &str) -> Option<KeySpec> {
        let mut rest = text.trim();
        let mut mods = KeyModifiers::NONE;
        loop {
            let lower = rest.to_ascii_lowercase();
            let (m, len) = if lower.starts_with("ctrl-") {
                (KeyModifiers::CONTROL, 5)
            } else if lower.starts_with("alt-") {
                (KeyModifiers::ALT, 4)
            } else if lower.starts_with("shift-") {
                (KeyModifiers::SHIFT, 6)
            } else {
                break;
            };
            if rest.len() == len {
                break;
            }
            mods |= m;
            rest = &rest[len..];
        }
        let mut chars = rest.chars();
        if let (Some(c), None) = (chars.next(), chars.next()) {
            // Nothing that would move the cursor or reorder the help when it is shown.
            if c.is_control() || c.is_whitespace() || crate::text::is_unsafe(c) {
                return None;
            }
            // Shift is in the letter itself; Ctrl-S and Ctrl-s are the same key.
            if mods.contains(KeyModifiers::SHIFT) {
                return None;
            }
            let c = if mods.contains(KeyModifiers::CONTROL) {
                c.to_ascii_lowercase()
            } else {
                c
            };
            return Some(KeySpec {
                code: KeyCode::Char(c),
                mods,
            });
        }
        let lower = rest.to_ascii_lowercase();
        let code = match lower.as_str() {
            "up" => KeyCode::Up,
            "down" => KeyCode::Down,
            "left" => KeyCode::Left,
            "right" => KeyCode::Right,
            "pageup" | "pgup" => KeyCode::PageUp,
            "pagedown" | "pgdn" | "pgdown" => KeyCode::PageDown,
            "home" => KeyCode::Home,
            "end" => KeyCode::End,
            "enter" | "return" => KeyCode::Enter,
            "esc" | "escape" => KeyCode::Esc,
            "tab" if mods.contains(KeyModifiers::SHIFT) => {
                mods.remove(KeyModifiers::SHIFT);
                KeyCode::BackTab
            }
            "tab" => KeyCode::Tab,
            "backtab" => KeyCode::BackTab,
            "space" => KeyCode::Char(' '),
            "del" | "delete" => KeyCode::Delete,
            "backspace" => KeyCode::Backspace,
            "insert" | "ins" => KeyCode::Insert,
            f if f.starts_with('f') => match f[1..].parse::<u8>() {
                Ok(n @ 1..=12) => KeyCode::F(n),
                _ => return None,
            },
            _ => return None,
        };
        Some(KeySpec { code, mods })
    }

    pub fn matches(&self, key: &KeyEvent) -> bool {
        let held =
            key.modifiers & (KeyModifiers::CONTROL | KeyModifiers::ALT | KeyModifiers::SHIFT);
        match (self.code, key.code) {
            // The terminal reports a capital with Shift held; the letter already says so.
            (KeyCode::Char(a), KeyCode::Char(b)) => {
                a == b && held - KeyModifiers::SHIFT == self.mods
            }
            (KeyCode::BackTab, KeyCode::BackTab) => held - KeyModifiers::SHIFT == self.mods,
            (a, b) => a == b && held == self.mods,
        }
    }

    /// As the help shows it: `Ctrl-S`, `F2`, `↑`, `PgDn`.
    pub fn label(&self) -> String {
        let mut out = String::new();
        if self.mods.contains(KeyModifiers::CONTROL) {
            out.push_str("Ctrl-");
        }
        if self.mods.contains(KeyModifiers::ALT) {
            out.push_str("Alt-");
        }
        if self.mods.contains(KeyModifiers::SHIFT) {
            out.push_str("Shift-");
        }
        match self.code {
            KeyCode::Char(' ') => out.push_str("Space"),
            KeyCode::Char(c) if self.mods.contains(KeyModifiers::CONTROL) => {
                out.push(c.to_ascii_uppercase())
            }
            KeyCode::Char(c) => out.push(c),
            KeyCode::Up => out.push('↑'),
            KeyCode::Down => out.push('↓'),
            KeyCode::Left => out.push('←'),
            KeyCode::Right => out.push('→'),
            KeyCode::PageUp => out.push_str("PgUp"),
            KeyCode::PageDown => out.push_str("PgDn"),
            KeyCode::Home => out.push_str("Home"),
            KeyCode::End => out.push_str("End"),
            KeyCode::Enter => out.push_str("Enter"),
            KeyCode::Esc => out.push_str("Esc"),
            KeyCode::Tab => out.push_str("Tab"),
            KeyCode::BackTab => out.push_str("Shift-Tab"),
            KeyCode::Delete => out.push_str("Del"),
            KeyCode::Backspace => out.push_str("Backspace"),
            KeyCode::Insert => out.push_str("Insert"),
            KeyCode::F(n) => out.push_str(&format!("F{n}")),
            other => out.push_str(&format!("{other:?}")),
        }
        out
    }

    /// A key press that matches this key, for tests and for reading the help back.
    pub fn event(&self) -> KeyEvent {
        let mods = match self.code {
            KeyCode::Char(c) if c.is_uppercase() => self.mods | KeyModifiers::SHIFT,
            KeyCode::BackTab => self.mods | KeyModifiers::SHIFT,
            _ => self.mods,
        };
        KeyEvent::new(self.code, mods)
    }
}

/// Which of 1 to 9 this key is, counted from 0: what `Action::Digit` picks.
pub fn digit(key: &KeyEvent) -> Option<usize> {
    match key.code {
        KeyCode::Char(c @ '1'..='9') => Some(c as usize - '1' as usize),
        _ => None,
    }
}

/// The keys separated by spaces, or `None` when one cannot be read.
fn parse_keys(text: &str) -> Option<Vec<KeySpec>> {
    let keys: Option<Vec<KeySpec>> = text.split_whitespace().map(KeySpec::parse).collect();
    keys.filter(|k| !k.is_empty())
}

/// A row of the table, as written below.
struct Row {
    ctx: Ctx,
    action: Action,
    /// Default keys, or `GLOBAL`: the keys the `Global` row of the action has.
    keys: &'static str,
    /// What the help shows while the defaults are kept: it can say `↑↓ j k` or `1-9`.
    shown: &'static str,
    label: &'static str,
    /// In the status line too, in fewer words.
    hint: Option<(&'static str, &'static str)>,
}

const GLOBAL: &str = "=";
const DIGITS: &str = "1 2 3 4 5 6 7 8 9";

const fn row(
    ctx: Ctx,
    action: Action,
    keys: &'static str,
    shown: &'static str,
    label: &'static str,
) -> Row {
    Row {
        ctx,
        action,
        keys,
        shown,
        label,
        hint: None,
    }
}

impl Row {
    const fn hint(self, shown: &'static str, label: &'static str) -> Row {
        Row {
            hint: Some((shown, label)),
            ..self
        }
    }
}

use Action as A;

/// The table. Rows in the same context with the same `shown` and label next to each
/// other are one line of help (↑ and ↓ share "move"); the order is the order shown.
#[rustfmt::skip]
const TABLE: &[Row] = &[
    row(Ctx::Global, A::Quit, "ctrl-c", "Ctrl-C", "key-quit-the-draft-is-kept"),
    row(Ctx::Global, A::SwitchLanguage, "f9 ctrl-l", "F9 Ctrl-L", "key-switch-language"),
    row(Ctx::Global, A::Help, "f1 ?", "F1 ?", "key-help"),

    row(Ctx::Home, A::Up, "up k backtab", "↑↓ j k", "key-move").hint("↑↓", "key-move"),
    row(Ctx::Home, A::Down, "down j tab", "↑↓ j k", "key-move").hint("↑↓", "key-move"),
    row(Ctx::Home, A::First, "home", "Home End", "review-key-ends"),
    row(Ctx::Home, A::Last, "end", "Home End", "review-key-ends"),
    row(Ctx::Home, A::Accept, "enter space", "Enter", "key-choose").hint("Enter", "key-choose"),
    row(Ctx::Home, A::NewAssessment, "n", "n", "key-new-assessment"),
    row(Ctx::Home, A::OpenReview, "r", "r", "key-open-review-mode"),
    row(Ctx::Home, A::OpenPortfolio, "p", "p", "key-open-portfolio"),
    row(Ctx::Home, A::LogEvidence, "l", "l", "key-open-evidence-form"),
    row(Ctx::Home, A::Sync, "s", "s", "key-sync"),
    row(Ctx::Home, A::Leave, "q esc", "q Esc", "key-quit").hint("q", "key-quit"),
    row(Ctx::Home, A::Quit, GLOBAL, "Ctrl-C", "key-quit-at-once"),
    row(Ctx::Home, A::SwitchLanguage, GLOBAL, "F9 Ctrl-L", "key-switch-language"),
    row(Ctx::Home, A::Help, GLOBAL, "F1 ?", "key-help").hint("F1", "key-help"),

    row(Ctx::Assessor, A::NextField, "tab down", "Tab ↑↓", "key-next-or-previous-field").hint("Tab", "key-next-field"),
    row(Ctx::Assessor, A::PreviousField, "backtab up", "Tab ↑↓", "key-next-or-previous-field").hint("Tab", "key-next-field"),
    row(Ctx::Assessor, A::Type, "", "a-z 0-9", "key-edit-a-text-or-figure"),
    row(Ctx::Assessor, A::Accept, "enter", "Enter", "key-next-field-then-start").hint("Enter", "key-start"),
    row(Ctx::Assessor, A::Back, "esc", "Esc", "key-back-to-the-home-screen").hint("Esc", "key-back"),
    row(Ctx::Assessor, A::Quit, GLOBAL, "Ctrl-C", "key-quit-at-once"),
    row(Ctx::Assessor, A::SwitchLanguage, GLOBAL, "F9 Ctrl-L", "key-switch-language"),
    row(Ctx::Assessor, A::Help, GLOBAL, "F1", "key-help").hint("F1", "key-help"),

    row(Ctx::Questions, A::NextQuestion, "tab", "Tab Shift-Tab", "key-next-or-previous-question").hint("Tab", "key-next"),
    row(Ctx::Questions, A::PreviousQuestion, "backtab", "Tab Shift-Tab", "key-next-or-previous-question").hint("Tab", "key-next"),
    row(Ctx::Questions, A::NextSection, "pagedown", "PgDn PgUp", "key-next-or-previous-section").hint("PgDn", "key-section"),
    row(Ctx::Questions, A::PreviousSection, "pageup", "PgDn PgUp", "key-next-or-previous-section").hint("PgDn", "key-section"),
    row(Ctx::Questions, A::Up, "up k", "↑↓ j k", "key-move-in-a-list-else"),
    row(Ctx::Questions, A::Down, "down j", "↑↓ j k", "key-move-in-a-list-else"),
    row(Ctx::Questions, A::Choose, "space", "Space", "key-choose-or-tick-the-option").hint("Space", "key-choose"),
    row(Ctx::Questions, A::Accept, "enter", "Enter", "key-choose-and-go-on-open"),
    row(Ctx::Questions, A::Digit, DIGITS, "1-9", "key-choose-option-or-scale-point"),
    row(Ctx::Questions, A::Left, "left h", "← → h l", "key-change-a-matrix-rows-rating"),
    row(Ctx::Questions, A::Right, "right l", "← → h l", "key-change-a-matrix-rows-rating"),
    row(Ctx::Questions, A::RankUp, "shift-up K", "Shift-↑↓ K J", "key-move-a-ranked-item-up"),
    row(Ctx::Questions, A::RankDown, "shift-down J", "Shift-↑↓ K J", "key-move-a-ranked-item-up"),
    row(Ctx::Questions, A::Clear, "delete backspace", "Del", "key-clear-the-answer"),
    row(Ctx::Questions, A::Yes, "y Y", "y n", "key-yes-or-no"),
    row(Ctx::Questions, A::No, "n N", "y n", "key-yes-or-no"),
    row(Ctx::Questions, A::OwnReview, "ctrl-r f4", "Ctrl-R F4", "key-review-every-answer-then-finalise").hint("^R", "key-review"),
    row(Ctx::Questions, A::Breakdown, "ctrl-b f2 b", "Ctrl-B F2", "key-score-breakdown-why-the-figures").hint("^B", "key-why"),
    row(Ctx::Questions, A::Problems, "ctrl-e f3", "Ctrl-E F3", "key-problems-that-stop-finalising"),
    row(Ctx::Questions, A::Save, "ctrl-s", "Ctrl-S", "key-save-the-draft-now-it"),
    row(Ctx::Questions, A::Back, "esc", "Esc", "key-home-screen-the-draft-is").hint("Esc", "key-home"),
    row(Ctx::Questions, A::Quit, GLOBAL, "Ctrl-C", "key-quit-the-draft-is-kept"),
    row(Ctx::Questions, A::SwitchLanguage, GLOBAL, "F9 Ctrl-L", "key-switch-language"),
    row(Ctx::Questions, A::Help, GLOBAL, "F1 ?", "key-this-help-only-outside-text").hint("F1", "key-help"),
    // Last, so the lines above keep their place on a small screen.
    row(Ctx::Questions, A::First, "home", "Home End", "key-first-or-last-in-a-list"),
    row(Ctx::Questions, A::Last, "end", "Home End", "key-first-or-last-in-a-list"),

    row(Ctx::Tasks, A::Up, "up k", "↑↓ j k", "key-move-between-rows"),
    row(Ctx::Tasks, A::Down, "down j", "↑↓ j k", "key-move-between-rows"),
    row(Ctx::Tasks, A::First, "home", "Home End", "review-key-ends"),
    row(Ctx::Tasks, A::Last, "end", "Home End", "review-key-ends"),
    row(Ctx::Tasks, A::Add, "a insert", "a Insert", "key-add-a-row").hint("a", "key-add"),
    row(Ctx::Tasks, A::Edit, "enter e", "Enter e", "key-edit-the-row").hint("Enter", "key-edit"),
    row(Ctx::Tasks, A::Duplicate, "d", "d", "key-duplicate-the-row").hint("d", "key-duplicate"),
    row(Ctx::Tasks, A::Delete, "delete x", "Del x", "key-delete-the-row-asks-first").hint("Del", "key-delete"),
    row(Ctx::Tasks, A::Back, "esc", "Esc", "key-back-to-the-question").hint("Esc", "key-back"),
    row(Ctx::Tasks, A::Breakdown, "ctrl-b f2 b", "Ctrl-B F2", "key-score-breakdown"),
    row(Ctx::Tasks, A::ShowEvidence, "f6 v", "F6 v", "evidence-key-show-evidence"),
    row(Ctx::Tasks, A::Problems, "ctrl-e f3", "Ctrl-E F3", "key-problems-that-stop-finalising"),
    row(Ctx::Tasks, A::OwnReview, "ctrl-r f4", "Ctrl-R F4", "key-review-every-answer-then-finalise"),
    row(Ctx::Tasks, A::Save, "ctrl-s", "Ctrl-S", "key-save-the-draft-now-it"),
    row(Ctx::Tasks, A::Quit, GLOBAL, "Ctrl-C", "key-quit-the-draft-is-kept"),
    row(Ctx::Tasks, A::SwitchLanguage, GLOBAL, "F9 Ctrl-L", "key-switch-language"),
    row(Ctx::Tasks, A::Help, GLOBAL, "F1 ?", "key-help").hint("F1", "key-help"),

    row(Ctx::RowForm, A::NextField, "tab down", "Tab ↓ / Shift-Tab ↑", "key-next-or-previous-field").hint("Tab", "key-next-field"),
    row(Ctx::RowForm, A::PreviousField, "backtab up", "Tab ↓ / Shift-Tab ↑", "key-next-or-previous-field").hint("Tab", "key-next-field"),
    row(Ctx::RowForm, A::Type, "", "a-z 0-9", "key-edit-a-text-or-figure"),
    row(Ctx::RowForm, A::Left, "left h", "← →", "key-change-a-choice-how-often").hint("←→", "key-change"),
    row(Ctx::RowForm, A::Right, "right l", "← →", "key-change-a-choice-how-often").hint("←→", "key-change"),
    row(Ctx::RowForm, A::Choose, "space", "Space", "key-tick-or-untick-the-role").hint("Space", "key-tick-role"),
    row(Ctx::RowForm, A::Accept, "enter", "Enter Esc", "key-done-with-this-row").hint("Enter", "key-done"),
    row(Ctx::RowForm, A::Back, "esc", "Enter Esc", "key-done-with-this-row").hint("Enter", "key-done"),
    row(Ctx::RowForm, A::Clear, "delete backspace", "Del", "key-clear-the-admin-task"),
    row(Ctx::RowForm, A::Breakdown, "ctrl-b f2 b", "Ctrl-B F2", "key-score-breakdown"),
    row(Ctx::RowForm, A::ShowEvidence, "f6 v", "F6", "evidence-key-show-evidence"),
    row(Ctx::RowForm, A::Problems, "ctrl-e f3", "Ctrl-E F3", "key-problems-that-stop-finalising"),
    row(Ctx::RowForm, A::OwnReview, "ctrl-r f4", "Ctrl-R F4", "key-review-every-answer-then-finalise"),
    row(Ctx::RowForm, A::Save, "ctrl-s", "Ctrl-S", "key-save-the-draft-now-it"),
    row(Ctx::RowForm, A::Quit, GLOBAL, "Ctrl-C", "key-quit-the-draft-is-kept"),
    row(Ctx::RowForm, A::SwitchLanguage, GLOBAL, "F9 Ctrl-L", "key-switch-language"),
    row(Ctx::RowForm, A::Help, GLOBAL, "F1", "key-help").hint("F1", "key-help"),

    row(Ctx::OwnReview, A::Up, "up k", "↑↓ j k PgUp PgDn", "key-move-between-answers").hint("↑↓", "key-move"),
    row(Ctx::OwnReview, A::Down, "down j", "↑↓ j k PgUp PgDn", "key-move-between-answers").hint("↑↓", "key-move"),
    row(Ctx::OwnReview, A::PageUp, "pageup", "↑↓ j k PgUp PgDn", "key-move-between-answers").hint("↑↓", "key-move"),
    row(Ctx::OwnReview, A::PageDown, "pagedown", "↑↓ j k PgUp PgDn", "key-move-between-answers").hint("↑↓", "key-move"),
    row(Ctx::OwnReview, A::First, "home", "Home End", "review-key-ends"),
    row(Ctx::OwnReview, A::Last, "end", "Home End", "review-key-ends"),
    row(Ctx::OwnReview, A::Edit, "enter e", "Enter e", "key-edit-the-answer-under-the").hint("Enter", "key-edit"),
    row(Ctx::OwnReview, A::Finalise, "f", "f", "key-finalise-write-the-record-and").hint("f", "key-finalise"),
    row(Ctx::OwnReview, A::Problems, "ctrl-e f3", "Ctrl-E F3", "key-problems-that-stop-finalising").hint("^E", "key-problems"),
    row(Ctx::OwnReview, A::Back, "esc", "Esc", "key-back-to-the-questions").hint("Esc", "key-back"),
    row(Ctx::OwnReview, A::Breakdown, "ctrl-b f2 b", "Ctrl-B F2", "key-score-breakdown"),
    row(Ctx::OwnReview, A::Save, "ctrl-s", "Ctrl-S", "key-save-the-draft-now-it"),
    row(Ctx::OwnReview, A::Quit, GLOBAL, "Ctrl-C", "key-quit-the-draft-is-kept"),
    row(Ctx::OwnReview, A::SwitchLanguage, GLOBAL, "F9 Ctrl-L", "key-switch-language"),
    row(Ctx::OwnReview, A::Help, GLOBAL, "F1 ?", "key-help").hint("F1", "key-help"),

    row(Ctx::Done, A::Back, "enter esc", "Enter Esc", "key-home-screen").hint("Enter Esc", "key-home-screen"),
    row(Ctx::Done, A::Leave, "q", "q", "key-quit").hint("q", "key-quit"),
    row(Ctx::Done, A::Quit, GLOBAL, "Ctrl-C", "key-quit-at-once"),
    row(Ctx::Done, A::SwitchLanguage, GLOBAL, "F9 Ctrl-L", "key-switch-language"),
    row(Ctx::Done, A::Help, GLOBAL, "F1 ?", "key-help"),

    row(Ctx::Log, A::NextField, "tab down", "Tab ↓ / Shift-Tab ↑", "key-next-or-previous-field").hint("Tab", "key-next-field"),
    row(Ctx::Log, A::PreviousField, "backtab up", "Tab ↓ / Shift-Tab ↑", "key-next-or-previous-field").hint("Tab", "key-next-field"),
    row(Ctx::Log, A::Type, "", "a-z 0-9", "evidence-key-type"),
    row(Ctx::Log, A::Left, "left h", "← → a-z", "evidence-key-choose").hint("←→", "evidence-key-change"),
    row(Ctx::Log, A::Right, "right l", "← → a-z", "evidence-key-choose").hint("←→", "evidence-key-change"),
    row(Ctx::Log, A::Choose, "space x", "Space 1-5", "evidence-key-tick-role"),
    row(Ctx::Log, A::Digit, DIGITS, "Space 1-5", "evidence-key-tick-role"),
    row(Ctx::Log, A::PageDown, "pagedown", "PgDn PgUp", "evidence-key-saved-policy"),
    row(Ctx::Log, A::PageUp, "pageup", "PgDn PgUp", "evidence-key-saved-policy"),
    row(Ctx::Log, A::Accept, "enter", "Enter", "evidence-key-next-then-log"),
    row(Ctx::Log, A::Save, "ctrl-s", "Ctrl-S", "evidence-key-log-now").hint("^S", "evidence-key-log"),
    row(Ctx::Log, A::Clear, "delete backspace", "Del", "key-clear-the-choice"),
    row(Ctx::Log, A::Back, "esc", "Esc", "key-back-to-the-home-screen").hint("Esc", "key-back"),
    row(Ctx::Log, A::Quit, GLOBAL, "Ctrl-C", "key-quit-at-once"),
    row(Ctx::Log, A::SwitchLanguage, GLOBAL, "F9 Ctrl-L", "key-switch-language"),
    row(Ctx::Log, A::Help, GLOBAL, "F1", "key-help").hint("F1", "key-help"),

    row(Ctx::ReviewTable, A::Up, "up k", "↑↓ j k PgUp PgDn", "review-key-move").hint("↑↓", "review-hint-move"),
    row(Ctx::ReviewTable, A::Down, "down j", "↑↓ j k PgUp PgDn", "review-key-move").hint("↑↓", "review-hint-move"),
    row(Ctx::ReviewTable, A::PageUp, "pageup", "↑↓ j k PgUp PgDn", "review-key-move").hint("↑↓", "review-hint-move"),
    row(Ctx::ReviewTable, A::PageDown, "pagedown", "↑↓ j k PgUp PgDn", "review-key-move").hint("↑↓", "review-hint-move"),
    row(Ctx::ReviewTable, A::First, "home g", "Home End", "review-key-ends"),
    row(Ctx::ReviewTable, A::Last, "end G", "Home End", "review-key-ends"),
    row(Ctx::ReviewTable, A::Accept, "enter", "Enter", "review-key-open").hint("Enter", "review-hint-open"),
    row(Ctx::ReviewTable, A::Search, "/", "/", "review-key-search").hint("/", "review-hint-search"),
    row(Ctx::ReviewTable, A::FilterStatus, "s", "s", "review-key-status").hint("s r", "review-hint-filter"),
    row(Ctx::ReviewTable, A::FilterRating, "r", "r", "review-key-rating").hint("s r", "review-hint-filter"),
    row(Ctx::ReviewTable, A::Digit, DIGITS, "1-9", "review-key-sort-numbered").hint("1-9", "review-hint-sort"),
    row(Ctx::ReviewTable, A::Mark, "m space", "m Space", "review-key-mark").hint("m c", "review-hint-compare"),
    row(Ctx::ReviewTable, A::Compare, "c", "c", "review-key-compare").hint("m c", "review-hint-compare"),
    row(Ctx::ReviewTable, A::Reload, "f5", "F5", "review-key-reload"),
    row(Ctx::ReviewTable, A::AllRevisions, "v", "v", "review-key-all-revisions").hint("v", "review-hint-all-revisions"),
    row(Ctx::ReviewTable, A::OpenPortfolio, "p", "p", "key-open-portfolio"),
    row(Ctx::ReviewTable, A::Back, "esc q", "Esc q", "review-key-home").hint("Esc", "review-hint-home"),
    row(Ctx::ReviewTable, A::Quit, GLOBAL, "Ctrl-C", "key-quit-at-once"),
    row(Ctx::ReviewTable, A::SwitchLanguage, GLOBAL, "F9 Ctrl-L", "key-switch-language"),
    row(Ctx::ReviewTable, A::Help, GLOBAL, "F1 ?", "review-key-help"),

    row(Ctx::ReviewSearch, A::Accept, "enter down tab", "Enter ↓", "review-key-search-done").hint("Enter ↓", "review-key-search-done"),
    row(Ctx::ReviewSearch, A::Back, "esc", "Esc", "review-key-search-clear").hint("Esc", "review-key-search-clear"),
    row(Ctx::ReviewSearch, A::Type, "", "a-z 0-9", "review-key-search"),
    row(Ctx::ReviewSearch, A::Quit, GLOBAL, "Ctrl-C", "key-quit-at-once"),
    row(Ctx::ReviewSearch, A::SwitchLanguage, GLOBAL, "F9 Ctrl-L", "key-switch-language"),
    row(Ctx::ReviewSearch, A::Help, GLOBAL, "F1", "review-key-help"),

    row(Ctx::ReviewRecord, A::Up, "up k", "↑↓ j k PgUp PgDn", "review-key-scroll").hint("↑↓ PgDn", "review-hint-scroll"),
    row(Ctx::ReviewRecord, A::Down, "down j", "↑↓ j k PgUp PgDn", "review-key-scroll").hint("↑↓ PgDn", "review-hint-scroll"),
    row(Ctx::ReviewRecord, A::PageUp, "pageup", "↑↓ j k PgUp PgDn", "review-key-scroll").hint("↑↓ PgDn", "review-hint-scroll"),
    row(Ctx::ReviewRecord, A::PageDown, "pagedown", "↑↓ j k PgUp PgDn", "review-key-scroll").hint("↑↓ PgDn", "review-hint-scroll"),
    row(Ctx::ReviewRecord, A::First, "home g", "Home End", "review-key-ends"),
    row(Ctx::ReviewRecord, A::Last, "end G", "Home End", "review-key-ends"),
    row(Ctx::ReviewRecord, A::Respond, "a", "a", "review-key-respond").hint("a", "review-hint-respond"),
    row(Ctx::ReviewRecord, A::Mark, "m", "m", "review-key-mark").hint("m c", "review-hint-compare"),
    row(Ctx::ReviewRecord, A::Compare, "c", "c", "review-key-compare").hint("m c", "review-hint-compare"),
    row(Ctx::ReviewRecord, A::Revise, "R", "R", "review-key-revise").hint("R", "review-hint-revise"),
    row(Ctx::ReviewRecord, A::Back, "esc q", "Esc", "review-key-back").hint("Esc", "review-hint-back"),
    row(Ctx::ReviewRecord, A::Quit, GLOBAL, "Ctrl-C", "key-quit-at-once"),
    row(Ctx::ReviewRecord, A::SwitchLanguage, GLOBAL, "F9 Ctrl-L", "key-switch-language"),
    row(Ctx::ReviewRecord, A::Help, GLOBAL, "F1 ?", "review-key-help").hint("F1", "review-hint-help"),

    row(Ctx::ReviewCompare, A::Up, "up k", "↑↓ PgUp PgDn", "review-hint-scroll").hint("↑↓ PgUp PgDn", "review-hint-scroll"),
    row(Ctx::ReviewCompare, A::Down, "down j", "↑↓ PgUp PgDn", "review-hint-scroll").hint("↑↓ PgUp PgDn", "review-hint-scroll"),
    row(Ctx::ReviewCompare, A::PageUp, "pageup", "↑↓ PgUp PgDn", "review-hint-scroll").hint("↑↓ PgUp PgDn", "review-hint-scroll"),
    row(Ctx::ReviewCompare, A::PageDown, "pagedown", "↑↓ PgUp PgDn", "review-hint-scroll").hint("↑↓ PgUp PgDn", "review-hint-scroll"),
    row(Ctx::ReviewCompare, A::First, "home g", "Home End", "review-key-ends"),
    row(Ctx::ReviewCompare, A::Last, "end G", "Home End", "review-key-ends"),
    row(Ctx::ReviewCompare, A::Back, "esc q", "Esc", "review-hint-back").hint("Esc", "review-hint-back"),
    row(Ctx::ReviewCompare, A::Quit, GLOBAL, "Ctrl-C", "key-quit-at-once"),
    row(Ctx::Portfolio, A::Left, "left h", "← →", "portfolio-key-term").hint("← →", "portfolio-key-term"),
    row(Ctx::Portfolio, A::Right, "right l", "← →", "portfolio-key-term").hint("← →", "portfolio-key-term"),
    row(Ctx::Portfolio, A::Up, "up k", "↑↓", "portfolio-key-role").hint("↑↓", "portfolio-key-role"),
    row(Ctx::Portfolio, A::Down, "down j", "↑↓", "portfolio-key-role").hint("↑↓", "portfolio-key-role"),
    row(Ctx::Portfolio, A::PageUp, "pageup", "PgUp PgDn", "portfolio-key-scroll"),
    row(Ctx::Portfolio, A::PageDown, "pagedown", "PgUp PgDn", "portfolio-key-scroll"),
    row(Ctx::Portfolio, A::First, "home", "Home End", "portfolio-key-ends"),
    row(Ctx::Portfolio, A::Last, "end", "Home End", "portfolio-key-ends"),
    row(Ctx::Portfolio, A::Back, "esc q", "Esc", "key-home-screen").hint("Esc", "key-home-screen"),
    row(Ctx::Portfolio, A::Quit, GLOBAL, "Ctrl-C", "key-quit-at-once"),
    row(Ctx::Portfolio, A::SwitchLanguage, GLOBAL, "F9 Ctrl-L", "key-switch-language"),
    row(Ctx::Portfolio, A::Help, GLOBAL, "F1 ?", "key-help").hint("F1", "key-help"),
    row(Ctx::ReviewCompare, A::SwitchLanguage, GLOBAL, "F9 Ctrl-L", "key-switch-language"),
    row(Ctx::ReviewCompare, A::Help, GLOBAL, "F1", "review-hint-help").hint("F1", "review-hint-help"),

    row(Ctx::ReviewRespond, A::NextField, "tab", "Tab Shift-Tab", "review-key-next-field").hint("Tab", "review-hint-next"),
    row(Ctx::ReviewRespond, A::PreviousField, "backtab", "Tab Shift-Tab", "review-key-next-field").hint("Tab", "review-hint-next"),
    row(Ctx::ReviewRespond, A::Up, "up k", "↑↓", "review-key-targets").hint("↑↓", "review-hint-choose"),
    row(Ctx::ReviewRespond, A::Down, "down j", "↑↓", "review-key-targets").hint("↑↓", "review-hint-choose"),
    row(Ctx::ReviewRespond, A::PageUp, "pageup", "↑↓", "review-key-targets").hint("↑↓", "review-hint-choose"),
    row(Ctx::ReviewRespond, A::PageDown, "pagedown", "↑↓", "review-key-targets").hint("↑↓", "review-hint-choose"),
    row(Ctx::ReviewRespond, A::Left, "left h", "← → Space", "review-key-position"),
    row(Ctx::ReviewRespond, A::Right, "right l", "← → Space", "review-key-position"),
    row(Ctx::ReviewRespond, A::Choose, "space", "← → Space", "review-key-position"),
    row(Ctx::ReviewRespond, A::Type, "", "type", "review-key-type"),
    row(Ctx::ReviewRespond, A::Accept, "enter", "Enter", "key-next-field"),
    row(Ctx::ReviewRespond, A::Save, "ctrl-s", "Ctrl-S", "review-key-save").hint("^S", "review-hint-save"),
    row(Ctx::ReviewRespond, A::Back, "esc", "Esc", "review-key-back-keep").hint("Esc", "review-hint-back"),
    row(Ctx::ReviewRespond, A::Quit, GLOBAL, "Ctrl-C", "key-quit-at-once"),
    row(Ctx::ReviewRespond, A::SwitchLanguage, GLOBAL, "F9 Ctrl-L", "key-switch-language"),
    row(Ctx::ReviewRespond, A::Help, GLOBAL, "F1", "review-key-help").hint("F1", "review-hint-help"),

    row(Ctx::Scroll, A::Up, "up k", "↑↓ PgUp PgDn", "key-scroll").hint("↑↓ PgUp PgDn", "key-scroll"),
    row(Ctx::Scroll, A::Down, "down j", "↑↓ PgUp PgDn", "key-scroll").hint("↑↓ PgUp PgDn", "key-scroll"),
    row(Ctx::Scroll, A::PageUp, "pageup", "↑↓ PgUp PgDn", "key-scroll").hint("↑↓ PgUp PgDn", "key-scroll"),
    row(Ctx::Scroll, A::PageDown, "pagedown space", "↑↓ PgUp PgDn", "key-scroll").hint("↑↓ PgUp PgDn", "key-scroll"),
    row(Ctx::Scroll, A::First, "home", "↑↓ PgUp PgDn", "key-scroll").hint("↑↓ PgUp PgDn", "key-scroll"),
    row(Ctx::Scroll, A::Back, "esc", "Esc", "key-close").hint("Esc", "key-close"),

    row(Ctx::Problems, A::Up, "up k", "↑↓", "key-move").hint("↑↓", "key-move"),
    row(Ctx::Problems, A::Down, "down j", "↑↓", "key-move").hint("↑↓", "key-move"),
    row(Ctx::Problems, A::Accept, "enter", "Enter", "key-go-there").hint("Enter", "key-go-there"),
    row(Ctx::Problems, A::Back, "esc", "Esc", "key-close").hint("Esc", "key-close"),

    row(Ctx::Evidence, A::Up, "up k", "↑↓", "key-move").hint("↑↓", "key-move"),
    row(Ctx::Evidence, A::Down, "down j", "↑↓", "key-move").hint("↑↓", "key-move"),
    row(Ctx::Evidence, A::First, "home", "↑↓", "key-move").hint("↑↓", "key-move"),
    row(Ctx::Evidence, A::Last, "end", "↑↓", "key-move").hint("↑↓", "key-move"),
    row(Ctx::Evidence, A::Cite, "enter c", "Enter", "evidence-key-cite").hint("Enter", "evidence-key-cite"),
    row(Ctx::Evidence, A::Back, "esc", "Esc", "key-close").hint("Esc", "key-close"),

    // The window says what yes does (delete a row, finalise, resume a draft).
    row(Ctx::Confirm, A::Yes, "y Y enter", "y Enter", "confirm-key-yes").hint("y Enter", "confirm-key-yes"),
    row(Ctx::Confirm, A::No, "n N esc", "n Esc", "confirm-key-no").hint("n Esc", "confirm-key-no"),

    row(Ctx::Ask, A::Type, "", "type", "ask-key-type").hint("type", "ask-key-type"),
    row(Ctx::Ask, A::Accept, "enter", "Enter", "ask-key-confirm").hint("Enter", "ask-key-confirm"),
    row(Ctx::Ask, A::Back, "esc", "Esc", "ask-key-cancel").hint("Esc", "ask-key-cancel"),
];

/// A binding as it stands after the settings file: the keys that do the action here.
#[derive(Debug, Clone, PartialEq)]
pub struct Binding {
    pub ctx: Ctx,
    pub action: Action,
    pub keys: Vec<KeySpec>,
    shown: &'static str,
    pub label: &'static str,
    hint: Option<(&'static str, &'static str)>,
    /// The settings file gave other keys: what the help shows is written from them.
    remapped: bool,
}

/// One line of the help or the status line: the keys as shown, the message id, and the
/// actions it stands for.
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    pub keys: String,
    pub label: &'static str,
    pub actions: Vec<Action>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Keymap {
    bindings: Vec<Binding>,
}

impl Default for Keymap {
    fn default() -> Self {
        Keymap::with(&BTreeMap::new())
    }
}

/// Why a line of the settings' `keys:` was not used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refused {
    UnknownAction,
    BadKey(String),
    Fixed,
}

impl Keymap {
    /// The defaults, with these actions given other keys.
    pub fn with(over: &BTreeMap<Action, Vec<KeySpec>>) -> Keymap {
        let global = |action: Action| {
            TABLE
                .iter()
                .find(|r| r.ctx == Ctx::Global && r.action == action)
                .map_or("", |r| r.keys)
        };
        let bindings = TABLE
            .iter()
            .map(|r| {
                let default = if r.keys == GLOBAL {
                    global(r.action)
                } else {
                    r.keys
                };
                let (keys, remapped) = match over.get(&r.action) {
                    Some(keys) if r.action.remappable() => (keys.clone(), true),
                    _ => (parse_keys(default).unwrap_or_default(), false),
                };
                Binding {
                    ctx: r.ctx,
                    action: r.action,
                    keys,
                    shown: r.shown,
                    label: r.label,
                    hint: r.hint,
                    remapped,
                }
            })
            .collect();
        Keymap { bindings }
    }

    /// The keymap the settings file asks for: each entry maps an action's name to its
    /// keys (several separated by spaces). An entry that cannot be used is refused with
    /// its reason and the action keeps its defaults.
    pub fn from_settings<'a>(
        entries: impl IntoIterator<Item = (&'a str, String)>,
    ) -> (Keymap, Vec<(String, Refused)>) {
        let mut over = BTreeMap::new();
        let mut refused = Vec::new();
        for (name, keys) in entries {
            let Some(action) = Action::from_name(name) else {
                refused.push((name.to_string(), Refused::UnknownAction));
                continue;
            };
            if !action.remappable() {
                refused.push((name.to_string(), Refused::Fixed));
                continue;
            }
            match parse_keys(&keys) {
                Some(k) => {
                    over.insert(action, k);
                }
                None => refused.push((name.to_string(), Refused::BadKey(keys))),
            }
        }
        (Keymap::with(&over), refused)
    }

    /// The keys that do `action` in `ctx` as the person has them (remapped or not), as a
    /// sentence names them: "Ctrl-R F4".
    pub fn shown(&self, ctx: Ctx, action: Action) -> String {
        self.bindings
            .iter()
            .find(|b| b.ctx == ctx && b.action == action)
            .map(|b| {
                if b.remapped {
                    b.keys
                        .iter()
                        .map(KeySpec::label)
                        .collect::<Vec<_>>()
                        .join(" ")
                } else {
                    b.shown.to_string()
                }
            })
            .unwrap_or_default()
    }

    pub fn bindings(&self) -> &[Binding] {
        &self.bindings
    }

    /// The action this key is in this context, whatever is in focus.
    pub fn action(&self, ctx: Ctx, key: &KeyEvent) -> Option<Action> {
        self.bindings
            .iter()
            .filter(|b| b.ctx == ctx)
            .find(|b| b.keys.iter().any(|k| k.matches(key)))
            .map(|b| b.action)
    }

    /// As `action`, but while a text field has focus a plain letter, digit or space is
    /// typed rather than taken as a command.
    pub fn command(&self, ctx: Ctx, key: &KeyEvent, typing: bool) -> Option<Action> {
        let plain = matches!(key.code, KeyCode::Char(_))
            && !key
                .modifiers
                .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT);
        if typing && plain {
            return None;
        }
        self.action(ctx, key)
    }

    /// The help of a context, line by line, in the table's order.
    pub fn help(&self, ctx: Ctx) -> Vec<Line> {
        self.lines(ctx, |b| Some((b.shown, b.label)))
    }

    /// The few keys the status line shows in a context.
    pub fn hints(&self, ctx: Ctx) -> Vec<Line> {
        self.lines(ctx, |b| b.hint)
    }

    fn lines(
        &self,
        ctx: Ctx,
        pick: impl Fn(&Binding) -> Option<(&'static str, &'static str)>,
    ) -> Vec<Line> {
        let mut out: Vec<(Line, &'static str, bool, Vec<KeySpec>)> = Vec::new();
        for b in self.bindings.iter().filter(|b| b.ctx == ctx) {
            let Some((shown, label)) = pick(b) else {
                continue;
            };
            match out.last_mut() {
                Some((line, s, remapped, keys)) if *s == shown && line.label == label => {
                    line.actions.push(b.action);
                    *remapped |= b.remapped;
                    keys.extend(b.keys.iter().copied());
                }
                _ => out.push((
                    Line {
                        keys: shown.to_string(),
                        label,
                        actions: vec![b.action],
                    },
                    shown,
                    b.remapped,
                    b.keys.clone(),
                )),
            }
        }
        out.into_iter()
            .map(|(mut line, _, remapped, keys)| {
                if remapped {
                    let mut names: Vec<String> = Vec::new();
                    for k in keys {
                        let name = k.label();
                        if !names.contains(&name) {
                            names.push(name);
                        }
                    }
                    line.keys = names.join(" ");
                }
                line
            })
            .collect()
    }
}

/// A key as the help writes it, read back into the keys it stands for: `↑↓` is two keys,
/// `1-9` nine, `^S` Ctrl-S. `None` for words such as `type` and for ranges of letters.
pub fn read_shown(token: &str) -> Option<Vec<KeySpec>> {
    let one = |code| KeySpec {
        code,
        mods: KeyModifiers::NONE,
    };
    match token {
        "↑↓" => Some(vec![one(KeyCode::Up), one(KeyCode::Down)]),
        "←→" => Some(vec![one(KeyCode::Left), one(KeyCode::Right)]),
        "↑" => Some(vec![one(KeyCode::Up)]),
        "↓" => Some(vec![one(KeyCode::Down)]),
        "←" => Some(vec![one(KeyCode::Left)]),
        "→" => Some(vec![one(KeyCode::Right)]),
        "Shift-↑↓" => Some(vec![
            KeySpec::parse("shift-up")?,
            KeySpec::parse("shift-down")?,
        ]),
        "1-9" | "1-5" => {
            let last = if token == "1-9" { '9' } else { '5' };
            Some(('1'..=last).map(|c| one(KeyCode::Char(c))).collect())
        }
        "/" | "?" => KeySpec::parse(token).map(|k| vec![k]),
        t if t.starts_with('^') => KeySpec::parse(&format!("ctrl-{}", &t[1..])).map(|k| vec![k]),
        t if t.contains('-')
            && t.len() > 2
            && !t.starts_with("Ctrl")
            && !t.starts_with("Shift")
            && !t.starts_with("Alt") =>
        {
            None
        }
        "type" => None,
        t => KeySpec::parse(t).map(|k| vec![k]),
    }
}

/// The keymap the settings ask for, and a warning for each entry of `keys:` that cannot
/// be used, naming its line.
pub fn from_config(
    config: &crate::config::Config,
    lang: crate::i18n::Lang,
) -> (Keymap, Vec<String>) {
    let entries: Vec<(&str, String)> = config
        .keys
        .iter()
        .map(|(name, value)| {
            // Not a key or a list of keys: said as written, which no key parses as.
            let text = value_text(value).unwrap_or_else(|| {
                let yaml = serde_yaml::to_string(value).unwrap_or_default();
                yaml.split_whitespace().collect::<Vec<_>>().join(" ")
            });
            (name.as_str(), text)
        })
        .collect();
    let (keymap, refused) = Keymap::from_settings(entries.iter().map(|(n, t)| (*n, t.clone())));
    let written = &config.keys_written;
    let mut warnings: Vec<(usize, String)> = refused
        .iter()
        .map(|(name, why)| {
            let line = written.lines.get(name).copied().unwrap_or(0);
            let text = crate::t!(
                lang,
                "keymap-warning",
                file = written.file.as_str(),
                line = line,
                problem = refusal_reason(lang, name, why)
            );
            (line, text)
        })
        .collect();
    // In the order of the file, as a person reading it down would meet them.
    warnings.sort_by_key(|(line, _)| *line);
    (keymap, warnings.into_iter().map(|(_, w)| w).collect())
}

/// A key written as text, a number (`digit: 5` is still a key) or a list of keys.
fn value_text(value: &serde_yaml::Value) -> Option<String> {
    use serde_yaml::Value;
    match value {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Sequence(items) => items
            .iter()
            .map(|v| match v {
                Value::Sequence(_) => None,
                v => value_text(v),
            })
            .collect::<Option<Vec<_>>>()
            .map(|v| v.join(" ")),
        _ => None,
    }
}

/// The settings file is a stranger's text: what it wrote is shown inert and cut short.
fn refusal_reason(lang: crate::i18n::Lang, name: &str, why: &Refused) -> String {
    let quoted = |text: &str| {
        let inert = crate::text::inert(text);
        let mut cut: String = inert.chars().take(40).collect();
        if inert.chars().count() > 40 {
            cut.push('…');
        }
        cut
    };
    let name = quoted(name);
    let name = name.as_str();
    match why {
        Refused::UnknownAction => crate::t!(lang, "keymap-unknown-action", action = name),
        Refused::BadKey(keys) => {
            crate::t!(lang, "keymap-bad-key", action = name, keys = quoted(keys))
        }
        Refused::Fixed => crate::t!(lang, "keymap-fixed", action = name),
    }
}
