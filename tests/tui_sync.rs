//! Syncing from the home screen, with the real binary in a pseudo-terminal and real git:
//! the line that says where the folder stands, the key that syncs, what arrived said in
//! words, and no network said plainly with nothing changed.
// Unix only: a pseudo-terminal (see tests/pty_skipped.rs).
#![cfg(unix)]

mod common;

use std::time::Duration;

use common::pty::Term;
use common::sync_world::{Party, World, have_git};

const LONG: Duration = Duration::from_secs(60);

fn home(p: &Party, lang: &str, cols: u16, rows: u16) -> Term {
    let data = p.data.display().to_string();
    let conf = p.conf.display().to_string();
    let git = p.gitconfig.display().to_string();
    Term::spawn(
        &[],
        &[
            ("WIA_DATA_DIR", data.as_str()),
            ("WIA_CONFIG_DIR", conf.as_str()),
            ("WIA_LANG", lang),
            ("GIT_CONFIG_GLOBAL", git.as_str()),
            ("GIT_CONFIG_SYSTEM", git.as_str()),
            ("GIT_CONFIG_NOSYSTEM", "1"),
        ],
        cols,
        rows,
    )
}

#[test]
fn the_home_screen_says_what_waits_and_s_syncs_and_says_what_arrived() {
    if !have_git() {
        return;
    }
    let w = World::new();
    let officer = w.party("officer", "Welsh Government");
    officer.new_record();
    officer
        .wia()
        .args(["sync", "init", &w.remote()])
        .assert()
        .success();
    let rep = w.party("rep", "NEU Cymru");
    rep.wia()
        .args(["sync", "clone", &w.remote()])
        .assert()
        .success();
    // Two more assessments and some evidence reach the shared folder after the clone.
    officer.new_titled("Attendance data return");
    officer.new_titled("Curriculum planning template");
    officer.log("ysgol-a", 3);
    officer.sync();
    rep.log("ysgol-b", 2);

    let mut t = home(&rep, "en", 80, 24);
    let screen = t.wait_for("to sync", LONG);
    assert!(
        screen.contains("Shared · last synced") && screen.contains("to send: 2 evidence entries"),
        "{screen}"
    );
    assert!(screen.contains("Sync now"), "{screen}");
    t.keys("s");
    let screen = t.wait_for("Arrived:", LONG);
    assert!(
        screen.contains("Arrived: 2 new assessments, 3 evidence entries.")
            && screen.contains("Sent: 2 evidence entries."),
        "{screen}"
    );
    // Looked up again afterwards: nothing is left to send.
    let screen = t.wait_for("nothing to send", LONG);
    assert!(!screen.contains("Syncing"), "{screen}");
    t.keys("q");
    assert!(t.wait_exit(LONG).is_some_and(|s| s.success()));
    // What the screen said is what happened: both folders hold everything once.
    officer.sync();
    let (n, distinct) = officer.entries();
    assert_eq!((n, distinct), (5, 5));
    let (n, distinct) = rep.entries();
    assert_eq!((n, distinct), (5, 5));
    assert_eq!(
        std::fs::read_dir(rep.data.join("records")).unwrap().count(),
        3
    );
}

#[test]
fn without_the_network_the_home_screen_says_so_in_welsh_and_nothing_changes() {
    if !have_git() {
        return;
    }
    let w = World::new();
    let officer = w.party("officer", "Welsh Government");
    officer.new_record();
    officer
        .wia()
        .args(["sync", "init", &w.remote()])
        .assert()
        .success();
    officer.log("ysgol-a", 1);
    let head = officer.head(&w);
    let gone = w.root.join("gone.git");
    std::fs::rename(w.root.join("remote.git"), &gone).unwrap();

    let mut t = home(&officer, "cy", 80, 24);
    t.wait_for("s i gysoni", LONG);
    t.keys("s");
    let screen = t.wait_for("Nid oedd modd cyrraedd", LONG);
    // Said in full over more than one line, not cut at the edge.
    let said: String = screen.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        said.contains("ni newidiwyd dim") && said.contains("cysoni nesaf"),
        "{screen}"
    );
    t.keys("q");
    assert!(t.wait_exit(LONG).is_some_and(|s| s.success()));
    assert_eq!(officer.head(&w), head, "nothing was committed");
    std::fs::rename(&gone, w.root.join("remote.git")).unwrap();
    let (out, _) = officer.sync();
    assert!(out.contains("Sent: 1 evidence entry."), "{out}");
}

#[test]
fn a_folder_not_shared_says_how_to_share_it_and_s_explains() {
    if !have_git() {
        return;
    }
    let w = World::new();
    let alone = w.party("alone", "Ysgol");
    alone.new_record();
    let mut t = home(&alone, "en", 100, 30);
    let screen = t.wait_for("Not shared", LONG);
    assert!(!screen.contains("Sync now"), "{screen}");
    t.keys("s");
    let screen = t.wait_for("not shared yet", LONG);
    assert!(screen.contains("wia sync init REMOTE"), "{screen}");
    t.keys("q");
    assert!(t.wait_exit(LONG).is_some_and(|s| s.success()));
    assert!(!alone.data.join(".git").exists());
}
