//! The rules of a questionnaire that its types cannot express: unique ids, conditions
//! that name real questions and fit their types, bands in order, sane scoring tables.

use std::collections::HashMap;

use super::condition::{Condition, Scalar, Test};
use super::model::{Point, ScalePoint};
use super::{Question, QuestionKind, Questionnaire};
use crate::error::Level;
use crate::i18n::Lang;
use crate::t;

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
    lang: Lang,
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

    /// `what` names the things, as the end of a message id: `domain-check-what-role`.
    fn unique<'a>(&mut self, what: &str, items: impl Iterator<Item = (String, &'a str)>) {
        let lang = self.lang;
        let what = t!(lang, &format!("domain-check-what-{what}"));
        let mut seen: HashMap<&str, String> = HashMap::new();
        for (path, id) in items {
            if id.trim().is_empty() {
                self.error(
                    path,
                    t!(lang, "domain-check-empty-id", what = what.as_str()),
                );
            } else if let Some(first) = seen.get(id) {
                self.out.push(Finding {
                    path,
                    level: Level::Error,
                    message: t!(
                        lang,
                        "domain-check-duplicate",
                        what = what.as_str(),
                        id = id
                    ),
                    related: Some(first.clone()),
                });
            } else {
                seen.insert(id, path);
            }
        }
    }
}

/// Every problem found, each at its path in the document.
pub fn validate(q: &Questionnaire, lang: Lang) -> Vec<Finding> {
    let order = q
        .questions()
        .enumerate()
        .map(|(i, (_, question))| (question.id.as_str(), i))
        .collect();
    let mut c = Checker {
        q,
        out: Vec::new(),
        order,
        lang,
    };
    check_header(&mut c);
    // A survey has no scoring block to check; its task lists are refused where found.
    if !q.is_survey() {
        check_scoring(&mut c);
    }
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
    let lang = c.lang;
    if !is_id(&c.q.id) {
        c.error(
            "id",
            t!(
                lang,
                "domain-check-bad-questionnaire-id",
                id = c.q.id.as_str()
            ),
        );
    }
    if c.q.version.trim().is_empty() {
        c.error("version", t!(lang, "domain-check-no-version"));
    }
    if c.q.sections.is_empty() {
        c.error("sections", t!(lang, "domain-check-no-sections"));
    }
}

// Long because it checks each part of the scoring block in turn (figures, roles,
// frequencies, bands), one short loop each, all through the same checker.
fn check_scoring(c: &mut Checker) {
    let lang = c.lang;
    let s = &c.q.scoring();
    let positive = [
        ("scoring.school_weeks_per_year", s.school_weeks_per_year),
        ("scoring.directed_hours_per_fte", s.directed_hours_per_fte),
    ];
    for (path, v) in positive {
        if !(v.is_finite() && v > 0.0) {
            let key = path.rsplit('.').next().unwrap_or(path);
            c.error(
                path,
                t!(
                    lang,
                    "domain-check-not-positive",
                    key = key,
                    value = v.to_string()
                ),
            );
        }
    }
    if s.frequencies.is_empty() {
        c.error(
            "scoring.frequencies",
            t!(lang, "domain-check-no-frequencies"),
        );
    }
    if s.roles.is_empty() {
        c.error("scoring.roles", t!(lang, "domain-check-no-roles"));
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
                t!(
                    lang,
                    "domain-check-negative-headcount",
                    value = r.headcount.to_string()
                ),
            );
        }
        if let Some(cost) = r.hourly_cost
            && !(cost.is_finite() && cost >= 0.0)
        {
            c.error(
                format!("scoring.roles[{i}].hourly_cost"),
                t!(lang, "domain-check-negative-cost", value = cost.to_string()),
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
                t!(
                    lang,
                    "domain-check-bad-per-year",
                    value = f.per_year.to_string()
                ),
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
        c.error("scoring.bands", t!(lang, "domain-check-no-bands"));
    }
    let mut previous: Option<f64> = None;
    let last = s.bands.len().saturating_sub(1);
    for (i, b) in s.bands.iter().enumerate() {
        let path = format!("scoring.bands[{i}]");
        match (b.below, i == last) {
            (None, false) => c.error(path, t!(lang, "domain-check-band-open", id = b.id.as_str())),
            (Some(_), true) => c.error(
                path,
                t!(lang, "domain-check-last-band-closed", id = b.id.as_str()),
            ),
            (Some(v), false) => {
                if let Some(p) = previous
                    && v <= p
                {
                    c.error(
                        format!("{path}.below"),
                        t!(
                            lang,
                            "domain-check-bands-out-of-order",
                            id = b.id.as_str(),
                            value = v.to_string(),
                            previous = p.to_string()
                        ),
                    );
                }
                previous = Some(v);
            }
            (None, true) => {}
        }
    }
    if let Some(list) = &c.q.admin_tasks {
        c.unique(
            "admin-task",
            list.items
                .iter()
                .enumerate()
                .map(|(i, a)| (format!("admin_tasks.items[{i}].id"), a.id.as_str())),
        );
    }
}

