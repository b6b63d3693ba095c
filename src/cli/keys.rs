//! `wia keys`: which OpenSSH key signs, its fingerprint and the line others add to trust
//! it, and whom this user trusts; `wia sign`: sign a saved record and its summary.

use std::path::{Path, PathBuf};

use clap::Subcommand;
use ssh_key::{HashAlg, PrivateKey, PublicKey};

use super::output::{err, out};
use super::passphrase;
use crate::config::{
    Config, allowed_signers_path, default_config_dir, default_config_path, load_config, save_config,
};
use crate::error::{Error, Result};
use crate::i18n::Lang;
use crate::sign::{self, NS_RECORD, NS_RESPONSE};
use crate::t;

#[derive(Debug, Subcommand)]
pub enum KeysCommand {
    /// Show the signing key, its fingerprint, the line to publish, and the trusted signers file
    Show,
    /// Sign with an existing OpenSSH ed25519 private key (for example ~/.ssh/id_ed25519)
    Use {
        /// The private key file
        #[arg(value_name = "FILE")]
        key: PathBuf,
        /// The name others will know you by (an email address, no spaces)
        #[arg(long, value_name = "NAME")]
        principal: Option<String>,
    },
    /// Make a new ed25519 key for wia in your config folder and sign with it
    New {
        /// The name others will know you by (an email address, no spaces)
        #[arg(long, value_name = "NAME")]
        principal: Option<String>,
        /// Protect the key with a passphrase (asked at the terminal, or $WIA_KEY_PASSPHRASE)
        #[arg(long)]
        passphrase: bool,
    },
    /// Trust a signer (the same as `wia trust add`, kept for scripts that use it)
    #[command(hide = true)]
    Trust(super::trust::AddArgs),
    /// List the signers you trust (the same as `wia trust list`)
    #[command(hide = true)]
    Trusted,
}

fn config_paths(lang: Lang) -> Result<(PathBuf, PathBuf)> {
    let no_dir = || Error::NotFound(t!(lang, "cli-keys-no-config-dir"));
    Ok((
        default_config_path().ok_or_else(no_dir)?,
        allowed_signers_path().ok_or_else(no_dir)?,
    ))
}

pub fn run(cmd: &KeysCommand, lang: Lang) -> Result<u8> {
    let (config_path, allowed_path) = config_paths(lang)?;
    let (mut config, warning) = load_config(&config_path, lang);
    if let Some(w) = warning {
        err(&w);
    }
    match cmd {
        KeysCommand::Show => show(&config, &allowed_path, lang),
        KeysCommand::Use { key, principal } => {
            let path = std::path::absolute(key).unwrap_or_else(|_| key.clone());
            // The public half is readable without the passphrase.
            let text = crate::store::read_named_text(&path, 64 * 1024, lang)?;
            let private = PrivateKey::from_openssh(text.trim()).map_err(|_| {
                Error::Failed(t!(
                    lang,
                    "domain-sign-not-a-private-key",
                    file = path.display().to_string()
                ))
            })?;
            if private.algorithm() != ssh_key::Algorithm::Ed25519 {
                return Err(Error::Failed(t!(
                    lang,
                    "domain-sign-not-ed25519",
                    file = path.display().to_string(),
                    algorithm = private.algorithm().as_str().to_string()
                )));
            }
            remember(&mut config, &config_path, path, principal.as_deref(), lang)?;
            show(&config, &allowed_path, lang)
        }
        KeysCommand::New {
            principal,
            passphrase: protect,
        } => {
            let dir = default_config_dir()
                .ok_or_else(|| Error::NotFound(t!(lang, "cli-keys-no-config-dir")))?;
            let path = dir.join("wia_ed25519");
            if std::fs::symlink_metadata(&path).is_ok() {
                err(&t!(
                    lang,
                    "cli-keys-new-exists",
                    file = path.display().to_string()
                ));
                return Ok(1);
            }
            if let Some(p) = principal {
                sign::check_principal(p, lang)?;
            }
            let pass = if *protect {
                match new_passphrase(lang) {
                    Some(p) => Some(p),
                    None => {
                        err(&t!(
                            lang,
                            "cli-keys-new-no-passphrase",
                            env = passphrase::ENV
                        ));
                        return Ok(1);
                    }
                }
            } else {
                None
            };
            let who = principal
                .clone()
                .or_else(|| config.assessor_name.clone())
                .unwrap_or_default();
            sign::new_private_key(&path, format!("wia {who}").trim(), pass.as_deref(), lang)?;
            err(&t!(
                lang,
                "cli-keys-new-made",
                file = path.display().to_string()
            ));
            remember(&mut config, &config_path, path, principal.as_deref(), lang)?;
            show(&config, &allowed_path, lang)
        }
        KeysCommand::Trust(args) => super::trust::add(&allowed_path, args, lang),
        KeysCommand::Trusted => super::trust::list(&allowed_path, lang),
    }
}

fn remember(
    config: &mut Config,
    config_path: &Path,
    key: PathBuf,
    principal: Option<&str>,
    lang: Lang,
) -> Result<()> {
    if let Some(p) = principal {
        sign::check_principal(p, lang)?;
        config.signing_principal = Some(p.to_string());
    }
    config.signing_key = Some(key);
    save_config(config_path, config, lang)
}

/// A passphrase for a new key, typed twice so a slip is not locked in.
fn new_passphrase(lang: Lang) -> Option<String> {
    if let Some(p) = std::env::var_os(passphrase::ENV) {
        return p.into_string().ok().filter(|p| !p.is_empty());
    }
    use std::io::IsTerminal;
    if !std::io::stdin().is_terminal() {
        return None;
    }
    let first = passphrase::read_hidden(&t!(lang, "cli-keys-new-passphrase"))?;
    let again = passphrase::read_hidden(&t!(lang, "cli-keys-new-passphrase-again"))?;
    (first == again && !first.is_empty()).then_some(first)
}

