//! Reading an answers map against a questionnaire, and every rule an answer can break.

use std::collections::HashSet;

use serde::Serialize;
use serde_yaml::Mapping;

use super::{Answer, Answers, TaskRow};
use crate::i18n::Lang;
use crate::questionnaire::condition::{Facts, ScoreMeasure};
use crate::questionnaire::model::ConstraintSeverity;
use crate::questionnaire::{Question, QuestionKind, Questionnaire};
use crate::t;
use crate::text::shorten;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ProblemSeverity {
    Warning,
    Error,
}

/// What sort of rule was broken; a draft may keep missing answers and broken constraints.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ProblemKind {
    /// The value cannot be read as the question's type, or names no question.
    Unreadable,
    /// A required question that applies has no answer.
    Missing,
    /// The value is of the right type but not allowed (an unknown option, out of range).
    Invalid,
    /// The question's own constraint fails.
    Constraint,
    /// Answered, though the question does not apply.
    NotApplicable,
    /// Something outside the answers (the assessor, headcounts).
    General,
}

/// One rule an answer breaks. `path` names the place (`answers.tasks[2].share`) so a
/// caller can turn it into a line and column of the file it read.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Problem {
    pub question: Option<String>,
    pub path: String,
    pub message: String,
    pub severity: ProblemSeverity,
    pub kind: ProblemKind,
}

impl Problem {
    fn error(question: &str, path: String, message: String, kind: ProblemKind) -> Self {
        Problem {
            question: Some(question.to_string()),
            path,
            message,
            severity: ProblemSeverity::Error,
            kind,
        }
    }

    /// An error about the file rather than one answer.
    pub fn general(path: &str, message: String) -> Self {
        Problem {
            question: None,
            path: path.to_string(),
            message,
            severity: ProblemSeverity::Error,
            kind: ProblemKind::General,
        }
    }
}

/// Who reads a problem's message. Someone editing an answers file needs the ids and keys
/// that find the place in it; someone at the interface sees question texts, option labels
/// and the editor's fields, and never the file's syntax.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reader {
    File,
    Screen,
}

/// Read each raw value with its question's type. Unknown ids and unreadable values are
/// problems; everything readable is kept.
pub fn parse_answers(q: &Questionnaire, raw: &Mapping, lang: Lang) -> (Answers, Vec<Problem>) {
    let mut answers = Answers::new();
    let mut problems = Vec::new();
    for (key, value) in raw {
        let Some(id) = key.as_str() else {
            problems.push(Problem {
                question: None,
                path: "answers".into(),
                message: t!(
                    lang,
                    "domain-answers-id-not-text",
                    found = super::describe(key, lang)
                ),
                severity: ProblemSeverity::Error,
                kind: ProblemKind::Unreadable,
            });
            continue;
        };
        let path = format!("answers.{id}");
        let Some(question) = q.question(id) else {
            // Suggestions cost an edit distance per question: offer them for the first few.
            let hint = (problems.len() < 50)
                .then(|| closest(id, q.questions().map(|(_, q)| q.id.as_str())))
                .flatten()
                .map(|s| format!(" {}", t!(lang, "domain-did-you-mean", name = s)))
                .unwrap_or_default();
            let id = &shorten(id);
            problems.push(Problem::error(
                id,
                path,
                t!(
                    lang,
                    "domain-answers-unknown-question",
                    questionnaire = q.id.as_str(),
                    version = q.version.as_str(),
                    id = id.as_str(),
                    hint = hint
                ),
                ProblemKind::Unreadable,
            ));
            continue;
        };
        if value.is_null() {
            continue;
        }
        // Task rows are reported one problem at a time, each at its own row.
        if let (crate::questionnaire::QuestionKind::TaskList, serde_yaml::Value::Sequence(items)) =
            (&question.kind, value)
        {
            match super::parse_task_rows(items, lang) {
                Ok(rows) => {
                    answers.insert(id.to_string(), Answer::Tasks(rows));
                }
                Err(errors) => problems.extend(errors.into_iter().map(|(i, e)| {
                    Problem::error(
                        id,
                        format!("{path}[{i}]"),
                        super::row_problem(i, &e, lang),
                        ProblemKind::Unreadable,
                    )
                })),
            }
            continue;
        }
        match Answer::from_value(question, value, lang) {
            Ok(answer) => {
                answers.insert(id.to_string(), answer);
            }
            Err(message) => {
                problems.push(Problem::error(id, path, message, ProblemKind::Unreadable))
            }
        }
    }
    (answers, problems)
}

