//! `wia`: parse the command line, run the command, turn errors into messages and exit codes.

use std::process::ExitCode;

use wia::cli::{parse, run};
use wia::error::Error;
use wia::t;

fn main() -> ExitCode {
    // Reports panics (which would be bugs) with context; ordinary errors are printed below.
    let _ = color_eyre::install();
    let cli = parse(std::env::args_os().collect());
    match run(cli) {
        Ok(code) => ExitCode::from(code),
        Err(e) => {
            let text = match &e {
                Error::Invalid(_) => e.to_string(),
                _ => t!(wia::i18n::current(), "cli-error", message = e.to_string()),
            };
            eprintln!("{}", wia::text::inert(&text));
            ExitCode::from(e.exit_code())
        }
    }
}
