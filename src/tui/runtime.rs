//! The one loop that touches the terminal and the disk: it reads events, passes them to
//! `update`, carries out the effects, and draws. It restores the terminal on every way
//! out: quit, error, panic, and being told to stop (see `signals`).

use crate::i18n::Lang;
use std::collections::VecDeque;
use std::io::{IsTerminal, stdout};
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use chrono::Local;
use ratatui::crossterm::event::{
    self, DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
    Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers,
};
use ratatui::crossterm::execute;
use ratatui::crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use ratatui::{DefaultTerminal, Terminal};

use super::assessment::{Assessment, Source};
use super::draft_writer::{DraftWriter, WriterIdle};
use super::model::{Model, Screen, Theme};
use super::msg::{Effect, Finished, Msg, SignTarget};
use super::screens::assess::AssessScreen;
use super::widgets::score_panel::rating_label;
use super::{update, view};
use crate::config::{Config, default_config_path, load_config, save_config};
use crate::error::{Error, Result};
use crate::questionnaire::{self, sha256_hex};
use crate::record::{
    AssessorInput, BuildOptions, Draft, Status, build_record, fresh_id, save_built,
};
use crate::store::{DataDir, list_drafts, load_draft, remove_draft};

pub struct Options {
    pub data: DataDir,
    pub questionnaire: Option<PathBuf>,
    pub resume: Option<String>,
    /// `wia assess`: straight into an assessment rather than the home screen.
    pub assess: bool,
    /// `wia review`: straight into the list of saved assessments.
    pub review: bool,
    /// `wia log`: straight into the evidence log form.
    pub log: bool,
    /// The language the command line chose; the interface starts in it.
    pub lang: crate::i18n::Lang,
}

fn no_bundled(id: &str, lang: Lang) -> Error {
    Error::Failed(crate::t!(
        lang,
        "tui-no-bundled-questionnaire",
        id = crate::document::excerpt(id).into_owned()
    ))
}

/// The questionnaire from a file, or the bundled one.
pub fn source(file: Option<&std::path::Path>, id: &str, lang: Lang) -> Result<Source> {
    let (q, text) = match file {
        Some(path) => questionnaire::load_named_file(path, lang)?,
        None => {
            let (_, text) = questionnaire::bundled_text(id).ok_or_else(|| no_bundled(id, lang))?;
            let q = questionnaire::bundled(id).ok_or_else(|| no_bundled(id, lang))?;
            (q.clone(), text.to_string())
        }
    };
    Ok(Source {
        sha256: sha256_hex(text.as_bytes()),
        questionnaire: Arc::new(q),
        text: text.into(),
    })
}

/// Open a draft with the questionnaire it was made with; read-only when another process
/// holds it.
pub fn open_draft(
    data: &DataDir,
    id: &str,
    lang: crate::i18n::Lang,
) -> Result<(Assessment, Vec<String>)> {
    let (draft, held) = load_and_hold(data, id, lang)?;
    let src = source(
        draft.questionnaire_file.as_deref(),
        &draft.questionnaire,
        lang,
    )?;
    if src.questionnaire.id != draft.questionnaire {
        return Err(Error::Failed(crate::t!(
            lang,
            "draft-wrong-questionnaire",
            id = draft.id.as_str(),
            expected = draft.questionnaire.as_str(),
            found = src.questionnaire.id.as_str()
        )));
    }
    let (mut a, dropped) = Assessment::from_draft(src, draft, lang);
    a.read_only = held;
    Ok((a, dropped))
}

