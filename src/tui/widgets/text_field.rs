//! A text entry field: one line or several, edited by keys and paste, laid out by
//! display width so the cursor sits under the right letter (ŵ is two bytes, one column;
//! a CJK letter is one char, two columns).
//!
//! Hand-written rather than `tui-input`/`ratatui-textarea` because neither wraps long
//! lines at words, and a paragraph of assumptions scrolled sideways is unreadable.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TextField {
    text: String,
    /// Byte offset, always on a char boundary.
    cursor: usize,
    multiline: bool,
    /// The most characters the field holds; `None` for no limit.
    limit: Option<usize>,
    /// Text was left out because the field was full, and nobody has been told yet.
    cut: bool,
}

/// What a key did to the field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Edit {
    Changed,
    Moved,
    Ignored,
}

pub use crate::tui::wrap::Row;
use crate::tui::wrap::rows as wrap;

impl TextField {
    pub fn new(text: &str, multiline: bool) -> Self {
        let mut f = TextField {
            text: String::new(),
            cursor: 0,
            multiline,
            limit: None,
            cut: false,
        };
        f.insert_str(text);
        f
    }

    /// Hold at most `limit` characters: a paste of a whole document into a title stops
    /// at the limit rather than making every later key and frame slow.
    pub fn with_limit(mut self, limit: usize) -> Self {
        self.limit = Some(limit);
        self
    }

    /// Whether text was left out since the last call, because the field was full.
    pub fn take_cut(&mut self) -> bool {
        std::mem::take(&mut self.cut)
    }

    pub fn limit(&self) -> Option<usize> {
        self.limit
    }

    pub fn text(&self) -> &str {
        &self.text
    }

    pub fn cursor(&self) -> usize {
        self.cursor
    }

    pub fn is_multiline(&self) -> bool {
        self.multiline
    }

    /// Insert typed or pasted text. Control characters never enter an answer: a tab
    /// becomes a space, a line break a space in a one-line field.
    pub fn insert_str(&mut self, s: &str) {
        let mut clean = crate::tui::wrap::clean(s, self.multiline);
        if let Some(limit) = self.limit {
            let room = limit.saturating_sub(self.text.chars().count());
            if let Some((end, _)) = clean.char_indices().nth(room) {
                clean.truncate(end);
                self.cut = true;
            }
        }
        self.text.insert_str(self.cursor, &clean);
        self.cursor += clean.len();
    }

    fn prev(&self, at: usize) -> usize {
        self.text[..at].char_indices().last().map_or(0, |(i, _)| i)
    }

    fn next(&self, at: usize) -> usize {
        self.text[at..]
            .chars()
            .next()
            .map_or(at, |c| at + c.len_utf8())
    }

    fn line_start(&self, at: usize) -> usize {
        self.text[..at].rfind('\n').map_or(0, |i| i + 1)
    }

    fn line_end(&self, at: usize) -> usize {
        self.text[at..]
            .find('\n')
            .map_or(self.text.len(), |i| at + i)
    }

    fn word_left(&self, at: usize) -> usize {
        let before = &self.text[..at];
        let trimmed = before.trim_end();
        trimmed
            .char_indices()
            .rev()
            .find(|(_, c)| c.is_whitespace())
            .map_or(0, |(i, c)| i + c.len_utf8())
    }

    fn word_right(&self, at: usize) -> usize {
        let after = &self.text[at..];
        let skip_word = after
            .char_indices()
            .find(|(_, c)| c.is_whitespace())
            .map_or(after.len(), |(i, _)| i);
        let rest = &after[skip_word..];
        let skip_space = rest
            .char_indices()
            .find(|(_, c)| !c.is_whitespace())
            .map_or(rest.len(), |(i, _)| i);
        at + skip_word + skip_space
    }

    /// Move to the same character column on the line above (-1) or below (+1).
    fn vertical(&mut self, dir: i32) -> Edit {
        let start = self.line_start(self.cursor);
        let column = self.text[start..self.cursor].chars().count();
        let target_start = if dir < 0 {
            if start == 0 {
                return Edit::Ignored;
            }
            self.line_start(start - 1)
        } else {
            let end = self.line_end(self.cursor);
            if end == self.text.len() {
                return Edit::Ignored;
            }
            end + 1
        };
        let target_end = self.line_end(target_start);
        self.cursor = self.text[target_start..target_end]
            .char_indices()
            .nth(column)
            .map_or(target_end, |(i, _)| target_start + i);
        Edit::Moved
    }

    fn remove(&mut self, from: usize, to: usize) -> Edit {
        if from == to {
            return Edit::Ignored;
        }
        self.text.replace_range(from..to, "");
        self.cursor = from;
        Edit::Changed
    }

    fn move_to(&mut self, at: usize) -> Edit {
        if at == self.cursor {
            Edit::Ignored
        } else {
            self.cursor = at;
            Edit::Moved
        }
    }

