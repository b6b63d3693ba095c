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
            match &e {
                Error::Invalid(_) => eprintln!("{e}"),
                _ => eprintln!("error: {e}"),
            }
            ExitCode::from(e.exit_code())
        }
    }
}
