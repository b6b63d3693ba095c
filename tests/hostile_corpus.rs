//! A generated corpus of hostile files of every kind wia reads (issue 11), each run
//! through every command that reads it: no run may crash, panic, hang, pass the
//! average memory bound, print a file's control characters raw, or report an error
//! about a file without the place in it.
//!
//! The corpus comes from valid files (the fixtures, examples and bundled questionnaires)
//! damaged in every way in `hostile_corpus/mutate.rs`, from a fixed seed; where each
//! file goes and what reads it is in `hostile_corpus/kinds.rs`. Set WIA_CORPUS_KEEP=1
//! to keep the folder of files and outputs; its path is printed.
//!
//! Unix only: it caps each run with util-linux `prlimit`, measures it with GNU `time`,
//! kills hung runs by process group, and makes FIFOs and symbolic links, none of which
//! Windows has in that form. Under Wine, `tests/pty_skipped.rs` says so.
#![cfg(unix)]

#[path = "hostile_corpus/kinds.rs"]
mod kinds;
#[path = "hostile_corpus/mutate.rs"]
mod mutate;
#[path = "hostile_corpus/run.rs"]
mod run;

use std::collections::BTreeMap;

use run::{Failure, Tools};

#[test]
fn every_hostile_file_is_refused_or_read_safely_by_every_command() {
    let tools = Tools::find();
    if tools.prlimit.is_none() {
        eprintln!("hostile corpus: no `prlimit` (util-linux): runs are not capped in memory");
    }
    if tools.time.is_none() {
        eprintln!("hostile corpus: no GNU `time`: peak memory is not measured, so not checked");
    }
    let dir = tempfile::Builder::new()
        .prefix("wia-corpus-")
        .tempdir()
        .unwrap();
    let cases = kinds::corpus(dir.path());
    let mut per_kind: BTreeMap<&str, usize> = BTreeMap::new();
    for c in &cases {
        *per_kind
            .entry(c.name.split('/').next().unwrap())
            .or_default() += 1;
    }
    for (kind, n) in &per_kind {
        assert!(
            *n >= 100,
            "only {n} {kind} files: the corpus is meant to be hundreds"
        );
    }
    let me = std::env::current_exe().unwrap();
    let (mut failures, stats) = run::run_all(&cases, &tools, &me);
    eprintln!(
        "hostile corpus: {} files ({}), {} runs taking {:.0} s in all (hangs left out); peak memory {} MB ({}); slowest runs:\n{}",
        cases.len(),
        per_kind
            .iter()
            .map(|(k, n)| format!("{k} {n}"))
            .collect::<Vec<_>>()
            .join(", "),
        stats.runs,
        stats.finished_time.as_secs_f64(),
        stats.peak_kb / 1024,
        stats.peak_run,
        stats
            .slowest
            .iter()
            .map(|(t, run)| format!("  {:.1} s {run}", t.as_secs_f64()))
            .collect::<Vec<_>>()
            .join("\n"),
    );
    if std::env::var_os("WIA_CORPUS_KEEP").is_some() {
        std::fs::write(dir.path().join("runs.tsv"), stats.log.join("\n") + "\n").unwrap();
        eprintln!("hostile corpus kept in {}", dir.keep().display());
    }
    failures.sort_by(|a, b| (&a.case, &a.command, &a.what).cmp(&(&b.case, &b.command, &b.what)));
    assert!(failures.is_empty(), "{}", table(&failures));
}

