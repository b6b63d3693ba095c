//! `wia verify`: has a record changed since it was saved?

use super::output::{err, out};
use super::record_arg;
use crate::error::{Error, Result};
use crate::i18n::Lang;
use crate::record::Status;
use crate::record::{Integrity, check_file_integrity, load_record};
use crate::store::DataDir;
use crate::t;

pub fn run(data: &DataDir, arg: &str, require_signature: bool, lang: Lang) -> Result<u8> {
    let path = record_arg::resolve(data, arg, lang)?;
    let name = path.display().to_string();
    let (record, text) = match load_record(&path, lang) {
        Ok(loaded) => loaded,
        Err(Error::Invalid(diags)) => {
            err(&crate::error::render(&diags));
            err(&t!(lang, "cli-verify-unreadable", name = name.as_str()));
            return Ok(1);
        }
        Err(other) => return Err(other),
    };
    let what = t!(
        lang,
        match record.status {
            Status::Draft => "cli-verify-what-draft",
            Status::Final => "cli-verify-what-final",
        },
        id = record.id.as_str()
    );
    let digest = check_digest(&record, &text, &path, &name, &what, lang);
    let summary = super::keys::summary_beside(&path, &record.id);
    let responses = crate::review::response_files(data, &record.id);
    let signed = check_signatures(
        &path,
        summary.as_deref(),
        &responses,
        require_signature,
        lang,
    );
    let chain = super::history::verify_chain(data, &record, lang);
    Ok(digest.max(signed).max(chain))
}

fn check_digest(
    record: &crate::record::Record,
    text: &str,
    path: &std::path::Path,
    name: &str,
    what: &str,
    lang: Lang,
) -> u8 {
    let intact = || {
        t!(
            lang,
            "cli-verify-intact",
            name = name,
            what = what,
            digest = record.digest.as_deref().unwrap_or("")
        )
    };
    match check_file_integrity(record, text, path, lang) {
        Integrity::Intact => {
            out(&format!("{}\n", intact()));
            0
        }
        Integrity::IntactReformatted => {
            out(&format!("{}\n", intact()));
            err(&t!(lang, "cli-verify-reformatted", name = name));
            0
        }
        Integrity::Altered { stored, actual } => {
            let lines = [
                t!(lang, "cli-verify-altered", name = name, what = what),
                format!(
                    "  {}",
                    t!(lang, "cli-verify-digest-stored", digest = stored.as_str())
                ),
                format!(
                    "  {}",
                    t!(lang, "cli-verify-digest-actual", digest = actual.as_str())
                ),
                t!(lang, "cli-verify-ask-assessor"),
            ];
            err(&lines.join("\n"));
            1
        }
        Integrity::Undigestible(why) => {
            err(&t!(
                lang,
                "cli-verify-undigestible",
                name = name,
                what = what,
                why = why.as_str()
            ));
            1
        }
        Integrity::Renamed { file, holds } => {
            err(&t!(
                lang,
                "cli-verify-renamed",
                name = name,
                why = t!(
                    lang,
                    "review-altered-renamed",
                    file = crate::document::excerpt(&file),
                    holds = holds.as_str()
                )
            ));
            1
        }
        Integrity::Unsigned => {
            err(&t!(lang, "cli-verify-unsigned", name = name, what = what));
            1
        }
    }
}

/// The record's signature, its summary's and those of the responses to it, against the
/// reader's own trusted signers.
fn check_signatures(
    record: &std::path::Path,
    summary: Option<&std::path::Path>,
    responses: &[std::path::PathBuf],
    require: bool,
    lang: Lang,
) -> u8 {
    use crate::sign::{AllowedSigners, NS_RECORD, NS_RESPONSE, SigStatus, check_file};
    let allowed_path = crate::config::allowed_signers_path();
    let trusted = match allowed_path
        .as_deref()
        .map(|p| AllowedSigners::load(p, lang))
    {
        Some(Ok(a)) => a,
        Some(Err(e)) => {
            err(&e.to_string());
            AllowedSigners::default()
        }
        None => AllowedSigners::default(),
    };
    for w in &trusted.warnings {
        err(w);
    }
    let record_status = check_file(record, NS_RECORD, &trusted, lang);
    let mut code = report(record, &record_status, NS_RECORD, require, lang);
    if let Some(summary) = summary.filter(|s| s.exists()) {
        let status = check_file(summary, NS_RECORD, &trusted, lang);
        if status == SigStatus::Unsigned && record_status != SigStatus::Unsigned {
            // A signed record vouches for its summary only if the summary is signed too.
            err(&t!(
                lang,
                "cli-verify-summary-unsigned",
                name = summary.display().to_string()
            ));
            code = 1;
        } else if status != SigStatus::Unsigned || require {
            code = code.max(report(summary, &status, NS_RECORD, require, lang));
        }
    }
    for response in responses {
        let status = check_file(response, NS_RESPONSE, &trusted, lang);
        code = code.max(report(response, &status, NS_RESPONSE, require, lang));
    }
    if code == 1
        && trusted.signers.is_empty()
        && let Some(p) = allowed_path
    {
        err(&t!(
            lang,
            "cli-verify-trust-none",
            file = p.display().to_string()
        ));
    }
    code
}

fn report(
    file: &std::path::Path,
    status: &crate::sign::SigStatus,
    namespace: &str,
    require: bool,
    lang: Lang,
) -> u8 {
    use crate::sign::SigStatus;
    let name = file.display().to_string();
    let sig = crate::sign::sig_path(file).display().to_string();
    match status {
        SigStatus::Trusted {
            principals,
            fingerprint,
        } => {
            out(&format!(
                "{}\n",
                t!(
                    lang,
                    "cli-verify-sig-trusted",
                    name = name,
                    who = principals.join(", "),
                    fingerprint = fingerprint.as_str()
                )
            ));
            0
        }
        SigStatus::Unsigned if require => {
            err(&t!(lang, "cli-verify-sig-required", name = name));
            1
        }
        SigStatus::Unsigned => {
            out(&format!(
                "{}\n",
                t!(lang, "cli-verify-sig-unsigned", name = name)
            ));
            0
        }
        SigStatus::Untrusted { fingerprint } => {
            err(&t!(
                lang,
                "cli-verify-sig-untrusted",
                name = name,
                fingerprint = fingerprint.as_str()
            ));
            1
        }
        SigStatus::Mismatch { fingerprint } => {
            err(&t!(
                lang,
                "cli-verify-sig-mismatch",
                name = name,
                fingerprint = fingerprint.as_str()
            ));
            1
        }
        SigStatus::WrongNamespace { found } => {
            err(&t!(
                lang,
                "cli-verify-sig-namespace",
                name = name,
                found = crate::document::excerpt(found),
                expected = namespace
            ));
            1
        }
        SigStatus::Unreadable { why } => {
            err(&t!(
                lang,
                "cli-verify-sig-unreadable",
                name = name,
                sig = sig,
                why = why.as_str()
            ));
            1
        }
    }
}
