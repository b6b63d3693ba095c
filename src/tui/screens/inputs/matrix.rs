//! A matrix: one row per statement, each with a point of the scale chosen by left and
//! right (or a digit).

use std::collections::BTreeMap;

use ratatui::crossterm::event::KeyEvent;
use ratatui::text::{Line, Span};

use super::shared::{Drawn, Input, Outcome, Rows, digit};
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
    let QuestionKind::Matrix { rows, scale } = &question.kind else {
        return Outcome::Ignored;
    };
    let id = &question.id;
    let Some(row) = rows.get(input.cursor) else {
        return Outcome::Ignored;
    };
    let mut values = match a.answer(id) {
        Some(Answer::Matrix(m)) => m.clone(),
        _ => BTreeMap::new(),
    };
    let current = values
        .get(&row.id)
        .and_then(|v| scale.iter().position(|p| p.value == *v));
    let new = match act {
        Some(Action::Left) => Some(current.map_or(0, |c| c.saturating_sub(1))),
        Some(Action::Right | Action::Choose) => {
            Some(current.map_or(0, |c| (c + 1).min(scale.len().saturating_sub(1))))
        }
        Some(Action::Clear) => {
            values.remove(&row.id);
            a.set(id, Some(Answer::Matrix(values)));
            return Outcome::Changed;
        }
        Some(Action::Accept) => return Outcome::Next,
        _ => digit(&key, act).filter(|n| *n < scale.len()),
    };
    match new {
        Some(n) if Some(n) != current && !scale.is_empty() => {
            values.insert(row.id.clone(), scale[n].value.clone());
            a.set(id, Some(Answer::Matrix(values)));
            Outcome::Changed
        }
        _ => Outcome::Ignored,
    }
}

pub fn render(
    question: &Question,
    a: &Assessment,
    input: &Input,
    theme: Theme,
    width: u16,
    focused: bool,
) -> Drawn {
    let QuestionKind::Matrix { rows, scale } = &question.kind else {
        return (Vec::new(), None);
    };
    let lang = a.lang();
    let look = Rows::new(input, theme, focused);
    let values = match a.answer(&question.id) {
        Some(Answer::Matrix(m)) => m.clone(),
        _ => BTreeMap::new(),
    };
    let label_width = rows
        .iter()
        .map(|r| style::width(&style::shown(r.label.get(lang))))
        .max()
        .unwrap_or(0)
        .min(usize::from(width) / 2);
    let mut lines = Vec::new();
    for (i, r) in rows.iter().enumerate() {
        let full = style::shown(r.label.get(lang));
        // The row in focus shows its whole label, wrapped in its column; the others are
        // cut with an ellipsis.
        let wrapped = if look.here(i) && style::width(&full) > label_width {
            style::wrap(&full, label_width)
        } else {
            vec![full]
        };
        let label = style::fit(&wrapped[0], label_width);
        let value = values
            .get(&r.id)
            .and_then(|v| scale.iter().position(|p| p.value == *v));
        let shown = match value {
            Some(n) => format!("◀ {} {} ▶", n + 1, style::shown(scale[n].label.get(lang))),
            None => format!("◀ {} ▶", crate::t!(lang, "input-not-answered")),
        };
        lines.push(
            Line::from(vec![
                Span::raw(look.pointer(i)),
                Span::raw(format!("{label}  ")),
                Span::styled(
                    shown,
                    if value.is_some() {
                        style::chosen(theme)
                    } else {
                        style::dim(theme)
                    },
                ),
            ])
            .style(look.style(i)),
        );
        for more in &wrapped[1..] {
            lines.push(Line::raw(format!("  {more}")).style(look.style(i)));
        }
    }
    (lines, None)
}
