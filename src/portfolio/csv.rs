//! The portfolio as CSV: one row for each term and role, for spreadsheets. The header is a
//! contract (docs/portfolio.md) and never translated.

use super::build::Portfolio;
use crate::scoring::Estimate;

const HEADER: [&str; 12] = [
    "term",
    "role",
    "average_weekly_low",
    "average_weekly_likely",
    "average_weekly_high",
    "average_weekly_expected",
    "one_person_weekly_low",
    "one_person_weekly_likely",
    "one_person_weekly_high",
    "one_person_weekly_expected",
    "policies",
    "flags",
];

fn cells(e: &Estimate) -> [String; 4] {
    [e.low, e.likely, e.high, e.expected].map(|x| format!("{x:.4}"))
}

/// Every cell through `csv_out`, so a title cannot run as a formula. `policies` lists the
/// term's policies for the role, largest first, as `id (expected average)`; `flags` the ids
/// of the flags on that term and role (and on the whole term).
pub fn portfolio_csv(p: &Portfolio) -> String {
    let rows = p.terms.iter().flat_map(|t| {
        t.roles.iter().map(move |r| {
            let mut row = vec![t.term.key(), r.role.clone()];
            row.extend(cells(&r.average_weekly));
            row.extend(cells(&r.one_person_weekly));
            row.push(
                r.shares
                    .iter()
                    .map(|s| format!("{} ({:.4})", s.policy.id, s.average_weekly_expected))
                    .collect::<Vec<_>>()
                    .join("; "),
            );
            row.push(
                p.flags
                    .iter()
                    .filter(|f| f.term == t.term && f.role.as_ref().is_none_or(|x| *x == r.role))
                    .map(|f| f.id())
                    .collect::<Vec<_>>()
                    .join("; "),
            );
            row
        })
    });
    crate::csv_out::document(&HEADER, rows)
}
