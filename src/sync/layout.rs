//! What lives where in a synced data folder, what is shared and what never is, and
//! which local files are whole enough to commit.
//!
//! Every shared file is written once under a name of its own (records, summaries,
//! questionnaire copies, signatures, responses), except the evidence logs, which are
//! appended to, each by one computer only (`evidence/<device-id>.jsonl`).

use std::path::Path;

use crate::i18n::Lang;

/// The kinds of file a synced folder holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Kind {
    Record,
    Summary,
    Questionnaire,
    Response,
    Signature,
    /// A computer's evidence log, by its device id.
    Evidence(String),
    /// The single log of wia before logs were per computer.
    LegacyEvidence,
    /// The ignore file wia writes.
    Ignore,
    /// Signers a folder suggests trusting (`wia trust import`).
    Suggested,
    /// Anything else: not a file wia writes.
    Other,
}

/// The kind of the file at `path` (relative, with `/`).
pub fn kind(path: &str) -> Kind {
    let (dir, name) = path.rsplit_once('/').unwrap_or(("", path));
    if name.starts_with('.') && path != IGNORE_FILE {
        return Kind::Other;
    }
    let stem = |ext: &str| name.strip_suffix(ext).filter(|s| is_id(s));
    match dir {
        "" if name == IGNORE_FILE => Kind::Ignore,
        "" if name == SUGGESTED_FILE => Kind::Suggested,
        "records" | "summaries" | "responses" if name.ends_with(".sig") => Kind::Signature,
        "records" if stem(".yaml").is_some() => Kind::Record,
        "summaries" if stem(".md").is_some() => Kind::Summary,
        "responses" if stem(".yaml").is_some() => Kind::Response,
        "questionnaires" if stem(".yaml").is_some() => Kind::Questionnaire,
        "evidence" if name == crate::evidence::log::LEGACY_LOG_FILE => Kind::LegacyEvidence,
        "evidence" => match name.strip_suffix(".jsonl") {
            Some(device) if crate::device::valid_id(device) => Kind::Evidence(device.to_string()),
            _ => Kind::Other,
        },
        _ => Kind::Other,
    }
}

fn is_id(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 160
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
}

pub const IGNORE_FILE: &str = ".gitignore";

/// Where a folder suggests signers to trust (as `wia trust import` reads it).
pub const SUGGESTED_FILE: &str = "suggested_signers";

/// The ignore file: drafts and their locks, temporary files, and the settings and cache
/// folders when they happen to be inside the data folder (`extra`, relative paths).
pub fn ignore_text(extra: &[String]) -> String {
    let mut text = String::from(
        "# Written by wia (wia sync): what is never shared.\n\
         # Drafts are one person's work in progress, with their locks.\n\
         /drafts/\n\
         # Locks, and files being written (a write in progress is never half-sent).\n\
         *.lock\n\
         *.who\n\
         .*.tmp\n\
         *.tmp\n\
         # wia's own caches and settings.\n\
         /.wia/\n\
         /.cache/\n\
         /.test-settings/\n",
    );
    for e in extra {
        text.push_str(&format!("/{e}/\n"));
    }
    text
}

/// The settings and cache folders, relative to `root`, when inside it.
pub fn private_folders_inside(root: &Path) -> Vec<String> {
    let root = std::fs::canonicalize(root).unwrap_or_else(|_| root.to_path_buf());
    let mut out = Vec::new();
    for dir in [crate::dirs::config_dir(), crate::dirs::cache_dir()]
        .into_iter()
        .flatten()
    {
        let dir = std::fs::canonicalize(&dir).unwrap_or(dir);
        if let Ok(rel) = dir.strip_prefix(&root)
            && let Some(rel) = rel.to_str().filter(|r| !r.is_empty())
        {
            let rel = rel.replace('\\', "/");
            if !out.contains(&rel) {
                out.push(rel);
            }
        }
    }
    out
}

/// Why a local file is not committed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Held {
    /// Not a file wia writes.
    NotWias,
    /// wia's kind of file, but its own reader refuses it (half-written, damaged): why.
    Unreadable(String),
    /// A summary whose record is not there (yet): a save still under way.
    SummaryWithoutRecord,
    /// A file already shared was changed here; shared files are never changed.
    ChangedAfterSharing,
    /// A file already shared was deleted here; it stays shared.
    Deleted,
}

