//! YAML that YAML 1.1 and YAML 1.2 readers read alike.
//!
//! The YAML writer wia uses follows YAML 1.2, so it leaves `yes`, `on`, `41_60`, `1:20`
//! and `2026-11-25` unquoted: to YAML 1.2 they are text. Most analysts read YAML with a
//! YAML 1.1 reader (Python's PyYAML, Ruby's Psych), which reads them as `True`, `True`,
//! `4160`, `80` and a date. Every YAML file wia writes therefore goes through `agree`,
//! which quotes each plain text a YAML 1.1 reader would take for anything but text, and
//! writes numbers in a form both read as the same number. The values are unchanged, so
//! a record's digest (over its content, not its bytes) is too.

use serde::Serialize;
use serde_yaml::Value;
use yaml_rust2::parser::{Event, Parser};
use yaml_rust2::scanner::TScalarStyle;

/// `value` as YAML both kinds of reader agree on.
pub fn to_string<T: Serialize + ?Sized>(value: &T) -> String {
    agree(&serde_yaml::to_string(value).unwrap_or_default())
}

/// `text` (YAML written by serde_yaml) with every plain scalar YAML 1.1 would read
/// otherwise than YAML 1.2 quoted, or, for a number, rewritten in a form both read alike.
/// Text that does not parse is returned as it was.
pub fn agree(text: &str) -> String {
    let mut edits: Vec<(usize, usize, String)> = Vec::new();
    let mut parser = Parser::new_from_str(text);
    // The parser counts characters; slices need bytes.
    let offsets: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
    loop {
        let Ok((event, mark)) = parser.next_token() else {
            return text.to_string();
        };
        match event {
            Event::StreamEnd => break,
            Event::Scalar(value, TScalarStyle::Plain, _, None) => {
                let Some(&start) = offsets.get(mark.index()) else {
                    continue;
                };
                // A plain scalar folded over lines is long text, never one of these.
                if !text[start..].starts_with(value.as_str()) {
                    continue;
                }
                if let Some(replacement) = agreed_scalar(&value) {
                    edits.push((start, start + value.len(), replacement));
                }
            }
            _ => {}
        }
    }
    let mut out = text.to_string();
    for (start, end, replacement) in edits.into_iter().rev() {
        out.replace_range(start..end, &replacement);
    }
    out
}

/// A plain scalar or a mapping key written by hand (templates): `text` as it is when
/// both kinds of reader take it for the same text, else quoted.
pub fn text_scalar(text: &str) -> String {
    let plain = serde_yaml::to_string(text).unwrap_or_default();
    let plain = plain.trim_end_matches('\n');
    if plain == text && yaml11_not_text(text) {
        quoted(text)
    } else {
        plain.to_string()
    }
}

/// What replaces the plain scalar `value`, if it needs replacing.
fn agreed_scalar(value: &str) -> Option<String> {
    // How a YAML 1.2 reader (the one that wrote it) reads it decides what it is.
    match serde_yaml::from_str::<Value>(value) {
        Ok(Value::String(_)) if yaml11_not_text(value) => Some(quoted(value)),
        Ok(Value::Number(n)) if n.is_f64() => exponent_with_point(value),
        _ => None,
    }
}

/// YAML 1.1 reads a float's exponent only after a point and with a sign: `1e16` and
/// `1.5e16` are text to it, `1.0e+16` and `1.5e+16` a number to both.
fn exponent_with_point(value: &str) -> Option<String> {
    let (mantissa, exponent) = value.split_once(['e', 'E'])?;
    let mantissa = if mantissa.contains('.') {
        mantissa.to_string()
    } else {
        format!("{mantissa}.0")
    };
    let exponent = if exponent.starts_with(['+', '-']) {
        exponent.to_string()
    } else {
        format!("+{exponent}")
    };
    Some(format!("{mantissa}e{exponent}"))
}

fn quoted(value: &str) -> String {
    format!("'{}'", value.replace('\'', "''"))
}

/// Whether a YAML 1.1 reader could take the plain scalar `s` for something other than
/// text: a boolean, null, a number in any base or with `_` or `:` (sexagesimal), infinity
/// or not-a-number, a date or time, or the merge and value keys. Deliberately wider than
/// YAML 1.1's own patterns (any case of the boolean words; anything made only of digits
/// and the signs, points, `_`, `:` and `e` of a number): quoting text that needed none
/// costs two characters. A digest such as `2ae2...` is text to both and stays plain.
pub fn yaml11_not_text(s: &str) -> bool {
    let lower = s.to_ascii_lowercase();
    if matches!(
        lower.as_str(),
        "" | "~" | "null" | "y" | "n" | "yes" | "no" | "true" | "false" | "on" | "off" | "=" | "<<"
    ) {
        return true;
    }
    let body = lower.strip_prefix(['+', '-']).unwrap_or(&lower);
    if matches!(body, ".inf" | ".nan") {
        return true;
    }
    let based = ["0x", "0o", "0b"]
        .iter()
        .find_map(|prefix| body.strip_prefix(prefix));
    let numeric = match based {
        Some(digits) => digits.chars().all(|c| c.is_ascii_hexdigit() || c == '_'),
        None => {
            body.starts_with(|c: char| c.is_ascii_digit() || c == '.')
                && body
                    .chars()
                    .all(|c| c.is_ascii_digit() || "_:.e+-".contains(c))
        }
    };
    let b = s.as_bytes();
    let timestamp = b.len() >= 8 && b[..4].iter().all(u8::is_ascii_digit) && b[4] == b'-';
    numeric || timestamp
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ambiguous_text_is_quoted_and_numbers_are_not() {
        let mut m = serde_yaml::Mapping::new();
        for (k, v) in [
            ("a", Value::String("yes".into())),
            ("b", Value::String("41_60".into())),
            ("c", Value::String("1:20".into())),
            ("d", Value::String("2026-11-25".into())),
            ("e", Value::String("Ysgol Gymraeg".into())),
            ("f", Value::Number(12.into())),
            ("g", Value::Number(serde_yaml::Number::from(1.0e16))),
            ("h", Value::Bool(false)),
            ("on", Value::String("â on".into())),
            ("i", Value::String("Off".into())),
        ] {
            m.insert(Value::String(k.into()), v);
        }
        let text = to_string(&m);
        assert_eq!(
            text,
            "a: 'yes'\nb: '41_60'\nc: '1:20'\nd: '2026-11-25'\ne: Ysgol Gymraeg\nf: 12\n\
             g: 1.0e+16\nh: false\n'on': â on\ni: 'Off'\n"
        );
        let back: Value = serde_yaml::from_str(&text).unwrap();
        assert_eq!(back, Value::Mapping(m));
    }

    #[test]
    fn template_scalars_are_quoted_only_when_needed() {
        assert_eq!(text_scalar("wia-policy"), "wia-policy");
        assert_eq!(text_scalar("no"), "'no'");
        assert_eq!(text_scalar("2024"), "'2024'");
        assert_eq!(text_scalar("a: b"), "'a: b'");
        assert_eq!(text_scalar("2ae2aee491"), "2ae2aee491");
        assert_eq!(text_scalar("0x1F"), "'0x1F'");
        assert_eq!(text_scalar("1_000.5"), "'1_000.5'");
    }
}
