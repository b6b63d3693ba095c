//! The evidence form drawn: each row with its question, value and problems, and the
//! help for the row in focus.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

use super::state::{LogForm, ROWS, Row, catalogue, question_text};
use crate::evidence::catalogue::Choice;
use crate::evidence::entry::Field;
use crate::i18n::Lang;
use crate::t;
use crate::tui::context::Context;
use crate::tui::style;
use crate::tui::style::Theme;

fn value_of(form: &LogForm, field: Field, lang: Lang, focused: bool) -> String {
    let c = catalogue();
    let choice = |list: &[Choice], i: Option<usize>| match i.and_then(|i| list.get(i)) {
        Some(x) if focused => format!("‹ {} ›", x.label.get(lang)),
        Some(x) => x.label.get(lang).to_string(),
        None if focused => format!("‹ {} ›", t!(lang, "evidence-form-choose")),
        None => "_".into(),
    };
    match field {
        Field::Date => form.date.text().to_string(),
        Field::School => form.school.text().to_string(),
        Field::Policy => form.policy.text().to_string(),
        Field::Staff => form.staff.text().to_string(),
        Field::Hours => form.hours.text().to_string(),
        Field::Description => form.description.text().to_string(),
        Field::Authority => choice(&c.authorities, form.authority),
        Field::Cause => choice(&c.causes, form.cause),
        Field::Frequency => match form.frequency.and_then(|i| c.frequencies.get(i)) {
            Some(f) if focused => format!("‹ {} ›", f.label.get(lang)),
            Some(f) => f.label.get(lang).to_string(),
            None if focused => format!("‹ {} ›", t!(lang, "evidence-form-choose")),
            None => "_".into(),
        },
        Field::Roles => {
            let ticked: Vec<&str> = c
                .roles
                .iter()
                .zip(&form.roles)
                .filter(|(_, on)| **on)
                .map(|(r, _)| r.label.get(lang))
                .collect();
            if ticked.is_empty() {
                "_".into()
            } else {
                ticked.join(", ")
            }
        }
    }
}

/// The form's lines and, for a text field in focus, where its cursor goes (row, column).
fn lines(
    ctx: &Context,
    form: &LogForm,
    width: usize,
) -> (Vec<Line<'static>>, usize, Option<(usize, u16)>) {
    let (theme, lang) = (ctx.theme, ctx.lang);
    let c = catalogue();
    let widest = ROWS
        .iter()
        .filter_map(|r| match r {
            Row::Field(f) => Some(style::width(&question_text(f.name(), lang).0)),
            Row::Save => None,
        })
        .max()
        .unwrap_or(10);
    let label_w = widest.min(width / 2).max(8);
    let value_w = width.saturating_sub(label_w + 5).max(1);
    let mut out = Vec::new();
    let mut focus_line = 0;
    let mut cursor = None;
    for (i, row) in ROWS.iter().enumerate() {
        let here = i == form.focus;
        if here {
            focus_line = out.len();
        }
        let Row::Field(field) = row else {
            let text = t!(lang, "evidence-form-save");
            let line = Line::raw(format!("{}[ {text} ]", if here { "> " } else { "  " }));
            out.push(if here {
                line.style(style::cursor_row(theme))
            } else {
                line
            });
            continue;
        };
        let (label, _) = question_text(field.name(), lang);
        let bad = form.problems.iter().any(|p| p.field() == *field);
        let value = value_of(form, *field, lang, here);
        if here && let Some(tf) = form.text_field() {
            let (_, col) = tf.cursor_at(value_w as u16);
            cursor = Some((out.len(), (label_w + 5) as u16 + col));
        }
        let shown = if value.is_empty() {
            "_".to_string()
        } else {
            style::shown(&value)
        };
        out.push(Line::from(vec![
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
            Span::styled(if bad { "✗ " } else { "  " }, style::error(theme)),
            Span::styled(style::clip(&shown, value_w), field_style(theme, *field)),
        ]));
        if here && *field == Field::Roles {
            for (k, (r, on)) in c.roles.iter().zip(&form.roles).enumerate() {
                let mark = if *on { "[x]" } else { "[ ]" };
                let text = format!(
                    "{}{} {} {}",
                    " ".repeat(label_w + 5),
                    if k == form.role_cursor { ">" } else { " " },
                    mark,
                    r.label.get(lang)
                );
                let line = Line::raw(style::clip(&text, width));
                out.push(if k == form.role_cursor {
                    line.style(style::cursor_row(theme))
                } else {
                    line
                });
            }
        }
    }
    (out, focus_line, cursor)
}

