//! Settings remembered between runs (who is assessing, in which language), so they are
//! not typed again every time. They only ever fill in defaults: a broken settings file
//! costs a warning, never an assessment.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::error::{Diagnostic, Error, Result};
use crate::t;
use crate::text::Lang;

/// A settings file is a few lines; anything much larger is not one.
const MAX_CONFIG_BYTES: usize = 64 * 1024;

/// Unknown keys are ignored, so settings written by a newer wia still load here.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Config {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub assessor_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub assessor_organisation: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub language: Option<Lang>,
    /// The school and local authority (id) of the last evidence logged.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub school: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub local_authority: Option<String>,
    /// The OpenSSH private key that signs records (see docs/signatures.md).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub signing_key: Option<PathBuf>,
    /// The name the signer is known by in others' allowed-signers files (an email address).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub signing_principal: Option<String>,
    /// `mouse: false` leaves the mouse to the terminal (to select text without Shift).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mouse: Option<bool>,
    /// Other keys for actions of the interface, by the action's name (`save: ctrl-w`).
    /// Kept as written, so a name this wia does not know survives a save; the interface
    /// checks each one and warns about those it cannot use.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub keys: BTreeMap<String, serde_yaml::Value>,
    /// Where `keys` was read from, so a warning can name the line.
    #[serde(skip)]
    pub keys_written: KeysWritten,
}

/// The settings file and the line of each entry under `keys:`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct KeysWritten {
    pub file: String,
    pub lines: BTreeMap<String, usize>,
}

/// `config.yaml` in the platform config directory (for example `~/.config/wia` on Linux),
/// or in `WIA_CONFIG_DIR` when that is set, so tests and scripts never touch the real one.
pub fn default_config_path() -> Option<PathBuf> {
    Some(crate::dirs::config_dir()?.join("config.yaml"))
}

/// The folder of the settings file: where the trusted signers and a key made for wia live.
pub fn default_config_dir() -> Option<PathBuf> {
    default_config_path().and_then(|p| p.parent().map(Path::to_path_buf))
}

/// The reader's own trusted signers (OpenSSH allowed_signers format).
pub fn allowed_signers_path() -> Option<PathBuf> {
    default_config_dir().map(|d| d.join("allowed_signers"))
}

/// The settings in `path`, and a one-line warning when the file exists but cannot be used.
pub fn load_config(path: &Path, lang: Lang) -> (Config, Option<String>) {
    let file = path.display().to_string();
    let ignored = |reason: String| {
        (
            Config::default(),
            Some(t!(lang, "domain-config-ignored", reason = reason)),
        )
    };
    let text = match crate::store::read_named_text(path, MAX_CONFIG_BYTES, lang) {
        Ok(text) => text,
        Err(Error::Read { source, .. }) if source.kind() == std::io::ErrorKind::NotFound => {
            return (Config::default(), None);
        }
        Err(Error::Invalid(diagnostics)) => return ignored(first_warning(&diagnostics, lang)),
        Err(Error::Read { source, .. }) => {
            return ignored(t!(
                lang,
                "domain-config-warning",
                file = file.as_str(),
                problem = t!(
                    lang,
                    "domain-cannot-read-it",
                    reason = crate::error::io_reason(lang, &source)
                )
            ));
        }
        Err(e) => {
            return ignored(t!(
                lang,
                "domain-config-warning",
                file = file.as_str(),
                problem = one_line(&e.to_string())
            ));
        }
    };
    // An emptied file, or one holding only comments, is a reset rather than a mistake.
    if text
        .lines()
        .all(|l| l.trim().is_empty() || l.trim_start().starts_with('#'))
    {
        return (Config::default(), None);
    }
    match crate::document::read_document::<Config>(
        &text,
        &file,
        &t!(lang, "domain-what-config"),
        lang,
    ) {
        Ok((mut config, locations)) => {
            if !config.keys.is_empty() {
                let lines = config
                    .keys
                    .keys()
                    .filter_map(|name| {
                        let at = locations.find(&format!("keys.{name}"))?;
                        Some((name.clone(), at.line))
                    })
                    .collect();
                config.keys_written = KeysWritten { file, lines };
            }
            (config, None)
        }
        Err(diagnostics) => ignored(first_warning(&diagnostics, lang)),
    }
}

/// Write the settings whole, so an interrupted save leaves the previous ones.
pub fn save_config(path: &Path, c: &Config, lang: Lang) -> Result<()> {
    let body = crate::yaml_out::to_string(c);
    let text = format!("# wia settings, remembered between runs. Safe to edit or delete.\n{body}");
    crate::store::write_atomic(path, text.as_bytes(), lang)
}

fn first_warning(diagnostics: &[Diagnostic], lang: Lang) -> String {
    let Some(first) = diagnostics.first() else {
        return t!(lang, "domain-config-unreadable");
    };
    let mut d = first.clone();
    d.level = crate::error::Level::Warning;
    one_line(&d.to_string())
}

fn one_line(text: &str) -> String {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}
