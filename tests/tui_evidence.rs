//! The evidence form (`wia log`) and the evidence overlay in the task editor: keys,
//! effects, and the screens drawn at 80 x 24, 120 x 40 and 60 x 16.

mod common;

use common::tui::*;
use ratatui::crossterm::event::KeyCode;
use wia::config::Config;
use wia::evidence::Entry;
use wia::i18n::Lang;
use wia::tui::model::{Overlay, Screen};
use wia::tui::{Effect, Model, Msg, update};

const SIZES: [(u16, u16); 3] = [(80, 24), (120, 40), (60, 16)];

fn snap(name: &str, m: &Model) {
    for (w, h) in SIZES {
        insta::assert_snapshot!(format!("{name}_{w}x{h}"), render(m, w, h));
    }
}

/// The home screen, on 25 November 2026, with a school remembered or not.
fn home(remembered: bool) -> Model {
    let mut m = model();
    m.today = "2026-11-25".parse().unwrap();
    if remembered {
        m.config = Config {
            school: Some("Ysgol Gynradd Aberdâr".into()),
            local_authority: Some("rhondda_cynon_taf".into()),
            ..Config::default()
        };
    }
    m
}

fn form(m: &Model) -> &wia::tui::screens::log_form::LogForm {
    match &m.screen {
        Screen::Log(f) => f,
        _ => panic!("not on the evidence form"),
    }
}

fn open_form(remembered: bool) -> Model {
    let mut m = home(remembered);
    let effects = press(&mut m, KeyCode::Char('l'));
    assert!(matches!(effects[..], [Effect::ListTitles]), "{effects:?}");
    m
}

#[test]
fn l_on_the_home_screen_opens_the_form_with_the_remembered_school() {
    let m = open_form(true);
    let f = form(&m);
    assert_eq!(f.date.text(), "2026-11-25");
    assert_eq!(f.school.text(), "Ysgol Gynradd Aberdâr");
    // The school and authority are known, so the cursor starts on the cause.
    assert_eq!(f.focus, 3);
    let fresh = open_form(false);
    assert_eq!(form(&fresh).focus, 1);
    assert_eq!(form(&fresh).school.text(), "");
}

#[test]
fn an_entry_typed_in_the_form_is_logged_and_the_form_clears_for_the_next() {
    let mut m = open_form(true);
    // Cause: "m" jumps to Meetings.
    press(&mut m, KeyCode::Char('m'));
    press(&mut m, KeyCode::Tab);
    type_text(&mut m, "Termly IDP review");
    press(&mut m, KeyCode::Tab);
    // Roles: tick teachers and ALNCos.
    press(&mut m, KeyCode::Char(' '));
    press(&mut m, KeyCode::Char('3'));
    press(&mut m, KeyCode::Tab);
    type_text(&mut m, "4");
    press(&mut m, KeyCode::Tab);
    type_text(&mut m, "1.5");
    press(&mut m, KeyCode::Tab);
    // How often: → from nothing is the first (one-off), → again every school week.
    press(&mut m, KeyCode::Right);
    press(&mut m, KeyCode::Right);
    press(&mut m, KeyCode::Tab);
    type_text(&mut m, "Briefing on the new termly return");
    snap("log_form_filled", &m);
    let effects = ctrl(&mut m, 's');
    let Some(Effect::LogEvidence(fields)) = effects.first() else {
        panic!("{effects:?}")
    };
    assert_eq!(fields.cause, "meetings");
    assert_eq!(fields.authority, "rhondda_cynon_taf");
    assert_eq!(fields.roles, ["teacher", "alnco"]);
    assert_eq!((fields.staff, fields.hours), (4, 1.5));
    assert_eq!(fields.frequency, "per_week");
    assert_eq!(fields.policy.as_deref(), Some("Termly IDP review"));
    assert_eq!(fields.date.to_string(), "2026-11-25");
    // Nothing new to remember: no settings save.
    assert_eq!(effects.len(), 1);
    // A second press while the append is under way logs nothing twice.
    assert!(ctrl(&mut m, 's').is_empty());

    update(&mut m, Msg::Logged(Ok("0123456789".into())));
    let f = form(&m);
    assert_eq!(f.logged, 1);
    assert_eq!(f.cause, None);
    assert_eq!(f.staff.text(), "");
    assert_eq!(f.school.text(), "Ysgol Gynradd Aberdâr");
    assert_eq!(f.focus, 3);
    assert!(m.notice.as_ref().unwrap().text.contains("0123456789"));
    snap("log_form_after_logging", &m);
}

