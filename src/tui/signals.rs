//! Being told to stop: the platform's ways of ending a program are turned into one flag
//! the event loop and the watchdog read, so every way out saves the draft first.
//!
//! Unix sends signals: INT (Ctrl-C outside raw mode), TERM, HUP (the terminal closed)
//! and QUIT. Windows has no signals for these; it calls a console control handler, on a
//! thread of its own, for Ctrl-C, Ctrl-Break, the console window closing, logging off and
//! shutting down, and for the last three it ends the process as soon as the handler
//! returns (and in any case after about five seconds). So there the handler itself waits
//! for the draft under way to be written before it returns.

use std::sync::Arc;
use std::sync::atomic::AtomicUsize;

use super::draft_writer::WriterIdle;
use crate::error::Result;
use crate::i18n::Lang;

/// From now on, a request to stop sets `flag` to a nonzero code.
#[cfg(unix)]
pub fn watch(flag: &Arc<AtomicUsize>, _writer: &WriterIdle, lang: Lang) -> Result<()> {
    use crate::error::Error;
    for sig in [
        signal_hook::consts::SIGINT,
        signal_hook::consts::SIGTERM,
        signal_hook::consts::SIGHUP,
        signal_hook::consts::SIGQUIT,
    ] {
        signal_hook::flag::register_usize(sig, flag.clone(), sig as usize).map_err(|e| {
            Error::Failed(crate::t!(
                lang,
                "tui-signal-watch-failed",
                signal = sig,
                reason = e.to_string()
            ))
        })?;
    }
    Ok(())
}

#[cfg(windows)]
pub fn watch(flag: &Arc<AtomicUsize>, writer: &WriterIdle, lang: Lang) -> Result<()> {
    console::watch(flag, writer, lang)
}

#[cfg(not(any(unix, windows)))]
pub fn watch(_flag: &Arc<AtomicUsize>, _writer: &WriterIdle, _lang: Lang) -> Result<()> {
    Ok(())
}

#[cfg(windows)]
mod console {
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::{Arc, OnceLock};
    use std::time::Duration;

    use super::{Lang, WriterIdle};
    use crate::error::{Error, Result};

    /// Stored in the flag when the console or session goes away: HUP's number on Unix.
    const HANGUP: usize = 1;
    /// Ctrl-C, as SIGINT's number, so the exit code is 130 as on Unix.
    const INTERRUPT: usize = 2;

    // The event numbers from wincon.h.
    const CTRL_C_EVENT: u32 = 0;
    const CTRL_BREAK_EVENT: u32 = 1;

    static WATCHED: OnceLock<(Arc<AtomicUsize>, WriterIdle)> = OnceLock::new();

    // Declared here rather than through a bindings crate: it is the only Windows call
    // wia makes itself, and kernel32 is linked by every Windows program (GNU and MSVC).
    #[link(name = "kernel32")]
    unsafe extern "system" {
        fn SetConsoleCtrlHandler(
            handler: Option<unsafe extern "system" fn(u32) -> i32>,
            add: i32,
        ) -> i32;
    }

    pub fn watch(flag: &Arc<AtomicUsize>, writer: &WriterIdle, lang: Lang) -> Result<()> {
        if WATCHED.set((flag.clone(), writer.clone())).is_err() {
            // Already watching (a second interface in one process): the first flag stays.
            return Ok(());
        }
        // SAFETY: `on_event` has the signature the call expects, never unwinds, and
        // stays valid for the life of the process.
        let added = unsafe { SetConsoleCtrlHandler(Some(on_event), 1) };
        if added == 0 {
            return Err(Error::Failed(crate::t!(
                lang,
                "tui-console-watch-failed",
                reason = std::io::Error::last_os_error().to_string()
            )));
        }
        Ok(())
    }

    /// Returns nonzero: handled, so the default handler (which ends the process at
    /// once) does not run.
    unsafe extern "system" fn on_event(event: u32) -> i32 {
        handle(event)
    }

    /// What the handler does, callable from a test.
    pub(super) fn handle(event: u32) -> i32 {
        let Some((flag, writer)) = WATCHED.get() else {
            return 0;
        };
        if event == CTRL_C_EVENT || event == CTRL_BREAK_EVENT {
            flag.store(INTERRUPT, Ordering::SeqCst);
            return 1;
        }
        // Closing, logging off, shutting down: the process ends when this returns.
        // Long enough for the loop to notice and hand over its last draft (it polls every
        // 200 ms), then until that draft is on disk, inside Windows' five seconds.
        flag.store(HANGUP, Ordering::SeqCst);
        std::thread::sleep(Duration::from_millis(300));
        writer.wait(Duration::from_secs(4));
        1
    }
}

/// Windows only: the console control handler. Run under Wine in CI.
#[cfg(all(test, windows))]
mod tests {
    use std::sync::Arc;
    use std::sync::atomic::{AtomicUsize, Ordering};

    use super::super::draft_writer::DraftWriter;
    use crate::record::Draft;
    use crate::store::DataDir;

    fn draft(title: &str) -> Box<Draft> {
        super::super::draft_writer::test_draft("20261130-0900-w", title)
    }

    #[test]
    fn closing_the_console_returns_only_once_the_draft_is_on_disk() {
        let dir = tempfile::tempdir().unwrap();
        let data = DataDir::new(dir.path());
        let writer = DraftWriter::start(data.clone());
        let flag = Arc::new(AtomicUsize::new(0));
        // Under Wine without a console the registration itself may be refused; the
        // handler is what is tested.
        let _ = super::watch(&flag, &writer.idle_handle(), crate::i18n::Lang::En);
        writer.submit(draft("typed just before closing"), false);
        const CTRL_CLOSE_EVENT: u32 = 2;
        assert_eq!(super::console::handle(CTRL_CLOSE_EVENT), 1);
        assert_eq!(flag.load(Ordering::SeqCst), 1);
        let text = std::fs::read_to_string(data.draft_path("20261130-0900-w")).unwrap();
        assert!(text.contains("typed just before closing"), "{text}");
    }
}
