//! Text to events, line by line, for the block layout only. Every function returns `None`
//! the moment the text leaves that layout; a `None` is never an error, only "read this
//! the general way".

use std::borrow::Cow;

use super::scalar;

#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Event<'a> {
    /// A text as written. `plain` when unquoted: only a plain text can be read as a
    /// number, a boolean or null.
    Scalar {
        value: Cow<'a, str>,
        plain: bool,
    },
    SequenceStart,
    SequenceEnd,
    MappingStart,
    MappingEnd,
}

/// Stricter than the gate's `MAX_DEPTH`, `MAX_NODES` and `MAX_RUN`.
const MAX_DEPTH: usize = 48;
const MAX_NODES: usize = 100_000;
/// Bytes between the starts of two events (one long text, or a run of comments).
const MAX_RUN_BYTES: usize = 64 * 1024;

pub(crate) fn events(text: &str) -> Option<Vec<Event<'_>>> {
    if !scalar::printable(text) {
        return None;
    }
    let mut p = Parser {
        text,
        at: 0,
        peeked: 0,
        last_peek: None,
        // A record of 24 KB makes about 1,500 events; a stranger's 8 MB file is not
        // given room for half a million before it has shown one.
        out: Vec::with_capacity((text.len() / 16).min(4096)),
        depth: 0,
        nodes: 0,
        last_offset: 0,
    };
    let (col, content) = p.next_content()?;
    if col != 0 || content.starts_with("---") || content.starts_with("...") {
        return None;
    }
    p.node(col, content)?;
    // Nothing may follow the one node but blank lines and comments.
    if p.next_content().is_some() {
        return None;
    }
    Some(p.out)
}

