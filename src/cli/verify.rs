//! `wia verify`: has a record changed since it was saved?

use super::output::{err, out};
use super::record_arg;
use crate::error::{Error, Result};
use crate::record::{Integrity, check_integrity, load_record};
use crate::store::DataDir;

pub fn run(data: &DataDir, arg: &str) -> Result<u8> {
    let path = record_arg::resolve(data, arg)?;
    let name = path.display().to_string();
    let (record, text) = match load_record(&path) {
        Ok(loaded) => loaded,
        Err(Error::Invalid(diags)) => {
            err(&crate::error::render(&diags));
            err(&format!(
                "{name}: cannot be verified: it is not a readable assessment record"
            ));
            return Ok(1);
        }
        Err(other) => return Err(other),
    };
    let what = format!("{} record {}", record.status.as_str(), record.id);
    match check_integrity(&record, &text) {
        Integrity::Intact => {
            out(&format!(
                "{name}: intact: {what}, digest {}\n",
                record.digest.as_deref().unwrap_or("")
            ));
            Ok(0)
        }
        Integrity::IntactReformatted => {
            out(&format!(
                "{name}: intact: {what}, digest {}\n",
                record.digest.as_deref().unwrap_or("")
            ));
            err(&format!(
                "{name}: note: the content matches its digest, but the layout or comments differ from what wia wrote"
            ));
            Ok(0)
        }
        Integrity::Altered { stored, actual } => {
            err(&format!(
                "{name}: ALTERED: {what} does not match its digest; it was changed after it was saved\n  digest in the record:  {stored}\n  digest of the content: {actual}\nAsk the assessor for the record as they saved it."
            ));
            Ok(1)
        }
        Integrity::Undigestible(why) => {
            err(&format!(
                "{name}: ALTERED: {what} cannot be digested ({why}); wia never writes such a record"
            ));
            Ok(1)
        }
        Integrity::Unsigned => {
            err(&format!(
                "{name}: ALTERED: {what} has no digest, so it cannot be trusted; records written by wia always have one"
            ));
            Ok(1)
        }
    }
}
