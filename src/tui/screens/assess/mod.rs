//! The questionnaire screen: sections with progress, the question in focus with its
//! input and problems, and the live score.

use std::sync::Arc;

use ratatui::Frame;
use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

pub mod step;

pub use step::Step;

use super::inputs::{self, Input, Outcome};
use super::own_review::{self, OwnReview};
use super::tasks::{self, TaskEditor};
use crate::answers::ProblemSeverity;
use crate::questionnaire::{Question, Questionnaire};
use crate::tui::assessment::Assessment;
use crate::tui::component::{Component, Note, Reply, Request};
use crate::tui::context::Context;
use crate::tui::keymap::{Action, Ctx, Keymap};
use crate::tui::msg::Effect;
use crate::tui::style;
use crate::tui::style::Theme;
use crate::tui::widgets::score_panel;

#[derive(Debug, Clone)]
pub struct AssessScreen {
    pub a: Assessment,
    pub section: usize,
    /// Index among the questions of the section that apply now.
    pub question: usize,
    pub input: Input,
    pub mode: Mode,
}

#[derive(Debug, Clone)]
pub enum Mode {
    Questions,
    Tasks(TaskEditor),
    OwnReview(OwnReview),
}

impl Mode {
    /// The part of the keymap that applies in this mode.
    pub fn ctx(&self) -> Ctx {
        match self {
            Mode::Questions => Ctx::Questions,
            Mode::Tasks(t) if t.form.is_some() => Ctx::RowForm,
            Mode::Tasks(_) => Ctx::Tasks,
            Mode::OwnReview(_) => Ctx::OwnReview,
        }
    }
}

impl AssessScreen {
    pub fn new(a: Assessment) -> Self {
        let first = a.q().sections.first().and_then(|s| s.questions.first());
        let start = a
            .draft
            .position
            .clone()
            .or_else(|| first.map(|q| q.id.clone()));
        let mut s = AssessScreen {
            input: Input {
                cursor: 0,
                field: Default::default(),
                other: Default::default(),
            },
            a,
            section: 0,
            question: 0,
            mode: Mode::Questions,
        };
        match start {
            Some(id) if s.go_to(&id) => {}
            _ => s.enter_section(0, false),
        }
        s
    }

    fn questionnaire(&self) -> Arc<Questionnaire> {
        self.a.source.questionnaire.clone()
    }

    pub fn current(&self) -> Option<Question> {
        self.a
            .visible_questions(self.section)
            .get(self.question)
            .map(|q| (*q).clone())
    }

    fn focus_changed(&mut self) {
        if let Some(q) = self.current() {
            self.input = Input::for_question(&q, &self.a);
            self.a.draft.position = Some(q.id.clone());
        }
    }

    /// Show question `id` if it applies now; false if it does not.
    pub fn go_to(&mut self, id: &str) -> bool {
        let q = self.questionnaire();
        for si in 0..q.sections.len() {
            if let Some(qi) = self.a.visible_questions(si).iter().position(|x| x.id == id) {
                self.section = si;
                self.question = qi;
                self.focus_changed();
                return true;
            }
        }
        false
    }

    /// Open a section at its first (or, going back, last) question that applies. A section
    /// with none is skipped in the direction of travel.
    fn enter_section(&mut self, section: usize, at_end: bool) {
        self.section = section;
        let n = self.a.visible_questions(section).len();
        self.question = if at_end { n.saturating_sub(1) } else { 0 };
        self.focus_changed();
    }

    /// The next or previous section that has a question applying, at its first question
    /// (PgUp and PgDn), or, stepping back from a section's first question, at its last.
    fn step_section(&mut self, forward: bool, at_end: bool) -> bool {
        let count = self.a.q().sections.len();
        let mut s = self.section;
        loop {
            s = match (forward, s) {
                (true, s) if s + 1 < count => s + 1,
                (false, s) if s > 0 => s - 1,
                _ => return false,
            };
            if !self.a.visible_questions(s).is_empty() {
                self.enter_section(s, at_end);
                return true;
            }
        }
    }

    fn step_question(&mut self, forward: bool) -> bool {
        let n = self.a.visible_questions(self.section).len();
        if forward && self.question + 1 < n {
            self.question += 1;
        } else if !forward && self.question > 0 && n > 0 {
            self.question = self.question.min(n) - 1;
        } else {
            return self.step_section(forward, !forward);
        }
        self.focus_changed();
        true
    }

