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
    let (theme, lang) = (m.theme, m.lang);
    let lines = vec![
        Line::styled(
            crate::t!(lang, "done-finalised", id = done.id.as_str()),
            style::good(theme).add_modifier(Modifier::BOLD),
        ),
        Line::raw(""),
        Line::raw(crate::t!(
            lang,
            "done-rating",
            rating = done.rating.as_str()
        )),
        Line::raw(crate::t!(lang, "done-flags", count = done.flags)),
        Line::raw(""),
        Line::styled(
            crate::t!(lang, "done-record"),
            Style::default().add_modifier(Modifier::BOLD),
        ),
        Line::raw(format!("  {}", done.record)),
        Line::styled(
            crate::t!(lang, "done-summary"),
            Style::default().add_modifier(Modifier::BOLD),
        ),
        Line::raw(format!("  {}", done.summary)),
        Line::raw(""),
        Line::styled(
            crate::t!(lang, "done-verify", id = done.id.as_str()),
            style::dim(theme),
        ),
    ];
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(style::border(theme, true))
        .title(format!(" {} ", crate::t!(lang, "done-title")));
    f.render_widget(
        Paragraph::new(lines)
            .block(block)
            .wrap(Wrap { trim: false }),
        area,
    );
}
