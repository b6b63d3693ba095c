//! Signatures in the list: `wia list` (table, JSON, CSV), `wia export` and review mode's
//! table say who signed each record, with the reader's trust applied at each listing and
//! the cryptography kept in the list's cache under a key that covers the signature files.

mod common;

use std::path::{Path, PathBuf};

use common::signing::*;
use wia::store::DataDir;

/// A record from the example answers with its own title (so its own id); (record, summary).
fn record_titled(s: &Setup, title: &str) -> (PathBuf, PathBuf) {
    let text = std::fs::read_to_string(ANSWERS).unwrap();
    let text = text.replacen(
        "policy_title: ",
        &format!("policy_title: {title} # was: "),
        1,
    );
    let answers = s.root.join(format!("{title}.answers.yaml"));
    std::fs::write(&answers, text).unwrap();
    let out = s
        .wia()
        .arg("new")
        .arg("--answers")
        .arg(&answers)
        .assert()
        .success();
    paths(&out)
}

fn cache(s: &Setup) -> PathBuf {
    s.root.join("cache")
}

/// `wia list` with the test's own cache folder.
fn list(s: &Setup, args: &[&str]) -> String {
    let out = s
        .wia()
        .env("WIA_CACHE_DIR", cache(s))
        .arg("list")
        .args(["--sort", "id"])
        .args(args)
        .assert()
        .success();
    String::from_utf8_lossy(&out.get_output().stdout).into_owned()
}

fn json(s: &Setup) -> Vec<serde_json::Value> {
    serde_json::from_str(&list(s, &["--format", "json"])).unwrap()
}

fn row<'a>(rows: &'a [serde_json::Value], id: &str) -> &'a serde_json::Value {
    rows.iter().find(|r| r["id"] == id).unwrap()
}

fn id_of(record: &Path) -> String {
    record.file_stem().unwrap().to_string_lossy().into_owned()
}

/// Dates are today's: the snapshot must not depend on the day it runs.
fn undated(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        let is_date = i + 10 <= chars.len()
            && chars[i..i + 10].iter().enumerate().all(|(k, c)| match k {
                4 | 7 => *c == '-',
                _ => c.is_ascii_digit(),
            });
        if is_date {
            out.push_str("YYYY-MM-DD");
            i += 10;
        } else {
            out.push(chars[i]);
            i += 1;
        }
    }
    out
}

/// Four records: unsigned; signed by a trusted key; signed by a key not trusted; and
/// signed by the trusted key, then edited. Returns the setup, the two keys and the ids.
fn four() -> Option<(Setup, PathBuf, PathBuf, [PathBuf; 4])> {
    if !have_ssh_keygen() {
        return None;
    }
    let s = Setup::new();
    let officer = s.keygen("officer", "");
    let stranger = s.keygen("stranger", "");
    let (unsigned, _) = record_titled(&s, "Unsigned");
    s.use_key(&officer);
    let (trusted, _) = record_titled(&s, "Trusted");
    let (tampered, _) = record_titled(&s, "Tampered");
    s.wia()
        .args(["keys", "use", "--principal", "stranger@example.org"])
        .arg(&stranger)
        .assert()
        .success();
    let (untrusted, _) = record_titled(&s, "Untrusted");
    s.trust(&officer);
    let text = std::fs::read_to_string(&tampered).unwrap();
    std::fs::write(&tampered, text.replacen("Tampered", "Tampared", 1)).unwrap();
    Some((
        s,
        officer,
        stranger,
        [unsigned, trusted, untrusted, tampered],
    ))
}

