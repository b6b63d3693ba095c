//! The one-page Strategic Group summary: in English, in Welsh, or in both side by side
//! (`bilingual`), as Markdown (here) or as a printable HTML page (`summary_html`).
//!
//! The words are worked out once per language and markup into `Parts`, then laid out
//! (`summary_md`, `summary_html`). Only the words depend on the language: figures and the
//! record are the same in each. Ids (flags, questions, roles) never reach the page: every
//! flag is given in words, and the reader's language decides which words.

use chrono::Datelike;

use super::format::{fte, hours, signed_hours};
use super::markup::Markup;
use crate::i18n::Lang;
use crate::questionnaire::model::Severity;
use crate::questionnaire::{Question, QuestionKind, Questionnaire};
use crate::record::{Record, Status};
use crate::scoring::{Estimate, FiredFlag, Results};
use crate::t;
use crate::text::Text;

/// The summary of `record`, whose figures are `results`, in `lang`.
pub fn summary(q: &Questionnaire, record: &Record, results: &Results, lang: Lang) -> String {
    // A survey has no figures: its page is the answers.
    if q.is_survey() {
        return super::survey::survey_summary(q, record, lang);
    }
    let md = super::summary_md::single(&Parts::new(q, record, results, lang, Markup::Markdown));
    // Labels come from the questionnaire file: nothing in it may reach a reader's terminal.
    crate::text::inert(&md).into_owned()
}

/// The summary in Welsh and English together, Welsh first as Welsh Government publishes:
/// headings and labels as "Cymraeg / English", prose as a Welsh paragraph followed by
/// the English one, and flag messages in a two-column table. Figures appear once.
pub fn bilingual(q: &Questionnaire, record: &Record, results: &Results) -> String {
    if q.is_survey() {
        return super::survey::survey_bilingual(q, record);
    }
    let cy = Parts::new(q, record, results, Lang::Cy, Markup::Markdown);
    let en = Parts::new(q, record, results, Lang::En, Markup::Markdown);
    crate::text::inert(&super::summary_md::side_by_side(&cy, &en)).into_owned()
}

/// The question holding the lead-in, in school weeks: the one flags about short notice
/// read. Named like `policy_title`, as docs/questionnaire-format.md says.
pub const LEAD_IN_QUESTION: &str = "lead_in_weeks";

/// A fired flag's message in `lang`: the questionnaire's text for the flag's id, or the
/// (English) message kept with the results when the questionnaire no longer has the flag.
pub fn flag_message<'a>(q: &'a Questionnaire, flag: &'a FiredFlag, lang: Lang) -> &'a str {
    q.flag(&flag.id)
        .map_or(flag.message.as_str(), |f| f.message.get(lang))
}

/// One role's row of the hours table: its label, then the figures.
pub(super) struct Row {
    pub role: String,
    pub figures: Vec<String>,
    /// The same figures with ranges as "(low – high)", which read in either language.
    pub neutral: Vec<String>,
    /// Hours a week for one person who does the work, for the chart.
    pub week: Estimate,
}

/// One driver of the total: its description, change and hours, and the sentence of them.
pub(super) struct DriverLine {
    pub description: String,
    pub change: String,
    /// Expected hours a year across Wales.
    pub hours: String,
    /// The same from the likely minutes alone.
    pub likely: String,
    /// "Description (change): an expected hours a year across Wales (likely ...)".
    pub line: String,
}

/// Every piece of text of a summary in one language, escaped for one markup.
pub(super) struct Parts {
    pub title: String,
    /// ("Draft.", "Not finalised: ...").
    pub draft: Option<(String, String)>,
    /// ("Revision.", "This record replaces record X. Reason: ..."), for a revision.
    pub revision: Option<(String, String)>,
    /// The policy in the assessor's words, when the questionnaire asks for it.
    pub description: Option<String>,
    /// (label, value): the intended start and the lead-in, where answered.
    pub timing: Vec<(String, String)>,
    pub assessed: String,
    pub rating: String,
    /// The Wales-wide size in words, beside the rating.
    pub size: Option<String>,
    pub rating_text: String,
    pub hours_heading: String,
    pub columns: Vec<String>,
    pub rows: Vec<Row>,
    pub table_note: String,
    /// The chart's title: what its bars measure.
    pub chart_title: String,
    pub drivers_heading: String,
    pub no_drivers: Option<String>,
    pub drivers: Vec<DriverLine>,
    pub flags_heading: String,
    /// "None." when no flag fired; otherwise the counts line.
    pub flag_counts: String,
    /// ("Serious", messages), ("Warnings", ...), ("For information", ...), where any.
    pub flag_groups: Vec<(String, Vec<String>)>,
    pub mitigations_heading: String,
    pub mitigations: String,
    /// Lines of the assumptions that cite the headteachers' evidence log.
    pub evidence_heading: String,
    pub evidence: Vec<String>,
    pub method_heading: String,
    pub method: String,
    pub footer: String,
}

