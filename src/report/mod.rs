//! Documents made from records: the Strategic Group summary.

mod format;
mod markup;
mod summary;
mod summary_html;
mod summary_md;
mod survey;

pub use format::{block, code, fte, hours, inline, range, signed_hours};
pub use summary::{LEAD_IN_QUESTION, bilingual, by_severity, flag_message, summary};
pub use summary_html::{bilingual_html, summary_html};
mod template;

pub use template::{answers_template, answers_template_with_file, describe_condition};
