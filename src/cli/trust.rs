//! `wia trust`: whose signatures this reader trusts, kept in their own allowed_signers
//! file (never in the shared folder). Adding, listing, removing, and importing a list a
//! folder suggests, each entry shown with its fingerprint first.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use clap::{Subcommand, ValueEnum};
use ssh_key::HashAlg;

use super::output::{err, out};
use crate::config::allowed_signers_path;
use crate::error::{Error, Result};
use crate::i18n::Lang;
use crate::sign::{self, AllowedSigners, NS_RECORD, NS_RESPONSE, Signer};
use crate::store::DataDir;
use crate::t;

/// Where a data folder may publish the signers its members suggest trusting. Only a
/// suggestion: nothing is trusted until a reader imports it.
pub const SUGGESTED_FILE: &str = "suggested_signers";

/// Whom to trust, for what: `wia trust add` and the older `wia keys trust`.
#[derive(Debug, clap::Args)]
pub struct AddArgs {
    /// The name to show for this signer (an email address, no spaces)
    #[arg(value_name = "NAME")]
    pub principal: String,
    /// Their public key (`ssh-ed25519 AAAA...`) or a .pub file holding it
    #[arg(value_name = "KEY")]
    pub key: String,
    /// Trust them for records only, or responses only [default: both]
    #[arg(long, value_enum)]
    pub only: Option<Only>,
}

