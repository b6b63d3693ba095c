//! Where text breaks into rows: shared by the text field (which keeps its cursor in a row)
//! and `style::wrap` (prose), so a field and the text drawn beside it wrap alike.

use unicode_width::UnicodeWidthChar;

use crate::text::width as display_width;

/// One wrapped row: the bytes of the text it shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Row {
    pub start: usize,
    pub end: usize,
}

/// Text as a field holds it: line breaks as `\n` (or spaces on one line), tabs as spaces,
/// and nothing that could drive the terminal.
pub fn clean(s: &str, multiline: bool) -> String {
    let s = s.replace("\r\n", "\n").replace('\r', "\n");
    let mut clean = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\n' if multiline => clean.push('\n'),
            '\n' | '\t' => clean.push(' '),
            // The one rule every way in applies (escapes, bidi controls, separators).
            c if crate::text::is_unsafe(c) => {}
            c => clean.push(c),
        }
    }
    clean
}

/// Word-wrap `text` to rows of at most `width` columns, one column kept free at the end of
/// each for a cursor; a line break always starts a row.
pub fn rows(text: &str, width: usize) -> Vec<Row> {
    let mut rows = Vec::new();
    let mut line_start = 0;
    for line in text.split('\n') {
        wrap_line(line, line_start, width, &mut rows);
        line_start += line.len() + 1;
    }
    rows
}

fn wrap_line(line: &str, offset: usize, width: usize, rows: &mut Vec<Row>) {
    let mut start = 0;
    let mut used = 0;
    // The byte just after the last space in the current row: a place to break.
    let mut last_break: Option<usize> = None;
    for (i, c) in line.char_indices() {
        let w = c.width().unwrap_or(0);
        // The cursor may sit after the last letter, so a full row leaves room for it.
        if used + w > width.saturating_sub(1) && i > start {
            let cut = match last_break {
                Some(b) if b > start && b <= i => b,
                _ => i,
            };
            rows.push(Row {
                start: offset + start,
                end: offset + cut,
            });
            start = cut;
            used = display_width(&line[start..i]);
            last_break = None;
        }
        used += w;
        if c == ' ' {
            last_break = Some(i + 1);
        }
    }
    rows.push(Row {
        start: offset + start,
        end: offset + line.len(),
    });
}
