//! Responding to a record: who responds, their position, comments on the record as a
//! whole or on any flag, task or section, and alternative estimates for disputed tasks,
//! with the figures under those estimates beside the assessment's own ("what if").

use ratatui::Frame;
use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

use super::review_state::{
    Focus, Page, RecordPage, RespondPage, ReviewEffect, ReviewScreen, Target,
};
use crate::answers::Answer;
use crate::config::Config;
use crate::i18n::Lang;
use crate::report::signed_hours;
use crate::review::{
    AltMinutes, Alternative, Comment, MAX_COMMENT_CHARS, MAX_NAME_CHARS, Opened, Position,
    RESPONSE_VERSION, Response, Reviewer, number, what_if,
};
use crate::scoring::{Results, RoleFigures};
use crate::t;
use crate::tui::component::Reply;
use crate::tui::context::Context;
use crate::tui::keymap::{Action, Ctx};
use crate::tui::msg::Effect;
use crate::tui::style;
use crate::tui::widgets::text_field::{Edit, TextField};

fn flag_words(words: &[String; 2], lang: Lang) -> &str {
    match lang {
        Lang::En => &words[0],
        Lang::Cy => &words[1],
    }
}

impl Target {
    /// The `on` of a stored comment.
    pub fn key(&self) -> String {
        match self {
            Target::General => "general".into(),
            Target::Flag { id, .. } => format!("flag:{id}"),
            Target::Task { n, .. } => format!("task:{n}"),
            Target::Section { id, .. } => format!("section:{id}"),
        }
    }

    fn label(&self, lang: Lang) -> String {
        match self {
            Target::General => t!(lang, "review-rsp-general"),
            Target::Flag { words, .. } => {
                t!(lang, "review-rsp-flag", words = flag_words(words, lang))
            }
            Target::Task { n, description } => {
                t!(lang, "review-rsp-task", n = *n, what = description.as_str())
            }
            Target::Section { title, .. } => {
                t!(lang, "review-rsp-section", title = title.get(lang))
            }
        }
    }
}

impl RespondPage {
    pub fn new(o: &Opened, config: &Config) -> Self {
        let mut targets = vec![Target::General];
        let q = &o.questionnaire;
        targets.extend(o.results.flags.iter().map(|f| Target::Flag {
            id: f.id.clone(),
            words: [Lang::En, Lang::Cy].map(|l| crate::report::flag_message(q, f, l).to_string()),
        }));
        let rows = o
            .answers
            .get("tasks")
            .and_then(Answer::as_tasks)
            .unwrap_or(&[]);
        targets.extend(rows.iter().enumerate().map(|(i, r)| Target::Task {
            n: i + 1,
            description: r.description.clone(),
        }));
        targets.extend(o.questionnaire.sections.iter().map(|s| Target::Section {
            id: s.id.clone(),
            title: s.title.clone(),
        }));
        let empty = || TextField::new("", false);
        RespondPage {
            record_id: o.record.id.clone(),
            record_path: o.path.clone(),
            record_digest: o.record.digest.clone().unwrap_or_default(),
            opened: Box::new(o.clone()),
            name: TextField::new(config.assessor_name.as_deref().unwrap_or(""), false),
            organisation: TextField::new(
                config.assessor_organisation.as_deref().unwrap_or(""),
                false,
            ),
            position: 1,
            comments: targets.iter().map(|_| empty()).collect(),
            targets,
            target: 0,
            figures: rows
                .iter()
                .map(|_| [empty(), empty(), empty(), empty()])
                .collect(),
            focus: Focus::Name,
            what_if: o.results.clone(),
            error: None,
        }
    }

    pub fn typing(&self) -> bool {
        !matches!(self.focus, Focus::Position | Focus::Targets)
    }

    /// The task under the cursor, counted from 0, if the target is a task.
    fn task(&self) -> Option<usize> {
        match self.targets.get(self.target) {
            Some(Target::Task { n, .. }) => Some(n - 1),
            _ => None,
        }
    }

    fn order(&self) -> Vec<Focus> {
        let mut v = vec![
            Focus::Name,
            Focus::Organisation,
            Focus::Position,
            Focus::Targets,
            Focus::Comment,
        ];
        if self.task().is_some() {
            v.extend((0..4).map(Focus::Figure));
        }
        v
    }