fn check_sections(c: &mut Checker) {
    let lang = c.lang;
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
    c.unique("question-id", questions);
    let mut task_lists = 0;
    for (si, section) in q.sections.iter().enumerate() {
        let spath = format!("sections[{si}]");
        if section.questions.is_empty() {
            c.error(
                spath.clone(),
                t!(lang, "domain-check-empty-section", id = section.id.as_str()),
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
                &t!(lang, "domain-check-place-section-show-if"),
            );
        }
        for (qi, question) in section.questions.iter().enumerate() {
            let path = format!("{spath}.questions[{qi}]");
            if !is_id(&question.id) {
                c.error(
                    format!("{path}.id"),
                    t!(
                        lang,
                        "domain-check-bad-question-id",
                        id = question.id.as_str()
                    ),
                );
            }
            if matches!(question.kind, QuestionKind::TaskList) {
                task_lists += 1;
                if q.is_survey() {
                    c.error(
                        format!("{path}.type"),
                        t!(
                            lang,
                            "survey-check-task-list-needs-scoring",
                            id = question.id.as_str()
                        ),
                    );
                } else if question.id != "tasks" {
                    c.error(
                        format!("{path}.id"),
                        t!(lang, "domain-check-task-list-id", id = question.id.as_str()),
                    );
                }
            }
            check_question(c, question, &path);
        }
    }
    if task_lists > 1 {
        c.error("sections", t!(lang, "domain-check-one-task-list"));
    }
}

// Long because it checks every property a question may have in turn (its condition,
// options, scale, and its kind's own limits), one short block each.
fn check_question(c: &mut Checker, question: &Question, path: &str) {
    let lang = c.lang;
    let own = c.order.get(question.id.as_str()).copied();
    if let Some(cond) = &question.show_if {
        check_condition(
            c,
            cond,
            &format!("{path}.show_if"),
            own,
            &t!(lang, "domain-check-place-show-if"),
        );
    }
    if let Some(constraint) = &question.constraint {
        // A constraint may read its own question and any earlier one.
        check_condition(
            c,
            &constraint.rule,
            &format!("{path}.constraint.rule"),
            own.map(|o| o + 1),
            &t!(lang, "domain-check-place-constraint"),
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
                t!(lang, "domain-check-two-options", id = question.id.as_str()),
            );
        }
        for (i, o) in options.iter().enumerate() {
            if o.value.trim().is_empty() {
                c.error(
                    format!("{path}.options[{i}]"),
                    t!(lang, "domain-check-option-no-value"),
                );
            }
        }
        c.unique(
            "option-value",
            options
                .iter()
                .enumerate()
                .map(|(i, o)| (format!("{path}.options[{i}].value"), o.value.as_str())),
        );
        if options.iter().filter(|o| o.other).count() > 1 {
            c.error(
                format!("{path}.options"),
                t!(lang, "domain-check-one-other"),
            );
        }
    }
    if matches!(
        question.kind,
        QuestionKind::Likert { .. } | QuestionKind::Matrix { .. }
    ) {
        check_scale(c, question.kind.scale(), path);
    }
    match &question.kind {
        QuestionKind::Matrix { rows, .. } => {
            if rows.is_empty() {
                c.error(format!("{path}.rows"), t!(lang, "domain-check-matrix-rows"));
            }
            c.unique(
                "matrix-row",
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
                    t!(
                        lang,
                        "domain-check-min-above-max-selected",
                        min = *min,
                        max = *max
                    ),
                );
            }
            if let Some(min) = min_selected
                && *min > options.len()
            {
                c.error(
                    format!("{path}.min_selected"),
                    t!(
                        lang,
                        "domain-check-min-selected-too-many",
                        min = *min,
                        count = options.len()
                    ),
                );
            }
            if let Some(max) = max_selected
                && (*max == 0 || *max > options.len())
            {
                c.error(
                    format!("{path}.max_selected"),
                    t!(
                        lang,
                        "domain-check-bad-max-selected",
                        max = *max,
                        count = options.len()
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
                c.error(
                    format!("{path}.min"),
                    t!(
                        lang,
                        "domain-check-min-above-max",
                        min = lo.to_string(),
                        max = hi.to_string()
                    ),
                );
            }
            if let Some(s) = suggested
                && (min.is_some_and(|m| *s < m) || max.is_some_and(|m| *s > m))
            {
                c.error(
                    format!("{path}.suggested"),
                    t!(
                        lang,
                        "domain-check-suggested-outside",
                        value = s.to_string()
                    ),
                );
            }
        }
        _ => {}
    }
}

