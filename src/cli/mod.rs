//! The command line: definitions and the non-interactive commands.

mod check;
mod evidence;
mod help;
mod history;
mod keys;
mod new;
mod new_draft;
mod output;
mod passphrase;
mod portfolio;
mod progress;
mod record_arg;
mod require_lang;
mod review_cmd;
mod revise;
mod score;
mod shell_files;
mod summary;
mod sync;
mod tabulate;
mod template;
mod trust;

pub use history::list_json_with_chains;
pub use review_cmd::list_json;
mod verify;

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

use crate::error::{Error, Result};
use crate::store::DataDir;

pub use help::{command, lang_flag, parse};

const AFTER_HELP: &str = "\
Examples:
  wia                     (the home screen: new assessment, resume a draft)
  wia assess
  wia template -o my-policy.answers.yaml
  wia new --answers my-policy.answers.yaml
  wia new --answers examples/aln-idp-review.answers.yaml
  wia check questionnaires/wia-policy.yaml
  wia score <RECORD> --format json
  wia summary <RECORD> -o summary.md
  wia verify <RECORD>

RECORD is a record file, or the id of a record in the data directory (any unique
start of it, like a git commit). Records live in the data directory: set it with
--data-dir or WIA_DATA_DIR to share one folder across a team.

Exit codes: 0 success; 1 invalid input, a failed check or an altered record, or
assess, review or log without a terminal; 2 a file that cannot be read or found, or
a mistake on the command line (no command at all, without a terminal).

Environment:
  WIA_DATA_DIR        the data folder (records, summaries, drafts, evidence)
  WIA_CONFIG_DIR      the settings folder (config.yaml, trusted signers)
  WIA_CACHE_DIR       the cache folder (what the review list learnt)
  WIA_LANG            en or cy, as --lang
  WIA_KEY_PASSPHRASE  the signing key's passphrase, for scripts
  WIA_GLYPHS          basic or full: the symbols the interface draws
  WIA_GIT             the git program `wia sync` runs
  NO_COLOR            set and not empty: no colour
The settings file (config.yaml) and every variable: docs/settings.md.";

/// Workload impact assessments of education policy in Wales.
///
/// Estimates the hours a proposed policy adds to or removes from the work of teachers,
/// school leaders, ALNCos, support staff and school business managers (Standard Cost
/// Model), rates the impact, and writes a record and a one-page summary for the
/// Strategic Workload Coordination Group.
#[derive(Debug, Parser)]
#[command(name = "wia", version, after_help = AFTER_HELP)]
pub struct Cli {
    /// Folder holding records, summaries and questionnaires [default: $WIA_DATA_DIR, else the platform data folder]
    #[arg(long, global = true, value_name = "DIR")]
    pub data_dir: Option<PathBuf>,

    /// Language of the interface and output: en (English) or cy (Cymraeg) [default: $WIA_LANG, else the language chosen last time, else the system's]
    #[arg(long, global = true, value_name = "LANG", value_parser = lang_parser(crate::i18n::Lang::En))]
    pub lang: Option<crate::i18n::Lang>,

