//! `wia`: workload impact assessments of education policy in Wales.
//!
//! The domain (questionnaires, answers, scoring, records, summaries) knows nothing of
//! terminals; the command line in `cli` is one front end over it.

pub mod answers;
pub mod cli;
pub mod config;
pub mod csv_out;
pub mod device;
pub mod dirs;
pub mod document;
pub mod error;
pub mod evidence;
pub mod i18n;
pub mod locate;
pub mod portfolio;
pub mod questionnaire;
pub mod record;
pub mod report;
pub mod review;
pub mod schema_version;
pub mod scoring;
pub mod sign;
pub mod store;
pub mod sync;
pub mod tabulate;
pub mod text;
pub mod tui;
pub mod unique_keys;
pub mod yaml_fast;
pub mod yaml_gate;
pub mod yaml_out;
pub mod yaml_syntax;
