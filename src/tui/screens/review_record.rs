//! One record in full: its integrity first and plainly, then the summary, every answer
//! by section, the flags and the per-task breakdown, and the responses stored for it.

use ratatui::Frame;
use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

use super::review_state::{OpenedRecord, Page, RecordPage, RespondPage, ReviewScreen, moved};
use super::review_table::integrity_cell;
use crate::i18n::Lang;
use crate::review::{State, record_markdown};
use crate::t;
use crate::tui::component::Reply;
use crate::tui::context::Context;
use crate::tui::keymap::{Action, Ctx};
use crate::tui::msg::Effect;
use crate::tui::style;

impl RecordPage {
    pub fn new(record: OpenedRecord, lang: Lang) -> Self {
        let mut md = record_markdown(&record.opened, lang);
        // Its place in its chain first, as `wia show` says it: after the first line, which
        // the banner replaces, and before the rest.
        if !record.notes.is_empty() {
            let at = md
                .match_indices('\n')
                .nth(1)
                .map_or(md.len(), |(i, _)| i + 1);
            let notes: String = record.notes.iter().map(|n| format!("> {n}\n\n")).collect();
            md.insert_str(at, &notes);
        }
        if record.responses.is_empty() {
            md.push_str(&format!("\n## {}\n\n", t!(lang, "review-md-responses")));
            md.push_str(&t!(lang, "review-tui-no-responses"));
        }
        for r in &record.responses {
            md.push_str(r);
            md.push('\n');
        }
        // The banner above the text shows the integrity, so its first line is dropped.
        let lines = md
            .lines()
            .skip(2)
            .filter(|l| !is_table_rule(l))
            .map(|l| crate::text::inert(&table_row(l)).replace('\t', " "))
            .collect();
        RecordPage {
            record,
            lines,
            scroll: 0,
            draft: None,
            replaced_by: None,
        }
    }
}

fn is_table_rule(line: &str) -> bool {
    line.starts_with("|") && line.chars().all(|c| matches!(c, '|' | '-' | ':' | ' '))
}

/// A Markdown table row as cells separated by a dot, which wraps where a ruled table
/// would break apart on a narrow terminal.
fn table_row(line: &str) -> String {
    if !line.starts_with('|') {
        return line.to_string();
    }
    line.trim_matches('|')
        .split(" | ")
        .map(str::trim)
        .collect::<Vec<_>>()
        .join(" · ")
}

/// The lines as drawn at `width`: headings without their `#`, emphasis marks dropped.
pub fn wrapped(lines: &[String], width: usize, ctx: &Context) -> Vec<Line<'static>> {
    let mut out = Vec::new();
    for l in lines {
        let heading = l.starts_with('#');
        let text = l.trim_start_matches('#').trim_start().replace("**", "");
        let st = if heading {
            style::heading(ctx.theme)
        } else if l.starts_with('>') {
            Style::default().add_modifier(Modifier::BOLD)
        } else {
            Style::default()
        };
        for row in style::wrap(&text, width.max(1)) {
            out.push(Line::styled(row, st));
        }
    }
    out
}

pub fn update(s: &mut ReviewScreen, key: KeyEvent, ctx: &Context) -> Reply {
    let lang = ctx.lang;
    let page = usize::from(ctx.height.saturating_sub(8)).max(1);
    let act = ctx.keys.action(Ctx::ReviewRecord, &key);
    if act == Some(Action::Revise) {
        return revise(s, lang);
    }
    let Page::Record(r) = &mut s.page else {
        return Reply::default();
    };
    // Long enough for any width: the view stops at the last line.
    let len = r.lines.len() * 8;
    if let Some(at) = moved(act, r.scroll, len, page) {
        r.scroll = at;
        return Reply::default();
    }
    match act {
        Some(Action::Back) => {
            // Leave a begun response behind only with a word about it.
            let kept = r.draft.is_some();
            s.page = Page::Table;
            if kept {
                return Reply::info(t!(lang, "review-tui-draft-kept"));
            }
        }
        Some(Action::Respond) => {
            let respond = r
                .draft
                .take()
                .unwrap_or_else(|| Box::new(RespondPage::new(&r.record.opened, ctx.config)));
            s.page = Page::Respond(respond);
        }
        Some(Action::Mark) => {
            let id = r.record.opened.record.id.clone();
            s.marked = Some(id.clone());
            return Reply::info(t!(lang, "review-tui-marked", id = id.as_str()));
        }
        Some(Action::Compare) => return super::review_table::compare(s, ctx),
        _ => {}
    }
    Reply::default()
}

