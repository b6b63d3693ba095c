//! What scoring returns: every figure with the per-task breakdown it was summed from.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::Estimate;
use crate::answers::Change;
use crate::questionnaire::model::Severity;

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Results {
    /// The id of the band the rating falls in.
    pub rating: String,
    /// The role and figure the rating was taken from; none when no role is affected.
    pub rating_basis: Option<RatingBasis>,
    #[serde(deserialize_with = "crate::unique_keys::map")]
    pub roles: BTreeMap<String, RoleFigures>,
    pub flags: Vec<FiredFlag>,
    pub drivers: Vec<Driver>,
    pub tasks: Vec<TaskFigures>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RatingBasis {
    pub role: String,
    pub per_person_hours_per_week: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RoleFigures {
    /// Whether any task names this role.
    pub affected: bool,
    /// The number of staff the system figures assume (questionnaire default or override).
    pub headcount: f64,
    pub per_person_hours_per_year: Estimate,
    pub per_person_hours_per_week: Estimate,
    pub system_hours_per_year: Estimate,
    pub fte: Estimate,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cost_per_year: Option<Estimate>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FiredFlag {
    pub id: String,
    pub severity: Severity,
    pub message: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Driver {
    /// Position of the task in the task list, counted from 1.
    pub task: usize,
    pub description: String,
    /// Signed expected hours a year across all roles in Wales.
    pub system_hours_per_year: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TaskFigures {
    /// Position in the task list, counted from 1.
    pub task: usize,
    pub description: String,
    pub change: Change,
    pub frequency: String,
    pub occurrences_per_year: f64,
    /// One entry for each role the task names.
    pub roles: Vec<TaskRoleFigures>,
    /// Signed, summed over the task's roles.
    pub system_hours_per_year: Estimate,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TaskRoleFigures {
    pub role: String,
    /// Signed hours a year for one person who does the task.
    pub per_person_hours_per_year: Estimate,
    /// share x headcount: how many people in Wales do it.
    pub people: f64,
    /// Signed hours a year across Wales.
    pub system_hours_per_year: Estimate,
}

/// Differences between stored and recomputed results, in words; empty when they agree.
/// Figures agree within a millionth of an hour, so a record written by another build
/// with different floating-point summation is not called altered.
pub fn compare_results(stored: &Results, now: &Results, lang: crate::i18n::Lang) -> Vec<String> {
    use crate::t;
    const TOLERANCE: f64 = 1e-6;
    let mut out = Vec::new();
    if stored.rating != now.rating {
        out.push(t!(
            lang,
            "domain-compare-rating",
            stored = stored.rating.to_string(),
            now = now.rating.to_string()
        ));
    }
    if let (Some(a), Some(b)) = (&stored.rating_basis, &now.rating_basis)
        && (a.role != b.role
            || (a.per_person_hours_per_week - b.per_person_hours_per_week).abs() > TOLERANCE)
    {
        out.push(t!(
            lang,
            "domain-compare-basis",
            stored_role = a.role.as_str(),
            stored_hours = format!("{:.2}", a.per_person_hours_per_week),
            now_role = b.role.as_str(),
            now_hours = format!("{:.2}", b.per_person_hours_per_week)
        ));
    } else if stored.rating_basis.is_some() != now.rating_basis.is_some() {
        out.push(t!(lang, "domain-compare-basis-one-side"));
    }
    let roles: std::collections::BTreeSet<&String> =
        stored.roles.keys().chain(now.roles.keys()).collect();
    for role in roles {
        match (stored.roles.get(role), now.roles.get(role)) {
            (Some(a), Some(b)) => {
                let pairs = [
                    (
                        "domain-compare-per-person-year",
                        &a.per_person_hours_per_year,
                        &b.per_person_hours_per_year,
                    ),
                    (
                        "domain-compare-per-person-week",
                        &a.per_person_hours_per_week,
                        &b.per_person_hours_per_week,
                    ),
                    (
                        "domain-compare-system-year",
                        &a.system_hours_per_year,
                        &b.system_hours_per_year,
                    ),
                    ("domain-compare-fte", &a.fte, &b.fte),
                ];
                for (measure, x, y) in pairs {
                    if x.max_difference(y) > TOLERANCE {
                        out.push(t!(
                            lang,
                            "domain-compare-figure",
                            role = role.as_str(),
                            measure = t!(lang, measure),
                            stored = format!("{:.2}", x.expected),
                            now = format!("{:.2}", y.expected)
                        ));
                    }
                }
            }
            (Some(_), None) => out.push(t!(
                lang,
                "domain-compare-role-stored-only",
                role = role.as_str()
            )),
            (None, Some(_)) => out.push(t!(
                lang,
                "domain-compare-role-now-only",
                role = role.as_str()
            )),
            (None, None) => {}
        }
    }
    let ids = |r: &Results| r.flags.iter().map(|f| f.id.clone()).collect::<Vec<_>>();
    if ids(stored) != ids(now) {
        out.push(t!(
            lang,
            "domain-compare-flags",
            stored = ids(stored).join(", "),
            now = ids(now).join(", ")
        ));
    }
    out
}
