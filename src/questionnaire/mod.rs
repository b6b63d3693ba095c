//! Questionnaires: schema types, loading (bundled or from a file) and validation.

pub mod condition;
mod load;
pub mod model;
mod question;
pub mod texts;
pub mod validate;

pub use load::{
    BUNDLED, DEFAULT_ID, MAX_FILE_BYTES, bundled, bundled_sha256, bundled_text, load_file,
    load_named_file, parse, sha256_hex,
};
pub use model::{Questionnaire, Role, Section};
pub use question::{Question, QuestionKind};
pub use validate::{Finding, validate};
