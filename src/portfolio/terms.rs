//! School terms: the timeline the cumulative picture is laid on.
//!
//! Autumn runs September to December, spring January to March, summer April to August
//! (the summer holiday belongs to the year that is ending). A school year is named by the
//! two calendar years it spans, "2027/28", and a term by its year and season,
//! "2027/28 autumn". The scoring counts a school year as 39 school weeks; a term is a third
//! of that, 13.

use chrono::{Datelike, NaiveDate};
use serde::{Serialize, Serializer};

use crate::text::Lang;

/// A school year has three terms; a term's weeks are the year's school weeks over this.
pub const TERMS_PER_YEAR: f64 = 3.0;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Season {
    Autumn,
    Spring,
    Summer,
}

impl Season {
    /// The season's word in JSON, CSV and term keys (a contract; not translated).
    pub fn as_str(self) -> &'static str {
        match self {
            Season::Autumn => "autumn",
            Season::Spring => "spring",
            Season::Summer => "summer",
        }
    }
}

/// One term of one school year. Ordered in time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Term {
    /// The calendar year the school year starts in (2027 for 2027/28).
    pub year: i32,
    pub season: Season,
}

impl Term {
    /// The term a date falls in.
    pub fn of(date: NaiveDate) -> Term {
        let (year, season) = match date.month() {
            9..=12 => (date.year(), Season::Autumn),
            1..=3 => (date.year() - 1, Season::Spring),
            _ => (date.year() - 1, Season::Summer),
        };
        Term { year, season }
    }

    pub fn next(self) -> Term {
        match self.season {
            Season::Autumn => Term {
                season: Season::Spring,
                ..self
            },
            Season::Spring => Term {
                season: Season::Summer,
                ..self
            },
            Season::Summer => Term {
                year: self.year + 1,
                season: Season::Autumn,
            },
        }
    }

    /// The school year, "2027/28".
    pub fn school_year(self) -> String {
        format!("{}/{:02}", self.year, (self.year + 1).rem_euclid(100))
    }

    /// "2027/28 autumn": the term in JSON and CSV, the same in every language.
    pub fn key(self) -> String {
        format!("{} {}", self.school_year(), self.season.as_str())
    }

    /// The term for a reader, in `lang`.
    pub fn label(self, lang: Lang) -> String {
        crate::t!(
            lang,
            &format!("portfolio-term-{}", self.season.as_str()),
            year = self.school_year()
        )
    }

    /// The summer term of this term's school year: where a timeline ends, so the last
    /// policy to start is seen running through the rest of its year.
    pub fn end_of_year(self) -> Term {
        Term {
            season: Season::Summer,
            ..self
        }
    }

    /// Every term from `self` to `last`, both included.
    pub fn through(self, last: Term) -> Vec<Term> {
        let mut out = Vec::new();
        let mut t = self;
        while t <= last {
            out.push(t);
            t = t.next();
        }
        out
    }
}

impl Serialize for Term {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.key())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn months_fall_in_their_terms() {
        assert_eq!(Term::of(d(2027, 9, 1)).key(), "2027/28 autumn");
        assert_eq!(Term::of(d(2027, 12, 31)).key(), "2027/28 autumn");
        assert_eq!(Term::of(d(2028, 1, 4)).key(), "2027/28 spring");
        assert_eq!(Term::of(d(2028, 3, 31)).key(), "2027/28 spring");
        assert_eq!(Term::of(d(2028, 4, 1)).key(), "2027/28 summer");
        assert_eq!(Term::of(d(2028, 8, 31)).key(), "2027/28 summer");
        assert_eq!(Term::of(d(2099, 10, 1)).key(), "2099/00 autumn");
    }

    #[test]
    fn terms_follow_in_order() {
        let first = Term::of(d(2027, 10, 1));
        let all = first.through(Term::of(d(2028, 10, 1)));
        let keys: Vec<String> = all.iter().map(|t| t.key()).collect();
        assert_eq!(
            keys,
            [
                "2027/28 autumn",
                "2027/28 spring",
                "2027/28 summer",
                "2028/29 autumn"
            ]
        );
        assert!(first.through(Term::of(d(2027, 1, 1))).is_empty());
    }

    #[test]
    fn a_year_ends_in_its_summer_term() {
        for date in [d(2027, 9, 1), d(2028, 2, 1), d(2028, 8, 31)] {
            assert_eq!(Term::of(date).end_of_year().key(), "2027/28 summer");
        }
    }
}
