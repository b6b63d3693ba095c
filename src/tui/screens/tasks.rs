//! The task list editor: a table of rows, and a form for the row being edited, with the
//! row's hours shown as the figures are typed.

use ratatui::Frame;
use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

use super::assess::step::Step;
use crate::answers::{Change, MAX_TASKS};
use crate::report::{range, signed_hours};
use crate::tui::assessment::{Assessment, TaskEdit};
use crate::tui::keymap::Action;
use crate::tui::style;
use crate::tui::style::Theme;
use crate::tui::widgets::text_field::{Edit, TextField};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Description,
    Roles,
    Low,
    Likely,
    High,
    Frequency,
    Count,
    Share,
    Change,
    AdminTask,
}

pub const FIELDS: [Field; 10] = [
    Field::Description,
    Field::Roles,
    Field::Low,
    Field::Likely,
    Field::High,
    Field::Frequency,
    Field::Count,
    Field::Share,
    Field::Change,
    Field::AdminTask,
];

impl Field {
    /// The message id of the field's label.
    pub fn label(self) -> &'static str {
        match self {
            Field::Description => "task-field-description",
            Field::Roles => "task-field-roles",
            Field::Low => "task-field-low",
            Field::Likely => "task-field-likely",
            Field::High => "task-field-high",
            Field::Frequency => "task-field-frequency",
            Field::Count => "task-field-count",
            Field::Share => "task-field-share",
            Field::Change => "task-field-change",
            Field::AdminTask => "task-field-admin",
        }
    }

    fn typed(self) -> bool {
        matches!(
            self,
            Field::Description
                | Field::Low
                | Field::Likely
                | Field::High
                | Field::Count
                | Field::Share
        )
    }

    fn text(self, t: &TaskEdit) -> &str {
        match self {
            Field::Description => &t.description,
            Field::Low => &t.low,
            Field::Likely => &t.likely,
            Field::High => &t.high,
            Field::Count => &t.count,
            Field::Share => &t.share,
            _ => "",
        }
    }

    fn set_text(self, t: &mut TaskEdit, s: String) {
        match self {
            Field::Description => t.description = s,
            Field::Low => t.low = s,
            Field::Likely => t.likely = s,
            Field::High => t.high = s,
            Field::Count => t.count = s,
            Field::Share => t.share = s,
            _ => {}
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TaskEditor {
    /// The row under the cursor.
    pub row: usize,
    pub form: Option<RowForm>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowForm {
    pub field: usize,
    /// The role under the cursor in the roles field.
    pub role: usize,
    pub text: TextField,
}

impl RowForm {
    fn open(t: &TaskEdit, field: usize) -> Self {
        RowForm {
            field,
            role: 0,
            text: TextField::new(FIELDS[field].text(t), false)
                .with_limit(crate::answers::MAX_SHORT_TEXT),
        }
    }
}

impl TaskEditor {
    pub fn typing(&self) -> bool {
        self.form.as_ref().is_some_and(|f| FIELDS[f.field].typed())
    }
}

/// Remove a row after the person confirmed it; the editor, when open, stays on a row.
pub fn delete_row(a: &mut Assessment, editor: Option<&mut TaskEditor>, row: usize) {
    let mut tasks = a.tasks.clone();
    if row < tasks.len() {
        tasks.remove(row);
        a.set_tasks(tasks);
    }
    let n = a.tasks.len();
    if let Some(e) = editor {
        e.row = e.row.min(n.saturating_sub(1));
        e.form = None;
    }
}

fn cycle<T: Clone + PartialEq>(items: &[T], current: Option<&T>, forward: bool) -> Option<T> {
    if items.is_empty() {
        return None;
    }
    let i = current.and_then(|c| items.iter().position(|x| x == c));
    let next = match (i, forward) {
        (None, true) => 0,
        (None, false) => items.len() - 1,
        (Some(i), true) => (i + 1) % items.len(),
        (Some(i), false) => (i + items.len() - 1) % items.len(),
    };
    Some(items[next].clone())
}

/// A key in the editor; `Step::Leave` when the person leaves it for the questions.
pub fn update(a: &mut Assessment, e: &mut TaskEditor, key: KeyEvent, act: Option<Action>) -> Step {
    match e.form.take() {
        None => table_key(a, e, act),
        Some(form) => form_key(a, e, form, key, act),
    }
}

fn table_key(a: &mut Assessment, e: &mut TaskEditor, act: Option<Action>) -> Step {
    let rows = a.tasks.len();
    match act {
        Some(Action::Back) => return Step::Leave,
        Some(Action::Up) => e.row = e.row.saturating_sub(1),
        Some(Action::Down) => e.row = (e.row + 1).min(rows.saturating_sub(1)),
        Some(Action::First) => e.row = 0,
        Some(Action::Last) => e.row = rows.saturating_sub(1),
        Some(Action::Edit) if rows > 0 => {
            e.row = e.row.min(rows - 1);
            e.form = Some(RowForm::open(&a.tasks[e.row], 0));
        }
        // Editing an empty table means starting it.
        Some(Action::Edit | Action::Add) if rows < MAX_TASKS => {
            let mut tasks = a.tasks.clone();
            tasks.push(TaskEdit::default());
            e.form = Some(RowForm::open(&tasks[rows], 0));
            e.row = rows;
            a.set_tasks(tasks);
            return Step::Changed;
        }
        Some(Action::Duplicate) if rows > 0 && rows < MAX_TASKS => {
            let mut tasks = a.tasks.clone();
            let at = e.row.min(rows - 1);
            let mut copy = tasks[at].clone();
            copy.description = format!("{} (copy)", copy.description);
            tasks.insert(at + 1, copy);
            a.set_tasks(tasks);
            e.row = at + 1;
            return Step::Changed;
        }
        Some(Action::Delete) if rows > 0 => {
            return Step::ConfirmDelete(e.row.min(rows - 1));
        }
        _ => {}
    }
    Step::None
}

fn form_key(
    a: &mut Assessment,
    e: &mut TaskEditor,
    mut form: RowForm,
    key: KeyEvent,
    act: Option<Action>,
) -> Step {
    let Some(row) = Some(e.row).filter(|r| *r < a.tasks.len()) else {
        return Step::None;
    };
    let field = FIELDS[form.field];
    let mut t = a.tasks[row].clone();
    let q = a.source.questionnaire.clone();
    let mut changed = false;
    match act {
        Some(Action::Back | Action::Accept) => return Step::None,
        Some(Action::NextField) => form = RowForm::open(&t, (form.field + 1) % FIELDS.len()),
        Some(Action::PreviousField) => {
            form = RowForm::open(&t, (form.field + FIELDS.len() - 1) % FIELDS.len())
        }
        _ if field.typed() && form.text.handle(key) == Edit::Changed => {
            field.set_text(&mut t, form.text.text().to_string());
            changed = true;
        }
        _ if field.typed() => {}
        Some(step @ (Action::Left | Action::Right | Action::Choose)) => {
            let forward = matches!(step, Action::Right | Action::Choose);
            match field {
                Field::Roles => {
                    let ids: Vec<String> = q.scoring.roles.iter().map(|r| r.id.clone()).collect();
                    if step == Action::Choose {
                        if let Some(id) = ids.get(form.role) {
                            if let Some(p) = t.roles.iter().position(|r| r == id) {
                                t.roles.remove(p);
                            } else {
                                t.roles.push(id.clone());
                                t.roles.sort_by_key(|r| ids.iter().position(|x| x == r));
                            }
                            changed = true;
                        }
                    } else if forward {
                        form.role = (form.role + 1).min(ids.len().saturating_sub(1));
                    } else {
                        form.role = form.role.saturating_sub(1);
                    }
                }
                Field::Frequency => {
                    let ids: Vec<String> =
                        q.scoring.frequencies.iter().map(|f| f.id.clone()).collect();
                    t.frequency = cycle(&ids, t.frequency.as_ref(), forward);
                    changed = true;
                }
                Field::Change => {
                    t.change = match t.change {
                        Change::New => Change::Removed,
                        Change::Removed => Change::New,
                    };
                    changed = true;
                }
                Field::AdminTask => {
                    let mut ids: Vec<Option<String>> = vec![None];
                    if let Some(list) = &q.admin_tasks {
                        ids.extend(list.items.iter().map(|a| Some(a.id.clone())));
                    }
                    t.admin_task = cycle(&ids, Some(&t.admin_task), forward).flatten();
                    changed = true;
                }
                _ => {}
            }
        }
        Some(Action::Clear) if field == Field::AdminTask => {
            t.admin_task = None;
            changed = true;
        }
        _ => {}
    }
    e.form = Some(form);
    if changed {
        let mut tasks = a.tasks.clone();
        tasks[row] = t;
        a.set_tasks(tasks);
        Step::Changed
    } else {
        Step::None
    }
}

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

fn table_view(a: &Assessment, e: &TaskEditor, theme: Theme, area: Rect, f: &mut Frame) {
    let lang = a.lang();
    let w = area.width.saturating_sub(2) as usize;
    let lead = 6;
    let rest = 8 + 12 + 14 + 10;
    let desc_w = w.saturating_sub(lead + rest).max(8);
    let mut lines = vec![Line::styled(
        format!(
            "{:<lead$}{}{:>12}{:>14} {:<9}{:>8}",
            "  #",
            style::fit(&crate::t!(lang, "task-col-task"), desc_w),
            crate::t!(lang, "task-col-minutes"),
            crate::t!(lang, "task-col-frequency"),
            crate::t!(lang, "task-col-roles"),
            crate::t!(lang, "task-col-hours"),
        ),
        Style::default().add_modifier(Modifier::BOLD),
    )];
    let height = area.height.saturating_sub(3) as usize;
    let first = e.row.saturating_sub(height.saturating_sub(1));
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
        lines.push(if here {
            line.style(style::cursor_row(theme))
        } else {
            line
        });
    }
    if a.tasks.is_empty() {
        lines.push(Line::raw(format!("  {}", crate::t!(lang, "task-none-add"))));
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
    let items: Vec<String> = a
        .q()
        .scoring
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
        lines.push(Line::from(spans));
    }
    lines.push(Line::raw(""));
    match t.hours_per_person_year(q) {
        Some(est) => {
            let weeks = q.scoring.school_weeks_per_year;
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
                    area.width.saturating_sub(2) as usize,
                ),
                style::error(theme),
            ));
        }
    }
    if let Ok(row) = t.to_row(lang) {
        for p in row.problems(q, lang) {
            lines.push(Line::styled(
                format!("✗ {}", style::shown(&p.replace('`', ""))),
                style::error(theme),
            ));
        }
    }
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
    match &e.form {
        None => {
            let [table, score] =
                Layout::vertical([Constraint::Min(5), Constraint::Length(4)]).areas(area);
            table_view(a, e, theme, table, f);
            crate::tui::widgets::score_panel::view(a, theme, score, f, true);
        }
        // On a short terminal the row being edited matters more than the table.
        Some(form) if area.height < (FIELDS.len() + 5 + 4) as u16 => {
            form_view(a, e, form, theme, area, f);
        }
        Some(form) => {
            let form_h = (FIELDS.len() + 5) as u16;
            let [table, form_area] =
                Layout::vertical([Constraint::Min(3), Constraint::Length(form_h)]).areas(area);
            table_view(a, e, theme, table, f);
            form_view(a, e, form, theme, form_area, f);
        }
    }
}

/// Paste into the text or figure field in focus.
pub fn paste(a: &mut Assessment, e: &mut TaskEditor, text: &str) -> bool {
    let Some(form) = &mut e.form else {
        return false;
    };
    let field = FIELDS[form.field];
    if !field.typed() || e.row >= a.tasks.len() {
        return false;
    }
    form.text.insert_str(text);
    let mut tasks = a.tasks.clone();
    field.set_text(&mut tasks[e.row], form.text.text().to_string());
    a.set_tasks(tasks);
    true
}
