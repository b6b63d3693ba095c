//! Drafts: saved as typed and read back unchanged, listed even when some are broken,
//! found by a start of their id. And the remembered settings, which never stop a run.

use std::path::PathBuf;

use chrono::DateTime;
use wia::config::{Config, load_config, save_config};
use wia::error::Error;
use wia::record::{AssessorInput, Draft, parse_draft};
use wia::store::{DataDir, list_drafts, load_draft, remove_draft, save_draft};
use wia::text::Lang;

fn draft(id: &str, updated: &str) -> Draft {
    let answers: serde_yaml::Mapping = serde_yaml::from_str(
        r#"
policy_title: "  Ffurflen gynnydd ADY bob tymor  "
funded: "no"
tasks:
  - description: Llenwi'r ffurflen
    roles: [alnco]
    minutes: {low: 60, likely: 90, high: 180}
    frequency: per_term
    share: 1
    change: new
  - {description: "x", roles: [teachers]}
funding_amount: -5
"#,
    )
    .unwrap();
    Draft {
        draft_version: 1,
        id: id.into(),
        questionnaire: "small".into(),
        questionnaire_file: Some(PathBuf::from("/srv/q/small-questionnaire.yaml")),
        created: DateTime::parse_from_rfc3339("2026-11-25T09:30:15+01:00").unwrap(),
        updated: DateTime::parse_from_rfc3339(updated).unwrap(),
        assessor: AssessorInput {
            name: Some("Siân Ŵyn".into()),
            organisation: None,
        },
        language: Lang::Cy,
        headcounts: [("alnco".to_string(), 120.0)].into(),
        answers,
        position: Some("tasks".into()),
        revises: None,
    }
}

fn data() -> (tempfile::TempDir, DataDir) {
    let dir = tempfile::tempdir().unwrap();
    let data = DataDir::new(dir.path());
    (dir, data)
}

#[test]
fn a_half_typed_welsh_draft_reads_back_unchanged() {
    let d = draft("0a1b2c3d4e", "2026-11-25T10:00:00+01:00");
    let text = d.to_yaml();
    assert!(
        text.starts_with("# wia draft assessment: resume it with `wia assess --resume 0a1b2c3d4e`"),
        "{text}"
    );
    assert!(
        text.contains("updated: '2026-11-25T10:00:00+01:00'"),
        "{text}"
    );
    let back = parse_draft(&text, "d.yaml", wia::i18n::Lang::En).unwrap();
    assert_eq!(back, d);
    let tasks = back.answers.get("tasks").unwrap().as_sequence().unwrap();
    assert_eq!(tasks.len(), 2);
    assert_eq!(tasks[1].get("minutes"), None);
    assert_eq!(tasks[1].get("description").unwrap().as_str(), Some("x"));
    assert_eq!(back.assessor.name.as_deref(), Some("Siân Ŵyn"));
    assert_eq!(back.title(), Some("Ffurflen gynnydd ADY bob tymor"));

    let (_dir, data) = data();
    let path = save_draft(&data, &d, wia::i18n::Lang::En).unwrap();
    assert_eq!(path, data.draft_path("0a1b2c3d4e"));
    assert_eq!(path, data.drafts().join("0a1b2c3d4e.yaml"));
    assert_eq!(
        load_draft(&data, "0a1b2c3d4e", wia::i18n::Lang::En).unwrap(),
        d
    );

    let file = d.answers_file();
    assert_eq!(file.questionnaire, "small");
    assert_eq!(file.assessor, d.assessor);
    assert_eq!(file.language, Lang::Cy);
    assert_eq!(file.headcounts, d.headcounts);
    assert_eq!(file.answers, d.answers);
}

#[test]
fn a_draft_without_a_title_has_none() {
    let mut d = draft("0a1b2c3d4e", "2026-11-25T10:00:00+01:00");
    d.answers.insert("policy_title".into(), "   ".into());
    assert_eq!(d.title(), None);
    d.answers.insert("policy_title".into(), 42.into());
    assert_eq!(d.title(), None);
    d.answers.remove("policy_title");
    assert_eq!(d.title(), None);
}