#[test]
fn the_list_says_who_signed_each_record() {
    let Some((s, _, _, records)) = four() else {
        return;
    };
    let table = list(&s, &[]);
    insta::assert_snapshot!("list_signatures", undated(&table));
    let cy = s
        .wia()
        .env("WIA_CACHE_DIR", cache(&s))
        .args(["list", "--sort", "id", "--lang", "cy"])
        .assert()
        .success();
    let cy = String::from_utf8_lossy(&cy.get_output().stdout).into_owned();
    insta::assert_snapshot!("list_signatures_cy", undated(&cy));

    let rows = json(&s);
    let [unsigned, trusted, untrusted, tampered] = records.map(|r| id_of(&r));
    let r = row(&rows, &unsigned);
    assert_eq!(r["signature"], "unsigned");
    assert_eq!(r["key_fingerprint"], serde_json::Value::Null);
    let r = row(&rows, &trusted);
    assert_eq!(r["signature"], "trusted");
    assert_eq!(r["signed_by"], serde_json::json!([WHO]));
    assert!(
        r["key_fingerprint"]
            .as_str()
            .unwrap()
            .starts_with("SHA256:")
    );
    assert_eq!(r["summary_signature"], "trusted");
    assert!(r.get("signature_problem").is_none());
    let r = row(&rows, &untrusted);
    assert_eq!(r["signature"], "untrusted");
    assert_eq!(r["signed_by"], serde_json::json!([]));
    assert!(
        r["key_fingerprint"]
            .as_str()
            .unwrap()
            .starts_with("SHA256:")
    );
    let r = row(&rows, &tampered);
    assert_eq!(r["signature"], "bad");
    assert_eq!(r["integrity"], "altered");
    assert!(
        r["signature_problem"]
            .as_str()
            .unwrap()
            .contains("changed after it was signed"),
        "{r}"
    );

    // The export carries the same fields.
    let csv = s.root.join("out.csv");
    s.wia()
        .env("WIA_CACHE_DIR", cache(&s))
        .args(["export", "--csv"])
        .arg(&csv)
        .assert()
        .success();
    let csv = std::fs::read_to_string(csv).unwrap();
    let mut lines = csv.lines();
    assert!(
        lines
            .next()
            .unwrap()
            .ends_with(",signature,signed_by,key_fingerprint,summary_signature")
    );
    let line = csv.lines().find(|l| l.starts_with(&trusted)).unwrap();
    assert!(line.contains(&format!(",trusted,{WHO},SHA256:")), "{line}");
    let line = csv.lines().find(|l| l.starts_with(&tampered)).unwrap();
    assert!(line.contains(",bad,"), "{line}");
}

#[test]
fn a_summary_that_fails_its_signature_makes_the_record_bad_in_the_list() {
    let Some((s, _, _, records)) = four() else {
        return;
    };
    let id = id_of(&records[1]);
    let summary = DataDir::new(s.data()).summary_path(&id);
    assert_eq!(row(&json(&s), &id)["signature"], "trusted");
    let text = std::fs::read_to_string(&summary).unwrap();
    std::fs::write(&summary, text.replacen("Trusted", "Trustee", 1)).unwrap();
    let rows = json(&s);
    let r = row(&rows, &id);
    assert_eq!(r["signature"], "bad");
    assert_eq!(r["summary_signature"], "bad");
    assert!(list(&s, &[]).contains("BAD (summary)"));
    // An unsigned summary beside a signed record is no better.
    std::fs::remove_file(sig_of(&summary)).unwrap();
    let rows = json(&s);
    let r = row(&rows, &id);
    assert_eq!(r["signature"], "bad");
    assert_eq!(r["summary_signature"], "unsigned");
    assert!(
        r["signature_problem"]
            .as_str()
            .unwrap()
            .contains("NOT SIGNED"),
        "{r}"
    );
    // As `wia verify` says.
    s.wia().arg("verify").arg(&records[1]).assert().code(1);
}

/// A signature file added, removed or replaced after the cache was written is seen on
/// the next listing: the cache key covers the signature files, not the record alone.
#[test]
fn signature_files_changed_after_the_cache_are_seen() {
    let Some((s, officer, stranger, records)) = four() else {
        return;
    };
    let [unsigned, trusted, ..] = records.clone().map(|r| id_of(&r));
    let before = json(&s);
    assert_eq!(row(&before, &unsigned)["signature"], "unsigned");
    assert_eq!(row(&before, &trusted)["signature"], "trusted");
    assert!(std::fs::read_dir(cache(&s)).unwrap().count() > 0);

    // Removed.
    let sig = sig_of(&records[1]);
    let kept = std::fs::read(&sig).unwrap();
    std::fs::remove_file(&sig).unwrap();
    assert_eq!(row(&json(&s), &trusted)["signature"], "unsigned");
    // Put back: trusted again.
    std::fs::write(&sig, &kept).unwrap();
    assert_eq!(row(&json(&s), &trusted)["signature"], "trusted");
    // Replaced by the stranger's signature of the same bytes.
    std::fs::remove_file(&sig).unwrap();
    openssh_signs(&stranger, "wia-record", &records[1]);
    assert_eq!(row(&json(&s), &trusted)["signature"], "untrusted");
    // Replaced by a signature of other bytes.
    let other = s.root.join("other.yaml");
    std::fs::write(&other, "not the record\n").unwrap();
    openssh_signs(&officer, "wia-record", &other);
    std::fs::copy(sig_of(&other), &sig).unwrap();
    assert_eq!(row(&json(&s), &trusted)["signature"], "bad");

    // Added: the unsigned record signed since, record and summary.
    s.use_key(&officer);
    s.wia().args(["sign", &unsigned]).assert().success();
    let r = json(&s);
    assert_eq!(row(&r, &unsigned)["signature"], "trusted");
    assert_eq!(row(&r, &unsigned)["summary_signature"], "trusted");
}