/// A questionnaire text in `lang`, escaped for `m`; where it has no translation, the
/// English, marked so.
fn pick(text: &Text, lang: Lang, m: Markup) -> String {
    if text.has(lang) {
        m.text(text.get(lang))
    } else {
        m.fallback(&m.text(&text.en), lang)
    }
}

impl Parts {
    /// Each section's words are worked out by a function of its own, in page order.
    pub(super) fn new(
        q: &Questionnaire,
        record: &Record,
        results: &Results,
        lang: Lang,
        m: Markup,
    ) -> Parts {
        let (columns, rows, table_note) = hours_table(q, results, lang, m);
        let (flag_counts, flag_groups) = flags(q, results, lang, m);
        Parts {
            title: t!(lang, "summary-title", title = title(record, lang, m)),
            draft: (record.status == Status::Draft)
                .then(|| (t!(lang, "summary-draft-label"), t!(lang, "summary-draft"))),
            revision: record.revision.as_ref().map(|r| {
                (
                    t!(lang, "summary-revision-label"),
                    t!(
                        lang,
                        "summary-revises",
                        id = m.code(&r.supersedes),
                        reason = m.text(&r.reason)
                    ),
                )
            }),
            description: description(q, record, m),
            timing: timing(q, record, lang, m),
            assessed: assessed(q, record, lang, m),
            rating: t!(
                lang,
                "summary-rating",
                band = band_label(q, results, lang, m)
            ),
            size: wales_size(results, lang),
            rating_text: rating_text(q, results, lang, m),
            hours_heading: t!(lang, "summary-hours-heading"),
            columns,
            rows,
            table_note,
            chart_title: t!(lang, "summary-chart-title"),
            drivers_heading: t!(lang, "summary-drivers-heading"),
            no_drivers: results
                .drivers
                .is_empty()
                .then(|| t!(lang, "summary-no-drivers")),
            drivers: drivers(results, lang, m),
            flags_heading: t!(lang, "summary-flags-heading"),
            flag_counts,
            flag_groups,
            mitigations_heading: t!(lang, "summary-mitigations-heading"),
            mitigations: mitigations(record, lang, m),
            evidence_heading: t!(lang, "evidence-summary-heading"),
            evidence: evidence(record, m),
            method_heading: t!(lang, "summary-method-heading"),
            method: method(q, record, lang, m),
            footer: footer(record, lang, m),
        }
    }
}

fn title(record: &Record, lang: Lang, m: Markup) -> String {
    record
        .policy_title()
        .map(|t| m.text(t))
        .filter(|t| !t.is_empty())
        .unwrap_or_else(|| t!(lang, "summary-untitled"))
}

/// The questions whose answers open the page, found from the questionnaire's shape so
/// that any questionnaire with a `policy_title` gets them: in the section that asks for
/// the title, the first long text (what the policy is) and the first date (when it
/// starts); and the lead-in question, when it is a number.
struct Opening<'a> {
    description: Option<&'a Question>,
    start: Option<&'a Question>,
    lead_in: Option<&'a Question>,
}

fn opening(q: &Questionnaire) -> Opening<'_> {
    let section = q
        .sections
        .iter()
        .find(|s| s.questions.iter().any(|x| x.id == "policy_title"));
    let first = |want: fn(&QuestionKind) -> bool| {
        section.and_then(|s| s.questions.iter().find(|x| want(&x.kind)))
    };
    Opening {
        description: first(|k| matches!(k, QuestionKind::LongText { .. })),
        start: first(|k| matches!(k, QuestionKind::Date)),
        lead_in: q
            .question(LEAD_IN_QUESTION)
            .filter(|x| matches!(x.kind, QuestionKind::Number { .. })),
    }
}

fn answer_text<'a>(record: &'a Record, question: Option<&Question>) -> Option<&'a str> {
    record
        .answers
        .get(question?.id.as_str())
        .and_then(|v| v.as_str())
        .map(str::trim)
        .filter(|t| !t.is_empty())
}

fn description(q: &Questionnaire, record: &Record, m: Markup) -> Option<String> {
    answer_text(record, opening(q).description).map(|t| m.para(t))
}

