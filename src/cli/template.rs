//! `wia template`: an answers file to fill in.

use std::path::Path;

use super::output::{err, out};
use crate::error::{Error, Result};
use crate::i18n::Lang;
use crate::questionnaire;
use crate::report::{answers_template, answers_template_with_file};
use crate::store::write_atomic;
use crate::t;

pub fn run(questionnaire_path: Option<&Path>, output: Option<&Path>, lang: Lang) -> Result<u8> {
    // The template's comments and its `language` follow the language of the command line.
    let text = match questionnaire_path {
        Some(path) => {
            let q = questionnaire::load_named_file(path, lang)?.0;
            // Named so the printed advice (`wia new --answers FILE`) finds it as it is.
            let named = questionnaire_file_for(path, output);
            answers_template_with_file(&q, Some(&named), lang)
        }
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

/// The questionnaire's path as the answers file will name it: relative to the folder the
/// template is written to (the current one for standard output), so the two can move
/// together; absolute where no relative path exists (another drive on Windows).
fn questionnaire_file_for(questionnaire: &Path, output: Option<&Path>) -> String {
    let target = std::fs::canonicalize(questionnaire).unwrap_or_else(|_| questionnaire.into());
    let folder = output
        .and_then(Path::parent)
        .filter(|p| !p.as_os_str().is_empty())
        .map_or_else(|| std::path::PathBuf::from("."), Path::to_path_buf);
    let shown = std::fs::canonicalize(&folder)
        .ok()
        .and_then(|base| relative(&target, &base))
        .unwrap_or(target);
    // Forward slashes read on every system, and are what a YAML author writes.
    shown.to_string_lossy().replace('\\', "/")
}

/// `target` from `base`, both absolute: up to their common part, then down.
fn relative(target: &Path, base: &Path) -> Option<std::path::PathBuf> {
    use std::path::Component;
    let t: Vec<Component> = target.components().collect();
    let b: Vec<Component> = base.components().collect();
    // Different roots (drives) have no relative path.
    if t.first() != b.first() {
        return None;
    }
    let common = t.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let mut out = std::path::PathBuf::new();
    for _ in common..b.len() {
        out.push("..");
    }
    for c in &t[common..] {
        out.push(c.as_os_str());
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::relative;
    use std::path::{Path, PathBuf};

    #[test]
    fn a_path_is_made_relative_through_the_common_folder() {
        assert_eq!(
            relative(Path::new("/a/b/q.yaml"), Path::new("/a/c/d")),
            Some(PathBuf::from("../../b/q.yaml"))
        );
        assert_eq!(
            relative(Path::new("/a/q.yaml"), Path::new("/a")),
            Some(PathBuf::from("q.yaml"))
        );
    }
}
