//! The rules of a questionnaire that its types cannot express: unique ids, conditions
//! that name real questions and fit their types, bands in order, sane scoring tables.

use std::collections::HashMap;

use super::condition::{Condition, Scalar, Test};
use super::{Question, QuestionKind, Questionnaire};
use crate::error::Level;

/// A problem at `path`; `related` is another place the message refers to ("first
/// defined at ..."), given as a path so the caller can turn it into a line.
#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    pub path: String,
    pub level: Level,
    pub message: String,
    pub related: Option<String>,
}

struct Checker<'q> {
    q: &'q Questionnaire,
    out: Vec<Finding>,
    /// Question id -> position in the questionnaire, for "earlier questions only".
    order: HashMap<&'q str, usize>,
}

impl Checker<'_> {
    fn error(&mut self, path: impl Into<String>, message: impl Into<String>) {
        self.out.push(Finding {
            path: path.into(),
            level: Level::Error,
            message: message.into(),
            related: None,
        });
    }

    fn unique<'a>(&mut self, what: &str, items: impl Iterator<Item = (String, &'a str)>) {
        let mut seen: HashMap<&str, String> = HashMap::new();
        for (path, id) in items {
            if id.trim().is_empty() {
                self.error(path, format!("{what} has an empty id"));
            } else if let Some(first) = seen.get(id) {
                self.out.push(Finding {
                    path,
                    level: Level::Error,
                    message: format!("duplicate {what} `{id}`"),
                    related: Some(first.clone()),
                });
            } else {
                seen.insert(id, path);
            }
        }
    }
}

/// Every problem found, each at its path in the document.
pub fn validate(q: &Questionnaire) -> Vec<Finding> {
    let order = q
        .questions()
        .enumerate()
        .map(|(i, (_, question))| (question.id.as_str(), i))
        .collect();
    let mut c = Checker {
        q,
        out: Vec::new(),
        order,
    };
    check_header(&mut c);
    check_scoring(&mut c);
    check_sections(&mut c);
    check_flags(&mut c);
    note_missing_welsh(&mut c);
    c.out
}

fn is_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .chars()
            .all(|ch| ch.is_ascii_lowercase() || ch.is_ascii_digit() || ch == '_' || ch == '-')
}

fn check_header(c: &mut Checker) {
    if !is_id(&c.q.id) {
        c.error(
            "id",
            format!(
                "questionnaire id `{}` should be lower-case letters, digits, `_` or `-`",
                c.q.id
            ),
        );
    }
    if c.q.version.trim().is_empty() {
        c.error(
            "version",
            "version is empty: give the questionnaire a version such as 1.0.0",
        );
    }
    if c.q.sections.is_empty() {
        c.error("sections", "a questionnaire needs at least one section");
    }
}

fn check_scoring(c: &mut Checker) {
    let s = &c.q.scoring;
    let positive = [
        ("scoring.school_weeks_per_year", s.school_weeks_per_year),
        ("scoring.directed_hours_per_fte", s.directed_hours_per_fte),
    ];
    for (path, v) in positive {
        if !(v.is_finite() && v > 0.0) {
            let key = path.rsplit('.').next().unwrap_or(path);
            c.error(path, format!("`{key}` is {v}: it must be a number above 0"));
        }
    }
    if s.frequencies.is_empty() {
        c.error(
            "scoring.frequencies",
            "a questionnaire needs at least one frequency, or no task row can be scored",
        );
    }
    if s.roles.is_empty() {
        c.error("scoring.roles", "a questionnaire needs at least one role");
    }
    c.unique(
        "role",
        s.roles
            .iter()
            .enumerate()
            .map(|(i, r)| (format!("scoring.roles[{i}].id"), r.id.as_str())),
    );
    for (i, r) in s.roles.iter().enumerate() {
        if !(r.headcount.is_finite() && r.headcount >= 0.0) {
            c.error(
                format!("scoring.roles[{i}].headcount"),
                format!("headcount {} must be 0 or more", r.headcount),
            );
        }
        if let Some(cost) = r.hourly_cost
            && !(cost.is_finite() && cost >= 0.0)
        {
            c.error(
                format!("scoring.roles[{i}].hourly_cost"),
                format!("hourly cost {cost} must be 0 or more"),
            );
        }
    }
    c.unique(
        "frequency",
        s.frequencies
            .iter()
            .enumerate()
            .map(|(i, f)| (format!("scoring.frequencies[{i}].id"), f.id.as_str())),
    );
    for (i, f) in s.frequencies.iter().enumerate() {
        if !(f.per_year.is_finite() && f.per_year > 0.0) {
            c.error(
                format!("scoring.frequencies[{i}].per_year"),
                format!("{} must be a number of times a year above 0", f.per_year),
            );
        }
    }
    c.unique(
        "band",
        s.bands
            .iter()
            .enumerate()
            .map(|(i, b)| (format!("scoring.bands[{i}].id"), b.id.as_str())),
    );
    if s.bands.is_empty() {
        c.error("scoring.bands", "a questionnaire needs at least one band");
    }
    let mut previous: Option<f64> = None;
    let last = s.bands.len().saturating_sub(1);
    for (i, b) in s.bands.iter().enumerate() {
        let path = format!("scoring.bands[{i}]");
        match (b.below, i == last) {
            (None, false) => c.error(
                path,
                format!(
                    "band `{}` has no `below`; only the last band may be open-ended",
                    b.id
                ),
            ),
            (Some(_), true) => c.error(
                path,
                format!(
                    "the last band `{}` must have no `below`: it catches every higher figure",
                    b.id
                ),
            ),
            (Some(v), false) => {
                if let Some(p) = previous
                    && v <= p
                {
                    c.error(format!("{path}.below"), format!("bands out of order: `{}` is below {v}, not above the previous band's {p}", b.id));
                }
                previous = Some(v);
            }
            (None, true) => {}
        }
    }
    if let Some(list) = &c.q.admin_tasks {
        c.unique(
            "administrative task",
            list.items
                .iter()
                .enumerate()
                .map(|(i, a)| (format!("admin_tasks.items[{i}].id"), a.id.as_str())),
        );
    }
}

