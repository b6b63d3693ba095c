//! The interactive interface. Targets: one keystroke (update, then a full render) under
//! 2 ms on the bundled questionnaire and under 5 ms on a generated one of 1,000 questions
//! and 200 tasks; from starting `wia assess` to its first frame, under 50 ms.
//!
//! A keystroke is timed as the runtime does it between two reads of the terminal:
//! `update` with the key, then `view` drawn into a 120 x 40 `TestBackend` through
//! `Terminal::draw` (which also diffs the frame against the last one). Writing the draft
//! that a change asks for is disk I/O done by the runtime, not counted there but timed on
//! its own (`draft save`), since the runtime does it before drawing the next frame.
//!
//! On a busy machine, run `WIA_BENCH_CLOCK=cpu cargo bench --bench tui` as well: it times
//! the same keystrokes with the thread's CPU clock (see `cpu_clock`).

use std::hint::black_box;
use std::io::{Read, Write};
use std::num::NonZeroU16;
use std::sync::Arc;
use std::sync::mpsc;
use std::thread;
use std::time::{Duration, Instant};

use chrono::TimeZone;
use criterion::{Bencher, Criterion, SamplingMode, criterion_group, criterion_main};

#[path = "common/cpu_clock.rs"]
#[allow(dead_code)]
mod cpu_clock;
use cpu_clock::{cpu_clock, thread_cpu_time};
use portable_pty::{CommandBuilder, PtySize, native_pty_system};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use serde_yaml::Mapping;
use wia::answers::{Answer, Answers, ProblemKind, Visibility, check_answers};
use wia::config::Config;
use wia::record::{AnswersFile, AssessorInput, Draft};
use wia::scoring::score;
use wia::tui::assessment::{Assessment, Source};
use wia::tui::model::{Model, Theme};
use wia::tui::{Effect, Msg, update, view};

const WIDTH: u16 = 120;
const HEIGHT: u16 = 40;

fn draft(questionnaire: &str, answers: Mapping) -> Draft {
    let t = chrono::FixedOffset::east_opt(0)
        .unwrap()
        .with_ymd_and_hms(2026, 11, 25, 9, 30, 0)
        .unwrap();
    Draft {
        draft_version: 1,
        id: "d0d0d0d0d0".into(),
        questionnaire: questionnaire.into(),
        questionnaire_file: None,
        created: t,
        updated: t,
        assessor: AssessorInput {
            name: Some("Rhian Evans".into()),
            organisation: Some("Welsh Government".into()),
        },
        language: Default::default(),
        headcounts: Default::default(),
        answers,
        position: None,
        revises: None,
    }
}

/// A model on the questionnaire screen, at its first question (`policy_title`).
fn assessing(source: Source, answers: Mapping) -> Model {
    let id = source.questionnaire.id.clone();
    let (a, dropped) =
        Assessment::from_draft(source.clone(), draft(&id, answers), wia::i18n::Lang::En);
    assert!(dropped.is_empty(), "{dropped:?}");
    let mut m = Model::new(
        source,
        Config::default(),
        Vec::new(),
        "/data".into(),
        wia::i18n::Lang::En,
    );
    m.theme = Theme { color: true };
    m.width = WIDTH;
    m.height = HEIGHT;
    update(&mut m, Msg::Opened(Ok(Box::new((a, Vec::new())))));
    let s = wia::tui::runtime::screen_of(&m).expect("on the questionnaire screen");
    assert_eq!(
        s.current().map(|q| q.id).as_deref(),
        Some("policy_title"),
        "the benchmark types into the policy title"
    );
    m
}

// ---- the bundled questionnaire, answered as in examples/ ----

fn bundled() -> Model {
    let source = wia::tui::runtime::source(None, "wia-policy", wia::i18n::Lang::En)
        .expect("bundled questionnaire");
    let text = include_str!("../examples/aln-idp-review.answers.yaml");
    let file: AnswersFile = serde_yaml::from_str(text).expect("example parses");
    assessing(source, file.answers)
}

// ---- a generated questionnaire: 1,000 questions, 200 task rows ----

