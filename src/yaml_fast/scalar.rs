//! Texts as written (which characters, which plain texts, quoted texts) and what a plain
//! text is read as. The reading of plain texts (`parse_*`, `digits_but_not_number`) is
//! `yaml_serde`'s own (`de.rs`, MIT or Apache-2.0), copied so that both readers read every
//! plain text alike; only the shapes are trimmed to what is used here.

use std::borrow::Cow;
use std::num::ParseIntError;

/// Every character one that libyaml reads as itself, and no tab or carriage return (a
/// line is then only ever ended by `\n`). Next line, the two Unicode separators and the
/// byte order mark are line breaks or markers to libyaml, and refused here.
pub(crate) fn printable(text: &str) -> bool {
    // By bytes: the text is UTF-8, so only the few sequences of the characters refused
    // need looking at (C1 controls, U+2028, U+2029, U+FEFF, U+FFFE, U+FFFF).
    let b = text.as_bytes();
    let mut i = 0;
    while let Some(&c) = b.get(i) {
        // Most of a record is printable ASCII: 32 bytes at a time, in a form the compiler
        // turns into vector instructions (a byte at a time was a sixth of the reading).
        if let Some(run) = b.get(i..i + 32)
            && plain_ascii(run)
        {
            i += 32;
            continue;
        }
        let refused = match c {
            b'\n' | b' '..=b'~' => false,
            0..=0x7f => true,
            0xc2 => b[i + 1] < 0xa0,
            0xe2 => b[i + 1] == 0x80 && matches!(b[i + 2], 0xa8 | 0xa9),
            0xef => matches!((b[i + 1], b[i + 2]), (0xbb, 0xbf) | (0xbf, 0xbe | 0xbf)),
            _ => false,
        };
        if refused {
            return false;
        }
        i += match c {
            0..=0x7f => 1,
            0xc0..=0xdf => 2,
            0xe0..=0xef => 3,
            _ => 4,
        };
    }
    true
}

/// Whether `text` (non-empty, the rest of its line) is a plain text whatever is around it:
/// it starts with no indicator, holds no `: ` or ` #`, and neither ends in `:` nor a
/// space. A key is the same, without its `:`.
pub(crate) fn plain_ok(text: &str) -> bool {
    let bytes = text.as_bytes();
    let Some(&first) = bytes.first() else {
        return false;
    };
    if b"[]{}#&*!|>'\"%@`,".contains(&first) {
        return false;
    }
    if matches!(first, b'-' | b'?' | b':') && bytes.get(1).is_none_or(|&b| b == b' ') {
        return false;
    }
    if text.starts_with("---") || text.starts_with("...") || text.ends_with([' ', ':']) {
        return false;
    }
    // Only at a colon or a hash can either pair start or end: found by memchr, not by
    // looking at every pair (a third of this function's time on long texts).
    !memchr::memchr2_iter(b':', b'#', bytes).any(|i| match bytes[i] {
        b':' => bytes.get(i + 1) == Some(&b' '),
        _ => i > 0 && bytes[i - 1] == b' ',
    })
}

/// Whether every byte is printable ASCII or a line feed: no early exit, so it vectorises.
fn plain_ascii(run: &[u8]) -> bool {
    let bad = run.iter().fold(0u8, |acc, &c| {
        acc | u8::from(c.wrapping_sub(b' ') > b'~' - b' ' && c != b'\n')
    });
    bad == 0
}

/// A quoted text at the start of `text` (which starts with its quote), and what follows
/// it on the line; `None` when it does not end on this line or holds what is not read
/// here. Only the escapes libyaml's writer uses are read (`\/`, `\'` and `\ ` are not:
/// the two parsers wia uses may not agree on them).
pub(crate) fn quoted(text: &str) -> Option<(Cow<'_, str>, &str)> {
    if let Some(body) = text.strip_prefix('\'') {
        single_quoted(body)
    } else {
        double_quoted(text.strip_prefix('"')?)
    }
}