#[test]
fn a_bad_entry_is_refused_in_the_form_naming_each_field_and_nothing_is_appended() {
    let mut m = open_form(false);
    type_text(&mut m, "Ysgol Uwchradd");
    press(&mut m, KeyCode::Up);
    // Date: clear it and type one in the future.
    for _ in 0..10 {
        press(&mut m, KeyCode::Backspace);
    }
    type_text(&mut m, "2027-01-01");
    for _ in 0..7 {
        press(&mut m, KeyCode::Tab);
    }
    type_text(&mut m, "30");
    let effects = ctrl(&mut m, 's');
    assert!(effects.is_empty(), "{effects:?}");
    let f = form(&m);
    let fields: Vec<&str> = f.problems.iter().map(|p| p.field().name()).collect();
    assert_eq!(
        fields,
        [
            "date",
            "authority",
            "cause",
            "roles",
            "frequency",
            "staff",
            "hours"
        ]
    );
    // The cursor goes to the first problem, whose message shows under the fields.
    assert_eq!(f.focus, 0);
    let notice = &m.notice.as_ref().unwrap().text;
    assert!(notice.contains("7 problems"), "{notice}");
    snap("log_form_refused", &m);
    // Editing a field clears its mark.
    press(&mut m, KeyCode::Backspace);
    assert!(!form(&m).problems.iter().any(|p| p.field().name() == "date"));
}

#[test]
fn a_new_school_is_remembered_when_the_entry_is_logged() {
    let mut m = open_form(false);
    type_text(&mut m, "Ysgol Newydd");
    press(&mut m, KeyCode::Tab);
    // Each letter goes to the next authority whose name starts with it.
    type_text(&mut m, "ccc");
    let f = form(&m);
    let c = wia::evidence::Catalogue::bundled();
    let chosen = &c.authorities[f.authority.unwrap()].id;
    assert_eq!(chosen, "carmarthenshire");
    press(&mut m, KeyCode::Tab);
    press(&mut m, KeyCode::Char('g')); // Grant applications
    for _ in 0..2 {
        press(&mut m, KeyCode::Tab);
    }
    press(&mut m, KeyCode::Char('5'));
    press(&mut m, KeyCode::Tab);
    type_text(&mut m, "1");
    press(&mut m, KeyCode::Tab);
    type_text(&mut m, "6");
    press(&mut m, KeyCode::Tab);
    press(&mut m, KeyCode::Left); // every year
    press(&mut m, KeyCode::Tab);
    press(&mut m, KeyCode::Tab);
    let effects = press(&mut m, KeyCode::Enter);
    assert_eq!(effects.len(), 2, "{effects:?}");
    let Effect::SaveConfig(config) = &effects[1] else {
        panic!("{effects:?}")
    };
    assert_eq!(config.school.as_deref(), Some("Ysgol Newydd"));
    assert_eq!(config.local_authority.as_deref(), Some(chosen.as_str()));
    let Effect::LogEvidence(fields) = &effects[0] else {
        panic!()
    };
    assert_eq!(fields.cause, "grants");
    assert_eq!(fields.roles, ["business_manager"]);
    assert_eq!(fields.frequency, "per_year");
}