/// "Intended start: 4 January 2028" and "Notice for schools: 10 school weeks".
fn timing(q: &Questionnaire, record: &Record, lang: Lang, m: Markup) -> Vec<(String, String)> {
    let open = opening(q);
    let mut out = Vec::new();
    if let Some(text) = answer_text(record, open.start) {
        let when = match chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d") {
            Ok(d) => date(lang, d.day(), d.month(), d.year()),
            Err(_) => m.text(text),
        };
        out.push((t!(lang, "summary-starts"), when));
    }
    if let Some(question) = open.lead_in
        && let Some(weeks) = record
            .answers
            .get(question.id.as_str())
            .and_then(|v| v.as_f64())
    {
        let number = if weeks.fract() == 0.0 {
            format!("{weeks:.0}")
        } else {
            format!("{weeks}")
        };
        let unit = match &question.kind {
            QuestionKind::Number { unit: Some(u), .. } => pick(u, lang, m),
            _ => t!(lang, "summary-weeks"),
        };
        out.push((t!(lang, "summary-lead-in"), format!("{number} {unit}")));
    }
    out
}

fn date(lang: Lang, day: u32, month: u32, year: i32) -> String {
    t!(
        lang,
        "summary-date",
        day = day.to_string(),
        month = month,
        year = year.to_string()
    )
}

/// Who assessed the policy, when, and with which questionnaire.
fn assessed(q: &Questionnaire, record: &Record, lang: Lang, m: Markup) -> String {
    let updated = record.updated;
    t!(
        lang,
        "summary-assessed",
        name = m.text(&record.assessor.name),
        organisation = m.text(&record.assessor.organisation),
        date = date(lang, updated.day(), updated.month(), updated.year()),
        questionnaire = m.text(&q.id),
        version = m.text(&q.version)
    )
}

fn band_label(q: &Questionnaire, results: &Results, lang: Lang, m: Markup) -> String {
    q.band(&results.rating)
        .map_or(m.text(&results.rating), |b| pick(&b.label, lang, m))
}

/// The hours added or saved across Wales by every affected role together, expected and
/// likely, and as full-time staff.
fn wales_total(results: &Results) -> Option<(f64, f64, f64)> {
    let affected: Vec<_> = results.roles.values().filter(|r| r.affected).collect();
    if affected.is_empty() {
        return None;
    }
    let sum = |f: fn(&crate::scoring::RoleFigures) -> f64| affected.iter().map(|r| f(r)).sum();
    Some((
        sum(|r| r.system_hours_per_year.expected),
        sum(|r| r.system_hours_per_year.likely),
        sum(|r| r.fte.expected),
    ))
}

/// "312,996 hours a year added across Wales, the time of 247.4 full-time staff".
fn wales_size(results: &Results, lang: Lang) -> Option<String> {
    let (expected, _, staff) = wales_total(results)?;
    (expected != 0.0).then(|| {
        t!(
            lang,
            "summary-wales-size",
            direction = if expected < 0.0 { "saved" } else { "added" },
            hours = hours(expected.abs()),
            fte = fte(staff.abs())
        )
    })
}

/// The sentences under the rating: the role most affected, the band's rule, the total
/// across Wales, and which figure is shown.
fn rating_text(q: &Questionnaire, results: &Results, lang: Lang, m: Markup) -> String {
    let rule = band_rule(q, &results.rating, lang, m);
    let mut text = match &results.rating_basis {
        Some(basis) => {
            let role = q
                .role(&basis.role)
                .map_or(m.text(&basis.role), |r| pick(&r.label, lang, m));
            let role = m.strong(&role);
            let hours = signed_hours(basis.per_person_hours_per_week);
            let sentence = match results.roles.get(&basis.role) {
                Some(f) => t!(
                    lang,
                    "summary-most-affected-range",
                    role = role,
                    hours = hours,
                    likely = signed_hours(f.per_person_hours_per_week.likely),
                    low = signed_hours(f.per_person_hours_per_week.low),
                    high = signed_hours(f.per_person_hours_per_week.high)
                ),
                None => t!(lang, "summary-most-affected", role = role, hours = hours),
            };
            format!("{sentence}. {rule}")
        }
        None => format!("{} {rule}", t!(lang, "summary-no-role")),
    };
    if let Some((expected, likely, _)) = wales_total(results) {
        text.push(' ');
        text.push_str(&t!(
            lang,
            "summary-wales-total",
            hours = signed_hours(expected),
            likely = signed_hours(likely)
        ));
    }
    text.push(' ');
    text.push_str(&t!(lang, "summary-figures-shown"));
    text
}

