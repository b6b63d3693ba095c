//! `wia sync` against real git, with a bare repository as the remote: the three-party
//! scenario of issue 14, two pushes racing, a tampered record arriving, an edited record
//! arriving, a sync killed part-way and run again, no network, no git. Skipped, saying
//! so, when git is not installed.

mod common;

use std::path::Path;

use common::cli::{ANSWERS, SMALL};
use common::sync_world::{Party, World, have_git};
use wia::store::DataDir;

fn count_files(dir: &Path) -> usize {
    std::fs::read_dir(dir).map_or(0, |d| {
        d.flatten()
            .filter(|e| !e.file_name().to_string_lossy().starts_with('.'))
            .count()
    })
}

#[test]
fn three_parties_share_a_folder_and_nothing_is_lost_or_doubled() {
    if !have_git() {
        return;
    }
    let w = World::new();
    let officer = w.party("officer", "Welsh Government");
    let record = officer.new_record();
    let a = officer
        .wia()
        .args(["sync", "init", &w.remote()])
        .assert()
        .success();
    let out = String::from_utf8_lossy(&a.get_output().stdout).into_owned();
    assert!(out.contains("Sent: 1 new assessment."), "{out}");

    let rep = w.party("rep", "NEU Cymru");
    let a = rep
        .wia()
        .args(["sync", "clone", &w.remote()])
        .assert()
        .success();
    let out = String::from_utf8_lossy(&a.get_output().stdout).into_owned();
    assert!(out.contains("Arrived: 1 new assessment."), "{out}");
    rep.respond(&record, &w.root);
    let (out, _) = rep.sync();
    assert!(out.contains("Sent: 1 response."), "{out}");

    // Two headteachers clone, then log offline at the same time, then sync one after the other.
    let head1 = w.party("head1", "Ysgol Un");
    let head2 = w.party("head2", "Ysgol Dau");
    head1
        .wia()
        .args(["sync", "clone", &w.remote()])
        .assert()
        .success();
    head2
        .wia()
        .args(["sync", "clone", &w.remote()])
        .assert()
        .success();
    head1.log("Ysgol Un", 3);
    head2.log("Ysgol Dau", 2);
    let (out, _) = head1.sync();
    assert!(out.contains("Sent: 3 evidence entries."), "{out}");
    let (out, _) = head2.sync();
    assert!(out.contains("Arrived: 3 evidence entries."), "{out}");
    assert!(out.contains("Sent: 2 evidence entries."), "{out}");

    let (out, _) = officer.sync();
    assert!(
        out.contains("Arrived: 1 response, 5 evidence entries."),
        "{out}"
    );
    assert_eq!(officer.entries(), (5, 5));
    assert_eq!(count_files(&officer.data.join("responses")), 1);
    assert_eq!(count_files(&officer.data.join("records")), 1);
    // The report the officer reads counts every entry of both schools.
    let a = officer
        .wia()
        .args(["evidence", "report", "--format", "json"])
        .assert()
        .success();
    let json: serde_json::Value = serde_json::from_slice(&a.get_output().stdout).unwrap();
    assert_eq!(json["total"]["entries"], 5, "{json}");

    // Everyone converges; a sync with nothing new changes nothing.
    let (out, _) = head1.sync();
    assert!(out.contains("Arrived: 2 evidence entries."), "{out}");
    assert_eq!(head1.entries(), (5, 5));
    let before = officer.head(&w);
    let (out, _) = officer.sync();
    assert!(
        out.contains("Arrived: nothing.") && out.contains("Sent: nothing."),
        "{out}"
    );
    assert_eq!(officer.head(&w), before);
    let a = officer.wia().args(["sync", "status"]).assert().success();
    let out = String::from_utf8_lossy(&a.get_output().stdout).into_owned();
    assert!(
        out.contains("0 changes here not yet sent; 0 received"),
        "{out}"
    );
    assert!(out.contains("Waiting to be sent: nothing."), "{out}");
    // Drafts, settings and temporary files were never shared.
    let o = w.git(&officer.data).args(["ls-files"]).output().unwrap();
    let files = String::from_utf8_lossy(&o.stdout).into_owned();
    assert!(
        !files.contains("drafts/") && !files.contains(".tmp"),
        "{files}"
    );
}

