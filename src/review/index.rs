//! The list of records a reviewer browses: one entry a file, read once, keeping only what
//! the list shows and searches. A file that cannot be read stays in the list with the
//! reason, so one broken file never hides the others.

use std::cmp::Ordering;
use std::ops::ControlFlow;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering as AtomicOrdering};
use std::sync::{Mutex, mpsc};

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_yaml::Value;

use super::cache::Words;
use super::one_file::{Folders, Found, Known, Look, known_beside, look, settle};
use crate::record::{Record, Status, canonical_digest};
use crate::store::{DataDir, Listed};
use crate::text::{Lang, inert};

/// Whether a record can be trusted to be what its assessor saved.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum State {
    /// Final, and its content matches its digest.
    Intact,
    /// A draft whose content matches its digest: figures may still change.
    Draft,
    /// Changed after it was saved.
    Altered(Altered),
    /// Not a record `wia` can read; the reason is the reader's message.
    Unreadable(String),
}

/// How an altered record shows that it was changed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Altered {
    /// The content no longer matches the digest stored in it.
    Mismatch,
    /// It carries no digest.
    NoDigest,
    /// Its content has no canonical form (a key that is not text, a number that is not finite).
    Undigestible(String),
    /// The file name is not the id the record holds: it was copied or renamed.
    Renamed { file: String, holds: String },
}

impl State {
    /// The state's word in files and JSON (a contract; not translated).
    pub fn as_str(&self) -> &'static str {
        match self {
            State::Intact => "intact",
            State::Draft => "draft",
            State::Altered(_) => "altered",
            State::Unreadable(_) => "unreadable",
        }
    }

    /// The state in words, for a person.
    pub fn label(&self, lang: Lang) -> String {
        crate::t!(lang, &format!("review-state-{}", self.as_str()))
    }

    /// Why a record is altered or unreadable, for a person.
    pub fn reason(&self, lang: Lang) -> Option<String> {
        match self {
            State::Altered(Altered::Mismatch) => Some(crate::t!(lang, "review-altered-mismatch")),
            State::Altered(Altered::NoDigest) => Some(crate::t!(lang, "review-altered-no-digest")),
            State::Altered(Altered::Undigestible(why)) => Some(crate::t!(
                lang,
                "review-altered-undigestible",
                why = why.as_str()
            )),
            State::Altered(Altered::Renamed { file, holds }) => Some(crate::t!(
                lang,
                "review-altered-renamed",
                file = file.as_str(),
                holds = holds.as_str()
            )),
            State::Unreadable(why) => Some(why.clone()),
            _ => None,
        }
    }

    fn rank(&self) -> u8 {
        match self {
            State::Intact => 0,
            State::Draft => 1,
            State::Altered(_) => 2,
            State::Unreadable(_) => 3,
        }
    }
}

/// What the list shows of a readable record. Text is already made inert.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Info {
    pub title: String,
    /// The title in Welsh when it is a questionnaire's (a survey's response names none of
    /// its own) and the questionnaire has one; empty when the title is the record's own.
    #[serde(default)]
    pub title_cy: String,
    /// The policy area's label (the bundled questionnaire's words where it knows the value).
    pub area: String,
    /// The same in Welsh, where the questionnaire has it.
    #[serde(default)]
    pub area_cy: String,
    pub assessor: String,
    pub organisation: String,
    pub updated: DateTime<FixedOffset>,
    pub status: Status,
    /// The rating's band id as stored; empty for a draft, which stores no results.
    pub rating: String,
    /// The band's label, for display.
    pub rating_label: String,
    /// The largest expected per-person weekly hours of any role, as stored.
    pub weekly: Option<f64>,
    /// The record's own digest, which a revision of it names.
    #[serde(default)]
    pub digest: Option<String>,
    /// What the record says it replaces, when it is a revision; the reason made inert.
    #[serde(default)]
    pub revision: Option<crate::record::Revision>,
    /// Each word of the title and the answers once, lower-cased, for search: the
    /// words rather than the whole text keep 10,000 records' worth small. Empty when
    /// the listing skipped them (`Words::Skip`); kept in a file of their own.
    #[serde(skip)]
    pub search: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    /// The record's id: the file name without `.yaml`.
    pub id: String,
    pub file: PathBuf,
    pub state: State,
    /// Shared: review mode holds each entry twice while the list is read (the screen's
    /// copy, and the reader's for the cache file and the whole list).
    pub info: Option<std::sync::Arc<Info>>,
    /// What the files say of the record's signature and its summary's; None when the
    /// record could not be read at all.
    pub signed: Option<super::signed::Signed>,
    /// The same with the reader's trust applied; set at every listing, never cached.
    pub signature: Option<super::signed::Signature>,
}

