//! The task list editor drawn: the table of rows, and the form for the row being edited
//! with the row's hours shown as the figures are typed; and the rows as the task
//! question shows them on the questionnaire screen.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

use super::{FIELDS, Field, RowForm, TaskEditor};
use crate::answers::Change;
use crate::report::{range, signed_hours};
use crate::tui::assessment::{Assessment, TaskEdit};
use crate::tui::style;
use crate::tui::style::Theme;

fn role_names(a: &Assessment, t: &TaskEdit) -> String {
    let lang = a.lang();
    t.roles
        .iter()
        .map(|id| {
            a.q()
                .role(id)
                .map_or(id.clone(), |r| style::shown(r.label.get(lang)))
        })
        .collect::<Vec<_>>()
        .join(", ")
}

fn frequency_name(a: &Assessment, t: &TaskEdit) -> String {
    t.frequency
        .as_deref()
        .map(|id| {
            a.q()
                .frequency(id)
                .map_or(id.to_string(), |f| style::shown(f.label.get(a.lang())))
        })
        .unwrap_or_else(|| "–".into())
}

/// The row's description as typed, or a placeholder saying there is none.
fn description(a: &Assessment, t: &TaskEdit) -> String {
    if t.description.is_empty() {
        crate::t!(a.lang(), "task-no-description")
    } else {
        style::shown(&t.description)
    }
}

/// Expected hours a year per person (as the score uses), or why there are none.
fn row_hours(a: &Assessment, t: &TaskEdit) -> String {
    match t.hours_per_person_year(a.q()) {
        Some(e) => signed_hours(e.expected),
        None => crate::t!(a.lang(), "task-incomplete"),
    }
}

/// The rows as the task question shows them on the questionnaire screen.
pub fn summary_lines(a: &Assessment, theme: Theme, width: u16) -> Vec<Line<'static>> {
    let lang = a.lang();
    let w = width as usize;
    let mut lines = Vec::new();
    if a.tasks.is_empty() {
        lines.push(Line::raw(format!("  {}", crate::t!(lang, "task-none"))));
    }
    for (i, t) in a.tasks.iter().enumerate().take(12) {
        let hours = row_hours(a, t);
        let sign = if t.change == Change::Removed {
            "−"
        } else {
            "+"
        };
        let desc = style::fit(&description(a, t), w.saturating_sub(hours.len() + 10));
        lines.push(Line::from(vec![
            Span::raw(format!("  {:>2} {sign} ", i + 1)),
            Span::raw(desc),
            Span::styled(
                format!(" {}", crate::t!(lang, "task-hours-year", hours = hours)),
                style::dim(theme),
            ),
        ]));
    }
    if a.tasks.len() > 12 {
        lines.push(Line::raw(format!(
            "  {}",
            crate::t!(lang, "task-more", count = a.tasks.len() - 12)
        )));
    }
    lines.push(Line::raw(""));
    lines.push(Line::from(vec![
        Span::raw("  "),
        Span::styled("Enter", style::key(theme)),
        Span::raw(format!(" {}", crate::t!(lang, "task-enter-opens"))),
    ]));
    lines
}

/// The table's rows as drawn: where the first shown row is, which task it is and how
/// many show, with the row written out in full beneath. Worked out once, for drawing and
/// for clicks, so a click lands on the row drawn there.
struct TableLayout {
    desc_w: usize,
    w: usize,
    detail: Vec<String>,
    first: usize,
    height: usize,
}

fn table_layout(a: &Assessment, e: &TaskEditor, area: Rect) -> TableLayout {
    let w = area.width.saturating_sub(2) as usize;
    let lead = 6;
    let rest = 8 + 12 + 14 + 10;
    let desc_w = w.saturating_sub(lead + rest).max(8);
    // The row under the cursor, when its description or roles are cut in the table, is
    // written out in full under it.
    // Not while the row's form is open (it shows the row), nor where it would leave the
    // table fewer than three rows.
    let rows_h = area.height.saturating_sub(3) as usize;
    let detail = a
        .tasks
        .get(e.row)
        .filter(|_| e.form.is_none())
        .map(|t| focused_detail(a, t, desc_w, w))
        .filter(|d| rows_h >= d.len() + 3)
        .unwrap_or_default();
    let height = rows_h.saturating_sub(detail.len());
    let first = e.row.saturating_sub(height.saturating_sub(1));
    TableLayout {
        desc_w,
        w,
        detail,
        first,
        height,
    }
}

