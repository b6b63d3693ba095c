//! Every YAML file wia writes reads the same to a YAML 1.1 reader (PyYAML, which most
//! analysts use) as to a YAML 1.2 one: records, drafts, responses, settings and answers
//! templates. Two checks: PyYAML's own implicit-type patterns applied to every plain
//! scalar (needs nothing but Rust), and PyYAML itself where it is installed.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::cli::{wia, write};
use regex::Regex;
use serde_yaml::Value;
use yaml_rust2::parser::{Event, Parser};
use yaml_rust2::scanner::TScalarStyle;

const Q: &str = "tests/fixtures/yaml11-questionnaire.yaml";
const ANSWERS: &str = "tests/fixtures/yaml11.answers.yaml";

/// PyYAML's implicit resolvers (yaml/resolver.py), each with the tag it gives.
fn yaml11_patterns() -> Vec<(&'static str, Regex)> {
    [
        (
            "bool",
            r"^(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$",
        ),
        (
            "float",
            r"^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$",
        ),
        (
            "int",
            r"^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$",
        ),
        ("merge", r"^(?:<<)$"),
        ("null", r"^(?:~|null|Null|NULL|)$"),
        (
            "timestamp",
            r"^(?:[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]|[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?(?:[Tt]|[ \t]+)[0-9][0-9]?:[0-9][0-9]:[0-9][0-9](?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?)$",
        ),
        ("value", r"^(?:=)$"),
        // The YAML 1.1 spec's booleans, which PyYAML leaves out.
        ("bool", r"^(?:y|Y|n|N)$"),
    ]
    .into_iter()
    .map(|(tag, re)| (tag, Regex::new(re).unwrap()))
    .collect()
}

/// Every plain scalar in `text` that a YAML 1.1 reader reads otherwise than YAML 1.2.
fn disagreements(text: &str) -> Vec<String> {
    let patterns = yaml11_patterns();
    let decimal = Regex::new(r"^-?(?:0|[1-9][0-9]*)$").unwrap();
    let mut found = Vec::new();
    let mut parser = Parser::new_from_str(text);
    loop {
        let (event, mark) = parser.next_token().expect("wia wrote YAML that parses");
        match event {
            Event::StreamEnd => break,
            Event::Scalar(s, TScalarStyle::Plain, _, None) => {
                let yaml12: Value = serde_yaml::from_str(&s).unwrap_or(Value::Null);
                let yaml11 = patterns.iter().find(|(_, re)| re.is_match(&s)).map(|p| p.0);
                let agree = match (yaml11, &yaml12) {
                    (None, Value::String(_)) => true,
                    (Some("bool"), Value::Bool(_)) => s.eq_ignore_ascii_case(&yaml12_text(&yaml12)),
                    (Some("null"), Value::Null) => true,
                    // Plain decimal digits are the same number to both.
                    (Some("int"), Value::Number(_)) => decimal.is_match(&s),
                    (Some("float"), Value::Number(n)) => match n.as_f64() {
                        Some(f) if f.is_finite() => {
                            !s.contains(['_', ':']) && s.parse::<f64>().ok() == Some(f)
                        }
                        _ => true,
                    },
                    _ => false,
                };
                if !agree {
                    found.push(format!(
                        "line {}: `{s}` is {} to YAML 1.1 but {yaml12:?} to YAML 1.2",
                        mark.line(),
                        yaml11.unwrap_or("text")
                    ));
                }
            }
            _ => {}
        }
    }
    found
}

fn yaml12_text(v: &Value) -> String {
    match v {
        Value::Bool(b) => b.to_string(),
        _ => String::new(),
    }
}

/// Each value with its type, as JSON, in the shape `PY_TAGGED` gives: keys keep their
/// type (JSON would make PyYAML's `True` key the text "true") and floats go as their bits
/// (JSON's decimal text is not exact in every reader).
fn tagged(v: &Value) -> serde_json::Value {
    use serde_json::json;
    match v {
        Value::Null => json!(["null"]),
        Value::Bool(b) => json!(["bool", b]),
        Value::Number(n) if n.is_i64() || n.is_u64() => json!(["int", n.to_string()]),
        Value::Number(n) => json!(["float", n.as_f64().unwrap().to_bits().to_string()]),
        Value::String(s) => json!(["str", s]),
        Value::Sequence(items) => json!(["list", items.iter().map(tagged).collect::<Vec<_>>()]),
        Value::Mapping(m) => json!([
            "map",
            m.iter()
                .map(|(k, v)| json!([tagged(k), tagged(v)]))
                .collect::<Vec<_>>()
        ]),
        Value::Tagged(t) => json!(["other", t.tag.to_string()]),
    }
}

