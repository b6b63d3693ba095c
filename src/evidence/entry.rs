//! One logged entry, and the checks every way in (form, flags, CSV) applies before it
//! is written: an entry that is refused never reaches the log.

use chrono::{DateTime, FixedOffset, NaiveDate};
use serde::{Deserialize, Serialize};

use super::catalogue::{Catalogue, resolve, resolve_frequency};
use crate::t;
use crate::text::Lang;

/// One line of the log. Unknown keys are ignored, so a log written by a newer wia reads.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entry {
    pub id: String,
    pub created: DateTime<FixedOffset>,
    pub date: NaiveDate,
    pub school: String,
    pub authority: String,
    pub cause: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy: Option<String>,
    pub roles: Vec<String>,
    pub staff: u32,
    /// Hours for one person, each time the work happens.
    pub hours: f64,
    pub frequency: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
}

impl Entry {
    /// Hours a year across the staff who do the work.
    pub fn hours_per_year(&self, c: &Catalogue) -> f64 {
        f64::from(self.staff) * self.person_hours_per_year(c)
    }

    /// Hours a year for one of them.
    pub fn person_hours_per_year(&self, c: &Catalogue) -> f64 {
        self.hours * c.per_year(&self.frequency)
    }
}

/// An entry as typed: every field text, as it comes from a form, flags or a CSV row.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Input {
    /// Empty means today.
    pub date: String,
    pub school: String,
    pub authority: String,
    pub cause: String,
    pub policy: String,
    /// Ids or labels, separated by `;` or `,`.
    pub roles: String,
    pub staff: String,
    pub hours: String,
    pub frequency: String,
    pub description: String,
}

/// The checked fields of an entry, before it is given an id and a creation time.
#[derive(Debug, Clone, PartialEq)]
pub struct Fields {
    pub date: NaiveDate,
    pub school: String,
    pub authority: String,
    pub cause: String,
    pub policy: Option<String>,
    pub roles: Vec<String>,
    pub staff: u32,
    pub hours: f64,
    pub frequency: String,
    pub description: String,
}

impl Fields {
    /// The entry, created at `created` (kept to the second, as records keep their times).
    pub fn into_entry(self, id: String, created: DateTime<FixedOffset>) -> Entry {
        use chrono::Timelike;
        Entry {
            id,
            created: created.with_nanosecond(0).unwrap_or(created),
            date: self.date,
            school: self.school,
            authority: self.authority,
            cause: self.cause,
            policy: self.policy,
            roles: self.roles,
            staff: self.staff,
            hours: self.hours,
            frequency: self.frequency,
            description: self.description,
        }
    }
}

/// Which field a problem is in; the names are the flags and CSV columns.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Date,
    School,
    Authority,
    Cause,
    Policy,
    Roles,
    Staff,
    Hours,
    Frequency,
    Description,
}

impl Field {
    pub fn name(self) -> &'static str {
        match self {
            Field::Date => "date",
            Field::School => "school",
            Field::Authority => "authority",
            Field::Cause => "cause",
            Field::Policy => "policy",
            Field::Roles => "roles",
            Field::Staff => "staff",
            Field::Hours => "hours",
            Field::Frequency => "frequency",
            Field::Description => "description",
        }
    }
}

/// Why a field was refused, with what is allowed.
#[derive(Debug, Clone, PartialEq)]
pub enum Problem {
    Missing(Field),
    DateUnreadable(String),
    DateInFuture {
        date: NaiveDate,
        today: NaiveDate,
    },
    DateTooEarly(NaiveDate),
    TooLong {
        field: Field,
        max: usize,
    },
    Unknown {
        field: Field,
        given: String,
        allowed: Vec<String>,
    },
    StaffNotWhole(String),
    StaffOutOfRange {
        given: String,
        max: u32,
    },
    HoursUnreadable(String),
    HoursOutOfRange {
        given: String,
        max: f64,
    },
    /// A character that could drive a terminal or reorder text (`crate::text::is_unsafe`).
    ControlCharacter {
        field: Field,
        found: char,
    },
}

/// Entries dated before this are a typing slip, not evidence.
pub fn earliest_date() -> NaiveDate {
    NaiveDate::from_ymd_opt(2000, 1, 1).expect("a real date")
}

impl Problem {
    pub fn field(&self) -> Field {
        match self {
            Problem::Missing(f) | Problem::TooLong { field: f, .. } => *f,
            Problem::Unknown { field, .. } | Problem::ControlCharacter { field, .. } => *field,
            Problem::DateUnreadable(_)
            | Problem::DateInFuture { .. }
            | Problem::DateTooEarly(_) => Field::Date,
            Problem::StaffNotWhole(_) | Problem::StaffOutOfRange { .. } => Field::Staff,
            Problem::HoursUnreadable(_) | Problem::HoursOutOfRange { .. } => Field::Hours,
        }
    }

