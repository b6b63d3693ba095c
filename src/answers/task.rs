//! A row of the task list: one activity a policy adds or removes (Standard Cost Model input).

use serde::{Deserialize, Serialize};
use serde_yaml::Value;

use super::describe;
use crate::i18n::Lang;
use crate::questionnaire::condition::TaskMatch;
use crate::t;
use crate::text::nfc;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Change {
    New,
    Removed,
}

impl Change {
    /// +1 for work a policy adds, -1 for work it removes.
    pub fn sign(self) -> f64 {
        match self {
            Change::New => 1.0,
            Change::Removed => -1.0,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Change::New => "new",
            Change::Removed => "removed",
        }
    }
}

/// Minutes per occurrence for one member of staff.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Minutes {
    pub low: f64,
    pub likely: f64,
    pub high: f64,
}

/// The keys are a contract: scripts and reviewers read them. Read with `from_value`,
/// which names each key that is wrong.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TaskRow {
    pub description: String,
    pub roles: Vec<String>,
    pub minutes: Minutes,
    pub frequency: String,
    pub count: f64,
    pub share: f64,
    pub change: Change,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub admin_task: Option<String>,
}

/// The keys a task row may have.
pub const TASK_KEYS: [&str; 8] = [
    "description",
    "roles",
    "minutes",
    "frequency",
    "count",
    "share",
    "change",
    "admin_task",
];

/// Limits that catch a unit slip (hours typed as minutes, a year typed as a count)
/// before it becomes a figure nobody can defend.
pub const MAX_MINUTES: f64 = 100_000.0;
pub const MAX_COUNT: f64 = 100_000.0;
pub const MAX_DESCRIPTION_CHARS: usize = 500;
pub const MAX_TASKS: usize = 1_000;

fn number(v: &Value, key: &str, lang: Lang) -> Result<f64, String> {
    match v {
        Value::Number(n) => match n.as_f64() {
            Some(f) if f.is_finite() => Ok(f),
            _ => Err(t!(
                lang,
                "domain-task-unusable-number",
                key = key,
                number = n.to_string()
            )),
        },
        Value::String(s) if s.trim().parse::<f64>().is_ok() => Err(t!(
            lang,
            "domain-task-number-in-quotes",
            key = key,
            text = format!("{s:?}")
        )),
        other => Err(t!(
            lang,
            "domain-task-expected-number",
            key = key,
            found = describe(other, lang)
        )),
    }
}

/// The keys of one task row being read, and the problems found so far.
struct Fields<'a> {
    m: &'a serde_yaml::Mapping,
    errors: Vec<String>,
}

impl Fields<'_> {
    /// The value at `key`, or `None` with its problems recorded (one a line).
    fn read<T>(
        &mut self,
        key: &str,
        required: bool,
        read: impl Fn(&Value) -> Result<T, String>,
        lang: Lang,
    ) -> Option<T> {
        match self.m.get(key).filter(|v| !v.is_null()) {
            None if required => {
                self.errors.push(missing(key, lang));
                None
            }
            None => None,
            Some(v) => read(v)
                .map_err(|e| self.errors.extend(e.lines().map(str::to_string)))
                .ok(),
        }
    }
}

fn roles(v: &Value, lang: Lang) -> Result<Vec<String>, String> {
    match v {
        Value::String(s) => Ok(vec![s.clone()]),
        Value::Sequence(items) => items.iter().map(|i| text(i, "roles", lang)).collect(),
        other => Err(t!(
            lang,
            "domain-task-expected-roles",
            found = describe(other, lang)
        )),
    }
}

