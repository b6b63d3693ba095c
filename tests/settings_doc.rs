//! docs/settings.md names every environment variable wia reads and every key of the
//! settings file, and `wia --help` names wia's own variables, in both languages.

mod common;

use std::path::Path;

use regex::Regex;

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

/// The variables the source reads: names in quotes on a line that reads or removes a
/// variable, or on the three lines before it (a list of names read in turn), and every
/// `WIA_` name anywhere.
fn variables_read() -> std::collections::BTreeSet<String> {
    let name = Regex::new(r#""([A-Z][A-Z0-9_]{2,})""#).unwrap();
    let reads = Regex::new(r"env::var|var_os|env_remove|env_var\(").unwrap();
    let mut files = Vec::new();
    rust_files(Path::new("src"), &mut files);
    let mut found = std::collections::BTreeSet::new();
    for f in files {
        let text = std::fs::read_to_string(&f).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        for (i, line) in lines.iter().enumerate() {
            let window = if reads.is_match(line) {
                lines[i.saturating_sub(3)..=i].join("\n")
            } else {
                line.to_string()
            };
            for c in name.captures_iter(&window) {
                let n = &c[1];
                if reads.is_match(line) || n.starts_with("WIA_") {
                    found.insert(n.to_string());
                }
            }
        }
    }
    found
}

#[test]
fn every_environment_variable_is_documented() {
    let doc = std::fs::read_to_string("docs/settings.md").unwrap();
    let vars = variables_read();
    // The scan must find what is known to be read, or it proves nothing.
    for known in [
        "WIA_DATA_DIR",
        "WIA_CONFIG_DIR",
        "WIA_CACHE_DIR",
        "NO_COLOR",
        "USER",
    ] {
        assert!(vars.contains(known), "the scan missed {known}: {vars:?}");
    }
    let missing: Vec<_> = vars
        .iter()
        .filter(|v| !doc.contains(&format!("`{v}`")))
        .collect();
    assert!(missing.is_empty(), "not in docs/settings.md: {missing:?}");
}

#[test]
fn help_names_wias_own_variables_in_both_languages() {
    let dir = tempfile::tempdir().unwrap();
    for lang in ["en", "cy"] {
        let out = common::cli::wia(dir.path())
            .args(["--lang", lang, "--help"])
            .assert()
            .success();
        let help = String::from_utf8(out.get_output().stdout.clone()).unwrap();
        for v in variables_read()
            .iter()
            .filter(|v| v.starts_with("WIA_") && !v.starts_with("WIA_TEST_"))
            .chain(std::iter::once(&"NO_COLOR".to_string()))
        {
            assert!(help.contains(v.as_str()), "{lang}: no {v} in\n{help}");
        }
        assert!(help.contains("docs/settings.md"), "{lang}");
    }
}

#[test]
fn every_settings_key_is_documented() {
    let doc = std::fs::read_to_string("docs/settings.md").unwrap();
    // Every field set, so every key is written.
    let config = wia::config::Config {
        assessor_name: Some("a".into()),
        assessor_organisation: Some("b".into()),
        language: Some(wia::i18n::Lang::Cy),
        school: Some("c".into()),
        local_authority: Some("d".into()),
        signing_key: Some("e".into()),
        signing_principal: Some("f".into()),
        mouse: Some(false),
        keys: [("save".to_string(), serde_yaml::Value::from("ctrl-w"))].into(),
        ..Default::default()
    };
    let written: serde_yaml::Mapping =
        serde_yaml::from_value(serde_yaml::to_value(&config).unwrap()).unwrap();
    assert_eq!(
        written.len(),
        9,
        "a new setting: add it to docs/settings.md and here"
    );
    for key in written.keys() {
        let key = key.as_str().unwrap();
        assert!(
            doc.contains(&format!("| `{key}` |")),
            "{key} not in docs/settings.md"
        );
    }
}
