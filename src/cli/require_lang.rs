//! `wia check --require-lang LANG`: every text of a questionnaire must have that language.

use super::output::err;
use crate::error::Diagnostic;
use crate::i18n::Lang;
use crate::questionnaire::Questionnaire;
use crate::questionnaire::texts::missing;
use crate::t;

/// A reader of language codes for `--require-lang`: `cy`, `en`, or a locale such as
/// `cy_GB`; a wrong one is refused in `lang`.
pub fn parser(lang: Lang) -> impl Fn(&str) -> Result<Lang, String> + Clone + Send + Sync + 'static {
    move |code: &str| {
        if code.trim().is_empty() {
            return Err(t!(lang, "translations-no-lang"));
        }
        crate::i18n::parse_lang(code)
            .ok_or_else(|| t!(lang, "translations-unknown-lang", code = code))
    }
}

/// Report each text of `q` with nothing in `lang` as an error at its `en:` key, then
/// how many, in `ui`; false when there are none.
pub fn report_missing(q: &Questionnaire, text: &str, name: &str, lang: Lang, ui: Lang) -> bool {
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
        err(&Diagnostic::error(ui, name, m.position, message).to_string());
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