const ROLES: [&str; 5] = [
    "teacher",
    "leader",
    "alnco",
    "support_staff",
    "business_manager",
];
const FREQUENCIES: [(&str, u32); 7] = [
    ("once", 1),
    ("per_year", 1),
    ("per_term", 3),
    ("per_half_term", 6),
    ("per_month", 10),
    ("per_week", 39),
    ("per_day", 195),
];
const SECTIONS: usize = 50;
const PER_SECTION: usize = 20;
const TASKS: usize = 200;

/// Question `n` of the generated ones: ten types in turn, some with conditions, a
/// constraint or a hint, a third of them required.
fn question_yaml(n: usize, out: &mut String) {
    let id = format!("q{n:04}");
    out.push_str(&format!("      - id: {id}\n"));
    let kind = n % 10;
    let ty = [
        "short_text",
        "long_text",
        "number",
        "percentage",
        "date",
        "yes_no",
        "single_choice",
        "multiple_choice",
        "likert",
        "matrix",
    ][kind];
    out.push_str(&format!("        type: {ty}\n"));
    if n.is_multiple_of(3) {
        out.push_str("        required: true\n");
    }
    out.push_str(&format!(
        "        text: {{en: \"Question {n}: how does the policy change this part of the work?\", cy: \"Cwestiwn {n}: sut mae'r polisi'n newid y rhan hon o'r gwaith?\"}}\n"
    ));
    if n.is_multiple_of(2) {
        out.push_str(&format!(
            "        hint: {{en: \"Guidance for question {n}, long enough to wrap over two or three lines of the question panel at the usual terminal widths.\"}}\n"
        ));
    }
    match kind {
        0 => out.push_str("        max_length: 200\n"),
        // Asked once the short text before it has an answer.
        1 => out.push_str(&format!(
            "        max_length: 4000\n        show_if: {{question: q{:04}, answered: true}}\n",
            n - 1
        )),
        2 => out.push_str(&format!(
            "        unit: {{en: hours, cy: oriau}}\n        min: 0\n        max: 100\n        constraint:\n          rule: {{question: {id}, le: 80}}\n          severity: warning\n          message: {{en: More than 80 hours is far above what schools report.}}\n"
        )),
        // Asked only when the yes/no before it is yes.
        6 => out.push_str(&format!(
            "        show_if: {{question: q{:04}, eq: \"yes\"}}\n        options:\n          - {{value: a, label: {{en: First option, cy: Dewis cyntaf}}}}\n          - {{value: b, label: {{en: Second option, cy: Ail ddewis}}}}\n          - {{value: c, label: {{en: Third option, cy: Trydydd dewis}}}}\n          - {{value: other, other: true, label: {{en: \"Other, please specify\", cy: \"Arall, nodwch\"}}}}\n",
            n - 1
        )),
        7 => out.push_str(
            "        min_selected: 1\n        options:\n          - {value: a, label: {en: First option, cy: Dewis cyntaf}}\n          - {value: b, label: {en: Second option, cy: Ail ddewis}}\n          - {value: c, label: {en: Third option, cy: Trydydd dewis}}\n          - {value: d, label: {en: Fourth option, cy: Pedwerydd dewis}}\n",
        ),
        8 => out.push_str(
            "        scale:\n          - {value: 1, label: {en: Very low, cy: Isel iawn}}\n          - {value: 2, label: {en: Low, cy: Isel}}\n          - {value: 3, label: {en: Medium, cy: Canolig}}\n          - {value: 4, label: {en: High, cy: Uchel}}\n          - {value: 5, label: {en: Very high, cy: Uchel iawn}}\n",
        ),
        9 => out.push_str(
            "        rows:\n          - {id: guidance, label: {en: Guidance, cy: Canllawiau}}\n          - {id: training, label: {en: Training, cy: Hyfforddiant}}\n          - {id: systems, label: {en: IT systems, cy: Systemau TG}}\n        scale:\n          - {value: 1, label: {en: Not ready, cy: Ddim yn barod}}\n          - {value: 2, label: {en: Partly ready, cy: Rhannol barod}}\n          - {value: 3, label: {en: Ready, cy: Yn barod}}\n",
        ),
        _ => {}
    }
}

/// The first yes/no question, on which every fifth section depends.
const GATE: &str = "q0005";

