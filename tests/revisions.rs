//! Revisions of a final record: `wia revise`, then `wia new --from-draft ID --reason TEXT`,
//! and what `wia list`, `wia history`, `wia show` and `wia verify` say about the chain,
//! including a missing predecessor and a fork. The old record is never changed.

mod common;

use std::path::{Path, PathBuf};

use common::cli::{ANSWERS, SMALL, stderr_of};

struct Folder {
    _dir: tempfile::TempDir,
    data: PathBuf,
}

impl Folder {
    fn new() -> Self {
        let dir = tempfile::tempdir().unwrap();
        let data = dir.path().join("data");
        Folder { _dir: dir, data }
    }

    /// `wia` on this folder, with a list cache of the test's own.
    fn wia(&self) -> assert_cmd::Command {
        let mut cmd = common::cli::wia(&self.data);
        cmd.env("WIA_CACHE_DIR", self.data.join(".cache"));
        cmd
    }

    fn record_path(&self, id: &str) -> PathBuf {
        self.data.join("records").join(format!("{id}.yaml"))
    }

    /// A final record from the small fixture; its id.
    fn original(&self) -> String {
        let a = self
            .wia()
            .args(["new", "--answers", ANSWERS, "--questionnaire", SMALL])
            .assert()
            .success();
        stem(first_line(&a))
    }

    /// `wia revise ID`; the new draft's id.
    fn revise(&self, id: &str) -> String {
        let a = self.wia().args(["revise", id]).assert().success();
        stem(first_line(&a))
    }

    /// Change the draft's answers as a person would in its file.
    fn edit_draft(&self, draft: &str, edit: impl FnOnce(&mut serde_yaml::Mapping)) {
        let path = self.data.join("drafts").join(format!("{draft}.yaml"));
        let mut value: serde_yaml::Value =
            serde_yaml::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        edit(value["answers"].as_mapping_mut().unwrap());
        std::fs::write(&path, serde_yaml::to_string(&value).unwrap()).unwrap();
    }

    /// `wia new --from-draft DRAFT --reason REASON`; the new record's id.
    fn finalise(&self, draft: &str, reason: &str) -> String {
        let a = self
            .wia()
            .args(["new", "--from-draft", draft, "--reason", reason])
            .assert()
            .success();
        stem(first_line(&a))
    }