/// Where the editor draws the table, when it draws one.
fn table_area(e: &TaskEditor, area: Rect) -> Option<Rect> {
    match &e.form {
        None => {
            let [table, _] =
                Layout::vertical([Constraint::Min(5), Constraint::Length(4)]).areas(area);
            Some(table)
        }
        Some(_) if area.height < (FIELDS.len() + 5 + 4) as u16 => None,
        Some(_) => {
            let form_h = (FIELDS.len() + 5) as u16;
            let [table, _] =
                Layout::vertical([Constraint::Min(3), Constraint::Length(form_h)]).areas(area);
            Some(table)
        }
    }
}

/// The task (counted from 0) whose table row is drawn at screen row `row`, if any.
pub fn row_at(a: &Assessment, e: &TaskEditor, area: Rect, column: u16, row: u16) -> Option<usize> {
    let table = table_area(e, area)?;
    let inside = Rect::new(
        table.x + 1,
        table.y + 1,
        table.width.saturating_sub(2),
        table.height.saturating_sub(2),
    );
    if !inside.contains(ratatui::layout::Position::new(column, row)) {
        return None;
    }
    let l = table_layout(a, e, table);
    let shown = a.tasks.len().saturating_sub(l.first).min(l.height);
    // Under the border and the header line.
    crate::tui::component::hit_row(row, table.y + 2, l.first, shown)
}

fn table_view(a: &Assessment, e: &TaskEditor, theme: Theme, area: Rect, f: &mut Frame) {
    let lang = a.lang();
    let TableLayout {
        desc_w,
        w,
        detail,
        first,
        height,
    } = table_layout(a, e, area);
    let lead = 6;
    let mut lines = vec![Line::styled(
        style::clip(
            &format!(
                "{:<lead$}{}{:>12}{:>14} {:<9}{:>8}",
                "  #",
                style::fit(&crate::t!(lang, "task-col-task"), desc_w),
                crate::t!(lang, "task-col-minutes"),
                crate::t!(lang, "task-col-frequency"),
                crate::t!(lang, "task-col-roles"),
                crate::t!(lang, "task-col-hours"),
            ),
            w,
        ),
        Style::default().add_modifier(Modifier::BOLD),
    )];
    for (i, t) in a.tasks.iter().enumerate().skip(first).take(height) {
        let here = i == e.row;
        let sign = if t.change == Change::Removed {
            "−"
        } else {
            "+"
        };
        let complete = t.to_row(lang).is_ok();
        let mins = format!("{}/{}/{}", t.low, t.likely, t.high);
        let line = Line::from(vec![
            Span::raw(format!(
                "{}{:>3}{sign} ",
                if here { ">" } else { " " },
                i + 1
            )),
            Span::raw(style::fit(&description(a, t), desc_w)),
            Span::raw(format!("{:>12}", style::clip(&mins, 11))),
            Span::raw(format!("{:>14}", style::clip(&frequency_name(a, t), 13))),
            Span::raw(format!(
                " {}",
                style::fit(&style::clip(&role_names(a, t), 9), 9)
            )),
            Span::styled(
                format!("{:>8}", row_hours(a, t)),
                if complete {
                    Style::default()
                } else {
                    style::error(theme)
                },
            ),
        ]);
        let line = style::clip_line(line, w);
        lines.push(if here {
            line.style(style::cursor_row(theme))
        } else {
            line
        });
    }
    if a.tasks.is_empty() {
        lines.push(Line::raw(format!("  {}", crate::t!(lang, "task-none-add"))));
    }
    if !detail.is_empty() {
        lines.resize(height + 1, Line::raw(""));
        lines.extend(
            detail
                .into_iter()
                .map(|l| Line::styled(l, style::dim(theme))),
        );
    }
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(style::border(theme, e.form.is_none()))
        .title(format!(
            " {} ",
            crate::t!(lang, "task-table-title", count = a.tasks.len())
        ));
    f.render_widget(Paragraph::new(lines).block(block), area);
}

