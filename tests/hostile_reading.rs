//! Files a stranger can put in a shared data folder, or hand to wia: nested past any
//! stack, FIFOs and links named like records, copies under another record's name, names
//! that are not text. Each is refused with its reason and place, and none stops a list.

// Unix only: FIFOs and names that are not text do not exist on Windows, and making a
// symbolic link there needs a privilege tests do not have.
#![cfg(unix)]

mod common;

use std::path::{Path, PathBuf};

use common::cli::{stderr_of, wia, write};
use predicates::prelude::PredicateBooleanExt;
use predicates::str::contains;

fn new_record(data: &Path) -> PathBuf {
    common::cli::new_record(data).0
}

fn stdout_of(assert: &assert_cmd::assert::Assert) -> String {
    String::from_utf8_lossy(&assert.get_output().stdout).into_owned()
}

fn no_abort(assert: &assert_cmd::assert::Assert) {
    let stderr = stderr_of(assert);
    assert!(
        !stderr.contains("overflow") && !stderr.contains("panicked"),
        "{stderr}"
    );
}

/// `- - - ... x`: each `- ` one level deeper.
fn deep(levels: usize) -> String {
    format!("{}x\n", "- ".repeat(levels))
}

fn mkfifo(path: &Path) {
    let made = std::process::Command::new("mkfifo")
        .arg(path)
        .status()
        .unwrap();
    assert!(made.success());
}

fn list(data: &Path) -> assert_cmd::assert::Assert {
    let cache = data.join("cache");
    wia(data).env("WIA_CACHE_DIR", cache).arg("list").assert()
}

#[test]
fn a_deeply_nested_record_is_listed_as_unreadable_and_stops_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let good = new_record(dir.path());
    let id = good.file_stem().unwrap().to_str().unwrap().to_string();
    write(
        &dir.path().join("records"),
        "0123456789.yaml",
        &deep(10_000),
    );
    let a = list(dir.path()).success();
    no_abort(&a);
    let out = stdout_of(&a);
    assert!(out.contains(&id), "the good record is still listed: {out}");
    assert!(out.contains("0123456789"), "{out}");
    assert!(
        stderr_of(&a).contains("line 1, column 129: nested deeper than 64 levels"),
        "{}",
        stderr_of(&a)
    );
    let csv = dir.path().join("out.csv");
    let a = wia(dir.path())
        .env("WIA_CACHE_DIR", dir.path().join("cache"))
        .args(["export", "--csv"])
        .arg(&csv)
        .assert()
        .success();
    no_abort(&a);
    for cmd in ["verify", "show", "score"] {
        let a = wia(dir.path())
            .args([cmd, "0123456789"])
            .assert()
            .code(1)
            .stderr(contains(":1:129: error: nested deeper than 64 levels"));
        no_abort(&a);
    }
}

#[test]
fn deep_nesting_is_refused_in_every_kind_of_file_at_its_place() {
    let dir = tempfile::tempdir().unwrap();
    let nested = write(dir.path(), "deep.yaml", &deep(50_000));
    for args in [
        vec!["check"],
        vec!["new", "--answers"],
        vec!["template", "--questionnaire"],
    ] {
        let a = wia(dir.path())
            .args(&args)
            .arg(&nested)
            .assert()
            .code(1)
            .stderr(contains(
                "deep.yaml:1:129: error: nested deeper than 64 levels",
            ));
        no_abort(&a);
    }
    // Flow mappings cost the other parser time in the square of their depth.
    let braces = write(
        dir.path(),
        "braces.yaml",
        &format!("{}x{}\n", "{a: ".repeat(40_000), "}".repeat(40_000)),
    );
    wia(dir.path())
        .arg("check")
        .arg(&braces)
        .assert()
        .code(1)
        .stderr(contains("braces.yaml:1:").and(contains("nested deeper than 64 levels")));
    // Settings are only defaults: a nested file costs a warning.
    let conf = tempfile::tempdir().unwrap();
    write(conf.path(), "config.yaml", &deep(20_000));
    let a = wia(dir.path())
        .env("WIA_CONFIG_DIR", conf.path())
        .env_remove("WIA_LANG")
        .args(["check", "tests/fixtures/small-questionnaire.yaml"])
        .assert()
        .success();
    no_abort(&a);
    let (config, warning) =
        wia::config::load_config(&conf.path().join("config.yaml"), wia::i18n::Lang::En);
    assert_eq!(config, wia::config::Config::default());
    let warning = warning.unwrap();
    assert!(
        warning.contains("nested deeper than 64 levels"),
        "{warning}"
    );
    // A response in the data folder.
    let record = new_record(dir.path());
    let id = record.file_stem().unwrap().to_str().unwrap().to_string();
    let response = write(dir.path(), "response.yaml", &deep(50_000));
    wia(dir.path())
        .args(["respond", &id, "--response"])
        .arg(&response)
        .assert()
        .code(1)
        .stderr(contains("nested deeper than 64 levels"));
}

