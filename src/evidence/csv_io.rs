//! The log as CSV and back, with the same columns both ways, so evidence gathered in a
//! spreadsheet can be brought in. An import checks every row first and names each bad
//! one by its line; nothing is written unless every row is good.

use std::collections::HashSet;

use chrono::{DateTime, FixedOffset, NaiveDate};

use super::catalogue::Catalogue;
use super::entry::{Entry, Input, Problem, check};
use crate::t;
use crate::text::Lang;

/// The columns, in order. `id` and `created` may be left empty on import.
pub const COLUMNS: [&str; 12] = [
    "id",
    "created",
    "date",
    "school",
    "authority",
    "cause",
    "policy",
    "roles",
    "staff",
    "hours",
    "frequency",
    "description",
];

pub fn export(entries: &[Entry]) -> String {
    crate::csv_out::document(
        &COLUMNS,
        entries.iter().map(|e| {
            [
                e.id.clone(),
                e.created.to_rfc3339(),
                e.date.to_string(),
                e.school.clone(),
                e.authority.clone(),
                e.cause.clone(),
                e.policy.clone().unwrap_or_default(),
                e.roles.join(";"),
                e.staff.to_string(),
                e.hours.to_string(),
                e.frequency.clone(),
                e.description.clone(),
            ]
        }),
    )
}

/// A bad row (or the header, line 1) and what is wrong with it.
#[derive(Debug, Clone, PartialEq)]
pub struct RowProblem {
    pub line: u64,
    pub message: String,
}

/// Why an import was refused: the first problems, and how many there were in all. A file
/// with a million bad rows must not hold a million messages.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Refused {
    pub shown: Vec<RowProblem>,
    pub total: usize,
}

impl Refused {
    /// As many problems as anyone reads through; the rest are only counted.
    pub const KEPT: usize = 100;

    fn push(&mut self, problem: RowProblem) {
        self.total += 1;
        if self.shown.len() < Self::KEPT {
            self.shown.push(problem);
        }
    }

