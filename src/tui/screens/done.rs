//! After finalising: where the record and summary are, and the rating.

use ratatui::Frame;
use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::Line;
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};

use crate::tui::component::{Component, Reply, Request};
use crate::tui::context::Context;
use crate::tui::keymap::{Action, Ctx};
use crate::tui::msg::{Finished, Signing};
use crate::tui::style;

impl Component for Finished {
    fn update(&mut self, key: KeyEvent, ctx: &Context) -> Reply {
        match ctx.keys.action(Ctx::Done, &key) {
            Some(Action::Leave) => Reply::request(Request::Quit),
            Some(Action::Back) => Reply::request(Request::Home),
            _ => Reply::default(),
        }
    }

    fn view(&self, f: &mut Frame, area: Rect, ctx: &Context) {
        view(ctx, self, area, f)
    }
}

fn view(ctx: &Context, done: &Finished, area: Rect, f: &mut Frame) {
    let (theme, lang) = (ctx.theme, ctx.lang);
    // A survey's response has no rating (finalise leaves it empty) and no flags.
    let survey = done.rating.is_empty();
    let mut lines = vec![
        Line::styled(
            if survey {
                crate::t!(lang, "survey-done-saved", id = done.id.as_str())
            } else {
                crate::t!(lang, "done-finalised", id = done.id.as_str())
            },
            style::good(theme).add_modifier(Modifier::BOLD),
        ),
        Line::raw(""),
    ];
    if !survey {
        lines.push(Line::raw(crate::t!(
            lang,
            "done-rating",
            rating = done.rating.as_str()
        )));
        lines.push(Line::raw(crate::t!(lang, "done-flags", count = done.flags)));
        lines.push(Line::raw(""));
    }
    lines.extend([
        Line::styled(
            crate::t!(lang, "done-record"),
            Style::default().add_modifier(Modifier::BOLD),
        ),
        Line::raw(format!("  {}", done.record)),
        Line::styled(
            crate::t!(
                lang,
                if survey {
                    "survey-done-summary"
                } else {
                    "done-summary"
                }
            ),
            Style::default().add_modifier(Modifier::BOLD),
        ),
        Line::raw(format!("  {}", done.summary)),
        Line::raw(""),
        Line::styled(
            crate::t!(lang, "done-verify", id = done.id.as_str()),
            style::dim(theme),
        ),
    ]);
    // The questionnaire's last word to the person (a thanks, what happens next), under
    // the line that says it is done.
    if let Some(closing) = done.closing.as_deref().filter(|c| !c.trim().is_empty()) {
        let mut at = 1;
        for line in closing.lines() {
            at += 1;
            lines.insert(at, Line::raw(style::shown(line)));
        }
        lines.insert(at + 1, Line::raw(""));
    }
    if let Some(old) = &done.revises {
        lines.insert(
            2,
            Line::raw(crate::t!(lang, "done-revises", old = old.as_str())),
        );
    }
    let id = done.id.as_str();
    let (words, st) = match &done.signing {
        Signing::By(fingerprint) => (
            crate::t!(lang, "done-signed", fingerprint = fingerprint.as_str()),
            style::good(theme),
        ),
        Signing::NoKey => (
            crate::t!(lang, "done-not-signed-no-key", id = id),
            style::dim(theme),
        ),
        Signing::NeedsPassphrase => (crate::t!(lang, "done-signing-waiting"), style::dim(theme)),
        Signing::Anonymous => (crate::t!(lang, "survey-done-anonymous"), style::dim(theme)),
        Signing::Skipped => (
            crate::t!(lang, "done-not-signed-skipped", id = id),
            style::warning(theme),
        ),
        Signing::Failed(why) => (
            crate::t!(
                lang,
                "done-not-signed-failed",
                id = id,
                why = style::shown(why)
            ),
            style::error(theme),
        ),
    };
    lines.push(Line::raw(""));
    lines.push(Line::styled(words, st.add_modifier(Modifier::BOLD)));
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(style::border(theme, true))
        .title(format!(
            " {} ",
            crate::t!(
                lang,
                if survey {
                    "survey-done-title"
                } else {
                    "done-title"
                }
            )
        ));
    f.render_widget(
        Paragraph::new(lines)
            .block(block)
            .wrap(Wrap { trim: false }),
        area,
    );
}
