//! What happens (`Msg`) and what the runtime is asked to do about it (`Effect`).

use ratatui::crossterm::event::{KeyEvent, MouseEvent};

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
    /// A click or a turn of the wheel (moves and drags are not passed on).
    Mouse(MouseEvent),
    /// A draft was written (the time, as HH:MM:SS) or could not be.
    DraftSaved {
        manual: bool,
        result: Result<String, String>,
    },
    /// A draft chosen on the home screen was read.
    Opened(Result<Box<(Assessment, Vec<String>)>, String>),
    /// The record and summary were written, or why not.
    Finalised(Result<Finished, String>),
    /// A revision's draft was made from a record and opened, or why not.
    Revising(Result<Box<(Assessment, Vec<String>)>, String>),
    /// A revision of this record is already begun in this draft: offer to resume it.
    RevisionBegun {
        draft: String,
        record: String,
    },
    /// Saved files were signed with a passphrase typed in, or why not.
    Signed(SignTarget, Signing),
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
    /// Where the folder stands with the folder it is shared through.
    SyncStatus(super::sharing::Sharing),
    /// The sync under way has reached this stage.
    SyncStage(crate::sync::Stage),
    /// The sync finished: what it moved, or why it could not, in words.
    Synced(Result<Box<Synced>, String>),
    /// The cumulative workload, and the files left out of it (in words).
    Portfolio(Box<(crate::portfolio::Portfolio, Vec<String>)>),
}

/// What a sync did, in words made where it ran (in the language asked for then).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Synced {
    /// "Arrived: … Sent: …"
    pub moved: String,
    /// Each record or response that arrived with a signature or digest that does not
    /// hold: its file and what is wrong.
    pub flagged: Vec<String>,
    /// Files here that were not sent, and why.
    pub held: Vec<String>,
}

impl Synced {
    pub fn from_outcome(o: &crate::sync::Outcome, lang: crate::i18n::Lang) -> Self {
        let inert = |s: &str| crate::text::inert(s).into_owned();
        Synced {
            moved: crate::sync::words::moved(&o.arrived, &o.sent, lang),
            flagged: o
                .flagged
                .iter()
                .map(|f| format!("{}: {}", inert(&f.path), inert(&f.words)))
                .collect(),
            held: o
                .held
                .iter()
                .map(|(path, why)| {
                    format!("{}: {}", inert(path), crate::sync::words::held(why, lang))
                })
                .collect(),
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Finished {
    pub id: String,
    pub record: String,
    pub summary: String,
    pub rating: String,
    pub flags: usize,
    /// The record this one revises, when it is a revision.
    pub revises: Option<String>,
    pub signing: Signing,
    /// The questionnaire's closing text, in the language of the answers.
    pub closing: Option<String>,
}

/// Where signing saved files stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Signing {
    /// No signing key is set up.
    NoKey,
    /// An anonymous response, which a signature would name: never signed.
    Anonymous,
    /// Signed with the key of this fingerprint.
    By(String),
    /// The key is protected and no passphrase was at hand: the interface asks for one.
    NeedsPassphrase,
    /// The person chose not to type the passphrase.
    Skipped,
    /// A key is set up but could not sign: why.
    Failed(String),
}

impl From<crate::sign::Signed> for Signing {
    fn from(s: crate::sign::Signed) -> Self {
        match s {
            crate::sign::Signed::NoKey => Signing::NoKey,
            crate::sign::Signed::By(f) => Signing::By(f),
            crate::sign::Signed::Failed(why) => Signing::Failed(why),
        }
    }
}

/// What is to be signed once a passphrase is typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SignTarget {
    Record {
        id: String,
        record: PathBuf,
        summary: PathBuf,
    },
    Response {
        id: String,
        file: PathBuf,
    },
}

/// A passphrase being typed or passed on: never printed (its `Debug` hides it), wiped
/// from memory when dropped, and of a fixed capacity so growing it leaves no copy behind.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    /// Longer passphrases are refused rather than moved to a larger buffer.
    pub const MAX_BYTES: usize = 1024;

    pub fn new() -> Self {
        Secret(String::with_capacity(Self::MAX_BYTES))
    }

    /// Add a character; false when it would not fit.
    pub fn push(&mut self, c: char) -> bool {
        if self.0.len() + c.len_utf8() > Self::MAX_BYTES {
            return false;
        }
        self.0.push(c);
        true
    }

    pub fn pop(&mut self) {
        self.0.pop();
    }

    pub fn chars(&self) -> usize {
        self.0.chars().count()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl Default for Secret {
    fn default() -> Self {
        Secret::new()
    }
}

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Secret(hidden)")
    }
}

impl Drop for Secret {
    fn drop(&mut self) {
        zeroize::Zeroize::zeroize(&mut self.0);
    }
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
    /// Build the record and summary exactly as `wia new` does (with the reason a revision
    /// gives, `Assessment::reason`), write both, remove the draft, then sign them if a key
    /// is set up.
    Finalise(Box<Assessment>),
    /// Start a revision of the record at this path, as `wia revise` does, and open it.
    Revise(PathBuf),
    /// Sign saved files with the key unlocked by this passphrase.
    Sign(SignTarget, Secret),
    /// Load, open, compare or save for review mode (see `runtime_review`).
    Review(ReviewEffect),
    /// Sync the data folder with the folder it is shared through, beside the screen
    /// (see `sync_worker`).
    Sync,
    /// Look up where the folder stands with the folder it is shared through.
    SyncStatus,
    /// Read every final record for the cumulative workload.
    Portfolio,
    Quit,
}

/// What the runtime brings back for review mode.
#[derive(Debug, Clone)]
pub enum ReviewMsg {
    /// How far the list's reading has got, with the entries read since the last report;
    /// `Loaded` follows with the whole list.
    Reading {
        done: usize,
        total: usize,
        batch: Vec<Entry>,
    },
    Loaded(Vec<Entry>),
    Opened(Result<Box<OpenedRecord>, String>),
    Compared(Result<Box<(Opened, Opened)>, String>),
    /// A response was stored (its path, and how signing it went), or why not.
    Saved(Result<(String, Signing), String>),
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
    /// The record's place in its chain: what replaces it, responses on earlier revisions,
    /// any problem in the chain (as `wia show` says them).
    pub notes: Vec<String>,
}
