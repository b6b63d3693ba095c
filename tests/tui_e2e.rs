//! The real binary in a pseudo-terminal: a whole assessment answered with keystrokes and
//! finalised; a process killed mid-assessment and resumed; the terminal restored on
//! every way out.
// Unix only: a pseudo-terminal and Unix signals (see tests/pty_skipped.rs).
#![cfg(unix)]

mod common;

use std::path::Path;
use std::time::Duration;

use common::pty::{Key, TIMEOUT, Term};
use wia::answers::{Answer, Visibility, parse_answers};
use wia::questionnaire::{Question, QuestionKind};
use wia::record::AnswersFile;
use wia::tui::assessment::show_number;

const SHIFT_UP: &[u8] = b"\x1b[1;2A";
const LONG: Duration = Duration::from_secs(60);

fn env(dir: &Path) -> Vec<(String, String)> {
    vec![
        (
            "WIA_DATA_DIR".into(),
            dir.join("data").display().to_string(),
        ),
        (
            "WIA_CONFIG_DIR".into(),
            dir.join("config").display().to_string(),
        ),
        // English, as the interface under test is (the pty harness pins it): on a machine
        // with a Welsh locale the command-line runs compared with it would speak Welsh.
        ("WIA_LANG".into(), "en".into()),
    ]
}

fn spawn(dir: &Path, args: &[&str], cols: u16, rows: u16) -> Term {
    let env = env(dir);
    let env: Vec<(&str, &str)> = env.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    Term::spawn(args, &env, cols, rows)
}

fn wia(dir: &Path, args: &[&str]) -> std::process::Output {
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_wia"));
    for (k, v) in env(dir) {
        cmd.env(k, v);
    }
    cmd.args(args).output().expect("wia runs")
}

fn repeat(t: &mut Term, key: Key, n: usize) {
    for _ in 0..n {
        t.key(key);
    }
}

/// The keystrokes that give `question` the answer `answer`, from a fresh input.
fn answer_with_keys(t: &mut Term, q: &Question, answer: &Answer, example: &AnswersFile) {
    let options = q.kind.options();
    let index = |value: &str| {
        options
            .iter()
            .position(|o| o.value == value)
            .unwrap_or_else(|| panic!("{}: no option {value}", q.id))
    };
    match (&q.kind, answer) {
        (_, Answer::Text(s)) => {
            // A line break in a long answer is typed as Enter.
            for (i, line) in s.split('\n').enumerate() {
                if i > 0 {
                    t.key(Key::Enter);
                }
                t.keys(line);
            }
        }
        (QuestionKind::Likert { scale }, answer @ Answer::Number(_)) => {
            let i = scale
                .iter()
                .position(|p| answer.is_point(&p.value))
                .expect("scale point");
            t.keys(&(i + 1).to_string());
        }
        (_, Answer::Number(n)) => t.keys(&show_number(*n)),
        (_, Answer::Date(d)) => t.keys(&d.format("%Y-%m-%d").to_string()),
        (_, Answer::YesNo(b)) => t.keys(if *b { "y" } else { "n" }),
        (_, Answer::Choice(c)) => {
            t.key(Key::Home);
            repeat(t, Key::Down, index(&c.value));
            t.key(Key::Space);
            if let Some(other) = &c.other {
                t.keys(other);
            }
        }
        (_, Answer::Choices(list)) => {
            for c in list {
                t.key(Key::Home);
                repeat(t, Key::Down, index(&c.value));
                t.key(Key::Space);
                if let Some(other) = &c.other {
                    t.keys(other);
                }
            }
        }
        (QuestionKind::Matrix { rows, scale }, Answer::Matrix(values)) => {
            for (r, row) in rows.iter().enumerate() {
                let Some(v) = values.get(&row.id) else {
                    continue;
                };
                let i = scale
                    .iter()
                    .position(|p| p.value == *v)
                    .expect("scale point");
                t.key(Key::Home);
                repeat(t, Key::Down, r);
                repeat(t, Key::Right, i + 1);
            }
        }
        (_, Answer::Ranking(order)) => {
            // Selection sort by moving items up: the shown order starts as the options'.
            let mut shown: Vec<String> = options.iter().map(|o| o.value.clone()).collect();
            for (k, value) in order.iter().enumerate() {
                let j = shown
                    .iter()
                    .position(|v| v == value)
                    .expect("ranked option");
                t.key(Key::Home);
                repeat(t, Key::Down, j);
                for _ in k..j {
                    t.send(SHIFT_UP);
                }
                let item = shown.remove(j);
                shown.insert(k, item);
            }
            t.key(Key::Space);
        }
        (QuestionKind::TaskList, Answer::Tasks(rows)) => {
            let scoring = &wia::questionnaire::bundled(&example.questionnaire)
                .unwrap()
                .scoring();
            let admin = wia::questionnaire::bundled(&example.questionnaire)
                .unwrap()
                .admin_tasks
                .clone();
            t.key(Key::Enter);
            for (n, row) in rows.iter().enumerate() {
                // One row at a time, so a failure names the row it happened in.
                t.wait_for(&format!("· {n} row"), LONG);
                t.keys("a");
                t.keys(&row.description);
                let start: String = row.description.chars().take(24).collect();
                t.wait_for(&start, LONG);
                t.key(Key::Tab);
                let mut at = 0;
                for role in &row.roles {
                    let i = scoring.roles.iter().position(|r| &r.id == role).unwrap();
                    repeat(t, Key::Right, i - at);
                    at = i;
                    t.key(Key::Space);
                }
                t.key(Key::Tab);
                for m in [row.minutes.low, row.minutes.likely, row.minutes.high] {
                    t.keys(&show_number(m));
                    t.key(Key::Tab);
                }
                let f = scoring
                    .frequencies
                    .iter()
                    .position(|f| f.id == row.frequency)
                    .unwrap();
                repeat(t, Key::Right, f + 1);
                t.key(Key::Tab);
                t.key(Key::Backspace);
                t.keys(&show_number(row.count));
                t.key(Key::Tab);
                repeat(t, Key::Backspace, 3);
                t.keys(&show_number(row.share * 100.0));
                t.key(Key::Tab);
                if row.change == wia::answers::Change::Removed {
                    t.key(Key::Right);
                }
                t.key(Key::Tab);
                if let Some(id) = &row.admin_task {
                    let i = admin
                        .as_ref()
                        .unwrap()
                        .items
                        .iter()
                        .position(|a| &a.id == id)
                        .unwrap();
                    repeat(t, Key::Right, i + 1);
                }
                t.key(Key::Enter);
            }
            // A lone Esc is told from the start of a key sequence by timing: let the
            // program catch up first, so it does not arrive glued to the next key.
            t.wait_for(&format!("· {} rows", rows.len()), LONG);
            t.wait_for("a add", LONG);
            t.key(Key::Esc);
            t.wait_for("opens the task list", LONG);
        }
        (kind, a) => panic!("{}: no keys for {a:?} in a {}", q.id, kind.name()),
    }
}