    /// The message, naming the field and what it allows.
    pub fn message(&self, lang: Lang) -> String {
        let field = self.field().name();
        // A value echoed back may be a whole cell of a stranger's spreadsheet.
        let shorten = |given: &String| crate::text::shorten(given);
        match self {
            Problem::Missing(_) => t!(lang, "evidence-field-missing", field = field),
            Problem::DateUnreadable(given) => {
                t!(lang, "evidence-date-unreadable", given = shorten(given))
            }
            Problem::DateInFuture { date, today } => t!(
                lang,
                "evidence-date-future",
                date = date.to_string(),
                today = today.to_string()
            ),
            Problem::DateTooEarly(date) => t!(
                lang,
                "evidence-date-early",
                date = date.to_string(),
                earliest = earliest_date().to_string()
            ),
            Problem::TooLong { max, .. } => {
                t!(lang, "evidence-too-long", field = field, max = *max as i64)
            }
            Problem::Unknown { given, allowed, .. } => t!(
                lang,
                "evidence-unknown",
                field = field,
                given = shorten(given),
                allowed = allowed.join(", ")
            ),
            Problem::StaffNotWhole(given) => {
                t!(lang, "evidence-staff-not-whole", given = shorten(given))
            }
            Problem::StaffOutOfRange { given, max } => t!(
                lang,
                "evidence-staff-range",
                given = shorten(given),
                max = i64::from(*max)
            ),
            Problem::HoursUnreadable(given) => {
                t!(lang, "evidence-hours-unreadable", given = shorten(given))
            }
            Problem::HoursOutOfRange { given, max } => t!(
                lang,
                "evidence-hours-range",
                given = shorten(given),
                max = *max
            ),
            Problem::ControlCharacter { found, .. } => t!(
                lang,
                "evidence-control-character",
                field = field,
                code = crate::text::char_code(*found)
            ),
        }
    }
}

impl Problem {
    /// The message for the form on screen: the field named by `label`, as the form labels
    /// it, and what to do there; no flag or column name, no quotes of code.
    pub fn on_screen(&self, label: &str, lang: Lang) -> String {
        let shorten = |given: &String| crate::text::shorten(given);
        let what = match self {
            Problem::Missing(_) => t!(lang, "evidence-screen-missing"),
            Problem::DateUnreadable(given) => {
                t!(
                    lang,
                    "evidence-screen-date-unreadable",
                    given = shorten(given)
                )
            }
            Problem::DateInFuture { date, today } => t!(
                lang,
                "evidence-screen-date-future",
                date = date.to_string(),
                today = today.to_string()
            ),
            Problem::DateTooEarly(date) => t!(
                lang,
                "evidence-screen-date-early",
                date = date.to_string(),
                earliest = earliest_date().to_string()
            ),
            Problem::TooLong { max, .. } => {
                t!(lang, "evidence-screen-too-long", max = *max as i64)
            }
            Problem::Unknown { given, .. } => {
                t!(lang, "evidence-screen-unknown", given = shorten(given))
            }
            Problem::StaffNotWhole(given) => {
                t!(
                    lang,
                    "evidence-screen-staff-not-whole",
                    given = shorten(given)
                )
            }
            Problem::StaffOutOfRange { given, max } => t!(
                lang,
                "evidence-screen-staff-range",
                given = shorten(given),
                max = i64::from(*max)
            ),
            Problem::HoursUnreadable(given) => {
                t!(
                    lang,
                    "evidence-screen-hours-unreadable",
                    given = shorten(given)
                )
            }
            Problem::HoursOutOfRange { given, max } => t!(
                lang,
                "evidence-screen-hours-range",
                given = shorten(given),
                max = *max
            ),
            Problem::ControlCharacter { found, .. } => t!(
                lang,
                "evidence-screen-control-character",
                code = crate::text::char_code(*found)
            ),
        };
        t!(
            lang,
            "evidence-screen-problem",
            field = label,
            problem = what
        )
    }
}

/// One line, spaces collapsed, in NFC, so the same school typed twice is the same school.
fn clean_line(text: &str) -> String {
    crate::text::nfc(&text.split_whitespace().collect::<Vec<_>>().join(" "))
}

pub fn parse_date(text: &str) -> Option<NaiveDate> {
    let t = text.trim();
    NaiveDate::parse_from_str(t, "%Y-%m-%d")
        .or_else(|_| NaiveDate::parse_from_str(t, "%d/%m/%Y"))
        .ok()
}

