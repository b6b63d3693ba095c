//! Writes that never leave a half-written file: temporary file in the same directory,
//! flush, sync, rename over the target, then sync the directory (on Unix; Windows has no
//! directory sync, and its rename is durable once it returns).
//!
//! The temporary file is `.NAME.PID.N.tmp` and its writer holds an exclusive OS lock on it
//! while it writes. A temporary file that can be locked and was last changed minutes ago
//! therefore has no live writer: `sweep` removes those, and never one being written.

use crate::i18n::Lang;
use std::io::{self, Write};
use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use crate::error::{Error, Result};

/// Tells apart two writes of one file by the same process at once (two threads).
static WRITES: AtomicU64 = AtomicU64::new(0);

pub fn write_atomic(path: &Path, bytes: &[u8], lang: Lang) -> Result<()> {
    write_atomic_with(path, bytes, false, lang)
}

/// As `write_atomic`, for a secret (a private key): on Unix the file is readable by its
/// owner only from the moment it exists, never widened later. On Windows a file in the
/// user's own profile folders is already theirs alone.
pub fn write_atomic_private(path: &Path, bytes: &[u8], lang: Lang) -> Result<()> {
    write_atomic_with(path, bytes, true, lang)
}

fn write_atomic_with(path: &Path, bytes: &[u8], private: bool, lang: Lang) -> Result<()> {
    let write_err = |source| Error::Write {
        path: path.to_path_buf(),
        source,
        lang,
    };
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    std::fs::create_dir_all(dir).map_err(write_err)?;
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "file".into());
    let n = WRITES.fetch_add(1, Ordering::Relaxed);
    let tmp = dir.join(format!(".{name}.{}.{n}.tmp", std::process::id()));
    let result = (|| -> std::io::Result<()> {
        // A new file, never one found there: a link planted under the temporary name
        // would otherwise be followed and the file it points to overwritten.
        let _ = std::fs::remove_file(&tmp);
        let mut options = std::fs::OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        if private {
            use std::os::unix::fs::OpenOptionsExt;
            options.mode(0o600);
        }
        #[cfg(not(unix))]
        let _ = private;
        let mut file = options.open(&tmp)?;
        file.lock()?;
        file.write_all(bytes)?;
        file.flush()?;
        file.sync_all()?;
        // Closed before the rename, which Windows needs; a sweep leaves so new a file alone.
        drop(file);
        rename_over(&tmp, path, lang)?;
        // The rename is durable only once the directory entry is on disk.
        #[cfg(unix)]
        if let Ok(d) = std::fs::File::open(dir) {
            let _ = d.sync_all();
        }
        Ok(())
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result.map_err(write_err)
}

/// How long a rename refused because the target is held open is tried again for.
const PATIENCE: Duration = Duration::from_secs(1);

/// Windows will not replace a file another program has open without letting others
/// delete it: an editor or spreadsheet showing it, or a virus scanner or the search
/// indexer reading it for a moment. The brief holds are waited out; a lasting one is
/// reported as what it is, not as a bare "access denied".
fn rename_over(tmp: &Path, path: &Path, lang: Lang) -> io::Result<()> {
    let mut waited = Duration::ZERO;
    let mut pause = Duration::from_millis(10);
    loop {
        match std::fs::rename(tmp, path) {
            Err(e) if held_open(&e) => {
                if waited >= PATIENCE {
                    return Err(in_use(&e, lang));
                }
                std::thread::sleep(pause);
                waited += pause;
                pause = (pause * 2).min(Duration::from_millis(200));
            }
            other => return other,
        }
    }
}

/// ERROR_ACCESS_DENIED (what replacing an open file gives), ERROR_SHARING_VIOLATION and
/// ERROR_LOCK_VIOLATION.
#[cfg(windows)]
fn held_open(e: &io::Error) -> bool {
    matches!(e.raw_os_error(), Some(5 | 32 | 33))
}

/// Elsewhere a rename replaces a file whoever has it open.
#[cfg(not(windows))]
fn held_open(_e: &io::Error) -> bool {
    false
}

/// Access denied also means a read-only file or a folder the user may not change, so
/// the message names those too.
fn in_use(e: &io::Error, lang: Lang) -> io::Error {
    let id = if e.raw_os_error() == Some(5) {
        "store-file-in-use-or-read-only"
    } else {
        "store-file-in-use"
    };
    io::Error::new(io::ErrorKind::ResourceBusy, crate::t!(lang, id))
}
