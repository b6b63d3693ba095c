//! The task list editor: a table of rows, and a form for the row being edited. This file
//! holds its state and how keys change it; `view.rs` draws it.

pub mod view;

use ratatui::crossterm::event::KeyEvent;

use super::assess::step::Step;
use crate::answers::{Change, MAX_TASKS};
use crate::tui::assessment::{Assessment, TaskEdit};
use crate::tui::keymap::Action;
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
            // The copy keeps the description as written: a word such as "(copy)" would go
            // into the record in the screen's language. The copy opens at its description
            // instead, for the person to tell the two rows apart in their own words.
            let copy = tasks[at].clone();
            tasks.insert(at + 1, copy);
            e.form = Some(RowForm::open(&tasks[at + 1], 0));
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
                    let ids: Vec<String> = q.scoring().roles.iter().map(|r| r.id.clone()).collect();
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
                    let ids: Vec<String> = q
                        .scoring()
                        .frequencies
                        .iter()
                        .map(|f| f.id.clone())
                        .collect();
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
