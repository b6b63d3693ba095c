//! `view`: draws the model. Reads it, never changes it.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::keys;
use super::model::{Model, Screen};
use super::style;

/// Smaller than this, a layout would be broken: say so instead.
pub const MIN_WIDTH: u16 = 60;
pub const MIN_HEIGHT: u16 = 16;
const MAX_NOTICE_LINES: usize = 3;

pub fn view(m: &Model, f: &mut Frame) {
    let area = f.area();
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        too_small(m, area, f);
        return;
    }
    let notice_lines = notice_lines(m, area.width);
    let [header, body, notice, footer] = areas(area, notice_lines.len());
    header_view(m, header, f);
    m.screen.shown().view(f, body, &m.context());
    if let Some(n) = &m.notice {
        let st = if n.error {
            style::error(m.theme)
        } else {
            style::good(m.theme)
        };
        let lines: Vec<Line> = notice_lines
            .into_iter()
            .map(|l| Line::styled(l, st))
            .collect();
        f.render_widget(Paragraph::new(lines), notice);
    }
    footer_view(m, footer, f);
    super::overlay::view(m, body, f);
    if m.glyphs == super::glyphs::Glyphs::Basic {
        super::glyphs::to_basic(f.buffer_mut());
    }
}

/// A notice too long for one line takes up to three rather than lose its end, which often
/// says what to do.
fn notice_lines(m: &Model, width: u16) -> Vec<String> {
    m.notice.as_ref().map_or(Vec::new(), |n| {
        let mut lines = style::wrap(&n.text, width as usize);
        if lines.len() > MAX_NOTICE_LINES {
            let rest = lines[MAX_NOTICE_LINES - 1..].join(" ");
            lines.truncate(MAX_NOTICE_LINES - 1);
            lines.push(style::clip(&rest, width as usize));
        }
        lines
    })
}

fn areas(area: Rect, notice_lines: usize) -> [Rect; 4] {
    Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(5),
        Constraint::Length(notice_lines.max(1) as u16),
        Constraint::Length(1),
    ])
    .areas(area)
}

/// Where the screen is drawn in a terminal of the model's size (None when it is too small
/// to draw one), so a click lands where the eye saw it.
pub fn body_area(m: &Model) -> Option<Rect> {
    let area = Rect::new(0, 0, m.width, m.height);
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        return None;
    }
    Some(areas(area, notice_lines(m, area.width).len())[1])
}

fn too_small(m: &Model, area: Rect, f: &mut Frame) {
    let text = crate::t!(
        m.lang,
        "too-small",
        min_width = MIN_WIDTH,
        min_height = MIN_HEIGHT,
        width = area.width,
        height = area.height
    );
    f.render_widget(Paragraph::new(text).wrap(Wrap { trim: true }), area);
}

fn header_view(m: &Model, area: Rect, f: &mut Frame) {
    let bold = Style::default().add_modifier(Modifier::BOLD);
    let mut left = vec![Span::styled(" wia ", bold)];
    let mut right = String::new();
    if let Screen::Assess(s) = &m.screen {
        // A survey asks for no policy title: the questionnaire's own names it.
        let title = s.a.title().unwrap_or_else(|| {
            if s.a.q().is_survey() {
                s.a.q().title.get(m.lang).to_string()
            } else {
                crate::t!(m.lang, "untitled-assessment")
            }
        });
        left.push(Span::raw("· "));
        left.push(Span::raw(style::shown(&title)));
        let p = s.a.overall();
        right = crate::t!(
            m.lang,
            "header-progress",
            answered = p.answered,
            total = p.total,
            required_answered = p.required_answered,
            required = p.required,
            draft = s.a.draft.id.as_str()
        );
    }
    let right_w = style::width(&right) as u16 + 1;
    let [l, r] = Layout::horizontal([Constraint::Min(10), Constraint::Length(right_w)]).areas(area);
    let left_text: String = left.iter().map(|s| s.content.as_ref()).collect();
    f.render_widget(
        Paragraph::new(Line::styled(
            style::clip(&left_text, l.width as usize),
            bold,
        )),
        l,
    );
    f.render_widget(Paragraph::new(Line::styled(right, style::dim(m.theme))), r);
}

fn footer_view(m: &Model, area: Rect, f: &mut Frame) {
    let mut spans = Vec::new();
    let mut used = 0usize;
    for line in keys::hints(m) {
        let k = line.keys;
        let what = crate::t!(m.lang, line.label);
        let piece = style::width(&k) + style::width(&what) + 3;
        if used + piece > area.width as usize {
            break;
        }
        used += piece;
        spans.push(Span::styled(k, style::key(m.theme)));
        spans.push(Span::raw(format!(" {what}   ")));
    }
    f.render_widget(Paragraph::new(Line::from(spans)), area);
}