#[test]
fn the_list_shows_good_drafts_newest_first_then_broken_ones() {
    let (_dir, data) = data();
    let older = draft("1111111111", "2026-11-25T10:00:00+01:00");
    // Earlier on the clock face but later in time: order is by instant, not by text.
    let newer = draft("2222222222", "2026-11-25T09:30:00+00:00");
    save_draft(&data, &older, wia::i18n::Lang::En).unwrap();
    save_draft(&data, &newer, wia::i18n::Lang::En).unwrap();
    let dir = data.drafts();
    let good = newer.to_yaml();
    let cut = good.find("updated:").unwrap();
    std::fs::write(dir.join("3333333333.yaml"), &good[..cut]).unwrap();
    std::fs::write(dir.join("4444444444.yaml"), "").unwrap();
    std::fs::write(dir.join("5555555555.yaml"), "Not YAML: {\n\tat: all ]\n").unwrap();
    std::fs::write(dir.join("6666666666.yaml"), [0xff, 0xfe, b'a']).unwrap();
    std::fs::write(dir.join(".2222222222.yaml.123.tmp"), &good[..10]).unwrap();
    std::fs::write(dir.join(".hidden.yaml"), "junk").unwrap();
    std::fs::write(dir.join("notes.txt"), "junk").unwrap();
    std::fs::create_dir(dir.join("folder.yaml")).unwrap();

    let list = list_drafts(&data, wia::i18n::Lang::En);
    let ids: Vec<&str> = list.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "2222222222",
            "1111111111",
            "3333333333",
            "4444444444",
            "5555555555",
            "6666666666"
        ]
    );
    assert_eq!(list[0].problem, None);
    assert_eq!(
        list[0].title.as_deref(),
        Some("Ffurflen gynnydd ADY bob tymor")
    );
    assert_eq!(list[0].updated, Some(newer.updated));
    assert_eq!(list[0].path, dir.join("2222222222.yaml"));
    assert_eq!(list[1].updated, Some(older.updated));
    for bad in &list[2..] {
        let problem = bad.problem.as_deref().unwrap_or_else(|| panic!("{bad:?}"));
        assert!(!problem.contains('\n'), "{problem}");
        assert!(!problem.is_empty());
        assert_eq!(bad.updated, None);
        assert_eq!(bad.title, None);
    }
    assert!(
        list[2].problem.as_deref().unwrap().contains("updated"),
        "{:?}",
        list[2]
    );
    assert!(
        list[3].problem.as_deref().unwrap().contains("empty"),
        "{:?}",
        list[3]
    );
    assert!(
        list[4].problem.as_deref().unwrap().starts_with("line "),
        "{:?}",
        list[4]
    );
    assert!(
        list[5].problem.as_deref().unwrap().contains("UTF-8"),
        "{:?}",
        list[5]
    );
}

#[test]
fn no_drafts_folder_is_an_empty_list() {
    let (_dir, data) = data();
    assert_eq!(list_drafts(&data, wia::i18n::Lang::En), []);
    let e = load_draft(&data, "abc", wia::i18n::Lang::En).unwrap_err();
    assert!(matches!(e, Error::NotFound(_)), "{e:?}");
    assert!(e.to_string().contains("no drafts in"), "{e}");
}

#[test]
fn a_draft_is_found_by_a_unique_start_of_its_id() {
    let (_dir, data) = data();
    for id in ["abc1234567", "abc9999999", "abd7654321"] {
        save_draft(
            &data,
            &draft(id, "2026-11-25T10:00:00+01:00"),
            wia::i18n::Lang::En,
        )
        .unwrap();
    }
    assert_eq!(
        load_draft(&data, "abd", wia::i18n::Lang::En).unwrap().id,
        "abd7654321"
    );
    assert_eq!(
        load_draft(&data, "abc9", wia::i18n::Lang::En).unwrap().id,
        "abc9999999"
    );

    let e = load_draft(&data, "abc", wia::i18n::Lang::En).unwrap_err();
    assert!(matches!(e, Error::NotFound(_)), "{e:?}");
    let msg = e.to_string();
    assert!(
        msg.contains("abc1234567") && msg.contains("abc9999999") && !msg.contains("abd"),
        "{msg}"
    );

    let e = load_draft(&data, "fff", wia::i18n::Lang::En).unwrap_err();
    assert!(matches!(e, Error::NotFound(_)), "{e:?}");
    let msg = e.to_string();
    assert!(
        msg.contains("`fff`") && msg.contains(&data.drafts().display().to_string()),
        "{msg}"
    );
    // A path is never a prefix of an id.
    assert!(load_draft(&data, "../drafts/abd7654321", wia::i18n::Lang::En).is_err());
}

