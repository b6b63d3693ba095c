//! A RECORD argument: a path, or an id (or unique start of one) in the data directory.

use std::path::PathBuf;

use crate::error::{Error, Result};
use crate::i18n::current;
use crate::store::DataDir;
use crate::t;

pub fn resolve(data: &DataDir, arg: &str) -> Result<PathBuf> {
    let path = PathBuf::from(arg);
    if path.exists() || arg.contains(std::path::MAIN_SEPARATOR) || arg.ends_with(".yaml") {
        return Ok(path);
    }
    let dir = data.records();
    let mut matches: Vec<String> = std::fs::read_dir(&dir)
        .map_err(|source| {
            if source.kind() == std::io::ErrorKind::NotFound {
                Error::NotFound(t!(
                    current(),
                    "cli-record-none-yet",
                    arg = arg,
                    dir = dir.display().to_string()
                ))
            } else {
                Error::Read {
                    path: dir.clone(),
                    source,
                }
            }
        })?
        .filter_map(|e| e.ok())
        .filter_map(|e| {
            e.file_name()
                .to_str()
                .and_then(|n| n.strip_suffix(".yaml"))
                .map(str::to_string)
        })
        .filter(|id| id.starts_with(arg))
        .collect();
    matches.sort();
    match matches.len() {
        1 => Ok(data.record_path(&matches[0])),
        0 => Err(Error::NotFound(t!(
            current(),
            "cli-record-not-found",
            arg = arg,
            dir = dir.display().to_string()
        ))),
        n => Err(Error::NotFound(t!(
            current(),
            "cli-record-ambiguous",
            arg = arg,
            count = n,
            ids = matches[..5.min(n)].join(", "),
            more = if n > 5 {
                format!(" {}", t!(current(), "domain-and-more", count = n - 5))
            } else {
                String::new()
            }
        ))),
    }
}