    /// After an answer changes, later questions may appear or vanish; stay on this one.
    fn keep_place(&mut self, id: &str) {
        if let Some(i) = self
            .a
            .visible_questions(self.section)
            .iter()
            .position(|q| q.id == id)
        {
            self.question = i;
        }
    }

    /// The draft as it is now, to be written.
    pub fn save(&self, manual: bool) -> Effect {
        Effect::SaveDraft {
            draft: Box::new(self.a.to_draft()),
            manual,
        }
    }

    /// A key in the mode in focus.
    fn step(&mut self, key: KeyEvent, keys: &Keymap) -> Step {
        let act = keys.command(self.mode.ctx(), &key, self.typing());
        let page = match &mut self.mode {
            Mode::Tasks(e) => tasks::update(&mut self.a, e, key, act),
            Mode::OwnReview(r) => own_review::update(&self.a, r, act),
            Mode::Questions => return self.questions_step(key, act),
        };
        match page {
            Step::Leave => {
                self.mode = Mode::Questions;
                Step::None
            }
            Step::Edit(id) => {
                self.mode = Mode::Questions;
                self.go_to(&id);
                Step::None
            }
            step => step,
        }
    }

    /// A key on the questions page.
    fn questions_step(&mut self, key: KeyEvent, act: Option<Action>) -> Step {
        let Some(question) = self.current() else {
            return match act {
                Some(Action::Back) => Step::Home,
                _ => Step::None,
            };
        };
        let typing = inputs::takes_text(&question, &self.a, &self.input);
        match act {
            Some(Action::Back) => return Step::Home,
            Some(Action::NextQuestion) => {
                self.step_question(true);
                return Step::None;
            }
            Some(Action::PreviousQuestion) => {
                self.step_question(false);
                return Step::None;
            }
            Some(Action::NextSection) => {
                self.step_section(true, false);
                return Step::None;
            }
            Some(Action::PreviousSection) => {
                self.step_section(false, false);
                return Step::None;
            }
            _ => {}
        }
        let outcome = inputs::handle(&question, &mut self.a, &mut self.input, key, act);
        self.keep_place(&question.id);
        match outcome {
            Outcome::Changed => Step::Changed,
            Outcome::Next => {
                if self.step_question(true) {
                    Step::Changed
                } else {
                    Step::LastQuestion
                }
            }
            Outcome::OpenTasks => {
                self.mode = Mode::Tasks(TaskEditor::default());
                Step::None
            }
            Outcome::Moved => Step::None,
            Outcome::Ignored => {
                // Up at the top of a list, or Down at its foot, goes on to the next question.
                let lines = typing && self.input.field.is_multiline();
                // j and k too, as the help says; in a text field they are letters.
                match act {
                    Some(Action::Up) if !lines => {
                        self.step_question(false);
                    }
                    Some(Action::Down) if !lines => {
                        self.step_question(true);
                    }
                    _ => {}
                }
                Step::None
            }
        }
    }

    /// Remove a task row after the person confirmed it.
    pub fn delete_task_row(&mut self, row: usize) {
        let editor = match &mut self.mode {
            Mode::Tasks(e) => Some(e),
            _ => None,
        };
        tasks::delete_row(&mut self.a, editor, row);
    }

    pub fn open_own_review(&mut self) {
        self.mode = Mode::OwnReview(OwnReview::default());
    }

    /// The limit of a field that has just refused text, once.
    pub fn take_cut(&mut self) -> Option<usize> {
        let field = match &mut self.mode {
            Mode::Tasks(TaskEditor {
                form: Some(form), ..
            }) => &mut form.text,
            _ if self.input.other.take_cut() => return self.input.other.limit(),
            _ => &mut self.input.field,
        };
        field.take_cut().then(|| field.limit()).flatten()
    }

    /// Paste into the field in focus; false when nothing takes text.
    pub fn paste_text(&mut self, text: &str) -> bool {
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
            Mode::Tasks(t) => tasks::paste(&mut self.a, t, text),
            Mode::OwnReview(_) => false,
        }
    }

    /// Tell the person once when what they typed or pasted did not all fit.
    pub fn cut_notice(&mut self, reply: &mut Reply, lang: crate::i18n::Lang) {
        if let Some(max) = self.take_cut() {
            reply.notice = Some(Note::Error(crate::t!(lang, "notice-text-cut", max = max)));
        }
    }

    pub fn typing(&self) -> bool {
        match &self.mode {
            Mode::Questions => self
                .current()
                .is_some_and(|q| inputs::takes_text(&q, &self.a, &self.input)),
            Mode::Tasks(t) => t.typing(),
            Mode::OwnReview(_) => false,
        }
    }
}