#[test]
fn the_old_single_log_is_read_beside_the_new_ones_and_never_doubled() {
    if !have_git() {
        return;
    }
    let w = World::new();
    let a = w.party("a", "LA");
    // A log written by wia before logs were per computer.
    a.log("Ysgol", 2);
    let data = DataDir::new(&a.data);
    let own = wia::evidence::log_files(&data);
    assert_eq!(own.len(), 1);
    std::fs::rename(&own[0], wia::evidence::legacy_log_path(&data)).unwrap();
    assert_eq!(a.entries(), (2, 2));
    a.log("Ysgol", 1);
    assert_eq!(a.entries(), (3, 3));
    // The old log is left exactly as it was: never renamed, never appended to.
    assert_eq!(
        std::fs::read_to_string(wia::evidence::legacy_log_path(&data))
            .unwrap()
            .lines()
            .count(),
        2
    );
    a.wia()
        .args(["sync", "init", &w.remote()])
        .assert()
        .success();
    let b = w.party("b", "LA");
    b.wia()
        .args(["sync", "clone", &w.remote()])
        .assert()
        .success();
    assert_eq!(b.entries(), (3, 3));
    b.log("Ysgol B", 1);
    b.sync();
    a.sync();
    assert_eq!(a.entries(), (4, 4));
    assert_eq!(b.entries(), (4, 4));
    // Export, a reader of every log, has each entry once.
    let csv = w.root.join("out.csv");
    a.wia()
        .args(["evidence", "export", "--csv"])
        .arg(&csv)
        .assert()
        .success();
    assert_eq!(std::fs::read_to_string(&csv).unwrap().lines().count(), 5);
}

#[cfg(unix)]
fn script(path: &Path, text: &str) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::write(path, text).unwrap();
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o755)).unwrap();
}

#[cfg(unix)]
#[test]
fn a_push_that_loses_a_race_takes_in_the_winner_and_sends_again() {
    if !have_git() {
        return;
    }
    let w = World::new();
    let a = w.party("a", "LA");
    a.new_record();
    a.wia()
        .args(["sync", "init", &w.remote()])
        .assert()
        .success();
    let b = w.party("b", "School");
    b.wia()
        .args(["sync", "clone", &w.remote()])
        .assert()
        .success();
    a.log("A", 2);
    b.log("B", 3);
    // B's git: just before B's first push, A syncs, so B's push is refused as out of date.
    let wia_bin = assert_cmd::cargo::cargo_bin("wia");
    let marker = w.root.join("raced");
    let wrapper = w.root.join("git-racing");
    script(
        &wrapper,
        &format!(
            "#!/bin/sh\nfor a in \"$@\"; do\n  if [ \"$a\" = push ] && [ ! -e '{m}' ]; then\n    touch '{m}'\n    env -u WIA_GIT WIA_DATA_DIR='{ad}' WIA_CONFIG_DIR='{ac}' '{bin}' sync >/dev/null 2>&1 || exit 99\n  fi\ndone\nexec git \"$@\"\n",
            m = marker.display(),
            ad = a.data.display(),
            ac = a.conf.display(),
            bin = wia_bin.display()
        ),
    );
    let out = b
        .wia()
        .env("WIA_GIT", &wrapper)
        .arg("sync")
        .assert()
        .success();
    let err = String::from_utf8_lossy(&out.get_output().stderr).into_owned();
    let out = String::from_utf8_lossy(&out.get_output().stdout).into_owned();
    assert!(marker.exists(), "the race was run");
    assert!(
        err.contains("Someone else sent at the same moment"),
        "{err}"
    );
    assert!(out.contains("Arrived: 2 evidence entries."), "{out}");
    assert!(out.contains("Sent: 3 evidence entries."), "{out}");
    a.sync();
    assert_eq!(a.entries(), (5, 5));
    assert_eq!(b.entries(), (5, 5));
}

/// Push a commit made with plain git from a scratch clone: what a stranger (or a mistake)
/// could put on the remote.
fn push_by_hand(w: &World, change: impl FnOnce(&Path)) {
    let scratch = w.root.join("scratch");
    let _ = std::fs::remove_dir_all(&scratch);
    assert!(
        w.git(&w.root)
            .args([
                "clone",
                "--quiet",
                "--branch",
                "main",
                &w.remote(),
                "scratch"
            ])
            .status()
            .unwrap()
            .success()
    );
    change(&scratch);
    assert!(
        w.git(&scratch)
            .args(["add", "-A"])
            .status()
            .unwrap()
            .success()
    );
    assert!(
        w.git(&scratch)
            .args(["commit", "--quiet", "-m", "by hand"])
            .status()
            .unwrap()
            .success()
    );
    assert!(
        w.git(&scratch)
            .args(["push", "--quiet", "origin", "HEAD"])
            .status()
            .unwrap()
            .success()
    );
}