struct Parser<'a> {
    text: &'a str,
    /// Where the next line to read starts, in bytes; past the end when there is none.
    /// Lines are found as they are read, never listed: a file of nothing but line
    /// breaks would otherwise cost sixteen bytes a byte.
    at: usize,
    /// Where the line after the one `peek_content` found starts.
    peeked: usize,
    /// What `peek_content` last found, and where it started looking.
    last_peek: Option<(usize, (usize, &'a str, usize))>,
    out: Vec<Event<'a>>,
    depth: usize,
    nodes: usize,
    last_offset: usize,
}

impl<'a> Parser<'a> {
    /// The line starting at `at` (without its line break), and where the next one starts.
    fn line(&self, at: usize) -> Option<(&'a str, usize)> {
        let rest = self.text.get(at..)?;
        // The memchr crate's search is a quarter of core's here (issue 18's profile).
        Some(match memchr::memchr(b'\n', rest.as_bytes()) {
            Some(i) => (&rest[..i], at + i + 1),
            None => (rest, self.text.len() + 1),
        })
    }

    /// The next line that is neither blank nor a comment, as its indentation and the rest,
    /// without moving past it (`advance` does).
    fn peek_content(&mut self) -> Option<(usize, &'a str)> {
        // Each line is asked for more than once (by a collection, then its parent).
        if let Some((at, found)) = self.last_peek
            && at == self.at
        {
            self.peeked = found.2;
            return Some((found.0, found.1));
        }
        while let Some((line, next)) = self.line(self.at) {
            let rest = line.trim_start_matches(' ');
            if rest.is_empty() || rest.starts_with('#') {
                self.at = next;
                continue;
            }
            self.peeked = next;
            let col = line.len() - rest.len();
            self.last_peek = Some((self.at, (col, rest, next)));
            return Some((col, rest));
        }
        None
    }

    /// Past the line `peek_content` found.
    fn advance(&mut self) {
        self.at = self.peeked;
    }

    fn next_content(&mut self) -> Option<(usize, &'a str)> {
        let found = self.peek_content()?;
        self.advance();
        Some(found)
    }

    fn push(&mut self, event: Event<'a>, at: &str) -> Option<()> {
        // Where in the text this event starts: the gate's scanner reads no more than
        // `MAX_RUN` characters without an event, so neither does anything read here.
        let offset = at.as_ptr() as usize - self.text.as_ptr() as usize;
        if offset.saturating_sub(self.last_offset) > MAX_RUN_BYTES {
            return None;
        }
        self.last_offset = offset;
        match event {
            Event::SequenceStart | Event::MappingStart => {
                self.depth += 1;
                self.nodes += 1;
            }
            Event::SequenceEnd | Event::MappingEnd => self.depth -= 1,
            Event::Scalar { .. } => self.nodes += 1,
        }
        if self.depth > MAX_DEPTH || self.nodes > MAX_NODES {
            return None;
        }
        self.out.push(event);
        Some(())
    }

    /// A list or a mapping whose first line, `content`, starts at column `col` (the line
    /// itself already read).
    fn node(&mut self, col: usize, content: &'a str) -> Option<()> {
        if is_item(content) {
            self.sequence(col, content)
        } else {
            let (key, value) = entry(content)?;
            self.mapping(col, key, value)
        }
    }

    fn sequence(&mut self, col: usize, first: &'a str) -> Option<()> {
        self.push(Event::SequenceStart, first)?;
        let mut item = first;
        loop {
            let rest = &item[1..];
            let value = rest.trim_start_matches(' ');
            let value_col = col + item.len() - value.len();
            if value.is_empty() {
                self.value_below(col, item)?;
            } else if is_item(value) || entry(value).is_some() {
                self.node(value_col, value)?;
            } else {
                self.scalar(value, col)?;
            }
            match self.peek_content() {
                Some((c, next)) if c == col && is_item(next) => {
                    self.advance();
                    item = next;
                }
                Some((c, _)) if c > col => return None,
                // At this column and not an item: the next entry of the mapping this
                // list is the value of (wia's writer does not indent such a list); any
                // other collection gives up on it.
                _ => break,
            }
        }
        let end = self.end_marker();
        self.push(Event::SequenceEnd, end)
    }

    fn mapping(&mut self, col: usize, first_key: Key<'a>, first_value: &'a str) -> Option<()> {
        self.push(Event::MappingStart, first_key.at)?;
        let (mut key, mut value) = (first_key, first_value);
        loop {
            self.push(key.event, key.at)?;
            if value.is_empty() {
                match self.peek_content() {
                    // wia's writer puts a mapping's list at the mapping's own column.
                    Some((c, next)) if c == col && is_item(next) => {
                        self.advance();
                        self.sequence(col, next)?;
                    }
                    _ => self.value_below(col, key.at)?,
                }
            } else {
                self.scalar(value, col)?;
            }
            match self.peek_content() {
                Some((c, next)) if c == col && !is_item(next) => {
                    self.advance();
                    (key, value) = entry(next)?;
                }
                Some((c, _)) if c >= col => return None,
                _ => break,
            }
        }
        let end = self.end_marker();
        self.push(Event::MappingEnd, end)
    }

    /// Where an end event is placed: at the next line's start, or the text's end.
    fn end_marker(&mut self) -> &'a str {
        match self.line(self.at) {
            Some((line, _)) => line,
            None => &self.text[self.text.len()..],
        }
    }

    /// The value of an entry or item that has nothing after its indicator: a node on the
    /// lines below, indented further than `col`, or null.
    fn value_below(&mut self, col: usize, at: &'a str) -> Option<()> {
        match self.peek_content() {
            Some((c, next)) if c > col => {
                self.advance();
                self.node(c, next)
            }
            _ => self.push(
                Event::Scalar {
                    value: Cow::Borrowed(""),
                    plain: true,
                },
                &at[at.len()..],
            ),
        }
    }

    /// A text on the rest of a line (or a literal text below it), in a collection at
    /// column `col`.
    fn scalar(&mut self, value: &'a str, col: usize) -> Option<()> {
        let event = match value.as_bytes()[0] {
            b'\'' | b'"' => {
                let (text, rest) = scalar::quoted(value)?;
                if !rest.is_empty() {
                    return None;
                }
                Event::Scalar {
                    value: text,
                    plain: false,
                }
            }
            b'|' => {
                let text = self.literal(value, col)?;
                Event::Scalar {
                    value: Cow::Owned(text),
                    plain: false,
                }
            }
            b'{' | b'[' => {
                let (start, end) = match value {
                    "{}" => (Event::MappingStart, Event::MappingEnd),
                    "[]" => (Event::SequenceStart, Event::SequenceEnd),
                    _ => return None,
                };
                self.push(start, value)?;
                return self.push(end, &value[1..]);
            }
            _ if scalar::plain_ok(value) => Event::Scalar {
                value: Cow::Borrowed(value),
                plain: true,
            },
            _ => return None,
        };
        self.push(event, value)
    }

    /// A literal text (`|` or `|-`, the only headers wia's writer uses without an
    /// indentation digit) whose lines are below, indented further than `col`.
    fn literal(&mut self, header: &str, col: usize) -> Option<String> {
        let strip = match header {
            "|" => false,
            "|-" => true,
            _ => return None,
        };
        let mut indent: Option<usize> = None;
        let mut lines: Vec<&str> = Vec::new();
        let (mut last_content, mut after_last) = (0, self.at);
        let start = self.at;
        while let Some((line, next)) = self.line(self.at) {
            // As long a text as the gate lets through between two events, and no longer.
            if self.at - start > MAX_RUN_BYTES {
                return None;
            }
            let rest = line.trim_start_matches(' ');
            let spaces = line.len() - rest.len();
            if rest.is_empty() {
                // Blank lines before the first line would set the indentation, and spaces
                // beyond it would be part of the text: neither is wia's writing.
                if indent.is_none_or(|i| spaces > i) {
                    return None;
                }
                lines.push("");
                self.at = next;
                continue;
            }
            let i = *indent.get_or_insert(spaces);
            if spaces <= col || spaces < i {
                break;
            }
            lines.push(&line[i..]);
            (last_content, after_last) = (lines.len(), next);
            self.at = next;
        }
        if last_content == 0 {
            return None;
        }
        // Blank lines after the text belong to no one: give them back.
        self.at = after_last;
        // A last line with no line break after it is kept differently by `|`.
        if self.at > self.text.len() {
            return None;
        }
        let body = &lines[..last_content];
        let mut text = body.join("\n");
        if !strip {
            text.push('\n');
        }
        Some(text)
    }
}

