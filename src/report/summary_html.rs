//! The summary as one self-contained, printable HTML page: inline styles sized for one A4
//! sheet, the hours by role drawn as an SVG bar chart, and nothing fetched from anywhere
//! (no scripts, fonts, images or links), so it can be emailed and printed as it is.
//!
//! It is laid out from the same `Parts` as the Markdown, built with `Markup::Html`, so every
//! text from a record or questionnaire arrives here already escaped.

use std::fmt::Write;

use super::markup::{Markup, html};
use super::summary::{Parts, Row};
use crate::i18n::Lang;
use crate::questionnaire::Questionnaire;
use crate::record::Record;
use crate::scoring::Results;

/// The page in `lang`.
pub fn summary_html(q: &Questionnaire, record: &Record, results: &Results, lang: Lang) -> String {
    if q.is_survey() {
        return super::survey::survey_html(q, record, lang);
    }
    let p = Parts::new(q, record, results, lang, Markup::Html);
    let mut body = String::new();
    single(&mut body, &p);
    page(lang, &p.title, &body)
}

/// The page in Welsh and English: headings as "Cymraeg / English", prose in two columns,
/// Welsh on the left; figures, the chart and the assessor's own words once.
pub fn bilingual_html(q: &Questionnaire, record: &Record, results: &Results) -> String {
    if q.is_survey() {
        return super::survey::survey_bilingual_html(q, record);
    }
    let cy = Parts::new(q, record, results, Lang::Cy, Markup::Html);
    let en = Parts::new(q, record, results, Lang::En, Markup::Html);
    let mut body = String::new();
    side_by_side(&mut body, &cy, &en);
    page(Lang::Cy, &format!("{} / {}", cy.title, en.title), &body)
}

