//! `wia`: parse the command line, run the command, turn errors into messages and exit codes.

use std::process::ExitCode;

use wia::cli::{parse, run};
use wia::error::Error;
use wia::t;

fn main() -> ExitCode {
    // A panic (a bug) keeps Rust's own plain report: the interface's hook restores the
    // terminal before it prints (see docs/architecture.md, "Errors and panics").
    // A write past a file size limit (`ulimit -f`) would otherwise kill wia mid-append
    // with SIGXFSZ before it could undo the part written; caught, the write just fails.
    #[cfg(unix)]
    let _ = signal_hook::flag::register(
        signal_hook::consts::SIGXFSZ,
        std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false)),
    );
    let cli = parse(std::env::args_os().collect());
    let lang = cli.lang();
    match run(cli) {
        Ok(code) => ExitCode::from(code),
        Err(e) => {
            let text = match &e {
                Error::Invalid(_) => e.to_string(),
                _ => t!(lang, "cli-error", message = e.to_string()),
            };
            eprintln!("{}", wia::text::inert(&text));
            ExitCode::from(e.exit_code())
        }
    }
}
