//! The review commands: list, show, diff, respond, export, on the fixture folder of good,
//! altered and broken records (tests/fixtures/review), and on hostile input.

mod common;

use std::path::Path;

use common::cli::{stderr_of, write};
use predicates::prelude::*;
use predicates::str::contains;

const FIXTURES: &str = "tests/fixtures/review";
const GOOD: &str = "9490d10358";
const LONGER: &str = "1149744634";
const ALTERED: &str = "a17e4ed000";
const DIGEST: &str = "sha256:cefc9e2246c6fcaa47958ed65a1a4130b05035cd9556ce3143029ef78be9ee9b";

/// `wia` with the list's cache in the build's scratch folder, never the user's.
fn wia(data: &Path) -> assert_cmd::Command {
    let mut cmd = common::cli::wia(data);
    cmd.env(
        "WIA_CACHE_DIR",
        Path::new(env!("CARGO_TARGET_TMPDIR")).join("review-cache"),
    );
    cmd
}

fn stdout_of(assert: &assert_cmd::assert::Assert) -> String {
    String::from_utf8_lossy(&assert.get_output().stdout).into_owned()
}

fn no_panic(stderr: &str) {
    assert!(!stderr.contains("panicked"), "{stderr}");
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let target = to.join(e.file_name());
        if e.file_type().unwrap().is_dir() {
            copy_dir(&e.path(), &target);
        } else {
            std::fs::copy(e.path(), target).unwrap();
        }
    }
}

fn fixtures_copy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(Path::new(FIXTURES), dir.path());
    dir
}

/// The example response, for `record` with `digest`.
fn response(record: &str, digest: &str) -> String {
    std::fs::read_to_string("examples/response.yaml")
        .unwrap()
        .replace("record: 9a3982e2a0", &format!("record: {record}"))
        .replace(
            "record_digest: sha256:d016deec6692b3ab3180a524cb3135868432845e088c7f3c4003fa00f250bb70",
            &format!("record_digest: {digest}"),
        )
}

#[test]
fn list_as_json_names_every_file_with_its_integrity() {
    let a = wia(Path::new(FIXTURES))
        .args(["list", "--format", "json", "--sort", "id"])
        .assert()
        .success();
    let rows: serde_json::Value = serde_json::from_str(&stdout_of(&a)).unwrap();
    let rows = rows.as_array().unwrap();
    assert_eq!(rows.len(), 9);
    let by_id = |id: &str| rows.iter().find(|r| r["id"] == id).unwrap().clone();
    let good = by_id(GOOD);
    assert_eq!(good["integrity"], "intact");
    assert_eq!(good["status"], "final");
    assert_eq!(good["rating"], "moderate");
    assert_eq!(good["policy_area"], "Additional learning needs (ALN)");
    // ALNCos: 1.1185897 hours a week, the summary's +1.12.
    assert!((good["max_weekly_hours"].as_f64().unwrap() - 1.1185897435897436).abs() < 1e-9);
    assert_eq!(by_id(ALTERED)["integrity"], "altered");
    assert_eq!(
        by_id(ALTERED)["problem"],
        "the content does not match its digest"
    );
    let draft = by_id("c606eda2c8");
    assert_eq!(draft["integrity"], "draft");
    // A draft stores no results: the list scores its answers with the questionnaire it
    // was made with (kept in the folder), and it has the worked example's tasks.
    assert_eq!(draft["rating"], "moderate");
    assert_eq!(draft["max_weekly_hours"], good["max_weekly_hours"]);
    assert_eq!(by_id("truncated")["problem"], "it carries no digest");
    let empty = by_id("empty");
    assert_eq!(empty["integrity"], "unreadable");
    assert_eq!(
        empty["problem"],
        "file is empty: expected an assessment record"
    );
    assert!(empty.get("title").is_none());
    // Escape sequences in a title reach the output as U+FFFD, never raw.
    let esc = by_id("e5c0000000");
    assert!(
        esc["title"]
            .as_str()
            .unwrap()
            .starts_with("\u{FFFD}[2J\u{FFFD}[31mTermly")
    );
    assert!(!stdout_of(&a).contains('\u{1b}'));
}

