//! Who is making the assessment: name and organisation, remembered for next time.

use ratatui::Frame;
use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

use crate::config::Config;
use crate::tui::component::{Component, Reply, Request};
use crate::tui::context::Context;
use crate::tui::keymap::{Action, Ctx};
use crate::tui::msg::Effect;
use crate::tui::style;
use crate::tui::widgets::text_field::{Edit, TextField};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AssessorForm {
    pub name: TextField,
    pub organisation: TextField,
    /// 0 name, 1 organisation, 2 the start button.
    pub focus: usize,
    pub error: Option<String>,
    /// The questionnaire's title and description: what the assessment about to start is
    /// for, read once here before the first question.
    pub about: Option<(crate::text::Text, Option<crate::text::Text>)>,
}

impl AssessorForm {
    /// The form, filled in with the assessor remembered in the settings.
    pub fn new(config: &Config) -> Self {
        AssessorForm {
            name: TextField::new(config.assessor_name.as_deref().unwrap_or(""), false),
            organisation: TextField::new(
                config.assessor_organisation.as_deref().unwrap_or(""),
                false,
            ),
            focus: 0,
            error: None,
            about: None,
        }
    }

    fn submit(&mut self, ctx: &Context) -> Reply {
        let form = self;
        let name = crate::text::nfc(form.name.text().trim());
        let organisation = crate::text::nfc(form.organisation.text().trim());
        if name.is_empty() || organisation.is_empty() {
            form.focus = if name.is_empty() { 0 } else { 1 };
            // A message id, so the text follows a switch of language.
            form.error = Some("assessor-missing".into());
            return Reply::default();
        }
        // Remembered for next time; the settings are written before the assessment starts.
        let mut config = ctx.config.clone();
        config.assessor_name = Some(name.clone());
        config.assessor_organisation = Some(organisation.clone());
        Reply {
            effects: vec![
                Effect::SaveConfig(config.clone()),
                Effect::Start { name, organisation },
            ],
            request: Some(Request::Settings(Box::new(config))),
            notice: None,
        }
    }
}

impl Component for AssessorForm {
    fn update(&mut self, key: KeyEvent, ctx: &Context) -> Reply {
        let act = ctx.keys.command(Ctx::Assessor, &key, true);
        let form = self;
        match act {
            Some(Action::Back) => return Reply::request(Request::Home),
            Some(Action::NextField) => form.focus = (form.focus + 1) % 3,
            Some(Action::PreviousField) => form.focus = (form.focus + 2) % 3,
            Some(Action::Accept) if form.focus < 1 => form.focus += 1,
            Some(Action::Accept) => return form.submit(ctx),
            _ => {
                let field = match form.focus {
                    0 => &mut form.name,
                    1 => &mut form.organisation,
                    _ => return Reply::default(),
                };
                if field.handle(key) == Edit::Changed {
                    form.error = None;
                }
            }
        }
        Reply::default()
    }

    fn view(&self, f: &mut Frame, area: Rect, ctx: &Context) {
        view(ctx, self, area, f)
    }

    fn paste(&mut self, text: &str, _ctx: &Context) -> Reply {
        paste(self, text);
        Reply::default()
    }
}

pub fn paste(form: &mut AssessorForm, text: &str) {
    match form.focus {
        0 => form.name.insert_str(text),
        1 => form.organisation.insert_str(text),
        _ => {}
    }
}

fn view(ctx: &Context, form: &AssessorForm, area: Rect, f: &mut Frame) {
    let (theme, lang) = (ctx.theme, ctx.lang);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(style::border(theme, true))
        .title(format!(" {} ", crate::t!(lang, "assessor-title")));
    let inner = block.inner(area);
    let label_w = 14usize;
    let field_w = inner.width.saturating_sub(label_w as u16 + 3).max(1);
    let mut lines = vec![
        Line::raw(style::clip(
            &crate::t!(lang, "assessor-intro"),
            inner.width as usize,
        )),
        Line::raw(""),
    ];
    if let Some((title, description)) = &form.about {
        let w = inner.width.saturating_sub(1).max(1) as usize;
        for l in style::wrap(&style::shown(title.get(lang)), w) {
            lines.push(Line::styled(
                l,
                Style::default().add_modifier(Modifier::BOLD),
            ));
        }
        if let Some(d) = description {
            for l in style::wrap(&style::shown(d.get(lang)), w) {
                lines.push(Line::styled(l, style::dim(theme)));
            }
        }
        lines.push(Line::raw(""));
    }
    let mut cursor = None;
    let labels = [
        (crate::t!(lang, "assessor-name"), &form.name),
        (crate::t!(lang, "assessor-organisation"), &form.organisation),
    ];
    for (i, (label, field)) in labels.into_iter().enumerate() {
        let here = form.focus == i;
        if here {
            let (_, col) = field.cursor_at(field_w);
            cursor = Some((lines.len() as u16, label_w as u16 + 3 + col));
        }
        let text = field.text();
        lines.push(Line::from(vec![
            Span::raw(if here { "> " } else { "  " }),
            Span::styled(
                style::fit(&label, label_w),
                if here {
                    Style::default().add_modifier(Modifier::BOLD)
                } else {
                    Style::default()
                },
            ),
            Span::raw(" "),
            Span::styled(
                style::clip(if text.is_empty() { "_" } else { text }, field_w as usize),
                style::field(theme),
            ),
        ]));
    }
    lines.push(Line::raw(""));
    let start = Line::raw(format!(
        "{}[ {} ]",
        if form.focus == 2 { "> " } else { "  " },
        crate::t!(lang, "assessor-start")
    ));
    lines.push(if form.focus == 2 {
        start.style(style::cursor_row(theme))
    } else {
        start
    });
    if let Some(e) = &form.error {
        lines.push(Line::raw(""));
        lines.push(Line::styled(
            format!("✗ {}", crate::t!(lang, e)),
            style::error(theme),
        ));
    }
    f.render_widget(Paragraph::new(lines).block(block), area);
    if let Some((row, col)) = cursor {
        f.set_cursor_position((
            inner.x + col.min(inner.width.saturating_sub(1)),
            inner.y + row,
        ));
    }
}
