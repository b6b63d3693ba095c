//! Numbers and text as a summary shows them.

/// Hours rounded for reading: whole hours with thousands separators from 100 up,
/// otherwise to two decimal places.
pub fn hours(x: f64) -> String {
    let x = if x == 0.0 { 0.0 } else { x }; // no "-0"
    if x.abs() >= 100.0 {
        group(x.round())
    } else if x.abs() >= 10.0 {
        format!("{x:.1}")
    } else {
        format!("{x:.2}")
    }
}

/// As `hours`, with a + for added work.
pub fn signed_hours(x: f64) -> String {
    let s = hours(x);
    if x > 0.0 && !s.starts_with('-') {
        format!("+{s}")
    } else {
        s
    }
}

fn group(x: f64) -> String {
    let negative = x < 0.0;
    let digits = format!("{:.0}", x.abs());
    let mut out = String::new();
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(ch);
    }
    if negative { format!("-{out}") } else { out }
}

/// "expected (low to high)", each figure shown with `show`.
pub fn range(
    e: &crate::scoring::Estimate,
    show: fn(f64) -> String,
    lang: crate::i18n::Lang,
) -> String {
    crate::t!(
        lang,
        "range",
        expected = show(e.expected),
        low = show(e.low),
        high = show(e.high)
    )
}

/// FTE to one decimal place.
pub fn fte(x: f64) -> String {
    let x = if x == 0.0 { 0.0 } else { x };
    format!("{x:.1}")
}

/// Text from a file, made safe for one Markdown table cell or line: line breaks become
/// spaces, characters `text::is_unsafe` names become U+FFFD, and everything a Markdown
/// renderer would act on is escaped, so a title reads as typed and never as HTML, a link
/// or formatting.
pub fn inline(text: &str) -> String {
    escape_line(one_line(text).trim(), true)
}

/// Text from a file for a Markdown paragraph: as `inline`, keeping its line breaks, with
/// what would start a list, a heading or a quote at the start of a line escaped too.
pub fn block(text: &str) -> String {
    text.trim()
        .lines()
        .map(|line| escape_line(line.trim_end(), true))
        .collect::<Vec<_>>()
        .join("\n")
}

/// `text` as a Markdown code span: fenced with more backticks than it holds in a row.
pub fn code(text: &str) -> String {
    let text = inline_plain(text);
    let longest = text
        .split(|c| c != '`')
        .map(str::len)
        .max()
        .unwrap_or_default();
    let fence = "`".repeat(longest + 1);
    // A space each side keeps a backtick at either end from joining the fence.
    let pad = if text.starts_with('`') || text.ends_with('`') {
        " "
    } else {
        ""
    };
    format!("{fence}{pad}{text}{pad}{fence}")
}

/// Line breaks and tabs as spaces.
fn one_line(text: &str) -> String {
    text.chars()
        .map(|c| {
            if matches!(c, '\n' | '\r' | '\t') {
                ' '
            } else {
                c
            }
        })
        .collect()
}

/// One line, inert, with no Markdown escaping: for a code span, where escapes show.
fn inline_plain(text: &str) -> String {
    crate::text::inert(one_line(text).trim()).into_owned()
}