#[test]
fn list_filters_sorts_and_searches() {
    let data = Path::new(FIXTURES);
    let ids = |args: &[&str]| -> Vec<String> {
        let a = wia(data)
            .args(["list", "--format", "csv"])
            .args(args)
            .assert()
            .success();
        stdout_of(&a)
            .lines()
            .skip(1)
            .map(|l| l.split(',').next().unwrap().to_string())
            .collect()
    };
    assert_eq!(ids(&["--status", "draft"]), ["c606eda2c8"]);
    assert_eq!(
        ids(&["--status", "altered", "--sort", "id"]),
        [ALTERED, "e5c0000000", "truncated"]
    );
    assert_eq!(ids(&["--status", "unreadable"]).len(), 3);
    assert_eq!(ids(&["--rating", "Moderate", "--sort", "hours"])[0], LONGER);
    assert_eq!(ids(&["--search", "HALF-termly review"]), [LONGER]);
    assert!(ids(&["--search", "no such words anywhere"]).is_empty());
    let a = wia(data)
        .args(["list", "--status", "final"])
        .assert()
        .success();
    let table = stdout_of(&a);
    assert!(table.starts_with("ID         TITLE"), "{table}");
    assert!(table.lines().all(|l| l.chars().count() <= 130), "{table}");
    assert!(
        table.contains(
            "9490d10358 Termly review of school-maint… Additional lear… Rhian Evans 2026-11-25 final  Moderate +1.12  intact"
        ),
        "{table}"
    );
    // Files that cannot be read are named on stderr with the reason.
    let a = wia(data).arg("list").assert().success();
    assert!(stderr_of(&a).contains("empty.yaml: cannot be read: file is empty"));
    wia(data)
        .args(["list", "--format", "xml"])
        .assert()
        .code(2)
        .stderr(contains("invalid value 'xml'"));
}

#[test]
fn an_empty_or_missing_data_folder_lists_nothing() {
    let dir = tempfile::tempdir().unwrap();
    wia(dir.path())
        .arg("list")
        .assert()
        .success()
        .stdout(contains("No records match."));
    wia(dir.path())
        .args(["list", "--format", "json"])
        .assert()
        .success()
        .stdout("[]\n");
}

#[test]
fn show_prints_the_record_in_full_by_any_unique_prefix() {
    let data = Path::new(FIXTURES);
    let a = wia(data).args(["show", "949"]).assert().success();
    let md = stdout_of(&a);
    assert!(
        md.starts_with("> Integrity: **intact**. The content matches"),
        "{md}"
    );
    assert!(md.contains("# Workload impact assessment: Termly review"));
    assert!(md.contains("## Answers\n\n### About the policy\n"));
    assert!(md.contains("- **Is the policy statutory?** Yes\n"));
    assert!(md.contains("## Tasks\n\n1. **Hold a termly person-centred review"));
    assert!(md.contains("   - ALNCos: +"));
    let a = wia(data)
        .args(["show", GOOD, "--format", "yaml"])
        .assert()
        .success();
    assert_eq!(
        stdout_of(&a),
        std::fs::read_to_string(format!("{FIXTURES}/records/{GOOD}.yaml")).unwrap()
    );
    let a = wia(data).args(["show", ALTERED]).assert().success();
    assert!(stdout_of(&a).starts_with("> Integrity: **ALTERED**. Changed after it was saved"));
    assert!(stderr_of(&a).contains("was changed after it was saved"));
    // Unknown, ambiguous and unreadable records.
    wia(data)
        .args(["show", "zz"])
        .assert()
        .code(2)
        .stderr(contains("no record whose id starts with `zz`"));
    wia(data)
        .args(["show", "e"])
        .assert()
        .code(2)
        .stderr(contains("`e` starts 2 record ids (e5c0000000, empty)"));
    let a = wia(data).args(["show", "empty"]).assert().code(1);
    assert!(stderr_of(&a).contains("empty.yaml: error: file is empty"));
    let a = wia(data).args(["show", "alias-bomb"]).assert().code(1);
    no_panic(&stderr_of(&a));
}