const PY_TAGGED: &str = r#"
import json, struct, sys, yaml
def t(x):
    if isinstance(x, bool): return ["bool", x]
    if isinstance(x, int): return ["int", str(x)]
    if isinstance(x, float): return ["float", str(struct.unpack("<Q", struct.pack("<d", x))[0])]
    if isinstance(x, str): return ["str", x]
    if x is None: return ["null"]
    if isinstance(x, list): return ["list", [t(i) for i in x]]
    if isinstance(x, dict): return ["map", [[t(k), t(v)] for k, v in x.items()]]
    return ["other", type(x).__name__ + " " + str(x)]
print(json.dumps(t(yaml.safe_load(open(sys.argv[1], encoding="utf-8")))))
"#;

/// What PyYAML reads from `path`, tagged, or None when PyYAML is not installed.
fn pyyaml_reads(path: &Path) -> Option<serde_json::Value> {
    let probe = Command::new("python3").args(["-c", "import yaml"]).output();
    if !probe.is_ok_and(|o| o.status.success()) {
        eprintln!(
            "SKIPPED the PyYAML half of this test: `python3 -c 'import yaml'` failed \
             (install python3-yaml to run it); the pattern check still ran"
        );
        return None;
    }
    let out = Command::new("python3")
        .args(["-c", PY_TAGGED])
        .arg(path)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "PyYAML could not read {}: {}",
        path.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    Some(serde_json::from_slice(&out.stdout).unwrap())
}

/// What wia's own (YAML 1.2) reader reads, tagged.
fn yaml12_reads(path: &Path) -> serde_json::Value {
    tagged(&serde_yaml::from_str(&std::fs::read_to_string(path).unwrap()).unwrap())
}

fn assert_read_alike(path: &Path) {
    let text = std::fs::read_to_string(path).unwrap();
    let wrong = disagreements(&text);
    assert!(
        wrong.is_empty(),
        "{}:\n{}\n\n{text}",
        path.display(),
        wrong.join("\n")
    );
    if let Some(py) = pyyaml_reads(path) {
        assert_eq!(
            py,
            yaml12_reads(path),
            "{} reads otherwise to PyYAML",
            path.display()
        );
    }
}

fn only_file(dir: &Path) -> PathBuf {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .collect();
    assert_eq!(files.len(), 1, "{files:?}");
    files.pop().unwrap()
}

#[test]
fn a_record_of_ambiguous_answers_reads_the_same_to_yaml_1_1() {
    let tmp = tempfile::tempdir().unwrap();
    wia(tmp.path())
        .args(["new", "--answers", ANSWERS, "--questionnaire", Q])
        .assert()
        .success();
    let record = only_file(&tmp.path().join("records"));
    let text = std::fs::read_to_string(&record).unwrap();
    for line in [
        "specialist_provision: 'yes'",
        "universal_provision: '41_60'",
        "- '1:20'",
        "start: '2026-09-01'",
        "note: '~'",
        "low: 1.0e-6",
    ] {
        assert!(text.contains(line), "no `{line}` in\n{text}");
    }
    assert_read_alike(&record);
    wia(tmp.path())
        .args(["verify"])
        .arg(&record)
        .assert()
        .success();
}

#[test]
fn drafts_read_the_same_to_yaml_1_1() {
    let tmp = tempfile::tempdir().unwrap();
    // A draft saved by `new --draft` and a draft to resume (`revise`).
    wia(tmp.path())
        .args(["new", "--draft", "--answers", ANSWERS, "--questionnaire", Q])
        .assert()
        .success();
    let draft = only_file(&tmp.path().join("drafts"));
    assert_read_alike(&draft);
    std::fs::remove_file(&draft).unwrap();
    wia(tmp.path())
        .args(["new", "--answers", ANSWERS, "--questionnaire", Q])
        .assert()
        .success();
    let record = only_file(&tmp.path().join("records"));
    wia(tmp.path())
        .arg("revise")
        .arg(&record)
        .assert()
        .success();
    assert_read_alike(&only_file(&tmp.path().join("drafts")));
}

