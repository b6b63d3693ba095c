//! The signing key: an OpenSSH private key file the user already has, or one made for
//! wia. Only ed25519 is used: it is what `ssh-keygen` makes by default, and the one key
//! type this build signs and checks.

use std::path::Path;

use ssh_key::{Algorithm, LineEnding, PrivateKey, PublicKey};

use crate::error::{Error, Result};
use crate::i18n::Lang;
use crate::t;

/// A private or public key file is a few hundred bytes.
const MAX_KEY_BYTES: usize = 64 * 1024;

/// Asks for the passphrase of an encrypted key; None when there is no one to ask.
pub type Passphrase<'a> = &'a mut dyn FnMut() -> Option<String>;

/// The private key in `path`, unlocked with a passphrase from `ask` when it has one.
pub fn load_private_key(path: &Path, ask: Passphrase, lang: Lang) -> Result<PrivateKey> {
    let key = read_private_key(path, lang)?;
    unlock(key, path, ask, lang)
}

/// What signs for the key in `path`: the key itself when it has no passphrase; a running
/// ssh-agent that holds it (its owner unlocked it with `ssh-add`), so the passphrase is not
/// asked again; else the key unlocked with a passphrase from `ask`.
pub fn load_signer(path: &Path, ask: Passphrase, lang: Lang) -> Result<super::SigningKey> {
    let key = read_private_key(path, lang)?;
    if key.is_encrypted() && super::agent::agent_holds(key.public_key()) {
        return Ok(super::SigningKey::Agent(key.public_key().clone()));
    }
    unlock(key, path, ask, lang).map(super::SigningKey::Key)
}

/// The key in `path` as stored, perhaps still locked; only ed25519.
fn read_private_key(path: &Path, lang: Lang) -> Result<PrivateKey> {
    let name = path.display().to_string();
    let text = crate::store::read_named_text(path, MAX_KEY_BYTES, lang)?;
    let key = PrivateKey::from_openssh(text.trim()).map_err(|_| {
        Error::Failed(t!(
            lang,
            "domain-sign-not-a-private-key",
            file = name.as_str()
        ))
    })?;
    only_ed25519(&key.algorithm(), &name, lang)?;
    Ok(key)
}

fn unlock(key: PrivateKey, path: &Path, ask: Passphrase, lang: Lang) -> Result<PrivateKey> {
    if !key.is_encrypted() {
        return Ok(key);
    }
    let name = path.display().to_string();
    let Some(pass) = ask() else {
        return Err(Error::Failed(t!(
            lang,
            "domain-sign-needs-passphrase",
            file = name.as_str()
        )));
    };
    // Wiped when dropped, however decrypting ends.
    let pass = zeroize::Zeroizing::new(pass);
    key.decrypt(pass.as_bytes()).map_err(|_| {
        Error::Failed(t!(
            lang,
            "domain-sign-wrong-passphrase",
            file = name.as_str()
        ))
    })
}

/// A new ed25519 key with `comment`, written to `path` readable by its owner only, with
/// its public half beside it in `path.pub`, as `ssh-keygen` would.
pub fn new_private_key(
    path: &Path,
    comment: &str,
    passphrase: Option<&str>,
    lang: Lang,
) -> Result<PrivateKey> {
    let failed = |e: ssh_key::Error| Error::Failed(e.to_string());
    let mut key =
        PrivateKey::random(&mut ssh_key::rand_core::OsRng, Algorithm::Ed25519).map_err(failed)?;
    key.set_comment(comment);
    let stored = match passphrase {
        Some(p) if !p.is_empty() => key
            .encrypt(&mut ssh_key::rand_core::OsRng, p.as_bytes())
            .map_err(failed)?,
        _ => key.clone(),
    };
    let text = stored.to_openssh(LineEnding::LF).map_err(failed)?;
    crate::store::write_atomic_private(path, text.as_bytes(), lang)?;
    let public = key.public_key().to_openssh().map_err(failed)?;
    crate::store::write_atomic(
        &super::sig_path_with(path, "pub"),
        format!("{public}\n").as_bytes(),
        lang,
    )?;
    Ok(key)
}

/// A public key given as text (`ssh-ed25519 AAAA... comment`).
pub fn parse_public_key(text: &str, lang: Lang) -> Result<PublicKey> {
    let line = text
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty() && !l.starts_with('#'))
        .unwrap_or("");
    let key = PublicKey::from_openssh(line).map_err(|_| {
        Error::Failed(t!(
            lang,
            "domain-sign-not-a-public-key",
            text = crate::document::excerpt(line)
        ))
    })?;
    only_ed25519(&key.algorithm(), &crate::document::excerpt(line), lang)?;
    Ok(key)
}

/// The public key in a `.pub` file; a private key file is refused, so it is never copied
/// into a list meant to be shared.
pub fn public_key_of_file(path: &Path, lang: Lang) -> Result<PublicKey> {
    let text = crate::store::read_named_text(path, MAX_KEY_BYTES, lang)?;
    if text.contains("PRIVATE KEY") {
        return Err(Error::Failed(t!(
            lang,
            "domain-sign-private-not-public",
            file = path.display().to_string()
        )));
    }
    parse_public_key(&text, lang)
}

fn only_ed25519(algorithm: &Algorithm, name: &str, lang: Lang) -> Result<()> {
    if *algorithm == Algorithm::Ed25519 {
        Ok(())
    } else {
        Err(Error::Failed(t!(
            lang,
            "domain-sign-not-ed25519",
            file = name,
            algorithm = algorithm.as_str().to_string()
        )))
    }
}
