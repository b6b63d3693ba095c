//! Every kind of file wia reads, where it lives, and the commands that read it. Each
//! variant becomes a case: its own folder (data, settings, cache), the damaged file in
//! its place, and the commands to run on it.

use std::ffi::OsString;
use std::path::{Path, PathBuf};

use super::mutate::{self, Content, Rng, Variant, json_str};

/// The fixed seed of the whole corpus: change it only on purpose.
pub const SEED: u64 = 0x5749_4131_3148_4152;

pub const RECORD_ID: &str = "9490d10358";
pub const DRAFT_RECORD_ID: &str = "c606eda2c8";
pub const QUESTIONNAIRE_SHA: &str =
    "c186cf247663724d257b0cf5174d5d49bc3acc656ca610f25e35f77cb3ff3bc9";
pub const DRAFT_ID: &str = "0a1b2c3d4e";
const FIXTURES: &str = "tests/fixtures/review";

/// Which program a command runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Program {
    Wia,
    /// This test binary, reading a draft through the library as `wia assess --resume`
    /// does before it takes over the terminal: no command reads drafts without one.
    DraftReader,
}

/// How a run shows that it read the file through a link to a valid one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Follow {
    /// It succeeds only when it read the file.
    ExitZero,
    /// This text, from the valid file, shows in its output or the file it writes.
    Marker(&'static str),
    /// Its result does not tell.
    Unknown,
}

#[derive(Debug, Clone)]
pub struct Cmd {
    pub program: Program,
    pub args: Vec<OsString>,
    pub follow: Follow,
}

impl Cmd {
    pub fn shown(&self) -> String {
        let args: Vec<String> = self
            .args
            .iter()
            .map(|a| a.to_string_lossy().into_owned())
            .collect();
        match self.program {
            Program::Wia => format!("wia {}", args.join(" ")),
            Program::DraftReader => format!("[draft reader] {}", args.join(" ")),
        }
    }
}

#[derive(Debug, Clone)]
pub struct Case {
    /// `kind/seed/variant`: what the failure table shows.
    pub name: String,
    pub root: PathBuf,
    /// Where the variant was written.
    pub file: PathBuf,
    pub variant: Variant,
    pub commands: Vec<Cmd>,
    /// Settings read from the case's own folder; `None` leaves WIA_LANG unset so the
    /// settings file chooses the language.
    pub lang_from_env: bool,
}

impl Case {
    pub fn data(&self) -> PathBuf {
        self.root.join("data")
    }
}

fn read(path: &str) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("seed {path}: {e}"))
}

fn args(list: &[&str]) -> Vec<OsString> {
    list.iter().map(OsString::from).collect()
}

fn wia(list: &[&str]) -> Cmd {
    Cmd {
        program: Program::Wia,
        args: args(list),
        follow: Follow::ExitZero,
    }
}

impl Cmd {
    fn follow(mut self, f: Follow) -> Cmd {
        self.follow = f;
        self
    }
}

fn with_path(list: &[&str], path: &Path) -> Cmd {
    let mut c = wia(list);
    c.args.push(path.into());
    c
}

/// Variants that damage the file as a whole, or put control characters in every field,
/// run every command; the others run one, turn about, so each command still meets
/// many of them and the corpus runs in reasonable time.
fn share(v: &Variant, index: usize, all: Vec<Cmd>) -> Vec<Cmd> {
    let whole = [
        "empty",
        "deep",
        "alias",
        "huge",
        "over-limit",
        "one-long",
        "fifo",
        "symlink",
        "binary",
        "utf16",
        "elf",
        "ctl-all",
    ];
    if whole.iter().any(|w| v.label.starts_with(w)) {
        return all;
    }
    let n = all.len();
    all.into_iter().skip(index % n).take(1).collect()
}

/// Lay out a case folder and return its data directory.
fn case_root(root: &Path, kind: &str, seed: &str, index: usize, v: &Variant) -> PathBuf {
    let name: String = v
        .label
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' {
                c
            } else {
                '_'
            }
        })
        .take(60)
        .collect();
    let dir = root.join(kind).join(format!("{seed}-{index:03}-{name}"));
    std::fs::create_dir_all(dir.join("data")).unwrap();
    std::fs::create_dir_all(dir.join("conf")).unwrap();
    std::fs::create_dir_all(dir.join("cache")).unwrap();
    dir
}

