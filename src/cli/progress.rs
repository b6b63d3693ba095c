//! A line on stderr saying how far a long read has got ("Reading records: 3,412 of
//! 10,000…"), for a person waiting at a terminal: shown only once the read has taken a
//! second, redrawn at most ten times a second, and cleared when it is done, so what is
//! left on the screen is exactly what was there without it. Nothing at all is written
//! when stderr is not a terminal: a script's output is the same byte for byte.
//!
//! Written here rather than taken from `indicatif`: one line of text needs no bars,
//! templates or colour, and that crate would bring four more into the build.

use std::io::{IsTerminal, Write};
use std::time::{Duration, Instant};

use crate::i18n::Lang;

/// How long a read goes on before it is worth saying how far it has got.
const QUIET_FOR: Duration = Duration::from_secs(1);
/// The least time between two drawings of the line.
const REDRAW_EVERY: Duration = Duration::from_millis(100);

pub struct ProgressLine {
    at_terminal: bool,
    started: Instant,
    /// When the line was last drawn, since `started`.
    drawn_at: Option<Duration>,
    /// The columns the line takes on screen, to blank when it is cleared.
    shown: usize,
    lang: Lang,
}

impl ProgressLine {
    /// A line on stderr, drawn only if stderr is a terminal.
    pub fn on_stderr(lang: Lang) -> Self {
        ProgressLine::new(std::io::stderr().is_terminal(), lang)
    }

    fn new(at_terminal: bool, lang: Lang) -> Self {
        ProgressLine {
            at_terminal,
            started: Instant::now(),
            drawn_at: None,
            shown: 0,
            lang,
        }
    }

    /// Say that `done` of `total` records have been read.
    pub fn update(&mut self, done: usize, total: usize) {
        // Asked only when there is a line to draw: without a terminal to ask, crossterm
        // runs `tput` twice, and a listing reports 80 times (issue 18: 0.12 s of 0.4).
        // A terminal that does not say its size (0 columns) is taken as the usual 80.
        let columns = || {
            crossterm::terminal::size()
                .ok()
                .map(|(w, _)| usize::from(w))
                .filter(|&w| w > 0)
                .unwrap_or(80)
        };
        if let Some(text) = self.line_at(done, total, self.started.elapsed(), columns) {
            let mut err = std::io::stderr().lock();
            let _ = write!(err, "\r{text}");
            let _ = err.flush();
        }
    }

    /// What to write now, `elapsed` into the read, on a terminal `columns` wide: nothing
    /// when quiet, else the line (blanking what is left of a longer one), kept short
    /// enough not to wrap, since a wrapped line cannot be taken back with `\r`.
    fn line_at(
        &mut self,
        done: usize,
        total: usize,
        elapsed: Duration,
        columns: impl FnOnce() -> usize,
    ) -> Option<String> {
        let due = self
            .drawn_at
            .is_none_or(|at| elapsed.saturating_sub(at) >= REDRAW_EVERY);
        if !self.at_terminal || elapsed < QUIET_FOR || !due || done >= total {
            return None;
        }
        self.drawn_at = Some(elapsed);
        let words = crate::review::reading_words(done, total, self.lang);
        let words = crate::text::clip(&words, columns().saturating_sub(1));
        let width = crate::text::width(&words);
        let pad = " ".repeat(self.shown.saturating_sub(width));
        self.shown = self.shown.max(width);
        Some(format!("{words}{pad}"))
    }

    /// Take the line away, leaving the cursor where it was before it was drawn.
    pub fn clear(&mut self) {
        if let Some(text) = self.clearing() {
            let mut err = std::io::stderr().lock();
            let _ = write!(err, "{text}");
            let _ = err.flush();
        }
    }

    fn clearing(&mut self) -> Option<String> {
        let shown = std::mem::take(&mut self.shown);
        (shown > 0).then(|| format!("\r{}\r", " ".repeat(shown)))
    }
}

impl Drop for ProgressLine {
    fn drop(&mut self) {
        self.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SECOND: Duration = Duration::from_secs(1);

    /// Asking costs two `tput` runs where there is no terminal to ask.
    #[test]
    fn the_terminal_is_asked_its_size_only_for_a_line_to_draw() {
        let never = || -> usize { panic!("the terminal's size was asked for") };
        let mut off = ProgressLine::new(false, Lang::En);
        assert_eq!(off.line_at(10, 10_000, SECOND * 30, never), None);
        let mut on = ProgressLine::new(true, Lang::En);
        assert_eq!(on.line_at(10, 10_000, SECOND / 2, never), None);
        assert!(on.line_at(10, 10_000, SECOND, || 80).is_some());
        assert_eq!(
            on.line_at(20, 10_000, SECOND, never),
            None,
            "drawn just now"
        );
    }

    #[test]
    fn nothing_is_said_off_a_terminal_however_long_the_read() {
        let mut p = ProgressLine::new(false, Lang::En);
        assert_eq!(p.line_at(10, 10_000, SECOND * 30, || 80), None);
        assert_eq!(p.clearing(), None);
    }

    #[test]
    fn a_read_under_a_second_says_nothing() {
        let mut p = ProgressLine::new(true, Lang::En);
        assert_eq!(
            p.line_at(500, 1_000, Duration::from_millis(900), || 80),
            None
        );
        assert_eq!(p.clearing(), None);
    }

    #[test]
    fn after_a_second_the_count_is_shown_then_cleared() {
        let mut p = ProgressLine::new(true, Lang::En);
        let line = p.line_at(3_412, 10_000, SECOND, || 80).expect("shown");
        assert_eq!(line, "Reading records: 3,412 of 10,000…");
        // Too soon to draw again.
        assert_eq!(
            p.line_at(3_500, 10_000, SECOND + Duration::from_millis(50), || 80),
            None
        );
        let blank = " ".repeat(crate::text::width(&line));
        assert_eq!(p.clearing(), Some(format!("\r{blank}\r")));
        assert_eq!(p.clearing(), None, "cleared once");
    }

    #[test]
    fn a_shorter_line_blanks_what_the_longer_one_left() {
        let mut p = ProgressLine::new(true, Lang::Cy);
        let long = p.line_at(9_999, 10_000, SECOND, || 80).expect("shown");
        assert!(
            long.starts_with("Yn darllen cofnodion: 9,999 o 10,000"),
            "{long}"
        );
        p.shown += 3; // as if a wider line had been drawn before
        let next = p.line_at(9_999, 10_000, SECOND * 2, || 80).expect("shown");
        assert!(next.ends_with("   "), "{next:?}");
    }

    #[test]
    fn the_line_never_wraps_a_narrow_terminal() {
        let mut p = ProgressLine::new(true, Lang::En);
        let line = p.line_at(1, 10_000, SECOND, || 20).expect("shown");
        assert!(crate::text::width(&line) < 20, "{line:?}");
    }
}
