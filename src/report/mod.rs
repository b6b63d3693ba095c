//! Documents made from records: the Strategic Group summary.

mod format;
mod markup;
mod summary;
mod summary_md;

pub use format::{block, code, fte, hours, inline, range, signed_hours};
pub use summary::{LEAD_IN_QUESTION, bilingual, by_severity, flag_message, summary};
mod template;

pub use template::{answers_template, describe_condition};
