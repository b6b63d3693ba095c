//! What only the application does for its screens: carry out a `Reply` (say its notice,
//! go where it asks, open a window), and the moves between screens that change more than
//! one screen's state.

use super::component::{Note, Reply, Request};
use super::model::{AssessorForm, Home, Model, Overlay, Screen};
use super::msg::{Effect, ReviewEffect};
use super::widgets::score_panel::rating_label;
use super::widgets::text_field::TextField;
use crate::i18n::Lang;

/// A new assessment: the form asking who assesses, with the questionnaire's title and
/// description; or, for an anonymous response, which asks for no name, a start at once.
pub fn new_assessment(m: &mut Model) -> Vec<Effect> {
    m.notice = None;
    if m.source.questionnaire.anonymous {
        return vec![Effect::Start {
            name: String::new(),
            organisation: String::new(),
        }];
    }
    let mut form = AssessorForm::new(&m.config);
    let q = &m.source.questionnaire;
    form.about = Some((q.title.clone(), q.description.clone()));
    m.screen = Screen::Assessor(form);
    Vec::new()
}

/// Do what a screen's reply asks: say its notice, then its request, after its effects.
pub fn apply(m: &mut Model, reply: Reply) -> Vec<Effect> {
    match reply.notice {
        None => {}
        Some(Note::Info(text)) => m.info(text),
        Some(Note::Error(text)) => m.error(text),
        Some(Note::Clear) => m.notice = None,
        Some(Note::ClearError) if m.notice.as_ref().is_some_and(|n| n.error) => m.notice = None,
        Some(Note::ClearError) => {}
    }
    let mut effects = reply.effects;
    match reply.request {
        None => {}
        Some(Request::Home) => effects.extend(go_home(m)),
        Some(Request::NewAssessment) => effects.extend(new_assessment(m)),
        Some(Request::Review) => effects.extend(enter_review(m)),
        Some(Request::Portfolio) => {
            m.screen = Screen::Portfolio(Box::default());
            m.overlay = None;
            m.notice = None;
            effects.push(Effect::Portfolio);
        }
        Some(Request::LogEvidence) => {
            start_log(m);
            effects.push(Effect::ListTitles);
        }
        Some(Request::SwitchLanguage) => effects.extend(switch_language(m)),
        Some(Request::Quit) if m.sync.running.is_some() && !m.sync.quit_asked => {
            // Leaving mid-sync loses nothing (the next sync finishes it), but says so.
            m.sync.quit_asked = true;
            m.info(crate::t!(m.lang, "home-sync-quit-while-running"));
        }
        Some(Request::Quit) => {
            m.quit = true;
            effects.push(Effect::Quit);
        }
        Some(Request::Sync) => effects.extend(start_sync(m)),
        Some(Request::Finalise) => effects.extend(finalise(m)),
        Some(Request::ConfirmDelete(row)) => m.overlay = Some(Overlay::ConfirmDelete { row }),
        Some(Request::Settings(config)) => m.config = *config,
        Some(Request::AskPassphrase(target)) => {
            m.overlay = Some(Overlay::Passphrase {
                typed: Default::default(),
                target,
                problem: None,
            })
        }
    }
    effects
}

/// Open review mode: an empty table while the list loads.
pub fn enter_review(m: &mut Model) -> Vec<Effect> {
    m.screen = Screen::Review(Box::default());
    m.overlay = None;
    m.notice = None;
    vec![Effect::Review(ReviewEffect::Load)]
}

/// Open the evidence form (from the home screen, or `wia log`).
pub fn start_log(m: &mut Model) {
    let form = super::screens::log_form::open(&m.context());
    m.screen = Screen::Log(Box::new(form));
    m.notice = None;
}

pub fn go_home(m: &mut Model) -> Vec<Effect> {
    let mut effects = Vec::new();
    if let Screen::Assess(s) = &m.screen {
        effects.push(s.save(false));
        m.info(crate::t!(m.lang, "notice-draft-kept"));
    }
    m.screen = Screen::Home(Home::default());
    m.overlay = None;
    effects.push(Effect::ListDrafts);
    effects.push(Effect::SyncStatus);
    effects
}

/// Sync now, unless a sync is already under way or the folder is not shared.
pub fn start_sync(m: &mut Model) -> Vec<Effect> {
    use super::sharing::Sharing;
    if m.sync.running.is_some() {
        m.info(crate::t!(m.lang, "home-sync-already"));
        return Vec::new();
    }
    match &m.sync.sharing {
        Sharing::NotShared => {
            let text = crate::t!(m.lang, "home-sync-not-shared-how");
            m.error(text);
            Vec::new()
        }
        Sharing::NoGit => {
            m.error(crate::t!(m.lang, "cli-sync-no-git"));
            Vec::new()
        }
        // Unknown or failed: the sync itself says what is wrong, or works.
        _ => {
            m.sync.running = Some(crate::sync::Stage::Waiting);
            m.sync.quit_asked = false;
            m.notice = None;
            vec![Effect::Sync]
        }
    }
}

pub fn finalise(m: &mut Model) -> Vec<Effect> {
    let Screen::Assess(s) = &m.screen else {
        return Vec::new();
    };
    let blocking = s.a.blocking().len();
    if blocking > 0 {
        m.overlay = Some(Overlay::Problems { cursor: 0 });
        m.error(crate::t!(m.lang, "notice-blocking", count = blocking));
        if let Some(n) = &mut m.notice {
            n.problems = true;
        }
        return Vec::new();
    }
    // A final record can never be edited: ask before making one.
    m.overlay = Some(Overlay::Confirm(super::model::Confirm::Finalise));
    Vec::new()
}

/// Finalise once the person has said yes: a revision still says why first.
pub fn finalise_confirmed(m: &mut Model) -> Vec<Effect> {
    let Screen::Assess(s) = &m.screen else {
        return Vec::new();
    };
    if s.a.draft.revises.is_some() {
        // A revision says why, as `wia new --reason` does; asked each time, never kept.
        let field = TextField::new("", false).with_limit(crate::record::MAX_REASON_CHARS);
        m.overlay = Some(Overlay::Reason {
            field,
            problem: None,
        });
        return vec![s.save(false)];
    }
    finalise_now(m, None)
}

/// Finalise with the reason given (a revision's), the checks done.
pub fn finalise_now(m: &mut Model, reason: Option<String>) -> Vec<Effect> {
    let Screen::Assess(s) = &mut m.screen else {
        return Vec::new();
    };
    s.a.reason = reason;
    let effects = vec![s.save(false), Effect::Finalise(Box::new(s.a.clone()))];
    let text = if s.a.q().is_survey() {
        crate::t!(m.lang, "survey-notice-saving")
    } else {
        crate::t!(m.lang, "notice-finalising", rating = rating_label(&s.a))
    };
    m.info(text);
    effects
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
        effects.push(s.save(false));
    }
    m.info(crate::t!(m.lang, "notice-language-switched"));
    effects
}
