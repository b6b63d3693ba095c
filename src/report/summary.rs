//! The one-page Strategic Group summary, in Markdown: in English, in Welsh, or in both
//! side by side (`bilingual`).
//!
//! The words are worked out once per language into `Parts`, then laid out. Only the
//! words depend on the language: figures, ids and the record are the same in each.

use std::fmt::Write;

use chrono::Datelike;

use super::format::{block, fte, hours, inline, signed_hours};
use crate::i18n::Lang;
use crate::questionnaire::Questionnaire;
use crate::questionnaire::model::Severity;
use crate::record::{Record, Status};
use crate::scoring::{Estimate, FiredFlag, Results};
use crate::t;
use crate::text::Text;

/// The summary of `record`, whose figures are `results`, in `lang`.
pub fn summary(q: &Questionnaire, record: &Record, results: &Results, lang: Lang) -> String {
    let md = single(&Parts::new(q, record, results, lang));
    // Labels come from the questionnaire file: nothing in it may reach a reader's terminal.
    crate::text::inert(&md).into_owned()
}

/// The summary in Welsh and English together, Welsh first as Welsh Government publishes:
/// headings and labels as "Cymraeg / English", prose as a Welsh paragraph followed by
/// the English one, and flag messages in a two-column table. Figures appear once.
pub fn bilingual(q: &Questionnaire, record: &Record, results: &Results) -> String {
    let cy = Parts::new(q, record, results, Lang::Cy);
    let en = Parts::new(q, record, results, Lang::En);
    crate::text::inert(&side_by_side(&cy, &en)).into_owned()
}

/// A questionnaire text in `lang`; where it has no translation, the English, marked so.
/// A questionnaire's text in `lang`, escaped for Markdown (the questionnaire may be a
/// stranger's), with an English fallback marked as such.
fn pick(text: &Text, lang: Lang) -> String {
    if text.has(lang) {
        inline(text.get(lang))
    } else {
        t!(lang, "summary-fallback", text = inline(&text.en))
    }
}

/// A fired flag's message in `lang`: the questionnaire's text for the flag's id, or the
/// (English) message kept with the results when the questionnaire no longer has the flag.
pub fn flag_message<'a>(q: &'a Questionnaire, flag: &'a FiredFlag, lang: Lang) -> &'a str {
    q.flag(&flag.id)
        .map_or(flag.message.as_str(), |f| f.message.get(lang))
}

