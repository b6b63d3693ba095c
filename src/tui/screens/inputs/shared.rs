//! What the input of every question kind shares: its state (`Input`), what a key did
//! (`Outcome`), and the small pieces of key handling and drawing more than one kind uses.
//! Below the dispatch in `mod.rs` and the kinds' files alike.

use ratatui::crossterm::event::KeyEvent;
use ratatui::style::Style;
use ratatui::text::Span;

use crate::answers::{Answer, Choice};
use crate::questionnaire::{Question, QuestionKind};
use crate::tui::assessment::{Assessment, show_number};
use crate::tui::keymap::Action;
use crate::tui::style;
use crate::tui::style::Theme;
use crate::tui::widgets::text_field::TextField;

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

/// The input drawn as lines, and where the terminal cursor goes (row, column) when the
/// person is typing.
pub type Drawn = (Vec<ratatui::text::Line<'static>>, Option<(usize, u16)>);

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
            (QuestionKind::Likert { scale }, Some(answer)) => scale
                .iter()
                .position(|p| answer.is_point(&p.value))
                .unwrap_or(0),
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
pub fn option_count(question: &Question) -> usize {
    match &question.kind {
        QuestionKind::YesNo => 2,
        QuestionKind::Likert { scale } => scale.len(),
        QuestionKind::Matrix { rows, .. } => rows.len(),
        QuestionKind::Ranking { options, .. } => options.len(),
        k => k.options().len(),
    }
}

/// The options chosen in the answer to `id`, for single and multiple choice.
pub fn chosen(a: &Assessment, id: &str) -> Vec<Choice> {
    match a.answer(id) {
        Some(Answer::Choice(c)) => vec![c.clone()],
        Some(Answer::Choices(list)) => list.clone(),
        _ => Vec::new(),
    }
}

/// The option or scale point a digit picks, counted from 0.
pub fn digit(key: &KeyEvent, act: Option<Action>) -> Option<usize> {
    (act == Some(Action::Digit))
        .then(|| crate::tui::keymap::digit(key))
        .flatten()
}

/// The answer at line `n` of a one-answer list (yes/no, a scale) taken, the cursor put
/// there; Enter also moves on to the next question.
pub fn pick_line(
    a: &mut Assessment,
    input: &mut Input,
    id: &str,
    pick: Option<(usize, Answer)>,
    act: Option<Action>,
) -> Outcome {
    let Some((n, answer)) = pick else {
        return Outcome::Ignored;
    };
    input.cursor = n;
    a.set(id, Some(answer));
    if act == Some(Action::Accept) {
        Outcome::Next
    } else {
        Outcome::Changed
    }
}

/// Clear the answer: `Ignored` when there was none.
pub fn clear(a: &mut Assessment, id: &str) -> Outcome {
    if a.answer(id).is_none() && a.pending(id).is_none() {
        return Outcome::Ignored;
    }
    a.set(id, None);
    Outcome::Changed
}

/// How a kind that lists lines (options, scale points, rows) marks the one in focus.
#[derive(Clone, Copy)]
pub struct Rows {
    pub focused: bool,
    pub cursor: usize,
    pub theme: Theme,
}

impl Rows {
    pub fn new(input: &Input, theme: Theme, focused: bool) -> Self {
        Rows {
            focused,
            cursor: input.cursor,
            theme,
        }
    }

    pub fn here(self, i: usize) -> bool {
        self.focused && i == self.cursor
    }

    pub fn pointer(self, i: usize) -> &'static str {
        if self.here(i) { "> " } else { "  " }
    }

    pub fn style(self, i: usize) -> Style {
        if self.here(i) {
            style::cursor_row(self.theme)
        } else {
            Style::default()
        }
    }

    /// A radio button, filled when `on`.
    pub fn radio(self, on: bool) -> Span<'static> {
        Span::styled(
            if on { "(•)" } else { "( )" },
            if on {
                style::chosen(self.theme)
            } else {
                Style::default()
            },
        )
    }
}
