//! `wia`: workload impact assessments of education policy in Wales.
//!
//! The domain (questionnaires, answers, scoring, records, summaries) knows nothing of
//! terminals; the command line in `cli` is one front end over it.

pub mod answers;
pub mod error;
pub mod locate;
pub mod questionnaire;
pub mod store;
pub mod text;
