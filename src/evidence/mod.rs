//! The headteachers' evidence log: quick entries of what causes workload in schools, kept
//! in an append-only log, summarised for a school, a local authority or Wales, and shown
//! to officers while they estimate the hours of a new policy.

pub mod catalogue;
pub mod csv_io;
pub mod entry;
pub mod format;
pub mod log;
pub mod report;
#[cfg(test)]
mod report_reference;
pub mod seen_ids;
pub mod stream;
#[cfg(test)]
mod stream_tests;

pub use catalogue::Catalogue;
pub use entry::{Entry, Fields, Input, Problem, check};
pub use log::{
    AllLogs, Log, append, append_with, device_log_path, evidence_dir, legacy_log_path, log_files,
    own_log_path, read, read_all,
};
pub use report::{By, Filter, Report, Spread, Tally, report, report_logs, spread};
pub use stream::{Skips, for_each_entry, for_each_in_file};

/// Where an assessment cites evidence: the question of what its estimates are based on
/// and the option naming this log, and the assumptions the figures are added to.
pub const BASIS_QUESTION: &str = "estimate_basis";
pub const BASIS_OPTION: &str = "headteacher_evidence";
pub const ASSUMPTIONS_QUESTION: &str = "estimate_assumptions";

/// The lines of an assessment's assumptions that cite the evidence log: each starts with
/// `[wia DATE]`, in whichever language it was cited, so a summary can list them.
pub fn citations(assumptions: &str) -> Vec<&str> {
    assumptions
        .lines()
        .map(str::trim)
        .filter(|l| {
            l.strip_prefix("[wia ")
                .and_then(|rest| rest.split_once(']'))
                .is_some_and(|(date, _)| {
                    chrono::NaiveDate::parse_from_str(date, "%Y-%m-%d").is_ok()
                })
        })
        .collect()
}

/// A new entry id, like a record id: ten hex digits from the time, the process and `salt`.
pub fn new_id(now: chrono::DateTime<chrono::FixedOffset>, salt: &str) -> String {
    crate::record::new_id(now, salt)
}

#[cfg(test)]
mod tests {
    #[test]
    fn citations_are_the_lines_marked_with_a_dated_wia_tag() {
        let text = "Learners per school: 200.\n  [wia 2026-11-25] Evidence log, Meetings: 3 entries.\n\
                    [wia soon] not a citation\n[wia 2026-11-26] Cofnod tystiolaeth, Cyfarfodydd: 1 cofnod.";
        assert_eq!(
            super::citations(text),
            [
                "[wia 2026-11-25] Evidence log, Meetings: 3 entries.",
                "[wia 2026-11-26] Cofnod tystiolaeth, Cyfarfodydd: 1 cofnod."
            ]
        );
    }
}
