//! Reading a questionnaire from text: size limit, YAML syntax and structure, duplicate
//! keys, then the checks the types cannot express.

use std::path::Path;
use std::sync::OnceLock;

use sha2::{Digest, Sha256};

use super::Questionnaire;
use crate::error::{Diagnostic, Error, Level, Result};
use crate::i18n::Lang;

/// The bundled questionnaire an assessment uses when none is named; the command line and
/// the interface both start from it.
pub const DEFAULT_ID: &str = "wia-policy";

/// Questionnaires embedded in the binary: (id, file name, text).
pub const BUNDLED: &[(&str, &str, &str)] = &[
    (
        DEFAULT_ID,
        "questionnaires/wia-policy.yaml",
        include_str!("../../questionnaires/wia-policy.yaml"),
    ),
    (
        "evidence-log",
        "questionnaires/evidence-log.yaml",
        include_str!("../../questionnaires/evidence-log.yaml"),
    ),
];

/// Larger files are refused before parsing: no real questionnaire comes near it.
pub const MAX_FILE_BYTES: usize = 4 * 1024 * 1024;

pub fn sha256_hex(bytes: &[u8]) -> String {
    let digest = Sha256::digest(bytes);
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

pub fn bundled_text(id: &str) -> Option<(&'static str, &'static str)> {
    BUNDLED
        .iter()
        .find(|(bid, _, _)| *bid == id)
        .map(|(_, name, text)| (*name, *text))
}

/// The SHA-256 (hex) of a bundled questionnaire's text, worked out once: every record names
/// its questionnaire by digest, and hashing the 90 KB text again for each record read
/// cost more than reading the record.
pub fn bundled_sha256(id: &str) -> Option<&'static str> {
    static DIGESTS: [OnceLock<String>; BUNDLED.len()] = [const { OnceLock::new() }; BUNDLED.len()];
    let index = BUNDLED.iter().position(|(bid, _, _)| *bid == id)?;
    let (_, _, text) = BUNDLED[index];
    Some(DIGESTS[index].get_or_init(|| sha256_hex(text.as_bytes())))
}

/// A bundled questionnaire, parsed once.
pub fn bundled(id: &str) -> Option<&'static Questionnaire> {
    // One cell per bundled file, each parsed on first use.
    static PARSED: [OnceLock<Questionnaire>; BUNDLED.len()] =
        [const { OnceLock::new() }; BUNDLED.len()];
    let index = BUNDLED.iter().position(|(bid, _, _)| *bid == id)?;
    let (_, name, text) = BUNDLED[index];
    // Shared by every language: only a build defect's panic shows its words.
    Some(
        PARSED[index].get_or_init(|| match parse(text, name, Lang::En) {
            Ok((q, _)) => q,
            // Tests and `.ci/run` check the bundled files, so this is a build defect.
            Err(diags) => panic!(
                "the bundled questionnaire {name} is invalid:\n{}",
                diags
                    .iter()
                    .map(ToString::to_string)
                    .collect::<Vec<_>>()
                    .join("\n")
            ),
        }),
    )
}

/// Parse and validate questionnaire text. On success also returns warnings and notes.
pub fn parse(
    text: &str,
    file: &str,
    lang: Lang,
) -> std::result::Result<(Questionnaire, Vec<Diagnostic>), Vec<Diagnostic>> {
    if text.len() > MAX_FILE_BYTES {
        return Err(vec![Diagnostic::error(
            lang,
            file,
            None,
            crate::t!(
                lang,
                "domain-questionnaire-too-big",
                size = text.len(),
                max = MAX_FILE_BYTES
            ),
        )]);
    }
    let (q, locations): (Questionnaire, _) = crate::document::read_document(
        text,
        file,
        &crate::t!(lang, "domain-what-questionnaire"),
        lang,
    )?;
    let mut diags = Vec::new();
    for finding in super::validate(&q, lang) {
        let mut message = finding.message;
        if let Some(pos) = finding.related.and_then(|r| locations.find(&r)) {
            message.push_str(&format!(
                " {}",
                crate::t!(lang, "domain-first-defined-at", line = pos.line)
            ));
        }
        diags.push(Diagnostic::at(
            lang,
            file,
            &locations,
            &finding.path,
            finding.level,
            message,
        ));
    }
    if diags.iter().any(|d| d.level == Level::Error) {
        diags.sort_by_key(|d| {
            (
                d.level != Level::Error,
                d.position.map(|p| (p.line, p.column)),
            )
        });
        Err(diags)
    } else {
        Ok((q, diags))
    }
}

/// Read and parse a questionnaire file; returns it with its text (for its digest).
/// Read a questionnaire kept in the data folder (never through a link).
pub fn load_file(path: &Path, lang: Lang) -> Result<(Questionnaire, String)> {
    parse_file(
        path,
        crate::store::read_text(path, MAX_FILE_BYTES, lang)?,
        lang,
    )
}

/// Read a questionnaire the user named; a link to it is followed.
pub fn load_named_file(path: &Path, lang: Lang) -> Result<(Questionnaire, String)> {
    parse_file(
        path,
        crate::store::read_named_text(path, MAX_FILE_BYTES, lang)?,
        lang,
    )
}

fn parse_file(path: &Path, text: String, lang: Lang) -> Result<(Questionnaire, String)> {
    let name = path.display().to_string();
    let (q, _) = parse(&text, &name, lang).map_err(Error::Invalid)?;
    Ok((q, text))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundled_questionnaires_are_valid() {
        for (id, name, text) in BUNDLED {
            match parse(text, name, Lang::En) {
                Ok((q, notes)) => {
                    assert_eq!(q.id, *id);
                    for n in notes {
                        eprintln!("{n}");
                    }
                }
                Err(diags) => panic!(
                    "{}",
                    diags
                        .iter()
                        .map(ToString::to_string)
                        .collect::<Vec<_>>()
                        .join("\n")
                ),
            }
        }
    }
}
