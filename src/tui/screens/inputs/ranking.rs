//! A ranking: the options in the person's order, moved up and down.

use ratatui::text::Line;
use ratatui::text::Span;

use super::shared::{Drawn, Input, Outcome, Rows, clear};
use crate::answers::Answer;
use crate::questionnaire::model::ChoiceOption;
use crate::questionnaire::{Question, QuestionKind};
use crate::tui::assessment::Assessment;
use crate::tui::keymap::Action;
use crate::tui::style;
use crate::tui::style::Theme;

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

pub fn handle(
    question: &Question,
    a: &mut Assessment,
    input: &mut Input,
    act: Option<Action>,
) -> Outcome {
    let QuestionKind::Ranking { options, .. } = &question.kind else {
        return Outcome::Ignored;
    };
    let id = &question.id;
    let mut order = ranking_order(options, a.answer(id));
    let i = input.cursor.min(order.len().saturating_sub(1));
    let swap_with = match act {
        Some(Action::RankUp) => i.checked_sub(1),
        Some(Action::RankDown) => (i + 1 < order.len()).then_some(i + 1),
        Some(Action::Choose) => {
            a.set(id, Some(Answer::Ranking(order)));
            return Outcome::Changed;
        }
        Some(Action::Accept) => {
            a.set(id, Some(Answer::Ranking(order)));
            return Outcome::Next;
        }
        Some(Action::Clear) => return clear(a, id),
        _ => None,
    };
    match swap_with {
        Some(j) => {
            order.swap(i, j);
            input.cursor = j;
            a.set(id, Some(Answer::Ranking(order)));
            Outcome::Changed
        }
        None => Outcome::Ignored,
    }
}

pub fn render(
    question: &Question,
    a: &Assessment,
    input: &Input,
    theme: Theme,
    focused: bool,
) -> Drawn {
    let QuestionKind::Ranking { options, .. } = &question.kind else {
        return (Vec::new(), None);
    };
    let lang = a.lang();
    let rows = Rows::new(input, theme, focused);
    let answer = a.answer(&question.id);
    let answered = matches!(answer, Some(Answer::Ranking(_)));
    let mut lines = Vec::new();
    for (i, value) in ranking_order(options, answer).iter().enumerate() {
        let label = options
            .iter()
            .find(|o| &o.value == value)
            .map(|o| style::shown(o.label.get(lang)))
            .unwrap_or_default();
        lines.push(
            Line::from(vec![
                Span::raw(rows.pointer(i)),
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
            .style(rows.style(i)),
        );
    }
    if !answered {
        lines.push(Line::styled(
            format!("  {}", crate::t!(lang, "input-not-ranked")),
            style::dim(theme),
        ));
    }
    (lines, None)
}