fn copy_record(data: &Path) {
    for (from, to) in [
        (
            format!("{FIXTURES}/records/{RECORD_ID}.yaml"),
            data.join("records").join(format!("{RECORD_ID}.yaml")),
        ),
        (
            format!("{FIXTURES}/questionnaires/{QUESTIONNAIRE_SHA}.yaml"),
            data.join("questionnaires")
                .join(format!("{QUESTIONNAIRE_SHA}.yaml")),
        ),
    ] {
        std::fs::create_dir_all(to.parent().unwrap()).unwrap();
        if !to.exists() {
            std::fs::copy(&from, &to).unwrap();
        }
    }
}

/// Put a variant at `path`; a valid copy of the seed (the link target) lives beside the
/// case so a followed link reads a file wia would otherwise accept.
pub fn place(path: &Path, v: &Variant, valid: &Path) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    let _ = std::fs::remove_file(path);
    match &v.content {
        Content::Bytes(b) => std::fs::write(path, b).unwrap(),
        #[cfg(unix)]
        Content::Fifo => {
            let ok = std::process::Command::new("mkfifo")
                .arg(path)
                .status()
                .is_ok_and(|s| s.success());
            assert!(ok, "mkfifo {} failed", path.display());
        }
        #[cfg(unix)]
        Content::Symlink(target) => {
            let target = if v.follows_valid_link {
                valid.to_path_buf()
            } else if target.as_os_str().is_empty() {
                path.to_path_buf()
            } else {
                target.clone()
            };
            std::os::unix::fs::symlink(target, path).unwrap();
        }
        #[cfg(not(unix))]
        _ => unreachable!("special files are made on Unix only"),
    }
}

/// All variants of a YAML seed, the special files included on Unix.
fn yaml_variants(
    seed: &str,
    limit: usize,
    top_key: &str,
    rng: &mut Rng,
    per_field: usize,
    valid: &Path,
) -> Vec<Variant> {
    let mut v = mutate::yaml(seed, limit, top_key, rng, per_field);
    if cfg!(unix) {
        v.extend(mutate::special(valid.to_path_buf()));
    }
    v
}

fn keep_valid(root: &Path, kind: &str, name: &str, text: &str) -> PathBuf {
    let p = root.join(kind).join(format!("valid-{name}"));
    std::fs::create_dir_all(p.parent().unwrap()).unwrap();
    std::fs::write(&p, text).unwrap();
    p
}

pub fn questionnaires(root: &Path, rng: &mut Rng) -> Vec<Case> {
    let seeds: [(&str, &str, Option<&str>, usize); 4] = [
        (
            "small",
            "tests/fixtures/small-questionnaire.yaml",
            Some("tests/fixtures/small.answers.yaml"),
            16,
        ),
        (
            "policy",
            "questionnaires/wia-policy.yaml",
            Some("examples/aln-idp-review.answers.yaml"),
            8,
        ),
        (
            "minimal",
            "examples/minimal-questionnaire.yaml",
            Some("examples/minimal.answers.yaml"),
            4,
        ),
        ("evidence", "questionnaires/evidence-log.yaml", None, 4),
    ];
    let mut cases = Vec::new();
    for (seed_name, path, answers, per_field) in seeds {
        let text = read(path);
        let valid = keep_valid(root, "questionnaire", &format!("{seed_name}.yaml"), &text);
        let limit = 4 * 1024 * 1024;
        for (i, v) in yaml_variants(&text, limit, "sections", rng, per_field, &valid)
            .into_iter()
            .enumerate()
        {
            let dir = case_root(root, "questionnaire", seed_name, i, &v);
            let file = dir.join(format!("{seed_name}.yaml"));
            place(&file, &v, &valid);
            let abs = |p: &str| std::env::current_dir().unwrap().join(p);
            let mut all = vec![
                with_path(&["check"], &file),
                {
                    let mut c = wia(&["template", "--questionnaire"]);
                    c.args.push(file.clone().into());
                    c
                },
                {
                    let mut c = wia(&["check", "--require-lang", "cy"]);
                    c.args.push(file.clone().into());
                    c
                },
            ];
            if let Some(a) = answers {
                let mut c = wia(&["new", "--answers"]);
                c.args.push(abs(a).into());
                c.args.push("--questionnaire".into());
                c.args.push(file.clone().into());
                all.push(c);
            }
            cases.push(Case {
                name: format!("questionnaire/{seed_name}/{}", v.label),
                root: dir,
                file,
                commands: share(&v, i, all),
                variant: slim(v),
                lang_from_env: true,
            });
        }
    }
    cases
}

