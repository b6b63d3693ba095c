//! One draft, two wia processes: the first holds it, the second is told who and may only
//! look; a lock left by a process that died is taken over.

mod common;

use common::tui::*;
use ratatui::crossterm::event::KeyCode;
use serde_yaml::{Mapping, Value};
use wia::answers::Answer;
use wia::tui::assessment::Assessment;
use wia::tui::{Effect, Msg, update};

fn held() -> wia::store::Holder {
    wia::store::Holder {
        user: "rhian".into(),
        host: "desk-7".into(),
        pid: "4242".into(),
        since: "2026-11-30 09:15".into(),
    }
}

/// The draft as a process that found it held would open it.
fn read_only(answers: Mapping) -> (wia::tui::Model, Vec<Effect>) {
    let mut m = model();
    let (mut a, _) = Assessment::from_draft(bundled_source(), draft(answers), wia::i18n::Lang::En);
    a.read_only = Some(held());
    let effects = update(&mut m, Msg::Opened(Ok(Box::new((a, Vec::new())))));
    (m, effects)
}

fn title(m: &wia::tui::Model) -> Option<&Answer> {
    m.assessment().and_then(|a| a.answer("policy_title"))
}

#[test]
fn a_draft_held_elsewhere_opens_read_only_and_never_asks_to_write() {
    let start: Mapping = [(Value::from("policy_title"), Value::from("Their title"))]
        .into_iter()
        .collect();
    let (mut m, effects) = read_only(start);
    assert_eq!(saves(&effects), 0, "opening does not save it");
    let screen = render(&m, 100, 30);
    assert!(
        screen.contains(
            "Read-only, nothing you change is saved: open in wia by rhian on desk-7 since 2026-11-30 09:15"
        ),
        "{screen}"
    );

    // Moving about is allowed and writes nothing.
    assert_eq!(saves(&press(&mut m, KeyCode::Tab)), 0);
    assert_eq!(current_id(&m), "policy_owner");
    press(&mut m, KeyCode::BackTab);

    // An edit is undone at once, not shown as if kept, and says why.
    let effects = type_text(&mut m, "x");
    assert_eq!(saves(&effects), 0);
    assert_eq!(title(&m), Some(&Answer::Text("Their title".into())));
    assert!(
        m.notice
            .as_ref()
            .unwrap()
            .text
            .contains("nothing you change is saved")
    );

    // Neither Ctrl-S, nor finalising, nor leaving writes it.
    assert_eq!(saves(&ctrl(&mut m, 's')), 0);
    let effects = ctrl(&mut m, 'c');
    assert_eq!(saves(&effects), 0);
    assert!(effects.iter().all(|e| !matches!(e, Effect::Finalise(_))));
}

#[test]
fn a_finalise_from_a_read_only_draft_is_refused() {
    let (mut m, _) = read_only(example_answers());
    ctrl(&mut m, 'r');
    let mut effects = press(&mut m, KeyCode::Char('f'));
    effects.extend(press(&mut m, KeyCode::Char('y'))); // finalising asks first
    assert!(
        effects
            .iter()
            .all(|e| !matches!(e, Effect::Finalise(_) | Effect::SaveDraft { .. })),
        "{effects:?}"
    );
    assert!(m.notice.as_ref().unwrap().text.contains("Read-only"));
}

// Unix only: two copies of wia each in a pseudo-terminal (see tests/pty_skipped.rs).
#[cfg(unix)]
mod two_processes {
    use std::path::Path;

    use super::common::pty::{Key, TIMEOUT, Term};
    use super::*;
    use wia::store::{DataDir, load_draft, save_draft};

    fn spawn(dir: &Path, user: &str) -> Term {
        let data = dir.join("data").display().to_string();
        let config = dir.join("config").display().to_string();
        Term::spawn(
            &["assess", "--resume", "d0d0"],
            &[
                ("WIA_DATA_DIR", data.as_str()),
                ("WIA_CONFIG_DIR", config.as_str()),
                ("WIA_LANG", "en"),
                ("USER", user),
                ("HOSTNAME", "desk-7"),
            ],
            100,
            30,
        )
    }

    fn saved_title(data: &DataDir) -> Option<String> {
        let d = load_draft(data, "d0d0d0d0d0", wia::i18n::Lang::En).unwrap();
        d.answers
            .get("policy_title")
            .and_then(|v| v.as_str())
            .map(str::to_string)
    }

    #[test]
    fn the_second_wia_is_told_who_has_the_draft_and_cannot_overwrite_it() {
        let dir = tempfile::tempdir().unwrap();
        let data = DataDir::new(dir.path().join("data"));
        save_draft(&data, &draft(Mapping::new()), wia::i18n::Lang::En).unwrap();

        let mut first = spawn(dir.path(), "rhian");
        first.wait_for("What is the policy called?", TIMEOUT);
        first.keys("Ours");
        first.wait_for("Ours", TIMEOUT);

        let mut second = spawn(dir.path(), "gareth");
        second.wait_for(
            "Read-only, nothing you change is saved: open in wia by rhian on desk-7 since",
            TIMEOUT,
        );
        second.keys("Theirs");
        second.key(Key::CtrlS);
        second.key(Key::CtrlC);
        second.wait_exit(TIMEOUT).expect("the second leaves");
        let raw = String::from_utf8_lossy(&second.raw_output()).into_owned();
        assert!(
            raw.contains("opening it read-only: nothing you change is saved"),
            "the command line says so too: {raw}"
        );
        assert_eq!(saved_title(&data).as_deref(), Some("Ours"));

        // A save from anywhere else is refused too, naming the holder.
        let mut mine = draft(Mapping::new());
        mine.answers
            .insert(Value::from("policy_title"), Value::from("Mine"));
        let e = save_draft(&data, &mine, wia::i18n::Lang::En)
            .unwrap_err()
            .to_string();
        assert!(e.contains("open in another wia: rhian on desk-7"), "{e}");
        assert!(e.contains("this copy was not saved"), "{e}");

        // The holder keeps working and saving.
        first.keys(" too");
        first.wait_for("Ours too", TIMEOUT);
        // The frame is drawn before the draft is written (beside it, on a thread of its
        // own), so the file catches up a moment later.
        let by = std::time::Instant::now() + TIMEOUT;
        while saved_title(&data).as_deref() != Some("Ours too") && std::time::Instant::now() < by {
            std::thread::sleep(std::time::Duration::from_millis(10));
        }
        assert_eq!(saved_title(&data).as_deref(), Some("Ours too"));

        // It crashes: its lock goes with it, and the next wia takes the draft over.
        first.kill();
        first.wait_exit(TIMEOUT).expect("killed");
        let mut third = spawn(dir.path(), "gareth");
        third.wait_for("What is the policy called?", TIMEOUT);
        third.keys("!");
        third.wait_for("Ours too!", TIMEOUT);
        assert!(!third.screen().contains("Read-only"));
        third.key(Key::CtrlC);
        third.wait_exit(TIMEOUT).expect("the third leaves");
        assert_eq!(saved_title(&data).as_deref(), Some("Ours too!"));
    }
}
