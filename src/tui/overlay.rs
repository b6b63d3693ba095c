//! Windows over a screen: help, the score breakdown, the problems list, a confirmation.

use ratatui::Frame;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::{Constraint, Flex, Layout, Margin, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{
    Block, Borders, Clear, Paragraph, Scrollbar, ScrollbarOrientation, ScrollbarState, Wrap,
};

use super::assessment::Assessment;
use super::keymap::Action;
use super::keys;
use super::model::{Confirm, Model, Overlay, Screen};
use super::msg::{Effect, Secret, SignTarget, Signing};
use super::screens::assess::Mode;
use super::style;
use super::widgets::text_field::TextField;
use crate::answers::ProblemSeverity;
use crate::report::{fte, hours, range, signed_hours};

pub fn update(m: &mut Model, key: KeyEvent) -> Vec<Effect> {
    let Some(overlay) = m.overlay.clone() else {
        return Vec::new();
    };
    let act = m.keys.action(keys::window_ctx(&overlay), &key);
    match overlay {
        Overlay::Reason { field, problem } => return reason(m, field, problem, act, key),
        Overlay::Passphrase { typed, target, .. } => {
            return passphrase(m, typed, target, act, key);
        }
        Overlay::ConfirmDelete { row } => {
            if act == Some(Action::Yes) {
                m.overlay = None;
                if let Screen::Assess(s) = &mut m.screen {
                    s.delete_task_row(row);
                    let effect = s.save(false);
                    m.info(crate::t!(m.lang, "notice-row-deleted", row = row + 1));
                    return vec![effect];
                }
            } else if act == Some(Action::No) {
                m.overlay = None;
            }
        }
        Overlay::Confirm(what) => {
            if act == Some(Action::Yes) {
                m.overlay = None;
                return match what {
                    Confirm::Finalise => super::app::finalise_confirmed(m),
                    Confirm::ResumeRevision { draft, .. } => vec![Effect::OpenDraft(draft)],
                };
            } else if act == Some(Action::No) {
                m.overlay = None;
            }
        }
        Overlay::Help { scroll } | Overlay::Breakdown { scroll } => {
            // Any other key closes the window, Esc as the status line says.
            let scroll = match act {
                Some(Action::Up) => scroll.saturating_sub(1),
                Some(Action::Down) => scroll.saturating_add(1),
                Some(Action::PageUp) => scroll.saturating_sub(10),
                Some(Action::PageDown) => scroll.saturating_add(10),
                Some(Action::First) => 0,
                _ => {
                    m.overlay = None;
                    return Vec::new();
                }
            };
            m.overlay = Some(match overlay {
                Overlay::Help { .. } => Overlay::Help { scroll },
                _ => Overlay::Breakdown { scroll },
            });
        }
        Overlay::Evidence { view, cursor } => {
            let last = view.rows().len().saturating_sub(1);
            let cursor = match act {
                Some(Action::Up) => cursor.saturating_sub(1),
                Some(Action::Down) => (cursor + 1).min(last),
                Some(Action::First) => 0,
                Some(Action::Last) => last,
                Some(Action::Cite) => {
                    let (Screen::Assess(s), ctx) = m.split() else {
                        return Vec::new();
                    };
                    let Some(reply) = super::screens::evidence::cite(s, &view, cursor, &ctx) else {
                        return Vec::new();
                    };
                    m.overlay = None;
                    return super::app::apply(m, reply);
                }
                _ => {
                    m.overlay = None;
                    return Vec::new();
                }
            };
            m.overlay = Some(Overlay::Evidence { view, cursor });
        }
        Overlay::Problems { cursor } => {
            let n = m.assessment().map_or(0, |a| a.blocking().len());
            match act {
                Some(Action::Up) => {
                    m.overlay = Some(Overlay::Problems {
                        cursor: cursor.saturating_sub(1),
                    })
                }
                Some(Action::Down) => {
                    m.overlay = Some(Overlay::Problems {
                        cursor: (cursor + 1).min(n.saturating_sub(1)),
                    })
                }
                Some(Action::Accept) => {
                    m.overlay = None;
                    if let Screen::Assess(s) = &mut m.screen {
                        let target = s.a.blocking().get(cursor).and_then(|p| p.question.clone());
                        if let Some(id) = target {
                            s.mode = Mode::Questions;
                            s.go_to(&id);
                        }
                    }
                }
                _ => m.overlay = None,
            }
        }
    }
    Vec::new()
}

/// A centred window of at most `w` x `h`.
pub fn window(area: Rect, w: u16, h: u16) -> Rect {
    let [v] = Layout::vertical([Constraint::Length(h.min(area.height))])
        .flex(Flex::Center)
        .areas(area);
    let [r] = Layout::horizontal([Constraint::Length(w.min(area.width))])
        .flex(Flex::Center)
        .areas(v);
    r
}

fn framed(f: &mut Frame, m: &Model, area: Rect, title: &str, lines: Vec<Line>, scroll: u16) {
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(style::border(m.theme, true))
        .title(format!(" {title} "))
        .title_bottom(format!(" {} ", crate::t!(m.lang, "overlay-esc-closes")));
    f.render_widget(Clear, area);
    let inner_h = area.height.saturating_sub(2) as usize;
    let inner_w = area.width.saturating_sub(2).max(1) as usize;
    // Wrapped, so no figure is cut off; scrolling counts wrapped rows.
    let rows: usize = lines
        .iter()
        .map(|l| l.width().div_ceil(inner_w).max(1))
        .sum();
    let max = rows.saturating_sub(inner_h) as u16;
    f.render_widget(
        Paragraph::new(lines)
            .block(block)
            .wrap(Wrap { trim: false })
            .scroll((scroll.min(max), 0)),
        area,
    );
    // Where the window is in a text longer than it: ratatui's scrollbar on the right
    // border, only when there is more than fits.
    if max > 0 {
        let mut state =
            ScrollbarState::new(usize::from(max) + 1).position(usize::from(scroll.min(max)));
        f.render_stateful_widget(
            Scrollbar::new(ScrollbarOrientation::VerticalRight)
                .begin_symbol(None)
                .end_symbol(None),
            area.inner(Margin {
                vertical: 1,
                horizontal: 0,
            }),
            &mut state,
        );
    }
}

fn help_lines(m: &Model, width: usize) -> Vec<Line<'static>> {
    let list = keys::for_screen(m);
    let key_w = list
        .iter()
        .map(|l| style::width(&l.keys))
        .max()
        .unwrap_or(4)
        .min(22);
    let mut lines = Vec::new();
    for line in list {
        let k = line.keys.as_str();
        let what = crate::t!(m.lang, line.label);
        for (i, l) in style::wrap(&what, width.saturating_sub(key_w + 3))
            .into_iter()
            .enumerate()
        {
            lines.push(Line::from(vec![
                Span::styled(
                    style::fit(if i == 0 { k } else { "" }, key_w),
                    style::key(m.theme),
                ),
                Span::raw("  "),
                Span::raw(l),
            ]));
        }
    }
    lines.push(Line::raw(""));
    // The evidence form saves nothing until an entry is logged; say so, not "saved always".
    let saved = match m.screen {
        Screen::Log(_) => "evidence-help-saved-on-log",
        _ => "help-saved-always",
    };
    lines.push(Line::styled(crate::t!(m.lang, saved), style::dim(m.theme)));
    lines
}