/// The focused row's description and roles in full, wrapped, when the table cuts either
/// (at most three rows, so the table keeps most of its height); else nothing.
fn focused_detail(a: &Assessment, t: &TaskEdit, desc_w: usize, w: usize) -> Vec<String> {
    let desc = description(a, t);
    let roles = role_names(a, t);
    if style::width(&desc) <= desc_w && style::width(&roles) <= 9 {
        return Vec::new();
    }
    let text = format!(
        "▸ {desc} · {}: {roles}",
        crate::t!(a.lang(), "task-col-roles")
    );
    let mut rows = style::wrap(&text, w.max(1));
    if rows.len() > 3 {
        rows.truncate(3);
        // Ends in an ellipsis whether or not the third row reaches the edge.
        rows[2] = if style::width(&rows[2]) < w {
            format!("{}…", rows[2])
        } else {
            style::clip(&format!("{}  ", rows[2]), w)
        };
    }
    rows
}

/// The roles as tick boxes; when they do not fit, the window slides to keep the role
/// under the cursor in view, with … marking what is cut off.
fn role_spans(
    a: &Assessment,
    t: &TaskEdit,
    cursor: Option<usize>,
    width: usize,
    theme: Theme,
) -> Vec<Span<'static>> {
    let lang = a.lang();
    // Away from the field only what is ticked matters: show those, so none hides behind
    // an unticked box.
    if cursor.is_none() && !t.roles.is_empty() {
        let ticked = a
            .q()
            .scoring()
            .roles
            .iter()
            .filter(|r| t.roles.contains(&r.id))
            .map(|r| format!("[x] {}", style::shown(r.label.get(lang))))
            .collect::<Vec<_>>()
            .join(" ");
        return vec![Span::raw(style::clip(&ticked, width))];
    }
    let items: Vec<String> = a
        .q()
        .scoring()
        .roles
        .iter()
        .map(|r| {
            let on = t.roles.contains(&r.id);
            format!(
                "[{}] {} ",
                if on { "x" } else { " " },
                style::shown(r.label.get(lang))
            )
        })
        .collect();
    let at = cursor.unwrap_or(0).min(items.len().saturating_sub(1));
    let mut first = 0;
    while first < at
        && items[first..=at]
            .iter()
            .map(|i| style::width(i))
            .sum::<usize>()
            + 2
            > width
    {
        first += 1;
    }
    let mut spans = Vec::new();
    let mut used = 0;
    if first > 0 {
        spans.push(Span::raw("…"));
        used += 1;
    }
    for (j, item) in items.iter().enumerate().skip(first) {
        let w = style::width(item);
        if used + w + 1 > width && j > at {
            spans.push(Span::raw("…"));
            break;
        }
        used += w;
        spans.push(if cursor == Some(j) {
            Span::styled(item.clone(), style::cursor_row(theme))
        } else {
            Span::raw(item.clone())
        });
    }
    spans
}