const STYLE: &str = r#"
@page { size: A4; margin: 10mm 11mm; }
* { box-sizing: border-box; }
html { font-family: "Segoe UI", Arial, "Helvetica Neue", Helvetica, "DejaVu Sans", sans-serif; color: #1b1b1b; }
body { margin: 0; background: #fff; font-size: 1rem; line-height: 1.3; }
main { max-width: 188mm; margin: 0 auto; }
h1 { font-size: 1.55em; margin: 0 0 0.3em; line-height: 1.15; }
h2 { font-size: 1.12em; margin: 0.7em 0 0.25em; padding-bottom: 0.1em; border-bottom: 0.35mm solid #c8102e; break-after: avoid; }
h3 { font-size: 1em; margin: 0.4em 0 0.15em; break-after: avoid; }
p { margin: 0 0 0.35em; }
ul, ol { margin: 0 0 0.35em; padding-left: 1.4em; }
li { margin: 0 0 0.15em; }
.notice { border-left: 1mm solid #c8102e; padding: 0.2em 0.6em; background: #fbeaea; }
.meta { color: #444; }
.rating { display: flex; gap: 0.8em; align-items: baseline; flex-wrap: wrap; margin: 0.5em 0 0.3em;
  padding: 0.35em 0.7em; background: #f1f4f8; border: 0.3mm solid #b9c4d0; }
.rating .band { font-size: 1.4em; font-weight: bold; }
.rating .size { font-size: 1.1em; }
table { border-collapse: collapse; width: 100%; margin: 0 0 0.3em; font-variant-numeric: tabular-nums; }
th, td { border-bottom: 0.2mm solid #ccc; padding: 0.12em 0.35em; vertical-align: top; }
th { text-align: left; font-weight: 600; background: #f1f4f8; }
td.n, th.n { text-align: right; white-space: nowrap; }
.note, figcaption { color: #444; font-size: 0.9em; }
figure { margin: 0.2em 0 0; break-inside: avoid; }
svg { display: block; width: 100%; height: auto; max-height: 42mm; }
.two { display: grid; grid-template-columns: 1fr 1fr; gap: 0 4mm; }
.two > div > :first-child { margin-top: 0.4em; }
.flags { columns: 2; column-gap: 4mm; }
.flags li { break-inside: avoid; }
.two .flags { columns: 1; }
.method { font-size: 0.9em; color: #333; }
footer { margin-top: 0.5em; padding-top: 0.2em; border-top: 0.2mm solid #999; font-size: 0.85em; color: #444; overflow-wrap: anywhere; }
code { font-family: Consolas, "DejaVu Sans Mono", monospace; font-size: 0.95em; }
@media screen { html { background: #e9ecef; } main { background: #fff; padding: 10mm 11mm; margin: 0 auto; max-width: 210mm; } }
@media print { main { max-width: none; } a { color: inherit; } }
"#;

/// Characters of running text that fit one A4 sheet at 9 pt in this layout, measured
/// with Chromium's print to PDF; the type is made smaller for more, so that the page
/// prints on one sheet, but never below 5 pt, the size of small print.
const CHARS_AT_9PT: f64 = 4300.0;

/// The type size for a page of `body`: CSS cannot shrink text to fit a sheet without a
/// script, so the size is chosen here from how much text there is to print.
fn type_size(body: &str) -> f64 {
    let chars = strip_tags(body).chars().count().max(1) as f64;
    (9.0 * (CHARS_AT_9PT / chars).sqrt()).clamp(5.0, 9.5)
}

pub(super) fn page(lang: Lang, title: &str, body: &str) -> String {
    let size = type_size(body);
    let mut out = String::new();
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{title}</title>\n<style>html {{ font-size: {size:.2}pt; }}{STYLE}</style>\n</head>\n<body>\n<main>\n{body}</main>\n</body>\n</html>\n",
        lang.code()
    );
    // Labels come from the questionnaire file: nothing in it may reach a reader's terminal.
    crate::text::inert(&out).into_owned()
}

fn notices(out: &mut String, p: &Parts) {
    for (label, text) in [&p.draft, &p.revision].into_iter().flatten() {
        let _ = writeln!(
            out,
            "<p class=\"notice\"><strong>{label}</strong> {text}</p>"
        );
    }
}

fn timing(p: &Parts) -> String {
    p.timing
        .iter()
        .map(|(label, value)| format!("<strong>{label}</strong> {value}"))
        .collect::<Vec<_>>()
        .join(" · ")
}

fn single(out: &mut String, p: &Parts) {
    let _ = writeln!(out, "<h1>{}</h1>", p.title);
    notices(out, p);
    if let Some(d) = &p.description {
        let _ = writeln!(out, "<p class=\"policy\">{d}</p>");
    }
    if !p.timing.is_empty() {
        let _ = writeln!(out, "<p>{}</p>", timing(p));
    }
    let _ = writeln!(out, "<p class=\"meta\">{}</p>", p.assessed);
    let _ = writeln!(
        out,
        "<div class=\"rating\"><span class=\"band\">{}</span>",
        p.rating
    );
    if let Some(size) = &p.size {
        let _ = writeln!(out, "<span class=\"size\">{size}</span>");
    }
    let _ = writeln!(out, "</div>\n<p>{}</p>", p.rating_text);

    let _ = writeln!(out, "<h2>{}</h2>", p.hours_heading);
    table(
        out,
        &p.columns,
        p.rows.iter().map(|r| (r.role.as_str(), &r.figures)),
    );
    let _ = writeln!(out, "<p class=\"note\">{}</p>", p.table_note);
    let labels: Vec<String> = p.rows.iter().map(|r| r.role.clone()).collect();
    chart(out, &p.rows, &p.chart_title, &labels);

    let _ = writeln!(out, "<div class=\"two\"><div>");
    let _ = writeln!(out, "<h2>{}</h2>", p.drivers_heading);
    if let Some(none) = &p.no_drivers {
        let _ = writeln!(out, "<p>{none}</p>");
    }
    if !p.drivers.is_empty() {
        let _ = writeln!(out, "<ol>");
        for d in &p.drivers {
            let _ = writeln!(out, "<li>{}</li>", d.line);
        }
        let _ = writeln!(out, "</ol>");
    }
    let _ = writeln!(out, "</div><div>");
    let _ = writeln!(
        out,
        "<h2>{}</h2>\n<p>{}</p>",
        p.mitigations_heading, p.mitigations
    );
    evidence(out, &p.evidence_heading, &p.evidence);
    let _ = writeln!(out, "</div></div>");
    let _ = writeln!(
        out,
        "<h2>{}</h2>\n<p>{}</p>",
        p.flags_heading, p.flag_counts
    );
    let _ = writeln!(out, "<div class=\"flags\">");
    flag_groups(out, p);
    let _ = writeln!(out, "</div>");
    let _ = writeln!(
        out,
        "<h2>{}</h2>\n<p class=\"method\">{}</p>",
        p.method_heading, p.method
    );
    let _ = writeln!(out, "<footer>{}</footer>", p.footer);
}

fn flags(out: &mut String, p: &Parts) {
    let _ = writeln!(
        out,
        "<h2>{}</h2>\n<p>{}</p>",
        p.flags_heading, p.flag_counts
    );
    flag_groups(out, p);
}

fn flag_groups(out: &mut String, p: &Parts) {
    for (label, messages) in &p.flag_groups {
        let _ = writeln!(out, "<h3>{label}</h3>\n<ul>");
        for m in messages {
            let _ = writeln!(out, "<li>{m}</li>");
        }
        let _ = writeln!(out, "</ul>");
    }
}

fn evidence(out: &mut String, heading: &str, lines: &[String]) {
    if lines.is_empty() {
        return;
    }
    let _ = writeln!(out, "<h2>{heading}</h2>\n<ul>");
    for line in lines {
        let _ = writeln!(out, "<li>{line}</li>");
    }
    let _ = writeln!(out, "</ul>");
}

/// The hours table: the first column a role, the rest figures, right-aligned.
fn table<'a>(
    out: &mut String,
    columns: &[String],
    rows: impl Iterator<Item = (&'a str, &'a Vec<String>)>,
) {
    let _ = write!(out, "<table>\n<thead><tr>");
    for (i, c) in columns.iter().enumerate() {
        let class = if i == 0 { "" } else { " class=\"n\"" };
        let _ = write!(out, "<th{class}>{c}</th>");
    }
    let _ = writeln!(out, "</tr></thead>\n<tbody>");
    for (role, figures) in rows {
        let _ = write!(out, "<tr><td>{role}</td>");
        for f in figures {
            let _ = write!(out, "<td class=\"n\">{f}</td>");
        }
        let _ = writeln!(out, "</tr>");
    }
    let _ = writeln!(out, "</tbody>\n</table>");
}

/// Horizontal bars of each role's expected hours a week for one person, from zero, with
/// a line from the low to the high figure: the range the estimates allow.
fn chart(out: &mut String, rows: &[Row], caption: &str, labels: &[String]) {
    if rows.is_empty() {
        return;
    }
    // Units of the drawing, which is scaled to the page's width: 12 of them are about the
    // size of the page's text at its usual size.
    const WIDTH: f64 = 1000.0;
    const VALUE: f64 = 70.0;
    const ROW: f64 = 18.0;
    // Room for the longest label ("Athrawon / Teachers" is longer than either), at
    // about 6.6 units a character.
    let longest = labels
        .iter()
        .map(|l| strip_tags(l).chars().count())
        .max()
        .unwrap_or(0);
    let label_width = (longest as f64 * 6.6 + 14.0).clamp(120.0, 560.0);
    let lo = rows.iter().map(|r| r.week.low).fold(0.0_f64, f64::min);
    let hi = rows.iter().map(|r| r.week.high).fold(0.0_f64, f64::max);
    let span = if hi - lo > 0.0 { hi - lo } else { 1.0 };
    let plot = WIDTH - label_width - VALUE;
    let x = |v: f64| label_width + (v - lo) / span * plot;
    let height = ROW * rows.len() as f64 + 16.0;
    let _ = writeln!(
        out,
        "<figure>\n<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {WIDTH} {height}\" role=\"img\" aria-label=\"{}\" font-size=\"12\" font-family=\"Segoe UI, Arial, sans-serif\">",
        html(&strip_tags(caption))
    );
    for (i, r) in rows.iter().enumerate() {
        let top = i as f64 * ROW + 2.0;
        let mid = top + ROW / 2.0 - 2.0;
        let (a, b) = (
            x(0.0).min(x(r.week.expected)),
            x(0.0).max(x(r.week.expected)),
        );
        let colour = if r.week.expected < 0.0 {
            "#2e7d4f"
        } else {
            "#1f5fa8"
        };
        let _ = writeln!(
            out,
            "<text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"end\">{}</text>",
            label_width - 6.0,
            mid + 4.0,
            labels.get(i).map_or("", String::as_str)
        );
        let _ = writeln!(
            out,
            "<rect x=\"{a:.1}\" y=\"{:.1}\" width=\"{:.1}\" height=\"{:.1}\" fill=\"{colour}\"/>",
            top + 3.0,
            (b - a).max(0.5),
            ROW - 8.0
        );
        let (l, h) = (x(r.week.low), x(r.week.high));
        let _ = writeln!(
            out,
            "<path d=\"M{l:.1} {mid:.1}H{h:.1}M{l:.1} {:.1}V{:.1}M{h:.1} {:.1}V{:.1}\" stroke=\"#111\" stroke-width=\"1.4\" fill=\"none\"/>",
            mid - 4.0,
            mid + 4.0,
            mid - 4.0,
            mid + 4.0
        );
        let _ = writeln!(
            out,
            "<text x=\"{:.1}\" y=\"{:.1}\">{}</text>",
            WIDTH - VALUE + 6.0,
            mid + 4.0,
            super::format::signed_hours(r.week.expected)
        );
    }
    let zero = x(0.0);
    let bottom = ROW * rows.len() as f64 + 2.0;
    let _ = writeln!(
        out,
        "<line x1=\"{zero:.1}\" y1=\"0\" x2=\"{zero:.1}\" y2=\"{bottom:.1}\" stroke=\"#555\" stroke-width=\"1\"/>\n\
         <text x=\"{zero:.1}\" y=\"{:.1}\" text-anchor=\"middle\" fill=\"#555\">0</text>",
        bottom + 12.0
    );
    let _ = writeln!(out, "</svg>\n<figcaption>{caption}</figcaption>\n</figure>");
}

/// Text without the markup the summary adds, for an attribute.
fn strip_tags(text: &str) -> String {
    let mut out = String::new();
    let mut inside = false;
    for c in text.chars() {
        match c {
            '<' => inside = true,
            '>' => inside = false,
            c if !inside => out.push(c),
            _ => {}
        }
    }
    out
}

/// "Cymraeg / English", or one of them when both say the same.
fn both(cy: &str, en: &str) -> String {
    if cy == en {
        cy.to_string()
    } else {
        format!("{cy} / {en}")
    }
}

/// Two columns: Welsh left, English right.
fn pair(out: &mut String, cy: &str, en: &str) {
    let _ = writeln!(
        out,
        "<div class=\"two\"><div lang=\"cy\">{cy}</div><div lang=\"en\">{en}</div></div>"
    );
}

// Long because it is the whole page, section by section in reading order, each a few
// lines pairing the Welsh with the English; split, every part would need both Parts.
fn side_by_side(out: &mut String, cy: &Parts, en: &Parts) {
    pair(
        out,
        &format!("<h1>{}</h1>", cy.title),
        &format!("<h1>{}</h1>", en.title),
    );
    let (mut c, mut e) = (String::new(), String::new());
    notices(&mut c, cy);
    notices(&mut e, en);
    if !c.is_empty() {
        pair(out, &c, &e);
    }
    // The assessor's own words, in one language.
    if let Some(d) = &en.description {
        let _ = writeln!(out, "<p class=\"policy\">{d}</p>");
    }
    let rows = |p: &Parts| {
        let mut s = String::new();
        if !p.timing.is_empty() {
            let _ = writeln!(s, "<p>{}</p>", timing(p));
        }
        let _ = writeln!(s, "<p class=\"meta\">{}</p>", p.assessed);
        s
    };
    pair(out, &rows(cy), &rows(en));
    let rating = |p: &Parts| {
        let mut s = format!(
            "<div class=\"rating\"><span class=\"band\">{}</span>",
            p.rating
        );
        if let Some(size) = &p.size {
            let _ = write!(s, "<span class=\"size\">{size}</span>");
        }
        let _ = write!(s, "</div>\n<p>{}</p>", p.rating_text);
        s
    };
    pair(out, &rating(cy), &rating(en));

    let _ = writeln!(
        out,
        "<h2>{}</h2>",
        both(&cy.hours_heading, &en.hours_heading)
    );
    let columns: Vec<String> = cy
        .columns
        .iter()
        .zip(&en.columns)
        .map(|(c, e)| both(c, e))
        .collect();
    let labels: Vec<String> = cy
        .rows
        .iter()
        .zip(&en.rows)
        .map(|(c, e)| both(&c.role, &e.role))
        .collect();
    let cells: Vec<Vec<String>> = cy
        .rows
        .iter()
        .zip(&en.rows)
        .map(|(c, e)| {
            c.neutral
                .iter()
                .zip(&e.neutral)
                .map(|(c, e)| both(c, e))
                .collect()
        })
        .collect();
    table(
        out,
        &columns,
        labels.iter().map(String::as_str).zip(cells.iter()),
    );
    pair(
        out,
        &format!("<p class=\"note\">{}</p>", cy.table_note),
        &format!("<p class=\"note\">{}</p>", en.table_note),
    );
    chart(
        out,
        &en.rows,
        &both(&cy.chart_title, &en.chart_title),
        &labels,
    );

    let section = |p: &Parts| {
        let mut s = format!("<h2>{}</h2>", p.drivers_heading);
        if let Some(none) = &p.no_drivers {
            let _ = write!(s, "<p>{none}</p>");
        }
        if !p.drivers.is_empty() {
            s.push_str("<ol>");
            for d in &p.drivers {
                let _ = write!(s, "<li>{}</li>", d.line);
            }
            s.push_str("</ol>");
        }
        let _ = write!(
            s,
            "<h2>{}</h2><p>{}</p>",
            p.mitigations_heading, p.mitigations
        );
        s
    };
    pair(out, &section(cy), &section(en));
    let (mut c, mut e) = (String::new(), String::new());
    flags(&mut c, cy);
    flags(&mut e, en);
    pair(
        out,
        &format!("<div class=\"flags\">{c}</div>"),
        &format!("<div class=\"flags\">{e}</div>"),
    );
    // Cited in the assessor's language, so given once.
    evidence(
        out,
        &both(&cy.evidence_heading, &en.evidence_heading),
        &en.evidence,
    );
    pair(
        out,
        &format!(
            "<h2>{}</h2><p class=\"method\">{}</p>",
            cy.method_heading, cy.method
        ),
        &format!(
            "<h2>{}</h2><p class=\"method\">{}</p>",
            en.method_heading, en.method
        ),
    );
    pair(
        out,
        &format!("<footer>{}</footer>", cy.footer),
        &format!("<footer>{}</footer>", en.footer),
    );
}