/// Read every `*.yaml` file in the records folder. Never fails: a missing folder is an
/// empty list, and each file that cannot be read is an entry saying why.
pub fn load_index(data: &DataDir, lang: Lang) -> Vec<Entry> {
    load_index_cached(data, None, lang)
}

/// As `load_index_trusting`, with the reader's own trusted signers.
pub fn load_index_cached(data: &DataDir, cache: Option<&Path>, lang: Lang) -> Vec<Entry> {
    load_index_trusting(data, cache, &crate::sign::load_trusted(lang), lang)
}

/// As `load_index_cached` without the search words (`Words::Skip`): for what needs only
/// the chains of revisions (opening a record, `wia history`, a revision), which so read
/// a quarter of the cache.
pub fn load_index_unsearched(data: &DataDir, cache: Option<&Path>, lang: Lang) -> Vec<Entry> {
    let trusted = crate::sign::load_trusted(lang);
    load_index_with(data, cache, &trusted, Words::Skip, lang, &mut |_| {
        ControlFlow::Continue(())
    })
    .unwrap_or_default()
}

/// As `load_index`, reusing what `cache` (a file outside the data folder) says about
/// files whose bytes are exactly those it saw: each file is still read and hashed, so an
/// edited record is never taken from the cache, whatever its size or time stamp; the
/// same goes for its signature, its summary and the summary's signature. Who `trusted`
/// names is applied afterwards, to every entry, and never cached.
pub fn load_index_trusting(
    data: &DataDir,
    cache: Option<&Path>,
    trusted: &crate::sign::AllowedSigners,
    lang: Lang,
) -> Vec<Entry> {
    load_index_with(data, cache, trusted, Words::Keep, lang, &mut |_| {
        ControlFlow::Continue(())
    })
    .unwrap_or_default()
}

/// How far a reading of the list has got, with the entries it has just finished.
pub struct Progress<'a> {
    /// Files read so far, of `total`.
    pub done: usize,
    pub total: usize,
    found: &'a [Found],
}

impl Progress<'_> {
    /// The entries finished since the last report (in no particular place in the list),
    /// with the reader's trust already applied.
    pub fn entries(&self) -> impl Iterator<Item = &Entry> {
        self.found.iter().map(|f| &f.entry)
    }
}

/// Files one thread reads between two reports: large enough that reporting costs nothing,
/// small enough that a cold folder's progress moves many times a second and that the
/// threads finish together (a thread left reading the last part alone keeps the others
/// waiting up to one part: about 14 ms of records here, 55 ms at 128).
const CHUNK: usize = 32;

