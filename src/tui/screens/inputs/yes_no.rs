//! Yes or no: two radio buttons, y and n as shortcuts.

use ratatui::crossterm::event::KeyEvent;
use ratatui::text::{Line, Span};

use super::shared::{Drawn, Input, Outcome, Rows, clear, digit, pick_line};
use crate::answers::Answer;
use crate::questionnaire::Question;
use crate::tui::assessment::Assessment;
use crate::tui::keymap::Action;
use crate::tui::style::Theme;

pub fn handle(
    question: &Question,
    a: &mut Assessment,
    input: &mut Input,
    key: KeyEvent,
    act: Option<Action>,
) -> Outcome {
    let id = &question.id;
    let pick = match act {
        Some(Action::Yes) => Some(0),
        Some(Action::No) => Some(1),
        Some(Action::Choose | Action::Accept) => Some(input.cursor),
        Some(Action::Clear) => return clear(a, id),
        _ => digit(&key, act).filter(|n| *n < 2),
    };
    pick_line(a, input, id, pick.map(|n| (n, Answer::YesNo(n == 0))), act)
}

pub fn render(
    question: &Question,
    a: &Assessment,
    input: &Input,
    theme: Theme,
    focused: bool,
) -> Drawn {
    let lang = a.lang();
    let rows = Rows::new(input, theme, focused);
    let value = match a.answer(&question.id) {
        Some(Answer::YesNo(b)) => Some(*b),
        _ => None,
    };
    let yes_no = [
        (crate::t!(lang, "answer-yes"), true),
        (crate::t!(lang, "answer-no"), false),
    ];
    let lines = yes_no
        .into_iter()
        .enumerate()
        .map(|(i, (label, b))| {
            Line::from(vec![
                Span::raw(rows.pointer(i)),
                rows.radio(value == Some(b)),
                Span::raw(format!(" {label}")),
            ])
            .style(rows.style(i))
        })
        .collect();
    (lines, None)
}