/// Backslash-escape what CommonMark and GitHub act on inside a line: emphasis, code,
/// link and image openers, HTML, entities, strikethrough, table cells; and, when
/// `at_start`, what opens a block at the line's first character (`#`, `>`, `-`, `+`, `=`,
/// `1.`, `1)`). What cannot act where it stands is left alone so the file still reads
/// well: `_` inside a word (`ALN_IDP`, never emphasis), `&` not starting an entity, `]`.
fn escape_line(line: &str, at_start: bool) -> String {
    let line = crate::text::inert(line);
    let chars: Vec<char> = line.chars().collect();
    let first = chars.iter().position(|c| !c.is_whitespace());
    let mut out = String::with_capacity(line.len() + 8);
    let word = |c: Option<&char>| c.is_some_and(|c| c.is_alphanumeric());
    // `[` opens a link, an image, a footnote or a definition only with a `](`, `][` or
    // `]:` after it, and a task-list box as `[x]`; a plain `[wia 2026-11-25]` stays as is.
    let last_link_close = chars
        .windows(2)
        .rposition(|w| w[0] == ']' && matches!(w[1], '(' | '[' | ':'));
    let marker_end = |i: usize| chars.get(i + 1).is_none_or(|c| c.is_whitespace());
    // A line of only `-` or `=` (and spaces) is a rule or a heading underline.
    let rule = |marks: &[char]| chars.iter().all(|c| marks.contains(c) || c.is_whitespace());
    for (i, &c) in chars.iter().enumerate() {
        let starts = at_start && first == Some(i);
        let escape = match c {
            '\\' | '`' | '*' | '<' | '|' | '~' | '#' => true,
            '[' => last_link_close.is_some_and(|close| i < close) || chars.get(i + 2) == Some(&']'),
            '_' => !(i > 0 && word(chars.get(i - 1)) && word(chars.get(i + 1))),
            '&' => chars
                .get(i + 1)
                .is_some_and(|n| n.is_ascii_alphanumeric() || *n == '#'),
            '>' => starts,
            // A list marker only when a space or the end follows: `-1.5` and `1.00` stay.
            '-' | '+' => starts && (marker_end(i) || rule(&['-'])),
            '=' => starts && rule(&['=']),
            '.' | ')' => {
                at_start
                    && marker_end(i)
                    && first.is_some_and(|f| {
                        i > f && i - f <= 9 && chars[f..i].iter().all(char::is_ascii_digit)
                    })
            }
            _ => false,
        };
        if escape {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rounds_and_groups() {
        assert_eq!(hours(0.3333), "0.33");
        assert_eq!(hours(12.345), "12.3");
        assert_eq!(hours(123_456.7), "123,457");
        assert_eq!(hours(-1_234.4), "-1,234");
        assert_eq!(hours(-0.0), "0.00");
        assert_eq!(signed_hours(2.5), "+2.50");
        assert_eq!(signed_hours(-2.5), "-2.50");
        assert_eq!(inline("a|b\nc\u{1b}[31m"), "a\\|b c\u{FFFD}[31m");
        assert_eq!(fte(-0.0), "0.0");
    }

    #[test]
    fn markdown_from_a_file_reads_as_typed() {
        assert_eq!(
            inline("<script>alert(1)</script> &amp; [x](http://e) *b* `c` ~~d~~ ![i](j)"),
            "\\<script>alert(1)\\</script> \\&amp; \\[x](http://e) \\*b\\* \\`c\\` \\~\\~d\\~\\~ !\\[i](j)"
        );
        assert_eq!(
            inline("ALN_IDP _e_ # x, Cost > 1 & more!"),
            "ALN_IDP \\_e\\_ \\# x, Cost > 1 & more!"
        );
        assert_eq!(inline("- a"), "\\- a");
        assert_eq!(inline("[wia 2026-11-25] x"), "[wia 2026-11-25] x");
        assert_eq!(inline("[x] [a]: b"), "\\[x] \\[a]: b");
        assert_eq!(inline("-1.5"), "-1.5");
        assert_eq!(inline("1.00"), "1.00");
        assert_eq!(inline("---"), "\\---");
        assert_eq!(inline("-"), "\\-");
        assert_eq!(
            block("- a\n  + b\n12. c\n> d\n=== \n2026 plan. Done"),
            "\\- a\n  \\+ b\n12\\. c\n\\> d\n\\===\n2026 plan. Done"
        );
        assert_eq!(block("a\u{202e}b"), "a\u{FFFD}b");
        assert_eq!(code("on"), "`on`");
        assert_eq!(code("a``b"), "```a``b```");
        assert_eq!(code("`x"), "`` `x ``");
    }
}
