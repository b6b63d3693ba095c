//! `wia completions SHELL` and `wia man`: made from the command line's own definitions,
//! so every command appears, in the language chosen.

mod common;

use std::process::Command;

use clap::CommandFactory;
use common::cli::wia;

fn commands() -> Vec<String> {
    wia::cli::Cli::command()
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect()
}

fn stdout(args: &[&str]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let out = wia(dir.path()).args(args).assert().success();
    String::from_utf8(out.get_output().stdout.clone()).unwrap()
}

#[test]
fn every_shell_completes_every_command() {
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let script = stdout(&["completions", shell]);
        for name in commands() {
            assert!(script.contains(&name), "{shell}: no `{name}`");
        }
        assert!(script.contains("--data-dir"), "{shell}");
    }
}

#[test]
fn the_bash_script_is_valid_bash() {
    let script = stdout(&["completions", "bash"]);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("wia.bash");
    std::fs::write(&path, &script).unwrap();
    match Command::new("bash").arg("-n").arg(&path).output() {
        Ok(out) => assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        ),
        Err(_) => eprintln!("SKIPPED: no bash on this machine to check the script's syntax"),
    }
}

#[test]
fn an_unknown_shell_is_a_command_line_mistake() {
    let dir = tempfile::tempdir().unwrap();
    wia(dir.path())
        .args(["completions", "tcsh"])
        .assert()
        .code(2);
}

#[test]
fn the_manual_page_lists_every_command_in_either_language() {
    let page = stdout(&["man"]);
    assert!(page.contains(".TH wia 1"), "{page}");
    for name in commands() {
        assert!(
            page.contains(&format!("wia\\-{name}(1)")),
            "no `{name}` in\n{page}"
        );
    }
    let welsh = stdout(&["man", "--lang", "cy"]);
    assert!(
        welsh.contains("Asesiadau o effaith polisi addysg ar lwyth gwaith yng Nghymru"),
        "{welsh}"
    );
}

#[test]
fn man_dir_writes_a_page_for_every_command() {
    let dir = tempfile::tempdir().unwrap();
    let pages = dir.path().join("man1");
    std::fs::create_dir(&pages).unwrap();
    let out = wia(dir.path())
        .args(["man", "--dir"])
        .arg(&pages)
        .assert()
        .success();
    let printed = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    let mut want = vec!["wia.1".to_string(), "wia-log-add.1".to_string()];
    want.extend(commands().iter().map(|c| format!("wia-{c}.1")));
    for name in want {
        let path = pages.join(&name);
        assert!(path.is_file(), "no {name}; printed:\n{printed}");
        assert!(printed.contains(&path.display().to_string()), "{printed}");
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.starts_with(".ie"), "{name}: {text}");
    }
    assert!(!pages.join("wia-help.1").exists());
}