pub fn answers(root: &Path, rng: &mut Rng) -> Vec<Case> {
    let seeds: [(&str, &str, Option<&str>, usize); 3] = [
        ("aln", "examples/aln-idp-review.answers.yaml", None, 12),
        (
            "small",
            "tests/fixtures/small.answers.yaml",
            Some("tests/fixtures/small-questionnaire.yaml"),
            8,
        ),
        (
            "minimal",
            "examples/minimal.answers.yaml",
            Some("examples/minimal-questionnaire.yaml"),
            6,
        ),
    ];
    let mut cases = Vec::new();
    for (seed_name, path, questionnaire, per_field) in seeds {
        let text = read(path);
        let valid = keep_valid(root, "answers", &format!("{seed_name}.answers.yaml"), &text);
        for (i, v) in yaml_variants(&text, 8 * 1024 * 1024, "answers", rng, per_field, &valid)
            .into_iter()
            .enumerate()
        {
            let dir = case_root(root, "answers", seed_name, i, &v);
            let file = dir.join(format!("{seed_name}.answers.yaml"));
            place(&file, &v, &valid);
            let make = |draft: bool| {
                let mut c = wia(&["new"]);
                if draft {
                    c.args.push("--draft".into());
                }
                c.args.push("--answers".into());
                c.args.push(file.clone().into());
                if let Some(q) = questionnaire {
                    c.args.push("--questionnaire".into());
                    c.args.push(std::env::current_dir().unwrap().join(q).into());
                }
                c
            };
            cases.push(Case {
                name: format!("answers/{seed_name}/{}", v.label),
                root: dir,
                file: file.clone(),
                commands: share(&v, i, vec![make(false), make(true)]),
                variant: slim(v),
                lang_from_env: true,
            });
        }
    }
    cases
}

fn record_commands(path: &Path, id: &str, out: &Path) -> Vec<Cmd> {
    let mut export = wia(&["export", "--csv"]);
    export.args.push(out.into());
    let title = Follow::Marker("Termly review of school-maint");
    vec![
        with_path(&["verify"], path),
        with_path(&["score", "--format", "json"], path),
        with_path(&["score"], path),
        with_path(&["summary", "--bilingual"], path),
        with_path(&["show"], path),
        with_path(&["show", "--format", "yaml"], path),
        wia(&["diff", id, id]),
        wia(&["list"]).follow(title),
        export.follow(title),
    ]
}

pub fn records(root: &Path, rng: &mut Rng) -> Vec<Case> {
    let mut cases = Vec::new();
    for (seed_name, id, per_field) in [("final", RECORD_ID, 24), ("draft", DRAFT_RECORD_ID, 6)] {
        let text = read(&format!("{FIXTURES}/records/{id}.yaml"));
        let valid = keep_valid(root, "record", &format!("{id}.yaml"), &text);
        for (i, v) in yaml_variants(&text, 8 * 1024 * 1024, "answers", rng, per_field, &valid)
            .into_iter()
            .enumerate()
        {
            let dir = case_root(root, "record", seed_name, i, &v);
            let data = dir.join("data");
            copy_record(&data);
            let _ = std::fs::remove_file(data.join("records").join(format!("{RECORD_ID}.yaml")));
            let file = data.join("records").join(format!("{id}.yaml"));
            place(&file, &v, &valid);
            let all = record_commands(&file, id, &dir.join("export.csv"));
            cases.push(Case {
                name: format!("record/{seed_name}/{}", v.label),
                root: dir,
                file,
                commands: share(&v, i, all),
                variant: slim(v),
                lang_from_env: true,
            });
        }
    }
    cases
}

