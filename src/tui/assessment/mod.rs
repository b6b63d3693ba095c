//! The assessment being filled in: the questionnaire, the answers so far (including what
//! is half-typed), and everything derived from them: which questions apply, the figures,
//! and the problems. Nothing here draws or touches a disk.

mod task_edit;

pub use task_edit::{TaskEdit, parse_number, show_number};

use std::collections::BTreeMap;
use std::sync::Arc;

use serde_yaml::{Mapping, Value};

use crate::answers::{
    Answer, Answers, Problem, ProblemKind, ProblemSeverity, Reader, TaskRow, Visibility,
    check_answers_for,
};
use crate::questionnaire::{Question, QuestionKind, Questionnaire};
use crate::record::Draft;
use crate::scoring::{Results, score};
use crate::text::{Lang, nfc};

/// The questionnaire an assessment uses, with the exact text it was read from (kept beside
/// the record so it can be rescored after the questionnaire changes).
#[derive(Debug, Clone)]
pub struct Source {
    pub questionnaire: Arc<Questionnaire>,
    pub text: Arc<str>,
    pub sha256: String,
}

/// What a text typed into a number or date field could not be read as.
#[derive(Debug, Clone, PartialEq)]
pub struct Pending {
    pub raw: String,
    pub why: String,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Progress {
    /// Questions that apply now.
    pub total: usize,
    pub answered: usize,
    pub required: usize,
    pub required_answered: usize,
    pub errors: usize,
}

impl Progress {
    pub fn complete(&self) -> bool {
        self.required_answered == self.required && self.errors == 0
    }
}

#[derive(Debug, Clone)]
pub struct Assessment {
    pub source: Source,
    /// Metadata, assessor, language and headcounts; its answers are rebuilt on save.
    pub draft: Draft,
    answers: Answers,
    pending: BTreeMap<String, Pending>,
    /// Rows of the task list question, as typed.
    pub tasks: Vec<TaskEdit>,
    visibility: Visibility,
    /// Questions answered that no longer apply, and those of them hidden by the latest
    /// changes and not yet told to the person.
    no_longer_apply: Vec<String>,
    newly_hidden: Vec<String>,
    pub results: Results,
    problems: Vec<Problem>,
    /// Another process holds this draft (who): shown, never written.
    pub read_only: Option<crate::store::Holder>,
    /// Why a revision revises its record, asked when it is finalised; never written to the
    /// draft, as `wia new --reason` is never read from a file.
    pub reason: Option<String>,
}

pub const TASKS: &str = "tasks";

impl Assessment {
    /// Open a draft. Values the questionnaire cannot read are kept as typed text where
    /// possible; anything else is reported so the person knows what was dropped.
    /// `lang` is the interface's, for what is said about answers left out.
    pub fn from_draft(source: Source, mut draft: Draft, lang: Lang) -> (Self, Vec<String>) {
        // The answers live in the fields below from now on; `to_draft` writes them back.
        let raw = std::mem::take(&mut draft.answers);
        let q = source.questionnaire.clone();
        let mut answers = Answers::new();
        let mut pending = BTreeMap::new();
        let mut tasks = Vec::new();
        let mut dropped = Vec::new();
        for (key, value) in &raw {
            let Some(id) = key.as_str() else { continue };
            let Some(question) = q.question(id) else {
                dropped.push(crate::t!(lang, "draft-unknown-answer", id = id));
                continue;
            };
            if value.is_null() {
                continue;
            }
            if matches!(question.kind, QuestionKind::TaskList) {
                if let Value::Sequence(rows) = value {
                    tasks = rows.iter().map(TaskEdit::from_value).collect();
                }
                continue;
            }
            match Answer::from_value(question, value, lang) {
                Ok(a) => {
                    answers.insert(id.to_string(), a);
                }
                // The reader's message names the file's syntax; the screen says it in words.
                Err(_) => match value {
                    Value::String(raw) => {
                        pending.insert(
                            id.to_string(),
                            Pending {
                                raw: raw.clone(),
                                why: unreadable(&question.kind, raw, lang),
                            },
                        );
                    }
                    _ => dropped.push(crate::t!(
                        lang,
                        "draft-answer-left-out",
                        question = question.text.get(lang)
                    )),
                },
            }
        }
        let mut a = Assessment {
            source,
            draft,
            answers,
            pending,
            tasks,
            visibility: Visibility::default(),
            no_longer_apply: Vec::new(),
            newly_hidden: Vec::new(),
            results: Results::default(),
            problems: Vec::new(),
            read_only: None,
            reason: None,
        };
        a.recompute();
        // Answers hidden before the draft was opened are shown in the review, not told
        // as news.
        a.newly_hidden.clear();
        (a, dropped)
    }

