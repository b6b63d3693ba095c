//! Every JSON output of `wia` against its JSON Schema in docs/schemas/ (issue 17, item 9):
//! the real binary over a realistic folder (finals, a draft, a revision, signed records, an
//! altered one, unreadable files, evidence from several schools), in English and Welsh;
//! each schema is itself a valid draft 2020-12 schema whose `schema_version` const is the
//! one wia writes; and no `--format json` can appear without a schema.

mod common;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use common::portfolio_folder::{answers, make, task};
use common::signing::{WHO, have_ssh_keygen, pub_of};
use serde_json::Value;

const SCHEMAS: &str = "docs/schemas";

/// Each JSON writer in src/, by the format enum whose `Json` arm writes it, with its
/// schema and the number wia writes.
const OUTPUTS: &[(&str, &str, u32)] = &[
    ("Format", "score", wia::schema_version::SCORE),
    ("ListFormat", "list", wia::schema_version::LIST),
    ("DiffFormat", "diff", wia::schema_version::DIFF),
    (
        "ReportFormat",
        "evidence-report",
        wia::schema_version::EVIDENCE_REPORT,
    ),
    (
        "PortfolioFormat",
        "portfolio",
        wia::schema_version::PORTFOLIO,
    ),
    ("TabulateFormat", "tabulate", wia::schema_version::TABULATE),
];

fn schema_path(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join(SCHEMAS)
        .join(format!("{name}.schema.json"))
}

fn schema_json(name: &str) -> Value {
    serde_json::from_str(&std::fs::read_to_string(schema_path(name)).unwrap()).unwrap()
}

/// A schema compiled, formats (date, date-time) asserted rather than only noted. boon
/// checks the schema against the draft 2020-12 meta-schema, which it carries itself.
struct Checker {
    schemas: boon::Schemas,
    index: boon::SchemaIndex,
    name: String,
}

impl Checker {
    fn new(name: &str) -> Checker {
        let mut schemas = boon::Schemas::new();
        let mut compiler = boon::Compiler::new();
        compiler.enable_format_assertions();
        let path = schema_path(name);
        let index = compiler
            .compile(path.to_str().unwrap(), &mut schemas)
            .unwrap_or_else(|e| panic!("{name}.schema.json is not a valid schema: {e:#}"));
        Checker {
            schemas,
            index,
            name: name.into(),
        }
    }

    fn errors(&self, v: &Value) -> Option<String> {
        self.schemas
            .validate(v, self.index)
            .err()
            .map(|e| format!("{e:#}"))
    }

    fn check(&self, v: &Value, what: &str) {
        if let Some(e) = self.errors(v) {
            panic!(
                "{what} does not match {}.schema.json:\n{e}\n{:#}",
                self.name, v
            );
        }
    }
}

/// The `const` of `schema_version` in a schema (in the row, for the list).
fn declared_version(name: &str) -> u64 {
    let s = schema_json(name);
    let props = if s["type"] == "array" {
        &s["$defs"]["row"]["properties"]
    } else {
        &s["properties"]
    };
    props["schema_version"]["const"]
        .as_u64()
        .unwrap_or_else(|| panic!("{name}: schema_version has no const"))
}

/// A data folder as an office would have it, with a settings folder of its own.
struct World {
    dir: tempfile::TempDir,
    signed: bool,
}

impl World {
    fn data(&self) -> &Path {
        self.dir.path()
    }

    fn wia(&self, lang: &str) -> assert_cmd::Command {
        let mut cmd = common::cli::wia(self.data());
        cmd.env("WIA_LANG", lang)
            .env("WIA_CACHE_DIR", self.data().join(".cache"))
            .env_remove("WIA_KEY_PASSPHRASE");
        cmd
    }

    /// Standard output of a command, as JSON; the exit code is not this test's concern
    /// (`wia score` of an altered record exits 1 and still prints its figures).
    fn json(&self, lang: &str, args: &[&str]) -> Value {
        let out = self.wia(lang).args(args).output().unwrap();
        let text = String::from_utf8(out.stdout).unwrap();
        serde_json::from_str(&text).unwrap_or_else(|e| {
            panic!(
                "wia {args:?} ({lang}) printed no JSON ({e}): {text}\n{}",
                String::from_utf8_lossy(&out.stderr)
            )
        })
    }