fn check_sections(c: &mut Checker) {
    let q = c.q;
    c.unique(
        "section",
        q.sections
            .iter()
            .enumerate()
            .map(|(i, s)| (format!("sections[{i}].id"), s.id.as_str())),
    );
    let questions = q.sections.iter().enumerate().flat_map(|(si, s)| {
        s.questions.iter().enumerate().map(move |(qi, question)| {
            (
                format!("sections[{si}].questions[{qi}].id"),
                question.id.as_str(),
            )
        })
    });
    c.unique("question id", questions);
    let mut task_lists = 0;
    for (si, section) in q.sections.iter().enumerate() {
        let spath = format!("sections[{si}]");
        if section.questions.is_empty() {
            c.error(
                spath.clone(),
                format!("section `{}` has no questions", section.id),
            );
        }
        let first = section.questions.first().map(|q| q.id.as_str());
        if let Some(cond) = &section.show_if {
            let before = first
                .and_then(|id| c.order.get(id).copied())
                .unwrap_or(usize::MAX);
            check_condition(
                c,
                cond,
                &format!("{spath}.show_if"),
                Some(before),
                "a section's show_if",
            );
        }
        for (qi, question) in section.questions.iter().enumerate() {
            let path = format!("{spath}.questions[{qi}]");
            if !is_id(&question.id) {
                c.error(
                    format!("{path}.id"),
                    format!(
                        "question id `{}` should be lower-case letters, digits, `_` or `-`",
                        question.id
                    ),
                );
            }
            if matches!(question.kind, QuestionKind::TaskList) {
                task_lists += 1;
                if question.id != "tasks" {
                    c.error(format!("{path}.id"), format!("the task list question must have id `tasks` (scoring reads it), not `{}`", question.id));
                }
            }
            check_question(c, question, &path);
        }
    }
    if task_lists > 1 {
        c.error(
            "sections",
            "only one task list question is allowed: scoring reads the one with id `tasks`",
        );
    }
}

