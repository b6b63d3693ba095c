//! The evidence log on disk: concurrent appends, torn entries, and the command line
//! (add, report, export, import), with figures worked out by hand.

mod common;

use std::path::Path;
use std::process::Command as Process;

use common::cli::{stderr_of, write};
use wia::evidence::{Entry, append, read};
use wia::store::DataDir;

/// The folder's one evidence log (a test runs on one computer, so there is one), or
/// where a first append by the library goes.
fn log_path(data: &DataDir) -> std::path::PathBuf {
    wia::evidence::log_files(data)
        .into_iter()
        .next()
        .unwrap_or_else(|| wia::evidence::device_log_path(data, "test"))
}

/// `wia` with its own data and settings folders, in English.
fn wia(dir: &Path) -> assert_cmd::Command {
    let mut cmd = common::cli::wia(&dir.join("data"));
    cmd.env("WIA_CONFIG_DIR", dir.join("config"))
        .env("WIA_LANG", "en");
    cmd
}

fn entry(id: &str, school: &str) -> Entry {
    Entry {
        id: id.into(),
        created: "2026-11-25T10:00:00+00:00".parse().unwrap(),
        date: "2026-11-20".parse().unwrap(),
        school: school.into(),
        authority: "cardiff".into(),
        cause: "meetings".into(),
        policy: None,
        roles: vec!["teacher".into()],
        staff: 2,
        hours: 1.0,
        frequency: "per_week".into(),
        description: "Staff meeting about a new return".into(),
    }
}

const CHILD: &str = "WIA_TEST_APPENDER";

/// Run only by `two_processes_appending_at_once_lose_nothing`, as one of its children.
#[test]
#[ignore = "a child process of the concurrency test"]
fn appender_child() {
    let Ok(spec) = std::env::var(CHILD) else {
        return;
    };
    let (tag, dir) = spec.split_once(':').unwrap();
    let data = DataDir::new(dir);
    let go = Path::new(dir).join("go");
    while !go.exists() {
        std::thread::sleep(std::time::Duration::from_millis(1));
    }
    for i in 0..1000 {
        append(
            &log_path(&data),
            &[entry(&format!("{tag}-{i}"), tag)],
            wia::i18n::Lang::En,
        )
        .unwrap();
    }
}

#[test]
fn two_processes_appending_at_once_lose_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let data = DataDir::new(dir.path());
    let me = std::env::current_exe().unwrap();
    let children: Vec<_> = ["a", "b"]
        .iter()
        .map(|tag| {
            Process::new(&me)
                .args(["appender_child", "--exact", "--ignored", "--test-threads=1"])
                .env(CHILD, format!("{tag}:{}", dir.path().display()))
                .stdout(std::process::Stdio::null())
                .spawn()
                .unwrap()
        })
        .collect();
    // Both start at the same moment.
    std::fs::write(dir.path().join("go"), "").unwrap();
    for mut child in children {
        assert!(child.wait().unwrap().success());
    }
    let log = read(&log_path(&data), wia::i18n::Lang::En).unwrap();
    assert_eq!(log.skipped, []);
    assert_eq!(log.entries.len(), 2000);
    for tag in ["a", "b"] {
        let mine: Vec<&Entry> = log.entries.iter().filter(|e| e.school == tag).collect();
        assert_eq!(mine.len(), 1000, "{tag}");
        // Each process's entries are whole and in its own order.
        for (i, e) in mine.iter().enumerate() {
            assert_eq!(e.id, format!("{tag}-{i}"));
            assert_eq!(**e, entry(&e.id, tag));
        }
    }
    let text = std::fs::read_to_string(log_path(&data)).unwrap();
    assert_eq!(text.lines().count(), 2000);
    assert!(text.ends_with('\n'));
}

