//! Where files live, and reading and writing them safely.

mod atomic;
mod data_dir;
mod draft_lock;
mod drafts;
mod drafts_counted;
mod folder;
mod open;
mod sweep;

pub use atomic::{write_atomic, write_atomic_private};
pub use data_dir::DataDir;
pub use draft_lock::{Holder, hold_draft, read_holder, release_all_drafts, release_draft};
pub(crate) use drafts::one_line as reason_in_one_line;
pub use drafts::{DraftEntry, list_drafts, load_draft, remove_draft, save_draft};
pub use drafts_counted::{DraftRecord, drafts_as_records};
pub use folder::Folder;
pub use open::{Links, open_append, open_regular};
pub use sweep::{STALE, Swept, sweep, sweep_at};

use std::io::Read;
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};
use crate::i18n::Lang;
use crate::t;

/// The policy titles of the assessments in the data directory, records and drafts, sorted
/// and without repeats: what an evidence entry can say it relates to. Files that cannot
/// be read are left out; listing them is `wia verify`'s job.
pub fn assessment_titles(data: &DataDir, lang: Lang) -> Vec<String> {
    let mut titles: Vec<String> = yaml_files(&data.records())
        .unwrap_or_default()
        .into_iter()
        .filter_map(|(_, path)| crate::record::load_record(&path, lang).ok())
        .filter_map(|(r, _)| r.policy_title().map(|t| t.trim().to_string()))
        .chain(list_drafts(data, lang).into_iter().filter_map(|d| d.title))
        .filter(|t| !t.is_empty())
        .collect();
    titles.sort();
    titles.dedup();
    titles
}

/// Read a UTF-8 text file of the data folder, of at most `limit` bytes: a larger file is
/// refused unread, and so is anything that is not a regular file, or is reached through
/// a link.
pub fn read_text(path: &Path, limit: usize, lang: Lang) -> Result<String> {
    read_with(path, limit, Links::Refuse, lang)
}

/// As `read_text`, for a file the user named themselves: a link to it is followed.
pub fn read_named_text(path: &Path, limit: usize, lang: Lang) -> Result<String> {
    read_with(path, limit, Links::Follow, lang)
}

fn read_with(path: &Path, limit: usize, links: Links, lang: Lang) -> Result<String> {
    let bytes = read_bytes(path, limit, links, lang).map_err(|source| Error::Read {
        path: path.to_path_buf(),
        source,
        lang,
    })?;
    text_of(path, bytes, limit, lang)
}

/// At most one byte more than `limit`, so a larger file is known as such without
/// reading all of it.
pub fn read_bytes(path: &Path, limit: usize, links: Links, lang: Lang) -> std::io::Result<Vec<u8>> {
    read_bytes_meta(path, limit, links, lang).map(|(bytes, _)| bytes)
}

/// As `read_bytes`, with what the handle said of the file when it was opened: the same
/// as a look at the path would have said just before, without another system call.
pub fn read_bytes_meta(
    path: &Path,
    limit: usize,
    links: Links,
    lang: Lang,
) -> std::io::Result<(Vec<u8>, std::fs::Metadata)> {
    let (file, meta) = open::open_regular_meta(path, links, lang)?;
    read_opened(file, meta, limit)
}

/// The bytes of a file opened as `open_regular_meta` opens it, at most one more than
/// `limit`.
fn read_opened(
    mut file: std::fs::File,
    meta: std::fs::Metadata,
    limit: usize,
) -> std::io::Result<(Vec<u8>, std::fs::Metadata)> {
    let len = meta.len();
    // Sized from the handle, one byte over, so a file read whole takes two reads and
    // no copying (a listing reads 40,000 files); one that grew meanwhile still reads
    // whole, up to one byte past the limit, which says it is too big.
    let over = limit.saturating_add(1);
    let size = usize::try_from(len).unwrap_or(usize::MAX);
    let mut bytes = vec![0; size.saturating_add(1).min(over)];
    let mut got = 0;
    loop {
        if got == bytes.len() {
            if got > limit {
                break;
            }
            bytes.resize(got.saturating_mul(2).min(over), 0);
        }
        match file.read(&mut bytes[got..]) {
            Ok(0) => break,
            Ok(n) => got += n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    bytes.truncate(got);
    Ok((bytes, meta))
}

/// The bytes read from `path` as text, with the same refusals as `read_text`.
pub fn text_of(path: &Path, bytes: Vec<u8>, limit: usize, lang: Lang) -> Result<String> {
    if bytes.len() > limit {
        return Err(Error::Invalid(vec![crate::error::Diagnostic::error(
            lang,
            &path.display().to_string(),
            None,
            t!(lang, "domain-file-too-big", max = limit),
        )]));
    }
    String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        let line = 1 + e.as_bytes()[..at].iter().filter(|b| **b == b'\n').count();
        Error::Invalid(vec![crate::error::Diagnostic::error(
            lang,
            &path.display().to_string(),
            Some(crate::locate::Position { line, column: 1 }),
            t!(lang, "domain-file-not-utf8", offset = at),
        )])
    })
}

