//! The evidence log under races and failing writes: two imports of one file at once, and
//! an append refused part-way by a file size limit (what a full disk looks like to wia).

mod common;

use std::path::{Path, PathBuf};
use std::process::Command as Process;

use wia::evidence::read;
use wia::store::DataDir;

/// The folder's one evidence log (a test runs on one computer, so there is one), or
/// where a first append by the library goes.
fn log_path(data: &DataDir) -> std::path::PathBuf {
    wia::evidence::log_files(data)
        .into_iter()
        .next()
        .unwrap_or_else(|| wia::evidence::device_log_path(data, "test"))
}

fn add_args(school: &str) -> Vec<String> {
    [
        "log",
        "add",
        "--date",
        "2026-11-02",
        "--school",
        school,
        "--authority",
        "cardiff",
        "--cause",
        "meetings",
        "--roles",
        "teacher",
        "--staff",
        "2",
        "--hours",
        "1",
        "--frequency",
        "per_week",
        "--description",
        "A staff meeting about a new return",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect()
}

fn wia(data: &Path) -> assert_cmd::Command {
    let mut cmd = common::cli::wia(data);
    cmd.env("WIA_CONFIG_DIR", data.join("config"));
    cmd
}

/// A CSV export of `rows` entries, each with its own id, as a second office would send.
fn exported(dir: &Path, rows: usize) -> PathBuf {
    let source = dir.join("source");
    for i in 0..rows {
        wia(&source)
            .args(add_args(&format!("Ysgol {i}")))
            .assert()
            .success();
    }
    let csv = dir.join("export.csv");
    wia(&source)
        .args(["evidence", "export", "--csv"])
        .arg(&csv)
        .assert()
        .success();
    csv
}

#[test]
fn two_imports_of_the_same_file_at_once_add_each_row_once() {
    let dir = tempfile::tempdir().unwrap();
    let csv = exported(dir.path(), 20);
    let bin = assert_cmd::cargo::cargo_bin("wia");
    // Several tries: before the dedupe moved under the lock, every try doubled the rows.
    for attempt in 0..5 {
        let data = dir.path().join(format!("data{attempt}"));
        let children: Vec<_> = (0..2)
            .map(|_| {
                Process::new(&bin)
                    .args(["evidence", "import", "--csv"])
                    .arg(&csv)
                    .env("WIA_DATA_DIR", &data)
                    .env("WIA_CONFIG_DIR", data.join("config"))
                    .env("WIA_LANG", "en")
                    .stderr(std::process::Stdio::null())
                    .spawn()
                    .unwrap()
            })
            .collect();
        for mut c in children {
            assert!(c.wait().unwrap().success());
        }
        let log = read(&log_path(&DataDir::new(&data)), wia::i18n::Lang::En).unwrap();
        assert_eq!(log.skipped, []);
        assert_eq!(
            log.entries.len(),
            20,
            "try {attempt}: every row exactly once"
        );
    }
}

/// `wia ARGS` with its file size limit at `limit` bytes, as on a disk that is full.
/// Linux only: it needs `prlimit` from util-linux.
#[cfg(target_os = "linux")]
fn with_size_limit(data: &Path, limit: u64, args: &[String]) -> std::process::Output {
    Process::new("prlimit")
        .arg(format!("--fsize={limit}"))
        .arg(assert_cmd::cargo::cargo_bin("wia"))
        .args(args)
        .env("WIA_DATA_DIR", data)
        .env("WIA_CONFIG_DIR", data.join("config"))
        .env("WIA_LANG", "en")
        .output()
        .expect("prlimit (util-linux) runs")
}

#[cfg(target_os = "linux")]
#[test]
fn an_append_refused_part_way_leaves_the_log_exactly_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    wia(&data).args(add_args("Ysgol A")).assert().success();
    let path = log_path(&DataDir::new(&data));
    let before = std::fs::read(&path).unwrap();
    // Room for part of the next entry, never all of it.
    let limit = before.len() as u64 + 40;

    let out = with_size_limit(&data, limit, &add_args("Ysgol B"));
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "a write error: {err}");
    let name = path.file_name().unwrap().to_string_lossy().into_owned();
    assert!(err.contains(&name), "the log is named: {err}");
    assert_eq!(std::fs::read(&path).unwrap(), before, "no fragment is left");

    // An import refused the same way leaves it as it was too.
    let csv = exported(dir.path(), 3);
    let args: Vec<String> = ["evidence", "import", "--csv", csv.to_str().unwrap()]
        .iter()
        .map(|s| s.to_string())
        .collect();
    let out = with_size_limit(&data, limit, &args);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(std::fs::read(&path).unwrap(), before);

    // So later reports have nothing to warn about, and the next append is whole.
    let report = wia(&data).args(["evidence", "report"]).assert().success();
    assert_eq!(common::cli::stderr_of(&report), "");
    wia(&data).args(add_args("Ysgol C")).assert().success();
    let log = read(&path, wia::i18n::Lang::En).unwrap();
    assert_eq!(log.skipped, []);
    assert_eq!(log.entries.len(), 2);
}
