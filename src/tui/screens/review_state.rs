//! Review mode's state: the screen and its four pages as plain data, and the moves they
//! share. The pages (review_table, review_record, review_compare, review_respond) hold how
//! each page is changed and drawn; they and review_mode, which sends each key to its page,
//! all read these types from here, so no page imports the screen that imports it.

use std::path::PathBuf;

use crate::review::{Chains, Column, Entry, Opened};
use crate::scoring::Results;
use crate::tui::component::{Reply, Request};
use crate::tui::keymap::Action;
pub use crate::tui::msg::{OpenedRecord, ReviewEffect, ReviewMsg};
use crate::tui::widgets::text_field::TextField;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StatusFilter {
    All,
    Final,
    Draft,
    Altered,
    Unreadable,
}

impl StatusFilter {
    pub fn next(self) -> Self {
        match self {
            StatusFilter::All => StatusFilter::Final,
            StatusFilter::Final => StatusFilter::Draft,
            StatusFilter::Draft => StatusFilter::Altered,
            StatusFilter::Altered => StatusFilter::Unreadable,
            StatusFilter::Unreadable => StatusFilter::All,
        }
    }

    pub fn word(self) -> Option<&'static str> {
        match self {
            StatusFilter::All => None,
            StatusFilter::Final => Some("final"),
            StatusFilter::Draft => Some("draft"),
            StatusFilter::Altered => Some("altered"),
            StatusFilter::Unreadable => Some("unreadable"),
        }
    }
}

#[derive(Debug, Clone)]
pub enum Page {
    Table,
    Record(Box<RecordPage>),
    Compare(Box<ComparePage>),
    Respond(Box<RespondPage>),
}

#[derive(Debug, Clone)]
pub struct ReviewScreen {
    pub entries: Vec<Entry>,
    pub loading: bool,
    /// Records read so far, of how many, while the list is being read.
    pub reading: Option<(usize, usize)>,
    /// Whether the rows being read go into the table as they come (the first reading),
    /// rather than waiting to replace the rows already shown (a reading again).
    pub filling: bool,
    /// Indices into `entries` that pass the filters, in sorted order.
    pub shown: Vec<usize>,
    pub cursor: usize,
    pub sort: Column,
    pub descending: bool,
    pub status: StatusFilter,
    /// A band id of the bundled questionnaire, or all ratings.
    pub rating: Option<String>,
    pub search: TextField,
    pub searching: bool,
    /// The record marked as the first of a comparison (its id).
    pub marked: Option<String>,
    pub page: Page,
    /// Which record replaces which, worked out from every entry when the list is read.
    pub chains: Chains,
    /// Every revision of each assessment, rather than the latest only.
    pub all_revisions: bool,
}

impl Default for ReviewScreen {
    fn default() -> Self {
        ReviewScreen {
            entries: Vec::new(),
            loading: true,
            reading: None,
            filling: false,
            shown: Vec::new(),
            cursor: 0,
            sort: Column::Date,
            descending: true,
            status: StatusFilter::All,
            rating: None,
            search: TextField::new("", false),
            searching: false,
            marked: None,
            page: Page::Table,
            chains: Chains::default(),
            all_revisions: false,
        }
    }
}

#[derive(Debug, Clone)]
pub struct RecordPage {
    pub record: OpenedRecord,
    /// The record as text, one source line each; wrapped to the width when drawn.
    pub lines: Vec<String>,
    pub scroll: usize,
    /// A response begun and left, kept until it is stored.
    pub draft: Option<Box<RespondPage>>,
    /// The records that replace this one, when it is an old revision.
    pub replaced_by: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Row {
    Heading(String),
    /// A label, the first record's value and the second's, and whether they differ.
    Pair(String, String, String, bool),
    /// A role's weekly hours before and after drawn as bars, on the scale every such row
    /// of the comparison shares.
    Bars(crate::scoring::Estimate, crate::scoring::Estimate),
    /// A line of its own, such as what the bars' shades mean.
    Note(String),
}

#[derive(Debug, Clone, PartialEq)]
pub struct ComparePage {
    pub a: String,
    pub b: String,
    pub rows: Vec<Row>,
    pub scroll: usize,
}

/// What a comment is about.
#[derive(Debug, Clone, PartialEq)]
pub enum Target {
    General,
    Flag {
        id: String,
        /// The flag's message in English and in Welsh (the questionnaire's words), so the
        /// screen says it in its own language, never as an id.
        words: [String; 2],
    },
    Task {
        n: usize,
        description: String,
    },
    /// The title in both languages, so the screen says it in its own, not the record's.
    Section {
        id: String,
        title: crate::text::Text,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    Name,
    Organisation,
    Position,
    Targets,
    Comment,
    /// Low, likely, high minutes and share: 0 to 3.
    Figure(usize),
}

#[derive(Debug, Clone)]
pub struct RespondPage {
    pub record_id: String,
    pub record_path: PathBuf,
    pub record_digest: String,
    pub opened: Box<Opened>,
    pub name: TextField,
    pub organisation: TextField,
    pub position: usize,
    pub targets: Vec<Target>,
    pub target: usize,
    /// One comment field per target.
    pub comments: Vec<TextField>,
    /// Per task (by position from 0): low, likely, high minutes and share, as typed.
    pub figures: Vec<[TextField; 4]>,
    pub focus: Focus,
    pub what_if: Results,
    pub error: Option<String>,
}

/// Back to the home screen.
pub fn leave() -> Reply {
    Reply::request(Request::Home)
}

/// A key that moves a cursor or scroll position: the new position, or `None`.
pub fn moved(act: Option<Action>, at: usize, len: usize, page: usize) -> Option<usize> {
    let last = len.saturating_sub(1);
    let page = page.max(1);
    Some(match act? {
        Action::Up => at.saturating_sub(1),
        Action::Down => (at + 1).min(last),
        Action::PageUp => at.saturating_sub(page),
        Action::PageDown => (at + page).min(last),
        Action::First => 0,
        Action::Last => last,
        _ => return None,
    })
}