/// Why the figures are what they are: each role's range, then each task.
pub fn breakdown_lines(a: &Assessment, width: usize) -> Vec<Line<'static>> {
    let lang = a.lang();
    let q = a.q();
    let bold = Style::default().add_modifier(Modifier::BOLD);
    let mut lines = vec![
        Line::styled(crate::t!(lang, "breakdown-method"), bold),
        Line::raw(crate::t!(
            lang,
            "breakdown-method-text",
            weeks = q.scoring().school_weeks_per_year
        )),
        Line::raw(""),
        Line::styled(
            crate::t!(
                lang,
                "breakdown-rating",
                rating = super::widgets::score_panel::rating_label(a)
            ),
            bold,
        ),
        Line::raw(""),
    ];
    lines.extend(flag_section(a, width));
    lines.push(Line::raw(""));
    lines.push(Line::styled(crate::t!(lang, "breakdown-per-role"), bold));
    for (id, r) in a.results.roles.iter().filter(|(_, r)| r.affected) {
        let label = q
            .role(id)
            .map_or(id.clone(), |r| style::shown(r.label.get(lang)));
        lines.push(Line::styled(
            crate::t!(
                lang,
                "breakdown-role-headcount",
                role = label,
                headcount = hours(r.headcount)
            ),
            Style::default().add_modifier(Modifier::UNDERLINED),
        ));
        lines.push(Line::raw(crate::t!(
            lang,
            "breakdown-per-person",
            week = range(&r.per_person_hours_per_week, signed_hours, lang),
            year = range(&r.per_person_hours_per_year, signed_hours, lang)
        )));
        lines.push(Line::raw(crate::t!(
            lang,
            "breakdown-all-wales-fte",
            year = range(&r.system_hours_per_year, signed_hours, lang),
            fte = range(&r.fte, fte, lang)
        )));
    }
    if a.results.tasks.is_empty() {
        lines.push(Line::raw(crate::t!(lang, "breakdown-no-tasks")));
    }
    lines.push(Line::raw(""));
    lines.push(Line::styled(crate::t!(lang, "breakdown-per-task"), bold));
    for t in &a.results.tasks {
        let freq = q
            .frequency(&t.frequency)
            .map_or(t.frequency.clone(), |f| style::shown(f.label.get(lang)));
        lines.push(Line::styled(
            style::clip(
                &format!(
                    "{}. {} ({})",
                    t.task,
                    style::shown(&t.description),
                    crate::t!(lang, change_id(t.change.as_str()))
                ),
                width,
            ),
            Style::default().add_modifier(Modifier::UNDERLINED),
        ));
        lines.push(Line::raw(crate::t!(
            lang,
            "breakdown-occurrences",
            frequency = freq,
            count = t.occurrences_per_year,
            shown = hours(t.occurrences_per_year)
        )));
        for r in &t.roles {
            let label = q
                .role(&r.role)
                .map_or(r.role.clone(), |x| style::shown(x.label.get(lang)));
            lines.push(Line::raw(style::clip(
                &crate::t!(
                    lang,
                    "breakdown-task-role",
                    role = label,
                    year = range(&r.per_person_hours_per_year, signed_hours, lang),
                    count = r.people,
                    shown = hours(r.people)
                ),
                width,
            )));
        }
        lines.push(Line::raw(crate::t!(
            lang,
            "breakdown-all-wales",
            year = range(&t.system_hours_per_year, signed_hours, lang)
        )));
    }
    if !a.results.drivers.is_empty() {
        lines.push(Line::raw(""));
        lines.push(Line::styled(crate::t!(lang, "breakdown-drivers"), bold));
        for d in &a.results.drivers {
            lines.push(Line::raw(style::clip(
                &crate::t!(
                    lang,
                    "breakdown-driver",
                    task = d.task,
                    description = style::shown(&d.description),
                    year = signed_hours(d.system_hours_per_year)
                ),
                width,
            )));
        }
    }
    lines
}

