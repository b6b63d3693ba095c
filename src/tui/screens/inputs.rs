//! The answer input of each question type: keys that change the answer, and how the
//! input is drawn. One place per type, so every screen that shows a question agrees.

use std::collections::BTreeMap;

use ratatui::crossterm::event::{KeyCode, KeyEvent};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};

use crate::answers::{Answer, Choice};
use crate::questionnaire::model::ChoiceOption;
use crate::questionnaire::{Question, QuestionKind};
use crate::tui::assessment::{Assessment, show_number};
use crate::tui::keymap::Action;
use crate::tui::style;
use crate::tui::style::Theme;
use crate::tui::widgets::text_field::{Edit, TextField};

/// The state of the input of the question in focus.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Input {
    /// The option, scale point, matrix row or ranked item under the cursor.
    pub cursor: usize,
    /// What is typed, for the questions answered by typing.
    pub field: TextField,
    /// The text of an "other, please specify" option.
    pub other: TextField,
}

/// What a key did, so the screen knows whether to save, move on, or handle it itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Changed,
    Moved,
    /// Answered: go to the next question.
    Next,
    OpenTasks,
    Ignored,
}

pub fn typed(kind: &QuestionKind) -> bool {
    matches!(
        kind,
        QuestionKind::Number { .. }
            | QuestionKind::Percentage
            | QuestionKind::Date
            | QuestionKind::ShortText { .. }
            | QuestionKind::LongText { .. }
    )
}

/// The most characters a field takes: the answer's own limit for text, and for numbers and
/// dates far more than any reading of one needs.
fn field_limit(kind: &QuestionKind) -> usize {
    crate::answers::max_text_length(kind).unwrap_or(100)
}

/// Whether letters typed now are text rather than shortcuts.
pub fn takes_text(question: &Question, a: &Assessment, input: &Input) -> bool {
    typed(&question.kind) || on_selected_other(question, a, input)
}

impl Input {
    pub fn for_question(question: &Question, a: &Assessment) -> Input {
        let id = question.id.as_str();
        let answer = a.answer(id);
        let text = match (a.pending(id), answer) {
            (Some(p), _) => p.raw.clone(),
            (None, Some(Answer::Text(t))) => t.clone(),
            (None, Some(Answer::Number(n))) => show_number(*n),
            (None, Some(Answer::Date(d))) => d.format("%Y-%m-%d").to_string(),
            _ => String::new(),
        };
        let multiline = matches!(question.kind, QuestionKind::LongText { .. });
        let options = question.kind.options();
        let chosen: Vec<&Choice> = match answer {
            Some(Answer::Choice(c)) => vec![c],
            Some(Answer::Choices(list)) => list.iter().collect(),
            _ => Vec::new(),
        };
        let other = chosen
            .iter()
            .find_map(|c| c.other.clone())
            .unwrap_or_default();
        let cursor = match (&question.kind, answer) {
            (QuestionKind::SingleChoice { .. }, Some(Answer::Choice(c))) => {
                options.iter().position(|o| o.value == c.value).unwrap_or(0)
            }
            (QuestionKind::YesNo, Some(Answer::YesNo(false))) => 1,
            (QuestionKind::Likert { scale }, Some(Answer::Number(n))) => {
                scale.iter().position(|p| p.value == *n).unwrap_or(0)
            }
            _ => 0,
        };
        Input {
            cursor,
            field: TextField::new(&text, multiline).with_limit(field_limit(&question.kind)),
            other: TextField::new(&other, false).with_limit(crate::answers::MAX_SHORT_TEXT),
        }
    }
}

/// How many lines the cursor moves over: options, scale points or matrix rows.
fn option_count(question: &Question) -> usize {
    match &question.kind {
        QuestionKind::YesNo => 2,
        QuestionKind::Likert { scale } => scale.len(),
        QuestionKind::Matrix { rows, .. } => rows.len(),
        QuestionKind::Ranking { options } => options.len(),
        k => k.options().len(),
    }
}