/// The section list: a symbol for the state of each (✓ complete, ✗ errors, ◐ started,
/// ○ not started, – does not apply), the title, and answered / applying questions.
fn sections_view(s: &AssessScreen, theme: Theme, area: Rect, f: &mut Frame) {
    let lang = s.a.lang();
    let w = area.width.saturating_sub(2) as usize;
    let mut lines = Vec::new();
    // Summed here rather than asking `overall`, which would work every section out again.
    let (mut required, mut required_answered) = (0, 0);
    for (i, section) in s.a.q().sections.iter().enumerate() {
        let p = s.a.progress(i);
        required += p.required;
        required_answered += p.required_answered;
        let (mark, mark_style) = if p.total == 0 {
            ("–", style::dim(theme))
        } else if p.errors > 0 {
            ("✗", style::error(theme))
        } else if p.complete() && p.answered > 0 {
            ("✓", style::good(theme))
        } else if p.answered > 0 {
            ("◐", style::warning(theme))
        } else {
            ("○", Style::default())
        };
        let count = format!("{}/{}", p.answered, p.total);
        let title_width = w.saturating_sub(4 + count.len());
        let title = style::fit(&style::shown(section.title.get(lang)), title_width);
        let here = i == s.section;
        let line = Line::from(vec![
            Span::raw(if here { ">" } else { " " }),
            Span::styled(mark, mark_style),
            Span::raw(" "),
            Span::raw(title),
            Span::raw(" "),
            Span::styled(count, style::dim(theme)),
        ]);
        lines.push(if here {
            line.style(style::cursor_row(theme))
        } else {
            line
        });
    }

    lines.push(Line::raw(""));
    lines.push(Line::styled(
        crate::t!(
            lang,
            "assess-required-count",
            answered = required_answered,
            required = required
        ),
        style::dim(theme),
    ));
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(style::border(theme, false))
        .title(format!(" {} ", crate::t!(lang, "assess-sections")));
    f.render_widget(Paragraph::new(lines).block(block), area);
}

/// The question in focus: where it is, its text and hint, the input, its problems.
fn question_view(s: &AssessScreen, theme: Theme, area: Rect, f: &mut Frame) {
    let lang = s.a.lang();
    let q = s.a.q();
    let section = &q.sections[s.section.min(q.sections.len().saturating_sub(1))];
    let visible = s.a.visible_questions(s.section);
    let title = format!(
        " {} · {}/{} ",
        style::clip(
            &style::shown(section.title.get(lang)),
            area.width.saturating_sub(12) as usize
        ),
        (s.question + 1).min(visible.len()),
        visible.len()
    );
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(style::border(theme, true))
        .title(title);
    let inner = block.inner(area);
    f.render_widget(block, area);
    let Some(question) = s.current() else {
        f.render_widget(
            Paragraph::new(crate::t!(lang, "assess-none-apply"))
                .wrap(ratatui::widgets::Wrap { trim: true }),
            inner,
        );
        return;
    };
    let w = inner.width.saturating_sub(1).max(1) as usize;
    let mut lines: Vec<Line> = Vec::new();
    let mut text = style::shown(question.text.get(lang));
    if question.required {
        text.push_str(" *");
    }
    for l in style::wrap(&text, w) {
        lines.push(Line::styled(
            l,
            Style::default().add_modifier(Modifier::BOLD),
        ));
    }
    if !question.text.has(lang) {
        lines.push(Line::styled(
            crate::t!(lang, "assess-no-translation"),
            style::dim(theme),
        ));
    }
    if let Some(h) = &question.hint {
        for l in style::wrap(&style::shown(h.get(lang)), w) {
            lines.push(Line::styled(l, style::dim(theme)));
        }
    }
    lines.push(Line::raw(""));
    let top = lines.len();
    let (input_lines, cursor) = inputs::render(
        &question,
        &s.a,
        &s.input,
        theme,
        inner.width.saturating_sub(1),
        true,
    );
    // For the task list the line to keep in view is its last: the key that opens it.
    let focus_line = match question.kind {
        crate::questionnaire::QuestionKind::TaskList => top + input_lines.len().saturating_sub(1),
        _ => top + cursor.map_or(s.input.cursor, |(r, _)| r),
    };
    lines.extend(input_lines);
    // "Required" is already marked by the asterisk; the review lists what is missing.
    let problems: Vec<_> =
        s.a.problems_for(&question.id)
            .filter(|p| p.kind != crate::answers::ProblemKind::Missing)
            .collect();
    if !problems.is_empty() {
        lines.push(Line::raw(""));
    }
    for p in problems {
        let (mark, st) = match p.severity {
            ProblemSeverity::Error => ("✗ ", style::error(theme)),
            ProblemSeverity::Warning => ("! ", style::warning(theme)),
        };
        for (i, l) in style::wrap(&style::shown(&p.message), w.saturating_sub(2))
            .into_iter()
            .enumerate()
        {
            lines.push(Line::from(vec![
                Span::styled(if i == 0 { mark } else { "  " }, st),
                Span::styled(l, st),
            ]));
        }
    }
    if question.required {
        lines.push(Line::styled(
            crate::t!(lang, "assess-required"),
            style::dim(theme),
        ));
    }
    // Scroll so the line being worked on stays in view.
    let height = inner.height as usize;
    let scroll = if focus_line + 2 > height {
        (focus_line + 2 - height).min(lines.len().saturating_sub(height))
    } else {
        0
    };
    f.render_widget(Paragraph::new(lines).scroll((scroll as u16, 0)), inner);
    if let Some((row, col)) = cursor {
        let y = (top + row).saturating_sub(scroll);
        if y < height {
            f.set_cursor_position((
                inner.x + col.min(inner.width.saturating_sub(1)),
                inner.y + y as u16,
            ));
        }
    }
}