/// Every flag raised, in words and in full, under a heading for each severity.
fn flag_section(a: &Assessment, width: usize) -> Vec<Line<'static>> {
    use crate::questionnaire::model::Severity;
    let lang = a.lang();
    let bold = Style::default().add_modifier(Modifier::BOLD);
    let mut lines = vec![Line::styled(crate::t!(lang, "layout-flags"), bold)];
    if a.results.flags.is_empty() {
        lines.push(Line::raw(format!(
            "  {}",
            crate::t!(lang, "layout-flags-none")
        )));
    }
    for (severity, heading) in [
        (Severity::Serious, "layout-flags-serious"),
        (Severity::Warning, "layout-flags-warning"),
        (Severity::Info, "layout-flags-info"),
    ] {
        let flags: Vec<_> = a
            .results
            .flags
            .iter()
            .filter(|f| f.severity == severity)
            .collect();
        if flags.is_empty() {
            continue;
        }
        lines.push(Line::styled(
            format!("  {}", crate::t!(lang, heading)),
            Style::default().add_modifier(Modifier::UNDERLINED),
        ));
        let mark = super::widgets::score_panel::severity_mark(severity);
        for flag in flags {
            // Wrapped here, under its mark, rather than by the window, which would start
            // the next row at the edge.
            for (i, row) in style::wrap(&style::shown(&flag.message), width.saturating_sub(6))
                .into_iter()
                .enumerate()
            {
                let lead = if i == 0 {
                    format!("  {mark} ")
                } else {
                    "    ".into()
                };
                lines.push(Line::raw(format!("{lead}{row}")));
            }
        }
    }
    lines
}

