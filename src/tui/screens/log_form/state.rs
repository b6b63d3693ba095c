//! The evidence form's state and how keys change it; `view.rs` draws it.

use chrono::NaiveDate;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use crate::evidence::catalogue::{Catalogue, Choice};
use crate::evidence::entry::{Field, Fields, Input, Problem, check};
use crate::i18n::Lang;
use crate::t;
use crate::tui::component::{Note, Reply, Request};
use crate::tui::context::Context;
use crate::tui::keymap::{Action, Ctx, digit};
use crate::tui::msg::Effect;
use crate::tui::widgets::text_field::{Edit, TextField};

/// The form's rows, in order; the last is the button.
pub const ROWS: [Row; 11] = [
    Row::Field(Field::Date),
    Row::Field(Field::School),
    Row::Field(Field::Authority),
    Row::Field(Field::Cause),
    Row::Field(Field::Policy),
    Row::Field(Field::Roles),
    Row::Field(Field::Staff),
    Row::Field(Field::Hours),
    Row::Field(Field::Frequency),
    Row::Field(Field::Description),
    Row::Save,
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Row {
    Field(Field),
    Save,
}

#[derive(Debug, Clone, PartialEq)]
pub struct LogForm {
    pub date: TextField,
    pub school: TextField,
    pub authority: Option<usize>,
    pub cause: Option<usize>,
    pub policy: TextField,
    pub roles: Vec<bool>,
    /// The role under the cursor while the roles row has focus.
    pub role_cursor: usize,
    pub staff: TextField,
    pub hours: TextField,
    pub frequency: Option<usize>,
    pub description: TextField,
    /// Index into `ROWS`.
    pub focus: usize,
    /// From the last try to save; cleared field by field as they are edited.
    pub problems: Vec<Problem>,
    /// Names of policies to pick from: the titles of saved assessments.
    pub policies: Vec<String>,
    /// Entries logged since the form opened.
    pub logged: usize,
    /// Waiting for the runtime to append: a second Enter must not log twice.
    pub saving: bool,
    /// Esc was pressed once with an entry half typed; a second Esc leaves.
    pub leaving: bool,
}

pub(super) fn catalogue() -> &'static Catalogue {
    Catalogue::bundled()
}

/// A new form: today's date, the remembered school and authority.
pub fn open(ctx: &Context) -> LogForm {
    let c = catalogue();
    let authority = ctx
        .config
        .local_authority
        .as_deref()
        .and_then(|a| c.authorities.iter().position(|x| x.id == a));
    // Drafts are at hand; the runtime adds the records' titles (Effect::ListTitles).
    let mut policies: Vec<String> = ctx.drafts.iter().filter_map(|d| d.title.clone()).collect();
    policies.sort();
    policies.dedup();
    LogForm {
        date: TextField::new(&ctx.today.to_string(), false),
        school: TextField::new(ctx.config.school.as_deref().unwrap_or(""), false),
        authority,
        cause: None,
        policy: TextField::new("", false),
        roles: vec![false; c.roles.len()],
        role_cursor: 0,
        staff: TextField::new("", false),
        hours: TextField::new("", false),
        frequency: None,
        description: TextField::new("", false),
        // Straight to the first field that needs typing.
        focus: if ctx.config.school.is_some() && authority.is_some() {
            3
        } else {
            1
        },
        problems: Vec::new(),
        policies,
        logged: 0,
        saving: false,
        leaving: false,
    }
}

impl LogForm {
    pub fn row(&self) -> Row {
        ROWS[self.focus]
    }

    /// Whether letters go into a text field (so `?` is typed, not help).
    pub fn typing(&self) -> bool {
        self.text_field().is_some()
    }

    pub(super) fn text_field(&self) -> Option<&TextField> {
        match self.row() {
            Row::Field(Field::Date) => Some(&self.date),
            Row::Field(Field::School) => Some(&self.school),
            Row::Field(Field::Policy) => Some(&self.policy),
            Row::Field(Field::Staff) => Some(&self.staff),
            Row::Field(Field::Hours) => Some(&self.hours),
            Row::Field(Field::Description) => Some(&self.description),
            _ => None,
        }
    }

    fn text_mut(&mut self) -> Option<&mut TextField> {
        match self.row() {
            Row::Field(Field::Date) => Some(&mut self.date),
            Row::Field(Field::School) => Some(&mut self.school),
            Row::Field(Field::Policy) => Some(&mut self.policy),
            Row::Field(Field::Staff) => Some(&mut self.staff),
            Row::Field(Field::Hours) => Some(&mut self.hours),
            Row::Field(Field::Description) => Some(&mut self.description),
            _ => None,
        }
    }

    fn choice_mut(&mut self) -> Option<(&mut Option<usize>, usize)> {
        let c = catalogue();
        match self.row() {
            Row::Field(Field::Authority) => Some((&mut self.authority, c.authorities.len())),
            Row::Field(Field::Cause) => Some((&mut self.cause, c.causes.len())),
            Row::Field(Field::Frequency) => Some((&mut self.frequency, c.frequencies.len())),
            _ => None,
        }
    }

