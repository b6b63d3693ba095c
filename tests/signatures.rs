//! Signed records against the real OpenSSH: what wia signs verifies with
//! `ssh-keygen -Y verify`, what `ssh-keygen -Y sign` signs verifies in wia, and every kind
//! of tampering is reported by both. Skipped, saying so, where ssh-keygen is absent.

mod common;

use std::process::Command;

use common::cli::stderr_of;

use common::signing::*;

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

/// `wia sign` reads the summary as a check reads it: a FIFO or a link put in the shared
/// folder in its place is refused at once (a FIFO was waited on for ever; a link's target
/// would have been signed), and the record is left unsigned.
#[cfg(unix)]
#[test]
fn wia_sign_refuses_a_summary_that_is_a_fifo_or_a_link() {
    if !have_ssh_keygen() {
        return;
    }
    let s = Setup::new();
    let (record, summary) = s.new_record();
    let key = s.keygen("officer", "");
    s.use_key(&key);
    let elsewhere = s.root.join("elsewhere.md");
    std::fs::write(&elsewhere, "# not the summary\n").unwrap();
    for plant in ["fifo", "link"] {
        std::fs::remove_file(&summary).unwrap();
        if plant == "fifo" {
            let made = Command::new("mkfifo").arg(&summary).status().unwrap();
            assert!(made.success());
        } else {
            std::os::unix::fs::symlink(&elsewhere, &summary).unwrap();
        }
        let a = s.wia().arg("sign").arg(&record).assert().code(1);
        assert!(stderr_of(&a).contains("NOT SIGNED"), "{}", stderr_of(&a));
        assert!(!sig_of(&summary).exists(), "{plant}");
        assert!(!sig_of(&record).exists(), "{plant}");
    }
}
