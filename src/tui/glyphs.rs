//! The classic Windows console draws with Consolas or Lucida Console and, unlike Windows
//! Terminal, falls back to no other font: a character its font lacks shows as a box.
//! Those fonts hold the WGL4 set (box drawing, arrows, ► ◄ ▲ ▼ ■ ○ √ × ½, the Welsh
//! ŵ ŷ ẁ ẃ ẅ ỳ). There the few symbols wia uses from outside it are drawn with the
//! nearest one inside, each one column wide like the symbol it stands for, so nothing
//! moves. Everywhere else the symbols are drawn as they are.

use ratatui::buffer::Buffer;

/// What the terminal can draw.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Glyphs {
    /// Any symbol: Windows Terminal, VS Code, Git Bash, macOS and Linux terminals.
    #[default]
    Full,
    /// The WGL4 set only: the classic Windows console.
    Basic,
}

impl Glyphs {
    /// `WIA_GLYPHS=basic` or `full` decides; otherwise basic only in a Windows console
    /// that is not Windows Terminal (which sets `WT_SESSION`) nor another terminal
    /// program (which sets `TERM_PROGRAM`).
    pub fn detect() -> Glyphs {
        let var = |name| std::env::var_os(name).filter(|v| !v.is_empty());
        match var("WIA_GLYPHS").as_deref().and_then(|v| v.to_str()) {
            Some("basic") => return Glyphs::Basic,
            Some("full") => return Glyphs::Full,
            _ => {}
        }
        if cfg!(windows) && var("WT_SESSION").is_none() && var("TERM_PROGRAM").is_none() {
            Glyphs::Basic
        } else {
            Glyphs::Full
        }
    }
}

/// The stand-in for a symbol the classic console's fonts lack.
pub fn basic(symbol: &str) -> Option<&'static str> {
    Some(match symbol {
        "✓" => "√",
        "✗" => "×",
        "⚠" => "!",
        "◌" => "○",
        "◐" => "½",
        "✎" => "*",
        "◀" => "◄",
        "▶" => "►",
        // What stands for a character wia will not show (see `text::inert`).
        "\u{FFFD}" => "?",
        _ => return None,
    })
}

/// Redraw what is already in `buf` with basic symbols.
pub fn to_basic(buf: &mut Buffer) {
    for cell in buf.content.iter_mut() {
        if let Some(s) = basic(cell.symbol()) {
            cell.set_symbol(s);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_width::UnicodeWidthStr;

    #[test]
    fn every_stand_in_takes_the_width_of_its_symbol() {
        for s in ["✓", "✗", "⚠", "◌", "◐", "✎", "◀", "▶", "\u{FFFD}"] {
            let b = basic(s).unwrap();
            assert_eq!(b.width(), s.width(), "{s} -> {b}");
        }
    }
}
