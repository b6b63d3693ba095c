//! Documents made from records: the Strategic Group summary.

mod format;
mod summary;

pub use format::{hours, signed_hours};
pub use summary::summary;
mod template;

pub use template::{answers_template, describe_condition};