/// `{low, likely, high}`, or one figure meaning the same time at every point.
fn minutes(v: &Value, lang: Lang) -> Result<Minutes, String> {
    match v {
        Value::Number(_) => number(v, "minutes", lang).map(|n| Minutes {
            low: n,
            likely: n,
            high: n,
        }),
        Value::Mapping(m) => {
            let part = |key: &str| -> Result<f64, String> {
                let full = format!("minutes.{key}");
                m.get(key)
                    .filter(|v| !v.is_null())
                    .ok_or_else(|| missing(&full, lang))
                    .and_then(|v| number(v, &full, lang))
            };
            let mut errors: Vec<String> = m
                .keys()
                .filter_map(|k| k.as_str())
                .filter(|k| !["low", "likely", "high"].contains(k))
                .map(|k| {
                    t!(
                        lang,
                        "domain-task-minutes-unknown-key",
                        key = format!("minutes.{k}")
                    )
                })
                .collect();
            let (low, likely, high) = (part("low"), part("likely"), part("high"));
            for r in [&low, &likely, &high] {
                if let Err(e) = r {
                    errors.push(e.clone());
                }
            }
            match (low, likely, high) {
                (Ok(low), Ok(likely), Ok(high)) if errors.is_empty() => {
                    Ok(Minutes { low, likely, high })
                }
                _ => Err(errors.join("\n")),
            }
        }
        other => Err(t!(
            lang,
            "domain-task-expected-minutes",
            found = describe(other, lang)
        )),
    }
}

fn text(v: &Value, key: &str, lang: Lang) -> Result<String, String> {
    match v {
        Value::String(s) => Ok(nfc(s)),
        other => Err(t!(
            lang,
            "domain-answer-key-should-be-text",
            key = key,
            found = describe(other, lang)
        )),
    }
}

fn missing(key: &str, lang: Lang) -> String {
    t!(lang, "domain-task-key-missing", key = key)
}

impl TaskRow {
    /// Read a row from its YAML value, naming every key that is wrong.
    pub fn from_value(v: &Value, lang: Lang) -> Result<TaskRow, Vec<String>> {
        let Value::Mapping(m) = v else {
            return Err(vec![t!(
                lang,
                "domain-task-expected-row",
                found = describe(v, lang)
            )]);
        };
        let mut errors = Vec::new();
        for k in m.keys() {
            let name = k.as_str().unwrap_or("?");
            if !TASK_KEYS.contains(&name) {
                let hint = super::closest(name, TASK_KEYS.iter().copied())
                    .map(|c| format!(" {}", t!(lang, "domain-did-you-mean", name = c)))
                    .unwrap_or_default();
                errors.push(t!(
                    lang,
                    "domain-task-unknown-key",
                    key = name,
                    hint = hint,
                    keys = TASK_KEYS.join(", ")
                ));
            }
        }
        let mut f = Fields { m, errors };
        let description = f.read("description", true, |v| text(v, "description", lang), lang);
        let roles = f.read("roles", true, |v| roles(v, lang), lang);
        let minutes = f.read("minutes", true, |v| minutes(v, lang), lang);
        let frequency = f.read("frequency", true, |v| text(v, "frequency", lang), lang);
        let count = f.read("count", false, |v| number(v, "count", lang), lang);
        let share = f.read("share", true, |v| number(v, "share", lang), lang);
        let change = f.read(
            "change",
            true,
            |v| match v.as_str() {
                Some("new") => Ok(Change::New),
                Some("removed") => Ok(Change::Removed),
                _ => Err(t!(
                    lang,
                    "domain-task-expected-change",
                    found = describe(v, lang)
                )),
            },
            lang,
        );
        let admin_task = f.read("admin_task", false, |v| text(v, "admin_task", lang), lang);
        // A required field that is absent or unreadable has already added its problem.
        match (description, roles, minutes, frequency, share, change) {
            (
                Some(description),
                Some(roles),
                Some(minutes),
                Some(frequency),
                Some(share),
                Some(change),
            ) if f.errors.is_empty() => Ok(TaskRow {
                description,
                roles,
                minutes,
                frequency,
                count: count.unwrap_or(1.0),
                share,
                change,
                admin_task,
            }),
            _ => Err(f.errors),
        }
    }