fn generated_yaml() -> String {
    let mut y = String::from(
        "id: bench-large\nversion: \"1.0.0\"\ntitle: {en: A generated questionnaire of 1000 questions, cy: Holiadur o 1000 o gwestiynau}\n\nscoring:\n  school_weeks_per_year: 39\n  directed_hours_per_fte: 1265\n  source: {en: Generated for a benchmark.}\n  currency: GBP\n  drivers: 5\n  roles:\n",
    );
    for (i, r) in ROLES.iter().enumerate() {
        y.push_str(&format!(
            "    - id: {r}\n      label: {{en: Role {r}, cy: Rôl {r}}}\n      headcount: {}\n      headcount_year: 2024\n      headcount_source: {{en: Generated.}}\n      hourly_cost: {}\n      hourly_cost_source: {{en: Generated.}}\n",
            1000 * (i + 1),
            20 + 5 * i
        ));
    }
    y.push_str("  frequencies:\n");
    for (f, per_year) in FREQUENCIES {
        y.push_str(&format!(
            "    - {{id: {f}, per_year: {per_year}, label: {{en: Frequency {f}, cy: Amlder {f}}}}}\n"
        ));
    }
    y.push_str(
        "  bands:\n    - {id: reduces, below: 0, label: {en: Reduces workload, cy: Yn lleihau llwyth gwaith}}\n    - {id: negligible, below: 0.25, label: {en: Negligible, cy: Dibwys}}\n    - {id: low, below: 1, label: {en: Low, cy: Isel}}\n    - {id: moderate, below: 2, label: {en: Moderate, cy: Cymedrol}}\n    - {id: high, below: 4, label: {en: High, cy: Uchel}}\n    - {id: severe, label: {en: Severe, cy: Difrifol}}\n  flags:\n",
    );
    // Thirty flags of every kind of condition, reading questions all through the file.
    for k in 0..30 {
        let number = format!("q{:04}", 2 + 10 * (k * 3));
        let when = match k % 5 {
            0 => format!("{{question: {number}, gt: 50}}"),
            1 => format!(
                "{{all: [{{question: q{:04}, eq: \"yes\"}}, {{score: per_person_hours_per_week, gt: 0}}]}}",
                5 + 10 * (k * 3)
            ),
            2 => format!(
                "{{score: per_person_hours_per_week, role: {}, ge: 1}}",
                ROLES[k % 5]
            ),
            3 => format!("{{task: {{change: new, role: {}}}}}", ROLES[k % 5]),
            _ => format!(
                "{{not: {{task: {{change: removed, role: {}}}}}}}",
                ROLES[k % 5]
            ),
        };
        y.push_str(&format!(
            "    - id: flag_{k}\n      severity: {}\n      message: {{en: \"Flag {k} fired; the message is a sentence or two long, as the real ones are.\"}}\n      when: {when}\n",
            ["info", "warning", "serious"][k % 3]
        ));
    }
    y.push_str("\nsections:\n");
    let mut n = 0;
    for s in 0..SECTIONS {
        y.push_str(&format!(
            "  - id: section_{s}\n    title: {{en: Section {s} of the generated questionnaire, cy: Adran {s}}}\n    intro: {{en: What this section asks about.}}\n"
        ));
        if s % 5 == 4 {
            y.push_str(&format!("    show_if: {{question: {GATE}, eq: \"yes\"}}\n"));
        }
        y.push_str("    questions:\n");
        let mut count = 0;
        if s == 0 {
            y.push_str(
                "      - id: policy_title\n        type: short_text\n        required: true\n        max_length: 200\n        text: {en: \"What is the policy called?\", cy: \"Beth yw enw'r polisi?\"}\n      - id: tasks\n        type: task_list\n        required: true\n        text: {en: List each task the policy adds or removes in schools.}\n",
            );
            count = 2;
        }
        while count < PER_SECTION {
            question_yaml(n, &mut y);
            n += 1;
            count += 1;
        }
    }
    y
}

