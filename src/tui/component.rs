//! The one shape of a screen: its own state, `update` taking a key and the `Context` and
//! giving back a `Reply`, and `view` drawing it. A screen changes only itself; whatever
//! else a key means (effects for the runtime, another screen, a notice) it asks for in
//! its reply, and the application (`update.rs`) does it.

use ratatui::Frame;
use ratatui::crossterm::event::{KeyEvent, MouseEvent};
use ratatui::layout::Rect;

use super::context::Context;
use super::msg::Effect;
use crate::config::Config;

pub trait Component {
    fn update(&mut self, key: KeyEvent, ctx: &Context) -> Reply;
    fn view(&self, f: &mut Frame, area: Rect, ctx: &Context);
    /// Text pasted while the screen has focus; most screens take none.
    fn paste(&mut self, _text: &str, _ctx: &Context) -> Reply {
        Reply::default()
    }
    /// A left click at `(column, row)` of the terminal, the screen being drawn in `area`;
    /// the wheel is taken as the arrow keys before it gets here. A screen with nothing to
    /// click takes none.
    fn click(&mut self, _at: MouseEvent, _area: Rect, _ctx: &Context) -> Reply {
        Reply::default()
    }
}

/// The row of a list drawn from `top` (its first item's row) that a click at `row` hit,
/// given the list's first shown item and how many rows it shows.
pub fn hit_row(row: u16, top: u16, offset: usize, shown: usize) -> Option<usize> {
    let i = row.checked_sub(top)? as usize;
    (i < shown).then_some(offset + i)
}

/// The key that does `action` in `ctx` (the first, as the settings file may have changed
/// them), for a click that means the same as that key.
pub fn key_for(
    ctx: &Context,
    in_ctx: super::keymap::Ctx,
    action: super::keymap::Action,
) -> Option<KeyEvent> {
    ctx.keys
        .bindings()
        .iter()
        .find(|b| b.ctx == in_ctx && b.action == action)
        .and_then(|b| b.keys.first())
        .map(|k| k.event())
}

/// The first item ratatui's `List` shows with `selected` in view (it keeps the offset
/// as small as it can from a fresh state, as the screens draw it), for clicks to agree
/// with what is drawn.
pub fn list_offset(selected: usize, shown: usize) -> usize {
    (selected + 1).saturating_sub(shown.max(1))
}

/// What a screen asks of the application after a key or a message.
#[derive(Debug, Clone, Default)]
pub struct Reply {
    /// For the runtime to do, in order.
    pub effects: Vec<Effect>,
    /// Something only the application can do: another screen, a window, quitting.
    pub request: Option<Request>,
    /// What the status line should say now; applied before the request, which may say
    /// something of its own.
    pub notice: Option<Note>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Request {
    /// The home screen; from an assessment, its draft is saved and kept.
    Home,
    /// The form asking who makes a new assessment.
    NewAssessment,
    /// Review mode, its list read afresh.
    Review,
    /// The cumulative workload, read afresh.
    Portfolio,
    /// The evidence form.
    LogEvidence,
    /// English to Welsh or back.
    SwitchLanguage,
    Quit,
    /// Sync the data folder with the folder it is shared through.
    Sync,
    /// Finalise the assessment, or list what stops it.
    Finalise,
    /// Ask before deleting this task row.
    ConfirmDelete(usize),
    /// The settings changed: the application keeps them. The screen asks for them to be
    /// written (`Effect::SaveConfig`) itself, in the order its effects need.
    Settings(Box<Config>),
    /// Ask for the signing key's passphrase, to sign these files just saved.
    AskPassphrase(super::msg::SignTarget),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Note {
    Info(String),
    Error(String),
    /// Nothing to say: a notice from before no longer applies.
    Clear,
    /// A failure said before no longer applies; other notices stay.
    ClearError,
}

impl Reply {
    pub fn effect(effect: Effect) -> Self {
        Reply {
            effects: vec![effect],
            ..Reply::default()
        }
    }

    pub fn request(request: Request) -> Self {
        Reply {
            request: Some(request),
            ..Reply::default()
        }
    }

    pub fn info(text: impl Into<String>) -> Self {
        Reply::default().with_notice(Note::Info(text.into()))
    }

    pub fn error(text: impl Into<String>) -> Self {
        Reply::default().with_notice(Note::Error(text.into()))
    }

    pub fn with_notice(mut self, note: Note) -> Self {
        self.notice = Some(note);
        self
    }
}

impl From<Vec<Effect>> for Reply {
    fn from(effects: Vec<Effect>) -> Self {
        Reply {
            effects,
            ..Reply::default()
        }
    }
}