impl Component for AssessScreen {
    fn update(&mut self, key: KeyEvent, ctx: &Context) -> Reply {
        let before = self.a.draft.position.clone();
        let step = self.step(key, ctx.keys);
        // Where the person is counts as state too: resuming returns there.
        let moved = self.a.draft.position != before;
        let mut reply = match step {
            Step::None if moved => Reply::effect(self.save(false)),
            Step::None => Reply::default(),
            Step::Changed => Reply::effect(self.save(false)),
            Step::Home => Reply::request(Request::Home),
            Step::Finalise => Reply::request(Request::Finalise),
            // Enter on the last question: say what comes next, with the keys as mapped.
            Step::LastQuestion => {
                let review = ctx.keys.shown(Ctx::Questions, Action::OwnReview);
                let finalise = ctx.keys.shown(Ctx::OwnReview, Action::Finalise);
                Reply::effect(self.save(false)).with_notice(Note::Info(crate::t!(
                    ctx.lang,
                    "notice-last-question",
                    review = review,
                    finalise = finalise
                )))
            }
            Step::ConfirmDelete(row) => Reply::request(Request::ConfirmDelete(row)),
            // The pages' ways out are taken in `step`.
            Step::Leave | Step::Edit(_) => Reply::default(),
        };
        self.cut_notice(&mut reply, ctx.lang);
        reply
    }

    fn view(&self, f: &mut Frame, area: Rect, ctx: &Context) {
        view(self, ctx.theme, area, f)
    }

    fn paste(&mut self, text: &str, ctx: &Context) -> Reply {
        if !self.paste_text(text) {
            return Reply::default();
        }
        let mut reply = Reply::effect(self.save(false));
        self.cut_notice(&mut reply, ctx.lang);
        reply
    }
}

pub fn view(s: &AssessScreen, theme: Theme, area: Rect, f: &mut Frame) {
    match &s.mode {
        Mode::Tasks(t) => return tasks::view::view(&s.a, t, theme, area, f),
        Mode::OwnReview(r) => return own_review::view(&s.a, r, theme, area, f),
        Mode::Questions => {}
    }
    let wide = area.width >= 100;
    let (main, strip) = if wide {
        (area, None)
    } else {
        let [main, strip] =
            Layout::vertical([Constraint::Min(6), Constraint::Length(4)]).areas(area);
        (main, Some(strip))
    };
    let show_sections = area.width >= 70;
    let side = if wide { 28 } else { 24 };
    let mut constraints = Vec::new();
    if show_sections {
        constraints.push(Constraint::Length(side));
    }
    constraints.push(Constraint::Min(30));
    if wide {
        constraints.push(Constraint::Length(32));
    }
    let cols = Layout::horizontal(constraints).split(main);
    let mut next = 0;
    if show_sections {
        sections_view(s, theme, cols[0], f);
        next = 1;
    }
    question_view(s, theme, cols[next], f);
    if wide {
        score_panel::view(&s.a, theme, cols[next + 1], f, false);
    }
    if let Some(strip) = strip {
        score_panel::view(&s.a, theme, strip, f, true);
    }
}
