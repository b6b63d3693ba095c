//! What the list knew about each record file, kept between runs so that 10,000 records
//! list in well under a second. An entry is reused only for a file whose bytes hash to
//! exactly what they did, so an edited record is always read afresh. The cache lives in
//! the user's own cache folder, never in the (possibly shared) data folder, where anyone
//! who could edit a record could also forge what the cache says about it.
//!
//! A record's signatures are kept too, under a second key: the digest of its signature
//! file, its summary and the summary's signature file. That is the cryptography only
//! (does each signature match, made by which key); whom the reader trusts is never kept.
//!
//! The search words are kept in a file of their own beside it (`words_path`), by the
//! record's bytes' hash: they are three quarters of what is kept, and `wia list` without a
//! search never needs them, so it reads a quarter as much (issue 18). They are lines, not
//! JSON: words hold no line break, so nothing needs escaping, and review mode reads them
//! several times as fast.

use crate::i18n::Lang;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::one_file::Found;
use super::signed::Signed;
use super::{Info, State};
use crate::store::DataDir;

/// Bumped whenever what is cached, or how it is worked out, changes (6: signatures; 7: a
/// survey's title in Welsh too; 8: the search words in a file of their own; 9: entries
/// kept under BLAKE3 of the record's bytes, not SHA-256; 10: the words as lines).
const CACHE_VERSION: u32 = 10;

/// Whether a listing needs each record's search words (`Info::search`): a search does;
/// a plain list, a chain of revisions or an export does not, and is spared reading them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Words {
    Keep,
    Skip,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Cached {
    pub hash: String,
    pub state: State,
    pub info: Option<std::sync::Arc<Info>>,
    /// The key `signed` holds for (see `signed::signatures`); both absent for a record
    /// that was unsigned when the cache was written.
    #[serde(default)]
    pub sig_key: Option<String>,
    #[serde(default)]
    pub signed: Option<Signed>,
}

#[derive(Serialize, Deserialize)]
struct CacheFile {
    version: u32,
    /// By file name in the records folder.
    entries: HashMap<String, Cached>,
}

/// Where the cache of `data`'s list lives: `WIA_CACHE_DIR` if set, else the platform
/// cache folder; one file per data folder, named after a digest of its path.
pub fn default_cache_path(data: &DataDir) -> Option<PathBuf> {
    let dir = crate::dirs::cache_dir()?;
    let root = std::fs::canonicalize(&data.root).unwrap_or_else(|_| data.root.clone());
    let key = crate::questionnaire::sha256_hex(root.display().to_string().as_bytes());
    Some(dir.join(format!("review-index-{}.json", &key[..16])))
}

/// Where the search words of the cache at `index` are kept.
pub fn words_path(index: &Path) -> PathBuf {
    words_path_with(index, ".words")
}

fn words_path_with(index: &Path, ext: &str) -> PathBuf {
    let mut name = index.file_stem().unwrap_or_default().to_os_string();
    name.push(ext);
    index.with_file_name(name)
}

/// The first line of the words file: what it is, and its version.
fn words_head() -> String {
    format!("wia search words {CACHE_VERSION}\n")
}

/// The cached entries, or none when there is no cache or it cannot be used. With
/// `Words::Keep` each entry's search words are put back; an entry whose words were not
/// kept is left out, so it is read afresh rather than listed unsearchable.
pub fn read(path: &Path, words: Words, lang: Lang) -> HashMap<String, Cached> {
    // The words are read on a thread of their own beside the index: each is a few tens
    // of milliseconds for 10,000 records, and review mode waits for both.
    let (index, kept) = std::thread::scope(|s| {
        let kept = (words == Words::Keep).then(|| {
            let read = move || read_words(path, lang);
            std::thread::Builder::new()
                .spawn_scoped(s, read)
                .map_err(|_| read)
        });
        let index = read_json::<CacheFile>(path, lang);
        let kept = kept.map(|k| match k {
            Ok(thread) => thread.join().unwrap_or_default(),
            Err(read) => read(),
        });
        (index, kept)
    });
    let Some(c) = index else {
        return HashMap::new();
    };
    let mut entries = c.entries;
    if let Some(mut kept) = kept {
        // Two files with the same bytes share their words: the last to take them moves
        // them out, the others copy.
        let mut uses: HashMap<String, usize> = HashMap::new();
        entries
            .values()
            .for_each(|c| *uses.entry(c.hash.clone()).or_default() += 1);
        entries.retain(|_, c| match c.info.as_mut() {
            None => true,
            Some(info) => match (
                take(&mut kept, &mut uses, &c.hash),
                std::sync::Arc::get_mut(info),
            ) {
                (Some(w), Some(info)) => {
                    info.search = w;
                    true
                }
                _ => false,
            },
        });
    }
    entries
}

