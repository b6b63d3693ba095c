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
    let mut text = match crate::store::read_named_text(path, MAX_ALLOWED_BYTES, lang) {
        Ok(text) => text,
        Err(Error::Read { source, .. }) if source.kind() == std::io::ErrorKind::NotFound => {
            "# Signers trusted by wia (OpenSSH allowed_signers format; see docs/signatures.md).\n"
                .to_string()
        }
        Err(e) => return Err(e),
    };
    if !text.is_empty() && !text.ends_with('\n') {
        text.push('\n');
    }
    let line = allowed_line(principal, key, namespaces);
    text.push_str(&line);
    text.push('\n');
    crate::store::write_atomic(path, text.as_bytes(), lang)?;
    Ok(line)
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
}