#[test]
fn a_tampered_record_arrives_flagged_never_as_intact() {
    if !have_git() {
        return;
    }
    let w = World::new();
    let a = w.party("a", "LA");
    a.wia()
        .args(["sync", "init", &w.remote()])
        .assert()
        .success();
    // A record made elsewhere, then changed after it was saved, sent by hand.
    let maker = w.party("maker", "Elsewhere");
    let id = maker.new_record();
    push_by_hand(&w, |dir| {
        let text = std::fs::read_to_string(maker.data.join(format!("records/{id}.yaml"))).unwrap();
        let tampered = text.replace("Ceri Jones", "Someone Else");
        assert_ne!(text, tampered, "the fixture names its assessor");
        std::fs::create_dir_all(dir.join("records")).unwrap();
        std::fs::write(dir.join(format!("records/{id}.yaml")), tampered).unwrap();
    });
    let a_out = a.wia().arg("sync").assert().code(1);
    let err = String::from_utf8_lossy(&a_out.get_output().stderr).into_owned();
    assert!(
        err.contains(&format!("records/{id}.yaml: ARRIVED FLAGGED")),
        "{err}"
    );
    assert!(err.contains("does not match its digest"), "{err}");
    assert!(a.data.join(format!("records/{id}.yaml")).exists());
}

#[test]
fn an_edited_record_arriving_stops_the_sync_and_leaves_the_local_copy() {
    if !have_git() {
        return;
    }
    let w = World::new();
    let a = w.party("a", "LA");
    let id = a.new_record();
    a.wia()
        .args(["sync", "init", &w.remote()])
        .assert()
        .success();
    let path = a.data.join(format!("records/{id}.yaml"));
    let before = std::fs::read(&path).unwrap();
    push_by_hand(&w, |dir| {
        let p = dir.join(format!("records/{id}.yaml"));
        let text = std::fs::read_to_string(&p).unwrap();
        std::fs::write(&p, text.replace("Ceri Jones", "Someone Else")).unwrap();
    });
    let head = a.head(&w);
    let out = a.wia().arg("sync").assert().code(1);
    let err = String::from_utf8_lossy(&out.get_output().stderr).into_owned();
    assert!(
        err.contains(&format!(
            "Sync stopped: records/{id}.yaml was changed by someone else"
        )),
        "{err}"
    );
    assert_eq!(std::fs::read(&path).unwrap(), before);
    assert_eq!(a.head(&w), head, "the local branch did not move");
    // And in Welsh.
    let out = a.wia().args(["--lang", "cy", "sync"]).assert().code(1);
    let err = String::from_utf8_lossy(&out.get_output().stderr).into_owned();
    assert!(err.contains("Cysoni wedi stopio"), "{err}");
}

#[test]
fn an_evidence_line_rewritten_elsewhere_stops_the_sync() {
    if !have_git() {
        return;
    }
    let w = World::new();
    let a = w.party("a", "LA");
    a.wia()
        .args(["sync", "init", &w.remote()])
        .assert()
        .success();
    let b = w.party("b", "School");
    b.wia()
        .args(["sync", "clone", &w.remote()])
        .assert()
        .success();
    b.log("B", 2);
    b.sync();
    a.sync();
    push_by_hand(&w, |dir| {
        let logs: Vec<_> = std::fs::read_dir(dir.join("evidence"))
            .unwrap()
            .flatten()
            .collect();
        let p = logs[0].path();
        let text = std::fs::read_to_string(&p).unwrap();
        let first = text.lines().next().unwrap().to_string();
        std::fs::write(
            &p,
            text.replacen(&first, &first.replace("\"staff\":2", "\"staff\":20"), 1),
        )
        .unwrap();
    });
    let out = a.wia().arg("sync").assert().code(1);
    let err = String::from_utf8_lossy(&out.get_output().stderr).into_owned();
    assert!(
        err.contains("has evidence entries rewritten or removed (from line 1)"),
        "{err}"
    );
    assert_eq!(a.entries(), (2, 2));
}