/// The hours table's columns, a row for each role affected, and the note under it.
fn hours_table(
    q: &Questionnaire,
    results: &Results,
    lang: Lang,
    m: Markup,
) -> (Vec<String>, Vec<Row>, String) {
    let costed = results
        .roles
        .values()
        .any(|r| r.cost_per_year.is_some() && r.affected);
    let mut columns: Vec<String> = [
        "summary-col-role",
        "summary-col-week",
        "summary-col-year",
        "summary-col-wales",
        "summary-col-fte",
    ]
    .iter()
    .map(|id| t!(lang, id))
    .collect();
    if costed {
        columns.push(t!(lang, "summary-col-cost"));
    }
    let mut rows = Vec::new();
    let mut untouched = Vec::new();
    for role in &q.scoring().roles {
        let Some(f) = results.roles.get(&role.id) else {
            continue;
        };
        let label = pick(&role.label, lang, m);
        if !f.affected {
            untouched.push(label);
            continue;
        }
        let estimates = [
            (
                &f.per_person_hours_per_week,
                signed_hours as fn(f64) -> String,
            ),
            (&f.per_person_hours_per_year, signed_hours),
            (&f.system_hours_per_year, signed_hours),
            (&f.fte, fte),
        ];
        let mut figures: Vec<String> = estimates
            .iter()
            .map(|(e, show)| range(lang, e, *show))
            .collect();
        let mut neutral: Vec<String> = estimates
            .iter()
            .map(|(e, show)| format!("{} ({} – {})", show(e.expected), show(e.low), show(e.high)))
            .collect();
        if costed {
            let cost = f.cost_per_year.map_or_else(
                || t!(lang, "summary-not-applicable"),
                |c| {
                    format!(
                        "{} {}",
                        m.text(q.scoring().currency.as_deref().unwrap_or("")),
                        hours(c.expected)
                    )
                },
            );
            figures.push(cost.clone());
            neutral.push(cost);
        }
        rows.push(Row {
            role: label,
            figures,
            neutral,
            week: f.per_person_hours_per_week,
        });
    }
    let mut table_note = t!(lang, "summary-table-note");
    if !untouched.is_empty() {
        table_note.push(' ');
        table_note.push_str(&t!(
            lang,
            "summary-not-affected",
            roles = untouched.join(", ")
        ));
    }
    (columns, rows, table_note)
}

fn range(lang: Lang, e: &Estimate, show: fn(f64) -> String) -> String {
    t!(
        lang,
        "summary-range",
        expected = show(e.expected),
        low = show(e.low),
        high = show(e.high)
    )
}

/// What drives the total, in the order the scoring engine gives, each with the figure
/// its likely minutes alone give, which a reader can check by hand.
fn drivers(results: &Results, lang: Lang, m: Markup) -> Vec<DriverLine> {
    results
        .drivers
        .iter()
        .map(|d| {
            let task = results.tasks.iter().find(|t| t.task == d.task);
            let change = task.map_or(String::new(), |t| {
                t!(lang, &format!("summary-change-{}", t.change.as_str()))
            });
            let description = m.text(&d.description);
            let hours = signed_hours(d.system_hours_per_year);
            let likely = task.map_or(String::new(), |t| {
                signed_hours(t.system_hours_per_year.likely)
            });
            let line = t!(
                lang,
                "summary-driver",
                description = description.as_str(),
                change = change.as_str(),
                hours = hours.as_str(),
                likely = likely.as_str()
            );
            DriverLine {
                description,
                change,
                hours,
                likely,
                line,
            }
        })
        .collect()
}

/// The flags' counts line and every flag's message, grouped by severity, most serious
/// first: the reader gets words, never a flag's id.
fn flags(
    q: &Questionnaire,
    results: &Results,
    lang: Lang,
    m: Markup,
) -> (String, Vec<(String, Vec<String>)>) {
    let count = |s: Severity| results.flags.iter().filter(|f| f.severity == s).count();
    let counts = if results.flags.is_empty() {
        t!(lang, "summary-no-flags")
    } else {
        t!(
            lang,
            "summary-flag-counts",
            count = results.flags.len(),
            serious = count(Severity::Serious).to_string(),
            warnings = count(Severity::Warning),
            info = count(Severity::Info).to_string()
        )
    };
    let groups = [
        (Severity::Serious, "summary-serious"),
        (Severity::Warning, "summary-warnings"),
        (Severity::Info, "summary-for-information"),
    ]
    .into_iter()
    .filter_map(|(level, id)| {
        let messages: Vec<String> = results
            .flags
            .iter()
            .filter(|f| f.severity == level)
            .map(|f| flag_text(q, f, lang, m))
            .collect();
        (!messages.is_empty()).then(|| (t!(lang, id), messages))
    })
    .collect();
    (counts, groups)
}

