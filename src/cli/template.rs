//! `wia template`: an answers file to fill in.

use std::path::Path;

use super::output::{err, out};
use crate::error::{Error, Result};
use crate::i18n::current;
use crate::questionnaire;
use crate::report::answers_template;
use crate::store::write_atomic;

pub fn run(questionnaire_path: Option<&Path>, output: Option<&Path>) -> Result<u8> {
    let text = match questionnaire_path {
        Some(path) => answers_template(&questionnaire::load_file(path)?.0, current()),
        None => answers_template(
            questionnaire::bundled("wia-policy").expect("bundled questionnaire"),
            current(),
        ),
    };
    match output {
        Some(path) if path.exists() => Err(Error::Failed(format!(
            "{} already exists; not overwriting it (it may hold answers). Choose another name.",
            path.display()
        ))),
        Some(path) => {
            write_atomic(path, text.as_bytes())?;
            err(&format!(
                "wrote {}; fill it in, then run: wia new --answers {}",
                path.display(),
                path.display()
            ));
            Ok(0)
        }
        None => {
            out(&text);
            Ok(0)
        }
    }
}
