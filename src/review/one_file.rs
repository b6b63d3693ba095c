//! What one record file gives the list: read and hashed, then taken from the list's
//! cache when the cache saw exactly these bytes, else parsed, digested and its signatures
//! checked. The cache is read on a thread of its own while the first files are read
//! (`known_beside`); a file hashed before it is ready waits in its part (`Look::Hashed`)
//! rather than holding its thread up, and is settled once the cache is there.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock};

use super::cache::{Cached, Words};
use super::index::{Entry, State, info, one_line, state_of};
use super::signed::{Signed, signatures, signatures_without_bytes};
use crate::record::{MAX_RECORD_BYTES, parse_record};
use crate::store::{DataDir, Folder, Links, Listed};
use crate::text::Lang;

/// What one file gave: its entry, its bytes' hash (`bytes_hash`, when they could be
/// read), the key its signatures are kept under, and whether anything was worked out
/// afresh.
pub(super) struct Found {
    pub entry: Entry,
    /// Whether the record itself was read (not its cached details).
    pub parsed: bool,
    pub hash: Option<String>,
    pub sig_key: Option<String>,
    pub fresh: bool,
}

/// What the cache knew of each file, by name, read on a thread of its own beside the
/// records rather than before them (it was a quarter of a warm listing's time). Whoever
/// needs it and has nothing else to do waits for it; a listing that is stopped does not.
pub(super) type Known = Arc<OnceLock<Mutex<HashMap<String, Cached>>>>;

pub(super) fn known_beside(cache: Option<&Path>, words: Words, lang: Lang) -> Known {
    let known: Known = Default::default();
    let (fill, cache): (Known, Option<PathBuf>) = (known.clone(), cache.map(Path::to_path_buf));
    let read = move || {
        let map = std::panic::catch_unwind(|| match &cache {
            Some(c) => super::cache::read(c, words, lang),
            None => HashMap::new(),
        });
        // A cache that could not be read is an empty one, never a wait without end.
        let _ = fill.set(Mutex::new(map.unwrap_or_default()));
    };
    if std::thread::Builder::new().spawn(read.clone()).is_err() {
        read();
    }
    known
}

/// The data folder, with its records and summaries folders held open while a listing
/// reads them (see `store::Folder`).
pub(super) struct Folders {
    pub data: DataDir,
    pub records: Folder,
    pub summaries: Folder,
}

impl Folders {
    pub fn open(data: &DataDir) -> Folders {
        Folders {
            data: data.clone(),
            records: Folder::open(&data.records()),
            summaries: Folder::open(&data.summaries()),
        }
    }
}

/// A file looked at before the cache may be ready.
pub(super) enum Look {
    Done(Box<Found>),
    /// Read and hashed while the cache was still being read: its bytes are let go (a
    /// part's worth would be megabytes) and read again only if the cache cannot stand in.
    Hashed {
        hash: String,
    },
}

/// Read and hash `file`, and finish it if the cache is ready.
pub(super) fn look(at: &Folders, file: &Listed, known: &Known, lang: Lang) -> Look {
    let (bytes, hash) = match read_hashed(at, file, lang) {
        Ok(got) => got,
        Err(why) => return Look::Done(Box::new(failed(file, why))),
    };
    match known.get() {
        Some(map) => {
            let cached = take_cached(map, file, &hash);
            Look::Done(Box::new(finish(at, file, bytes, hash, cached, lang)))
        }
        None => Look::Hashed { hash },
    }
}

/// What `file` gives, waiting for the cache if it is not ready yet.
pub(super) fn settle(at: &Folders, file: &Listed, look: Look, known: &Known, lang: Lang) -> Found {
    let hash = match look {
        Look::Done(found) => return *found,
        Look::Hashed { hash } => hash,
    };
    let mut cached = take_cached(known.wait(), file, &hash);
    if let Some(c) = cached.take() {
        match signatures_without_bytes(&at.data, &file.id, &file.path, sig_of(&c)) {
            Ok((signed, sig_key)) => return from_cache(file, c, signed, hash, sig_key, false),
            Err(_) => cached = Some(c),
        }
    }
    // The signature files changed since, or the cache did not know the file: read again
    // (the bytes may have changed meanwhile too, so they are hashed again).
    match read_hashed(at, file, lang) {
        Err(why) => failed(file, why),
        Ok((bytes, again)) => {
            let cached = cached.filter(|c| c.hash == again);
            finish(at, file, bytes, again, cached, lang)
        }
    }
}

