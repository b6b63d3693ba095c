//! A draft another wia process holds is shown read-only: it can be looked through, but no
//! save or finalise leaves `update`, and an edit is undone at once rather than shown as
//! if it were kept. Kept apart from `update` so that the rule is in one place.

use super::assessment::Assessment;
use super::model::{Model, Screen};
use super::msg::Effect;
use super::screens::assess::AssessScreen;

/// The screen before a message, when it shows a draft another process holds.
pub fn snapshot(m: &Model) -> Option<Box<AssessScreen>> {
    match &m.screen {
        Screen::Assess(s) if s.a.read_only.is_some() => Some(s.clone()),
        _ => None,
    }
}

/// Drop the writes a read-only draft must not make, undo an edit, and say why.
pub fn guard(
    m: &mut Model,
    before: Option<Box<AssessScreen>>,
    effects: Vec<Effect>,
) -> Vec<Effect> {
    let Screen::Assess(s) = &mut m.screen else {
        return effects;
    };
    let Some(held) = s.a.read_only.clone() else {
        return effects;
    };
    // Just opened: say so before anything is tried.
    let mut tell = before.is_none();
    let kept = effects
        .into_iter()
        .filter(|e| match e {
            Effect::SaveDraft { manual, .. } => {
                tell |= *manual;
                false
            }
            Effect::Finalise(_) => {
                tell = true;
                false
            }
            _ => true,
        })
        .collect();
    if let Some(before) = before
        && before.a.draft.id == s.a.draft.id
        && edited(&before, s)
    {
        **s = *before;
        tell = true;
    }
    if tell {
        let unknown = crate::t!(m.lang, "draft-held-unknown");
        let or = |s: &str| {
            if s.is_empty() {
                unknown.clone()
            } else {
                s.to_string()
            }
        };
        m.error(crate::t!(
            m.lang,
            "notice-read-only",
            user = or(&held.user),
            host = or(&held.host),
            since = or(&held.since)
        ));
    }
    kept
}

/// Whether anything that a save would write, or that is typed towards it, changed.
fn edited(before: &AssessScreen, after: &AssessScreen) -> bool {
    let content = |a: &Assessment| {
        let d = a.to_draft();
        (d.answers, d.headcounts, d.assessor)
    };
    // Text being typed counts, on the same question; moving on loads another's text.
    let same_place = before.a.draft.position == after.a.draft.position;
    (same_place
        && (before.input.field != after.input.field || before.input.other != after.input.other))
        || content(&before.a) != content(&after.a)
}
