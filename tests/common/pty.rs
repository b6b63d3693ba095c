//! Running a program in a pseudo-terminal and reading its screen.
//!
//! [`Term`] starts a program (normally the `wia` binary) on the slave side of
//! a PTY of a given size. A background thread reads everything the program
//! writes, keeps a copy of the raw bytes and feeds them to a VT100 emulator
//! (`vt100`), so a test can ask what the screen shows, send keystrokes, resize
//! the terminal, signal or kill the program and check how it left the
//! terminal.
//!
//! The emulator answers the terminal queries a TUI library may send and then
//! wait for: cursor position (`ESC [ 6 n`), device status (`ESC [ 5 n`) and
//! primary device attributes (`ESC [ c`). Without those answers crossterm
//! would block on startup.
//!
//! Pitfalls for test writers:
//! - Until the program switches the terminal to raw mode the line discipline
//!   is cooked: typed text is echoed and buffered until Enter, Ctrl-C raises
//!   SIGINT and Ctrl-S stops all output (XON/XOFF). Wait for the first screen
//!   with [`Term::wait_for`] before sending keys.
//! - A lone Esc is told apart from the start of an escape sequence only by
//!   timing, so [`Term::key`] pauses briefly after sending it.
//! - The program inherits the test's environment except `COLUMNS`, `LINES`
//!   and `NO_COLOR`; `TERM` is `xterm-256color`; the working directory is the
//!   test's (the crate root under `cargo test`).

use std::ffi::OsStr;
use std::io::{Read, Write};
use std::sync::mpsc::{self, Sender};
use std::sync::{Arc, Mutex, MutexGuard};
use std::thread;
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, MasterPty, PtySize, native_pty_system};

pub use portable_pty::ExitStatus;

/// A generous default for waits: CI machines can be slow.
pub const TIMEOUT: Duration = Duration::from_secs(10);

/// Time between two looks at the screen or at the child.
const POLL: Duration = Duration::from_millis(15);

/// Pause after a lone Esc so it is not read together with what follows.
const ESC_PAUSE: Duration = Duration::from_millis(60);

/// Keys, sent as the byte sequences xterm sends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    Enter,
    Esc,
    Tab,
    BackTab,
    Up,
    Down,
    Left,
    Right,
    Home,
    End,
    PageUp,
    PageDown,
    Backspace,
    Delete,
    Space,
    F1,
    CtrlC,
    CtrlS,
    /// Control and a letter (or one of `@[\]^_`), e.g. `Ctrl('q')`.
    Ctrl(char),
}

impl Key {
    pub fn bytes(self) -> Vec<u8> {
        let fixed: &[u8] = match self {
            Key::Enter => b"\r",
            Key::Esc => b"\x1b",
            Key::Tab => b"\t",
            Key::BackTab => b"\x1b[Z",
            Key::Up => b"\x1b[A",
            Key::Down => b"\x1b[B",
            Key::Right => b"\x1b[C",
            Key::Left => b"\x1b[D",
            Key::Home => b"\x1b[H",
            Key::End => b"\x1b[F",
            Key::PageUp => b"\x1b[5~",
            Key::PageDown => b"\x1b[6~",
            Key::Backspace => b"\x7f",
            Key::Delete => b"\x1b[3~",
            Key::Space => b" ",
            Key::F1 => b"\x1bOP",
            Key::CtrlC => b"\x03",
            Key::CtrlS => b"\x13",
            Key::Ctrl(c) => {
                assert!(
                    c.is_ascii_alphabetic() || "@[\\]^_".contains(c),
                    "no control code for {c:?}"
                );
                return vec![(c.to_ascii_uppercase() as u8) & 0x1f];
            }
        };
        fixed.to_vec()
    }
}

#[path = "vt_replies.rs"]
mod vt_replies;
use vt_replies::Replies;

struct Shared {
    parser: vt100::Parser<Replies>,
    raw: Vec<u8>,
    /// The reader saw end of file: every process holding the slave is gone.
    closed: bool,
}

