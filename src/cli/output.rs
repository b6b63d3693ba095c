//! Printing that survives a closed pipe (`wia score x | head`) and never passes a
//! control sequence from a file through to the terminal.

use std::io::Write;

use crate::text::inert;

pub fn out(text: &str) {
    let mut stdout = std::io::stdout().lock();
    let _ = stdout.write_all(inert(text).as_bytes());
    let _ = stdout.flush();
}

pub fn err(text: &str) {
    let mut stderr = std::io::stderr().lock();
    let _ = writeln!(stderr, "{}", inert(text));
}