    fn field(&mut self) -> Option<&mut TextField> {
        match self.focus {
            Focus::Name => Some(&mut self.name),
            Focus::Organisation => Some(&mut self.organisation),
            Focus::Comment => self.comments.get_mut(self.target),
            Focus::Figure(k) => {
                let t = self.task()?;
                self.figures.get_mut(t).map(|f| &mut f[k])
            }
            _ => None,
        }
    }

    /// The alternatives typed so far, with the tasks (numbered from 1) whose figures
    /// cannot be read. A blank minute keeps the assessment's own figure.
    pub fn alternatives(&self) -> (Vec<Alternative>, Vec<usize>) {
        let rows = self
            .opened
            .answers
            .get("tasks")
            .and_then(Answer::as_tasks)
            .unwrap_or(&[]);
        let mut alts = Vec::new();
        let mut bad = Vec::new();
        for (i, (f, row)) in self.figures.iter().zip(rows).enumerate() {
            let read = |field: &TextField| -> Result<Option<f64>, ()> {
                let text = field.text().trim().replace(',', ".");
                if text.is_empty() {
                    return Ok(None);
                }
                text.parse::<f64>()
                    .ok()
                    .filter(|x| x.is_finite() && *x >= 0.0)
                    .map(Some)
                    .ok_or(())
            };
            let values: Vec<Result<Option<f64>, ()>> = f.iter().map(read).collect();
            if values.iter().any(Result::is_err) {
                bad.push(i + 1);
                continue;
            }
            let v: Vec<Option<f64>> = values.into_iter().map(|x| x.unwrap_or(None)).collect();
            let minutes =
                (v[0].is_some() || v[1].is_some() || v[2].is_some()).then(|| AltMinutes {
                    low: v[0].unwrap_or(row.minutes.low),
                    likely: v[1].unwrap_or(row.minutes.likely),
                    high: v[2].unwrap_or(row.minutes.high),
                });
            if minutes.is_some() || v[3].is_some() {
                alts.push(Alternative {
                    task: i + 1,
                    minutes,
                    share: v[3],
                    reason: None,
                });
            }
        }
        (alts, bad)
    }

    fn recompute(&mut self) {
        let (alts, _) = self.alternatives();
        self.what_if = what_if(&self.opened, &alts);
    }

    /// The response as it would be stored, or what stops it.
    pub fn response(&self, lang: Lang) -> Result<Response, String> {
        let name = crate::text::nfc(self.name.text().trim());
        let organisation = crate::text::nfc(self.organisation.text().trim());
        if name.is_empty() || organisation.is_empty() {
            return Err(t!(lang, "review-rsp-who"));
        }
        let (alternatives, bad) = self.alternatives();
        if !bad.is_empty() {
            // Named as the list of targets names them, never by the file's `task:N`.
            let tasks: Vec<String> = bad
                .iter()
                .filter_map(|&n| {
                    self.targets
                        .iter()
                        .find(|t| matches!(t, Target::Task { n: m, .. } if *m == n))
                })
                .map(|t| t.label(lang))
                .collect();
            return Err(t!(lang, "review-rsp-bad-figures", tasks = tasks.join("; ")));
        }
        if let Some(why) = self
            .text_problem(lang)
            .or_else(|| self.figure_problem(&alternatives, lang))
        {
            return Err(why);
        }
        let comments = self
            .targets
            .iter()
            .zip(&self.comments)
            .filter(|(_, c)| !c.text().trim().is_empty())
            .map(|(t, c)| Comment {
                on: t.key(),
                text: crate::text::nfc(c.text().trim()),
            })
            .collect();
        Ok(Response {
            response_version: RESPONSE_VERSION,
            record: self.record_id.clone(),
            record_digest: self.record_digest.clone(),
            reviewer: Reviewer { name, organisation },
            position: Position::ALL[self.position.min(2)],
            created: None,
            comments,
            alternatives,
        })
    }
}

