//! Every CSV file wia writes goes through here, so each cell is made safe in one place:
//! characters that could drive a terminal become U+FFFD, and a cell a spreadsheet would
//! run as a formula is written with a leading apostrophe. Import undoes the apostrophe.

/// Characters that make a spreadsheet read a cell as a formula (OWASP's list).
const FORMULA_START: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// A cell as it is written: inert, and quoted with `'` when it would run as a formula.
/// A plain number such as `-1.5` is left alone.
pub fn cell(text: &str) -> String {
    let text = crate::text::inert(text);
    if text.starts_with(FORMULA_START) && !is_number(&text) {
        format!("'{text}")
    } else {
        text.into_owned()
    }
}

/// A cell as read back: the apostrophe `cell` added is taken off, so an export imports
/// as it was logged.
pub fn unguard(text: &str) -> &str {
    match text.strip_prefix('\'') {
        Some(rest) if rest.starts_with(FORMULA_START) && !is_number(rest) => rest,
        _ => text,
    }
}

/// Digits with at most a sign, a point and an exponent: what a spreadsheet reads as a
/// number rather than a formula (`-inf` and `NaN` parse as floats but are not this).
fn is_number(text: &str) -> bool {
    text.bytes()
        .all(|b| b.is_ascii_digit() || matches!(b, b'.' | b'-' | b'+' | b'e' | b'E'))
        && text.parse::<f64>().is_ok_and(f64::is_finite)
}

/// A CSV document: the header, then the rows, every cell passed through `cell`.
pub fn document<R, C>(header: &[&str], rows: R) -> String
where
    R: IntoIterator,
    R::Item: IntoIterator<Item = C>,
    C: AsRef<str>,
{
    let mut w = csv::Writer::from_writer(Vec::new());
    // Writing to memory cannot fail, and the cells are already text.
    let _ = w.write_record(header.iter().map(|h| cell(h)));
    for row in rows {
        let _ = w.write_record(row.into_iter().map(|c| cell(c.as_ref())));
    }
    String::from_utf8(w.into_inner().unwrap_or_default()).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_quoted_and_numbers_are_not() {
        assert_eq!(cell("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(cell("+1+2"), "'+1+2");
        assert_eq!(cell("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(cell("-inf"), "'-inf");
        assert_eq!(cell("-1.5"), "-1.5");
        assert_eq!(cell("Ysgol = Ysgol"), "Ysgol = Ysgol");
        assert_eq!(cell("a\u{1b}]0;x\u{7}"), "a\u{FFFD}]0;x\u{FFFD}");
        assert_eq!(cell("\ta"), "'\ta");
    }

    #[test]
    fn unguard_undoes_cell_and_nothing_else() {
        for text in ["=1+1", "-x", "@a", "'quoted'", "'-1", "plain", "-2"] {
            assert_eq!(unguard(&cell(text)), text, "{text}");
        }
    }

    #[test]
    fn a_document_quotes_commas_and_guards_every_cell() {
        let csv = document(&["a", "b"], [["=x", "1,2"], ["y\nz", "-3"]]);
        assert_eq!(csv, "a,b\n'=x,\"1,2\"\n\"y\nz\",-3\n");
    }
}