#[test]
fn a_torn_last_entry_is_reported_and_skipped_and_the_next_append_starts_afresh() {
    let dir = tempfile::tempdir().unwrap();
    let data = DataDir::new(dir.path().join("data"));
    let path = log_path(&data);
    append(
        &path,
        &[entry("one", "A"), entry("two", "B")],
        wia::i18n::Lang::En,
    )
    .unwrap();
    // A crash part-way through the third append.
    let third = serde_json::to_string(&entry("three", "C")).unwrap();
    let mut bytes = std::fs::read(&path).unwrap();
    bytes.extend_from_slice(&third.as_bytes()[..third.len() / 2]);
    std::fs::write(&path, &bytes).unwrap();

    let log = read(&path, wia::i18n::Lang::En).unwrap();
    let ids: Vec<&str> = log.entries.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids, ["one", "two"]);
    assert_eq!(log.skipped.len(), 1);
    assert_eq!(log.skipped[0].line, 3);

    // The command line says which file and line, and still reports the rest.
    let a = wia(dir.path())
        .args(["evidence", "report", "--format", "json"])
        .assert()
        .success();
    let err = stderr_of(&a);
    assert!(
        err.contains(&format!(
            "{}:3: warning: the last entry is torn",
            path.display()
        )),
        "{err}"
    );
    let json: serde_json::Value = serde_json::from_slice(&a.get_output().stdout).unwrap();
    assert_eq!(json["total"]["entries"], 2);

    append(&path, &[entry("four", "D")], wia::i18n::Lang::En).unwrap();
    let log = read(&path, wia::i18n::Lang::En).unwrap();
    let ids: Vec<&str> = log.entries.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(
        ids,
        ["one", "two", "four"],
        "the new entry is not glued to the torn bytes"
    );
    assert_eq!(log.skipped.len(), 1);
    assert_eq!(log.skipped[0].line, 3);
}

fn add(dir: &Path, args: &[&str]) -> assert_cmd::assert::Assert {
    let mut cmd = wia(dir);
    cmd.args(["log", "add"]).args(args);
    cmd.assert()
}