#[test]
fn page_down_on_the_policy_picks_the_titles_of_saved_assessments() {
    let mut m = open_form(true);
    update(
        &mut m,
        Msg::Titles(vec!["ALN reform".into(), "Termly IDP review".into()]),
    );
    press(&mut m, KeyCode::Tab);
    press(&mut m, KeyCode::PageDown);
    assert_eq!(form(&m).policy.text(), "ALN reform");
    press(&mut m, KeyCode::PageDown);
    assert_eq!(form(&m).policy.text(), "Termly IDP review");
    press(&mut m, KeyCode::PageDown);
    assert_eq!(form(&m).policy.text(), "ALN reform");
    press(&mut m, KeyCode::PageUp);
    assert_eq!(form(&m).policy.text(), "Termly IDP review");
}

#[test]
fn esc_with_an_entry_half_typed_asks_before_leaving() {
    let mut m = open_form(true);
    press(&mut m, KeyCode::Char('m'));
    press(&mut m, KeyCode::Esc);
    assert!(matches!(m.screen, Screen::Log(_)), "still on the form");
    assert!(m.notice.as_ref().unwrap().text.contains("not logged yet"));
    // Any other key cancels leaving; then two Escs leave.
    press(&mut m, KeyCode::Tab);
    press(&mut m, KeyCode::Esc);
    assert!(matches!(m.screen, Screen::Log(_)));
    let effects = press(&mut m, KeyCode::Esc);
    assert!(matches!(m.screen, Screen::Home(_)));
    assert!(matches!(
        effects[..],
        [Effect::ListDrafts, Effect::SyncStatus]
    ));
    // A form with nothing typed for this entry leaves at once.
    let mut m = open_form(true);
    press(&mut m, KeyCode::Esc);
    assert!(matches!(m.screen, Screen::Home(_)));
}

#[test]
fn the_form_speaks_welsh() {
    let mut m = open_form(true);
    m.lang = Lang::Cy;
    snap("log_form_welsh", &m);
}

fn logged(cause: &str, policy: Option<&str>, hours: f64, frequency: &str) -> Entry {
    Entry {
        id: "e".into(),
        created: "2026-11-25T10:00:00+00:00".parse().unwrap(),
        date: "2026-11-20".parse().unwrap(),
        school: "Ysgol".into(),
        authority: "cardiff".into(),
        cause: cause.into(),
        policy: policy.map(str::to_string),
        roles: vec!["alnco".into()],
        staff: 1,
        hours,
        frequency: frequency.into(),
        description: String::new(),
    }
}

#[test]
fn f6_in_the_task_editor_shows_the_evidence_for_the_policy_and_each_cause() {
    let mut m = at_tasks();
    let effects = press(&mut m, KeyCode::F(6));
    assert!(matches!(effects[..], [Effect::LoadEvidence]), "{effects:?}");
    let title = m.assessment().unwrap().title().unwrap();
    let entries = vec![
        logged(
            "aln_paperwork",
            Some(&format!("  {} ", title.to_uppercase())),
            2.0,
            "per_term",
        ),
        logged("aln_paperwork", None, 3.0, "per_term"),
        logged("aln_paperwork", None, 0.5, "per_week"),
        logged("meetings", None, 1.0, "per_week"),
    ];
    update(&mut m, Msg::Evidence(Ok(Box::new((entries, 1)))));
    let Some(Overlay::Evidence { view, .. }) = &m.overlay else {
        panic!("{:?}", m.overlay)
    };
    let policy = view.for_policy.as_ref().expect("matches ignoring case");
    assert_eq!((policy.spread.entries, policy.spread.median), (1, 2.0));
    // The first task mentions an IDP, parents and a meeting; ALN paperwork comes first
    // in the list of causes, so it wins the tie and is listed first.
    let (task, matched) = view.task.as_ref().unwrap();
    assert!(
        task.starts_with("Hold a termly person-centred review"),
        "{task}"
    );
    assert_eq!(matched.as_deref(), Some("aln_paperwork"));
    let aln = &view.causes[0];
    assert_eq!(aln.cause, "aln_paperwork");
    // 0.5, 2 and 3 hours: median 2, range 0.5 to 3, mostly termly.
    assert_eq!(
        (
            aln.spread.entries,
            aln.spread.median,
            aln.spread.min,
            aln.spread.max
        ),
        (3, 2.0, 0.5, 3.0)
    );
    assert_eq!(aln.usual_frequency, "per_term");
    snap("evidence_overlay", &m);
    press(&mut m, KeyCode::Esc);
    assert!(m.overlay.is_none());
}