#[derive(Debug, Subcommand)]
pub enum TrustCommand {
    /// Trust a signer: add their public key to your own allowed_signers file
    Add(AddArgs),
    /// List the signers you trust, with what for and their key's fingerprint
    List,
    /// Stop trusting a signer, by name or by key fingerprint (SHA256:...)
    Remove {
        /// The name as listed, or the key's fingerprint
        #[arg(value_name = "WHO")]
        who: String,
    },
    /// Trust the signers a shared folder suggests, after showing each one's fingerprint
    Import {
        /// An allowed_signers file [default: suggested_signers in the data folder]
        #[arg(value_name = "FILE")]
        file: Option<PathBuf>,
        /// Import only the key with this fingerprint (may be given more than once)
        #[arg(long, value_name = "FINGERPRINT")]
        fingerprint: Vec<String>,
        /// Do not ask: you have checked every fingerprint shown with its owner
        #[arg(long)]
        yes: bool,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Only {
    Records,
    Responses,
}

fn allowed_path(lang: Lang) -> Result<PathBuf> {
    allowed_signers_path().ok_or_else(|| Error::NotFound(t!(lang, "cli-keys-no-config-dir")))
}

/// `data` is only asked for when an import names no file.
pub fn run(cmd: &TrustCommand, data: impl FnOnce() -> Result<DataDir>, lang: Lang) -> Result<u8> {
    let path = allowed_path(lang)?;
    match cmd {
        TrustCommand::Add(args) => add(&path, args, lang),
        TrustCommand::List => list(&path, lang),
        TrustCommand::Remove { who } => remove(&path, who, lang),
        TrustCommand::Import {
            file,
            fingerprint,
            yes,
        } => {
            // A file the user names may be a link; the folder's own list may not, like
            // every other file in a shared folder.
            let (file, links) = match file {
                Some(f) => (f.clone(), crate::store::Links::Follow),
                None => (
                    data()?.root.join(SUGGESTED_FILE),
                    crate::store::Links::Refuse,
                ),
            };
            import(&path, &file, links, fingerprint, *yes, lang)
        }
    }
}

pub fn add(path: &Path, args: &AddArgs, lang: Lang) -> Result<u8> {
    let (principal, key) = (args.principal.as_str(), args.key.as_str());
    // The name is checked before the key is read, so both mistakes are not met in turn.
    sign::check_principal(principal, lang)?;
    let public = if ["ssh-", "ecdsa-", "sk-"].iter().any(|p| key.starts_with(p)) {
        sign::parse_public_key(key, lang)?
    } else {
        sign::public_key_of_file(Path::new(key), lang)?
    };
    let namespaces: &[&str] = match args.only {
        None => &[NS_RECORD, NS_RESPONSE],
        Some(Only::Records) => &[NS_RECORD],
        Some(Only::Responses) => &[NS_RESPONSE],
    };
    let line = sign::trust(path, principal, &public, namespaces, lang)?;
    err(&t!(
        lang,
        "cli-keys-trusted-added",
        who = principal,
        fingerprint = public.fingerprint(HashAlg::Sha256).to_string(),
        file = path.display().to_string()
    ));
    out(&format!("{line}\n"));
    Ok(0)
}

/// What a signer is trusted for, in words.
fn uses(signer: &Signer, lang: Lang) -> String {
    let Some(ns) = &signer.namespaces else {
        return t!(lang, "cli-trust-for-everything");
    };
    let mut words = Vec::new();
    for n in ns {
        words.push(match n.as_str() {
            NS_RECORD => t!(lang, "cli-trust-for-records"),
            NS_RESPONSE => t!(lang, "cli-trust-for-responses"),
            other => crate::text::inert(other).to_string(),
        });
    }
    words.join(", ")
}

fn describe(signer: &Signer, lang: Lang) -> String {
    format!(
        "{}\t{}\t{}",
        crate::text::inert(&signer.principals.join(",")),
        uses(signer, lang),
        signer.key.fingerprint(HashAlg::Sha256)
    )
}

pub fn list(path: &Path, lang: Lang) -> Result<u8> {
    let allowed = AllowedSigners::load(path, lang)?;
    for w in &allowed.warnings {
        err(w);
    }
    if allowed.signers.is_empty() {
        err(&t!(
            lang,
            "cli-keys-trusted-none",
            file = path.display().to_string()
        ));
        return Ok(0);
    }
    for s in &allowed.signers {
        out(&format!("{}\n", describe(s, lang)));
    }
    Ok(0)
}

fn remove(path: &Path, who: &str, lang: Lang) -> Result<u8> {
    let removed = sign::untrust(path, who, lang)?;
    if removed.is_empty() {
        err(&t!(
            lang,
            "cli-trust-remove-none",
            who = crate::document::excerpt(who),
            file = path.display().to_string()
        ));
        return Ok(1);
    }
    for r in &removed {
        err(&t!(
            lang,
            "cli-trust-removed",
            who = crate::text::inert(&r.principal),
            fingerprint = r.fingerprint.as_str()
        ));
    }
    Ok(0)
}

fn import(
    path: &Path,
    file: &Path,
    links: crate::store::Links,
    only: &[String],
    yes: bool,
    lang: Lang,
) -> Result<u8> {
    let name = file.display().to_string();
    let read = match links {
        crate::store::Links::Follow => crate::store::read_named_text,
        crate::store::Links::Refuse => crate::store::read_text,
    };
    let suggested = match read(file, sign::MAX_ALLOWED_BYTES, lang) {
        Ok(text) => AllowedSigners::parse(&text, &name, lang),
        Err(Error::Read { source, .. }) if source.kind() == std::io::ErrorKind::NotFound => {
            err(&t!(lang, "cli-trust-import-missing", file = name.as_str()));
            return Ok(1);
        }
        Err(e) => return Err(e),
    };
    for w in &suggested.warnings {
        err(w);
    }
    let mine = AllowedSigners::load(path, lang)?;
    let already = |s: &Signer| {
        s.principals.iter().all(|p| {
            mine.signers
                .iter()
                .any(|m| m.key.key_data() == s.key.key_data() && m.principals.contains(p))
        })
    };
    let fingerprint = |s: &Signer| s.key.fingerprint(HashAlg::Sha256).to_string();
    let unknown: Vec<&String> = only
        .iter()
        .filter(|f| !suggested.signers.iter().any(|s| &fingerprint(s) == *f))
        .collect();
    if !unknown.is_empty() {
        let list: Vec<String> = unknown
            .iter()
            .map(|f| crate::document::excerpt(f).to_string())
            .collect();
        err(&t!(
            lang,
            "cli-trust-import-not-listed",
            fingerprints = list.join(", "),
            file = name.as_str()
        ));
        return Ok(1);
    }
    let new: Vec<&Signer> = suggested
        .signers
        .iter()
        .filter(|s| only.is_empty() || only.contains(&fingerprint(s)))
        .filter(|s| !already(s))
        .collect();
    if new.is_empty() {
        err(&t!(lang, "cli-trust-import-nothing", file = name.as_str()));
        return Ok(0);
    }
    out(&format!(
        "{}\n",
        t!(
            lang,
            "cli-trust-import-listing",
            count = new.len(),
            file = name.as_str()
        )
    ));
    for s in &new {
        out(&format!("  {}\n", describe(s, lang)));
    }
    // Naming a fingerprint is the check itself.
    if !yes && only.is_empty() {
        let at_terminal = std::io::stdin().is_terminal() && std::io::stderr().is_terminal();
        if !at_terminal {
            err(&t!(lang, "cli-trust-import-needs-yes"));
            return Ok(1);
        }
        if !confirm(&t!(lang, "cli-trust-import-confirm", count = new.len())) {
            err(&t!(lang, "cli-trust-import-declined"));
            return Ok(1);
        }
    }
    let lines: Vec<String> = new.iter().map(|s| sign::signer_line(s)).collect();
    sign::append_lines(path, &lines, lang)?;
    err(&t!(
        lang,
        "cli-trust-imported",
        count = new.len(),
        file = path.display().to_string()
    ));
    Ok(0)
}

/// A yes-or-no question at the terminal; anything but yes is no.
fn confirm(question: &str) -> bool {
    use std::io::Write;
    let mut stderr = std::io::stderr();
    let _ = write!(stderr, "{question} ");
    let _ = stderr.flush();
    let mut answer = String::new();
    if std::io::stdin().read_line(&mut answer).is_err() {
        return false;
    }
    // "y" and "yes", and the Welsh "i" (as the prompt offers), "ie" and "iawn".
    matches!(
        answer.trim().to_lowercase().as_str(),
        "y" | "yes" | "i" | "ie" | "iawn"
    )
}