/// The copy of the questionnaire a record was made with, kept by digest in the data folder.
pub fn stored_questionnaires(root: &Path, rng: &mut Rng) -> Vec<Case> {
    let text = read(&format!(
        "{FIXTURES}/questionnaires/{QUESTIONNAIRE_SHA}.yaml"
    ));
    let valid = keep_valid(root, "stored-questionnaire", "q.yaml", &text);
    let mut cases = Vec::new();
    let mut variants = mutate::generic(text.as_bytes(), 4 * 1024 * 1024, rng);
    variants.extend(
        mutate::yaml(&text, 0, "sections", rng, 3)
            .into_iter()
            .filter(|v| {
                ["deep", "alias", "tag", "ctl-all", "num-all", "dup"]
                    .iter()
                    .any(|p| v.label.starts_with(p))
            }),
    );
    if cfg!(unix) {
        variants.extend(mutate::special(valid.clone()));
    }
    for (i, mut v) in variants.into_iter().enumerate() {
        // The kept copy is checked against the digest in its name before it is parsed,
        // so any damage is reported as a changed file, which has no place.
        v.placed = false;
        let dir = case_root(root, "stored-questionnaire", "q", i, &v);
        let data = dir.join("data");
        copy_record(&data);
        let file = data
            .join("questionnaires")
            .join(format!("{QUESTIONNAIRE_SHA}.yaml"));
        place(&file, &v, &valid);
        let rec = data.join("records").join(format!("{RECORD_ID}.yaml"));
        cases.push(Case {
            name: format!("stored-questionnaire/{}", v.label),
            root: dir,
            file,
            commands: vec![
                with_path(&["score"], &rec),
                with_path(&["summary"], &rec),
                with_path(&["show"], &rec),
            ],
            variant: slim(v),
            lang_from_env: true,
        });
    }
    cases
}

/// A draft as the assessment screen saves it, made from the example answers.
pub fn draft_seed() -> String {
    let answers = read("examples/aln-idp-review.answers.yaml");
    let body: String = answers
        .lines()
        .filter(|l| !l.starts_with('#'))
        .map(|l| format!("{l}\n"))
        .collect();
    format!(
        "# wia draft assessment: resume it with `wia assess --resume {DRAFT_ID}`.\n\
         draft_version: 1\nid: {DRAFT_ID}\ncreated: 2026-11-25T10:00:00+00:00\n\
         updated: 2026-11-25T10:30:00+00:00\nposition: policy_title\n{body}"
    )
}

pub fn drafts(root: &Path, rng: &mut Rng) -> Vec<Case> {
    let text = draft_seed();
    let valid = keep_valid(root, "draft", &format!("{DRAFT_ID}.yaml"), &text);
    let mut cases = Vec::new();
    for (i, v) in yaml_variants(&text, 8 * 1024 * 1024, "answers", rng, 16, &valid)
        .into_iter()
        .enumerate()
    {
        let dir = case_root(root, "draft", "aln", i, &v);
        let file = dir
            .join("data")
            .join("drafts")
            .join(format!("{DRAFT_ID}.yaml"));
        place(&file, &v, &valid);
        let reader = |mode: &str| Cmd {
            program: Program::DraftReader,
            args: args(&[mode, DRAFT_ID]),
            follow: if mode == "resume" {
                Follow::ExitZero
            } else {
                Follow::Unknown
            },
        };
        cases.push(Case {
            name: format!("draft/aln/{}", v.label),
            root: dir,
            file,
            commands: vec![reader("resume"), reader("list")],
            variant: slim(v),
            lang_from_env: true,
        });
    }
    cases
}

pub fn response_seed() -> String {
    let record = read(&format!("{FIXTURES}/records/{RECORD_ID}.yaml"));
    let digest = record
        .lines()
        .find_map(|l| l.strip_prefix("digest: "))
        .expect("the fixture record has a digest");
    read("examples/response.yaml")
        .lines()
        .map(|l| {
            if l.starts_with("record: ") {
                format!("record: {RECORD_ID}\n")
            } else if l.starts_with("record_digest: ") {
                format!("record_digest: {digest}\n")
            } else {
                format!("{l}\n")
            }
        })
        .collect()
}