#[test]
fn a_second_document_is_refused_with_its_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    let two = write(dir.path(), "two.yaml", "id: x\nversion: '1'\n---\nid: y\n");
    wia(dir.path())
        .arg("check")
        .arg(&two)
        .assert()
        .code(1)
        .stderr(contains(
            "two.yaml:3:1: error: a second YAML document starts here",
        ));
}

#[test]
fn a_fifo_named_like_a_record_or_the_evidence_log_is_refused_without_hanging() {
    let dir = tempfile::tempdir().unwrap();
    new_record(dir.path());
    mkfifo(&dir.path().join("records").join("0123456789.yaml"));
    wia(dir.path())
        .args(["show", "0123456789"])
        .assert()
        .code(2)
        .stderr(contains("not a regular file but a FIFO"));
    let a = list(dir.path()).success();
    assert!(stdout_of(&a).contains("0123456789"), "{}", stdout_of(&a));
    assert!(stderr_of(&a).contains("not a regular file but a FIFO"));
    std::fs::create_dir_all(dir.path().join("evidence")).unwrap();
    mkfifo(&dir.path().join("evidence").join("log.jsonl"));
    wia(dir.path())
        .args(["evidence", "report"])
        .assert()
        .code(2)
        .stderr(contains("not a regular file but a FIFO"));
}

#[test]
fn links_in_the_data_folder_are_neither_read_nor_written_through() {
    let dir = tempfile::tempdir().unwrap();
    let secrets = tempfile::tempdir().unwrap();
    let secret = write(
        secrets.path(),
        "shadow",
        "root:$6$SECRETHASH:19000:0:99999:7:::\n",
    );
    std::fs::create_dir_all(dir.path().join("records")).unwrap();
    std::os::unix::fs::symlink(&secret, dir.path().join("records").join("x.yaml")).unwrap();
    let a = list(dir.path()).success();
    assert!(!stderr_of(&a).contains("SECRET") && !stdout_of(&a).contains("SECRET"));
    assert!(stderr_of(&a).contains("symbolic link"), "{}", stderr_of(&a));
    let a = wia(dir.path()).args(["show", "x"]).assert().code(2);
    assert!(!stderr_of(&a).contains("SECRET"), "{}", stderr_of(&a));
    assert!(stderr_of(&a).contains("symbolic link"), "{}", stderr_of(&a));

    let target = write(secrets.path(), "elsewhere.jsonl", "");
    std::fs::create_dir_all(dir.path().join("evidence")).unwrap();
    // The log this computer appends to: its device id's (kept in the settings folder).
    let settings = dir.path().join(".test-settings");
    std::fs::create_dir_all(&settings).unwrap();
    std::fs::write(settings.join("device-id"), "testdevice\n").unwrap();
    std::os::unix::fs::symlink(
        &target,
        dir.path().join("evidence").join("testdevice.jsonl"),
    )
    .unwrap();
    wia(dir.path())
        .args(["log", "add", "--date", "2026-09-10", "--school", "Ysgol A"])
        .args(["--authority", "Caerdydd", "--cause", "data_returns"])
        .args(["--roles", "teacher", "--staff", "3", "--hours", "1.5"])
        .args(["--frequency", "per_week"])
        .assert()
        .code(2)
        .stderr(contains("symbolic link"));
    assert_eq!(std::fs::read_to_string(&target).unwrap(), "");
}

#[test]
fn an_error_quotes_only_an_excerpt_of_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let long = "z".repeat(100_000);
    let file = write(dir.path(), "one.yaml", &format!("{long}\n"));
    let a = wia(dir.path()).arg("check").arg(&file).assert().code(1);
    let stderr = stderr_of(&a);
    assert!(stderr.contains("zzzz"), "{stderr}");
    assert!(stderr.len() < 2_000, "{} bytes", stderr.len());
}