#[test]
fn no_network_says_so_and_changes_nothing() {
    if !have_git() {
        return;
    }
    let w = World::new();
    let a = w.party("a", "LA");
    a.new_record();
    let out = a
        .wia()
        .args(["sync", "init", "/nonexistent/remote.git"])
        .assert()
        .code(1);
    let err = String::from_utf8_lossy(&out.get_output().stderr).into_owned();
    assert!(
        err.contains("Could not reach /nonexistent/remote.git"),
        "{err}"
    );
    assert!(!a.data.join(".git").exists(), "nothing was changed");
    // A shared folder whose remote has gone.
    a.wia()
        .args(["sync", "init", &w.remote()])
        .assert()
        .success();
    let head = a.head(&w);
    a.new_record_other();
    std::fs::rename(w.root.join("remote.git"), w.root.join("gone.git")).unwrap();
    let out = a.wia().arg("sync").assert().code(1);
    let err = String::from_utf8_lossy(&out.get_output().stderr).into_owned();
    assert!(
        err.contains("Could not reach") && err.contains("Nothing was changed"),
        "{err}"
    );
    assert_eq!(a.head(&w), head, "no commit was made");
    let out = a.wia().args(["--lang", "cy", "sync"]).assert().code(1);
    assert!(String::from_utf8_lossy(&out.get_output().stderr).contains("Methu cyrraedd"));
    // A file:// remote that does not exist is the same.
    let b = w.party("b", "LA");
    b.wia()
        .args(["sync", "clone", "file:///nonexistent"])
        .assert()
        .code(1);
    assert!(!b.data.exists());
}

impl Party {
    /// A second, different record (a draft saved as a record).
    fn new_record_other(&self) {
        let answers = std::fs::read_to_string(ANSWERS).unwrap();
        common::cli::legacy_draft_record(&self.data, &answers, Some(std::path::Path::new(SMALL)));
    }
}

#[test]
fn without_git_sync_says_so_and_exits_2() {
    let w = tempfile::tempdir().unwrap();
    let p = Party {
        data: w.path().join("data"),
        conf: w.path().join("conf"),
        gitconfig: w.path().join("gitconfig"),
    };
    for args in [
        vec!["sync"],
        vec!["sync", "status"],
        vec!["sync", "init", "/tmp/x.git"],
    ] {
        let out = p
            .wia()
            .env("WIA_GIT", w.path().join("no-such-git"))
            .args(&args)
            .assert()
            .code(2);
        let err = String::from_utf8_lossy(&out.get_output().stderr).into_owned();
        assert!(err.contains("wia sync needs the git program"), "{err}");
    }
    let out = p
        .wia()
        .env("WIA_GIT", w.path().join("no-such-git"))
        .args(["--lang", "cy", "sync"])
        .assert()
        .code(2);
    assert!(
        String::from_utf8_lossy(&out.get_output().stderr)
            .contains("Mae ar wia sync angen y rhaglen git")
    );
}

#[cfg(unix)]
#[test]
fn a_sync_killed_at_any_git_step_and_run_again_converges_with_nothing_doubled() {
    if !have_git() {
        return;
    }
    // Each run: A has a record and an entry to send, B has sent entries A has not seen.
    // A's sync is killed (SIGKILL, by its git) at step n; the next sync must finish the job.
    let mut n = 1;
    loop {
        let w = World::new();
        let a = w.party("a", "LA");
        a.wia()
            .args(["sync", "init", &w.remote()])
            .assert()
            .success();
        let b = w.party("b", "School");
        b.wia()
            .args(["sync", "clone", &w.remote()])
            .assert()
            .success();
        b.log("B", 2);
        b.sync();
        a.new_record();
        a.log("A", 1);
        let counter = w.root.join("count");
        let wrapper = w.root.join("git-killing");
        script(
            &wrapper,
            &format!(
                "#!/bin/sh\nc=$(cat '{c}' 2>/dev/null || echo 0)\nc=$((c+1))\necho $c > '{c}'\nif [ $c -eq {n} ]; then kill -9 $PPID; exit 1; fi\nexec git \"$@\"\n",
                c = counter.display()
            ),
        );
        let killed = a
            .wia()
            .env("WIA_GIT", &wrapper)
            .arg("sync")
            .output()
            .unwrap();
        let calls: usize = std::fs::read_to_string(&counter)
            .unwrap()
            .trim()
            .parse()
            .unwrap();
        a.sync();
        assert_eq!(a.entries(), (3, 3), "kill at git call {n}");
        b.sync();
        assert_eq!(b.entries(), (3, 3), "kill at git call {n}");
        assert_eq!(
            count_files(&b.data.join("records")),
            1,
            "kill at git call {n}"
        );
        // A's record was committed once.
        let o = w
            .git(&a.data)
            .args(["log", "--format=%s", "--", "records"])
            .output()
            .unwrap();
        let log = String::from_utf8_lossy(&o.stdout).into_owned();
        assert_eq!(log.lines().count(), 1, "kill at git call {n}: {log}");
        if killed.status.success() && calls < n {
            eprintln!(
                "a sync was killed at each of its {} git calls, and each converged",
                n - 1
            );
            break; // this run had fewer git calls than n: every step has been tried
        }
        n += 1;
        assert!(n < 80, "a sync should not take this many git calls");
    }
}