pub fn responses(root: &Path, rng: &mut Rng) -> Vec<Case> {
    let text = response_seed();
    let valid = keep_valid(root, "response", "response.yaml", &text);
    let mut cases = Vec::new();
    for (i, v) in yaml_variants(&text, 1024 * 1024, "comments", rng, 24, &valid)
        .into_iter()
        .enumerate()
    {
        let dir = case_root(root, "response", "neu", i, &v);
        let data = dir.join("data");
        copy_record(&data);
        // The same bytes both as a stored response and as one handed to `wia respond`.
        let stored = data.join("responses").join(format!("{RECORD_ID}-1.yaml"));
        place(&stored, &v, &valid);
        let file = dir.join("response.yaml");
        place(&file, &v, &valid);
        let rec = data.join("records").join(format!("{RECORD_ID}.yaml"));
        let mut respond = wia(&["respond", RECORD_ID, "--response"]);
        respond.args.push(file.clone().into());
        cases.push(Case {
            name: format!("response/neu/{}", v.label),
            root: dir,
            file,
            commands: vec![
                with_path(&["show"], &rec).follow(Follow::Marker("Gwen Morgan")),
                respond,
            ],
            variant: slim(v),
            lang_from_env: true,
        });
    }
    cases
}

pub const CONFIG_SEED: &str = "# wia settings, remembered between runs. Safe to edit or delete.\n\
assessor_name: Rhian Evans\nassessor_organisation: Welsh Government\nlanguage: cy\n\
school: Ysgol Gynradd Marker\nlocal_authority: cardiff\n";

pub fn configs(root: &Path, rng: &mut Rng) -> Vec<Case> {
    let valid = keep_valid(root, "config", "config.yaml", CONFIG_SEED);
    let mut cases = Vec::new();
    for (i, v) in yaml_variants(CONFIG_SEED, 64 * 1024, "school", rng, 12, &valid)
        .into_iter()
        .enumerate()
    {
        let dir = case_root(root, "config", "settings", i, &v);
        let file = dir.join("conf").join("config.yaml");
        place(&file, &v, &valid);
        cases.push(Case {
            name: format!("config/{}", v.label),
            root: dir,
            file,
            commands: vec![
                wia(&[
                    "log",
                    "add",
                    "--cause",
                    "meetings",
                    "--roles",
                    "teacher",
                    "--staff",
                    "4",
                    "--hours",
                    "1",
                    "--frequency",
                    "per_week",
                ]),
                wia(&["evidence", "report"]).follow(Follow::Unknown),
                wia(&["list"]).follow(Follow::Unknown),
            ],
            variant: slim(v),
            lang_from_env: false,
        });
    }
    cases
}

/// One evidence entry as (key, raw JSON value) pairs.
fn entry(id: &str, school: &str) -> Vec<(&'static str, String)> {
    vec![
        ("id", json_str(id)),
        ("created", json_str("2026-11-20T09:01:37Z")),
        ("date", json_str("2026-11-19")),
        ("school", json_str(school)),
        ("authority", json_str("cardiff")),
        ("cause", json_str("meetings")),
        ("policy", json_str("Termly IDP review")),
        ("roles", "[\"teacher\",\"alnco\"]".into()),
        ("staff", "4".into()),
        ("hours", "1.5".into()),
        ("frequency", json_str("per_week")),
        ("description", json_str("Weekly IDP meetings")),
    ]
}

fn json_line(fields: &[(String, String)]) -> String {
    let body: Vec<String> = fields
        .iter()
        .map(|(k, v)| format!("{}:{v}", json_str(k)))
        .collect();
    format!("{{{}}}\n", body.join(","))
}

fn owned(e: &[(&str, String)]) -> Vec<(String, String)> {
    e.iter().map(|(k, v)| (k.to_string(), v.clone())).collect()
}

pub fn evidence_log_seed() -> String {
    [
        entry("a1b2c3d4e5", "Ysgol Marker"),
        entry("b1b2c3d4e5", "Ysgol Arall"),
    ]
    .iter()
    .map(|e| json_line(&owned(e)))
    .collect()
}

