//! Single and multiple choice: one file, as they share their options, their drawing and
//! the "other, please specify" text; they differ in what choosing does.

use ratatui::crossterm::event::{KeyCode, KeyEvent};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};

use super::shared::{Drawn, Input, Outcome, Rows, chosen, clear, digit};
use crate::answers::{Answer, Choice};
use crate::questionnaire::model::ChoiceOption;
use crate::questionnaire::{Question, QuestionKind};
use crate::tui::assessment::Assessment;
use crate::tui::keymap::Action;
use crate::tui::style;
use crate::tui::style::Theme;
use crate::tui::widgets::text_field::Edit;

/// Whether the cursor is on an "other" option that is chosen, so letters are its text.
pub fn on_selected_other(question: &Question, a: &Assessment, input: &Input) -> bool {
    let options = question.kind.options();
    options
        .get(input.cursor)
        .is_some_and(|o| o.other && chosen(a, &question.id).iter().any(|c| c.value == o.value))
}

/// Typing into the text of a chosen "other" option; `None` when the key is not for it.
pub fn type_other(
    question: &Question,
    a: &mut Assessment,
    input: &mut Input,
    key: KeyEvent,
) -> Option<Outcome> {
    if !on_selected_other(question, a, input) {
        return None;
    }
    let edit = match key.code {
        KeyCode::Char(_)
        | KeyCode::Backspace
        | KeyCode::Delete
        | KeyCode::Left
        | KeyCode::Right => input.other.handle(key),
        _ => Edit::Ignored,
    };
    match edit {
        Edit::Changed => {
            set_other_text(question, a, input);
            Some(Outcome::Changed)
        }
        Edit::Moved => Some(Outcome::Moved),
        Edit::Ignored => None,
    }
}

pub fn handle_single(
    question: &Question,
    a: &mut Assessment,
    input: &mut Input,
    key: KeyEvent,
    act: Option<Action>,
) -> Outcome {
    let options = question.kind.options();
    if let Some(n) = digit(&key, act).filter(|n| *n < options.len()) {
        input.cursor = n;
        select_single(question, a, input, options);
        return Outcome::Changed;
    }
    match act {
        Some(Action::Choose) => {
            select_single(question, a, input, options);
            Outcome::Changed
        }
        Some(Action::Accept) => {
            select_single(question, a, input, options);
            if options[input.cursor].other && input.other.text().trim().is_empty() {
                Outcome::Changed
            } else {
                Outcome::Next
            }
        }
        Some(Action::Clear) => clear(a, &question.id),
        _ => Outcome::Ignored,
    }
}

pub fn handle_multiple(
    question: &Question,
    a: &mut Assessment,
    input: &mut Input,
    key: KeyEvent,
    act: Option<Action>,
) -> Outcome {
    let options = question.kind.options();
    if let Some(n) = digit(&key, act).filter(|n| *n < options.len()) {
        input.cursor = n;
        toggle(question, a, input, options);
        return Outcome::Changed;
    }
    match act {
        Some(Action::Choose) => {
            toggle(question, a, input, options);
            Outcome::Changed
        }
        Some(Action::Accept) => Outcome::Next,
        Some(Action::Clear) => clear(a, &question.id),
        _ => Outcome::Ignored,
    }
}

fn other_text(option: &ChoiceOption, input: &Input) -> Option<String> {
    (option.other && !input.other.text().trim().is_empty())
        .then(|| crate::text::nfc(input.other.text().trim()))
}

fn select_single(question: &Question, a: &mut Assessment, input: &Input, options: &[ChoiceOption]) {
    let o = &options[input.cursor];
    a.set(
        &question.id,
        Some(Answer::Choice(Choice {
            value: o.value.clone(),
            other: other_text(o, input),
        })),
    );
}

fn toggle(question: &Question, a: &mut Assessment, input: &Input, options: &[ChoiceOption]) {
    let o = &options[input.cursor];
    let mut list = chosen(a, &question.id);
    if let Some(pos) = list.iter().position(|c| c.value == o.value) {
        list.remove(pos);
    } else {
        list.push(Choice {
            value: o.value.clone(),
            other: other_text(o, input),
        });
        // Kept in the questionnaire's order, whatever order they were ticked in.
        list.sort_by_key(|c| options.iter().position(|x| x.value == c.value));
    }
    a.set(&question.id, Some(Answer::Choices(list)));
}

fn set_other_text(question: &Question, a: &mut Assessment, input: &Input) {
    let options = question.kind.options();
    let o = &options[input.cursor];
    let text = other_text(o, input);
    let mut list = chosen(a, &question.id);
    for c in list.iter_mut().filter(|c| c.value == o.value) {
        c.other = text.clone();
    }
    let answer = match question.kind {
        QuestionKind::SingleChoice { .. } => list.pop().map(Answer::Choice),
        _ => Some(Answer::Choices(list)),
    };
    a.set(&question.id, answer);
}

/// The options with a radio button (single) or tick box (multiple), and the text of a
/// chosen "other" option after it.
pub fn render(
    question: &Question,
    a: &Assessment,
    input: &Input,
    theme: Theme,
    width: u16,
    focused: bool,
) -> Drawn {
    let lang = a.lang();
    let rows = Rows::new(input, theme, focused);
    let single = matches!(question.kind, QuestionKind::SingleChoice { .. });
    let picked = chosen(a, &question.id);
    let mut lines = Vec::new();
    let mut cursor = None;
    for (i, o) in question.kind.options().iter().enumerate() {
        let on = picked.iter().any(|c| c.value == o.value);
        let mark = match (single, on) {
            (true, _) => rows.radio(on),
            (false, true) => Span::styled("[x]", style::chosen(theme)),
            (false, false) => Span::raw("[ ]"),
        };
        let mut spans = vec![
            Span::raw(rows.pointer(i)),
            mark,
            Span::raw(format!(" {}", style::shown(o.label.get(lang)))),
        ];
        if o.other && on {
            let prefix = 2 + 3 + 1 + style::width(&style::shown(o.label.get(lang))) + 2;
            spans.push(Span::raw(": "));
            spans.push(Span::styled(
                format!("{}_", input.other.text()),
                Style::default().add_modifier(Modifier::UNDERLINED),
            ));
            if rows.here(i) {
                let (_, col) = input.other.cursor_at(width.saturating_sub(prefix as u16));
                cursor = Some((lines.len(), prefix as u16 + col));
            }
        }
        lines.push(Line::from(spans).style(rows.style(i)));
    }
    (lines, cursor)
}
