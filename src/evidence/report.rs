//! Summaries of the evidence: hours a year (occurrences converted with the assessments'
//! frequency table), weekly equivalents for each person, entries and schools, the top
//! causes and the trend by month, for a school, a local authority or all of Wales.

use std::collections::{BTreeMap, HashMap, HashSet};

use chrono::{Datelike, NaiveDate};
use serde::Serialize;

use super::catalogue::Catalogue;
use super::entry::Entry;
use crate::text::Lang;

/// How many causes "top causes" lists.
pub const TOP_CAUSES: usize = 5;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum By {
    Cause,
    Role,
    Month,
    School,
    Authority,
    Policy,
}

impl By {
    pub fn as_str(self) -> &'static str {
        match self {
            By::Cause => "cause",
            By::Role => "role",
            By::Month => "month",
            By::School => "school",
            By::Authority => "authority",
            By::Policy => "policy",
        }
    }
}

/// Which entries count. Dates are inclusive; the school matches ignoring case; the
/// authority and cause are ids.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Filter {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub from: Option<NaiveDate>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub to: Option<NaiveDate>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub school: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub authority: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cause: Option<String>,
}

impl Filter {
    pub fn keeps(&self, e: &Entry) -> bool {
        self.from.is_none_or(|d| e.date >= d)
            && self.to.is_none_or(|d| e.date <= d)
            && self
                .school
                .as_deref()
                .is_none_or(|s| e.school.to_lowercase() == s.to_lowercase())
            && self.authority.as_deref().is_none_or(|a| e.authority == a)
            && self.cause.as_deref().is_none_or(|c| e.cause == c)
    }
}

/// The figures for a set of entries.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Figures {
    pub entries: usize,
    pub schools: usize,
    /// Staff named across the entries (a person in two entries counts twice).
    pub staff: u64,
    /// Hours a year: staff x hours each time x occurrences a year, summed.
    pub hours_per_year: f64,
    /// Hours a year per member of staff named, over the school weeks of a year.
    pub hours_per_person_per_week: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Group {
    pub key: String,
    pub label: String,
    #[serde(flatten)]
    pub figures: Figures,
    /// Share of all the hours, in percent. Groups by role can add up to more than 100:
    /// an entry naming several roles counts in each.
    pub share_percent: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Month {
    /// `YYYY-MM`.
    pub month: String,
    pub entries: usize,
    pub hours_per_year: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    pub filter: Filter,
    pub by: By,
    pub school_weeks_per_year: f64,
    pub total: Figures,
    pub authorities: usize,
    pub groups: Vec<Group>,
    pub top_causes: Vec<Group>,
    pub by_month: Vec<Month>,
}

/// Hashes a number wia gave out itself (a school's place in `Names`): one multiply, no
/// keyed hash, since a stranger's log chooses names but never these numbers.
#[derive(Default, Clone, Copy)]
struct NumberHasher(u64);

impl std::hash::Hasher for NumberHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 = (self.0.rotate_left(8) ^ u64::from(*b)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        }
    }

    fn write_u32(&mut self, n: u32) {
        self.0 = u64::from(n).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
}

type Numbers = HashSet<u32, std::hash::BuildHasherDefault<NumberHasher>>;

/// Running sums for one group. Schools are numbered as first met, so a group's set of
/// schools holds numbers, not copies of names.
#[derive(Default)]
struct Acc {
    entries: usize,
    schools: Numbers,
    staff: u64,
    hours: f64,
}