fn lock(shared: &Mutex<Shared>) -> MutexGuard<'_, Shared> {
    shared
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

fn size(cols: u16, rows: u16) -> PtySize {
    assert!(cols > 0 && rows > 0, "terminal size {cols}x{rows}");
    PtySize {
        rows,
        cols,
        pixel_width: 0,
        pixel_height: 0,
    }
}

fn nonzero(n: u16) -> std::num::NonZeroU16 {
    std::num::NonZeroU16::new(n).expect("terminal sizes are positive")
}

/// A program running in a pseudo-terminal.
pub struct Term {
    master: Box<dyn MasterPty + Send>,
    child: Box<dyn Child + Send + Sync>,
    pid: Option<u32>,
    /// Bytes for the program's input; a writer thread owns the PTY writer,
    /// so neither a test nor the reader thread ever blocks on a full input
    /// buffer.
    input: Option<Sender<Vec<u8>>>,
    shared: Arc<Mutex<Shared>>,
    status: Option<ExitStatus>,
    program: String,
}

impl Term {
    /// Start the `wia` binary with `args` and extra environment variables in
    /// a `cols` x `rows` terminal.
    pub fn spawn(args: &[&str], env: &[(&str, &str)], cols: u16, rows: u16) -> Term {
        Term::spawn_command(env!("CARGO_BIN_EXE_wia"), args, env, cols, rows)
    }

    /// Start any program (looked up on `PATH` unless a path is given).
    pub fn spawn_command(
        program: impl AsRef<OsStr>,
        args: &[&str],
        env: &[(&str, &str)],
        cols: u16,
        rows: u16,
    ) -> Term {
        let program = program.as_ref();
        let name = format!("{} {}", program.to_string_lossy(), args.join(" "));
        let pair = native_pty_system()
            .openpty(size(cols, rows))
            .unwrap_or_else(|e| panic!("cannot open a pty for {name}: {e:#}"));

        let mut cmd = CommandBuilder::new(program);
        cmd.args(args);
        // portable-pty would start in $HOME without an explicit directory.
        cmd.cwd(std::env::current_dir().expect("current directory"));
        for var in ["COLUMNS", "LINES", "NO_COLOR"] {
            cmd.env_remove(var);
        }
        cmd.env("TERM", "xterm-256color");
        // English unless a test asks for Welsh: the machine's locale must not decide.
        cmd.env("WIA_LANG", "en");
        for (k, v) in env {
            cmd.env(k, v);
        }
        let child = pair
            .slave
            .spawn_command(cmd)
            .unwrap_or_else(|e| panic!("cannot start {name}: {e:#}"));
        // Our copy of the slave must go, or the reader never sees end of file.
        drop(pair.slave);
        let pid = child.process_id();

        let shared = Arc::new(Mutex::new(Shared {
            parser: vt100::Parser::new_with_callbacks(
                nonzero(rows),
                nonzero(cols),
                0,
                Replies::default(),
            ),
            raw: Vec::new(),
            closed: false,
        }));

        let mut writer = pair.master.take_writer().expect("pty writer");
        let (input, queue) = mpsc::channel::<Vec<u8>>();
        thread::Builder::new()
            .name("pty-writer".into())
            .spawn(move || {
                // Ends when the Term (and the reader's clone) drop their senders.
                for bytes in queue {
                    if writer
                        .write_all(&bytes)
                        .and_then(|()| writer.flush())
                        .is_err()
                    {
                        break;
                    }
                }
            })
            .expect("writer thread");

        let mut reader = pair.master.try_clone_reader().expect("pty reader");
        let replies = input.clone();
        let state = Arc::clone(&shared);
        thread::Builder::new()
            .name("pty-reader".into())
            .spawn(move || {
                let mut buf = [0u8; 8192];
                loop {
                    let n = match reader.read(&mut buf) {
                        // portable-pty reports the slave closing (EIO) as 0.
                        Ok(0) => break,
                        Ok(n) => n,
                        Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                        Err(_) => break,
                    };
                    let answer = {
                        let mut s = lock(&state);
                        s.raw.extend_from_slice(&buf[..n]);
                        s.parser.process(&buf[..n]);
                        std::mem::take(&mut s.parser.callbacks_mut().pending)
                    };
                    if !answer.is_empty() {
                        let _ = replies.send(answer);
                    }
                }
                lock(&state).closed = true;
            })
            .expect("reader thread");

        Term {
            master: pair.master,
            child,
            pid,
            input: Some(input),
            shared,
            status: None,
            program: name,
        }
    }