fn problem_lines(m: &Model, a: &Assessment, cursor: usize, width: usize) -> Vec<Line<'static>> {
    let blocking = a.blocking();
    let mut lines = Vec::new();
    if blocking.is_empty() {
        lines.push(Line::styled(
            crate::t!(m.lang, "problems-none"),
            style::good(m.theme),
        ));
    }
    for (i, p) in blocking.iter().enumerate() {
        let here = i == cursor;
        let id = p.question.clone().unwrap_or_default();
        let text = a
            .q()
            .question(&id)
            .map(|q| style::shown(q.text.get(a.lang())))
            .unwrap_or(id);
        let mark = if p.severity == ProblemSeverity::Error {
            "✗"
        } else {
            "!"
        };
        let line = Line::from(vec![
            Span::raw(if here { "> " } else { "  " }),
            Span::styled(format!("{mark} "), style::error(m.theme)),
            Span::raw(style::clip(&text, width.saturating_sub(4))),
        ]);
        lines.push(if here {
            line.style(style::cursor_row(m.theme))
        } else {
            line
        });
        lines.push(Line::styled(
            format!(
                "    {}",
                style::clip(&style::shown(&p.message), width.saturating_sub(4))
            ),
            style::dim(m.theme),
        ));
    }
    lines
}

pub fn view(m: &Model, area: Rect, f: &mut Frame) {
    let Some(overlay) = &m.overlay else { return };
    let big = window(
        area,
        area.width.saturating_sub(4).min(100),
        area.height.saturating_sub(2),
    );
    let inner_w = big.width.saturating_sub(2) as usize;
    match overlay {
        Overlay::Help { scroll } => {
            let lines = help_lines(m, inner_w);
            let h = (lines.len() as u16 + 2).min(area.height.saturating_sub(2));
            framed(
                f,
                m,
                window(area, big.width, h),
                &crate::t!(m.lang, "overlay-help-title"),
                lines,
                *scroll,
            );
        }
        Overlay::Breakdown { scroll } => {
            if let Some(a) = m.assessment() {
                framed(
                    f,
                    m,
                    big,
                    &crate::t!(m.lang, "overlay-breakdown-title"),
                    breakdown_lines(a, inner_w),
                    *scroll,
                );
            }
        }
        Overlay::Problems { cursor } => {
            if let Some(a) = m.assessment() {
                let lines = problem_lines(m, a, *cursor, inner_w);
                // Keep the line under the cursor in view.
                let scroll = (*cursor as u16 * 2).saturating_sub(big.height.saturating_sub(4));
                framed(
                    f,
                    m,
                    big,
                    &crate::t!(m.lang, "overlay-problems-title"),
                    lines,
                    scroll,
                );
            }
        }
        Overlay::Evidence { view, cursor } => {
            let (lines, at) = super::screens::evidence::lines(&m.context(), view, *cursor, inner_w);
            // Keep the row under the cursor in view, a few lines from the bottom.
            let scroll = (at + 4).saturating_sub(big.height.saturating_sub(2) as usize) as u16;
            let title = crate::t!(m.lang, "evidence-overlay-title");
            framed(f, m, big, &title, lines, scroll);
        }
        Overlay::Reason { field, problem } => view_reason(m, area, f, field, problem.as_deref()),
        Overlay::Passphrase { typed, problem, .. } => {
            view_passphrase(m, area, f, typed, problem.as_deref())
        }
        Overlay::ConfirmDelete { row } => {
            let lines = vec![
                Line::raw(crate::t!(m.lang, "confirm-delete-row", row = row + 1)),
                Line::raw(""),
                Line::from(vec![
                    Span::styled("y", style::key(m.theme)),
                    Span::raw(format!(" {}   ", crate::t!(m.lang, "key-delete"))),
                    Span::styled("n", style::key(m.theme)),
                    Span::raw(format!(" {}", crate::t!(m.lang, "confirm-keep"))),
                ]),
            ];
            let title = crate::t!(m.lang, "confirm-title");
            framed(f, m, window(area, 34, 5), &title, lines, 0);
        }
        Overlay::Confirm(what) => view_confirm(m, area, f, what),
    }
}

