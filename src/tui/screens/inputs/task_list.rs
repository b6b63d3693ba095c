//! The task list question: a summary of the rows, and Enter to open the task editor.

use super::shared::{Drawn, Outcome};
use crate::tui::assessment::Assessment;
use crate::tui::keymap::Action;
use crate::tui::style::Theme;

pub fn handle(act: Option<Action>) -> Outcome {
    match act {
        Some(Action::Accept | Action::Choose) => Outcome::OpenTasks,
        _ => Outcome::Ignored,
    }
}

pub fn render(a: &Assessment, theme: Theme, width: u16) -> Drawn {
    (
        super::super::tasks::view::summary_lines(a, theme, width),
        None,
    )
}
