//! The reader's trusted signers: an OpenSSH allowed_signers file
//! (`PRINCIPALS [OPTIONS] KEYTYPE BASE64 [COMMENT]`, see ssh-keygen(1)), so the same file
//! works with `ssh-keygen -Y verify -f`. It lives in the user's own config folder: a list
//! in the shared data folder could be extended by anyone who can write there.

use std::path::Path;

use ssh_key::PublicKey;
use ssh_key::public::KeyData;

use crate::error::{Error, Result};
use crate::i18n::Lang;
use crate::t;

/// A few hundred people at most; a file far larger is not a list of signers.
pub const MAX_ALLOWED_BYTES: usize = 1024 * 1024;

#[derive(Debug, Clone)]
pub struct Signer {
    /// As written: OpenSSH lets these be patterns.
    pub principals: Vec<String>,
    /// None: every namespace (OpenSSH's meaning of no `namespaces=` option).
    pub namespaces: Option<Vec<String>>,
    pub key: PublicKey,
    pub line: usize,
}

#[derive(Debug, Clone, Default)]
pub struct AllowedSigners {
    pub signers: Vec<Signer>,
    /// One per line that was left out, saying why: a bad line costs that line only.
    pub warnings: Vec<String>,
}

impl AllowedSigners {
    /// The file at `path`; a missing file trusts nobody, which is not an error.
    pub fn load(path: &Path, lang: Lang) -> Result<Self> {
        match crate::store::read_named_text(path, MAX_ALLOWED_BYTES, lang) {
            Ok(text) => Ok(Self::parse(&text, &path.display().to_string(), lang)),
            Err(Error::Read { source, .. }) if source.kind() == std::io::ErrorKind::NotFound => {
                Ok(Self::default())
            }
            Err(e) => Err(e),
        }
    }

    pub fn parse(text: &str, file: &str, lang: Lang) -> Self {
        let mut out = Self::default();
        for (i, raw) in text.lines().enumerate() {
            let line = raw.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            match parse_line(line, i + 1, lang) {
                Ok(Some(signer)) => out.signers.push(signer),
                Ok(None) => {}
                Err(why) => out.warnings.push(t!(
                    lang,
                    "domain-sign-allowed-line-skipped",
                    file = file,
                    line = i + 1,
                    why = why
                )),
            }
        }
        out
    }

    /// The principals listed for `key` in `namespace`, in the file's order, without repeats.
    pub fn principals_for(&self, key: &KeyData, namespace: &str) -> Vec<String> {
        let mut found: Vec<String> = Vec::new();
        for s in &self.signers {
            let allowed = s
                .namespaces
                .as_ref()
                .is_none_or(|list| list.iter().any(|p| glob(p, namespace)));
            if allowed && s.key.key_data() == key {
                for p in &s.principals {
                    if !found.contains(p) {
                        found.push(p.clone());
                    }
                }
            }
        }
        found
    }
}

/// One line, or None for a line OpenSSH would accept but wia deliberately leaves out.
fn parse_line(
    line: &str,
    number: usize,
    lang: Lang,
) -> std::result::Result<Option<Signer>, String> {
    let (principals, rest) = split_token(line);
    let mut rest = rest.trim_start();
    let mut namespaces = None;
    if !looks_like_key_type(rest) {
        let (options, after) = split_token(rest);
        rest = after.trim_start();
        for option in split_options(options) {
            let (name, value) = match option.split_once('=') {
                Some((n, v)) => (n.to_ascii_lowercase(), Some(v.trim_matches('"'))),
                None => (option.to_ascii_lowercase(), None),
            };
            match (name.as_str(), value) {
                ("namespaces", Some(v)) => {
                    namespaces = Some(v.split(',').map(str::to_string).collect());
                }
                // Certificates and validity windows are not checked by wia; trusting such
                // a line without its limits would trust more than the reader wrote.
                _ => return Err(t!(lang, "domain-sign-allowed-option", option = option)),
            }
        }
    }
    let key =
        PublicKey::from_openssh(rest.trim()).map_err(|_| t!(lang, "domain-sign-allowed-no-key"))?;
    let principals: Vec<String> = principals
        .trim_matches('"')
        .split(',')
        .filter(|p| !p.is_empty())
        .map(str::to_string)
        .collect();
    if principals.is_empty() {
        return Err(t!(lang, "domain-sign-allowed-no-key"));
    }
    Ok(Some(Signer {
        principals,
        namespaces,
        key,
        line: number,
    }))
}

fn looks_like_key_type(s: &str) -> bool {
    ["ssh-", "ecdsa-", "sk-"].iter().any(|p| s.starts_with(p))
}