fn unreadable(file: &Listed, why: String) -> Entry {
    Entry {
        id: file.id.clone(),
        file: file.path.clone(),
        state: State::Unreadable(one_line(&why)),
        info: None,
        signed: None,
        signature: None,
    }
}

fn failed(file: &Listed, why: String) -> Found {
    Found {
        entry: unreadable(file, why),
        parsed: false,
        hash: None,
        sig_key: None,
        fresh: true,
    }
}

/// The file's bytes and their hash, or why they cannot be read.
fn read_hashed(at: &Folders, file: &Listed, lang: Lang) -> Result<(Vec<u8>, String), String> {
    if !file.name_is_text {
        return Err(crate::t!(lang, "domain-file-name-not-utf8"));
    }
    let read = match file.path.file_name() {
        Some(name) if file.path.parent() == Some(at.records.path()) => {
            at.records.read_bytes_meta(name, MAX_RECORD_BYTES, lang)
        }
        _ => crate::store::read_bytes_meta(&file.path, MAX_RECORD_BYTES, Links::Refuse, lang),
    };
    match read {
        Ok((bytes, _)) => {
            let hash = bytes_hash(&bytes);
            Ok((bytes, hash))
        }
        Err(e) => Err(crate::error::io_reason(lang, &e)),
    }
}

/// What a file's cached details are kept under: BLAKE3 of its bytes, a cryptographic
/// hash (a stranger must not be able to make an edited record take an intact one's
/// place), and 1.8 times as fast here as SHA-256 (7.7 against 13.9 µs for a 24 KB
/// record), which was a fifth of a warm listing.
fn bytes_hash(bytes: &[u8]) -> String {
    blake3::hash(bytes).to_hex().to_string()
}

/// What was kept holds only for exactly these bytes.
fn take_cached(map: &Mutex<HashMap<String, Cached>>, file: &Listed, hash: &str) -> Option<Cached> {
    let name = file.path.file_name()?.to_str()?;
    let mut map = map.lock().unwrap_or_else(|e| e.into_inner());
    map.remove(name).filter(|c| c.hash == hash)
}

fn sig_of(c: &Cached) -> Option<(String, Signed)> {
    Some((c.sig_key.clone()?, c.signed.clone()?))
}

fn from_cache(
    file: &Listed,
    c: Cached,
    signed: Signed,
    hash: String,
    sig_key: Option<String>,
    fresh: bool,
) -> Found {
    let entry = Entry {
        id: file.id.clone(),
        file: file.path.clone(),
        state: c.state,
        info: c.info,
        signed: Some(signed),
        signature: None,
    };
    Found {
        entry,
        parsed: false,
        hash: Some(hash),
        sig_key,
        fresh,
    }
}