/// An answer to generated question `n` (every question but one in twenty is answered).
fn answer_yaml(n: usize) -> Option<String> {
    if n % 20 == 19 {
        return None;
    }
    Some(match n % 10 {
        0 => format!("\"A short answer to question {n}\""),
        1 => format!(
            "\"A longer answer to question {n}, of two or three sentences, which says what changes in schools and for whom. It goes on for a while, as real answers do.\""
        ),
        2 => format!("{}", n % 90),
        3 => "50".into(),
        4 => "\"2027-09-01\"".into(),
        5 => "\"yes\"".into(),
        6 => "b".into(),
        7 => "[a, c]".into(),
        8 => "3".into(),
        _ => "{guidance: 1, training: 2, systems: 3}".into(),
    })
}

fn generated_answers() -> Mapping {
    let mut y =
        String::from("policy_title: A generated policy with a thousand questions\ntasks:\n");
    for i in 0..TASKS {
        let (low, likely, high) = (5 + i % 7, 15 + i % 11, 40 + i % 13);
        y.push_str(&format!(
            "  - description: Task {i}, described in a sentence as an assessor would write it\n    roles: [{}, {}]\n    minutes: {{low: {low}, likely: {likely}, high: {high}}}\n    frequency: {}\n    count: {}\n    share: {}\n    change: {}\n",
            ROLES[i % 5],
            ROLES[(i + 2) % 5],
            FREQUENCIES[i % 7].0,
            1 + i % 3,
            (1 + i % 9) as f64 / 10.0,
            if i % 4 == 0 { "removed" } else { "new" },
        ));
    }
    for n in 0..SECTIONS * PER_SECTION - 2 {
        if let Some(a) = answer_yaml(n) {
            y.push_str(&format!("q{n:04}: {a}\n"));
        }
    }
    serde_yaml::from_str(&y).expect("generated answers parse")
}

fn generated_source() -> Source {
    let text = generated_yaml();
    let (q, _notes) = wia::questionnaire::parse(&text, "bench-large.yaml", wia::i18n::Lang::En)
        .unwrap_or_else(|e| {
            panic!(
                "the generated questionnaire is invalid: {:?}",
                e.iter().take(5).collect::<Vec<_>>()
            )
        });
    assert_eq!(q.questions().count(), SECTIONS * PER_SECTION);
    Source {
        sha256: wia::questionnaire::sha256_hex(text.as_bytes()),
        questionnaire: Arc::new(q),
        text: text.into(),
    }
}

fn generated() -> Model {
    let m = assessing(generated_source(), generated_answers());
    let a = m.assessment().expect("an assessment");
    assert_eq!(a.tasks.len(), TASKS);
    // Unfinished, as a draft is: some required answers are missing, nothing else is wrong.
    let wrong: Vec<_> = a
        .blocking()
        .into_iter()
        .filter(|p| p.kind != ProblemKind::Missing)
        .collect();
    assert!(
        wrong.is_empty(),
        "the generated answers have errors: {wrong:?}"
    );
    m
}

// ---- keystrokes ----

fn key(code: KeyCode) -> Msg {
    Msg::Key(KeyEvent::new(code, KeyModifiers::NONE))
}

/// A benchmark name, marked when it is timed with the CPU clock.
fn named(name: &str) -> String {
    if cpu_clock() {
        format!("{name} [CPU time]")
    } else {
        name.to_string()
    }
}

/// Time `routine` on a fresh value from `setup` each time; making and dropping the value
/// (and whatever the routine returns) is not timed.
fn timed<S, O>(
    b: &mut Bencher,
    mut setup: impl FnMut() -> S,
    mut routine: impl FnMut(&mut S) -> O,
) {
    let cpu = cpu_clock();
    let start = Instant::now();
    let now = || {
        if cpu {
            thread_cpu_time()
        } else {
            start.elapsed()
        }
    };
    b.iter_custom(|iters| {
        let mut total = Duration::ZERO;
        for _ in 0..iters {
            let mut input = setup();
            let t0 = now();
            let output = black_box(routine(&mut input));
            total += now() - t0;
            drop(output);
            drop(input);
        }
        total
    })
}