/// A fired flag's message in `lang`, escaped, with an English fallback marked as such.
fn flag_text(q: &Questionnaire, flag: &FiredFlag, lang: Lang, m: Markup) -> String {
    match q.flag(&flag.id) {
        Some(f) => pick(&f.message, lang, m),
        None if lang == Lang::En => m.text(&flag.message),
        None => m.fallback(&m.text(&flag.message), lang),
    }
}

fn mitigations(record: &Record, lang: Lang, m: Markup) -> String {
    record
        .answers
        .get("mitigations")
        .and_then(|v| v.as_str())
        .map(|t| m.para(t))
        .filter(|t| !t.is_empty())
        .unwrap_or_else(|| t!(lang, "summary-no-mitigations"))
}

/// The assumptions that cite the headteachers' evidence log.
fn evidence(record: &Record, m: Markup) -> Vec<String> {
    record
        .answers
        .get(crate::evidence::ASSUMPTIONS_QUESTION)
        .and_then(|v| v.as_str())
        .map(|t| {
            crate::evidence::citations(t)
                .into_iter()
                .map(|c| m.text(c))
                .collect()
        })
        .unwrap_or_default()
}

/// How the figures were worked out, in a paragraph: the reader has no source tree.
fn method(q: &Questionnaire, record: &Record, lang: Lang, m: Markup) -> String {
    let headcounts = if record.headcounts.is_empty() {
        t!(lang, "summary-headcounts-default")
    } else {
        let list: Vec<String> = record
            .headcounts
            .iter()
            .map(|(r, n)| {
                // The role's name, never its id; an id the questionnaire lacks is the
                // assessor's own word.
                let label = q.role(r).map_or(r.as_str(), |role| role.label.get(lang));
                format!("{} {}", m.text(label), hours(*n))
            })
            .collect();
        t!(lang, "summary-headcounts-set", list = list.join(", "))
    };
    t!(
        lang,
        "summary-method",
        weeks = q.scoring().school_weeks_per_year.to_string(),
        headcounts = headcounts,
        directed = hours(q.scoring().directed_hours_per_fte)
    )
}

/// The record's id, status and digest, so the page can be traced to its record.
fn footer(record: &Record, lang: Lang, m: Markup) -> String {
    footer_as("summary-footer", record, lang, m)
}

/// The footer in the words of message `id` (an assessment's or a survey response's).
pub(super) fn footer_as(id: &str, record: &Record, lang: Lang, m: Markup) -> String {
    let status = match record.status {
        Status::Final => t!(lang, "summary-status-final"),
        Status::Draft => t!(lang, "summary-status-draft"),
    };
    let digest = record
        .digest
        .as_deref()
        .map(|d| m.code(d))
        .unwrap_or_else(|| t!(lang, "summary-no-digest"));
    t!(
        lang,
        id,
        id = m.code(&record.id),
        status = status,
        digest = digest
    )
}

/// "Moderate means 1 to 2 hours a week per person."
fn band_rule(q: &Questionnaire, rating: &str, lang: Lang, m: Markup) -> String {
    let bands = &q.scoring().bands;
    let Some(i) = bands.iter().position(|b| b.id == rating) else {
        return String::new();
    };
    let label = pick(&bands[i].label, lang, m);
    let lower = i.checked_sub(1).and_then(|j| bands[j].below);
    match (lower, bands[i].below) {
        (Some(lo), Some(hi)) => t!(
            lang,
            "summary-band-between",
            band = label,
            low = lo.to_string(),
            high = hi.to_string()
        ),
        (None, Some(hi)) => t!(
            lang,
            "summary-band-below",
            band = label,
            high = hi.to_string()
        ),
        (Some(lo), None) => t!(
            lang,
            "summary-band-above",
            band = label,
            low = lo.to_string()
        ),
        (None, None) => String::new(),
    }
}

/// Flags most serious first, in questionnaire order within a severity.
pub fn by_severity(results: &Results) -> Vec<&FiredFlag> {
    let mut flags: Vec<_> = results.flags.iter().collect();
    flags.sort_by_key(|f| std::cmp::Reverse(f.severity));
    flags
}
