//! `wia revise`: a draft that starts from a final record and remembers it; and the checks
//! `wia new` makes before it finalises such a draft into a new record.

use super::output::{err, out};
use super::record_arg;
use crate::error::{Error, Result};
use crate::i18n::Lang;
use crate::record::AnswersFile;
use crate::review::{prepare_revision, start_revision};
use crate::store::DataDir;
use crate::t;

pub fn run(data: &DataDir, arg: &str, lang: Lang) -> Result<u8> {
    let path = record_arg::resolve(data, arg, lang)?;
    let (draft, saved) = start_revision(data, &path, lang)?;
    let id = draft.revises.as_ref().map_or("", |r| r.id.as_str());
    out(&format!("{}\n", saved.display()));
    err(&t!(
        lang,
        "cli-revise-started",
        draft = draft.id.as_str(),
        id = id,
        file = saved.display().to_string()
    ));
    Ok(0)
}

/// Before `wia new` builds a record from `answers`: a revision's record must still be
/// there, intact and unrevised, and it takes the reason given; a reason for anything else
/// is a slip. Returns the id of the record revised.
pub fn prepare(
    data: &DataDir,
    answers: &mut AnswersFile,
    reason: Option<&str>,
    lang: Lang,
) -> Result<Option<String>> {
    if answers.revises.is_none() && reason.is_some() {
        return Err(Error::Failed(t!(lang, "cli-new-reason-not-revision")));
    }
    prepare_revision(data, answers, reason, lang)
}