    pub fn q(&self) -> &Questionnaire {
        &self.source.questionnaire
    }

    pub fn lang(&self) -> Lang {
        self.draft.language
    }

    pub fn answer(&self, id: &str) -> Option<&Answer> {
        self.answers.get(id)
    }

    pub fn pending(&self, id: &str) -> Option<&Pending> {
        self.pending.get(id)
    }

    pub fn is_visible(&self, id: &str) -> bool {
        self.visibility.is_visible(id)
    }

    pub fn is_answered(&self, question: &Question) -> bool {
        if matches!(question.kind, QuestionKind::TaskList) {
            return !self.tasks.is_empty();
        }
        // Text that cannot be read as an answer (a date with no such day) is not one.
        self.answers
            .get(&question.id)
            .is_some_and(|a| !a.is_empty())
    }

    /// Set or clear an answer; whatever was half-typed for it is replaced.
    pub fn set(&mut self, id: &str, answer: Option<Answer>) {
        self.pending.remove(id);
        match answer {
            Some(a) if !a.is_empty() => {
                self.answers.insert(id.to_string(), a);
            }
            _ => {
                self.answers.remove(id);
            }
        }
        self.recompute();
    }

    /// Read text typed into a field with the question's type: an answer, no answer (empty),
    /// or text kept as typed with the reason it cannot be read yet.
    pub fn set_typed(&mut self, question: &Question, raw: &str) {
        let id = question.id.as_str();
        if raw.trim().is_empty() {
            self.set(id, None);
            return;
        }
        let read = match &question.kind {
            QuestionKind::ShortText { .. } | QuestionKind::LongText { .. } => {
                Ok(Answer::Text(nfc(raw)))
            }
            QuestionKind::Number { .. } | QuestionKind::Percentage => parse_number(raw)
                .map(Answer::Number)
                .ok_or_else(|| unreadable(&question.kind, raw, self.lang())),
            QuestionKind::Date => crate::answers::parse_date(raw)
                .map(Answer::Date)
                .ok_or_else(|| unreadable(&question.kind, raw, self.lang())),
            _ => Err(unreadable(&question.kind, raw, self.lang())),
        };
        match read {
            Ok(a) => self.set(id, Some(a)),
            Err(why) => {
                self.answers.remove(id);
                self.pending.insert(
                    id.to_string(),
                    Pending {
                        raw: raw.to_string(),
                        why,
                    },
                );
                self.recompute();
            }
        }
    }

    pub fn set_tasks(&mut self, tasks: Vec<TaskEdit>) {
        self.tasks = tasks;
        self.recompute();
    }

    /// Everything derived from the answers. About 100 µs for the bundled questionnaire,
    /// so it runs on every change.
    pub fn recompute(&mut self) {
        let q = self.source.questionnaire.clone();
        // Each row is read once: for the score and for its problems.
        let rows: Vec<Result<TaskRow, Vec<String>>> =
            self.tasks.iter().map(|t| t.to_row(self.lang())).collect();
        let mut scored = self.answers.clone();
        let complete: Vec<TaskRow> = rows
            .iter()
            .filter_map(|r| r.as_ref().ok().cloned())
            .collect();
        if !complete.is_empty() {
            scored.insert(TASKS.to_string(), Answer::Tasks(complete));
        }
        self.visibility = Visibility::compute(&q, &scored);
        let hidden: Vec<String> = self
            .visibility
            .no_longer_apply(&q, &scored)
            .into_iter()
            .map(|question| question.id.clone())
            .collect();
        let news = hidden
            .iter()
            .filter(|id| !self.no_longer_apply.contains(id));
        self.newly_hidden.extend(news.cloned());
        self.newly_hidden.retain(|id| hidden.contains(id));
        self.no_longer_apply = hidden;
        self.results = score(&q, &scored, &self.draft.headcounts, self.draft.language);
        let mut problems: Vec<Problem> =
            check_answers_for(&q, &scored, Reader::Screen, self.lang())
                .into_iter()
                // Task rows are checked below, numbered as the person sees them.
                .filter(|p| !p.path.starts_with("answers.tasks["))
                .filter(|p| !(p.kind == ProblemKind::Missing && self.pending_for(p)))
                .collect();
        for (id, p) in &self.pending {
            if self.visibility.is_visible(id) {
                problems.push(error(id, format!("answers.{id}"), p.why.clone()));
            }
        }
        if self.visibility.is_visible(TASKS) {
            for (i, row) in rows.iter().enumerate() {
                let messages = match row {
                    Ok(row) => row.problems_for(&q, Reader::Screen, self.lang()),
                    Err(missing) => missing.clone(),
                };
                for m in messages {
                    problems.push(error(
                        TASKS,
                        format!("answers.tasks[{i}]"),
                        crate::t!(
                            self.lang(),
                            "domain-answer-row",
                            number = i + 1,
                            problem = m
                        ),
                    ));
                }
            }
        }
        self.problems = problems;
    }

