//! A report as text, Markdown, CSV or JSON.

use super::catalogue::Catalogue;
use super::report::{By, Figures, Group, Report};
use crate::report::{hours, inline};
use crate::t;
use crate::text::Lang;

/// The words a report needs, in one language.
pub struct Words {
    lang: Lang,
}

impl Words {
    pub fn new(lang: Lang) -> Words {
        Words { lang }
    }

    fn t(&self, id: &str) -> String {
        crate::i18n::message(self.lang, id, None)
    }

    fn count(&self, id: &str, n: usize) -> String {
        t!(self.lang, id, count = n as i64)
    }

    fn column(&self, by: By) -> String {
        self.t(match by {
            By::Cause => "evidence-col-cause",
            By::Role => "evidence-col-role",
            By::Month => "evidence-col-month",
            By::School => "evidence-col-school",
            By::Authority => "evidence-col-authority",
            By::Policy => "evidence-col-policy",
        })
    }

    fn head(&self, by: By) -> Vec<String> {
        let mut head = vec![self.column(by)];
        for id in [
            "evidence-col-entries",
            "evidence-col-schools",
            "evidence-col-staff",
            "evidence-col-hours-year",
            "evidence-col-hours-week",
            "evidence-col-share",
        ] {
            head.push(self.t(id));
        }
        head
    }

    /// Two lines: what was counted, then the hours.
    fn totals(&self, r: &Report) -> [String; 2] {
        let t = &r.total;
        [
            [
                self.count("evidence-report-entries", t.entries),
                self.count("evidence-report-schools", t.schools),
                self.count("evidence-report-authorities", r.authorities),
                self.count("evidence-report-staff", t.staff as usize),
            ]
            .join(", "),
            format!(
                "{}; {}",
                t!(
                    self.lang,
                    "evidence-report-hours-year",
                    hours = hours(t.hours_per_year)
                ),
                t!(
                    self.lang,
                    "evidence-report-hours-week",
                    hours = hours(t.hours_per_person_per_week)
                )
            ),
        ]
    }

    fn note(&self, r: &Report) -> String {
        let mut note = t!(
            self.lang,
            "evidence-report-note",
            weeks = r.school_weeks_per_year
        );
        if r.by == By::Role {
            note.push(' ');
            note.push_str(&self.t("evidence-report-note-roles"));
        }
        note
    }

    fn filter(&self, r: &Report) -> Option<String> {
        let f = &r.filter;
        let c = Catalogue::bundled();
        let mut parts = Vec::new();
        if let Some(d) = f.from {
            parts.push(t!(self.lang, "evidence-report-from", date = d.to_string()));
        }
        if let Some(d) = f.to {
            parts.push(t!(self.lang, "evidence-report-to", date = d.to_string()));
        }
        if let Some(s) = &f.school {
            parts.push(t!(self.lang, "evidence-report-school", name = s.as_str()));
        }
        if let Some(a) = &f.authority {
            let name = c.authority_label(a, self.lang);
            parts.push(t!(self.lang, "evidence-report-authority", name = name));
        }
        if let Some(k) = &f.cause {
            let name = c.cause_label(k, self.lang);
            parts.push(t!(self.lang, "evidence-report-cause", name = name));
        }
        (!parts.is_empty()).then(|| {
            t!(
                self.lang,
                "evidence-report-filter",
                filter = parts.join(", ")
            )
        })
    }
}

fn pct(x: f64) -> String {
    format!("{x:.0}%")
}

fn cells(f: &Figures) -> [String; 5] {
    [
        f.entries.to_string(),
        f.schools.to_string(),
        f.staff.to_string(),
        hours(f.hours_per_year),
        hours(f.hours_per_person_per_week),
    ]
}

/// Plain text for a terminal: aligned columns.
pub fn text(r: &Report, w: &Words) -> String {
    let mut out = format!("{}\n", w.t("evidence-report-title"));
    if let Some(f) = w.filter(r) {
        out.push_str(&format!("{f}\n"));
    }
    out.push('\n');
    if r.total.entries == 0 {
        out.push_str(&format!("{}\n", w.t("evidence-report-nothing")));
        return out;
    }
    let [counted, totals] = w.totals(r);
    out.push_str(&format!("{counted}\n{totals}\n\n"));
    // Labels cut short, so the table fits an 80-column terminal; Markdown keeps them whole.
    let mut rows = group_rows(&r.groups);
    for row in &mut rows {
        row[0] = clip(&row[0], TEXT_LABEL_WIDTH);
    }
    out.push_str(&table(&w.head(r.by), &rows));
    out.push_str(&format!("\n{}\n", w.t("evidence-report-top")));
    for (i, g) in r.top_causes.iter().enumerate() {
        out.push_str(&format!(
            "  {}. {}: {} ({})\n",
            i + 1,
            g.label,
            t!(
                w.lang,
                "evidence-report-hours-year",
                hours = hours(g.figures.hours_per_year)
            ),
            pct(g.share_percent)
        ));
    }
    out.push_str(&format!("\n{}\n", w.t("evidence-report-trend")));
    let rows: Vec<Vec<String>> = r
        .by_month
        .iter()
        .map(|m| {
            vec![
                m.month.clone(),
                m.entries.to_string(),
                hours(m.hours_per_year),
            ]
        })
        .collect();
    let head = [
        w.t("evidence-col-month"),
        w.t("evidence-col-entries"),
        w.t("evidence-col-hours-year"),
    ];
    out.push_str(&table(&head, &rows));
    out.push_str(&format!("\n{}\n", wrap(&w.note(r), 80)));
    out
}