impl RespondPage {
    /// What the stored response's check would refuse in the texts typed, said with the
    /// form's own labels: that check speaks of the file's keys (`reviewer.name`).
    fn text_problem(&self, lang: Lang) -> Option<String> {
        let who = [
            (t!(lang, "review-rsp-name"), &self.name, MAX_NAME_CHARS),
            (
                t!(lang, "review-rsp-organisation"),
                &self.organisation,
                MAX_NAME_CHARS,
            ),
        ];
        let comments = self.targets.iter().zip(&self.comments).map(|(t, c)| {
            let field = t!(lang, "review-rsp-comment-field", about = t.label(lang));
            (field, c, MAX_COMMENT_CHARS)
        });
        who.into_iter()
            .chain(comments)
            .find_map(|(field, text, max)| {
                let text = text.text().trim();
                if let Some(c) = crate::text::refused_char(text) {
                    let why = crate::answers::control_character(c, lang);
                    return Some(t!(
                        lang,
                        "review-rsp-screen-refused",
                        field = field,
                        why = why
                    ));
                }
                (text.chars().count() > max)
                    .then(|| t!(lang, "review-rsp-screen-too-long", field = field, max = max))
            })
    }

    /// Alternative figures the stored response's check would refuse, by task.
    fn figure_problem(&self, alternatives: &[Alternative], lang: Lang) -> Option<String> {
        let max = crate::answers::MAX_MINUTES;
        alternatives.iter().find_map(|a| {
            let task = self
                .targets
                .iter()
                .find(|t| matches!(t, Target::Task { n, .. } if *n == a.task))
                .map(|t| t.label(lang))
                .unwrap_or_default();
            if let Some(m) = a.minutes {
                if [m.low, m.likely, m.high].iter().any(|x| *x > max) {
                    return Some(t!(
                        lang,
                        "review-rsp-screen-minutes-range",
                        task = task,
                        max = max
                    ));
                }
                if !(m.low <= m.likely && m.likely <= m.high) {
                    return Some(t!(
                        lang,
                        "review-rsp-screen-minutes-order",
                        task = task,
                        low = number(m.low),
                        likely = number(m.likely),
                        high = number(m.high)
                    ));
                }
            }
            a.share.filter(|s| *s > 1.0).map(|s| {
                t!(
                    lang,
                    "review-rsp-screen-share-range",
                    task = task,
                    share = number(s)
                )
            })
        })
    }
}

pub fn update(s: &mut ReviewScreen, key: KeyEvent, ctx: &Context) -> Reply {
    let lang = ctx.lang;
    let keys = ctx.keys;
    let Page::Respond(r) = &mut s.page else {
        return Reply::default();
    };
    let act = keys.command(Ctx::ReviewRespond, &key, r.typing());
    if act == Some(Action::Save) {
        match r.response(lang) {
            Ok(response) => {
                r.error = None;
                return Reply::effect(Effect::Review(ReviewEffect::Save {
                    record: r.record_path.clone(),
                    response: Box::new(response),
                }));
            }
            Err(why) => {
                r.error = Some(why.clone());
                return Reply::error(why);
            }
        }
    }
    let order = r.order();
    let at = order.iter().position(|f| *f == r.focus).unwrap_or(0);
    match act {
        Some(Action::Back) => {
            let draft = match std::mem::replace(&mut s.page, Page::Table) {
                Page::Respond(r) => r,
                _ => return Reply::default(),
            };
            let record = super::review_state::OpenedRecord {
                opened: (*draft.opened).clone(),
                responses: Vec::new(),
                notes: Vec::new(),
            };
            // Back to the record; its responses are read again from the disk.
            let path = draft.record_path.clone();
            let mut page = RecordPage::new(record, lang);
            page.draft = Some(draft);
            s.page = Page::Record(Box::new(page));
            return Reply::effect(Effect::Review(ReviewEffect::Open(path)));
        }
        Some(Action::NextField) => r.focus = order[(at + 1) % order.len()],
        Some(Action::PreviousField) => r.focus = order[(at + order.len() - 1) % order.len()],
        _ => match r.focus {
            Focus::Position => match act {
                // Round in both directions, as the ◀ ▶ beside it promise.
                Some(Action::Left) => r.position = (r.position + 2) % 3,
                Some(Action::Right | Action::Choose) => r.position = (r.position + 1) % 3,
                Some(Action::Up) => r.focus = Focus::Organisation,
                Some(Action::Down | Action::Accept) => r.focus = Focus::Targets,
                _ => {}
            },
            Focus::Targets => match act {
                Some(Action::Up) => r.target = r.target.saturating_sub(1),
                Some(Action::Down) => {
                    r.target = (r.target + 1).min(r.targets.len().saturating_sub(1))
                }
                Some(Action::PageUp) => r.target = r.target.saturating_sub(5),
                Some(Action::PageDown) => {
                    r.target = (r.target + 5).min(r.targets.len().saturating_sub(1))
                }
                Some(Action::Accept) => r.focus = Focus::Comment,
                _ => {}
            },
            focus => {
                if matches!(act, Some(Action::Accept | Action::Down)) {
                    r.focus = order[(at + 1) % order.len()];
                } else if act == Some(Action::Up) {
                    r.focus = order[(at + order.len() - 1) % order.len()];
                } else if let Some(field) = r.field()
                    && field.handle(key) == Edit::Changed
                    && matches!(focus, Focus::Figure(_))
                {
                    r.recompute();
                }
            }
        },
    }
    Reply::default()
}