    /// Send raw bytes to the program's input.
    pub fn send(&mut self, bytes: &[u8]) {
        if let Some(input) = &self.input {
            // The writer thread has gone only if the PTY is unwritable, which
            // the test will notice through the screen or the exit status.
            let _ = input.send(bytes.to_vec());
        }
    }

    /// Type literal text.
    pub fn keys(&mut self, text: &str) {
        self.send(text.as_bytes());
    }

    /// Press one key.
    pub fn key(&mut self, key: Key) {
        self.send(&key.bytes());
        if key == Key::Esc {
            thread::sleep(ESC_PAUSE);
        }
    }

    /// What the screen shows: each row without trailing blanks, joined by `\n`.
    pub fn screen(&self) -> String {
        let s = lock(&self.shared);
        let screen = s.parser.screen();
        let (_, cols) = screen.size();
        screen.rows(0, cols.get()).collect::<Vec<_>>().join("\n")
    }

    /// Look at the emulated screen in more detail: cells, colours, cursor,
    /// modes (`alternate_screen`, `hide_cursor`, ...).
    pub fn with_screen<R>(&self, f: impl FnOnce(&vt100::Screen) -> R) -> R {
        f(lock(&self.shared).parser.screen())
    }

    /// Everything the program has written so far, escape sequences included.
    pub fn raw_output(&self) -> Vec<u8> {
        lock(&self.shared).raw.clone()
    }

    /// Wait until the screen contains `needle` and return the screen. On
    /// timeout, or if the program ends without showing it, panic with the
    /// needle and the whole screen.
    #[track_caller]
    pub fn wait_for(&mut self, needle: &str, timeout: Duration) -> String {
        self.wait_until(&format!("{needle:?}"), timeout, |screen| {
            screen.contains(needle)
        })
    }

    /// Wait until `done` holds for the screen and return the screen; `what`
    /// describes the condition in the panic message.
    #[track_caller]
    pub fn wait_until(
        &mut self,
        what: &str,
        timeout: Duration,
        mut done: impl FnMut(&str) -> bool,
    ) -> String {
        let deadline = Instant::now() + timeout;
        loop {
            // Read `closed` before the screen, so a screen read after the
            // output ended is known to be final.
            let closed = lock(&self.shared).closed;
            let screen = self.screen();
            if done(&screen) {
                return screen;
            }
            if closed {
                self.poll_exit();
                panic!(
                    "`{}` ended ({}) without the screen showing {what}; screen:\n{}\n{}",
                    self.program,
                    self.describe_status(),
                    frame(&screen),
                    self.output_tail()
                );
            }
            if Instant::now() >= deadline {
                self.poll_exit();
                panic!(
                    "timed out after {timeout:?} waiting for the screen of `{}` ({}) to show {what}; screen:\n{}\n{}",
                    self.program,
                    self.describe_status(),
                    frame(&screen),
                    self.output_tail()
                );
            }
            thread::sleep(POLL);
        }
    }