#[test]
fn diff_names_changed_answers_tasks_and_figures() {
    let data = Path::new(FIXTURES);
    let a = wia(data).args(["diff", GOOD, LONGER]).assert().success();
    let text = stdout_of(&a);
    assert!(text.contains("Rating: Moderate → Moderate"), "{text}");
    assert!(
        text.contains("  ALNCos: +1.12 → +1.94 (+0.82)  ·  +57,323 → +99,207"),
        "{text}"
    );
    assert!(text.contains("1 answer differs:"));
    assert!(text.contains("    + Half-termly review of school-maintained"));
    assert!(text.contains("      minutes.likely: 135 → 180"));
    let a = wia(data)
        .args(["diff", GOOD, LONGER, "--format", "json"])
        .assert()
        .success();
    let d: serde_json::Value = serde_json::from_str(&stdout_of(&a)).unwrap();
    assert_eq!(
        d["tasks"][0]["fields"][0],
        serde_json::json!(["minutes.low", "75", "90"])
    );
    assert_eq!(d["answers"][0]["question"], "policy_title");
    // The ALNCo figure by hand: 42.5 more minutes, 45 reviews a year, 39 weeks.
    let alnco = d["roles"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["role"] == "alnco")
        .unwrap();
    let change = alnco["weekly_after"]["expected"].as_f64().unwrap()
        - alnco["weekly_before"]["expected"].as_f64().unwrap();
    assert!(
        (change - 42.5 * 45.0 / 60.0 / 39.0).abs() < 1e-9,
        "{change}"
    );
    wia(data)
        .args(["diff", GOOD, GOOD])
        .assert()
        .success()
        .stdout(contains("No differences"));
    wia(data)
        .args(["diff", GOOD, "nothing"])
        .assert()
        .code(2)
        .stderr(contains("no record whose id starts with `nothing`"));
}

#[test]
fn a_response_is_stored_and_the_record_is_byte_for_byte_unchanged() {
    let dir = fixtures_copy();
    let record = dir.path().join(format!("records/{GOOD}.yaml"));
    let before = std::fs::read(&record).unwrap();
    let file = write(dir.path(), "response.yaml", &response("9490", DIGEST));
    let a = wia(dir.path())
        .args(["respond", "949"])
        .arg("--response")
        .arg(&file)
        .assert()
        .success();
    // Numbered first, and named by the computer too (see docs/sync.md).
    let stored = std::path::PathBuf::from(stdout_of(&a).trim());
    assert_eq!(stored.parent().unwrap(), dir.path().join("responses"));
    let name = stored.file_name().unwrap().to_string_lossy().into_owned();
    assert!(name.starts_with(&format!("{GOOD}-1-")), "{name}");
    assert!(stderr_of(&a).contains("record 9490d10358 was not changed"));
    assert_eq!(std::fs::read(&record).unwrap(), before);
    let text = std::fs::read_to_string(&stored).unwrap();
    assert!(
        text.contains(&format!("record: {GOOD}\nrecord_digest: {DIGEST}\n")),
        "{text}"
    );
    assert!(text.contains("\ncreated: "));
    // A second response gets the next number; show lists both.
    wia(dir.path())
        .args(["respond", GOOD, "--response"])
        .arg(&file)
        .assert()
        .success();
    let files = wia::review::response_files(&wia::store::DataDir::new(dir.path()), GOOD);
    assert_eq!(files.len(), 2, "{files:?}");
    let second = files[1].file_name().unwrap().to_string_lossy().into_owned();
    assert!(second.starts_with(&format!("{GOOD}-2-")), "{second}");
    let a = wia(dir.path()).args(["show", GOOD]).assert().success();
    let md = stdout_of(&a);
    assert_eq!(
        md.matches("- Gwen Morgan, NEU Cymru: support with changes")
            .count(),
        2,
        "{md}"
    );
    // Task 1 at (120 + 4 x 180 + 300) / 6 = 190 minutes instead of 142.5, 45 times a
    // year over 39 weeks: +0.91 h a week on the ALNCos' +1.12.
    assert!(
        md.contains("  - what if: rating Moderate → High; hours a week per person: ALNCos +1.12 → +2.03; hours a year across Wales: Teachers "),
        "{md}"
    );
    assert!(md.contains(
        "  - task 1: 120 / 180 / 300 minutes (assessment: 75 / 135 / 240) (NEU workshop"
    ));
    assert_eq!(std::fs::read(&record).unwrap(), before);
    // The list still sees the record as intact.
    wia(dir.path()).args(["verify", GOOD]).assert().success();
}

