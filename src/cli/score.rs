//! `wia score`: recompute a record's results and compare them with the stored ones.

use std::path::Path;

use super::output::{err, out};
use super::{Format, record_arg};
use crate::error::Result;
use crate::i18n::Lang;
use crate::questionnaire::Questionnaire;
use crate::questionnaire::model::Severity;
use crate::record::{
    Integrity, Record, Status, check_file_integrity, load_record, resolve_questionnaire,
    typed_answers,
};
use crate::report::{fte, range, signed_hours};
use crate::scoring::{Results, compare_results, score};
use crate::store::DataDir;
use crate::t;

/// A record loaded for scoring, with the questionnaire it was made with.
pub struct Loaded {
    pub path: std::path::PathBuf,
    pub record: Record,
    pub questionnaire: std::borrow::Cow<'static, Questionnaire>,
    /// Results recomputed from the answers.
    pub results: Results,
}

/// Load a record, warn if it no longer matches its digest, and recompute its results
/// with the questionnaire it was made with.
pub fn recompute(
    data: &DataDir,
    arg: &str,
    questionnaire: Option<&Path>,
    lang: Lang,
) -> Result<Loaded> {
    let path = record_arg::resolve(data, arg, lang)?;
    let (record, text) = load_record(&path, lang)?;
    match check_file_integrity(&record, &text, &path, lang) {
        Integrity::Intact | Integrity::IntactReformatted => {}
        Integrity::Renamed { file, holds } => err(&t!(
            lang,
            "cli-warning",
            message = t!(
                lang,
                "review-altered-renamed",
                file = crate::document::excerpt(&file),
                holds = holds.as_str()
            )
        )),
        _ => err(&t!(
            lang,
            "cli-score-digest-mismatch",
            id = record.id.as_str()
        )),
    }
    let resolved = resolve_questionnaire(&record, questionnaire, data, lang)?;
    if let Some(w) = &resolved.warning {
        err(&t!(lang, "cli-warning", message = w.as_str()));
    }
    let q = resolved.questionnaire;
    let answers = typed_answers(&q, &record, &path.display().to_string(), &text, lang)?;
    // As stored: records keep English flag messages whatever their language.
    let results = if q.is_survey() {
        Results::default()
    } else {
        score(&q, &answers, &record.headcounts, crate::i18n::Lang::En)
    };
    Ok(Loaded {
        path,
        record,
        questionnaire: q,
        results,
    })
}

pub fn run(
    data: &DataDir,
    arg: &str,
    format: Format,
    questionnaire: Option<&Path>,
    lang: Lang,
) -> Result<u8> {
    let Loaded {
        record,
        questionnaire: q,
        results,
        ..
    } = recompute(data, arg, questionnaire, lang)?;
    // Figures of nothing would read as a score of zero; a survey's response has none.
    if q.is_survey() {
        err(&t!(
            lang,
            "survey-score-nothing",
            id = record.id.as_str(),
            questionnaire = q.id.as_str()
        ));
        return Ok(1);
    }
    match format {
        Format::Json => out(&format!(
            "{}\n",
            serde_json::to_string_pretty(&contract_json(&results)).unwrap_or_default()
        )),
        Format::Yaml => out(&crate::yaml_out::to_string(&results)),
        Format::Text => out(&text_report(&q, &results, lang)),
    }
    if record.status != Status::Final {
        return Ok(0);
    }
    let Some(stored) = &record.results else {
        err(&t!(lang, "cli-score-no-results", id = record.id.as_str()));
        return Ok(1);
    };
    let differences = compare_results(stored, &results, lang);
    if differences.is_empty() {
        return Ok(0);
    }
    err(&t!(
        lang,
        "cli-score-results-differ",
        id = record.id.as_str()
    ));
    for d in differences {
        err(&format!("  {d}"));
    }
    Ok(1)
}

/// The JSON shape scripts rely on.
pub fn contract_json(r: &Results) -> serde_json::Value {
    use serde_json::json;
    let est = |e: &crate::scoring::Estimate| json!({"low": e.low, "likely": e.likely, "high": e.high, "expected": e.expected});
    let roles: serde_json::Map<String, serde_json::Value> = r
        .roles
        .iter()
        .map(|(id, f)| {
            (
                id.clone(),
                json!({
                    "per_person_hours_per_year": est(&f.per_person_hours_per_year),
                    "per_person_hours_per_week": est(&f.per_person_hours_per_week),
                    "system_hours_per_year": est(&f.system_hours_per_year),
                    "fte": est(&f.fte),
                }),
            )
        })
        .collect();
    json!({
        "schema_version": crate::schema_version::SCORE,
        "rating": r.rating,
        "roles": roles,
        "flags": r.flags.iter().map(|f| json!({"id": f.id, "severity": f.severity, "message": f.message})).collect::<Vec<_>>(),
        "drivers": r.drivers.iter().map(|d| json!({"task": d.task, "description": d.description, "system_hours_per_year": d.system_hours_per_year})).collect::<Vec<_>>(),
    })
}