/// Check every field; all problems are returned, not just the first.
// Long because it checks every field of an entry in turn, collecting all the problems; each
// field's check is a few lines.
pub fn check(input: &Input, today: NaiveDate, c: &Catalogue) -> Result<Fields, Vec<Problem>> {
    let mut problems = Vec::new();
    // Refused in every field, even those matched against a list, so the message names the
    // character rather than echoing it back as an unknown value; the other checks wait
    // until these are gone. A spreadsheet's CR LF line break counts as a line break.
    let description_text = input.description.replace("\r\n", "\n");
    let typed = [
        (Field::Date, input.date.as_str()),
        (Field::School, &input.school),
        (Field::Authority, &input.authority),
        (Field::Cause, &input.cause),
        (Field::Policy, &input.policy),
        (Field::Roles, &input.roles),
        (Field::Staff, &input.staff),
        (Field::Hours, &input.hours),
        (Field::Frequency, &input.frequency),
        (Field::Description, &description_text),
    ];
    let refused: Vec<Problem> = typed
        .iter()
        .filter_map(|(field, text)| {
            crate::text::refused_char(&text.replace("\r\n", "\n")).map(|found| {
                Problem::ControlCharacter {
                    field: *field,
                    found,
                }
            })
        })
        .collect();
    if !refused.is_empty() {
        return Err(refused);
    }
    let date = if input.date.trim().is_empty() {
        Some(today)
    } else {
        match parse_date(&input.date) {
            None => {
                problems.push(Problem::DateUnreadable(input.date.trim().to_string()));
                None
            }
            Some(d) if d > today => {
                problems.push(Problem::DateInFuture { date: d, today });
                None
            }
            Some(d) if d < earliest_date() => {
                problems.push(Problem::DateTooEarly(d));
                None
            }
            Some(d) => Some(d),
        }
    };
    let mut text = |field: Field, typed: &str, max: usize, required: bool| -> String {
        let t = clean_line(typed);
        if t.is_empty() && required {
            problems.push(Problem::Missing(field));
        } else if t.chars().count() > max {
            problems.push(Problem::TooLong { field, max });
        }
        t
    };
    let school = text(Field::School, &input.school, c.max_school_chars, true);
    let policy = text(Field::Policy, &input.policy, c.max_policy_chars, false);
    let description = crate::text::nfc(description_text.trim());
    if description.chars().count() > c.max_description_chars {
        problems.push(Problem::TooLong {
            field: Field::Description,
            max: c.max_description_chars,
        });
    }
    let ids = |list: &[super::catalogue::Choice]| list.iter().map(|x| x.id.clone()).collect();
    let mut choose = |field: Field, typed: &str, list: &[super::catalogue::Choice]| {
        if typed.trim().is_empty() {
            problems.push(Problem::Missing(field));
            return String::new();
        }
        match resolve(list, typed) {
            Some(id) => id.to_string(),
            None => {
                problems.push(Problem::Unknown {
                    field,
                    given: typed.trim().to_string(),
                    allowed: ids(list),
                });
                String::new()
            }
        }
    };
    let authority = choose(Field::Authority, &input.authority, &c.authorities);
    let cause = choose(Field::Cause, &input.cause, &c.causes);
    let mut roles: Vec<String> = Vec::new();
    let typed_roles: Vec<&str> = input
        .roles
        .split([';', ','])
        .map(str::trim)
        .filter(|r| !r.is_empty())
        .collect();
    if typed_roles.is_empty() {
        problems.push(Problem::Missing(Field::Roles));
    }
    for typed in typed_roles {
        match resolve(&c.roles, typed) {
            Some(id) if !roles.iter().any(|r| r == id) => roles.push(id.to_string()),
            Some(_) => {}
            None => problems.push(Problem::Unknown {
                field: Field::Roles,
                given: typed.to_string(),
                allowed: ids(&c.roles),
            }),
        }
    }
    let frequency = if input.frequency.trim().is_empty() {
        problems.push(Problem::Missing(Field::Frequency));
        String::new()
    } else {
        match resolve_frequency(&c.frequencies, &input.frequency) {
            Some(id) => id.to_string(),
            None => {
                problems.push(Problem::Unknown {
                    field: Field::Frequency,
                    given: input.frequency.trim().to_string(),
                    allowed: c.frequencies.iter().map(|f| f.id.clone()).collect(),
                });
                String::new()
            }
        }
    };
    let staff_text = input.staff.trim();
    let staff = if staff_text.is_empty() {
        problems.push(Problem::Missing(Field::Staff));
        0
    } else {
        match staff_text.parse::<i64>() {
            Ok(n) if n >= 1 && n <= i64::from(c.max_staff) => n as u32,
            Ok(_) => {
                problems.push(Problem::StaffOutOfRange {
                    given: staff_text.to_string(),
                    max: c.max_staff,
                });
                0
            }
            Err(_) => {
                problems.push(Problem::StaffNotWhole(staff_text.to_string()));
                0
            }
        }
    };
    let hours_text = input.hours.trim();
    let hours = if hours_text.is_empty() {
        problems.push(Problem::Missing(Field::Hours));
        0.0
    } else {
        match hours_text.parse::<f64>() {
            Ok(h) if h.is_finite() && h > 0.0 && h <= c.max_hours => h,
            Ok(h) if h.is_finite() => {
                problems.push(Problem::HoursOutOfRange {
                    given: hours_text.to_string(),
                    max: c.max_hours,
                });
                0.0
            }
            _ => {
                problems.push(Problem::HoursUnreadable(hours_text.to_string()));
                0.0
            }
        }
    };
    match date {
        Some(date) if problems.is_empty() => Ok(Fields {
            date,
            school,
            authority,
            cause,
            policy: (!policy.is_empty()).then_some(policy),
            roles,
            staff,
            hours,
            frequency,
            description,
        }),
        _ => Err(problems),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn good() -> Input {
        Input {
            date: "2026-11-20".into(),
            school: "  Ysgol   Gymraeg  Caerdydd ".into(),
            authority: "Caerdydd".into(),
            cause: "data_returns".into(),
            policy: String::new(),
            roles: "teacher; Leader".into(),
            staff: "3".into(),
            hours: "1.5".into(),
            frequency: "per_week".into(),
            description: "Attendance return".into(),
        }
    }

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 25).unwrap()
    }

    #[test]
    fn a_good_entry_is_cleaned_and_resolved() {
        let f = check(&good(), today(), Catalogue::bundled()).unwrap();
        assert_eq!(f.school, "Ysgol Gymraeg Caerdydd");
        assert_eq!(f.authority, "cardiff");
        assert_eq!(f.roles, ["teacher", "leader"]);
        assert_eq!(f.staff, 3);
        assert_eq!(f.policy, None);
        let mut i = good();
        i.date = String::new();
        assert_eq!(
            check(&i, today(), Catalogue::bundled()).unwrap().date,
            today()
        );
    }

    #[test]
    fn every_bad_field_is_named_with_what_is_allowed() {
        let i = Input {
            date: "2026-12-01".into(),
            school: " ".into(),
            authority: "Gotham".into(),
            cause: "paperwork".into(),
            policy: String::new(),
            roles: "janitor".into(),
            staff: "2.5".into(),
            hours: "25".into(),
            frequency: "hourly".into(),
            description: String::new(),
        };
        let problems = check(&i, today(), Catalogue::bundled()).unwrap_err();
        let fields: Vec<&str> = problems.iter().map(|p| p.field().name()).collect();
        assert_eq!(
            fields,
            [
                "date",
                "school",
                "authority",
                "cause",
                "roles",
                "frequency",
                "staff",
                "hours"
            ]
        );
        let text: Vec<String> = problems.iter().map(|p| p.message(Lang::En)).collect();
        assert!(
            text[0].contains("in the future") && text[0].contains("2026-11-25"),
            "{}",
            text[0]
        );
        assert!(
            text[2].contains("cardiff") && text[2].contains("anglesey"),
            "{}",
            text[2]
        );
        assert!(text[3].contains("aln_paperwork"), "{}", text[3]);
        assert!(text[7].contains("at most 24"), "{}", text[7]);
    }

    #[test]
    fn negative_zero_and_unreadable_hours_are_refused() {
        for (hours, unreadable) in [
            ("-1", false),
            ("0", false),
            ("24.01", false),
            ("NaN", true),
            ("two", true),
        ] {
            let mut i = good();
            i.hours = hours.into();
            let p = check(&i, today(), Catalogue::bundled()).unwrap_err();
            assert_eq!(p.len(), 1, "{hours}");
            assert_eq!(
                matches!(p[0], Problem::HoursUnreadable(_)),
                unreadable,
                "{hours}"
            );
        }
        let mut i = good();
        i.hours = "24".into();
        assert!(check(&i, today(), Catalogue::bundled()).is_ok());
    }

    #[test]
    fn dates_are_read_in_two_forms_and_nonsense_is_refused() {
        for (date, ok) in [
            ("20/11/2026", true),
            ("2026-02-30", false),
            ("1999-12-31", false),
            ("yesterday", false),
        ] {
            let mut i = good();
            i.date = date.into();
            assert_eq!(
                check(&i, today(), Catalogue::bundled()).is_ok(),
                ok,
                "{date}"
            );
        }
    }
}
