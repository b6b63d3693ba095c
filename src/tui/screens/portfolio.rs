//! The cumulative workload: every assessed policy on one timeline of terms, one role at a
//! time as a bar chart, with the policies that make up the term under the cursor, largest
//! first, and the flags that fall in it. The figures are `crate::portfolio`'s, as
//! `wia portfolio` prints them.

use ratatui::Frame;
use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{
    Bar, BarChart, BarGroup, Block, Borders, Paragraph, Scrollbar, ScrollbarOrientation,
    ScrollbarState, Wrap,
};

use crate::i18n::Lang;
use crate::portfolio::{Portfolio, Season, Term};
use crate::t;
use crate::tui::component::{Component, Reply, Request};
use crate::tui::context::Context;
use crate::tui::keymap::{Action, Ctx};
use crate::tui::style;

#[derive(Debug, Clone, Default)]
pub struct PortfolioScreen {
    /// None while the records are read.
    pub portfolio: Option<Box<Portfolio>>,
    /// Files left out, in words.
    pub skipped: Vec<String>,
    /// The term and the role under the cursor.
    pub term: usize,
    pub role: usize,
    /// Rows of the term's detail scrolled past: a term with many policies and flags runs
    /// longer than the space under the chart.
    pub scroll: u16,
}

/// Rows a PgDn or PgUp moves the detail by.
const PAGE: u16 = 5;

impl PortfolioScreen {
    /// The records read: the cursor starts on the first term and the role most affected
    /// in it, since that is where a member of the group would look first.
    pub fn loaded(&mut self, portfolio: Portfolio, skipped: Vec<String>) {
        self.role = portfolio
            .terms
            .first()
            .and_then(|t| {
                t.roles
                    .iter()
                    .enumerate()
                    .max_by(|a, b| {
                        a.1.average_weekly
                            .expected
                            .total_cmp(&b.1.average_weekly.expected)
                    })
                    .map(|(i, _)| i)
            })
            .unwrap_or(0);
        self.term = 0;
        self.scroll = 0;
        self.portfolio = Some(Box::new(portfolio));
        self.skipped = skipped;
    }
}

impl Component for PortfolioScreen {
    fn update(&mut self, key: KeyEvent, ctx: &Context) -> Reply {
        let (terms, roles) = self
            .portfolio
            .as_ref()
            .map_or((0, 0), |p| (p.terms.len(), p.roles.len()));
        let (term, role) = (self.term, self.role);
        match ctx.keys.action(Ctx::Portfolio, &key) {
            Some(Action::PageDown) => {
                // Never further than the detail has lines, so PgUp answers at once.
                let most = self.portfolio.as_ref().map_or(0, |p| detail_len(p, self));
                self.scroll = (self.scroll + PAGE).min(most);
            }
            Some(Action::PageUp) => self.scroll = self.scroll.saturating_sub(PAGE),
            Some(Action::Left) => self.term = self.term.saturating_sub(1),
            Some(Action::Right) => self.term = (self.term + 1).min(terms.saturating_sub(1)),
            Some(Action::Up) => self.role = self.role.saturating_sub(1),
            Some(Action::Down) => self.role = (self.role + 1).min(roles.saturating_sub(1)),
            Some(Action::First) => self.term = 0,
            Some(Action::Last) => self.term = terms.saturating_sub(1),
            Some(Action::Back) => return Reply::request(Request::Home),
            _ => {}
        }
        if (term, role) != (self.term, self.role) {
            self.scroll = 0;
        }
        Reply::default()
    }

    fn view(&self, f: &mut Frame, area: Rect, ctx: &Context) {
        view(self, area, f, ctx)
    }
}

/// "Aut 27/28": short enough to sit under a bar.
fn term_short(term: Term, lang: Lang) -> String {
    let season = match term.season {
        Season::Autumn => t!(lang, "portfolio-tui-autumn-short"),
        Season::Spring => t!(lang, "portfolio-tui-spring-short"),
        Season::Summer => t!(lang, "portfolio-tui-summer-short"),
    };
    let year = term.school_year();
    // "2027/28" → "27/28"
    let year = year.get(2..).unwrap_or(&year).to_string();
    format!("{season} {year}")
}

const BAR: u16 = 10;

