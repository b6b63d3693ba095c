//! Ed25519 signatures checked as ssh-key checks them, with each signer's key decompressed
//! once a thread instead of once a signature. A listing checks two signatures a record,
//! nearly always made by one of a handful of keys, and ssh-key decompresses the key for
//! every one: an eighth of each check (issue 18). The same dalek call on the same bytes,
//! so the verdict is ssh-key's; anything but a plain Ed25519 signature is left to ssh-key.

use std::cell::RefCell;

use ed25519_dalek::{Signature, Verifier, VerifyingKey};
use ssh_key::public::KeyData;
use ssh_key::{Algorithm, SshSig};

/// How many keys a thread keeps. A folder of strangers' files may name a new key in every
/// signature; looking through more than a few would cost more than decompressing.
const KEPT: usize = 8;

type Kept = Vec<([u8; 32], Option<VerifyingKey>)>;

thread_local! {
    static KEYS: RefCell<Kept> = const { RefCell::new(Vec::new()) };
}

/// What ssh-key's `PublicKey::verify` says of `sig` over `content` once its namespace is
/// known to be the one asked for; None when ssh-key must check it itself.
pub(super) fn verify(sig: &SshSig, content: &[u8]) -> Option<ssh_key::Result<()>> {
    let KeyData::Ed25519(public) = sig.public_key() else {
        return None;
    };
    // ssh-key signs over the signature's own reserved field; `signed_data` writes it
    // empty, as every signer does.
    if sig.algorithm() != Algorithm::Ed25519 || !sig.reserved().is_empty() {
        return None;
    }
    let signature = Signature::from_slice(sig.signature_bytes()).ok()?;
    let signed = SshSig::signed_data(sig.namespace(), sig.hash_alg(), content).ok()?;
    let good = with_key(&public.0, |key| {
        key.is_some_and(|key| key.verify(&signed, &signature).is_ok())
    });
    // Every failure inside ssh-key's Ed25519 check, a key that is no curve point
    // included, comes out as Error::Crypto.
    Some(if good {
        Ok(())
    } else {
        Err(ssh_key::Error::Crypto)
    })
}

/// `f` of the key `bytes` decompressed (None when they are not a key), kept for the next.
fn with_key<T>(bytes: &[u8; 32], f: impl FnOnce(Option<&VerifyingKey>) -> T) -> T {
    KEYS.with_borrow_mut(|keys| {
        let at = match keys.iter().position(|(kept, _)| kept == bytes) {
            Some(at) => at,
            None => {
                if keys.len() == KEPT {
                    keys.remove(0);
                }
                keys.push((*bytes, VerifyingKey::from_bytes(bytes).ok()));
                keys.len() - 1
            }
        };
        f(keys[at].1.as_ref())
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use ssh_key::{HashAlg, LineEnding, PrivateKey, PublicKey, Signature as SshSignature};

    fn key() -> PrivateKey {
        PrivateKey::random(&mut ssh_key::rand_core::OsRng, Algorithm::Ed25519).unwrap()
    }

    /// ssh-key's own verdict, the one this must give.
    fn theirs(sig: &SshSig, content: &[u8]) -> bool {
        PublicKey::new(sig.public_key().clone(), "")
            .verify(sig.namespace(), content, sig)
            .is_ok()
    }

    fn ours(sig: &SshSig, content: &[u8]) -> bool {
        verify(sig, content)
            .expect("a plain Ed25519 signature")
            .is_ok()
    }

    fn with_signature(sig: &SshSig, bytes: Vec<u8>) -> SshSig {
        let signature = SshSignature::new(Algorithm::Ed25519, bytes).unwrap();
        SshSig::new(
            sig.public_key().clone(),
            sig.namespace(),
            sig.hash_alg(),
            signature,
        )
        .unwrap()
    }

    #[test]
    fn agrees_with_ssh_key_on_good_and_altered_content() {
        let key = key();
        for hash in [HashAlg::Sha512, HashAlg::Sha256] {
            let sig = key.sign("wia-record", hash, b"record bytes").unwrap();
            assert!(ours(&sig, b"record bytes") && theirs(&sig, b"record bytes"));
            assert!(!ours(&sig, b"record bytez") && !theirs(&sig, b"record bytez"));
        }
    }

    #[test]
    fn agrees_with_ssh_key_on_altered_signatures() {
        let sig = key().sign("wia-record", HashAlg::Sha512, b"x").unwrap();
        let good = sig.signature_bytes().to_vec();
        for at in [0, 31, 32, 63] {
            let mut bad = good.clone();
            bad[at] ^= 1;
            let bad = with_signature(&sig, bad);
            assert!(!ours(&bad, b"x") && !theirs(&bad, b"x"), "byte {at}");
        }
        // s with its top bits set is not a scalar: refused, not reduced.
        let mut high = good.clone();
        high[63] |= 0xe0;
        let high = with_signature(&sig, high);
        assert!(!ours(&high, b"x") && !theirs(&high, b"x"));
    }

    #[test]
    fn a_key_that_is_no_point_is_a_mismatch_as_in_ssh_key() {
        let sig = key().sign("wia-record", HashAlg::Sha512, b"x").unwrap();
        // y = 2 has no x on the curve: these bytes decompress to nothing.
        let mut not_a_point = [0u8; 32];
        not_a_point[0] = 2;
        assert!(VerifyingKey::from_bytes(&not_a_point).is_err());
        let stranger = SshSig::new(
            KeyData::Ed25519(ssh_key::public::Ed25519PublicKey(not_a_point)),
            sig.namespace(),
            sig.hash_alg(),
            sig.signature().clone(),
        )
        .unwrap();
        assert!(!ours(&stranger, b"x") && !theirs(&stranger, b"x"));
        assert!(matches!(
            verify(&stranger, b"x"),
            Some(Err(ssh_key::Error::Crypto))
        ));
    }

    #[test]
    fn more_keys_than_are_kept_are_each_checked_with_their_own() {
        let keys: Vec<PrivateKey> = (0..KEPT + 3).map(|_| key()).collect();
        let sigs: Vec<SshSig> = keys
            .iter()
            .map(|k| k.sign("wia-record", HashAlg::Sha512, b"x").unwrap())
            .collect();
        for round in 0..2 {
            for (i, sig) in sigs.iter().enumerate() {
                assert!(ours(sig, b"x"), "round {round}, key {i}");
                // Another key's signature on the same content never passes for this one.
                let other = &sigs[(i + 1) % sigs.len()];
                let swapped = with_signature(sig, other.signature_bytes().to_vec());
                assert!(!ours(&swapped, b"x"), "round {round}, key {i}");
            }
        }
        KEYS.with_borrow(|kept| assert_eq!(kept.len(), KEPT));
    }

    #[test]
    fn what_is_not_a_plain_ed25519_signature_is_left_to_ssh_key() {
        let sig = key().sign("wia-record", HashAlg::Sha512, b"x").unwrap();
        let pem = sig.to_pem(LineEnding::LF).unwrap();
        assert!(verify(&SshSig::from_pem(pem).unwrap(), b"x").is_some());
        let security_key = SshSignature::new(Algorithm::SkEd25519, vec![0; 69]).unwrap();
        let odd = SshSig::new(
            sig.public_key().clone(),
            "wia-record",
            HashAlg::Sha512,
            security_key,
        )
        .unwrap();
        assert!(verify(&odd, b"x").is_none());
        assert!(!theirs(&odd, b"x"));
    }
}
