//! Documents made from records: the Strategic Group summary.

mod format;
mod summary;

pub use format::{fte, hours, inline, range, signed_hours};
pub use summary::{by_severity, summary};
mod template;

pub use template::{answers_template, describe_condition};
