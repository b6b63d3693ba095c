//! What wia writes out: characters that drive a terminal are refused where text comes in
//! and never reach a file wia writes; every CSV quotes formulas; summaries escape
//! Markdown; long lists of problems are cut to a hundred and a count.

mod common;

use std::path::Path;

use common::cli::{ANSWERS, SMALL, stderr_of, write};
use wia::evidence::{Entry, append};
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
    cmd.env("WIA_CONFIG_DIR", dir.join("config"));
    cmd
}

const ENTRY: [&str; 12] = [
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
];

/// Nothing in `text` that could drive a terminal or reorder what is read: written out
/// here rather than taken from wia, so the test does not grade wia by its own rule.
fn inert(text: &str, what: &str) {
    let bad = |c: char| {
        (c.is_control() && c != '\n' && c != '\t')
            || matches!(
                c,
                '\u{61c}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{2028}' | '\u{2029}'
            )
    };
    if let Some(c) = text.chars().find(|c| bad(*c)) {
        panic!("{what} holds U+{:04X}: {text:?}", c as u32);
    }
}

fn entry(id: &str, school: &str, description: &str) -> Entry {
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
        description: description.into(),
    }
}

#[test]
fn log_add_refuses_escapes_bidi_controls_and_separators_in_both_languages() {
    let dir = tempfile::tempdir().unwrap();
    for (flag, value, code) in [
        ("--school", "Ysgol\u{1b}]0;pwned\u{7}", "U+001B"),
        ("--policy", "Return \u{202e}fdp.exe", "U+202E"),
        ("--description", "one\u{9b}2J", "U+009B"),
        ("--school", "Ysgol\u{2028}A", "U+2028"),
        ("--description", "a\u{200f}b", "U+200F"),
    ] {
        let school = if flag == "--school" { value } else { "Ysgol A" };
        let mut cmd = wia(dir.path());
        cmd.args(["log", "add", "--school", school]).args(ENTRY);
        if flag != "--school" {
            cmd.args([flag, value]);
        }
        let a = cmd.assert().code(1);
        let err = stderr_of(&a);
        let field = flag.trim_start_matches("--");
        assert!(
            err.contains(&format!("{field}: contains the control character {code}")),
            "{err}"
        );
        inert(&err, "the message");
    }
    let a = wia(dir.path())
        .args(["--lang", "cy", "log", "add", "--school", "Ysgol\u{1b}[2J"])
        .args(ENTRY)
        .assert()
        .code(1);
    let err = stderr_of(&a);
    assert!(
        err.contains("school: mae’n cynnwys y nod rheoli U+001B"),
        "{err}"
    );
    assert!(!log_path(&DataDir::new(dir.path().join("data"))).exists());

    // Line breaks and tabs stay allowed in the description, CR LF as a line break.
    wia(dir.path())
        .args(["log", "add", "--school", "Ysgol A"])
        .args(ENTRY)
        .args(["--description", "Two\r\nlines\tand a tab"])
        .assert()
        .success();
}

#[test]
fn a_csv_import_with_a_control_character_names_the_row_and_imports_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let csv = write(
        dir.path(),
        "sheet.csv",
        "date,school,authority,cause,roles,staff,hours,frequency,description\n\
         2026-11-01,Ysgol A,cardiff,meetings,teacher,5,1,per_week,Fine\n\
         2026-11-01,Ysgol \u{1b}[41mB,cardiff,meetings,teacher,5,1,per_week,\n\
         2026-11-01,Ysgol C,cardiff,meetings,teacher,5,1,per_week,\u{2066}x\n",
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
            "{name}:3: error: school: contains the control character U+001B"
        )),
        "{err}"
    );
    assert!(
        err.contains(&format!(
            "{name}:4: error: description: contains the control character U+2066"
        )),
        "{err}"
    );
    assert!(!log_path(&DataDir::new(dir.path().join("data"))).exists());
}

