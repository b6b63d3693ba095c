//! `wia check`: validate questionnaire files.

use std::path::PathBuf;

use super::output::{err, out};
use crate::error::{Error, Level};
use crate::questionnaire::validate::is_missing_welsh_note;
use crate::questionnaire::{MAX_FILE_BYTES, parse};
use crate::store::read_named_text;
use crate::t;
use crate::text::Lang;

pub fn run(files: &[PathBuf], require_lang: Option<Lang>, lang: Lang) -> u8 {
    let mut unreadable = false;
    let mut invalid = false;
    for path in files {
        let name = path.display().to_string();
        let text = match read_named_text(path, MAX_FILE_BYTES, lang) {
            Ok(t) => t,
            Err(e @ Error::Invalid(_)) => {
                err(&e.to_string());
                invalid = true;
                continue;
            }
            Err(e) => {
                err(&t!(
                    lang,
                    "cli-check-file-error",
                    file = name.as_str(),
                    message = e.to_string()
                ));
                unreadable = true;
                continue;
            }
        };
        match parse(&text, &name, lang) {
            Ok((q, notes)) => {
                for n in notes {
                    // The count of missing translations is replaced by the list of them.
                    if require_lang == Some(Lang::Cy) && is_missing_welsh_note(&n.message, lang) {
                        continue;
                    }
                    err(&n.to_string());
                }
                if let Some(required) = require_lang
                    && super::require_lang::report_missing(&q, &text, &name, required, lang)
                {
                    invalid = true;
                    continue;
                }
                out(&format!(
                    "{}\n",
                    t!(
                        lang,
                        "cli-check-ok",
                        file = name.as_str(),
                        id = q.id.as_str(),
                        version = q.version.as_str(),
                        sections = t!(lang, "count-sections", count = q.sections.len()),
                        questions = t!(lang, "count-questions", count = q.questions().count()),
                        // A survey has no flags to count: say what kind it is instead.
                        flags = match (q.is_survey(), q.anonymous) {
                            (false, _) => t!(lang, "count-flags", count = q.scoring().flags.len()),
                            (true, false) => t!(lang, "survey-check-kind"),
                            (true, true) => t!(lang, "survey-check-kind-anonymous"),
                        }
                    )
                ));
            }
            Err(diags) => {
                invalid = true;
                // A record or answers file given by mistake gets one clear line, not a page of errors.
                if let Some(hint) = other_kind_of_file(&text) {
                    err(&t!(
                        lang,
                        "cli-check-file-error",
                        file = name.as_str(),
                        message = t!(lang, hint)
                    ));
                    continue;
                }
                let errors = diags.iter().filter(|d| d.level == Level::Error).count();
                err(&crate::error::render(&diags));
                err(&t!(
                    lang,
                    "cli-check-errors-found",
                    file = name.as_str(),
                    count = errors
                ));
            }
        }
    }
    if unreadable { 2 } else { u8::from(invalid) }
}

/// Recognise a record or an answers file given to `check` by mistake: the message id.
fn other_kind_of_file(text: &str) -> Option<&'static str> {
    let value = crate::yaml_gate::loose_value(text)?;
    let map = value.as_mapping()?;
    if map.contains_key("schema_version") && map.contains_key("digest") {
        Some("cli-check-is-record")
    } else if map.contains_key("assessor") && map.contains_key("answers") {
        Some("cli-check-is-answers")
    } else {
        None
    }
}
