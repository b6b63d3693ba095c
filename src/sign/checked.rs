//! What a signature's cryptography says, apart from whom the reader trusts. This part
//! depends only on the files, so the list may keep it between runs; trust is the reader's
//! and may change at any time, so it is applied afresh each time (`Checked::trust`) and
//! never kept.

use serde::{Deserialize, Serialize};
use ssh_key::{HashAlg, PublicKey, SshSig};

use super::{AllowedSigners, SigStatus};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Checked {
    Unsigned,
    /// The signature matches the file in the namespace asked for, made by `key` (its
    /// OpenSSH text, without a comment).
    Matches {
        key: String,
        fingerprint: String,
    },
    Mismatch {
        fingerprint: String,
    },
    WrongNamespace {
        found: String,
    },
    /// Why, in the language of the run that found it: not worth keeping.
    Unreadable {
        why: String,
    },
}

/// Check `sig_text` against `content` in `namespace` with the key the signature carries.
pub fn verify_bytes(content: &[u8], sig_text: &[u8], namespace: &str) -> Checked {
    let sig = match SshSig::from_pem(sig_text) {
        Ok(sig) => sig,
        Err(e) => return Checked::Unreadable { why: e.to_string() },
    };
    if sig.namespace() != namespace {
        return Checked::WrongNamespace {
            found: sig.namespace().to_string(),
        };
    }
    let key = PublicKey::new(sig.public_key().clone(), "");
    let fingerprint = key.fingerprint(HashAlg::Sha256).to_string();
    let verified = super::ed25519::verify(&sig, content)
        .unwrap_or_else(|| key.verify(namespace, content, &sig));
    match verified {
        Ok(()) => Checked::Matches {
            key: key.to_openssh().unwrap_or_default(),
            fingerprint,
        },
        Err(ssh_key::Error::Crypto) => Checked::Mismatch { fingerprint },
        Err(e) => Checked::Unreadable { why: e.to_string() },
    }
}

impl Checked {
    /// The status for a reader who trusts `trusted`, for signatures in `namespace`.
    pub fn trust(&self, trusted: &AllowedSigners, namespace: &str) -> SigStatus {
        match self {
            Checked::Unsigned => SigStatus::Unsigned,
            Checked::Matches { key, fingerprint } => {
                let principals = if trusted.signers.is_empty() {
                    Vec::new()
                } else {
                    PublicKey::from_openssh(key)
                        .map(|k| trusted.principals_for(k.key_data(), namespace))
                        .unwrap_or_default()
                };
                if principals.is_empty() {
                    SigStatus::Untrusted {
                        fingerprint: fingerprint.clone(),
                    }
                } else {
                    SigStatus::Trusted {
                        principals,
                        fingerprint: fingerprint.clone(),
                    }
                }
            }
            Checked::Mismatch { fingerprint } => SigStatus::Mismatch {
                fingerprint: fingerprint.clone(),
            },
            Checked::WrongNamespace { found } => SigStatus::WrongNamespace {
                found: found.clone(),
            },
            Checked::Unreadable { why } => SigStatus::Unreadable { why: why.clone() },
        }
    }
}