#[test]
fn bad_responses_are_refused_with_the_place_and_the_reason() {
    let dir = fixtures_copy();
    let data = dir.path();
    let respond = |record: &str, text: &str| {
        let file = write(data, "r.yaml", text);
        wia(data)
            .args(["respond", record, "--response"])
            .arg(file)
            .assert()
    };
    // A digest that no longer matches.
    let stale = response(GOOD, &format!("sha256:{}", "0".repeat(64)));
    let a = respond(GOOD, &stale).code(1);
    assert!(
        stderr_of(&a).contains("r.yaml:8:1: error: the digest does not match record 9490d10358"),
        "{}",
        stderr_of(&a)
    );
    // A record that does not exist, named in the file or on the command line.
    let a = respond(GOOD, &response("ffff", DIGEST)).code(1);
    assert!(stderr_of(&a).contains("this response is for record `ffff`, not 9490d10358"));
    respond("ffff", &response("ffff", DIGEST))
        .code(2)
        .stderr(contains("no record whose id starts with `ffff`"));
    // An altered record takes no response.
    let altered_digest = std::fs::read_to_string(data.join(format!("records/{ALTERED}.yaml")))
        .unwrap()
        .lines()
        .find_map(|l| l.strip_prefix("digest: ").map(str::to_string))
        .unwrap();
    let a = respond(ALTERED, &response(ALTERED, &altered_digest)).code(1);
    assert!(stderr_of(&a).contains(
        "record a17e4ed000 was changed after it was saved (the content does not match its digest)"
    ));
    // Every problem at once, each at its line.
    let bad = response(GOOD, DIGEST)
        .replace("flag:short_lead_in", "flag:nope")
        .replace("task: 3", "task: 99")
        .replace("share: 0.8", "share: 1.5")
        .replace(
            "{low: 120, likely: 180, high: 300}",
            "{low: 300, likely: 180, high: 120}",
        )
        .replace("on: section:timing", "on: section:nowhere");
    let a = respond(GOOD, &bad).code(1);
    let err = stderr_of(&a);
    for expected in [
        ":20:5: error: no flag `nope` was raised on this record; raised: short_lead_in,",
        ":26:5: error: no section `nowhere` in the questionnaire; sections: policy,",
        ":32:5: error: expected low ≤ likely ≤ high, found 300 / 180 / 120",
        ":34:5: error: there is no task 99 in record 9490d10358: it has 8 tasks, counted from 1",
        ":35:5: error: share 1.5 must be from 0 to 1",
    ] {
        assert!(err.contains(expected), "{expected}\n{err}");
    }
    // Not a response at all, empty, hostile, huge.
    respond(GOOD, "").code(1).stderr(contains(
        "file is empty: expected a wia response to a record",
    ));
    respond(GOOD, "position: maybe\n")
        .code(1)
        .stderr(contains("unknown variant `maybe`"));
    let a = respond(
        GOOD,
        &response(GOOD, DIGEST).replace("Gwen Morgan", "\u{1b}]0;pwned\u{7}Gwen"),
    );
    let a = a.code(1);
    assert!(!stderr_of(&a).contains('\u{1b}'));
    let huge = format!("{}\n", "# padding\n".repeat(200_000));
    respond(GOOD, &huge)
        .code(1)
        .stderr(contains("file is larger than 1048576 bytes"));
    assert!(!data.join("responses").exists(), "nothing stored");
}

#[test]
fn export_writes_one_row_per_record_safe_for_spreadsheets() {
    let dir = fixtures_copy();
    let out = dir.path().join("all.csv");
    // A title a spreadsheet would run as a formula.
    let rec = dir.path().join(format!("records/{GOOD}.yaml"));
    let text = std::fs::read_to_string(&rec).unwrap();
    std::fs::write(
        dir.path().join("records/f0f0f0f0f0.yaml"),
        text.replace(&format!("id: {GOOD}"), "id: f0f0f0f0f0")
            .replace(
                "policy_title: Termly review",
                "policy_title: =HYPERLINK(1) Termly review",
            ),
    )
    .unwrap();
    let a = wia(dir.path())
        .args(["export", "--csv"])
        .arg(&out)
        .assert()
        .success();
    assert!(stderr_of(&a).contains("Wrote 10 records to"));
    let csv = std::fs::read_to_string(&out).unwrap();
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines.len(), 11);
    assert_eq!(
        lines[0],
        "id,title,policy_area,assessor,organisation,updated,status,rating,max_weekly_hours,integrity,problem,signature,signed_by,key_fingerprint,summary_signature"
    );
    assert!(
        csv.contains("\nf0f0f0f0f0,'=HYPERLINK(1) Termly review"),
        "{csv}"
    );
    assert!(csv.contains(&format!("\n{GOOD},Termly review of school-maintained individual development plans,Additional learning needs (ALN),Rhian Evans,\"Welsh Government, Additional Learning Needs Division\",")));
    assert!(csv.contains(
        "\nempty,,,,,,,,,unreadable,file is empty: expected an assessment record,unsigned,,,\n"
    ));
    // Never onto a record, nor into the records folder, nor through a link.
    let before = std::fs::read(&rec).unwrap();
    wia(dir.path())
        .args(["export", "--csv"])
        .arg(&rec)
        .assert()
        .code(1)
        .stderr(contains("inside the records folder"));
    wia(dir.path())
        .args(["export", "--csv"])
        .arg(dir.path().join("records/new.csv"))
        .assert()
        .code(1);
    // Unix only: making a symbolic link on Windows needs a privilege tests do not have.
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink(&rec, dir.path().join("link.csv")).unwrap();
        wia(dir.path())
            .args(["export", "--csv"])
            .arg(dir.path().join("link.csv"))
            .assert()
            .code(1)
            .stderr(contains("not a regular file"));
    }
    assert_eq!(std::fs::read(&rec).unwrap(), before);
}