fn form_view(
    a: &Assessment,
    e: &TaskEditor,
    form: &RowForm,
    theme: Theme,
    area: Rect,
    f: &mut Frame,
) {
    let Some(t) = a.tasks.get(e.row) else { return };
    let lang = a.lang();
    let q = a.q();
    let label_w = 18usize;
    let value_w = area.width.saturating_sub(2 + label_w as u16 + 3);
    let mut lines = Vec::new();
    let mut cursor = None;
    for (i, field) in FIELDS.iter().enumerate() {
        let here = i == form.field;
        let value: Vec<Span> = match field {
            Field::Roles => role_spans(a, t, here.then_some(form.role), value_w as usize, theme),
            Field::Frequency => vec![Span::raw(format!("◀ {} ▶", frequency_name(a, t)))],
            Field::Change => vec![Span::raw(format!(
                "◀ {} ▶",
                crate::t!(
                    lang,
                    match t.change {
                        Change::New => "task-new-work",
                        Change::Removed => "task-removed-work",
                    }
                )
            ))],
            Field::AdminTask => vec![Span::raw(format!(
                "◀ {} ▶",
                t.admin_task
                    .as_deref()
                    .map(|id| q
                        .admin_task(id)
                        .map_or(id.to_string(), |x| style::shown(x.label.get(lang))))
                    .unwrap_or_else(|| crate::t!(lang, "task-not-admin"))
            ))],
            typed => {
                let text = if here {
                    form.text.text().to_string()
                } else {
                    typed.text(t).to_string()
                };
                if here {
                    let (_, col) = form.text.cursor_at(value_w.max(1));
                    cursor = Some((lines.len(), label_w as u16 + 3 + col));
                }
                vec![Span::styled(
                    style::clip(
                        &style::shown(if text.is_empty() { "_" } else { &text }),
                        value_w as usize,
                    ),
                    style::field(theme),
                )]
            }
        };
        let mut spans = vec![Span::styled(
            format!(
                "{}{} ",
                if here { ">" } else { " " },
                style::fit(&crate::t!(lang, field.label()), label_w)
            ),
            if here {
                Style::default().add_modifier(Modifier::BOLD)
            } else {
                Style::default()
            },
        )];
        spans.push(Span::raw(" "));
        spans.extend(value);
        lines.push(style::clip_line(
            Line::from(spans),
            area.width.saturating_sub(2) as usize,
        ));
    }
    lines.extend(row_figures(a, t, theme, area.width));
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(style::border(theme, true))
        .title(format!(
            " {} ",
            crate::t!(lang, "task-form-title", row = e.row + 1)
        ));
    let inner = block.inner(area);
    // Keep the field being edited in view when the form is taller than the window.
    let scroll = (form.field + 2).saturating_sub(inner.height as usize);
    f.render_widget(
        Paragraph::new(lines)
            .block(block)
            .scroll((scroll as u16, 0)),
        area,
    );
    if let Some((row, col)) = cursor
        && row >= scroll
    {
        f.set_cursor_position((
            inner.x + col.min(inner.width.saturating_sub(1)),
            inner.y + (row - scroll) as u16,
        ));
    }
}

pub fn view(a: &Assessment, e: &TaskEditor, theme: Theme, area: Rect, f: &mut Frame) {
    let table = table_area(e, area);
    if let Some(table) = table {
        table_view(a, e, theme, table, f);
    }
    // Below the table: the score, or the row's form (all of the area on a short terminal,
    // where the row being edited matters more than the table).
    let below = table.map_or(area, |t| {
        Rect::new(
            area.x,
            t.bottom(),
            area.width,
            area.bottom().saturating_sub(t.bottom()),
        )
    });
    match &e.form {
        None => crate::tui::widgets::score_panel::view(a, theme, below, f, true),
        Some(form) => form_view(a, e, form, theme, below, f),
    }
}

/// Under the form: the row's hours as the score counts them, or what is missing, and
/// the row's problems.
fn row_figures(a: &Assessment, t: &TaskEdit, theme: Theme, width: u16) -> Vec<Line<'static>> {
    let lang = a.lang();
    let q = a.q();
    let mut lines = Vec::new();
    lines.push(Line::raw(""));
    match t.hours_per_person_year(q) {
        Some(est) => {
            let weeks = q.scoring().school_weeks_per_year;
            lines.push(Line::styled(
                crate::t!(
                    lang,
                    "task-row-hours",
                    year = range(&est, signed_hours, lang),
                    week = signed_hours(est.expected / weeks)
                ),
                style::chosen(theme),
            ));
        }
        None => {
            let missing = t.to_row(lang).err().unwrap_or_default();
            lines.push(Line::styled(
                style::clip(
                    &crate::t!(lang, "task-row-incomplete", missing = missing.join("; ")),
                    width.saturating_sub(2) as usize,
                ),
                style::error(theme),
            ));
        }
    }
    if let Ok(row) = t.to_row(lang) {
        for p in row.problems_for(q, crate::answers::Reader::Screen, lang) {
            let text = style::shown(&p);
            for (i, row) in style::wrap(&text, usize::from(width.saturating_sub(4)))
                .into_iter()
                .enumerate()
            {
                let mark = if i == 0 { "✗ " } else { "  " };
                lines.push(Line::styled(format!("{mark}{row}"), style::error(theme)));
            }
        }
    }
    lines
}