/// One key on a fresh copy of `model` (copied outside the timing), then a full frame.
fn keystroke(c: &mut Criterion, name: &str, model: &Model, code: KeyCode) {
    let mut terminal = Terminal::new(TestBackend::new(WIDTH, HEIGHT)).expect("test terminal");
    terminal.draw(|f| view(model, f)).expect("draw");
    // The key does what it should: typing changes the answer, Tab moves on; both save.
    {
        let mut m = model.clone();
        let effects = update(&mut m, key(code));
        assert!(
            effects
                .iter()
                .any(|e| matches!(e, Effect::SaveDraft { .. })),
            "{name}: expected a draft save, got {effects:?}"
        );
    }
    c.bench_function(&named(name), |b| {
        timed(
            b,
            || model.clone(),
            |m| {
                let effects = update(m, key(code));
                terminal.draw(|f| view(m, f)).expect("draw");
                effects
            },
        )
    });
}

/// The parts of a keystroke on the generated questionnaire, to see where the time goes.
fn parts(c: &mut Criterion, model: &Model) {
    let a = model.assessment().expect("an assessment").clone();
    let q = a.source.questionnaire.clone();
    let draft = a.to_draft();
    let mut answers = Answers::new();
    for (k, v) in &draft.answers {
        let id = k.as_str().expect("ids are text");
        let question = q.question(id).expect("a question");
        answers.insert(
            id.into(),
            Answer::from_value(question, v, wia::i18n::Lang::En).expect("valid"),
        );
    }
    let mut g = c.benchmark_group(named("tui parts, 1,000 questions and 200 tasks"));
    g.bench_function("recompute (visibility, score, check)", |b| {
        timed(b, || a.clone(), |a| a.recompute())
    });
    // `recompute` reads every task row as typed twice: for scoring and for its problems.
    g.bench_function("200 task rows read as typed (to_row)", |b| {
        timed(
            b,
            || (),
            |_| {
                a.tasks
                    .iter()
                    .map(|t| t.to_row(wia::i18n::Lang::En))
                    .collect::<Vec<_>>()
            },
        )
    });
    g.bench_function("visibility", |b| {
        timed(b, || (), |_| Visibility::compute(&q, &answers))
    });
    g.bench_function("score", |b| {
        timed(
            b,
            || (),
            |_| score(&q, &answers, &draft.headcounts, draft.language),
        )
    });
    g.bench_function("check_answers", |b| {
        timed(
            b,
            || (),
            |_| check_answers(&q, &answers, wia::i18n::Lang::En),
        )
    });
    g.bench_function("to_draft (the save effect)", |b| {
        timed(b, || (), |_| a.to_draft())
    });
    g.bench_function("render only", |b| {
        let mut terminal = Terminal::new(TestBackend::new(WIDTH, HEIGHT)).expect("test terminal");
        timed(
            b,
            || (),
            |_| terminal.draw(|f| view(model, f)).map(|_| ()).expect("draw"),
        )
    });
    g.bench_function("overall progress (header)", |b| {
        timed(b, || (), |_| a.overall())
    });
    g.finish();
}

/// Writing the draft a change asks for: not part of the keystroke above, but the runtime
/// does it before drawing the next frame. Wall clock only, since most of it is waiting for
/// the disk (`write_atomic` syncs the file and its folder).
fn draft_saves(c: &mut Criterion, models: &[(&str, &Model)]) {
    if cpu_clock() {
        return;
    }
    let dir = tempfile::tempdir().expect("data dir");
    let data = wia::store::DataDir::new(dir.path());
    let mut g = c.benchmark_group("draft save");
    for (name, model) in models {
        let draft = model.assessment().expect("an assessment").to_draft();
        g.bench_function(format!("as YAML, {name}"), |b| b.iter(|| draft.to_yaml()));
        g.bench_function(format!("written (YAML, atomic write, sync), {name}"), |b| {
            b.iter(|| wia::store::save_draft(&data, &draft, wia::i18n::Lang::En).expect("saved"))
        });
    }
    g.finish();
}

fn keystrokes(c: &mut Criterion) {
    let small = bundled();
    keystroke(
        c,
        "type a letter, bundled questionnaire",
        &small,
        KeyCode::Char('x'),
    );
    keystroke(c, "Tab, bundled questionnaire", &small, KeyCode::Tab);
    let large = generated();
    keystroke(
        c,
        "type a letter, 1,000 questions and 200 tasks",
        &large,
        KeyCode::Char('x'),
    );
    keystroke(
        c,
        "Tab, 1,000 questions and 200 tasks",
        &large,
        KeyCode::Tab,
    );
    parts(c, &large);
    draft_saves(
        c,
        &[
            ("bundled questionnaire", &small),
            ("1,000 questions and 200 tasks", &large),
        ],
    );
}

