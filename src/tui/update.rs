//! `update`: every change to the model, and the effects it asks for. No I/O here.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind};

use super::keymap::{Action, Ctx};
use super::keys;
use super::model::{Home, Model, Overlay, Screen};
use super::msg::{Effect, Msg};
use super::screens::assess::{AssessScreen, Mode, Reply};
use super::screens::inputs;
use super::screens::{assessor, home, review_mode};
use super::widgets::score_panel::rating_label;
use crate::i18n::Lang;

/// The draft as it is now, to be written.
pub fn save(s: &AssessScreen, manual: bool) -> Effect {
    Effect::SaveDraft {
        draft: Box::new(s.a.to_draft()),
        manual,
    }
}

pub fn update(m: &mut Model, msg: Msg) -> Vec<Effect> {
    let before = super::read_only::snapshot(m);
    let effects = update_unguarded(m, msg);
    super::read_only::guard(m, before, effects)
}

fn update_unguarded(m: &mut Model, msg: Msg) -> Vec<Effect> {
    match msg {
        Msg::Resize(w, h) => {
            m.width = w;
            m.height = h;
            Vec::new()
        }
        Msg::Key(key) if key.kind == KeyEventKind::Press => on_key(m, key),
        Msg::Key(_) => Vec::new(),
        Msg::Paste(text) => on_paste(m, &text),
        Msg::Typed(keys) => on_typed(m, keys),
        Msg::DraftSaved { manual, result } => {
            match result {
                Ok(time) if manual => m.info(crate::t!(m.lang, "notice-draft-saved", time = time)),
                Ok(_) => {
                    // The trouble has passed: saying it still would be wrong.
                    if m.notice.as_ref().is_some_and(|n| n.unsaved) {
                        m.notice = None;
                    }
                }
                Err(why) => {
                    m.error(crate::t!(m.lang, "notice-draft-not-saved", error = why));
                    if let Some(n) = &mut m.notice {
                        n.unsaved = true;
                    }
                }
            }
            Vec::new()
        }
        Msg::Opened(Ok(opened)) => {
            let (mut a, dropped) = *opened;
            if a.draft.language != m.lang {
                // Shown and scored in the language of the interface, whatever it was.
                a.draft.language = m.lang;
                a.recompute();
            }
            let s = AssessScreen::new(a);
            m.notice = None;
            if !dropped.is_empty() {
                m.error(crate::t!(
                    m.lang,
                    "notice-draft-partly-used",
                    problems = dropped.join("; ")
                ));
            }
            let effects = vec![save(&s, false)];
            m.screen = Screen::Assess(Box::new(s));
            m.overlay = None;
            effects
        }
        Msg::Opened(Err(why)) => {
            m.error(format!("✗ {why}"));
            Vec::new()
        }
        Msg::Finalised(Ok(done)) => {
            m.screen = Screen::Done(done);
            m.overlay = None;
            m.notice = None;
            Vec::new()
        }
        Msg::Finalised(Err(why)) => {
            m.error(crate::t!(m.lang, "notice-not-finalised", error = why));
            Vec::new()
        }
        Msg::Failed(why) => {
            m.error(format!("✗ {why}"));
            Vec::new()
        }
        Msg::Review(msg) => review_mode::on_msg(m, msg),
        Msg::Titles(titles) => {
            if let Screen::Log(form) = &mut m.screen {
                form.policies = titles;
            }
            Vec::new()
        }
        Msg::Logged(result) => {
            super::screens::log_form::logged(m, result);
            Vec::new()
        }
        Msg::Evidence(Ok(read)) => {
            let (entries, skipped) = *read;
            if let Screen::Assess(s) = &m.screen {
                // The task under the cursor, when it has a description to match a cause by.
                let task = match &s.mode {
                    Mode::Tasks(t) => {
                        s.a.tasks
                            .get(t.row)
                            .map(|row| row.description.trim().to_string())
                            .filter(|d| !d.is_empty())
                    }
                    _ => None,
                };
                let view = super::screens::evidence::build(&entries, skipped, s.a.title(), task);
                m.overlay = Some(Overlay::Evidence {
                    view: Box::new(view),
                    cursor: 0,
                });
            }
            Vec::new()
        }
        Msg::Evidence(Err(why)) => {
            m.error(crate::t!(m.lang, "evidence-overlay-unreadable", why = why));
            Vec::new()
        }
        Msg::Drafts(list) => {
            m.drafts = list;
            let last = home::items(m).len() - 1;
            if let Screen::Home(h) = &mut m.screen {
                h.cursor = h.cursor.min(last);
            }
            Vec::new()
        }
    }
}

