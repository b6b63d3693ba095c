//! Asking for a key's passphrase: from WIA_KEY_PASSPHRASE for scripts, else typed at the
//! terminal without echo. The terminal handling stays here, out of the domain.

use std::io::{IsTerminal, Write};
use std::path::Path;

use crossterm::event::{Event, KeyCode, KeyEventKind, KeyModifiers};

use crate::i18n::Lang;
use crate::t;

pub const ENV: &str = crate::sign::PASSPHRASE_ENV;

/// Asks once, for the key at `file`; None when there is no passphrase to be had.
pub fn asker(file: &Path, lang: Lang) -> impl FnMut() -> Option<String> + use<> {
    let file = file.display().to_string();
    move || {
        if let Some(p) = std::env::var_os(ENV) {
            return p.into_string().ok();
        }
        if !(std::io::stdin().is_terminal() && std::io::stderr().is_terminal()) {
            return None;
        }
        read_hidden(&t!(
            lang,
            "cli-keys-passphrase-prompt",
            file = file.as_str()
        ))
    }
}

/// A line typed with echo off (raw mode), so the passphrase is never shown.
pub fn read_hidden(prompt: &str) -> Option<String> {
    let mut stderr = std::io::stderr();
    let _ = write!(stderr, "{prompt} ");
    let _ = stderr.flush();
    crossterm::terminal::enable_raw_mode().ok()?;
    let mut typed = String::new();
    let done = loop {
        match crossterm::event::read() {
            Ok(Event::Key(k)) if k.kind != KeyEventKind::Release => match k.code {
                KeyCode::Enter => break true,
                KeyCode::Esc => break false,
                KeyCode::Char('c' | 'd') if k.modifiers.contains(KeyModifiers::CONTROL) => {
                    break false;
                }
                KeyCode::Backspace => {
                    typed.pop();
                }
                KeyCode::Char(c) => typed.push(c),
                _ => {}
            },
            Ok(_) => {}
            Err(_) => break false,
        }
    };
    let _ = crossterm::terminal::disable_raw_mode();
    let _ = writeln!(stderr);
    done.then_some(typed)
}
