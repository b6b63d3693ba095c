//! The two markups a summary is written in. The summary's words are worked out once per
//! markup, from the record itself, so the HTML page is never a conversion of the Markdown:
//! each piece of a stranger's text is escaped for the markup it lands in, and emphasis
//! is added by the markup rather than written into the message files.

use super::format::{block, code, inline};
use crate::i18n::Lang;
use crate::t;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Markup {
    Markdown,
    Html,
}

impl Markup {
    /// A stranger's text on one line: a title, a label, a task's description.
    pub fn text(self, raw: &str) -> String {
        match self {
            Markup::Markdown => inline(raw),
            Markup::Html => html(&one_line(raw)),
        }
    }

    /// A stranger's text as a paragraph, keeping its line breaks.
    pub fn para(self, raw: &str) -> String {
        match self {
            Markup::Markdown => block(raw),
            Markup::Html => raw
                .trim()
                .lines()
                .map(|l| html(l.trim_end()))
                .collect::<Vec<_>>()
                .join("<br>\n"),
        }
    }

    /// Text already escaped for this markup, in bold.
    pub fn strong(self, escaped: &str) -> String {
        match self {
            Markup::Markdown => format!("**{escaped}**"),
            Markup::Html => format!("<strong>{escaped}</strong>"),
        }
    }

    /// An identifier the reader may need to quote (a record's id, a digest).
    pub fn code(self, raw: &str) -> String {
        match self {
            Markup::Markdown => code(raw),
            Markup::Html => format!("<code>{}</code>", html(&one_line(raw))),
        }
    }

    /// Escaped text with no translation in `lang`, shown in English and marked so.
    pub fn fallback(self, escaped: &str, lang: Lang) -> String {
        let mark = t!(lang, "summary-fallback-mark");
        match self {
            Markup::Markdown => format!("{escaped} _({mark})_"),
            Markup::Html => format!("{escaped} <em>({mark})</em>"),
        }
    }
}

/// Line breaks and tabs as spaces, trimmed.
fn one_line(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_whitespace() { ' ' } else { c })
        .collect::<String>()
        .trim()
        .to_string()
}

/// Text escaped for HTML (see `crate::text::html`).
pub(super) fn html(text: &str) -> String {
    crate::text::html(text)
}
