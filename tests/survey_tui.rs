//! A survey in the interface: no assessor form for an anonymous one (and the remembered
//! name neither used nor changed), no score panel (the questions take the width), a done
//! screen without a rating, and nothing written that names the person or the machine.

mod common;

use std::path::Path;

use common::tui::*;
use ratatui::crossterm::event::KeyCode;
use serde_yaml::Mapping;
use wia::config::Config;
use wia::i18n::Lang;
use wia::store::DataDir;
use wia::tui::assessment::{Assessment, Source};
use wia::tui::model::{Screen, Theme};
use wia::tui::{Effect, Model, Msg, app, update};

const SURVEY: &str = "tests/fixtures/survey/school-leaders.yaml";
const NAME: &str = "Siân Ŵyn-Prydderch";

fn survey() -> Source {
    wia::tui::runtime::source(Some(Path::new(SURVEY)), "", Lang::En).expect("survey loads")
}

/// The interface on the survey, with an assessor remembered from earlier assessments.
fn survey_model(lang: Lang) -> Model {
    let config = Config {
        assessor_name: Some(NAME.into()),
        assessor_organisation: Some("Ysgol Gymraeg".into()),
        ..Config::default()
    };
    let mut m = Model::new(survey(), config, Vec::new(), "/data".into(), lang);
    m.theme = Theme { color: false };
    m
}

fn answers() -> Mapping {
    let text = "role: alnco\nphases: [primary]\nready: {guidance: 3, training: 2}\nhours: 6\n";
    serde_yaml::from_str(text).unwrap()
}

fn answering(lang: Lang) -> Model {
    let mut m = survey_model(lang);
    let mut d = draft(answers());
    d.questionnaire = "aln-readiness".into();
    d.assessor = Default::default();
    let (a, dropped) = Assessment::from_draft(survey(), d, lang);
    assert!(dropped.is_empty(), "{dropped:?}");
    update(&mut m, Msg::Opened(Ok(Box::new((a, Vec::new())))));
    m
}

#[test]
fn an_anonymous_survey_starts_without_asking_a_name_and_remembers_none() {
    let mut m = survey_model(Lang::En);
    let effects = press(&mut m, KeyCode::Enter);
    assert!(
        !matches!(m.screen, Screen::Assessor(_)),
        "the assessor form is not shown"
    );
    assert!(
        effects.iter().any(|e| matches!(
            e,
            Effect::Start { name, organisation } if name.is_empty() && organisation.is_empty()
        )),
        "{effects:?}"
    );
    assert!(
        !effects.iter().any(|e| matches!(e, Effect::SaveConfig(_))),
        "the remembered assessor is not touched: {effects:?}"
    );
    assert_eq!(m.config.assessor_name.as_deref(), Some(NAME));
}

#[test]
fn a_survey_has_no_score_panel_and_its_questions_take_the_width() {
    for lang in [Lang::En, Lang::Cy] {
        let mut m = answering(lang);
        for (w, h) in [(80, 24), (100, 30)] {
            let screen = render(&m, w, h);
            for panel_word in ["Score", "Sgôr", "task rows", "Rating", "h/week"] {
                assert!(
                    !screen.contains(panel_word),
                    "{panel_word} at {w}x{h} {lang:?}\n{screen}"
                );
            }
            insta::assert_snapshot!(format!("survey_question_{lang:?}_{w}x{h}"), screen);
        }
        // The breakdown of figures there are none of: said, not opened.
        ctrl(&mut m, 'b');
        assert!(m.overlay.is_none());
        let said = m
            .notice
            .as_ref()
            .map(|n| n.text.clone())
            .unwrap_or_default();
        let expected = match lang {
            Lang::En => "This is a survey",
            Lang::Cy => "Arolwg yw hwn",
        };
        assert!(said.contains(expected), "{said}");
    }
}

fn host_name() -> String {
    std::fs::read_to_string("/proc/sys/kernel/hostname")
        .or_else(|_| std::fs::read_to_string("/etc/hostname"))
        .map(|s| s.trim().to_string())
        .or_else(|_| std::env::var("COMPUTERNAME"))
        .unwrap_or_default()
}

fn every_file(dir: &Path, out: &mut Vec<(std::path::PathBuf, String)>) {
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            every_file(&p, out);
        } else {
            let text = String::from_utf8_lossy(&std::fs::read(&p).unwrap()).into_owned();
            out.push((p, text));
        }
    }
}

fn assert_names_nobody(dir: &Path) {
    let mut files = Vec::new();
    every_file(dir, &mut files);
    let host = host_name();
    let user = std::env::var("USER").unwrap_or_default();
    for (path, text) in &files {
        assert!(!text.contains(NAME), "{} names the person", path.display());
        if !host.is_empty() {
            assert!(
                !text.contains(&host),
                "{} names the machine",
                path.display()
            );
        }
        // Only a name long enough not to turn up by chance in a digest or an id.
        if user.len() >= 4 {
            assert!(!text.contains(&user), "{} names the user", path.display());
        }
    }
}