    /// Whether `--lang` was on the command line, rather than chosen from the environment:
    /// only then does it outrank the language an answers file names for its summary.
    #[arg(skip)]
    pub lang_given: bool,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Fill in an assessment in the full-screen interface, with the score shown live
    ///
    /// Asks for your name and organisation, then walks through the questionnaire section
    /// by section. Every change is saved to a draft at once; finalising writes the record
    /// and summary exactly as `wia new` does. `wia` alone opens the home screen.
    Assess {
        /// Questionnaire file to use instead of the bundled wia-policy questionnaire
        #[arg(long, value_name = "FILE", conflicts_with = "resume")]
        questionnaire: Option<PathBuf>,
        /// Resume the draft with this id (or a unique start of it)
        #[arg(long, value_name = "ID")]
        resume: Option<String>,
    },
    /// Validate questionnaire files: syntax, structure, ids, conditions, flags, bands
    ///
    /// Every problem is listed as FILE:LINE:COLUMN. Exit 0 when all files are valid,
    /// 1 when any is invalid (or, with --require-lang, lacks a translation), 2 when a
    /// file cannot be read.
    Check {
        /// Questionnaire files (YAML)
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
        /// Fail, naming each one, when any text has nothing in this language (cy or en)
        #[arg(long, value_name = "LANG", value_parser = require_lang::parser(crate::i18n::Lang::En))]
        require_lang: Option<crate::text::Lang>,
    },
    /// Make an assessment record and its summary from an answers file
    ///
    /// The answers file names the questionnaire, the assessor and the answers (see
    /// docs/questionnaire-format.md and examples/). Every problem is listed, not just the
    /// first. Prints the paths of the record and the summary.
    New {
        /// Answers file (YAML): questionnaire, assessor, optional headcounts, answers
        #[arg(
            long,
            value_name = "FILE",
            required_unless_present = "from_draft",
            conflicts_with = "from_draft"
        )]
        answers: Option<PathBuf>,
        /// Questionnaire file to use instead of the bundled one the answers name
        #[arg(long, value_name = "FILE")]
        questionnaire: Option<PathBuf>,
        /// Save a draft to resume later (`wia assess --resume ID`): missing answers are allowed
        #[arg(long)]
        draft: bool,
        /// Finalise the saved draft with this id (or a unique start of it), such as one `wia revise` started
        #[arg(long, value_name = "ID", conflicts_with = "draft")]
        from_draft: Option<String>,
        /// Why this revision replaces the record it revises (a revision needs one)
        #[arg(long, value_name = "TEXT")]
        reason: Option<String>,
    },
    /// Start a revision of a final record: a draft with every answer, which remembers it
    ///
    /// The record itself is never changed. Change the draft's answers with `wia assess
    /// --resume ID` or in its file, then finalise it with `wia new --from-draft ID --reason
    /// TEXT`: the new record names the one it replaces, and why.
    Revise {
        /// Record file, or record id (or a unique start of it) in the data directory
        record: String,
    },
    /// Write an answers file to fill in: every question with its options, hints and conditions
    ///
    /// Start here to make an assessment from the command line: fill in the file, then run
    /// `wia new --answers FILE`.
    Template {
        /// Questionnaire file [default: the bundled wia-policy questionnaire]
        #[arg(long, value_name = "FILE")]
        questionnaire: Option<PathBuf>,
        /// Write to this new file instead of printing (an existing file is never overwritten)
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
    },
    /// Recompute a record's results from its answers and print them
    ///
    /// For a final record, exits 1 and says what differs when the recomputed results are
    /// not the ones stored.
    Score {
        /// Record file, or record id (or a unique start of it) in the data directory
        record: String,
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
        /// Questionnaire file, when the record's own cannot be found
        #[arg(long, value_name = "FILE")]
        questionnaire: Option<PathBuf>,
    },
    /// Print or write the one-page Strategic Group summary (Markdown or HTML) of a record
    Summary {
        /// Record file, or record id (or a unique start of it) in the data directory
        record: String,
        /// Write the summary to this file instead of printing it
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
        /// Questionnaire file, when the record's own cannot be found
        #[arg(long, value_name = "FILE")]
        questionnaire: Option<PathBuf>,
        /// Welsh and English side by side, Welsh first (instead of the --lang language)
        #[arg(long)]
        bilingual: bool,
        /// markdown, or html: one self-contained page to print or email
        #[arg(long, value_enum, default_value = "markdown")]
        format: SummaryFormat,
    },
    /// Log evidence of what causes workload in a school: the form, or `add` with flags
    ///
    /// `wia log` opens a short form (date, school, local authority, cause, policy, roles,
    /// staff, hours, how often, description); the school and authority are remembered.
    /// `wia log add --cause meetings --roles teacher --staff 4 --hours 1 --frequency per_week`
    /// adds an entry from the command line and prints its id.
    Log {
        #[command(subcommand)]
        command: Option<LogCommand>,
    },
    /// Summarise, export or import the evidence log
    Evidence {
        #[command(subcommand)]
        command: evidence::EvidenceCommand,
    },
    /// Check that a record was not changed after it was saved, and who signed it
    ///
    /// Exit 0 when its content matches its digest and any signature on it or its summary
    /// is good and by a signer you trust; 1 when it was altered, carries no digest, or
    /// has a bad or untrusted signature (or none, with --require-signature).
    Verify {
        /// Record file, or record id (or a unique start of it) in the data directory
        record: String,
        /// Fail when the record is not signed
        #[arg(long)]
        require_signature: bool,
    },
    /// Set up the key that signs your records, and whose signatures you trust
    ///
    /// See docs/signatures.md. A passphrase-protected key asks for its passphrase at the
    /// terminal, or takes it from $WIA_KEY_PASSPHRASE.
    Keys {
        #[command(subcommand)]
        command: keys::KeysCommand,
    },
    /// Choose whose signatures you trust: add, list, remove, or import a folder's suggestions
    ///
    /// Your trusted signers live in your own settings folder, in OpenSSH's allowed_signers
    /// format, never in the shared data folder. See docs/signatures.md.
    Trust {
        #[command(subcommand)]
        command: trust::TrustCommand,
    },
    /// Sign a saved record and its summary with your key (one saved before you had a key)
    Sign {
        /// Record file, or record id (or a unique start of it) in the data directory
        record: String,
    },
    /// Keep the data folder in step with a shared git repository: commit, fetch, take in, push
    ///
    /// `wia sync init REMOTE` shares this folder; `wia sync clone REMOTE --data-dir DIR`
    /// starts from a shared one; `wia sync` sends and receives; `wia sync status` says where
    /// things stand. Needs the git program. See docs/sync.md.
    Sync {
        #[command(subcommand)]
        command: Option<sync::SyncCommand>,
    },
    /// Every assessed policy on one timeline of school terms: each role's weekly hours term by term
    ///
    /// Takes every final record (the latest revision of each) and places it by its intended
    /// start. For each term and role: the average hours a week per member of the role and for
    /// one person who does all of it, the policies that make them up, and flags where they
    /// pile up. Records without a start date are listed apart. See docs/portfolio.md.
    Portfolio {
        /// Count draft records too, marked as drafts
        #[arg(long)]
        include_drafts: bool,
        /// The report's form: text to read, markdown or html to print, json or csv for analysts
        #[arg(long, value_enum, default_value_t = portfolio::PortfolioFormat::Text)]
        format: portfolio::PortfolioFormat,
    },
    #[command(flatten)]
    Review(review_cmd::ReviewCommand),
    /// Count the answers to one question of a survey, or cross two: counts and shares
    ///
    /// For a choice: every option's count and its share of those answering, with those who
    /// did not answer and those the question did not apply to. Multiple choice: each
    /// option's share of respondents. A matrix row (`c3.other`): each scale point. A
    /// ranking: mean rank and first places. A number: n, mean, median, min and max.
    /// `--by QUESTION` crosses two, with row and column totals. See docs/tabulating.md.
    Tabulate(tabulate::TabulateArgs),
    /// Print a shell completion script: bash, zsh, fish, powershell or elvish
    ///
    /// Made from the same definitions as this help, so it offers exactly the commands and
    /// options there are. README.md says where each shell looks for it.
    Completions {
        /// The shell to complete for
        #[arg(value_enum, value_name = "SHELL")]
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff), or write a page for every command into a folder
    ///
    /// `wia man > wia.1` prints the page for wia; `wia man --dir FOLDER` writes wia.1 and a
    /// page for each command (wia-new.1, wia-log-add.1, ...) and prints their paths.
    Man {
        /// Folder to write every page into instead of printing wia.1
        #[arg(long, value_name = "DIR")]
        dir: Option<PathBuf>,
    },
}