/// As `load_index_trusting`, telling `on_progress` (on the calling thread) how far it
/// has got each time a thread finishes a few files. The list returned is exactly
/// `load_index_trusting`'s, in the same order, and the cache is written the same; when
/// `on_progress` breaks, the files not yet begun are left unread, nothing is cached and
/// there is no list (None): whoever asked has gone. With `Words::Skip` an entry taken
/// from the cache has no search words (`Info::search` is empty).
pub fn load_index_with(
    data: &DataDir,
    cache: Option<&Path>,
    trusted: &crate::sign::AllowedSigners,
    words: Words,
    lang: Lang,
    on_progress: &mut dyn FnMut(Progress<'_>) -> ControlFlow<()>,
) -> Option<Vec<Entry>> {
    let work = crate::store::listed_files(&data.records()).unwrap_or_default();
    let total = work.len();
    let known = known_beside(cache, words, lang);
    // Said before any file is read, so the count is on screen from the start.
    let begun = Progress {
        done: 0,
        total,
        found: &[],
    };
    if on_progress(begun).is_break() {
        return None;
    }
    let parts = chunks(work);
    let at = Folders::open(data);
    let mut slots: Vec<Option<Vec<Found>>> = (0..parts.len()).map(|_| None).collect();
    let queue = Mutex::new(parts.into_iter().enumerate());
    let stop = AtomicBool::new(false);
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .clamp(1, 8)
        .min(slots.len());
    let mut done = 0;
    std::thread::scope(|s| {
        let (tx, rx) = mpsc::channel();
        let handles: Vec<_> = (0..threads)
            .map(|_| {
                let (tx, queue, stop, known, at) = (tx.clone(), &queue, &stop, &known, &at);
                s.spawn(move || {
                    // Each thread takes the next part as it finishes one, so a slow file
                    // holds up only its own part; a cached entry moves into the list.
                    // Parts read before the cache is ready are held and settled once it is
                    // (or when there is nothing else left to read).
                    let mut held = Vec::new();
                    while !stop.load(AtomicOrdering::Relaxed) {
                        let next = queue.lock().unwrap_or_else(|e| e.into_inner()).next();
                        let Some((i, part)) = next else { break };
                        let looks: Vec<Look> =
                            part.iter().map(|f| look(at, f, known, lang)).collect();
                        held.push((i, part, looks));
                        if known.get().is_some() && !send_held(&mut held, &tx, at, known, lang) {
                            return;
                        }
                    }
                    if !stop.load(AtomicOrdering::Relaxed) {
                        send_held(&mut held, &tx, at, known, lang);
                    }
                })
            })
            .collect();
        drop(tx);
        for (i, mut found) in rx {
            for f in &mut found {
                f.entry.signature = f
                    .entry
                    .signed
                    .as_ref()
                    .map(|s| super::signed::Signature::of(s, trusted));
            }
            done += found.len();
            let said = on_progress(Progress {
                done,
                total,
                found: &found,
            });
            slots[i] = Some(found);
            if said.is_break() {
                stop.store(true, AtomicOrdering::Relaxed);
                break;
            }
        }
        // A thread that panicked loses only the part it was reading, as one bad file
        // never hides the others.
        handles.into_iter().for_each(|h| drop(h.join()));
    });
    if stop.load(AtomicOrdering::Relaxed) {
        return None;
    }
    let results: Vec<Found> = slots.into_iter().flatten().flatten().collect();
    let changed = results.len() != total || results.iter().any(|f| f.fresh);
    if let Some(path) = cache
        && changed
    {
        super::cache::write(path, &results, words, lang);
    }
    Some(results.into_iter().map(|f| f.entry).collect())
}

type Part = (usize, Vec<Listed>, Vec<Look>);

/// Settle the parts held and send them; false when no one is listening any more.
fn send_held(
    held: &mut Vec<Part>,
    tx: &mpsc::Sender<(usize, Vec<Found>)>,
    at: &Folders,
    known: &Known,
    lang: Lang,
) -> bool {
    held.drain(..).all(|(i, part, looks)| {
        let found = part
            .iter()
            .zip(looks)
            .map(|(f, l)| settle(at, f, l, known, lang))
            .collect();
        tx.send((i, found)).is_ok()
    })
}

fn chunks<T>(work: Vec<T>) -> Vec<Vec<T>> {
    let mut parts = Vec::new();
    let mut work = work.into_iter().peekable();
    while work.peek().is_some() {
        parts.push(work.by_ref().take(CHUNK).collect());
    }
    parts
}

/// Intact, draft or altered, from the digest alone (layout is not the list's business).
pub fn state_of(record: &Record, file_id: &str, lang: Lang) -> State {
    let actual = match canonical_digest(record, lang) {
        Ok(d) => d,
        Err(why) => return State::Altered(Altered::Undigestible(one_line(&why))),
    };
    match &record.digest {
        None => State::Altered(Altered::NoDigest),
        Some(stored) if *stored != actual => State::Altered(Altered::Mismatch),
        Some(_) if record.id != file_id => State::Altered(Altered::Renamed {
            file: file_id.to_string(),
            holds: record.id.clone(),
        }),
        Some(_) if record.status == Status::Draft => State::Draft,
        Some(_) => State::Intact,
    }
}

pub(super) fn info(record: &Record, data: &DataDir, lang: Lang) -> Info {
    let q = crate::questionnaire::bundled(&record.questionnaire.id);
    // A survey asks for no policy title: its questionnaire's title names it instead, in
    // both languages, so a listing in either shows it in its own.
    let (title, title_cy) = match record.policy_title() {
        Some(own) => (clean(own), String::new()),
        None => questionnaire_title(record, data, lang)
            .map(|q| (clean(q.get(Lang::En)), clean(q.get(Lang::Cy))))
            .unwrap_or_default(),
    };
    let option = |v: &str| {
        q.and_then(|q| q.question("policy_area"))
            .and_then(|question| question.kind.options().iter().find(|o| o.value == v))
    };
    let area_cy = match record.answers.get("policy_area") {
        Some(Value::String(v)) => option(v).map(|o| clean(o.label.get(Lang::Cy))),
        _ => None,
    };
    let area = match record.answers.get("policy_area") {
        Some(Value::String(v)) => {
            option(v).map_or_else(|| clean(v), |o| clean(o.label.get(Lang::En)))
        }
        Some(Value::Mapping(m)) => m
            .get("other")
            .and_then(Value::as_str)
            .or_else(|| m.get("value").and_then(Value::as_str))
            .map(clean)
            .unwrap_or_default(),
        _ => String::new(),
    };
    let (rating, weekly) = match &record.results {
        Some(r) => (
            r.rating.clone(),
            r.roles
                .values()
                .filter(|f| f.affected)
                .map(|f| f.per_person_hours_per_week.expected)
                .max_by(f64::total_cmp),
        ),
        None if record.status == Status::Draft => {
            draft_figures(record, data, lang).unwrap_or_default()
        }
        // A final record without results was not written by wia: no figures to show.
        None => (String::new(), None),
    };
    let rating_label = q
        .and_then(|q| q.band(&rating))
        .map_or_else(|| clean(&rating), |b| clean(b.label.get(Lang::En)));
    let search = super::search_words::search_words(&title, &record.answers);
    Info {
        title,
        title_cy,
        area_cy: area_cy.unwrap_or_else(|| area.clone()),
        area,
        assessor: clean(&record.assessor.name),
        organisation: clean(&record.assessor.organisation),
        updated: record.updated,
        status: record.status,
        rating,
        rating_label,
        weekly,
        digest: record.digest.clone(),
        revision: record.revision.as_ref().map(|r| crate::record::Revision {
            reason: clean(&r.reason),
            ..r.clone()
        }),
        search,
    }
}

/// The title of the questionnaire a record was made with, bundled or kept in the data
/// folder, for a record that has no policy title of its own.
fn questionnaire_title(record: &Record, data: &DataDir, lang: Lang) -> Option<crate::text::Text> {
    use crate::questionnaire::{bundled, load_file, sha256_hex};
    let want = &record.questionnaire;
    if let Some(q) = bundled(&want.id) {
        return Some(q.title.clone());
    }
    thread_local! {
        // Titles by digest: one parse a thread, however many responses use it.
        static TITLES: std::cell::RefCell<std::collections::HashMap<String, Option<crate::text::Text>>> =
            Default::default();
    }
    TITLES.with(|t| {
        t.borrow_mut()
            .entry(want.sha256.clone())
            .or_insert_with(|| {
                let (q, text) = load_file(&data.questionnaire_path(&want.sha256), lang).ok()?;
                (sha256_hex(text.as_bytes()) == want.sha256).then(|| q.title.clone())
            })
            .clone()
    })
}

/// A draft stores no results, so its rating and weekly figure are scored from its answers
/// with the exact questionnaire it was made with (bundled, or the copy kept in the data
/// folder); with any other questionnaire the figures could mislead, so there are none.
fn draft_figures(record: &Record, data: &DataDir, lang: Lang) -> Option<(String, Option<f64>)> {
    use crate::questionnaire::{bundled, bundled_sha256, load_file, sha256_hex};
    let want = &record.questionnaire;
    let bundled_matches = bundled_sha256(&want.id).is_some_and(|sha| sha == want.sha256);
    thread_local! {
        // Kept questionnaires by digest: one parse a thread, however many drafts use it.
        static KEPT: std::cell::RefCell<std::collections::HashMap<String, Option<std::rc::Rc<crate::questionnaire::Questionnaire>>>> =
            Default::default();
    }
    let kept;
    let q = if bundled_matches {
        bundled(&want.id)?
    } else {
        kept = KEPT.with(|k| {
            k.borrow_mut()
                .entry(want.sha256.clone())
                .or_insert_with(|| {
                    let (q, text) = load_file(&data.questionnaire_path(&want.sha256), lang).ok()?;
                    (sha256_hex(text.as_bytes()) == want.sha256).then(|| std::rc::Rc::new(q))
                })
                .clone()
        })?;
        &*kept
    };
    let (answers, _) = crate::answers::parse_answers(q, &record.answers, lang);
    let r = crate::scoring::score(q, &answers, &record.headcounts, record.language);
    let weekly = r
        .roles
        .values()
        .filter(|f| f.affected)
        .map(|f| f.per_person_hours_per_week.expected)
        .max_by(f64::total_cmp);
    Some((r.rating, weekly))
}

/// Every text in the answers: strings, and strings inside lists and mappings.
/// Text from a file on one line with nothing that could drive the terminal.
fn clean(text: &str) -> String {
    one_line(&inert(text))
}

pub(super) fn one_line(text: &str) -> String {
    let line = text.split_whitespace().collect::<Vec<_>>().join(" ");
    inert(&line).into_owned()
}

impl Info {
    /// The title in `lang`.
    pub fn title(&self, lang: Lang) -> &str {
        match lang {
            Lang::Cy if !self.title_cy.is_empty() => &self.title_cy,
            _ => &self.title,
        }
    }

    /// The policy area in `lang`.
    pub fn area(&self, lang: Lang) -> &str {
        match lang {
            Lang::Cy if !self.area_cy.is_empty() => &self.area_cy,
            _ => &self.area,
        }
    }
}

/// Which entries a reviewer wants to see.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    /// `final`, `draft`, or a state (`intact`, `altered`, `unreadable`).
    pub status: Option<String>,
    /// A band id such as `moderate`.
    pub rating: Option<String>,
    /// Words that must all appear in the title or answers (any case).
    pub search: String,
}

