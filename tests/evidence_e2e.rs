//! `wia log` in a pseudo-terminal: an entry typed with keystrokes reaches the log, the
//! school and authority are remembered, and the next `wia log` starts on the cause.
// Unix only: a pseudo-terminal and Unix signals (see tests/pty_skipped.rs).
#![cfg(unix)]

mod common;

use std::time::Duration;

use common::pty::{Key, Term};
use wia::evidence::read;
use wia::store::DataDir;

/// The folder's one evidence log (a test runs on one computer, so there is one), or
/// where a first append by the library goes.
fn log_path(data: &DataDir) -> std::path::PathBuf {
    wia::evidence::log_files(data)
        .into_iter()
        .next()
        .unwrap_or_else(|| wia::evidence::device_log_path(data, "test"))
}

const LONG: Duration = Duration::from_secs(60);

#[test]
fn an_entry_typed_into_wia_log_is_appended_and_the_school_remembered() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data").display().to_string();
    let config = dir.path().join("config").display().to_string();
    let env = [
        ("WIA_DATA_DIR", data.as_str()),
        ("WIA_CONFIG_DIR", config.as_str()),
    ];
    let mut t = Term::spawn(&["log"], &env, 80, 24);
    t.wait_for("Log evidence of workload", LONG);
    // The cursor starts on the school.
    t.keys("Ysgol Gynradd Aberdâr");
    t.key(Key::Tab);
    t.keys("rr"); // Rhondda Cynon Taf: the first authority starting with r
    t.key(Key::Tab);
    t.keys("d"); // Data returns
    t.key(Key::Tab);
    t.key(Key::Tab);
    t.keys("12"); // teachers and school leaders
    t.key(Key::Tab);
    t.keys("3");
    t.key(Key::Tab);
    t.keys("0.5");
    t.key(Key::Tab);
    t.key(Key::Right);
    t.key(Key::Right); // every school week
    t.key(Key::Tab);
    t.keys("Attendance return by hand");
    t.key(Key::CtrlS);
    let screen = t.wait_for("Logged entry", LONG);
    assert!(screen.contains("one entry logged"), "{screen}");
    t.key(Key::Esc);
    t.wait_for("New assessment", LONG);
    t.keys("q");
    assert!(t.wait_exit(LONG).is_some_and(|s| s.success()));

    let log = read(&log_path(&DataDir::new(&data)), wia::i18n::Lang::En).unwrap();
    assert_eq!(log.entries.len(), 1, "{:?}", log.skipped);
    let e = &log.entries[0];
    assert_eq!(e.school, "Ysgol Gynradd Aberdâr");
    assert_eq!(e.authority, "rhondda_cynon_taf");
    assert_eq!(e.cause, "data_returns");
    assert_eq!(e.roles, ["teacher", "leader"]);
    assert_eq!(
        (e.staff, e.hours, e.frequency.as_str()),
        (3, 0.5, "per_week")
    );
    assert_eq!(e.description, "Attendance return by hand");

    // Next time the school and authority are filled in and the cursor is on the cause.
    let mut t = Term::spawn(&["log"], &env, 60, 16);
    let screen = t.wait_for("Ysgol Gynradd Aberdâr", LONG);
    assert!(screen.contains("Rhondda Cynon Taf"), "{screen}");
    assert!(screen.contains("> What caused the work"), "{screen}");
    t.key(Key::Esc);
    t.wait_for("New assessment", LONG);
    t.keys("q");
    assert!(t.wait_exit(LONG).is_some_and(|s| s.success()));
}
