//! `wia verify`: has a record changed since it was saved?

use super::output::{err, out};
use super::record_arg;
use crate::error::{Error, Result};
use crate::i18n::current;
use crate::record::Status;
use crate::record::{Integrity, check_file_integrity, load_record};
use crate::store::DataDir;
use crate::t;

pub fn run(data: &DataDir, arg: &str) -> Result<u8> {
    let path = record_arg::resolve(data, arg)?;
    let name = path.display().to_string();
    let (record, text) = match load_record(&path) {
        Ok(loaded) => loaded,
        Err(Error::Invalid(diags)) => {
            err(&crate::error::render(&diags));
            err(&t!(
                current(),
                "cli-verify-unreadable",
                name = name.as_str()
            ));
            return Ok(1);
        }
        Err(other) => return Err(other),
    };
    let lang = current();
    let what = t!(
        lang,
        match record.status {
            Status::Draft => "cli-verify-what-draft",
            Status::Final => "cli-verify-what-final",
        },
        id = record.id.as_str()
    );
    let intact = || {
        t!(
            lang,
            "cli-verify-intact",
            name = name.as_str(),
            what = what.as_str(),
            digest = record.digest.as_deref().unwrap_or("")
        )
    };
    match check_file_integrity(&record, &text, &path) {
        Integrity::Intact => {
            out(&format!("{}\n", intact()));
            Ok(0)
        }
        Integrity::IntactReformatted => {
            out(&format!("{}\n", intact()));
            err(&t!(lang, "cli-verify-reformatted", name = name.as_str()));
            Ok(0)
        }
        Integrity::Altered { stored, actual } => {
            let lines = [
                t!(
                    lang,
                    "cli-verify-altered",
                    name = name.as_str(),
                    what = what.as_str()
                ),
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
            Ok(1)
        }
        Integrity::Undigestible(why) => {
            err(&t!(
                lang,
                "cli-verify-undigestible",
                name = name.as_str(),
                what = what.as_str(),
                why = why.as_str()
            ));
            Ok(1)
        }
        Integrity::Renamed { file, holds } => {
            err(&t!(
                lang,
                "cli-verify-renamed",
                name = name.as_str(),
                why = t!(
                    lang,
                    "review-altered-renamed",
                    file = crate::document::excerpt(&file),
                    holds = holds.as_str()
                )
            ));
            Ok(1)
        }
        Integrity::Unsigned => {
            err(&t!(
                lang,
                "cli-verify-unsigned",
                name = name.as_str(),
                what = what.as_str()
            ));
            Ok(1)
        }
    }
}