pub fn paste(r: &mut RespondPage, text: &str) {
    let one_line = text.replace(['\r', '\n'], " ");
    let figure = matches!(r.focus, Focus::Figure(_));
    if let Some(field) = r.field() {
        field.insert_str(&one_line);
        if figure {
            r.recompute();
        }
    }
}

/// A one-line field in `w` columns and where the cursor falls. Away from the cursor's
/// field the text shows from its start, cut with an ellipsis; in it, the part around the
/// cursor, with an ellipsis first when the start is scrolled away. Never a bare tail.
fn field_view(field: &TextField, w: usize, focused: bool) -> (String, u16) {
    let text = style::shown(field.text());
    let w = w.max(2);
    if !focused || style::width(&text) <= w {
        let before = style::shown(&field.text()[..field.cursor()]);
        return (
            style::clip(&text, w),
            style::width(&before).min(w - 1) as u16,
        );
    }
    let before = style::shown(&field.text()[..field.cursor()]);
    let cursor = style::width(&before);
    if cursor < w {
        return (style::clip(&text, w), cursor as u16);
    }
    // "…" and then the text just before the cursor, the cursor in the last column.
    let room = w - 2;
    let mut start = before.chars().count();
    let mut used = 0;
    for c in before.chars().rev() {
        let cw = style::width(&c.to_string());
        if used + cw > room {
            break;
        }
        used += cw;
        start -= 1;
    }
    let shown: String = text.chars().skip(start).collect();
    (style::clip(&format!("…{shown}"), w), (used + 1) as u16)
}