/// Whether `bytes`, the content of the file at `path` of kind `kind`, is whole and wia's:
/// the check wia's own reader makes. `record_exists` answers for a summary's record.
pub fn check_whole(
    path: &str,
    kind: &Kind,
    bytes: &[u8],
    record_exists: impl Fn(&str) -> bool,
    lang: Lang,
) -> Result<(), Held> {
    let text = || std::str::from_utf8(bytes).map_err(|e| Held::Unreadable(e.to_string()));
    let name = path.rsplit('/').next().unwrap_or(path);
    match kind {
        Kind::Record => {
            if bytes.len() > crate::record::MAX_RECORD_BYTES {
                return Err(Held::Unreadable(crate::t!(
                    lang,
                    "domain-file-too-big",
                    max = crate::record::MAX_RECORD_BYTES
                )));
            }
            crate::record::parse_record(text()?, path, lang)
                .map(|_| ())
                .map_err(|e| Held::Unreadable(e.to_string()))
        }
        Kind::Response => {
            if bytes.len() > crate::review::MAX_RESPONSE_BYTES {
                return Err(Held::Unreadable(crate::t!(
                    lang,
                    "domain-file-too-big",
                    max = crate::review::MAX_RESPONSE_BYTES
                )));
            }
            crate::review::parse_response(text()?, path, lang)
                .map(|_| ())
                .map_err(|e| Held::Unreadable(e.to_string()))
        }
        Kind::Summary => {
            let id = name.strip_suffix(".md").unwrap_or(name);
            text()?;
            if record_exists(id) {
                Ok(())
            } else {
                Err(Held::SummaryWithoutRecord)
            }
        }
        Kind::Questionnaire => {
            let want = name.strip_suffix(".yaml").unwrap_or(name);
            if crate::questionnaire::sha256_hex(bytes) == want {
                Ok(())
            } else {
                Err(Held::Unreadable(crate::t!(lang, "cli-sync-held-digest")))
            }
        }
        Kind::Signature => {
            if bytes.len() > crate::sign::MAX_SIG_BYTES {
                return Err(Held::Unreadable(crate::t!(
                    lang,
                    "domain-file-too-big",
                    max = crate::sign::MAX_SIG_BYTES
                )));
            }
            ssh_key::SshSig::from_pem(bytes)
                .map(|_| ())
                .map_err(|e| Held::Unreadable(e.to_string()))
        }
        Kind::Ignore | Kind::Suggested => text().map(|_| ()),
        // Logs are committed up to their last whole line (see `whole_lines`).
        Kind::Evidence(_) | Kind::LegacyEvidence => Ok(()),
        Kind::Other => Err(Held::NotWias),
    }
}

/// The part of a log that is whole lines: a torn last line (an append under way, or
/// killed) is left for the next sync.
pub fn whole_lines(bytes: &[u8]) -> &[u8] {
    match bytes.iter().rposition(|b| *b == b'\n') {
        Some(i) => &bytes[..=i],
        None => &[],
    }
}

/// Count the lines of `bytes` (entries of a log).
pub fn lines(bytes: &[u8]) -> usize {
    bytes.iter().filter(|b| **b == b'\n').count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_follow_the_folder_and_the_name() {
        assert_eq!(kind("records/abc123.yaml"), Kind::Record);
        assert_eq!(kind("records/abc123.yaml.sig"), Kind::Signature);
        assert_eq!(kind("summaries/abc123.md"), Kind::Summary);
        assert_eq!(kind("responses/abc123-1.yaml"), Kind::Response);
        assert_eq!(
            kind("evidence/0a1b2c.jsonl"),
            Kind::Evidence("0a1b2c".into())
        );
        assert_eq!(kind("evidence/log.jsonl"), Kind::LegacyEvidence);
        assert_eq!(kind(".gitignore"), Kind::Ignore);
        assert_eq!(kind("records/.abc.yaml.1.2.tmp"), Kind::Other);
        assert_eq!(kind("records/ABC.yaml"), Kind::Other);
        assert_eq!(kind("notes.txt"), Kind::Other);
        assert_eq!(whole_lines(b"a\nb\nto"), b"a\nb\n");
        assert_eq!(whole_lines(b"torn"), b"");
    }
}
