//! After finalising: where the record and summary are, and the rating.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::Line;
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};

use crate::tui::model::Model;
use crate::tui::msg::Finished;
use crate::tui::style;

pub fn view(m: &Model, done: &Finished, area: Rect, f: &mut Frame) {
    let theme = m.theme;
    let lines = vec![
        Line::styled(
            format!("✓ Assessment {} finalised", done.id),
            style::good(theme).add_modifier(Modifier::BOLD),
        ),
        Line::raw(""),
        Line::raw(format!("Rating: {}", done.rating)),
        Line::raw(match done.flags {
            0 => "No flags fired.".to_string(),
            1 => "1 flag fired.".to_string(),
            n => format!("{n} flags fired."),
        }),
        Line::raw(""),
        Line::styled("Record", Style::default().add_modifier(Modifier::BOLD)),
        Line::raw(format!("  {}", done.record)),
        Line::styled(
            "Summary for the Strategic Group",
            Style::default().add_modifier(Modifier::BOLD),
        ),
        Line::raw(format!("  {}", done.summary)),
        Line::raw(""),
        Line::styled(
            format!("Check it any time with: wia verify {}", done.id),
            style::dim(theme),
        ),
    ];
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(style::border(theme, true))
        .title(" Finalised ");
    f.render_widget(
        Paragraph::new(lines)
            .block(block)
            .wrap(Wrap { trim: false }),
        area,
    );
}