fn show(config: &Config, allowed_path: &Path, lang: Lang) -> Result<u8> {
    let Some(key_path) = &config.signing_key else {
        err(&t!(lang, "cli-keys-none"));
        out(&format!(
            "{}\n",
            t!(
                lang,
                "cli-keys-trusted-file",
                file = allowed_path.display().to_string()
            )
        ));
        return Ok(0);
    };
    let text = crate::store::read_named_text(key_path, 64 * 1024, lang)?;
    let private = PrivateKey::from_openssh(text.trim()).map_err(|_| {
        Error::Failed(t!(
            lang,
            "domain-sign-not-a-private-key",
            file = key_path.display().to_string()
        ))
    })?;
    let public: &PublicKey = private.public_key();
    let principal = config
        .signing_principal
        .clone()
        .unwrap_or_else(|| t!(lang, "cli-keys-principal-placeholder"));
    let lines = [
        t!(lang, "cli-keys-key", file = key_path.display().to_string()),
        t!(
            lang,
            "cli-keys-fingerprint",
            fingerprint = public.fingerprint(HashAlg::Sha256).to_string()
        ),
        t!(
            lang,
            if private.is_encrypted() {
                "cli-keys-protected"
            } else {
                "cli-keys-unprotected"
            }
        ),
        t!(lang, "cli-keys-publish"),
        format!(
            "  {}",
            sign::allowed_line(&principal, public, &[NS_RECORD, NS_RESPONSE])
        ),
        t!(
            lang,
            "cli-keys-trusted-file",
            file = allowed_path.display().to_string()
        ),
    ];
    out(&format!("{}\n", lines.join("\n")));
    if config.signing_principal.is_none() {
        err(&t!(lang, "cli-keys-set-principal"));
    }
    Ok(0)
}

/// The configured signing key, unlocked (asking at the terminal for a passphrase); None
/// when no key is configured.
pub fn configured_key(lang: Lang) -> Option<Result<sign::SigningKey>> {
    let path = default_config_path()?;
    let key_path = load_config(&path, lang).0.signing_key?;
    let mut ask = passphrase::asker(&key_path, lang);
    sign::configured_key(&mut ask, lang)
}

/// Sign `summary` (when it is there) and then `record` with the configured key. Returns
/// the exit code to add: 0, or 1 when a key is configured but signing failed, having
/// said so; the record and summary stay as saved either way.
pub fn sign_saved(record: &Path, summary: &Path, id: &str, lang: Lang) -> u8 {
    match sign::sign_saved(configured_key(lang), record, summary, lang) {
        sign::Signed::NoKey => 0,
        sign::Signed::By(fingerprint) => {
            err(&t!(
                lang,
                "cli-sign-signed",
                id = id,
                fingerprint = fingerprint
            ));
            0
        }
        sign::Signed::Failed(why) => {
            err(&t!(lang, "cli-sign-failed", id = id, why = why));
            1
        }
    }
}

/// Sign a stored response with the configured key, in the responses' own namespace so a
/// record signature can never pass for it. Returns 0, or 1 when a key is configured but
/// signing failed (having said so); the response stays stored either way.
pub fn sign_response(response: &Path, id: &str, lang: Lang) -> u8 {
    match sign::sign_response(configured_key(lang), response, lang) {
        sign::Signed::NoKey => 0,
        sign::Signed::By(fingerprint) => {
            err(&t!(
                lang,
                "cli-sign-response-signed",
                id = id,
                fingerprint = fingerprint
            ));
            0
        }
        sign::Signed::Failed(why) => {
            err(&t!(lang, "cli-sign-response-failed", id = id, why = why));
            1
        }
    }
}

/// `wia sign RECORD`: sign a record saved before a key was set up, or whose signing failed.
/// An altered record is refused: a signature would vouch for the change.
pub fn sign_record(data: &crate::store::DataDir, arg: &str, lang: Lang) -> Result<u8> {
    let path = super::record_arg::resolve(data, arg, lang)?;
    let (record, text) = crate::record::load_record(&path, lang)?;
    match crate::record::check_file_integrity(&record, &text, &path, lang) {
        crate::record::Integrity::Intact | crate::record::Integrity::IntactReformatted => {}
        _ => {
            err(&t!(
                lang,
                "cli-sign-altered",
                name = path.display().to_string()
            ));
            return Ok(1);
        }
    }
    // A signature names its signer: on an anonymous response it would undo the anonymity.
    if record.is_anonymous() {
        err(&t!(lang, "survey-sign-anonymous", id = record.id.as_str()));
        return Ok(1);
    }
    // Only whether a key is set: unlocking it here would ask for the passphrase twice.
    let has_key =
        default_config_path().is_some_and(|p| load_config(&p, lang).0.signing_key.is_some());
    if !has_key {
        err(&t!(lang, "cli-sign-no-key"));
        return Ok(1);
    }
    let summary =
        summary_beside(&path, &record.id).unwrap_or_else(|| data.summary_path(&record.id));
    Ok(sign_saved(&path, &summary, &record.id, lang))
}

/// The summary of the record at `record` with `id`: in the `summaries` folder beside its
/// `records` folder.
pub fn summary_beside(record: &Path, id: &str) -> Option<PathBuf> {
    let records = record.parent()?;
    if records.file_name()? != "records" {
        return None;
    }
    Some(records.parent()?.join("summaries").join(format!("{id}.md")))
}
