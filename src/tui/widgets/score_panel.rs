//! The live score: the rating, each affected role's expected hours per person per week,
//! and the flags that fire now.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

use super::hours_bar;
use crate::questionnaire::model::Severity;
use crate::report::signed_hours;
use crate::scoring::Estimate;
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

/// Each affected role: its label and its expected hours a week per person, the range too.
fn affected(a: &Assessment) -> Vec<(String, Estimate)> {
    let lang = a.lang();
    a.results
        .roles
        .iter()
        .filter(|(_, r)| r.affected)
        .map(|(id, r)| {
            let label = a
                .q()
                .role(id)
                .map_or(id.clone(), |r| style::shown(r.label.get(lang)));
            (label, r.per_person_hours_per_week)
        })
        .collect()
}

/// `compact` is the four-line strip under the question on narrow terminals.
pub fn view(a: &Assessment, theme: Theme, area: Rect, f: &mut Frame, compact: bool) {
    let lang = a.lang();
    let w = area.width.saturating_sub(2) as usize;
    let lines = if compact {
        compact_lines(a, theme, w)
    } else {
        full_lines(a, theme, w, area.height.saturating_sub(2) as usize)
    };
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(style::border(theme, false))
        .title(style::clip(
            &format!(" {} ", crate::t!(lang, "score-title")),
            area.width.saturating_sub(2) as usize,
        ));
    f.render_widget(Paragraph::new(lines).block(block), area);
}

fn compact_lines(a: &Assessment, theme: Theme, w: usize) -> Vec<Line<'static>> {
    let lang = a.lang();
    let mut roles = affected(a);
    // One line holds only some roles: the most affected go first, so what is cut is what
    // matters least.
    roles.sort_by(|x, y| y.1.expected.abs().total_cmp(&x.1.expected.abs()));
    let roles: Vec<String> = roles
        .iter()
        .map(|(l, h)| format!("{l} {}", signed_hours(h.expected)))
        .collect();
    let first = Line::from(vec![
        Span::styled(
            format!("{}: ", crate::t!(lang, "score-rating")),
            style::heading(theme),
        ),
        Span::styled(rating_label(a), style::chosen(theme)),
        Span::raw("  ·  "),
        Span::raw(flag_counts(a)),
    ]);
    vec![
        style::clip_line(first, w),
        Line::raw(style::clip(
            &if roles.is_empty() {
                crate::t!(lang, "score-no-tasks")
            } else {
                crate::t!(lang, "score-week-roles", roles = roles.join(" · "))
            },
            w,
        )),
    ]
}

fn full_lines(a: &Assessment, theme: Theme, w: usize, height: usize) -> Vec<Line<'static>> {
    let lang = a.lang();
    let mut lines = vec![
        Line::styled(crate::t!(lang, "score-rating"), style::heading(theme)),
        Line::styled(
            style::clip(&format!("■ {}", rating_label(a)), w),
            style::chosen(theme),
        ),
    ];
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
        style::clip(&crate::t!(lang, "score-hours-heading"), w),
        style::heading(theme),
    ));
    lines.extend(hours_lines(a, theme, w));
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
    // Each flag in full while the panel has rows to spare, the most serious first; the
    // rest one line each (the breakdown, Ctrl-B, has them all in full).
    let budget = height.saturating_sub(lines.len() + a.results.flags.len());
    lines.extend(flag_lines(a, theme, w, budget));
    lines
}

/// One row per affected role: label, bar, figure; the bar only where there is room for it.
fn hours_lines(a: &Assessment, theme: Theme, w: usize) -> Vec<Line<'static>> {
    let lang = a.lang();
    let roles = affected(a);
    if roles.is_empty() {
        return vec![Line::styled(
            style::clip(&crate::t!(lang, "score-none-yet"), w),
            style::dim(theme),
        )];
    }
    let scale = hours_bar::Scale::of(roles.iter().map(|(_, e)| e));
    let figures: Vec<String> = roles
        .iter()
        .map(|(_, e)| signed_hours(e.expected))
        .collect();
    let figure_w = figures.iter().map(|s| style::width(s)).max().unwrap_or(0);
    let label_w = roles
        .iter()
        .map(|(l, _)| style::width(l))
        .max()
        .unwrap_or(0)
        .min(w / 2);
    let bar_w = w.saturating_sub(label_w + figure_w + 2);
    let with_bars = bar_w >= 4;
    let label_w = if with_bars {
        label_w
    } else {
        w.saturating_sub(figure_w + 1)
    };
    let mut lines = Vec::new();
    for ((label, e), figure) in roles.iter().zip(&figures) {
        let mut spans = vec![Span::raw(format!("{} ", style::fit(label, label_w)))];
        if with_bars {
            spans.push(Span::styled(
                hours_bar::bar(e, scale, bar_w),
                style::chosen(theme),
            ));
            spans.push(Span::raw(" "));
        }
        spans.push(Span::raw(format!("{figure:>figure_w$}")));
        lines.push(Line::from(spans));
    }
    if with_bars {
        for row in style::wrap(&crate::t!(lang, "layout-bar-legend"), w) {
            lines.push(Line::styled(row, style::dim(theme)));
        }
    }
    lines
}

/// The flags that fire, most serious first, in words (ids are for files, not people):
/// each wrapped under its mark while `spare` rows last, the others cut to one line with
/// an ellipsis.
pub fn flag_lines(a: &Assessment, theme: Theme, w: usize, spare: usize) -> Vec<Line<'static>> {
    let mut spare = spare;
    let mut lines = Vec::new();
    for flag in crate::report::by_severity(&a.results) {
        let st = severity_style(flag.severity, theme);
        let text = style::shown(&flag.message);
        let mut rows = style::wrap(&text, w.saturating_sub(2));
        if rows.len() - 1 <= spare {
            spare -= rows.len() - 1;
        } else {
            // Once one is cut, the less serious after it are cut too.
            spare = 0;
            rows = vec![style::clip(&text, w.saturating_sub(2))];
        }
        for (i, row) in rows.into_iter().enumerate() {
            let mark = if i == 0 {
                format!("{} ", severity_mark(flag.severity))
            } else {
                "  ".into()
            };
            lines.push(Line::from(vec![Span::styled(mark, st), Span::raw(row)]));
        }
    }
    lines
}

pub fn severity_style(s: Severity, theme: Theme) -> ratatui::style::Style {
    match s {
        Severity::Serious => style::error(theme),
        Severity::Warning => style::warning(theme),
        Severity::Info => style::dim(theme),
    }
}

/// How wide the panel is beside the question: a third of a wide terminal, so flags can
/// be read, within bounds that leave the question room.
pub fn width_for(terminal: u16) -> u16 {
    (u32::from(terminal) * 3 / 10).clamp(30, 56) as u16
}
