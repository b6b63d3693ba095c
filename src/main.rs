//! `wia`: parse the command line, run the command, turn errors into messages and exit codes.

use std::process::ExitCode;

use clap::Parser;
use wia::cli::{Cli, run};
use wia::error::Error;

fn main() -> ExitCode {
    // Reports panics (which would be bugs) with context; ordinary errors are printed below.
    let _ = color_eyre::install();
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => ExitCode::from(code),
        Err(e) => {
            let text = match &e {
                Error::Invalid(_) => e.to_string(),
                _ => format!("error: {e}"),
            };
            eprintln!("{}", wia::text::inert(&text));
            ExitCode::from(e.exit_code())
        }
    }
}