pub fn evidence_logs(root: &Path, rng: &mut Rng) -> Vec<Case> {
    let seed = evidence_log_seed();
    let valid = keep_valid(root, "evidence-log", "log.jsonl", &seed);
    let mut variants = mutate::generic(seed.as_bytes(), 0, rng);
    // Ten megabytes of valid entries: the reports must read them in bounded memory.
    let many: String = (0..40_000u32)
        .map(|i| {
            json_line(&owned(&entry(
                &format!("{:010x}", i + 0x10_0000),
                "Ysgol Llawer",
            )))
        })
        .collect();
    variants.push(Variant {
        label: "huge-valid-entries".into(),
        content: Content::Bytes(many.into_bytes()),
        placed: false,
        follows_valid_link: false,
    });
    let sandwich = move |fields: &[(String, String)]| {
        format!(
            "{}{}{}",
            json_line(&owned(&entry("a1b2c3d4e5", "Ysgol Marker"))),
            json_line(fields),
            json_line(&owned(&entry("c1b2c3d4e5", "Ysgol Olaf")))
        )
    };
    variants.extend(mutate::json_fields(
        &entry("b1b2c3d4e5", "Ysgol Arall"),
        &sandwich,
        3,
    ));
    if cfg!(unix) {
        variants.extend(mutate::special(valid.clone()));
    }
    let mut cases = Vec::new();
    for (i, v) in variants.into_iter().enumerate() {
        let dir = case_root(root, "evidence-log", "log", i, &v);
        let file = dir.join("data").join("evidence").join("log.jsonl");
        place(&file, &v, &valid);
        let mut export = wia(&["evidence", "export", "--force", "--csv"]);
        export.args.push(dir.join("export.csv").into());
        let school = Follow::Marker("Ysgol Marker");
        let all = vec![
            wia(&["evidence", "report"]).follow(Follow::Unknown),
            wia(&["evidence", "report", "--format", "markdown"]).follow(Follow::Unknown),
            wia(&["evidence", "report", "--format", "csv", "--by", "school"]).follow(school),
            wia(&["evidence", "report", "--format", "json"]).follow(Follow::Unknown),
            wia(&["evidence", "report", "--by", "school"]).follow(school),
            wia(&[
                "evidence", "report", "--by", "policy", "--format", "markdown",
            ])
            .follow(Follow::Unknown),
            export.follow(school),
            wia(&[
                "log",
                "add",
                "--cause",
                "meetings",
                "--roles",
                "teacher",
                "--staff",
                "4",
                "--hours",
                "1",
                "--frequency",
                "per_week",
                "--school",
                "Ysgol Newydd",
                "--authority",
                "cardiff",
            ])
            .follow(Follow::Unknown),
        ];
        cases.push(Case {
            name: format!("evidence-log/{}", v.label),
            root: dir,
            file,
            commands: share(&v, i, all),
            variant: slim(v),
            lang_from_env: true,
        });
    }
    cases
}

// The importer's own column list, so the corpus follows it if a column is added.
use wia::evidence::csv_io::COLUMNS as CSV_HEADER;

fn csv_row(cells: &[String]) -> String {
    let quoted: Vec<String> = cells
        .iter()
        .map(|c| {
            if c.contains([',', '"', '\n', '\r']) {
                format!("\"{}\"", c.replace('"', "\"\""))
            } else {
                c.clone()
            }
        })
        .collect();
    format!("{}\n", quoted.join(","))
}