fn view(s: &PortfolioScreen, area: Rect, f: &mut Frame, ctx: &Context) {
    let (lang, theme) = (ctx.lang, ctx.theme);
    let Some(p) = &s.portfolio else {
        f.render_widget(
            Paragraph::new(Line::styled(
                t!(lang, "portfolio-tui-loading"),
                style::dim(theme),
            )),
            area,
        );
        return;
    };
    if p.terms.is_empty() || p.roles.is_empty() {
        let mut text = vec![Line::raw(t!(lang, "portfolio-none"))];
        for why in &s.skipped {
            text.push(Line::styled(style::shown(why), style::error(theme)));
        }
        f.render_widget(Paragraph::new(text).wrap(Wrap { trim: true }), area);
        return;
    }
    let role = &p.roles[s.role.min(p.roles.len() - 1)];
    let role_name = p.rules.role_label(role, lang);
    let term_i = s.term.min(p.terms.len() - 1);
    let [head, chart, detail] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length((area.height / 2).clamp(8, 14)),
        Constraint::Min(3),
    ])
    .areas(area);
    let heading = t!(
        lang,
        "portfolio-tui-heading",
        policies = p.policies.len(),
        terms = p.terms.len(),
        role = role_name.as_str()
    );
    f.render_widget(
        Paragraph::new(Line::styled(
            style::clip(&heading, area.width as usize),
            Style::default().add_modifier(Modifier::BOLD),
        )),
        head,
    );
    // As many terms as fit, the one under the cursor among them.
    let fit = usize::from(chart.width.saturating_sub(2) / (BAR + 1)).max(1);
    let first = term_i
        .saturating_sub(fit - 1)
        .min(p.terms.len().saturating_sub(fit));
    let bars: Vec<Bar> = p
        .terms
        .iter()
        .enumerate()
        .skip(first)
        .take(fit)
        .map(|(i, t)| {
            let avg = p
                .figures(i, role)
                .map_or(0.0, |r| r.average_weekly.expected);
            // Bars cannot go below zero: work taken away shows as an empty bar with its
            // figure written under it.
            let bar = Bar::default()
                .value((avg.max(0.0) * 100.0).round() as u64)
                .text_value(format!("{avg:+.2}"))
                // The term under the cursor is marked in the label too, for a terminal
                // without colour.
                .label(Line::raw(format!(
                    "{}{}",
                    if i == term_i { "▸" } else { " " },
                    term_short(t.term, lang)
                )));
            if i == term_i {
                bar.style(style::cursor_row(theme))
            } else {
                bar.style(style::good(theme))
            }
        })
        .collect();
    let title = t!(lang, "portfolio-tui-chart", role = role_name.as_str());
    f.render_widget(
        BarChart::default()
            .block(
                Block::default()
                    .borders(Borders::ALL)
                    .border_style(style::border(theme, true))
                    .title(format!(
                        " {} ",
                        style::clip(&title, area.width as usize - 4)
                    )),
            )
            .data(BarGroup::default().bars(&bars))
            .bar_width(BAR)
            .bar_gap(1),
        chart,
    );
    let lines = detail_lines(p, term_i, role, &role_name, s, ctx);
    view_detail(f, detail, lines, s.scroll);
}

/// The term's detail, scrolled by `scroll` wrapped rows, with a scrollbar when it is
/// longer than `detail`.
fn view_detail(f: &mut Frame, detail: Rect, lines: Vec<Line<'static>>, scroll: u16) {
    let width = usize::from(detail.width.saturating_sub(1).max(1));
    // Wrapped rows, so the last flag can always be scrolled into view.
    let rows: usize = lines.iter().map(|l| l.width().div_ceil(width).max(1)).sum();
    let max = rows.saturating_sub(usize::from(detail.height)) as u16;
    // A column kept for the scrollbar when there is more than fits.
    let text = Rect {
        width: detail.width.saturating_sub(u16::from(max > 0)),
        ..detail
    };
    f.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .scroll((scroll.min(max), 0)),
        text,
    );
    if max > 0 {
        let mut state =
            ScrollbarState::new(usize::from(max) + 1).position(usize::from(scroll.min(max)));
        f.render_stateful_widget(
            Scrollbar::new(ScrollbarOrientation::VerticalRight)
                .begin_symbol(None)
                .end_symbol(None),
            detail,
            &mut state,
        );
    }
}

/// How many lines the detail of the term and role under the cursor has, before wrapping.
fn detail_len(p: &Portfolio, s: &PortfolioScreen) -> u16 {
    let Some(term) = p.terms.get(s.term) else {
        return 0;
    };
    let shares = p
        .roles
        .get(s.role)
        .and_then(|r| p.figures(s.term, r))
        .map_or(0, |r| r.shares.len() + 1);
    let flags = p.flags.iter().filter(|f| f.term == term.term).count();
    u16::try_from(1 + shares + flags + s.skipped.len()).unwrap_or(u16::MAX)
}

fn range(e: &crate::scoring::Estimate, lang: Lang) -> String {
    t!(
        lang,
        "portfolio-range",
        expected = format!("{:.2}", e.expected),
        low = format!("{:.2}", e.low),
        high = format!("{:.2}", e.high)
    )
}

/// The term under the cursor: both figures for the role, its policies largest first,
/// and the flags that fall in it.
fn detail_lines(
    p: &Portfolio,
    term_i: usize,
    role: &str,
    role_name: &str,
    s: &PortfolioScreen,
    ctx: &Context,
) -> Vec<Line<'static>> {
    let (lang, theme) = (ctx.lang, ctx.theme);
    let term = p.terms[term_i].term;
    let mut lines = vec![Line::styled(term.label(lang), style::heading(theme))];
    if let Some(r) = p.figures(term_i, role) {
        lines.push(Line::raw(t!(
            lang,
            "portfolio-role-line",
            role = role_name,
            average = range(&r.average_weekly, lang),
            one = range(&r.one_person_weekly, lang)
        )));
        for share in &r.shares {
            lines.push(Line::from(vec![
                Span::styled(
                    format!("  {:>+6.2}  ", share.average_weekly_expected),
                    style::dim(theme),
                ),
                Span::raw(style::shown(&crate::portfolio::quoted(&share.policy, lang))),
            ]));
        }
    }
    for flag in p.flags.iter().filter(|f| f.term == term) {
        lines.push(Line::styled(
            format!("‼ {}", style::shown(&flag.message(p, lang))),
            style::warning(theme),
        ));
    }
    for why in &s.skipped {
        lines.push(Line::styled(style::shown(why), style::error(theme)));
    }
    lines
}
