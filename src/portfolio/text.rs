//! The portfolio as plain text for the terminal, in the reader's language.

use super::build::{PolicyRef, Portfolio};
use super::flags::quoted;
use crate::scoring::Estimate;
use crate::t;
use crate::text::Lang;

/// Hours a week as the reports show them.
pub fn hours(x: f64) -> String {
    // -0.00 reads as a saving that is not there.
    let s = format!("{x:.2}");
    if s == "-0.00" { "0.00".into() } else { s }
}

pub(super) fn titles(list: &[PolicyRef], lang: Lang) -> String {
    list.iter()
        .map(|p| quoted(p, lang))
        .collect::<Vec<_>>()
        .join(", ")
}

/// "expected (low to high)".
pub(super) fn range(e: &Estimate, lang: Lang) -> String {
    t!(
        lang,
        "portfolio-range",
        expected = hours(e.expected),
        low = hours(e.low),
        high = hours(e.high)
    )
}

/// The notes every form of the report ends with: drafts, phasing, policies not placed.
pub(super) fn notes(p: &Portfolio, lang: Lang) -> Vec<(String, Vec<String>)> {
    let mut out = Vec::new();
    let drafts: Vec<PolicyRef> = p.drafts().cloned().collect();
    if !drafts.is_empty() {
        out.push((t!(lang, "portfolio-drafts-heading"), lines(&drafts, lang)));
    }
    if !p.phased.is_empty() {
        out.push((t!(lang, "portfolio-phased-heading"), lines(&p.phased, lang)));
    }
    if !p.undated.is_empty() {
        out.push((
            t!(lang, "portfolio-undated-heading"),
            lines(&p.undated, lang),
        ));
    }
    if !p.beyond.is_empty() {
        out.push((
            t!(lang, "portfolio-beyond-heading", terms = super::MAX_TERMS),
            lines(&p.beyond, lang),
        ));
    }
    out
}

fn lines(list: &[PolicyRef], lang: Lang) -> Vec<String> {
    list.iter()
        .map(|r| format!("{} ({})", quoted(r, lang), r.id))
        .collect()
}

pub fn portfolio_text(p: &Portfolio, lang: Lang) -> String {
    let mut out = String::new();
    let line = |out: &mut String, s: &str| {
        out.push_str(s);
        out.push('\n');
    };
    line(
        &mut out,
        &t!(
            lang,
            "portfolio-heading",
            policies = p.policies.len(),
            terms = p.terms.len()
        ),
    );
    if p.terms.is_empty() {
        line(&mut out, &t!(lang, "portfolio-none"));
    } else {
        line(&mut out, &t!(lang, "portfolio-method"));
    }
    for t in &p.terms {
        line(&mut out, "");
        line(&mut out, &t.term.label(lang));
        if !t.starting.is_empty() {
            line(
                &mut out,
                &format!(
                    "  {}",
                    t!(
                        lang,
                        "portfolio-starting",
                        policies = titles(&t.starting, lang)
                    )
                ),
            );
        }
        for r in &t.roles {
            line(
                &mut out,
                &format!(
                    "  {}",
                    t!(
                        lang,
                        "portfolio-role-line",
                        role = p.rules.role_label(&r.role, lang),
                        average = range(&r.average_weekly, lang),
                        one = range(&r.one_person_weekly, lang)
                    )
                ),
            );
            for s in &r.shares {
                line(
                    &mut out,
                    &format!(
                        "      {:>7}  {}",
                        hours(s.average_weekly_expected),
                        quoted(&s.policy, lang)
                    ),
                );
            }
        }
    }
    if !p.flags.is_empty() {
        line(&mut out, "");
        line(&mut out, &t!(lang, "portfolio-flags-heading"));
        for f in &p.flags {
            line(&mut out, &format!("  - {}", f.message(p, lang)));
        }
    }
    for (heading, items) in notes(p, lang) {
        line(&mut out, "");
        line(&mut out, &heading);
        for i in items {
            line(&mut out, &format!("  - {i}"));
        }
    }
    out
}
