//! `wia check`: validate questionnaire files.

use std::path::PathBuf;

use super::output::{err, out};
use crate::error::{Diagnostic, Error, Level};
use crate::questionnaire::texts::missing;
use crate::questionnaire::validate::MISSING_WELSH_NOTE;
use crate::questionnaire::{MAX_FILE_BYTES, parse};
use crate::store::read_text;
use crate::text::Lang;

/// A language code for `--require-lang`.
pub fn parse_lang(code: &str) -> Result<Lang, String> {
    match code.trim().to_ascii_lowercase().as_str() {
        "en" => Ok(Lang::En),
        "cy" => Ok(Lang::Cy),
        _ => Err(format!(
            "unknown language `{code}`: questionnaires are written in en (English) and cy (Welsh)"
        )),
    }
}

pub fn run(files: &[PathBuf], require_lang: Option<Lang>) -> u8 {
    let mut unreadable = false;
    let mut invalid = false;
    for path in files {
        let name = path.display().to_string();
        let text = match read_text(path, MAX_FILE_BYTES) {
            Ok(t) => t,
            Err(e @ Error::Invalid(_)) => {
                err(&e.to_string());
                invalid = true;
                continue;
            }
            Err(e) => {
                err(&format!("{name}: error: {e}"));
                unreadable = true;
                continue;
            }
        };
        match parse(&text, &name) {
            Ok((q, notes)) => {
                for n in notes {
                    // The count of missing translations is replaced by the list of them.
                    if require_lang == Some(Lang::Cy) && n.message.contains(MISSING_WELSH_NOTE) {
                        continue;
                    }
                    err(&n.to_string());
                }
                if let Some(lang) = require_lang {
                    let missing = missing_texts(&q, &text, &name, lang);
                    if !missing.is_empty() {
                        invalid = true;
                        // Every one is listed, however many: this is a translator's to-do list.
                        for m in &missing {
                            err(&m.to_string());
                        }
                        err(&format!(
                            "{name}: {} text{} nothing in {}",
                            missing.len(),
                            if missing.len() == 1 { " has" } else { "s have" },
                            lang_name(lang)
                        ));
                        continue;
                    }
                }
                let count = |n: usize, one: &str, many: &str| {
                    format!("{n} {}", if n == 1 { one } else { many })
                };
                out(&format!(
                    "{name}: ok: questionnaire {} {}: {}, {}, {}\n",
                    q.id,
                    q.version,
                    count(q.sections.len(), "section", "sections"),
                    count(q.questions().count(), "question", "questions"),
                    count(q.scoring.flags.len(), "flag", "flags"),
                ));
            }
            Err(diags) => {
                invalid = true;
                // A record or answers file given by mistake gets one clear line, not a page of errors.
                if let Some(hint) = other_kind_of_file(&text) {
                    err(&format!("{name}: error: {hint}"));
                    continue;
                }
                let errors = diags.iter().filter(|d| d.level == Level::Error).count();
                err(&crate::error::render(&diags));
                err(&format!(
                    "{name}: {errors} error{} found",
                    if errors == 1 { "" } else { "s" }
                ));
            }
        }
    }
    if unreadable { 2 } else { u8::from(invalid) }
}

/// Recognise a record or an answers file given to `check` by mistake.
fn other_kind_of_file(text: &str) -> Option<&'static str> {
    let value: serde_yaml::Value = serde_yaml::from_str(text).ok()?;
    let map = value.as_mapping()?;
    if map.contains_key("schema_version") && map.contains_key("digest") {
        Some("this is an assessment record, not a questionnaire; check it with `wia verify`")
    } else if map.contains_key("assessor") && map.contains_key("answers") {
        Some(
            "this is an answers file, not a questionnaire; make a record from it with `wia new --answers FILE`",
        )
    } else {
        None
    }
}

fn lang_name(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "English (en)",
        Lang::Cy => "Welsh (cy)",
    }
}

/// One error per text with nothing in `lang`, at the text's `en:` key.
fn missing_texts(
    q: &crate::questionnaire::Questionnaire,
    text: &str,
    name: &str,
    lang: Lang,
) -> Vec<Diagnostic> {
    let locations = crate::locate::Locations::of(text);
    missing(q, lang, &locations)
        .into_iter()
        .map(|m| {
            Diagnostic::error(
                name,
                m.position,
                format!("{}: no {} text", m.path, lang_name(lang)),
            )
        })
        .collect()
}
