//! Which module may use which: the domain never uses the interface, the command line uses
//! it only to open it, and the platform folders are looked up in one place.

use std::path::{Path, PathBuf};

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

fn all_sources() -> Vec<(String, String)> {
    let mut files = Vec::new();
    sources(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("src").as_path(),
        &mut files,
    );
    files
        .into_iter()
        .map(|p| {
            let rel = p
                .strip_prefix(env!("CARGO_MANIFEST_DIR"))
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            (rel, std::fs::read_to_string(&p).unwrap())
        })
        .collect()
}

#[test]
fn the_command_line_uses_the_interface_only_to_open_it_and_the_domain_not_at_all() {
    let mut wrong = Vec::new();
    for (file, text) in all_sources() {
        if file.starts_with("src/tui/") || file == "src/lib.rs" {
            continue;
        }
        for (n, line) in text.lines().enumerate() {
            let rest = line.replace("crate::tui::run(crate::tui::Options", "");
            if rest.contains("tui::") {
                wrong.push(format!("{file}:{}: {}", n + 1, line.trim()));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn the_platform_folders_are_looked_up_in_one_place() {
    let places: Vec<String> = all_sources()
        .into_iter()
        .filter(|(_, text)| text.contains("ProjectDirs::from"))
        .map(|(file, _)| file)
        .collect();
    assert_eq!(places, ["src/dirs.rs"]);
}

/// The interface's layers, from the top: what may use what. A module may use its own
/// layer or any below it, never one above, and no two modules may use each other however
/// long the way round.
const APPLICATION: &[&str] = &[
    "mod",
    "runtime",
    "runtime_review",
    "update",
    "app",
    "view",
    "model",
    "overlay",
    "read_only",
    "keys",
    "draft_writer",
    "signals",
    "signing",
];
const SCREENS: &[&str] = &["screens"];
const WIDGETS: &[&str] = &["widgets"];
const BASE: &[&str] = &[
    "style",
    "glyphs",
    "keymap",
    "msg",
    "context",
    "component",
    "assessment",
    "wrap",
];

fn layer(module: &str) -> Option<usize> {
    [BASE, WIDGETS, SCREENS, APPLICATION]
        .iter()
        .position(|l| l.contains(&module))
}

/// The module of src/tui a file belongs to: its top-level one, `screens`, `widgets` and
/// `assessment` each counting as one, with their files.
fn tui_module(file: &str) -> Option<String> {
    let rest = file.strip_prefix("src/tui/")?;
    let first = rest.split('/').next()?;
    Some(first.trim_end_matches(".rs").to_string())
}

/// The first identifier of each item of a path list: `a`, `{a, b::c}`, `{self, d::{e}}`.
fn heads(text: &str) -> Vec<String> {
    let ident = |s: &str| -> String {
        s.chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect()
    };
    let Some(group) = text.strip_prefix('{') else {
        return vec![ident(text)];
    };
    let mut out = Vec::new();
    let (mut depth, mut start) = (0usize, 0usize);
    for (i, c) in group.char_indices() {
        match c {
            '{' => depth += 1,
            '}' if depth == 0 => {
                out.push(ident(group[start..i].trim_start()));
                break;
            }
            '}' => depth -= 1,
            ',' if depth == 0 => {
                out.push(ident(group[start..i].trim_start()));
                start = i + 1;
            }
            _ => {}
        }
    }
    out
}

/// Which modules of src/tui each module refers to, by `use` or by a path in the code.
fn tui_graph() -> std::collections::BTreeMap<String, std::collections::BTreeSet<String>> {
    let sources = all_sources();
    let modules: std::collections::BTreeSet<String> =
        sources.iter().filter_map(|(f, _)| tui_module(f)).collect();
    // What src/tui/mod.rs re-exports, and where it lives.
    let reexports = [
        ("Model", "model"),
        ("Msg", "msg"),
        ("Effect", "msg"),
        ("Options", "runtime"),
        ("run", "runtime"),
    ];
    let mut graph = std::collections::BTreeMap::new();
    for (file, text) in &sources {
        let Some(from) = tui_module(file) else {
            continue;
        };
        if from == "mod" {
            continue;
        }
        // Unit tests at the foot of a file may reach anywhere.
        let code = text.split("#[cfg(test)]\nmod tests").next().unwrap_or("");
        let code: String = code
            .lines()
            .map(|l| l.split("//").next().unwrap_or(""))
            .collect::<Vec<_>>()
            .join("\n");
        // A file in a folder (screens/x.rs) reaches src/tui through super::super.
        let nested = file.matches('/').count() > 2;
        let prefixes: Vec<&str> = if nested {
            vec!["crate::tui::", "super::super::"]
        } else {
            vec!["crate::tui::", "super::"]
        };
        let mut to = std::collections::BTreeSet::new();
        for prefix in prefixes {
            for (at, _) in code.match_indices(prefix) {
                // `super::super::x` is not `super::x` read from its middle.
                if prefix == "super::" && code[..at].ends_with("super::") {
                    continue;
                }
                for head in heads(&code[at + prefix.len()..]) {
                    let target = reexports
                        .iter()
                        .find(|(name, _)| *name == head)
                        .map_or(head.clone(), |(_, m)| m.to_string());
                    if modules.contains(&target) && target != from {
                        to.insert(target);
                    }
                }
            }
        }
        graph
            .entry(from)
            .or_insert_with(std::collections::BTreeSet::new)
            .extend(to);
    }
    graph
}

#[test]
fn the_interface_is_layered_application_screens_widgets_base_with_no_cycle() {
    let graph = tui_graph();
    let mut wrong = Vec::new();
    for (from, targets) in &graph {
        let Some(a) = layer(from) else {
            wrong.push(format!(
                "src/tui/{from} is in no layer: add it to one above"
            ));
            continue;
        };
        for to in targets {
            match layer(to) {
                Some(b) if b > a => wrong.push(format!("{from} uses {to}, a layer above it")),
                _ => {}
            }
        }
    }
    // Any cycle, found by a depth-first walk that meets a module still on its path.
    fn walk<'a>(
        at: &'a str,
        graph: &'a std::collections::BTreeMap<String, std::collections::BTreeSet<String>>,
        path: &mut Vec<&'a str>,
        done: &mut std::collections::BTreeSet<&'a str>,
        cycles: &mut Vec<String>,
    ) {
        if let Some(i) = path.iter().position(|m| *m == at) {
            let mut cycle = path[i..].to_vec();
            cycle.push(at);
            cycles.push(cycle.join(" -> "));
            return;
        }
        if !done.insert(at) {
            return;
        }
        path.push(at);
        for next in graph.get(at).into_iter().flatten() {
            walk(next, graph, path, done, cycles);
        }
        path.pop();
    }
    let mut done = std::collections::BTreeSet::new();
    for from in graph.keys() {
        walk(from, &graph, &mut Vec::new(), &mut done, &mut wrong);
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn the_layering_check_reads_grouped_and_nested_paths() {
    assert_eq!(heads("{a, b::c, d::{e, f}, g}"), ["a", "b", "d", "g"]);
    assert_eq!(heads("model::Model;"), ["model"]);
    let graph = tui_graph();
    // Known uses that must be seen, whatever else changes.
    assert!(graph["runtime"].contains("update"));
    assert!(graph["screens"].contains("keymap"));
    assert!(graph["screens"].contains("widgets"));
}