fn take(
    kept: &mut HashMap<String, String>,
    uses: &mut HashMap<String, usize>,
    hash: &str,
) -> Option<String> {
    let left = uses.get_mut(hash)?;
    *left -= 1;
    if *left == 0 {
        kept.remove(hash)
    } else {
        kept.get(hash).cloned()
    }
}

/// The words kept beside the cache at `index`, or none.
fn read_words(index: &Path, lang: Lang) -> HashMap<String, String> {
    read_words_file(&words_path(index), lang).unwrap_or_default()
}

/// The words file: its head line, then a line a record, its bytes' hash, a space and its
/// words, and last `end` and how many lines came before it. Anything else (another
/// version, a file cut short, a line out of place) is not used: the records are read
/// afresh instead.
fn read_words_file(path: &Path, lang: Lang) -> Option<HashMap<String, String>> {
    use std::io::BufRead;
    let file = crate::store::open_regular(path, crate::store::Links::Follow, lang).ok()?;
    // Line by line: the words are tens of megabytes for 10,000 records, and holding their
    // text as well as the words themselves would double the memory review mode needs.
    let mut reader = std::io::BufReader::with_capacity(1 << 16, file);
    let mut line = String::new();
    reader.read_line(&mut line).ok()?;
    if line != words_head() {
        return None;
    }
    let mut words = HashMap::new();
    let mut lines = 0usize;
    loop {
        line.clear();
        if reader.read_line(&mut line).ok()? == 0 {
            return None;
        }
        let body = line.strip_suffix('\n')?;
        if let Some(count) = body.strip_prefix("end ") {
            let whole = count.parse::<usize>().ok()? == lines;
            line.clear();
            return (whole && reader.read_line(&mut line).ok()? == 0).then_some(words);
        }
        let (hash, kept) = body.split_once(' ')?;
        words.insert(hash.to_owned(), kept.to_owned());
        lines += 1;
    }
}

/// Written as `read_words_file` reads it. A hash or words that could not be read back as
/// written (a line break in either, a space in the hash) is left out: that record is read
/// afresh next time. None of wia's hold one.
fn write_words(path: &Path, words: &[(&str, std::borrow::Cow<'_, str>)]) {
    use std::io::Write;
    write_atomic(path, |w| {
        w.write_all(words_head().as_bytes())?;
        let mut lines = 0usize;
        for (hash, kept) in words {
            if hash.contains([' ', '\n']) || kept.contains('\n') {
                continue;
            }
            for part in [hash.as_bytes(), b" ", kept.as_bytes(), b"\n"] {
                w.write_all(part)?;
            }
            lines += 1;
        }
        writeln!(w, "end {lines}")
    });
    // Where version 9 kept them, as JSON: tens of megabytes no one will read again.
    let _ = std::fs::remove_file(words_path_with(path, ".words.json"));
}

/// An index of this version (it begins with it, as written by `write_json`), or None.
/// Another version is known from the first bytes, not after parsing megabytes:
/// the first listing after an upgrade would otherwise hold back the records hashed
/// meanwhile, and read each of them twice.
fn read_json<T: serde::de::DeserializeOwned>(path: &Path, lang: Lang) -> Option<T> {
    use std::io::BufRead;
    let file = crate::store::open_regular(path, crate::store::Links::Follow, lang).ok()?;
    // Read as a stream: the words are tens of megabytes for 10,000 records, and holding
    // their text as well as what it says would double the memory the list needs.
    let mut reader = std::io::BufReader::new(file);
    let head = format!("{{\"version\":{CACHE_VERSION},");
    if !reader.fill_buf().ok()?.starts_with(head.as_bytes()) {
        return None;
    }
    serde_json::from_reader(reader).ok()
}

/// What is written: borrowed from the list, so keeping it costs no copy of the list,
/// and written as it is gone through, with no table of its own.
#[derive(Serialize)]
struct CacheFileRef<'a> {
    version: u32,
    entries: EntriesRef<'a>,
}

/// The entries kept, by file name (a folder has no two files of one name).
struct EntriesRef<'a>(&'a [Found]);

