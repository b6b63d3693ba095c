//! Signatures on records (and, later, responses): detached OpenSSH signatures ("SSHSIG",
//! armored) in a file beside the one signed, so anyone can check them with
//! `ssh-keygen -Y verify` alone. Who is trusted is the reader's own choice, kept in their
//! config folder (see `allowed`), never in the shared data folder.

mod agent;
mod allowed;
mod checked;
mod ed25519;
mod key;
mod words;

use crate::i18n::Lang;
use std::fs::Metadata;
use std::path::{Path, PathBuf};

use ssh_key::{HashAlg, LineEnding, PrivateKey};

pub use agent::sign_with_agent;
pub use allowed::{
    AllowedSigners, MAX_ALLOWED_BYTES, Removed, Signer, allowed_line, append_lines,
    check_principal, signer_line, trust, untrust,
};
pub use checked::{Checked, verify_bytes};
pub use key::{
    Passphrase, load_private_key, new_private_key, parse_public_key, public_key_of_file,
};
pub use words::status_words;

/// What a record signature says: "this is a wia record". A different namespace for
/// responses means a signature on one can never pass as a signature on the other.
pub const NS_RECORD: &str = "wia-record";
pub const NS_RESPONSE: &str = "wia-response";

/// An armored signature is under 1 KB for ed25519; anything far larger is not one.
pub const MAX_SIG_BYTES: usize = 16 * 1024;

/// Where the signature of `file` lives: beside it, with `.sig` added (`ID.yaml.sig`).
pub fn sig_path(file: &Path) -> PathBuf {
    sig_path_with(file, "sig")
}

/// `file` with `.EXT` added to its whole name.
fn sig_path_with(file: &Path, ext: &str) -> PathBuf {
    let mut name = file.as_os_str().to_owned();
    name.push(".");
    name.push(ext);
    PathBuf::from(name)
}

/// The armored signature of `bytes` by `key` in `namespace`. SHA-512, as `ssh-keygen`
/// uses by default.
pub fn sign_bytes(key: &PrivateKey, namespace: &str, bytes: &[u8]) -> Result<String, String> {
    key.sign(namespace, HashAlg::Sha512, bytes)
        .and_then(|sig| sig.to_pem(LineEnding::LF))
        .map_err(|e| e.to_string())
}

/// What a signature file says about the file beside it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SigStatus {
    /// No signature file.
    Unsigned,
    /// Signed, the signature matches, and the key is in the reader's trusted signers for
    /// this namespace, under these names.
    Trusted {
        principals: Vec<String>,
        fingerprint: String,
    },
    /// The signature matches, but the key is not one the reader trusts (for this use).
    Untrusted { fingerprint: String },
    /// A signature that does not match the file: the file (or the signature) was changed.
    Mismatch { fingerprint: String },
    /// A signature made for another use (a response's signature beside a record).
    WrongNamespace { found: String },
    /// The signature file is not a signature wia can check (damaged, too big, or a key
    /// type this build cannot verify).
    Unreadable { why: String },
}

impl SigStatus {
    /// Whether a check should fail on this status (unsigned only fails on request).
    pub fn is_failure(&self) -> bool {
        !matches!(self, SigStatus::Unsigned | SigStatus::Trusted { .. })
    }
}

/// Check `file`'s signature file against the reader's trusted signers. The signature is
/// checked against the key it carries first, so an edited file reads as a mismatch
/// whoever signed it; only then is the key looked up.
pub fn check_file(file: &Path, namespace: &str, trusted: &AllowedSigners, lang: Lang) -> SigStatus {
    let sig_text = match read_sig(file, lang) {
        Ok(Some(bytes)) => bytes,
        Ok(None) => return SigStatus::Unsigned,
        Err(why) => return SigStatus::Unreadable { why },
    };
    let content = match read_signed(file, lang) {
        Ok(bytes) => bytes,
        Err(why) => return SigStatus::Unreadable { why },
    };
    check_bytes(&content, &sig_text, namespace, trusted)
}

/// The bytes of `file`'s signature file; None when there is none, Err(why) when it
/// cannot be read or is far too big to be a signature.
pub fn read_sig(file: &Path, lang: Lang) -> Result<Option<Vec<u8>>, String> {
    read_sig_meta(file, lang).map(|sig| sig.map(|(bytes, _)| bytes))
}