impl Acc {
    fn add(&mut self, e: &Entry, school: u32, hours: f64) {
        self.entries += 1;
        self.schools.insert(school);
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

/// Names met (schools, authorities, causes...), numbered in the order met, so each is
/// hashed once an entry and copied only the first time.
/// The hash is seeded each run (`foldhash`), so names a stranger's log chooses cannot be
/// made to land in one place.
#[derive(Default)]
struct Names(HashMap<Box<str>, u32, foldhash::quality::RandomState>);

impl Names {
    fn number(&mut self, name: &str) -> u32 {
        match self.0.get(name) {
            Some(n) => *n,
            None => {
                let n = self.0.len() as u32;
                self.0.insert(name.into(), n);
                n
            }
        }
    }

    fn len(&self) -> usize {
        self.0.len()
    }

    /// Each name with its number's sums.
    fn with<'a>(&'a self, accs: &'a [Acc]) -> impl Iterator<Item = (&'a str, &'a Acc)> {
        self.0.iter().map(|(k, n)| (&**k, &accs[*n as usize]))
    }
}

/// The sums of the group numbered `n`, made on first use.
fn nth(accs: &mut Vec<Acc>, n: u32) -> &mut Acc {
    let n = n as usize;
    if accs.len() <= n {
        accs.resize_with(n + 1, Acc::default);
    }
    &mut accs[n]
}

/// A report in the making: entries are added one at a time, in the order read, and
/// none is kept, so a report over a log of any length holds only its groups. Adding in
/// the same order gives the same sums to the last bit.
pub struct Tally<'c> {
    filter: Filter,
    by: By,
    c: &'c Catalogue,
    schools: Names,
    authorities: Names,
    causes: Names,
    /// Policies or roles, when grouped by them.
    others: Names,
    total: Acc,
    months: BTreeMap<(i32, u32), (usize, f64)>,
    /// By cause: every cause's sums, which are also the groups.
    by_cause: Vec<Acc>,
    /// By school, authority, policy or role: the groups, by the number of the name.
    groups: Vec<Acc>,
    month_groups: BTreeMap<(i32, u32), Acc>,
}