    fn stdout(&self, args: &[&str]) -> (String, String, i32) {
        let out = self.wia().args(args).output().unwrap();
        (
            String::from_utf8_lossy(&out.stdout).into_owned(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
            out.status.code().unwrap_or(-1),
        )
    }

    /// The date a record was made, as the list shows it.
    fn date_of(&self, id: &str) -> String {
        let text = std::fs::read_to_string(self.record_path(id)).unwrap();
        let line = text.lines().find(|l| l.starts_with("created: ")).unwrap();
        // Quoted, so YAML 1.1 readers take it for text: `created: '2026-11-25T...'`.
        line[9..].trim_start_matches('\'')[..10].to_string()
    }
}

fn first_line(a: &assert_cmd::assert::Assert) -> String {
    String::from_utf8_lossy(&a.get_output().stdout)
        .lines()
        .next()
        .unwrap()
        .to_string()
}

fn stem(path: String) -> String {
    Path::new(&path)
        .file_stem()
        .unwrap()
        .to_string_lossy()
        .into_owned()
}

/// Ids and dates vary from run to run: each becomes a placeholder of the same width, so
/// the table's layout is what is compared.
fn redact(text: &str, ids: &[(&str, &str)], date: &str) -> String {
    let mut out = text.replace(date, "YYYY-MM-DD");
    for (id, name) in ids {
        out = out.replace(id, &format!("{name:_<10}"));
    }
    out
}

fn set_likely_minutes(answers: &mut serde_yaml::Mapping, minutes: f64) {
    let tasks = answers.get_mut("tasks").unwrap().as_sequence_mut().unwrap();
    tasks[0]["minutes"]["likely"] = minutes.into();
}

/// An original and one revision of it that changes a task estimate.
fn two_revisions(f: &Folder) -> (String, String) {
    let a = f.original();
    let draft = f.revise(&a);
    f.edit_draft(&draft, |answers| set_likely_minutes(answers, 150.0));
    let b = f.finalise(&draft, "The pilot schools timed the return at 2.5 hours");
    (a, b)
}

#[test]
fn a_revision_starts_from_every_answer_and_remembers_its_record() {
    let f = Folder::new();
    let a = f.original();
    let draft = f.revise(&a);
    let text =
        std::fs::read_to_string(f.data.join("drafts").join(format!("{draft}.yaml"))).unwrap();
    let d = wia::record::parse_draft(&text, "draft", wia::i18n::Lang::En).unwrap();
    let (record, _) = wia::record::load_record(&f.record_path(&a), wia::i18n::Lang::En).unwrap();
    assert_eq!(d.answers, record.answers, "every answer and task row");
    assert_eq!(d.headcounts, record.headcounts);
    let revises = d.revises.expect("the draft remembers the record");
    assert_eq!(revises.id, a);
    assert_eq!(Some(revises.digest), record.digest);
    // Not bundled: the draft uses the exact questionnaire the record was made with.
    assert!(d.questionnaire_file.is_some());
}

#[test]
fn two_revisions_chain_in_list_history_show_and_verify() {
    let f = Folder::new();
    let a_bytes_before = {
        let a = f.original();
        std::fs::read(f.record_path(&a)).unwrap()
    };
    let (a, b) = two_revisions(&f);
    assert_ne!(a, b);
    assert_eq!(
        std::fs::read(f.record_path(&a)).unwrap(),
        a_bytes_before,
        "the old record is never changed"
    );
    assert!(
        std::fs::read_dir(f.data.join("drafts"))
            .unwrap()
            .next()
            .is_none(),
        "the finalised draft is removed"
    );
    let record = std::fs::read_to_string(f.record_path(&b)).unwrap();
    assert!(
        record.contains(&format!("revision:\n  supersedes: {a}\n")),
        "{record}"
    );
    assert!(record.contains("schema_version: 2"), "{record}");
    assert!(record.contains("  reason: The pilot schools timed the return at 2.5 hours"));

    let date = f.date_of(&b);
    let ids = [(a.as_str(), "A"), (b.as_str(), "B")];
    let (list, stderr, code) = f.stdout(&["list"]);
    assert_eq!((code, stderr.as_str()), (0, ""));
    insta::assert_snapshot!("two_revisions_list", redact(&list, &ids, &date));
    let (all, _, _) = f.stdout(&["list", "--all", "--sort", "id"]);
    assert!(all.contains(&a) && all.contains(&b), "{all}");
    assert!(
        all.lines()
            .any(|l| l.starts_with(&a) && l.ends_with("1 old")),
        "{all}"
    );

    let (history, _, code) = f.stdout(&["history", &a]);
    assert_eq!(code, 0);
    let history = redact(&history, &ids, &date);
    // Times to the minute vary too.
    let history: String = history
        .lines()
        .map(|l| match l.find("YYYY-MM-DD ") {
            Some(i) => format!("{}YYYY-MM-DD hh:mm{}", &l[..i], &l[i + 16..]),
            None => l.to_string(),
        })
        .collect::<Vec<_>>()
        .join("\n");
    insta::assert_snapshot!("two_revisions_history", history);

    let (show_old, _, _) = f.stdout(&["show", &a]);
    assert!(
        show_old.starts_with(&format!("> This record has been replaced by {b}")),
        "{show_old}"
    );
    let (show_new, _, _) = f.stdout(&["show", &b]);
    assert!(!show_new.contains("has been replaced"), "{show_new}");
    assert!(
        show_new.contains(&format!(
            "> **Revision.** This record replaces record `{a}`. Reason: The pilot schools timed the return at 2.5 hours"
        )),
        "{show_new}"
    );
    let summary =
        std::fs::read_to_string(f.data.join("summaries").join(format!("{b}.md"))).unwrap();
    assert!(
        summary.contains(&format!("replaces record `{a}`")),
        "{summary}"
    );

    let (verify, _, code) = f.stdout(&["verify", &b]);
    assert_eq!(code, 0, "{verify}");
    assert!(verify.contains(&format!("record {b} revises record {a}. Reason: The pilot")));
    let (verify_old, _, code) = f.stdout(&["verify", &a]);
    assert_eq!(code, 0);
    assert!(verify_old.contains(&format!("record {a} has been replaced by {b}")));
}

#[test]
fn a_revision_with_the_same_answers_has_an_id_of_its_own() {
    let f = Folder::new();
    let a = f.original();
    let draft = f.revise(&a);
    let b = f.finalise(&draft, "Checked again: nothing changes");
    assert_ne!(a, b);
    let (old, _) = wia::record::load_record(&f.record_path(&a), wia::i18n::Lang::En).unwrap();
    let (new, text) = wia::record::load_record(&f.record_path(&b), wia::i18n::Lang::En).unwrap();
    assert_eq!(old.answers, new.answers);
    assert_eq!(
        wia::record::check_integrity(&new, &text, wia::i18n::Lang::En),
        wia::record::Integrity::Intact
    );
    // The link is part of what the digest covers.
    let mut forged = new.clone();
    forged.revision.as_mut().unwrap().reason = "Something else".into();
    assert_ne!(
        wia::record::canonical_digest(&forged, wia::i18n::Lang::En).unwrap(),
        new.digest.unwrap()
    );
}

#[test]
fn a_revision_is_not_finalised_without_a_reason() {
    let f = Folder::new();
    let a = f.original();
    let draft = f.revise(&a);
    for reason in [None, Some("   ")] {
        let mut cmd = f.wia();
        cmd.args(["new", "--from-draft", &draft]);
        if let Some(r) = reason {
            cmd.args(["--reason", r]);
        }
        let out = cmd.assert().code(1);
        let stderr = stderr_of(&out);
        assert!(
            stderr.contains(&format!(
                "this assessment revises record {a}: say why with --reason"
            )),
            "{stderr}"
        );
    }
    let welsh = f
        .wia()
        .args(["--lang", "cy", "new", "--from-draft", &draft])
        .assert()
        .code(1);
    assert!(
        stderr_of(&welsh).contains(&format!(
            "mae'r asesiad hwn yn diwygio cofnod {a}: dywedwch pam gyda --reason"
        )),
        "{}",
        stderr_of(&welsh)
    );
    // Nothing was written, and the draft is still there to finish.
    assert_eq!(
        std::fs::read_dir(f.data.join("records")).unwrap().count(),
        1
    );
    assert!(f.data.join("drafts").join(format!("{draft}.yaml")).exists());
    // A reason for something that is not a revision is a slip, and says so.
    let plain = f
        .wia()
        .args([
            "new",
            "--answers",
            ANSWERS,
            "--questionnaire",
            SMALL,
            "--reason",
            "why",
        ])
        .assert()
        .code(1);
    assert!(stderr_of(&plain).contains("--reason is only for a revision"));
}

#[test]
fn a_record_already_revised_is_not_revised_again() {
    let f = Folder::new();
    let (a, b) = two_revisions(&f);
    let out = f.wia().args(["revise", &a]).assert().code(1);
    assert!(
        stderr_of(&out).contains(&format!("record {a} has already been revised, by {b}")),
        "{}",
        stderr_of(&out)
    );
    // Two drafts of the latest: once one is finished, the other would fork the chain.
    let first = f.revise(&b);
    let second = f.revise(&b);
    let done = f.finalise(&first, "First change");
    let out = f
        .wia()
        .args(["new", "--from-draft", &second, "--reason", "Second change"])
        .assert()
        .code(1);
    assert!(
        stderr_of(&out).contains(&format!("record {b} has already been revised, by {done}")),
        "{}",
        stderr_of(&out)
    );
}

#[test]
fn a_missing_predecessor_is_reported_everywhere() {
    let f = Folder::new();
    let (a, b) = two_revisions(&f);
    std::fs::remove_file(f.record_path(&a)).unwrap();
    let (list, stderr, code) = f.stdout(&["list"]);
    assert_eq!(code, 0);
    assert!(
        list.lines()
            .any(|l| l.starts_with(&b) && l.ends_with("1 gap")),
        "{list}"
    );
    let problem = format!("record {b} revises {a}, which is not in the records folder");
    assert!(
        stderr.contains(&format!("revision chain: {problem}")),
        "{stderr}"
    );
    let (history, _, code) = f.stdout(&["history", &b]);
    assert_eq!(code, 1);
    assert!(history.contains(&format!("⚠ {problem}")), "{history}");
    let (_, stderr, code) = f.stdout(&["verify", &b]);
    assert_eq!(code, 1);
    assert!(stderr.contains(&problem), "{stderr}");
    let (show, _, _) = f.stdout(&["show", &b]);
    assert!(show.contains(&problem), "{show}");
}

/// A fork as it arises in practice: two officers revise the same record in two copies of
/// a shared folder, and the copies are brought together.
fn forked() -> (Folder, String, String, String) {
    let f = Folder::new();
    let a = f.original();
    let other = Folder::new();
    std::fs::create_dir_all(other.data.join("records")).unwrap();
    std::fs::copy(f.record_path(&a), other.record_path(&a)).unwrap();
    copy_dir(
        &f.data.join("questionnaires"),
        &other.data.join("questionnaires"),
    );
    let b = f.finalise(&f.revise(&a), "Here: new costings");
    let c = other.finalise(&other.revise(&a), "There: the pilot");
    std::fs::copy(other.record_path(&c), f.record_path(&c)).unwrap();
    (f, a, b, c)
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        std::fs::copy(e.path(), to.join(e.file_name())).unwrap();
    }
}