impl Serialize for EntriesRef<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_map(kept_ones(self.0).filter_map(entry_ref))
    }
}

#[derive(Serialize)]
struct CachedRef<'a> {
    hash: &'a str,
    state: &'a State,
    info: &'a Option<std::sync::Arc<Info>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    sig_key: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    signed: Option<&'a Signed>,
}

/// Keep what was learned; a cache that cannot be written only costs time next run.
/// Entries taken from the cache by a listing that skipped the words have none: theirs
/// are carried over from the words already kept.
pub(super) fn write(path: &Path, results: &[Found], words: Words, lang: Lang) {
    // Both at once (they are written after the last record is read, while nothing else
    // runs). Words are found by the hash of a record's bytes, so a reader between the two
    // renames finds words for exactly the records they were made from, or reads a record
    // afresh.
    std::thread::scope(|s| {
        let words = || write_words(&words_path(path), &words_of(path, results, words, lang));
        if std::thread::Builder::new().spawn_scoped(s, words).is_err() {
            words();
        }
        let index = CacheFileRef {
            version: CACHE_VERSION,
            entries: EntriesRef(results),
        };
        write_json(path, &index);
    });
}

/// Each kept record's words, by the hash of its bytes (twice for two files with the same
/// bytes, which is harmless). Only a listing that took some entries from the cache
/// without their words reads the words kept before (34 MB for 10,000 records).
fn words_of<'a>(
    path: &Path,
    results: &'a [Found],
    words: Words,
    lang: Lang,
) -> Vec<(&'a str, std::borrow::Cow<'a, str>)> {
    let carried = |f: &Found| !f.parsed && f.entry.info.is_some();
    let mut kept = match words {
        Words::Skip if results.iter().any(carried) => read_words(path, lang),
        _ => HashMap::new(),
    };
    kept_ones(results)
        .filter_map(|f| {
            let hash = f.hash.as_deref()?;
            let info = f.entry.info.as_deref()?;
            let w = match (words, f.parsed) {
                (Words::Skip, false) => kept.remove(hash)?.into(),
                _ => info.search.as_str().into(),
            };
            Some((hash, w))
        })
        .collect()
}

/// A reason is in the language of the run that found it, and a bad file is cheap to
/// refuse again (its size and shape are checked first): only readable ones are kept.
fn kept_ones(results: &[Found]) -> impl Iterator<Item = &Found> {
    results
        .iter()
        .filter(|f| !matches!(f.entry.state, State::Unreadable(_)))
}

fn entry_ref(f: &Found) -> Option<(std::borrow::Cow<'_, str>, CachedRef<'_>)> {
    let e = &f.entry;
    let name = e.file.file_name()?.to_string_lossy();
    let hash = f.hash.as_deref()?;
    let signed = e.signed.as_ref().filter(|s| s.keepable());
    let sig_key = f.sig_key.as_deref().filter(|_| signed.is_some());
    let kept = CachedRef {
        hash,
        state: &e.state,
        info: &e.info,
        sig_key,
        signed: signed.filter(|_| sig_key.is_some()),
    };
    Some((name, kept))
}

/// Streamed to a temporary file and renamed into place, so a reader never sees half of
/// it (and a torn file after a crash is not JSON, so it is ignored).
fn write_json(path: &Path, value: &impl Serialize) {
    write_atomic(path, |w| {
        serde_json::to_writer(w, value).map_err(std::io::Error::other)
    });
}

/// `path` written by `write` to a temporary file beside it, then renamed into place; left
/// as it was when anything fails. Not synced: this is a cache, and each of its files says
/// when it was cut short.
fn write_atomic(
    path: &Path,
    write: impl FnOnce(&mut std::io::BufWriter<std::fs::File>) -> std::io::Result<()>,
) {
    use std::io::Write;
    let Some(dir) = path.parent() else { return };
    let _ = std::fs::create_dir_all(dir);
    let name = path.file_name().unwrap_or_default().to_string_lossy();
    let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let written = std::fs::File::create(&tmp).and_then(|f| {
        let mut w = std::io::BufWriter::with_capacity(1 << 16, f);
        write(&mut w)?;
        w.flush()
    });
    if written.is_err() || std::fs::rename(&tmp, path).is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
}