#[test]
fn an_exact_id_wins_over_a_longer_one_it_starts() {
    let (_dir, data) = data();
    save_draft(
        &data,
        &draft("abc", "2026-11-25T10:00:00+01:00"),
        wia::i18n::Lang::En,
    )
    .unwrap();
    save_draft(
        &data,
        &draft("abc1", "2026-11-25T10:00:00+01:00"),
        wia::i18n::Lang::En,
    )
    .unwrap();
    assert_eq!(
        load_draft(&data, "abc", wia::i18n::Lang::En).unwrap().id,
        "abc"
    );
}

#[test]
fn a_draft_whose_id_differs_from_its_file_name_is_refused() {
    let (_dir, data) = data();
    let path = save_draft(
        &data,
        &draft("aaaa000001", "2026-11-25T10:00:00+01:00"),
        wia::i18n::Lang::En,
    )
    .unwrap();
    std::fs::rename(&path, data.draft_path("bbbb000002")).unwrap();

    let e = load_draft(&data, "bbbb", wia::i18n::Lang::En).unwrap_err();
    assert!(matches!(e, Error::Invalid(_)), "{e:?}");
    let msg = e.to_string();
    assert!(
        msg.contains("aaaa000001") && msg.contains("bbbb000002.yaml"),
        "{msg}"
    );
    // Located at the `id` key: after the comment line and draft_version.
    assert!(msg.contains("bbbb000002.yaml:3:1:"), "{msg}");

    let list = list_drafts(&data, wia::i18n::Lang::En);
    assert_eq!(list.len(), 1);
    assert_eq!(list[0].id, "bbbb000002");
    assert!(list[0].problem.as_deref().unwrap().contains("aaaa000001"));
}

#[test]
fn a_draft_of_another_version_is_refused_naming_it() {
    let (_dir, data) = data();
    let text = draft("0a1b2c3d4e", "2026-11-25T10:00:00+01:00")
        .to_yaml()
        .replace("draft_version: 1", "draft_version: 2")
        + "field_from_the_future: true\n";
    let e = parse_draft(&text, "d.yaml", wia::i18n::Lang::En).unwrap_err();
    let msg = e.to_string();
    assert!(msg.contains("d.yaml:2:1:"), "{msg}");
    assert!(msg.contains("draft version 2"), "{msg}");
    assert!(!msg.contains("unknown field"), "{msg}");

    std::fs::create_dir_all(data.drafts()).unwrap();
    std::fs::write(data.draft_path("0a1b2c3d4e"), &text).unwrap();
    let msg = load_draft(&data, "0a1b", wia::i18n::Lang::En)
        .unwrap_err()
        .to_string();
    assert!(msg.contains("draft version 2"), "{msg}");
    let list = list_drafts(&data, wia::i18n::Lang::En);
    assert!(
        list[0]
            .problem
            .as_deref()
            .unwrap()
            .contains("draft version 2")
    );
}

#[test]
fn a_draft_with_an_unsafe_id_is_refused() {
    let text = draft("0a1b2c3d4e", "2026-11-25T10:00:00+01:00")
        .to_yaml()
        .replace("id: 0a1b2c3d4e", "id: ../records/x");
    let msg = parse_draft(&text, "d.yaml", wia::i18n::Lang::En)
        .unwrap_err()
        .to_string();
    assert!(
        msg.contains("d.yaml:3:1:") && msg.contains("draft id"),
        "{msg}"
    );

    let (dir, data) = data();
    let e = save_draft(
        &data,
        &draft("../escape", "2026-11-25T10:00:00+01:00"),
        wia::i18n::Lang::En,
    )
    .unwrap_err();
    assert!(e.to_string().contains("../escape"), "{e}");
    assert!(!dir.path().join("escape.yaml").exists());
    assert!(remove_draft(&data, "../records/x", wia::i18n::Lang::En).is_err());
}

