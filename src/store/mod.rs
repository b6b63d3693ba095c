//! Where files live, and reading and writing them safely.

mod atomic;
mod data_dir;

pub use atomic::write_atomic;
pub use data_dir::{DataDir, default_data_dir};

use std::io::Read;
use std::path::Path;

use crate::error::{Error, Result};

/// Read a UTF-8 text file of at most `limit` bytes; a larger file is refused unread.
pub fn read_text(path: &Path, limit: usize) -> Result<String> {
    let read_err = |source| Error::Read {
        path: path.to_path_buf(),
        source,
    };
    let file = std::fs::File::open(path).map_err(read_err)?;
    let mut bytes = Vec::new();
    file.take(limit as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(read_err)?;
    if bytes.len() > limit {
        return Err(Error::Invalid(vec![crate::error::Diagnostic::error(
            &path.display().to_string(),
            None,
            format!("file is larger than {limit} bytes; refusing to read it"),
        )]));
    }
    String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        let line = 1 + e.as_bytes()[..at].iter().filter(|b| **b == b'\n').count();
        Error::Invalid(vec![crate::error::Diagnostic::error(
            &path.display().to_string(),
            Some(crate::locate::Position { line, column: 1 }),
            format!("not UTF-8 text (invalid byte at offset {at}); save the file as UTF-8"),
        )])
    })
}
