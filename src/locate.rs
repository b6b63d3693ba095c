//! Where each part of a YAML document is, so an error found after parsing (a duplicate
//! id, a condition naming an unknown question) can point at `file:line:column`.

use std::collections::{HashMap, HashSet};

use yaml_rust2::parser::{Event, Parser};
use yaml_rust2::scanner::Marker;

/// A line and column, both counted from 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Position {
    pub line: usize,
    pub column: usize,
}

/// Positions of every key and sequence item by path (`sections[0].questions[3].id`),
/// plus the keys that appear twice in one mapping (YAML says keys are unique; the
/// deserializer keeps the last silently, so they are reported from here).
#[derive(Debug, Default)]
pub struct Locations {
    paths: HashMap<String, Position>,
    pub duplicate_keys: Vec<(String, Position)>,
}

/// A path too long to be worth keeping (only a hostile file has one) is `None`: its
/// places are not indexed, and `find` falls back to the nearest part that is, so the
/// index costs memory in proportion to the file, never to the square of it.
const MAX_PATH: usize = 512;
/// Reported duplicates beyond these are not worth the memory.
const MAX_DUPLICATES: usize = 1_000;

enum Frame {
    Map {
        path: Option<String>,
        key: Option<Option<String>>,
        seen: HashSet<String>,
        /// A sequence item whose position is best given by its first key.
        item: Option<String>,
    },
    Seq {
        path: Option<String>,
        index: usize,
    },
}

struct Builder {
    stack: Vec<Frame>,
    out: Locations,
}

fn pos(mark: Marker) -> Position {
    Position {
        line: mark.line(),
        column: mark.col() + 1,
    }
}

fn join(parent: &Option<String>, key: &str) -> Option<String> {
    let parent = parent.as_deref()?;
    if parent.len() + key.len() + 1 > MAX_PATH {
        return None;
    }
    Some(if parent.is_empty() {
        key.to_string()
    } else {
        format!("{parent}.{key}")
    })
}

impl Builder {
    /// The path of the node that starts now (`None` when too long to keep, or for a
    /// mapping key, which `Some(None)` is not).
    fn next_node(&mut self, mark: Marker, scalar: Option<&str>) -> Option<Option<String>> {
        match self.stack.last_mut() {
            None => Some(Some(String::new())),
            Some(Frame::Seq { path, index }) => {
                let p = path
                    .as_deref()
                    .filter(|p| p.len() + 24 <= MAX_PATH)
                    .map(|p| format!("{p}[{index}]"));
                *index += 1;
                if let Some(p) = &p {
                    self.out.paths.entry(p.clone()).or_insert(pos(mark));
                }
                Some(p)
            }
            Some(Frame::Map {
                path,
                key,
                seen,
                item,
            }) => match key.take() {
                Some(k) => Some(k.and_then(|k| join(path, &k))),
                None => {
                    if let Some(item) = item.take() {
                        self.out.paths.insert(item, pos(mark));
                    }
                    let k = scalar.unwrap_or("?");
                    let p = join(path, k);
                    if seen.insert(k.to_string()) {
                        if let Some(p) = p {
                            self.out.paths.insert(p, pos(mark));
                        }
                    } else if self.out.duplicate_keys.len() < MAX_DUPLICATES {
                        let named = p.unwrap_or_else(|| k.to_string());
                        self.out.duplicate_keys.push((named, pos(mark)));
                    }
                    *key = Some((k.len() <= MAX_PATH).then(|| k.to_string()));
                    None
                }
            },
        }
    }

    fn on_event(&mut self, ev: Event, mark: Marker) {
        match ev {
            Event::Scalar(value, ..) => {
                self.next_node(mark, Some(&value));
            }
            Event::Alias(_) => {
                self.next_node(mark, None);
            }
            Event::MappingStart(..) => {
                let in_seq = matches!(self.stack.last(), Some(Frame::Seq { .. }));
                if let Some(path) = self.next_node(mark, None) {
                    self.stack.push(Frame::Map {
                        item: if in_seq { path.clone() } else { None },
                        path,
                        key: None,
                        seen: HashSet::new(),
                    });
                } else {
                    // A complex key: keep the structure balanced, ignore its contents.
                    self.stack.push(Frame::Map {
                        path: None,
                        key: None,
                        seen: HashSet::new(),
                        item: None,
                    });
                }
            }
            Event::SequenceStart(..) => {
                let path = self.next_node(mark, None).flatten();
                self.stack.push(Frame::Seq { path, index: 0 });
            }
            Event::MappingEnd | Event::SequenceEnd => {
                self.stack.pop();
            }
            _ => {}
        }
    }
}

impl Locations {
    /// Index a document. A document that does not parse gives an empty index: its syntax
    /// error is reported by the deserializer, with its own position. The walk is the
    /// event loop itself, not a recursive loader, and stops at the first document's end
    /// or at the gate's limits, so even a text that never went through the gate cannot
    /// overflow the stack here.
    pub fn of(text: &str) -> Locations {
        // The gate bounds the scanner's lookahead, which a loop here cannot.
        if crate::yaml_gate::check(text, "", crate::i18n::Lang::En).is_err() {
            return Locations::default();
        }
        Self::of_gated(text)
    }

    /// `of` for a text that has just passed `yaml_gate::check`: the same walk without
    /// running the gate a second time (a third of the time of reading a questionnaire).
    pub fn of_gated(text: &str) -> Locations {
        use crate::yaml_gate::{MAX_DEPTH, MAX_NODES};
        let mut builder = Builder {
            stack: Vec::new(),
            out: Locations::default(),
        };
        let mut parser = Parser::new_from_str(text);
        let mut nodes = 0;
        loop {
            let Ok((ev, mark)) = parser.next_token() else {
                return Locations::default();
            };
            match ev {
                Event::StreamEnd | Event::DocumentEnd => break,
                Event::Scalar(..) | Event::Alias(_) => nodes += 1,
                Event::SequenceStart(..) | Event::MappingStart(..) => {
                    nodes += 1;
                    if builder.stack.len() >= MAX_DEPTH {
                        break;
                    }
                }
                _ => {}
            }
            if nodes > MAX_NODES {
                break;
            }
            builder.on_event(ev, mark);
        }
        builder.out
    }

    /// The position of `path`, or of the nearest enclosing part that has one.
    pub fn find(&self, path: &str) -> Option<Position> {
        let mut p = path;
        loop {
            if let Some(found) = self.paths.get(p) {
                return Some(*found);
            }
            let cut = p.rfind(['.', '['])?;
            p = &p[..cut];
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_keys_and_items_and_duplicates() {
        let text = "id: x\nsections:\n  - id: a\n    questions:\n      - id: q1\n        id: q2\n";
        let loc = Locations::of(text);
        assert_eq!(loc.find("id"), Some(Position { line: 1, column: 1 }));
        assert_eq!(
            loc.find("sections[0].id"),
            Some(Position { line: 3, column: 5 })
        );
        assert_eq!(
            loc.find("sections[0].questions[0].id"),
            Some(Position { line: 5, column: 9 })
        );
        // A path that does not exist falls back to the nearest part that does.
        assert_eq!(
            loc.find("sections[0].questions[0].show_if.all[2]"),
            Some(Position { line: 5, column: 9 })
        );
        assert_eq!(
            loc.duplicate_keys,
            vec![(
                "sections[0].questions[0].id".to_string(),
                Position { line: 6, column: 9 }
            )]
        );
    }
}
