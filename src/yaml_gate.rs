//! The check every YAML text passes before a parser that recurses, or that keeps a copy
//! of the whole tree, touches it. Nesting, aliases and the number of values are counted
//! with yaml-rust2's event parser, which keeps its own stack on the heap, so no input can
//! overflow the stack here; the walk stops at the first limit passed, so it costs time
//! and memory in proportion to the text read up to there.
//!
//! The limits are far beyond any file wia writes or documents (the bundled questionnaire nests
//! about a dozen levels and holds about four thousand values), and low enough that what comes
//! after (the deserializer, the index of positions) stays within tens of megabytes.

use std::cell::Cell;
use std::rc::Rc;

use yaml_rust2::parser::{Event, Parser};
use yaml_rust2::scanner::Marker;

use crate::error::Diagnostic;
use crate::i18n::Lang;
use crate::locate::Position;
use crate::t;

/// Lists and mappings inside one another.
pub const MAX_DEPTH: usize = 64;
/// References (`*name`) to an anchored value: each one may copy the whole value.
pub const MAX_ALIASES: usize = 100;
/// Values of any kind: texts, numbers, lists, mappings.
pub const MAX_NODES: usize = 250_000;
/// Characters read with no event to show for them. The scanner reads a whole value
/// before it hands it on, and a whole bracketed list or mapping when it could be a
/// mapping's key, keeping every piece of it (about a hundred bytes a character at
/// worst): this keeps that lookahead to tens of megabytes. Only one text, comment or
/// bracketed list longer than this trips it.
pub const MAX_RUN: usize = 256 * 1024;

/// The text's characters, cut off (and the cut noted) once `MAX_RUN` of them have been
/// read since the count was last reset.
struct Metered<'a> {
    chars: std::str::Chars<'a>,
    run: Rc<Cell<usize>>,
    cut: Rc<Cell<bool>>,
}

impl Iterator for Metered<'_> {
    type Item = char;
    fn next(&mut self) -> Option<char> {
        if self.run.get() >= MAX_RUN {
            self.cut.set(true);
            return None;
        }
        self.run.set(self.run.get() + 1);
        self.chars.next()
    }
}

/// Refuse `text` when it nests deeper than `MAX_DEPTH`, uses more than `MAX_ALIASES`
/// aliases, holds more than `MAX_NODES` values or more than one document; the first such
/// place is named. So is a syntax error: were it left to the deserializer, a text this
/// parser stops on early could still reach the other parser with all its nesting after
/// the error (and libyaml's scanner takes time in the square of the nesting).
pub fn check(text: &str, file: &str, lang: Lang) -> Result<(), Diagnostic> {
    check_counting(text, file, lang).map(|_| ())
}

/// What the gate saw of a text it let through.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Gated {
    /// References (`*name`) to anchored values. An alias used as a key hides which key it
    /// repeats until it is expanded, so a reader that trusts the deserializer alone to
    /// refuse repeated keys needs there to be none (`document::read_document_once`).
    pub aliases: usize,
}

/// `check`, saying what it saw of a text it lets through.
pub fn check_counting(text: &str, file: &str, lang: Lang) -> Result<Gated, Diagnostic> {
    let (run, cut) = (Rc::new(Cell::new(0)), Rc::new(Cell::new(false)));
    let mut parser = Parser::new(Metered {
        chars: text.chars(),
        run: run.clone(),
        cut: cut.clone(),
    });
    let (mut depth, mut aliases, mut nodes, mut documents) = (0usize, 0usize, 0usize, 0usize);
    // An alias stands for its whole anchored node: a few aliases of aliases can stand for
    // billions of values once the deserializer expands them, so each counts as the values
    // it expands to. `open` holds each collection's anchor and the count at its start.
    let mut open: Vec<(usize, usize)> = Vec::new();
    let mut expanded: std::collections::HashMap<usize, usize> = std::collections::HashMap::new();
    let refuse =
        |mark: Marker, message: String| Err(Diagnostic::error(lang, file, Some(at(mark)), message));
    loop {
        let next = parser.next_token();
        if cut.get() {
            let mark = match &next {
                Ok((_, mark)) => *mark,
                Err(e) => *e.marker(),
            };
            return refuse(mark, t!(lang, "domain-yaml-run-too-long", max = MAX_RUN));
        }
        run.set(0);
        let (event, mark) = match next {
            Ok(next) => next,
            // The scanner's own limit on nesting in brackets, at 255 levels.
            Err(e) if e.info() == "recursion limit exceeded" => {
                return refuse(
                    *e.marker(),
                    t!(lang, "domain-yaml-too-deep", max = MAX_DEPTH),
                );
            }
            Err(e) => {
                return refuse(
                    *e.marker(),
                    crate::yaml_syntax::syntax_message(lang, e.info()),
                );
            }
        };
        match event {
            Event::StreamEnd => return Ok(Gated { aliases }),
            Event::DocumentStart => {
                documents += 1;
                if documents > 1 {
                    return refuse(mark, t!(lang, "domain-yaml-second-document"));
                }
            }
            Event::SequenceStart(anchor, _) | Event::MappingStart(anchor, _) => {
                open.push((anchor, nodes));
                depth += 1;
                nodes += 1;
                if depth > MAX_DEPTH {
                    return refuse(mark, t!(lang, "domain-yaml-too-deep", max = MAX_DEPTH));
                }
            }
            Event::SequenceEnd | Event::MappingEnd => {
                depth = depth.saturating_sub(1);
                if let Some((anchor, start)) = open.pop()
                    && anchor != 0
                {
                    expanded.insert(anchor, nodes - start);
                }
            }
            Event::Alias(anchor) => {
                aliases += 1;
                nodes = nodes.saturating_add(expanded.get(&anchor).copied().unwrap_or(1));
                if aliases > MAX_ALIASES {
                    return refuse(
                        mark,
                        t!(lang, "domain-yaml-too-many-aliases", max = MAX_ALIASES),
                    );
                }
            }
            Event::Scalar(..) => nodes += 1,
            _ => {}
        }
        if nodes > MAX_NODES {
            return refuse(
                mark,
                t!(lang, "domain-yaml-too-many-values", max = MAX_NODES),
            );
        }
    }
}