// Long because it draws every pane of the response page in one layout.
pub fn view(ctx: &Context, r: &RespondPage, area: Rect, f: &mut Frame) {
    let lang = ctx.lang;
    let theme = ctx.theme;
    let wide = area.width >= 100;
    let (left, right) = if wide {
        let [l, r] = Layout::horizontal([Constraint::Min(50), Constraint::Length(44)]).areas(area);
        (l, r)
    } else {
        let roles = r.what_if.roles.values().filter(|f| f.affected).count() as u16;
        let h = (roles + 3).min(area.height / 3);
        let [l, r] = Layout::vertical([Constraint::Min(6), Constraint::Length(h)]).areas(area);
        (l, r)
    };
    let task = r.task();
    let [who, pos, list, editor] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Min(2),
        Constraint::Length(if task.is_some() { 4 } else { 3 }),
    ])
    .areas(left);
    let mut cursor: Option<(u16, u16)> = None;
    let focused = |fo: Focus| r.focus == fo;
    // The field being typed in is marked three ways, so it shows in any theme, without
    // colour too: a ▶ before its label, the label reversed, and the cursor in it.
    let label_style = |fo: Focus| {
        if focused(fo) {
            style::key(theme).add_modifier(Modifier::REVERSED)
        } else {
            style::dim(theme)
        }
    };
    let mark = |fo: Focus| if focused(fo) { "▶ " } else { "  " };

    // Name and organisation on one line, half the width each.
    let half = who.width / 2;
    for (k, (fo, id, field)) in [
        (Focus::Name, "review-rsp-name", &r.name),
        (
            Focus::Organisation,
            "review-rsp-organisation",
            &r.organisation,
        ),
    ]
    .into_iter()
    .enumerate()
    {
        let x = who.x + half * k as u16;
        let label = format!("{}{}:", mark(fo), t!(lang, id));
        let lw = style::width(&label) as u16 + 1;
        let room = half.saturating_sub(lw + 1) as usize;
        let (text, col) = field_view(field, room, focused(fo));
        let st = if focused(fo) {
            style::field(theme)
        } else {
            Style::default()
        };
        f.render_widget(
            Paragraph::new(Line::from(vec![
                Span::styled(label, label_style(fo)),
                Span::raw(" "),
                Span::styled(style::fit(&text, room), st),
            ])),
            Rect::new(x, who.y, half, 1),
        );
        if focused(fo) {
            cursor = Some((x + lw + col, who.y));
        }
    }
    let position = t!(
        lang,
        &format!("review-position-{}", Position::ALL[r.position].as_str())
    );
    f.render_widget(
        Paragraph::new(Line::from(vec![
            Span::styled(
                format!(
                    "{}{}:",
                    mark(Focus::Position),
                    t!(lang, "review-rsp-position")
                ),
                label_style(Focus::Position),
            ),
            Span::raw(" "),
            Span::styled(
                format!("◀ {position} ▶"),
                if focused(Focus::Position) {
                    style::cursor_row(theme)
                } else {
                    style::chosen(theme)
                },
            ),
        ])),
        pos,
    );

    // What a comment can be about, with a mark where one is written.
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(style::border(theme, focused(Focus::Targets)))
        .title(Span::styled(
            format!(" {}{} ", mark(Focus::Targets), t!(lang, "review-rsp-about")),
            label_style(Focus::Targets),
        ));
    let inner = block.inner(list);
    f.render_widget(block, list);
    let h = inner.height as usize;
    let first = r.target.saturating_sub(h.saturating_sub(1));
    let mut lines = Vec::new();
    for (i, target) in r.targets.iter().enumerate().skip(first).take(h) {
        let commented = !r.comments[i].text().trim().is_empty();
        let changed = matches!(target, Target::Task { n, .. }
            if r.figures.get(n - 1).is_some_and(|f| f.iter().any(|x| !x.text().trim().is_empty())));
        let marks = format!(
            "{}{}{}",
            if i == r.target { ">" } else { " " },
            if commented { "✎" } else { " " },
            if changed { "≠" } else { " " }
        );
        let line = Line::raw(style::clip(
            &style::shown(&format!("{marks} {}", target.label(lang))),
            inner.width as usize,
        ));
        lines.push(if i == r.target {
            line.style(style::cursor_row(theme))
        } else {
            line
        });
    }
    f.render_widget(Paragraph::new(lines), inner);

    // The comment on the target under the cursor, and for a task its figures.
    let about = r
        .targets
        .get(r.target)
        .map(|t| t.label(lang))
        .unwrap_or_default();
    let [c_label, c_field, figs] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(2),
        Constraint::Length(if task.is_some() { 1 } else { 0 }),
    ])
    .areas(editor);
    f.render_widget(
        Paragraph::new(Line::styled(
            style::clip(
                &style::shown(&format!(
                    "{}{} {about}",
                    mark(Focus::Comment),
                    t!(lang, "review-rsp-comment-on")
                )),
                c_label.width as usize,
            ),
            label_style(Focus::Comment),
        )),
        c_label,
    );
    if let Some(field) = r.comments.get(r.target) {
        let w = c_field.width.max(2);
        let rows = field.rows(w);
        let (row, col) = field.cursor_at(w);
        let top = row.saturating_sub(c_field.height as usize - 1);
        let shown: Vec<Line> = rows
            .iter()
            .skip(top)
            .take(c_field.height as usize)
            .map(|x| {
                let st = if focused(Focus::Comment) {
                    style::field(theme)
                } else {
                    Style::default()
                };
                Line::styled(style::shown(&field.text()[x.start..x.end]), st)
            })
            .collect();
        let empty = field.text().is_empty();
        if empty && !focused(Focus::Comment) {
            f.render_widget(
                Paragraph::new(Line::styled(
                    t!(lang, "review-rsp-no-comment"),
                    style::dim(theme),
                )),
                c_field,
            );
        } else {
            f.render_widget(Paragraph::new(shown), c_field);
        }
        if focused(Focus::Comment) {
            cursor = Some((c_field.x + col, c_field.y + (row - top) as u16));
        }
    }
    if let Some(t) = task {
        let rows = r
            .opened
            .answers
            .get("tasks")
            .and_then(Answer::as_tasks)
            .unwrap_or(&[]);
        if let (Some(row), Some(fields)) = (rows.get(t), r.figures.get(t)) {
            let theirs = [
                row.minutes.low,
                row.minutes.likely,
                row.minutes.high,
                row.share,
            ];
            let names = [
                "review-rsp-low",
                "review-rsp-likely",
                "review-rsp-high",
                "review-rsp-share",
            ];
            let mut spans = Vec::new();
            let mut x = figs.x;
            for k in 0..4 {
                let label = format!("{} ", t!(lang, names[k]));
                let (text, col) = field_view(&fields[k], 6, focused(Focus::Figure(k)));
                let shown = if text.is_empty() && !focused(Focus::Figure(k)) {
                    number(theirs[k])
                } else {
                    text
                };
                let st = if focused(Focus::Figure(k)) {
                    style::field(theme)
                } else if fields[k].text().trim().is_empty() {
                    style::dim(theme)
                } else {
                    style::chosen(theme)
                };
                let lw = style::width(&label) as u16;
                if focused(Focus::Figure(k)) {
                    cursor = Some((x + lw + col, figs.y));
                }
                spans.push(Span::styled(label, label_style(Focus::Figure(k))));
                spans.push(Span::styled(style::fit(&shown, 6), st));
                spans.push(Span::raw(" "));
                x += lw + 7;
            }
            f.render_widget(Paragraph::new(Line::from(spans)), figs);
        }
    }

    what_if_view(ctx, r, right, f);
    if let Some((x, y)) = cursor
        && !ctx.covered
    {
        f.set_cursor_position((x, y));
    }
}

