//! The home screen: start, resume, review, log evidence, quit.

use ratatui::Frame;
use ratatui::crossterm::event::{KeyEvent, MouseEvent};
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{
    Block, Borders, HighlightSpacing, List, ListItem, ListState, Paragraph, Scrollbar,
    ScrollbarOrientation, ScrollbarState,
};

use crate::store::DraftEntry;
use crate::tui::component::{Component, Reply, Request, hit_row, list_offset};
use crate::tui::context::Context;
use crate::tui::keymap::{Action, Ctx};
use crate::tui::msg::Effect;
use crate::tui::style;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Item {
    New,
    Resume(usize),
    Review,
    Portfolio,
    Evidence,
    /// Only when the folder is shared.
    Sync,
    Language,
    Quit,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Home {
    pub cursor: usize,
}

/// The rows of the menu, with one for each draft found, and one to sync when the folder
/// is shared.
pub fn items(drafts: &[DraftEntry], shared: bool) -> Vec<Item> {
    let mut items = vec![Item::New];
    items.extend((0..drafts.len()).map(Item::Resume));
    items.extend([Item::Review, Item::Portfolio, Item::Evidence]);
    if shared {
        items.push(Item::Sync);
    }
    items.extend([Item::Language, Item::Quit]);
    items
}

impl Component for Home {
    /// A click on a row moves the cursor there; a click on the row under the cursor
    /// chooses it, as Enter does.
    fn click(&mut self, at: MouseEvent, area: Rect, ctx: &Context) -> Reply {
        let [_, list] = split(area, ctx);
        let shown = list.height.saturating_sub(2) as usize;
        let all = items(ctx.drafts, ctx.sync.is_shared());
        let offset = list_offset(self.cursor, shown);
        let inside = at.column > list.x && at.column + 1 < list.right();
        match hit_row(at.row, list.y + 1, offset, shown).filter(|i| inside && *i < all.len()) {
            Some(i) if i == self.cursor => choose(Some(all[i]), ctx),
            Some(i) => {
                self.cursor = i;
                Reply::default()
            }
            None => Reply::default(),
        }
    }

    fn update(&mut self, key: KeyEvent, ctx: &Context) -> Reply {
        let items = items(ctx.drafts, ctx.sync.is_shared());
        let home = self;
        let last = items.len() - 1;
        let chosen = match ctx.keys.action(Ctx::Home, &key) {
            Some(Action::Up) => {
                home.cursor = home.cursor.saturating_sub(1);
                None
            }
            Some(Action::Down) => {
                home.cursor = (home.cursor + 1).min(last);
                None
            }
            Some(Action::First) => {
                home.cursor = 0;
                None
            }
            Some(Action::Last) => {
                home.cursor = last;
                None
            }
            Some(Action::Accept) => items.get(home.cursor).copied(),
            Some(Action::NewAssessment) => Some(Item::New),
            Some(Action::OpenReview) => Some(Item::Review),
            Some(Action::OpenPortfolio) => Some(Item::Portfolio),
            Some(Action::LogEvidence) => Some(Item::Evidence),
            Some(Action::Sync) => Some(Item::Sync),
            Some(Action::Leave) => Some(Item::Quit),
            _ => None,
        };
        choose(chosen, ctx)
    }

    fn view(&self, f: &mut Frame, area: Rect, ctx: &Context) {
        view(ctx, self, area, f)
    }
}

/// What choosing a row of the menu does.
fn choose(chosen: Option<Item>, ctx: &Context) -> Reply {
    match chosen {
        None => Reply::default(),
        Some(Item::New) => Reply::request(Request::NewAssessment),
        Some(Item::Resume(i)) => {
            let d = &ctx.drafts[i];
            match &d.problem {
                Some(why) => Reply::error(crate::t!(
                    ctx.lang,
                    "home-draft-unopenable",
                    problem = why.as_str()
                )),
                None => Reply::effect(Effect::OpenDraft(d.id.clone())),
            }
        }
        Some(Item::Review) => Reply::request(Request::Review),
        Some(Item::Portfolio) => Reply::request(Request::Portfolio),
        Some(Item::Evidence) => Reply::request(Request::LogEvidence),
        Some(Item::Sync) => Reply::request(Request::Sync),
        Some(Item::Language) => Reply::request(Request::SwitchLanguage),
        Some(Item::Quit) => Reply::request(Request::Quit),
    }
}

/// The lines at the top (title, intro, folder, sharing) and the menu below them.
fn split(area: Rect, ctx: &Context) -> [Rect; 2] {
    let top_h = 4 + sync_lines(ctx).len() as u16;
    Layout::vertical([Constraint::Length(top_h), Constraint::Min(3)]).areas(area)
}

fn view(ctx: &Context, home: &Home, area: Rect, f: &mut Frame) {
    let (theme, lang) = (ctx.theme, ctx.lang);
    let sync = sync_lines(ctx);
    let [top, list] = split(area, ctx);
    let mut intro = vec![
        Line::styled(
            crate::t!(lang, "home-title"),
            Style::default().add_modifier(Modifier::BOLD),
        ),
        Line::styled(
            style::clip(&crate::t!(lang, "home-intro"), area.width as usize),
            style::dim(theme),
        ),
        Line::styled(
            style::clip(
                &crate::t!(lang, "home-data-folder", folder = ctx.data_dir),
                area.width as usize,
            ),
            style::dim(theme),
        ),
    ];
    intro.extend(sync);
    f.render_widget(Paragraph::new(intro), top);
    let w = list.width.saturating_sub(4) as usize;
    let all = items(ctx.drafts, ctx.sync.is_shared());
    let mut rows = Vec::new();
    for item in &all {
        let (text, note) = match item {
            Item::New => (crate::t!(lang, "home-new"), String::new()),
            Item::Resume(d) => {
                let d = &ctx.drafts[*d];
                let title = d
                    .title
                    .clone()
                    .unwrap_or_else(|| crate::t!(lang, "home-untitled"));
                // A draft whose time cannot be read says nothing rather than "changed".
                let changed = d.updated.map(|t| {
                    crate::t!(
                        lang,
                        "home-changed",
                        when = t.format("%Y-%m-%d %H:%M").to_string()
                    )
                });
                match &d.problem {
                    Some(why) => (
                        crate::t!(lang, "home-draft-unreadable", id = d.id.as_str()),
                        why.clone(),
                    ),
                    None => (
                        crate::t!(lang, "home-resume", title = style::shown(&title)),
                        changed.unwrap_or_default(),
                    ),
                }
            }
            Item::Review => (
                crate::t!(lang, "home-review"),
                crate::t!(lang, "review-tui-home-note"),
            ),
            Item::Portfolio => (
                crate::t!(lang, "home-portfolio"),
                crate::t!(lang, "home-portfolio-note"),
            ),
            Item::Evidence => (
                crate::t!(lang, "home-evidence"),
                crate::t!(lang, "evidence-home-note"),
            ),
            Item::Sync => (
                crate::t!(lang, "home-sync"),
                crate::t!(lang, "home-sync-note"),
            ),
            Item::Language => (
                crate::t!(lang, "home-language"),
                crate::t!(lang, "home-language-note"),
            ),
            Item::Quit => (crate::t!(lang, "home-quit"), String::new()),
        };
        let note_w = style::width(&note);
        let text = style::fit(&text, w.saturating_sub(note_w + 2).max(10));
        rows.push(ListItem::new(Line::from(vec![
            Span::raw(text),
            Span::raw(" "),
            Span::styled(style::clip(&note, w.saturating_sub(12)), style::dim(theme)),
        ])));
    }
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(style::border(theme, true))
        .title(" wia ");
    // ratatui's List keeps the cursor in view however many drafts there are; the state is
    // made afresh each frame, so drawing stays a function of the model.
    let mut state = ListState::default().with_selected(Some(home.cursor));
    f.render_stateful_widget(
        List::new(rows)
            .block(block)
            .highlight_symbol("> ")
            .highlight_spacing(HighlightSpacing::Always)
            .highlight_style(style::cursor_row(theme)),
        list,
        &mut state,
    );
    let inside = list.height.saturating_sub(2) as usize;
    if all.len() > inside {
        let mut bar =
            ScrollbarState::new(all.len().saturating_sub(inside) + 1).position(state.offset());
        f.render_stateful_widget(
            Scrollbar::new(ScrollbarOrientation::VerticalRight)
                .begin_symbol(None)
                .end_symbol(None),
            list.inner(ratatui::layout::Margin {
                vertical: 1,
                horizontal: 0,
            }),
            &mut bar,
        );
    }
}

/// The folder's sharing in a line or two: when it last synced, the key that syncs and
/// what is waiting to be sent, or the stage of the sync under way. Nothing until it has
/// been looked up.
fn sync_lines(ctx: &Context) -> Vec<Line<'static>> {
    use crate::sync::Stage;
    use crate::tui::sharing::Sharing;
    let lang = ctx.lang;
    let width = ctx.width as usize;
    if let Some(stage) = ctx.sync.running {
        let doing = match stage {
            Stage::Waiting => crate::t!(lang, "home-sync-stage-waiting"),
            Stage::Fetching => crate::t!(lang, "home-sync-stage-fetching"),
            Stage::Committing => crate::t!(lang, "home-sync-stage-committing"),
            Stage::TakingIn => crate::t!(lang, "home-sync-stage-taking-in"),
            Stage::Sending { retry: 0 } => crate::t!(lang, "home-sync-stage-sending"),
            Stage::Sending { .. } => crate::t!(lang, "home-sync-stage-sending-again"),
        };
        let text = crate::t!(lang, "home-sync-running", doing = doing);
        return vec![Line::styled(
            style::clip(&text, width),
            Style::default().add_modifier(Modifier::BOLD),
        )];
    }
    let (text, dim) = match &ctx.sync.sharing {
        Sharing::Unknown => return Vec::new(),
        Sharing::NotShared => (crate::t!(lang, "home-sync-not-shared"), true),
        Sharing::NoGit => (crate::t!(lang, "home-sync-no-git"), false),
        Sharing::Failed(why) => (why.clone(), false),
        Sharing::Shared(status) => {
            let when = match status.last_sync {
                None => crate::t!(lang, "cli-sync-never"),
                Some(t) if t.date_naive() == ctx.today => t.format("%H:%M").to_string(),
                Some(t) => t.format("%Y-%m-%d %H:%M").to_string(),
            };
            let key = ctx
                .keys
                .bindings()
                .iter()
                .find(|b| b.ctx == Ctx::Home && b.action == Action::Sync)
                .and_then(|b| b.keys.first())
                .map(|k| k.label())
                .unwrap_or_default();
            let text = crate::t!(
                lang,
                "home-sync-shared",
                when = when,
                waiting = if status.waiting.is_empty() {
                    crate::t!(lang, "home-sync-nothing-waiting")
                } else {
                    crate::t!(lang, "home-sync-waiting", what = status.waiting.words(lang))
                },
                behind = status.behind,
                key = key
            );
            (text, true)
        }
    };
    let look = if dim {
        style::dim(ctx.theme)
    } else {
        style::error(ctx.theme)
    };
    let mut rows = style::wrap(&text, width);
    if rows.len() > 2 {
        let rest = rows[1..].join(" ");
        rows.truncate(1);
        rows.push(rest);
    }
    rows.into_iter()
        .map(|r| Line::styled(style::clip(&r, width), look))
        .collect()
}