fn text_report(q: &Questionnaire, r: &Results, lang: Lang) -> String {
    let mut s = String::new();
    let band = q
        .band(&r.rating)
        .map_or(r.rating.clone(), |b| b.label.get(lang).to_string());
    s.push_str(&t!(lang, "cli-score-rating", band = band));
    if let Some(b) = &r.rating_basis {
        let role = q
            .role(&b.role)
            .map_or(b.role.as_str(), |x| x.label.get(lang));
        s.push_str(&format!(
            " ({})",
            t!(
                lang,
                "cli-score-rating-basis",
                role = role,
                hours = signed_hours(b.per_person_hours_per_week)
            )
        ));
    }
    s.push_str("\n\n");
    // One block a role, so the figures fit an 80-column terminal; the labels are padded
    // to one width in each language so the figures line up.
    let labels = [
        t!(lang, "cli-score-per-person"),
        t!(lang, "cli-score-across-wales"),
        t!(lang, "cli-score-fte"),
    ];
    let width = labels.iter().map(|l| l.chars().count()).max().unwrap_or(0) + 2;
    let pad = |label: &str| format!("{label}{}", " ".repeat(width - label.chars().count()));
    for role in &q.scoring().roles {
        let Some(f) = r.roles.get(&role.id).filter(|f| f.affected) else {
            continue;
        };
        s.push_str(&format!(
            "{}\n  {}{}\n  {}{}\n  {}{}\n",
            role.label.get(lang),
            pad(&labels[0]),
            t!(
                lang,
                "cli-score-hours-a-week",
                hours = range(&f.per_person_hours_per_week, signed_hours, lang)
            ),
            pad(&labels[1]),
            t!(
                lang,
                "cli-score-hours-a-year",
                hours = range(&f.system_hours_per_year, signed_hours, lang)
            ),
            pad(&labels[2]),
            range(&f.fte, fte, lang),
        ));
    }
    s.push_str(&t!(lang, "cli-score-ranges-note"));
    s.push('\n');
    if r.roles.values().all(|f| !f.affected) {
        s.push_str(&t!(lang, "cli-score-no-role-affected"));
        s.push('\n');
    }
    s.push_str(&format!("\n{}\n", t!(lang, "cli-score-flags")));
    if r.flags.is_empty() {
        s.push_str(&format!("  {}\n", t!(lang, "cli-score-none")));
    }
    for f in crate::report::by_severity(r) {
        let severity = match f.severity {
            Severity::Info => t!(lang, "cli-severity-info"),
            Severity::Warning => t!(lang, "cli-severity-warning"),
            Severity::Serious => t!(lang, "cli-severity-serious"),
        };
        s.push_str(&wrap(
            &format!(
                "[{severity}] {}: {}",
                f.id,
                crate::report::flag_message(q, f, lang)
            ),
            78,
            "  ",
            "    ",
        ));
    }
    s.push_str(&format!("\n{}\n", t!(lang, "cli-score-drivers")));
    if r.drivers.is_empty() {
        s.push_str(&format!("  {}\n", t!(lang, "cli-score-none")));
    }
    for (i, d) in r.drivers.iter().enumerate() {
        let line = format!(
            "{}. {}: {}",
            i + 1,
            d.description,
            signed_hours(d.system_hours_per_year)
        );
        s.push_str(&wrap(&line, 78, "  ", "     "));
    }
    s
}

/// Words filled into lines of at most `width` characters, the first line indented by
/// `first`, the others by `rest`.
fn wrap(text: &str, width: usize, first: &str, rest: &str) -> String {
    let mut out = String::new();
    let mut line = String::from(first);
    let mut empty = true;
    for word in text.split_whitespace() {
        let len = line.chars().count() + word.chars().count() + usize::from(!empty);
        if !empty && len > width {
            out.push_str(&line);
            out.push('\n');
            line = String::from(rest);
            empty = true;
        }
        if !empty {
            line.push(' ');
        }
        line.push_str(word);
        empty = false;
    }
    out.push_str(&line);
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn wrap_fills_lines_and_indents_the_rest() {
        let text = super::wrap("one two three four five six", 12, "  ", "    ");
        assert_eq!(text, "  one two\n    three\n    four\n    five six\n");
        assert!(text.lines().all(|l| l.chars().count() <= 12));
    }
}