#[test]
fn a_huge_or_hostile_file_in_the_records_folder_never_stops_the_list() {
    let dir = fixtures_copy();
    let records = dir.path().join("records");
    let big = std::fs::File::create(records.join("huge.yaml")).unwrap();
    big.set_len(9 * 1024 * 1024).unwrap();
    std::fs::write(records.join("bin.yaml"), [0xff, 0xfe, 0x00, 0x41]).unwrap();
    std::fs::write(
        records.join("deep.yaml"),
        format!("{}{}", "[".repeat(10_000), "]".repeat(10_000)),
    )
    .unwrap();
    std::fs::create_dir(records.join("folder.yaml")).unwrap();
    let a = wia(dir.path())
        .args([
            "list",
            "--format",
            "json",
            "--status",
            "unreadable",
            "--sort",
            "id",
        ])
        .assert()
        .success();
    no_panic(&stderr_of(&a));
    let rows: serde_json::Value = serde_json::from_str(&stdout_of(&a)).unwrap();
    let problems: Vec<(String, String)> = rows
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["id"].as_str().unwrap().to_string(),
                r["problem"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let ids: Vec<&str> = problems.iter().map(|(i, _)| i.as_str()).collect();
    assert_eq!(
        ids,
        ["alias-bomb", "bin", "deep", "empty", "huge", "not-yaml"]
    );
    assert!(problems[1].1.contains("not UTF-8"), "{problems:?}");
    assert!(
        problems[4].1.contains("larger than 8388608 bytes"),
        "{problems:?}"
    );
    let all = wia(dir.path())
        .args(["list", "--format", "json"])
        .assert()
        .success();
    let rows: serde_json::Value = serde_json::from_str(&stdout_of(&all)).unwrap();
    assert_eq!(
        rows.as_array().unwrap().len(),
        12,
        "the good ones still listed"
    );
    assert!(
        predicate::str::contains("\u{1b}")
            .not()
            .eval(&stdout_of(&all))
    );
}

#[test]
fn review_without_a_terminal_points_to_the_commands_for_scripts() {
    wia(Path::new(FIXTURES))
        .arg("review")
        .assert()
        .code(1)
        .stderr(contains(
            "`wia review` needs a terminal; for scripts use `wia list`",
        ));
}

#[test]
fn the_list_cache_never_hides_an_edit_even_with_the_same_size_and_time() {
    let dir = fixtures_copy();
    let cache = tempfile::tempdir().unwrap();
    let list = |dir: &Path| {
        let a = common::cli::wia(dir)
            .env("WIA_CACHE_DIR", cache.path())
            .args(["list", "--format", "json", "--sort", "id"])
            .assert()
            .success();
        serde_json::from_str::<serde_json::Value>(&stdout_of(&a)).unwrap()
    };
    let first = list(dir.path());
    let files: Vec<_> = std::fs::read_dir(cache.path()).unwrap().collect();
    assert_eq!(
        files.len(),
        2,
        "one cache for the folder, and its search words"
    );
    // The second run is served from the cache and says the same.
    assert_eq!(list(dir.path()), first);
    // Same length, same modification time, one digit changed: read afresh.
    let record = dir.path().join(format!("records/{GOOD}.yaml"));
    let meta = std::fs::metadata(&record).unwrap();
    let text = std::fs::read_to_string(&record).unwrap();
    std::fs::write(&record, text.replacen("likely: 135", "likely: 136", 1)).unwrap();
    let f = std::fs::File::options().write(true).open(&record).unwrap();
    f.set_modified(meta.modified().unwrap()).unwrap();
    drop(f);
    assert_eq!(std::fs::metadata(&record).unwrap().len(), meta.len());
    let after = list(dir.path());
    let good = after
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == GOOD)
        .unwrap();
    assert_eq!(good["integrity"], "altered");
    // A cache that is not JSON is ignored, not trusted.
    let file = std::fs::read_dir(cache.path())
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    std::fs::write(&file, "{ not json").unwrap();
    assert_eq!(list(dir.path()), after);
}
