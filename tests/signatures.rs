//! Signed records against the real OpenSSH: what wia signs verifies with
//! `ssh-keygen -Y verify`, what `ssh-keygen -Y sign` signs verifies in wia, and every kind
//! of tampering is reported by both. Skipped, saying so, where ssh-keygen is absent.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use common::cli::{stderr_of, wia};

const ANSWERS: &str = "examples/aln-idp-review.answers.yaml";
const WHO: &str = "officer@gov.wales";

fn have_ssh_keygen() -> bool {
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

struct Setup {
    _dir: tempfile::TempDir,
    root: PathBuf,
}

impl Setup {
    fn new() -> Self {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().to_path_buf();
        Setup { _dir: dir, root }
    }
    fn data(&self) -> PathBuf {
        self.root.join("data")
    }
    fn conf(&self) -> PathBuf {
        self.root.join("conf")
    }
    fn wia(&self) -> assert_cmd::Command {
        let mut cmd = wia(&self.data());
        cmd.env("WIA_CONFIG_DIR", self.conf())
            .env_remove("WIA_KEY_PASSPHRASE");
        cmd
    }
    /// A fresh ed25519 key made by ssh-keygen itself.
    fn keygen(&self, name: &str, passphrase: &str) -> PathBuf {
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
    fn use_key(&self, key: &Path) {
        self.wia()
            .args(["keys", "use", "--principal", WHO])
            .arg(key)
            .assert()
            .success();
    }
    fn trust(&self, key: &Path) {
        self.wia()
            .args(["keys", "trust", WHO])
            .arg(pub_of(key))
            .assert()
            .success();
    }
    /// `wia new` from the example answers; (record, summary).
    fn new_record(&self) -> (PathBuf, PathBuf) {
        let out = self
            .wia()
            .args(["new", "--answers", ANSWERS])
            .assert()
            .success();
        paths(&out)
    }
    fn allowed(&self) -> PathBuf {
        self.conf().join("allowed_signers")
    }
}

fn paths(out: &assert_cmd::assert::Assert) -> (PathBuf, PathBuf) {
    let text = String::from_utf8_lossy(&out.get_output().stdout).into_owned();
    let mut lines = text.lines();
    (
        PathBuf::from(lines.next().unwrap()),
        PathBuf::from(lines.next().unwrap()),
    )
}

fn pub_of(key: &Path) -> PathBuf {
    let mut p = key.as_os_str().to_owned();
    p.push(".pub");
    PathBuf::from(p)
}

fn sig_of(file: &Path) -> PathBuf {
    let mut p = file.as_os_str().to_owned();
    p.push(".sig");
    PathBuf::from(p)
}

/// `ssh-keygen -Y verify` of `file` against `allowed` for WHO in `namespace`.
fn openssh_verifies(allowed: &Path, namespace: &str, file: &Path) -> bool {
    Command::new("ssh-keygen")
        .args(["-Y", "verify", "-f"])
        .arg(allowed)
        .args(["-I", WHO, "-n", namespace, "-s"])
        .arg(sig_of(file))
        .stdin(std::fs::File::open(file).unwrap())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .unwrap()
        .success()
}

/// `ssh-keygen -Y sign`, which writes FILE.sig beside the file.
fn openssh_signs(key: &Path, namespace: &str, file: &Path) {
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

#[test]
fn a_record_signed_by_wia_verifies_with_ssh_keygen_and_in_wia() {
    if !have_ssh_keygen() {
        return;
    }
    let s = Setup::new();
    let key = s.keygen("officer", "");
    s.use_key(&key);
    let (record, summary) = s.new_record();
    assert!(sig_of(&record).exists() && sig_of(&summary).exists());
    s.trust(&key);
    assert!(openssh_verifies(&s.allowed(), "wia-record", &record));
    assert!(openssh_verifies(&s.allowed(), "wia-record", &summary));
    // A record's signature cannot pass as a response's.
    assert!(!openssh_verifies(&s.allowed(), "wia-response", &record));
    let out = s
        .wia()
        .args(["verify", "--require-signature"])
        .arg(&record)
        .assert()
        .success();
    let stdout = String::from_utf8_lossy(&out.get_output().stdout).into_owned();
    assert_eq!(
        stdout
            .matches(&format!("signed by {WHO} (trusted)"))
            .count(),
        2,
        "{stdout}"
    );
}

#[test]
fn a_forged_record_with_a_recomputed_digest_fails_both_checks() {
    if !have_ssh_keygen() {
        return;
    }
    let s = Setup::new();
    let key = s.keygen("officer", "");
    s.use_key(&key);
    let (record, _) = s.new_record();
    s.trust(&key);
    let text = std::fs::read_to_string(&record).unwrap();
    assert!(text.contains("rating: moderate"), "{text}");
    std::fs::write(
        &record,
        text.replace("rating: moderate", "rating: negligible"),
    )
    .unwrap();
    // Paste in the digest wia itself reports for the new content, as a forger would.
    let stderr = stderr_of(&s.wia().arg("verify").arg(&record).assert().code(1));
    let actual = stderr
        .lines()
        .find_map(|l| l.trim().strip_prefix("digest of the content: "))
        .unwrap_or_else(|| panic!("{stderr}"))
        .to_string();
    let forged = std::fs::read_to_string(&record).unwrap();
    let stored = forged
        .lines()
        .find_map(|l| l.strip_prefix("digest: "))
        .unwrap()
        .to_string();
    std::fs::write(&record, forged.replace(&stored, &actual)).unwrap();

    let assert = s.wia().arg("verify").arg(&record).assert().code(1);
    let out = String::from_utf8_lossy(&assert.get_output().stdout).into_owned();
    assert!(out.contains("intact"), "the digest alone is fooled: {out}");
    assert!(
        stderr_of(&assert).contains("BAD SIGNATURE"),
        "{}",
        stderr_of(&assert)
    );
    assert!(!openssh_verifies(&s.allowed(), "wia-record", &record));
}

#[test]
fn an_edited_summary_fails_and_so_does_one_whose_signature_was_removed() {
    if !have_ssh_keygen() {
        return;
    }
    let s = Setup::new();
    let key = s.keygen("officer", "");
    s.use_key(&key);
    let (record, summary) = s.new_record();
    s.trust(&key);
    let text = std::fs::read_to_string(&summary).unwrap();
    std::fs::write(&summary, text.replacen("Moderate", "Negligible", 1)).unwrap();
    assert_ne!(std::fs::read_to_string(&summary).unwrap(), text);
    let err = stderr_of(&s.wia().arg("verify").arg(&record).assert().code(1));
    assert!(err.contains("md: BAD SIGNATURE"), "{err}");
    assert!(!openssh_verifies(&s.allowed(), "wia-record", &summary));

    std::fs::remove_file(sig_of(&summary)).unwrap();
    let err = stderr_of(&s.wia().arg("verify").arg(&record).assert().code(1));
    assert!(err.contains("NOT SIGNED, although its record is"), "{err}");
}

#[test]
fn files_signed_by_ssh_keygen_verify_in_wia() {
    if !have_ssh_keygen() {
        return;
    }
    let s = Setup::new();
    let key = s.keygen("officer", "");
    // No key configured: wia saves the record unsigned, and OpenSSH signs it.
    let (record, summary) = s.new_record();
    assert!(!sig_of(&record).exists());
    s.wia().arg("verify").arg(&record).assert().success();
    s.wia()
        .args(["verify", "--require-signature"])
        .arg(&record)
        .assert()
        .code(1);
    openssh_signs(&key, "wia-record", &record);
    openssh_signs(&key, "wia-record", &summary);
    s.trust(&key);
    let out = s.wia().arg("verify").arg(&record).assert().success();
    let stdout = String::from_utf8_lossy(&out.get_output().stdout).into_owned();
    assert!(
        stdout.contains(&format!("signed by {WHO} (trusted)")),
        "{stdout}"
    );
}

#[test]
fn a_response_signature_cannot_pass_as_a_record_signature() {
    if !have_ssh_keygen() {
        return;
    }
    let s = Setup::new();
    let key = s.keygen("officer", "");
    let (record, _) = s.new_record();
    openssh_signs(&key, "wia-response", &record);
    s.trust(&key);
    let err = stderr_of(&s.wia().arg("verify").arg(&record).assert().code(1));
    assert!(
        err.contains(
            "BAD SIGNATURE: the signature was made for `wia-response`, not for `wia-record`"
        ),
        "{err}"
    );
}

#[test]
fn a_key_nobody_trusts_is_reported_with_its_fingerprint() {
    if !have_ssh_keygen() {
        return;
    }
    let s = Setup::new();
    let key = s.keygen("officer", "");
    let other = s.keygen("someone-else", "");
    s.use_key(&key);
    let (record, _) = s.new_record();
    s.wia()
        .args(["keys", "trust", "someone@else.org"])
        .arg(pub_of(&other))
        .assert()
        .success();
    let err = stderr_of(&s.wia().arg("verify").arg(&record).assert().code(1));
    let fingerprint = String::from_utf8(
        Command::new("ssh-keygen")
            .arg("-lf")
            .arg(pub_of(&key))
            .output()
            .unwrap()
            .stdout,
    )
    .unwrap();
    let fingerprint = fingerprint.split_whitespace().nth(1).unwrap();
    assert!(
        err.contains(&format!("SIGNED BY A KEY YOU DO NOT TRUST ({fingerprint})")),
        "{err}"
    );
}

#[test]
fn a_passphrase_protected_key_signs_with_its_passphrase_and_a_wrong_one_keeps_the_record() {
    if !have_ssh_keygen() {
        return;
    }
    let s = Setup::new();
    let key = s.keygen("officer", "correct horse");
    s.use_key(&key);
    s.trust(&key);
    // Wrong passphrase: the record is saved all the same, unsigned, and the exit says so.
    let out = s
        .wia()
        .env("WIA_KEY_PASSPHRASE", "wrong")
        .args(["new", "--answers", ANSWERS])
        .assert()
        .code(1);
    assert!(
        stderr_of(&out).contains("NOT SIGNED"),
        "{}",
        stderr_of(&out)
    );
    let (record, summary) = paths(&out);
    assert!(record.exists() && summary.exists() && !sig_of(&record).exists());
    // No terminal and no passphrase: said plainly, never a hang.
    let err = stderr_of(&s.wia().arg("sign").arg(&record).assert().code(1));
    assert!(err.contains("WIA_KEY_PASSPHRASE"), "{err}");
    // `wia sign` signs it later.
    s.wia()
        .env("WIA_KEY_PASSPHRASE", "correct horse")
        .arg("sign")
        .arg(&record)
        .assert()
        .success();
    assert!(openssh_verifies(&s.allowed(), "wia-record", &record));
    assert!(openssh_verifies(&s.allowed(), "wia-record", &summary));
}

#[test]
fn a_key_made_by_wia_is_private_to_its_owner_and_its_signatures_verify_with_openssh() {
    if !have_ssh_keygen() {
        return;
    }
    let s = Setup::new();
    s.wia()
        .args(["keys", "new", "--principal", WHO])
        .assert()
        .success();
    let key = s.conf().join("wia_ed25519");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&key).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "{mode:o}");
    }
    // OpenSSH reads the key wia wrote: its public half is the one beside it.
    let derived = Command::new("ssh-keygen")
        .arg("-yf")
        .arg(&key)
        .output()
        .unwrap();
    assert!(derived.status.success());
    let beside = std::fs::read_to_string(pub_of(&key)).unwrap();
    let field = |t: &str| t.split_whitespace().nth(1).unwrap().to_string();
    assert_eq!(
        field(&String::from_utf8_lossy(&derived.stdout)),
        field(&beside)
    );
    // A second `keys new` never overwrites it.
    s.wia().args(["keys", "new"]).assert().code(1);
    let (record, _) = s.new_record();
    s.trust(&key);
    assert!(openssh_verifies(&s.allowed(), "wia-record", &record));
}
