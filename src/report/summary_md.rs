//! The summary laid out in Markdown: in one language, or Welsh and English side by side.

use std::fmt::Write;

use super::summary::Parts;
use crate::i18n::Lang;
use crate::t;

/// A Markdown table's alignment row: the first column left, the figures right.
fn alignment(columns: usize) -> String {
    format!("|---|{}", "---:|".repeat(columns.saturating_sub(1)))
}

/// "Intended start: 4 January 2028 · Notice for schools: 10 school weeks", labels bold.
fn timing(p: &Parts) -> Option<String> {
    (!p.timing.is_empty()).then(|| {
        p.timing
            .iter()
            .map(|(label, value)| format!("**{label}** {value}"))
            .collect::<Vec<_>>()
            .join(" · ")
    })
}

/// The summary in one language.
pub(super) fn single(p: &Parts) -> String {
    let mut md = String::new();
    let _ = writeln!(md, "# {}\n", p.title);
    if let Some((label, text)) = &p.draft {
        let _ = writeln!(md, "> **{label}** {text}\n");
    }
    if let Some((label, text)) = &p.revision {
        let _ = writeln!(md, "> **{label}** {text}\n");
    }
    if let Some(description) = &p.description {
        let _ = writeln!(md, "{description}\n");
    }
    if let Some(timing) = timing(p) {
        let _ = writeln!(md, "{timing}\n");
    }
    let _ = writeln!(md, "{}\n", p.assessed);
    match &p.size {
        Some(size) => {
            let _ = writeln!(md, "## {} · {size}\n", p.rating);
        }
        None => {
            let _ = writeln!(md, "## {}\n", p.rating);
        }
    }
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
    for (label, messages) in &p.flag_groups {
        let _ = writeln!(md, "**{label}**\n");
        for message in messages {
            let _ = writeln!(md, "- {message}");
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

/// A phrase made to stand as a sentence ("arbedir ..." after the rating, alone).
pub(super) fn capital(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map_or_else(String::new, |c| c.to_uppercase().chain(chars).collect())
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

// Long because it is the whole page, section by section in reading order, each a few
// lines pairing the Welsh with the English; split, every part would need both Parts.
/// Both languages: headings and labels side by side, prose Welsh first.
pub(super) fn side_by_side(cy: &Parts, en: &Parts) -> String {
    let mut md = String::new();
    let _ = writeln!(md, "# {}\n", cy.title);
    let _ = writeln!(md, "# {}\n", en.title);
    for (c, e) in [(&cy.draft, &en.draft), (&cy.revision, &en.revision)] {
        if let (Some((cl, ct)), Some((el, et))) = (c, e) {
            paragraphs(
                &mut md,
                &format!("> **{cl}** {ct}"),
                &format!("> **{el}** {et}"),
            );
        }
    }
    // The assessor's own words, in one language.
    if let Some(description) = &en.description {
        let _ = writeln!(md, "{description}\n");
    }
    if let (Some(c), Some(e)) = (timing(cy), timing(en)) {
        paragraphs(&mut md, &c, &e);
    }
    paragraphs(&mut md, &cy.assessed, &en.assessed);
    let _ = writeln!(md, "## {}\n", both(&cy.rating, &en.rating));
    if let (Some(c), Some(e)) = (&cy.size, &en.size) {
        paragraphs(
            &mut md,
            &format!("**{}**", capital(c)),
            &format!("**{}**", capital(e)),
        );
    }
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
        let [task, change, expected, likely] = [
            "summary-col-task",
            "summary-col-change",
            "summary-col-expected",
            "summary-col-likely",
        ]
        .map(|id| both(&t!(Lang::Cy, id), &t!(Lang::En, id)));
        let _ = writeln!(md, "| # | {task} | {change} | {expected} | {likely} |");
        let _ = writeln!(md, "|---:|---|---|---:|---:|");
        // The task descriptions are the assessor's own words, in one language.
        for (i, (c, e)) in cy.drivers.iter().zip(&en.drivers).enumerate() {
            let _ = writeln!(
                md,
                "| {} | {} | {} | {} | {} |",
                i + 1,
                e.description,
                both(&c.change, &e.change),
                e.hours,
                e.likely
            );
        }
        md.push('\n');
    }

    let _ = writeln!(md, "## {}\n", both(&cy.flags_heading, &en.flags_heading));
    paragraphs(&mut md, &cy.flag_counts, &en.flag_counts);
    for ((cl, cm), (el, em)) in cy.flag_groups.iter().zip(&en.flag_groups) {
        let _ = writeln!(md, "**{}**\n", both(cl, el));
        let _ = writeln!(md, "| Cymraeg | English |");
        let _ = writeln!(md, "|---|---|");
        for (c, e) in cm.iter().zip(em) {
            let _ = writeln!(md, "| {c} | {e} |");
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
