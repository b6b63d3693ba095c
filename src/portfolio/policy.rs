//! One assessed policy as the cumulative picture needs it: when it starts, whether it is a
//! significant change, and for each role the weekly hours it adds from its start on and
//! the one-off hours of its first term. Worked out once from a record's results, so laying
//! many policies on many terms is only additions.

use std::collections::BTreeMap;

use chrono::NaiveDate;

use super::terms::{TERMS_PER_YEAR, Term};
use crate::answers::{parse_date, parse_yes_no};
use crate::record::Record;
use crate::scoring::{Estimate, Results};

/// The frequency id of a one-off task in the questionnaire's table.
pub const ONCE: &str = "once";

/// A role's weekly hours from one policy, signed (removed work is negative, its range
/// flipped as the scoring does).
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct RoleLoad {
    /// System hours a year of recurring tasks over the role's headcount, per school week:
    /// counted in every term from the start on.
    pub recurring_average: Estimate,
    /// The same hours for one person who does every recurring task of the role.
    pub recurring_one_person: Estimate,
    /// One-off (`once`) tasks over the role's headcount, spread over the start term's
    /// school weeks: counted in the start term only.
    pub once_average: Estimate,
    pub once_one_person: Estimate,
}

impl RoleLoad {
    /// Average and one-person weekly figures in a term `at` terms after the start.
    pub fn in_term(&self, at: usize) -> (Estimate, Estimate) {
        if at == 0 {
            (
                self.recurring_average + self.once_average,
                self.recurring_one_person + self.once_one_person,
            )
        } else {
            (self.recurring_average, self.recurring_one_person)
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Policy {
    /// The record's id.
    pub id: String,
    /// The policy's title as the record gives it (not yet made safe for any output).
    pub title: String,
    /// A draft record, included on request and always shown as such.
    pub draft: bool,
    /// `intended_start`; none when the record does not say.
    pub start: Option<NaiveDate>,
    /// `significant_change` answered yes.
    pub significant_change: bool,
    /// `phased_rollout` answered yes. The questionnaire asks only yes or no, not which
    /// phases when, so a phased policy still counts in full from its start (an upper bound).
    pub phased: bool,
    /// By role id: only roles that some task names.
    pub roles: BTreeMap<String, RoleLoad>,
}

impl Policy {
    /// The policy of a record, from its answers as stored and the results given.
    /// `weeks_per_year` is its questionnaire's school weeks a year.
    pub fn from_record(
        id: &str,
        record: &Record,
        results: &Results,
        weeks_per_year: f64,
    ) -> Policy {
        let answer = |q: &str| record.answers.get(q);
        // Stored as the answers file's plain shape: a date as text, yes or no as a boolean
        // (or, in older records, as text).
        let start = answer("intended_start")
            .and_then(|v| v.as_str())
            .and_then(parse_date);
        let yes = |q: &str| match answer(q) {
            Some(serde_yaml::Value::Bool(b)) => *b,
            Some(serde_yaml::Value::String(s)) => parse_yes_no(s) == Some(true),
            _ => false,
        };
        let title = record.policy_title().unwrap_or_default();
        let draft = record.status == crate::record::Status::Draft;
        let year_weeks = if weeks_per_year > 0.0 {
            weeks_per_year
        } else {
            39.0
        };
        let term_weeks = year_weeks / TERMS_PER_YEAR;
        let mut roles: BTreeMap<String, RoleLoad> = BTreeMap::new();
        for task in &results.tasks {
            let once = task.frequency == ONCE;
            for tr in &task.roles {
                let headcount = results.roles.get(&tr.role).map_or(0.0, |r| r.headcount);
                let per_member = if headcount > 0.0 {
                    tr.system_hours_per_year.scale(1.0 / headcount)
                } else {
                    Estimate::default()
                };
                let load = roles.entry(tr.role.clone()).or_default();
                if once {
                    load.once_average += per_member.scale(1.0 / term_weeks);
                    load.once_one_person += tr.per_person_hours_per_year.scale(1.0 / term_weeks);
                } else {
                    load.recurring_average += per_member.scale(1.0 / year_weeks);
                    load.recurring_one_person +=
                        tr.per_person_hours_per_year.scale(1.0 / year_weeks);
                }
            }
        }
        Policy {
            id: id.to_string(),
            title: title.to_string(),
            draft,
            start,
            significant_change: yes("significant_change"),
            phased: yes("phased_rollout"),
            roles,
        }
    }

    pub fn start_term(&self) -> Option<Term> {
        self.start.map(Term::of)
    }
}