#[derive(Debug, Subcommand)]
pub enum LogCommand {
    /// Add one entry to the evidence log and print its id
    Add(evidence::AddArgs),
}

/// What `wia summary` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SummaryFormat {
    Markdown,
    Html,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Text,
    Yaml,
    Json,
}

impl Cli {
    /// The language chosen for this run: `parse` fills in the one it chose; a Cli built
    /// some other way without a flag gets the environment's and settings' choice.
    pub fn lang(&self) -> crate::i18n::Lang {
        self.lang.unwrap_or_else(|| choose_lang(None))
    }

    fn data_dir(&self, lang: crate::i18n::Lang) -> Result<DataDir> {
        self.data_dir
            .clone()
            .or_else(crate::dirs::data_dir)
            .ok_or_else(|| Error::NotFound(crate::t!(lang, "cli-no-data-dir")))
            .and_then(|root| {
                // A folder that is not there yet is made on the first save; anything else
                // by that name cannot hold records, and listing it as empty would mislead.
                match std::fs::metadata(&root) {
                    Ok(m) if !m.is_dir() => Err(Error::Read {
                        path: root,
                        source: std::io::ErrorKind::NotADirectory.into(),
                        lang,
                    }),
                    _ => Ok(DataDir::new(root)),
                }
            })
    }
}

/// `--lang`'s reader, refusing a code it does not know in `lang` (the language chosen
/// before parsing).
pub(crate) fn lang_parser(
    lang: crate::i18n::Lang,
) -> impl Fn(&str) -> std::result::Result<crate::i18n::Lang, String> + Clone + Send + Sync + 'static
{
    move |code: &str| {
        crate::i18n::parse_lang(code)
            .ok_or_else(|| crate::t!(lang, "cli-unknown-lang", code = code))
    }
}