/// The draft `id` (or the one it starts), held for this process if no other holds it.
/// This process edits one draft at a time, so the one it leaves is freed for others.
fn load_and_hold(
    data: &DataDir,
    id: &str,
    lang: Lang,
) -> Result<(Draft, Option<crate::store::Holder>)> {
    let draft = load_draft(data, id, lang)?;
    crate::store::release_all_drafts();
    // Only an anonymous response's draft names nobody (the interface asks everyone else).
    let anonymous = draft.assessor.is_blank();
    match crate::store::hold_draft(data, &draft.id, anonymous, lang)? {
        // Read again now that it is ours: the last holder may have saved in between.
        None => Ok((load_draft(data, &draft.id, lang)?, None)),
        Some(holder) => Ok((draft, Some(holder))),
    }
}

/// A new, empty assessment by this assessor.
pub fn start(
    data: &DataDir,
    src: &Source,
    file: Option<PathBuf>,
    name: String,
    organisation: String,
    language: crate::text::Lang,
) -> Assessment {
    // The draft left behind is free for others.
    crate::store::release_all_drafts();
    let now = Local::now().fixed_offset();
    let mut id = crate::record::new_id(now, &name);
    while data.draft_path(&id).exists() {
        id = crate::record::new_id(Local::now().fixed_offset(), &id);
    }
    // A fresh id nobody else can hold; if its lock cannot be made, the first save says why.
    let _ = crate::store::hold_draft(data, &id, src.questionnaire.anonymous, language);
    let draft = Draft {
        draft_version: 1,
        id,
        questionnaire: src.questionnaire.id.clone(),
        questionnaire_file: file,
        created: now,
        updated: now,
        // Whatever the form held, an anonymous response's draft names nobody.
        assessor: if src.questionnaire.anonymous {
            AssessorInput::default()
        } else {
            AssessorInput {
                name: Some(name),
                organisation: Some(organisation),
            }
        },
        language,
        headcounts: Default::default(),
        answers: Default::default(),
        position: None,
        revises: None,
    };
    Assessment::from_draft(src.clone(), draft, language).0
}

/// Build the record exactly as `wia new` does, write it and its summary, drop the draft;
/// then sign both when a key is set up (a protected key without WIA_KEY_PASSPHRASE is
/// left for the interface to ask about: the record is saved either way).
pub fn finalise(data: &DataDir, a: &Assessment) -> std::result::Result<Finished, String> {
    let lang = a.lang();
    let draft = a.to_draft();
    let mut file = draft.answers_file();
    // A revision's record must still be there, intact and unrevised, as for `wia new`.
    let revises = crate::review::prepare_revision(data, &mut file, a.reason.as_deref(), lang)
        .map_err(|e| e.to_string())?;
    let now = Local::now().fixed_offset();
    let id = fresh_id(data, now, draft.title().unwrap_or(""));
    let built = build_record(
        a.q(),
        &file,
        BuildOptions {
            status: Status::Final,
            id,
            now,
            questionnaire_sha256: a.source.sha256.clone(),
        },
        lang,
    )
    .map_err(|problems| {
        // The record's checks word problems for an answers file; the screen names the
        // question by its text, and the problems window says what to do.
        let shown: Vec<String> = problems
            .iter()
            .take(3)
            .map(
                |p| match p.question.as_deref().and_then(|id| a.q().question(id)) {
                    Some(q) => crate::t!(
                        lang,
                        "tui-finalise-problem-question",
                        question = q.text.get(lang)
                    ),
                    None => p.message.clone(),
                },
            )
            .collect();
        crate::t!(
            lang,
            "tui-finalise-problems",
            count = problems.len(),
            problems = shown.join("; ")
        )
    })?;
    let saved = save_built(data, a.q(), &a.source.text, &built).map_err(|e| e.to_string())?;
    // The record exists now; a draft that cannot be removed is only clutter.
    let _ = remove_draft(data, &draft.id, lang);
    let target = SignTarget::Record {
        id: saved.id.clone(),
        record: saved.record.clone(),
        summary: saved.summary.clone(),
    };
    Ok(Finished {
        id: saved.id.clone(),
        record: saved.record.display().to_string(),
        summary: saved.summary.display().to_string(),
        rating: if a.q().is_survey() {
            String::new()
        } else {
            rating_label(a)
        },
        flags: built.results.flags.len(),
        revises,
        // A signature would say who answered an anonymous response: it is never signed.
        signing: if built.record.is_anonymous() {
            super::msg::Signing::Anonymous
        } else {
            super::signing::sign_now(&target, None, lang)
        },
        closing: a.q().closing.as_ref().map(|c| c.get(a.lang()).to_string()),
    })
}