fn check_question(c: &mut Checker, question: &Question, path: &str) {
    let own = c.order.get(question.id.as_str()).copied();
    if let Some(cond) = &question.show_if {
        check_condition(c, cond, &format!("{path}.show_if"), own, "show_if");
    }
    if let Some(constraint) = &question.constraint {
        // A constraint may read its own question and any earlier one.
        check_condition(
            c,
            &constraint.rule,
            &format!("{path}.constraint.rule"),
            own.map(|o| o + 1),
            "a constraint",
        );
    }
    let options = question.kind.options();
    if matches!(
        question.kind,
        QuestionKind::SingleChoice { .. }
            | QuestionKind::MultipleChoice { .. }
            | QuestionKind::Ranking { .. }
    ) {
        if options.len() < 2 {
            c.error(
                format!("{path}.options"),
                format!("question `{}` needs at least two options", question.id),
            );
        }
        for (i, o) in options.iter().enumerate() {
            if o.value.trim().is_empty() {
                c.error(
                    format!("{path}.options[{i}]"),
                    "option has no value: give it a short id such as `yes_partly`",
                );
            }
        }
        c.unique(
            "option value",
            options
                .iter()
                .enumerate()
                .map(|(i, o)| (format!("{path}.options[{i}].value"), o.value.as_str())),
        );
        if options.iter().filter(|o| o.other).count() > 1 {
            c.error(
                format!("{path}.options"),
                "at most one option may be \"other, please specify\"",
            );
        }
    }
    let scale = question.kind.scale();
    if matches!(
        question.kind,
        QuestionKind::Likert { .. } | QuestionKind::Matrix { .. }
    ) {
        if scale.len() < 2 {
            c.error(format!("{path}.scale"), "a scale needs at least two points");
        }
        for (i, p) in scale.iter().enumerate().skip(1) {
            if p.value <= scale[i - 1].value {
                c.error(
                    format!("{path}.scale[{i}]"),
                    format!(
                        "scale values must rise: {} follows {}",
                        p.value,
                        scale[i - 1].value
                    ),
                );
            }
        }
    }
    match &question.kind {
        QuestionKind::Matrix { rows, .. } => {
            if rows.is_empty() {
                c.error(format!("{path}.rows"), "a matrix needs at least one row");
            }
            c.unique(
                "matrix row",
                rows.iter()
                    .enumerate()
                    .map(|(i, r)| (format!("{path}.rows[{i}].id"), r.id.as_str())),
            );
        }
        QuestionKind::MultipleChoice {
            min_selected,
            max_selected,
            options,
        } => {
            if let (Some(min), Some(max)) = (min_selected, max_selected)
                && min > max
            {
                c.error(
                    format!("{path}.min_selected"),
                    format!("min_selected {min} is above max_selected {max}"),
                );
            }
            if let Some(min) = min_selected
                && *min > options.len()
            {
                c.error(
                    format!("{path}.min_selected"),
                    format!(
                        "min_selected {min} is more than the {} options",
                        options.len()
                    ),
                );
            }
            if let Some(max) = max_selected
                && (*max == 0 || *max > options.len())
            {
                c.error(
                    format!("{path}.max_selected"),
                    format!(
                        "max_selected {max} should be from 1 to the {} options",
                        options.len()
                    ),
                );
            }
        }
        QuestionKind::Number {
            min,
            max,
            suggested,
            ..
        } => {
            if let (Some(lo), Some(hi)) = (min, max)
                && lo > hi
            {
                c.error(format!("{path}.min"), format!("min {lo} is above max {hi}"));
            }
            if let Some(s) = suggested
                && (min.is_some_and(|m| *s < m) || max.is_some_and(|m| *s > m))
            {
                c.error(
                    format!("{path}.suggested"),
                    format!("suggested value {s} is outside min..max"),
                );
            }
        }
        _ => {}
    }
}

/// Check a condition: known questions, earlier ones only (`before` is the first position
/// it may not read; `None` means any), operands that fit each question's type.
fn check_condition(
    c: &mut Checker,
    cond: &Condition,
    path: &str,
    before: Option<usize>,
    place: &str,
) {
    let q = c.q;
    match cond {
        Condition::All(list) | Condition::Any(list) => {
            let key = if matches!(cond, Condition::All(_)) {
                "all"
            } else {
                "any"
            };
            if list.is_empty() {
                c.error(path, format!("`{key}` needs at least one condition"));
            }
            for (i, inner) in list.iter().enumerate() {
                check_condition(c, inner, &format!("{path}.{key}[{i}]"), before, place);
            }
        }
        Condition::Not(inner) => check_condition(c, inner, &format!("{path}.not"), before, place),
        Condition::Answer { question, test } => {
            let qpath = format!("{path}.question");
            if matches!(test, Test::In(list) if list.is_empty()) {
                c.error(
                    format!("{path}.in"),
                    "`in` needs at least one value; an empty list never matches",
                );
            }
            let Some(target) = q.question(question) else {
                let hint =
                    crate::answers::closest(question, q.questions().map(|(_, q)| q.id.as_str()))
                        .map(|s| format!(" (did you mean `{s}`?)"))
                        .unwrap_or_default();
                c.error(
                    qpath,
                    format!("{place} refers to unknown question `{question}`{hint}"),
                );
                return;
            };
            if let (Some(limit), Some(pos)) = (before, c.order.get(question.as_str()))
                && *pos >= limit
            {
                c.error(qpath, format!("{place} refers to `{question}`, which does not come before it; a condition may only read earlier questions"));
            }
            if let Some(message) = operand_problem(target, test) {
                c.error(format!("{path}.{}", test.operator()), message);
            }
        }
        Condition::Score { role, test, .. } => {
            if let Some(bad) = test
                .operands()
                .into_iter()
                .find(|s| !matches!(s, Scalar::Number(_)))
            {
                c.error(
                    format!("{path}.{}", test.operator()),
                    format!(
                        "a score is a number of hours or FTE: compare it with a number, not {bad}"
                    ),
                );
            }
            if before.is_some() {
                c.error(
                    path,
                    format!("{place} cannot read scores: `score` conditions belong in flags"),
                );
            }
            if let Some(r) = role
                && q.role(r).is_none()
            {
                c.error(format!("{path}.role"), format!("unknown role `{r}`"));
            }
        }
        Condition::Task(m) => {
            if before.is_some() {
                c.error(
                    path,
                    format!("{place} cannot read task rows: `task` conditions belong in flags"),
                );
            }
            if let Some(r) = &m.role
                && q.role(r).is_none()
            {
                c.error(format!("{path}.task.role"), format!("unknown role `{r}`"));
            }
            if let Some(f) = &m.frequency
                && q.frequency(f).is_none()
            {
                c.error(
                    format!("{path}.task.frequency"),
                    format!("unknown frequency `{f}`"),
                );
            }
        }
    }
}

