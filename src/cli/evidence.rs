//! `wia log add` and `wia evidence report|export|import`: the evidence log from the
//! command line, for scripts and for people who prefer it.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use chrono::{Local, NaiveDate};
use clap::{Args, Subcommand, ValueEnum};

use super::output::{err, out};
use crate::config::{Config, default_config_path, load_config};
use crate::error::{Error, Result};
use crate::evidence::catalogue::{Catalogue, resolve};
use crate::evidence::csv_io::{export, plan_import};
use crate::evidence::format::{self, Words};
use crate::evidence::{self as ev, By, Filter, Input};
use crate::i18n::Lang;
use crate::store::{DataDir, read_named_text, write_atomic};
use crate::t;

/// Every field of an entry as a flag. School and local authority default to the ones
/// remembered by the form (`wia log`).
#[derive(Debug, Clone, Args)]
pub struct AddArgs {
    /// When the work was done, YYYY-MM-DD [default: today]
    #[arg(long, value_name = "DATE")]
    pub date: Option<String>,
    /// The school's name [default: the one remembered]
    #[arg(long, value_name = "NAME")]
    pub school: Option<String>,
    /// Local authority: an id such as cardiff, or its name in English or Welsh [default: the one remembered]
    #[arg(long, value_name = "LA")]
    pub authority: Option<String>,
    /// What caused the work: data_returns, aln_paperwork, inspection, grants, meetings, cover_absence, behaviour_wellbeing, parents, curriculum_reform, other_services, other
    #[arg(long, value_name = "CAUSE")]
    pub cause: Option<String>,
    /// The policy or assessment it relates to (optional)
    #[arg(long, value_name = "TEXT")]
    pub policy: Option<String>,
    /// Roles affected, separated by commas: teacher, leader, alnco, support_staff, business_manager
    #[arg(long, value_name = "ROLES")]
    pub roles: Option<String>,
    /// How many staff do this work
    #[arg(long, value_name = "N", allow_negative_numbers = true)]
    pub staff: Option<String>,
    /// Hours for one person each time (more than 0, at most 24)
    #[arg(long, value_name = "HOURS", allow_negative_numbers = true)]
    pub hours: Option<String>,
    /// How often: once, per_week, per_term, per_year
    #[arg(long, value_name = "FREQ")]
    pub frequency: Option<String>,
    /// What the work was and why it fell to the school
    #[arg(long, value_name = "TEXT")]
    pub description: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportBy {
    Cause,
    Role,
    Month,
    School,
    Authority,
    Policy,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    Text,
    Markdown,
    Csv,
    Json,
}

#[derive(Debug, Subcommand)]
pub enum EvidenceCommand {
    /// Summarise the evidence: hours a year, weekly equivalents, entries, schools, top causes, trend by month
    Report {
        /// Only entries dated on or after this day (YYYY-MM-DD)
        #[arg(long, value_name = "DATE")]
        from: Option<String>,
        /// Only entries dated on or before this day (YYYY-MM-DD)
        #[arg(long, value_name = "DATE")]
        to: Option<String>,
        /// Only this school (case does not matter)
        #[arg(long, value_name = "S")]
        school: Option<String>,
        /// Only this local authority (id or name)
        #[arg(long, value_name = "LA")]
        authority: Option<String>,
        /// Only this cause (id or name)
        #[arg(long, value_name = "C")]
        cause: Option<String>,
        /// Group the figures by this
        #[arg(long, value_enum, default_value_t = ReportBy::Cause)]
        by: ReportBy,
        #[arg(long, value_enum, default_value_t = ReportFormat::Text)]
        format: ReportFormat,
    },
    /// Write every entry to a CSV file (the columns `import` reads)
    Export {
        #[arg(long, value_name = "FILE")]
        csv: PathBuf,
        /// Replace the file if it exists
        #[arg(long)]
        force: bool,
    },
    /// Add the rows of a CSV file to the log; nothing is added unless every row is valid
    ///
    /// Columns: id, created, date, school, authority, cause, policy, roles, staff, hours,
    /// frequency, description (id, created, policy and description may be empty). Rows
    /// whose id is already in the log are left out, so an export can be imported again.
    Import {
        #[arg(long, value_name = "FILE")]
        csv: PathBuf,
    },
}

fn remembered(lang: Lang) -> Config {
    default_config_path()
        .map(|p| load_config(&p, lang).0)
        .unwrap_or_default()
}

/// `wia log add`: check the fields, append the entry, print its id.
pub fn add(data: &DataDir, args: &AddArgs, lang: Lang) -> Result<u8> {
    let config = remembered(lang);
    let given = |v: &Option<String>| v.clone().unwrap_or_default();
    let input = Input {
        date: given(&args.date),
        school: args.school.clone().or(config.school).unwrap_or_default(),
        authority: args
            .authority
            .clone()
            .or(config.local_authority)
            .unwrap_or_default(),
        cause: given(&args.cause),
        policy: given(&args.policy),
        roles: given(&args.roles),
        staff: given(&args.staff),
        hours: given(&args.hours),
        frequency: given(&args.frequency),
        description: given(&args.description),
    };
    let now = Local::now().fixed_offset();
    let fields = match ev::check(&input, now.date_naive(), Catalogue::bundled()) {
        Ok(f) => f,
        Err(problems) => {
            let lines = crate::error::capped(lang, &problems, |p| {
                t!(lang, "evidence-error", message = p.message(lang))
            });
            for line in lines {
                err(&line);
            }
            err(&t!(
                lang,
                "evidence-add-refused",
                count = problems.len() as i64
            ));
            return Ok(1);
        }
    };
    let id = ev::new_id(now, &fields.school);
    let entry = fields.into_entry(id.clone(), now);
    ev::append(&ev::own_log_path(data, lang)?, &[entry], lang)?;
    out(&format!("{id}\n"));
    Ok(0)
}

/// Every log's entries, with a warning on standard error for each line or file skipped.
fn read_log(data: &DataDir, lang: Lang) -> Result<Vec<ev::Entry>> {
    let all = ev::read_all(data, lang)?;
    for w in all.warnings(lang) {
        err(&w);
    }
    Ok(all.entries)
}

fn filter_date(flag: &str, given: &Option<String>, lang: Lang) -> Result<Option<NaiveDate>> {
    given
        .as_deref()
        .map(|g| {
            NaiveDate::parse_from_str(g.trim(), "%Y-%m-%d").map_err(|_| {
                Error::Failed(t!(lang, "evidence-bad-filter-date", flag = flag, given = g))
            })
        })
        .transpose()
}

fn filter_choice(
    flag: &str,
    given: &Option<String>,
    list: &[crate::evidence::catalogue::Choice],
    lang: Lang,
) -> Result<Option<String>> {
    given
        .as_deref()
        .map(|g| {
            resolve(list, g).map(str::to_string).ok_or_else(|| {
                let allowed: Vec<&str> = list.iter().map(|c| c.id.as_str()).collect();
                Error::Failed(t!(
                    lang,
                    "evidence-bad-filter-choice",
                    flag = flag,
                    given = g,
                    allowed = allowed.join(", ")
                ))
            })
        })
        .transpose()
}

pub fn run(data: &DataDir, command: &EvidenceCommand, lang: Lang) -> Result<u8> {
    let c = Catalogue::bundled();
    match command {
        EvidenceCommand::Report {
            from,
            to,
            school,
            authority,
            cause,
            by,
            format,
        } => {
            let filter = Filter {
                from: filter_date("from", from, lang)?,
                to: filter_date("to", to, lang)?,
                school: school.as_deref().map(|s| s.trim().to_string()),
                authority: filter_choice("authority", authority, &c.authorities, lang)?,
                cause: filter_choice("cause", cause, &c.causes, lang)?,
            };
            if let (Some(f), Some(t)) = (filter.from, filter.to)
                && f > t
            {
                return Err(Error::Failed(t!(
                    lang,
                    "evidence-bad-range",
                    from = f.to_string(),
                    to = t.to_string()
                )));
            }
            let by = match by {
                ReportBy::Cause => By::Cause,
                ReportBy::Role => By::Role,
                ReportBy::Month => By::Month,
                ReportBy::School => By::School,
                ReportBy::Authority => By::Authority,
                ReportBy::Policy => By::Policy,
            };
            let (r, skips) = ev::report_logs(data, &filter, by, c, lang)?;
            for w in skips.warnings(lang) {
                err(&w);
            }
            let words = Words::new(lang);
            out(&match format {
                ReportFormat::Text => format::text(&r, &words),
                ReportFormat::Markdown => format::markdown(&r, &words),
                ReportFormat::Csv => format::csv(&r),
                ReportFormat::Json => format::json(&r),
            });
            Ok(0)
        }
        EvidenceCommand::Export { csv, force } => {
            if csv.exists() && !force {
                return Err(Error::Failed(t!(
                    lang,
                    "evidence-export-exists",
                    file = csv.display().to_string()
                )));
            }
            let entries = read_log(data, lang)?;
            write_atomic(csv, export(&entries).as_bytes(), lang)?;
            err(&t!(
                lang,
                "evidence-exported",
                count = entries.len() as i64,
                file = csv.display().to_string()
            ));
            Ok(0)
        }
        EvidenceCommand::Import { csv } => import(data, csv, lang),
    }
}

/// The largest CSV file read in one import.
/// 32 MiB holds the 100,000 rows one import takes (a row is 150 to 300 bytes); a larger
/// file would hold more memory than wia allows itself, so it is imported in parts.
const MAX_IMPORT_BYTES: usize = 32 * 1024 * 1024;

fn import(data: &DataDir, file: &Path, lang: Lang) -> Result<u8> {
    let c = Catalogue::bundled();
    let text = read_named_text(file, MAX_IMPORT_BYTES, lang)?;
    let now = Local::now().fixed_offset();
    let name = file.display().to_string();
    let path = ev::own_log_path(data, lang)?;
    // Other computers' logs only change by syncing, so they are read once, outside the lock.
    let all = ev::read_all(data, lang)?;
    for w in all.warnings(lang) {
        err(&w);
    }
    // Which rows are new is decided under the same lock as their append: two imports of
    // one file at once would otherwise both find the log without them and add each twice.
    let planned = ev::append_with(
        &path,
        |log| {
            let logged: HashSet<&str> = all
                .entries
                .iter()
                .chain(&log.entries)
                .map(|e| e.id.as_str())
                .collect();
            match plan_import(&text, &logged, now.date_naive(), now, c, lang) {
                Ok(plan) => {
                    let counts = (plan.entries.len(), plan.already_logged);
                    (plan.entries, Ok(counts))
                }
                Err(problems) => (Vec::new(), Err(problems)),
            }
        },
        lang,
    )?;
    match planned {
        Err(refused) => {
            for p in &refused.shown {
                err(&t!(
                    lang,
                    "evidence-import-row",
                    file = name.as_str(),
                    line = p.line as i64,
                    message = p.message.as_str()
                ));
            }
            if refused.total > refused.shown.len() {
                err(&t!(
                    lang,
                    "domain-more-problems-not-shown",
                    count = refused.total - refused.shown.len()
                ));
            }
            err(&t!(
                lang,
                "evidence-import-refused",
                file = name.as_str(),
                count = refused.total as i64
            ));
            Ok(1)
        }
        Ok((added, already_logged)) => {
            if already_logged > 0 {
                err(&t!(
                    lang,
                    "evidence-import-already",
                    count = already_logged as i64
                ));
            }
            err(&t!(
                lang,
                "evidence-imported",
                count = added as i64,
                log = path.display().to_string()
            ));
            Ok(0)
        }
    }
}