fn terminal_failed(e: &std::io::Error, lang: Lang) -> Error {
    Error::Failed(crate::t!(
        lang,
        "tui-terminal-failed",
        why = crate::error::io_reason(lang, e)
    ))
}

fn restore() {
    let _ = disable_raw_mode();
    let _ = execute!(
        stdout(),
        DisableMouseCapture,
        DisableBracketedPaste,
        LeaveAlternateScreen,
        ratatui::crossterm::cursor::Show
    );
}

fn init(lang: Lang, mouse: bool) -> Result<DefaultTerminal> {
    let fail = |e: std::io::Error| terminal_failed(&e, lang);
    enable_raw_mode().map_err(fail)?;
    let prev = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        // Restore first, so the report is readable and the shell usable.
        restore();
        prev(info);
    }));
    execute!(stdout(), EnterAlternateScreen, EnableBracketedPaste).map_err(|e| {
        restore();
        fail(e)
    })?;
    // A terminal that cannot report the mouse still works by keys.
    if mouse {
        let _ = execute!(stdout(), EnableMouseCapture);
    }
    Terminal::new(ratatui::backend::CrosstermBackend::new(stdout())).map_err(|e| {
        restore();
        fail(e)
    })
}

/// Everything the program needs before the terminal is taken over, so that a problem
/// with a file is printed plainly rather than inside a screen.
pub fn prepare(opts: &Options) -> Result<Model> {
    // What a killed wia left in the data folder goes before this one writes there.
    crate::store::sweep(&opts.data);
    let src = source(
        opts.questionnaire.as_deref(),
        crate::questionnaire::DEFAULT_ID,
        opts.lang,
    )?;
    let config_path = default_config_path();
    let (config, warning) = match &config_path {
        Some(p) => load_config(p, opts.lang),
        None => (Config::default(), None),
    };
    // Said before the screen is taken over, so every one is still there afterwards; the
    // screen's notice has room for the first.
    for warning in super::keymap::from_config(&config, opts.lang).1 {
        eprintln!("{warning}");
    }
    let mut model = Model::new(
        src,
        config,
        list_drafts(&opts.data, opts.lang),
        opts.data.root.display().to_string(),
        opts.lang,
    );
    model.theme = Theme {
        color: std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
    };
    model.glyphs = super::glyphs::Glyphs::detect();
    if let Some(w) = warning {
        model.error(w);
    }
    if let Some(id) = &opts.resume {
        let (a, dropped) = open_draft(&opts.data, id, opts.lang)?;
        if let Some(holder) = &a.read_only {
            // Said before the screen is taken over, so it is still there afterwards.
            let held = holder.describe(&a.draft.id, opts.lang);
            eprintln!(
                "{}",
                crate::t!(opts.lang, "cli-resume-read-only", held = held)
            );
        }
        update(&mut model, Msg::Opened(Ok(Box::new((a, dropped)))));
    } else if opts.review {
        // Read beside the screen once the loop starts (see `run`): the first
        // listing of a large folder takes seconds.
        model.screen = Screen::Review(Box::default());
    } else if opts.assess {
        // As the home screen's "New assessment" does: the assessor form (with the
        // questionnaire's title), or an anonymous response begun at once.
        for effect in super::app::new_assessment(&mut model) {
            if let Some(msg) = run_effect(effect, &opts.data, &model, opts) {
                update(&mut model, msg);
            }
        }
    } else if opts.log {
        super::app::start_log(&mut model);
        let titles = crate::store::assessment_titles(&opts.data, opts.lang);
        update(&mut model, Msg::Titles(titles));
    }
    Ok(model)
}