/// Which sections and questions apply, given the answers so far.
#[derive(Debug, Clone, Default)]
pub struct Visibility {
    visible: HashSet<String>,
}

struct VisibleFacts<'a> {
    answers: &'a Answers,
    visible: &'a HashSet<String>,
}

impl Facts for VisibleFacts<'_> {
    fn answer(&self, question: &str) -> Option<&Answer> {
        self.visible
            .contains(question)
            .then(|| self.answers.get(question))
            .flatten()
            .filter(|a| !a.is_empty())
    }
    fn scores(&self, _: ScoreMeasure) -> Vec<(&str, f64)> {
        Vec::new()
    }
    fn tasks(&self) -> &[TaskRow] {
        self.answer("tasks")
            .and_then(Answer::as_tasks)
            .unwrap_or(&[])
    }
}

impl Visibility {
    /// Conditions may only read earlier questions (`wia check` enforces it), so one pass in
    /// questionnaire order decides every question; a hidden question counts as unanswered.
    pub fn compute(q: &Questionnaire, answers: &Answers) -> Self {
        let mut visible = HashSet::new();
        for section in &q.sections {
            let facts = VisibleFacts {
                answers,
                visible: &visible,
            };
            let section_shown = section.show_if.as_ref().is_none_or(|c| c.eval(&facts));
            for question in &section.questions {
                let facts = VisibleFacts {
                    answers,
                    visible: &visible,
                };
                if section_shown && question.show_if.as_ref().is_none_or(|c| c.eval(&facts)) {
                    visible.insert(question.id.clone());
                }
            }
        }
        Visibility { visible }
    }

    pub fn is_visible(&self, question: &str) -> bool {
        self.visible.contains(question)
    }

    /// The questions answered though they no longer apply, in questionnaire order: their
    /// answers are kept (reopening the branch restores them) but count for nothing.
    pub fn no_longer_apply<'q>(
        &self,
        q: &'q Questionnaire,
        answers: &Answers,
    ) -> Vec<&'q Question> {
        q.questions()
            .map(|(_, question)| question)
            .filter(|question| !self.is_visible(&question.id))
            .filter(|question| answers.get(&question.id).is_some_and(|a| !a.is_empty()))
            .collect()
    }

    /// The answers that count: those to visible questions, not empty.
    pub fn effective(&self, answers: &Answers) -> Answers {
        answers
            .iter()
            .filter(|(id, a)| self.is_visible(id) && !a.is_empty())
            .map(|(id, a)| (id.clone(), a.clone()))
            .collect()
    }
}

/// Every rule the answers break: required answers missing, values outside what the
/// question allows, task rows that do not fit the scoring tables, and constraints.
pub fn check_answers(q: &Questionnaire, answers: &Answers, lang: Lang) -> Vec<Problem> {
    check_answers_for(q, answers, Reader::File, lang)
}

/// `check_answers` with each message worded for `reader`.
pub fn check_answers_for(
    q: &Questionnaire,
    answers: &Answers,
    reader: Reader,
    lang: Lang,
) -> Vec<Problem> {
    let visibility = Visibility::compute(q, answers);
    let effective = visibility.effective(answers);
    let facts = VisibleFacts {
        answers: &effective,
        visible: &visibility.visible,
    };
    let mut problems = Vec::new();
    for (_, question) in q.questions() {
        let id = &question.id;
        let path = format!("answers.{id}");
        let answer = answers.get(id).filter(|a| !a.is_empty());
        if !visibility.is_visible(id) {
            if answer.is_some() {
                problems.push(Problem {
                    question: Some(id.clone()),
                    path,
                    message: match reader {
                        Reader::File => t!(
                            lang,
                            "domain-answers-no-longer-applies",
                            id = id.as_str(),
                            question = question.text.get(lang)
                        ),
                        Reader::Screen => t!(lang, "domain-answers-not-applicable"),
                    },
                    severity: ProblemSeverity::Warning,
                    kind: ProblemKind::NotApplicable,
                });
            }
            continue;
        }
        let Some(answer) = answer else {
            if question.required {
                problems.push(Problem::error(
                    id,
                    path,
                    match reader {
                        Reader::File => t!(
                            lang,
                            "domain-answers-required",
                            id = id.as_str(),
                            question = question.text.get(lang)
                        ),
                        Reader::Screen => t!(lang, "screen-answers-required"),
                    },
                    ProblemKind::Missing,
                ));
            }
            continue;
        };
        for (sub, message) in value_problems(q, question, answer, reader, lang) {
            problems.push(Problem::error(
                id,
                format!("{path}{sub}"),
                message,
                ProblemKind::Invalid,
            ));
        }
        // A ranking still to finish is incomplete, as a missing answer is: a draft may
        // keep it, a final record may not.
        if let (
            QuestionKind::Ranking {
                options,
                rank_all: true,
            },
            Answer::Ranking(list),
        ) = (&question.kind, answer)
            && options.iter().any(|o| !list.contains(&o.value))
        {
            problems.push(Problem::error(
                id,
                path.clone(),
                unranked(question, options, list, reader, lang),
                ProblemKind::Missing,
            ));
        }
        if let Some(c) = &question.constraint
            && !c.rule.eval(&facts)
        {
            problems.push(Problem {
                question: Some(id.clone()),
                path,
                message: c.message.get(lang).to_string(),
                severity: match c.severity {
                    ConstraintSeverity::Error => ProblemSeverity::Error,
                    ConstraintSeverity::Warning => ProblemSeverity::Warning,
                },
                kind: ProblemKind::Constraint,
            });
        }
    }
    problems
}

