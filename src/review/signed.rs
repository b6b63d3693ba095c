//! A record's signatures as the list shows them. What the files say (does each signature
//! match its file, made by which key) is worked out once and kept in the list's cache,
//! keyed on the record's bytes and on what the file system says of the signature files
//! and the summary (see `stamp`), so a signature added, removed or replaced since is
//! always seen without reading three more files a record at every listing. Whom the reader trusts is
//! applied afresh at every listing (`Signature::of`) and never kept: trusting someone, or
//! no longer trusting them, shows at once.

use serde::{Deserialize, Serialize};

use crate::i18n::Lang;
use crate::sign::{AllowedSigners, Checked, NS_RECORD, SigStatus, read_sig_in, read_signed_in};
use crate::store::DataDir;
use crate::t;

/// What the files say about a record's signature and its summary's.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Signed {
    pub record: Checked,
    /// The summary's; None when the record is not signed or has no summary.
    pub summary: Option<Checked>,
}

impl Signed {
    /// Whether this may be kept: a reason is in the language of the run that found it, and
    /// a signature that cannot be read is cheap to refuse again.
    pub fn keepable(&self) -> bool {
        let bad = |c: &Checked| matches!(c, Checked::Unreadable { .. });
        !bad(&self.record) && !self.summary.as_ref().is_some_and(bad)
    }
}

/// What can be said of the record `id`'s signatures without its bytes: that it has none,
/// or what `cached` says when it was made from exactly the signature and summary files
/// there now, with the key it is kept under. Else (Err) the key to check them afresh under.
pub fn signatures_without_bytes(
    data: &DataDir,
    id: &str,
    record_path: &std::path::Path,
    cached: Option<(String, Signed)>,
) -> Result<(Signed, Option<String>), String> {
    let summary_path = data.summary_path(id);
    let Some(sig_stamp) = stamp(&crate::sign::sig_path(record_path)) else {
        let unsigned = Signed {
            record: Checked::Unsigned,
            summary: None,
        };
        return Ok((unsigned, None));
    };
    let key = key_of(&[
        Some(sig_stamp),
        stamp(&summary_path),
        stamp(&crate::sign::sig_path(&summary_path)),
    ]);
    match cached {
        Some((k, s)) if k == key => Ok((s, Some(key))),
        _ => Err(key),
    }
}

/// The signatures of the record `id` whose bytes are `record`, reusing `cached` when it
/// was made from exactly the same signature and summary bytes. Returns what was found,
/// the key it is kept under (None for an unsigned record: no signature, nothing to keep),
/// and whether it was worked out afresh.
pub(super) fn signatures(
    at: &super::one_file::Folders,
    id: &str,
    record_path: &std::path::Path,
    record: &[u8],
    cached: Option<(String, Signed)>,
    lang: Lang,
) -> (Signed, Option<String>, bool) {
    // With nothing kept there is nothing to compare the files' stamps with: they are
    // taken from the handles the files are read through instead, three calls fewer a
    // record in a first listing (issue 18).
    if cached.is_some()
        && let Ok((signed, key)) = signatures_without_bytes(&at.data, id, record_path, cached)
    {
        return (signed, key, false);
    }
    let unreadable = |why: String| Signed {
        record: Checked::Unreadable { why },
        summary: None,
    };
    let with = |name: &std::ffi::OsStr, ext: &str| {
        let mut name = name.to_os_string();
        name.push(ext);
        name
    };
    let record_name = record_path.file_name().unwrap_or_default();
    let summary_name = with(std::ffi::OsStr::new(id), ".md");
    // A listing's records are all in the records folder; any other is read by its path.
    let sig = match record_path.parent() == Some(at.records.path()) {
        true => read_sig_in(&at.records, &with(record_name, ".sig"), lang),
        false => crate::sign::read_sig_meta(record_path, lang),
    };
    let (sig, sig_meta) = match sig {
        Ok(Some(sig)) => sig,
        Ok(None) => {
            let unsigned = Signed {
                record: Checked::Unsigned,
                summary: None,
            };
            return (unsigned, None, false);
        }
        Err(why) => return (unreadable(why), None, false),
    };
    let partly = |why: String| Signed {
        record: crate::sign::verify_bytes(record, &sig, NS_RECORD),
        summary: Some(Checked::Unreadable { why }),
    };
    let summary = match read_signed_in(&at.summaries, &summary_name, lang) {
        Ok(read) => Some(read),
        Err((_, false)) => None,
        Err((why, true)) => return (partly(why), None, false),
    };
    let summary_sig = summary
        .as_ref()
        .map(|_| read_sig_in(&at.summaries, &with(&summary_name, ".sig"), lang));
    let summary_sig = match summary_sig {
        Some(Err(why)) => return (partly(why), None, false),
        Some(Ok(s)) => s,
        None => None,
    };
    let key = key_of(&[
        Some(stamp_of(&sig_meta)),
        summary.as_ref().map(|(_, m)| stamp_of(m)),
        summary_sig.as_ref().map(|(_, m)| stamp_of(m)),
    ]);
    let found = Signed {
        record: crate::sign::verify_bytes(record, &sig, NS_RECORD),
        summary: summary.map(|(text, _)| match &summary_sig {
            Some((s, _)) => crate::sign::verify_bytes(&text, s, NS_RECORD),
            None => Checked::Unsigned,
        }),
    };
    let fresh = found.keepable();
    (found, Some(key), fresh)
}

