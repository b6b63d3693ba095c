//! Human-readable text in several languages, and the languages `wia` speaks.

use serde::{Deserialize, Serialize};
use unicode_normalization::UnicodeNormalization;

/// A language the program can show text in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    En,
    Cy,
}

impl Lang {
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Cy => "cy",
        }
    }
}

/// A text given in English (required) and Welsh (optional until translated).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(
    deny_unknown_fields,
    expecting = "a text in each language, such as {en: Teachers, cy: Athrawon}"
)]
pub struct Text {
    pub en: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cy: Option<String>,
}

impl Text {
    /// The text in `lang`, falling back to English where no translation exists.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::En => &self.en,
            Lang::Cy => self
                .cy
                .as_deref()
                .filter(|t| !t.trim().is_empty())
                .unwrap_or(&self.en),
        }
    }

    /// Whether `lang` has its own text rather than the English fallback.
    pub fn has(&self, lang: Lang) -> bool {
        match lang {
            Lang::En => !self.en.trim().is_empty(),
            Lang::Cy => self.cy.as_deref().is_some_and(|t| !t.trim().is_empty()),
        }
    }
}

/// Normalise text to NFC so the same letter (ŵ typed or pasted) always compares equal.
pub fn nfc(text: &str) -> String {
    text.nfc().collect()
}

/// Text from a file made safe to show: control characters other than line breaks and tabs,
/// and the bidirectional overrides that can make text read differently from what it is,
/// become U+FFFD, so nothing in a file can move the cursor or recolour the terminal.
pub fn inert(text: &str) -> std::borrow::Cow<'_, str> {
    let unsafe_char = |c: char| {
        (c.is_control() && c != '\n' && c != '\t')
            || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
    };
    if text.chars().any(unsafe_char) {
        text.chars()
            .map(|c| if unsafe_char(c) { '\u{FFFD}' } else { c })
            .collect::<String>()
            .into()
    } else {
        text.into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inert_replaces_escapes_and_bidi_overrides_only() {
        assert_eq!(
            inert("Lo\u{1b}[31mw\u{202E}x\n\tŵ"),
            "Lo\u{FFFD}[31mw\u{FFFD}x\n\tŵ"
        );
        assert!(matches!(inert("plain ŷ"), std::borrow::Cow::Borrowed(_)));
    }

    #[test]
    fn welsh_falls_back_to_english_when_missing() {
        let t = Text {
            en: "Teachers".into(),
            cy: None,
        };
        assert_eq!(t.get(Lang::Cy), "Teachers");
        assert!(!t.has(Lang::Cy));
        let t = Text {
            en: "Teachers".into(),
            cy: Some("Athrawon".into()),
        };
        assert_eq!(t.get(Lang::Cy), "Athrawon");
        assert_eq!(nfc("w\u{0302}"), "ŵ");
    }
}