/// The entry of a file read whole: from the cache when it saw these bytes (the
/// signatures are then checked against their own key), else worked out.
fn finish(
    at: &Folders,
    file: &Listed,
    bytes: Vec<u8>,
    hash: String,
    cached: Option<Cached>,
    lang: Lang,
) -> Found {
    let (id, path) = (file.id.as_str(), file.path.as_path());
    let cached_sig = cached.as_ref().and_then(sig_of);
    let (signed, sig_key, sig_fresh) = signatures(at, id, path, &bytes, cached_sig, lang);
    if let Some(c) = cached {
        return from_cache(file, c, signed, hash, sig_key, sig_fresh);
    }
    let e = match crate::store::text_of(path, bytes, MAX_RECORD_BYTES, lang) {
        Err(e) => unreadable(file, crate::store::reason_in_one_line(&e, lang)),
        Ok(text) => match parse_record(&text, &path.display().to_string(), lang) {
            Err(e) => unreadable(file, crate::store::reason_in_one_line(&e, lang)),
            Ok(record) => Entry {
                id: id.to_string(),
                file: path.to_path_buf(),
                state: state_of(&record, id, lang),
                info: Some(Arc::new(info(&record, &at.data, lang))),
                signed: None,
                signature: None,
            },
        },
    };
    Found {
        entry: Entry {
            signed: Some(signed),
            ..e
        },
        parsed: true,
        hash: Some(hash),
        sig_key,
        fresh: true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = "9490d10358";

    /// A copy of the review fixtures, and the listing of one record in it.
    fn folder() -> (tempfile::TempDir, DataDir, Listed) {
        let dir = tempfile::tempdir().unwrap();
        let data = DataDir::new(dir.path());
        std::fs::create_dir_all(data.records()).unwrap();
        let from = format!("tests/fixtures/review/records/{GOOD}.yaml");
        let path = data.records().join(format!("{GOOD}.yaml"));
        std::fs::copy(from, &path).unwrap();
        let file = crate::store::listed_files(&data.records())
            .unwrap()
            .remove(0);
        (dir, data, file)
    }

    /// A cache that knows `found`, as the cache file would after a listing.
    fn knowing(file: &Listed, found: &Found) -> Known {
        let c = Cached {
            hash: found.hash.clone().unwrap(),
            state: found.entry.state.clone(),
            info: found.entry.info.clone(),
            sig_key: found.sig_key.clone(),
            signed: found.entry.signed.clone(),
        };
        let name = file
            .path
            .file_name()
            .unwrap()
            .to_string_lossy()
            .into_owned();
        let known: Known = Default::default();
        let _ = known.set(Mutex::new(HashMap::from([(name, c)])));
        known
    }

    fn ready(map: HashMap<String, Cached>) -> Known {
        let known: Known = Default::default();
        let _ = known.set(Mutex::new(map));
        known
    }

    /// The file looked at and settled with `cache` ready from the start.
    fn read_now(data: &DataDir, file: &Listed, cache: &Known) -> Found {
        let at = Folders::open(data);
        settle(&at, file, look(&at, file, cache, Lang::En), cache, Lang::En)
    }

    /// The file looked at while the cache is still being read, then settled with `cache`.
    fn held_then_settled(data: &DataDir, file: &Listed, cache: &Known) -> Found {
        let waiting: Known = Default::default();
        let at = Folders::open(data);
        let looked = look(&at, file, &waiting, Lang::En);
        assert!(
            matches!(looked, Look::Hashed { .. }),
            "nothing to wait on yet"
        );
        settle(&at, file, looked, cache, Lang::En)
    }

    #[test]
    fn a_file_hashed_before_the_cache_was_ready_is_settled_as_if_it_had_waited() {
        let (_dir, data, file) = folder();
        let fresh = read_now(&data, &file, &ready(HashMap::new()));
        assert!(fresh.parsed);
        let cache = knowing(&file, &fresh);

        // The cache saw these bytes: taken from it, not read again.
        let held = held_then_settled(&data, &file, &cache);
        assert!(!held.parsed);
        assert_eq!(held.entry, fresh.entry);

        // Nothing known: read again, the same.
        let held = held_then_settled(&data, &file, &ready(HashMap::new()));
        assert!(held.parsed);
        assert_eq!(held.entry, fresh.entry);
    }

    #[test]
    fn what_changed_while_a_file_was_held_is_seen_as_a_listing_that_waited_sees_it() {
        let (_dir, data, file) = folder();
        let fresh = read_now(&data, &file, &ready(HashMap::new()));
        let cache = knowing(&file, &fresh);
        let waiting: Known = Default::default();
        let looked = look(&Folders::open(&data), &file, &waiting, Lang::En);

        // The record edited after it was hashed is listed as it was read, like any edit
        // made after a file is read; the next listing reads it afresh.
        let text = std::fs::read_to_string(&file.path).unwrap();
        std::fs::write(&file.path, text.replacen("likely: 135", "likely: 136", 1)).unwrap();
        let settled = settle(&Folders::open(&data), &file, looked, &cache, Lang::En);
        assert_eq!(settled.entry, fresh.entry);
        let next = read_now(&data, &file, &cache);
        assert!(next.parsed);
        let altered = State::Altered(super::super::index::Altered::Mismatch);
        assert_eq!(next.entry.state, altered);

        // A signature put beside it after it was hashed: checked, not taken as unsigned.
        let (_dir, data, file) = folder();
        let fresh = read_now(&data, &file, &ready(HashMap::new()));
        let cache = knowing(&file, &fresh);
        let looked = look(&Folders::open(&data), &file, &waiting, Lang::En);
        std::fs::write(crate::sign::sig_path(&file.path), "not a signature\n").unwrap();
        let settled = settle(&Folders::open(&data), &file, looked, &cache, Lang::En);
        let signed = settled.entry.signed.unwrap();
        assert!(
            matches!(signed.record, crate::sign::Checked::Unreadable { .. }),
            "{signed:?}"
        );
    }
}