#[test]
fn a_fork_lists_both_branches_as_latest_and_is_reported() {
    let (f, a, b, c) = forked();
    let (first, second) = if b < c { (&b, &c) } else { (&c, &b) };
    let date = f.date_of(&a);
    let ids = [
        (a.as_str(), "A"),
        (first.as_str(), "BRANCH1"),
        (second.as_str(), "BRANCH2"),
    ];
    let (list, stderr, code) = f.stdout(&["list", "--sort", "id"]);
    assert_eq!(code, 0);
    let (all, _, _) = f.stdout(&["list", "--all", "--sort", "id"]);
    // Sorted by id, which varies: order the rows by their placeholder for the snapshot.
    let sorted = |text: &str| {
        let text = redact(text, &ids, &date);
        let mut lines: Vec<&str> = text.lines().collect();
        lines[1..].sort();
        lines.join("\n")
    };
    insta::assert_snapshot!("fork_list", sorted(&list));
    insta::assert_snapshot!("fork_list_all", sorted(&all));
    let problem = format!("record {a} was revised more than once, by {first}, {second}");
    assert!(stderr.contains(&problem), "{stderr}");

    let (history, _, code) = f.stdout(&["history", &b]);
    assert_eq!(code, 1);
    assert!(history.contains(&format!("⚠ {problem}")), "{history}");
    assert!(history.contains(&format!("2. {b}")), "{history}");
    let (show, _, _) = f.stdout(&["show", &a]);
    assert!(
        show.starts_with(&format!(
            "> This record has been replaced by {first}, {second}"
        )),
        "{show}"
    );
    for id in [&a, &b, &c] {
        let (_, stderr, code) = f.stdout(&["verify", id]);
        assert_eq!(code, 1, "verify {id}");
        assert!(stderr.contains(&problem), "{stderr}");
    }
    let (json, _, _) = f.stdout(&["list", "--format", "json"]);
    let rows: serde_json::Value = serde_json::from_str(&json).unwrap();
    let rows = rows.as_array().unwrap();
    assert_eq!(rows.len(), 2);
    for row in rows {
        assert_eq!(row["supersedes"], a.as_str());
        assert_eq!(row["latest"], true);
        assert_eq!(row["revision"], 2);
        assert!(
            row["chain_problems"][0]
                .as_str()
                .unwrap()
                .contains("more than once")
        );
    }
}

