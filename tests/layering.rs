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
    "sync_worker",
    "review_loader",
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
    "sharing",
];

fn layer(module: &str) -> Option<usize> {
    [BASE, WIDGETS, SCREENS, APPLICATION]
        .iter()
        .position(|l| l.contains(&module))
}

/// The module of src/tui a file (as `tui_file` names it) belongs to, for its layer: its
/// top-level one, `screens`, `widgets` and `assessment` each holding their files.
fn tui_module(node: &str) -> String {
    node.split('/').next().unwrap_or(node).to_string()
}

/// The file of src/tui a file is, as a node of the graph: `screens/tasks/view`,
/// `screens/tasks/mod`, `runtime`.
fn tui_file(file: &str) -> Option<String> {
    Some(
        file.strip_prefix("src/tui/")?
            .trim_end_matches(".rs")
            .to_string(),
    )
}

/// The module path of a file below `crate::tui`: `screens/tasks/mod` is
/// `[screens, tasks]`, `screens/tasks/view` is `[screens, tasks, view]`.
fn module_path(node: &str) -> Vec<String> {
    let mut parts: Vec<String> = node.split('/').map(String::from).collect();
    if parts.last().is_some_and(|p| p == "mod") {
        parts.pop();
    }
    parts
}

fn ident(s: &str) -> String {
    s.chars()
        .take_while(|c| c.is_alphanumeric() || *c == '_')
        .collect()
}

/// The first identifier of each item of a path list: `a`, `{a, b::c}`, `{self, d::{e}}`.
fn heads(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for p in paths(text) {
        let head = p.into_iter().next().unwrap_or_else(|| "self".into());
        if !out.contains(&head) {
            out.push(head);
        }
    }
    out
}

/// Every path a path text names, groups spread out: `a::{b, c::{d, self}}` is
/// `a::b`, `a::c::d` and `a::c`. A `self` in a group names the path before it.
fn paths(text: &str) -> Vec<Vec<String>> {
    fn walk(text: &str, prefix: Vec<String>, out: &mut Vec<Vec<String>>) {
        let mut path = prefix;
        let mut rest = text.trim_start();
        loop {
            if let Some(group) = rest.strip_prefix('{') {
                let (mut depth, mut start) = (0usize, 0usize);
                for (i, c) in group.char_indices() {
                    match c {
                        '{' => depth += 1,
                        '}' if depth == 0 => {
                            walk(&group[start..i], path.clone(), out);
                            return;
                        }
                        '}' => depth -= 1,
                        ',' if depth == 0 => {
                            walk(&group[start..i], path.clone(), out);
                            start = i + 1;
                        }
                        _ => {}
                    }
                }
                return;
            }
            let id = ident(rest);
            if id.is_empty() {
                out.push(path);
                return;
            }
            rest = &rest[id.len()..];
            if id != "self" {
                path.push(id);
            }
            match rest.strip_prefix("::") {
                Some(r) => rest = r.trim_start(),
                None => {
                    out.push(path);
                    return;
                }
            }
        }
    }
    let mut out = Vec::new();
    walk(text, Vec::new(), &mut out);
    out
}

