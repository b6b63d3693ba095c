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
/// In the process's language: the interface keeps it in step with what is on screen.
pub fn range(e: &crate::scoring::Estimate, show: fn(f64) -> String) -> String {
    crate::t!(
        crate::i18n::current(),
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

/// Text from a file, made safe for one Markdown table cell or line: control characters
/// dropped, line breaks turned to spaces, pipes escaped.
pub fn inline(text: &str) -> String {
    text.chars()
        .map(|c| {
            if c == '\n' || c == '\r' || c == '\t' {
                ' '
            } else {
                c
            }
        })
        .filter(|c| !c.is_control())
        .collect::<String>()
        .replace('|', "\\|")
        .trim()
        .to_string()
}

/// Text from a file for a Markdown paragraph: control characters other than line breaks dropped.
pub fn block(text: &str) -> String {
    text.chars()
        .filter(|c| *c == '\n' || !c.is_control())
        .collect::<String>()
        .trim()
        .to_string()
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
        assert_eq!(inline("a|b\nc\u{1b}[31m"), "a\\|b c[31m");
        assert_eq!(fte(-0.0), "0.0");
    }
}
