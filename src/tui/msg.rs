//! What happens (`Msg`) and what the runtime is asked to do about it (`Effect`).

use ratatui::crossterm::event::KeyEvent;

use super::assessment::Assessment;
use crate::config::Config;
use crate::record::Draft;
use crate::review::{Entry, Opened, Response};
use std::path::PathBuf;

#[derive(Debug, Clone)]
pub enum Msg {
    Key(KeyEvent),
    Paste(String),
    /// Letters typed faster than one frame, in order: taken as one edit when they go into
    /// a text field, else as the keys they are.
    Typed(Vec<KeyEvent>),
    Resize(u16, u16),
    /// A draft was written (the time, as HH:MM:SS) or could not be.
    DraftSaved {
        manual: bool,
        result: Result<String, String>,
    },
    /// A draft chosen on the home screen was read.
    Opened(Result<Box<(Assessment, Vec<String>)>, String>),
    /// The record and summary were written, or why not.
    Finalised(Result<Finished, String>),
    /// Something the runtime could not do that the person should know about.
    Failed(String),
    /// The evidence entry was appended (its id), or why not.
    Logged(Result<String, String>),
    /// The evidence log was read (its entries and the number of lines skipped), or why not.
    Evidence(Result<Box<(Vec<crate::evidence::Entry>, usize)>, String>),
    /// The titles of saved assessments, for the evidence form's policy field.
    Titles(Vec<String>),
    /// The drafts in the data directory, listed again.
    Drafts(Vec<crate::store::DraftEntry>),
    /// What review mode asked for, done.
    Review(ReviewMsg),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Finished {
    pub id: String,
    pub record: String,
    pub summary: String,
    pub rating: String,
    pub flags: usize,
}

#[derive(Debug, Clone)]
pub enum Effect {
    /// Write the draft now (atomic). `manual` when the person asked (Ctrl-S).
    SaveDraft {
        draft: Box<Draft>,
        manual: bool,
    },
    SaveConfig(Config),
    OpenDraft(String),
    /// Start a new assessment of the default questionnaire with this assessor.
    Start {
        name: String,
        organisation: String,
    },
    ListDrafts,
    /// Append a checked evidence entry to the log.
    LogEvidence(Box<crate::evidence::Fields>),
    /// Read the evidence log, to show it while estimating.
    LoadEvidence,
    /// List the titles of saved assessments (records and drafts).
    ListTitles,
    /// Build the record and summary exactly as `wia new` does, write both, remove the draft.
    Finalise(Box<Assessment>),
    /// Load, open, compare or save for review mode (see `runtime_review`).
    Review(ReviewEffect),
    Quit,
}

/// What the runtime brings back for review mode.
#[derive(Debug, Clone)]
pub enum ReviewMsg {
    Loaded(Vec<Entry>),
    Opened(Result<Box<OpenedRecord>, String>),
    Compared(Result<Box<(Opened, Opened)>, String>),
    /// A response was stored (its path), or why not.
    Saved(Result<String, String>),
}

/// What review mode asks the runtime to do.
#[derive(Debug, Clone)]
pub enum ReviewEffect {
    Load,
    Open(PathBuf),
    Compare(PathBuf, PathBuf),
    /// Check the response against the record as it is on disk now, then store it.
    Save {
        record: PathBuf,
        response: Box<Response>,
    },
}

/// A record opened for reading, with the responses already stored for it.
#[derive(Debug, Clone)]
pub struct OpenedRecord {
    pub opened: Opened,
    /// Each response as `name, organisation: position`, or why it cannot be read.
    pub responses: Vec<String>,
}