    fn pending_for(&self, p: &Problem) -> bool {
        p.question
            .as_deref()
            .is_some_and(|id| self.pending.contains_key(id))
    }

    /// The questions answered that no longer apply, in questionnaire order.
    pub fn no_longer_apply(&self) -> Vec<&Question> {
        let q = self.q();
        self.no_longer_apply
            .iter()
            .filter_map(|id| q.question(id))
            .collect()
    }

    /// The questions whose answers stopped applying since this was last asked.
    pub fn take_newly_hidden(&mut self) -> Vec<String> {
        std::mem::take(&mut self.newly_hidden)
    }

    pub fn problems(&self) -> &[Problem] {
        &self.problems
    }

    pub fn problems_for<'a>(&'a self, id: &'a str) -> impl Iterator<Item = &'a Problem> + 'a {
        self.problems
            .iter()
            .filter(move |p| p.question.as_deref() == Some(id))
    }

    /// What stops the assessment being finalised: errors, not warnings.
    pub fn blocking(&self) -> Vec<&Problem> {
        self.problems
            .iter()
            .filter(|p| p.severity == ProblemSeverity::Error)
            .collect()
    }

    /// The questions of a section that apply now, in order.
    pub fn visible_questions(&self, section: usize) -> Vec<&Question> {
        self.q()
            .sections
            .get(section)
            .map(|s| {
                s.questions
                    .iter()
                    .filter(|q| self.visibility.is_visible(&q.id))
                    .collect()
            })
            .unwrap_or_default()
    }

    pub fn progress(&self, section: usize) -> Progress {
        let mut p = Progress::default();
        for question in self.visible_questions(section) {
            p.total += 1;
            let answered = self.is_answered(question);
            p.answered += usize::from(answered);
            if question.required {
                p.required += 1;
                p.required_answered += usize::from(answered);
            }
            p.errors += self
                .problems_for(&question.id)
                .filter(|x| x.severity == ProblemSeverity::Error && x.kind != ProblemKind::Missing)
                .count();
        }
        p
    }

    /// Progress over every section that applies.
    pub fn overall(&self) -> Progress {
        (0..self.q().sections.len()).fold(Progress::default(), |acc, i| {
            let p = self.progress(i);
            Progress {
                total: acc.total + p.total,
                answered: acc.answered + p.answered,
                required: acc.required + p.required,
                required_answered: acc.required_answered + p.required_answered,
                errors: acc.errors + p.errors,
            }
        })
    }

    /// The draft as it should be saved now: answers in questionnaire order, half-typed
    /// text and task rows as typed.
    pub fn to_draft(&self) -> Draft {
        let mut answers = Mapping::new();
        for (_, question) in self.q().questions() {
            let id = &question.id;
            let value = if matches!(question.kind, QuestionKind::TaskList) {
                (!self.tasks.is_empty())
                    .then(|| Value::Sequence(self.tasks.iter().map(TaskEdit::to_value).collect()))
            } else if let Some(p) = self.pending.get(id) {
                Some(Value::String(p.raw.clone()))
            } else {
                self.answers.get(id).map(Answer::to_value)
            };
            if let Some(v) = value {
                answers.insert(id.clone().into(), v);
            }
        }
        Draft {
            answers,
            ..self.draft.clone()
        }
    }

    pub fn title(&self) -> Option<String> {
        match self.answers.get("policy_title") {
            Some(Answer::Text(t)) if !t.trim().is_empty() => Some(t.trim().to_string()),
            _ => None,
        }
    }
}

fn error(id: &str, path: String, message: String) -> Problem {
    Problem {
        question: Some(id.to_string()),
        path,
        message,
        severity: ProblemSeverity::Error,
        kind: ProblemKind::Invalid,
    }
}

/// What the screen says of a typed text a question of this kind cannot read.
/// Why text typed (or read back from a draft) is not an answer, in the screen's words.
fn unreadable(kind: &QuestionKind, raw: &str, lang: Lang) -> String {
    match kind {
        // Written as asked, but no such day: "type it as YYYY-MM-DD" would only puzzle.
        QuestionKind::Date if crate::answers::written_as_date(raw) => {
            crate::t!(lang, "input-no-such-date", found = raw.trim())
        }
        QuestionKind::Number { .. } | QuestionKind::Percentage => {
            crate::t!(lang, "input-not-number")
        }
        QuestionKind::Date => crate::t!(lang, "input-not-date"),
        _ => crate::t!(lang, "input-not-typed"),
    }
}
