//! This computer's device id: a short random name made once and kept in the user's
//! settings folder (never in the data folder, which is shared). It names the evidence
//! file this computer appends to, so two computers syncing one folder never write the same
//! file.

use std::path::{Path, PathBuf};

use crate::error::{Error, Result};
use crate::i18n::Lang;
use crate::t;

pub const DEVICE_FILE: &str = "device-id";

/// This computer's id, made on first use.
pub fn device_id(lang: Lang) -> Result<String> {
    let dir = crate::dirs::config_dir()
        .ok_or_else(|| Error::NotFound(t!(lang, "domain-device-no-settings")))?;
    device_id_in(&dir, lang)
}

/// The id kept in `dir`, made there when it has none (or only a damaged one).
pub fn device_id_in(dir: &Path, lang: Lang) -> Result<String> {
    let path = dir.join(DEVICE_FILE);
    if let Some(id) = read_id(&path, lang) {
        return Ok(id);
    }
    let id = fresh_id();
    let write_err = |source| Error::Write {
        path: path.clone(),
        source,
        lang,
    };
    std::fs::create_dir_all(dir).map_err(write_err)?;
    // Written whole under a temporary name, then linked in: a link never replaces a file,
    // so two processes starting at once agree on the one that got there first.
    let tmp = dir.join(format!(".{DEVICE_FILE}.{}.tmp", std::process::id()));
    crate::store::write_atomic(&tmp, format!("{id}\n").as_bytes(), lang)?;
    let linked = std::fs::hard_link(&tmp, &path);
    let _ = std::fs::remove_file(&tmp);
    match linked {
        Ok(()) => Ok(id),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => match read_id(&path, lang) {
            Some(id) => Ok(id),
            // A damaged file is replaced; a device id carries nothing else worth keeping.
            None => {
                crate::store::write_atomic(&path, format!("{id}\n").as_bytes(), lang)?;
                Ok(id)
            }
        },
        Err(e) => Err(write_err(e)),
    }
}

/// Whether `id` can name a file on every platform wia runs on.
pub fn valid_id(id: &str) -> bool {
    (1..=64).contains(&id.len())
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !id.starts_with('-')
}

fn read_id(path: &Path, lang: Lang) -> Option<String> {
    let text = crate::store::read_text(path, 256, lang).ok()?;
    let id = text.trim();
    valid_id(id).then(|| id.to_string())
}

/// Twelve hex digits from the time, the process and the machine: unique enough that two
/// computers of one team never share one.
fn fresh_id() -> String {
    use sha2::{Digest, Sha256};
    let mut h = Sha256::new();
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap_or_default();
    h.update(now.as_nanos().to_le_bytes());
    h.update(std::process::id().to_le_bytes());
    for var in ["HOSTNAME", "COMPUTERNAME", "USER", "USERNAME"] {
        h.update(std::env::var_os(var).unwrap_or_default().as_encoded_bytes());
        h.update([0]);
    }
    let here = 0u8;
    h.update((&here as *const u8 as usize).to_le_bytes());
    h.update(format!("{:?}", std::thread::current().id()).as_bytes());
    let digest = h.finalize();
    digest[..6].iter().map(|b| format!("{b:02x}")).collect()
}

/// Where the id lives, for messages.
pub fn device_file() -> Option<PathBuf> {
    crate::dirs::config_dir().map(|d| d.join(DEVICE_FILE))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_id_is_made_once_and_kept() {
        let dir = tempfile::tempdir().unwrap();
        let first = device_id_in(dir.path(), Lang::En).unwrap();
        assert!(valid_id(&first), "{first}");
        assert_eq!(device_id_in(dir.path(), Lang::En).unwrap(), first);
        std::fs::write(dir.path().join(DEVICE_FILE), "../../etc\n").unwrap();
        let replaced = device_id_in(dir.path(), Lang::En).unwrap();
        assert!(valid_id(&replaced) && replaced != first);
        assert!(!valid_id("a/b") && !valid_id("") && !valid_id("-x") && !valid_id("A"));
    }
}