/// Parse `text` as a loose YAML value, after the gate; `None` when either refuses it.
/// For looking at a file before its real reading, which reports the problem properly.
pub fn loose_value(text: &str) -> Option<serde_yaml::Value> {
    // The refusal is not shown, so its language does not matter.
    check(text, "", Lang::En).ok()?;
    serde_yaml::from_str(text).ok()
}

fn at(mark: Marker) -> Position {
    Position {
        line: mark.line(),
        column: mark.col() + 1,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn refused(text: &str) -> Diagnostic {
        check(text, "f.yaml", Lang::En).unwrap_err()
    }

    #[test]
    fn deep_nesting_is_refused_at_the_first_level_too_deep() {
        let ok = format!("{}x", "- ".repeat(MAX_DEPTH));
        assert!(check(&ok, "f.yaml", Lang::En).is_ok());
        let d = refused(&format!("{}x", "- ".repeat(50_000)));
        assert_eq!(
            d.position,
            Some(Position {
                line: 1,
                column: 2 * MAX_DEPTH + 1
            })
        );
        assert!(d.message.contains("64"), "{}", d.message);
        let d = refused(&format!("{}x{}", "{a: ".repeat(40_000), "}".repeat(40_000)));
        assert_eq!(d.position.map(|p| p.line), Some(1));
        refused(&"[".repeat(100_000));
    }

    #[test]
    fn a_second_document_is_refused_at_its_start() {
        let d = refused("a: 1\n---\nb: 2\n");
        assert_eq!(d.position, Some(Position { line: 2, column: 1 }));
        assert!(check("---\na: 1\n...\n", "f.yaml", Lang::En).is_ok());
    }

    #[test]
    fn aliases_and_values_are_counted() {
        let many = format!("a: &a 1\nb: [{}]\n", vec!["*a"; MAX_ALIASES + 1].join(", "));
        assert!(refused(&many).message.contains("100"));
        let values = format!("a:\n{}", "- 1\n".repeat(MAX_NODES + 1));
        assert!(refused(&values).message.contains("250000"));
        // Nine levels of nine aliases each: 9^9 values once expanded, from 81 aliases.
        let mut bomb = String::from("a: &a [1, 1, 1, 1, 1, 1, 1, 1, 1]\n");
        let names = ["a", "b", "c", "d", "e", "f", "g", "h", "i"];
        for pair in names.windows(2) {
            let (prev, name) = (pair[0], pair[1]);
            bomb.push_str(&format!(
                "{name}: &{name} [{}]\n",
                vec![format!("*{prev}"); 9].join(", ")
            ));
        }
        let d = refused(&bomb);
        assert!(d.message.contains("250000"), "{}", d.message);
        // A few aliases of a small anchor are fine.
        assert!(check("a: &a [1, 2]\nb: [*a, *a]\n", "f.yaml", Lang::En).is_ok());
    }

    #[test]
    fn a_long_bracketed_list_is_refused_before_the_scanner_holds_all_of_it() {
        // At the top the list could be a key, so the scanner reads on to its end.
        let flat = format!("[{}1]: x\n", "1,".repeat(MAX_RUN / 2 + 10));
        let d = refused(&flat);
        assert!(d.message.contains(&MAX_RUN.to_string()), "{}", d.message);
        let long_text = format!("a: \"{}\"\n", "x".repeat(MAX_RUN - 100));
        assert!(check(&long_text, "f.yaml", Lang::En).is_ok());
    }
}