    pub fn matches(&self, m: &TaskMatch) -> bool {
        m.change.is_none_or(|c| c == self.change)
            && m.role
                .as_deref()
                .is_none_or(|r| self.roles.iter().any(|x| x == r))
            && m.admin_task
                .is_none_or(|want| want == self.admin_task.is_some())
            && m.frequency.as_deref().is_none_or(|f| f == self.frequency)
    }

    /// Every way the row breaks the rules of the questionnaire's scoring tables, worded
    /// for an answers file.
    pub fn problems(&self, q: &crate::questionnaire::Questionnaire, lang: Lang) -> Vec<String> {
        self.problems_for(q, super::Reader::File, lang)
    }

    /// The row's problems worded for `reader`: on screen each names the task editor's field
    /// as it is labelled there, and a role or option by its label.
    pub fn problems_for(
        &self,
        q: &crate::questionnaire::Questionnaire,
        reader: super::Reader,
        lang: Lang,
    ) -> Vec<String> {
        if reader == super::Reader::Screen {
            return self.screen_problems(q, lang);
        }
        let mut out = Vec::new();
        if self.description.trim().is_empty() {
            out.push(t!(lang, "domain-task-description-empty"));
        }
        let chars = self.description.chars().count();
        if chars > MAX_DESCRIPTION_CHARS {
            out.push(t!(
                lang,
                "domain-task-description-too-long",
                count = chars,
                max = MAX_DESCRIPTION_CHARS
            ));
        }
        // One line: a line break or tab is refused here as well as what `is_unsafe` names.
        if let Some(c) = self
            .description
            .chars()
            .find(|c| c.is_control() || crate::text::is_unsafe(*c))
        {
            out.push(t!(
                lang,
                "domain-task-description-control-character",
                code = crate::text::char_code(c)
            ));
        }
        if self.roles.is_empty() {
            out.push(t!(lang, "domain-task-roles-empty"));
        }
        let known: Vec<&str> = q.scoring().roles.iter().map(|r| r.id.as_str()).collect();
        for (i, role) in self.roles.iter().enumerate() {
            if !known.contains(&role.as_str()) {
                out.push(t!(
                    lang,
                    "domain-task-unknown-role",
                    role = role.as_str(),
                    expected = known.join(", ")
                ));
            } else if self.roles[..i].contains(role) {
                out.push(t!(lang, "domain-task-role-twice", role = role.as_str()));
            }
        }
        let m = self.minutes;
        for (name, v) in [("low", m.low), ("likely", m.likely), ("high", m.high)] {
            if !v.is_finite() || v < 0.0 {
                out.push(t!(
                    lang,
                    "domain-task-minutes-negative",
                    key = format!("minutes.{name}"),
                    value = v.to_string()
                ));
            } else if v > MAX_MINUTES {
                out.push(t!(
                    lang,
                    "domain-task-minutes-too-many",
                    key = format!("minutes.{name}"),
                    value = v.to_string(),
                    max = MAX_MINUTES.to_string()
                ));
            }
        }
        if !(m.low <= m.likely && m.likely <= m.high) {
            out.push(t!(
                lang,
                "domain-task-minutes-order",
                low = m.low.to_string(),
                likely = m.likely.to_string(),
                high = m.high.to_string()
            ));
        }
        if q.frequency(&self.frequency).is_none() {
            let ids: Vec<&str> = q
                .scoring()
                .frequencies
                .iter()
                .map(|f| f.id.as_str())
                .collect();
            out.push(t!(
                lang,
                "domain-task-unknown-frequency",
                frequency = self.frequency.as_str(),
                expected = ids.join(", ")
            ));
        }
        if !self.count.is_finite() || self.count < 0.0 || self.count > MAX_COUNT {
            out.push(t!(
                lang,
                "domain-task-bad-count",
                value = self.count.to_string(),
                max = MAX_COUNT.to_string()
            ));
        }
        if !(0.0..=1.0).contains(&self.share) {
            out.push(t!(
                lang,
                "domain-task-bad-share",
                value = self.share.to_string()
            ));
        }
        if let Some(id) = &self.admin_task
            && q.admin_task(id).is_none()
        {
            out.push(t!(lang, "domain-task-unknown-admin-task", id = id.as_str()));
        }
        out
    }