/// A scale: at least two numbered points in rising order; any point that is not a number
/// says `counts: false` and has a code for its value, unlike any other on the scale.
fn check_scale(c: &mut Checker, scale: &[ScalePoint], path: &str) {
    let lang = c.lang;
    let numbers: Vec<(usize, f64)> = scale
        .iter()
        .enumerate()
        .filter_map(|(i, p)| p.value.number().map(|n| (i, n)))
        .collect();
    if numbers.len() < 2 {
        c.error(
            format!("{path}.scale"),
            t!(lang, "domain-check-scale-points"),
        );
    }
    for pair in numbers.windows(2) {
        let ((_, previous), (i, value)) = (pair[0], pair[1]);
        if value <= previous {
            c.error(
                format!("{path}.scale[{i}]"),
                t!(
                    lang,
                    "domain-check-scale-order",
                    value = value.to_string(),
                    previous = previous.to_string()
                ),
            );
        }
    }
    for (i, p) in scale.iter().enumerate() {
        let at = format!("{path}.scale[{i}]");
        match (&p.value, p.counts) {
            (Point::Number(n), false) => c.error(
                format!("{at}.counts"),
                t!(
                    lang,
                    "domain-check-scale-uncounted-number",
                    value = n.to_string()
                ),
            ),
            (Point::Code(code), true) => c.error(
                format!("{at}.value"),
                t!(lang, "domain-check-scale-code-counts", code = code.as_str()),
            ),
            (Point::Code(code), false)
                if !is_id(code) || crate::answers::option_number(code).is_some() =>
            {
                c.error(
                    format!("{at}.value"),
                    t!(lang, "domain-check-scale-bad-code", code = code.as_str()),
                );
            }
            _ => {}
        }
    }
    c.unique(
        "scale-code",
        scale
            .iter()
            .enumerate()
            .filter_map(|(i, p)| match &p.value {
                Point::Code(code) => Some((format!("{path}.scale[{i}].value"), code.as_str())),
                Point::Number(_) => None,
            }),
    );
}

