//! What the list knew about each record file, kept between runs so that 10,000 records
//! list in well under a second. An entry is reused only for a file whose bytes hash to
//! exactly what they did, so an edited record is always read afresh. The cache lives in
//! the user's own cache folder, never in the (possibly shared) data folder, where anyone
//! who could edit a record could also forge what the cache says about it.
//!
//! A record's signatures are kept too, under a second key: the digest of its signature
//! file, its summary and the summary's signature file. That is the cryptography only
//! (does each signature match, made by which key); whom the reader trusts is never kept.

use crate::i18n::Lang;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::index::Found;
use super::signed::Signed;
use super::{Info, State};
use crate::store::DataDir;

/// Bumped whenever what is cached, or how it is worked out, changes (6: signatures; 7: a
/// survey's title in Welsh too).
const CACHE_VERSION: u32 = 7;

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Cached {
    pub sha256: String,
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

/// The cached entries, or none when there is no cache or it cannot be used.
pub fn read(path: &Path, lang: Lang) -> HashMap<String, Cached> {
    // Read as a stream: the file is tens of megabytes for 10,000 records, and holding
    // its text as well as what it says would double the memory the list needs.
    let Ok(file) = crate::store::open_regular(path, crate::store::Links::Follow, lang) else {
        return HashMap::new();
    };
    match serde_json::from_reader::<_, CacheFile>(std::io::BufReader::new(file)) {
        Ok(c) if c.version == CACHE_VERSION => c.entries,
        _ => HashMap::new(),
    }
}

/// What is written: borrowed from the list, so keeping it costs no copy of the list.
#[derive(Serialize)]
struct CacheFileRef<'a> {
    version: u32,
    entries: HashMap<String, CachedRef<'a>>,
}

#[derive(Serialize)]
struct CachedRef<'a> {
    sha256: &'a str,
    state: &'a State,
    info: &'a Option<std::sync::Arc<Info>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    sig_key: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    signed: Option<&'a Signed>,
}

/// Keep what was learned; a cache that cannot be written only costs time next run. It
/// is streamed to a temporary file and renamed into place, so a reader never sees half
/// of it (and a torn file after a crash is not JSON, so it is ignored).
pub(super) fn write(path: &Path, results: &[Found]) {
    use std::io::Write;
    let entries = results
        .iter()
        // A reason is in the language of the run that found it, and a bad file is cheap to
        // refuse again (its size and shape are checked first): only readable ones are kept.
        .filter(|f| !matches!(f.entry.state, State::Unreadable(_)))
        .filter_map(|f| {
            let e = &f.entry;
            let name = e.file.file_name()?.to_string_lossy().into_owned();
            let sha256 = f.sha256.as_deref()?;
            let signed = e.signed.as_ref().filter(|s| s.keepable());
            let sig_key = f.sig_key.as_deref().filter(|_| signed.is_some());
            Some((
                name,
                CachedRef {
                    sha256,
                    state: &e.state,
                    info: &e.info,
                    sig_key,
                    signed: signed.filter(|_| sig_key.is_some()),
                },
            ))
        })
        .collect();
    let file = CacheFileRef {
        version: CACHE_VERSION,
        entries,
    };
    let Some(dir) = path.parent() else { return };
    let _ = std::fs::create_dir_all(dir);
    let tmp = dir.join(format!(".review-index.{}.tmp", std::process::id()));
    let written = std::fs::File::create(&tmp).map_err(|_| ()).and_then(|f| {
        let mut w = std::io::BufWriter::new(f);
        serde_json::to_writer(&mut w, &file).map_err(|_| ())?;
        w.flush().map_err(|_| ())
    });
    if written.is_err() || std::fs::rename(&tmp, path).is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
}
