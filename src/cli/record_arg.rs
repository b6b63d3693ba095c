//! A RECORD argument: a path, or an id (or unique start of one) in the data directory.
//! Every command that takes a record resolves it here, by the same rule as a draft's id
//! (`store::match_id`): the exact id first, then the only id it starts. An argument that
//! could be either a file in the current folder or an id is refused rather than guessed.

use std::path::{Path, PathBuf};

use crate::error::{Error, Result};
use crate::i18n::Lang;
use crate::store::{DataDir, IdMatch, match_id, some_ids};
use crate::t;

pub fn resolve(data: &DataDir, arg: &str, lang: Lang) -> Result<PathBuf> {
    if arg.trim().is_empty() {
        return Err(Error::NotFound(t!(lang, "cli-record-empty")));
    }
    // Ids are lower-case letters, digits, `-` and `_`: anything else is a path.
    if !could_be_id(arg) {
        return Ok(PathBuf::from(arg));
    }
    let is_file = std::fs::symlink_metadata(Path::new(arg)).is_ok();
    let dir = data.records();
    let files = match crate::store::yaml_files(&dir) {
        Ok(files) => files,
        Err(_) if is_file => return Ok(PathBuf::from(arg)),
        Err(source) if source.kind() == std::io::ErrorKind::NotFound => {
            return Err(Error::NotFound(t!(
                lang,
                "cli-record-none-yet",
                arg = arg,
                dir = dir.display().to_string()
            )));
        }
        Err(source) => {
            return Err(Error::Read {
                path: dir,
                source,
                lang,
            });
        }
    };
    let ids: Vec<&str> = files.iter().map(|(id, _)| id.as_str()).collect();
    let found = match_id(ids.iter().copied(), arg);
    if is_file && found != IdMatch::None {
        return Err(Error::NotFound(t!(
            lang,
            "cli-record-file-or-id",
            arg = arg,
            dir = dir.display().to_string()
        )));
    }
    match found {
        IdMatch::One(i) => Ok(files[i].1.clone()),
        IdMatch::None if is_file => Ok(PathBuf::from(arg)),
        IdMatch::None => Err(Error::NotFound(t!(
            lang,
            "cli-record-not-found",
            arg = arg,
            dir = dir.display().to_string()
        ))),
        IdMatch::Many(found) => {
            let shown: Vec<&str> = found.iter().map(|i| ids[*i]).collect();
            let (shown, more) = some_ids(&shown, lang);
            Err(Error::NotFound(t!(
                lang,
                "cli-record-ambiguous",
                arg = arg,
                count = found.len(),
                ids = shown,
                more = more
            )))
        }
    }
}

fn could_be_id(arg: &str) -> bool {
    arg.bytes()
        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
}