#[test]
fn a_whole_assessment_answered_with_keystrokes_matches_wia_score() {
    let dir = tempfile::tempdir().unwrap();
    let example: AnswersFile =
        serde_yaml::from_str(include_str!("../examples/aln-idp-review.answers.yaml")).unwrap();
    let q = wia::questionnaire::bundled("wia-policy").unwrap();
    let (answers, problems) = parse_answers(q, &example.answers, wia::i18n::Lang::En);
    assert!(problems.is_empty(), "{problems:?}");
    let visible = Visibility::compute(q, &answers);

    let mut t = spawn(dir.path(), &["assess"], 120, 40);
    t.wait_for("who is assessing", TIMEOUT);
    t.keys(example.assessor.name.as_deref().unwrap());
    t.key(Key::Tab);
    t.keys(example.assessor.organisation.as_deref().unwrap());
    t.key(Key::Enter);
    t.wait_for("What is the policy called?", TIMEOUT);
    for section in &q.sections {
        for question in &section.questions {
            if !visible.is_visible(&question.id) {
                continue;
            }
            // Keep step with the program: the question is on screen before it is answered.
            let start: String = match question.kind {
                // Its long hint scrolls the question text away to show the rows.
                QuestionKind::TaskList => "opens the task list".into(),
                _ => question.text.en.chars().take(24).collect(),
            };
            t.wait_for(&start, LONG);
            if let Some(a) = answers.get(&question.id) {
                answer_with_keys(&mut t, question, a, &example);
            }
            t.key(Key::Tab);
        }
    }
    t.key(Key::Ctrl('r'));
    t.wait_for("Ready to finalise", LONG);
    t.keys("f");
    t.wait_for("Finalise this assessment?", LONG);
    t.keys("y");
    let screen = t.wait_for("finalised", LONG);
    assert!(screen.contains("Rating: Moderate"), "{screen}");
    t.key(Key::Enter);
    t.wait_for("New assessment", TIMEOUT);
    t.keys("q");
    assert!(t.wait_exit(TIMEOUT).expect("quits").success());
    // The record and summary are where the final screen said, and the draft is gone.
    let records: Vec<_> = std::fs::read_dir(dir.path().join("data/records"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(records.len(), 1);
    let id = records[0]
        .file_stem()
        .unwrap()
        .to_str()
        .unwrap()
        .to_string();
    assert!(screen.contains(&format!("records/{id}.yaml")), "{screen}");
    let summary = dir.path().join(format!("data/summaries/{id}.md"));
    assert!(screen.contains(&format!("summaries/{id}.md")), "{screen}");
    assert_eq!(
        std::fs::read_dir(dir.path().join("data/drafts"))
            .unwrap()
            .count(),
        0
    );
    // The record is intact and its stored figures are what wia score computes.
    assert!(wia(dir.path(), &["verify", &id]).status.success());
    let scored = wia(dir.path(), &["score", &id, "--format", "json"]);
    assert!(
        scored.status.success(),
        "{}",
        String::from_utf8_lossy(&scored.stderr)
    );
    // And they are the figures of the same answers made into a record by `wia new`.
    let made = wia(
        dir.path(),
        &["new", "--answers", "examples/aln-idp-review.answers.yaml"],
    );
    assert!(
        made.status.success(),
        "{}",
        String::from_utf8_lossy(&made.stderr)
    );
    let new_record = String::from_utf8(made.stdout).unwrap();
    let new_record = new_record.lines().next().unwrap();
    let by_new = wia(dir.path(), &["score", new_record, "--format", "json"]);
    assert_eq!(
        String::from_utf8_lossy(&scored.stdout),
        String::from_utf8_lossy(&by_new.stdout)
    );
    let printed = wia(dir.path(), &["summary", &id]);
    assert_eq!(
        std::fs::read_to_string(summary).unwrap(),
        String::from_utf8(printed.stdout).unwrap()
    );
}

#[test]
fn a_killed_assessment_keeps_every_answer_and_resumes() {
    let dir = tempfile::tempdir().unwrap();
    let mut t = spawn(dir.path(), &["assess"], 80, 24);
    t.wait_for("who is assessing", TIMEOUT);
    t.keys("Siân Ŵyn");
    t.key(Key::Tab);
    t.keys("Llywodraeth Cymru");
    t.key(Key::Enter);
    t.wait_for("What is the policy called?", TIMEOUT);
    t.keys("Adolygiad ŷd");
    t.key(Key::Tab);
    t.keys("Is-adran ADY");
    // What the screen shows is on disk a moment later: drafts are written off the
    // interface thread, and a crash may lose only the keys of the last fraction of a
    // second (the promise is 200 ms; 400 ms leaves room for a loaded machine).
    t.wait_for("Is-adran ADY", TIMEOUT);
    std::thread::sleep(Duration::from_millis(400));
    t.kill();
    t.wait_exit(TIMEOUT).expect("killed");
    let drafts: Vec<_> = std::fs::read_dir(dir.path().join("data/drafts"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .collect();
    assert_eq!(drafts.len(), 1);
    let text = std::fs::read_to_string(&drafts[0]).unwrap();
    let draft = wia::record::parse_draft(&text, "draft", wia::i18n::Lang::En).unwrap();
    assert_eq!(
        draft.answers.get("policy_title").and_then(|v| v.as_str()),
        Some("Adolygiad ŷd")
    );
    assert_eq!(
        draft.answers.get("policy_owner").and_then(|v| v.as_str()),
        Some("Is-adran ADY")
    );
    assert_eq!(draft.position.as_deref(), Some("policy_owner"));

    // The next start offers it, and resuming returns to the same question.
    let mut t = spawn(dir.path(), &[], 80, 24);
    t.wait_for("Resume: Adolygiad ŷd", TIMEOUT);
    t.key(Key::Down);
    t.key(Key::Enter);
    let screen = t.wait_for("Which division or branch", TIMEOUT);
    assert!(screen.contains("Is-adran ADY"), "{screen}");
    t.key(Key::CtrlC);
    assert!(t.wait_exit(TIMEOUT).expect("quits").success());
}

#[test]
fn typing_is_drawn_at_once_while_a_slow_disk_writes_the_draft_and_quit_waits_for_it() {
    let dir = tempfile::tempdir().unwrap();
    let mut vars = env(dir.path());
    // Each draft write takes 3 s, as on a slow network share.
    vars.push(("WIA_TEST_SLOW_DRAFT_WRITE_MS".into(), "3000".into()));
    let vars: Vec<(&str, &str)> = vars.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let mut t = Term::spawn(&["assess"], &vars, 80, 24);
    t.wait_for("who is assessing", TIMEOUT);
    t.keys("Siân");
    t.key(Key::Tab);
    t.keys("WG");
    t.key(Key::Enter);
    t.wait_for("What is the policy called?", TIMEOUT);
    // Three words typed a key at a time, each while a write is under way: had each key
    // waited for its draft, the last would show only after 9 s.
    let started = std::time::Instant::now();
    for word in ["Un ", "dau ", "tri"] {
        t.keys(word);
        std::thread::sleep(Duration::from_millis(50));
    }
    t.wait_for("Un dau tri", TIMEOUT);
    let shown = started.elapsed();
    assert!(
        shown < Duration::from_millis(2500),
        "typing waited for the disk: {shown:?}"
    );
    // Quitting while a write is under way waits for it, then writes the last state.
    t.key(Key::CtrlC);
    assert!(t.wait_exit(LONG).expect("quits").success());
    let drafts: Vec<_> = std::fs::read_dir(dir.path().join("data/drafts"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .collect();
    let text = std::fs::read_to_string(&drafts[0]).unwrap();
    let draft = wia::record::parse_draft(&text, "draft", wia::i18n::Lang::En).unwrap();
    assert_eq!(
        draft.answers.get("policy_title").and_then(|v| v.as_str()),
        Some("Un dau tri")
    );
}

fn restored(t: &Term) -> bool {
    let out = t.raw_output();
    let text = String::from_utf8_lossy(&out);
    let left = text.rfind("\x1b[?1049l");
    let entered = text.rfind("\x1b[?1049h");
    matches!((entered, left), (Some(e), Some(l)) if l > e) && text.contains("\x1b[?25h")
}

#[test]
fn the_terminal_is_restored_on_quit_and_on_term_hup_and_int() {
    let dir = tempfile::tempdir().unwrap();
    let mut t = spawn(dir.path(), &[], 80, 24);
    t.wait_for("New assessment", TIMEOUT);
    t.keys("q");
    assert!(t.wait_exit(TIMEOUT).expect("quits").success());
    assert!(restored(&t));
    for (sig, code) in [("TERM", 143), ("HUP", 129), ("INT", 130)] {
        let mut t = spawn(dir.path(), &["assess"], 80, 24);
        t.wait_for("who is assessing", TIMEOUT);
        t.signal(sig);
        let status = t.wait_exit(TIMEOUT).expect("exits on the signal");
        assert_eq!(status.exit_code(), code, "SIG{sig}");
        assert!(restored(&t), "SIG{sig}");
    }
}

#[test]
fn a_small_terminal_asks_to_be_enlarged_and_a_resize_redraws() {
    let dir = tempfile::tempdir().unwrap();
    let mut t = spawn(dir.path(), &[], 50, 12);
    t.wait_for("Please enlarge the terminal", TIMEOUT);
    t.resize(80, 24);
    t.wait_for("New assessment", TIMEOUT);
    t.keys("q");
    t.wait_exit(TIMEOUT).expect("quits");
}

#[test]
fn welsh_at_start_switches_to_english_and_remembers_it() {
    let dir = tempfile::tempdir().unwrap();
    let mut env = env(dir.path());
    env.push(("WIA_LANG".into(), "cy".into()));
    let pairs: Vec<(&str, &str)> = env.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let mut t = Term::spawn(&[], &pairs, 80, 24);
    t.wait_for("Asesiad newydd", TIMEOUT);
    t.keys("\u{c}"); // Ctrl-L
    t.wait_for("New assessment", TIMEOUT);
    t.wait_for("Language: English", TIMEOUT);
    t.keys("q");
    assert!(t.wait_exit(TIMEOUT).is_some_and(|s| s.success()));
    let config = std::fs::read_to_string(dir.path().join("config/config.yaml")).unwrap();
    assert!(config.contains("language: en"), "{config}");

    // An empty WIA_LANG counts as unset: the remembered English wins over nothing.
    env.pop();
    env.push(("WIA_LANG".into(), String::new()));
    env.push(("LANG".into(), "cy_GB.UTF-8".into()));
    let pairs: Vec<(&str, &str)> = env.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let mut t = Term::spawn(&[], &pairs, 80, 24);
    t.wait_for("New assessment", TIMEOUT);
    t.keys("q");
    assert!(t.wait_exit(TIMEOUT).is_some());
}