fn typing(m: &Model) -> bool {
    match &m.screen {
        Screen::Assess(s) => s.typing(),
        Screen::Assessor(_) => true,
        Screen::Review(s) => s.typing(),
        Screen::Log(form) => form.typing(),
        _ => false,
    }
}

fn go_home(m: &mut Model) -> Vec<Effect> {
    let mut effects = Vec::new();
    if let Screen::Assess(s) = &m.screen {
        effects.push(save(s, false));
        m.info(crate::t!(m.lang, "notice-draft-kept"));
    }
    m.screen = Screen::Home(Home::default());
    m.overlay = None;
    effects.push(Effect::ListDrafts);
    effects
}

fn finalise(m: &mut Model) -> Vec<Effect> {
    let Screen::Assess(s) = &m.screen else {
        return Vec::new();
    };
    let blocking = s.a.blocking().len();
    if blocking > 0 {
        m.overlay = Some(Overlay::Problems { cursor: 0 });
        m.error(crate::t!(m.lang, "notice-blocking", count = blocking));
        return Vec::new();
    }
    let effects = vec![save(s, false), Effect::Finalise(Box::new(s.a.clone()))];
    let text = crate::t!(m.lang, "notice-finalising", rating = rating_label(&s.a));
    m.info(text);
    effects
}

fn on_key(m: &mut Model, key: KeyEvent) -> Vec<Effect> {
    // A letter given to one of these in the settings is still typed into a text field.
    let global = m
        .keys
        .command(Ctx::Global, &key, typing(m) && m.overlay.is_none());
    if global == Some(Action::Quit) {
        m.quit = true;
        let mut effects = Vec::new();
        if let Screen::Assess(s) = &m.screen {
            effects.push(save(s, false));
        }
        effects.push(Effect::Quit);
        return effects;
    }
    if m.overlay.is_some() {
        return super::overlay::update(m, key);
    }
    match global {
        Some(Action::SwitchLanguage) => return switch_language(m),
        // ? is typed in a text field; F1 opens the help anywhere.
        Some(Action::Help) => {
            m.overlay = Some(Overlay::Help { scroll: 0 });
            return Vec::new();
        }
        _ => {}
    }
    // A new key press replaces the last notice, except a failed save, which stays.
    if m.notice.as_ref().is_some_and(|n| !n.error) {
        m.notice = None;
    }
    match &mut m.screen {
        Screen::Home(_) => home::update(m, key),
        Screen::Assessor(_) => assessor::update(m, key),
        Screen::Review(_) => review_mode::update(m, key),
        Screen::Log(_) => super::screens::log_form::update(m, key),
        Screen::Done(_) => match m.keys.action(Ctx::Done, &key) {
            Some(Action::Leave) => {
                m.quit = true;
                vec![Effect::Quit]
            }
            Some(Action::Back) => go_home(m),
            _ => Vec::new(),
        },
        Screen::Assess(s) => {
            let keys = m.keys.clone();
            // What every mode of the assessment shares; the mode's own keys are below.
            match keys.command(keys::assess_ctx(&s.mode), &key, s.typing()) {
                Some(Action::Save) => return vec![save(s, true)],
                Some(Action::Breakdown) => {
                    m.overlay = Some(Overlay::Breakdown { scroll: 0 });
                    return Vec::new();
                }
                Some(Action::Problems) => {
                    m.overlay = Some(Overlay::Problems { cursor: 0 });
                    return Vec::new();
                }
                // The evidence schools logged, while estimating tasks.
                Some(Action::ShowEvidence) => return vec![Effect::LoadEvidence],
                Some(Action::OwnReview) => {
                    s.open_own_review();
                    return vec![save(s, false)];
                }
                _ => {}
            }
            let before = s.a.draft.position.clone();
            let reply = s.update(key, &keys);
            // Where the person is counts as state too: resuming returns there.
            let moved = s.a.draft.position != before;
            text_cut_notice(m);
            let Screen::Assess(s) = &mut m.screen else {
                return Vec::new();
            };
            match reply {
                Reply::None if moved => vec![save(s, false)],
                Reply::None => Vec::new(),
                Reply::Changed => vec![save(s, false)],
                Reply::Home => go_home(m),
                Reply::Finalise => finalise(m),
                Reply::ConfirmDelete(row) => {
                    m.overlay = Some(Overlay::ConfirmDelete { row });
                    Vec::new()
                }
            }
        }
    }
}

