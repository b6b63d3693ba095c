//! The live score: the rating, each affected role's expected hours per person per week,
//! and the flags that fire now.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

use crate::questionnaire::model::Severity;
use crate::report::signed_hours;
use crate::tui::assessment::Assessment;
use crate::tui::style;
use crate::tui::style::Theme;

pub fn rating_label(a: &Assessment) -> String {
    let lang = a.lang();
    a.q()
        .band(&a.results.rating)
        .map_or(a.results.rating.clone(), |b| {
            style::shown(b.label.get(lang))
        })
}

pub fn severity_mark(s: Severity) -> &'static str {
    match s {
        Severity::Serious => "‼",
        Severity::Warning => "!",
        Severity::Info => "i",
    }
}

fn flag_counts(a: &Assessment) -> String {
    let lang = a.lang();
    let count = |s| a.results.flags.iter().filter(|f| f.severity == s).count();
    let (serious, warning, info) = (
        count(Severity::Serious),
        count(Severity::Warning),
        count(Severity::Info),
    );
    if serious + warning + info == 0 {
        return crate::t!(lang, "score-no-flags");
    }
    crate::t!(
        lang,
        "score-flag-counts",
        serious = serious,
        warning = warning,
        info = info
    )
}

/// `compact` is the four-line strip under the question on narrow terminals.
pub fn view(a: &Assessment, theme: Theme, area: Rect, f: &mut Frame, compact: bool) {
    let lang = a.lang();
    let w = area.width.saturating_sub(2) as usize;
    let rating = rating_label(a);
    let affected: Vec<_> = a
        .results
        .roles
        .iter()
        .filter(|(_, r)| r.affected)
        .map(|(id, r)| {
            let label = a
                .q()
                .role(id)
                .map_or(id.clone(), |r| style::shown(r.label.get(lang)));
            (label, r.per_person_hours_per_week.expected)
        })
        .collect();
    let mut lines = Vec::new();
    if compact {
        let roles: Vec<String> = affected
            .iter()
            .map(|(l, h)| format!("{l} {}", signed_hours(*h)))
            .collect();
        lines.push(Line::from(vec![
            Span::styled(
                format!("{}: ", crate::t!(lang, "score-rating")),
                style::heading(theme),
            ),
            Span::styled(rating, style::chosen(theme)),
            Span::raw("  ·  "),
            Span::raw(flag_counts(a)),
        ]));
        lines.push(Line::raw(style::clip(
            &if roles.is_empty() {
                crate::t!(lang, "score-no-tasks")
            } else {
                crate::t!(lang, "score-week-roles", roles = roles.join(" · "))
            },
            w,
        )));
    } else {
        lines.push(Line::styled(
            crate::t!(lang, "score-rating"),
            style::heading(theme),
        ));
        lines.push(Line::styled(format!("■ {rating}"), style::chosen(theme)));
        if let Some(b) = &a.results.rating_basis {
            let role = a
                .q()
                .role(&b.role)
                .map_or(b.role.clone(), |r| style::shown(r.label.get(lang)));
            lines.push(Line::styled(
                style::clip(
                    &crate::t!(
                        lang,
                        "score-basis",
                        role = role,
                        week = signed_hours(b.per_person_hours_per_week)
                    ),
                    w,
                ),
                style::dim(theme),
            ));
        }
        lines.push(Line::raw(""));
        lines.push(Line::styled(
            crate::t!(lang, "score-hours-heading"),
            style::heading(theme),
        ));
        if affected.is_empty() {
            lines.push(Line::styled(
                crate::t!(lang, "score-none-yet"),
                style::dim(theme),
            ));
        }
        for (label, h) in &affected {
            let figure = signed_hours(*h);
            let name = style::fit(label, w.saturating_sub(figure.len() + 1));
            lines.push(Line::raw(format!("{name} {figure}")));
        }
        lines.push(Line::raw(""));
        lines.push(Line::styled(
            crate::t!(lang, "review-flags"),
            style::heading(theme),
        ));
        if a.results.flags.is_empty() {
            lines.push(Line::styled(
                crate::t!(lang, "score-none-fire"),
                style::dim(theme),
            ));
        }
        for flag in crate::report::by_severity(&a.results) {
            let st = match flag.severity {
                Severity::Serious => style::error(theme),
                Severity::Warning => style::warning(theme),
                Severity::Info => style::dim(theme),
            };
            lines.push(Line::from(vec![
                Span::styled(format!("{} ", severity_mark(flag.severity)), st),
                // The message, not the id: ids are English words.
                Span::raw(style::clip(
                    &style::shown(&flag.message),
                    w.saturating_sub(2),
                )),
            ]));
        }
    }
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(style::border(theme, false))
        .title(format!(" {} ", crate::t!(lang, "score-title")));
    f.render_widget(Paragraph::new(lines).block(block), area);
}