/// As `read_sig`, with what the handle said of the signature file.
pub fn read_sig_meta(file: &Path, lang: Lang) -> Result<Option<(Vec<u8>, Metadata)>, String> {
    let read = crate::store::read_bytes_meta(
        &sig_path(file),
        MAX_SIG_BYTES,
        crate::store::Links::Refuse,
        lang,
    );
    sig_read(read, lang)
}

/// As `read_sig_meta`, for the signature file `name` in `folder`.
pub fn read_sig_in(
    folder: &crate::store::Folder,
    name: &std::ffi::OsStr,
    lang: Lang,
) -> Result<Option<(Vec<u8>, Metadata)>, String> {
    sig_read(folder.read_bytes_meta(name, MAX_SIG_BYTES, lang), lang)
}

fn sig_read(
    read: std::io::Result<(Vec<u8>, Metadata)>,
    lang: Lang,
) -> Result<Option<(Vec<u8>, Metadata)>, String> {
    match read {
        Ok((bytes, _)) if bytes.len() > MAX_SIG_BYTES => {
            Err(crate::t!(lang, "domain-file-too-big", max = MAX_SIG_BYTES))
        }
        Ok(read) => Ok(Some(read)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(crate::error::io_reason(lang, &e)),
    }
}

/// The bytes of a signed file (a record or a summary), within the size wia reads.
pub fn read_signed(file: &Path, lang: Lang) -> Result<Vec<u8>, String> {
    let read = crate::store::read_bytes_meta(file, SIGNED_MAX, crate::store::Links::Refuse, lang);
    signed_read(read, lang)
        .map(|(bytes, _)| bytes)
        .map_err(|(why, _)| why)
}

/// As `read_signed`, for the file `name` in `folder`, with what the handle said of it; a
/// failure says whether the file is there at all.
pub fn read_signed_in(
    folder: &crate::store::Folder,
    name: &std::ffi::OsStr,
    lang: Lang,
) -> Result<(Vec<u8>, Metadata), (String, bool)> {
    signed_read(folder.read_bytes_meta(name, SIGNED_MAX, lang), lang)
}

/// The most of a signed file wia reads.
const SIGNED_MAX: usize = if crate::record::MAX_RECORD_BYTES > 4 << 20 {
    crate::record::MAX_RECORD_BYTES
} else {
    4 << 20
};

fn signed_read(
    read: std::io::Result<(Vec<u8>, Metadata)>,
    lang: Lang,
) -> Result<(Vec<u8>, Metadata), (String, bool)> {
    match read {
        // Cut at the limit, it would be checked (or signed) as other bytes than it holds.
        Ok((bytes, _)) if bytes.len() > SIGNED_MAX => Err((
            crate::t!(lang, "domain-file-too-big", max = SIGNED_MAX),
            true,
        )),
        Ok(read) => Ok(read),
        Err(e) => Err((
            crate::error::io_reason(lang, &e),
            e.kind() != std::io::ErrorKind::NotFound,
        )),
    }
}

/// As `check_file`, for bytes already read.
pub fn check_bytes(
    content: &[u8],
    sig_text: &[u8],
    namespace: &str,
    trusted: &AllowedSigners,
) -> SigStatus {
    verify_bytes(content, sig_text, namespace).trust(trusted, namespace)
}

/// What signs: the private key itself, or a running ssh-agent holding it.
pub enum SigningKey {
    Key(PrivateKey),
    Agent(ssh_key::PublicKey),
}

impl SigningKey {
    pub fn public_key(&self) -> ssh_key::PublicKey {
        match self {
            SigningKey::Key(key) => key.public_key().clone(),
            SigningKey::Agent(public) => public.clone(),
        }
    }

    /// `SHA256:...`, as `ssh-keygen -l` prints it.
    pub fn fingerprint(&self) -> String {
        self.public_key().fingerprint(HashAlg::Sha256).to_string()
    }

    pub fn sign(&self, namespace: &str, bytes: &[u8], lang: Lang) -> Result<String, String> {
        match self {
            SigningKey::Key(key) => sign_bytes(key, namespace, bytes),
            // The agent was found holding the key a moment ago; gone since, say so.
            SigningKey::Agent(public) => agent::sign_with_agent(public, namespace, bytes, lang)
                .unwrap_or_else(|| {
                    Err(crate::t!(
                        lang,
                        "domain-sign-agent-failed",
                        why = "SSH_AUTH_SOCK"
                    ))
                }),
        }
    }
}

/// Sign `file` as it is on disk now, writing `file.sig` atomically.
pub fn sign_file(
    key: &SigningKey,
    namespace: &str,
    file: &Path,
    lang: Lang,
) -> crate::error::Result<()> {
    // Read as a check reads it: a link, a FIFO or a huge file put in the shared folder in
    // place of a summary is refused, never waited on or signed.
    let bytes = read_signed(file, lang)
        .map_err(|why| crate::error::Error::Failed(format!("{}: {why}", file.display())))?;
    let armored = key
        .sign(namespace, &bytes, lang)
        .map_err(crate::error::Error::Failed)?;
    crate::store::write_atomic(&sig_path(file), armored.as_bytes(), lang)
}

/// The reader's trusted signers from their own settings folder. A file that cannot be
/// read trusts nobody, and says why in `warnings`, so a check still runs and reports.
pub fn load_trusted(lang: crate::i18n::Lang) -> AllowedSigners {
    let Some(path) = crate::config::allowed_signers_path() else {
        return AllowedSigners::default();
    };
    AllowedSigners::load(&path, lang).unwrap_or_else(|e| AllowedSigners {
        signers: Vec::new(),
        warnings: vec![e.to_string()],
    })
}

/// The signing key named in the settings, unlocked with what `ask` gives when it has a
/// passphrase; None when no key is set. The command line asks at the terminal; the
/// full-screen interface cannot, so it passes an `ask` that only reads the environment.
pub fn configured_key(
    ask: Passphrase,
    lang: crate::i18n::Lang,
) -> Option<crate::error::Result<SigningKey>> {
    let path = crate::config::default_config_path()?;
    let key_path = crate::config::load_config(&path, lang).0.signing_key?;
    Some(key::load_signer(&key_path, ask, lang))
}

/// The variable a script (or the interface) gives a key's passphrase in.
pub const PASSPHRASE_ENV: &str = "WIA_KEY_PASSPHRASE";

/// What signing saved files came to. The files stay as saved whatever it says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Signed {
    /// No signing key is set up.
    NoKey,
    /// Signed with the key of this fingerprint (`SHA256:...`).
    By(String),
    /// A key is set up but could not sign: why.
    Failed(String),
}