#[test]
fn a_stored_response_reads_the_same_to_yaml_1_1() {
    let tmp = tempfile::tempdir().unwrap();
    wia(tmp.path())
        .args(["new", "--answers", ANSWERS, "--questionnaire", Q])
        .assert()
        .success();
    let record = only_file(&tmp.path().join("records"));
    let r: Value = serde_yaml::from_str(&std::fs::read_to_string(&record).unwrap()).unwrap();
    // `on` is a key of every comment: True to YAML 1.1 when unquoted.
    let response = write(
        tmp.path(),
        "response.yaml",
        &format!(
            "response_version: 1\nrecord: {}\nrecord_digest: {}\nreviewer:\n  name: \"No\"\n  \
             organisation: \"2026\"\nposition: oppose\ncomments:\n  - \"on\": general\n    \
             text: \"off\"\n",
            r["id"].as_str().unwrap(),
            r["digest"].as_str().unwrap()
        ),
    );
    wia(tmp.path())
        .args(["respond"])
        .arg(&record)
        .arg("--response")
        .arg(&response)
        .assert()
        .success();
    let stored = only_file(&tmp.path().join("responses"));
    assert!(
        std::fs::read_to_string(&stored)
            .unwrap()
            .contains("- 'on': general")
    );
    assert_read_alike(&stored);
}

#[test]
fn an_answers_template_reads_the_same_to_yaml_1_1() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("t.answers.yaml");
    wia(tmp.path())
        .args(["template", "--questionnaire", Q, "-o"])
        .arg(&out)
        .assert()
        .success();
    let text = std::fs::read_to_string(&out).unwrap();
    // The options are shown as they must be written for a YAML 1.1 reader to agree.
    assert!(text.contains("#   '41_60': 41 to 60%"), "{text}");
    assert_read_alike(&out);
    // The bundled questionnaire's template too, in both languages.
    for lang in ["en", "cy"] {
        let out = tmp.path().join(format!("bundled.{lang}.yaml"));
        wia(tmp.path())
            .args(["template", "--lang", lang, "-o"])
            .arg(&out)
            .assert()
            .success();
        assert_read_alike(&out);
    }
}

#[test]
fn settings_read_the_same_to_yaml_1_1() {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("config.yaml");
    let config = wia::config::Config {
        assessor_name: Some("Yes".into()),
        assessor_organisation: Some("1:20".into()),
        school: Some("null".into()),
        local_authority: Some("on".into()),
        ..Default::default()
    };
    wia::config::save_config(&path, &config, wia::i18n::Lang::En).unwrap();
    assert_read_alike(&path);
    let (back, warning) = wia::config::load_config(&path, wia::i18n::Lang::En);
    assert_eq!((back, warning), (config, None));
}

/// A record saved before this quoting is still intact, byte for byte as written: the
/// digest covers content, and the old layout is recognised as wia's own.
#[test]
fn records_written_before_the_quoting_are_still_intact() {
    let path = Path::new("tests/fixtures/review/records/9490d10358.yaml");
    let text = std::fs::read_to_string(path).unwrap();
    assert!(text.contains("\ncreated: 2026-11-25T10:53:37+00:00\n"));
    let record = wia::record::parse_record(&text, "9490d10358.yaml", wia::i18n::Lang::En).unwrap();
    assert_eq!(
        wia::record::check_integrity(&record, &text, wia::i18n::Lang::En),
        wia::record::Integrity::Intact
    );
    // Written today, the same record quotes its times, and reads back to the same digest.
    let now = record.to_yaml();
    assert!(
        now.contains("\ncreated: '2026-11-25T10:53:37+00:00'\n"),
        "{now}"
    );
    let again = wia::record::parse_record(&now, "9490d10358.yaml", wia::i18n::Lang::En).unwrap();
    assert_eq!(
        wia::record::check_integrity(&again, &now, wia::i18n::Lang::En),
        wia::record::Integrity::Intact
    );
}