fn csv_cells(id: &str, school: &str) -> Vec<String> {
    [
        id,
        "2026-11-20T09:01:37+00:00",
        "2026-11-19",
        school,
        "cardiff",
        "meetings",
        "Termly IDP review",
        "teacher;alnco",
        "4",
        "1.5",
        "per_week",
        "Weekly IDP meetings",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect()
}

fn csv_file(middle: &[String]) -> String {
    let header: Vec<String> = CSV_HEADER.iter().map(|s| s.to_string()).collect();
    format!(
        "{}{}{}{}",
        csv_row(&header),
        csv_row(&csv_cells("a1b2c3d4e5", "Ysgol Marker")),
        csv_row(middle),
        csv_row(&csv_cells("c1b2c3d4e5", "Ysgol Olaf"))
    )
}

pub fn csv_imports(root: &Path, rng: &mut Rng) -> Vec<Case> {
    let seed = csv_file(&csv_cells("b1b2c3d4e5", "Ysgol Arall"));
    let valid = keep_valid(root, "evidence-csv", "import.csv", &seed);
    // The import limit is 32 MB: a file over it costs more to write than this test may
    // take, so only the ten-megabyte files of `generic` test size here.
    let mut variants = mutate::generic(seed.as_bytes(), 0, rng);
    let base = csv_cells("b1b2c3d4e5", "Ysgol Arall");
    let bytes = |label: String, text: String| Variant {
        label,
        content: Content::Bytes(text.into_bytes()),
        placed: true,
        follows_valid_link: false,
    };
    for (col, name) in CSV_HEADER.iter().enumerate() {
        for (p, _, _, raw) in mutate::PAYLOADS {
            let mut cells = base.clone();
            cells[col] = format!("{raw}{}", cells[col]);
            variants.push(bytes(format!("ctl-{name}-{p}"), csv_file(&cells)));
        }
        for w in [
            "",
            "[1,2]",
            "-1",
            "x",
            "=HYPERLINK(\"http://evil\")",
            "\"unbalanced",
        ] {
            let mut cells = base.clone();
            cells[col] = w.to_string();
            variants.push(bytes(format!("value-{name}-{w}"), csv_file(&cells)));
        }
    }
    for col in [8, 9] {
        for x in mutate::EXTREME_NUMBERS
            .iter()
            .chain(&["NaN", "inf", "-inf", "1e-400", "4,5"])
        {
            let mut cells = base.clone();
            cells[col] = x.to_string();
            variants.push(bytes(
                format!("num-{}-{x}", CSV_HEADER[col]),
                csv_file(&cells),
            ));
        }
    }
    let header = CSV_HEADER.join(",");
    let row = csv_row(&base);
    for (label, text) in [
        ("header-only", format!("{header}\n")),
        ("no-header", row.clone()),
        (
            "extra-column",
            format!("{header},extra\n{}", row.replace('\n', ",x\n")),
        ),
        ("missing-columns", "id,date\nx,2026-01-01\n".to_string()),
        (
            "duplicate-header",
            format!("{header},school\n{}", row.replace('\n', ",Ysgol\n")),
        ),
        (
            "unclosed-quote",
            format!("{header}\n\"a1b2c3d4e5,{}", &row[11..]),
        ),
        (
            "newline-in-cell",
            format!(
                "{header}\n{}",
                row.replace("Weekly IDP meetings", "\"Weekly\nIDP\rmeetings\"")
            ),
        ),
        (
            "ten-thousand-columns",
            format!("{header}{}\n{row}", ",c".repeat(10_000)),
        ),
        (
            "megabyte-cell",
            format!(
                "{header}\n{}",
                row.replace("Weekly IDP meetings", &"w".repeat(1 << 20))
            ),
        ),
        (
            "many-short-rows",
            format!("{header}\n{}", "x\n".repeat(300_000)),
        ),
    ] {
        variants.push(bytes(label.to_string(), text));
    }
    if cfg!(unix) {
        variants.extend(mutate::special(valid.clone()));
    }
    let mut cases = Vec::new();
    for (i, v) in variants.into_iter().enumerate() {
        let dir = case_root(root, "evidence-csv", "import", i, &v);
        let file = dir.join("import.csv");
        place(&file, &v, &valid);
        let mut import = wia(&["evidence", "import", "--csv"]);
        import.args.push(file.clone().into());
        let mut export = wia(&["evidence", "export", "--force", "--csv"]);
        export.args.push(dir.join("export.csv").into());
        cases.push(Case {
            name: format!("evidence-csv/{}", v.label),
            root: dir,
            file,
            // What was imported is read back, so a value that got in is shown once.
            commands: vec![
                import,
                wia(&["evidence", "report", "--by", "school"]).follow(Follow::Unknown),
                export.follow(Follow::Unknown),
            ],
            variant: slim(v),
            lang_from_env: true,
        });
    }
    cases
}

/// The whole corpus, in a fixed order.
pub fn corpus(root: &Path) -> Vec<Case> {
    let mut rng = Rng::new(SEED);
    let mut all = Vec::new();
    for make in [
        questionnaires as fn(&Path, &mut Rng) -> Vec<Case>,
        answers,
        records,
        stored_questionnaires,
        drafts,
        responses,
        configs,
        evidence_logs,
        csv_imports,
    ] {
        all.extend(make(root, &mut rng));
    }
    all
}

/// The variant without its bytes, which are on disk by now: the corpus holds many
/// ten-megabyte files, and the test must stay small itself.
fn slim(mut v: Variant) -> Variant {
    v.content = match v.content {
        Content::Bytes(_) => Content::Bytes(Vec::new()),
        other => other,
    };
    v
}