/// Sign a saved record's summary (when it is there), then the record, with `key` (from
/// `configured_key`). Without a key the summary's old signature is removed: the summary
/// was written again, so it would no longer match.
pub fn sign_saved(
    key: Option<crate::error::Result<SigningKey>>,
    record: &Path,
    summary: &Path,
    lang: Lang,
) -> Signed {
    let Some(key) = key else {
        let _ = std::fs::remove_file(sig_path(summary));
        return Signed::NoKey;
    };
    let result = key.and_then(|key| {
        if summary.exists() {
            sign_file(&key, NS_RECORD, summary, lang)?;
        }
        sign_file(&key, NS_RECORD, record, lang)?;
        Ok(key.fingerprint())
    });
    match result {
        Ok(fingerprint) => Signed::By(fingerprint),
        Err(e) => Signed::Failed(e.to_string()),
    }
}

/// Sign a stored response with `key`, in the responses' own namespace so a record
/// signature can never pass for it.
pub fn sign_response(
    key: Option<crate::error::Result<SigningKey>>,
    response: &Path,
    lang: Lang,
) -> Signed {
    let Some(key) = key else {
        return Signed::NoKey;
    };
    let result = key.and_then(|key| {
        sign_file(&key, NS_RESPONSE, response, lang)?;
        Ok(key.fingerprint())
    });
    match result {
        Ok(fingerprint) => Signed::By(fingerprint),
        Err(e) => Signed::Failed(e.to_string()),
    }
}
