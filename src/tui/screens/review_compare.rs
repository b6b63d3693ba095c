//! Two records side by side: the rating, each role's figures, the flags, and every
//! answer and task estimate that differs, before on the left and after on the right.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

use super::review_state::{ComparePage, Row, moved};
use crate::i18n::Lang;
use crate::report::signed_hours;
use crate::review::{Opened, diff_records};
use crate::t;
use crate::tui::context::Context;
use crate::tui::keymap::Action;
use crate::tui::style;
use crate::tui::widgets::hours_bar;

impl ComparePage {
    // Long because it builds the comparison's rows in order, one short block per part of
    // the two records compared.
    pub fn new(a: &Opened, b: &Opened, lang: Lang) -> Self {
        let d = diff_records(a, b, lang);
        let mut rows = Vec::new();
        let none = || "—".to_string();
        let head = |id: &str| Row::Heading(t!(lang, id));
        rows.push(Row::Pair(
            t!(lang, "review-cmp-record"),
            format!("{} · {}", a.record.id, a.title()),
            format!("{} · {}", b.record.id, b.title()),
            false,
        ));
        rows.push(Row::Pair(
            t!(lang, "review-cmp-integrity"),
            a.state.label(lang),
            b.state.label(lang),
            a.state.as_str() != b.state.as_str(),
        ));
        rows.push(Row::Pair(
            t!(lang, "review-cmp-rating"),
            d.rating_before.clone(),
            d.rating_after.clone(),
            d.rating_before != d.rating_after,
        ));
        rows.push(head("review-cmp-weekly"));
        for r in &d.roles {
            let change = r.weekly_after.expected - r.weekly_before.expected;
            rows.push(Row::Pair(
                r.label.clone(),
                signed_hours(r.weekly_before.expected),
                format!(
                    "{} ({})",
                    signed_hours(r.weekly_after.expected),
                    signed_hours(change)
                ),
                change.abs() > 1e-9,
            ));
            rows.push(Row::Bars(r.weekly_before, r.weekly_after));
        }
        if !d.roles.is_empty() {
            rows.push(Row::Note(t!(lang, "layout-bar-legend")));
        }
        rows.push(head("review-cmp-system"));
        for r in &d.roles {
            rows.push(Row::Pair(
                r.label.clone(),
                signed_hours(r.system_before.expected),
                signed_hours(r.system_after.expected),
                r.system_before.max_difference(&r.system_after) > 1e-9,
            ));
        }
        if !(d.flags_added.is_empty() && d.flags_removed.is_empty()) {
            rows.push(head("review-cmp-flags"));
            if !d.flags_removed.is_empty() {
                rows.push(Row::Pair(
                    t!(lang, "review-cmp-flags-removed"),
                    d.flags_removed.join(", "),
                    none(),
                    true,
                ));
            }
            if !d.flags_added.is_empty() {
                rows.push(Row::Pair(
                    t!(lang, "review-cmp-flags-added"),
                    none(),
                    d.flags_added.join(", "),
                    true,
                ));
            }
        }
        rows.push(Row::Heading(t!(
            lang,
            "review-diff-answers",
            count = d.answers.len()
        )));
        for c in &d.answers {
            rows.push(Row::Pair(
                c.text.clone(),
                c.before.clone().unwrap_or_else(none),
                c.after.clone().unwrap_or_else(none),
                true,
            ));
        }
        rows.push(Row::Heading(t!(
            lang,
            "review-diff-tasks",
            count = d.tasks.len()
        )));
        for task in &d.tasks {
            match (task.before, task.after) {
                (Some(x), Some(y)) => {
                    rows.push(Row::Pair(
                        t!(lang, "review-cmp-task", a = x, b = y),
                        task.description.clone(),
                        String::new(),
                        false,
                    ));
                    for (field, before, after) in &task.fields {
                        rows.push(Row::Pair(
                            format!("  {field}"),
                            before.clone(),
                            after.clone(),
                            true,
                        ));
                    }
                }
                (None, Some(y)) => rows.push(Row::Pair(
                    t!(lang, "review-cmp-task-added", n = y),
                    none(),
                    task.description.clone(),
                    true,
                )),
                (Some(x), None) => rows.push(Row::Pair(
                    t!(lang, "review-cmp-task-removed", n = x),
                    task.description.clone(),
                    none(),
                    true,
                )),
                (None, None) => {}
            }
        }
        ComparePage {
            a: a.record.id.clone(),
            b: b.record.id.clone(),
            rows,
            scroll: 0,
        }
    }
}