#[test]
fn the_assessor_and_other_texts_refuse_control_characters() {
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(ANSWERS).unwrap();
    let answers = write(
        dir.path(),
        "a.answers.yaml",
        &text
            .replace("name: Ceri Jones", "name: \"Ceri\\e]0;x\\a Jones\"")
            .replace(
                "organisation: Welsh Government",
                "organisation: \"Welsh \\u202E Government\"",
            ),
    );
    let a = wia(dir.path())
        .args(["new", "--questionnaire", SMALL, "--answers"])
        .arg(&answers)
        .assert()
        .code(1);
    let err = stderr_of(&a);
    assert!(err.contains("control character U+001B"), "{err}");
    assert!(err.contains("control character U+202E"), "{err}");
    assert!(!dir.path().join("data").join("records").exists());

    let example = std::fs::read_to_string("examples/aln-idp-review.answers.yaml").unwrap();
    let other = write(
        dir.path(),
        "other.answers.yaml",
        &example.replacen(
            "  policy_area: aln\n",
            "  policy_area: {value: other, other: \"Sport\\x9b2J\"}\n",
            1,
        ),
    );
    let a = wia(dir.path())
        .args(["--lang", "cy", "new", "--answers"])
        .arg(&other)
        .assert()
        .code(1);
    let err = stderr_of(&a);
    assert!(err.contains("nod rheoli U+009B"), "{err}");
}

#[test]
fn exports_and_reports_of_an_old_log_hold_no_control_characters() {
    let dir = tempfile::tempdir().unwrap();
    let data = DataDir::new(dir.path().join("data"));
    // Written as an older wia would have, before these were refused.
    append(
        &log_path(&data),
        &[entry(
            "e1",
            "Ysgol\u{1b}]0;pwned\u{7}",
            "Clear\u{1b}[2J\u{202e}this\r",
        )],
        wia::i18n::Lang::En,
    )
    .unwrap();
    let export = dir.path().join("out.csv");
    wia(dir.path())
        .args(["evidence", "export", "--csv"])
        .arg(&export)
        .assert()
        .success();
    inert(&std::fs::read_to_string(&export).unwrap(), "the export");
    for format in ["csv", "markdown", "text", "json"] {
        let a = wia(dir.path())
            .args(["evidence", "report", "--by", "school", "--format", format])
            .assert()
            .success();
        inert(
            &String::from_utf8_lossy(&a.get_output().stdout),
            &format!("the {format} report"),
        );
    }
}

#[test]
fn a_template_from_a_hostile_questionnaire_holds_no_control_characters() {
    let dir = tempfile::tempdir().unwrap();
    let small = std::fs::read_to_string(SMALL).unwrap();
    let policy_title = small.find("      - id: policy_title").unwrap();
    let line_end = policy_title + small[policy_title..].find('\n').unwrap() + 1;
    // A hint whose lone CR or line separator would end the comment early and add a key.
    let hostile = format!(
        "{}        hint: {{en: \"Hi\\e]0;owned\\a\\rinjected: 1\\Lalso: 2\"}}\n{}",
        &small[..line_end],
        &small[line_end..]
    );
    let q = write(dir.path(), "q.yaml", &hostile);
    let out = dir.path().join("t.yaml");
    wia(dir.path())
        .arg("template")
        .arg("--questionnaire")
        .arg(&q)
        .arg("-o")
        .arg(&out)
        .assert()
        .success();
    let text = std::fs::read_to_string(&out).unwrap();
    inert(&text, "the template");
    let value: serde_yaml::Value = serde_yaml::from_str(&text).unwrap();
    assert!(value.get("injected").is_none() && value.get("also").is_none());
}

#[test]
fn every_csv_quotes_formulas_and_an_export_imports_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    let formula = "=HYPERLINK(\"http://evil.example\",\"x\")";
    wia(dir.path())
        .args(["log", "add", "--school", formula])
        .args(ENTRY)
        .args(["--policy", "@SUM(A1)", "--description=-2+3"])
        .assert()
        .success();
    let export = dir.path().join("out.csv");
    wia(dir.path())
        .args(["evidence", "export", "--csv"])
        .arg(&export)
        .assert()
        .success();
    let csv = std::fs::read_to_string(&export).unwrap();
    let row = csv.lines().nth(1).unwrap();
    assert!(
        row.contains(",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",")
            && row.contains(",'@SUM(A1),")
            && row.ends_with(",'-2+3"),
        "{row}"
    );
    let a = wia(dir.path())
        .args(["evidence", "report", "--by", "school", "--format", "csv"])
        .assert()
        .success();
    let report = String::from_utf8_lossy(&a.get_output().stdout).into_owned();
    assert!(
        report.lines().nth(1).unwrap().starts_with("\"'=HYPERLINK"),
        "{report}"
    );

    // Into a fresh log, the export reads back exactly as it was logged.
    let fresh = tempfile::tempdir().unwrap();
    wia(fresh.path())
        .args(["evidence", "import", "--csv"])
        .arg(&export)
        .assert()
        .success();
    let log = wia::evidence::read(
        &log_path(&DataDir::new(fresh.path().join("data"))),
        wia::i18n::Lang::En,
    )
    .unwrap();
    let e = &log.entries[0];
    assert_eq!(
        (
            e.school.as_str(),
            e.policy.as_deref(),
            e.description.as_str()
        ),
        (formula, Some("@SUM(A1)"), "-2+3")
    );
}

