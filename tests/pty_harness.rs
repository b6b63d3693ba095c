//! The pseudo-terminal harness itself: programs run in a PTY, their screen is
//! read through a terminal emulator, and they can be typed at, resized,
//! signalled and killed.
// Unix only: a pseudo-terminal and Unix signals (see tests/pty_skipped.rs).
#![cfg(unix)]

mod common;

use std::time::{Duration, Instant};

use common::pty::{Key, TIMEOUT, Term};

fn sh(script: &str, cols: u16, rows: u16) -> Term {
    Term::spawn_command("sh", &["-c", script], &[], cols, rows)
}

#[test]
fn help_shows_on_the_screen_and_exits_successfully() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().to_str().unwrap();
    let mut term = Term::spawn(&["--help"], &[("WIA_DATA_DIR", data)], 80, 200);
    term.wait_for("Workload impact assessments", TIMEOUT);
    let status = term.wait_exit(TIMEOUT).expect("wia --help exits");
    assert!(status.success(), "{status}");
    let screen = term.screen();
    assert!(
        screen.contains("Usage: wia") && screen.contains("Exit codes"),
        "{screen}"
    );
    assert!(
        screen.lines().all(|l| l.chars().count() <= 80),
        "help is wrapped to the terminal's 80 columns:\n{screen}"
    );
}

#[test]
fn text_that_scrolls_off_a_small_screen_is_only_in_the_raw_output() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().to_str().unwrap();
    let mut term = Term::spawn(&["--help"], &[("WIA_DATA_DIR", data)], 80, 24);
    term.wait_for("Exit codes", TIMEOUT);
    assert!(term.wait_exit(TIMEOUT).unwrap().success());
    assert!(!term.screen().contains("Workload impact assessments"));
    let raw = String::from_utf8_lossy(&term.raw_output()).into_owned();
    assert!(raw.contains("Workload impact assessments"), "{raw}");
}

#[test]
fn the_terminal_size_is_what_was_asked_for() {
    let mut term = sh("stty size", 100, 30);
    term.wait_for("30 100", TIMEOUT);
    term.resize(120, 40);
    assert!(term.wait_exit(TIMEOUT).unwrap().success());

    // Resize while the program waits for a line, then let it look.
    let mut term = sh("echo waiting; read line; stty size; sleep 30", 100, 30);
    term.wait_for("waiting", TIMEOUT);
    term.resize(132, 43);
    term.keys("go");
    term.key(Key::Enter);
    term.wait_for("43 132", TIMEOUT);
    term.kill();
}

#[test]
fn kill_ends_a_long_running_program() {
    let mut term = Term::spawn_command("sleep", &["30"], &[], 80, 24);
    assert!(term.wait_exit(Duration::from_millis(200)).is_none());
    assert!(term.is_running());
    term.kill();
    let status = term.wait_exit(TIMEOUT).expect("sleep is killed");
    assert!(!status.success());
    // Killing again once it has gone is harmless.
    term.kill();
}

#[test]
fn kill_is_sigkill_which_cannot_be_trapped() {
    let mut term = sh(
        "trap 'echo caught' HUP TERM INT; echo ready; while :; do sleep 0.05; done",
        80,
        24,
    );
    term.wait_for("ready", TIMEOUT);
    term.signal("TERM");
    term.wait_for("caught", TIMEOUT);
    assert!(term.is_running(), "TERM was trapped");
    term.kill();
    let status = term.wait_exit(TIMEOUT).expect("SIGKILL ends it");
    assert!(!status.success());
}

#[test]
fn a_signal_reaches_the_program() {
    let mut term = sh(
        "trap 'echo got-hup; exit 3' HUP; echo ready; sleep 30 & wait",
        80,
        24,
    );
    term.wait_for("ready", TIMEOUT);
    term.signal("HUP");
    term.wait_for("got-hup", TIMEOUT);
    let status = term.wait_exit(TIMEOUT).expect("exits after HUP");
    assert_eq!(status.exit_code(), 3);
}

