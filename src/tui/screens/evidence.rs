//! The logged evidence, shown over the task editor so an estimate can stand on it: for
//! the policy being assessed and for each cause, how many entries, and the median and
//! range of hours for one person each time.

use std::collections::HashMap;

use ratatui::text::{Line, Span};

use crate::evidence::catalogue::Catalogue;
use crate::evidence::{Entry, Spread, spread};
use crate::i18n::Lang;
use crate::report::hours;
use crate::t;
use crate::tui::model::Model;
use crate::tui::style;

#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub cause: String,
    pub spread: Spread,
    /// The "how often" most entries give, so minutes per occurrence compare like with like.
    pub usual_frequency: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct EvidenceView {
    /// The title of the assessment, when it has one.
    pub policy: Option<String>,
    /// Entries naming that policy (ignoring case and spaces around it).
    pub for_policy: Option<Row>,
    /// Causes with entries, most entries first.
    pub causes: Vec<Row>,
    pub entries: usize,
    /// Lines of the log that could not be read.
    pub skipped: usize,
}

fn row<'a>(cause: &str, entries: impl Iterator<Item = &'a Entry> + Clone) -> Option<Row> {
    let s = spread(entries.clone())?;
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for e in entries {
        *counts.entry(e.frequency.as_str()).or_default() += 1;
    }
    let usual = counts
        .into_iter()
        .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(a.0)))
        .map(|(f, _)| f.to_string())
        .unwrap_or_default();
    Some(Row {
        cause: cause.to_string(),
        spread: s,
        usual_frequency: usual,
    })
}

pub fn build(entries: &[Entry], skipped: usize, policy: Option<String>) -> EvidenceView {
    let c = Catalogue::bundled();
    let wanted = policy.as_deref().map(|p| p.trim().to_lowercase());
    let for_policy = wanted.as_deref().and_then(|w| {
        row(
            "",
            entries.iter().filter(move |e| {
                e.policy
                    .as_deref()
                    .is_some_and(|p| p.trim().to_lowercase() == w)
            }),
        )
    });
    let mut causes: Vec<Row> = c
        .causes
        .iter()
        .filter_map(|k| row(&k.id, entries.iter().filter(|e| e.cause == k.id)))
        .collect();
    causes.sort_by_key(|r| std::cmp::Reverse(r.spread.entries));
    EvidenceView {
        policy,
        for_policy,
        causes,
        entries: entries.len(),
        skipped,
    }
}

fn figures(r: &Row, lang: Lang) -> String {
    let c = Catalogue::bundled();
    t!(
        lang,
        "evidence-overlay-figures",
        count = r.spread.entries as i64,
        median = hours(r.spread.median),
        min = hours(r.spread.min),
        max = hours(r.spread.max),
        minutes = format!("{:.0}", r.spread.median * 60.0),
        frequency = lower_first(&c.frequency_label(&r.usual_frequency, lang))
    )
}

/// "Every term" reads "mostly every term" mid-sentence.
fn lower_first(s: &str) -> String {
    let mut chars = s.chars();
    chars
        .next()
        .map(|c| c.to_lowercase().chain(chars).collect())
        .unwrap_or_default()
}

pub fn lines(m: &Model, v: &EvidenceView, width: usize) -> Vec<Line<'static>> {
    let (theme, lang) = (m.theme, m.lang);
    let c = Catalogue::bundled();
    let mut out = Vec::new();
    let wrap = |text: &str| -> Vec<String> { style::wrap(text, width.saturating_sub(4).max(10)) };
    for l in wrap(&t!(
        lang,
        "evidence-overlay-intro",
        count = v.entries as i64
    )) {
        out.push(Line::styled(l, style::dim(theme)));
    }
    if v.skipped > 0 {
        out.push(Line::styled(
            t!(lang, "evidence-overlay-skipped", count = v.skipped as i64),
            style::warning(theme),
        ));
    }
    out.push(Line::raw(""));
    if let Some(p) = &v.policy {
        out.push(Line::styled(
            style::shown(&t!(lang, "evidence-overlay-policy", policy = p.as_str())),
            style::heading(theme),
        ));
        let text = match &v.for_policy {
            Some(r) => figures(r, lang),
            None => t!(lang, "evidence-overlay-policy-none"),
        };
        for l in wrap(&text) {
            out.push(Line::raw(format!("  {l}")));
        }
        out.push(Line::raw(""));
    }
    out.push(Line::styled(
        t!(lang, "evidence-overlay-causes"),
        style::heading(theme),
    ));
    if v.causes.is_empty() {
        out.push(Line::raw(format!(
            "  {}",
            t!(lang, "evidence-overlay-empty")
        )));
    }
    for r in &v.causes {
        out.push(Line::from(vec![Span::styled(
            format!("  {}", c.cause_label(&r.cause, lang)),
            ratatui::style::Style::default().add_modifier(ratatui::style::Modifier::BOLD),
        )]));
        for l in wrap(&figures(r, lang)) {
            out.push(Line::raw(format!("    {l}")));
        }
    }
    out
}