/// The failures as a table, after a count by problem and kind so the pattern shows first.
fn table(failures: &[Failure]) -> String {
    let mut counts: BTreeMap<(String, String), usize> = BTreeMap::new();
    for f in failures {
        let problem = f.what.split(':').next().unwrap_or("").to_string();
        let kind = f.case.split('/').next().unwrap_or("").to_string();
        *counts.entry((problem, kind)).or_default() += 1;
    }
    let mut s = format!(
        "{} failures in the hostile corpus\n\nby problem and kind:\n",
        failures.len()
    );
    for ((problem, kind), n) in &counts {
        s.push_str(&format!("  {n:5}  {problem:<18} {kind}\n"));
    }
    s.push_str("\nCASE | COMMAND | WHAT WENT WRONG\n");
    for f in failures {
        s.push_str(&format!("{} | {} | {}\n", f.case, f.command, f.what));
    }
    s
}

#[test]
fn the_corpus_is_the_same_every_time() {
    let a = tempfile::tempdir().unwrap();
    let b = tempfile::tempdir().unwrap();
    let (ca, cb) = (
        kinds::questionnaires(a.path(), &mut mutate::Rng::new(kinds::SEED)),
        kinds::questionnaires(b.path(), &mut mutate::Rng::new(kinds::SEED)),
    );
    assert_eq!(ca.len(), cb.len());
    for (x, y) in ca.iter().zip(&cb) {
        assert_eq!(x.name, y.name);
        // Reading a FIFO would block; the special files are compared by kind alone.
        let regular = |p: &std::path::Path| std::fs::symlink_metadata(p).is_ok_and(|m| m.is_file());
        assert_eq!(regular(&x.file), regular(&y.file), "{}", x.name);
        if regular(&x.file) {
            let (p, q) = (
                std::fs::read(&x.file).unwrap(),
                std::fs::read(&y.file).unwrap(),
            );
            assert!(p == q, "{} differs between two generations", x.name);
        }
    }
}

/// The seeds the corpus damages are valid to begin with, so a refusal is the damage's.
#[test]
fn the_seeds_are_valid_files() {
    let text = kinds::draft_seed();
    wia::record::parse_draft(&text, "draft.yaml", wia::i18n::Lang::En)
        .expect("the draft seed reads");
    let record = std::fs::read_to_string(format!(
        "tests/fixtures/review/records/{}.yaml",
        kinds::RECORD_ID
    ))
    .unwrap();
    assert!(record.contains("status: final"));
    let response = kinds::response_seed();
    wia::review::parse_response(&response, "response.yaml", wia::i18n::Lang::En)
        .expect("the response seed reads");
}

/// Not a test of its own: the corpus test runs this binary with this name to read a
/// draft the way `wia assess --resume` and the home screen do before the terminal is
/// taken over, since no command reads drafts without a terminal. It does nothing when
/// the environment does not ask for it.
#[test]
fn draft_reader_child() {
    let Ok(mode) = std::env::var("WIA_CORPUS_DRAFT_MODE") else {
        return;
    };
    let id = std::env::var("WIA_CORPUS_DRAFT_ID").unwrap();
    let data = wia::store::DataDir::new(std::env::var_os("WIA_DATA_DIR").unwrap());
    let lang = wia::i18n::Lang::En;
    let code = match mode.as_str() {
        "resume" => {
            let opts = wia::tui::Options {
                data,
                questionnaire: None,
                resume: Some(id),
                assess: false,
                review: false,
                log: false,
                lang,
            };
            match wia::tui::runtime::prepare(&opts) {
                Ok(_) => 0u8,
                Err(e) => {
                    // As `main` prints it.
                    let text = match &e {
                        wia::error::Error::Invalid(_) => e.to_string(),
                        _ => wia::t!(lang, "cli-error", message = e.to_string()),
                    };
                    eprintln!("{}", wia::text::inert(&text));
                    e.exit_code()
                }
            }
        }
        _ => {
            for d in wia::store::list_drafts(&data, wia::i18n::Lang::En) {
                if let Some(p) = d.problem {
                    eprintln!("{}", wia::text::inert(&p));
                }
            }
            let titles = wia::store::assessment_titles(&data, wia::i18n::Lang::En);
            println!("{} titles", titles.len());
            0
        }
    };
    std::process::exit(code.into());
}
