//! A tally as text (an aligned table that reads at 80 columns), CSV and JSON. Text and
//! CSV speak the language asked for; JSON's keys are a contract and never translated
//! (labels are in the language asked for). Shares are percentages of those answering.

use serde_json::{Value, json};

use crate::i18n::Lang;
use crate::questionnaire::Questionnaire;
use crate::t;
use crate::text::{fit, width};

use super::{Base, Category, Cross, RankStat, Stats, Subject, Tally, number};

const WIDTH: usize = 80;

fn pct(x: f64) -> String {
    format!("{x:.1}%")
}

fn two(x: f64) -> String {
    number((x * 100.0).round() / 100.0)
}

/// Left column cut to fit, the others right-aligned to their widest cell.
fn table(head: &[String], rows: &[Vec<String>]) -> String {
    let n = head.len();
    let mut widths: Vec<usize> = (0..n)
        .map(|k| {
            rows.iter()
                .map(|r| width(&r[k]))
                .chain([width(&head[k])])
                .max()
                .unwrap_or(0)
        })
        .collect();
    let others: usize = widths[1..].iter().map(|w| w + 2).sum();
    widths[0] = widths[0].min(WIDTH.saturating_sub(others).max(12));
    let line = |cells: &[String]| {
        let mut s = fit(&cells[0], widths[0]);
        for (c, w) in cells[1..].iter().zip(&widths[1..]) {
            s.push_str("  ");
            s.push_str(&" ".repeat(w.saturating_sub(width(c))));
            s.push_str(c);
        }
        format!("{}\n", s.trim_end())
    };
    let mut out = line(head);
    for r in rows {
        out.push_str(&line(r));
    }
    out
}

/// Prose broken between words so no line passes 80 columns; a later line is indented
/// two spaces, so each paragraph stays one item to the eye.
fn para(text: &str) -> String {
    let mut out = String::new();
    let mut line = String::new();
    for word in text.split(' ') {
        if !line.trim().is_empty() && width(&line) + 1 + width(word) > WIDTH {
            out.push_str(line.trim_end());
            out.push('\n');
            line = "  ".into();
        } else if !line.trim().is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    out.push_str(line.trim_end());
    out.push('\n');
    out
}

fn heading(q: &Questionnaire, subject: &Subject, lang: Lang) -> String {
    format!(
        "{}{}",
        para(&t!(
            lang,
            "tabulate-heading",
            questionnaire = q.id.as_str(),
            version = q.version.as_str()
        )),
        para(&t!(
            lang,
            "tabulate-question",
            question = subject.name(),
            text = subject.text(lang)
        ))
    )
}

fn base_line(base: &Base, lang: Lang) -> String {
    para(&t!(
        lang,
        "tabulate-base",
        responses = base.responses,
        answering = base.answering,
        no_answer = base.no_answer,
        does_not_apply = base.does_not_apply
    ))
}

/// The tally as text.
pub fn tally_text(
    q: &Questionnaire,
    subject: &Subject,
    by: Option<&Subject>,
    tally: &Tally,
    lang: Lang,
) -> String {
    let mut s = heading(q, subject, lang);
    match tally {
        Tally::Options {
            base,
            categories,
            multiple,
        } => {
            s.push_str(&base_line(base, lang));
            s.push_str(&para(&t!(
                lang,
                if *multiple {
                    "tabulate-shares-multiple"
                } else {
                    "tabulate-shares"
                }
            )));
            s.push('\n');
            let head = [
                t!(lang, "tabulate-col-option"),
                t!(lang, "tabulate-col-count"),
                t!(lang, "tabulate-col-share"),
            ];
            let mut rows: Vec<Vec<String>> = categories
                .iter()
                .map(|c| {
                    vec![
                        c.label.clone(),
                        c.count.to_string(),
                        pct(base.share(c.count)),
                    ]
                })
                .collect();
            rows.push(vec![
                t!(lang, "tabulate-no-answer"),
                base.no_answer.to_string(),
                String::new(),
            ]);
            rows.push(vec![
                t!(lang, "tabulate-does-not-apply"),
                base.does_not_apply.to_string(),
                String::new(),
            ]);
            s.push_str(&table(&head, &rows));
        }
        Tally::Ranking { base, options } => {
            s.push_str(&base_line(base, lang));
            s.push_str(&para(&t!(lang, "tabulate-ranking-note")));
            s.push('\n');
            let head = [
                t!(lang, "tabulate-col-option"),
                t!(lang, "tabulate-col-mean-rank"),
                t!(lang, "tabulate-col-ranked"),
                t!(lang, "tabulate-col-first"),
                t!(lang, "tabulate-col-share"),
            ];
            let rows: Vec<Vec<String>> = options
                .iter()
                .map(|o| {
                    vec![
                        o.label.clone(),
                        o.mean_rank.map(two).unwrap_or_else(|| "—".into()),
                        o.ranked.to_string(),
                        o.first.to_string(),
                        pct(base.share(o.first)),
                    ]
                })
                .collect();
            s.push_str(&table(&head, &rows));
        }
        Tally::Number { base, stats } => {
            s.push_str(&base_line(base, lang));
            s.push('\n');
            match stats {
                None => s.push_str(&para(&t!(lang, "tabulate-no-numbers"))),
                Some(st) => {
                    let rows = vec![
                        vec![t!(lang, "tabulate-n"), st.n.to_string()],
                        vec![t!(lang, "tabulate-mean"), two(st.mean)],
                        vec![t!(lang, "tabulate-median"), two(st.median)],
                        vec![t!(lang, "tabulate-min"), number(st.min)],
                        vec![t!(lang, "tabulate-max"), number(st.max)],
                    ];
                    // Measures need no heading row: the table is its names and figures.
                    let t = table(&[String::new(), String::new()], &rows);
                    s.push_str(t.split_once('\n').map_or("", |(_, rest)| rest));
                }
            }
        }
        Tally::Crossed(c) => s.push_str(&cross_text(c, by, lang)),
    }
    s
}

fn cross_text(c: &Cross, by: Option<&Subject>, lang: Lang) -> String {
    let mut s = String::new();
    if let Some(by) = by {
        s.push_str(&para(&t!(
            lang,
            "tabulate-by",
            question = by.name(),
            text = by.text(lang)
        )));
    }
    s.push_str(&para(&t!(
        lang,
        "tabulate-cross-base",
        total = c.total,
        left_out = c.left_out
    )));
    s.push('\n');
    let total = t!(lang, "tabulate-col-total");
    // Column heads are the categories' labels, cut so the table keeps to 80 columns.
    let room = WIDTH.saturating_sub(16 + width(&total) + 2) / c.columns.len().max(1);
    let cut = room.saturating_sub(2).clamp(3, 16);
    let mut head = vec![String::new()];
    head.extend(
        c.columns
            .iter()
            .map(|col| crate::text::clip(&col.label, cut)),
    );
    head.push(total.clone());
    let mut rows: Vec<Vec<String>> = c
        .rows
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let mut row = vec![r.label.clone()];
            row.extend(c.counts[i].iter().map(usize::to_string));
            row.push(row_total(c, i).to_string());
            row
        })
        .collect();
    let mut last = vec![total];
    last.extend((0..c.columns.len()).map(|j| column_total(c, j).to_string()));
    last.push(c.total.to_string());
    rows.push(last);
    s.push_str(&table(&head, &rows));
    s
}

