//! What differs on Windows, run under Wine in CI (`.ci/run`): replacing a file another
//! program holds open, and the paths wia prints. Windows only: on Unix a rename replaces
//! an open file and the paths already use `/`.
#![cfg(windows)]

mod common;

use std::fs::{File, OpenOptions};
use std::os::windows::fs::OpenOptionsExt;
use std::path::Path;
use std::time::Duration;

use common::cli::wia;

/// Opened as Notepad or Excel do: others may read and write, but not delete or rename
/// over it (no FILE_SHARE_DELETE).
fn hold(path: &Path) -> File {
    const FILE_SHARE_READ: u32 = 1;
    const FILE_SHARE_WRITE: u32 = 2;
    OpenOptions::new()
        .read(true)
        .share_mode(FILE_SHARE_READ | FILE_SHARE_WRITE)
        .open(path)
        .unwrap()
}

fn temporaries(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".tmp"))
        .collect()
}

#[test]
fn a_file_held_open_by_another_program_is_left_whole_and_the_reason_said() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("summary.md");
    std::fs::write(&path, "old").unwrap();
    let held = hold(&path);
    let e = wia::store::write_atomic(&path, b"new", wia::i18n::Lang::En)
        .unwrap_err()
        .to_string();
    assert!(e.contains("another program has it open"), "{e}");
    assert!(e.contains(&path.display().to_string()), "{e}");
    let e = wia::store::write_atomic(&path, b"new", wia::i18n::Lang::Cy)
        .unwrap_err()
        .to_string();
    assert!(e.contains("mae rhaglen arall wedi ei hagor"), "{e}");
    drop(held);
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "old");
    assert_eq!(temporaries(dir.path()), Vec::<String>::new());
}

#[test]
fn a_file_held_open_for_a_moment_is_replaced_once_it_is_let_go() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("summary.md");
    std::fs::write(&path, "old").unwrap();
    let held = hold(&path);
    // A virus scanner or the search indexer reads a new file for a moment, then lets go.
    let letting_go = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(100));
        drop(held);
    });
    wia::store::write_atomic(&path, b"new", wia::i18n::Lang::En).unwrap();
    letting_go.join().unwrap();
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "new");
}

#[test]
fn paths_are_printed_with_backslashes() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let a = wia(dir.path())
        .args(["new", "--answers", "examples/aln-idp-review.answers.yaml"])
        .arg("--data-dir")
        .arg(&data)
        .assert()
        .success();
    let out = String::from_utf8_lossy(&a.get_output().stdout).into_owned();
    let records = data.join("records").display().to_string();
    assert!(out.contains(&format!("{records}\\")), "{out}");
    assert!(!out.contains('/'), "{out}");
}

#[test]
fn the_data_folder_is_in_the_roaming_app_data_folder() {
    let dir = tempfile::tempdir().unwrap();
    let appdata = std::env::var("APPDATA").expect("Windows sets APPDATA");
    let a = wia(dir.path())
        .env_remove("WIA_DATA_DIR")
        .args(["verify", "no-such-record"])
        .assert()
        .code(2);
    let err = common::cli::stderr_of(&a);
    let records = Path::new(&appdata).join(r"wia\wia\data\records");
    assert!(err.contains(&records.display().to_string()), "{err}");
}