pub fn run(opts: Options) -> Result<u8> {
    if !(std::io::stdin().is_terminal() && stdout().is_terminal()) {
        let id = if opts.log {
            "evidence-form-needs-terminal"
        } else {
            "tui-needs-terminal"
        };
        return Err(Error::Failed(crate::t!(opts.lang, id)));
    }
    let mut model = prepare(&opts)?;
    let signal = Arc::new(AtomicUsize::new(0));
    let writer = DraftWriter::start(opts.data.clone());
    super::signals::watch(&signal, &writer.idle_handle(), opts.lang)?;
    watchdog(signal.clone(), writer.idle_handle());
    let mut terminal = init(opts.lang, model.config.mouse != Some(false))?;
    // The table shows at once and fills in as the records are read.
    let mut lists = super::review_loader::ReviewLoader::default();
    if opts.review {
        let cache = crate::review::default_cache_path(&opts.data);
        lists.start(&opts.data, cache, model.lang);
    }
    let syncer = super::sync_worker::SyncWorker::default();
    syncer.start(Effect::SyncStatus, &opts.data, model.lang);
    let workers = Workers {
        syncer: &syncer,
        lists: &mut lists,
    };
    let outcome = event_loop(&mut terminal, &mut model, &opts, &signal, &writer, workers);
    restore();
    let code = outcome?;
    if let Screen::Done(done) = &model.screen {
        println!("{}\n{}", done.record, done.summary);
    }
    Ok(code)
}

/// The loop notices a signal between events, but when the terminal has gone (a closed
/// window sends HUP) crossterm's reader can spin without returning. Drafts are handed to
/// the writer after every frame, so once it has finished (or after a grace period) it is
/// safe to restore and leave from here.
fn watchdog(signal: Arc<AtomicUsize>, writer: WriterIdle) {
    let _ = std::thread::Builder::new()
        .name("signal-watchdog".into())
        .spawn(move || {
            loop {
                let sig = signal.load(Ordering::SeqCst);
                if sig != 0 {
                    std::thread::sleep(Duration::from_millis(500));
                    writer.wait(Duration::from_secs(5));
                    restore();
                    std::process::exit(128 + sig as i32);
                }
                std::thread::sleep(Duration::from_millis(50));
            }
        });
}

/// How long one round of reading keys may take before the screen is drawn again, so a
/// flood of input (a paste sent as keys) still shows progress and meets a quit in time.
const READ_BUDGET: Duration = Duration::from_millis(30);
/// How often the loop looks for finished draft writes while one is under way.
const WRITE_POLL: Duration = Duration::from_millis(20);
const IDLE_POLL: Duration = Duration::from_millis(200);
/// "Is another event waiting?" With crossterm's `/dev/tty` reader a zero timeout is
/// always answered no, even with events already read and parsed, which made every key
/// its own frame; the system call rounds this one down to an immediate look.
const MORE_WAITING: Duration = Duration::from_micros(100);

/// What runs beside the screen and sends its messages back to the loop.
struct Workers<'a> {
    syncer: &'a super::sync_worker::SyncWorker,
    /// Review mode's list.
    lists: &'a mut super::review_loader::ReviewLoader,
}

