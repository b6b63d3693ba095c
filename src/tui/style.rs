//! How things look. Every style is also carried by a symbol or marker, so with colour off
//! (NO_COLOR) nothing is lost; colour only makes it quicker to see.

use ratatui::style::{Color, Modifier, Style};

/// Colour is a second signal only: every state also has a symbol or a text marker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    pub color: bool,
}

fn fg(theme: Theme, color: Color) -> Style {
    if theme.color {
        Style::default().fg(color)
    } else {
        Style::default()
    }
}

pub fn cursor_row(theme: Theme) -> Style {
    if theme.color {
        Style::default().bg(Color::Blue).fg(Color::White)
    } else {
        Style::default().add_modifier(Modifier::REVERSED)
    }
}

pub fn chosen(theme: Theme) -> Style {
    fg(theme, Color::Green).add_modifier(Modifier::BOLD)
}

pub fn dim(theme: Theme) -> Style {
    if theme.color {
        Style::default().fg(Color::DarkGray)
    } else {
        Style::default()
    }
}

pub fn field(theme: Theme) -> Style {
    fg(theme, Color::Yellow).add_modifier(Modifier::UNDERLINED)
}

pub fn error(theme: Theme) -> Style {
    fg(theme, Color::Red).add_modifier(Modifier::BOLD)
}

pub fn warning(theme: Theme) -> Style {
    fg(theme, Color::Yellow)
}

pub fn good(theme: Theme) -> Style {
    fg(theme, Color::Green)
}

pub fn heading(theme: Theme) -> Style {
    fg(theme, Color::Cyan).add_modifier(Modifier::BOLD)
}

pub fn key(theme: Theme) -> Style {
    fg(theme, Color::Cyan).add_modifier(Modifier::BOLD)
}

pub fn border(theme: Theme, focused: bool) -> Style {
    match (theme.color, focused) {
        (true, true) => Style::default().fg(Color::Cyan),
        (true, false) => Style::default().fg(Color::DarkGray),
        (false, _) => Style::default(),
    }
}

/// Text from a file, safe to draw: control characters and escapes replaced, tabs and
/// line breaks as spaces (a line break inside a label would break the layout).
pub fn shown(text: &str) -> String {
    crate::text::inert(text).replace(['\t', '\n'], " ")
}

// Column arithmetic is shared with the command line's tables, so it lives in `text`.
pub use crate::text::{clip, fit, width};

/// Word-wrap to rows of at most `width` columns (at least one row).
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let text = super::wrap::clean(text, true);
    // The rows keep a column free for a cursor; prose does not need it.
    let w = u16::try_from(width + 1).unwrap_or(u16::MAX);
    super::wrap::rows(&text, w.max(1) as usize)
        .iter()
        .map(|r| text[r.start..r.end].trim_end().to_string())
        .collect()
}

/// A line of styled pieces cut to `max` columns with an ellipsis (in the style of the
/// piece it cuts), so a line drawn without wrapping never loses its end silently.
pub fn clip_line(line: ratatui::text::Line<'static>, max: usize) -> ratatui::text::Line<'static> {
    if line.width() <= max {
        return line;
    }
    let mut out = ratatui::text::Line::default()
        .style(line.style)
        .alignment(line.alignment.unwrap_or_default());
    let mut used = 0;
    for span in line.spans {
        let w = width(&span.content);
        if used + w < max {
            used += w;
            out.spans.push(span);
            continue;
        }
        // The piece that crosses the edge, or ends on it with more to come: `clip` cuts
        // it leaving a column for the ellipsis (the spaces make one that ends on the edge
        // too wide, so it is cut like the rest).
        let room = max - used;
        if room > 0 {
            let cut = clip(&format!("{}  ", span.content), room);
            out.spans.push(ratatui::text::Span::styled(cut, span.style));
        }
        break;
    }
    out
}