#[test]
fn responses_stay_with_the_revision_they_answered() {
    let f = Folder::new();
    let a = f.original();
    let digest = wia::record::load_record(&f.record_path(&a), wia::i18n::Lang::En)
        .unwrap()
        .0
        .digest
        .unwrap();
    let response = format!(
        "response_version: 1\nrecord: {a}\nrecord_digest: {digest}\nreviewer:\n  name: Siân Morgan\n  organisation: NEU Cymru\nposition: oppose\ncomments:\n  - on: general\n    text: The estimate is too low.\n"
    );
    let file = common::cli::write(f._dir.path(), "response.yaml", &response);
    f.wia()
        .args(["respond", &a, "--response"])
        .arg(&file)
        .assert()
        .success();
    let draft = f.revise(&a);
    let b = f.finalise(&draft, "Answering the union's comments");
    let (show, _, _) = f.stdout(&["show", &b]);
    assert!(
        show.contains(&format!("> Responses exist on earlier revisions: {a} (1).")),
        "{show}"
    );
    let (show_old, _, _) = f.stdout(&["show", &a]);
    assert!(show_old.contains("The estimate is too low."), "{show_old}");
    assert!(!show.contains("The estimate is too low."), "{show}");
}

#[test]
fn a_record_of_the_old_format_still_reads_and_verifies() {
    let f = Folder::new();
    std::fs::create_dir_all(f.data.join("records")).unwrap();
    let old = "tests/fixtures/review/records/9490d10358.yaml";
    std::fs::copy(old, f.record_path("9490d10358")).unwrap();
    let text = std::fs::read_to_string(old).unwrap();
    let record = wia::record::parse_record(&text, old, wia::i18n::Lang::En).unwrap();
    assert!(record.revision.is_none());
    assert_eq!(record.schema_version, 1);
    // Written back byte for byte as it was then (before times and `yes` were quoted for
    // YAML 1.1 readers): no `revision` key appears, so the digest is unchanged.
    assert_eq!(record.to_yaml_before_yaml11_quoting(), text);
    let (out, _, code) = f.stdout(&["verify", "9490d10358"]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("intact"), "{out}");
    let (history, _, code) = f.stdout(&["history", "9490d10358"]);
    assert_eq!(code, 0);
    assert!(history.contains("one record, oldest first"), "{history}");
    assert!(history.contains("The first record."), "{history}");
    let draft = f.revise("9490d10358");
    let b = f.finalise(&draft, "Revising a record made before revisions existed");
    let (list, _, _) = f.stdout(&["list"]);
    assert!(
        list.lines().any(|l| l.starts_with(&b) && l.ends_with(" 2")),
        "{list}"
    );
    assert!(!list.contains("9490d10358"), "{list}");
}

