//! The home screen: start, resume, review, log evidence, quit.

use ratatui::Frame;
use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

use crate::tui::keymap::{Action, Ctx};
use crate::tui::model::{AssessorForm, Home, Model, Screen};
use crate::tui::msg::Effect;
use crate::tui::style;
use crate::tui::widgets::text_field::TextField;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Item {
    New,
    Resume(usize),
    Review,
    Evidence,
    Language,
    Quit,
}

pub fn items(m: &Model) -> Vec<Item> {
    let mut items = vec![Item::New];
    items.extend((0..m.drafts.len()).map(Item::Resume));
    items.extend([Item::Review, Item::Evidence, Item::Language, Item::Quit]);
    items
}

pub fn assessor_form(m: &Model) -> AssessorForm {
    AssessorForm {
        name: TextField::new(m.config.assessor_name.as_deref().unwrap_or(""), false),
        organisation: TextField::new(
            m.config.assessor_organisation.as_deref().unwrap_or(""),
            false,
        ),
        focus: 0,
        error: None,
    }
}

pub fn update(m: &mut Model, key: KeyEvent) -> Vec<Effect> {
    let items = items(m);
    let Screen::Home(home) = &mut m.screen else {
        return Vec::new();
    };
    let last = items.len() - 1;
    let chosen = match m.keys.action(Ctx::Home, &key) {
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
        Some(Action::LogEvidence) => Some(Item::Evidence),
        Some(Action::Leave) => Some(Item::Quit),
        _ => None,
    };
    match chosen {
        None => Vec::new(),
        Some(Item::New) => {
            m.screen = Screen::Assessor(assessor_form(m));
            m.notice = None;
            Vec::new()
        }
        Some(Item::Resume(i)) => {
            let d = &m.drafts[i];
            match &d.problem {
                Some(why) => {
                    let text = crate::t!(m.lang, "home-draft-unopenable", problem = why.as_str());
                    m.error(text);
                    Vec::new()
                }
                None => vec![Effect::OpenDraft(d.id.clone())],
            }
        }
        Some(Item::Review) => super::review_mode::enter(m),
        Some(Item::Evidence) => {
            super::log_form::start(m);
            vec![Effect::ListTitles]
        }
        Some(Item::Language) => crate::tui::update::switch_language(m),
        Some(Item::Quit) => {
            m.quit = true;
            vec![Effect::Quit]
        }
    }
}

pub fn view(m: &Model, home: &Home, area: Rect, f: &mut Frame) {
    let (theme, lang) = (m.theme, m.lang);
    let [top, list] = Layout::vertical([Constraint::Length(4), Constraint::Min(3)]).areas(area);
    let intro = vec![
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
                &crate::t!(lang, "home-data-folder", folder = m.data_dir.as_str()),
                area.width as usize,
            ),
            style::dim(theme),
        ),
    ];
    f.render_widget(Paragraph::new(intro), top);
    let w = list.width.saturating_sub(4) as usize;
    let mut lines = Vec::new();
    for (i, item) in items(m).iter().enumerate() {
        let here = i == home.cursor;
        let (text, note) = match item {
            Item::New => (crate::t!(lang, "home-new"), String::new()),
            Item::Resume(d) => {
                let d = &m.drafts[*d];
                let title = d
                    .title
                    .clone()
                    .unwrap_or_else(|| crate::t!(lang, "home-untitled"));
                let when = d
                    .updated
                    .map(|t| t.format("%Y-%m-%d %H:%M").to_string())
                    .unwrap_or_default();
                match &d.problem {
                    Some(why) => (
                        crate::t!(lang, "home-draft-unreadable", id = d.id.as_str()),
                        why.clone(),
                    ),
                    None => (
                        crate::t!(lang, "home-resume", title = style::shown(&title)),
                        crate::t!(lang, "home-changed", when = when),
                    ),
                }
            }
            Item::Review => (
                crate::t!(lang, "home-review"),
                crate::t!(lang, "review-tui-home-note"),
            ),
            Item::Evidence => (
                crate::t!(lang, "home-evidence"),
                crate::t!(lang, "evidence-home-note"),
            ),
            Item::Language => (
                crate::t!(lang, "home-language"),
                crate::t!(lang, "home-language-note"),
            ),
            Item::Quit => (crate::t!(lang, "home-quit"), String::new()),
        };
        let note_w = style::width(&note);
        let text = style::fit(&text, w.saturating_sub(note_w + 2).max(10));
        let line = Line::from(vec![
            Span::raw(if here { "> " } else { "  " }),
            Span::raw(text),
            Span::raw(" "),
            Span::styled(style::clip(&note, w.saturating_sub(12)), style::dim(theme)),
        ]);
        lines.push(if here {
            line.style(style::cursor_row(theme))
        } else {
            line
        });
    }
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(style::border(theme, true))
        .title(" wia ");
    f.render_widget(Paragraph::new(lines).block(block), list);
}
