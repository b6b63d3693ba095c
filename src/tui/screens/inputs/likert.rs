//! A Likert scale: one radio button per point, numbered, digits as shortcuts.

use ratatui::crossterm::event::KeyEvent;
use ratatui::text::{Line, Span};

use super::shared::{Drawn, Input, Outcome, Rows, clear, digit, pick_line};
use crate::answers::Answer;
use crate::questionnaire::{Question, QuestionKind};
use crate::tui::assessment::Assessment;
use crate::tui::keymap::Action;
use crate::tui::style;
use crate::tui::style::Theme;

pub fn handle(
    question: &Question,
    a: &mut Assessment,
    input: &mut Input,
    key: KeyEvent,
    act: Option<Action>,
) -> Outcome {
    let QuestionKind::Likert { scale } = &question.kind else {
        return Outcome::Ignored;
    };
    let pick = match act {
        Some(Action::Choose | Action::Accept) => Some(input.cursor),
        Some(Action::Clear) => return clear(a, &question.id),
        _ => digit(&key, act).filter(|n| *n < scale.len()),
    };
    let pick = pick.map(|n| (n, Answer::from_point(&scale[n].value)));
    pick_line(a, input, &question.id, pick, act)
}

pub fn render(
    question: &Question,
    a: &Assessment,
    input: &Input,
    theme: Theme,
    focused: bool,
) -> Drawn {
    let QuestionKind::Likert { scale } = &question.kind else {
        return (Vec::new(), None);
    };
    let lang = a.lang();
    let rows = Rows::new(input, theme, focused);
    let value = a.answer(&question.id);
    let lines = scale
        .iter()
        .enumerate()
        .map(|(i, p)| {
            Line::from(vec![
                Span::raw(rows.pointer(i)),
                rows.radio(value.is_some_and(|v| v.is_point(&p.value))),
                Span::raw(format!(" {} {}", i + 1, style::shown(p.label.get(lang)))),
            ])
            .style(rows.style(i))
        })
        .collect();
    (lines, None)
}