/// What the file system says of a file without opening it: its size and modification
/// time, and on Unix its inode and change time, which no one can set back by hand (a
/// rewritten or replaced file always has a new change time, whatever its mtime says). None
/// when there is nothing there. Windows has no change time, so there a file rewritten to
/// the same size with its old modification time put back is not seen until the record
/// itself changes; docs/signatures.md says so.
fn stamp(path: &std::path::Path) -> Option<Vec<u8>> {
    std::fs::symlink_metadata(path).ok().map(|m| stamp_of(&m))
}

/// The stamp of a file from what the file system says of it, by path or by handle: the
/// same for the same regular file.
fn stamp_of(m: &std::fs::Metadata) -> Vec<u8> {
    let mut out = Vec::with_capacity(48);
    out.extend_from_slice(&m.len().to_le_bytes());
    let since = |t: std::io::Result<std::time::SystemTime>| {
        t.ok()
            .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
            .map_or(0, |d| d.as_nanos())
    };
    out.extend_from_slice(&since(m.modified()).to_le_bytes());
    out.push(m.file_type().is_file() as u8);
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        out.extend_from_slice(&m.ino().to_le_bytes());
        out.extend_from_slice(&m.dev().to_le_bytes());
        out.extend_from_slice(&m.ctime().to_le_bytes());
        out.extend_from_slice(&m.ctime_nsec().to_le_bytes());
    }
    out
}

/// One digest of the stamps of the signature, the summary and the summary's signature,
/// each marked as present or not, so no two different sets of files share a key.
fn key_of(stamps: &[Option<Vec<u8>>]) -> String {
    let mut all = Vec::with_capacity(160);
    for part in stamps {
        match part {
            Some(bytes) => {
                all.push(1);
                all.extend_from_slice(&(bytes.len() as u64).to_le_bytes());
                all.extend_from_slice(bytes);
            }
            None => all.push(0),
        }
    }
    crate::questionnaire::sha256_hex(&all)
}

/// A record's signatures for this reader: what the files say, with the reader's trust.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signature {
    pub record: SigStatus,
    pub summary: Option<SigStatus>,
}