#[test]
fn add_prints_the_new_id_and_a_report_gives_the_hand_worked_figures() {
    let dir = tempfile::tempdir().unwrap();
    let first = add(
        dir.path(),
        &[
            "--date",
            "2026-09-10",
            "--school",
            "Ysgol A",
            "--authority",
            "Caerdydd",
            "--cause",
            "data_returns",
            "--roles",
            "teacher",
            "--staff",
            "3",
            "--hours",
            "1.5",
            "--frequency",
            "per_week",
        ],
    )
    .success();
    let id = String::from_utf8(first.get_output().stdout.clone()).unwrap();
    let id = id.trim();
    assert_eq!(id.len(), 10, "{id}");
    assert!(id.bytes().all(|b| b.is_ascii_hexdigit()), "{id}");
    add(
        dir.path(),
        &[
            "--date",
            "2026-10-05",
            "--school",
            "Ysgol B",
            "--authority",
            "cardiff",
            "--cause",
            "Data returns and reporting to the local authority or Welsh Government",
            "--roles",
            "leader",
            "--staff",
            "1",
            "--hours",
            "2",
            "--frequency",
            "per_term",
            "--policy",
            "Termly IDP review",
        ],
    )
    .success();
    add(
        dir.path(),
        &[
            "--date",
            "2026-10-20",
            "--school",
            "Ysgol C",
            "--authority",
            "swansea",
            "--cause",
            "meetings",
            "--roles",
            "teacher,support_staff",
            "--staff",
            "4",
            "--hours",
            "1",
            "--frequency",
            "once",
        ],
    )
    .success();
    let log = read(
        &log_path(&DataDir::new(dir.path().join("data"))),
        wia::i18n::Lang::En,
    )
    .unwrap();
    assert_eq!(log.entries.len(), 3);
    assert_eq!(log.entries[0].id, id);
    assert_eq!(log.entries[0].authority, "cardiff");
    assert_eq!(log.entries[1].policy.as_deref(), Some("Termly IDP review"));
    // The creation time carries its time zone.
    assert!(log.entries[0].created.to_rfc3339().len() >= 25);

    // 3 x 1.5 x 39 = 175.5; 1 x 2 x 3 = 6; 4 x 1 x 1 = 4; total 185.5 over 8 staff.
    let out = wia(dir.path())
        .args(["evidence", "report", "--by", "cause", "--format", "json"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let r: serde_json::Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(r["total"]["entries"], 3);
    assert_eq!(r["total"]["schools"], 3);
    assert_eq!(r["authorities"], 2);
    assert_eq!(r["total"]["hours_per_year"], 185.5);
    let weekly = r["total"]["hours_per_person_per_week"].as_f64().unwrap();
    assert!((weekly - 185.5 / 8.0 / 39.0).abs() < 1e-12, "{weekly}");
    assert_eq!(r["groups"][0]["key"], "data_returns");
    assert_eq!(r["groups"][0]["hours_per_year"], 181.5);
    assert_eq!(r["groups"][1]["key"], "meetings");
    assert_eq!(r["by_month"][1]["month"], "2026-10");
    assert_eq!(r["by_month"][1]["hours_per_year"], 10.0);

    let out = wia(dir.path())
        .args([
            "evidence",
            "report",
            "--authority",
            "Caerdydd",
            "--from",
            "2026-10-01",
            "--by",
            "policy",
            "--format",
            "csv",
        ])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    assert_eq!(
        String::from_utf8(out).unwrap(),
        "policy,label,entries,schools,staff,hours_per_year,hours_per_person_per_week,share_percent\n\
         Termly IDP review,Termly IDP review,1,1,1,6,0.15384615384615385,100\n"
    );

    let text = wia(dir.path())
        .args(["evidence", "report", "--by", "school"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(text).unwrap();
    assert!(
        text.contains("3 entries, 3 schools, 2 local authorities, 8 staff"),
        "{text}"
    );
    assert!(
        text.contains("186 hours a year; 0.59 hours a week for each member of staff"),
        "{text}"
    );
    let md = wia(dir.path())
        .args(["--lang", "cy", "evidence", "report", "--format", "markdown"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let md = String::from_utf8(md).unwrap();
    assert!(
        md.starts_with("# Tystiolaeth o lwyth gwaith mewn ysgolion\n"),
        "{md}"
    );
    assert!(md.contains("| Casglu data ac adrodd i'r awdurdod lleol neu Lywodraeth Cymru | 2 | 2 | 4 | 182 | 1.16 | 98% |"), "{md}");
}

#[test]
fn a_bad_entry_is_refused_with_what_is_allowed_and_nothing_logged_is_lost() {
    let dir = tempfile::tempdir().unwrap();
    let good = [
        "--school",
        "Ysgol A",
        "--authority",
        "conwy",
        "--cause",
        "grants",
        "--roles",
        "business_manager",
        "--staff",
        "1",
        "--hours",
        "3",
        "--frequency",
        "per_year",
    ];
    add(dir.path(), &good).success();
    let path = log_path(&DataDir::new(dir.path().join("data")));
    let before = std::fs::read(&path).unwrap();
    for (flag, value, expected) in [
        ("--date", "2999-01-01", "date: 2999-01-01 is in the future"),
        (
            "--date",
            "31/02/2026",
            "date: `31/02/2026` is not a date; write it as YYYY-MM-DD",
        ),
        (
            "--hours",
            "-2",
            "hours: -2 is not allowed; give more than 0 and at most 24 hours",
        ),
        ("--hours", "25", "at most 24 hours"),
        (
            "--cause",
            "ofsted",
            "cause: `ofsted` is not one of the allowed values: data_returns, aln_paperwork",
        ),
        (
            "--authority",
            "Bristol",
            "authority: `Bristol` is not one of the allowed values: anglesey,",
        ),
        (
            "--staff",
            "1.5",
            "staff: `1.5` is not a whole number of people",
        ),
    ] {
        let mut args: Vec<&str> = good.to_vec();
        match args.iter().position(|a| *a == flag) {
            Some(i) => args[i + 1] = value,
            None => args.extend([flag, value]),
        }
        let a = add(dir.path(), &args).code(1);
        let err = stderr_of(&a);
        assert!(err.contains(expected), "{flag} {value}: {err}");
        assert!(
            err.contains("nothing was logged (one problem); the log is unchanged"),
            "{err}"
        );
        assert!(a.get_output().stdout.is_empty());
    }
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

#[test]
fn school_and_authority_default_to_the_remembered_ones() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("config")).unwrap();
    write(
        &dir.path().join("config"),
        "config.yaml",
        "school: Ysgol y Cofio\nlocal_authority: powys\n",
    );
    add(
        dir.path(),
        &[
            "--cause",
            "other",
            "--roles",
            "alnco",
            "--staff",
            "1",
            "--hours",
            "0.5",
            "--frequency",
            "once",
        ],
    )
    .success();
    let log = read(
        &log_path(&DataDir::new(dir.path().join("data"))),
        wia::i18n::Lang::En,
    )
    .unwrap();
    assert_eq!(log.entries[0].school, "Ysgol y Cofio");
    assert_eq!(log.entries[0].authority, "powys");
}

const HEADER: &str =
    "id,created,date,school,authority,cause,policy,roles,staff,hours,frequency,description\n";

#[test]
fn export_then_import_carries_every_field_and_a_second_import_adds_nothing() {
    let dir = tempfile::tempdir().unwrap();
    add(
        dir.path(),
        &[
            "--date",
            "2026-11-02",
            "--school",
            "Ysgol \"Y Bont\", Llanelli",
            "--authority",
            "carmarthenshire",
            "--cause",
            "parents",
            "--roles",
            "teacher;leader",
            "--staff",
            "2",
            "--hours",
            "0.75",
            "--frequency",
            "per_week",
            "--description",
            "Emails, calls\nand letters",
        ],
    )
    .success();
    let csv = dir.path().join("evidence.csv");
    let a = wia(dir.path())
        .args(["evidence", "export", "--csv"])
        .arg(&csv)
        .assert()
        .success();
    assert!(
        stderr_of(&a).contains("one entry written to"),
        "{}",
        stderr_of(&a)
    );
    let text = std::fs::read_to_string(&csv).unwrap();
    assert!(text.starts_with(HEADER), "{text}");
    assert!(
        text.contains("\"Ysgol \"\"Y Bont\"\", Llanelli\""),
        "{text}"
    );
    // Exporting again over the file needs --force.
    let again = wia(dir.path())
        .args(["evidence", "export", "--csv"])
        .arg(&csv)
        .assert()
        .code(1);
    assert!(
        stderr_of(&again).contains("already exists"),
        "{}",
        stderr_of(&again)
    );

    let other = tempfile::tempdir().unwrap();
    wia(other.path())
        .args(["evidence", "import", "--csv"])
        .arg(&csv)
        .assert()
        .success();
    let a = read(
        &log_path(&DataDir::new(dir.path().join("data"))),
        wia::i18n::Lang::En,
    )
    .unwrap();
    let b = read(
        &log_path(&DataDir::new(other.path().join("data"))),
        wia::i18n::Lang::En,
    )
    .unwrap();
    assert_eq!(a.entries, b.entries);

    let second = wia(other.path())
        .args(["evidence", "import", "--csv"])
        .arg(&csv)
        .assert()
        .success();
    let err = stderr_of(&second);
    assert!(
        err.contains("one row was already in the log (the same id) and left out"),
        "{err}"
    );
    assert!(err.contains("0 entries imported"), "{err}");
    assert_eq!(
        read(
            &log_path(&DataDir::new(other.path().join("data"))),
            wia::i18n::Lang::En
        )
        .unwrap()
        .entries
        .len(),
        1
    );
}

#[test]
fn an_import_with_bad_rows_names_each_by_line_and_imports_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let csv = write(
        dir.path(),
        "sheet.csv",
        &format!(
            "{HEADER}\
             ,,2026-11-01,Ysgol A,cardiff,meetings,,teacher,5,1,per_week,Briefing\n\
             ,,2026-13-01,Ysgol B,cardiff,meetings,,teacher,5,1,per_week,\n\
             ,,01/11/2026,Ysgol C,Caerdydd,Meetings,,Teachers,5,1,Every school week,\"Two\nlines\"\n\
             ,,2026-11-01,Ysgol D,Narnia,meetings,,teacher,5,-1,per_week,\n\
             ,,,Ysgol E,cardiff,meetings,,teacher,5,1,per_week,\n"
        ),
    );
    let a = wia(dir.path())
        .args(["evidence", "import", "--csv"])
        .arg(&csv)
        .assert()
        .code(1);
    let err = stderr_of(&a);
    let name = csv.display().to_string();
    assert!(
        err.contains(&format!(
            "{name}:3: error: date: `2026-13-01` is not a date"
        )),
        "{err}"
    );
    assert!(
        err.contains(&format!(
            "{name}:6: error: authority: `Narnia` is not one of"
        )),
        "{err}"
    );
    assert!(
        err.contains(&format!("{name}:6: error: hours: -1 is not allowed")),
        "{err}"
    );
    // The quoted line break makes the last row start on line 7.
    assert!(
        err.contains(&format!("{name}:7: error: date: missing; it is required")),
        "{err}"
    );
    assert!(!err.contains(":2:") && !err.contains(":4:"), "{err}");
    assert!(err.contains("nothing was imported (4 problems)"), "{err}");
    assert!(!log_path(&DataDir::new(dir.path().join("data"))).exists());

    let header = write(dir.path(), "bad.csv", "date,school,colour\n");
    let a = wia(dir.path())
        .args(["evidence", "import", "--csv"])
        .arg(&header)
        .assert()
        .code(1);
    let err = stderr_of(&a);
    assert!(
        err.contains("bad.csv:1: error: unknown column `colour`"),
        "{err}"
    );
    assert!(
        err.contains(
            "bad.csv:1: error: the columns `authority`, `cause`, `roles`, `staff`, `hours`, `frequency` are missing"
        ),
        "{err}"
    );
}

#[test]
fn report_filters_that_cannot_be_read_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    for (args, expected) in [
        (
            vec!["--from", "last week"],
            "--from: `last week` is not a date",
        ),
        (
            vec!["--authority", "Avon"],
            "--authority: `Avon` is not one of the allowed values",
        ),
        (
            vec!["--from", "2026-11-02", "--to", "2026-11-01"],
            "--from 2026-11-02 is after --to 2026-11-01",
        ),
    ] {
        let a = wia(dir.path())
            .args(["evidence", "report"])
            .args(&args)
            .assert()
            .code(1);
        assert!(
            stderr_of(&a).contains(expected),
            "{args:?}: {}",
            stderr_of(&a)
        );
    }
    let empty = wia(dir.path())
        .args(["evidence", "report"])
        .assert()
        .success();
    assert!(String::from_utf8_lossy(&empty.get_output().stdout).contains("No entries match."));
}

#[test]
fn the_form_without_a_terminal_points_to_log_add() {
    let dir = tempfile::tempdir().unwrap();
    let a = wia(dir.path()).arg("log").assert().code(1);
    assert!(
        stderr_of(&a).contains("the evidence form needs a terminal; for scripts use `wia log add`"),
        "{}",
        stderr_of(&a)
    );
}

#[test]
fn the_titles_of_saved_assessments_are_offered_for_the_policy() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    common::cli::new_record(&data);
    assert_eq!(
        wia::store::assessment_titles(&DataDir::new(&data), wia::i18n::Lang::En),
        ["Termly ALN progress return"]
    );
}

#[test]
fn two_wia_imports_of_1000_rows_at_once_lose_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let files: Vec<std::path::PathBuf> = ["north", "south"]
        .iter()
        .map(|tag| {
            let mut text = HEADER.to_string();
            for i in 0..1000 {
                text.push_str(&format!(
                    ",,2026-11-{:02},Ysgol {tag} {i},gwynedd,meetings,,teacher,2,1,per_week,row {i}\n",
                    1 + i % 20
                ));
            }
            write(dir.path(), &format!("{tag}.csv"), &text)
        })
        .collect();
    let bin = assert_cmd::cargo::cargo_bin("wia");
    let children: Vec<_> = files
        .iter()
        .map(|f| {
            Process::new(&bin)
                .args(["evidence", "import", "--csv"])
                .arg(f)
                .env("WIA_DATA_DIR", dir.path().join("data"))
                .env("WIA_CONFIG_DIR", dir.path().join("config"))
                .env("WIA_LANG", "en")
                .stderr(std::process::Stdio::null())
                .spawn()
                .unwrap()
        })
        .collect();
    for mut c in children {
        assert!(c.wait().unwrap().success());
    }
    let log = read(
        &log_path(&DataDir::new(dir.path().join("data"))),
        wia::i18n::Lang::En,
    )
    .unwrap();
    assert_eq!(log.skipped, []);
    assert_eq!(log.entries.len(), 2000);
    let ids: std::collections::HashSet<&str> = log.entries.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids.len(), 2000, "every entry has its own id");
    for tag in ["north", "south"] {
        let rows: Vec<&str> = log
            .entries
            .iter()
            .filter(|e| e.school.starts_with(&format!("Ysgol {tag} ")))
            .map(|e| e.description.as_str())
            .collect();
        let expected: Vec<String> = (0..1000).map(|i| format!("row {i}")).collect();
        assert_eq!(rows, expected, "{tag}: all rows, in order");
    }
}
