//! Answers to the terminal queries crossterm sends and waits for, for the pseudo-terminal
//! tests and benchmarks (included by path from both).

/// Answers to terminal queries, collected while parsing and sent by the
/// reader thread once the parser lock is released.
#[derive(Default)]
pub struct Replies {
    pub pending: Vec<u8>,
}

impl vt100::Callbacks for Replies {
    fn unhandled_csi(
        &mut self,
        screen: &mut vt100::Screen,
        i1: Option<u8>,
        _i2: Option<u8>,
        params: &[&[u16]],
        c: char,
    ) {
        let first = params.first().and_then(|p| p.first()).copied();
        match (i1, c, first) {
            // Cursor position report, 1-based.
            (None, 'n', Some(6)) => {
                let (row, col) = screen.cursor_position();
                let reply = format!("\x1b[{};{}R", row + 1, col + 1);
                self.pending.extend_from_slice(reply.as_bytes());
            }
            // Device status: OK.
            (None, 'n', Some(5)) => self.pending.extend_from_slice(b"\x1b[0n"),
            // Primary device attributes: a VT102. crossterm sends this after
            // the kitty keyboard query (`ESC [ ? u`) and takes an answer to
            // it alone as "no keyboard enhancement".
            (None, 'c', None | Some(0)) => self.pending.extend_from_slice(b"\x1b[?6c"),
            _ => {}
        }
    }
}