    fn id_of(&self, title: &str) -> String {
        let rows = self.json("en", &["list", "--format", "json", "--all"]);
        rows.as_array()
            .unwrap()
            .iter()
            // A revision keeps its title: the original is the one that supersedes nothing.
            .find(|r| r["title"] == title && r.get("supersedes").is_none())
            .unwrap_or_else(|| panic!("no record titled {title}"))["id"]
            .as_str()
            .unwrap()
            .to_string()
    }

    fn record_file(&self, id: &str) -> PathBuf {
        self.data().join("records").join(format!("{id}.yaml"))
    }
}

fn first_line_stem(out: &assert_cmd::assert::Assert) -> String {
    let text = String::from_utf8_lossy(&out.get_output().stdout).into_owned();
    let line = text.lines().next().unwrap().to_string();
    Path::new(&line)
        .file_stem()
        .unwrap()
        .to_string_lossy()
        .into_owned()
}

/// Alpha, Bravo, Charlie (final) and Delta (a draft, in the drafts folder); Golf, a draft
/// record among the records as older folders hold them (listed, as a draft); a revision of
/// Alpha that changes an answer and a task; Echo signed and trusted, Foxtrot signed then altered (where
/// ssh-keygen is at hand; else Foxtrot unsigned and altered); a signature file that is
/// not one; two unreadable files; and
/// evidence from three schools in three authorities over three months.
fn world() -> World {
    let w = World {
        dir: common::portfolio_folder::folder(),
        signed: have_ssh_keygen(),
    };
    let data = w.data().to_path_buf();

    // `wia new --draft` now writes to the drafts folder, which the list does not show;
    // a draft kept among the records is the one way a draft row still reaches it.
    let golf = answers(
        "Golf",
        None,
        false,
        vec![task("teacher", "per_week", 1, [10, 10, 10], 1.0, "new")],
    );
    common::cli::legacy_draft_record(&data, &golf, None);

    let alpha = w.id_of("Alpha");
    let draft = first_line_stem(&w.wia("en").args(["revise", &alpha]).assert().success());
    let path = data.join("drafts").join(format!("{draft}.yaml"));
    let mut doc: serde_yaml::Value =
        serde_yaml::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    let answers_map = doc["answers"].as_mapping_mut().unwrap();
    answers_map.insert("significant_change".into(), "no".into());
    answers_map["tasks"][0]["minutes"]["likely"] = 25.into();
    std::fs::write(&path, serde_yaml::to_string(&doc).unwrap()).unwrap();
    w.wia("en")
        .args([
            "new",
            "--from-draft",
            &draft,
            "--reason",
            "Timed in the pilot",
        ])
        .assert()
        .success();

    if w.signed {
        let key = data.join("officer");
        let made = std::process::Command::new("ssh-keygen")
            .args(["-q", "-t", "ed25519", "-N", "", "-C", "officer", "-f"])
            .arg(&key)
            .status()
            .unwrap();
        assert!(made.success());
        w.wia("en")
            .args(["keys", "use", "--principal", WHO])
            .arg(&key)
            .assert()
            .success();
        w.wia("en")
            .args(["keys", "trust", WHO])
            .arg(pub_of(&key))
            .assert()
            .success();
    }
    let teacher = || task("teacher", "per_term", 2, [20, 40, 60], 0.8, "new");
    make(
        &data,
        "echo",
        &answers("Echo", Some("2028-04-20"), true, vec![teacher()]),
        false,
    );
    make(
        &data,
        "foxtrot",
        &answers("Foxtrot", Some("2027-09-06"), true, vec![teacher()]),
        false,
    );
    let foxtrot = w.record_file(&w.id_of("Foxtrot"));
    let text = std::fs::read_to_string(&foxtrot).unwrap();
    std::fs::write(&foxtrot, text.replacen("Foxtrot", "Foxtrot (edited)", 1)).unwrap();

    // A signature file that is not one: Bravo's signature cannot be read.
    let bravo = w.record_file(&w.id_of("Bravo"));
    std::fs::write(common::signing::sig_of(&bravo), "not a signature\n").unwrap();
    std::fs::write(data.join("records").join("empty.yaml"), "").unwrap();
    std::fs::write(data.join("records").join("not-yaml.yaml"), "{ [ :").unwrap();

    let entries: &[&[&str]] = &[
        &[
            "2026-09-10",
            "Ysgol Gynradd Aberdâr",
            "rhondda_cynon_taf",
            "data_returns",
            "teacher,leader",
            "3",
            "0.5",
            "per_week",
        ],
        &[
            "2026-09-24",
            "Ysgol Gynradd Aberdâr",
            "rhondda_cynon_taf",
            "aln_paperwork",
            "alnco",
            "1",
            "2",
            "per_term",
        ],
        &[
            "2026-10-02",
            "St Mary's RC Primary",
            "cardiff",
            "data_returns",
            "teacher",
            "12",
            "1",
            "per_year",
        ],
        &[
            "2026-10-15",
            "Ysgol Bro Taf",
            "swansea",
            "inspection",
            "leader,support_staff",
            "2",
            "6",
            "once",
        ],
        &[
            "2026-11-03",
            "St Mary's RC Primary",
            "cardiff",
            "meetings",
            "teacher",
            "8",
            "0.25",
            "per_week",
        ],
    ];
    for (n, e) in entries.iter().enumerate() {
        let mut cmd = w.wia("en");
        cmd.args([
            "log",
            "add",
            "--date",
            e[0],
            "--school",
            e[1],
            "--authority",
            e[2],
        ])
        .args(["--cause", e[3], "--roles", e[4], "--staff", e[5]])
        .args(["--hours", e[6], "--frequency", e[7]])
        .args(["--description", "Logged for the schema test"]);
        if n % 2 == 0 {
            cmd.args(["--policy", "Alpha"]);
        }
        cmd.assert().success();
    }
    w
}

