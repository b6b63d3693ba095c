//! `wia template`: an answers file to fill in.

use std::path::Path;

use super::output::{err, out};
use crate::error::{Error, Result};
use crate::i18n::Lang;
use crate::questionnaire;
use crate::report::answers_template;
use crate::store::write_atomic;
use crate::t;

pub fn run(questionnaire_path: Option<&Path>, output: Option<&Path>, lang: Lang) -> Result<u8> {
    // The template's comments and its `language` follow the language of the command line.
    let text = match questionnaire_path {
        Some(path) => answers_template(&questionnaire::load_named_file(path, lang)?.0, lang),
        None => answers_template(
            questionnaire::bundled(questionnaire::DEFAULT_ID).expect("bundled questionnaire"),
            lang,
        ),
    };
    match output {
        Some(path) if path.exists() => Err(Error::Failed(t!(
            lang,
            "cli-template-exists",
            path = path.display().to_string()
        ))),
        Some(path) => {
            write_atomic(path, text.as_bytes(), lang)?;
            err(&t!(
                lang,
                "cli-template-wrote",
                path = path.display().to_string()
            ));
            Ok(0)
        }
        None => {
            out(&text);
            Ok(0)
        }
    }
}