#[test]
fn an_anonymous_response_from_the_interface_names_nobody_from_draft_to_record() {
    let dir = tempfile::tempdir().unwrap();
    let data = DataDir::new(dir.path());
    let mut m = survey_model(Lang::En);
    // As the runtime does for `Effect::Start`, with what the form would have held.
    let started = wia::tui::runtime::start(
        &data,
        &m.source,
        Some(std::fs::canonicalize(SURVEY).unwrap()),
        NAME.into(),
        "Ysgol Gymraeg".into(),
        Lang::En,
    );
    let mut d = started.to_draft();
    assert!(d.assessor.is_blank(), "{:?}", d.assessor);
    d.answers = answers();
    wia::store::save_draft(&data, &d, Lang::En).unwrap();
    assert_names_nobody(dir.path());
    // With no policy title, the home screen knows the draft by its survey's title.
    for (lang, title) in [
        (Lang::En, "ALN readiness survey"),
        (Lang::Cy, "Arolwg parodrwydd ADY"),
    ] {
        let listed = wia::store::list_drafts(&data, lang);
        assert_eq!(listed[0].title.as_deref(), Some(title), "{listed:?}");
    }
    let (a, _) = Assessment::from_draft(survey(), d, Lang::En);
    update(&mut m, Msg::Opened(Ok(Box::new((a, Vec::new())))));

    app::finalise(&mut m);
    let effects = app::finalise_confirmed(&mut m);
    let a = effects
        .iter()
        .find_map(|e| match e {
            Effect::Finalise(a) => Some(a.clone()),
            _ => None,
        })
        .expect("finalised");
    let done = wia::tui::runtime::finalise(&data, &a).expect("saved");
    assert_eq!(done.signing, wia::tui::msg::Signing::Anonymous);
    let record = std::fs::read_to_string(&done.record).unwrap();
    assert!(!record.contains("assessor"), "{record}");
    assert!(!record.contains("results:"), "{record}");
    wia::store::release_all_drafts();
    assert_names_nobody(dir.path());

    update(&mut m, Msg::Finalised(Ok(done.clone())));
    let mut shown = done;
    // The paths are the test's own temporary folder: fixed for the snapshot.
    shown.record = "/data/records/0123456789.yaml".into();
    shown.summary = "/data/summaries/0123456789.md".into();
    shown.id = "0123456789".into();
    for lang in [Lang::En, Lang::Cy] {
        let mut m = survey_model(lang);
        update(&mut m, Msg::Finalised(Ok(shown.clone())));
        let screen = render(&m, 80, 24);
        assert!(
            !screen.contains("Rating") && !screen.contains("Sgôr"),
            "{screen}"
        );
        insta::assert_snapshot!(format!("survey_done_{lang:?}_80x24"), screen);
    }
}

/// A survey's help lists no score breakdown, and finishing asks about a response, not an
/// assessment, in both languages.
#[test]
fn a_survey_s_help_and_finishing_speak_of_a_response_not_of_figures() {
    for lang in [Lang::En, Lang::Cy] {
        let mut m = answering(lang);
        press(&mut m, KeyCode::F(1));
        let help = render(&m, 100, 40);
        assert!(!help.contains("Ctrl-B"), "{lang:?}\n{help}");
        press(&mut m, KeyCode::Esc);
        app::finalise(&mut m);
        let asked = render(&m, 100, 30);
        let (want, not) = match lang {
            Lang::En => ("Finish this response?", "assessment"),
            Lang::Cy => ("Gorffen yr ymateb hwn?", "asesiad"),
        };
        assert!(asked.contains(want), "{lang:?}\n{asked}");
        assert!(!asked.contains(not), "{lang:?}\n{asked}");
    }
}

/// `wia assess --questionnaire FILE` starts as the home screen's "New assessment" does: an
/// anonymous survey at its first question, asking no name; any other questionnaire at the
/// form asking who answers, which names the questionnaire.
#[test]
fn wia_assess_on_an_anonymous_survey_asks_no_name() {
    let dir = tempfile::tempdir().unwrap();
    let opts = |file: &str| wia::tui::runtime::Options {
        data: DataDir::new(dir.path()),
        questionnaire: Some(file.into()),
        resume: None,
        assess: true,
        review: false,
        log: false,
        lang: Lang::En,
    };
    let m = wia::tui::runtime::prepare(&opts(SURVEY)).unwrap();
    assert!(
        matches!(m.screen, Screen::Assess(_)),
        "{}",
        render(&m, 80, 24)
    );
    wia::store::release_all_drafts();
    let m = wia::tui::runtime::prepare(&opts("tests/fixtures/tabulate-survey.yaml")).unwrap();
    let shown = render(&m, 80, 24);
    assert!(matches!(m.screen, Screen::Assessor(_)), "{shown}");
    assert!(shown.contains("Readiness survey"), "{shown}");
}