#[test]
fn a_list_cache_of_the_format_before_revisions_is_not_used() {
    let f = Folder::new();
    let (a, b) = two_revisions(&f);
    // What the list cached before records could revise each other: no link, so `a`
    // would be listed as latest if the entry were believed.
    let bytes = std::fs::read(f.record_path(&b)).unwrap();
    let sha = wia::questionnaire::sha256_hex(&bytes);
    let cache = serde_json::json!({
        "version": 4,
        "entries": { format!("{b}.yaml"): { "sha256": sha, "state": "Intact", "info": null } }
    });
    // The list writes its cache once; that file is then given the old format's content.
    f.stdout(&["list"]);
    let dir = f.data.join(".cache");
    let path = std::fs::read_dir(&dir)
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    std::fs::write(&path, cache.to_string()).unwrap();
    let (list, _, _) = f.stdout(&["list"]);
    assert!(list.lines().any(|l| l.starts_with(&b)), "{list}");
    assert!(!list.contains(&a), "{list}");
}

fn have_ssh_keygen() -> bool {
    let found = std::process::Command::new("ssh-keygen")
        .arg("-?")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status()
        .is_ok();
    if !found {
        eprintln!("SKIPPED: ssh-keygen is not installed, so a signed revision cannot be made here");
    }
    found
}

#[test]
fn a_revision_is_signed_and_verified_with_its_link() {
    if !have_ssh_keygen() {
        return;
    }
    let f = Folder::new();
    let key = f._dir.path().join("officer");
    let made = std::process::Command::new("ssh-keygen")
        .args(["-q", "-t", "ed25519", "-N", "", "-C", "officer", "-f"])
        .arg(&key)
        .status()
        .unwrap()
        .success();
    assert!(made);
    let who = "officer@gov.wales";
    f.wia()
        .args(["keys", "use", "--principal", who])
        .arg(&key)
        .assert()
        .success();
    f.wia()
        .args(["keys", "trust", who])
        .arg(key.with_extension("pub"))
        .assert()
        .success();
    let (a, b) = two_revisions(&f);
    for ext in ["yaml.sig", "md.sig"] {
        let sig = f.data.join(if ext == "yaml.sig" {
            "records"
        } else {
            "summaries"
        });
        assert!(sig.join(format!("{b}.{ext}")).exists(), "{b}.{ext}");
    }
    let (out, stderr, code) = f.stdout(&["verify", &b]);
    assert_eq!(code, 0, "{out}{stderr}");
    assert!(out.contains(&format!("signed by {who} (trusted)")), "{out}");
    assert!(
        out.contains(&format!("record {b} revises record {a}")),
        "{out}"
    );
    // The link is signed with the rest: another reason breaks digest and signature.
    let path = f.record_path(&b);
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(
        &path,
        text.replace("timed the return", "never timed the return"),
    )
    .unwrap();
    let (_, stderr, code) = f.stdout(&["verify", &b]);
    assert_eq!(code, 1);
    assert!(
        stderr.contains("ALTERED") || stderr.contains("altered"),
        "{stderr}"
    );
}