impl<'c> Tally<'c> {
    pub fn new(filter: &Filter, by: By, c: &'c Catalogue) -> Tally<'c> {
        Tally {
            filter: filter.clone(),
            by,
            c,
            schools: Names::default(),
            authorities: Names::default(),
            causes: Names::default(),
            others: Names::default(),
            total: Acc::default(),
            months: BTreeMap::new(),
            by_cause: Vec::new(),
            groups: Vec::new(),
            month_groups: BTreeMap::new(),
        }
    }

    /// Count `e` if the filter keeps it.
    pub fn add(&mut self, e: &Entry) {
        if !self.filter.keeps(e) {
            return;
        }
        let hours = e.hours_per_year(self.c);
        let school = self.schools.number(&e.school);
        self.total.add(e, school, hours);
        let authority = self.authorities.number(&e.authority);
        let cause = self.causes.number(&e.cause);
        nth(&mut self.by_cause, cause).add(e, school, hours);
        let ym = (e.date.year(), e.date.month());
        let m = self.months.entry(ym).or_default();
        m.0 += 1;
        m.1 += hours;
        match self.by {
            By::Cause => {}
            By::School => nth(&mut self.groups, school).add(e, school, hours),
            By::Authority => nth(&mut self.groups, authority).add(e, school, hours),
            By::Policy => {
                let p = self.others.number(e.policy.as_deref().unwrap_or(NO_POLICY));
                nth(&mut self.groups, p).add(e, school, hours);
            }
            By::Role => {
                for r in &e.roles {
                    let n = self.others.number(r);
                    nth(&mut self.groups, n).add(e, school, hours);
                }
            }
            By::Month => self
                .month_groups
                .entry(ym)
                .or_default()
                .add(e, school, hours),
        }
    }

    /// The report of the entries added.
    pub fn finish(self, lang: Lang) -> Report {
        let (c, by) = (self.c, self.by);
        let weeks = c.school_weeks_per_year;
        let all_hours = self.total.hours;
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
        let group = |k: &str, a: &Acc, by: By| Group {
            key: k.to_string(),
            label: label(k, by),
            figures: a.figures(weeks),
            share_percent: share(a.hours),
        };
        let mut out: Vec<Group> = match by {
            By::Month => self
                .month_groups
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
                .collect(),
            By::Cause => self
                .causes
                .with(&self.by_cause)
                .map(|(k, a)| group(k, a, by))
                .collect(),
            By::School => self
                .schools
                .with(&self.groups)
                .map(|(k, a)| group(k, a, by))
                .collect(),
            By::Authority => self
                .authorities
                .with(&self.groups)
                .map(|(k, a)| group(k, a, by))
                .collect(),
            By::Policy | By::Role => self
                .others
                .with(&self.groups)
                .map(|(k, a)| group(k, a, by))
                .collect(),
        };
        if by != By::Month {
            sort_by_hours(&mut out);
        }
        let mut top: Vec<Group> = self
            .causes
            .with(&self.by_cause)
            .map(|(k, a)| group(k, a, By::Cause))
            .collect();
        sort_by_hours(&mut top);
        top.truncate(TOP_CAUSES);
        Report {
            filter: self.filter,
            by,
            school_weeks_per_year: weeks,
            total: self.total.figures(weeks),
            authorities: self.authorities.len(),
            groups: out,
            top_causes: top,
            by_month: self
                .months
                .into_iter()
                .map(|(ym, (n, h))| Month {
                    month: month_key(ym),
                    entries: n,
                    hours_per_year: h,
                })
                .collect(),
        }
    }
}

/// Summarise the entries the filter keeps, grouped `by`.
pub fn report(entries: &[Entry], filter: &Filter, by: By, c: &Catalogue, lang: Lang) -> Report {
    let mut tally = Tally::new(filter, by, c);
    for e in entries {
        tally.add(e);
    }
    tally.finish(lang)
}

/// Summarise every log in the data folder as it is read, holding no entry longer than
/// it takes to count it; with the lines skipped, for their warnings.
pub fn report_logs(
    data: &crate::store::DataDir,
    filter: &Filter,
    by: By,
    c: &Catalogue,
    lang: Lang,
) -> crate::error::Result<(Report, super::stream::Skips)> {
    let mut tally = Tally::new(filter, by, c);
    let skips = super::stream::for_each_entry(data, lang, |e| tally.add(&e))?;
    Ok((tally.finish(lang), skips))
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

/// Hours for one person each time, over the entries that match: what an officer sees
/// while estimating a task.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Spread {
    pub entries: usize,
    pub median: f64,
    pub min: f64,
    pub max: f64,
}

/// The spread of hours for one person each time; `None` when nothing matches.
pub fn spread<'a>(entries: impl Iterator<Item = &'a Entry>) -> Option<Spread> {
    let mut hours: Vec<f64> = entries.map(|e| e.hours).collect();
    if hours.is_empty() {
        return None;
    }
    hours.sort_by(f64::total_cmp);
    let n = hours.len();
    let median = if n % 2 == 1 {
        hours[n / 2]
    } else {
        (hours[n / 2 - 1] + hours[n / 2]) / 2.0
    };
    Some(Spread {
        entries: n,
        median,
        min: hours[0],
        max: hours[n - 1],
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[allow(clippy::too_many_arguments)]
    fn entry(
        date: &str,
        school: &str,
        authority: &str,
        cause: &str,
        roles: &[&str],
        staff: u32,
        hours: f64,
        frequency: &str,
    ) -> Entry {
        Entry {
            id: format!("{school}{date}"),
            created: "2026-11-25T10:00:00+00:00".parse().unwrap(),
            date: date.parse().unwrap(),
            school: school.into(),
            authority: authority.into(),
            cause: cause.into(),
            policy: None,
            roles: roles.iter().map(|r| r.to_string()).collect(),
            staff,
            hours,
            frequency: frequency.into(),
            description: String::new(),
        }
    }

    /// Worked by hand:
    /// 1. 3 teachers x 1.5 h x 39 (a week)  = 175.5 h a year
    /// 2. 1 leader   x 2 h   x 3 (a term)   =   6
    /// 3. 4 staff    x 1 h   x 1 (once)     =   4
    /// 4. 1 ALNCo    x 10 h  x 1 (a year)   =  10
    ///    total 195.5 h a year over 9 staff: 195.5 / 9 / 39 = 0.556980 h a week each.
    fn sample() -> Vec<Entry> {
        vec![
            entry(
                "2026-09-10",
                "A",
                "cardiff",
                "data_returns",
                &["teacher"],
                3,
                1.5,
                "per_week",
            ),
            entry(
                "2026-10-05",
                "B",
                "cardiff",
                "data_returns",
                &["leader"],
                1,
                2.0,
                "per_term",
            ),
            entry(
                "2026-10-20",
                "C",
                "swansea",
                "meetings",
                &["teacher", "support_staff"],
                4,
                1.0,
                "once",
            ),
            entry(
                "2026-11-01",
                "A",
                "cardiff",
                "aln_paperwork",
                &["alnco"],
                1,
                10.0,
                "per_year",
            ),
        ]
    }

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-9
    }

    #[test]
    fn totals_and_causes_match_the_hand_worked_figures() {
        let c = Catalogue::bundled();
        let r = report(&sample(), &Filter::default(), By::Cause, c, Lang::En);
        assert_eq!(
            (
                r.total.entries,
                r.total.schools,
                r.total.staff,
                r.authorities
            ),
            (4, 3, 9, 2)
        );
        assert!(close(r.total.hours_per_year, 195.5));
        assert!(close(r.total.hours_per_person_per_week, 195.5 / 9.0 / 39.0));
        let keys: Vec<&str> = r.groups.iter().map(|g| g.key.as_str()).collect();
        assert_eq!(keys, ["data_returns", "aln_paperwork", "meetings"]);
        let d = &r.groups[0];
        assert_eq!(
            (d.figures.entries, d.figures.schools, d.figures.staff),
            (2, 2, 4)
        );
        assert!(close(d.figures.hours_per_year, 181.5));
        assert!(close(
            d.figures.hours_per_person_per_week,
            181.5 / 4.0 / 39.0
        ));
        assert!(close(d.share_percent, 100.0 * 181.5 / 195.5));
        assert_eq!(
            d.label,
            "Data returns and reporting to the local authority or Welsh Government"
        );
        assert!(close(
            r.groups[2].figures.hours_per_person_per_week,
            4.0 / 4.0 / 39.0
        ));
        assert_eq!(r.top_causes, r.groups);
        let months: Vec<(&str, usize, f64)> = r
            .by_month
            .iter()
            .map(|m| (m.month.as_str(), m.entries, m.hours_per_year))
            .collect();
        assert_eq!(
            months,
            [
                ("2026-09", 1, 175.5),
                ("2026-10", 2, 10.0),
                ("2026-11", 1, 10.0)
            ]
        );
    }

    #[test]
    fn an_entry_counts_in_each_role_it_names() {
        let r = report(
            &sample(),
            &Filter::default(),
            By::Role,
            Catalogue::bundled(),
            Lang::Cy,
        );
        let got: Vec<(&str, f64, u64)> = r
            .groups
            .iter()
            .map(|g| (g.key.as_str(), g.figures.hours_per_year, g.figures.staff))
            .collect();
        assert_eq!(
            got,
            [
                ("teacher", 179.5, 7),
                ("alnco", 10.0, 1),
                ("leader", 6.0, 1),
                ("support_staff", 4.0, 4)
            ]
        );
        assert_eq!(r.groups[0].label, "Athrawon");
    }

    #[test]
    fn filters_keep_only_what_they_name() {
        let c = Catalogue::bundled();
        let f = Filter {
            from: Some("2026-10-01".parse().unwrap()),
            authority: Some("cardiff".into()),
            ..Filter::default()
        };
        let r = report(&sample(), &f, By::School, c, Lang::En);
        assert_eq!((r.total.entries, r.total.schools), (2, 2));
        assert!(close(r.total.hours_per_year, 16.0));
        let keys: Vec<&str> = r.groups.iter().map(|g| g.key.as_str()).collect();
        assert_eq!(keys, ["A", "B"]);
        let f = Filter {
            to: Some("2026-09-30".parse().unwrap()),
            school: Some("a".into()),
            cause: Some("data_returns".into()),
            ..Filter::default()
        };
        let r = report(&sample(), &f, By::Month, c, Lang::En);
        assert_eq!(r.total.entries, 1);
        assert_eq!(r.groups[0].key, "2026-09");
        let none = report(&[], &Filter::default(), By::Policy, c, Lang::En);
        assert_eq!(none.total, Figures::default());
        assert!(none.groups.is_empty());
    }

    #[test]
    fn the_spread_is_the_median_and_range_of_hours_each_time() {
        let s = sample();
        let data = spread(s.iter().filter(|e| e.cause == "data_returns")).unwrap();
        assert_eq!(
            (data.entries, data.median, data.min, data.max),
            (2, 1.75, 1.5, 2.0)
        );
        let all = spread(s.iter()).unwrap();
        assert_eq!((all.median, all.min, all.max), (1.75, 1.0, 10.0));
        let odd = spread(s.iter().skip(1)).unwrap();
        assert_eq!(odd.median, 2.0);
        assert_eq!(spread(s.iter().filter(|e| e.cause == "grants")), None);
    }
}