/// Start a revision of the record shown, as `wia revise` does; refused at once, with the
/// reason, for a draft, an altered record, or one already revised. The runtime checks
/// again against the folder as it is then.
fn revise(s: &ReviewScreen, lang: Lang) -> Reply {
    let Page::Record(r) = &s.page else {
        return Reply::default();
    };
    let o = &r.record.opened;
    let why = match &o.state {
        State::Intact => crate::review::already_revised(&s.chains, &o.record.id, lang),
        State::Draft => Some(t!(
            lang,
            "domain-revision-predecessor-draft",
            id = o.record.id.as_str()
        )),
        other => Some(t!(
            lang,
            "cli-revise-not-intact",
            id = o.record.id.as_str(),
            why = other.reason(lang).unwrap_or_default()
        )),
    };
    match why {
        Some(why) => Reply::error(t!(lang, "review-tui-cannot-revise", why = why)),
        None => Reply::effect(Effect::Revise(o.path.clone())),
    }
}

/// A line of styled spans cut to `width` columns, the last one with an ellipsis.
fn clip_line(line: Line<'static>, width: usize) -> Line<'static> {
    let mut left = width;
    let mut spans = Vec::new();
    for s in line.spans {
        if left == 0 {
            break;
        }
        let text = style::clip(&s.content, left);
        left = left.saturating_sub(style::width(&text));
        spans.push(Span::styled(text, s.style));
    }
    Line::from(spans)
}

pub fn view(ctx: &Context, r: &RecordPage, area: Rect, f: &mut Frame) {
    let lang = ctx.lang;
    let o = &r.record.opened;
    // An old revision says so above everything, naming what replaces it.
    let replaced = r.replaced_by.as_deref();
    let [banner, old, body] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(u16::from(replaced.is_some())),
        Constraint::Min(3),
    ])
    .areas(area);
    if let Some(by) = replaced {
        let text = t!(lang, "review-tui-old-revision", by = by);
        f.render_widget(
            Paragraph::new(Line::styled(
                style::clip(&style::shown(&text), old.width as usize),
                style::warning(ctx.theme).add_modifier(Modifier::BOLD),
            )),
            old,
        );
    }
    let (state, st) = integrity_cell(&o.state, ctx.theme, lang);
    let title = o.title();
    let words = crate::review::integrity_words(&o.state, lang);
    let line = Line::from(vec![
        Span::styled(format!("{state} "), st.add_modifier(Modifier::BOLD)),
        Span::raw(style::shown(&format!("{} · {words}", o.record.id))),
    ]);
    f.render_widget(
        Paragraph::new(clip_line(line, banner.width as usize)),
        banner,
    );
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(style::border(ctx.theme, true))
        .title(format!(
            " {} ",
            style::clip(&style::shown(&title), body.width.saturating_sub(6) as usize)
        ));
    let inner = block.inner(body);
    f.render_widget(block, body);
    let lines = wrapped(&r.lines, inner.width as usize, ctx);
    let h = inner.height as usize;
    let scroll = r.scroll.min(lines.len().saturating_sub(h));
    let shown: Vec<Line> = lines.into_iter().skip(scroll).take(h).collect();
    f.render_widget(Paragraph::new(shown), inner);
}
