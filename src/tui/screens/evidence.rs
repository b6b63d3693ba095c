//! The logged evidence, shown over the task editor so an estimate can stand on it: for
//! the policy being assessed and for each cause, how many entries, and the median and
//! range of hours for one person each time.

use std::collections::HashMap;

use ratatui::text::{Line, Span};

use super::assess::AssessScreen;
use crate::evidence::catalogue::Catalogue;
use crate::evidence::{ASSUMPTIONS_QUESTION, BASIS_OPTION, BASIS_QUESTION, Entry, Spread, spread};
use crate::i18n::Lang;
use crate::report::hours;
use crate::t;
use crate::tui::component::Reply;
use crate::tui::context::Context;
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
    /// The task under the cursor, and the cause its description matches (listed first).
    pub task: Option<(String, Option<String>)>,
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

pub fn build(
    entries: &[Entry],
    skipped: usize,
    policy: Option<String>,
    task: Option<String>,
) -> EvidenceView {
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
    let matched = task
        .as_deref()
        .and_then(|t| c.matching_cause(t))
        .map(str::to_string);
    // The task's own cause first, then the most logged.
    causes.sort_by_key(|r| {
        (
            matched.as_deref() != Some(r.cause.as_str()),
            std::cmp::Reverse(r.spread.entries),
        )
    });
    EvidenceView {
        policy,
        for_policy,
        causes,
        entries: entries.len(),
        skipped,
        task: task.map(|t| (t, matched)),
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

impl EvidenceView {
    /// The rows the cursor moves over: the policy's (when entries name it), then causes.
    pub fn rows(&self) -> Vec<&Row> {
        self.for_policy.iter().chain(&self.causes).collect()
    }
}

/// What a row is about, in words: the policy's title or the cause's name.
fn subject(v: &EvidenceView, r: &Row, lang: Lang) -> String {
    if r.cause.is_empty() {
        v.policy.clone().unwrap_or_default()
    } else {
        Catalogue::bundled().cause_label(&r.cause, lang)
    }
}

/// The overlay's lines, and the line where the row under the cursor starts.
pub fn lines(
    ctx: &Context,
    v: &EvidenceView,
    cursor: usize,
    width: usize,
) -> (Vec<Line<'static>>, usize) {
    let (theme, lang) = (ctx.theme, ctx.lang);
    let mut out = Vec::new();
    let mut at = 0;
    let wrap = |text: &str| -> Vec<String> { style::wrap(text, width.saturating_sub(4).max(10)) };
    for l in wrap(&t!(
        lang,
        "evidence-overlay-intro",
        count = v.entries as i64
    )) {
        out.push(Line::styled(l, style::dim(theme)));
    }
    if v.skipped > 0 {
        for l in wrap(&t!(
            lang,
            "evidence-overlay-skipped",
            count = v.skipped as i64
        )) {
            out.push(Line::styled(l, style::warning(theme)));
        }
    }
    out.push(Line::raw(""));
    let mut row_lines = |out: &mut Vec<Line<'static>>, i: usize, r: &Row| {
        let here = i == cursor;
        if here {
            at = out.len();
        }
        let head = Line::from(vec![
            Span::raw(if here { "> " } else { "  " }),
            Span::styled(
                style::shown(&subject(v, r, lang)),
                ratatui::style::Style::default().add_modifier(ratatui::style::Modifier::BOLD),
            ),
        ]);
        out.push(if here {
            head.style(style::cursor_row(theme))
        } else {
            head
        });
        for l in wrap(&figures(r, lang)) {
            out.push(Line::raw(format!("    {l}")));
        }
    };
    let mut i = 0;
    if let Some(p) = &v.policy {
        let heading = t!(lang, "evidence-overlay-policy", policy = p.as_str());
        match &v.for_policy {
            // The row itself names the policy.
            Some(r) => {
                out.push(Line::styled(
                    t!(lang, "evidence-overlay-this-policy"),
                    style::heading(theme),
                ));
                row_lines(&mut out, i, r);
                i += 1;
            }
            None => {
                for l in wrap(&heading) {
                    out.push(Line::styled(style::shown(&l), style::heading(theme)));
                }
                for l in wrap(&t!(lang, "evidence-overlay-policy-none")) {
                    out.push(Line::raw(format!("  {l}")));
                }
            }
        }
        out.push(Line::raw(""));
    }
    out.push(Line::styled(
        t!(lang, "evidence-overlay-causes"),
        style::heading(theme),
    ));
    if let Some((task, matched)) = &v.task {
        let c = Catalogue::bundled();
        // Enough of the task to recognise it.
        let task = &style::clip(&style::shown(task), 48);
        let text = match matched {
            Some(cause) if v.causes.iter().any(|r| &r.cause == cause) => t!(
                lang,
                "evidence-overlay-task-match",
                task = task.as_str(),
                cause = c.cause_label(cause, lang)
            ),
            Some(cause) => t!(
                lang,
                "evidence-overlay-task-match-none",
                task = task.as_str(),
                cause = c.cause_label(cause, lang)
            ),
            None => t!(lang, "evidence-overlay-task-no-match", task = task.as_str()),
        };
        for l in wrap(&style::shown(&text)) {
            out.push(Line::styled(format!("  {l}"), style::dim(theme)));
        }
    }
    if v.causes.is_empty() {
        for l in wrap(&t!(lang, "evidence-overlay-empty")) {
            out.push(Line::raw(format!("  {l}")));
        }
    }
    for r in &v.causes {
        row_lines(&mut out, i, r);
        i += 1;
    }
    if i > 0 {
        out.push(Line::raw(""));
        for l in wrap(&t!(lang, "evidence-overlay-cite-hint")) {
            out.push(Line::styled(l, style::dim(theme)));
        }
    }
    (out, at)
}

/// Cite the row under the cursor in the assessment: tick "workload evidence logged by
/// headteachers" among the bases of the estimates, and add the figures to the
/// assumptions, so the record (and anyone reading it) sees what the estimates stand on.
/// `None` when there is no row to cite, and the window stays open; otherwise it closes.
pub fn cite(s: &mut AssessScreen, v: &EvidenceView, cursor: usize, ctx: &Context) -> Option<Reply> {
    let today = ctx.today;
    let ui = ctx.lang;
    let r = v.rows().get(cursor).copied()?;
    // In the assessment's language, which is what the record is written in.
    let lang = s.a.lang();
    let line = t!(
        lang,
        "evidence-citation",
        date = today.to_string(),
        subject = subject(v, r, lang),
        figures = figures(r, lang)
    );
    let q = s.a.q().clone();
    let basis = q
        .question(BASIS_QUESTION)
        .filter(|x| x.kind.options().iter().any(|o| o.value == BASIS_OPTION));
    let assumptions = q.question(ASSUMPTIONS_QUESTION);
    let (Some(basis), Some(assumptions)) = (basis, assumptions) else {
        return Some(Reply::error(t!(ui, "evidence-cite-no-question")));
    };
    let before = match s.a.answer(ASSUMPTIONS_QUESTION) {
        Some(crate::answers::Answer::Text(t)) => t.clone(),
        _ => String::new(),
    };
    if before.contains(&line) {
        return Some(Reply::info(t!(ui, "evidence-cite-already")));
    }
    let text = if before.trim().is_empty() {
        line
    } else {
        format!("{}\n{line}", before.trim_end())
    };
    let max = match &assumptions.kind {
        crate::questionnaire::QuestionKind::LongText { max_length } => max_length.unwrap_or(20_000),
        _ => 20_000,
    };
    if text.chars().count() > max {
        return Some(Reply::error(t!(
            ui,
            "evidence-cite-too-long",
            max = max as i64
        )));
    }
    s.a.set(
        ASSUMPTIONS_QUESTION,
        Some(crate::answers::Answer::Text(text)),
    );
    let mut chosen = match s.a.answer(&basis.id) {
        Some(crate::answers::Answer::Choices(c)) => c.clone(),
        _ => Vec::new(),
    };
    if !chosen.iter().any(|c| c.value == BASIS_OPTION) {
        chosen.push(crate::answers::Choice {
            value: BASIS_OPTION.into(),
            other: None,
        });
        s.a.set(&basis.id, Some(crate::answers::Answer::Choices(chosen)));
    }
    let basis_text = basis.text.get(ui).to_string();
    let assumptions_text = assumptions.text.get(ui).to_string();
    Some(Reply {
        effects: vec![s.save(false)],
        ..Reply::info(t!(
            ui,
            "evidence-cited",
            basis = basis_text,
            assumptions = assumptions_text
        ))
    })
}