    /// Wait for the program to end; `None` if it is still running after
    /// `timeout`. Once it has ended, also wait (briefly) for its last output
    /// to be read, so `screen` and `raw_output` are complete.
    pub fn wait_exit(&mut self, timeout: Duration) -> Option<ExitStatus> {
        let deadline = Instant::now() + timeout;
        while self.poll_exit().is_none() {
            if Instant::now() >= deadline {
                return None;
            }
            thread::sleep(POLL);
        }
        // A grandchild still holding the terminal would keep it open; don't
        // wait for that longer than a slow machine needs to drain the pipe.
        let drained = Instant::now() + Duration::from_secs(5);
        while !lock(&self.shared).closed && Instant::now() < drained {
            thread::sleep(POLL);
        }
        self.status.clone()
    }

    /// The exit status if the program has ended, without waiting.
    pub fn poll_exit(&mut self) -> Option<ExitStatus> {
        if self.status.is_none() {
            match self.child.try_wait() {
                Ok(status) => self.status = status,
                Err(e) => panic!("cannot wait for `{}`: {e}", self.program),
            }
        }
        self.status.clone()
    }

    pub fn is_running(&mut self) -> bool {
        self.poll_exit().is_none()
    }

    /// The process id of the program.
    pub fn pid(&self) -> u32 {
        self.pid.expect("a pid for a local process")
    }

    /// SIGKILL the program (no chance to restore the terminal). Does not
    /// wait; follow with `wait_exit`.
    #[cfg(unix)]
    pub fn kill(&mut self) {
        self.signal("KILL");
    }

    /// Send a signal by name, e.g. "TERM", "HUP", "INT", "WINCH", using the
    /// `kill` program. Nothing is sent once the program has been reaped (its
    /// pid may have been reused).
    #[cfg(unix)]
    pub fn signal(&mut self, sig: &str) {
        if self.poll_exit().is_some() {
            return;
        }
        let status = std::process::Command::new("kill")
            .args(["-s", sig, &self.pid().to_string()])
            .status()
            .unwrap_or_else(|e| panic!("cannot run kill: {e}"));
        // It may have ended just now, between the check and the signal.
        assert!(
            status.success() || self.poll_exit().is_some(),
            "kill -s {sig} {} failed: {status}",
            self.pid()
        );
    }

    /// Resize the terminal: the emulator first, then the PTY, which sends
    /// SIGWINCH to the program.
    pub fn resize(&mut self, cols: u16, rows: u16) {
        lock(&self.shared)
            .parser
            .set_size(nonzero(rows), nonzero(cols));
        self.master
            .resize(size(cols, rows))
            .unwrap_or_else(|e| panic!("cannot resize the pty: {e:#}"));
    }

    /// The last bytes the program wrote, escaped, for failure messages.
    fn output_tail(&self) -> String {
        const TAIL: usize = 600;
        let s = lock(&self.shared);
        let start = s.raw.len().saturating_sub(TAIL);
        format!(
            "last {} of {} bytes written: \"{}\"",
            s.raw.len() - start,
            s.raw.len(),
            s.raw[start..].escape_ascii()
        )
    }

    fn describe_status(&self) -> String {
        match &self.status {
            Some(status) => format!("exited: {status}"),
            None => "still running".into(),
        }
    }
}

/// A screen with a border, so blank rows and trailing spaces show.
fn frame(screen: &str) -> String {
    let mut out = String::from("+--\n");
    for line in screen.split('\n') {
        out.push('|');
        out.push_str(line);
        out.push('\n');
    }
    out.push_str("+--");
    out
}

impl Drop for Term {
    fn drop(&mut self) {
        // Never panic here: this also runs while a failed test unwinds.
        if matches!(self.child.try_wait(), Ok(None)) {
            #[cfg(unix)]
            if let Some(pid) = self.pid {
                let _ = std::process::Command::new("kill")
                    .args(["-s", "KILL", &pid.to_string()])
                    .status();
            }
            #[cfg(not(unix))]
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
        // Ends the writer thread once the reader's sender is gone too. The
        // reader thread is not joined: it ends at end of file, which a
        // grandchild holding the terminal could delay indefinitely.
        self.input = None;
    }
}
