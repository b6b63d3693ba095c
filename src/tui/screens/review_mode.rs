//! Review mode: the state shared by its four pages (the table of records, one record,
//! a comparison, a response), what its effects bring back, and which page gets a key.

use ratatui::Frame;
use ratatui::crossterm::event::{KeyEvent, MouseEvent};
use ratatui::layout::Rect;

pub use super::review_state::{
    ComparePage, Page, RecordPage, RespondPage, ReviewScreen, StatusFilter, leave, moved,
};
pub use super::review_state::{OpenedRecord, ReviewEffect, ReviewMsg};
use super::{review_compare, review_record, review_respond, review_table};
use crate::review::{Chains, Entry, sort_entries};
use crate::t;
use crate::tui::component::{Component, Note, Reply, Request};
use crate::tui::context::Context;
use crate::tui::keymap::Ctx;
use crate::tui::msg::{Effect, SignTarget, Signing};

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
        self.refresh_keeping(here);
    }

    /// As `refresh`, keeping the cursor on the record `here` names.
    fn refresh_keeping(&mut self, here: Option<String>) {
        sort_entries(&mut self.entries, self.sort, self.descending);
        let filter = self.filter();
        // An older revision shows only when asked for; both branches of a fork are latest.
        self.shown = (0..self.entries.len())
            .filter(|&i| self.all_revisions || self.chains.is_latest(&self.entries[i].id))
            .filter(|&i| filter.matches(&self.entries[i]))
            .collect();
        self.cursor = here
            .and_then(|id| self.shown.iter().position(|&i| self.entries[i].id == id))
            .unwrap_or(self.cursor)
            .min(self.shown.len().saturating_sub(1));
    }

    /// Rows read so far join the table in its sort and filters, the cursor staying on
    /// its record; which record replaces which is worked out from those read so far. A
    /// list read again keeps the rows it had until the new list is whole.
    fn read_some(&mut self, done: usize, total: usize, batch: Vec<Entry>) {
        if self.reading.is_none() {
            self.filling = self.entries.is_empty();
        }
        self.reading = Some((done, total));
        if batch.is_empty() || !self.filling {
            return;
        }
        self.entries.extend(batch);
        self.chains = Chains::of(&self.entries);
        self.refresh();
    }

    pub fn current(&self) -> Option<&Entry> {
        self.shown.get(self.cursor).map(|&i| &self.entries[i])
    }

    pub fn entry(&self, id: &str) -> Option<&Entry> {
        self.entries.iter().find(|e| e.id == id)
    }
}

