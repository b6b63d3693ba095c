//! `update`: every change to the model, and the effects it asks for. No I/O here.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind};

use super::app::apply;
use super::component::{Component, Reply};
use super::keymap::{Action, Ctx};
use super::model::{Confirm, Model, Overlay, Screen};
use super::msg::{Effect, Msg, ReviewMsg, SignTarget, Signing};
use super::screens::assess::{AssessScreen, Mode};
use super::screens::home;

/// What the runtime brought back for review mode, given to its screen.
pub fn review_msg(m: &mut Model, msg: ReviewMsg) -> Vec<Effect> {
    let (Screen::Review(s), ctx) = m.split() else {
        return Vec::new();
    };
    let reply = s.on_msg(msg, &ctx);
    apply(m, reply)
}

pub fn update(m: &mut Model, msg: Msg) -> Vec<Effect> {
    let before = super::read_only::snapshot(m);
    let effects = update_unguarded(m, msg);
    super::read_only::guard(m, before, effects)
}

fn update_unguarded(m: &mut Model, msg: Msg) -> Vec<Effect> {
    let effects = update_screen(m, msg);
    problem_count_now(m);
    effects
}

/// The status line's count of problems that stop finalising, brought up to date after
/// whatever just happened: said again with the new number, or gone once none are left.
fn problem_count_now(m: &mut Model) {
    if !m.notice.as_ref().is_some_and(|n| n.problems) {
        return;
    }
    let blocking = match &m.screen {
        Screen::Assess(s) => s.a.blocking().len(),
        _ => 0,
    };
    if blocking == 0 {
        m.notice = None;
        return;
    }
    let text = crate::t!(m.lang, "notice-blocking", count = blocking);
    if let Some(n) = &mut m.notice {
        n.text = text;
    }
}

/// Whether the terminal is smaller than the interface can be drawn in: only the
/// "please enlarge" message shows, so no key may reach a form the person cannot see.
fn too_small(m: &Model) -> bool {
    m.width < super::view::MIN_WIDTH || m.height < super::view::MIN_HEIGHT
}

// Long because it is the one match from each message to what it does.
fn update_screen(m: &mut Model, msg: Msg) -> Vec<Effect> {
    match msg {
        Msg::Resize(w, h) => {
            m.width = w;
            m.height = h;
            Vec::new()
        }
        // Quitting still works, as the message says; nothing else is typed unseen.
        Msg::Key(key) if too_small(m) => {
            let quit = key.kind == KeyEventKind::Press
                && m.keys.action(Ctx::Global, &key) == Some(Action::Quit);
            if quit { on_key(m, key) } else { Vec::new() }
        }
        Msg::Paste(_) | Msg::Typed(_) if too_small(m) => Vec::new(),
        Msg::Key(key) if key.kind == KeyEventKind::Press => on_key(m, key),
        Msg::Key(_) => Vec::new(),
        Msg::Mouse(event) => on_mouse(m, event),
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
        Msg::Opened(Ok(opened)) => open_assessment(m, *opened),
        Msg::Opened(Err(why)) => {
            m.error(format!("✗ {why}"));
            Vec::new()
        }
        Msg::Finalised(Ok(done)) => {
            // A protected key and no passphrase at hand: the record is saved; ask for it.
            m.overlay = (done.signing == Signing::NeedsPassphrase).then(|| Overlay::Passphrase {
                typed: Default::default(),
                target: SignTarget::Record {
                    id: done.id.clone(),
                    record: done.record.clone().into(),
                    summary: done.summary.clone().into(),
                },
                problem: None,
            });
            m.screen = Screen::Done(done);
            m.notice = None;
            Vec::new()
        }
        Msg::Revising(Ok(opened)) => {
            let effects = open_assessment(m, *opened);
            if let Some(old) = m.assessment().and_then(|a| a.draft.revises.clone()) {
                m.info(crate::t!(m.lang, "notice-revising", id = old.id.as_str()));
            }
            effects
        }
        Msg::RevisionBegun { draft, record } => {
            m.overlay = Some(Overlay::Confirm(Confirm::ResumeRevision { draft, record }));
            Vec::new()
        }
        Msg::Revising(Err(why)) => {
            m.error(crate::t!(m.lang, "review-tui-cannot-revise", why = why));
            Vec::new()
        }
        Msg::Signed(target, signing) => signed(m, target, signing),
        Msg::Finalised(Err(why)) => {
            m.error(crate::t!(m.lang, "notice-not-finalised", error = why));
            Vec::new()
        }
        Msg::Failed(why) => {
            m.error(format!("✗ {why}"));
            Vec::new()
        }
        Msg::Review(msg) => review_msg(m, msg),
        Msg::SyncStatus(_) | Msg::SyncStage(_) | Msg::Synced(_) => sync_msg(m, msg),
        Msg::Portfolio(loaded) => {
            if let Screen::Portfolio(s) = &mut m.screen {
                let (p, skipped) = *loaded;
                s.loaded(p, skipped);
            }
            Vec::new()
        }
        Msg::Titles(titles) => {
            if let Screen::Log(form) = &mut m.screen {
                form.policies = titles;
            }
            Vec::new()
        }
        Msg::Logged(result) => {
            let (Screen::Log(form), ctx) = m.split() else {
                return Vec::new();
            };
            let reply = super::screens::log_form::logged(form, result, &ctx);
            apply(m, reply)
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
            let last = home::items(&m.drafts, m.sync.is_shared()).len() - 1;
            if let Screen::Home(h) = &mut m.screen {
                h.cursor = h.cursor.min(last);
            }
            Vec::new()
        }
    }
}