    /// The checks of `problems_for`, said with the editor's field labels (the same
    /// messages the editor's form shows), never a key or an id.
    fn screen_problems(&self, q: &crate::questionnaire::Questionnaire, lang: Lang) -> Vec<String> {
        let field = |id: &str| t!(lang, id);
        let mut out = Vec::new();
        let description = field("task-field-description");
        if self.description.trim().is_empty() {
            out.push(t!(
                lang,
                "screen-task-description-empty",
                field = description.as_str()
            ));
        }
        let chars = self.description.chars().count();
        if chars > MAX_DESCRIPTION_CHARS {
            out.push(t!(
                lang,
                "screen-task-description-too-long",
                field = description.as_str(),
                count = chars,
                max = MAX_DESCRIPTION_CHARS
            ));
        }
        if let Some(c) = self
            .description
            .chars()
            .find(|c| c.is_control() || crate::text::is_unsafe(*c))
        {
            out.push(t!(
                lang,
                "screen-task-control-character",
                field = description.as_str(),
                code = crate::text::char_code(c)
            ));
        }
        let roles = field("task-field-roles");
        if self.roles.is_empty() {
            out.push(t!(lang, "screen-task-roles-empty", field = roles.as_str()));
        }
        for (i, role) in self.roles.iter().enumerate() {
            match q.role(role) {
                None => out.push(t!(lang, "screen-task-unknown-role", field = roles.as_str())),
                Some(r) if self.roles[..i].contains(role) => out.push(t!(
                    lang,
                    "screen-task-role-twice",
                    field = roles.as_str(),
                    role = r.label.get(lang)
                )),
                Some(_) => {}
            }
        }
        let m = self.minutes;
        for (id, v) in [
            ("task-field-low", m.low),
            ("task-field-likely", m.likely),
            ("task-field-high", m.high),
        ] {
            if !v.is_finite() || v < 0.0 {
                out.push(t!(
                    lang,
                    "screen-task-minutes-negative",
                    field = field(id),
                    value = v.to_string()
                ));
            } else if v > MAX_MINUTES {
                out.push(t!(
                    lang,
                    "screen-task-minutes-too-many",
                    field = field(id),
                    value = v.to_string(),
                    max = MAX_MINUTES.to_string()
                ));
            }
        }
        if !(m.low <= m.likely && m.likely <= m.high) {
            out.push(t!(
                lang,
                "screen-task-minutes-order",
                low = field("task-field-low"),
                likely = field("task-field-likely"),
                high = field("task-field-high")
            ));
        }
        if q.frequency(&self.frequency).is_none() {
            out.push(t!(
                lang,
                "screen-task-unknown-frequency",
                field = field("task-field-frequency")
            ));
        }
        if !self.count.is_finite() || self.count < 0.0 || self.count > MAX_COUNT {
            out.push(t!(
                lang,
                "screen-task-bad-count",
                field = field("task-field-count"),
                value = self.count.to_string(),
                max = MAX_COUNT.to_string()
            ));
        }
        if !(0.0..=1.0).contains(&self.share) {
            // The editor asks for a percentage; the row keeps a fraction.
            out.push(t!(
                lang,
                "screen-task-bad-share",
                field = field("task-field-share"),
                value = format!("{}", (self.share * 100.0 * 1000.0).round() / 1000.0)
            ));
        }
        if let Some(id) = &self.admin_task
            && q.admin_task(id).is_none()
        {
            out.push(t!(
                lang,
                "screen-task-unknown-admin-task",
                field = field("task-field-admin")
            ));
        }
        out
    }
}