/// Each run in English then in Welsh, each output checked against `name`'s schema and
/// its `schema_version` against the schema's const; the outputs, English first.
fn check_all(w: &World, name: &str, runs: &[Vec<&str>]) -> Vec<Value> {
    let c = Checker::new(name);
    let version = declared_version(name);
    let mut outputs = Vec::new();
    for lang in ["en", "cy"] {
        for args in runs {
            let v = w.json(lang, args);
            c.check(&v, &format!("wia {args:?} ({lang})"));
            match v.as_array() {
                Some(rows) => rows
                    .iter()
                    .for_each(|r| assert_eq!(r["schema_version"], version, "{args:?}")),
                None => assert_eq!(v["schema_version"], version, "{args:?}"),
            }
            outputs.push(v);
        }
    }
    outputs
}

/// The ids of Alpha, Bravo, Charlie, Echo and Foxtrot, and of Alpha's revision.
fn ids(w: &World) -> (Vec<String>, String) {
    let ids: Vec<String> = ["Alpha", "Bravo", "Charlie", "Echo", "Foxtrot (edited)"]
        .iter()
        .map(|t| w.id_of(t))
        .collect();
    let revision = w
        .json("en", &["list", "--format", "json"])
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["supersedes"] == ids[0].as_str())
        .expect("the revision of Alpha is listed")["id"]
        .as_str()
        .unwrap()
        .to_string();
    (ids, revision)
}