fn event_loop(
    terminal: &mut DefaultTerminal,
    model: &mut Model,
    opts: &Options,
    signal: &AtomicUsize,
    writer: &DraftWriter,
    workers: Workers,
) -> Result<u8> {
    let Workers { syncer, lists } = workers;
    let io = |e: std::io::Error| terminal_failed(&e, opts.lang);
    let size = terminal.size().map_err(io)?;
    update(model, Msg::Resize(size.width, size.height));
    let mut queue: VecDeque<Msg> = VecDeque::new();
    // The first draft of a resumed assessment is written as soon as it opens, unless
    // another process holds it.
    let mut pending: Option<(Box<Draft>, bool)> = model
        .assessment()
        .filter(|a| a.read_only.is_none())
        .map(|a| (Box::new(a.to_draft()), false));
    loop {
        queue.extend(writer.finished());
        queue.extend(syncer.finished());
        queue.extend(lists.finished());
        while let Some(msg) = queue.pop_front() {
            for effect in update(model, msg) {
                match effect {
                    Effect::SaveDraft { draft, manual } => {
                        let manual = manual || pending.as_ref().is_some_and(|p| p.1);
                        pending = Some((draft, manual));
                    }
                    // Reading every record for the portfolio takes a second or more on a
                    // large folder: beside the screen too, so "Reading the records…" shows
                    // and keys still answer.
                    e @ (Effect::Sync | Effect::SyncStatus | Effect::Portfolio) => {
                        syncer.start(e, &opts.data, model.lang)
                    }
                    // Seconds on a folder the cache has not seen: the rows fill in as
                    // they are read and keys still answer.
                    Effect::Review(super::msg::ReviewEffect::Load) => {
                        let cache = crate::review::default_cache_path(&opts.data);
                        lists.start(&opts.data, cache, model.lang)
                    }
                    other => {
                        // Effects run in order: a save asked for earlier is on disk first,
                        // so a record that fails to be written, say, loses nothing.
                        if let Some((draft, manual)) = pending.take() {
                            writer.submit(draft, manual);
                        }
                        writer.flush();
                        queue.extend(writer.finished());
                        // What an effect brings back comes before keys already waiting:
                        // a second Enter must meet the screen the first one opened.
                        if let Some(msg) = run_effect(other, &opts.data, model, opts) {
                            queue.push_front(msg);
                        }
                    }
                }
            }
        }
        // A reading nobody will see is stopped: review mode was left, or wia is leaving.
        if model.quit || !matches!(model.screen, Screen::Review(_)) {
            lists.stop();
        }
        let sig = signal.load(Ordering::SeqCst);
        if model.quit || sig != 0 {
            if let Some((draft, manual)) = pending.take() {
                writer.submit(draft, manual);
            }
            writer.flush();
            return Ok(if sig != 0 { 128 + sig as u8 } else { 0 });
        }
        // Draw first: the key shows on screen while its draft is being written.
        terminal.draw(|f| view(model, f)).map_err(io)?;
        if let Some((draft, manual)) = pending.take() {
            writer.submit(draft, manual);
        }
        // A sync under way says each stage as it starts: looked for as often as writes.
        let wait = if writer.busy() || syncer.busy() || lists.busy() {
            WRITE_POLL
        } else {
            IDLE_POLL
        };
        if event::poll(wait).map_err(io)? {
            // Take the events already waiting, so a paste or fast typing is one save and
            // one frame, but not so many that the screen stops answering.
            let started = std::time::Instant::now();
            loop {
                if let Some(msg) = to_msg(event::read().map_err(io)?) {
                    push_coalesced(&mut queue, msg);
                }
                if started.elapsed() > READ_BUDGET || !event::poll(MORE_WAITING).map_err(io)? {
                    break;
                }
            }
        }
    }
}

/// Letters typed faster than one frame go into one `Typed` run, which `update` takes as a
/// single edit when they land in a text field.
fn push_coalesced(queue: &mut VecDeque<Msg>, msg: Msg) {
    fn letter(k: &KeyEvent) -> bool {
        k.kind == KeyEventKind::Press
            && matches!(k.code, KeyCode::Char(_))
            && k.modifiers.difference(KeyModifiers::SHIFT).is_empty()
    }
    if let Msg::Key(key) = &msg
        && letter(key)
    {
        match queue.back_mut() {
            Some(Msg::Typed(run)) => {
                run.push(*key);
                return;
            }
            Some(last @ Msg::Key(_)) => {
                if let Msg::Key(prev) = last
                    && letter(prev)
                {
                    *last = Msg::Typed(vec![*prev, *key]);
                    return;
                }
            }
            _ => {}
        }
    }
    queue.push_back(msg);
}

