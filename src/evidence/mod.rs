//! The headteachers' evidence log: quick entries of what causes workload in schools, kept
//! in an append-only log, summarised for a school, a local authority or Wales, and shown
//! to officers while they estimate the hours of a new policy.

pub mod catalogue;
pub mod csv_io;
pub mod entry;
pub mod format;
pub mod log;
pub mod report;

pub use catalogue::Catalogue;
pub use entry::{Entry, Fields, Input, Problem, check};
pub use log::{Log, append, log_path, read};
pub use report::{By, Filter, Report, Spread, report, spread};

/// A new entry id, like a record id: ten hex digits from the time, the process and `salt`.
pub fn new_id(now: chrono::DateTime<chrono::FixedOffset>, salt: &str) -> String {
    crate::record::new_id(now, salt)
}
