//! Which language to speak: the --lang flag, then WIA_LANG, then the remembered choice,
//! then the system's locale, then English.

use super::Lang;

/// A language from a code or a locale name: `cy`, `CY`, `cy-GB`, `cy_GB.UTF-8`, `en_US`.
pub fn parse_lang(code: &str) -> Option<Lang> {
    let primary = code
        .trim()
        .split(['-', '_', '.', '@'])
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    match primary.as_str() {
        "cy" | "cym" | "wel" => Some(Lang::Cy),
        "en" | "eng" => Some(Lang::En),
        _ => None,
    }
}

/// The first of the sources that names a language this program speaks.
pub fn choose(
    flag: Option<Lang>,
    env: Option<&str>,
    remembered: Option<Lang>,
    locale: Option<&str>,
) -> Lang {
    flag.or_else(|| env.and_then(parse_lang))
        .or(remembered)
        .or_else(|| locale.and_then(parse_lang))
        .unwrap_or(Lang::En)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_and_locales_are_read() {
        assert_eq!(parse_lang("cy"), Some(Lang::Cy));
        assert_eq!(parse_lang("cy_GB.UTF-8"), Some(Lang::Cy));
        assert_eq!(parse_lang("CY-gb"), Some(Lang::Cy));
        assert_eq!(parse_lang("en_US.UTF-8"), Some(Lang::En));
        assert_eq!(parse_lang("fr_FR"), None);
        assert_eq!(parse_lang("C"), None);
        assert_eq!(parse_lang(""), None);
    }

    #[test]
    fn flag_beats_environment_beats_memory_beats_locale() {
        let cy = Some(Lang::Cy);
        assert_eq!(choose(Some(Lang::En), Some("cy"), cy, Some("cy")), Lang::En);
        assert_eq!(choose(None, Some("cy"), Some(Lang::En), None), Lang::Cy);
        assert_eq!(choose(None, Some("fr"), cy, Some("en")), Lang::Cy);
        assert_eq!(choose(None, None, None, Some("cy_GB.UTF-8")), Lang::Cy);
        assert_eq!(choose(None, None, None, Some("C.UTF-8")), Lang::En);
    }
}