#[test]
fn removing_a_draft_deletes_it_and_a_missing_one_is_fine() {
    let (_dir, data) = data();
    let keep = draft("1111111111", "2026-11-25T10:00:00+01:00");
    save_draft(&data, &keep, wia::i18n::Lang::En).unwrap();
    let path = save_draft(
        &data,
        &draft("2222222222", "2026-11-25T10:00:00+01:00"),
        wia::i18n::Lang::En,
    )
    .unwrap();
    remove_draft(&data, "2222222222", wia::i18n::Lang::En).unwrap();
    assert!(!path.exists());
    assert!(matches!(
        load_draft(&data, "2222222222", wia::i18n::Lang::En),
        Err(Error::NotFound(_))
    ));
    remove_draft(&data, "2222222222", wia::i18n::Lang::En).unwrap();
    assert_eq!(
        load_draft(&data, "1111111111", wia::i18n::Lang::En).unwrap(),
        keep
    );
}

#[test]
fn missing_settings_are_the_defaults_without_a_warning() {
    let dir = tempfile::tempdir().unwrap();
    let (config, warning) = load_config(&dir.path().join("config.yaml"), wia::i18n::Lang::En);
    assert_eq!(config, Config::default());
    assert_eq!(warning, None);
}

#[test]
fn settings_read_back_as_saved() {
    let dir = tempfile::tempdir().unwrap();
    // The config folder may not exist on a first run.
    let path = dir.path().join("wia").join("config.yaml");
    let config = Config {
        assessor_name: Some("Siân Ŵyn".into()),
        assessor_organisation: Some("Llywodraeth Cymru".into()),
        language: Some(Lang::Cy),
        school: Some("Ysgol Gynradd Aberdâr".into()),
        local_authority: Some("rhondda_cynon_taf".into()),
        ..Config::default()
    };
    save_config(&path, &config, wia::i18n::Lang::En).unwrap();
    assert_eq!(load_config(&path, wia::i18n::Lang::En), (config, None));

    let partial = Config {
        assessor_name: Some("Ceri".into()),
        ..Config::default()
    };
    save_config(&path, &partial, wia::i18n::Lang::En).unwrap();
    assert!(
        !std::fs::read_to_string(&path)
            .unwrap()
            .contains("organisation"),
        "unset settings are left out"
    );
    assert_eq!(load_config(&path, wia::i18n::Lang::En), (partial, None));
}

#[test]
fn corrupt_settings_are_the_defaults_with_a_warning_naming_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("config.yaml");
    std::fs::write(&path, "assessor_name: Ceri\nlanguage: [cy\n").unwrap();
    let (config, warning) = load_config(&path, wia::i18n::Lang::En);
    assert_eq!(config, Config::default());
    let warning = warning.expect("a warning");
    assert!(warning.contains("config.yaml:"), "{warning}");
    assert!(warning.contains("warning"), "{warning}");
    assert!(!warning.contains('\n'), "{warning}");

    std::fs::write(&path, "language: fr\n").unwrap();
    let (config, warning) = load_config(&path, wia::i18n::Lang::En);
    assert_eq!(config, Config::default());
    assert!(warning.unwrap().contains("config.yaml:1:"));

    std::fs::write(&path, [0xff, 0xfe]).unwrap();
    let (config, warning) = load_config(&path, wia::i18n::Lang::En);
    assert_eq!(config, Config::default());
    assert!(warning.unwrap().contains("config.yaml"));

    // Emptied by hand: a reset, not a mistake.
    std::fs::write(&path, "# nothing here\n\n").unwrap();
    assert_eq!(
        load_config(&path, wia::i18n::Lang::En),
        (Config::default(), None)
    );
}

#[test]
fn unknown_settings_are_ignored() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("config.yaml");
    std::fs::write(
        &path,
        "assessor_name: Ceri Jones\ntheme: dark\nlanguage: cy\nrecent: [a, b]\n",
    )
    .unwrap();
    let (config, warning) = load_config(&path, wia::i18n::Lang::En);
    assert_eq!(warning, None);
    assert_eq!(
        config,
        Config {
            assessor_name: Some("Ceri Jones".into()),
            assessor_organisation: None,
            language: Some(Lang::Cy),
            ..Config::default()
        }
    );
}