/// The one word a list gives a record's signatures, its summary's included.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    Trusted,
    Untrusted,
    Unsigned,
    /// The record's signature does not match it, or was made for another use.
    Bad,
    /// The record's signature cannot be read or checked.
    Unreadable,
    /// The record's signature is good, but its summary is unsigned, by a key the reader
    /// does not trust while the record's is, or does not match: the summary may have been
    /// edited, as `wia verify` says.
    BadSummary,
}

impl Signature {
    pub fn of(found: &Signed, trusted: &AllowedSigners) -> Self {
        Signature {
            record: found.record.trust(trusted, NS_RECORD),
            summary: found.summary.as_ref().map(|s| s.trust(trusted, NS_RECORD)),
        }
    }

    pub fn verdict(&self) -> Verdict {
        let own = match &self.record {
            SigStatus::Unsigned => return Verdict::Unsigned,
            SigStatus::Mismatch { .. } | SigStatus::WrongNamespace { .. } => return Verdict::Bad,
            SigStatus::Unreadable { .. } => return Verdict::Unreadable,
            SigStatus::Trusted { .. } => Verdict::Trusted,
            SigStatus::Untrusted { .. } => Verdict::Untrusted,
        };
        match (&self.summary, own) {
            (None | Some(SigStatus::Trusted { .. }), _) => own,
            (Some(SigStatus::Untrusted { .. }), Verdict::Untrusted) => own,
            _ => Verdict::BadSummary,
        }
    }

    /// Who signed, when the reader trusts them.
    pub fn signed_by(&self) -> &[String] {
        match &self.record {
            SigStatus::Trusted { principals, .. } => principals,
            _ => &[],
        }
    }

    /// The fingerprint of the key the record's signature carries, when it could be read.
    pub fn fingerprint(&self) -> Option<&str> {
        match &self.record {
            SigStatus::Trusted { fingerprint, .. }
            | SigStatus::Untrusted { fingerprint }
            | SigStatus::Mismatch { fingerprint } => Some(fingerprint),
            _ => None,
        }
    }

    /// The full words, the summary's too when it is what is wrong.
    pub fn words(&self, lang: Lang) -> String {
        let own = crate::sign::status_words(&self.record, lang);
        match (&self.summary, self.verdict()) {
            (Some(s), Verdict::BadSummary) => t!(
                lang,
                "review-sig-with-summary",
                record = own,
                summary = summary_words(s, lang)
            ),
            _ => own,
        }
    }

    /// A few words for a table cell: the signer's name when trusted.
    pub fn short(&self, lang: Lang) -> String {
        match self.verdict() {
            Verdict::Trusted => crate::text::inert(&self.signed_by().join(", ")).into_owned(),
            v => verdict_short(v, lang),
        }
    }
}

fn summary_words(s: &SigStatus, lang: Lang) -> String {
    match s {
        SigStatus::Unsigned => t!(lang, "review-sig-summary-unsigned"),
        other => crate::sign::status_words(other, lang),
    }
}

/// The words of a verdict in a table cell (for a trusted one, the signer's name is used).
pub fn verdict_short(v: Verdict, lang: Lang) -> String {
    let id = match v {
        Verdict::BadSummary => "review-sig-bad-summary",
        other => &format!("review-sig-{}", other.as_str()),
    };
    t!(lang, id)
}

impl Verdict {
    /// In JSON and CSV (a contract; not translated). A bad summary is a bad signature there,
    /// so a script that checks for `trusted` never passes it; `summary_signature` says more.
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Trusted => "trusted",
            Verdict::Untrusted => "untrusted",
            Verdict::Unsigned => "unsigned",
            Verdict::Bad => "bad",
            Verdict::Unreadable => "unreadable",
            Verdict::BadSummary => "bad",
        }
    }

    /// Best first, for sorting.
    pub fn rank(self) -> u8 {
        match self {
            Verdict::Trusted => 0,
            Verdict::Untrusted => 1,
            Verdict::Unsigned => 2,
            Verdict::BadSummary => 3,
            Verdict::Bad => 4,
            Verdict::Unreadable => 5,
        }
    }
}