    fn is_empty(&self) -> bool {
        self.total == 0
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Planned {
    /// Entries to append, in the file's order.
    pub entries: Vec<Entry>,
    /// Rows whose id is already in the log (an export read back in): left out.
    pub already_logged: usize,
}

/// Most rows a single import takes; larger files are split.
pub const MAX_ROWS: usize = 100_000;

/// Check every row of a CSV file; the entries to append, or every problem by line.
// Long because it is one pass over the file: the header checked once, then each row read,
// checked and collected, with the closures that read a row's cells.
pub fn plan_import(
    text: &str,
    logged: &HashSet<&str>,
    today: NaiveDate,
    now: DateTime<FixedOffset>,
    c: &Catalogue,
    lang: Lang,
) -> Result<Planned, Refused> {
    let columns = COLUMNS.join(", ");
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut problems = Refused::default();
    let header: Vec<String> = match reader.headers() {
        Ok(h) => h.iter().map(|s| s.trim().to_lowercase()).collect(),
        Err(e) => {
            problems.push(RowProblem {
                line: 1,
                message: t!(lang, "evidence-csv-header-unreadable", why = e.to_string()),
            });
            return Err(problems);
        }
    };
    let at = |name: &str| header.iter().position(|h| h == name);
    for h in &header {
        if !COLUMNS.contains(&h.as_str()) {
            problems.push(RowProblem {
                line: 1,
                message: t!(
                    lang,
                    "evidence-csv-unknown-column",
                    column = crate::text::shorten(h),
                    columns = columns.as_str()
                ),
            });
        }
    }
    let required = [
        "date",
        "school",
        "authority",
        "cause",
        "roles",
        "staff",
        "hours",
        "frequency",
    ];
    // One line for all the missing columns: a spreadsheet with the wrong header would
    // otherwise repeat the list of columns once for each.
    let missing: Vec<String> = required
        .iter()
        .filter(|name| at(name).is_none())
        .map(|name| format!("`{name}`"))
        .collect();
    if !missing.is_empty() {
        problems.push(RowProblem {
            line: 1,
            message: t!(
                lang,
                "evidence-csv-missing-column",
                count = missing.len(),
                names = missing.join(", "),
                columns = columns.as_str()
            ),
        });
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let mut entries = Vec::new();
    let mut already_logged = 0;
    let mut seen: HashSet<String> = HashSet::new();
    for (index, row) in reader.records().enumerate() {
        let line = index as u64 + 2;
        let row = match row {
            Ok(r) => r,
            Err(e) => {
                let line = e.position().map_or(line, |p| p.line());
                problems.push(RowProblem {
                    line,
                    message: t!(lang, "evidence-csv-row-unreadable", why = e.to_string()),
                });
                continue;
            }
        };
        let line = row.position().map_or(line, |p| p.line());
        if index >= MAX_ROWS {
            problems.push(RowProblem {
                line,
                message: t!(lang, "evidence-csv-too-many-rows", max = MAX_ROWS as i64),
            });
            break;
        }
        if row.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        if row.len() > header.len() {
            problems.push(RowProblem {
                line,
                message: t!(
                    lang,
                    "evidence-csv-too-many-cells",
                    cells = row.len() as i64,
                    columns = header.len() as i64
                ),
            });
            continue;
        }
        let cell = |name: &str| -> String {
            let text = at(name).and_then(|i| row.get(i)).unwrap_or("");
            crate::csv_out::unguard(text).to_string()
        };
        let input = Input {
            date: cell("date"),
            school: cell("school"),
            authority: cell("authority"),
            cause: cell("cause"),
            policy: cell("policy"),
            roles: cell("roles"),
            staff: cell("staff"),
            hours: cell("hours"),
            frequency: cell("frequency"),
            description: cell("description"),
        };
        // A spreadsheet's empty date means "unknown", not "today".
        let mut row_problems: Vec<String> = Vec::new();
        if input.date.trim().is_empty() {
            row_problems.push(Problem::Missing(super::entry::Field::Date).message(lang));
        }
        let fields = match check(&input, today, c) {
            Ok(f) => Some(f),
            Err(ps) => {
                row_problems.extend(ps.iter().map(|p| p.message(lang)));
                None
            }
        };
        let id = cell("id").trim().to_string();
        if !id.is_empty() && !valid_id(&id) {
            row_problems.push(t!(
                lang,
                "evidence-csv-bad-id",
                id = crate::text::shorten(&id)
            ));
        } else if !id.is_empty() && !seen.insert(id.clone()) {
            row_problems.push(t!(lang, "evidence-csv-repeated-id", id = id.as_str()));
        }
        let created_text = cell("created").trim().to_string();
        let created = if created_text.is_empty() {
            Some(now)
        } else {
            match DateTime::parse_from_rfc3339(&created_text) {
                Ok(t) => Some(t),
                Err(_) => {
                    row_problems.push(t!(
                        lang,
                        "evidence-csv-bad-created",
                        given = crate::text::shorten(&created_text)
                    ));
                    None
                }
            }
        };
        if !row_problems.is_empty() {
            for message in row_problems {
                problems.push(RowProblem { line, message });
            }
            continue;
        }
        // Nothing will be imported once one row is wrong: keeping entries only costs memory.
        if !problems.is_empty() {
            continue;
        }
        if logged.contains(id.as_str()) {
            already_logged += 1;
            continue;
        }
        let (Some(fields), Some(created)) = (fields, created) else {
            continue;
        };
        let id = if id.is_empty() {
            super::new_id(now, &format!("import:{index}"))
        } else {
            id
        };
        entries.push(fields.into_entry(id, created));
    }
    if problems.is_empty() {
        Ok(Planned {
            entries,
            already_logged,
        })
    } else {
        Err(problems)
    }
}

fn valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 64
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_of_bad_rows_keeps_the_first_problems_and_counts_them_all() {
        let mut text = String::from("date,school,authority,cause,roles,staff,hours,frequency\n");
        for _ in 0..5_000 {
            text.push_str("not a date,S,nowhere,no cause,nobody,-1,x,never\n");
        }
        let now = DateTime::parse_from_rfc3339("2026-11-30T09:00:00+00:00").unwrap();
        let refused = plan_import(
            &text,
            &HashSet::new(),
            now.date_naive(),
            now,
            Catalogue::bundled(),
            Lang::En,
        )
        .unwrap_err();
        assert_eq!(refused.shown.len(), Refused::KEPT);
        // Every row has several problems; all are counted, few are kept.
        assert!(refused.total >= 5_000 * 3, "{}", refused.total);
        assert_eq!(refused.shown[0].line, 2);
    }
}