/// The assessment's figures and the reviewer's, side by side, from the same engine.
fn what_if_view(ctx: &Context, r: &RespondPage, area: Rect, f: &mut Frame) {
    let lang = ctx.lang;
    let q = &r.opened.questionnaire;
    let base = &r.opened.results;
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(style::border(ctx.theme, false))
        .title(format!(" {} ", t!(lang, "review-rsp-what-if")));
    let inner = block.inner(area);
    f.render_widget(block, area);
    let w = inner.width as usize;
    let col = 9;
    let label_w = w.saturating_sub(2 * col + 2);
    let band = |res: &Results| {
        q.band(&res.rating)
            .map_or(res.rating.clone(), |b| b.label.get(lang).to_string())
    };
    let bold = Style::default().add_modifier(Modifier::BOLD);
    let mut lines = vec![Line::from(vec![
        Span::raw(style::fit(&t!(lang, "review-rsp-per-week"), label_w)),
        Span::styled(
            format!(" {}", style::fit(&t!(lang, "review-rsp-theirs"), col)),
            style::heading(ctx.theme),
        ),
        Span::styled(
            format!(" {}", style::fit(&t!(lang, "review-rsp-yours"), col)),
            style::heading(ctx.theme),
        ),
    ])];
    let (x, y) = (band(base), band(&r.what_if));
    lines.push(Line::from(vec![
        Span::raw(style::fit(&t!(lang, "review-cmp-rating"), label_w)),
        Span::raw(format!(" {}", style::fit(&x, col))),
        Span::styled(
            format!(" {}", style::fit(&y, col)),
            if x != y { bold } else { Style::default() },
        ),
    ]));
    // Each affected role's figure, the assessment's beside the reviewer's, bold where they differ.
    let role_rows = |lines: &mut Vec<Line<'static>>, figure: fn(&RoleFigures) -> f64| {
        for role in &q.scoring().roles {
            let (Some(a), Some(b)) = (base.roles.get(&role.id), r.what_if.roles.get(&role.id))
            else {
                continue;
            };
            if !(a.affected || b.affected) {
                continue;
            }
            let (x, y) = (figure(a), figure(b));
            let st = if (x - y).abs() > 1e-9 {
                bold
            } else {
                Style::default()
            };
            lines.push(Line::from(vec![
                Span::raw(style::fit(&style::shown(role.label.get(lang)), label_w)),
                Span::raw(format!(" {}", style::fit(&signed_hours(x), col))),
                Span::styled(format!(" {}", style::fit(&signed_hours(y), col)), st),
            ]));
        }
    };
    role_rows(&mut lines, |f| f.per_person_hours_per_week.expected);
    // A share changes how many people do the work, so it shows in the totals only.
    lines.push(Line::styled(
        style::clip(&t!(lang, "review-cmp-system"), w),
        style::heading(ctx.theme),
    ));
    role_rows(&mut lines, |f| f.system_hours_per_year.expected);
    f.render_widget(Paragraph::new(lines), inner);
}
