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
                    with_key_text(key, |k| {
                        k.map(|k| trusted.principals_for(k.key_data(), namespace))
                            .unwrap_or_default()
                    })
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

/// `f` of the key written `text`, the last one read kept: a listing asks this for every
/// signature, nearly all made with one key, and reading a key's text is most of the cost.
fn with_key_text<T>(text: &str, f: impl FnOnce(Option<&PublicKey>) -> T) -> T {
    thread_local! {
        static LAST: std::cell::RefCell<Option<(String, Option<PublicKey>)>> =
            const { std::cell::RefCell::new(None) };
    }
    LAST.with_borrow_mut(|last| {
        if last.as_ref().is_none_or(|(kept, _)| kept != text) {
            *last = Some((text.to_string(), PublicKey::from_openssh(text).ok()));
        }
        f(last.as_ref().and_then(|(_, key)| key.as_ref()))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    fn matches(key: &PublicKey) -> Checked {
        Checked::Matches {
            key: key.to_openssh().unwrap(),
            fingerprint: key.fingerprint(HashAlg::Sha256).to_string(),
        }
    }

    #[test]
    fn each_signature_is_trusted_for_its_own_key_whatever_came_before() {
        let new = || {
            ssh_key::PrivateKey::random(&mut ssh_key::rand_core::OsRng, ssh_key::Algorithm::Ed25519)
                .unwrap()
                .public_key()
                .clone()
        };
        let (alice, stranger) = (new(), new());
        let line = super::super::allowed_line("alice", &alice, &[super::super::NS_RECORD]);
        let trusted = AllowedSigners::parse(&line, "allowed_signers", Lang::En);
        let ns = super::super::NS_RECORD;
        for key in [&alice, &stranger, &stranger, &alice, &stranger, &alice] {
            let status = matches(key).trust(&trusted, ns);
            let want_trusted = std::ptr::eq(key, &alice);
            assert_eq!(
                matches!(&status, SigStatus::Trusted { principals, .. } if principals == &["alice"]),
                want_trusted,
                "{status:?}"
            );
            assert_eq!(matches!(status, SigStatus::Untrusted { .. }), !want_trusted);
        }
        // A key text that is no key is trusted by no one, and does not stick.
        let broken = Checked::Matches {
            key: "ssh-ed25519 AAAA".into(),
            fingerprint: String::new(),
        };
        assert!(matches!(
            broken.trust(&trusted, ns),
            SigStatus::Untrusted { .. }
        ));
        assert!(matches!(
            matches(&alice).trust(&trusted, ns),
            SigStatus::Trusted { .. }
        ));
    }
}