fn row_total(c: &Cross, i: usize) -> usize {
    c.counts[i].iter().sum()
}

/// Every response falls in exactly one column, so a column's total is its responses; with
/// multiple choice down the side that is not the sum of its cells.
fn column_total(c: &Cross, j: usize) -> usize {
    c.columns[j].count
}

/// The tally as CSV: one row per category (or option, or measure), the base's rows last.
pub fn tally_csv(tally: &Tally, lang: Lang) -> String {
    let na = |base: &Base| {
        [
            vec![
                "_no_answer".to_string(),
                t!(lang, "tabulate-no-answer"),
                base.no_answer.to_string(),
                String::new(),
            ],
            vec![
                "_does_not_apply".to_string(),
                t!(lang, "tabulate-does-not-apply"),
                base.does_not_apply.to_string(),
                String::new(),
            ],
        ]
    };
    match tally {
        Tally::Options {
            base, categories, ..
        } => {
            let mut rows: Vec<Vec<String>> = categories
                .iter()
                .map(|c| {
                    vec![
                        c.value.clone(),
                        c.label.clone(),
                        c.count.to_string(),
                        format!("{:.1}", base.share(c.count)),
                    ]
                })
                .collect();
            rows.extend(na(base));
            crate::csv_out::document(&["value", "label", "count", "share_of_answering"], rows)
        }
        Tally::Ranking { base, options } => crate::csv_out::document(
            &[
                "value",
                "label",
                "mean_rank",
                "ranked",
                "first",
                "first_share_of_answering",
            ],
            options.iter().map(|o| {
                vec![
                    o.value.clone(),
                    o.label.clone(),
                    o.mean_rank.map(two).unwrap_or_default(),
                    o.ranked.to_string(),
                    o.first.to_string(),
                    format!("{:.1}", base.share(o.first)),
                ]
            }),
        ),
        Tally::Number { base, stats } => {
            let mut rows = vec![
                vec!["responses".to_string(), base.responses.to_string()],
                vec!["no_answer".to_string(), base.no_answer.to_string()],
                vec![
                    "does_not_apply".to_string(),
                    base.does_not_apply.to_string(),
                ],
            ];
            if let Some(st) = stats {
                rows.extend([
                    vec!["n".to_string(), st.n.to_string()],
                    vec!["mean".to_string(), number(st.mean)],
                    vec!["median".to_string(), number(st.median)],
                    vec!["min".to_string(), number(st.min)],
                    vec!["max".to_string(), number(st.max)],
                ]);
            }
            crate::csv_out::document(&["measure", "value"], rows)
        }
        Tally::Crossed(c) => {
            let mut head = vec!["value".to_string(), "label".to_string()];
            head.extend(c.columns.iter().map(|col| col.value.clone()));
            head.push("total".into());
            let mut rows: Vec<Vec<String>> = c
                .rows
                .iter()
                .enumerate()
                .map(|(i, r)| {
                    let mut row = vec![r.value.clone(), r.label.clone()];
                    row.extend(c.counts[i].iter().map(usize::to_string));
                    row.push(row_total(c, i).to_string());
                    row
                })
                .collect();
            let mut last = vec!["_total".to_string(), t!(lang, "tabulate-col-total")];
            last.extend((0..c.columns.len()).map(|j| column_total(c, j).to_string()));
            last.push(c.total.to_string());
            rows.push(last);
            let head: Vec<&str> = head.iter().map(String::as_str).collect();
            crate::csv_out::document(&head, rows)
        }
    }
}

