//! A row of the task list: one activity a policy adds or removes (Standard Cost Model input).

use serde::{Deserialize, Serialize};

use crate::questionnaire::condition::TaskMatch;

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
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Minutes {
    pub low: f64,
    pub likely: f64,
    pub high: f64,
}

fn one() -> f64 {
    1.0
}

/// The keys are a contract: scripts and reviewers read them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TaskRow {
    pub description: String,
    pub roles: Vec<String>,
    pub minutes: Minutes,
    pub frequency: String,
    #[serde(default = "one")]
    pub count: f64,
    pub share: f64,
    pub change: Change,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub admin_task: Option<String>,
}

impl TaskRow {
    pub fn matches(&self, m: &TaskMatch) -> bool {
        m.change.is_none_or(|c| c == self.change)
            && m.role
                .as_deref()
                .is_none_or(|r| self.roles.iter().any(|x| x == r))
            && m.admin_task
                .is_none_or(|want| want == self.admin_task.is_some())
            && m.frequency.as_deref().is_none_or(|f| f == self.frequency)
    }

    /// Every way the row breaks the rules of the questionnaire's scoring tables.
    pub fn problems(&self, q: &crate::questionnaire::Questionnaire) -> Vec<String> {
        let mut out = Vec::new();
        if self.description.trim().is_empty() {
            out.push("`description` is empty: say what the task is".to_string());
        }
        if self.roles.is_empty() {
            out.push("`roles` is empty: name at least one role".to_string());
        }
        let known: Vec<&str> = q.scoring.roles.iter().map(|r| r.id.as_str()).collect();
        for (i, role) in self.roles.iter().enumerate() {
            if !known.contains(&role.as_str()) {
                out.push(format!(
                    "`roles` has unknown role `{role}`: expected one of {}",
                    known.join(", ")
                ));
            } else if self.roles[..i].contains(role) {
                out.push(format!("`roles` names `{role}` twice"));
            }
        }
        let m = self.minutes;
        for (name, v) in [("low", m.low), ("likely", m.likely), ("high", m.high)] {
            if !v.is_finite() || v < 0.0 {
                out.push(format!(
                    "`minutes.{name}` is {v}: expected a number of minutes, 0 or more"
                ));
            }
        }
        if !(m.low <= m.likely && m.likely <= m.high) {
            out.push(format!(
                "`minutes` must have low <= likely <= high, found low {}, likely {}, high {}",
                m.low, m.likely, m.high
            ));
        }
        if q.frequency(&self.frequency).is_none() {
            let ids: Vec<&str> = q
                .scoring
                .frequencies
                .iter()
                .map(|f| f.id.as_str())
                .collect();
            out.push(format!(
                "`frequency` `{}` is not known: expected one of {}",
                self.frequency,
                ids.join(", ")
            ));
        }
        if !self.count.is_finite() || self.count < 0.0 {
            out.push(format!(
                "`count` is {}: expected a number of times, 0 or more",
                self.count
            ));
        }
        if !(0.0..=1.0).contains(&self.share) {
            out.push(format!(
                "`share` is {}: expected a fraction from 0 to 1 (0.25 means a quarter of that role's staff)",
                self.share
            ));
        }
        if let Some(id) = &self.admin_task
            && q.admin_task(id).is_none()
        {
            out.push(format!(
                "`admin_task` `{id}` is not on the questionnaire's list of administrative tasks"
            ));
        }
        out
    }
}
