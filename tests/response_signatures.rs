//! Responses signed by the reviewer in their own namespace, checked by wia and by OpenSSH,
//! shown wherever responses are; and `wia trust`: removing a signer, importing a folder's
//! suggestions only once they are confirmed.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::cli::stderr_of;
use common::signing::*;

const REP: &str = "rep@neu.org.uk";

/// A response to the record at `record`, made from the example with its id and digest.
fn response_for(s: &Setup, record: &Path) -> PathBuf {
    let text = std::fs::read_to_string(record).unwrap();
    let digest = text
        .lines()
        .find_map(|l| l.strip_prefix("digest: "))
        .expect("the record has a digest")
        .trim()
        .to_string();
    let id = record.file_stem().unwrap().to_str().unwrap();
    let response = std::fs::read_to_string("examples/response.yaml")
        .unwrap()
        .replace("record: 9a3982e2a0", &format!("record: {id}"))
        .replace(
            "record_digest: sha256:d016deec6692b3ab3180a524cb3135868432845e088c7f3c4003fa00f250bb70",
            &format!("record_digest: {digest}"),
        );
    let path = s.root.join("response.yaml");
    std::fs::write(&path, response).unwrap();
    path
}

fn stdout_of(a: &assert_cmd::assert::Assert) -> String {
    String::from_utf8_lossy(&a.get_output().stdout).into_owned()
}

/// `ssh-keygen -Y verify` of `file` for `who` in `namespace`, trusting `key` alone.
fn openssh_verifies_as(s: &Setup, key: &Path, who: &str, namespace: &str, file: &Path) -> bool {
    let public = std::fs::read_to_string(pub_of(key)).unwrap();
    let allowed = s.root.join("openssh_allowed");
    std::fs::write(&allowed, format!("{who} {public}")).unwrap();
    openssh_verifies_for(&allowed, who, namespace, file)
}

/// The officer signs a record; the representative, with a key of their own, responds.
/// Returns (record, stored response, reviewer's key, officer's key).
fn signed_record_and_response(s: &Setup) -> (PathBuf, PathBuf, PathBuf, PathBuf) {
    let officer = s.keygen("officer", "");
    let rep = s.keygen("rep", "");
    s.use_key(&officer);
    let (record, _) = s.new_record();
    s.wia()
        .args(["keys", "use", "--principal", REP])
        .arg(&rep)
        .assert()
        .success();
    let file = response_for(s, &record);
    let out = s
        .wia()
        .args(["respond", record.to_str().unwrap(), "--response"])
        .arg(&file)
        .assert()
        .success();
    let stored = PathBuf::from(stdout_of(&out).lines().next().unwrap());
    assert!(
        stderr_of(&out).contains("Signed response"),
        "{}",
        stderr_of(&out)
    );
    (record, stored, rep, officer)
}

#[test]
fn a_response_is_signed_as_a_response_and_openssh_agrees() {
    if !have_ssh_keygen() {
        return;
    }
    let s = Setup::new();
    let (_, stored, rep, _) = signed_record_and_response(&s);
    assert!(sig_of(&stored).exists());
    assert!(openssh_verifies_as(&s, &rep, REP, "wia-response", &stored));
    // The namespace is part of what is signed: the same signature is no record's.
    assert!(!openssh_verifies_as(&s, &rep, REP, "wia-record", &stored));
}

#[test]
fn verify_and_show_say_who_signed_the_record_and_each_response() {
    if !have_ssh_keygen() {
        return;
    }
    let s = Setup::new();
    let (record, stored, rep, officer) = signed_record_and_response(&s);
    let record_arg = record.to_str().unwrap();
    s.wia()
        .args(["trust", "add", WHO, "--only", "records"])
        .arg(pub_of(&officer))
        .assert()
        .success();
    // The representative is not trusted yet: the check fails on the response alone.
    let a = s.wia().args(["verify", record_arg]).assert().code(1);
    let err = stderr_of(&a);
    let name = stored.display().to_string();
    assert!(
        err.contains(&format!("{name}: SIGNED BY A KEY YOU DO NOT TRUST")),
        "{err}"
    );
    // Trusted for records only, the officer's key does not vouch for responses; the
    // representative trusted for responses, everything checks.
    s.wia()
        .args(["trust", "add", REP, "--only", "responses"])
        .arg(pub_of(&rep))
        .assert()
        .success();
    let a = s.wia().args(["verify", record_arg]).assert().success();
    let out = stdout_of(&a);
    assert!(
        out.contains(&format!("{name}: signed by {REP} (trusted)")),
        "{out}"
    );
    let md = stdout_of(&s.wia().args(["show", record_arg]).assert().success());
    assert!(
        md.contains(&format!("Signature: signed by {WHO} (trusted)")),
        "{md}"
    );
    assert!(
        md.contains(&format!("  - Signature: signed by {REP} (trusted)")),
        "{md}"
    );
    // Removed from the reader's list, the representative's key is unknown again.
    let a = s.wia().args(["trust", "remove", REP]).assert().success();
    assert!(
        stderr_of(&a).contains(&format!("No longer trusting {REP}")),
        "{}",
        stderr_of(&a)
    );
    let md = stdout_of(&s.wia().args(["show", record_arg]).assert().success());
    assert!(
        md.contains("  - Signature: signed by a key you do not trust (SHA256:"),
        "{md}"
    );
    s.wia().args(["verify", record_arg]).assert().code(1);
    // Welsh, from the same files.
    let md = stdout_of(
        &s.wia()
            .args(["--lang", "cy", "show", record_arg])
            .assert()
            .success(),
    );
    assert!(
        md.contains(&format!("Llofnod: wedi’i lofnodi gan {WHO} (dibynadwy)")),
        "{md}"
    );
}