#[test]
fn a_summary_escapes_html_and_markdown_in_a_policy_title() {
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(ANSWERS).unwrap();
    let answers = write(
        dir.path(),
        "a.answers.yaml",
        &text.replace(
            "policy_title: Termly ALN progress return",
            "policy_title: \"<img src=x onerror=alert(1)> [click](http://evil.example) *now* &amp;\"",
        ),
    );
    let out = wia(dir.path())
        .args(["new", "--questionnaire", SMALL, "--answers"])
        .arg(&answers)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let summary = String::from_utf8(out)
        .unwrap()
        .lines()
        .nth(1)
        .unwrap()
        .to_string();
    let md = std::fs::read_to_string(summary).unwrap();
    assert!(
        md.contains(
            "\\<img src=x onerror=alert(1)> \\[click](http://evil.example) \\*now\\* \\&amp;"
        ),
        "{md}"
    );
    assert!(!md.contains(" <img") && !md.contains(" [click]"), "{md}");
}

#[test]
fn a_hundred_thousand_bad_log_lines_give_a_hundred_warnings_and_a_count() {
    let dir = tempfile::tempdir().unwrap();
    let path = log_path(&DataDir::new(dir.path().join("data")));
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(&path, "not an entry\n".repeat(100_000)).unwrap();
    let a = wia(dir.path())
        .args(["evidence", "report"])
        .assert()
        .success();
    let err = stderr_of(&a);
    assert_eq!(
        err.matches("warning: not a readable entry").count(),
        100,
        "{err}"
    );
    assert!(err.contains("… and 99900 more problems not shown"), "{err}");
    assert!(err.len() < 40_000, "{} bytes", err.len());
}

#[test]
fn a_csv_with_a_hundred_thousand_unknown_columns_gives_a_short_error() {
    let dir = tempfile::tempdir().unwrap();
    let mut header = String::from("date,school,authority,cause,roles,staff,hours,frequency");
    for i in 0..100_000 {
        header.push_str(&format!(",colour{i}"));
    }
    // One more unknown column, a megabyte long, is echoed cut short.
    header.push_str(&format!(",{}\n", "x".repeat(1 << 20)));
    let csv = write(dir.path(), "wide.csv", &header);
    let a = wia(dir.path())
        .args(["evidence", "import", "--csv"])
        .arg(&csv)
        .assert()
        .code(1);
    let err = stderr_of(&a);
    assert_eq!(err.matches(": error: unknown column").count(), 100);
    assert!(err.contains("… and 99901 more problems not shown"), "{err}");
    assert!(err.contains("(100001 problems)"), "{err}");
    assert!(err.len() < 40_000, "{} bytes", err.len());
}

#[test]
fn a_response_with_a_control_character_is_refused_at_its_place() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path();
    for sub in ["records", "questionnaires"] {
        let to = data.join(sub);
        std::fs::create_dir_all(&to).unwrap();
        for e in std::fs::read_dir(Path::new("tests/fixtures/review").join(sub)).unwrap() {
            let e = e.unwrap();
            std::fs::copy(e.path(), to.join(e.file_name())).unwrap();
        }
    }
    let text = std::fs::read_to_string("examples/response.yaml")
        .unwrap()
        .replace("record: 9a3982e2a0", "record: 9490d10358")
        .replace(
            "sha256:d016deec6692b3ab3180a524cb3135868432845e088c7f3c4003fa00f250bb70",
            "sha256:cefc9e2246c6fcaa47958ed65a1a4130b05035cd9556ce3143029ef78be9ee9b",
        )
        .replace("name: Gwen Morgan", "name: \"Gwen\\e[8m Morgan\"")
        .replace(
            "reason: NEU workshop",
            "reason: \"\\u202Eworkshop\"\n    # was: NEU workshop",
        );
    let file = write(data, "r.yaml", &text);
    let a = common::cli::wia(data)
        .env("WIA_CACHE_DIR", data.join("cache"))
        .args(["respond", "9490d10358", "--response"])
        .arg(&file)
        .assert()
        .code(1);
    let err = stderr_of(&a);
    assert!(
        err.contains("r.yaml:10:3: error: contains the control character U+001B"),
        "{err}"
    );
    assert!(
        err.contains("r.yaml:33:5: error: contains the control character U+202E"),
        "{err}"
    );
    assert!(!data.join("responses").exists());
}
