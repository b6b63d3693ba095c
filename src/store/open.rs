//! Opening files that may have been put there by a stranger. A shared data folder can
//! hold anything with a file's name: a FIFO that blocks the first read forever, a device,
//! or a link to a file the reader can see and the writer cannot. So a file is opened only
//! when it is a regular file, without blocking, and (in the data folder) never through a
//! symbolic link; the handle itself is checked after opening, so a file swapped between
//! the look and the open is still caught.

use std::fs::{File, OpenOptions};
use std::io;
use std::path::Path;

use crate::i18n::Lang;
use crate::t;

/// Whether a link in the last part of the path may be followed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Links {
    /// Files in the data folder: a link there is refused, and so is a linked folder
    /// holding the file.
    Refuse,
    /// A file the user named on the command line, or their own settings: where it
    /// points is their choice. What it points at must still be a regular file.
    Follow,
}

/// Open `path` to read.
pub fn open_regular(path: &Path, links: Links, lang: Lang) -> io::Result<File> {
    open_regular_meta(path, links, lang).map(|(file, _)| file)
}

/// As `open_regular`, with what the handle said of the file when it was opened.
pub fn open_regular_meta(
    path: &Path,
    links: Links,
    lang: Lang,
) -> io::Result<(File, std::fs::Metadata)> {
    let mut options = OpenOptions::new();
    options.read(true);
    guard(&mut options, links);
    let opened = if NO_FOLLOW_OPEN && links == Links::Refuse {
        // The open refuses a link, and the handle check anything else, so the look comes
        // only after a failure, for its clearer message (a socket cannot be opened at
        // all): a listing of 10,000 records is spared 40,000 calls (issue 18). A file the
        // user named (`Links::Follow`) is still looked at first, so what a link points at
        // is never opened unless it is a regular file.
        check_folder(path, links, lang)?;
        options
            .open(path)
            .map_err(|e| match check_path(path, links, lang) {
                Err(clearer) => clearer,
                Ok(()) => refused_link(e, links, lang),
            })?
    } else {
        check_path(path, links, lang)?;
        options
            .open(path)
            .map_err(|e| refused_link(e, links, lang))?
    };
    let meta = check_handle(&opened, lang)?;
    Ok((opened, meta))
}

/// Whether opening can refuse a link itself (see `guard`).
const NO_FOLLOW_OPEN: bool = cfg!(unix);

/// Open `path` to append to it, creating it when it is not there yet. The same checks
/// as reading, so an append can neither block on a FIFO nor write through a link.
pub fn open_append(path: &Path, lang: Lang) -> io::Result<File> {
    check_path(path, Links::Refuse, lang)?;
    let mut options = OpenOptions::new();
    options.read(true).append(true).create(true);
    guard(&mut options, Links::Refuse);
    let file = options
        .open(path)
        .map_err(|e| refused_link(e, Links::Refuse, lang))?;
    check_handle(&file, lang)?;
    Ok(file)
}

/// The look before opening: it gives the clearer message, and is the only check on
/// platforms without a no-follow open.
pub(super) fn check_path(path: &Path, links: Links, lang: Lang) -> io::Result<()> {
    check_folder(path, links, lang)?;
    let meta = match links {
        Links::Refuse => std::fs::symlink_metadata(path),
        Links::Follow => std::fs::metadata(path),
    };
    match meta {
        Ok(m) if m.file_type().is_symlink() => Err(not_regular(t!(lang, "domain-file-is-link"))),
        Ok(m) if !m.is_file() => Err(kind_error(&m, lang)),
        Ok(_) => Ok(()),
        // Opening says why (not found, permission denied) in the system's usual words.
        Err(_) => Ok(()),
    }
}

/// A folder holding files from the data folder must not be a link either.
fn check_folder(path: &Path, links: Links, lang: Lang) -> io::Result<()> {
    if links == Links::Refuse
        && let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty())
        && std::fs::symlink_metadata(parent).is_ok_and(|m| m.file_type().is_symlink())
    {
        return Err(not_regular(t!(lang, "domain-folder-is-link")));
    }
    Ok(())
}

/// The handle's file is a regular one; what the handle says of it.
pub(super) fn check_handle(file: &File, lang: Lang) -> io::Result<std::fs::Metadata> {
    let m = file.metadata()?;
    if m.is_file() {
        Ok(m)
    } else {
        Err(kind_error(&m, lang))
    }
}

#[cfg(unix)]
fn guard(options: &mut OpenOptions, links: Links) {
    use std::os::unix::fs::OpenOptionsExt;
    // Non-blocking, so opening a FIFO returns at once and the handle check refuses it.
    let mut flags = libc::O_NONBLOCK;
    if links == Links::Refuse {
        flags |= libc::O_NOFOLLOW;
    }
    options.custom_flags(flags);
}

#[cfg(not(unix))]
fn guard(_options: &mut OpenOptions, _links: Links) {}

/// A no-follow open of a link fails with "too many levels of links" (ELOOP); say what
/// it means instead.
pub(super) fn refused_link(e: io::Error, links: Links, lang: Lang) -> io::Error {
    #[cfg(unix)]
    if links == Links::Refuse && e.raw_os_error() == Some(libc::ELOOP) {
        return not_regular(t!(lang, "domain-file-is-link"));
    }
    // Only Unix reports a refused link this way.
    let _ = (links, lang);
    e
}

fn kind_error(m: &std::fs::Metadata, lang: Lang) -> io::Error {
    let kind = if m.is_dir() {
        return io::Error::from(io::ErrorKind::IsADirectory);
    } else if m.file_type().is_symlink() {
        "link"
    } else {
        other_kind(m)
    };
    not_regular(t!(lang, "domain-not-regular-file", kind = kind))
}

#[cfg(unix)]
fn other_kind(m: &std::fs::Metadata) -> &'static str {
    use std::os::unix::fs::FileTypeExt;
    let t = m.file_type();
    if t.is_fifo() {
        "fifo"
    } else if t.is_socket() {
        "socket"
    } else if t.is_char_device() || t.is_block_device() {
        "device"
    } else {
        "other"
    }
}

#[cfg(not(unix))]
fn other_kind(_m: &std::fs::Metadata) -> &'static str {
    "other"
}

/// The reason is already in the user's language, so it is shown as it is.
fn not_regular(reason: String) -> io::Error {
    io::Error::new(io::ErrorKind::InvalidInput, reason)
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    #[test]
    fn a_fifo_is_refused_without_blocking_and_a_link_only_where_links_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("f.yaml");
        let made = std::process::Command::new("mkfifo").arg(&fifo).status();
        if made.is_ok_and(|s| s.success()) {
            let e = open_regular(&fifo, Links::Follow, crate::i18n::Lang::En).unwrap_err();
            assert_eq!(e.kind(), io::ErrorKind::InvalidInput, "{e}");
        }
        let real = dir.path().join("real.yaml");
        std::fs::write(&real, "a: 1\n").unwrap();
        let link = dir.path().join("link.yaml");
        std::os::unix::fs::symlink(&real, &link).unwrap();
        assert!(open_regular(&link, Links::Follow, crate::i18n::Lang::En).is_ok());
        let e = open_regular(&link, Links::Refuse, crate::i18n::Lang::En).unwrap_err();
        assert_eq!(e.kind(), io::ErrorKind::InvalidInput, "{e}");
        assert!(open_append(&link, crate::i18n::Lang::En).is_err());
        assert_eq!(std::fs::read_to_string(&real).unwrap(), "a: 1\n");
    }
}
