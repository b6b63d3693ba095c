//! `wia check --require-lang LANG`: every text of a questionnaire must have that language.

use super::output::err;
use crate::error::Diagnostic;
use crate::i18n::{Lang, current};
use crate::questionnaire::Questionnaire;
use crate::questionnaire::texts::missing;
use crate::t;

/// A language code for `--require-lang`: `cy`, `en`, or a locale such as `cy_GB`.
pub fn parse_lang(code: &str) -> Result<Lang, String> {
    if code.trim().is_empty() {
        return Err(t!(current(), "translations-no-lang"));
    }
    crate::i18n::parse_lang(code)
        .ok_or_else(|| t!(current(), "translations-unknown-lang", code = code))
}

/// Report each text of `q` with nothing in `lang` as an error at its `en:` key, then
/// how many; false when there are none.
pub fn report_missing(q: &Questionnaire, text: &str, name: &str, lang: Lang) -> bool {
    let ui = current();
    let (language, none) = match lang {
        Lang::En => ("translations-lang-en", "translations-none-en"),
        Lang::Cy => ("translations-lang-cy", "translations-none-cy"),
    };
    let language = t!(ui, language);
    let locations = crate::locate::Locations::of(text);
    let found = missing(q, lang, &locations);
    // Every one is listed, however many: this is a translator's to-do list.
    for m in &found {
        let message = t!(
            ui,
            "translations-missing",
            path = m.path.as_str(),
            language = language.as_str()
        );
        err(&Diagnostic::error(name, m.position, message).to_string());
    }
    if !found.is_empty() {
        err(&t!(
            ui,
            "translations-missing-count",
            file = name,
            count = found.len(),
            none = t!(ui, none)
        ));
    }
    !found.is_empty()
}
