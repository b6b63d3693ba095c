//! Signing from the full-screen interface: finalising signs the summary and the record
//! with the configured key (checked with `ssh-keygen -Y verify`), a protected key asks
//! for its passphrase in a window that never shows it, Esc leaves the record saved but
//! unsigned, and the Done screen says which.
//!
//! The settings folder is read from the environment, which every thread shares, so the
//! cases run one after the other inside a single test.

mod common;

use std::path::Path;

use common::signing::{Setup, have_ssh_keygen, openssh_verifies, sig_of};
use common::tui::*;
use ratatui::crossterm::event::KeyCode;
use wia::store::DataDir;
use wia::tui::Model;
use wia::tui::model::{Overlay, Screen};
use wia::tui::msg::{Effect, Msg, Signing};
use wia::tui::{app, update};

const PASS: &str = "correct horse 7";

/// Finalise the worked example from the interface, as the runtime would; the model is
/// then on the Done screen (or asking for the passphrase over it).
fn finalise(s: &Setup) -> Model {
    let mut m = assessing(example_answers());
    app::finalise(&mut m);
    // Finalising asks first; yes.
    let effects = app::finalise_confirmed(&mut m);
    let a = effects
        .iter()
        .find_map(|e| match e {
            Effect::Finalise(a) => Some(a.clone()),
            _ => None,
        })
        .expect("finalised");
    let done = wia::tui::runtime::finalise(&DataDir::new(s.data()), &a).expect("saved");
    update(&mut m, Msg::Finalised(Ok(done)));
    m
}

fn done(m: &Model) -> &wia::tui::msg::Finished {
    match &m.screen {
        Screen::Done(d) => d,
        _ => panic!("not done"),
    }
}

/// Every file under `dir`, as text where it is text.
fn every_file_contains(dir: &Path, needle: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).into_iter().flatten().flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if String::from_utf8_lossy(&std::fs::read(&p).unwrap()).contains(needle) {
                found.push(p.display().to_string());
            }
        }
    }
    found
}

fn set_env(key: &str, value: Option<&Path>) {
    // SAFETY: this binary's only test sets these, and nothing else runs at the time.
    unsafe {
        match value {
            Some(v) => std::env::set_var(key, v),
            None => std::env::remove_var(key),
        }
    }
}