/// Which files of src/tui each file refers to, by `use` or by a path in the code:
/// `crate::tui::…`, `super::…` (however many), `self::…` and its own submodules. A
/// `mod` line is not a use: a folder's `mod.rs` may name files that use it.
fn tui_file_graph() -> std::collections::BTreeMap<String, std::collections::BTreeSet<String>> {
    let sources = all_sources();
    // Module path -> the file that is that module.
    let files: std::collections::BTreeMap<Vec<String>, String> = sources
        .iter()
        .filter_map(|(f, _)| tui_file(f))
        .map(|n| (module_path(&n), n))
        .collect();
    // What src/tui/mod.rs re-exports, and where it lives.
    let reexports = [
        ("Model", "model"),
        ("Msg", "msg"),
        ("Effect", "msg"),
        ("Options", "runtime"),
        ("run", "runtime"),
    ];
    let resolve = |path: &[String]| -> Option<String> {
        let k = (0..=path.len())
            .rev()
            .find(|k| files.contains_key(&path[..*k]))?;
        if k == 0
            && let Some((_, m)) = path
                .first()
                .and_then(|h| reexports.iter().find(|(name, _)| name == h))
        {
            return Some(m.to_string());
        }
        files.get(&path[..k]).cloned()
    };
    let mut graph = std::collections::BTreeMap::new();
    for (file, text) in &sources {
        let Some(from) = tui_file(file) else {
            continue;
        };
        // Unit tests at the foot of a file may reach anywhere.
        let code = text.split("#[cfg(test)]\nmod tests").next().unwrap_or("");
        let code: String = code
            .lines()
            .map(|l| l.split("//").next().unwrap_or(""))
            .collect::<Vec<_>>()
            .join("\n");
        let children: Vec<String> = code
            .lines()
            .filter_map(|l| {
                let l = l.trim_start();
                let l = l.strip_prefix("pub ").unwrap_or(l);
                let name = ident(l.strip_prefix("mod ")?);
                l.trim_end().ends_with(';').then_some(name)
            })
            .collect();
        let mut to = std::collections::BTreeSet::new();
        let bytes = code.as_bytes();
        // Modules written inline (`mod console { … }`) move `super` and `self` one down.
        let mut inline: Vec<(String, i32)> = Vec::new();
        let mut depth = 0i32;
        let mut line_start = 0usize;
        for line in code.split_inclusive('\n') {
            let trimmed = line.trim_start();
            let opens_inline = trimmed
                .strip_prefix("pub ")
                .unwrap_or(trimmed)
                .strip_prefix("mod ")
                .filter(|r| r.trim_end().ends_with('{'))
                .map(ident);
            let mut here = module_path(&from);
            here.extend(inline.iter().map(|(n, _)| n.clone()));
            for (i, _) in line.char_indices() {
                let at = line_start + i;
                // Only at the start of a path, not inside one (`a::super` is no path).
                if at > 0 {
                    let b = bytes[at - 1];
                    if b.is_ascii_alphanumeric() || b == b'_' || b == b':' {
                        continue;
                    }
                }
                let rest = &code[at..];
                let (base, after) = if let Some(r) = rest.strip_prefix("crate::tui::") {
                    (Vec::new(), r)
                } else if rest.starts_with("super::") {
                    let mut r = rest;
                    let mut base = here.clone();
                    while let Some(next) = r.strip_prefix("super::") {
                        base.pop();
                        r = next;
                    }
                    (base, r)
                } else if let Some(r) = rest.strip_prefix("self::") {
                    (here.clone(), r)
                } else if inline.is_empty()
                    && children
                        .iter()
                        .any(|c| rest.starts_with(c.as_str()) && rest[c.len()..].starts_with("::"))
                {
                    (here.clone(), rest)
                } else {
                    continue;
                };
                for p in paths(after) {
                    let mut full = base.clone();
                    full.extend(p);
                    if let Some(target) = resolve(&full)
                        && target != from
                    {
                        to.insert(target);
                    }
                }
            }
            if let Some(name) = opens_inline {
                inline.push((name, depth));
            }
            depth += line.matches('{').count() as i32 - line.matches('}').count() as i32;
            while inline.last().is_some_and(|(_, d)| depth <= *d) {
                inline.pop();
            }
            line_start += line.len();
        }
        graph.insert(from, to);
    }
    graph
}

/// Every cycle of a graph, each once, from its least node: a walk from each node
/// through greater ones only, back to where it began.
fn cycles(
    graph: &std::collections::BTreeMap<String, std::collections::BTreeSet<String>>,
) -> Vec<String> {
    fn walk<'a>(
        start: &'a str,
        at: &'a str,
        graph: &'a std::collections::BTreeMap<String, std::collections::BTreeSet<String>>,
        path: &mut Vec<&'a str>,
        out: &mut Vec<String>,
    ) {
        for next in graph.get(at).into_iter().flatten() {
            if next == start {
                let mut cycle = path.clone();
                cycle.push(start);
                out.push(cycle.join(" -> "));
            } else if next.as_str() > start && !path.contains(&next.as_str()) {
                path.push(next);
                walk(start, next, graph, path, out);
                path.pop();
            }
        }
    }
    let mut out = Vec::new();
    for start in graph.keys() {
        walk(start, start, graph, &mut vec![start.as_str()], &mut out);
    }
    out
}

#[test]
fn the_interface_is_layered_application_screens_widgets_base_with_no_cycle() {
    let graph = tui_file_graph();
    let mut wrong = Vec::new();
    for (from, targets) in &graph {
        let Some(a) = layer(&tui_module(from)) else {
            wrong.push(format!(
                "src/tui/{from}.rs is in no layer: add it to one above"
            ));
            continue;
        };
        for to in targets {
            match layer(&tui_module(to)) {
                Some(b) if b > a => wrong.push(format!("{from} uses {to}, a layer above it")),
                _ => {}
            }
        }
    }
    let found = cycles(&graph);
    for cycle in &found {
        wrong.push(format!("a cycle of files: {cycle}"));
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn the_layering_check_reads_grouped_and_nested_paths() {
    assert_eq!(heads("{a, b::c, d::{e, f}, g}"), ["a", "b", "d", "g"]);
    assert_eq!(heads("model::Model;"), ["model"]);
    assert_eq!(
        paths("a::{self, b::{c, self}, d}"),
        [
            vec!["a"],
            vec!["a", "b", "c"],
            vec!["a", "b"],
            vec!["a", "d"]
        ]
    );
    let graph = tui_file_graph();
    // Known uses that must be seen, whatever else changes.
    assert!(graph["runtime"].contains("update"));
    assert!(graph["screens/home"].contains("keymap"));
    assert!(graph["screens/assessor"].contains("widgets/text_field"));
    // `use task_edit::…` in a folder's mod.rs reaches its own file.
    assert!(graph["assessment/mod"].contains("assessment/task_edit"));
    // `super::super::x` from a file in a folder.
    assert!(graph["widgets/text_field"].contains("wrap"));
}