    /// Apply an editing key. Keys the field does not use are `Ignored`, for the screen.
    pub fn handle(&mut self, key: KeyEvent) -> Edit {
        let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
        let alt = key.modifiers.contains(KeyModifiers::ALT);
        let c = self.cursor;
        match key.code {
            KeyCode::Char(ch) if !ctrl && !alt => {
                let mut buf = [0u8; 4];
                let before = self.text.len();
                self.insert_str(ch.encode_utf8(&mut buf));
                if self.text.len() == before {
                    Edit::Ignored
                } else {
                    Edit::Changed
                }
            }
            KeyCode::Char('w') if ctrl => self.remove(self.word_left(c), c),
            KeyCode::Char('u') if ctrl => self.remove(self.line_start(c), c),
            KeyCode::Char('k') if ctrl => self.remove(c, self.line_end(c)),
            KeyCode::Char('a') if ctrl => self.move_to(self.line_start(c)),
            KeyCode::Char('e') if ctrl => self.move_to(self.line_end(c)),
            KeyCode::Enter if self.multiline && !ctrl && !alt => {
                self.insert_str("\n");
                Edit::Changed
            }
            KeyCode::Backspace if ctrl || alt => self.remove(self.word_left(c), c),
            KeyCode::Backspace => self.remove(self.prev(c), c),
            KeyCode::Delete => self.remove(c, self.next(c)),
            KeyCode::Left if ctrl || alt => self.move_to(self.word_left(c)),
            KeyCode::Right if ctrl || alt => self.move_to(self.word_right(c)),
            KeyCode::Left => self.move_to(self.prev(c)),
            KeyCode::Right => self.move_to(self.next(c)),
            KeyCode::Home => self.move_to(self.line_start(c)),
            KeyCode::End => self.move_to(self.line_end(c)),
            KeyCode::Up if self.multiline => self.vertical(-1),
            KeyCode::Down if self.multiline => self.vertical(1),
            _ => Edit::Ignored,
        }
    }

    /// The rows the text wraps to at `width` columns (at least one), breaking after a
    /// space where a word would cross the edge, and within a word only when it is wider
    /// than the row.
    pub fn rows(&self, width: u16) -> Vec<Row> {
        wrap(&self.text, width.max(1) as usize)
    }

    /// Row and column of the cursor among `rows(width)`.
    pub fn cursor_at(&self, width: u16) -> (usize, u16) {
        let width = width.max(1) as usize;
        let rows = wrap(&self.text, width);
        for (i, row) in rows.iter().enumerate() {
            let last_of_line = rows
                .get(i + 1)
                .is_none_or(|next| next.start != row.end || self.text[row.end..].starts_with('\n'));
            let inside = self.cursor >= row.start
                && (self.cursor < row.end || (self.cursor == row.end && last_of_line));
            if inside {
                let col = display_width(&self.text[row.start..self.cursor]);
                return (i, col.min(width.saturating_sub(1)) as u16);
            }
        }
        (rows.len().saturating_sub(1), 0)
    }
}

pub use crate::text::width as display_width;

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::crossterm::event::KeyEvent;

    fn key(code: KeyCode) -> KeyEvent {
        KeyEvent::new(code, KeyModifiers::NONE)
    }

    #[test]
    fn welsh_letters_take_one_column_each() {
        let f = TextField::new("dŵr", false);
        assert_eq!(f.cursor(), "dŵr".len());
        assert_eq!(f.cursor_at(20), (0, 3));
    }

    #[test]
    fn editing_moves_by_characters_not_bytes() {
        let mut f = TextField::new("ŷd", false);
        f.handle(key(KeyCode::Home));
        f.handle(key(KeyCode::Right));
        assert_eq!(f.cursor_at(20), (0, 1));
        f.handle(key(KeyCode::Backspace));
        assert_eq!(f.text(), "d");
        f.handle(key(KeyCode::Char('â')));
        assert_eq!(f.text(), "âd");
    }

    #[test]
    fn control_characters_and_escapes_never_enter_the_text() {
        let mut f = TextField::new("", false);
        f.insert_str("a\u{1b}[31mb\tc\nd\u{202E}\u{200F}\u{2028}\u{9b}");
        assert_eq!(f.text(), "a[31mb c d");
        let mut m = TextField::new("", true);
        m.insert_str("one\r\ntwo");
        assert_eq!(m.text(), "one\ntwo");
    }

    #[test]
    fn a_full_field_keeps_what_fits_and_says_so_once() {
        let mut f = TextField::new("ab", false).with_limit(4);
        f.insert_str("cŵdef");
        assert_eq!(f.text(), "abcŵ");
        assert!(f.take_cut());
        assert!(!f.take_cut());
        assert_eq!(f.handle(key(KeyCode::Char('x'))), Edit::Ignored);
        assert!(f.take_cut());
        f.handle(key(KeyCode::Backspace));
        assert_eq!(f.handle(key(KeyCode::Char('x'))), Edit::Changed);
        assert_eq!(f.text(), "abcx");
        assert!(!f.take_cut());
    }

    #[test]
    fn long_lines_wrap_at_spaces_and_the_cursor_follows() {
        let f = TextField::new("the quick brown fox", true);
        let rows: Vec<&str> = f
            .rows(11)
            .iter()
            .map(|r| &f.text()[r.start..r.end])
            .collect();
        assert_eq!(rows, ["the quick ", "brown fox"]);
        assert_eq!(f.cursor_at(11), (1, 9));
    }

    #[test]
    fn up_and_down_keep_the_column_across_lines() {
        let mut f = TextField::new("abcd\nxy\nlonger", true);
        f.handle(key(KeyCode::Up));
        assert_eq!(f.cursor_at(40), (1, 2));
        f.handle(key(KeyCode::Up));
        assert_eq!(f.cursor_at(40), (0, 2));
        f.handle(key(KeyCode::Down));
        f.handle(key(KeyCode::Down));
        assert_eq!(f.cursor_at(40), (2, 2));
    }

    #[test]
    fn an_empty_field_has_one_row_and_the_cursor_at_its_start() {
        let f = TextField::new("", true);
        assert_eq!(f.rows(10).len(), 1);
        assert_eq!(f.cursor_at(10), (0, 0));
        let g = TextField::new("a\n", true);
        assert_eq!(g.cursor_at(10), (1, 0));
    }
}
