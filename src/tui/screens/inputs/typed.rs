//! The kinds answered by typing: number, percentage, date, short and long text. One
//! file, as they share the text field and differ only in the unit or format shown after
//! it (and the reference figure of a number).

use ratatui::crossterm::event::KeyEvent;
use ratatui::text::{Line, Span};

use super::shared::{Drawn, Input, Outcome};
use crate::questionnaire::{Question, QuestionKind};
use crate::tui::assessment::{Assessment, show_number};
use crate::tui::keymap::Action;
use crate::tui::style;
use crate::tui::style::Theme;
use crate::tui::widgets::text_field::Edit;

pub fn handle(
    question: &Question,
    a: &mut Assessment,
    input: &mut Input,
    key: KeyEvent,
    act: Option<Action>,
) -> Outcome {
    if act == Some(Action::Accept) && !input.field.is_multiline() {
        return Outcome::Next;
    }
    match input.field.handle(key) {
        Edit::Changed => {
            a.set_typed(question, input.field.text());
            Outcome::Changed
        }
        Edit::Moved => Outcome::Moved,
        Edit::Ignored => Outcome::Ignored,
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
    let lang = a.lang();
    let mut lines = Vec::new();
    let suffix = match &question.kind {
        QuestionKind::Number { unit: Some(u), .. } => {
            format!(" {}", style::shown(u.get(lang)))
        }
        QuestionKind::Percentage => " %".into(),
        QuestionKind::Date => format!("  ({})", crate::t!(lang, "input-date-format")),
        _ => String::new(),
    };
    let field_width = width
        .saturating_sub(2 + style::width(&suffix) as u16)
        .max(8);
    let rows = input.field.rows(field_width);
    let text = input.field.text();
    for (i, r) in rows.iter().enumerate() {
        let mut spans = vec![
            Span::raw("  "),
            Span::styled(
                style::shown(&text[r.start..r.end]).to_string(),
                style::field(theme),
            ),
        ];
        if i + 1 == rows.len() {
            spans.push(Span::styled(suffix.clone(), style::dim(theme)));
        }
        lines.push(Line::from(spans));
    }
    if text.is_empty() {
        lines[0] = Line::from(vec![
            Span::raw("  "),
            Span::styled("_", style::field(theme)),
            Span::styled(suffix, style::dim(theme)),
        ]);
    }
    if let QuestionKind::Number {
        suggested: Some(s), ..
    } = &question.kind
    {
        lines.push(Line::styled(
            format!(
                "  {}",
                crate::t!(lang, "input-reference-figure", figure = show_number(*s))
            ),
            style::dim(theme),
        ));
    }
    let cursor = focused.then(|| {
        let (row, col) = input.field.cursor_at(field_width);
        (row, 2 + col)
    });
    (lines, cursor)
}