/// Longest text answers when the questionnaire sets no `max_length`.
pub const MAX_SHORT_TEXT: usize = 1_000;
pub const MAX_LONG_TEXT: usize = 20_000;

/// The most characters a text answer to a question of this kind may hold; `None` for
/// kinds that are not text.
pub fn max_text_length(kind: &QuestionKind) -> Option<usize> {
    match kind {
        QuestionKind::ShortText { max_length } => Some(max_length.unwrap_or(MAX_SHORT_TEXT)),
        QuestionKind::LongText { max_length } => Some(max_length.unwrap_or(MAX_LONG_TEXT)),
        _ => None,
    }
}

/// Problems with one answer's value, each with a path suffix (`[2].share`) and a message.
// Long because it is one match over every pair of question kind and answer, each arm that
// kind's checks, read side by side.
fn value_problems(
    q: &Questionnaire,
    question: &Question,
    answer: &Answer,
    reader: Reader,
    lang: Lang,
) -> Vec<(String, String)> {
    let kind = &question.kind;
    let screen = reader == Reader::Screen;
    // On screen an option is named by its label, as the person sees it.
    let option_name = |value: &str| -> String {
        kind.options()
            .iter()
            .find(|o| o.value == value)
            .map_or_else(|| value.to_string(), |o| o.label.get(lang).to_string())
    };
    let mut out = Vec::new();
    let option_ids = || -> String {
        kind.options()
            .iter()
            .map(|o| o.value.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    };
    let mismatch = || {
        vec![(
            String::new(),
            if screen {
                t!(lang, "screen-answers-wrong-type")
            } else {
                t!(lang, "domain-answers-wrong-type", kind = kind.name())
            },
        )]
    };
    match (kind, answer) {
        (QuestionKind::SingleChoice { options }, Answer::Choice(c)) => {
            out.extend(
                choice_problem(options, c, &option_ids, reader, lang).map(|m| (String::new(), m)),
            );
        }
        (
            QuestionKind::MultipleChoice {
                options,
                min_selected,
                max_selected,
            },
            Answer::Choices(list),
        ) => {
            if list.len() > options.len() {
                return vec![(
                    String::new(),
                    t!(
                        lang,
                        "domain-answers-too-many-choices",
                        count = list.len(),
                        options = options.len()
                    ),
                )];
            }
            for (i, c) in list.iter().enumerate() {
                if let Some(m) = choice_problem(options, c, &option_ids, reader, lang) {
                    out.push((format!("[{i}]"), m));
                }
                if list[..i].iter().any(|p| p.value == c.value) {
                    out.push((
                        format!("[{i}]"),
                        if screen {
                            t!(
                                lang,
                                "screen-answers-chosen-twice",
                                option = option_name(&c.value)
                            )
                        } else {
                            t!(
                                lang,
                                "domain-answers-chosen-twice",
                                value = c.value.as_str()
                            )
                        },
                    ));
                }
            }
            if let Some(min) = min_selected
                && list.len() < *min
            {
                out.push((
                    String::new(),
                    t!(lang, "domain-answers-choose-at-least", count = *min),
                ));
            }
            if let Some(max) = max_selected
                && list.len() > *max
            {
                out.push((
                    String::new(),
                    t!(lang, "domain-answers-choose-at-most", count = *max),
                ));
            }
        }
        (QuestionKind::Ranking { options, .. }, Answer::Ranking(list)) => {
            if list.len() > options.len() {
                return vec![(
                    String::new(),
                    t!(
                        lang,
                        "domain-answers-too-many-ranked",
                        count = list.len(),
                        options = options.len()
                    ),
                )];
            }
            for (i, v) in list.iter().enumerate() {
                if !options.iter().any(|o| &o.value == v) {
                    out.push((
                        format!("[{i}]"),
                        not_an_option(v, &option_ids(), reader, lang),
                    ));
                } else if list[..i].contains(v) {
                    out.push((
                        format!("[{i}]"),
                        if screen {
                            t!(lang, "screen-answers-ranked-twice", option = option_name(v))
                        } else {
                            t!(lang, "domain-answers-ranked-twice", value = v.as_str())
                        },
                    ));
                }
            }
        }
        (QuestionKind::Likert { scale }, answer @ (Answer::Number(_) | Answer::Text(_))) => {
            if !scale.iter().any(|p| answer.is_point(&p.value)) {
                let shown = match answer {
                    Answer::Number(n) => n.to_string(),
                    Answer::Text(t) => shorten(t),
                    _ => String::new(),
                };
                out.push((String::new(), not_on_scale(&shown, scale, reader, lang)));
            }
        }
        (QuestionKind::Matrix { rows, scale }, Answer::Matrix(given)) => {
            for (row, v) in given {
                if !rows.iter().any(|r| &r.id == row) {
                    let ids: Vec<&str> = rows.iter().map(|r| r.id.as_str()).collect();
                    out.push((
                        format!(".{row}"),
                        if screen {
                            t!(lang, "screen-answers-no-such-row")
                        } else {
                            t!(
                                lang,
                                "domain-answers-no-such-row",
                                row = row.as_str(),
                                expected = ids.join(", ")
                            )
                        },
                    ));
                } else if !scale.iter().any(|p| p.value == *v) {
                    let shown = shorten(&v.to_string());
                    out.push((format!(".{row}"), not_on_scale(&shown, scale, reader, lang)));
                }
            }
            if question.required {
                for r in rows.iter().filter(|r| !given.contains_key(&r.id)) {
                    out.push((
                        String::new(),
                        if screen {
                            t!(
                                lang,
                                "screen-answers-row-unanswered",
                                row = r.label.get(lang)
                            )
                        } else {
                            t!(lang, "domain-answers-row-unanswered", row = r.id.as_str())
                        },
                    ));
                }
            }
        }
        (
            QuestionKind::Number {
                min,
                max,
                integer,
                unit,
                ..
            },
            Answer::Number(n),
        ) => {
            let unit = unit
                .as_ref()
                .map(|u| format!(" {}", u.get(lang)))
                .unwrap_or_default();
            if let Some(min) = min
                && n < min
            {
                out.push((
                    String::new(),
                    t!(
                        lang,
                        "domain-answers-below-minimum",
                        value = format!("{n}{unit}"),
                        min = format!("{min}{unit}")
                    ),
                ));
            }
            if let Some(max) = max
                && n > max
            {
                out.push((
                    String::new(),
                    t!(
                        lang,
                        "domain-answers-above-maximum",
                        value = format!("{n}{unit}"),
                        max = format!("{max}{unit}")
                    ),
                ));
            }
            if *integer && n.fract() != 0.0 {
                out.push((
                    String::new(),
                    t!(lang, "domain-answers-not-whole", value = n.to_string()),
                ));
            }
        }
        (QuestionKind::Percentage, Answer::Number(n)) => {
            if !(0.0..=100.0).contains(n) {
                out.push((
                    String::new(),
                    t!(lang, "domain-answers-not-percentage", value = n.to_string()),
                ));
            }
        }
        (QuestionKind::ShortText { .. } | QuestionKind::LongText { .. }, Answer::Text(t)) => {
            let len = t.chars().count();
            let max = max_text_length(kind).unwrap_or(usize::MAX);
            if len > max {
                out.push((
                    String::new(),
                    t!(lang, "domain-answers-too-long", count = len, max = max),
                ));
            }
            if let Some(c) = crate::text::refused_char(t) {
                out.push((String::new(), control_character(c, lang)));
            }
            if matches!(kind, QuestionKind::ShortText { .. }) && t.contains('\n') {
                out.push((String::new(), t!(lang, "domain-answers-short-one-line")));
            }
        }
        (QuestionKind::TaskList, Answer::Tasks(rows)) => {
            for (i, row) in rows.iter().enumerate() {
                for message in row.problems_for(q, reader, lang) {
                    out.push((format!("[{i}]"), super::row_problem(i, &message, lang)));
                }
            }
        }
        (QuestionKind::Date, Answer::Date(_)) | (QuestionKind::YesNo, Answer::YesNo(_)) => {}
        _ => return mismatch(),
    }
    out
}

fn choice_problem(
    options: &[crate::questionnaire::model::ChoiceOption],
    c: &super::Choice,
    ids: &dyn Fn() -> String,
    reader: Reader,
    lang: Lang,
) -> Option<String> {
    let Some(option) = options.iter().find(|o| o.value == c.value) else {
        return Some(not_an_option(&c.value, &ids(), reader, lang));
    };
    if reader == Reader::Screen {
        let label = option.label.get(lang);
        return match (&c.other, option.other) {
            (Some(_), false) => Some(t!(lang, "screen-answers-other-not-taken", option = label)),
            (None, true) => Some(t!(lang, "screen-answers-other-needed", option = label)),
            (Some(other), true) if other.trim().is_empty() => {
                Some(t!(lang, "screen-answers-other-needed", option = label))
            }
            (Some(other), true) => {
                crate::text::refused_char(other).map(|c| control_character(c, lang))
            }
            _ => None,
        };
    }
    match (&c.other, option.other) {
        (Some(_), false) => Some(t!(
            lang,
            "domain-answers-other-not-taken",
            value = c.value.as_str()
        )),
        (None, true) => Some(t!(
            lang,
            "domain-answers-other-needed",
            value = c.value.as_str()
        )),
        (Some(other), true) if other.trim().is_empty() => {
            Some(t!(lang, "domain-answers-other-empty"))
        }
        (Some(other), true) => crate::text::refused_char(other).map(|c| control_character(c, lang)),
        _ => None,
    }
}

/// The one message for a character wia refuses in text it is given.
pub fn control_character(c: char, lang: crate::text::Lang) -> String {
    t!(
        lang,
        "domain-answers-control-character",
        code = crate::text::char_code(c)
    )
}

fn not_an_option(value: &str, expected: &str, reader: Reader, lang: Lang) -> String {
    if reader == Reader::Screen {
        // The value came from a file edited by hand; the options are on the screen.
        return t!(lang, "screen-answers-not-an-option", value = shorten(value));
    }
    t!(
        lang,
        "domain-answers-not-an-option",
        value = value,
        expected = expected
    )
}

fn not_on_scale(
    value: &str,
    scale: &[crate::questionnaire::model::ScalePoint],
    reader: Reader,
    lang: Lang,
) -> String {
    if reader == Reader::Screen {
        return t!(lang, "screen-answers-not-on-scale", value = value);
    }
    t!(
        lang,
        "domain-answers-not-on-scale",
        value = value,
        expected = scale_values(scale)
    )
}

/// A ranking that must rank every option and does not: the question named, and what is
/// left to rank (by id for a file, by label on screen).
fn unranked(
    question: &Question,
    options: &[crate::questionnaire::model::ChoiceOption],
    list: &[String],
    reader: Reader,
    lang: Lang,
) -> String {
    let left = options.iter().filter(|o| !list.contains(&o.value));
    match reader {
        Reader::File => t!(
            lang,
            "domain-answers-rank-all",
            id = question.id.as_str(),
            question = question.text.get(lang),
            count = options.len(),
            ranked = list.len(),
            left = left
                .map(|o| o.value.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        ),
        Reader::Screen => t!(
            lang,
            "screen-answers-rank-all",
            count = options.len(),
            ranked = list.len(),
            left = left
                .map(|o| o.label.get(lang))
                .collect::<Vec<_>>()
                .join("; ")
        ),
    }
}

fn scale_values(scale: &[crate::questionnaire::model::ScalePoint]) -> String {
    scale
        .iter()
        .map(|p| p.value.to_string())
        .collect::<Vec<_>>()
        .join(", ")
}

/// The candidate nearest to `word` by edit distance, if it is near enough to be a typo.
pub fn closest<'a>(word: &str, candidates: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    let distance = |a: &str, b: &str| -> usize {
        let b: Vec<char> = b.chars().collect();
        let mut row: Vec<usize> = (0..=b.len()).collect();
        for (i, ca) in a.chars().enumerate() {
            let mut prev = row[0];
            row[0] = i + 1;
            for (j, cb) in b.iter().enumerate() {
                let cur = row[j + 1];
                row[j + 1] = (prev + usize::from(ca != *cb)).min(row[j] + 1).min(cur + 1);
                prev = cur;
            }
        }
        row[b.len()]
    };
    candidates
        .map(|c| (distance(word, c), c))
        .filter(|(d, c)| *d <= (c.chars().count() / 2).max(1))
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}
