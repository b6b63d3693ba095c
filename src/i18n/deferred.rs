//! Messages made where the reader's language cannot be known. serde calls the checks of
//! a record's times, a question and a condition with no parameter of ours, so their
//! errors name a message and its values instead of saying it; `document::read_document`,
//! which knows the language, says them. Nested messages (a condition's problem inside
//! the field it is in) are kept whole and said from the inside out.
//!
//! The marks are private-use characters. A file may hold them too (YAML can write any
//! character): at worst such a message reads oddly, since every value said is one the
//! file could have quoted anyway, and a mark out of place is left as it is.

use super::{FluentArgs, FluentValue, Lang, message};

const OPEN: char = '\u{E000}';
const NEXT: char = '\u{E001}';
const IS: char = '\u{E002}';
const CLOSE: char = '\u{E003}';

/// The message `id` with `args`, to be said later by [`say`].
pub fn deferred(id: &str, args: &[(&str, &str)]) -> String {
    let mut out = String::new();
    out.push(OPEN);
    out.push_str(id);
    for (name, value) in args {
        out.push(NEXT);
        out.push_str(name);
        out.push(IS);
        out.push_str(value);
    }
    out.push(CLOSE);
    out
}

/// `text` with every deferred message in it said in `lang`.
pub fn say(lang: Lang, text: &str) -> String {
    if !text.contains(OPEN) {
        return text.to_string();
    }
    let chars: Vec<char> = text.chars().collect();
    let mut at = 0;
    let mut out = String::with_capacity(text.len());
    while at < chars.len() {
        if chars[at] == OPEN
            && let Some((said, end)) = one(lang, &chars, at + 1)
        {
            out.push_str(&said);
            at = end;
        } else {
            out.push(chars[at]);
            at += 1;
        }
    }
    out
}

/// Text from `at` up to one of `stops` (not inside a nested message), said; with where
/// it stopped. None when the text ends first.
fn until(lang: Lang, chars: &[char], mut at: usize, stops: &[char]) -> Option<(String, usize)> {
    let mut out = String::new();
    while at < chars.len() {
        let c = chars[at];
        if stops.contains(&c) {
            return Some((out, at));
        }
        if c == OPEN {
            let (said, end) = one(lang, chars, at + 1)?;
            out.push_str(&said);
            at = end;
        } else {
            out.push(c);
            at += 1;
        }
    }
    None
}

/// The message whose id starts at `at`, said; with the place after its end.
fn one(lang: Lang, chars: &[char], at: usize) -> Option<(String, usize)> {
    let (id, mut at) = until(lang, chars, at, &[NEXT, CLOSE])?;
    let mut args = FluentArgs::new();
    while chars[at] == NEXT {
        let (name, after) = until(lang, chars, at + 1, &[IS, NEXT, CLOSE])?;
        if chars[after] != IS {
            return None;
        }
        let (value, after) = until(lang, chars, after + 1, &[NEXT, CLOSE])?;
        args.set(name, FluentValue::from(value));
        at = after;
    }
    Some((message(lang, &id, Some(&args)), at + 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_nested_message_is_said_in_each_language() {
        let inner = deferred("domain-question-takes", &[("keys", "options")]);
        let outer = deferred(
            "domain-in-field",
            &[("field", "show_if"), ("problem", &inner)],
        );
        let text = format!("sections[0]: {outer} at line 3");
        let en = say(Lang::En, &text);
        let cy = say(Lang::Cy, &text);
        assert!(
            en.starts_with("sections[0]: ") && en.ends_with(" at line 3"),
            "{en}"
        );
        assert!(en.contains("show_if") && en.contains("options"), "{en}");
        assert!(!en.contains(OPEN) && !cy.contains(OPEN));
        assert_ne!(en, cy);
    }

    #[test]
    fn marks_out_of_place_are_left_as_they_are() {
        for text in [
            "\u{E000}",
            "a\u{E000}b\u{E001}c",
            "\u{E003}\u{E002}",
            "\u{E000}x\u{E001}y\u{E003}",
        ] {
            let _ = say(Lang::Cy, text);
        }
        assert_eq!(say(Lang::En, "a\u{E000}b"), "a\u{E000}b");
    }
}