// ---- from process start to the first frame ----

#[path = "../tests/common/vt_replies.rs"]
mod vt_replies;
use vt_replies::Replies;

/// What the assessor screen, the first one `wia assess` draws, shows in its title.
const FIRST_FRAME: &str = "New assessment: who is assessing";

/// Start `wia assess` in an 80 x 24 pseudo-terminal and return how long it took until the
/// emulated screen showed the first frame. The program is killed afterwards.
fn first_frame(data: &str, config: &str) -> Duration {
    let pair = native_pty_system()
        .openpty(PtySize {
            rows: 24,
            cols: 80,
            pixel_width: 0,
            pixel_height: 0,
        })
        .expect("a pty");
    let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_wia"));
    cmd.arg("assess");
    cmd.cwd(std::env::current_dir().expect("current directory"));
    for var in ["COLUMNS", "LINES", "NO_COLOR"] {
        cmd.env_remove(var);
    }
    cmd.env("TERM", "xterm-256color");
    cmd.env("WIA_DATA_DIR", data);
    cmd.env("WIA_CONFIG_DIR", config);
    let mut reader = pair.master.try_clone_reader().expect("pty reader");
    let mut writer = pair.master.take_writer().expect("pty writer");
    let (seen, shown) = mpsc::channel::<Result<Instant, String>>();
    // The reader parses every byte as it arrives and notes the moment the frame is whole.
    let watcher = thread::spawn(move || {
        let mut parser = vt100::Parser::new_with_callbacks(
            NonZeroU16::new(24).expect("rows"),
            NonZeroU16::new(80).expect("columns"),
            0,
            Replies::default(),
        );
        let mut buf = [0u8; 8192];
        let mut raw = Vec::new();
        let mut told = false;
        loop {
            let n = match reader.read(&mut buf) {
                Ok(0) => break,
                Ok(n) => n,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(_) => break,
            };
            parser.process(&buf[..n]);
            raw.extend_from_slice(&buf[..n]);
            let answer = std::mem::take(&mut parser.callbacks_mut().pending);
            if !answer.is_empty() {
                let _ = writer.write_all(&answer).and_then(|()| writer.flush());
            }
            if !told && parser.screen().contents().contains(FIRST_FRAME) {
                told = true;
                let _ = seen.send(Ok(Instant::now()));
            }
        }
        if !told {
            let _ = seen.send(Err(format!(
                "the output ended without the first frame: \"{}\"",
                raw.escape_ascii()
            )));
        }
    });
    let start = Instant::now();
    let mut child = pair.slave.spawn_command(cmd).expect("start wia assess");
    drop(pair.slave);
    let at = shown.recv_timeout(Duration::from_secs(10));
    // SIGKILL at once: SIGHUP (portable-pty's kill) waits for the event loop to notice.
    if let Some(pid) = child.process_id() {
        let _ = std::process::Command::new("kill")
            .args(["-s", "KILL", &pid.to_string()])
            .status();
    }
    let _ = child.wait();
    drop(pair.master);
    let _ = watcher.join();
    match at {
        Ok(Ok(at)) => at - start,
        Ok(Err(why)) => panic!("{why}"),
        Err(_) => panic!("no first frame from `wia assess` within 10 s"),
    }
}

fn startup(c: &mut Criterion) {
    // Empty folders: no drafts to list, no settings; kept until the end of the benchmark.
    let (data_dir, config_dir) = (
        tempfile::tempdir().expect("data dir"),
        tempfile::tempdir().expect("config dir"),
    );
    let data = data_dir.path().display().to_string();
    let config = config_dir.path().display().to_string();
    let mut g = c.benchmark_group("startup");
    g.sample_size(20)
        .sampling_mode(SamplingMode::Flat)
        .measurement_time(Duration::from_secs(10));
    g.bench_function(
        "wia assess: process start to first frame (80x24 pty)",
        |b| b.iter_custom(|iters| (0..iters).map(|_| first_frame(&data, &config)).sum()),
    );
    g.finish();
}

criterion_group!(benches, keystrokes, startup);
criterion_main!(benches);
