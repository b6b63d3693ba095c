//! Review mode: the state shared by its four pages (the table of records, one record,
//! a comparison, a response), what its effects bring back, and which page gets a key.

use std::path::PathBuf;

use ratatui::Frame;
use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::Rect;

use super::{review_compare, review_record, review_respond, review_table};
use crate::review::{Column, Entry, Opened, Response, load_index_cached, sort_entries};
use crate::t;
use crate::tui::keymap::{Action, Ctx};
use crate::tui::model::{Home, Model, Screen};
use crate::tui::msg::Effect;
use crate::tui::widgets::text_field::TextField;

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
    Record(Box<review_record::RecordPage>),
    Compare(Box<review_compare::ComparePage>),
    Respond(Box<review_respond::RespondPage>),
}

#[derive(Debug, Clone)]
pub struct ReviewScreen {
    pub entries: Vec<Entry>,
    pub loading: bool,
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
}

impl Default for ReviewScreen {
    fn default() -> Self {
        ReviewScreen {
            entries: Vec::new(),
            loading: true,
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
        }
    }
}

impl ReviewScreen {
    /// Whether keys are text being typed (so `q` or `?` are letters).
    pub fn typing(&self) -> bool {
        match &self.page {
            Page::Table => self.searching,
            Page::Respond(r) => r.typing(),
            _ => false,
        }
    }

    pub fn filter(&self) -> crate::review::Filter {
        crate::review::Filter {
            status: self.status.word().map(str::to_string),
            rating: self.rating.clone(),
            search: self.search.text().to_string(),
        }
    }

    /// Sort the entries and work out which pass the filters, keeping the cursor on the
    /// same record where it still shows.
    pub fn refresh(&mut self) {
        let here = self.current().map(|e| e.id.clone());
        sort_entries(&mut self.entries, self.sort, self.descending);
        let filter = self.filter();
        self.shown = (0..self.entries.len())
            .filter(|&i| filter.matches(&self.entries[i]))
            .collect();
        self.cursor = here
            .and_then(|id| self.shown.iter().position(|&i| self.entries[i].id == id))
            .unwrap_or(self.cursor)
            .min(self.shown.len().saturating_sub(1));
    }

    pub fn current(&self) -> Option<&Entry> {
        self.shown.get(self.cursor).map(|&i| &self.entries[i])
    }

    pub fn entry(&self, id: &str) -> Option<&Entry> {
        self.entries.iter().find(|e| e.id == id)
    }
}

/// Open review mode: an empty table while the list loads.
pub fn enter(m: &mut Model) -> Vec<Effect> {
    m.screen = Screen::Review(Box::default());
    m.overlay = None;
    m.notice = None;
    vec![Effect::Review(ReviewEffect::Load)]
}

/// The list, read at once (for `wia review`, before the first frame), through the
/// list's cache when one is given.
pub fn loaded_now(m: &mut Model, data: &crate::store::DataDir, cache: Option<&std::path::Path>) {
    m.screen = Screen::Review(Box::default());
    on_msg(m, ReviewMsg::Loaded(load_index_cached(data, cache, m.lang)));
}

pub fn on_msg(m: &mut Model, msg: ReviewMsg) -> Vec<Effect> {
    let lang = m.lang;
    let Screen::Review(s) = &mut m.screen else {
        return Vec::new();
    };
    match msg {
        ReviewMsg::Loaded(entries) => {
            s.entries = entries;
            s.loading = false;
            s.refresh();
        }
        ReviewMsg::Opened(Ok(o)) => {
            // A response being written survives going back to read the record again.
            let kept = match std::mem::replace(&mut s.page, Page::Table) {
                Page::Record(r) => r.draft,
                Page::Respond(r) => Some(r),
                _ => None,
            };
            let mut page = review_record::RecordPage::new(*o, lang);
            if let Some(d) = kept
                && d.record_id == page.record.opened.record.id
            {
                page.draft = Some(d);
            }
            s.page = Page::Record(Box::new(page));
            clear_error(m);
        }
        ReviewMsg::Opened(Err(why)) => {
            m.error(t!(lang, "review-tui-cannot-open", why = why.as_str()));
        }
        ReviewMsg::Compared(Ok(pair)) => {
            let (a, b) = *pair;
            s.page = Page::Compare(Box::new(review_compare::ComparePage::new(&a, &b, lang)));
            clear_error(m);
        }
        ReviewMsg::Compared(Err(why)) => {
            m.error(t!(lang, "review-tui-cannot-compare", why = why.as_str()));
        }
        ReviewMsg::Saved(Ok(path)) => {
            let back = match std::mem::replace(&mut s.page, Page::Table) {
                Page::Respond(r) => Some(r.record_path.clone()),
                other => {
                    s.page = other;
                    None
                }
            };
            m.info(t!(lang, "review-tui-saved", file = path.as_str()));
            // Read the record again, so its list of responses includes the new one.
            return back
                .map(|p| vec![Effect::Review(ReviewEffect::Open(p))])
                .unwrap_or_default();
        }
        ReviewMsg::Saved(Err(why)) => {
            m.error(t!(lang, "review-tui-not-saved", why = why.as_str()));
        }
    }
    Vec::new()
}

pub fn update(m: &mut Model, key: KeyEvent) -> Vec<Effect> {
    let Screen::Review(s) = &mut m.screen else {
        return Vec::new();
    };
    match &s.page {
        Page::Table => review_table::update(m, key),
        Page::Record(_) => review_record::update(m, key),
        Page::Compare(_) => {
            let act = m.keys.action(Ctx::ReviewCompare, &key);
            if let Page::Compare(c) = &mut s.page
                && review_compare::update(c, act, m.height)
            {
                s.page = Page::Table;
            }
            Vec::new()
        }
        Page::Respond(_) => review_respond::update(m, key),
    }
}

/// A failure said earlier no longer applies once something opens.
fn clear_error(m: &mut Model) {
    if m.notice.as_ref().is_some_and(|n| n.error) {
        m.notice = None;
    }
}

/// Back to the home screen.
pub fn leave(m: &mut Model) -> Vec<Effect> {
    m.screen = Screen::Home(Home::default());
    vec![Effect::ListDrafts]
}

pub fn view(m: &Model, s: &ReviewScreen, area: Rect, f: &mut Frame) {
    match &s.page {
        Page::Table => review_table::view(m, s, area, f),
        Page::Record(r) => review_record::view(m, r, area, f),
        Page::Compare(c) => review_compare::view(m, c, area, f),
        Page::Respond(r) => review_respond::view(m, r, area, f),
    }
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
