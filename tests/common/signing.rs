//! Keys, records and signatures for the signature tests: real ssh-keygen keys, `wia new`
//! in a folder of the test's own with settings of its own.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use super::cli::wia;

pub const ANSWERS: &str = "examples/aln-idp-review.answers.yaml";
pub const WHO: &str = "officer@gov.wales";

pub fn have_ssh_keygen() -> bool {
    let found = Command::new("ssh-keygen")
        .arg("-?")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok();
    if !found {
        eprintln!(
            "SKIPPED: ssh-keygen is not installed, so wia's signatures cannot be checked against OpenSSH here"
        );
    }
    found
}

pub struct Setup {
    _dir: tempfile::TempDir,
    pub root: PathBuf,
}

impl Setup {
    pub fn new() -> Self {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().to_path_buf();
        Setup { _dir: dir, root }
    }
    pub fn data(&self) -> PathBuf {
        self.root.join("data")
    }
    pub fn conf(&self) -> PathBuf {
        self.root.join("conf")
    }
    pub fn wia(&self) -> assert_cmd::Command {
        let mut cmd = wia(&self.data());
        cmd.env("WIA_CONFIG_DIR", self.conf())
            .env_remove("WIA_KEY_PASSPHRASE");
        cmd
    }
    /// A fresh ed25519 key made by ssh-keygen itself.
    pub fn keygen(&self, name: &str, passphrase: &str) -> PathBuf {
        let key = self.root.join(name);
        let ok = Command::new("ssh-keygen")
            .args(["-q", "-t", "ed25519", "-N", passphrase, "-C", name, "-f"])
            .arg(&key)
            .status()
            .unwrap()
            .success();
        assert!(ok, "ssh-keygen made no key");
        key
    }
    pub fn use_key(&self, key: &Path) {
        self.wia()
            .args(["keys", "use", "--principal", WHO])
            .arg(key)
            .assert()
            .success();
    }
    pub fn trust(&self, key: &Path) {
        self.wia()
            .args(["keys", "trust", WHO])
            .arg(pub_of(key))
            .assert()
            .success();
    }
    /// `wia new` from the example answers; (record, summary).
    pub fn new_record(&self) -> (PathBuf, PathBuf) {
        let out = self
            .wia()
            .args(["new", "--answers", ANSWERS])
            .assert()
            .success();
        paths(&out)
    }
    pub fn allowed(&self) -> PathBuf {
        self.conf().join("allowed_signers")
    }
}

pub fn paths(out: &assert_cmd::assert::Assert) -> (PathBuf, PathBuf) {
    let text = String::from_utf8_lossy(&out.get_output().stdout).into_owned();
    let mut lines = text.lines();
    (
        PathBuf::from(lines.next().unwrap()),
        PathBuf::from(lines.next().unwrap()),
    )
}

pub fn pub_of(key: &Path) -> PathBuf {
    let mut p = key.as_os_str().to_owned();
    p.push(".pub");
    PathBuf::from(p)
}

pub fn sig_of(file: &Path) -> PathBuf {
    let mut p = file.as_os_str().to_owned();
    p.push(".sig");
    PathBuf::from(p)
}

/// `ssh-keygen -Y verify` of `file` against `allowed` for WHO in `namespace`.
pub fn openssh_verifies(allowed: &Path, namespace: &str, file: &Path) -> bool {
    openssh_verifies_for(allowed, WHO, namespace, file)
}

/// `ssh-keygen -Y verify` of `file` against `allowed` for `who` in `namespace`.
pub fn openssh_verifies_for(allowed: &Path, who: &str, namespace: &str, file: &Path) -> bool {
    Command::new("ssh-keygen")
        .args(["-Y", "verify", "-f"])
        .arg(allowed)
        .args(["-I", who, "-n", namespace, "-s"])
        .arg(sig_of(file))
        .stdin(std::fs::File::open(file).unwrap())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .unwrap()
        .success()
}

/// `ssh-keygen -Y sign`, which writes FILE.sig beside the file.
pub fn openssh_signs(key: &Path, namespace: &str, file: &Path) {
    let ok = Command::new("ssh-keygen")
        .args(["-q", "-Y", "sign", "-f"])
        .arg(key)
        .args(["-n", namespace])
        .arg(file)
        .stderr(Stdio::null())
        .status()
        .unwrap()
        .success();
    assert!(ok, "ssh-keygen -Y sign failed");
}
