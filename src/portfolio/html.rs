//! The portfolio as a one-page HTML report that prints (A4 landscape): a bar chart of each
//! role's one-person weekly hours by term drawn as SVG, the flags, and a table of the
//! figures with each term's largest policies. Self-contained: no script, no link, no font
//! or image from anywhere. Every text from a record is escaped.

use super::build::{PolicyRef, Portfolio};
use super::flags::quoted;
use super::text::{hours, notes};
use crate::t;
use crate::text::Lang;

/// Colours told apart by readers with the common colour-vision deficiencies (Okabe and Ito).
const COLOURS: [&str; 7] = [
    "#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442",
];

/// How many policies a term's row names (the Markdown report names them all).
const LARGEST: usize = 3;

/// Text for HTML (see `crate::text::html`).
pub fn escape(text: &str) -> String {
    crate::text::html(text)
}

fn name(p: &PolicyRef, lang: Lang) -> String {
    escape(&quoted(p, lang))
}

const STYLE: &str = "@page{size:A4 landscape;margin:10mm}\
body{font-family:'DejaVu Sans',Arial,sans-serif;font-size:9pt;margin:8px 16px;color:#111}\
h1{font-size:15pt;margin:0 0 4px}h2{font-size:11pt;margin:10px 0 4px}p{margin:2px 0}\
.method{color:#444}ul{margin:2px 0;padding-left:18px}\
table{border-collapse:collapse;width:100%}th,td{border:1px solid #bbb;padding:2px 4px;vertical-align:top}\
th{background:#eee;text-align:left}td.n{text-align:right;white-space:nowrap}\
td.p{font-size:8pt}.avg{color:#555;font-size:8pt}svg{display:block}";

/// Bounds of the chart's scale: from the lowest low (or 0) to the highest high (or a
/// little over the flag line), stretched to whole steps.
fn scale(p: &Portfolio, flag_from: Option<f64>) -> (f64, f64, f64) {
    let figures = p.terms.iter().flat_map(|t| t.roles.iter());
    let (mut lo, mut hi) = (0.0f64, flag_from.map_or(1.0, |f| f * 1.1).max(0.5));
    for r in figures {
        lo = lo.min(r.one_person_weekly.low);
        hi = hi.max(r.one_person_weekly.high);
    }
    let span = hi - lo;
    let step = [0.1, 0.25, 0.5, 1.0, 2.0, 5.0, 10.0, 25.0, 50.0, 100.0]
        .into_iter()
        .find(|s| span / s <= 8.0)
        .unwrap_or(span / 8.0);
    ((lo / step).floor() * step, (hi / step).ceil() * step, step)
}

/// The chart as SVG: a group of bars a term, a bar a role at its expected figure, a line
/// from its low to its high, and a dashed line where the moderate band begins.
// Long because it is one drawing: axes, grid, bars, whiskers, the flag line and the legend
// share the same scale and positions.
fn chart(p: &Portfolio, lang: Lang) -> String {
    let (w, h) = (1060.0, 300.0);
    let (left, right, top, bottom) = (48.0, 230.0, 24.0, 40.0);
    let (pw, ph) = (w - left - right, h - top - bottom);
    let flag_from = p.rules.flag_from().filter(|f| f.is_finite());
    let (lo, hi, step) = scale(p, flag_from);
    let y = |v: f64| top + ph * (hi - v) / (hi - lo);
    let mut s = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\" \
         role=\"img\" font-family=\"DejaVu Sans, Arial, sans-serif\" font-size=\"10\">\
         <title>{}</title>",
        escape(&t!(lang, "portfolio-doc-one-person"))
    );
    let mut v = lo;
    while v <= hi + step / 2.0 {
        let yy = y(v);
        let colour = if v.abs() < 1e-9 { "#333" } else { "#ddd" };
        s.push_str(&format!(
            "<line x1=\"{left}\" x2=\"{}\" y1=\"{yy:.1}\" y2=\"{yy:.1}\" stroke=\"{colour}\"/>\
             <text x=\"{}\" y=\"{:.1}\" text-anchor=\"end\">{}</text>",
            left + pw,
            left - 4.0,
            yy + 3.0,
            hours(v)
        ));
        v += step;
    }
    let n = p.terms.len().max(1) as f64;
    let group = pw / n;
    let roles = p.roles.len().max(1) as f64;
    let bar = group * 0.8 / roles;
    for (i, term) in p.terms.iter().enumerate() {
        let x0 = left + group * i as f64 + group * 0.1;
        for (j, r) in term.roles.iter().enumerate() {
            let colour = COLOURS[j % COLOURS.len()];
            let e = &r.one_person_weekly;
            let (a, b) = (y(e.expected.max(0.0)), y(e.expected.min(0.0)));
            let x = x0 + bar * j as f64;
            s.push_str(&format!(
                "<rect x=\"{x:.1}\" y=\"{a:.1}\" width=\"{:.1}\" height=\"{:.1}\" fill=\"{colour}\"/>",
                (bar - 1.0).max(1.0),
                (b - a).max(0.5)
            ));
            let cx = x + bar / 2.0 - 0.5;
            s.push_str(&format!(
                "<line x1=\"{cx:.1}\" x2=\"{cx:.1}\" y1=\"{:.1}\" y2=\"{:.1}\" stroke=\"#222\"/>",
                y(e.low),
                y(e.high)
            ));
        }
        let label = term.term.label(lang);
        let (year, season) = label.split_once(' ').unwrap_or((&label, ""));
        let cx = left + group * (i as f64 + 0.5);
        s.push_str(&format!(
            "<text x=\"{cx:.1}\" y=\"{:.1}\" text-anchor=\"middle\">{}</text>\
             <text x=\"{cx:.1}\" y=\"{:.1}\" text-anchor=\"middle\">{}</text>",
            top + ph + 14.0,
            escape(year),
            top + ph + 27.0,
            escape(season)
        ));
    }
    if let Some(f) = flag_from.filter(|f| *f <= hi) {
        let band = p
            .rules
            .bands
            .iter()
            .find(|b| b.id == super::FLAG_FROM_BAND)
            .map_or(String::new(), |b| b.label.get(lang).to_string());
        s.push_str(&format!(
            "<line x1=\"{left}\" x2=\"{}\" y1=\"{:.1}\" y2=\"{:.1}\" stroke=\"#C00\" stroke-dasharray=\"6 4\"/>\
             <text x=\"{}\" y=\"{:.1}\" fill=\"#C00\">{}</text>",
            left + pw,
            y(f),
            y(f),
            left + pw + 6.0,
            y(f) + 3.0,
            escape(&t!(lang, "portfolio-doc-flag-line", band = band, hours = hours(f)))
        ));
    }
    for (j, role) in p.roles.iter().enumerate() {
        let ly = top + 30.0 + 16.0 * j as f64;
        s.push_str(&format!(
            "<rect x=\"{}\" y=\"{:.1}\" width=\"10\" height=\"10\" fill=\"{}\"/>\
             <text x=\"{}\" y=\"{:.1}\">{}</text>",
            left + pw + 6.0,
            ly - 9.0,
            COLOURS[j % COLOURS.len()],
            left + pw + 20.0,
            ly,
            escape(&p.rules.role_label(role, lang))
        ));
    }
    s.push_str("</svg>");
    s
}