/// Words filled into lines of at most `width` columns (a longer word has a line to itself).
fn wrap(text: &str, width: usize) -> String {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let w = unicode_width::UnicodeWidthStr::width(line.as_str());
        if !line.is_empty() && w + 1 + unicode_width::UnicodeWidthStr::width(word) > width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines.join("\n")
}

/// The widest a group's name is shown in a text report.
const TEXT_LABEL_WIDTH: usize = 32;

/// `text` cut to `max` columns, with an ellipsis when cut.
fn clip(text: &str, max: usize) -> String {
    use unicode_width::UnicodeWidthChar;
    if unicode_width::UnicodeWidthStr::width(text) <= max {
        return text.to_string();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = c.width().unwrap_or(0);
        if used + w + 1 > max {
            break;
        }
        out.push(c);
        used += w;
    }
    out.push('…');
    out
}

fn group_rows(groups: &[Group]) -> Vec<Vec<String>> {
    groups
        .iter()
        .map(|g| {
            let mut row = vec![g.label.clone()];
            row.extend(cells(&g.figures));
            row.push(pct(g.share_percent));
            row
        })
        .collect()
}

/// Columns padded to their widest cell; numbers right-aligned.
fn table(head: &[String], rows: &[Vec<String>]) -> String {
    let width = |s: &str| unicode_width::UnicodeWidthStr::width(s);
    let mut widths: Vec<usize> = head.iter().map(|h| width(h)).collect();
    for row in rows {
        for (i, c) in row.iter().enumerate() {
            widths[i] = widths[i].max(width(c));
        }
    }
    let line = |cells: &[String]| -> String {
        let mut s = String::new();
        for (i, c) in cells.iter().enumerate() {
            let pad = " ".repeat(widths[i] - width(c));
            if i == 0 {
                s.push_str(&format!("{c}{pad}"));
            } else {
                s.push_str(&format!("  {pad}{c}"));
            }
        }
        format!("{}\n", s.trim_end())
    };
    let mut out = line(head);
    for row in rows {
        out.push_str(&line(row));
    }
    out
}

pub fn markdown(r: &Report, w: &Words) -> String {
    let mut out = format!("# {}\n\n", w.t("evidence-report-title"));
    if let Some(f) = w.filter(r) {
        out.push_str(&format!("{}\n\n", inline(&f)));
    }
    if r.total.entries == 0 {
        out.push_str(&format!("{}\n", w.t("evidence-report-nothing")));
        return out;
    }
    let [counted, totals] = w.totals(r);
    out.push_str(&format!("- {counted}\n- {totals}\n\n"));
    out.push_str(&format!("| {} |\n", w.head(r.by).join(" | ")));
    out.push_str("| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n");
    for row in group_rows(&r.groups) {
        let cells: Vec<String> = row.iter().map(|c| inline(c)).collect();
        out.push_str(&format!("| {} |\n", cells.join(" | ")));
    }
    out.push_str(&format!("\n## {}\n\n", w.t("evidence-report-top")));
    for g in &r.top_causes {
        out.push_str(&format!(
            "1. {}: {} ({})\n",
            inline(&g.label),
            t!(
                w.lang,
                "evidence-report-hours-year",
                hours = hours(g.figures.hours_per_year)
            ),
            pct(g.share_percent)
        ));
    }
    out.push_str(&format!(
        "\n## {}\n\n| {} | {} | {} |\n| --- | ---: | ---: |\n",
        w.t("evidence-report-trend"),
        w.t("evidence-col-month"),
        w.t("evidence-col-entries"),
        w.t("evidence-col-hours-year")
    ));
    for m in &r.by_month {
        out.push_str(&format!(
            "| {} | {} | {} |\n",
            m.month,
            m.entries,
            hours(m.hours_per_year)
        ));
    }
    out.push_str(&format!("\n{}\n", w.note(r)));
    out
}

/// The groups as CSV, figures unrounded, with fixed English column names for scripts.
pub fn csv(r: &Report) -> String {
    crate::csv_out::document(
        &[
            r.by.as_str(),
            "label",
            "entries",
            "schools",
            "staff",
            "hours_per_year",
            "hours_per_person_per_week",
            "share_percent",
        ],
        r.groups.iter().map(|g| {
            let f = &g.figures;
            [
                g.key.clone(),
                g.label.clone(),
                f.entries.to_string(),
                f.schools.to_string(),
                f.staff.to_string(),
                f.hours_per_year.to_string(),
                f.hours_per_person_per_week.to_string(),
                g.share_percent.to_string(),
            ]
        }),
    )
}

/// The whole report as JSON: the keys are a contract for scripts.
pub fn json(r: &Report) -> String {
    let versioned =
        crate::schema_version::Versioned::new(crate::schema_version::EVIDENCE_REPORT, r);
    let mut s = serde_json::to_string_pretty(&versioned).unwrap_or_default();
    s.push('\n');
    s
}