fn chosen(a: &Assessment, id: &str) -> Vec<Choice> {
    match a.answer(id) {
        Some(Answer::Choice(c)) => vec![c.clone()],
        Some(Answer::Choices(list)) => list.clone(),
        _ => Vec::new(),
    }
}

fn on_selected_other(question: &Question, a: &Assessment, input: &Input) -> bool {
    let options = question.kind.options();
    options
        .get(input.cursor)
        .is_some_and(|o| o.other && chosen(a, &question.id).iter().any(|c| c.value == o.value))
}

/// The ranking as shown: the answer's order, then any options it leaves out.
pub fn ranking_order(options: &[ChoiceOption], answer: Option<&Answer>) -> Vec<String> {
    let mut order: Vec<String> = match answer {
        Some(Answer::Ranking(r)) => r
            .iter()
            .filter(|v| options.iter().any(|o| &o.value == *v))
            .cloned()
            .collect(),
        _ => Vec::new(),
    };
    for o in options {
        if !order.contains(&o.value) {
            order.push(o.value.clone());
        }
    }
    order
}

/// The option or scale point a digit picks, counted from 0.
fn digit(key: &KeyEvent, act: Option<Action>) -> Option<usize> {
    (act == Some(Action::Digit))
        .then(|| crate::tui::keymap::digit(key))
        .flatten()
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
    let id = question.id.clone();
    let count = option_count(question);
    if typed(&question.kind) {
        if act == Some(Action::Accept) && !input.field.is_multiline() {
            return Outcome::Next;
        }
        return match input.field.handle(key) {
            Edit::Changed => {
                a.set_typed(question, input.field.text());
                Outcome::Changed
            }
            Edit::Moved => Outcome::Moved,
            Edit::Ignored => Outcome::Ignored,
        };
    }
    // Typing into the text of a chosen "other" option.
    if on_selected_other(question, a, input) {
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
                return Outcome::Changed;
            }
            Edit::Moved => return Outcome::Moved,
            Edit::Ignored => {}
        }
    }
    if let QuestionKind::TaskList = question.kind {
        return match act {
            Some(Action::Accept | Action::Choose) => Outcome::OpenTasks,
            _ => Outcome::Ignored,
        };
    }
    // Moving the cursor is common to every list.
    if let Some(moving @ (Action::Up | Action::Down | Action::First | Action::Last)) = act {
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
        QuestionKind::SingleChoice { options } => {
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
                Some(Action::Clear) => clear(a, &id),
                _ => Outcome::Ignored,
            }
        }
        QuestionKind::MultipleChoice { options, .. } => {
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
                Some(Action::Clear) => clear(a, &id),
                _ => Outcome::Ignored,
            }
        }
        QuestionKind::YesNo => {
            let pick = match act {
                Some(Action::Yes) => Some(0),
                Some(Action::No) => Some(1),
                Some(Action::Choose | Action::Accept) => Some(input.cursor),
                Some(Action::Clear) => return clear(a, &id),
                _ => digit(&key, act).filter(|n| *n < 2),
            };
            match pick {
                Some(n) => {
                    input.cursor = n;
                    a.set(&id, Some(Answer::YesNo(n == 0)));
                    if act == Some(Action::Accept) {
                        Outcome::Next
                    } else {
                        Outcome::Changed
                    }
                }
                None => Outcome::Ignored,
            }
        }
        QuestionKind::Likert { scale } => {
            let pick = match act {
                Some(Action::Choose | Action::Accept) => Some(input.cursor),
                Some(Action::Clear) => return clear(a, &id),
                _ => digit(&key, act).filter(|n| *n < scale.len()),
            };
            match pick {
                Some(n) => {
                    input.cursor = n;
                    a.set(&id, Some(Answer::Number(scale[n].value)));
                    if act == Some(Action::Accept) {
                        Outcome::Next
                    } else {
                        Outcome::Changed
                    }
                }
                None => Outcome::Ignored,
            }
        }
        QuestionKind::Matrix { rows, scale } => {
            let Some(row) = rows.get(input.cursor) else {
                return Outcome::Ignored;
            };
            let mut values = match a.answer(&id) {
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
                    a.set(&id, Some(Answer::Matrix(values)));
                    return Outcome::Changed;
                }
                Some(Action::Accept) => return Outcome::Next,
                _ => digit(&key, act).filter(|n| *n < scale.len()),
            };
            match new {
                Some(n) if Some(n) != current && !scale.is_empty() => {
                    values.insert(row.id.clone(), scale[n].value);
                    a.set(&id, Some(Answer::Matrix(values)));
                    Outcome::Changed
                }
                _ => Outcome::Ignored,
            }
        }
        QuestionKind::Ranking { options } => {
            let mut order = ranking_order(options, a.answer(&id));
            let i = input.cursor.min(order.len().saturating_sub(1));
            let swap_with = match act {
                Some(Action::RankUp) => i.checked_sub(1),
                Some(Action::RankDown) => (i + 1 < order.len()).then_some(i + 1),
                Some(Action::Choose) => {
                    a.set(&id, Some(Answer::Ranking(order)));
                    return Outcome::Changed;
                }
                Some(Action::Accept) => {
                    a.set(&id, Some(Answer::Ranking(order)));
                    return Outcome::Next;
                }
                Some(Action::Clear) => return clear(a, &id),
                _ => None,
            };
            match swap_with {
                Some(j) => {
                    order.swap(i, j);
                    input.cursor = j;
                    a.set(&id, Some(Answer::Ranking(order)));
                    Outcome::Changed
                }
                None => Outcome::Ignored,
            }
        }
        _ => Outcome::Ignored,
    }
}

