//! A RECORD argument: a path, or an id (or unique start of one) in the data directory.

use std::path::PathBuf;

use crate::error::{Error, Result};
use crate::store::DataDir;

pub fn resolve(data: &DataDir, arg: &str) -> Result<PathBuf> {
    let path = PathBuf::from(arg);
    if path.exists() || arg.contains(std::path::MAIN_SEPARATOR) || arg.ends_with(".yaml") {
        return Ok(path);
    }
    let dir = data.records();
    let mut matches: Vec<String> = std::fs::read_dir(&dir)
        .map_err(|source| {
            if source.kind() == std::io::ErrorKind::NotFound {
                Error::NotFound(format!(
                    "no file `{arg}`, and no records in {} yet",
                    dir.display()
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
        0 => Err(Error::NotFound(format!(
            "no file `{arg}` and no record whose id starts with `{arg}` in {}",
            dir.display()
        ))),
        n => Err(Error::NotFound(format!(
            "`{arg}` starts {n} record ids ({}{}); give more of the id",
            matches[..5.min(n)].join(", "),
            if n > 5 {
                format!(" and {} more", n - 5)
            } else {
                String::new()
            }
        ))),
    }
}