#[test]
fn every_json_output_matches_its_schema_in_both_languages() {
    let w = world();
    let (ids, revision) = ids(&w);
    lists_match(&w, &ids[0]);

    let runs: Vec<Vec<&str>> = ids
        .iter()
        .chain([&revision])
        .map(|id| vec!["score", id.as_str(), "--format", "json"])
        .collect();
    check_all(&w, "score", &runs);

    let pairs = [(&ids[0], &revision), (&ids[0], &ids[1]), (&ids[2], &ids[3])];
    let runs: Vec<Vec<&str>> = pairs
        .iter()
        .map(|(a, b)| vec!["diff", a.as_str(), b.as_str(), "--format", "json"])
        .collect();
    let diffs = check_all(&w, "diff", &runs);
    // The revision changed an answer and a task's minutes; both reach the diff, and the
    // Welsh run has Welsh words where the English has English.
    assert!(!diffs[0]["answers"].as_array().unwrap().is_empty());
    assert_eq!(diffs[0]["tasks"][0]["fields"][0][0], "minutes.likely");
    assert_ne!(diffs[0]["answers"], diffs[runs.len()]["answers"]);
    // The band's label follows the language; its id, for scripts, does not. Charlie's
    // ALNCos: 4 x 90 minutes a term, 3 terms, over 39 weeks = 0.46 h a week (low); Echo's
    // teachers: 2 x 40 minutes a term = 4 h a year = 0.10 h a week (negligible).
    let (english, welsh) = (&diffs[2], &diffs[runs.len() + 2]);
    for d in [english, welsh] {
        assert_eq!(d["rating_id_before"], "low");
        assert_eq!(d["rating_id_after"], "negligible");
    }
    assert_eq!(english["rating_before"], "Low");
    assert_ne!(welsh["rating_before"], "Low");

    let mut runs: Vec<Vec<&str>> = ["cause", "role", "month", "school", "authority", "policy"]
        .iter()
        .map(|by| vec!["evidence", "report", "--by", by, "--format", "json"])
        .collect();
    runs.push(vec![
        "evidence",
        "report",
        "--from",
        "2026-09-01",
        "--to",
        "2026-10-31",
        "--school",
        "st mary's rc primary",
        "--authority",
        "cardiff",
        "--cause",
        "data_returns",
        "--format",
        "json",
    ]);
    let reports = check_all(&w, "evidence-report", &runs);
    assert_eq!(reports[0]["total"]["schools"], 3);
    assert_eq!(reports[6]["total"]["entries"], 1);
    assert_ne!(reports[0]["groups"], reports[runs.len()]["groups"]);

    let runs = vec![
        vec!["portfolio", "--format", "json"],
        vec!["portfolio", "--format", "json", "--include-drafts"],
    ];
    for v in check_all(&w, "portfolio", &runs) {
        assert!(!v["flags"].as_array().unwrap().is_empty());
    }
}

/// The list, after checking the folder really holds every kind of row the schema
/// allows for; and the review tests' fixtures (a draft kept among records, escape
/// sequences in a title, an alias bomb, a truncated record).
fn lists_match(w: &World, alpha: &str) {
    let lists = check_all(
        w,
        "list",
        &[
            vec!["list", "--format", "json"],
            vec!["list", "--format", "json", "--all", "--sort", "rating"],
        ],
    );
    let seen = |key: &str| -> BTreeSet<String> {
        lists
            .iter()
            .flat_map(|l| l.as_array().unwrap().iter())
            .filter_map(|r| r[key].as_str().map(String::from))
            .collect()
    };
    for state in ["intact", "draft", "altered", "unreadable"] {
        assert!(seen("integrity").contains(state), "{:?}", seen("integrity"));
    }
    let verdicts: &[&str] = if w.signed {
        &["trusted", "bad", "unsigned", "unreadable"]
    } else {
        &["unsigned", "unreadable"]
    };
    for verdict in verdicts {
        assert!(
            seen("signature").contains(*verdict),
            "{:?}",
            seen("signature")
        );
    }
    assert!(seen("supersedes").contains(alpha));
    let fixtures = wia_on(
        Path::new("tests/fixtures/review"),
        &["list", "--format", "json"],
    );
    assert!(fixtures.as_array().unwrap().len() >= 9);
    Checker::new("list").check(&fixtures, "wia list over tests/fixtures/review");
}

fn wia_on(data: &Path, args: &[&str]) -> Value {
    let dir = tempfile::tempdir().unwrap();
    let out = common::cli::wia(data)
        .env("WIA_CONFIG_DIR", dir.path().join("conf"))
        .env("WIA_CACHE_DIR", dir.path().join("cache"))
        .args(args)
        .output()
        .unwrap();
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn the_schemas_refuse_what_wia_does_not_write() {
    // The validator is live and the shapes closed: without its version, or with a
    // field wia never writes, or with a severity outside the list, a score fails.
    let dir = tempfile::tempdir().unwrap();
    let (record, _) = common::cli::new_record(dir.path());
    let out = common::cli::wia(dir.path())
        .args(["score", "--format", "json"])
        .arg(&record)
        .output()
        .unwrap();
    let good: Value = serde_json::from_slice(&out.stdout).unwrap();
    let c = Checker::new("score");
    c.check(&good, "wia score");
    let mut bad = good.clone();
    bad.as_object_mut().unwrap().remove("schema_version");
    assert!(c.errors(&bad).is_some());
    let mut bad = good.clone();
    bad["schema_version"] = 2.into();
    assert!(c.errors(&bad).is_some());
    let mut bad = good.clone();
    bad["unexpected"] = true.into();
    assert!(c.errors(&bad).is_some());
    let mut bad = good;
    bad["flags"] = serde_json::json!([{"id": "x", "severity": "grave", "message": ""}]);
    assert!(c.errors(&bad).is_some());
}

#[test]
fn every_schema_is_valid_described_and_at_the_version_wia_writes() {
    let mut files: BTreeSet<String> = std::fs::read_dir(SCHEMAS)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".schema.json"))
        .collect();
    let readme = std::fs::read_to_string(Path::new(SCHEMAS).join("README.md")).unwrap();
    for (_, name, version) in OUTPUTS {
        let file = format!("{name}.schema.json");
        assert!(files.remove(&file), "{file} is missing");
        Checker::new(name);
        let s = schema_json(name);
        assert_eq!(
            s["$schema"], "https://json-schema.org/draft/2020-12/schema",
            "{file}"
        );
        assert_eq!(declared_version(name), u64::from(*version), "{file}");
        assert!(
            readme.contains(&file),
            "docs/schemas/README.md omits {file}"
        );
        let mut undescribed = Vec::new();
        undescribed_properties(&s, &file, &mut undescribed);
        assert!(undescribed.is_empty(), "no description: {undescribed:?}");
    }
    assert!(files.is_empty(), "schemas no output uses: {files:?}");
}

