//! Running the `wia` binary in tests.

use std::path::{Path, PathBuf};

use assert_cmd::Command;

pub const SMALL: &str = "tests/fixtures/small-questionnaire.yaml";
pub const ANSWERS: &str = "tests/fixtures/small.answers.yaml";

/// `wia` with its data directory set, bounded in time so a hang fails the test.
pub fn wia(data: &Path) -> Command {
    let mut cmd = Command::cargo_bin("wia").unwrap();
    cmd.env("WIA_DATA_DIR", data)
        // Settings of the test's own, not the developer's: a signing key configured on
        // the machine would otherwise sign (or ask for a passphrase) in every test.
        .env("WIA_CONFIG_DIR", data.join(".test-settings"))
        .env_remove("NO_COLOR")
        // English unless a test asks for Welsh: the machine's locale must not decide.
        .env("WIA_LANG", "en")
        .timeout(std::time::Duration::from_secs(60));
    cmd
}

/// Make a final record from the small fixture; returns (record path, summary path).
pub fn new_record(data: &Path) -> (PathBuf, PathBuf) {
    let out = wia(data)
        .args(["new", "--answers", ANSWERS, "--questionnaire", SMALL])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(out).unwrap();
    let mut lines = text.lines();
    let record = PathBuf::from(lines.next().unwrap());
    let summary = PathBuf::from(lines.next().unwrap());
    assert!(
        lines.next().is_none(),
        "only the two paths go to stdout: {text}"
    );
    (record, summary)
}

pub fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, text).unwrap();
    p
}

/// What a finished command printed on standard error.
pub fn stderr_of(assert: &assert_cmd::assert::Assert) -> String {
    String::from_utf8_lossy(&assert.get_output().stderr).into_owned()
}

/// A draft record, as `wia new --draft` wrote among the records before drafts had one
/// store: still found in data folders, so still read (portfolio, review, adoption).
pub fn legacy_draft_record(data: &Path, answers: &str, questionnaire: Option<&Path>) -> PathBuf {
    use wia::i18n::Lang;
    use wia::record::{AnswersFile, BuildOptions, Status, build_record, save_built};
    let (file, _): (AnswersFile, _) =
        wia::document::read_document(answers, "answers", "answers", Lang::En).unwrap();
    let (q, q_text) = match questionnaire {
        Some(p) => wia::questionnaire::load_named_file(p, Lang::En).unwrap(),
        None => {
            let (_, text) = wia::questionnaire::bundled_text(&file.questionnaire).unwrap();
            let q = wia::questionnaire::bundled(&file.questionnaire).unwrap();
            (q.clone(), text.to_string())
        }
    };
    let now = chrono::Local::now().fixed_offset();
    let built = build_record(
        &q,
        &file,
        BuildOptions {
            status: Status::Draft,
            id: wia::record::new_id(now, "legacy"),
            now,
            questionnaire_sha256: wia::questionnaire::sha256_hex(q_text.as_bytes()),
        },
        Lang::En,
    )
    .unwrap();
    let data = wia::store::DataDir::new(data);
    save_built(&data, &q, &q_text, &built).unwrap().record
}