/// Where a condition names a row, the question must be a matrix with that row; the test
/// then reads the row as a Likert question with the matrix's scale.
fn row_target(c: &mut Checker, target: &Question, row: &str, path: &str) -> Option<Question> {
    let lang = c.lang;
    let QuestionKind::Matrix { rows, scale } = &target.kind else {
        c.error(
            format!("{path}.row"),
            t!(
                lang,
                "domain-check-row-not-matrix",
                id = target.id.as_str(),
                kind = target.kind.name()
            ),
        );
        return None;
    };
    if !rows.iter().any(|r| r.id == row) {
        let hint = crate::answers::closest(row, rows.iter().map(|r| r.id.as_str()))
            .map(|s| format!(" {}", t!(lang, "domain-did-you-mean", name = s)))
            .unwrap_or_default();
        let ids: Vec<&str> = rows.iter().map(|r| r.id.as_str()).collect();
        c.error(
            format!("{path}.row"),
            t!(
                lang,
                "domain-check-no-such-row",
                row = row,
                id = target.id.as_str(),
                rows = ids.join(", "),
                hint = hint
            ),
        );
        return None;
    }
    Some(Question {
        kind: QuestionKind::Likert {
            scale: scale.clone(),
        },
        ..target.clone()
    })
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
    let lang = c.lang;
    let q = c.q;
    match cond {
        Condition::All(list) | Condition::Any(list) => {
            let key = if matches!(cond, Condition::All(_)) {
                "all"
            } else {
                "any"
            };
            if list.is_empty() {
                c.error(path, t!(lang, "domain-check-empty-list", key = key));
            }
            for (i, inner) in list.iter().enumerate() {
                check_condition(c, inner, &format!("{path}.{key}[{i}]"), before, place);
            }
        }
        Condition::Not(inner) => check_condition(c, inner, &format!("{path}.not"), before, place),
        Condition::Answer {
            question,
            row,
            test,
        } => check_answer_condition(c, question, row.as_deref(), test, path, before, place),
        Condition::Score { role, test, .. } => {
            if let Some(bad) = test
                .operands()
                .into_iter()
                .find(|s| !matches!(s, Scalar::Number(_)))
            {
                c.error(
                    format!("{path}.{}", test.operator()),
                    t!(lang, "domain-check-score-operand", found = bad.to_string()),
                );
            }
            if before.is_some() {
                c.error(
                    path,
                    t!(lang, "domain-check-score-outside-flags", place = place),
                );
            }
            if let Some(r) = role
                && q.role(r).is_none()
            {
                c.error(
                    format!("{path}.role"),
                    t!(lang, "domain-check-unknown-role", role = r.as_str()),
                );
            }
        }
        Condition::Task(m) => {
            if before.is_some() {
                c.error(
                    path,
                    t!(lang, "domain-check-task-outside-flags", place = place),
                );
            }
            if let Some(r) = &m.role
                && q.role(r).is_none()
            {
                c.error(
                    format!("{path}.task.role"),
                    t!(lang, "domain-check-unknown-role", role = r.as_str()),
                );
            }
            if let Some(f) = &m.frequency
                && q.frequency(f).is_none()
            {
                c.error(
                    format!("{path}.task.frequency"),
                    t!(
                        lang,
                        "domain-check-unknown-frequency",
                        frequency = f.as_str()
                    ),
                );
            }
        }
    }
}

/// A `question` condition: a question that exists, is early enough, and (with `row`) is a
/// matrix with that row; an operand that fits its type.
fn check_answer_condition(
    c: &mut Checker,
    question: &str,
    row: Option<&str>,
    test: &Test,
    path: &str,
    before: Option<usize>,
    place: &str,
) {
    let lang = c.lang;
    let q = c.q;
    let qpath = format!("{path}.question");
    if matches!(test, Test::In(list) if list.is_empty()) {
        c.error(format!("{path}.in"), t!(lang, "domain-check-empty-in"));
    }
    let Some(target) = q.question(question) else {
        let hint = crate::answers::closest(question, q.questions().map(|(_, q)| q.id.as_str()))
            .map(|s| format!(" {}", t!(lang, "domain-did-you-mean", name = s)))
            .unwrap_or_default();
        c.error(
            qpath,
            t!(
                lang,
                "domain-check-unknown-question",
                place = place,
                id = question,
                hint = hint
            ),
        );
        return;
    };
    if let (Some(limit), Some(pos)) = (before, c.order.get(question))
        && *pos >= limit
    {
        c.error(
            qpath,
            t!(
                lang,
                "domain-check-later-question",
                place = place,
                id = question
            ),
        );
    }
    let row_view = match row {
        Some(row) => match row_target(c, target, row, path) {
            Some(view) => Some(view),
            None => return,
        },
        None => None,
    };
    if let Some(message) = operand_problem(row_view.as_ref().unwrap_or(target), test, lang) {
        c.error(format!("{path}.{}", test.operator()), message);
    }
}