#[test]
fn enter_in_the_overlay_cites_the_evidence_in_the_assessment() {
    let mut m = at_tasks();
    m.today = "2026-11-25".parse().unwrap();
    let entries = vec![
        logged("aln_paperwork", None, 3.0, "per_term"),
        logged("aln_paperwork", None, 0.5, "per_term"),
        logged("meetings", None, 1.0, "per_week"),
    ];
    update(&mut m, Msg::Evidence(Ok(Box::new((entries, 0)))));
    // No entry names this policy, so the first row is the first cause.
    press(&mut m, KeyCode::Down);
    let Some(Overlay::Evidence { cursor, .. }) = &m.overlay else {
        panic!()
    };
    assert_eq!(*cursor, 1);
    press(&mut m, KeyCode::Up);
    let effects = press(&mut m, KeyCode::Enter);
    assert_eq!(saves(&effects), 1, "{effects:?}");
    assert!(m.overlay.is_none());
    let a = m.assessment().unwrap();
    let Some(wia::answers::Answer::Text(assumptions)) = a.answer("estimate_assumptions") else {
        panic!()
    };
    let assumptions = assumptions.clone();
    assert!(
        assumptions.ends_with(
            "\n[wia 2026-11-25] Evidence log, ALN paperwork and IDPs: 2 entries: median 1.75 h \
             (105 minutes), range 0.50 to 3.00 h; mostly every term."
        ),
        "{assumptions}"
    );
    let Some(wia::answers::Answer::Choices(basis)) = a.answer("estimate_basis") else {
        panic!()
    };
    assert!(basis.iter().any(|c| c.value == "headteacher_evidence"));
    assert!(m.notice.as_ref().unwrap().text.starts_with("✓ Cited"));
    // Citing the same figures twice adds nothing.
    update(
        &mut m,
        Msg::Evidence(Ok(Box::new((
            vec![
                logged("aln_paperwork", None, 3.0, "per_term"),
                logged("aln_paperwork", None, 0.5, "per_term"),
            ],
            0,
        )))),
    );
    assert!(press(&mut m, KeyCode::Enter).is_empty());
    let Some(wia::answers::Answer::Text(again)) =
        m.assessment().unwrap().answer("estimate_assumptions")
    else {
        panic!()
    };
    assert_eq!(*again, assumptions);

    // The summary of the assessment cites it, in both of its forms.
    let a = m.assessment().unwrap();
    let file = a.to_draft().answers_file();
    let now = "2026-11-25T12:00:00+00:00".parse().unwrap();
    let built = wia::record::build_record(
        a.q(),
        &file,
        wia::record::BuildOptions {
            status: wia::record::Status::Final,
            id: "c1c1c1c1c1".into(),
            now,
            questionnaire_sha256: a.source.sha256.clone(),
        },
        wia::i18n::Lang::En,
    )
    .unwrap();
    let summary = wia::report::summary(a.q(), &built.record, &built.results, Lang::En);
    assert!(
        summary.contains(
            "## Evidence from schools\n\n- [wia 2026-11-25] Evidence log, ALN paperwork and IDPs: 2 entries"
        ),
        "{summary}"
    );
    let both = wia::report::bilingual(a.q(), &built.record, &built.results);
    assert!(
        both.contains("## Tystiolaeth gan ysgolion / Evidence from schools\n\n- [wia 2026-11-25]"),
        "{both}"
    );
}

/// The worked example, in its task list.
fn at_tasks() -> Model {
    let mut m = assessing(example_answers());
    let Screen::Assess(s) = &mut m.screen else {
        panic!()
    };
    assert!(s.go_to("tasks"));
    press(&mut m, KeyCode::Enter);
    m
}