impl ReviewScreen {
    /// What the runtime brought back for review mode.
    pub fn on_msg(&mut self, msg: ReviewMsg, ctx: &Context) -> Reply {
        let lang = ctx.lang;
        match msg {
            ReviewMsg::Reading { done, total, batch } => {
                if self.loading {
                    self.read_some(done, total, batch);
                }
                Reply::default()
            }
            ReviewMsg::Loaded(entries) => {
                // The whole list, as read, replaces the rows that came in as it was read;
                // the cursor's record is named before, as the rows' places change.
                let here = self.current().map(|e| e.id.clone());
                self.chains = Chains::of(&entries);
                self.entries = entries;
                self.loading = false;
                self.reading = None;
                self.filling = false;
                self.refresh_keeping(here);
                Reply::default()
            }
            ReviewMsg::Opened(Ok(o)) => {
                // A response being written survives going back to read the record again.
                let kept = match std::mem::replace(&mut self.page, Page::Table) {
                    Page::Record(r) => r.draft,
                    Page::Respond(r) => Some(r),
                    _ => None,
                };
                let mut page = RecordPage::new(*o, lang);
                let by = self.chains.successors(&page.record.opened.record.id);
                page.replaced_by = (!by.is_empty()).then(|| by.join(", "));
                if let Some(d) = kept
                    && d.record_id == page.record.opened.record.id
                {
                    page.draft = Some(d);
                }
                self.page = Page::Record(Box::new(page));
                Reply::default().with_notice(Note::ClearError)
            }
            ReviewMsg::Opened(Err(why)) => {
                Reply::error(t!(lang, "review-tui-cannot-open", why = why.as_str()))
            }
            ReviewMsg::Compared(Ok(pair)) => {
                let (a, b) = *pair;
                self.page = Page::Compare(Box::new(ComparePage::new(&a, &b, lang)));
                Reply::default().with_notice(Note::ClearError)
            }
            ReviewMsg::Compared(Err(why)) => {
                Reply::error(t!(lang, "review-tui-cannot-compare", why = why.as_str()))
            }
            ReviewMsg::Saved(Ok((path, signing))) => {
                let back = match std::mem::replace(&mut self.page, Page::Table) {
                    Page::Respond(r) => Some(r.record_path.clone()),
                    other => {
                        self.page = other;
                        None
                    }
                };
                // Read the record again, so its list of responses includes the new one.
                let effects = back
                    .map(|p| vec![Effect::Review(ReviewEffect::Open(p))])
                    .unwrap_or_default();
                let stored = t!(lang, "review-tui-saved", file = path.as_str());
                let (notice, request) = match signing {
                    Signing::By(f) => (
                        Note::Info(format!(
                            "{stored} {}",
                            t!(lang, "review-tui-response-signed", fingerprint = f.as_str())
                        )),
                        None,
                    ),
                    Signing::Failed(why) => (
                        Note::Error(t!(
                            lang,
                            "review-tui-response-not-signed",
                            why = why.as_str()
                        )),
                        None,
                    ),
                    Signing::NeedsPassphrase => (
                        Note::Info(stored),
                        Some(Request::AskPassphrase(SignTarget::Response {
                            id: std::path::Path::new(&path)
                                .file_stem()
                                .map(|s| s.to_string_lossy().into_owned())
                                .unwrap_or_default(),
                            file: path.clone().into(),
                        })),
                    ),
                    Signing::NoKey | Signing::Skipped | Signing::Anonymous => {
                        (Note::Info(stored), None)
                    }
                };
                Reply {
                    effects,
                    request,
                    notice: Some(notice),
                }
            }
            ReviewMsg::Saved(Err(why)) => {
                Reply::error(t!(lang, "review-tui-not-saved", why = why.as_str()))
            }
        }
    }

    pub fn paste(&mut self, text: &str) {
        if let Page::Respond(r) = &mut self.page {
            review_respond::paste(r, text);
        } else if self.searching {
            self.search.insert_str(&text.replace(['\r', '\n'], " "));
            self.refresh();
        }
    }
}

impl Component for ReviewScreen {
    fn update(&mut self, key: KeyEvent, ctx: &Context) -> Reply {
        match &mut self.page {
            Page::Table => review_table::update(self, key, ctx),
            Page::Record(_) => review_record::update(self, key, ctx),
            Page::Compare(c) => {
                let act = ctx.keys.action(Ctx::ReviewCompare, &key);
                if review_compare::update(c, act, ctx.height) {
                    self.page = Page::Table;
                }
                Reply::default()
            }
            Page::Respond(_) => review_respond::update(self, key, ctx),
        }
    }

    fn view(&self, f: &mut Frame, area: Rect, ctx: &Context) {
        match &self.page {
            Page::Table => review_table::view(ctx, self, area, f),
            Page::Record(r) => review_record::view(ctx, r, area, f),
            Page::Compare(c) => review_compare::view(ctx, c, area, f),
            Page::Respond(r) => review_respond::view(ctx, r, area, f),
        }
    }

    fn paste(&mut self, text: &str, _ctx: &Context) -> Reply {
        ReviewScreen::paste(self, text);
        Reply::default()
    }

    fn click(&mut self, at: MouseEvent, area: Rect, ctx: &Context) -> Reply {
        match &self.page {
            Page::Table => review_table::click(self, at, area, ctx),
            _ => Reply::default(),
        }
    }
}
