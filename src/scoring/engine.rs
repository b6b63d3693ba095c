//! The calculation itself. `docs/scoring.md` explains it with a worked example.

use std::collections::BTreeMap;

use super::Estimate;
use super::results::{
    Driver, FiredFlag, RatingBasis, Results, RoleFigures, TaskFigures, TaskRoleFigures,
};
use crate::answers::{Answer, Answers, TaskRow, Visibility};
use crate::questionnaire::Questionnaire;
use crate::questionnaire::condition::{Facts, ScoreMeasure};
use crate::text::Lang;

/// Headcounts that replace the questionnaire's defaults, by role id.
pub type Headcounts = BTreeMap<String, f64>;

/// Score an assessment. Answers to questions that do not apply are ignored; task rows
/// are expected to have been checked (`check_answers`), but a row naming an unknown role
/// or frequency simply contributes nothing rather than failing.
///
/// Fired flags carry their message in `lang`, for showing at once. Everything else is the
/// same in every language, and records are scored in English (`record::build_record`) so
/// that a record does not depend on the language it was made in.
// Long because it is the Standard Cost Model in one pass (rows to hours, by role, per
// person, the band, the flags), its steps sharing many intermediate figures.
pub fn score(q: &Questionnaire, answers: &Answers, overrides: &Headcounts, lang: Lang) -> Results {
    // A survey has no scoring block: nothing is worked out, whoever asks.
    if q.is_survey() {
        return Results::default();
    }
    let effective = Visibility::compute(q, answers).effective(answers);
    let rows: &[TaskRow] = effective
        .get("tasks")
        .and_then(Answer::as_tasks)
        .unwrap_or(&[]);
    let weeks = q.scoring().school_weeks_per_year;
    let headcount = |role: &str| -> f64 {
        overrides
            .get(role)
            .copied()
            .or_else(|| q.role(role).map(|r| r.headcount))
            .unwrap_or(0.0)
    };

    let mut tasks = Vec::with_capacity(rows.len());
    let mut per_person: BTreeMap<&str, Estimate> = BTreeMap::new();
    let mut system: BTreeMap<&str, Estimate> = BTreeMap::new();
    for (i, row) in rows.iter().enumerate() {
        let factor = q.frequency(&row.frequency).map_or(0.0, |f| f.per_year);
        let occurrences = factor * row.count;
        let m = row.minutes;
        let one_person = Estimate::new(m.low, m.likely, m.high).scale(occurrences / 60.0);
        let mut figures = TaskFigures {
            task: i + 1,
            description: row.description.clone(),
            change: row.change,
            frequency: row.frequency.clone(),
            occurrences_per_year: occurrences,
            roles: Vec::new(),
            system_hours_per_year: Estimate::default(),
        };
        for role in &row.roles {
            let Some(known) = q.role(role) else { continue };
            let people = row.share * headcount(role);
            let person = one_person.signed(row.change);
            let all = person.scale(people);
            let id = known.id.as_str();
            *per_person.entry(id).or_default() += person;
            *system.entry(id).or_default() += all;
            figures.system_hours_per_year += all;
            figures.roles.push(TaskRoleFigures {
                role: role.clone(),
                per_person_hours_per_year: person,
                people,
                system_hours_per_year: all,
            });
        }
        tasks.push(figures);
    }

    let mut roles = BTreeMap::new();
    for role in &q.scoring().roles {
        let id = role.id.as_str();
        let year = per_person.get(id).copied().unwrap_or_default();
        let sys = system.get(id).copied().unwrap_or_default();
        roles.insert(
            role.id.clone(),
            RoleFigures {
                affected: per_person.contains_key(id),
                headcount: headcount(id),
                per_person_hours_per_year: year,
                per_person_hours_per_week: year.scale(1.0 / weeks),
                system_hours_per_year: sys,
                fte: sys.scale(1.0 / q.scoring().directed_hours_per_fte),
                cost_per_year: role.hourly_cost.map(|c| sys.scale(c)),
            },
        );
    }

    // The rating reads the most burdened role among those the tasks touch, so a policy that
    // only saves time is rated `reduces` rather than hidden behind untouched roles at zero.
    let rating_basis = roles
        .iter()
        .filter(|(_, f)| f.affected)
        .map(|(id, f)| RatingBasis {
            role: id.clone(),
            per_person_hours_per_week: f.per_person_hours_per_week.expected,
        })
        .max_by(|a, b| {
            a.per_person_hours_per_week
                .total_cmp(&b.per_person_hours_per_week)
        });
    let rated = rating_basis
        .as_ref()
        .map_or(0.0, |b| b.per_person_hours_per_week);
    let rating = band_for(q, rated);

    let mut drivers: Vec<Driver> = tasks
        .iter()
        .filter(|t| t.system_hours_per_year.expected != 0.0)
        .map(|t| Driver {
            task: t.task,
            description: t.description.clone(),
            system_hours_per_year: t.system_hours_per_year.expected,
        })
        .collect();
    // Savings drive the total as much as new work does: rank by size, keep the sign.
    drivers.sort_by(|a, b| {
        b.system_hours_per_year
            .abs()
            .total_cmp(&a.system_hours_per_year.abs())
            .then(a.task.cmp(&b.task))
    });
    drivers.truncate(q.scoring().drivers);

    let facts = ScoredFacts {
        answers: &effective,
        roles: &roles,
        rows,
    };
    let flags = q
        .scoring()
        .flags
        .iter()
        .filter(|f| f.when.eval(&facts))
        .map(|f| FiredFlag {
            id: f.id.clone(),
            severity: f.severity,
            message: f.message.get(lang).to_string(),
        })
        .collect();

    Results {
        rating,
        rating_basis,
        roles,
        flags,
        drivers,
        tasks,
    }
}

/// The first band whose `below` is above the value; the open-ended last band otherwise.
fn band_for(q: &Questionnaire, weekly: f64) -> String {
    q.scoring()
        .bands
        .iter()
        .find(|b| b.below.is_none_or(|below| weekly < below))
        .or(q.scoring().bands.last())
        .map(|b| b.id.clone())
        .unwrap_or_default()
}

struct ScoredFacts<'a> {
    answers: &'a Answers,
    roles: &'a BTreeMap<String, RoleFigures>,
    rows: &'a [TaskRow],
}

impl Facts for ScoredFacts<'_> {
    fn answer(&self, question: &str) -> Option<&Answer> {
        self.answers.get(question)
    }

    fn scores(&self, measure: ScoreMeasure) -> Vec<(&str, f64)> {
        self.roles
            .iter()
            .map(|(id, f)| {
                let e = match measure {
                    ScoreMeasure::PerPersonHoursPerWeek => f.per_person_hours_per_week,
                    ScoreMeasure::PerPersonHoursPerYear => f.per_person_hours_per_year,
                    ScoreMeasure::SystemHoursPerYear => f.system_hours_per_year,
                    ScoreMeasure::Fte => f.fte,
                };
                (id.as_str(), e.expected)
            })
            .collect()
    }

    fn tasks(&self) -> &[TaskRow] {
        self.rows
    }
}
