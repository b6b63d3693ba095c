//! The home screen's sync line without a terminal: each stage said while a sync runs,
//! where a shared folder stands, leaving mid-sync asked twice, and what arrived flagged
//! said as a failure; at 80 x 24, 100 x 30 and 200 x 60 in English and Welsh.

mod common;

use common::tui::{model_in, press, render};
use ratatui::crossterm::event::KeyCode;
use wia::i18n::Lang;
use wia::sync::tally::Tally;
use wia::sync::{Stage, Status};
use wia::tui::Effect;
use wia::tui::msg::{Msg, Synced};
use wia::tui::sharing::Sharing;
use wia::tui::update;

fn shared() -> Sharing {
    Sharing::Shared(Box::new(Status {
        remote: "ssh://git@example.org/wia/shared.git".into(),
        branch: "main".into(),
        ahead: 1,
        behind: 0,
        last_sync: chrono::DateTime::parse_from_rfc3339("2026-11-27T09:15:00+00:00").ok(),
        waiting: Tally {
            records: 1,
            responses: 0,
            evidence: 12,
            files: 0,
        },
        held: Vec::new(),
    }))
}

#[test]
fn a_shared_folder_says_when_it_synced_what_waits_and_which_key_syncs() {
    for lang in [Lang::En, Lang::Cy] {
        for (w, h) in [(80, 24), (100, 30), (200, 60)] {
            let mut m = model_in(lang);
            update(&mut m, Msg::SyncStatus(shared()));
            let screen = render(&m, w, h);
            insta::assert_snapshot!(format!("home_shared_{lang:?}_{w}x{h}"), screen);
        }
    }
    let mut m = model_in(Lang::En);
    update(&mut m, Msg::SyncStatus(shared()));
    let screen = render(&m, 80, 24);
    // Two lines at 80 columns, read as one.
    let said = screen.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        said.contains(
            "last synced 2026-11-27 09:15 · s to sync · to send: 1 new assessment, 12 evidence entries"
        ),
        "{screen}"
    );
}

#[test]
fn s_starts_a_sync_once_and_each_stage_is_said_while_it_runs() {
    let mut m = model_in(Lang::En);
    update(&mut m, Msg::SyncStatus(shared()));
    let effects = press(&mut m, KeyCode::Char('s'));
    assert!(matches!(effects.as_slice(), [Effect::Sync]), "{effects:?}");
    // A second press while it runs starts nothing.
    let effects = press(&mut m, KeyCode::Char('s'));
    assert!(effects.is_empty(), "{effects:?}");
    assert!(render(&m, 80, 24).contains("A sync is already under way."));
    for (stage, words) in [
        (
            Stage::Fetching,
            "Syncing: asking the shared folder what has arrived…",
        ),
        (Stage::Committing, "Syncing: noting what was written here…"),
        (Stage::TakingIn, "Syncing: taking in what arrived…"),
        (Stage::Sending { retry: 0 }, "Syncing: sending your work…"),
        (
            Stage::Sending { retry: 1 },
            "Syncing: sending again (someone else sent at the same moment)…",
        ),
    ] {
        update(&mut m, Msg::SyncStage(stage));
        let screen = render(&m, 80, 24);
        assert!(screen.contains(words), "{screen}");
    }
    let mut cy = model_in(Lang::Cy);
    update(&mut cy, Msg::SyncStage(Stage::TakingIn));
    insta::assert_snapshot!("home_syncing_Cy_80x24", render(&cy, 80, 24));
    let effects = update(
        &mut m,
        Msg::Synced(Ok(Box::new(Synced {
            moved: "Arrived: 1 response. Sent: nothing.".into(),
            flagged: Vec::new(),
            held: Vec::new(),
        }))),
    );
    assert!(effects.iter().any(|e| matches!(e, Effect::ListDrafts)));
    let screen = render(&m, 80, 24);
    assert!(!screen.contains("Syncing"), "{screen}");
    assert!(
        screen.contains("Arrived: 1 response. Sent: nothing."),
        "{screen}"
    );
}

#[test]
fn leaving_while_a_sync_runs_is_asked_twice() {
    let mut m = model_in(Lang::En);
    update(&mut m, Msg::SyncStatus(shared()));
    press(&mut m, KeyCode::Char('s'));
    press(&mut m, KeyCode::Char('q'));
    assert!(!m.quit);
    assert!(render(&m, 80, 24).contains("Press q again to quit anyway"));
    press(&mut m, KeyCode::Char('q'));
    assert!(m.quit);
}

#[test]
fn a_record_that_arrived_flagged_is_said_as_a_failure_with_its_file() {
    for lang in [Lang::En, Lang::Cy] {
        let mut m = model_in(lang);
        update(&mut m, Msg::SyncStatus(shared()));
        press(&mut m, KeyCode::Char('s'));
        update(
            &mut m,
            Msg::Synced(Ok(Box::new(Synced {
                moved: "Arrived: 1 new assessment. Sent: nothing.".into(),
                flagged: vec!["records/ab12cd34ef.yaml: signed by a key you do not trust".into()],
                held: Vec::new(),
            }))),
        );
        let notice = m.notice.clone().expect("a notice");
        assert!(notice.error, "{notice:?}");
        assert!(
            notice.text.contains("records/ab12cd34ef.yaml"),
            "{}",
            notice.text
        );
        let loud = if lang == Lang::En {
            "FLAGGED"
        } else {
            "GYDA RHYBUDD"
        };
        assert!(notice.text.contains(loud), "{}", notice.text);
    }
}
