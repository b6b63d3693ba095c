//! The questionnaire screen: sections with progress, the question in focus with its
//! input and problems, and the live score.

use std::sync::Arc;

use ratatui::Frame;
use ratatui::crossterm::event::{KeyEvent, MouseEvent};
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{
    Block, Borders, Paragraph, Scrollbar, ScrollbarOrientation, ScrollbarState,
};

pub mod step;

pub use step::Step;

use super::inputs::{self, Input, Outcome};
use super::own_review::{self, OwnReview};
use super::tasks::{self, TaskEditor};
use crate::answers::ProblemSeverity;
use crate::questionnaire::{Question, QuestionKind, Questionnaire};
use crate::tui::assessment::Assessment;
use crate::tui::component::{Component, Note, Reply, Request, hit_row, key_for};
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

    /// Tell the person when a change closed a branch they had answered: the answers are
    /// kept, but no longer count, and they would not otherwise know.
    pub fn hidden_notice(&mut self, reply: &mut Reply, lang: crate::i18n::Lang) {
        let ids = self.a.take_newly_hidden();
        if ids.is_empty() {
            return;
        }
        let q = self.a.q();
        let names: Vec<String> = ids
            .iter()
            .filter_map(|id| q.question(id))
            .map(|question| format!("“{}”", style::shown(question.text.get(self.a.lang()))))
            .collect();
        reply.notice = Some(Note::Info(crate::t!(
            lang,
            "notice-answers-no-longer-apply",
            questions = names.join(", ")
        )));
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

/// The input's lines fitted to `width` columns: the line in focus wrapped under its text
/// so it can be read in full, every other line cut with an ellipsis. A line with the text
/// cursor in it is left as drawn, since the cursor's column was worked out on it. Returns
/// the lines and how many rows the focused line took beyond its first.
fn fit_input(
    lines: Vec<Line<'static>>,
    focus: usize,
    cursor: Option<(usize, u16)>,
    width: usize,
) -> (Vec<Line<'static>>, usize) {
    let mut out = Vec::with_capacity(lines.len());
    let mut extra = 0;
    for (i, line) in lines.into_iter().enumerate() {
        let typing_here = cursor.is_some_and(|(r, _)| r == i);
        if line.width() <= width || typing_here {
            out.push(line);
        } else if i == focus {
            let rows = wrap_line(line, width);
            extra = rows.len().saturating_sub(1);
            out.extend(rows);
        } else {
            out.push(style::clip_line(line, width));
        }
    }
    (out, extra)
}

/// A line wrapped to `width`: the first row keeps its pieces' styles (the chosen mark),
/// the rows after it are indented to where its last piece's words start (after a pointer
/// and a mark such as `> ( ) `).
fn wrap_line(line: Line<'static>, width: usize) -> Vec<Line<'static>> {
    use unicode_width::UnicodeWidthChar;
    let Some(last) = line.spans.last() else {
        return vec![line];
    };
    let lead = last.content.len() - last.content.trim_start().len();
    let before: usize = line.spans[..line.spans.len() - 1]
        .iter()
        .map(|s| style::width(&s.content))
        .sum();
    let indent = (before + lead).min(width / 2);
    let text: String = line.spans.iter().map(|s| s.content.as_ref()).collect();
    // The first row ends at the last space that keeps it within the width.
    let (mut cut, mut used) = (0, 0);
    for (i, c) in text.char_indices() {
        used += c.width().unwrap_or(0);
        if used > width {
            break;
        }
        if c == ' ' && style::width(&text[..i]) > indent {
            cut = i;
        }
    }
    if cut == 0 {
        return vec![style::clip_line(line, width)];
    }
    let mut first = Line::default().style(line.style);
    let mut at = 0;
    for span in &line.spans {
        let end = at + span.content.len();
        if at < cut {
            let piece = &span.content[..cut.min(end) - at];
            first
                .spans
                .push(Span::styled(piece.to_string(), span.style));
        }
        at = end;
    }
    let mut out = vec![first];
    for row in style::wrap(text[cut..].trim_start(), width.saturating_sub(indent)) {
        out.push(Line::raw(format!("{}{row}", " ".repeat(indent))).style(line.style));
    }
    out
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

/// The hint under a question. The task list's is the interface's own, naming the task
/// editor's fields as it labels them; the questionnaire's hint for it describes the answers
/// file's keys and goes to `wia template`. A line break in a hint starts a new line.
fn hint_lines(
    question: &Question,
    lang: crate::i18n::Lang,
    theme: Theme,
    w: usize,
) -> Vec<Line<'static>> {
    let dim = style::dim(theme);
    let mut lines = Vec::new();
    if matches!(question.kind, crate::questionnaire::QuestionKind::TaskList) {
        let label = |id: &str| crate::t!(lang, id);
        for l in style::wrap(&crate::t!(lang, "task-hint-intro"), w) {
            lines.push(Line::styled(l, dim));
        }
        let fields = [
            ("task-hint-description", label("task-field-description")),
            ("task-hint-roles", label("task-field-roles")),
            (
                "task-hint-minutes",
                format!(
                    "{} · {} · {}",
                    label("task-field-low"),
                    label("task-field-likely"),
                    label("task-field-high")
                ),
            ),
            ("task-hint-frequency", label("task-field-frequency")),
            ("task-hint-count", label("task-field-count")),
            ("task-hint-share", label("task-field-share")),
            ("task-hint-change", label("task-field-change")),
            ("task-hint-admin", label("task-field-admin")),
        ];
        for (id, field) in fields {
            let what = crate::t!(lang, id);
            let text = format!("{field}: {what}");
            for (i, l) in style::wrap(&text, w.saturating_sub(2))
                .into_iter()
                .enumerate()
            {
                let mark = if i == 0 { "• " } else { "  " };
                lines.push(Line::styled(format!("{mark}{l}"), dim));
            }
        }
        for l in style::wrap(&crate::t!(lang, "task-hint-advice"), w) {
            lines.push(Line::styled(l, dim));
        }
        return lines;
    }
    if let Some(h) = &question.hint {
        for para in h.get(lang).split('\n') {
            for l in style::wrap(&style::shown(para), w) {
                lines.push(Line::styled(l, dim));
            }
        }
    }
    lines
}

/// The question's text, drawn at the top of `inner`; the area left below it. The question
/// stays there while its hint and input scroll beneath, so the person never works on an
/// answer whose question has scrolled away.
/// The question's text, held at the top of the box, and the room left under it.
fn pinned_question(
    question: &Question,
    lang: crate::i18n::Lang,
    theme: Theme,
    inner: Rect,
) -> (Vec<Line<'static>>, Rect) {
    let w = inner.width.saturating_sub(1).max(1) as usize;
    let mut head: Vec<Line> = Vec::new();
    let mut text = style::shown(question.text.get(lang));
    if question.required {
        text.push_str(" *");
    }
    for l in style::wrap(&text, w) {
        head.push(Line::styled(
            l,
            Style::default().add_modifier(Modifier::BOLD),
        ));
    }
    if !question.text.has(lang) {
        head.push(Line::styled(
            crate::t!(lang, "assess-no-translation"),
            style::dim(theme),
        ));
    }
    // At most half the box, so a long question still leaves room to answer it.
    head.truncate((inner.height as usize / 2).max(1));
    let head_height = (head.len() as u16).min(inner.height);
    let rest = Rect {
        y: inner.y + head_height,
        height: inner.height.saturating_sub(head_height),
        ..inner
    };
    (head, rest)
}

/// Everything drawn for the question in focus, worked out without drawing, so a click
/// finds what the eye saw there.
struct QuestionLayout {
    block: Block<'static>,
    /// Inside the frame.
    inner: Rect,
    /// The question's text, over `body`.
    head: Vec<Line<'static>>,
    body: Rect,
    lines: Vec<Line<'static>>,
    /// The first line of the input in `lines`, how many lines the input takes, the input
    /// line in focus and how many rows beyond one it took, wrapped to be read in full.
    top: usize,
    input_len: usize,
    focus: usize,
    focus_rows: usize,
    cursor: Option<(usize, u16)>,
    scroll: usize,
}

impl QuestionLayout {
    /// The input's own line (as `inputs::render` numbers them) drawn at screen `row`.
    fn input_line_at(&self, row: u16) -> Option<usize> {
        let i = (row.checked_sub(self.body.y)? as usize + self.scroll).checked_sub(self.top)?;
        if i >= self.input_len {
            return None;
        }
        Some(if i <= self.focus {
            i
        } else if i <= self.focus + self.focus_rows {
            self.focus
        } else {
            i - self.focus_rows
        })
    }
}

/// The frame of the question, naming its section and where the question is in it.
fn question_block(s: &AssessScreen, theme: Theme, area: Rect) -> Block<'static> {
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
    Block::default()
        .borders(Borders::ALL)
        .border_style(style::border(theme, true))
        .title(title)
}

/// The question in focus: where it is, its text and hint, the input, its problems; None
/// when no question of the section applies.
fn question_layout(s: &AssessScreen, theme: Theme, area: Rect) -> Option<QuestionLayout> {
    let lang = s.a.lang();
    let q = s.a.q();
    let section = &q.sections[s.section.min(q.sections.len().saturating_sub(1))];
    let block = question_block(s, theme, area);
    let inner = block.inner(area);
    let question = s.current()?;
    let w = inner.width.saturating_sub(1).max(1) as usize;
    let (head, body) = pinned_question(&question, lang, theme, inner);
    let mut lines: Vec<Line> = Vec::new();
    if s.question == 0
        && let Some(intro) = &section.intro
    {
        for l in style::wrap(&style::shown(intro.get(lang)), w) {
            lines.push(Line::styled(
                l,
                Style::default().add_modifier(Modifier::ITALIC),
            ));
        }
        lines.push(Line::raw(""));
    }
    // The task list's hint is a reference to its editor, long beside a short list: it goes
    // under the rows and the key that opens them, so they need no scrolling to reach.
    let tasks = matches!(question.kind, crate::questionnaire::QuestionKind::TaskList);
    let hint = hint_lines(&question, lang, theme, w);
    let hint_after = if tasks {
        hint
    } else {
        lines.extend(hint);
        lines.push(Line::raw(""));
        Vec::new()
    };
    let top = lines.len();
    let (input_lines, cursor) = inputs::render(
        &question,
        &s.a,
        &s.input,
        theme,
        body.width.saturating_sub(1),
        true,
    );
    // For the task list the line to keep in view is its last: the key that opens it.
    let focus_line = match question.kind {
        crate::questionnaire::QuestionKind::TaskList => top + input_lines.len().saturating_sub(1),
        _ => top + cursor.map_or(s.input.cursor, |(r, _)| r),
    };
    let (input_lines, focus_rows) = fit_input(input_lines, focus_line - top, cursor, w + 1);
    let input_lines_len = input_lines.len();
    lines.extend(input_lines);
    if !hint_after.is_empty() {
        lines.push(Line::raw(""));
        lines.extend(hint_after);
    }
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
    let input_len = input_lines_len;
    // Scroll so the line being worked on stays in view.
    let height = body.height as usize;
    let focus_end = focus_line + focus_rows;
    let scroll = if focus_end + 1 > height {
        (focus_end + 1 - height).min(lines.len().saturating_sub(height))
    } else {
        0
    };
    Some(QuestionLayout {
        block,
        inner,
        head,
        body,
        lines,
        top,
        input_len,
        focus: focus_line - top,
        focus_rows,
        cursor,
        scroll,
    })
}

fn question_view(s: &AssessScreen, theme: Theme, area: Rect, f: &mut Frame) {
    let Some(l) = question_layout(s, theme, area) else {
        let lang = s.a.lang();
        let block = question_block(s, theme, area);
        let inner = block.inner(area);
        f.render_widget(block, area);
        f.render_widget(
            Paragraph::new(crate::t!(lang, "assess-none-apply"))
                .wrap(ratatui::widgets::Wrap { trim: true }),
            inner,
        );
        return;
    };
    f.render_widget(l.block, area);
    f.render_widget(
        Paragraph::new(l.head),
        Rect {
            height: l.body.y - l.inner.y,
            ..l.inner
        },
    );
    let height = l.body.height as usize;
    let total = l.lines.len();
    f.render_widget(Paragraph::new(l.lines).scroll((l.scroll as u16, 0)), l.body);
    // More than fits (a long list of options): say where the window is, on the frame.
    if total > height {
        let mut state = ScrollbarState::new(total - height + 1).position(l.scroll);
        f.render_stateful_widget(
            Scrollbar::new(ScrollbarOrientation::VerticalRight)
                .begin_symbol(None)
                .end_symbol(None),
            area.inner(ratatui::layout::Margin {
                vertical: 1,
                horizontal: 0,
            }),
            &mut state,
        );
    }
    if let Some((row, col)) = l.cursor {
        let y = (l.top + row).saturating_sub(l.scroll);
        if y < height {
            f.set_cursor_position((
                l.body.x + col.min(l.body.width.saturating_sub(1)),
                l.body.y + y as u16,
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
        self.hidden_notice(&mut reply, ctx.lang);
        self.cut_notice(&mut reply, ctx.lang);
        reply
    }

    fn view(&self, f: &mut Frame, area: Rect, ctx: &Context) {
        view(self, ctx.theme, area, f)
    }

    fn click(&mut self, at: MouseEvent, area: Rect, ctx: &Context) -> Reply {
        click(self, at, area, ctx)
    }

    fn paste(&mut self, text: &str, ctx: &Context) -> Reply {
        if !self.paste_text(text) {
            return Reply::default();
        }
        let mut reply = Reply::effect(self.save(false));
        self.hidden_notice(&mut reply, ctx.lang);
        self.cut_notice(&mut reply, ctx.lang);
        reply
    }
}

/// The section list on a wide terminal: wide enough for the longest title where the
/// question keeps two fifths of the width, else as much as that leaves (titles then end
/// in an ellipsis, and the question's frame names the section in full).
fn sections_width(s: &AssessScreen, terminal: u16, panel: u16) -> u16 {
    let lang = s.a.lang();
    let longest =
        s.a.q()
            .sections
            .iter()
            .map(|x| style::width(&style::shown(x.title.get(lang))))
            .max()
            .unwrap_or(0);
    // Borders, the pointer, the mark, two spaces and a count such as 12/12.
    let need = u16::try_from(longest + 11).unwrap_or(u16::MAX);
    let room = terminal
        .saturating_sub(panel)
        .saturating_sub(terminal / 5 * 2);
    need.min(room).max(28)
}

pub fn view(s: &AssessScreen, theme: Theme, area: Rect, f: &mut Frame) {
    match &s.mode {
        Mode::Tasks(t) => return tasks::view::view(&s.a, t, theme, area, f),
        Mode::OwnReview(r) => return own_review::view(&s.a, r, theme, area, f),
        Mode::Questions => {}
    }
    let p = panes(s, area);
    if let Some(sections) = p.sections {
        sections_view(s, theme, sections, f);
    }
    question_view(s, theme, p.question, f);
    if let Some(panel) = p.panel {
        score_panel::view(&s.a, theme, panel, f, false);
    }
    if let Some(strip) = p.strip {
        score_panel::view(&s.a, theme, strip, f, true);
    }
}

/// Where the questions screen puts its parts: the section list (from 70 columns), the
/// question, and the score as a panel (from 100 columns) or a strip under them.
struct Panes {
    sections: Option<Rect>,
    question: Rect,
    panel: Option<Rect>,
    strip: Option<Rect>,
}

fn panes(s: &AssessScreen, area: Rect) -> Panes {
    // A survey has no score to show: the questions take the width and the height.
    let scored = !s.a.q().is_survey();
    let wide = area.width >= 100;
    let (main, strip) = if wide || !scored {
        (area, None)
    } else {
        let [main, strip] =
            Layout::vertical([Constraint::Min(6), Constraint::Length(4)]).areas(area);
        (main, Some(strip))
    };
    let show_sections = area.width >= 70;
    let panel = if scored {
        score_panel::width_for(area.width)
    } else {
        0
    };
    let side = if wide {
        sections_width(s, area.width, panel)
    } else {
        24
    };
    let mut constraints = Vec::new();
    if show_sections {
        constraints.push(Constraint::Length(side));
    }
    constraints.push(Constraint::Min(30));
    if wide && scored {
        constraints.push(Constraint::Length(panel));
    }
    let cols = Layout::horizontal(constraints).split(main);
    let next = usize::from(show_sections);
    Panes {
        sections: show_sections.then(|| cols[0]),
        question: cols[next],
        panel: (wide && scored).then(|| cols[next + 1]),
        strip,
    }
}

/// A click on a section opens it at its first question; a click on an option of a choice
/// question, a yes or no, or a point of a scale chooses it (or, for several choices, ticks
/// or unticks it), as Space on it does; a click on an item of a ranking takes it up, and on
/// a row of a matrix goes to it.
fn click(s: &mut AssessScreen, at: MouseEvent, area: Rect, ctx: &Context) -> Reply {
    if let Mode::Tasks(t) = &mut s.mode {
        return task_click(&s.a, t, at, area, ctx)
            .map_or_else(Reply::default, |key| s.update(key, ctx));
    }
    if !matches!(s.mode, Mode::Questions) {
        return Reply::default();
    }
    let p = panes(s, area);
    let pos = ratatui::layout::Position::new(at.column, at.row);
    if let Some(sections) = p.sections.filter(|r| r.contains(pos)) {
        let count = s.a.q().sections.len();
        if let Some(i) = hit_row(at.row, sections.y + 1, 0, count) {
            s.enter_section(i, false);
            return Reply::effect(s.save(false));
        }
        return Reply::default();
    }
    if !p.question.contains(pos) {
        return Reply::default();
    }
    let (Some(question), Some(layout)) = (s.current(), question_layout(s, ctx.theme, p.question))
    else {
        return Reply::default();
    };
    // The lines that are one point each: a click there is Space on it, except in a
    // ranking, where it takes the item up to be moved with the keys.
    let points = match &question.kind {
        QuestionKind::SingleChoice { .. } | QuestionKind::MultipleChoice { .. } => {
            question.kind.options().len()
        }
        QuestionKind::YesNo => 2,
        QuestionKind::Likert { scale } => scale.len(),
        QuestionKind::Ranking { options, .. } => options.len(),
        QuestionKind::Matrix { rows, .. } => rows.len(),
        _ => 0,
    };
    let Some(i) = layout.input_line_at(at.row).filter(|i| *i < points) else {
        return Reply::default();
    };
    s.input.cursor = i;
    // A matrix row's point is chosen with ← →; a click only goes to the row.
    if matches!(
        question.kind,
        QuestionKind::Ranking { .. } | QuestionKind::Matrix { .. }
    ) {
        return Reply::default();
    }
    match key_for(ctx, Ctx::Questions, Action::Choose) {
        Some(choose) => s.update(choose, ctx),
        None => Reply::default(),
    }
}

/// A click on a row of the task table moves there; a second click on the row under the
/// cursor opens it, as Enter does. While a row's form is open, a click on another row
/// does nothing (the form belongs to its row). Returns the key the click means, if any.
fn task_click(
    a: &Assessment,
    t: &mut TaskEditor,
    at: MouseEvent,
    area: Rect,
    ctx: &Context,
) -> Option<KeyEvent> {
    let i = tasks::view::row_at(a, t, area, at.column, at.row)?;
    if t.form.is_some() {
        return None;
    }
    if i != t.row {
        t.row = i;
        return None;
    }
    key_for(ctx, Ctx::Tasks, Action::Edit)
}