fn figures_table(p: &Portfolio, lang: Lang) -> String {
    let mut s = format!(
        "<table><tr><th>{}</th>",
        escape(&t!(lang, "portfolio-doc-term"))
    );
    for r in &p.roles {
        s.push_str(&format!(
            "<th>{}</th>",
            escape(&p.rules.role_label(r, lang))
        ));
    }
    s.push_str(&format!(
        "<th>{}</th></tr>",
        escape(&t!(lang, "portfolio-doc-largest"))
    ));
    for term in &p.terms {
        s.push_str(&format!("<tr><td>{}</td>", escape(&term.term.label(lang))));
        for r in &term.roles {
            s.push_str(&format!(
                "<td class=\"n\">{} <span class=\"avg\">({})</span></td>",
                hours(r.one_person_weekly.expected),
                hours(r.average_weekly.expected)
            ));
        }
        // The term's policies by their largest share in any role.
        let mut largest: Vec<(&PolicyRef, f64)> = Vec::new();
        for share in term.roles.iter().flat_map(|r| r.shares.iter()) {
            let size = share.average_weekly_expected.abs();
            match largest.iter_mut().find(|(p, _)| p.id == share.policy.id) {
                Some((_, s)) => *s = s.max(size),
                None => largest.push((&share.policy, size)),
            }
        }
        largest.sort_by(|a, b| b.1.total_cmp(&a.1).then_with(|| a.0.id.cmp(&b.0.id)));
        let names: Vec<String> = largest
            .iter()
            .take(LARGEST)
            .map(|(r, _)| name(r, lang))
            .collect();
        s.push_str(&format!("<td class=\"p\">{}</td></tr>", names.join(", ")));
    }
    s.push_str("</table>");
    s
}

pub fn portfolio_html(p: &Portfolio, lang: Lang) -> String {
    let title = escape(&t!(lang, "portfolio-doc-title"));
    let mut s = format!(
        "<!DOCTYPE html>\n<html lang=\"{}\"><head><meta charset=\"utf-8\"><title>{title}</title>\
         <style>{STYLE}</style></head><body><h1>{title}</h1><p>{}</p>",
        lang.code(),
        escape(&t!(
            lang,
            "portfolio-heading",
            policies = p.policies.len(),
            terms = p.terms.len()
        ))
    );
    if p.terms.is_empty() {
        s.push_str(&format!("<p>{}</p>", escape(&t!(lang, "portfolio-none"))));
    } else {
        s.push_str(&format!(
            "<p class=\"method\">{} {}</p>",
            escape(&t!(lang, "portfolio-method")),
            escape(&t!(lang, "portfolio-doc-table-note"))
        ));
        s.push_str(&format!(
            "<h2>{}</h2>",
            escape(&t!(lang, "portfolio-doc-one-person"))
        ));
        s.push_str(&chart(p, lang));
    }
    if !p.flags.is_empty() {
        s.push_str(&format!(
            "<h2>{}</h2><ul>",
            escape(&t!(lang, "portfolio-flags-heading"))
        ));
        for f in &p.flags {
            let words = f.message_with(p, lang, &|r| quoted(r, lang));
            s.push_str(&format!("<li>{}</li>", escape(&words)));
        }
        s.push_str("</ul>");
    }
    if !p.terms.is_empty() {
        s.push_str(&format!(
            "<h2>{}</h2>",
            escape(&t!(lang, "portfolio-doc-by-term"))
        ));
        s.push_str(&figures_table(p, lang));
    }
    for (heading, items) in notes(p, lang) {
        s.push_str(&format!("<h2>{}</h2><ul>", escape(&heading)));
        for i in items {
            s.push_str(&format!("<li>{}</li>", escape(&i)));
        }
        s.push_str("</ul>");
    }
    s.push_str("</body></html>\n");
    s
}
