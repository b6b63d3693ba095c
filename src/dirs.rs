//! Where wia keeps things on this computer: records (data), settings (config) and the
//! review list's cache. Each is the platform's folder for wia unless its environment
//! variable names another, so tests, scripts and a shared team folder never need the real
//! one. On Windows the data folder is `%APPDATA%\wia\wia\data` (roaming, so it follows a
//! person between the computers of a managed network).

use std::ffi::OsString;
use std::path::PathBuf;

/// One of wia's folders.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dir {
    Data,
    Config,
    Cache,
}

impl Dir {
    /// The environment variable that overrides the platform folder.
    pub fn env_var(self) -> &'static str {
        match self {
            Dir::Data => "WIA_DATA_DIR",
            Dir::Config => "WIA_CONFIG_DIR",
            Dir::Cache => "WIA_CACHE_DIR",
        }
    }
}

/// The folder for `dir`: its environment variable when set, else the platform folder
/// (none when the platform has no home folder to put it in).
pub fn dir(dir: Dir) -> Option<PathBuf> {
    chosen(dir, std::env::var_os(dir.env_var()))
}

/// Records, summaries, drafts and responses (for example `~/.local/share/wia` on Linux).
pub fn data_dir() -> Option<PathBuf> {
    dir(Dir::Data)
}

/// The settings file's folder (for example `~/.config/wia` on Linux).
pub fn config_dir() -> Option<PathBuf> {
    dir(Dir::Config)
}

/// What can be thrown away and rebuilt (for example `~/.cache/wia` on Linux).
pub fn cache_dir() -> Option<PathBuf> {
    dir(Dir::Cache)
}

fn chosen(dir: Dir, env_value: Option<OsString>) -> Option<PathBuf> {
    // An empty value counts as unset, as it does for most tools.
    if let Some(v) = env_value.filter(|v| !v.is_empty()) {
        return Some(PathBuf::from(v));
    }
    let project = directories::ProjectDirs::from("wales", "wia", "wia")?;
    Some(
        match dir {
            Dir::Data => project.data_dir(),
            Dir::Config => project.config_dir(),
            Dir::Cache => project.cache_dir(),
        }
        .to_path_buf(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_environment_folder_wins_unless_empty() {
        for d in [Dir::Data, Dir::Config, Dir::Cache] {
            assert_eq!(
                chosen(d, Some("/tmp/wia-x".into())),
                Some(PathBuf::from("/tmp/wia-x"))
            );
            let platform = chosen(d, Some(OsString::new()));
            assert_eq!(platform, chosen(d, None));
            if let Some(p) = platform {
                assert!(!p.starts_with("/tmp/wia-x"), "{}", p.display());
            }
        }
    }
}
