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
