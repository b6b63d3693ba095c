//! The one-page Strategic Group summary, in Markdown.

use std::fmt::Write;

use super::format::{block, fte, hours, inline, range, signed_hours};
use crate::questionnaire::Questionnaire;
use crate::questionnaire::model::Severity;
use crate::record::{Record, Status};
use crate::scoring::Results;
use crate::text::Lang;

/// The summary of `record`, whose figures are `results`.
pub fn summary(q: &Questionnaire, record: &Record, results: &Results, lang: Lang) -> String {
    let mut md = String::new();
    let title = record
        .policy_title()
        .map(inline)
        .filter(|t| !t.is_empty())
        .unwrap_or_else(|| "(untitled policy)".into());
    let _ = writeln!(md, "# Workload impact assessment: {title}\n");
    if record.status == Status::Draft {
        let _ = writeln!(
            md,
            "> **Draft.** Not finalised: answers and figures may change.\n"
        );
    }
    let _ = writeln!(
        md,
        "Assessed by {}, {} · {} · questionnaire {} {}\n",
        inline(&record.assessor.name),
        inline(&record.assessor.organisation),
        record.updated.format("%-d %B %Y"),
        q.id,
        q.version
    );

    let band = q.band(&results.rating);
    let band_label = band.map_or(results.rating.clone(), |b| b.label.get(lang).to_string());
    let _ = write!(md, "## Rating: {band_label}\n\n");
    match &results.rating_basis {
        Some(basis) => {
            let role = q
                .role(&basis.role)
                .map_or(basis.role.clone(), |r| r.label.get(lang).to_string());
            let weekly = results
                .roles
                .get(&basis.role)
                .map(|f| f.per_person_hours_per_week);
            let _ = write!(
                md,
                "The most affected role is **{role}**: an expected {} hours a week for each person who does the work",
                signed_hours(basis.per_person_hours_per_week)
            );
            if let Some(w) = weekly {
                let _ = write!(
                    md,
                    " (range {} to {})",
                    signed_hours(w.low),
                    signed_hours(w.high)
                );
            }
            let _ = writeln!(md, ". {}\n", band_rule(q, &results.rating, lang));
        }
        None => {
            let _ = writeln!(
                md,
                "No task adds or removes work for any role. {}\n",
                band_rule(q, &results.rating, lang)
            );
        }
    }

    let _ = writeln!(md, "## Hours by role\n");
    let costed = results
        .roles
        .values()
        .any(|r| r.cost_per_year.is_some() && r.affected);
    let _ = write!(
        md,
        "| Role | Per person per week | Per person per year | Hours per year, Wales | FTE |"
    );
    let _ = writeln!(md, "{}", if costed { " Cost per year |" } else { "" });
    let _ = writeln!(
        md,
        "|---|---:|---:|---:|---:|{}",
        if costed { "---:|" } else { "" }
    );
    let mut untouched = Vec::new();
    for role in &q.scoring.roles {
        let Some(f) = results.roles.get(&role.id) else {
            continue;
        };
        let label = role.label.get(lang);
        if !f.affected {
            untouched.push(label.to_string());
            continue;
        }
        let _ = write!(
            md,
            "| {label} | {} | {} | {} | {} |",
            range(&f.per_person_hours_per_week, signed_hours),
            range(&f.per_person_hours_per_year, signed_hours),
            range(&f.system_hours_per_year, signed_hours),
            range(&f.fte, fte),
        );
        if costed {
            let cost = f.cost_per_year.map_or("n/a".into(), |c| {
                format!(
                    "{} {}",
                    q.scoring.currency.as_deref().unwrap_or(""),
                    hours(c.expected)
                )
            });
            let _ = write!(md, " {cost} |");
        }
        md.push('\n');
    }
    let _ = write!(
        md,
        "\nExpected figures, with low to high ranges in brackets; negative figures are time saved."
    );
    if !untouched.is_empty() {
        let _ = write!(md, " Not affected: {}.", untouched.join(", "));
    }
    md.push_str("\n\n");

    let _ = writeln!(md, "## What drives the total\n");
    if results.drivers.is_empty() {
        let _ = writeln!(md, "No task changes the hours.\n");
    }
    for (i, d) in results.drivers.iter().enumerate() {
        let change = results
            .tasks
            .iter()
            .find(|t| t.task == d.task)
            .map_or("", |t| t.change.as_str());
        let _ = writeln!(
            md,
            "{}. {} ({change}): {} hours a year across Wales",
            i + 1,
            inline(&d.description),
            signed_hours(d.system_hours_per_year)
        );
    }
    md.push('\n');

    let _ = writeln!(md, "## Flags\n");
    if results.flags.is_empty() {
        let _ = writeln!(md, "None.\n");
    } else {
        // Serious flags in full; the rest by name, so the summary stays on one page.
        // Every message is in the record and in `wia score`.
        let count = |s: Severity| results.flags.iter().filter(|f| f.severity == s).count();
        let n = results.flags.len();
        let warnings = count(Severity::Warning);
        let _ = writeln!(
            md,
            "{n} flag{}: {} serious, {warnings} warning{}, {} for information.\n",
            if n == 1 { "" } else { "s" },
            count(Severity::Serious),
            if warnings == 1 { "" } else { "s" },
            count(Severity::Info)
        );
        for f in by_severity(results)
            .into_iter()
            .filter(|f| f.severity == Severity::Serious)
        {
            let _ = writeln!(md, "- **{}**: {}", f.id, inline(flag_message(q, f, lang)));
        }
        for level in [Severity::Warning, Severity::Info] {
            let ids: Vec<String> = results
                .flags
                .iter()
                .filter(|f| f.severity == level)
                .map(|f| format!("`{}`", f.id))
                .collect();
            if !ids.is_empty() {
                let _ = writeln!(
                    md,
                    "- {}: {}",
                    if level == Severity::Warning {
                        "Warnings"
                    } else {
                        "For information"
                    },
                    ids.join(", ")
                );
            }
        }
        md.push('\n');
    }

    let _ = writeln!(md, "## Mitigations\n");
    match record
        .answers
        .get("mitigations")
        .and_then(|v| v.as_str())
        .map(block)
        .filter(|t| !t.is_empty())
    {
        Some(text) => {
            let _ = writeln!(md, "{text}\n");
        }
        None => {
            let _ = writeln!(md, "None recorded.\n");
        }
    }

    let _ = writeln!(md, "## Method\n");
    let overrides = if record.headcounts.is_empty() {
        "the questionnaire's default headcounts".to_string()
    } else {
        let list: Vec<String> = record
            .headcounts
            .iter()
            .map(|(r, n)| format!("{r} {}", hours(*n)))
            .collect();
        format!(
            "headcounts set by the assessor ({}) and the questionnaire's defaults otherwise",
            list.join(", ")
        )
    };
    let _ = writeln!(
        md,
        "Standard Cost Model: for each task and role, minutes per occurrence x occurrences a year / 60 gives hours a year for one person; \
         the expected figure is (low + 4 x likely + high) / 6. Removed tasks count negative, and ranges stay conservative \
         (low subtracts removed highs, high subtracts removed lows). Weekly figures divide by {} school weeks. \
         System figures weight each task by the share of the role who do it times the headcount, using {overrides}; \
         FTE divides by {} directed hours. The rating places the largest expected weekly figure per person among the \
         affected roles in the questionnaire's bands. See `docs/scoring.md`.\n",
        q.scoring.school_weeks_per_year,
        hours(q.scoring.directed_hours_per_fte)
    );
    let _ = writeln!(md, "---\n");
    let _ = writeln!(
        md,
        "Record `{}` · {} · digest `{}`",
        record.id,
        record.status.as_str(),
        record.digest.as_deref().unwrap_or("none")
    );
    // Labels come from the questionnaire file: nothing in it may reach a reader's terminal.
    crate::text::inert(&md).into_owned()
}

