//! The assessor's own review before finalising: every answer by section, the figures and
//! the flags; any answer opens for editing. Not review mode (`review_*`), which is for
//! records already saved.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

use super::assess::step::Step;
use crate::answers::ProblemSeverity;
use crate::questionnaire::{Question, QuestionKind};
use crate::report::{range, signed_hours};
use crate::tui::assessment::Assessment;
use crate::tui::keymap::Action;
use crate::tui::style;
use crate::tui::style::Theme;
use crate::tui::widgets::score_panel::{rating_label, severity_mark};

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OwnReview {
    /// Index among the questions that apply, in questionnaire order.
    pub cursor: usize,
}

/// The questions that apply now, in order: what the review lists.
fn entries(a: &Assessment) -> Vec<String> {
    (0..a.q().sections.len())
        .flat_map(|s| {
            a.visible_questions(s)
                .into_iter()
                .map(|q| q.id.clone())
                .collect::<Vec<_>>()
        })
        .collect()
}

/// A key in the review; `Step::Edit` opens an answer, `Step::Leave` goes back.
pub fn update(a: &Assessment, r: &mut OwnReview, act: Option<Action>) -> Step {
    let ids = entries(a);
    let last = ids.len().saturating_sub(1);
    match act {
        Some(Action::Back) => return Step::Leave,
        Some(Action::Up) => r.cursor = r.cursor.saturating_sub(1),
        Some(Action::Down) => r.cursor = (r.cursor + 1).min(last),
        Some(Action::PageUp) => r.cursor = r.cursor.saturating_sub(10),
        Some(Action::PageDown) => r.cursor = (r.cursor + 10).min(last),
        Some(Action::First) => r.cursor = 0,
        Some(Action::Last) => r.cursor = last,
        Some(Action::Edit) => {
            if let Some(id) = ids.get(r.cursor) {
                return Step::Edit(id.clone());
            }
        }
        Some(Action::Finalise) => return Step::Finalise,
        _ => {}
    }
    Step::None
}

/// An answer in words, in the language of the assessment.
pub fn answer_text(question: &Question, a: &Assessment) -> String {
    let lang = a.lang();
    if let Some(p) = a.pending(&question.id) {
        return crate::t!(lang, "review-unreadable", text = style::shown(&p.raw));
    }
    if matches!(question.kind, QuestionKind::TaskList) {
        let n = a.tasks.len();
        return match n {
            0 => "—".into(),
            n => crate::t!(lang, "review-task-rows", count = n),
        };
    }
    let Some(answer) = a.answer(&question.id) else {
        return "—".into();
    };
    // The same words as `wia show`, made safe for the terminal.
    style::shown(&crate::review::answer_words(question, answer, lang))
}

