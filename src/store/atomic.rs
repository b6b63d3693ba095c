//! Writes that never leave a half-written file: temporary file in the same directory,
//! flush, sync, rename over the target, then sync the directory.
//!
//! The temporary file is `.NAME.PID.N.tmp` and its writer holds an exclusive OS lock on it
//! while it writes. A temporary file that can be locked and was last changed minutes ago
//! therefore has no live writer: `sweep` removes those, and never one being written.

use std::io::Write;
use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};

use crate::error::{Error, Result};

/// Tells apart two writes of one file by the same process at once (two threads).
static WRITES: AtomicU64 = AtomicU64::new(0);

pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    let write_err = |source| Error::Write {
        path: path.to_path_buf(),
        source,
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
        let mut file = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&tmp)?;
        file.lock()?;
        file.write_all(bytes)?;
        file.flush()?;
        file.sync_all()?;
        // Closed before the rename, which Windows needs; a sweep leaves so new a file alone.
        drop(file);
        std::fs::rename(&tmp, path)?;
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