/// Move; true when the person leaves the comparison.
pub fn update(c: &mut ComparePage, act: Option<Action>, height: u16) -> bool {
    let page = usize::from(height.saturating_sub(8)).max(1);
    if let Some(at) = moved(act, c.scroll, c.rows.len() * 8, page) {
        c.scroll = at;
        return false;
    }
    act == Some(Action::Back)
}

/// The rows as lines of three wrapped columns.
fn lines(ctx: &Context, c: &ComparePage, width: usize) -> Vec<Line<'static>> {
    let label_w = (width / 4).max(12);
    let side = width.saturating_sub(label_w + 4) / 2;
    let scale = hours_bar::Scale::of(c.rows.iter().flat_map(|r| match r {
        Row::Bars(x, y) => vec![x, y],
        _ => Vec::new(),
    }));
    let mut out = Vec::new();
    for row in &c.rows {
        match row {
            Row::Bars(before, after) => {
                // A column's width less a margin, so the two bars never touch.
                let bar_w = side.saturating_sub(2);
                out.push(Line::from(vec![
                    Span::raw(" ".repeat(label_w)),
                    Span::raw(" │ "),
                    Span::styled(
                        style::fit(&hours_bar::bar(before, scale, bar_w), side + 1),
                        style::dim(ctx.theme),
                    ),
                    Span::styled(
                        hours_bar::bar(after, scale, bar_w),
                        style::chosen(ctx.theme),
                    ),
                ]));
            }
            Row::Note(text) => out.push(Line::styled(
                style::clip(&style::shown(text), width),
                style::dim(ctx.theme),
            )),
            Row::Heading(h) => {
                out.push(Line::raw(""));
                out.push(Line::styled(
                    style::clip(&style::shown(h), width),
                    style::heading(ctx.theme),
                ));
            }
            Row::Pair(label, before, after, changed) => {
                let changed = *changed;
                let cols = [
                    style::wrap(&style::shown(label), label_w),
                    style::wrap(&crate::text::inert(before), side),
                    style::wrap(&crate::text::inert(after), side),
                ];
                let h = cols.iter().map(Vec::len).max().unwrap_or(1);
                for i in 0..h {
                    let cell = |k: usize, w: usize| {
                        style::fit(cols[k].get(i).map_or("", String::as_str), w)
                    };
                    let after_style = if changed {
                        Style::default().add_modifier(Modifier::BOLD)
                    } else {
                        Style::default()
                    };
                    out.push(Line::from(vec![
                        Span::styled(cell(0, label_w), style::dim(ctx.theme)),
                        Span::raw(" │ "),
                        Span::raw(cell(1, side)),
                        Span::raw(if changed && i == 0 { "→" } else { " " }),
                        Span::styled(cell(2, side), after_style),
                    ]));
                }
            }
        }
    }
    out
}

pub fn view(ctx: &Context, c: &ComparePage, area: Rect, f: &mut Frame) {
    let lang = ctx.lang;
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(style::border(ctx.theme, true))
        .title(style::clip(
            &format!(
                " {} ",
                t!(
                    lang,
                    "review-diff-heading",
                    a = c.a.as_str(),
                    b = c.b.as_str()
                )
            ),
            area.width.saturating_sub(4) as usize,
        ));
    let inner = block.inner(area);
    f.render_widget(block, area);
    let [head, body] = Layout::vertical([Constraint::Length(1), Constraint::Min(1)]).areas(inner);
    let width = inner.width as usize;
    let label_w = (width / 4).max(12);
    let side = width.saturating_sub(label_w + 4) / 2;
    f.render_widget(
        Paragraph::new(Line::from(vec![
            Span::raw(" ".repeat(label_w + 3)),
            Span::styled(
                style::fit(&t!(lang, "review-cmp-before", id = c.a.as_str()), side + 1),
                style::heading(ctx.theme),
            ),
            Span::styled(
                style::fit(&t!(lang, "review-cmp-after", id = c.b.as_str()), side),
                style::heading(ctx.theme),
            ),
        ])),
        head,
    );
    let all = lines(ctx, c, width);
    let h = body.height as usize;
    let scroll = c.scroll.min(all.len().saturating_sub(h));
    f.render_widget(
        Paragraph::new(all.into_iter().skip(scroll).take(h).collect::<Vec<_>>()),
        body,
    );
}