#[test]
fn the_alternate_screen_is_what_shows_and_leaving_it_is_recorded() {
    let mut term = sh(
        r"printf 'main screen\n'; printf '\033[?1049h\033[?25l hello'; sleep 0.5; printf '\033[?25h\033[?1049l'",
        80,
        24,
    );
    let screen = term.wait_for("hello", TIMEOUT);
    assert!(!screen.contains("main screen"), "{screen}");
    assert!(term.with_screen(|s| s.alternate_screen() && s.hide_cursor()));
    assert!(term.wait_exit(TIMEOUT).unwrap().success());
    let screen = term.screen();
    assert!(
        screen.contains("main screen") && !screen.contains("hello"),
        "{screen}"
    );
    let raw = String::from_utf8_lossy(&term.raw_output()).into_owned();
    assert!(raw.ends_with("\x1b[?25h\x1b[?1049l"), "{raw:?}");
    assert!(term.with_screen(|s| !s.alternate_screen() && !s.hide_cursor()));
}

#[test]
fn cursor_position_requests_are_answered() {
    // Put the cursor at row 3, column 5, ask where it is, read the 6-byte
    // answer in raw mode and print it with ESC made visible.
    let mut term = sh(
        r#"stty raw -echo; printf '\033[2J\033[3;5H\033[6n'; r=$(dd bs=1 count=6 2>/dev/null); stty sane; printf '\033[10;1Hgot:%s\n' "$r" | tr '\033' E"#,
        80,
        24,
    );
    term.wait_for("got:E[3;5R", TIMEOUT);
    assert!(term.wait_exit(TIMEOUT).unwrap().success());
}

#[test]
fn keys_arrive_as_xterm_sends_them() {
    // `od -An -c` after raw mode shows each byte received.
    let mut term = sh(
        "stty raw -echo; echo ready; r=$(dd bs=1 count=10 2>/dev/null | od -An -tx1 | tr -d ' \\n'); stty sane; echo; echo \"got:$r\"",
        80,
        24,
    );
    term.wait_for("ready", TIMEOUT);
    term.keys("a");
    term.key(Key::Up);
    term.key(Key::Enter);
    term.key(Key::Delete);
    term.key(Key::Ctrl('q'));
    term.wait_for("got:611b5b410d1b5b337e11", TIMEOUT);
}

#[test]
fn a_missing_needle_reports_the_screen() {
    let mut term = sh("echo something else; sleep 30", 40, 5);
    term.wait_for("something else", TIMEOUT);
    let err = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        term.wait_for("not there", Duration::from_millis(300));
    }))
    .expect_err("wait_for panics on timeout");
    let msg = err.downcast_ref::<String>().cloned().unwrap_or_default();
    assert!(msg.contains("\"not there\""), "{msg}");
    assert!(msg.contains("|something else"), "{msg}");
    assert!(msg.contains("timed out"), "{msg}");
}

#[test]
fn a_program_that_ends_without_the_needle_fails_fast() {
    let mut term = sh("echo bye", 40, 5);
    let start = Instant::now();
    let err = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        term.wait_for("never", Duration::from_secs(120));
    }))
    .expect_err("wait_for panics when the program has ended");
    let msg = err.downcast_ref::<String>().cloned().unwrap_or_default();
    assert!(msg.contains("ended") && msg.contains("|bye"), "{msg}");
    assert!(start.elapsed() < Duration::from_secs(60));
}

#[test]
fn dropping_a_running_term_kills_the_program() {
    let term = Term::spawn_command("sleep", &["30"], &[], 80, 24);
    let pid = term.pid();
    drop(term);
    // The pid is reaped, so `kill -0` no longer finds it.
    let alive = std::process::Command::new("kill")
        .args(["-0", &pid.to_string()])
        .stderr(std::process::Stdio::null())
        .status()
        .unwrap()
        .success();
    assert!(!alive, "sleep {pid} survived the drop");
}
