//! The review jobs from the command line: list, show, diff, respond, export, and `review`
//! for the full-screen browser. Flattened into the main command list.

use std::path::PathBuf;

use clap::{Subcommand, ValueEnum};

use super::output::{err, out};
use super::record_arg;
use crate::error::{Error, Result};
use crate::i18n::Lang;
use crate::review::{
    Chains, Column, Entry, Filter, Opened, State, Words, default_cache_path, diff_records,
    load_index_with, open_record, parse_response, record_markdown, responses_for, save_response,
    sort_entries, validate_response,
};
use crate::store::DataDir;
use crate::t;

#[derive(Debug, Subcommand)]
pub enum ReviewCommand {
    /// Browse, read, compare and respond to saved assessments in the full-screen interface
    Review,
    /// List the records in the data directory, with their integrity
    ///
    /// Files that cannot be read are listed too, with the reason. Exit 0 whatever the
    /// records' state; `wia verify` checks one record with an exit code.
    List {
        /// Only records with this status (final, draft) or integrity (intact, altered, unreadable)
        #[arg(long, value_name = "S")]
        status: Option<String>,
        /// Only records with this rating (a band id such as moderate, or its label)
        #[arg(long, value_name = "R")]
        rating: Option<String>,
        /// Only records whose title or answers contain every word of TEXT (any case)
        #[arg(long, value_name = "TEXT")]
        search: Option<String>,
        /// Sort by this column (newest first for date, largest first for hours and rating)
        #[arg(long, value_enum, default_value_t = SortBy::Date)]
        sort: SortBy,
        #[arg(long, value_enum, default_value_t = ListFormat::Table)]
        format: ListFormat,
        /// Every revision of every assessment, not only the latest of each
        #[arg(long)]
        all: bool,
    },
    /// Show a record's revisions, oldest first: who, when, why, and what changed at each
    History {
        /// Record file, or record id (or a unique start of it) in the data directory
        record: String,
    },
    /// Show a record in full: integrity, summary, every answer, the per-task breakdown
    Show {
        /// Record file, or record id (or a unique start of it) in the data directory
        record: String,
        #[arg(long, value_enum, default_value_t = ShowFormat::Markdown)]
        format: ShowFormat,
    },
    /// Compare two records: answers, task estimates, each role's figures and the rating
    Diff {
        /// The earlier record (file, id or unique start of an id)
        a: String,
        /// The later record
        b: String,
        #[arg(long, value_enum, default_value_t = DiffFormat::Text)]
        format: DiffFormat,
    },
    /// Check and store a reviewer's response to a record; the record is never changed
    ///
    /// The response file names the record's id and digest, the reviewer, a position
    /// (support, support_with_changes, oppose), comments and alternative estimates; see
    /// examples/response.yaml. It is stored under responses/ in the data directory.
    Respond {
        /// Record file, or record id (or a unique start of it) in the data directory
        record: String,
        /// The response file (YAML)
        #[arg(long, value_name = "FILE")]
        response: PathBuf,
    },
    /// Write every record as one CSV row, for spreadsheets; or, with --answers, every response's answers
    ///
    /// `--answers QUESTIONNAIRE` (a questionnaire file, or the id of a bundled one or one
    /// the records name) writes one row per response and one column per question: matrix
    /// rows, multiple-choice options and ranked options have columns of their own. See
    /// docs/tabulating.md.
    Export {
        /// The CSV file to write (with --answers, standard output when left out)
        #[arg(long, value_name = "FILE", required_unless_present = "answers")]
        csv: Option<PathBuf>,
        /// Export the answers of this questionnaire's responses, a column per question
        #[arg(long, value_name = "QUESTIONNAIRE")]
        answers: Option<String>,
        /// With --answers: a QUESTION__label column beside each coded answer, in the --lang language
        #[arg(long, requires = "answers")]
        labels: bool,
        /// With --answers: draft records too
        #[arg(long, requires = "answers")]
        include_drafts: bool,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ListFormat {
    Table,
    Csv,
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ShowFormat {
    Markdown,
    Yaml,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DiffFormat {
    Text,
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SortBy {
    Id,
    Title,
    Area,
    Assessor,
    Date,
    Status,
    Rating,
    Hours,
    Integrity,
    Signature,
}

impl SortBy {
    /// The column, and whether it reads best largest (or newest) first.
    fn column(self) -> (Column, bool) {
        match self {
            SortBy::Id => (Column::Id, false),
            SortBy::Title => (Column::Title, false),
            SortBy::Area => (Column::Area, false),
            SortBy::Assessor => (Column::Assessor, false),
            SortBy::Date => (Column::Date, true),
            SortBy::Status => (Column::Status, false),
            SortBy::Rating => (Column::Rating, true),
            SortBy::Hours => (Column::Hours, true),
            SortBy::Integrity => (Column::Integrity, true),
            SortBy::Signature => (Column::Signature, true),
        }
    }
}

pub fn run(cmd: &ReviewCommand, data: &DataDir, lang: Lang) -> Result<u8> {
    match cmd {
        ReviewCommand::Review => {
            use std::io::IsTerminal;
            if !(std::io::stdin().is_terminal() && std::io::stdout().is_terminal()) {
                return Err(Error::Failed(t!(lang, "review-cli-needs-terminal")));
            }
            crate::tui::run(crate::tui::Options {
                data: data.clone(),
                questionnaire: None,
                resume: None,
                assess: false,
                review: true,
                log: false,
                lang,
            })
        }
        ReviewCommand::List {
            status,
            rating,
            search,
            sort,
            format,
            all,
        } => {
            let filter = Filter {
                status: status.clone(),
                rating: rating.clone(),
                search: search.clone().unwrap_or_default(),
            };
            // The words are three quarters of the list's cache: read only for a search.
            let words = match filter.search.trim() {
                "" => Words::Skip,
                _ => Words::Keep,
            };
            let everything = load_listed(data, words, lang);
            let chains = Chains::of(&everything);
            // An older revision is only listed when asked for; a fork's branches are
            // each the latest of theirs, so both are listed.
            let mut entries: Vec<Entry> = everything
                .into_iter()
                .filter(|e| *all || chains.is_latest(&e.id))
                .filter(|e| filter.matches(e))
                .collect();
            let (column, descending) = sort.column();
            sort_entries(&mut entries, column, descending);
            match format {
                ListFormat::Json => out(&format!(
                    "{}\n",
                    super::history::list_json_with_chains(&entries, &chains)
                )),
                ListFormat::Csv => out(&list_csv(&entries)),
                ListFormat::Table => {
                    out(&list_table(&entries, &chains, lang));
                    for e in &entries {
                        if let State::Unreadable(why) = &e.state {
                            err(&t!(
                                lang,
                                "review-cli-unreadable",
                                file = e.file.display().to_string(),
                                why = why.as_str()
                            ));
                        }
                    }
                }
            }
            // Never hidden: whatever the format, a broken or forked chain is said.
            for p in chains.problems() {
                err(&t!(
                    lang,
                    "review-cli-chain-problem",
                    problem = p.words(lang)
                ));
            }
            Ok(0)
        }
        ReviewCommand::History { record } => super::history::run(data, record, lang),
        ReviewCommand::Show { record, format } => show(data, record, *format, lang),
        ReviewCommand::Diff { a, b, format } => diff(data, a, b, *format, lang),
        ReviewCommand::Respond { record, response } => respond(data, record, response, lang),
        ReviewCommand::Export {
            csv,
            answers: Some(q),
            labels,
            include_drafts,
        } => {
            super::tabulate::export_answers(data, q, csv.as_deref(), *labels, *include_drafts, lang)
        }
        ReviewCommand::Export {
            csv: Some(csv),
            answers: None,
            ..
        } => {
            let mut entries = load_listed(data, Words::Skip, lang);
            sort_entries(&mut entries, Column::Id, false);
            refuse_export_path(data, csv, lang)?;
            crate::store::write_atomic(csv, list_csv(&entries).as_bytes(), lang)?;
            err(&t!(
                lang,
                "review-cli-exported",
                count = entries.len(),
                file = csv.display().to_string()
            ));
            Ok(0)
        }
        // clap requires --csv without --answers.
        ReviewCommand::Export {
            csv: None,
            answers: None,
            ..
        } => Ok(2),
    }
}

/// Every record, with the signatures judged by the reader's own trusted signers, read
/// afresh now (a problem in that file is said, and trusts nobody).
fn load_listed(data: &DataDir, words: Words, lang: Lang) -> Vec<Entry> {
    let trusted = crate::sign::load_trusted(lang);
    for w in &trusted.warnings {
        err(w);
    }
    // A folder the cache has not seen takes seconds: a person at a terminal is told how
    // far the read has got (`progress.rs`), a script is told nothing.
    let mut line = super::progress::ProgressLine::on_stderr(lang);
    let cache = default_cache_path(data);
    let list = load_index_with(data, cache.as_deref(), &trusted, words, lang, &mut |p| {
        line.update(p.done, p.total);
        std::ops::ControlFlow::Continue(())
    });
    line.clear();
    list.unwrap_or_default()
}

/// The export is written by renaming a new file into place, so it must never land on a
/// record, in the records folder (where it would be read as one), or through a link.
pub(super) fn refuse_export_path(data: &DataDir, csv: &std::path::Path, lang: Lang) -> Result<()> {
    super::summary::refuse_unsafe_output(csv, &data.records())?;
    let folder = csv
        .parent()
        .map(|p| {
            if p.as_os_str().is_empty() {
                std::path::Path::new(".")
            } else {
                p
            }
        })
        .and_then(|p| std::fs::canonicalize(p).ok());
    let records = std::fs::canonicalize(data.records()).ok();
    if folder.is_some() && folder == records {
        return Err(Error::Failed(t!(
            lang,
            "review-cli-export-in-records",
            file = csv.display().to_string()
        )));
    }
    Ok(())
}

/// The list as JSON: the keys are a contract for scripts, and never translated.
pub fn list_json(entries: &[Entry]) -> String {
    pretty_rows(entries.iter().map(list_row))
}

/// Rows written as a pretty JSON array as they come, so no more than one is held.
pub(super) fn pretty_rows(rows: impl Iterator<Item = serde_json::Value>) -> String {
    use serde::Serializer;
    let mut out = Vec::new();
    let mut ser = serde_json::Serializer::pretty(&mut out);
    if (&mut ser).collect_seq(rows).is_err() {
        return String::new();
    }
    String::from_utf8(out).unwrap_or_default()
}

/// One record's row of `list_json`.
pub(super) fn list_row(e: &Entry) -> serde_json::Value {
    use serde_json::json;
    let mut v = json!({
        "schema_version": crate::schema_version::LIST,
        "id": e.id,
        "file": e.file.display().to_string(),
        "integrity": e.state.as_str(),
    });
    if let Some(why) = e.state.reason(crate::i18n::Lang::En) {
        v["problem"] = json!(why);
    }
    if let Some(i) = &e.info {
        v["title"] = json!(i.title);
        v["policy_area"] = json!(i.area);
        v["assessor"] = json!(i.assessor);
        v["organisation"] = json!(i.organisation);
        v["updated"] = json!(i.updated.to_rfc3339());
        v["status"] = json!(i.status.as_str());
        v["rating"] = json!(i.rating);
        v["max_weekly_hours"] = json!(i.weekly);
    }
    signature_json(e, &mut v);
    v
}

/// The signature fields of a row: the verdict (`trusted`, `untrusted`, `unsigned`, `bad`
/// or `unreadable`; a record whose summary fails is `bad`), who signed when trusted, the
/// key's fingerprint, the summary's own status, and what is wrong in words.
fn signature_json(e: &Entry, v: &mut serde_json::Value) {
    use serde_json::json;
    let Some(s) = &e.signature else {
        v["signature"] = json!("unreadable");
        return;
    };
    let verdict = s.verdict();
    v["signature"] = json!(verdict.as_str());
    v["signed_by"] = json!(s.signed_by());
    v["key_fingerprint"] = json!(s.fingerprint());
    v["summary_signature"] = json!(s.summary.as_ref().map(crate::review::status_word));
    use crate::review::Verdict;
    if matches!(
        verdict,
        Verdict::Bad | Verdict::Unreadable | Verdict::BadSummary
    ) {
        v["signature_problem"] = json!(s.words(crate::i18n::Lang::En));
    }
}

/// The CSV cells of the signature fields (see `signature_json`).
fn signature_cells(e: &Entry) -> [String; 4] {
    match &e.signature {
        None => [
            "unreadable".into(),
            String::new(),
            String::new(),
            String::new(),
        ],
        Some(s) => [
            s.verdict().as_str().into(),
            s.signed_by().join("; "),
            s.fingerprint().unwrap_or_default().into(),
            s.summary
                .as_ref()
                .map(crate::review::status_word)
                .unwrap_or_default()
                .into(),
        ],
    }
}

const CSV_HEADER: [&str; 15] = [
    "id",
    "title",
    "policy_area",
    "assessor",
    "organisation",
    "updated",
    "status",
    "rating",
    "max_weekly_hours",
    "integrity",
    "problem",
    "signature",
    "signed_by",
    "key_fingerprint",
    "summary_signature",
];

/// One row per record, through the one CSV writer that keeps formulas and terminal
/// controls out of every CSV wia writes.
pub fn list_csv(entries: &[Entry]) -> String {
    let rows = entries.iter().map(|e| {
        let problem = e.state.reason(crate::i18n::Lang::En).unwrap_or_default();
        let mut row = match &e.info {
            Some(i) => vec![
                e.id.clone(),
                i.title.clone(),
                i.area.clone(),
                i.assessor.clone(),
                i.organisation.clone(),
                i.updated.to_rfc3339(),
                i.status.as_str().into(),
                i.rating.clone(),
                i.weekly.map(|w| format!("{w:.2}")).unwrap_or_default(),
                e.state.as_str().into(),
                problem,
            ],
            None => {
                let mut v = vec![e.id.clone()];
                v.extend(std::iter::repeat_n(String::new(), 8));
                v.push(e.state.as_str().into());
                v.push(problem);
                v
            }
        };
        row.extend(signature_cells(e));
        row
    });
    crate::csv_out::document(&CSV_HEADER, rows)
}

/// A table that fits 80 columns when the title is short; the title is cut to fit.
fn list_table(entries: &[Entry], chains: &Chains, lang: Lang) -> String {
    use crate::text::{fit, width};
    let head = [
        t!(lang, "review-col-id"),
        t!(lang, "review-col-title"),
        t!(lang, "review-col-area"),
        t!(lang, "review-col-assessor"),
        t!(lang, "review-col-date"),
        t!(lang, "review-col-status"),
        t!(lang, "review-col-rating"),
        t!(lang, "review-col-hours"),
        t!(lang, "review-col-integrity"),
        t!(lang, "review-col-signature"),
        t!(lang, "review-col-revision"),
    ];
    let band = |id: &str| {
        crate::questionnaire::bundled(crate::questionnaire::DEFAULT_ID)
            .and_then(|q| q.band(id))
            .map_or(id.to_string(), |b| b.label.get(lang).to_string())
    };
    let signature = |e: &Entry| {
        e.signature.as_ref().map_or_else(
            || crate::review::verdict_short(crate::review::Verdict::Unreadable, lang),
            |s| s.short(lang),
        )
    };
    let rows: Vec<[String; 11]> = entries
        .iter()
        .map(|e| match &e.info {
            Some(i) => [
                e.id.clone(),
                i.title(lang).to_string(),
                i.area(lang).to_string(),
                i.assessor.clone(),
                i.updated.format("%Y-%m-%d").to_string(),
                t!(lang, &format!("review-status-{}", i.status.as_str())),
                if i.rating.is_empty() {
                    "—".into()
                } else {
                    band(&i.rating)
                },
                i.weekly
                    .map(crate::report::signed_hours)
                    .unwrap_or_else(|| "—".into()),
                e.state.label(lang),
                signature(e),
                super::history::revision_cell(chains, &e.id, lang),
            ],
            None => [
                e.id.clone(),
                e.state.reason(lang).unwrap_or_default(),
                String::new(),
                String::new(),
                String::new(),
                String::new(),
                String::new(),
                String::new(),
                e.state.label(lang),
                signature(e),
                String::new(),
            ],
        })
        .collect();
    // Text columns are cut to a width; the others are as wide as their longest cell.
    let limits = [10, 30, 16, 14, 10, 0, 0, 0, 0, 20, 0];
    let mut widths = [0usize; 11];
    for (k, w) in widths.iter_mut().enumerate() {
        let longest = rows
            .iter()
            .map(|r| width(&r[k]))
            .chain([width(&head[k])])
            .max()
            .unwrap_or(0);
        *w = if limits[k] > 0 {
            longest.min(limits[k]).max(width(&head[k]))
        } else {
            longest
        };
    }
    let mut s = String::new();
    let row = |cells: &[String]| -> String {
        let parts: Vec<String> = cells.iter().zip(widths).map(|(c, w)| fit(c, w)).collect();
        format!("{}\n", parts.join(" ").trim_end())
    };
    s.push_str(&row(&head));
    for r in &rows {
        s.push_str(&row(r));
    }
    if entries.is_empty() {
        s.push_str(&t!(lang, "review-cli-none"));
        s.push('\n');
    }
    s
}

/// Open a RECORD argument for reading; an unreadable record is an error naming the file.
fn open(data: &DataDir, arg: &str, lang: Lang) -> Result<Opened> {
    let path = record_arg::resolve(data, arg, lang)?;
    let opened = open_record(data, &path, lang)?;
    if let Some(w) = &opened.warning {
        err(&t!(lang, "review-cli-warning", text = w.as_str()));
    }
    if let State::Altered(_) = &opened.state {
        err(&t!(
            lang,
            "review-cli-altered",
            id = opened.record.id.as_str(),
            why = opened.state.reason(lang).unwrap_or_default()
        ));
    }
    Ok(opened)
}

fn show(data: &DataDir, arg: &str, format: ShowFormat, lang: Lang) -> Result<u8> {
    match format {
        ShowFormat::Yaml => {
            // The record as stored, read through the same checks as any record.
            let path = record_arg::resolve(data, arg, lang)?;
            let (record, text) = crate::record::load_record(&path, lang)?;
            out(&text);
            for note in super::history::show_notes(data, &record.id, lang) {
                err(&note);
            }
        }
        ShowFormat::Markdown => {
            let mut o = open(data, arg, lang)?;
            let trusted = crate::sign::load_trusted(lang);
            for w in &trusted.warnings {
                err(w);
            }
            o.check_signature(&trusted, lang);
            let mut md = String::new();
            for note in super::history::show_notes(data, &o.record.id, lang) {
                md.push_str(&format!("> {}\n\n", crate::report::inline(&note)));
            }
            md.push_str(&record_markdown(&o, lang));
            let responses = responses_for(data, &o.record.id, lang);
            md.push_str(&crate::review::responses_markdown(
                &responses,
                &o,
                Some(&trusted),
                lang,
            ));
            out(&md);
        }
    }
    Ok(0)
}

fn diff(data: &DataDir, a: &str, b: &str, format: DiffFormat, lang: Lang) -> Result<u8> {
    let (a, b) = (open(data, a, lang)?, open(data, b, lang)?);
    let d = diff_records(&a, &b, lang);
    match format {
        DiffFormat::Json => out(&format!(
            "{}\n",
            serde_json::to_string_pretty(&crate::schema_version::Versioned::new(
                crate::schema_version::DIFF,
                &d
            ))
            .unwrap_or_default()
        )),
        DiffFormat::Text => out(&crate::review::diff_text(&d, lang)),
    }
    Ok(0)
}

fn respond(data: &DataDir, arg: &str, file: &std::path::Path, lang: Lang) -> Result<u8> {
    let name = file.display().to_string();
    let text = crate::store::read_named_text(file, crate::review::MAX_RESPONSE_BYTES, lang)?;
    let (mut response, locations) = parse_response(&text, &name, lang)?;
    let record = open(data, arg, lang)?;
    // The response must name the record it is given for, so it cannot be filed
    // against the wrong one by a slip on the command line.
    let named = response.record.trim();
    if named.is_empty() || !record.record.id.starts_with(named) {
        let d = crate::error::Diagnostic::at(
            lang,
            &name,
            &locations,
            "record",
            crate::error::Level::Error,
            t!(
                lang,
                "review-response-other-record",
                named = named,
                id = record.record.id.as_str()
            ),
        );
        return Err(Error::Invalid(vec![d]));
    }
    let problems = validate_response(&response, &record, &name, &locations, lang);
    if !problems.is_empty() {
        return Err(Error::Invalid(problems));
    }
    response.record = record.record.id.clone();
    response.reviewer.name = crate::text::nfc(response.reviewer.name.trim());
    response.reviewer.organisation = crate::text::nfc(response.reviewer.organisation.trim());
    if response.created.is_none() {
        response.created = Some(chrono::Local::now().fixed_offset());
    }
    let path = save_response(data, &response, lang)?;
    out(&format!("{}\n", path.display()));
    err(&t!(
        lang,
        "review-cli-stored",
        id = record.record.id.as_str()
    ));
    let stored = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    Ok(super::keys::sign_response(&path, &stored, lang))
}