/// Every property a schema declares says what it is (the subschemas of if/then/else
/// only test values, and declare nothing).
fn undescribed_properties(v: &Value, at: &str, out: &mut Vec<String>) {
    let Some(map) = v.as_object() else {
        if let Some(list) = v.as_array() {
            list.iter().for_each(|x| undescribed_properties(x, at, out));
        }
        return;
    };
    if let Some(props) = map.get("properties").and_then(Value::as_object) {
        for (name, p) in props {
            if p.get("description").is_none() {
                out.push(format!("{at}/{name}"));
            }
        }
    }
    for (k, x) in map {
        if !["if", "then", "else"].contains(&k.as_str()) {
            undescribed_properties(x, &format!("{at}/{k}"), out);
        }
    }
}

#[test]
fn no_json_output_is_without_a_schema() {
    // Every `SomethingFormat::Json` arm in src/ writes JSON for a person's script; each
    // must be in OUTPUTS, so it has a schema and a version.
    let known: BTreeSet<&str> = OUTPUTS.iter().map(|(e, _, _)| *e).collect();
    let mut found = BTreeSet::new();
    let mut stack = vec![PathBuf::from("src")];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|x| x == "rs") {
                let text = std::fs::read_to_string(&path).unwrap();
                for (i, _) in text.match_indices("::Json") {
                    let head = &text[..i];
                    let start = head
                        .rfind(|c: char| !(c.is_alphanumeric() || c == '_'))
                        .map_or(0, |p| p + 1);
                    found.insert((head[start..].to_string(), path.display().to_string()));
                }
            }
        }
    }
    assert!(!found.is_empty(), "the scan found no JSON writer at all");
    let unknown: Vec<_> = found
        .iter()
        .filter(|(e, _)| !known.contains(e.as_str()))
        .collect();
    assert!(
        unknown.is_empty(),
        "JSON output without a schema in docs/schemas/ (add one, a version in \
         src/schema_version.rs and a row in OUTPUTS): {unknown:?}"
    );
}

const SURVEY: &str = "tests/fixtures/tabulate-survey.yaml";

/// One response to the survey, made as an officer makes one (`wia new --answers`).
fn respond(data: &Path, name: &str, answers: &str) {
    let indented: String = answers.lines().map(|l| format!("  {l}\n")).collect();
    let file = data.join(format!("{name}.answers.yaml"));
    std::fs::write(
        &file,
        format!(
            "questionnaire: readiness\nassessor: {{name: A, organisation: B}}\nanswers:\n{indented}"
        ),
    )
    .unwrap();
    common::cli::wia(data)
        .args(["new", "--answers"])
        .arg(&file)
        .args(["--questionnaire", SURVEY])
        .assert()
        .success();
}