/// "Moderate means 1 to 2 hours a week per person."
fn band_rule(q: &Questionnaire, rating: &str, lang: Lang) -> String {
    let bands = &q.scoring.bands;
    let Some(i) = bands.iter().position(|b| b.id == rating) else {
        return String::new();
    };
    let label = bands[i].label.get(lang);
    let lower = i.checked_sub(1).and_then(|j| bands[j].below);
    match (lower, bands[i].below) {
        (Some(lo), Some(hi)) => {
            format!("{label} means from {lo} to under {hi} hours a week per person.")
        }
        (None, Some(hi)) => format!("{label} means under {hi} hours a week per person."),
        (Some(lo), None) => format!("{label} means {lo} hours a week per person or more."),
        (None, None) => String::new(),
    }
}

/// Flags most serious first, in questionnaire order within a severity.
pub fn by_severity(results: &Results) -> Vec<&crate::scoring::FiredFlag> {
    let mut flags: Vec<_> = results.flags.iter().collect();
    flags.sort_by_key(|f| std::cmp::Reverse(f.severity));
    flags
}

/// A fired flag's message in `lang`: the questionnaire's text for the flag's id, or the
/// (English) message kept with the results when the questionnaire no longer has the flag.
pub fn flag_message<'a>(
    q: &'a Questionnaire,
    flag: &'a crate::scoring::FiredFlag,
    lang: Lang,
) -> &'a str {
    q.flag(&flag.id)
        .map_or(flag.message.as_str(), |f| f.message.get(lang))
}