/// Why a test cannot apply to the question's answers, if it cannot.
fn operand_problem(target: &Question, test: &Test) -> Option<String> {
    let kind = &target.kind;
    let id = &target.id;
    let numeric = matches!(
        kind,
        QuestionKind::Number { .. } | QuestionKind::Percentage | QuestionKind::Likert { .. }
    );
    if test.is_ordering() && !numeric && !matches!(kind, QuestionKind::Date) {
        return Some(format!(
            "`{}` compares numbers or dates, but `{id}` is a {} question",
            test.operator(),
            kind.name()
        ));
    }
    if matches!(test, Test::Answered(_)) {
        return None;
    }
    if matches!(kind, QuestionKind::Matrix { .. } | QuestionKind::TaskList) {
        return Some(format!(
            "a {} question can only be tested with `answered`",
            kind.name()
        ));
    }
    for operand in test.operands() {
        let fits = match (kind, operand) {
            (QuestionKind::YesNo, Scalar::Bool(_)) => true,
            (QuestionKind::YesNo, Scalar::Text(t)) => crate::answers::parse_yes_no(t).is_some(),
            (_, Scalar::Number(_)) => numeric,
            (QuestionKind::Date, Scalar::Text(t)) => crate::answers::parse_date(t).is_some(),
            (k, Scalar::Text(t)) if !k.options().is_empty() => {
                if k.options().iter().any(|o| &o.value == t) {
                    true
                } else {
                    let values: Vec<&str> = k.options().iter().map(|o| o.value.as_str()).collect();
                    return Some(format!(
                        "`{t}` is not an option of `{id}`: expected one of {}",
                        values.join(", ")
                    ));
                }
            }
            (QuestionKind::ShortText { .. } | QuestionKind::LongText { .. }, Scalar::Text(_)) => {
                true
            }
            _ => false,
        };
        if !fits {
            let expected = match kind {
                QuestionKind::YesNo => "yes or no".to_string(),
                QuestionKind::Date => "a date written YYYY-MM-DD".to_string(),
                QuestionKind::Likert { .. } => "a number on the scale".to_string(),
                _ if numeric => "a number (written without quotes)".to_string(),
                _ => "text".to_string(),
            };
            return Some(format!(
                "{operand} cannot be compared with `{id}`: expected {expected}"
            ));
        }
    }
    None
}

fn check_flags(c: &mut Checker) {
    let flags = &c.q.scoring.flags;
    c.unique(
        "flag",
        flags
            .iter()
            .enumerate()
            .map(|(i, f)| (format!("scoring.flags[{i}].id"), f.id.as_str())),
    );
    for (i, flag) in flags.iter().enumerate() {
        check_condition(
            c,
            &flag.when,
            &format!("scoring.flags[{i}].when"),
            None,
            &format!("flag `{}`", flag.id),
        );
    }
}

/// Welsh may be missing for now, but say how much is missing so it can be planned.
/// The end of the note counting texts without Welsh, so `check --require-lang` can
/// replace it with the list.
pub const MISSING_WELSH_NOTE: &str =
    "texts have no Welsh (cy) translation yet; English is shown in their place";

fn note_missing_welsh(c: &mut Checker) {
    let texts = super::texts::texts(c.q);
    let missing = texts
        .iter()
        .filter(|(_, t)| !t.has(crate::text::Lang::Cy))
        .count();
    if missing > 0 {
        c.out.push(Finding {
            path: String::new(),
            level: Level::Note,
            message: format!("{missing} of {} {MISSING_WELSH_NOTE}", texts.len()),
            related: None,
        });
    }
}