fn single_quoted(body: &str) -> Option<(Cow<'_, str>, &str)> {
    let mut owned: Option<String> = None;
    let mut from = 0;
    let mut i = 0;
    let bytes = body.as_bytes();
    loop {
        let quote = i + body[i..].find('\'')?;
        if bytes.get(quote + 1) == Some(&b'\'') {
            owned
                .get_or_insert_with(String::new)
                .push_str(&body[from..=quote]);
            from = quote + 2;
            i = quote + 2;
            continue;
        }
        let rest = &body[quote + 1..];
        let text = match owned {
            Some(mut s) => {
                s.push_str(&body[from..quote]);
                Cow::Owned(s)
            }
            None => Cow::Borrowed(&body[..quote]),
        };
        return Some((text, rest));
    }
}

fn double_quoted(body: &str) -> Option<(Cow<'_, str>, &str)> {
    let end = body.find(['"', '\\'])?;
    if body.as_bytes()[end] == b'"' {
        return Some((Cow::Borrowed(&body[..end]), &body[end + 1..]));
    }
    let mut out = String::with_capacity(body.len());
    out.push_str(&body[..end]);
    let mut chars = body[end..].char_indices();
    while let Some((i, c)) = chars.next() {
        match c {
            '"' => return Some((Cow::Owned(out), &body[end + i + 1..])),
            '\\' => {
                let (_, e) = chars.next()?;
                let hex = |n: usize, chars: &mut std::str::CharIndices| -> Option<char> {
                    let mut v = 0u32;
                    for _ in 0..n {
                        v = v * 16 + chars.next()?.1.to_digit(16)?;
                    }
                    char::from_u32(v)
                };
                out.push(match e {
                    '0' => '\0',
                    'a' => '\u{7}',
                    'b' => '\u{8}',
                    't' => '\t',
                    'n' => '\n',
                    'v' => '\u{b}',
                    'f' => '\u{c}',
                    'r' => '\r',
                    'e' => '\u{1b}',
                    '"' => '"',
                    '\\' => '\\',
                    'N' => '\u{85}',
                    '_' => '\u{a0}',
                    'L' => '\u{2028}',
                    'P' => '\u{2029}',
                    'x' => hex(2, &mut chars)?,
                    'u' => hex(4, &mut chars)?,
                    'U' => hex(8, &mut chars)?,
                    _ => return None,
                });
            }
            c => out.push(c),
        }
    }
    None
}

pub(crate) fn parse_null(scalar: &str) -> bool {
    matches!(scalar, "null" | "Null" | "NULL" | "~")
}

pub(crate) fn parse_bool(scalar: &str) -> Option<bool> {
    match scalar {
        "true" | "True" | "TRUE" => Some(true),
        "false" | "False" | "FALSE" => Some(false),
        _ => None,
    }
}

type Radix<T> = fn(&str, u32) -> Result<T, ParseIntError>;

/// What a `0x`, `0o` or `0b` prefix makes of `unpositive` (`yaml_serde`'s order and rules).
enum Prefixed<T> {
    Number(T),
    /// A sign after the prefix: no number at all.
    Refused,
    Neither,
}

fn prefixed<T>(
    unpositive: &str,
    prefix: &str,
    radix: u32,
    from_str_radix: Radix<T>,
) -> Prefixed<T> {
    match unpositive.strip_prefix(prefix) {
        Some(rest) if rest.starts_with(['+', '-']) => Prefixed::Refused,
        Some(rest) => from_str_radix(rest, radix).map_or(Prefixed::Neither, Prefixed::Number),
        None => Prefixed::Neither,
    }
}

