//! What killed writes leave behind: wia's own temporary files and summaries without their
//! record are cleared once provably abandoned; nothing a live process is writing, and
//! nothing that is not wia's, is touched.

mod common;

use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use wia::store::{DataDir, STALE, Swept, sweep};

/// A file with this content, last changed `age` ago.
fn left(path: &Path, age: Duration) -> PathBuf {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, "half a record").unwrap();
    let f = std::fs::File::options().write(true).open(path).unwrap();
    f.set_modified(SystemTime::now() - age).unwrap();
    path.to_path_buf()
}

#[test]
fn abandoned_temporary_files_and_orphan_summaries_go_and_nothing_else() {
    let dir = tempfile::tempdir().unwrap();
    let data = DataDir::new(dir.path());
    let old = STALE + Duration::from_secs(60);
    let fresh = Duration::from_secs(5);
    // First, as `wia new` sweeps too.
    let (record, _) = common::cli::new_record(dir.path());
    let id = record.file_stem().unwrap().to_str().unwrap();

    let dead = [
        left(&data.records().join(".0a1b2c3d4e.yaml.4242.tmp"), old),
        left(&data.summaries().join(".0a1b2c3d4e.md.4242.3.tmp"), old),
        left(&data.drafts().join(".d0d0d0d0d0.yaml.17.0.tmp"), old),
    ];
    // Being written: its writer holds the lock, however long it takes.
    let writing = left(&data.drafts().join(".d1d1d1d1d1.yaml.99.1.tmp"), old);
    let writer = std::fs::File::options().write(true).open(&writing).unwrap();
    writer.lock().unwrap();
    // Just made: its writer may not have locked it yet.
    let new = left(&data.records().join(".1a1b2c3d4e.yaml.4243.0.tmp"), fresh);
    // Not wia's.
    let theirs = [
        left(&data.records().join(".notes.tmp"), old),
        left(&data.records().join("backup.yaml.12.tmp"), old),
    ];

    let with_record = data.summary_path(id);
    let set_old = |p: &Path| {
        let f = std::fs::File::options().write(true).open(p).unwrap();
        f.set_modified(SystemTime::now() - old).unwrap();
    };
    set_old(&with_record);
    let orphan = left(&data.summaries().join("9f9f9f9f9f.md"), old);
    let orphan_new = left(&data.summaries().join("8f8f8f8f8f.md"), fresh);

    assert_eq!(
        sweep(&data),
        Swept {
            temporary: 3,
            summaries: 1
        }
    );
    for p in dead.iter().chain([&orphan]) {
        assert!(!p.exists(), "{} is removed", p.display());
    }
    for p in theirs
        .iter()
        .chain([&writing, &new, &with_record, &orphan_new, &record])
    {
        assert!(p.exists(), "{} is kept", p.display());
    }
    drop(writer);
}

#[test]
fn wia_new_clears_what_a_killed_wia_new_left() {
    let dir = tempfile::tempdir().unwrap();
    let data = DataDir::new(dir.path());
    let old = STALE + Duration::from_secs(60);
    let tmp = left(&data.records().join(".0a1b2c3d4e.yaml.4242.tmp"), old);
    let orphan = left(&data.summaries().join("0a1b2c3d4e.md"), old);
    common::cli::new_record(dir.path());
    assert!(!tmp.exists());
    assert!(!orphan.exists());
}