pub fn view(a: &Assessment, r: &OwnReview, theme: Theme, area: Rect, f: &mut Frame) {
    let lang = a.lang();
    let w = area.width.saturating_sub(3) as usize;
    let mut lines: Vec<Line> = Vec::new();
    let mut focus = 0;
    let mut index = 0;
    let blocking = a.blocking().len();
    lines.push(if blocking == 0 {
        Line::styled(crate::t!(lang, "review-ready"), style::good(theme))
    } else {
        Line::styled(
            crate::t!(lang, "review-blocking", count = blocking),
            style::error(theme),
        )
    });
    for (si, section) in a.q().sections.iter().enumerate() {
        let questions = a.visible_questions(si);
        if questions.is_empty() {
            continue;
        }
        lines.push(Line::raw(""));
        lines.push(Line::styled(
            style::shown(section.title.get(lang)),
            style::heading(theme),
        ));
        for q in questions {
            let here = index == r.cursor;
            if here {
                focus = lines.len();
            }
            index += 1;
            let errors = a
                .problems_for(&q.id)
                .filter(|p| p.severity == ProblemSeverity::Error)
                .count();
            let mark = if errors > 0 {
                "✗"
            } else if a.is_answered(q) {
                "✓"
            } else {
                "·"
            };
            let label = style::clip(&style::shown(q.text.get(lang)), w.saturating_sub(4));
            let line = Line::from(vec![
                Span::raw(if here { ">" } else { " " }),
                Span::styled(
                    format!("{mark} "),
                    if errors > 0 {
                        style::error(theme)
                    } else {
                        style::good(theme)
                    },
                ),
                Span::styled(label, Style::default().add_modifier(Modifier::BOLD)),
            ]);
            lines.push(if here {
                line.style(style::cursor_row(theme))
            } else {
                line
            });
            for l in style::wrap(&answer_text(q, a), w.saturating_sub(4))
                .into_iter()
                .take(4)
            {
                lines.push(Line::raw(format!("    {l}")));
            }
        }
    }
    lines.extend(hidden_lines(a, theme, w));
    // A survey has no figures to look over.
    if !a.q().is_survey() {
        lines.extend(results_lines(a, theme, w));
    }
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(style::border(theme, true))
        .title(format!(" {} ", crate::t!(lang, "review-title")));
    let inner = block.inner(area);
    let height = inner.height as usize;
    let scroll = focus.saturating_sub(height / 3);
    f.render_widget(
        Paragraph::new(lines)
            .block(block)
            .scroll((scroll as u16, 0)),
        area,
    );
}

/// Answers kept though their questions no longer apply, apart from the others so nobody
/// takes them for answers that count.
fn hidden_lines(a: &Assessment, theme: Theme, w: usize) -> Vec<Line<'static>> {
    let questions = a.no_longer_apply();
    if questions.is_empty() {
        return Vec::new();
    }
    let lang = a.lang();
    let mut lines = vec![
        Line::raw(""),
        Line::styled(
            crate::t!(lang, "review-no-longer-apply"),
            style::heading(theme),
        ),
    ];
    for q in questions {
        let label = style::clip(&style::shown(q.text.get(lang)), w.saturating_sub(4));
        lines.push(Line::styled(format!("  {label}"), style::dim(theme)));
        for l in style::wrap(&answer_text(q, a), w.saturating_sub(4))
            .into_iter()
            .take(4)
        {
            lines.push(Line::styled(format!("    {l}"), style::dim(theme)));
        }
    }
    lines
}

/// The figures and flags at the foot of the review.
fn results_lines(a: &Assessment, theme: Theme, w: usize) -> Vec<Line<'static>> {
    let lang = a.lang();
    let mut lines = Vec::new();
    lines.push(Line::raw(""));
    lines.push(Line::styled(
        crate::t!(lang, "review-results"),
        style::heading(theme),
    ));
    lines.push(Line::raw(format!(
        "  {}",
        crate::t!(lang, "done-rating", rating = rating_label(a))
    )));
    for (id, fig) in a.results.roles.iter().filter(|(_, f)| f.affected) {
        let label = a
            .q()
            .role(id)
            .map_or(id.clone(), |r| style::shown(r.label.get(lang)));
        let text = crate::t!(
            lang,
            "review-role-week",
            role = label,
            week = range(&fig.per_person_hours_per_week, signed_hours, lang)
        );
        for l in style::wrap(&text, w.saturating_sub(4)) {
            lines.push(Line::raw(format!("  {l}")));
        }
    }
    lines.push(Line::raw(""));
    lines.push(Line::styled(
        crate::t!(lang, "review-flags"),
        style::heading(theme),
    ));
    if a.results.flags.is_empty() {
        lines.push(Line::raw(format!("  {}", crate::t!(lang, "review-none"))));
    }
    for flag in crate::report::by_severity(&a.results) {
        for (i, l) in style::wrap(&style::shown(&flag.message), w.saturating_sub(4))
            .into_iter()
            .enumerate()
        {
            let mark = if i == 0 {
                format!("  {} ", severity_mark(flag.severity))
            } else {
                "    ".into()
            };
            lines.push(Line::raw(format!("{mark}{l}")));
        }
    }
    lines
}