/// As `flag_message`, with an English fallback marked as such.
fn flag_text(q: &Questionnaire, flag: &FiredFlag, lang: Lang) -> String {
    match q.flag(&flag.id) {
        Some(f) => pick(&f.message, lang),
        None if lang == Lang::En => inline(&flag.message),
        None => t!(lang, "summary-fallback", text = inline(&flag.message)),
    }
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

/// One role's row of the hours table: its label, then the figures.
struct Row {
    role: String,
    figures: Vec<String>,
    /// The same figures with ranges as "(low – high)", which read in either language.
    neutral: Vec<String>,
}

/// One driver of the total: its description, change and hours, and the sentence of them.
struct DriverLine {
    description: String,
    change: String,
    hours: String,
    /// "Description (change): hours a year across Wales".
    line: String,
}

/// The flags section's words, as `Parts` keeps them.
struct FlagLines {
    counts: String,
    serious: Vec<(String, String)>,
    others: Vec<(String, Vec<String>)>,
}

/// Every piece of text of a summary in one language.
struct Parts {
    title: String,
    draft: Option<String>,
    /// "Revises record X: reason", when the record revises another.
    revision: Option<String>,
    assessed: String,
    rating: String,
    rating_text: String,
    hours_heading: String,
    columns: Vec<String>,
    rows: Vec<Row>,
    table_note: String,
    drivers_heading: String,
    no_drivers: Option<String>,
    drivers: Vec<DriverLine>,
    flags_heading: String,
    /// "None." when no flag fired; otherwise the counts line.
    flag_counts: String,
    /// (id, message) of each serious flag, most serious first.
    serious: Vec<(String, String)>,
    /// ("Warnings", ids) and ("For information", ids), where there are any.
    others: Vec<(String, Vec<String>)>,
    mitigations_heading: String,
    mitigations: String,
    /// Lines of the assumptions that cite the headteachers' evidence log.
    evidence_heading: String,
    evidence: Vec<String>,
    method_heading: String,
    method: String,
    footer: String,
}

impl Parts {
    /// Each section's words are worked out by a function of its own, in page order.
    fn new(q: &Questionnaire, record: &Record, results: &Results, lang: Lang) -> Parts {
        let (columns, rows, table_note) = hours_table(q, results, lang);
        let FlagLines {
            counts: flag_counts,
            serious,
            others,
        } = flags(q, results, lang);
        Parts {
            title: t!(lang, "summary-title", title = title(record, lang)),
            draft: (record.status == Status::Draft).then(|| t!(lang, "summary-draft")),
            revision: record.revision.as_ref().map(|r| revision_line(r, lang)),
            assessed: assessed(q, record, lang),
            rating: t!(lang, "summary-rating", band = band_label(q, results, lang)),
            rating_text: rating_text(q, results, lang),
            hours_heading: t!(lang, "summary-hours-heading"),
            columns,
            rows,
            table_note,
            drivers_heading: t!(lang, "summary-drivers-heading"),
            no_drivers: results
                .drivers
                .is_empty()
                .then(|| t!(lang, "summary-no-drivers")),
            drivers: drivers(results, lang),
            flags_heading: t!(lang, "summary-flags-heading"),
            flag_counts,
            serious,
            others,
            mitigations_heading: t!(lang, "summary-mitigations-heading"),
            mitigations: mitigations(record, lang),
            evidence_heading: t!(lang, "evidence-summary-heading"),
            evidence: evidence(record),
            method_heading: t!(lang, "summary-method-heading"),
            method: method(q, record, lang),
            footer: footer(record, lang),
        }
    }
}

fn title(record: &Record, lang: Lang) -> String {
    record
        .policy_title()
        .map(inline)
        .filter(|t| !t.is_empty())
        .unwrap_or_else(|| t!(lang, "summary-untitled"))
}

/// Who assessed the policy, when, and with which questionnaire.
fn assessed(q: &Questionnaire, record: &Record, lang: Lang) -> String {
    let updated = record.updated;
    let date = t!(
        lang,
        "summary-date",
        day = updated.day().to_string(),
        month = updated.month(),
        year = updated.year().to_string()
    );
    t!(
        lang,
        "summary-assessed",
        name = inline(&record.assessor.name),
        organisation = inline(&record.assessor.organisation),
        date = date,
        questionnaire = q.id.as_str(),
        version = q.version.as_str()
    )
}

/// Which record a revision replaces and why; the reason is the assessor's own words.
fn revision_line(r: &crate::record::Revision, lang: Lang) -> String {
    t!(
        lang,
        "summary-revises",
        id = super::format::code(&r.supersedes),
        reason = inline(&r.reason)
    )
}

fn band_label(q: &Questionnaire, results: &Results, lang: Lang) -> String {
    q.band(&results.rating)
        .map_or(results.rating.clone(), |b| pick(&b.label, lang))
}

/// The sentence under the rating: the role most affected, and the band's rule.
fn rating_text(q: &Questionnaire, results: &Results, lang: Lang) -> String {
    let rule = band_rule(q, &results.rating, lang);
    match &results.rating_basis {
        Some(basis) => {
            let role = q
                .role(&basis.role)
                .map_or(basis.role.clone(), |r| pick(&r.label, lang));
            let hours = signed_hours(basis.per_person_hours_per_week);
            let sentence = match results.roles.get(&basis.role) {
                Some(f) => t!(
                    lang,
                    "summary-most-affected-range",
                    role = role,
                    hours = hours,
                    low = signed_hours(f.per_person_hours_per_week.low),
                    high = signed_hours(f.per_person_hours_per_week.high)
                ),
                None => t!(lang, "summary-most-affected", role = role, hours = hours),
            };
            format!("{sentence}. {rule}")
        }
        None => format!("{} {rule}", t!(lang, "summary-no-role")),
    }
}

/// The hours table's columns, a row for each role affected, and the note under it.
fn hours_table(
    q: &Questionnaire,
    results: &Results,
    lang: Lang,
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
    for role in &q.scoring.roles {
        let Some(f) = results.roles.get(&role.id) else {
            continue;
        };
        let label = pick(&role.label, lang);
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
                        q.scoring.currency.as_deref().unwrap_or(""),
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

/// What drives the total, in the order the scoring engine gives.
fn drivers(results: &Results, lang: Lang) -> Vec<DriverLine> {
    results
        .drivers
        .iter()
        .map(|d| {
            let change = results
                .tasks
                .iter()
                .find(|t| t.task == d.task)
                .map_or(String::new(), |t| {
                    t!(lang, &format!("summary-change-{}", t.change.as_str()))
                });
            let description = inline(&d.description);
            let hours = signed_hours(d.system_hours_per_year);
            let line = t!(
                lang,
                "summary-driver",
                description = description.as_str(),
                change = change.as_str(),
                hours = hours.as_str()
            );
            DriverLine {
                description,
                change,
                hours,
                line,
            }
        })
        .collect()
}

/// The flags' counts line, the serious ones in full, and the others by id.
fn flags(q: &Questionnaire, results: &Results, lang: Lang) -> FlagLines {
    let count = |s: Severity| results.flags.iter().filter(|f| f.severity == s).count();
    let flag_counts = if results.flags.is_empty() {
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
    // Serious flags in full; the rest by name, so the summary stays on one page.
    // Every message is in the record and in `wia score`.
    let serious = by_severity(results)
        .into_iter()
        .filter(|f| f.severity == Severity::Serious)
        .map(|f| (f.id.clone(), flag_text(q, f, lang)))
        .collect();
    let others = [
        (Severity::Warning, "summary-warnings"),
        (Severity::Info, "summary-for-information"),
    ]
    .into_iter()
    .filter_map(|(level, id)| {
        let ids: Vec<String> = results
            .flags
            .iter()
            .filter(|f| f.severity == level)
            .map(|f| format!("`{}`", f.id))
            .collect();
        (!ids.is_empty()).then(|| (t!(lang, id), ids))
    })
    .collect();
    FlagLines {
        counts: flag_counts,
        serious,
        others,
    }
}

fn mitigations(record: &Record, lang: Lang) -> String {
    record
        .answers
        .get("mitigations")
        .and_then(|v| v.as_str())
        .map(block)
        .filter(|t| !t.is_empty())
        .unwrap_or_else(|| t!(lang, "summary-no-mitigations"))
}

/// The assumptions that cite the headteachers' evidence log.
fn evidence(record: &Record) -> Vec<String> {
    record
        .answers
        .get(crate::evidence::ASSUMPTIONS_QUESTION)
        .and_then(|v| v.as_str())
        .map(|t| {
            crate::evidence::citations(t)
                .into_iter()
                .map(inline)
                .collect()
        })
        .unwrap_or_default()
}

/// How the figures were worked out: school weeks, headcounts, directed hours.
fn method(q: &Questionnaire, record: &Record, lang: Lang) -> String {
    let headcounts = if record.headcounts.is_empty() {
        t!(lang, "summary-headcounts-default")
    } else {
        let list: Vec<String> = record
            .headcounts
            .iter()
            .map(|(r, n)| format!("{r} {}", hours(*n)))
            .collect();
        t!(lang, "summary-headcounts-set", list = list.join(", "))
    };
    t!(
        lang,
        "summary-method",
        weeks = q.scoring.school_weeks_per_year.to_string(),
        headcounts = headcounts,
        directed = hours(q.scoring.directed_hours_per_fte)
    )
}

/// The record's id, status and digest, so the page can be traced to its record.
fn footer(record: &Record, lang: Lang) -> String {
    let status = match record.status {
        Status::Final => t!(lang, "summary-status-final"),
        Status::Draft => t!(lang, "summary-status-draft"),
    };
    t!(
        lang,
        "summary-footer",
        id = record.id.as_str(),
        status = status,
        digest = record
            .digest
            .clone()
            .unwrap_or_else(|| t!(lang, "summary-no-digest"))
    )
}

/// A Markdown table's alignment row: the first column left, the figures right.
fn alignment(columns: usize) -> String {
    format!("|---|{}", "---:|".repeat(columns.saturating_sub(1)))
}

/// The summary in one language.
fn single(p: &Parts) -> String {
    let mut md = String::new();
    let _ = writeln!(md, "# {}\n", p.title);
    if let Some(draft) = &p.draft {
        let _ = writeln!(md, "{draft}\n");
    }
    if let Some(revision) = &p.revision {
        let _ = writeln!(md, "{revision}\n");
    }
    let _ = writeln!(md, "{}\n", p.assessed);
    let _ = writeln!(md, "## {}\n", p.rating);
    let _ = writeln!(md, "{}\n", p.rating_text);

    let _ = writeln!(md, "## {}\n", p.hours_heading);
    let _ = writeln!(md, "| {} |", p.columns.join(" | "));
    let _ = writeln!(md, "{}", alignment(p.columns.len()));
    for row in &p.rows {
        let _ = writeln!(md, "| {} | {} |", row.role, row.figures.join(" | "));
    }
    let _ = writeln!(md, "\n{}\n", p.table_note);

    let _ = writeln!(md, "## {}\n", p.drivers_heading);
    if let Some(none) = &p.no_drivers {
        let _ = writeln!(md, "{none}\n");
    }
    for (i, d) in p.drivers.iter().enumerate() {
        let _ = writeln!(md, "{}. {}", i + 1, d.line);
    }
    md.push('\n');

    let _ = writeln!(md, "## {}\n", p.flags_heading);
    let _ = writeln!(md, "{}\n", p.flag_counts);
    if !p.serious.is_empty() || !p.others.is_empty() {
        for (id, message) in &p.serious {
            let _ = writeln!(md, "- **{id}**: {message}");
        }
        for (label, ids) in &p.others {
            let _ = writeln!(md, "- {label}: {}", ids.join(", "));
        }
        md.push('\n');
    }

    let _ = writeln!(md, "## {}\n", p.mitigations_heading);
    let _ = writeln!(md, "{}\n", p.mitigations);
    if !p.evidence.is_empty() {
        let _ = writeln!(md, "## {}\n", p.evidence_heading);
        for line in &p.evidence {
            let _ = writeln!(md, "- {line}");
        }
        md.push('\n');
    }
    let _ = writeln!(md, "## {}\n", p.method_heading);
    let _ = writeln!(md, "{}\n", p.method);
    let _ = writeln!(md, "---\n");
    let _ = writeln!(md, "{}", p.footer);
    md
}

/// "Cymraeg / English", or one of them when both say the same.
fn both(cy: &str, en: &str) -> String {
    if cy == en {
        cy.to_string()
    } else {
        format!("{cy} / {en}")
    }
}

/// The Welsh paragraph, then the English one.
fn paragraphs(md: &mut String, cy: &str, en: &str) {
    if cy == en {
        let _ = writeln!(md, "{cy}\n");
    } else {
        let _ = writeln!(md, "{cy}\n\n{en}\n");
    }
}

/// Both languages: headings and labels side by side, prose Welsh first.
fn side_by_side(cy: &Parts, en: &Parts) -> String {
    let mut md = String::new();
    let _ = writeln!(md, "# {}\n", cy.title);
    let _ = writeln!(md, "# {}\n", en.title);
    if let (Some(c), Some(e)) = (&cy.draft, &en.draft) {
        paragraphs(&mut md, c, e);
    }
    if let (Some(c), Some(e)) = (&cy.revision, &en.revision) {
        paragraphs(&mut md, c, e);
    }
    paragraphs(&mut md, &cy.assessed, &en.assessed);
    let _ = writeln!(md, "## {}\n", both(&cy.rating, &en.rating));
    paragraphs(&mut md, &cy.rating_text, &en.rating_text);

    let _ = writeln!(md, "## {}\n", both(&cy.hours_heading, &en.hours_heading));
    let header: Vec<String> = cy
        .columns
        .iter()
        .zip(&en.columns)
        .map(|(c, e)| both(c, e))
        .collect();
    let _ = writeln!(md, "| {} |", header.join(" | "));
    let _ = writeln!(md, "{}", alignment(header.len()));
    // Figures once, with ranges that need no words; only a word ("n/a") is given twice.
    for (c, e) in cy.rows.iter().zip(&en.rows) {
        let cells: Vec<String> = c
            .neutral
            .iter()
            .zip(&e.neutral)
            .map(|(c, e)| both(c, e))
            .collect();
        let _ = writeln!(md, "| {} | {} |", both(&c.role, &e.role), cells.join(" | "));
    }
    md.push('\n');
    paragraphs(&mut md, &cy.table_note, &en.table_note);

    let _ = writeln!(
        md,
        "## {}\n",
        both(&cy.drivers_heading, &en.drivers_heading)
    );
    if let (Some(c), Some(e)) = (&cy.no_drivers, &en.no_drivers) {
        paragraphs(&mut md, c, e);
    }
    if !en.drivers.is_empty() {
        // The task descriptions are the assessor's own words, in one language.
        let task = both(
            &t!(Lang::Cy, "summary-col-task"),
            &t!(Lang::En, "summary-col-task"),
        );
        let change = both(
            &t!(Lang::Cy, "summary-col-change"),
            &t!(Lang::En, "summary-col-change"),
        );
        let _ = writeln!(md, "| # | {task} | {change} | {} |", header[3]);
        let _ = writeln!(md, "|---:|---|---|---:|");
        for (i, (c, e)) in cy.drivers.iter().zip(&en.drivers).enumerate() {
            let _ = writeln!(
                md,
                "| {} | {} | {} | {} |",
                i + 1,
                e.description,
                both(&c.change, &e.change),
                e.hours
            );
        }
        md.push('\n');
    }

    let _ = writeln!(md, "## {}\n", both(&cy.flags_heading, &en.flags_heading));
    paragraphs(&mut md, &cy.flag_counts, &en.flag_counts);
    if !en.serious.is_empty() {
        let flag = both(
            &t!(Lang::Cy, "summary-col-flag"),
            &t!(Lang::En, "summary-col-flag"),
        );
        let _ = writeln!(md, "| {flag} | Cymraeg | English |");
        let _ = writeln!(md, "|---|---|---|");
        for ((id, c), (_, e)) in cy.serious.iter().zip(&en.serious) {
            let _ = writeln!(md, "| **{id}** | {c} | {e} |");
        }
        md.push('\n');
    }
    if !en.others.is_empty() {
        for ((c, ids), (e, _)) in cy.others.iter().zip(&en.others) {
            let _ = writeln!(md, "- {}: {}", both(c, e), ids.join(", "));
        }
        md.push('\n');
    }

    let _ = writeln!(
        md,
        "## {}\n",
        both(&cy.mitigations_heading, &en.mitigations_heading)
    );
    paragraphs(&mut md, &cy.mitigations, &en.mitigations);
    if !en.evidence.is_empty() {
        // Cited in the assessor's language, so given once.
        let _ = writeln!(
            md,
            "## {}\n",
            both(&cy.evidence_heading, &en.evidence_heading)
        );
        for line in &en.evidence {
            let _ = writeln!(md, "- {line}");
        }
        md.push('\n');
    }
    let _ = writeln!(md, "## {}\n", both(&cy.method_heading, &en.method_heading));
    paragraphs(&mut md, &cy.method, &en.method);
    let _ = writeln!(md, "---\n");
    let _ = writeln!(md, "{}\n\n{}", cy.footer, en.footer);
    md
}

/// "Moderate means 1 to 2 hours a week per person."
fn band_rule(q: &Questionnaire, rating: &str, lang: Lang) -> String {
    let bands = &q.scoring.bands;
    let Some(i) = bands.iter().position(|b| b.id == rating) else {
        return String::new();
    };
    let label = pick(&bands[i].label, lang);
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
