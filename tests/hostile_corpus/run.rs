//! Running each command of each case in a child bounded in time and memory, and
//! checking what came back: how it ended, what it printed, what it wrote.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use super::kinds::{Case, Cmd, Follow, Program};

/// Longer than any sound run takes in a debug build on a busy machine.
pub const TIMEOUT: Duration = Duration::from_secs(10);
/// "No run over 100 MB": the peak resident memory a run may reach.
pub const MEMORY_LIMIT_KB: u64 = 100 * 1024;
/// A hard stop well above the limit, so a runaway parse fails its own run (allocation
/// fails and the child aborts) instead of the machine's.
pub const DATA_CAP_BYTES: u64 = 512 * 1024 * 1024;
pub const WORKERS: usize = 4;

#[derive(Debug, Clone)]
pub struct Failure {
    pub case: String,
    pub command: String,
    pub what: String,
}

/// The outside tools that bound and measure a child, where the machine has them.
#[derive(Debug, Clone)]
pub struct Tools {
    /// util-linux `prlimit`: caps the child's data segment.
    pub prlimit: Option<PathBuf>,
    /// GNU `time`: reports the child's peak resident memory.
    pub time: Option<PathBuf>,
}

impl Tools {
    pub fn find() -> Tools {
        let usable = |p: &str, arg: &str| {
            Command::new(p)
                .arg(arg)
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .status()
                .is_ok_and(|s| s.success())
                .then(|| PathBuf::from(p))
        };
        Tools {
            prlimit: usable("/usr/bin/prlimit", "--version")
                .or_else(|| usable("prlimit", "--version")),
            time: usable("/usr/bin/time", "--version"),
        }
    }
}

pub struct Outcome {
    pub status: Ended,
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
    pub peak_kb: Option<u64>,
    pub elapsed: Duration,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ended {
    Code(i32),
    Signal(i32),
    TimedOut,
}

fn signal_name(sig: i32) -> &'static str {
    match sig {
        4 => "SIGILL",
        6 => "SIGABRT",
        7 => "SIGBUS",
        8 => "SIGFPE",
        9 => "SIGKILL",
        11 => "SIGSEGV",
        13 => "SIGPIPE",
        15 => "SIGTERM",
        1 => "SIGHUP",
        2 => "SIGINT",
        _ => "signal",
    }
}