/// The first whitespace-separated token (a quoted part may hold spaces), and the rest.
fn split_token(s: &str) -> (&str, &str) {
    let mut quoted = false;
    for (i, c) in s.char_indices() {
        match c {
            '"' => quoted = !quoted,
            c if c.is_whitespace() && !quoted => return (&s[..i], &s[i..]),
            _ => {}
        }
    }
    (s, "")
}

/// Options are separated by commas outside quotes (`namespaces="a,b",cert-authority`).
fn split_options(s: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let (mut start, mut quoted) = (0, false);
    for (i, c) in s.char_indices() {
        match c {
            '"' => quoted = !quoted,
            ',' if !quoted => {
                out.push(&s[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    out.push(&s[start..]);
    out.into_iter().filter(|o| !o.is_empty()).collect()
}

/// OpenSSH's patterns: `*` any run, `?` any one character.
fn glob(pattern: &str, text: &str) -> bool {
    let (p, t): (Vec<char>, Vec<char>) = (pattern.chars().collect(), text.chars().collect());
    let (mut pi, mut ti, mut star, mut mark) = (0, 0, None, 0);
    while ti < t.len() {
        if pi < p.len() && (p[pi] == '?' || p[pi] == t[ti]) {
            pi += 1;
            ti += 1;
        } else if pi < p.len() && p[pi] == '*' {
            star = Some(pi);
            mark = ti;
            pi += 1;
        } else if let Some(s) = star {
            pi = s + 1;
            mark += 1;
            ti = mark;
        } else {
            return false;
        }
    }
    p[pi..].iter().all(|c| *c == '*')
}

/// The allowed-signers line for `principal` and `key`, limited to `namespaces`.
pub fn allowed_line(principal: &str, key: &PublicKey, namespaces: &[&str]) -> String {
    let key_text = PublicKey::new(key.key_data().clone(), "")
        .to_openssh()
        .unwrap_or_default();
    format!(
        "{principal} namespaces=\"{}\" {}",
        namespaces.join(","),
        key_text.trim()
    )
}

/// The line that gives `signer` the same trust in a file of wia's own writing.
pub fn signer_line(signer: &Signer) -> String {
    let key_text = PublicKey::new(signer.key.key_data().clone(), "")
        .to_openssh()
        .unwrap_or_default();
    match &signer.namespaces {
        Some(ns) => format!(
            "{} namespaces=\"{}\" {}",
            signer.principals.join(","),
            ns.join(","),
            key_text.trim()
        ),
        None => format!("{} {}", signer.principals.join(","), key_text.trim()),
    }
}

/// The file's text as it is, or the header of a new one.
fn current_text(path: &Path, lang: Lang) -> Result<String> {
    match crate::store::read_named_text(path, MAX_ALLOWED_BYTES, lang) {
        Ok(text) => Ok(text),
        Err(Error::Read { source, .. }) if source.kind() == std::io::ErrorKind::NotFound => Ok(
            "# Signers trusted by wia (OpenSSH allowed_signers format; see docs/signatures.md).\n"
                .to_string(),
        ),
        Err(e) => Err(e),
    }
}

/// Add `lines` to the file at `path` (made if missing), keeping every line already there;
/// the whole file is rewritten atomically.
pub fn append_lines(path: &Path, lines: &[String], lang: Lang) -> Result<()> {
    let mut text = current_text(path, lang)?;
    if !text.is_empty() && !text.ends_with('\n') {
        text.push('\n');
    }
    for line in lines {
        text.push_str(line);
        text.push('\n');
    }
    crate::store::write_atomic(path, text.as_bytes(), lang)
}

/// Add `principal` with `key` to the file at `path` (made if missing), keeping every line
/// already there; the whole file is rewritten atomically.
pub fn trust(
    path: &Path,
    principal: &str,
    key: &PublicKey,
    namespaces: &[&str],
    lang: Lang,
) -> Result<String> {
    check_principal(principal, lang)?;
    let line = allowed_line(principal, key, namespaces);
    append_lines(path, std::slice::from_ref(&line), lang)?;
    Ok(line)
}

/// What `untrust` took out: each principal with the fingerprint of the key it lost.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Removed {
    pub principal: String,
    pub fingerprint: String,
}

/// Stop trusting `who`, a principal as written or a key's fingerprint (`SHA256:...`).
/// A line naming several principals keeps the others; comments and lines wia does not
/// read are kept as they are, so the file stays the reader's own. Nothing is written when
/// nothing matched.
pub fn untrust(path: &Path, who: &str, lang: Lang) -> Result<Vec<Removed>> {
    let text = current_text(path, lang)?;
    let mut kept = String::with_capacity(text.len());
    let mut removed = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let line = raw.trim();
        let parsed = (!line.is_empty() && !line.starts_with('#'))
            .then(|| parse_line(line, i + 1, lang).ok().flatten())
            .flatten();
        let Some(mut signer) = parsed else {
            kept.push_str(raw);
            kept.push('\n');
            continue;
        };
        let fingerprint = signer.key.fingerprint(ssh_key::HashAlg::Sha256).to_string();
        let before = signer.principals.clone();
        if fingerprint == who {
            signer.principals.clear();
        } else {
            signer.principals.retain(|p| p != who);
        }
        if signer.principals.len() == before.len() {
            kept.push_str(raw);
            kept.push('\n');
            continue;
        }
        removed.extend(
            before
                .into_iter()
                .filter(|p| !signer.principals.contains(p))
                .map(|principal| Removed {
                    principal,
                    fingerprint: fingerprint.clone(),
                }),
        );
        if !signer.principals.is_empty() {
            kept.push_str(&signer_line(&signer));
            kept.push('\n');
        }
    }
    if !removed.is_empty() {
        crate::store::write_atomic(path, kept.as_bytes(), lang)?;
    }
    Ok(removed)
}

/// A principal is one token of the file: no spaces, commas, quotes or control characters.
pub fn check_principal(principal: &str, lang: Lang) -> Result<()> {
    let bad = principal.is_empty()
        || principal.len() > 200
        || principal.starts_with('#')
        || principal
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || matches!(c, ',' | '"' | '*' | '?'));
    if bad {
        return Err(Error::Failed(t!(
            lang,
            "domain-sign-bad-principal",
            principal = crate::document::excerpt(principal)
        )));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    const KEY: &str =
        "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIEdAwmYexEg9pzzDoX6JrJRS9FpPEG7jExp5gyInoLRE";

    #[test]
    fn namespaces_limit_what_a_key_is_trusted_for() {
        let text = format!(
            "# comment\nalice@gov.wales namespaces=\"wia-record\" {KEY} alice\nbob,carol {KEY}\n"
        );
        let a = AllowedSigners::parse(&text, "f", crate::i18n::Lang::En);
        assert!(a.warnings.is_empty(), "{:?}", a.warnings);
        let key = PublicKey::from_openssh(KEY).unwrap();
        assert_eq!(
            a.principals_for(key.key_data(), "wia-record"),
            ["alice@gov.wales", "bob", "carol"]
        );
        assert_eq!(
            a.principals_for(key.key_data(), "wia-response"),
            ["bob", "carol"]
        );
    }

    #[test]
    fn a_line_with_limits_wia_cannot_honour_is_left_out_with_a_warning() {
        let text = format!("a valid-before=\"20200101\" {KEY}\nb cert-authority {KEY}\nc junk\n");
        let a = AllowedSigners::parse(&text, "f", crate::i18n::Lang::En);
        assert!(a.signers.is_empty());
        assert_eq!(a.warnings.len(), 3, "{:?}", a.warnings);
    }

    #[test]
    fn patterns_match_as_in_openssh() {
        assert!(glob("wia-*", "wia-record"));
        assert!(glob("wia-rec?rd", "wia-record"));
        assert!(!glob("wia-response", "wia-record"));
        assert!(glob("*", "x"));
    }

    #[test]
    fn untrusting_a_name_keeps_the_others_on_its_line_and_every_other_line() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("allowed_signers");
        let other =
            "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIJcDCUj2m3D3kBJmmWAkXGzwB7hxVQi3jYVR0Cg/gpK6";
        let text = format!(
            "# mine\nalice,bob namespaces=\"wia-record\" {KEY}\ncarol {other}\nnot a signer line\n"
        );
        std::fs::write(&path, &text).unwrap();
        let removed = untrust(&path, "alice", Lang::En).unwrap();
        assert_eq!(removed.len(), 1);
        assert_eq!(removed[0].principal, "alice");
        let after = std::fs::read_to_string(&path).unwrap();
        assert_eq!(
            after,
            format!(
                "# mine\nbob namespaces=\"wia-record\" {KEY}\ncarol {other}\nnot a signer line\n"
            )
        );
        let a = AllowedSigners::parse(&after, "f", Lang::En);
        let key = PublicKey::from_openssh(KEY).unwrap();
        assert_eq!(a.principals_for(key.key_data(), "wia-record"), ["bob"]);
        assert!(a.principals_for(key.key_data(), "wia-response").is_empty());
    }

    #[test]
    fn untrusting_a_fingerprint_removes_its_key_and_nothing_matched_writes_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("allowed_signers");
        std::fs::write(&path, format!("alice,bob {KEY}\n")).unwrap();
        assert!(untrust(&path, "dave", Lang::En).unwrap().is_empty());
        assert_eq!(
            std::fs::read_to_string(&path).unwrap(),
            format!("alice,bob {KEY}\n")
        );
        let fp = PublicKey::from_openssh(KEY)
            .unwrap()
            .fingerprint(ssh_key::HashAlg::Sha256)
            .to_string();
        let removed = untrust(&path, &fp, Lang::En).unwrap();
        assert_eq!(removed.len(), 2);
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "");
    }
}