fn base_json(b: &Base) -> Value {
    json!({
        "responses": b.responses,
        "answering": b.answering,
        "no_answer": b.no_answer,
        "does_not_apply": b.does_not_apply,
    })
}

fn category_json(c: &Category, base: Option<&Base>) -> Value {
    let mut v = json!({"value": c.value, "label": c.label, "count": c.count});
    if let Some(b) = base {
        v["share"] = json!(b.share(c.count));
    }
    v
}

fn rank_json(o: &RankStat, base: &Base) -> Value {
    json!({
        "value": o.value,
        "label": o.label,
        "ranked": o.ranked,
        "mean_rank": o.mean_rank,
        "first": o.first,
        "first_share": base.share(o.first),
    })
}

fn stats_json(s: &Stats) -> Value {
    json!({"n": s.n, "mean": s.mean, "median": s.median, "min": s.min, "max": s.max})
}

fn subject_json(s: &Subject, lang: Lang) -> Value {
    json!({
        "id": s.question.id,
        "row": s.row.map(|r| r.id.as_str()),
        "type": s.question.kind.name(),
        "text": s.text(lang),
    })
}

/// The tally as JSON, at `schema_version::TABULATE` (docs/schemas/tabulate.schema.json).
pub fn tally_json(
    q: &Questionnaire,
    subject: &Subject,
    by: Option<&Subject>,
    tally: &Tally,
    lang: Lang,
) -> String {
    let mut v = json!({
        "schema_version": crate::schema_version::TABULATE,
        "questionnaire": {"id": q.id, "version": q.version},
        "language": lang.code(),
        "question": subject_json(subject, lang),
    });
    match tally {
        Tally::Options {
            base,
            categories,
            multiple,
        } => {
            v["kind"] = json!(if *multiple { "multiple" } else { "options" });
            v["base"] = base_json(base);
            v["options"] = categories
                .iter()
                .map(|c| category_json(c, Some(base)))
                .collect();
        }
        Tally::Ranking { base, options } => {
            v["kind"] = json!("ranking");
            v["base"] = base_json(base);
            v["options"] = options.iter().map(|o| rank_json(o, base)).collect();
        }
        Tally::Number { base, stats } => {
            v["kind"] = json!("number");
            v["base"] = base_json(base);
            v["stats"] = stats.as_ref().map_or(Value::Null, stats_json);
        }
        Tally::Crossed(c) => {
            v["kind"] = json!("cross");
            v["by"] = by.map_or(Value::Null, |b| subject_json(b, lang));
            v["total"] = json!(c.total);
            v["left_out"] = json!(c.left_out);
            v["columns"] = c
                .columns
                .iter()
                .map(|col| category_json(col, None))
                .collect();
            v["rows"] = c
                .rows
                .iter()
                .enumerate()
                .map(|(i, r)| {
                    json!({
                        "value": r.value,
                        "label": r.label,
                        "counts": c.counts[i],
                        "total": row_total(c, i),
                    })
                })
                .collect();
        }
    }
    format!("{}\n", serde_json::to_string_pretty(&v).unwrap_or_default())
}