#[test]
fn a_folder_and_a_remote_named_relative_to_where_the_command_is_typed() {
    if !have_git() {
        return;
    }
    let w = World::new();
    let a = w.party("a", "LA");
    a.new_record();
    let out = a
        .wia()
        .current_dir(&w.root)
        .env_remove("WIA_DATA_DIR")
        .args(["--data-dir", "a/data", "sync", "init", "remote.git"])
        .assert()
        .success();
    let text = String::from_utf8_lossy(&out.get_output().stdout).into_owned();
    assert!(text.contains("Sent: 1 new assessment."), "{text}");
    let b = w.party("b", "LA");
    let out = b
        .wia()
        .current_dir(&w.root)
        .env_remove("WIA_DATA_DIR")
        .args(["--data-dir", "b/data", "sync", "clone", "remote.git"])
        .assert()
        .success();
    let text = String::from_utf8_lossy(&out.get_output().stdout).into_owned();
    assert!(text.contains("Arrived: 1 new assessment."), "{text}");
    assert_eq!(count_files(&b.data.join("records")), 1);
}

/// The ignore file is a file in a shared folder like any other: a FIFO put in its place
/// is replaced, never waited on (it was read without a check, so sync hung on it).
#[cfg(unix)]
#[test]
fn a_fifo_in_place_of_the_ignore_file_is_replaced_not_waited_on() {
    if !have_git() {
        return;
    }
    let w = World::new();
    let a = w.party("a", "LA");
    a.new_record();
    let ignore = a.data.join(".gitignore");
    let made = std::process::Command::new("mkfifo")
        .arg(&ignore)
        .status()
        .unwrap();
    assert!(made.success());
    a.wia()
        .args(["sync", "init", &w.remote()])
        .timeout(std::time::Duration::from_secs(30))
        .assert()
        .success();
    assert!(std::fs::metadata(&ignore).unwrap().is_file());
    assert!(
        std::fs::read_to_string(&ignore)
            .unwrap()
            .contains("drafts/")
    );
}

#[test]
fn two_reviewers_responding_offline_to_one_record_both_arrive() {
    if !have_git() {
        return;
    }
    let w = World::new();
    let officer = w.party("officer", "Welsh Government");
    let record = officer.new_record();
    officer
        .wia()
        .args(["sync", "init", &w.remote()])
        .assert()
        .success();
    let neu = w.party("neu", "NEU Cymru");
    let naht = w.party("naht", "NAHT Cymru");
    for p in [&neu, &naht] {
        p.wia()
            .args(["sync", "clone", &w.remote()])
            .assert()
            .success();
    }
    // Offline, each answers the same record: both would have been responses/RECORD-1.
    neu.respond(&record, &neu.conf);
    naht.respond(&record, &naht.conf);
    let (out, _) = neu.sync();
    assert!(out.contains("Sent: 1 response."), "{out}");
    let (out, _) = naht.sync();
    assert!(
        out.contains("Arrived: 1 response.") && out.contains("Sent: 1 response."),
        "{out}"
    );
    let (out, _) = officer.sync();
    assert!(out.contains("Arrived: 2 responses."), "{out}");
    let data = DataDir::new(&officer.data);
    let files = wia::review::response_files(&data, &record);
    assert_eq!(files.len(), 2, "{files:?}");
    let read = wia::review::responses_for(&data, &record, wia::i18n::Lang::En);
    assert!(read.iter().all(|(_, r)| r.is_ok()), "{read:?}");
}

#[test]
fn a_git_attributes_file_arriving_stops_the_sync_and_is_never_written() {
    if !have_git() {
        return;
    }
    let w = World::new();
    let a = w.party("a", "LA");
    a.new_record();
    a.wia()
        .args(["sync", "init", &w.remote()])
        .assert()
        .success();
    // Attributes that would rewrite every record's line endings when git writes or adds it.
    push_by_hand(&w, |dir| {
        std::fs::write(dir.join(".gitattributes"), "* text eol=crlf\n").unwrap();
        std::fs::create_dir_all(dir.join("records")).unwrap();
        std::fs::write(dir.join("records/.gitattributes"), "*.yaml -diff\n").unwrap();
    });
    let before = a.head(&w);
    let out = a.wia().arg("sync").assert().code(1);
    let err = String::from_utf8_lossy(&out.get_output().stderr).into_owned();
    assert!(
        err.contains("Sync stopped: .gitattributes is a file git itself reads"),
        "{err}"
    );
    assert!(!a.data.join(".gitattributes").exists());
    assert!(!a.data.join("records/.gitattributes").exists());
    assert_eq!(a.head(&w), before);
}