fn clear(a: &mut Assessment, id: &str) -> Outcome {
    if a.answer(id).is_none() && a.pending(id).is_none() {
        return Outcome::Ignored;
    }
    a.set(id, None);
    Outcome::Changed
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

/// The input drawn as lines, and where the terminal cursor goes (row, column) when the
/// person is typing. `width` is the columns available.
pub fn render(
    question: &Question,
    a: &Assessment,
    input: &Input,
    theme: Theme,
    width: u16,
    focused: bool,
) -> (Vec<Line<'static>>, Option<(usize, u16)>) {
    let lang = a.lang();
    let id = question.id.as_str();
    let mut lines = Vec::new();
    let mut cursor = None;
    let pointer = |i: usize| {
        if focused && i == input.cursor {
            "> "
        } else {
            "  "
        }
    };
    let row_style = |i: usize| {
        if focused && i == input.cursor {
            style::cursor_row(theme)
        } else {
            Style::default()
        }
    };
    match &question.kind {
        QuestionKind::SingleChoice { options } | QuestionKind::MultipleChoice { options, .. } => {
            let single = matches!(question.kind, QuestionKind::SingleChoice { .. });
            let picked = chosen(a, id);
            for (i, o) in options.iter().enumerate() {
                let on = picked.iter().any(|c| c.value == o.value);
                let mark = match (single, on) {
                    (true, true) => "(•)",
                    (true, false) => "( )",
                    (false, true) => "[x]",
                    (false, false) => "[ ]",
                };
                let mut spans = vec![
                    Span::raw(pointer(i)),
                    Span::styled(
                        mark,
                        if on {
                            style::chosen(theme)
                        } else {
                            Style::default()
                        },
                    ),
                    Span::raw(format!(" {}", style::shown(o.label.get(lang)))),
                ];
                if o.other && on {
                    let prefix = 2 + 3 + 1 + style::width(&style::shown(o.label.get(lang))) + 2;
                    spans.push(Span::raw(": "));
                    spans.push(Span::styled(
                        format!("{}_", input.other.text()),
                        Style::default().add_modifier(Modifier::UNDERLINED),
                    ));
                    if focused && i == input.cursor {
                        let (_, col) = input.other.cursor_at(width.saturating_sub(prefix as u16));
                        cursor = Some((lines.len(), prefix as u16 + col));
                    }
                }
                lines.push(Line::from(spans).style(row_style(i)));
            }
        }
        QuestionKind::YesNo => {
            let value = match a.answer(id) {
                Some(Answer::YesNo(b)) => Some(*b),
                _ => None,
            };
            let yes_no = [
                (crate::t!(lang, "answer-yes"), true),
                (crate::t!(lang, "answer-no"), false),
            ];
            for (i, (label, b)) in yes_no.into_iter().enumerate() {
                let on = value == Some(b);
                lines.push(
                    Line::from(vec![
                        Span::raw(pointer(i)),
                        Span::styled(
                            if on { "(•)" } else { "( )" },
                            if on {
                                style::chosen(theme)
                            } else {
                                Style::default()
                            },
                        ),
                        Span::raw(format!(" {label}")),
                    ])
                    .style(row_style(i)),
                );
            }
        }
        QuestionKind::Likert { scale } => {
            let value = match a.answer(id) {
                Some(Answer::Number(n)) => Some(*n),
                _ => None,
            };
            for (i, p) in scale.iter().enumerate() {
                let on = value == Some(p.value);
                lines.push(
                    Line::from(vec![
                        Span::raw(pointer(i)),
                        Span::styled(
                            if on { "(•)" } else { "( )" },
                            if on {
                                style::chosen(theme)
                            } else {
                                Style::default()
                            },
                        ),
                        Span::raw(format!(" {} {}", i + 1, style::shown(p.label.get(lang)))),
                    ])
                    .style(row_style(i)),
                );
            }
        }
        QuestionKind::Matrix { rows, scale } => {
            let values = match a.answer(id) {
                Some(Answer::Matrix(m)) => m.clone(),
                _ => BTreeMap::new(),
            };
            let label_width = rows
                .iter()
                .map(|r| style::width(&style::shown(r.label.get(lang))))
                .max()
                .unwrap_or(0)
                .min(usize::from(width) / 2);
            for (i, r) in rows.iter().enumerate() {
                let label = style::fit(&style::shown(r.label.get(lang)), label_width);
                let value = values
                    .get(&r.id)
                    .and_then(|v| scale.iter().position(|p| p.value == *v));
                let shown = match value {
                    Some(n) => format!("◀ {} {} ▶", n + 1, style::shown(scale[n].label.get(lang))),
                    None => format!("◀ {} ▶", crate::t!(lang, "input-not-answered")),
                };
                lines.push(
                    Line::from(vec![
                        Span::raw(pointer(i)),
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
                    .style(row_style(i)),
                );
            }
        }
        QuestionKind::Ranking { options } => {
            let answered = matches!(a.answer(id), Some(Answer::Ranking(_)));
            for (i, value) in ranking_order(options, a.answer(id)).iter().enumerate() {
                let label = options
                    .iter()
                    .find(|o| &o.value == value)
                    .map(|o| style::shown(o.label.get(lang)))
                    .unwrap_or_default();
                lines.push(
                    Line::from(vec![
                        Span::raw(pointer(i)),
                        Span::styled(
                            if answered {
                                format!("{}.", i + 1)
                            } else {
                                "-.".into()
                            },
                            style::chosen(theme),
                        ),
                        Span::raw(format!(" {label}")),
                    ])
                    .style(row_style(i)),
                );
            }
            if !answered {
                lines.push(Line::styled(
                    format!("  {}", crate::t!(lang, "input-not-ranked")),
                    style::dim(theme),
                ));
            }
        }
        QuestionKind::TaskList => {
            return (super::tasks::summary_lines(a, theme, width), None);
        }
        _ => {
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
                    format!("  Reference figure: {}", show_number(*s)),
                    style::dim(theme),
                ));
            }
            if focused {
                let (row, col) = input.field.cursor_at(field_width);
                cursor = Some((row, 2 + col));
            }
        }
    }
    (lines, cursor)
}