    pub fn input(&self) -> Input {
        let c = catalogue();
        let id = |list: &[Choice], i: Option<usize>| {
            i.and_then(|i| list.get(i))
                .map(|x| x.id.clone())
                .unwrap_or_default()
        };
        Input {
            date: self.date.text().to_string(),
            school: self.school.text().to_string(),
            authority: id(&c.authorities, self.authority),
            cause: id(&c.causes, self.cause),
            policy: self.policy.text().to_string(),
            roles: c
                .roles
                .iter()
                .zip(&self.roles)
                .filter(|(_, on)| **on)
                .map(|(r, _)| r.id.as_str())
                .collect::<Vec<_>>()
                .join(";"),
            staff: self.staff.text().to_string(),
            hours: self.hours.text().to_string(),
            frequency: self
                .frequency
                .and_then(|i| c.frequencies.get(i))
                .map(|f| f.id.clone())
                .unwrap_or_default(),
            description: self.description.text().to_string(),
        }
    }

    /// Whether anything that differs from one entry to the next has been filled in.
    pub fn started(&self) -> bool {
        self.cause.is_some()
            || self.frequency.is_some()
            || self.roles.iter().any(|r| *r)
            || [&self.policy, &self.staff, &self.hours, &self.description]
                .iter()
                .any(|f| !f.text().trim().is_empty())
    }

    fn edited(&mut self) {
        if let Row::Field(f) = self.row() {
            self.problems.retain(|p| p.field() != f);
        }
    }

    /// Clear what differs from one entry to the next; keep the date, school and authority.
    fn next_entry(&mut self) {
        let c = catalogue();
        self.cause = None;
        self.policy = TextField::new("", false);
        self.roles = vec![false; c.roles.len()];
        self.role_cursor = 0;
        self.staff = TextField::new("", false);
        self.hours = TextField::new("", false);
        self.frequency = None;
        self.description = TextField::new("", false);
        self.problems.clear();
        self.focus = 3;
        self.saving = false;
    }
}

fn submit(form: &mut LogForm, ctx: &Context) -> Reply {
    let lang = ctx.lang;
    let today = ctx.today;
    if form.saving {
        return Reply::default();
    }
    match check(&form.input(), today, catalogue()) {
        Err(problems) => {
            let first = problems[0].field();
            form.focus = ROWS
                .iter()
                .position(|r| *r == Row::Field(first))
                .unwrap_or(0);
            let text = t!(
                lang,
                "evidence-form-refused",
                count = problems.len() as i64,
                first = problems[0].on_screen(&question_text(first.name(), lang).0, lang)
            );
            form.problems = problems;
            Reply::error(text)
        }
        Ok(fields) => {
            form.saving = true;
            let mut config = ctx.config.clone();
            let changed = remember(&mut config, &fields);
            let mut effects = vec![Effect::LogEvidence(Box::new(fields))];
            if changed {
                effects.push(Effect::SaveConfig(config.clone()));
            }
            Reply {
                effects,
                request: changed.then(|| Request::Settings(Box::new(config))),
                notice: None,
            }
        }
    }
}

/// Remember the school and authority; true when they changed.
fn remember(config: &mut crate::config::Config, fields: &Fields) -> bool {
    let school = Some(fields.school.clone());
    let authority = Some(fields.authority.clone());
    let changed = config.school != school || config.local_authority != authority;
    config.school = school;
    config.local_authority = authority;
    changed
}

/// The runtime appended the entry (its id), or could not.
pub fn logged(form: &mut LogForm, result: Result<String, String>, ctx: &Context) -> Reply {
    let lang = ctx.lang;
    match result {
        Ok(id) => {
            form.logged += 1;
            form.next_entry();
            let text = t!(
                lang,
                "evidence-form-logged",
                id = id,
                count = form.logged as i64
            );
            Reply::info(text)
        }
        Err(why) => {
            form.saving = false;
            Reply::error(t!(lang, "evidence-form-not-logged", why = why))
        }
    }
}

/// Cycle a choice: from nothing, forward starts at the first, back at the last.
fn step(choice: &mut Option<usize>, n: usize, forward: bool) {
    *choice = Some(match (*choice, forward) {
        (None, true) => 0,
        (None, false) => n - 1,
        (Some(i), true) => (i + 1) % n,
        (Some(i), false) => (i + n - 1) % n,
    });
}

/// The next option after the current one whose label (in `lang`) starts with `letter`.
fn jump(list: &[Choice], current: Option<usize>, letter: char, lang: Lang) -> Option<usize> {
    let n = list.len();
    let start = current.map_or(0, |i| i + 1);
    let wanted: String = letter.to_lowercase().collect();
    (0..n)
        .map(|k| (start + k) % n)
        .find(|&i| list[i].label.get(lang).to_lowercase().starts_with(&wanted))
}