/// A question that cannot be passed by chance: what yes does, then the two answers.
fn view_confirm(m: &Model, area: Rect, f: &mut Frame, what: &Confirm) {
    let lang = m.lang;
    let (question, yes) = match what {
        Confirm::Finalise => (
            crate::t!(
                lang,
                if m.source.questionnaire.is_survey() {
                    "confirm-finalise-survey"
                } else {
                    "confirm-finalise"
                }
            ),
            crate::t!(lang, "confirm-finalise-yes"),
        ),
        Confirm::ResumeRevision { draft, record } => (
            crate::t!(
                lang,
                "confirm-resume-revision",
                draft = draft.as_str(),
                record = record.as_str()
            ),
            crate::t!(lang, "confirm-resume-revision-yes"),
        ),
    };
    let w = area.width.saturating_sub(4).clamp(20, 60);
    let inner = usize::from(w.saturating_sub(2)).max(1);
    let mut lines: Vec<Line> = style::wrap(&question, inner)
        .into_iter()
        .map(Line::raw)
        .collect();
    lines.push(Line::raw(""));
    lines.push(Line::from(vec![
        Span::styled("y Enter", style::key(m.theme)),
        Span::raw(format!(" {yes}")),
    ]));
    lines.push(Line::from(vec![
        Span::styled("n Esc", style::key(m.theme)),
        Span::raw(format!(" {}", crate::t!(lang, "confirm-no-go-back"))),
    ]));
    let h = lines.len() as u16 + 2;
    let title = crate::t!(lang, "confirm-title");
    framed(f, m, window(area, w, h), &title, lines, 0);
}

/// The message id of a task's change: a new task, or one a policy removes.
pub fn change_id(change: &str) -> &'static str {
    match change {
        "removed" => "change-removed",
        _ => "change-new",
    }
}

/// Enter on a revision's reason: refused when empty or unfit, else the assessment is
/// finalised with it. Esc cancels finalising.
fn reason(
    m: &mut Model,
    mut field: TextField,
    problem: Option<String>,
    act: Option<Action>,
    key: KeyEvent,
) -> Vec<Effect> {
    match act {
        Some(Action::Accept) => {
            let reason = field.text().trim().to_string();
            if let Some(why) = crate::record::reason_problem(&reason, m.lang) {
                m.overlay = Some(Overlay::Reason {
                    field,
                    problem: Some(why),
                });
                return Vec::new();
            }
            m.overlay = None;
            super::app::finalise_now(m, Some(reason))
        }
        Some(Action::Back) => {
            m.overlay = None;
            m.info(crate::t!(m.lang, "notice-reason-cancelled"));
            Vec::new()
        }
        _ => {
            field.handle(key);
            m.overlay = Some(Overlay::Reason { field, problem });
            Vec::new()
        }
    }
}

/// The passphrase typed hidden: Enter signs with it, Esc leaves the files unsigned.
fn passphrase(
    m: &mut Model,
    mut typed: Secret,
    target: SignTarget,
    act: Option<Action>,
    key: KeyEvent,
) -> Vec<Effect> {
    match act {
        Some(Action::Accept) if !typed.is_empty() => {
            m.overlay = None;
            m.info(crate::t!(m.lang, "notice-signing"));
            return vec![Effect::Sign(target, typed)];
        }
        Some(Action::Accept) => {}
        Some(Action::Back) => {
            m.overlay = None;
            skipped(m, &target);
            return Vec::new();
        }
        _ => match key.code {
            KeyCode::Char(c)
                if !key
                    .modifiers
                    .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT) =>
            {
                typed.push(c);
            }
            KeyCode::Backspace => typed.pop(),
            _ => {}
        },
    }
    m.overlay = Some(Overlay::Passphrase {
        typed,
        target,
        problem: None,
    });
    Vec::new()
}