/// Why a test cannot apply to the question's answers, if it cannot.
fn operand_problem(target: &Question, test: &Test, lang: Lang) -> Option<String> {
    let kind = &target.kind;
    let id = &target.id;
    let numeric = matches!(
        kind,
        QuestionKind::Number { .. } | QuestionKind::Percentage | QuestionKind::Likert { .. }
    );
    if test.is_ordering() && !numeric && !matches!(kind, QuestionKind::Date) {
        return Some(t!(
            lang,
            "domain-check-ordering-operand",
            operator = test.operator(),
            id = id.as_str(),
            kind = kind.name()
        ));
    }
    if matches!(test, Test::Answered(_)) {
        return None;
    }
    if matches!(kind, QuestionKind::Matrix { .. } | QuestionKind::TaskList) {
        return Some(t!(lang, "domain-check-answered-only", kind = kind.name()));
    }
    // An operand naming no option: said with the options there are.
    let not_an_option = |k: &QuestionKind, value: &str| {
        let values: Vec<&str> = k.options().iter().map(|o| o.value.as_str()).collect();
        t!(
            lang,
            "domain-check-not-an-option",
            value = value,
            id = id.as_str(),
            expected = values.join(", ")
        )
    };
    for operand in test.operands() {
        let fits = match (kind, operand) {
            // A point that is not a number is named by its code, and only for equality.
            (QuestionKind::Likert { scale }, Scalar::Text(t)) if !test.is_ordering() => {
                if scale.iter().any(|p| p.value == Point::Code(t.clone())) {
                    true
                } else {
                    return Some(t!(
                        lang,
                        "domain-check-not-a-code",
                        value = t.as_str(),
                        id = id.as_str(),
                        codes = scale
                            .iter()
                            .map(|p| p.value.to_string())
                            .collect::<Vec<_>>()
                            .join(", ")
                    ));
                }
            }
            (QuestionKind::YesNo, Scalar::Bool(_)) => true,
            (QuestionKind::YesNo, Scalar::Text(t)) => crate::answers::parse_yes_no(t).is_some(),
            (_, Scalar::Number(_)) if numeric => true,
            // Options coded as numbers may be named by the number, as answers may.
            (k, Scalar::Number(n)) if !k.options().is_empty() => {
                if !k
                    .options()
                    .iter()
                    .any(|o| crate::answers::option_number(&o.value) == Some(*n))
                {
                    return Some(not_an_option(k, &n.to_string()));
                }
                true
            }
            (_, Scalar::Number(_)) => false,
            (QuestionKind::Date, Scalar::Text(t)) => crate::answers::parse_date(t).is_some(),
            (k, Scalar::Text(t)) if !k.options().is_empty() => {
                if !k.options().iter().any(|o| &o.value == t) {
                    return Some(not_an_option(k, t));
                }
                true
            }
            (QuestionKind::ShortText { .. } | QuestionKind::LongText { .. }, Scalar::Text(_)) => {
                true
            }
            _ => false,
        };
        if !fits {
            let expected = match kind {
                QuestionKind::YesNo => "domain-check-expected-yes-no",
                QuestionKind::Date => "domain-check-expected-date",
                QuestionKind::Likert { .. } => "domain-check-expected-scale",
                _ if numeric => "domain-check-expected-number",
                _ => "domain-check-expected-text",
            };
            return Some(t!(
                lang,
                "domain-check-cannot-compare",
                operand = operand.to_string(),
                id = id.as_str(),
                expected = t!(lang, expected)
            ));
        }
    }
    None
}

fn check_flags(c: &mut Checker) {
    let lang = c.lang;
    let flags = &c.q.scoring().flags;
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
            &t!(lang, "domain-check-place-flag", id = flag.id.as_str()),
        );
    }
}

/// Welsh may be missing for now, but say how much is missing so it can be planned.
/// Whether `message` is the note counting texts without Welsh, so `check --require-lang`
/// can replace it with the list: it holds every word of the note around the two numbers.
pub fn is_missing_welsh_note(message: &str, lang: Lang) -> bool {
    let note = t!(
        lang,
        "domain-check-missing-welsh",
        missing = "\u{1}",
        total = "\u{1}"
    );
    note.split('\u{1}')
        .filter(|words| !words.trim().is_empty())
        .all(|words| message.contains(words))
}

fn note_missing_welsh(c: &mut Checker) {
    let lang = c.lang;
    let texts = super::texts::texts(c.q);
    let missing = texts
        .iter()
        .filter(|(_, t)| !t.has(crate::text::Lang::Cy))
        .count();
    if missing > 0 {
        c.out.push(Finding {
            path: String::new(),
            level: Level::Note,
            message: t!(
                lang,
                "domain-check-missing-welsh",
                missing = missing,
                total = texts.len()
            ),
            related: None,
        });
    }
}