#[test]
fn a_record_signature_put_beside_a_response_is_refused() {
    if !have_ssh_keygen() {
        return;
    }
    let s = Setup::new();
    let (record, stored, rep, officer) = signed_record_and_response(&s);
    for (who, key) in [(WHO, &officer), (REP, &rep)] {
        s.wia()
            .args(["trust", "add", who])
            .arg(pub_of(key))
            .assert()
            .success();
    }
    std::fs::copy(sig_of(&record), sig_of(&stored)).unwrap();
    let a = s
        .wia()
        .args(["verify", record.to_str().unwrap()])
        .assert()
        .code(1);
    let err = stderr_of(&a);
    assert!(
        err.contains("made for `wia-record`, not for `wia-response`"),
        "{err}"
    );
}

#[test]
fn a_folders_suggested_signers_are_trusted_only_once_confirmed() {
    if !have_ssh_keygen() {
        return;
    }
    let s = Setup::new();
    let officer = s.keygen("officer", "");
    let rep = s.keygen("rep", "");
    std::fs::create_dir_all(s.data()).unwrap();
    let line =
        |who: &str, key: &Path| format!("{who} {}", std::fs::read_to_string(pub_of(key)).unwrap());
    std::fs::write(
        s.data().join("suggested_signers"),
        format!(
            "# from the folder\n{}{}",
            line(WHO, &officer),
            line(REP, &rep)
        ),
    )
    .unwrap();
    // No terminal to ask at and no --yes: nothing is trusted, and the reason is given.
    let a = s.wia().args(["trust", "import"]).assert().code(1);
    assert!(stderr_of(&a).contains("then run again with --yes"));
    assert!(!s.allowed().exists());
    // A fingerprint checked with its owner imports that key alone.
    let fingerprint = String::from_utf8(
        Command::new("ssh-keygen")
            .arg("-lf")
            .arg(pub_of(&officer))
            .output()
            .unwrap()
            .stdout,
    )
    .unwrap();
    let fingerprint = fingerprint.split_whitespace().nth(1).unwrap().to_string();
    s.wia()
        .args(["trust", "import", "--fingerprint", &fingerprint])
        .assert()
        .success();
    let listed = stdout_of(&s.wia().args(["trust", "list"]).assert().success());
    assert!(listed.contains(WHO) && !listed.contains(REP), "{listed}");
    // The rest on --yes; a second import finds nothing new.
    s.wia()
        .args(["trust", "import", "--yes"])
        .assert()
        .success();
    let listed = stdout_of(&s.wia().args(["trust", "list"]).assert().success());
    assert!(listed.contains(WHO) && listed.contains(REP), "{listed}");
    let a = s
        .wia()
        .args(["trust", "import", "--yes"])
        .assert()
        .success();
    assert!(stderr_of(&a).contains("You already trust everyone"));
    // What was imported is OpenSSH's own format: ssh-keygen finds the officer in it.
    let found = Command::new("ssh-keygen")
        .args(["-Y", "find-principals", "-f"])
        .arg(s.allowed())
        .arg("-s")
        .arg({
            let (record, _) = {
                s.use_key(&officer);
                s.new_record()
            };
            sig_of(&record)
        })
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&found.stdout).trim(), WHO);
}

/// The folder's list is a file in a shared folder like any other: a link there is refused,
/// so nobody can point readers at a list kept elsewhere.
#[cfg(unix)]
#[test]
fn a_suggested_list_that_is_a_link_is_refused() {
    let s = Setup::new();
    std::fs::create_dir_all(s.data()).unwrap();
    let elsewhere = s.root.join("elsewhere");
    std::fs::write(
        &elsewhere,
        "someone ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIEdAwmYexEg9pzzDoX6JrJRS9FpPEG7jExp5gyInoLRE\n",
    )
    .unwrap();
    std::os::unix::fs::symlink(&elsewhere, s.data().join("suggested_signers")).unwrap();
    let a = s
        .wia()
        .args(["trust", "import", "--yes"])
        .assert()
        .failure();
    assert!(stderr_of(&a).contains("link"), "{}", stderr_of(&a));
    assert!(!s.allowed().exists());
    // Named on the command line, the same file is the user's own choice.
    s.wia()
        .args(["trust", "import", "--yes"])
        .arg(&elsewhere)
        .assert()
        .success();
    assert!(s.allowed().exists());
}
