//! The answer input of each question kind: keys that change the answer, and how the
//! input is drawn. One file per kind (or family of kinds sharing all their code), so
//! every screen that shows a question agrees; this file only sends each kind to its own.

mod choice;
mod likert;
mod matrix;
mod ranking;
mod shared;
mod task_list;
mod typed;
mod yes_no;

use ratatui::crossterm::event::KeyEvent;

pub use shared::{Drawn, Input, Outcome, typed};

use crate::questionnaire::{Question, QuestionKind};
use crate::tui::assessment::Assessment;
use crate::tui::keymap::Action;
use crate::tui::style::Theme;

/// Whether letters typed now are text rather than shortcuts.
pub fn takes_text(question: &Question, a: &Assessment, input: &Input) -> bool {
    typed(&question.kind) || choice::on_selected_other(question, a, input)
}

/// Apply a key to the answer of `question`: `act` is what the keymap makes of it, the
/// key itself is for typing.
pub fn handle(
    question: &Question,
    a: &mut Assessment,
    input: &mut Input,
    key: KeyEvent,
    act: Option<Action>,
) -> Outcome {
    if typed(&question.kind) {
        return typed::handle(question, a, input, key, act);
    }
    if let Some(outcome) = choice::type_other(question, a, input, key) {
        return outcome;
    }
    if let QuestionKind::TaskList = question.kind {
        return task_list::handle(act);
    }
    // Moving the cursor is common to every list.
    if let Some(moving @ (Action::Up | Action::Down | Action::First | Action::Last)) = act {
        let count = shared::option_count(question);
        let before = input.cursor;
        input.cursor = match moving {
            Action::First => 0,
            Action::Last => count.saturating_sub(1),
            Action::Up => input.cursor.saturating_sub(1),
            _ => (input.cursor + 1).min(count.saturating_sub(1)),
        };
        return if before == input.cursor {
            Outcome::Ignored
        } else {
            Outcome::Moved
        };
    }
    match &question.kind {
        QuestionKind::SingleChoice { .. } => choice::handle_single(question, a, input, key, act),
        QuestionKind::MultipleChoice { .. } => {
            choice::handle_multiple(question, a, input, key, act)
        }
        QuestionKind::YesNo => yes_no::handle(question, a, input, key, act),
        QuestionKind::Likert { .. } => likert::handle(question, a, input, key, act),
        QuestionKind::Matrix { .. } => matrix::handle(question, a, input, key, act),
        QuestionKind::Ranking { .. } => ranking::handle(question, a, input, act),
        _ => Outcome::Ignored,
    }
}

/// The input drawn as lines, and where the terminal cursor goes (row, column) when the
/// person is typing. `width` is the columns available.
pub fn render(
    question: &Question,
    a: &Assessment,
    input: &Input,
    theme: Theme,
    width: u16,
    focused: bool,
) -> Drawn {
    match &question.kind {
        QuestionKind::SingleChoice { .. } | QuestionKind::MultipleChoice { .. } => {
            choice::render(question, a, input, theme, width, focused)
        }
        QuestionKind::YesNo => yes_no::render(question, a, input, theme, focused),
        QuestionKind::Likert { .. } => likert::render(question, a, input, theme, focused),
        QuestionKind::Matrix { .. } => matrix::render(question, a, input, theme, width, focused),
        QuestionKind::Ranking { .. } => ranking::render(question, a, input, theme, focused),
        QuestionKind::TaskList => task_list::render(a, theme, width),
        _ => typed::render(question, a, input, theme, width, focused),
    }
}