fn to_msg(e: Event) -> Option<Msg> {
    use ratatui::crossterm::event::MouseEventKind as M;
    match e {
        Event::Key(k) => Some(Msg::Key(k)),
        // Moves and drags come by the hundred and mean nothing here.
        Event::Mouse(m) if matches!(m.kind, M::Down(_) | M::ScrollUp | M::ScrollDown) => {
            Some(Msg::Mouse(m))
        }
        Event::Paste(s) => Some(Msg::Paste(s)),
        Event::Resize(w, h) => Some(Msg::Resize(w, h)),
        _ => None,
    }
}

fn run_effect(effect: Effect, data: &DataDir, model: &Model, opts: &Options) -> Option<Msg> {
    let lang = model.lang;
    match effect {
        // The loop gathers saves itself; handled here too so no effect is ever dropped.
        Effect::SaveDraft { draft, manual } => {
            Some(super::draft_writer::write(data, *draft, manual))
        }
        Effect::SaveConfig(config) => {
            let path = default_config_path()?;
            save_config(&path, &config, lang).err().map(|e| {
                Msg::Failed(crate::t!(
                    model.lang,
                    "notice-settings-not-saved",
                    error = e.to_string()
                ))
            })
        }
        Effect::OpenDraft(id) => Some(Msg::Opened(
            open_draft(data, &id, lang)
                .map(Box::new)
                .map_err(|e| e.to_string()),
        )),
        Effect::Start { name, organisation } => {
            let file = opts
                .questionnaire
                .as_ref()
                .map(|p| std::fs::canonicalize(p).unwrap_or_else(|_| p.clone()));
            let language = model.lang;
            let a = start(data, &model.source, file, name, organisation, language);
            Some(Msg::Opened(Ok(Box::new((a, Vec::new())))))
        }
        Effect::ListDrafts => Some(Msg::Drafts(list_drafts(data, lang))),
        Effect::LogEvidence(fields) => Some(Msg::Logged(log_evidence(data, *fields, lang))),
        Effect::ListTitles => Some(Msg::Titles(crate::store::assessment_titles(data, lang))),
        Effect::LoadEvidence => Some(Msg::Evidence(
            crate::evidence::read_all(data, lang)
                .map(|all| {
                    let skipped = all.skipped_count();
                    Box::new((all.entries, skipped))
                })
                .map_err(|e| e.to_string()),
        )),
        Effect::Finalise(a) => Some(Msg::Finalised(finalise(data, &a))),
        Effect::Revise(path) => Some(match begun_revision(data, &path, lang) {
            Some((draft, record)) => Msg::RevisionBegun { draft, record },
            None => Msg::Revising(revise(data, &path, lang)),
        }),
        Effect::Sign(target, typed) => {
            let signing = super::signing::sign_now(&target, Some(&typed), lang);
            // The passphrase is wiped here, as `typed` is dropped.
            drop(typed);
            Some(Msg::Signed(target, signing))
        }
        Effect::Review(e) => {
            let cache = crate::review::default_cache_path(data);
            Some(Msg::Review(super::runtime_review::run(
                e,
                data,
                model.lang,
                cache.as_deref(),
            )))
        }
        // The loop runs these beside the screen; here (tests) they run at once, and the
        // last thing they say is the answer.
        e @ (Effect::Sync | Effect::SyncStatus) => {
            let mut said = Vec::new();
            super::sync_worker::run(e, data, lang, &mut |m| said.push(m));
            said.pop()
        }
        Effect::Portfolio => Some(Msg::Portfolio(Box::new(portfolio(data, lang)))),
        Effect::Quit => None,
    }
}

pub use super::sync_worker::portfolio;