fn field_style(theme: Theme, field: Field) -> Style {
    match field {
        Field::Authority | Field::Cause | Field::Frequency | Field::Roles => Style::default(),
        _ => style::field(theme),
    }
}

/// What to say under the fields about the one in focus: its problem, else its hint.
fn help_for(form: &LogForm, lang: Lang) -> (Option<String>, bool) {
    let Row::Field(field) = form.row() else {
        return (Some(t!(lang, "evidence-form-save-hint")), false);
    };
    if let Some(p) = form.problems.iter().find(|p| p.field() == field) {
        return (
            Some(p.on_screen(&question_text(field.name(), lang).0, lang)),
            true,
        );
    }
    let (_, hint) = question_text(field.name(), lang);
    let extra = match field {
        Field::Authority | Field::Cause | Field::Frequency => {
            Some(t!(lang, "evidence-form-choice-hint"))
        }
        Field::Roles => Some(t!(lang, "evidence-form-roles-hint")),
        Field::Policy if !form.policies.is_empty() => Some(t!(lang, "evidence-form-policy-hint")),
        _ => None,
    };
    let text = [hint, extra]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ");
    ((!text.is_empty()).then_some(text), false)
}

pub fn view(ctx: &Context, form: &LogForm, area: Rect, f: &mut Frame) {
    let (theme, lang) = (ctx.theme, ctx.lang);
    let title = if form.logged > 0 {
        t!(
            lang,
            "evidence-form-title-count",
            count = form.logged as i64
        )
    } else {
        t!(lang, "evidence-form-title")
    };
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(style::border(theme, true))
        .title(format!(" {title} "));
    let inner = block.inner(area);
    let width = inner.width as usize;
    let (mut body, focus_line, cursor) = lines(ctx, form, width);
    let (help, bad) = help_for(form, lang);
    let help_lines: Vec<Line> = help
        .map(|h| {
            style::wrap(&h, width.saturating_sub(2))
                .into_iter()
                .map(|l| {
                    Line::styled(
                        format!("  {l}"),
                        if bad {
                            style::error(theme)
                        } else {
                            style::dim(theme)
                        },
                    )
                })
                .collect()
        })
        .unwrap_or_default();
    // The help goes just below the fields when there is room, else as much as fits.
    let height = inner.height as usize;
    let room = height.saturating_sub(body.len() + 1);
    let shown_help = help_lines.len().min(room.max(1));
    let list_h = body
        .len()
        .min(height.saturating_sub(if shown_help > 0 { shown_help + 1 } else { 0 }))
        .max(1);
    // Keep the row in focus (and the roles under it) in view.
    let tail = if form.row() == Row::Field(Field::Roles) {
        form.roles.len()
    } else {
        0
    };
    let scroll = (focus_line + tail + 1).saturating_sub(list_h);
    let mut shown: Vec<Line> = body.drain(..).skip(scroll).take(list_h).collect();
    if shown_help > 0 {
        while shown.len() < list_h {
            shown.push(Line::raw(""));
        }
        shown.push(Line::raw(""));
        shown.extend(help_lines.into_iter().take(shown_help));
    }
    f.render_widget(Paragraph::new(shown).block(block), area);
    if let Some((row, col)) = cursor
        && row >= scroll
        && row - scroll < list_h
    {
        f.set_cursor_position((
            inner.x + col.min(inner.width.saturating_sub(1)),
            inner.y + (row - scroll) as u16,
        ));
    }
}