/// Run one command of a case, its output captured in files (a pipe could fill and stall
/// the child, and some outputs are megabytes).
pub fn run_one(case: &Case, cmd: &Cmd, index: usize, tools: &Tools, me: &Path) -> Outcome {
    let out_path = case.root.join(format!("cmd{index}.out"));
    let err_path = case.root.join(format!("cmd{index}.err"));
    let time_path = case.root.join(format!("cmd{index}.time"));
    let program: PathBuf = match cmd.program {
        Program::Wia => PathBuf::from(env!("CARGO_BIN_EXE_wia")),
        Program::DraftReader => me.to_path_buf(),
    };
    let mut argv: Vec<std::ffi::OsString> = Vec::new();
    if let Some(time) = &tools.time {
        argv.extend([
            time.clone().into(),
            "-f".into(),
            "%M".into(),
            "-o".into(),
            time_path.clone().into(),
        ]);
    }
    if let Some(p) = &tools.prlimit {
        argv.extend([
            p.clone().into(),
            format!("--data={DATA_CAP_BYTES}").into(),
            "--".into(),
        ]);
    }
    argv.push(program.into());
    match cmd.program {
        Program::Wia => argv.extend(cmd.args.iter().cloned()),
        Program::DraftReader => {
            argv.extend([
                "draft_reader_child".into(),
                "--exact".into(),
                "--nocapture".into(),
                "--test-threads=1".into(),
            ]);
        }
    }
    let mut c = Command::new(&argv[0]);
    c.args(&argv[1..])
        .current_dir(&case.root)
        .stdin(Stdio::null())
        .stdout(std::fs::File::create(&out_path).unwrap())
        .stderr(std::fs::File::create(&err_path).unwrap())
        .env("WIA_DATA_DIR", case.data())
        .env("WIA_CONFIG_DIR", case.root.join("conf"))
        .env("WIA_CACHE_DIR", case.root.join("cache"))
        .env("LANG", "C.UTF-8")
        .env("RUST_BACKTRACE", "0")
        .env_remove("NO_COLOR")
        .env_remove("LC_ALL");
    if case.lang_from_env {
        c.env("WIA_LANG", "en");
    } else {
        c.env_remove("WIA_LANG");
    }
    if cmd.program == Program::DraftReader {
        c.env("WIA_CORPUS_DRAFT_MODE", &cmd.args[0])
            .env("WIA_CORPUS_DRAFT_ID", &cmd.args[1]);
    }
    #[cfg(unix)]
    {
        use std::os::unix::process::CommandExt;
        // Its own process group, so a timeout kills wia and not only `time` above it.
        c.process_group(0);
    }
    let start = Instant::now();
    let mut child = c
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start {}: {e}", argv[0].to_string_lossy()));
    let status = loop {
        if let Some(s) = child.try_wait().unwrap() {
            break ended(s);
        }
        if start.elapsed() > TIMEOUT {
            kill_group(&mut child);
            break Ended::TimedOut;
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    let elapsed = start.elapsed();
    let mut status = status;
    let mut peak_kb = None;
    if let Ok(t) = std::fs::read_to_string(&time_path) {
        // GNU time writes "Command terminated by signal N" or "... non-zero status N"
        // before the figure, and exits 128+N itself for a signal.
        for line in t.lines() {
            if let Some(n) = line.strip_prefix("Command terminated by signal ") {
                if status != Ended::TimedOut {
                    status = Ended::Signal(n.trim().parse().unwrap_or(0));
                }
            } else if let Ok(kb) = line.trim().parse::<u64>() {
                peak_kb = Some(kb);
            }
        }
    }
    Outcome {
        status,
        stdout: std::fs::read(&out_path).unwrap_or_default(),
        stderr: std::fs::read(&err_path).unwrap_or_default(),
        peak_kb,
        elapsed,
    }
}

fn ended(s: std::process::ExitStatus) -> Ended {
    #[cfg(unix)]
    {
        use std::os::unix::process::ExitStatusExt;
        if let Some(sig) = s.signal() {
            return Ended::Signal(sig);
        }
    }
    Ended::Code(s.code().unwrap_or(-1))
}

fn kill_group(child: &mut std::process::Child) {
    #[cfg(unix)]
    {
        let _ = Command::new("kill")
            .args(["-KILL", "--", &format!("-{}", child.id())])
            .stderr(Stdio::null())
            .status();
    }
    let _ = child.kill();
    let _ = child.wait();
}

/// Characters that change a terminal (or hide text) when printed raw: C0 controls other
/// than tab and line ends, DEL, C1 controls, and the bidirectional overrides.
pub fn control_chars(bytes: &[u8]) -> Vec<String> {
    let text = String::from_utf8_lossy(bytes);
    let mut found: Vec<String> = Vec::new();
    for c in text.chars() {
        let bad = matches!(c as u32, 0x00..=0x08 | 0x0b | 0x0c | 0x0e..=0x1f | 0x7f..=0x9f | 0x202a..=0x202e | 0x2066..=0x2069);
        let name = format!("U+{:04X}", c as u32);
        if bad && !found.contains(&name) {
            found.push(name);
        }
    }
    found
}

/// Whether `text` names a place: `something.yaml:12` (a column may follow).
pub fn has_place(text: &str) -> bool {
    [".yaml:", ".yml:", ".jsonl:", ".json:", ".csv:"]
        .iter()
        .any(|ext| {
            text.match_indices(ext)
                .any(|(i, m)| text[i + m.len()..].starts_with(|c: char| c.is_ascii_digit()))
        })
}

fn first_lines(bytes: &[u8], n: usize) -> String {
    let text = String::from_utf8_lossy(bytes);
    let lines: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
    let mut s: String = lines
        .iter()
        .take(n)
        .copied()
        .collect::<Vec<_>>()
        .join(" | ");
    if s.len() > 220 {
        let mut cut = 220;
        while !s.is_char_boundary(cut) {
            cut -= 1;
        }
        s.truncate(cut);
        s.push('…');
    }
    s.escape_debug().to_string()
}

/// Everything wrong with one run, as sentences for the table.
pub fn judge(case: &Case, cmd: &Cmd, o: &Outcome, files_written: &[PathBuf]) -> Vec<String> {
    let mut what = Vec::new();
    let stderr = String::from_utf8_lossy(&o.stderr);
    match o.status {
        Ended::TimedOut => what.push(format!(
            "HANG: still running after {} s; killed",
            TIMEOUT.as_secs()
        )),
        // A signal wia cannot have sent itself: something outside stopped the run.
        Ended::Signal(sig @ (1 | 2 | 15)) => what.push(format!(
            "KILLED: by {} ({sig}) from outside, after {:.1} s; stderr: {}",
            signal_name(sig),
            o.elapsed.as_secs_f64(),
            first_lines(&o.stderr, 2)
        )),
        Ended::Signal(sig) => {
            let memory = stderr.contains("memory allocation of");
            what.push(format!(
                "{}: killed by {} ({sig}){}; stderr: {}",
                if memory { "MEMORY" } else { "CRASH" },
                signal_name(sig),
                if memory {
                    format!(" over the {} MB data cap", DATA_CAP_BYTES >> 20)
                } else {
                    String::new()
                },
                first_lines(&o.stderr, 2)
            ))
        }
        Ended::Code(c) if !(0..=2).contains(&c) => what.push(format!(
            "EXIT {c}: expected 0, 1 or 2; stderr: {}",
            first_lines(&o.stderr, 2)
        )),
        Ended::Code(_) => {}
    }
    if let Some(i) = stderr.find("panicked") {
        let line = stderr[i..].lines().next().unwrap_or("");
        what.push(format!("PANIC: {}", line.escape_debug()));
    }
    if let Some(kb) = o.peak_kb
        && kb > MEMORY_LIMIT_KB
    {
        what.push(format!(
            "MEMORY: peak {} MB, over {} MB",
            kb / 1024,
            MEMORY_LIMIT_KB / 1024
        ));
    }
    // The draft reader is a test binary and prints the test harness's own lines; only
    // what wia itself prints is looked at for control characters.
    for (stream, bytes) in [("stdout", &o.stdout), ("stderr", &o.stderr)] {
        let found = control_chars(bytes);
        if !found.is_empty() {
            what.push(format!("RAW CONTROL in {stream}: {}", found.join(" ")));
        }
    }
    for f in files_written {
        if let Ok(bytes) = std::fs::read(f) {
            let found = control_chars(&bytes);
            if !found.is_empty() {
                what.push(format!(
                    "RAW CONTROL in written {}: {}",
                    f.file_name().unwrap().to_string_lossy(),
                    found.join(" ")
                ));
            }
        }
    }
    // An error about the file (one that names it) must say where in it, when the damage
    // has a place; a digest that no longer matches has none.
    let failed = matches!(o.status, Ended::Code(1 | 2));
    let name = case.file.file_name().unwrap().to_string_lossy();
    let altered = stderr.contains("ALTERED") || stderr.contains("does not match its digest");
    if case.variant.placed
        && failed
        && stderr.contains(name.as_ref())
        && !altered
        && !has_place(&stderr)
    {
        what.push(format!(
            "NO PLACE: error without file:line:col: {}",
            first_lines(&o.stderr, 2)
        ));
    }
    // Only the shared data folder is closed to links: a file the person names on the
    // command line (a questionnaire, answers, a CSV, a response) or their own settings may
    // be a link they made, and reading through it is what they asked for.
    if case.variant.follows_valid_link
        && case.file.starts_with(case.data())
        && o.status == Ended::Code(0)
    {
        let read_it = match cmd.follow {
            Follow::ExitZero => true,
            Follow::Marker(m) => {
                String::from_utf8_lossy(&o.stdout).contains(m)
                    || files_written
                        .iter()
                        .any(|f| std::fs::read_to_string(f).is_ok_and(|t| t.contains(m)))
            }
            Follow::Unknown => false,
        };
        if read_it {
            what.push("SYMLINK FOLLOWED: read the file through a link and succeeded".to_string());
        }
    }
    what
}

/// Run every case, `WORKERS` at a time; each case's commands run one after another in
/// its own folder, since some write there.
pub fn run_all(cases: &[Case], tools: &Tools, me: &Path) -> (Vec<Failure>, Stats) {
    let next = AtomicUsize::new(0);
    let failures = Mutex::new(Vec::new());
    let stats = Mutex::new(Stats::default());
    std::thread::scope(|s| {
        for _ in 0..WORKERS {
            s.spawn(|| {
                loop {
                    let i = next.fetch_add(1, Ordering::SeqCst);
                    let Some(case) = cases.get(i) else { break };
                    let mut hung = false;
                    for (k, cmd) in case.commands.iter().enumerate() {
                        // After a hang the rest would most likely hang too, ten seconds
                        // each; they are named as not run instead, so nothing is hidden.
                        if hung {
                            failures.lock().unwrap().push(Failure {
                                case: case.name.clone(),
                                command: cmd.shown(),
                                what: "NOT RUN: an earlier command on this file hung".into(),
                            });
                            continue;
                        }
                        let o = run_one(case, cmd, k, tools, me);
                        hung = o.status == Ended::TimedOut;
                        let written = written_files(case, cmd);
                        let problems = judge(case, cmd, &o, &written);
                        {
                            let mut st = stats.lock().unwrap();
                            st.runs += 1;
                            if o.status != Ended::TimedOut {
                                st.finished_time += o.elapsed;
                            }
                            st.log.push(format!(
                                "{:.3}\t{:?}\t{}\t{}\t{}",
                                o.elapsed.as_secs_f64(),
                                o.status,
                                o.peak_kb.unwrap_or(0),
                                case.name,
                                cmd.shown()
                            ));
                            if let Some(kb) = o.peak_kb
                                && kb > st.peak_kb
                            {
                                st.peak_kb = kb;
                                st.peak_run = format!("{} :: {}", case.name, cmd.shown());
                            }
                            if o.status != Ended::TimedOut {
                                st.slowest
                                    .push((o.elapsed, format!("{} :: {}", case.name, cmd.shown())));
                                st.slowest.sort_by_key(|(t, _)| std::cmp::Reverse(*t));
                                st.slowest.truncate(5);
                            }
                        }
                        let mut f = failures.lock().unwrap();
                        for what in problems {
                            f.push(Failure {
                                case: case.name.clone(),
                                command: cmd.shown(),
                                what,
                            });
                        }
                    }
                }
            });
        }
    });
    (failures.into_inner().unwrap(), stats.into_inner().unwrap())
}

/// Files a command writes from what it read, to be checked like its output.
fn written_files(case: &Case, cmd: &Cmd) -> Vec<PathBuf> {
    let shown = cmd.shown();
    if shown.contains("export") {
        vec![case.root.join("export.csv")]
    } else {
        Vec::new()
    }
}

#[derive(Debug, Default)]
pub struct Stats {
    pub runs: usize,
    pub peak_kb: u64,
    pub peak_run: String,
    /// The time of the runs that finished, added up: what the corpus costs once no run hangs.
    pub finished_time: Duration,
    /// One line a run: seconds, how it ended, peak KB, case, command.
    pub log: Vec<String>,
    /// The five slowest runs that finished.
    pub slowest: Vec<(Duration, String)>,
}