pub(crate) fn parse_unsigned_int<T>(scalar: &str, from_str_radix: Radix<T>) -> Option<T> {
    let unpositive = scalar.strip_prefix('+').unwrap_or(scalar);
    for (prefix, radix) in [("0x", 16), ("0o", 8), ("0b", 2)] {
        match prefixed(unpositive, prefix, radix, from_str_radix) {
            Prefixed::Number(int) => return Some(int),
            Prefixed::Refused => return None,
            Prefixed::Neither => {}
        }
    }
    if unpositive.starts_with(['+', '-']) {
        return None;
    }
    if digits_but_not_number(scalar) {
        return None;
    }
    from_str_radix(unpositive, 10).ok()
}

/// `scalar` without a leading `+`; None for a second sign after it (`+-1`, `++1`).
fn unpositive(scalar: &str) -> Option<&str> {
    match scalar.strip_prefix('+') {
        Some(rest) if rest.starts_with(['+', '-']) => None,
        Some(rest) => Some(rest),
        None => Some(scalar),
    }
}

pub(crate) fn parse_signed_int<T>(scalar: &str, from_str_radix: Radix<T>) -> Option<T> {
    let unpositive = unpositive(scalar)?;
    for (prefix, radix) in [("0x", 16), ("0o", 8), ("0b", 2)] {
        match prefixed(unpositive, prefix, radix, from_str_radix) {
            Prefixed::Number(int) => return Some(int),
            Prefixed::Refused => return None,
            Prefixed::Neither => {}
        }
        if let Some(rest) = scalar
            .strip_prefix('-')
            .and_then(|s| s.strip_prefix(prefix))
            && let Ok(int) = from_str_radix(&format!("-{rest}"), radix)
        {
            return Some(int);
        }
    }
    if digits_but_not_number(scalar) {
        return None;
    }
    from_str_radix(unpositive, 10).ok()
}

pub(crate) fn parse_negative_int<T>(scalar: &str, from_str_radix: Radix<T>) -> Option<T> {
    for (prefix, radix) in [("-0x", 16), ("-0o", 8), ("-0b", 2)] {
        if let Some(rest) = scalar.strip_prefix(prefix)
            && let Ok(int) = from_str_radix(&format!("-{rest}"), radix)
        {
            return Some(int);
        }
    }
    if digits_but_not_number(scalar) {
        return None;
    }
    from_str_radix(scalar, 10).ok()
}

pub(crate) fn parse_f64(scalar: &str) -> Option<f64> {
    let unpositive = unpositive(scalar)?;
    if let ".inf" | ".Inf" | ".INF" = unpositive {
        return Some(f64::INFINITY);
    }
    if let "-.inf" | "-.Inf" | "-.INF" = scalar {
        return Some(f64::NEG_INFINITY);
    }
    if let ".nan" | ".NaN" | ".NAN" = scalar {
        return Some(f64::NAN.copysign(1.0));
    }
    if let Ok(float) = unpositive.parse::<f64>()
        && float.is_finite()
    {
        return Some(float);
    }
    None
}

pub(crate) fn digits_but_not_number(scalar: &str) -> bool {
    // Leading zero(s) followed by digits is text to YAML 1.2.
    let scalar = scalar.strip_prefix(['-', '+']).unwrap_or(scalar);
    scalar.len() > 1 && scalar.starts_with('0') && scalar[1..].bytes().all(|b| b.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::printable;

    /// What is refused is refused wherever it falls in the 32-byte runs read at once,
    /// and what is let through is let through around them.
    #[test]
    fn printable_refuses_at_every_place_in_a_long_text() {
        let refused = [
            "\t", "\r", "\u{7f}", "\u{1b}", "\u{85}", "\u{2028}", "\u{feff}", "\u{ffff}",
        ];
        let allowed = ["ŵ", "é", "\u{a0}", "€", "😀"];
        for at in 0..70 {
            for bad in refused {
                let text = format!("{}{bad}{}", "a".repeat(at), "b\n".repeat(40));
                assert!(!printable(&text), "{bad:?} at {at}");
            }
            for good in allowed {
                let text = format!("{}{good}{}", "a".repeat(at), "b\n".repeat(40));
                assert!(printable(&text), "{good:?} at {at}");
            }
        }
    }
}
