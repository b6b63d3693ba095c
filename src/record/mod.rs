//! Assessment records: what was answered, by whom, with which questionnaire, the results
//! as finalised, and a digest that shows whether the file was changed afterwards; and
//! drafts, the unchecked state of an assessment still being answered.

mod build;
mod canonical;
mod digest;
mod draft;
mod model;
mod read;
mod revise;
mod save;

pub use build::{AnswersFile, AssessorInput, BuildOptions, Built, build_record, new_id};
pub use digest::{
    Integrity, canonical_digest, canonical_digest_via_value, check_file_integrity, check_integrity,
};
pub use draft::{DRAFT_VERSION, Draft, parse_draft};
pub use model::{
    Assessor, QuestionnaireRef, REVISION_SCHEMA_VERSION, Record, Revision, SCHEMA_VERSION, Status,
};
pub(crate) use read::valid_id;
pub use read::{
    MAX_RECORD_BYTES, ResolvedQuestionnaire, load_record, parse_record, parse_record_indexed,
    resolve_questionnaire, typed_answers,
};
pub use revise::{MAX_REASON_CHARS, Revises, check_predecessor, draft_from_record, reason_problem};
pub use save::{Saved, content_id, fresh_id, save_built, save_built_in};