/// English to Welsh or back, at once and in place; the choice is remembered. The draft
/// records the language it is being filled in, so it is saved too.
pub fn switch_language(m: &mut Model) -> Vec<Effect> {
    m.lang = match m.lang {
        Lang::En => Lang::Cy,
        Lang::Cy => Lang::En,
    };
    m.config.language = Some(m.lang);
    let mut effects = vec![Effect::SaveConfig(m.config.clone())];
    if let Screen::Assess(s) = &mut m.screen {
        s.a.draft.language = m.lang;
        // The problems and results are said in the draft's language.
        s.a.recompute();
        effects.push(save(s, false));
    }
    m.info(crate::t!(m.lang, "notice-language-switched"));
    effects
}

/// A run of letters: one insertion when the field in focus takes text, so a burst of keys
/// costs one re-check of the answers, not one a letter; otherwise key by key.
fn on_typed(m: &mut Model, keys: Vec<KeyEvent>) -> Vec<Effect> {
    if m.overlay.is_none()
        && let Screen::Assess(s) = &mut m.screen
        && s.typing()
    {
        let text: String = keys
            .iter()
            .filter_map(|k| match k.code {
                KeyCode::Char(c) => Some(c),
                _ => None,
            })
            .collect();
        if m.notice.as_ref().is_some_and(|n| !n.error) {
            m.notice = None;
        }
        if s.paste(&text) {
            let effects = vec![save(s, false)];
            text_cut_notice(m);
            return effects;
        }
    }
    keys.into_iter()
        .flat_map(|k| update(m, Msg::Key(k)))
        .collect()
}

/// Tell the person once when what they typed or pasted did not all fit.
fn text_cut_notice(m: &mut Model) {
    if let Screen::Assess(s) = &mut m.screen
        && let Some(max) = s.take_cut()
    {
        m.error(crate::t!(m.lang, "notice-text-cut", max = max));
    }
}

fn on_paste(m: &mut Model, text: &str) -> Vec<Effect> {
    match &mut m.screen {
        Screen::Assessor(form) => {
            assessor::paste(form, text);
            Vec::new()
        }
        Screen::Review(s) if m.overlay.is_none() => {
            if let review_mode::Page::Respond(r) = &mut s.page {
                super::screens::review_respond::paste(r, text);
            } else if s.searching {
                s.search.insert_str(&text.replace(['\r', '\n'], " "));
                s.refresh();
            }
            Vec::new()
        }
        Screen::Log(form) => {
            super::screens::log_form::paste(form, text);
            Vec::new()
        }
        Screen::Assess(s) if m.overlay.is_none() => {
            if s.paste(text) {
                let effects = vec![save(s, false)];
                text_cut_notice(m);
                effects
            } else {
                Vec::new()
            }
        }
        _ => Vec::new(),
    }
}

impl AssessScreen {
    /// Paste into the field in focus; false when nothing takes text.
    pub fn paste(&mut self, text: &str) -> bool {
        match &mut self.mode {
            Mode::Questions => {
                let Some(q) = self.current() else {
                    return false;
                };
                if inputs::typed(&q.kind) {
                    self.input.field.insert_str(text);
                    let typed = self.input.field.text().to_string();
                    self.a.set_typed(&q, &typed);
                    true
                } else {
                    false
                }
            }
            Mode::Tasks(t) => super::screens::tasks::paste(&mut self.a, t, text),
            Mode::OwnReview(_) => false,
        }
    }
}
