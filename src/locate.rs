//! Where each part of a YAML document is, so an error found after parsing (a duplicate
//! id, a condition naming an unknown question) can point at `file:line:column`.

use std::collections::{HashMap, HashSet};

use yaml_rust2::parser::{Event, MarkedEventReceiver, Parser};
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

enum Frame {
    Map {
        path: String,
        key: Option<String>,
        seen: HashSet<String>,
        /// A sequence item whose position is best given by its first key.
        item: Option<String>,
    },
    Seq {
        path: String,
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

fn join(parent: &str, key: &str) -> String {
    if parent.is_empty() {
        key.to_string()
    } else {
        format!("{parent}.{key}")
    }
}

impl Builder {
    /// The path of the node that starts now, and whether it is a mapping key.
    fn next_node(&mut self, mark: Marker, scalar: Option<&str>) -> Option<String> {
        match self.stack.last_mut() {
            None => Some(String::new()),
            Some(Frame::Seq { path, index }) => {
                let p = format!("{path}[{index}]");
                *index += 1;
                self.out.paths.entry(p.clone()).or_insert(pos(mark));
                Some(p)
            }
            Some(Frame::Map {
                path,
                key,
                seen,
                item,
            }) => match key.take() {
                Some(k) => Some(join(path, &k)),
                None => {
                    if let Some(item) = item.take() {
                        self.out.paths.insert(item, pos(mark));
                    }
                    let k = scalar.unwrap_or("?").to_string();
                    let p = join(path, &k);
                    if seen.insert(k.clone()) {
                        self.out.paths.insert(p, pos(mark));
                    } else {
                        self.out.duplicate_keys.push((p.clone(), pos(mark)));
                    }
                    *key = Some(k);
                    None
                }
            },
        }
    }
}

impl MarkedEventReceiver for Builder {
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
                        item: in_seq.then(|| path.clone()),
                        path,
                        key: None,
                        seen: HashSet::new(),
                    });
                } else {
                    // A complex key: keep the structure balanced, ignore its contents.
                    self.stack.push(Frame::Map {
                        path: "?".into(),
                        key: None,
                        seen: HashSet::new(),
                        item: None,
                    });
                }
            }
            Event::SequenceStart(..) => {
                let path = self.next_node(mark, None).unwrap_or_else(|| "?".into());
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
    /// error is reported by the deserializer, with its own position.
    pub fn of(text: &str) -> Locations {
        let mut builder = Builder {
            stack: Vec::new(),
            out: Locations::default(),
        };
        let mut parser = Parser::new_from_str(text);
        if parser.load(&mut builder, false).is_err() {
            return Locations::default();
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