#[test]
fn finalising_signs_with_the_configured_key_and_asks_for_a_passphrase_in_a_window() {
    if !have_ssh_keygen() {
        return;
    }
    set_env("WIA_KEY_PASSPHRASE", None);

    // An unprotected key: signed at once, summary then record, as `wia new` signs.
    let s = Setup::new();
    let key = s.keygen("plain", "");
    s.use_key(&key);
    s.trust(&key);
    set_env("WIA_CONFIG_DIR", Some(&s.conf()));
    let m = finalise(&s);
    assert!(m.overlay.is_none());
    let d = done(&m);
    let Signing::By(fingerprint) = &d.signing else {
        panic!("{:?}", d.signing);
    };
    assert!(fingerprint.starts_with("SHA256:"));
    for file in [&d.record, &d.summary] {
        let file = Path::new(file);
        assert!(sig_of(file).exists(), "{} unsigned", file.display());
        assert!(openssh_verifies(&s.allowed(), "wia-record", file));
    }
    let screen = render(&m, 100, 24);
    assert!(
        screen.contains(&format!("Signed with key {fingerprint}")),
        "{screen}"
    );

    // A protected key without WIA_KEY_PASSPHRASE: the record is saved, then a window asks.
    let s = Setup::new();
    let key = s.keygen("locked", PASS);
    s.use_key(&key);
    s.trust(&key);
    set_env("WIA_CONFIG_DIR", Some(&s.conf()));
    let mut m = finalise(&s);
    assert!(matches!(m.overlay, Some(Overlay::Passphrase { .. })));
    assert_eq!(done(&m).signing, Signing::NeedsPassphrase);
    let record = std::path::PathBuf::from(&done(&m).record);
    assert!(record.exists() && !sig_of(&record).exists());
    let mut frames = vec![render(&m, 80, 24)];
    assert!(
        frames[0].contains("Signing key passphrase"),
        "{}",
        frames[0]
    );
    // A wrong one first: the window asks again and says why.
    type_text(&mut m, "wrong");
    frames.push(render(&m, 80, 24));
    let effects = press(&mut m, KeyCode::Enter);
    let [Effect::Sign(target, typed)] = &effects[..] else {
        panic!("{effects:?}");
    };
    assert!(!format!("{effects:?}").contains("wrong"), "Debug shows it");
    let signing = wia::tui::signing::sign_now(target, Some(typed), m.lang);
    assert!(matches!(signing, Signing::Failed(_)), "{signing:?}");
    update(&mut m, Msg::Signed(target.clone(), signing));
    drop(effects);
    assert!(matches!(
        m.overlay,
        Some(Overlay::Passphrase {
            problem: Some(_),
            ..
        })
    ));
    frames.push(render(&m, 80, 24));
    // Then the right one, typed and pasted in part.
    type_text(&mut m, &PASS[..7]);
    update(&mut m, Msg::Paste(PASS[7..].to_string()));
    frames.push(render(&m, 80, 24));
    assert!(
        !format!("{m:?}").contains(PASS),
        "the model's Debug shows it"
    );
    let effects = press(&mut m, KeyCode::Enter);
    let [Effect::Sign(target, typed)] = &effects[..] else {
        panic!("{effects:?}");
    };
    let signing = wia::tui::signing::sign_now(target, Some(typed), m.lang);
    update(&mut m, Msg::Signed(target.clone(), signing));
    drop(effects);
    assert!(m.overlay.is_none());
    assert!(
        matches!(done(&m).signing, Signing::By(_)),
        "{:?}",
        done(&m).signing
    );
    for file in [&done(&m).record, &done(&m).summary] {
        assert!(openssh_verifies(
            &s.allowed(),
            "wia-record",
            Path::new(file)
        ));
    }
    frames.push(render(&m, 100, 24));
    assert!(frames.last().unwrap().contains("Signed with key SHA256:"));
    for f in &frames {
        assert!(
            !f.contains(PASS) && !f.contains("correct") && !f.contains("wrong"),
            "{f}"
        );
    }
    // Never written anywhere: not in the data folder (drafts included), not in settings.
    assert!(every_file_contains(&s.data(), "correct horse").is_empty());
    assert!(every_file_contains(&s.conf(), "correct horse").is_empty());

    // Esc skips signing: saved, unsigned, and the Done screen says how to sign later.
    // (A folder of its own: the same answers in the same folder are the record just signed.)
    let s = Setup::new();
    let key = s.keygen("locked", PASS);
    s.use_key(&key);
    set_env("WIA_CONFIG_DIR", Some(&s.conf()));
    let mut m = finalise(&s);
    assert!(matches!(m.overlay, Some(Overlay::Passphrase { .. })));
    press(&mut m, KeyCode::Esc);
    assert!(m.overlay.is_none());
    assert_eq!(done(&m).signing, Signing::Skipped);
    let record = Path::new(&done(&m).record);
    assert!(record.exists() && !sig_of(record).exists());
    let screen = render(&m, 100, 24);
    assert!(
        screen.contains("NOT SIGNED") && screen.contains(&format!("wia sign {}", done(&m).id)),
        "{screen}"
    );

    // WIA_KEY_PASSPHRASE, when set, is used without asking.
    set_env("WIA_KEY_PASSPHRASE", Some(Path::new(PASS)));
    let m = finalise(&s);
    set_env("WIA_KEY_PASSPHRASE", None);
    assert!(m.overlay.is_none());
    assert!(
        matches!(done(&m).signing, Signing::By(_)),
        "{:?}",
        done(&m).signing
    );

    // Storing a response from review mode signs it as wia-response, the same way.
    let s = Setup::new();
    let key = s.keygen("responder", "");
    s.use_key(&key);
    s.trust(&key);
    set_env("WIA_CONFIG_DIR", Some(&s.conf()));
    let m = finalise(&s);
    let record = std::path::PathBuf::from(&done(&m).record);
    let text = std::fs::read_to_string(&record).unwrap();
    let v: serde_yaml::Value = serde_yaml::from_str(&text).unwrap();
    let response = wia::review::Response {
        response_version: wia::review::RESPONSE_VERSION,
        record: done(&m).id.clone(),
        record_digest: v["digest"].as_str().unwrap().to_string(),
        reviewer: wia::review::Reviewer {
            name: "Gareth Jones".into(),
            organisation: "NEU Cymru".into(),
        },
        position: wia::review::Position::Support,
        created: None,
        comments: Vec::new(),
        alternatives: Vec::new(),
    };
    let msg = wia::tui::runtime::review_effect(
        wia::tui::msg::ReviewEffect::Save {
            record,
            response: Box::new(response),
        },
        &DataDir::new(s.data()),
        wia::i18n::Lang::En,
    );
    let wia::tui::msg::ReviewMsg::Saved(Ok((file, Signing::By(_)))) = msg else {
        panic!("{msg:?}");
    };
    assert!(openssh_verifies(
        &s.allowed(),
        "wia-response",
        Path::new(&file)
    ));
}
