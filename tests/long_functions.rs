//! No function in src/ runs over about 120 lines without saying why: a long function is
//! hard to read and to test, so one that stays long carries a comment `Long because …`
//! just above it (in its doc comment or a comment among its attributes).

use std::path::{Path, PathBuf};

/// The most lines a function may span, its signature and closing brace included.
const MOST_LINES: usize = 120;

fn sources(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap() {
        let path = e.unwrap().path();
        if path.is_dir() {
            sources(&path, out);
        } else if path.extension().is_some_and(|x| x == "rs") {
            out.push(path);
        }
    }
}

/// Whether a line begins a function item: `fn`, after any of `pub`, `pub(crate)`,
/// `const`, `async`, `unsafe`, `extern "C"`.
fn fn_name(line: &str) -> Option<String> {
    let mut rest = line.trim_start();
    loop {
        let before = rest;
        for word in [
            "pub(crate) ",
            "pub(super) ",
            "pub ",
            "const ",
            "async ",
            "unsafe ",
        ] {
            rest = rest.strip_prefix(word).unwrap_or(rest);
        }
        if let Some(r) = rest.strip_prefix("extern ") {
            rest = r.trim_start_matches(|c| c != ' ').trim_start();
        }
        if rest == before {
            break;
        }
    }
    let name: String = rest
        .strip_prefix("fn ")?
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '_')
        .collect();
    (!name.is_empty()).then_some(name)
}

/// The line (counted from 0) where the body that opens at or after `start` closes, or
/// `None` when the item ends with `;` first (a signature without a body). Strings,
/// characters and comments are skipped so their braces do not count.
fn body_end(lines: &[&str], start: usize) -> Option<usize> {
    let mut depth = 0usize;
    let mut opened = false;
    for (n, line) in lines.iter().enumerate().skip(start) {
        let chars: Vec<char> = line.chars().collect();
        let mut i = 0;
        while i < chars.len() {
            match chars[i] {
                '/' if chars.get(i + 1) == Some(&'/') => break,
                '"' => {
                    i += 1;
                    while i < chars.len() && chars[i] != '"' {
                        if chars[i] == '\\' {
                            i += 1;
                        }
                        i += 1;
                    }
                }
                // A character literal ('{', '\''), not a lifetime ('a).
                '\'' if chars.get(i + 2) == Some(&'\'') => i += 2,
                '\'' if chars.get(i + 1) == Some(&'\\') => {
                    i += 2;
                    while i < chars.len() && chars[i] != '\'' {
                        i += 1;
                    }
                }
                '{' => {
                    depth += 1;
                    opened = true;
                }
                '}' => {
                    depth = depth.saturating_sub(1);
                    if opened && depth == 0 {
                        return Some(n);
                    }
                }
                ';' if !opened && depth == 0 => return None,
                _ => {}
            }
            i += 1;
        }
    }
    None
}

/// The comment and attribute lines just above line `at`.
fn said_above(lines: &[&str], at: usize) -> String {
    lines[..at]
        .iter()
        .rev()
        .take_while(|l| {
            let l = l.trim_start();
            l.starts_with("//") || l.starts_with("#[")
        })
        .copied()
        .collect::<Vec<_>>()
        .join("\n")
}

/// Every function of the text longer than `MOST_LINES`, as (first line from 1, name,
/// lines, whether a comment above says why).
fn long_functions(text: &str) -> Vec<(usize, String, usize, bool)> {
    let lines: Vec<&str> = text.lines().collect();
    let mut out = Vec::new();
    for (n, line) in lines.iter().enumerate() {
        let Some(name) = fn_name(line) else { continue };
        let Some(end) = body_end(&lines, n) else {
            continue;
        };
        let span = end - n + 1;
        if span > MOST_LINES {
            let why = said_above(&lines, n).contains("Long because");
            out.push((n + 1, name, span, why));
        }
    }
    out
}

#[test]
fn no_function_is_long_without_saying_why() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    sources(&root.join("src"), &mut files);
    files.sort();
    let mut wrong = Vec::new();
    for path in files {
        let text = std::fs::read_to_string(&path).unwrap();
        let file = path.strip_prefix(root).unwrap().display().to_string();
        for (line, name, span, why) in long_functions(&text) {
            if !why {
                wrong.push(format!(
                    "{file}:{line}: fn {name} is {span} lines: split it, or say above it \
                     `Long because …`"
                ));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn the_check_measures_bodies_and_reads_the_reason_above() {
    let body = "    let x = 1;\n".repeat(MOST_LINES);
    let long = format!("/// Does a thing.\npub fn long() {{\n{body}}}\n");
    assert_eq!(
        long_functions(&long),
        [(2, "long".to_string(), MOST_LINES + 2, false)]
    );
    let said = format!(
        "/// Long because it is a table.\n#[allow(x)]\n{}",
        &long[18..]
    );
    assert!(long_functions(&said)[0].3);
    // Braces in strings and characters do not end the body; a signature has none.
    let tricky = format!("fn a() {{\n    let s = \"}}\";\n    let c = '}}';\n{body}}}\nfn b();\n");
    assert_eq!(long_functions(&tricky)[0].2, MOST_LINES + 4);
    assert_eq!(long_functions(&tricky).len(), 1);
    // Just at the limit is not long.
    let short = format!("fn s() {{\n{}}}\n", "    x;\n".repeat(MOST_LINES - 2));
    assert!(long_functions(&short).is_empty());
}
