//! `wia log`: the evidence form. Ten short fields, the school and local authority
//! remembered, every check the command line makes, so an entry takes well under a
//! minute. Submitting asks the runtime to append the entry; the form then clears for the
//! next one, keeping the date, school and authority.
//!
//! `state.rs` holds the form and how keys change it, `view.rs` draws it; this file joins
//! them into a screen.

mod state;
mod view;

use ratatui::Frame;
use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::Rect;

pub use state::{LogForm, ROWS, Row, logged, open, paste, today};

use crate::tui::component::{Component, Reply};
use crate::tui::context::Context;

impl Component for LogForm {
    fn update(&mut self, key: KeyEvent, ctx: &Context) -> Reply {
        state::update(self, key, ctx)
    }

    fn view(&self, f: &mut Frame, area: Rect, ctx: &Context) {
        view::view(ctx, self, area, f)
    }

    fn paste(&mut self, text: &str, _ctx: &Context) -> Reply {
        paste(self, text);
        Reply::default()
    }
}
