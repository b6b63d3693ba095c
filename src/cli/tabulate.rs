//! `wia tabulate` and `wia export --answers`: survey answers for analysts.

use std::path::Path;

use clap::{Args, ValueEnum};

use super::output::{err, out};
use crate::error::Result;
use crate::i18n::Lang;
use crate::store::DataDir;
use crate::t;
use crate::tabulate::{Responses, Which, load_responses, subject, tally};

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum TabulateFormat {
    Text,
    Csv,
    Json,
}

/// What `wia tabulate` is asked.
#[derive(Debug, Args)]
pub struct TabulateArgs {
    /// The question's id; a matrix row as QUESTION.ROW (c3.other)
    #[arg(value_name = "QUESTION")]
    pub question: String,
    /// Cross with this question (a choice, yes/no, scale or matrix row)
    #[arg(long, value_name = "QUESTION")]
    pub by: Option<String>,
    /// The matrix row to count, instead of QUESTION.ROW
    #[arg(long, value_name = "ROW")]
    pub row: Option<String>,
    /// Questionnaire file, or id [default: the one of the records that asks QUESTION]
    #[arg(long, value_name = "QUESTIONNAIRE")]
    pub questionnaire: Option<String>,
    /// Count draft records too
    #[arg(long)]
    pub include_drafts: bool,
    /// text to read, csv or json for analysts
    #[arg(long, value_enum, default_value_t = TabulateFormat::Text)]
    pub format: TabulateFormat,
}

/// Say on standard error what was read and what was left out, so a count is never
/// silently short.
fn tell(r: &Responses, lang: Lang) {
    for why in &r.skipped {
        err(why);
    }
    err(&t!(
        lang,
        "tabulate-read",
        count = r.responses.len(),
        questionnaire = r.questionnaire.id.as_str(),
        version = r.questionnaire.version.as_str()
    ));
    if r.other_versions_included + r.other_versions_refused > 0 {
        err(&t!(
            lang,
            "tabulate-other-versions",
            included = r.other_versions_included,
            refused = r.other_versions_refused
        ));
    }
    if r.drafts_left_out > 0 {
        err(&t!(
            lang,
            "tabulate-drafts-left-out",
            count = r.drafts_left_out
        ));
    }
    if r.other_questionnaires > 0 {
        err(&t!(
            lang,
            "tabulate-other-questionnaires",
            count = r.other_questionnaires
        ));
    }
}

pub fn run(data: &DataDir, ask: &TabulateArgs, lang: Lang) -> Result<u8> {
    let which = match &ask.questionnaire {
        Some(q) => Which::Named(q.clone()),
        None => Which::Asking(ask.question.clone()),
    };
    let r = load_responses(data, &which, ask.include_drafts, lang)?;
    let q = &r.questionnaire;
    let main = subject(q, &ask.question, ask.row.as_deref(), lang)?;
    let by = ask
        .by
        .as_deref()
        .map(|b| subject(q, b, None, lang))
        .transpose()?;
    // Said once the questions are known to be there, so a mistyped id gets its error alone.
    tell(&r, lang);
    let counted = tally(&main, by.as_ref(), &r.responses, lang)?;
    use crate::tabulate::{tally_csv, tally_json, tally_text};
    out(&match ask.format {
        TabulateFormat::Text => tally_text(q, &main, by.as_ref(), &counted, lang),
        TabulateFormat::Csv => tally_csv(&counted, lang),
        TabulateFormat::Json => tally_json(q, &main, by.as_ref(), &counted, lang),
    });
    Ok(0)
}

/// `wia export --answers QUESTIONNAIRE`: to the file given, else to standard output.
pub fn export_answers(
    data: &DataDir,
    questionnaire: &str,
    csv: Option<&Path>,
    labels: bool,
    include_drafts: bool,
    lang: Lang,
) -> Result<u8> {
    let r = load_responses(
        data,
        &Which::Named(questionnaire.to_string()),
        include_drafts,
        lang,
    )?;
    tell(&r, lang);
    let text = crate::tabulate::answers_csv(&r, labels, lang);
    match csv {
        None => out(&text),
        Some(file) => {
            super::review_cmd::refuse_export_path(data, file, lang)?;
            crate::store::write_atomic(file, text.as_bytes(), lang)?;
            err(&t!(
                lang,
                "tabulate-exported",
                count = r.responses.len(),
                file = file.display().to_string()
            ));
        }
    }
    Ok(0)
}