/// A `*.yaml` entry of a folder, whatever it is: a FIFO or a link named like a record is
/// listed, so reading it can say why it is refused rather than hiding it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Listed {
    /// The name without `.yaml`; a name that is not UTF-8 is shown with stand-ins.
    pub id: String,
    pub path: PathBuf,
    /// False when the name is not UTF-8: no id can name such a file.
    pub name_is_text: bool,
}

/// Every `*.yaml` entry in `dir` but folders and dotfiles (the temporary files of a write
/// that was interrupted), sorted by id.
pub(crate) fn listed_files(dir: &Path) -> std::io::Result<Vec<Listed>> {
    let mut files: Vec<Listed> = std::fs::read_dir(dir)?
        .filter_map(|e| e.ok())
        .filter_map(|e| {
            let name = e.file_name();
            let lossy = name.to_string_lossy();
            let id = lossy.strip_suffix(".yaml")?.to_string();
            // The entry's own type: a link to a folder is listed, and refused on reading.
            let is_dir = e.file_type().is_ok_and(|t| t.is_dir());
            (!id.is_empty() && !id.starts_with('.') && !is_dir).then(|| Listed {
                id,
                path: e.path(),
                name_is_text: name.to_str().is_some(),
            })
        })
        .collect();
    files.sort_by(|a, b| a.id.cmp(&b.id).then_with(|| a.path.cmp(&b.path)));
    Ok(files)
}

/// The `*.yaml` files in `dir` that an id can name, by id, sorted.
pub(crate) fn yaml_files(dir: &Path) -> std::io::Result<Vec<(String, PathBuf)>> {
    Ok(listed_files(dir)?
        .into_iter()
        .filter(|l| l.name_is_text)
        .map(|l| (l.id, l.path))
        .collect())
}

/// What an id argument names among `ids` (sorted): the exact id, else the only one it
/// starts. The one rule for records and drafts alike; an empty argument names nothing.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum IdMatch {
    One(usize),
    None,
    Many(Vec<usize>),
}

pub(crate) fn match_id<'a>(ids: impl IntoIterator<Item = &'a str>, arg: &str) -> IdMatch {
    if arg.is_empty() {
        return IdMatch::None;
    }
    let mut starts = Vec::new();
    for (i, id) in ids.into_iter().enumerate() {
        if id == arg {
            return IdMatch::One(i);
        }
        if id.starts_with(arg) {
            starts.push(i);
        }
    }
    match starts.len() {
        0 => IdMatch::None,
        1 => IdMatch::One(starts[0]),
        _ => IdMatch::Many(starts),
    }
}

/// At most five ids, and how many more there are, for an "ambiguous" message.
pub(crate) fn some_ids(ids: &[&str], lang: Lang) -> (String, String) {
    let n = ids.len();
    let more = if n > 5 {
        format!(" {}", t!(lang, "domain-and-more", count = n - 5))
    } else {
        String::new()
    };
    (ids[..5.min(n)].join(", "), more)
}

/// The one draft file in `dir` named `prefix`, or else the only one whose name starts
/// with it. An exact id wins even when it also starts a longer one.
///
/// The same rule as a RECORD argument on the command line, without its "or a path" part.
pub(crate) fn find_by_id(dir: &Path, prefix: &str, lang: Lang) -> Result<(String, PathBuf)> {
    if prefix.is_empty() {
        return Err(Error::NotFound(t!(lang, "domain-draft-no-id")));
    }
    let files = yaml_files(dir).map_err(|source| {
        if source.kind() == std::io::ErrorKind::NotFound {
            Error::NotFound(t!(
                lang,
                "domain-draft-none-yet",
                prefix = prefix,
                dir = dir.display().to_string()
            ))
        } else {
            Error::Read {
                path: dir.to_path_buf(),
                source,
                lang,
            }
        }
    })?;
    let ids: Vec<&str> = files.iter().map(|(id, _)| id.as_str()).collect();
    match match_id(ids.iter().copied(), prefix) {
        IdMatch::One(i) => Ok(files[i].clone()),
        IdMatch::None => Err(Error::NotFound(t!(
            lang,
            "domain-draft-not-found",
            prefix = prefix,
            dir = dir.display().to_string()
        ))),
        IdMatch::Many(found) => {
            let n = found.len();
            let shown: Vec<&str> = found.iter().map(|i| ids[*i]).collect();
            let (shown, more) = some_ids(&shown, lang);
            Err(Error::NotFound(t!(
                lang,
                "domain-draft-ambiguous",
                prefix = prefix,
                count = n,
                ids = shown,
                more = more
            )))
        }
    }
}
