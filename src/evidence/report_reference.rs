//! The report as it was computed before it streamed (issue 18): every entry in memory,
//! groups keyed by borrowed names. Kept word for word as the reference the streaming
//! report must match to the last bit; used only by tests.

use std::collections::{BTreeMap, HashMap, HashSet};

use chrono::Datelike;

use super::catalogue::Catalogue;
use super::entry::Entry;
use super::report::{By, Figures, Filter, Group, Month, Report, TOP_CAUSES};
use crate::text::Lang;

/// Running sums for one group.
#[derive(Default)]
struct Acc<'a> {
    entries: usize,
    schools: HashSet<&'a str>,
    staff: u64,
    hours: f64,
}

impl<'a> Acc<'a> {
    fn add(&mut self, e: &'a Entry, hours: f64) {
        self.entries += 1;
        self.schools.insert(e.school.as_str());
        self.staff += u64::from(e.staff);
        self.hours += hours;
    }

    fn figures(&self, weeks: f64) -> Figures {
        Figures {
            entries: self.entries,
            schools: self.schools.len(),
            staff: self.staff,
            hours_per_year: self.hours,
            hours_per_person_per_week: if self.staff == 0 || weeks <= 0.0 {
                0.0
            } else {
                self.hours / self.staff as f64 / weeks
            },
        }
    }
}

pub const NO_POLICY: &str = "";

fn month_key((year, month): (i32, u32)) -> String {
    format!("{year:04}-{month:02}")
}

/// Summarise the entries the filter keeps, grouped `by`.
pub fn report(entries: &[Entry], filter: &Filter, by: By, c: &Catalogue, lang: Lang) -> Report {
    let weeks = c.school_weeks_per_year;
    let mut total = Acc::default();
    let mut authorities: HashSet<&str> = HashSet::new();
    let mut groups: HashMap<&str, Acc> = HashMap::new();
    let mut months_owned: BTreeMap<(i32, u32), (usize, f64)> = BTreeMap::new();
    let mut causes: HashMap<&str, Acc> = HashMap::new();
    let mut month_groups: BTreeMap<(i32, u32), Acc> = BTreeMap::new();
    for e in entries.iter().filter(|e| filter.keeps(e)) {
        let hours = e.hours_per_year(c);
        total.add(e, hours);
        authorities.insert(e.authority.as_str());
        causes.entry(e.cause.as_str()).or_default().add(e, hours);
        let ym = (e.date.year(), e.date.month());
        let m = months_owned.entry(ym).or_default();
        m.0 += 1;
        m.1 += hours;
        match by {
            By::Cause => groups.entry(e.cause.as_str()).or_default().add(e, hours),
            By::School => groups.entry(e.school.as_str()).or_default().add(e, hours),
            By::Authority => groups
                .entry(e.authority.as_str())
                .or_default()
                .add(e, hours),
            By::Policy => groups
                .entry(e.policy.as_deref().unwrap_or(NO_POLICY))
                .or_default()
                .add(e, hours),
            By::Role => {
                for r in &e.roles {
                    groups.entry(r.as_str()).or_default().add(e, hours);
                }
            }
            By::Month => month_groups.entry(ym).or_default().add(e, hours),
        }
    }
    let all_hours = total.hours;
    let share = |h: f64| {
        if all_hours == 0.0 {
            0.0
        } else {
            100.0 * h / all_hours
        }
    };
    let label = |key: &str, by: By| -> String {
        match by {
            By::Cause => c.cause_label(key, lang),
            By::Authority => c.authority_label(key, lang),
            By::Role => c.role_label(key, lang),
            By::Policy if key == NO_POLICY => crate::t!(lang, "evidence-report-no-policy"),
            _ => key.to_string(),
        }
    };
    let mut out: Vec<Group> = if by == By::Month {
        month_groups
            .iter()
            .map(|(ym, a)| {
                let key = month_key(*ym);
                Group {
                    label: key.clone(),
                    key,
                    figures: a.figures(weeks),
                    share_percent: share(a.hours),
                }
            })
            .collect()
    } else {
        groups
            .iter()
            .map(|(k, a)| Group {
                key: (*k).to_string(),
                label: label(k, by),
                figures: a.figures(weeks),
                share_percent: share(a.hours),
            })
            .collect()
    };
    if by != By::Month {
        sort_by_hours(&mut out);
    }
    let mut top: Vec<Group> = causes
        .iter()
        .map(|(k, a)| Group {
            key: (*k).to_string(),
            label: label(k, By::Cause),
            figures: a.figures(weeks),
            share_percent: share(a.hours),
        })
        .collect();
    sort_by_hours(&mut top);
    top.truncate(TOP_CAUSES);
    Report {
        filter: filter.clone(),
        by,
        school_weeks_per_year: weeks,
        total: total.figures(weeks),
        authorities: authorities.len(),
        groups: out,
        top_causes: top,
        by_month: months_owned
            .into_iter()
            .map(|(ym, (n, h))| Month {
                month: month_key(ym),
                entries: n,
                hours_per_year: h,
            })
            .collect(),
    }
}

/// Most hours first; ties by key, so the order never depends on hashing.
fn sort_by_hours(groups: &mut [Group]) {
    groups.sort_by(|a, b| {
        b.figures
            .hours_per_year
            .total_cmp(&a.figures.hours_per_year)
            .then_with(|| a.key.cmp(&b.key))
    });
}