/// A revision of the record at `path`, made as `wia revise` makes it, then opened.
pub fn revise(
    data: &DataDir,
    path: &std::path::Path,
    lang: Lang,
) -> std::result::Result<Box<(Assessment, Vec<String>)>, String> {
    let (draft, _) = crate::review::start_revision(data, path, lang).map_err(|e| e.to_string())?;
    open_draft(data, &draft.id, lang)
        .map(Box::new)
        .map_err(|e| e.to_string())
}

/// The draft already revising the record at `path` (its id, and the record's), when one
/// is in the drafts folder: a second would only fork the chain when finalised.
pub fn begun_revision(
    data: &DataDir,
    path: &std::path::Path,
    lang: Lang,
) -> Option<(String, String)> {
    let record = path.file_stem()?.to_string_lossy().into_owned();
    crate::store::list_drafts(data, lang)
        .into_iter()
        .filter(|e| e.problem.is_none())
        .filter_map(|e| crate::store::load_draft(data, &e.id, lang).ok())
        .find(|d| d.revises.as_ref().is_some_and(|r| r.id == record))
        .map(|d| (d.id, record))
}

/// Review mode's disk work, for tests that step the interface without a terminal.
pub fn review_effect(
    effect: super::msg::ReviewEffect,
    data: &DataDir,
    lang: crate::i18n::Lang,
) -> super::msg::ReviewMsg {
    super::runtime_review::run(effect, data, lang, None)
}

/// Review mode with its list read at once, through the list's cache when one is given:
/// for tests that step the interface without a terminal (`wia review` reads it beside
/// the screen, `review_loader.rs`).
pub fn loaded_now(model: &mut Model, data: &DataDir, cache: Option<&std::path::Path>) {
    model.screen = Screen::Review(Box::default());
    let entries = crate::review::load_index_cached(data, cache, model.lang);
    super::update::review_msg(model, super::msg::ReviewMsg::Loaded(entries));
}

/// Give a checked entry its id and creation time, and append it to the log.
pub fn log_evidence(
    data: &DataDir,
    fields: crate::evidence::Fields,
    lang: Lang,
) -> std::result::Result<String, String> {
    let now = Local::now().fixed_offset();
    let id = crate::evidence::new_id(now, &fields.school);
    let entry = fields.into_entry(id.clone(), now);
    crate::evidence::own_log_path(data, lang)
        .and_then(|path| crate::evidence::append(&path, &[entry], lang))
        .map(|()| id)
        .map_err(|e| e.to_string())
}

/// For tests of a screen: the model after `prepare`, without a terminal.
pub fn screen_of(model: &Model) -> Option<&AssessScreen> {
    match &model.screen {
        Screen::Assess(s) => Some(s),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(code: KeyCode, modifiers: KeyModifiers) -> Msg {
        Msg::Key(KeyEvent::new(code, modifiers))
    }

    #[test]
    fn letters_in_a_row_become_one_run_and_other_keys_stay_apart() {
        let mut queue = VecDeque::new();
        for msg in [
            key(KeyCode::Char('a'), KeyModifiers::NONE),
            key(KeyCode::Char('B'), KeyModifiers::SHIFT),
            key(KeyCode::Char('c'), KeyModifiers::NONE),
            key(KeyCode::Tab, KeyModifiers::NONE),
            key(KeyCode::Char('s'), KeyModifiers::CONTROL),
            key(KeyCode::Char('d'), KeyModifiers::NONE),
            key(KeyCode::Char('e'), KeyModifiers::NONE),
        ] {
            push_coalesced(&mut queue, msg);
        }
        let shape: Vec<String> = queue
            .iter()
            .map(|m| match m {
                Msg::Typed(keys) => format!("run of {}", keys.len()),
                Msg::Key(k) => format!("{:?}", k.code),
                _ => "other".into(),
            })
            .collect();
        assert_eq!(shape, ["run of 3", "Tab", "Char('s')", "run of 2"]);
    }
}
