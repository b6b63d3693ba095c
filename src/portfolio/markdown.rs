//! The portfolio as a Markdown report for the Strategic Group's meeting: the figures by
//! term and role in two tables, the flags, then each term's policies. Every title from a
//! record is escaped (`report::inline`), so it reads as typed.

use super::build::{PolicyRef, Portfolio, RoleTerm};
use super::flags::quoted;
use super::text::{hours, notes, range};
use crate::report::inline;
use crate::t;
use crate::text::Lang;

/// A policy named safely for Markdown.
fn name(p: &PolicyRef, lang: Lang) -> String {
    let safe = PolicyRef {
        id: p.id.clone(),
        title: inline(&p.title),
        draft: p.draft,
    };
    quoted(&safe, lang)
}

/// One table: a row a term, a column a role, the expected figure `pick` chooses.
fn table(p: &Portfolio, lang: Lang, pick: fn(&RoleTerm) -> f64) -> String {
    let mut out = format!("| {} |", t!(lang, "portfolio-doc-term"));
    for r in &p.roles {
        out.push_str(&format!(" {} |", inline(&p.rules.role_label(r, lang))));
    }
    out.push_str(&format!("\n|---|{}\n", "---:|".repeat(p.roles.len())));
    for t in &p.terms {
        out.push_str(&format!("| {} |", t.term.label(lang)));
        for r in &t.roles {
            out.push_str(&format!(" {} |", hours(pick(r))));
        }
        out.push('\n');
    }
    out
}

pub fn portfolio_markdown(p: &Portfolio, lang: Lang) -> String {
    let mut out = format!("# {}\n\n", t!(lang, "portfolio-doc-title"));
    out.push_str(&t!(
        lang,
        "portfolio-heading",
        policies = p.policies.len(),
        terms = p.terms.len()
    ));
    out.push_str("\n\n");
    if p.terms.is_empty() {
        out.push_str(&t!(lang, "portfolio-none"));
        out.push('\n');
    } else {
        out.push_str(&t!(lang, "portfolio-method"));
        out.push_str("\n\n");
        out.push_str(&format!("## {}\n\n", t!(lang, "portfolio-doc-one-person")));
        out.push_str(&table(p, lang, |r| r.one_person_weekly.expected));
        out.push_str(&format!("\n## {}\n\n", t!(lang, "portfolio-doc-average")));
        out.push_str(&table(p, lang, |r| r.average_weekly.expected));
    }
    if !p.flags.is_empty() {
        out.push_str(&format!("\n## {}\n\n", t!(lang, "portfolio-flags-heading")));
        for f in &p.flags {
            let words = f.message_with(p, lang, &|r| name(r, lang));
            out.push_str(&format!("- {words}\n"));
        }
    }
    for term in &p.terms {
        out.push_str(&format!("\n## {}\n\n", term.term.label(lang)));
        if !term.starting.is_empty() {
            let names: Vec<String> = term.starting.iter().map(|r| name(r, lang)).collect();
            out.push_str(&t!(lang, "portfolio-starting", policies = names.join(", ")));
            out.push_str("\n\n");
        }
        for r in &term.roles {
            out.push_str(&format!(
                "- **{}**: {}\n",
                inline(&p.rules.role_label(&r.role, lang)),
                t!(
                    lang,
                    "portfolio-role-line-short",
                    average = range(&r.average_weekly, lang),
                    one = range(&r.one_person_weekly, lang)
                )
            ));
            for s in &r.shares {
                out.push_str(&format!(
                    "  - {} {}\n",
                    hours(s.average_weekly_expected),
                    name(&s.policy, lang)
                ));
            }
        }
    }
    for (heading, items) in notes(p, lang) {
        out.push_str(&format!("\n## {}\n\n", inline(&heading)));
        for i in items {
            out.push_str(&format!("- {}\n", inline(&i)));
        }
    }
    out
}