#[test]
fn verify_judges_a_copy_under_another_records_name_as_the_list_does() {
    let dir = tempfile::tempdir().unwrap();
    let record = new_record(dir.path());
    let copy = dir.path().join("records").join("0123456789.yaml");
    std::fs::copy(&record, &copy).unwrap();
    wia(dir.path())
        .args(["verify", "0123456789"])
        .assert()
        .code(1)
        .stderr(contains("ALTERED").and(contains("the file is named 0123456789 but holds record")));
    let a = list(dir.path()).success();
    let row = stdout_of(&a)
        .lines()
        .find(|l| l.starts_with("0123456789"))
        .map(str::to_string)
        .unwrap();
    assert!(row.contains("ALTERED") || row.contains("altered"), "{row}");
    wia(dir.path())
        .arg("verify")
        .arg(&record)
        .assert()
        .success();
}

#[test]
fn a_data_folder_that_is_a_file_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let file = write(dir.path(), "not-a-folder", "x");
    wia(&file)
        .arg("list")
        .assert()
        .code(2)
        .stderr(contains("not-a-folder"));
    wia(&file)
        .args(["export", "--csv"])
        .arg(dir.path().join("out.csv"))
        .assert()
        .code(2);
    assert!(!dir.path().join("out.csv").exists());
}

#[test]
fn a_record_whose_name_is_not_text_is_listed_as_unreadable() {
    use std::os::unix::ffi::OsStrExt;
    let dir = tempfile::tempdir().unwrap();
    new_record(dir.path());
    let name = std::ffi::OsStr::from_bytes(b"bad\xff.yaml");
    let path = dir.path().join("records").join(name);
    if std::fs::write(&path, "x: 1\n").is_err() {
        return; // a file system that refuses such names cannot hold one either
    }
    let a = list(dir.path()).success();
    assert!(stdout_of(&a).contains("bad\u{FFFD}"), "{}", stdout_of(&a));
    assert!(stderr_of(&a).contains("not UTF-8"), "{}", stderr_of(&a));
}

#[test]
fn a_record_argument_is_resolved_by_one_rule() {
    let dir = tempfile::tempdir().unwrap();
    let record = new_record(dir.path());
    let id = record.file_stem().unwrap().to_str().unwrap().to_string();
    for cmd in ["score", "verify", "show"] {
        wia(dir.path())
            .args([cmd, ""])
            .assert()
            .code(2)
            .stderr(contains("no record given"));
    }
    // A file in the current folder named like the start of an id is not silently taken.
    let here = tempfile::tempdir().unwrap();
    let prefix = &id[..4];
    write(here.path(), prefix, "not a record\n");
    wia(dir.path())
        .current_dir(here.path())
        .args(["verify", prefix])
        .assert()
        .code(2)
        .stderr(contains("is both a file here and the start of a record id"));
    wia(dir.path())
        .current_dir(here.path())
        .args(["verify", &id[..6]])
        .assert()
        .success();
}

#[test]
fn a_link_planted_under_the_temporary_name_of_a_save_is_not_written_through() {
    let dir = tempfile::tempdir().unwrap();
    let secrets = tempfile::tempdir().unwrap();
    let target = write(secrets.path(), "precious", "keep me\n");
    let data = dir.path().join("data");
    let file = data.join("note.yaml");
    std::fs::create_dir_all(&data).unwrap();
    let tmp = data.join(format!(".note.yaml.{}.tmp", std::process::id()));
    std::os::unix::fs::symlink(&target, &tmp).unwrap();
    wia::store::write_atomic(&file, b"new\n", wia::i18n::Lang::En).unwrap();
    assert_eq!(std::fs::read_to_string(&target).unwrap(), "keep me\n");
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "new\n");
}

#[test]
fn an_unreadable_file_is_explained_in_the_language_of_this_run_not_the_last() {
    let dir = tempfile::tempdir().unwrap();
    new_record(dir.path());
    write(&dir.path().join("records"), "0123456789.yaml", &deep(100));
    // The first listing fills the cache; the second, in Welsh, must not reuse its English.
    list(dir.path()).success();
    let a = wia(dir.path())
        .args(["--lang", "cy", "list", "--format", "csv"])
        .assert()
        .success();
    let out = stdout_of(&a);
    let row = out
        .lines()
        .find(|l| l.starts_with("0123456789"))
        .unwrap_or_else(|| panic!("{out}"));
    assert!(row.contains("llinell 1, colofn"), "{row}");
    assert!(!row.contains("nested"), "{row}");
}