/// Trust is the reader's: trusting a signer after the list was cached shows at once,
/// without the cache being deleted or even rewritten.
#[test]
fn trust_added_after_a_cached_list_shows_without_touching_the_cache() {
    let Some((s, _, stranger, records)) = four() else {
        return;
    };
    let id = id_of(&records[2]);
    assert_eq!(row(&json(&s), &id)["signature"], "untrusted");
    // The index and its search words.
    let files: Vec<PathBuf> = std::fs::read_dir(cache(&s))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(files.len(), 2);
    let cached: Vec<Vec<u8>> = files.iter().map(|f| std::fs::read(f).unwrap()).collect();
    s.wia()
        .args(["keys", "trust", "stranger@example.org"])
        .arg(pub_of(&stranger))
        .assert()
        .success();
    let rows = json(&s);
    assert_eq!(row(&rows, &id)["signature"], "trusted");
    assert_eq!(
        row(&rows, &id)["signed_by"],
        serde_json::json!(["stranger@example.org"])
    );
    let now: Vec<Vec<u8>> = files.iter().map(|f| std::fs::read(f).unwrap()).collect();
    assert_eq!(now, cached);
    // And trust removed again (by editing the file, as docs/signatures.md says).
    std::fs::write(s.allowed(), "").unwrap();
    assert_eq!(row(&json(&s), &id)["signature"], "untrusted");
}

/// Review mode's table shows the column, from the same list with the same trust.
#[test]
fn the_review_table_shows_the_signature_column() {
    let Some((s, _, _, _)) = four() else {
        return;
    };
    let trusted = wia::sign::AllowedSigners::load(&s.allowed(), wia::i18n::Lang::En).unwrap();
    let data = DataDir::new(s.data());
    let entries = wia::review::load_index_trusting(&data, None, &trusted, wia::i18n::Lang::En);
    for lang in [wia::i18n::Lang::En, wia::i18n::Lang::Cy] {
        let mut m = common::tui::model_in(lang);
        m.data_dir = s.data().display().to_string();
        m.screen = wia::tui::model::Screen::Review(Box::default());
        wia::tui::update::review_msg(&mut m, wia::tui::msg::ReviewMsg::Loaded(entries.clone()));
        // By id: the records may share a second, so their dates cannot order them. The id
        // is no column on screen, so no digit sorts by it: set it as `wia review` could.
        if let wia::tui::model::Screen::Review(r) = &mut m.screen {
            r.sort = wia::review::Column::Id;
            r.descending = false;
            r.refresh();
        }
        // The cursor stays on the record it was on, which the same-second dates left to
        // chance: put it on the first row.
        common::tui::press(&mut m, ratatui::crossterm::event::KeyCode::Home);
        let screen = common::tui::render(&m, 120, 16);
        let name = format!("review_table_signatures_{lang:?}").to_lowercase();
        insta::assert_snapshot!(name, undated(&screen));
    }
    let m = {
        let mut m = common::tui::model();
        m.screen = wia::tui::model::Screen::Review(Box::default());
        wia::tui::update::review_msg(&mut m, wia::tui::msg::ReviewMsg::Loaded(entries));
        m
    };
    let screen = common::tui::render(&m, 120, 16);
    for cell in [
        "✓ officer@gov.wales",
        "? UNKNOWN KEY",
        "✗ BAD SIGNATURE",
        "– unsigned",
    ] {
        assert!(screen.contains(cell), "{cell} in\n{screen}");
    }
}

/// A summary edited to the same length with its modification time put back, after the
/// list was cached: the cache is keyed on what the file system says of the file, and on
/// Unix that includes the change time, which cannot be put back by hand.
#[cfg(unix)]
#[test]
fn a_summary_edited_with_its_old_time_put_back_is_still_seen() {
    let Some((s, _, _, records)) = four() else {
        return;
    };
    let id = id_of(&records[1]);
    let summary = DataDir::new(s.data()).summary_path(&id);
    assert_eq!(row(&json(&s), &id)["signature"], "trusted");
    let modified = std::fs::metadata(&summary).unwrap().modified().unwrap();
    let text = std::fs::read_to_string(&summary).unwrap();
    std::fs::write(&summary, text.replacen("Trusted", "Trustee", 1)).unwrap();
    std::fs::File::options()
        .write(true)
        .open(&summary)
        .unwrap()
        .set_modified(modified)
        .unwrap();
    assert_eq!(
        std::fs::metadata(&summary).unwrap().modified().unwrap(),
        modified
    );
    let rows = json(&s);
    assert_eq!(row(&rows, &id)["signature"], "bad");
}