/// The language to speak, from the flag, WIA_LANG, the remembered choice and the locale.
pub fn choose_lang(flag: Option<crate::i18n::Lang>) -> crate::i18n::Lang {
    let env = std::env::var("WIA_LANG").ok();
    let remembered = crate::config::default_config_path()
        // Only the choice is wanted here; the interface reads the settings again and says
        // what was wrong with them in the language chosen.
        .map(|path| crate::config::load_config(&path, crate::i18n::Lang::En).0)
        .and_then(|config| config.language);
    let locale = sys_locale::get_locale();
    crate::i18n::choose(flag, env.as_deref(), remembered, locale.as_deref())
}

/// Run a command; the number returned is the exit code.
// Long because it is one match over every command, each arm only handing its arguments on.
pub fn run(cli: Cli) -> Result<u8> {
    let lang = cli.lang();
    let Some(command) = &cli.command else {
        use std::io::IsTerminal;
        // A person at a terminal gets the home screen. A script or pipe that gave no
        // command forgot one: the help goes to standard error, with the exit code of a
        // mistake on the command line, so nothing downstream takes it for output.
        if !(std::io::stdin().is_terminal() && std::io::stdout().is_terminal()) {
            let help = command(lang).render_long_help();
            output::err(&format!("{help}\n"));
            return Ok(2);
        }
        return crate::tui::run(crate::tui::Options {
            data: cli.data_dir(lang)?,
            questionnaire: None,
            resume: None,
            assess: false,
            review: false,
            log: false,
            lang,
        });
    };
    match command {
        Command::Assess {
            questionnaire,
            resume,
        } => crate::tui::run(crate::tui::Options {
            data: cli.data_dir(lang)?,
            questionnaire: questionnaire.clone(),
            resume: resume.clone(),
            assess: true,
            review: false,
            log: false,
            lang,
        }),
        Command::Check {
            files,
            require_lang,
        } => Ok(check::run(files, *require_lang, lang)),
        Command::New {
            answers,
            questionnaire,
            draft,
            from_draft,
            reason,
        } => new::run(
            &cli.data_dir(lang)?,
            new::Source {
                answers: answers.as_deref(),
                from_draft: from_draft.as_deref(),
                reason: reason.as_deref(),
            },
            questionnaire.as_deref(),
            *draft,
            cli.lang_given.then_some(lang),
            lang,
        ),
        Command::Revise { record } => revise::run(&cli.data_dir(lang)?, record, lang),
        Command::Template {
            questionnaire,
            output,
        } => template::run(questionnaire.as_deref(), output.as_deref(), lang),
        Command::Score {
            record,
            format,
            questionnaire,
        } => score::run(
            &cli.data_dir(lang)?,
            record,
            *format,
            questionnaire.as_deref(),
            lang,
        ),
        Command::Summary {
            record,
            output,
            questionnaire,
            bilingual,
            format,
        } => summary::run(
            &cli.data_dir(lang)?,
            record,
            output.as_deref(),
            questionnaire.as_deref(),
            summary::Shape {
                bilingual: *bilingual,
                html: *format == SummaryFormat::Html,
            },
            lang,
        ),
        Command::Verify {
            record,
            require_signature,
        } => verify::run(&cli.data_dir(lang)?, record, *require_signature, lang),
        Command::Keys { command } => keys::run(command, lang),
        Command::Trust { command } => trust::run(command, || cli.data_dir(lang), lang),
        Command::Sign { record } => keys::sign_record(&cli.data_dir(lang)?, record, lang),
        Command::Portfolio {
            include_drafts,
            format,
        } => portfolio::run(&cli.data_dir(lang)?, *include_drafts, *format, lang),
        Command::Review(cmd) => review_cmd::run(cmd, &cli.data_dir(lang)?, lang),
        Command::Tabulate(args) => tabulate::run(&cli.data_dir(lang)?, args, lang),
        Command::Log {
            command: Some(LogCommand::Add(args)),
        } => evidence::add(&cli.data_dir(lang)?, args, lang),
        Command::Log { command: None } => crate::tui::run(crate::tui::Options {
            data: cli.data_dir(lang)?,
            questionnaire: None,
            resume: None,
            assess: false,
            review: false,
            log: true,
            lang,
        }),
        Command::Evidence { command } => evidence::run(&cli.data_dir(lang)?, command, lang),
        Command::Sync { command } => sync::run(command, || cli.data_dir(lang), lang),
        Command::Completions { shell } => Ok(shell_files::print_completions(*shell, lang)),
        Command::Man { dir } => shell_files::man(dir.as_deref(), lang),
    }
}