impl Filter {
    pub fn matches(&self, e: &Entry) -> bool {
        if let Some(s) = &self.status {
            let s = s.to_lowercase();
            let by_status = e.info.as_ref().is_some_and(|i| i.status.as_str() == s);
            if !(by_status || e.state.as_str() == s) {
                return false;
            }
        }
        if let Some(r) = &self.rating {
            let r = r.to_lowercase();
            if !e
                .info
                .as_ref()
                .is_some_and(|i| i.rating == r || i.rating_label.to_lowercase() == r)
            {
                return false;
            }
        }
        let words: Vec<String> = self
            .search
            .split_whitespace()
            .map(str::to_lowercase)
            .collect();
        if words.is_empty() {
            return true;
        }
        let haystack: &str = match &e.info {
            Some(i) => &i.search,
            None => &e.id,
        };
        words
            .iter()
            .all(|w| haystack.contains(w.as_str()) || e.id.starts_with(w.as_str()))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Column {
    Id,
    Title,
    Area,
    Assessor,
    Date,
    Status,
    Rating,
    Hours,
    Integrity,
    Signature,
}

impl Column {
    /// In the order digits 1 to 9 sort by; the signature, tenth, is sorted from the
    /// command line (`--sort signature`).
    pub const ALL: [Column; 10] = [
        Column::Id,
        Column::Title,
        Column::Area,
        Column::Assessor,
        Column::Date,
        Column::Status,
        Column::Rating,
        Column::Hours,
        Column::Integrity,
        Column::Signature,
    ];
}

/// Sort by `column`; ties keep id order. Entries that cannot be read go last either way.
pub fn sort_entries(entries: &mut [Entry], column: Column, descending: bool) {
    entries.sort_by(|a, b| {
        let (ia, ib) = match (&a.info, &b.info) {
            (Some(x), Some(y)) => (x, y),
            (Some(_), None) => return Ordering::Less,
            (None, Some(_)) => return Ordering::Greater,
            (None, None) => return a.id.cmp(&b.id),
        };
        let o = match column {
            Column::Id => a.id.cmp(&b.id),
            Column::Title => ia.title.to_lowercase().cmp(&ib.title.to_lowercase()),
            Column::Area => ia.area.cmp(&ib.area),
            Column::Assessor => ia.assessor.to_lowercase().cmp(&ib.assessor.to_lowercase()),
            Column::Date => ia.updated.cmp(&ib.updated),
            Column::Status => ia.status.as_str().cmp(ib.status.as_str()),
            // Bands rise with the weekly hours, so the figure orders the ratings too.
            Column::Rating | Column::Hours => cmp_hours(ia.weekly, ib.weekly),
            Column::Integrity => a.state.rank().cmp(&b.state.rank()),
            Column::Signature => sig_rank(a).cmp(&sig_rank(b)),
        };
        let o = if descending { o.reverse() } else { o };
        o.then_with(|| a.id.cmp(&b.id))
    });
}

fn sig_rank(e: &Entry) -> u8 {
    e.signature.as_ref().map_or(u8::MAX, |s| s.verdict().rank())
}

fn cmp_hours(a: Option<f64>, b: Option<f64>) -> Ordering {
    match (a, b) {
        (Some(x), Some(y)) => x.total_cmp(&y),
        (Some(_), None) => Ordering::Greater,
        (None, Some(_)) => Ordering::Less,
        (None, None) => Ordering::Equal,
    }
}