/// Signing was skipped: the Done screen says so and how to sign later; a response's
/// notice says it is stored unsigned.
fn skipped(m: &mut Model, target: &SignTarget) {
    match (&mut m.screen, target) {
        (Screen::Done(d), SignTarget::Record { id, .. }) if d.id == *id => {
            d.signing = Signing::Skipped;
        }
        (_, SignTarget::Response { .. }) => {
            m.info(crate::t!(m.lang, "review-tui-response-skipped"));
        }
        _ => {}
    }
}

/// A paste into a window that takes text; true when one took it. A passphrase is never
/// pasted with a line break in it.
pub fn paste(m: &mut Model, text: &str) -> bool {
    match &mut m.overlay {
        Some(Overlay::Reason { field, .. }) => {
            field.insert_str(&text.replace(['\r', '\n'], " "));
            true
        }
        Some(Overlay::Passphrase { typed, .. }) => {
            for c in text.chars().filter(|c| !c.is_control()) {
                if !typed.push(c) {
                    break;
                }
            }
            true
        }
        _ => false,
    }
}

/// A small window of text lines with a field, and a problem under it when there is one.
fn ask_window(
    m: &Model,
    area: Rect,
    f: &mut Frame,
    title: &str,
    mut lines: Vec<Line<'static>>,
    problem: Option<&str>,
) -> Rect {
    if let Some(p) = problem {
        lines.push(Line::raw(""));
        lines.push(Line::styled(
            format!("✗ {}", style::shown(p)),
            style::error(m.theme),
        ));
    }
    let w = area.width.saturating_sub(4).min(72);
    let inner = w.saturating_sub(2).max(1) as usize;
    let rows: usize = lines.iter().map(|l| l.width().div_ceil(inner).max(1)).sum();
    let r = window(area, w, rows as u16 + 2);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(style::border(m.theme, true))
        .title(format!(" {title} "))
        .title_bottom(format!(" {} ", crate::t!(m.lang, "ask-bottom")));
    f.render_widget(Clear, r);
    f.render_widget(
        Paragraph::new(lines)
            .block(block)
            .wrap(Wrap { trim: false }),
        r,
    );
    r
}

fn view_reason(m: &Model, area: Rect, f: &mut Frame, field: &TextField, problem: Option<&str>) {
    let old = match &m.screen {
        Screen::Assess(s) => s.a.draft.revises.as_ref().map(|r| r.id.clone()),
        _ => None,
    };
    let text = style::shown(field.text());
    let lines = vec![
        Line::raw(crate::t!(
            m.lang,
            "ask-reason-text",
            id = old.unwrap_or_default()
        )),
        Line::raw(""),
        Line::from(vec![
            Span::raw("> "),
            Span::styled(format!("{text} "), style::field(m.theme)),
        ]),
    ];
    ask_window(
        m,
        area,
        f,
        &crate::t!(m.lang, "ask-reason-title"),
        lines,
        problem,
    );
}

fn view_passphrase(m: &Model, area: Rect, f: &mut Frame, typed: &Secret, problem: Option<&str>) {
    let file = m
        .config
        .signing_key
        .as_ref()
        .map(|p| p.display().to_string())
        .unwrap_or_default();
    // Never the passphrase itself: a dot for each character, so a slip can be seen.
    let dots = "•".repeat(typed.chars().min(40));
    let lines = vec![
        Line::raw(crate::t!(
            m.lang,
            "ask-passphrase-text",
            file = style::shown(&file)
        )),
        Line::raw(""),
        Line::from(vec![
            Span::raw("> "),
            Span::styled(format!("{dots} "), style::field(m.theme)),
        ]),
    ];
    ask_window(
        m,
        area,
        f,
        &crate::t!(m.lang, "ask-passphrase-title"),
        lines,
        problem,
    );
}