/// A single status's word in JSON and CSV (the summary's own).
pub fn status_word(s: &SigStatus) -> &'static str {
    match s {
        SigStatus::Unsigned => "unsigned",
        SigStatus::Trusted { .. } => "trusted",
        SigStatus::Untrusted { .. } => "untrusted",
        SigStatus::Mismatch { .. } | SigStatus::WrongNamespace { .. } => "bad",
        SigStatus::Unreadable { .. } => "unreadable",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ID: &str = "0123456789";

    /// A data folder with a signed record and a signed summary.
    fn signed_folder() -> (tempfile::TempDir, DataDir, std::path::PathBuf) {
        let dir = tempfile::tempdir().unwrap();
        let data = DataDir::new(dir.path());
        let key = ssh_key::PrivateKey::random(
            &mut ssh_key::rand_core::OsRng,
            ssh_key::Algorithm::Ed25519,
        )
        .unwrap();
        let record = data.record_path(ID);
        let summary = data.summary_path(ID);
        for (path, text) in [(&record, "id: x\n"), (&summary, "# Summary\n")] {
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, text).unwrap();
            let sig = crate::sign::sign_bytes(&key, NS_RECORD, text.as_bytes()).unwrap();
            std::fs::write(crate::sign::sig_path(path), sig).unwrap();
        }
        (dir, data, record)
    }

    fn check(
        data: &DataDir,
        record: &std::path::Path,
        kept: Option<(String, Signed)>,
    ) -> (Signed, Option<String>, bool) {
        let at = super::super::one_file::Folders::open(data);
        signatures(&at, ID, record, b"id: x\n", kept, Lang::En)
    }

    #[test]
    fn what_a_first_listing_keeps_is_found_again_by_the_next() {
        let (_dir, data, record) = signed_folder();
        let (signed, key, fresh) = check(&data, &record, None);
        assert!(fresh);
        assert!(
            matches!(signed.record, Checked::Matches { .. }),
            "{signed:?}"
        );
        assert!(
            matches!(signed.summary, Some(Checked::Matches { .. })),
            "{signed:?}"
        );

        // The key made from the handles read through is the one the next listing makes
        // from the paths: it takes the verdict kept, checking nothing again.
        let key = key.unwrap();
        let (again, same_key, fresh) = check(&data, &record, Some((key.clone(), signed.clone())));
        assert!(!fresh);
        assert_eq!(
            (again, same_key.as_deref()),
            (signed.clone(), Some(key.as_str()))
        );

        // A summary signature written since makes another key: checked afresh.
        let summary_sig = crate::sign::sig_path(&data.summary_path(ID));
        std::fs::write(&summary_sig, "not a signature\n").unwrap();
        let (changed, new_key, fresh) = check(&data, &record, Some((key.clone(), signed)));
        assert!(fresh || !changed.keepable());
        assert_ne!(new_key.as_deref(), Some(key.as_str()));
        assert!(
            matches!(changed.summary, Some(Checked::Unreadable { .. })),
            "{changed:?}"
        );
    }

    #[test]
    fn a_summary_missing_is_none_and_one_that_cannot_be_read_says_why() {
        let (_dir, data, record) = signed_folder();
        let summary = data.summary_path(ID);
        std::fs::remove_file(&summary).unwrap();
        let (signed, key, _) = check(&data, &record, None);
        assert_eq!(signed.summary, None);
        assert!(matches!(signed.record, Checked::Matches { .. }));
        assert!(key.is_some());

        // A folder where the summary should be: there, and not readable as one.
        std::fs::create_dir(&summary).unwrap();
        let (signed, key, _) = check(&data, &record, None);
        assert!(
            matches!(signed.summary, Some(Checked::Unreadable { .. })),
            "{signed:?}"
        );
        assert!(matches!(signed.record, Checked::Matches { .. }));
        assert_eq!(key, None);
    }
}
