//! A passphrase-protected key its owner has unlocked in a running ssh-agent signs through
//! the agent: wia asks for no passphrase, and the signature is OpenSSH's. Skipped, saying
//! so, where OpenSSH's agent is not installed.
#![cfg(unix)]

mod common;

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

use common::cli::stderr_of;
use common::signing::*;

/// `ssh-agent -D` on a socket of the test's own, stopped when dropped.
struct Agent {
    child: Child,
    socket: PathBuf,
}

impl Drop for Agent {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn start_agent(dir: &Path) -> Option<Agent> {
    let socket = dir.join("agent.sock");
    let child = Command::new("ssh-agent")
        .arg("-D")
        .arg("-a")
        .arg(&socket)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn();
    let Ok(child) = child else {
        eprintln!("SKIPPED: ssh-agent is not installed, so signing through an agent is not tried");
        return None;
    };
    let agent = Agent { child, socket };
    for _ in 0..200 {
        if agent.socket.exists() {
            return Some(agent);
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    panic!("ssh-agent did not open its socket");
}

/// `ssh-add KEY`, its passphrase given through SSH_ASKPASS as a person would type it.
fn add_to_agent(agent: &Agent, dir: &Path, key: &Path, passphrase: &str) {
    let askpass = dir.join("askpass.sh");
    std::fs::write(&askpass, format!("#!/bin/sh\necho '{passphrase}'\n")).unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&askpass, std::fs::Permissions::from_mode(0o700)).unwrap();
    let ok = Command::new("ssh-add")
        .arg(key)
        .env("SSH_AUTH_SOCK", &agent.socket)
        .env("SSH_ASKPASS", &askpass)
        .env("SSH_ASKPASS_REQUIRE", "force")
        .env("DISPLAY", ":0")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .unwrap()
        .success();
    assert!(ok, "ssh-add failed");
}

#[test]
fn a_locked_key_held_by_the_agent_signs_without_its_passphrase() {
    if !have_ssh_keygen() {
        return;
    }
    let s = Setup::new();
    let Some(agent) = start_agent(&s.root) else {
        return;
    };
    let key = s.keygen("officer", "correct horse");
    s.use_key(&key);
    // Without the agent, no terminal and no WIA_KEY_PASSPHRASE: saved, not signed.
    let a = s
        .wia()
        .args(["new", "--answers", ANSWERS])
        .env_remove("SSH_AUTH_SOCK")
        .assert()
        .code(1);
    assert!(stderr_of(&a).contains("NOT SIGNED"), "{}", stderr_of(&a));
    // Unlocked once in the agent, the same key signs with nobody asked.
    add_to_agent(&agent, &s.root, &key, "correct horse");
    let out = s
        .wia()
        .args(["new", "--answers", ANSWERS])
        .env("SSH_AUTH_SOCK", &agent.socket)
        .assert()
        .success();
    let err = stderr_of(&out);
    assert!(err.contains("Signed"), "{err}");
    let text = String::from_utf8_lossy(&out.get_output().stdout).into_owned();
    let record = PathBuf::from(text.lines().next().unwrap());
    let summary = PathBuf::from(text.lines().nth(1).unwrap());
    s.trust(&key);
    for file in [&record, &summary] {
        assert!(
            openssh_verifies(&s.allowed(), "wia-record", file),
            "{}",
            file.display()
        );
    }
    s.wia().arg("verify").arg(&record).assert().success();
}

#[test]
fn an_agent_without_the_key_is_passed_over_for_the_passphrase() {
    if !have_ssh_keygen() {
        return;
    }
    let s = Setup::new();
    let Some(agent) = start_agent(&s.root) else {
        return;
    };
    let other = s.keygen("someone-else", "");
    add_to_agent(&agent, &s.root, &other, "");
    let key = s.keygen("officer", "pw");
    s.use_key(&key);
    let out = s
        .wia()
        .args(["new", "--answers", ANSWERS])
        .env("SSH_AUTH_SOCK", &agent.socket)
        .env("WIA_KEY_PASSPHRASE", "pw")
        .assert()
        .success();
    let text = String::from_utf8_lossy(&out.get_output().stdout).into_owned();
    let record = PathBuf::from(text.lines().next().unwrap());
    s.trust(&key);
    assert!(openssh_verifies(&s.allowed(), "wia-record", &record));
}
