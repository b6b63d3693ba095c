//! Human-readable text in several languages, and the languages `wia` speaks.

use serde::{Deserialize, Serialize};
use unicode_normalization::UnicodeNormalization;
use unicode_width::UnicodeWidthChar;

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
    // Most text is already NFC (all of it in English): the quick check says so without
    // composing each character again, the most of scoring a draft for the list.
    match unicode_normalization::is_nfc_quick(text.chars()) {
        unicode_normalization::IsNormalized::Yes => text.to_string(),
        _ => text.nfc().collect(),
    }
}

/// An id or text cut to a length fit for one line of a message: a value echoed back
/// from a file may be megabytes long.
pub fn shorten(text: &str) -> String {
    const MAX: usize = 60;
    if text.chars().count() <= MAX {
        text.to_string()
    } else {
        format!("{}…", text.chars().take(MAX).collect::<String>())
    }
}

/// Whether `c` is a character wia refuses in what it is given and never writes into a
/// file: control characters other than tab and line feed (ESC, BEL, DEL, the C1 controls
/// such as CSI), Unicode's bidirectional controls (LRM, RLM, ALM and the embeddings,
/// overrides and isolates, which make text read differently from what it is), and the
/// line and paragraph separators, which some readers (YAML among them) take as line breaks
/// and others do not.
pub fn is_unsafe(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || matches!(
            c,
            '\u{061C}'
                | '\u{200E}'
                | '\u{200F}'
                | '\u{202A}'..='\u{202E}'
                | '\u{2066}'..='\u{2069}'
                | '\u{2028}'
                | '\u{2029}'
        )
}

/// The first character of `text` that wia refuses (see `is_unsafe`), to name in a message.
pub fn refused_char(text: &str) -> Option<char> {
    text.chars().find(|c| is_unsafe(*c))
}

/// A character as messages name it: `U+001B`.
pub fn char_code(c: char) -> String {
    format!("U+{:04X}", c as u32)
}

/// Text from a file made safe to show or to write: every character `is_unsafe` names
/// becomes U+FFFD, so nothing in a file can move the cursor, recolour the terminal or
/// reorder what is read. Line breaks and tabs stay.
pub fn inert(text: &str) -> std::borrow::Cow<'_, str> {
    if text.chars().any(is_unsafe) {
        text.chars()
            .map(|c| if is_unsafe(c) { '\u{FFFD}' } else { c })
            .collect::<String>()
            .into()
    } else {
        text.into()
    }
}

/// How many terminal columns `s` takes: wide letters (CJK, most emoji) take two, combining
/// marks none. Both front ends line text up with it, so it lives here rather than in either.
pub fn width(s: &str) -> usize {
    s.chars().map(|c| c.width().unwrap_or(0)).sum()
}

/// Cut to `max` columns with an ellipsis, or pad with spaces to exactly `max`.
pub fn fit(s: &str, max: usize) -> String {
    let w = width(s);
    if w <= max {
        return format!("{s}{}", " ".repeat(max - w));
    }
    let mut out = String::new();
    let mut used = 0;
    for c in s.chars() {
        let cw = c.width().unwrap_or(0);
        if used + cw + 1 > max {
            break;
        }
        out.push(c);
        used += cw;
    }
    out.push('…');
    used += 1;
    out.push_str(&" ".repeat(max.saturating_sub(used)));
    out
}

/// Cut to at most `max` columns with an ellipsis, without padding.
pub fn clip(s: &str, max: usize) -> String {
    if width(s) <= max {
        s.to_string()
    } else {
        fit(s, max).trim_end().to_string()
    }
}

/// Text escaped for HTML text and attribute values alike, with characters that could
/// move a terminal's cursor or reorder text replaced, as everywhere else.
pub fn html(text: &str) -> String {
    let text = crate::text::inert(text);
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_count_wide_letters_twice_and_fit_pads_or_cuts_to_exactly_the_width() {
        assert_eq!(width("ŵyn"), 3);
        assert_eq!(width("日本"), 4);
        assert_eq!(fit("ŵyn", 5), "ŵyn  ");
        assert_eq!(fit("Athrawon", 5), "Athr…");
        // A wide letter that would cross the edge is left out, and the gap padded.
        assert_eq!(fit("日本語", 4), "日… ");
        assert_eq!(width(&fit("日本語", 4)), 4);
        assert_eq!(clip("Athrawon", 5), "Athr…");
        assert_eq!(clip("ŵyn", 5), "ŵyn");
    }

    #[test]
    fn inert_replaces_escapes_and_bidi_overrides_only() {
        assert_eq!(
            inert("Lo\u{1b}[31mw\u{202E}x\n\tŵ"),
            "Lo\u{FFFD}[31mw\u{FFFD}x\n\tŵ"
        );
        assert!(matches!(inert("plain ŷ"), std::borrow::Cow::Borrowed(_)));
    }

    #[test]
    fn every_bidi_control_and_line_separator_is_unsafe_and_welsh_letters_are_not() {
        for c in [
            '\u{1b}', '\u{7}', '\r', '\u{7f}', '\u{85}', '\u{9b}', '\u{61c}', '\u{200e}',
            '\u{200f}', '\u{202a}', '\u{202e}', '\u{2066}', '\u{2069}', '\u{2028}', '\u{2029}',
        ] {
            assert!(is_unsafe(c), "{}", char_code(c));
        }
        for c in ['\n', '\t', 'ŵ', 'ŷ', '’', '…', '\u{a0}', '\u{feff}'] {
            assert!(!is_unsafe(c), "{}", char_code(c));
        }
        assert_eq!(refused_char("Ysgol\u{1b}]0;x\u{7}"), Some('\u{1b}'));
        assert_eq!(char_code('\u{202e}'), "U+202E");
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