fn is_item(content: &str) -> bool {
    content == "-" || content.starts_with("- ")
}

/// A mapping key, and the line it starts at (for the run limit).
struct Key<'a> {
    event: Event<'a>,
    at: &'a str,
}

/// `key: value` or `key:` split into its key and the value's text (empty when the value
/// is below), when `content` is a mapping entry.
fn entry(content: &str) -> Option<(Key<'_>, &str)> {
    let (key, after) = match content.as_bytes()[0] {
        b'\'' | b'"' => {
            let (key, rest) = scalar::quoted(content)?;
            let after = rest.strip_prefix(':')?;
            (
                Event::Scalar {
                    value: key,
                    plain: false,
                },
                after,
            )
        }
        _ => {
            let end = match key_end(content) {
                Some(i) => i,
                None if content.ends_with(':') => content.len() - 1,
                None => return None,
            };
            let key = &content[..end];
            if !scalar::plain_ok(key) {
                return None;
            }
            (
                Event::Scalar {
                    value: Cow::Borrowed(key),
                    plain: true,
                },
                &content[end + 1..],
            )
        }
    };
    if !(after.is_empty() || after.starts_with(' ')) {
        return None;
    }
    let value = after.trim_start_matches(' ');
    // A comment after the indicator, or a value with trailing spaces, is not wia's.
    if value.starts_with('#') || value.ends_with(' ') {
        return None;
    }
    Some((
        Key {
            event: key,
            at: content,
        },
        value,
    ))
}

/// Where the first `: ` is: a colon found by memchr and checked, rather than a two-byte
/// pattern search, which cost more to set up than to run on lines this short.
fn key_end(content: &str) -> Option<usize> {
    let bytes = content.as_bytes();
    memchr::memchr_iter(b':', bytes).find(|&i| bytes.get(i + 1) == Some(&b' '))
}