/// Three responses chosen so every field the schema allows appears: no ALNCo, so
/// nobody reaches `alnco_years` (its stats are null); nobody ranks `training` (its
/// mean rank is null); one response leaves nearly everything, so bases and crosses leave
/// some out; `other` chosen with words of its own.
fn survey() -> World {
    let w = World {
        dir: tempfile::tempdir().unwrap(),
        signed: false,
    };
    let responses = [
        (
            "s1",
            "role: head\nsetting: primary\nphases: [primary, secondary]\nready: \"yes\"\n\
             c3: {training: 2, other: 4}\npriorities: [time, money]\nhours: 3",
        ),
        (
            "s2",
            "role: {value: other, other: Deputy head}\nsetting: secondary\nphases: [nursery]\n\
             ready: \"no\"\nc3: {time: 1, other: 1}\npriorities: [money]\nhours: 4.5",
        ),
        ("s3", "role: head\nhours: 10"),
    ];
    for (name, answers) in responses {
        respond(w.data(), name, answers);
    }
    w
}

#[test]
fn every_kind_of_tabulation_matches_its_schema_in_both_languages() {
    let w = survey();
    let tab = |args: &[&'static str]| -> Vec<&'static str> {
        let mut run = vec!["tabulate"];
        run.extend(args);
        run.extend(["--format", "json"]);
        run
    };
    let runs = vec![
        tab(&["role"]),
        tab(&["ready"]),
        tab(&["c3.other"]),
        tab(&["c3", "--row", "training"]),
        tab(&["phases"]),
        tab(&["priorities"]),
        tab(&["hours"]),
        tab(&["alnco_years"]),
        tab(&["ready", "--by", "setting"]),
        tab(&["phases", "--by", "c3.other"]),
    ];
    let outputs = check_all(&w, "tabulate", &runs);
    let kinds: BTreeSet<&str> = outputs.iter().filter_map(|v| v["kind"].as_str()).collect();
    let all = ["options", "multiple", "ranking", "number", "cross"];
    assert_eq!(kinds, all.into_iter().collect());
    // The nulls the schema allows were really written, so they were really checked.
    let (english, welsh) = (&outputs[..runs.len()], &outputs[runs.len()..]);
    assert_eq!(english[2]["question"]["row"], "other");
    assert!(english[0]["question"]["row"].is_null());
    let training = &english[5]["options"][2];
    assert_eq!(training["value"], "training");
    assert!(training["mean_rank"].is_null(), "{training}");
    assert!(english[6]["stats"].is_object());
    assert!(english[7]["stats"].is_null(), "{}", english[7]);
    assert_eq!(english[8]["left_out"], 1);
    assert_eq!(english[9]["by"]["row"], "other");
    // Keys and codes are the same in Welsh; the words are not.
    assert_eq!(welsh[0]["language"], "cy");
    assert_eq!(
        english[0]["options"][0]["value"],
        welsh[0]["options"][0]["value"]
    );
    assert_ne!(
        english[0]["options"][0]["label"],
        welsh[0]["options"][0]["label"]
    );
}

#[test]
fn the_tabulate_schema_refuses_what_wia_does_not_write() {
    let w = survey();
    let c = Checker::new("tabulate");
    let options = w.json("en", &["tabulate", "role", "--format", "json"]);
    let cross = w.json(
        "en",
        &["tabulate", "ready", "--by", "setting", "--format", "json"],
    );
    c.check(&options, "wia tabulate role");
    c.check(&cross, "wia tabulate ready --by setting");
    let refused = |v: &Value, what: &str| assert!(c.errors(v).is_some(), "{what} passed");

    let mut bad = options.clone();
    bad["unexpected"] = true.into();
    refused(&bad, "a field wia never writes");
    let mut bad = options.clone();
    bad["options"][0]["unexpected"] = 1.into();
    refused(&bad, "a field in an option");
    let mut bad = options.clone();
    bad["kind"] = "pie".into();
    refused(&bad, "a kind outside the list");
    // A kind that names another shape: the fields do not match it.
    for kind in ["ranking", "number", "cross"] {
        let mut bad = options.clone();
        bad["kind"] = kind.into();
        refused(&bad, &format!("an options tally called {kind}"));
    }
    let mut bad = cross.clone();
    bad["kind"] = "options".into();
    refused(&bad, "a cross called options");
    let mut bad = options.clone();
    bad["stats"] = Value::Null;
    refused(&bad, "stats beside options");
    let mut bad = options.clone();
    bad["options"][0]["share"] = 150.0.into();
    refused(&bad, "a share over 100 percent");
    let mut bad = options;
    bad["question"]["row"] = "other".into();
    refused(&bad, "a row of a question that is not a matrix");
}
