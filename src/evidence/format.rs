//! A report as text, Markdown, CSV or JSON.

use super::report::{By, Figures, Group, Report};
use crate::report::{hours, inline};

/// Words the report needs, in the language asked for.
pub struct Words {
    pub title: String,
    pub entries: String,
    pub schools: String,
    pub authorities: String,
    pub staff: String,
    pub hours_per_year: String,
    pub per_person_week: String,
    pub share: String,
    pub top_causes: String,
    pub by_month: String,
    pub month: String,
    pub nothing: String,
    pub note: String,
}

impl Words {
    pub fn english(by: By) -> Words {
        Words {
            title: "Evidence of workload in schools".into(),
            entries: "entries".into(),
            schools: "schools".into(),
            authorities: "local authorities".into(),
            staff: "staff".into(),
            hours_per_year: "hours a year".into(),
            per_person_week: "hours a week each".into(),
            share: "share".into(),
            top_causes: "Top causes".into(),
            by_month: "Trend by month".into(),
            month: "month".into(),
            nothing: "No entries match.".into(),
            note: format!(
                "Hours a year = staff x hours each time x occurrences a year (once 1, a term 3, a week 39). \"Hours a week each\" spreads a year's hours for each member of staff over 39 school weeks.{}",
                if by == By::Role {
                    " An entry naming several roles counts in each."
                } else {
                    ""
                }
            ),
        }
    }

    fn by(by: By) -> &'static str {
        match by {
            By::Cause => "cause",
            By::Role => "role",
            By::Month => "month",
            By::School => "school",
            By::Authority => "local authority",
            By::Policy => "policy",
        }
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

fn filter_line(r: &Report) -> Option<String> {
    let f = &r.filter;
    let mut parts = Vec::new();
    if let Some(d) = f.from {
        parts.push(format!("from {d}"));
    }
    if let Some(d) = f.to {
        parts.push(format!("to {d}"));
    }
    if let Some(s) = &f.school {
        parts.push(format!("school {s}"));
    }
    if let Some(a) = &f.authority {
        parts.push(format!("authority {a}"));
    }
    if let Some(c) = &f.cause {
        parts.push(format!("cause {c}"));
    }
    (!parts.is_empty()).then(|| parts.join(", "))
}

/// Plain text for a terminal: aligned columns.
pub fn text(r: &Report, w: &Words) -> String {
    let mut out = format!("{}\n", w.title);
    if let Some(f) = filter_line(r) {
        out.push_str(&format!("({f})\n"));
    }
    out.push('\n');
    if r.total.entries == 0 {
        out.push_str(&format!("{}\n", w.nothing));
        return out;
    }
    let t = &r.total;
    out.push_str(&format!(
        "{} {}, {} {}, {} {}, {} {}\n{} {}; {} {}\n\n",
        t.entries,
        w.entries,
        t.schools,
        w.schools,
        r.authorities,
        w.authorities,
        t.staff,
        w.staff,
        hours(t.hours_per_year),
        w.hours_per_year,
        hours(t.hours_per_person_per_week),
        w.per_person_week,
    ));
    let head = [
        Words::by(r.by).to_string(),
        w.entries.clone(),
        w.schools.clone(),
        w.staff.clone(),
        w.hours_per_year.clone(),
        w.per_person_week.clone(),
        w.share.clone(),
    ];
    out.push_str(&table(&head, &group_rows(&r.groups)));
    out.push_str(&format!("\n{}\n", w.top_causes));
    for (i, g) in r.top_causes.iter().enumerate() {
        out.push_str(&format!(
            "  {}. {} ({} {}, {})\n",
            i + 1,
            g.label,
            hours(g.figures.hours_per_year),
            w.hours_per_year,
            pct(g.share_percent)
        ));
    }
    out.push_str(&format!("\n{}\n", w.by_month));
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
    out.push_str(&table(
        &[w.month.clone(), w.entries.clone(), w.hours_per_year.clone()],
        &rows,
    ));
    out.push_str(&format!("\n{}\n", w.note));
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
    let mut out = format!("# {}\n\n", w.title);
    if let Some(f) = filter_line(r) {
        out.push_str(&format!("Entries {}.\n\n", inline(&f)));
    }
    if r.total.entries == 0 {
        out.push_str(&format!("{}\n", w.nothing));
        return out;
    }
    let t = &r.total;
    out.push_str(&format!(
        "- {} {}, {} {}, {} {}, {} {}\n- {} {}; {} {}\n\n",
        t.entries,
        w.entries,
        t.schools,
        w.schools,
        r.authorities,
        w.authorities,
        t.staff,
        w.staff,
        hours(t.hours_per_year),
        w.hours_per_year,
        hours(t.hours_per_person_per_week),
        w.per_person_week,
    ));
    let head = [
        Words::by(r.by),
        &w.entries,
        &w.schools,
        &w.staff,
        &w.hours_per_year,
        &w.per_person_week,
        &w.share,
    ];
    out.push_str(&format!("| {} |\n", head.join(" | ")));
    out.push_str("| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n");
    for row in group_rows(&r.groups) {
        let cells: Vec<String> = row.iter().map(|c| inline(c)).collect();
        out.push_str(&format!("| {} |\n", cells.join(" | ")));
    }
    out.push_str(&format!("\n## {}\n\n", w.top_causes));
    for g in &r.top_causes {
        out.push_str(&format!(
            "1. {}: {} {} ({})\n",
            inline(&g.label),
            hours(g.figures.hours_per_year),
            w.hours_per_year,
            pct(g.share_percent)
        ));
    }
    out.push_str(&format!(
        "\n## {}\n\n| {} | {} | {} |\n| --- | ---: | ---: |\n",
        w.by_month, w.month, w.entries, w.hours_per_year
    ));
    for m in &r.by_month {
        out.push_str(&format!(
            "| {} | {} | {} |\n",
            m.month,
            m.entries,
            hours(m.hours_per_year)
        ));
    }
    out.push_str(&format!("\n{}\n", w.note));
    out
}

/// The groups as CSV, figures unrounded, with fixed English column names for scripts.
pub fn csv(r: &Report) -> String {
    let mut wtr = ::csv::Writer::from_writer(Vec::new());
    let _ = wtr.write_record([
        r.by.as_str(),
        "label",
        "entries",
        "schools",
        "staff",
        "hours_per_year",
        "hours_per_person_per_week",
        "share_percent",
    ]);
    for g in &r.groups {
        let f = &g.figures;
        let _ = wtr.write_record([
            g.key.clone(),
            g.label.clone(),
            f.entries.to_string(),
            f.schools.to_string(),
            f.staff.to_string(),
            f.hours_per_year.to_string(),
            f.hours_per_person_per_week.to_string(),
            g.share_percent.to_string(),
        ]);
    }
    String::from_utf8(wtr.into_inner().unwrap_or_default()).unwrap_or_default()
}

/// The whole report as JSON: the keys are a contract for scripts.
pub fn json(r: &Report) -> String {
    let mut s = serde_json::to_string_pretty(r).unwrap_or_default();
    s.push('\n');
    s
}