pub fn update(form: &mut LogForm, key: KeyEvent, ctx: &Context) -> Reply {
    let lang = ctx.lang;
    let last = ROWS.len() - 1;
    let act = ctx.keys.command(Ctx::Log, &key, form.typing());
    if act == Some(Action::Save) {
        return submit(form, ctx);
    }
    if act != Some(Action::Back) {
        form.leaving = false;
    }
    match act {
        Some(Action::Back) if form.started() && !form.leaving => {
            form.leaving = true;
            return Reply::error(t!(lang, "evidence-form-leave-unlogged"));
        }
        Some(Action::Back) => {
            return Reply::request(Request::Home).with_notice(Note::Clear);
        }
        Some(Action::NextField) => form.focus = (form.focus + 1).min(last),
        Some(Action::PreviousField) => form.focus = form.focus.saturating_sub(1),
        Some(Action::Accept) if form.row() == Row::Save => return submit(form, ctx),
        Some(Action::Accept) => form.focus = (form.focus + 1).min(last),
        _ => return edit(form, key, act, lang).into(),
    }
    Reply::default()
}

fn edit(form: &mut LogForm, key: KeyEvent, act: Option<Action>, lang: Lang) -> Vec<Effect> {
    let c = catalogue();
    let row = form.row();
    if row == Row::Field(Field::Policy)
        && matches!(act, Some(Action::PageDown | Action::PageUp))
        && !form.policies.is_empty()
    {
        // Pick a saved assessment's title, in turn.
        let n = form.policies.len();
        let now = form.policies.iter().position(|p| p == form.policy.text());
        let mut i = now;
        step(&mut i, n, act == Some(Action::PageDown));
        form.policy = TextField::new(&form.policies[i.unwrap_or(0)], false);
        form.edited();
        return Vec::new();
    }
    if let Some(field) = form.text_mut() {
        if field.handle(key) == Edit::Changed {
            form.edited();
        }
        return Vec::new();
    }
    if row == Row::Field(Field::Roles) {
        let n = form.roles.len();
        match act {
            Some(Action::Left) => form.role_cursor = (form.role_cursor + n - 1) % n,
            Some(Action::Right) => form.role_cursor = (form.role_cursor + 1) % n,
            Some(Action::Choose) => {
                form.roles[form.role_cursor] = !form.roles[form.role_cursor];
                form.edited();
            }
            Some(Action::Digit) => {
                // 1 to 9 only: a 0 here once counted below 1 and overflowed.
                let i = digit(&key).unwrap_or(usize::MAX);
                if i < n {
                    form.roles[i] = !form.roles[i];
                    form.role_cursor = i;
                    form.edited();
                }
            }
            _ => {}
        }
        return Vec::new();
    }
    let list: &[Choice] = match row {
        Row::Field(Field::Authority) => &c.authorities,
        Row::Field(Field::Cause) => &c.causes,
        _ => &[],
    };
    let freq_labels: Vec<Choice> = c
        .frequencies
        .iter()
        .map(|f| Choice {
            id: f.id.clone(),
            label: f.label.clone(),
        })
        .collect();
    let list = if row == Row::Field(Field::Frequency) {
        &freq_labels[..]
    } else {
        list
    };
    let Some((choice, n)) = form.choice_mut() else {
        return Vec::new();
    };
    // A letter goes to the choice starting with it, even one a command also uses (h, l).
    if let KeyCode::Char(ch) = key.code
        && ch.is_alphanumeric()
        && !key
            .modifiers
            .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT)
    {
        if let Some(i) = jump(list, *choice, ch, lang) {
            *choice = Some(i);
        }
        form.edited();
        return Vec::new();
    }
    match act {
        Some(Action::Left) => step(choice, n, false),
        Some(Action::Right | Action::Choose) => step(choice, n, true),
        Some(Action::Clear) => *choice = None,
        _ => return Vec::new(),
    }
    form.edited();
    Vec::new()
}

pub fn paste(form: &mut LogForm, text: &str) {
    if let Some(field) = form.text_mut() {
        field.insert_str(text);
        form.edited();
    }
}

/// Today, as the form's default date; kept in the model so drawing stays pure.
pub fn today() -> NaiveDate {
    chrono::Local::now().date_naive()
}

/// A field's question and hint as the form shows them, from the bundled evidence
/// questionnaire.
pub fn question_text(id: &str, lang: Lang) -> (String, Option<String>) {
    crate::questionnaire::bundled(crate::evidence::catalogue::QUESTIONNAIRE)
        .and_then(|q| q.question(id))
        .map(|q| {
            (
                q.text.get(lang).to_string(),
                q.hint.as_ref().map(|h| h.get(lang).to_string()),
            )
        })
        .unwrap_or_else(|| (id.to_string(), None))
}