/// A draft read (or made for a revision) opens in the assessment.
fn open_assessment(
    m: &mut Model,
    (mut a, dropped): (super::assessment::Assessment, Vec<String>),
) -> Vec<Effect> {
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
    let effects = vec![s.save(false)];
    m.screen = Screen::Assess(Box::new(s));
    m.overlay = None;
    effects
}

/// Signing with a typed passphrase came back: a failure asks again (Esc still skips);
/// otherwise the Done screen or the status line says how it went.
fn signed(m: &mut Model, target: SignTarget, signing: Signing) -> Vec<Effect> {
    if let Signing::Failed(why) = &signing {
        m.overlay = Some(Overlay::Passphrase {
            typed: Default::default(),
            target: target.clone(),
            problem: Some(why.clone()),
        });
    }
    match (&mut m.screen, &target) {
        (Screen::Done(d), SignTarget::Record { id, .. }) if d.id == *id => {
            d.signing = signing;
            m.notice = None;
        }
        (_, SignTarget::Response { .. }) => {
            if let Signing::By(fingerprint) = &signing {
                m.info(crate::t!(
                    m.lang,
                    "review-tui-response-signed",
                    fingerprint = fingerprint.as_str()
                ));
            } else {
                m.notice = None;
            }
        }
        _ => {}
    }
    Vec::new()
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

fn on_key(m: &mut Model, key: KeyEvent) -> Vec<Effect> {
    // A letter given to one of these in the settings is still typed into a text field.
    let global = m
        .keys
        .command(Ctx::Global, &key, typing(m) && m.overlay.is_none());
    if global == Some(Action::Quit) {
        m.quit = true;
        let mut effects = Vec::new();
        if let Screen::Assess(s) = &m.screen {
            effects.push(s.save(false));
        }
        effects.push(Effect::Quit);
        return effects;
    }
    if m.overlay.is_some() {
        return super::overlay::update(m, key);
    }
    match global {
        Some(Action::SwitchLanguage) => return super::app::switch_language(m),
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
    if let Screen::Assess(s) = &mut m.screen {
        // What every mode of the assessment shares; the mode's own keys are its own.
        match m.keys.command(s.mode.ctx(), &key, s.typing()) {
            Some(Action::Save) => return vec![s.save(true)],
            Some(Action::Breakdown) if s.a.q().is_survey() => {
                m.info(crate::t!(m.lang, "survey-nothing-to-score"));
                return Vec::new();
            }
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
                return vec![s.save(false)];
            }
            _ => {}
        }
    }
    let (screen, ctx) = m.split();
    let reply = screen.component().update(key, &ctx);
    apply(m, reply)
}

impl Screen {
    /// The screen shown, as the component it is.
    pub fn component(&mut self) -> &mut dyn Component {
        match self {
            Screen::Home(h) => h,
            Screen::Assessor(form) => form,
            Screen::Assess(s) => s.as_mut(),
            Screen::Done(d) => d,
            Screen::Review(s) => s.as_mut(),
            Screen::Log(form) => form.as_mut(),
            Screen::Portfolio(p) => p.as_mut(),
        }
    }

    /// The screen shown, to be drawn.
    pub fn shown(&self) -> &dyn Component {
        match self {
            Screen::Home(h) => h,
            Screen::Assessor(form) => form,
            Screen::Assess(s) => s.as_ref(),
            Screen::Done(d) => d,
            Screen::Review(s) => s.as_ref(),
            Screen::Log(form) => form.as_ref(),
            Screen::Portfolio(p) => p.as_ref(),
        }
    }
}

/// A run of letters: one insertion when the field in focus takes text, so a burst of keys
/// costs one re-check of the answers, not one a letter; otherwise key by key.
fn on_typed(m: &mut Model, keys: Vec<KeyEvent>) -> Vec<Effect> {
    if m.overlay.is_none() && matches!(&m.screen, Screen::Assess(s) if s.typing()) {
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
        let (Screen::Assess(s), ctx) = m.split() else {
            return Vec::new();
        };
        if s.paste_text(&text) {
            let mut reply = Reply::effect(s.save(false));
            s.cut_notice(&mut reply, ctx.lang);
            return apply(m, reply);
        }
    }
    keys.into_iter()
        .flat_map(|k| update(m, Msg::Key(k)))
        .collect()
}

fn on_paste(m: &mut Model, text: &str) -> Vec<Effect> {
    if super::overlay::paste(m, text) {
        return Vec::new();
    }
    let covered = m.overlay.is_some();
    let (screen, ctx) = m.split();
    let reply = match screen {
        // Windows open only over these; the forms take a paste whatever is open.
        Screen::Review(_) | Screen::Assess(_) if covered => return Vec::new(),
        Screen::Home(_) | Screen::Done(_) => return Vec::new(),
        screen => screen.component().paste(text, &ctx),
    };
    apply(m, reply)
}

fn sync_msg(m: &mut Model, msg: Msg) -> Vec<Effect> {
    match msg {
        Msg::SyncStatus(sharing) => m.sync.sharing = sharing,
        Msg::SyncStage(stage) => m.sync.running = Some(stage),
        Msg::Synced(result) => return synced(m, result),
        _ => {}
    }
    Vec::new()
}

/// Say what a sync moved; a record that arrived flagged is said as a failure, since it
/// must not be relied on.
fn synced(m: &mut Model, result: Result<Box<super::msg::Synced>, String>) -> Vec<Effect> {
    m.sync.running = None;
    m.sync.quit_asked = false;
    match result {
        Ok(done) if !done.flagged.is_empty() => {
            let text = crate::t!(
                m.lang,
                "home-sync-flagged",
                count = done.flagged.len(),
                first = done.flagged[0].as_str(),
                moved = done.moved.as_str()
            );
            m.error(text);
        }
        Ok(done) if !done.held.is_empty() => {
            let text = crate::t!(
                m.lang,
                "home-sync-held",
                count = done.held.len(),
                first = done.held[0].as_str(),
                moved = done.moved.as_str()
            );
            m.error(text);
        }
        Ok(done) => m.info(done.moved),
        Err(why) => m.error(why),
    }
    // What arrived may include drafts' records; the list of drafts is read again.
    vec![Effect::ListDrafts]
}

/// The wheel moves as the arrow keys do, wherever they move (a list, a window's text); a
/// left click goes to the screen, which knows what is drawn where. A window open over
/// the screen takes the wheel, and a click outside it does nothing.
fn on_mouse(m: &mut Model, event: ratatui::crossterm::event::MouseEvent) -> Vec<Effect> {
    use ratatui::crossterm::event::{KeyModifiers, MouseButton, MouseEventKind};
    match event.kind {
        MouseEventKind::ScrollUp => on_key(m, KeyEvent::new(KeyCode::Up, KeyModifiers::NONE)),
        MouseEventKind::ScrollDown => on_key(m, KeyEvent::new(KeyCode::Down, KeyModifiers::NONE)),
        MouseEventKind::Down(MouseButton::Left) if m.overlay.is_none() => {
            let Some(area) = super::view::body_area(m) else {
                return Vec::new();
            };
            if !area.contains(ratatui::layout::Position::new(event.column, event.row)) {
                return Vec::new();
            }
            if m.notice.as_ref().is_some_and(|n| !n.error) {
                m.notice = None;
            }
            let (screen, ctx) = m.split();
            let reply = screen.component().click(event, area, &ctx);
            apply(m, reply)
        }
        _ => Vec::new(),
    }
}
