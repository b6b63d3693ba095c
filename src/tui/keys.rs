//! Which part of the keymap applies now: the status line shows the few keys that matter
//! here, the help overlay (F1 or ?) all of them. Both read `keymap`, so the two never
//! disagree with each other or with what the keys do.

use super::keymap::{Action, Ctx, Line};
use super::model::{Model, Overlay, Screen};
use super::screens::review_mode::Page;

/// The context of the screen itself, whatever window is open over it.
pub fn screen_ctx(m: &Model) -> Ctx {
    match &m.screen {
        Screen::Home(_) => Ctx::Home,
        Screen::Assessor(_) => Ctx::Assessor,
        Screen::Done(_) => Ctx::Done,
        Screen::Log(_) => Ctx::Log,
        Screen::Portfolio(_) => Ctx::Portfolio,
        Screen::Review(s) => match &s.page {
            Page::Table if s.searching => Ctx::ReviewSearch,
            Page::Table => Ctx::ReviewTable,
            Page::Record(_) => Ctx::ReviewRecord,
            Page::Compare(_) => Ctx::ReviewCompare,
            Page::Respond(_) => Ctx::ReviewRespond,
        },
        Screen::Assess(s) => s.mode.ctx(),
    }
}

/// The context a key goes to now: the open window's, else the screen's.
pub fn ctx(m: &Model) -> Ctx {
    match &m.overlay {
        Some(o) => window_ctx(o),
        None => screen_ctx(m),
    }
}

pub fn window_ctx(o: &Overlay) -> Ctx {
    match o {
        Overlay::Help { .. } | Overlay::Breakdown { .. } => Ctx::Scroll,
        Overlay::Problems { .. } => Ctx::Problems,
        Overlay::Evidence { .. } => Ctx::Evidence,
        Overlay::ConfirmDelete { .. } | Overlay::Confirm(_) => Ctx::Confirm,
        Overlay::Reason { .. } | Overlay::Passphrase { .. } => Ctx::Ask,
    }
}

/// The keys of the screen itself, whatever overlay is open: what the help lists.
pub fn for_screen(m: &Model) -> Vec<Line> {
    let mut lines = m.keys.help(screen_ctx(m));
    if m.source.questionnaire.is_survey() {
        lines.retain(|l| !l.actions.contains(&Action::Breakdown));
    }
    lines
}

/// The few keys the status line shows now, in a word or two each.
pub fn hints(m: &Model) -> Vec<Line> {
    let mut hints = m.keys.hints(ctx(m));
    // A survey has no figures, so no breakdown of them to offer.
    if m.source.questionnaire.is_survey() {
        hints.retain(|l| !l.actions.contains(&Action::Breakdown));
    }
    hints
}
