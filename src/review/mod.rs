//! Review of saved assessments, for union representatives: the list of records with
//! their integrity, a record read in full, two records compared, and responses that are
//! stored beside a record without ever touching it. No terminal code here.

mod answer_words;
mod cache;
mod chain;
mod diff;
mod diff_text;
mod history;
mod index;
mod markdown;
mod one_file;
mod opened;
mod reading;
mod response;
mod revise;
mod search_words;
mod signed;
mod what_if;

pub use answer_words::{answer_words, number};
pub use cache::{Words, default_cache_path};
pub use chain::{ChainProblem, Chains};
pub use diff::{AnswerChange, RecordDiff, RoleChange, TaskChange, diff_records};
pub use diff_text::diff_text;
pub use history::{Step, history_text, revision_cell, revision_notes, revision_notes_for};
pub use index::{
    Altered, Column, Entry, Filter, Info, Progress, State, load_index, load_index_cached,
    load_index_trusting, load_index_unsearched, load_index_with, sort_entries, state_of,
};
pub use markdown::{integrity_words, record_markdown, responses_markdown};
pub use opened::{Opened, open_record};
pub use reading::reading_words;
pub use response::{
    AltMinutes, Alternative, Comment, MAX_COMMENT_CHARS, MAX_NAME_CHARS, MAX_RESPONSE_BYTES,
    Position, RESPONSE_VERSION, Response, Reviewer, parse_response, read_response, response_files,
    response_path, responses_for, save_response, validate_response,
};
pub use revise::{already_revised, prepare_revision, refuse_fork, start_revision};
#[doc(hidden)]
pub use search_words::search_words;
pub use signed::{Signature, Signed, Verdict, status_word, verdict_short};
pub use what_if::{apply_alternatives, what_if};
