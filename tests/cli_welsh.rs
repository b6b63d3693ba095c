//! The command line in Welsh: help, errors and answer problems come from the Welsh message
//! files, with the same exit codes and places as in English, and records do not depend on
//! the language they were made in.

mod common;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use clap::CommandFactory;
use common::cli::{ANSWERS, SMALL, new_record, stderr_of, wia, write};
use wia::i18n::{Lang, RESOURCES};
use wia::t;

const SUBCOMMANDS: [&str; 18] = [
    "assess",
    "check",
    "new",
    "template",
    "score",
    "summary",
    "verify",
    "log",
    "evidence",
    "review",
    "list",
    "show",
    "diff",
    "respond",
    "export",
    "portfolio",
    "completions",
    "man",
];

/// Commands within commands.
const NESTED: [[&str; 2]; 4] = [
    ["log", "add"],
    ["evidence", "report"],
    ["evidence", "export"],
    ["evidence", "import"],
];

/// `wia` in Welsh, chosen through WIA_LANG.
fn wia_cy(data: &Path) -> assert_cmd::Command {
    let mut cmd = wia(data);
    cmd.env("WIA_LANG", "cy");
    cmd
}

fn squeeze(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Every clause of three words or more in the English `cli-help-` messages, and the words
/// clap writes itself: none may be left in Welsh help.
fn english_help_clauses() -> BTreeSet<String> {
    let (_, en, _) = RESOURCES
        .iter()
        .find(|(area, _, _)| *area == "cli")
        .unwrap();
    let resource = fluent_syntax::parser::parse(*en).unwrap();
    let mut clauses = BTreeSet::new();
    for entry in resource.body {
        let fluent_syntax::ast::Entry::Message(m) = entry else {
            continue;
        };
        let id = m.id.name;
        if !id.starts_with("cli-help-") || id.starts_with("cli-help-value-") {
            continue;
        }
        let text = t!(Lang::En, id, value = "x", values = "x");
        for clause in text.split(['.', ';', ':', '(', ')', '[', ']', '\n', ',']) {
            let clause = squeeze(clause);
            // Commands and file names read the same in both languages.
            let words = clause
                .split(' ')
                .filter(|w| w.chars().all(char::is_alphabetic));
            if words.count() >= 3 && !clause.contains("wia ") && !clause.contains("--") {
                clauses.insert(clause);
            }
        }
    }
    for clap_words in [
        "Print help",
        "Usage:",
        "Options:",
        "Commands:",
        "Arguments:",
    ] {
        clauses.insert(clap_words.to_string());
    }
    clauses.insert("[default:".into());
    clauses.insert("[possible values:".into());
    assert!(clauses.len() > 40, "too few clauses to test: {clauses:?}");
    clauses
}

fn stdout_of(assert: &assert_cmd::assert::Assert) -> String {
    String::from_utf8_lossy(&assert.get_output().stdout).into_owned()
}

#[test]
fn welsh_help_of_every_command_has_no_english_left() {
    let dir = tempfile::tempdir().unwrap();
    let english = english_help_clauses();
    let mut runs: Vec<Vec<&str>> = vec![vec!["--help"], vec!["-h"], vec!["help"]];
    for sub in SUBCOMMANDS {
        runs.push(vec![sub, "--help"]);
        runs.push(vec![sub, "-h"]);
        runs.push(vec!["help", sub]);
    }
    for [sub, inner] in NESTED {
        runs.push(vec![sub, inner, "--help"]);
        runs.push(vec![sub, inner, "-h"]);
        runs.push(vec![sub, "help", inner]);
    }
    for args in runs {
        // Once through --lang and once through WIA_LANG, which must agree.
        let by_flag = wia(dir.path())
            .arg("--lang")
            .arg("cy")
            .args(&args)
            .assert()
            .success();
        let by_env = wia_cy(dir.path()).args(&args).assert().success();
        let help = stdout_of(&by_flag);
        assert_eq!(help, stdout_of(&by_env), "wia {args:?}");
        let flat = squeeze(&help);
        for clause in &english {
            assert!(
                !flat.contains(clause.as_str()),
                "wia --lang cy {args:?} still says {clause:?}:\n{help}"
            );
        }
        assert!(
            flat.contains("Defnydd: wia"),
            "wia --lang cy {args:?}:\n{help}"
        );
    }
}

#[test]
fn english_help_is_what_the_doc_comments_say() {
    // The English messages must give exactly the help clap's derive gives.
    let mut derived = wia::cli::Cli::command();
    derived.build();
    let mut localised = wia::cli::command(Lang::En);
    assert_eq!(
        localised.render_long_help().to_string(),
        derived.render_long_help().to_string()
    );
    assert_eq!(
        localised.render_help().to_string(),
        derived.render_help().to_string()
    );
    for sub in SUBCOMMANDS {
        let want = derived.find_subcommand_mut(sub).unwrap();
        let got = localised.find_subcommand_mut(sub).unwrap();
        assert_eq!(
            got.render_long_help().to_string(),
            want.render_long_help().to_string(),
            "{sub}"
        );
        assert_eq!(
            got.render_help().to_string(),
            want.render_help().to_string(),
            "{sub}"
        );
    }
    for [sub, inner] in NESTED {
        let want = derived
            .find_subcommand_mut(sub)
            .and_then(|s| s.find_subcommand_mut(inner))
            .unwrap();
        let want = (
            want.render_long_help().to_string(),
            want.render_help().to_string(),
        );
        let got = localised
            .find_subcommand_mut(sub)
            .and_then(|s| s.find_subcommand_mut(inner))
            .unwrap();
        let got = (
            got.render_long_help().to_string(),
            got.render_help().to_string(),
        );
        assert_eq!(got, want, "{sub} {inner}");
    }
}

#[test]
fn welsh_help_still_parses_every_option() {
    // The Welsh texts replace clap's; the options must work as before.
    let dir = tempfile::tempdir().unwrap();
    let (record, _) = new_record(dir.path());
    let json = wia_cy(dir.path())
        .args(["score", "--format", "json"])
        .arg(&record)
        .assert()
        .success();
    assert!(stdout_of(&json).contains("\"rating\""));
    wia_cy(dir.path())
        .args(["--lang=cy", "verify"])
        .arg(&record)
        .assert()
        .success();
}

#[test]
fn an_unknown_language_is_refused_naming_the_two_there_are() {
    let dir = tempfile::tempdir().unwrap();
    let assert = wia(dir.path()).args(["--lang", "fr"]).assert().code(2);
    let err = stderr_of(&assert);
    assert!(
        err.contains("`fr` is not a language wia speaks; use en (English) or cy (Cymraeg)"),
        "{err}"
    );
    // The same mistake with Welsh chosen another way is explained in Welsh.
    let assert = wia_cy(dir.path())
        .args(["verify", "x", "--lang=fr"])
        .assert()
        .code(2);
    let err = stderr_of(&assert);
    assert!(
        err.contains("nid yw `fr` yn iaith y mae wia yn ei siarad")
            && err.contains("en (English)")
            && err.contains("cy (Cymraeg)"),
        "{err}"
    );
}

/// The same command in English and in Welsh: the same exit code, and each says its own
/// words. Returns both standard errors.
fn both(
    data: &Path,
    args: &[&str],
    code: i32,
    english: &[&str],
    welsh: &[&str],
) -> (String, String) {
    let en = stderr_of(&wia(data).args(args).assert().code(code));
    let cy = stderr_of(&wia_cy(data).args(args).assert().code(code));
    for want in english {
        assert!(en.contains(want), "English {args:?}: no {want:?} in\n{en}");
    }
    for want in welsh {
        assert!(cy.contains(want), "Welsh {args:?}: no {want:?} in\n{cy}");
    }
    (en, cy)
}

/// `file:line:column` at the start of each line.
fn places(stderr: &str) -> Vec<String> {
    stderr
        .lines()
        .filter_map(|l| {
            // A Windows path starts with a drive, `C:`, whose colon is not a separator.
            let drive = l.as_bytes().get(1) == Some(&b':') && l.as_bytes()[0].is_ascii_alphabetic();
            let l = if drive { &l[2..] } else { l };
            let mut parts = l.splitn(4, ':');
            Some(format!(
                "{}:{}:{}",
                parts.next()?,
                parts.next()?,
                parts.next()?
            ))
        })
        .collect()
}

#[test]
fn a_record_that_is_not_there_is_said_in_welsh() {
    let dir = tempfile::tempdir().unwrap();
    both(
        dir.path(),
        &["verify", "nosuch"],
        2,
        &["error: no file `nosuch`, and no records in"],
        &["gwall: dim ffeil `nosuch`, a dim cofnodion yn"],
    );
    new_record(dir.path());
    both(
        dir.path(),
        &["score", "zzz"],
        2,
        &["error: no file `zzz` and no record whose id starts with `zzz` in"],
        &["gwall: dim ffeil `zzz` a dim cofnod y mae ei ddynodydd yn dechrau â `zzz` yn"],
    );
}

#[test]
fn an_unreadable_answers_file_is_said_in_welsh() {
    let dir = tempfile::tempdir().unwrap();
    both(
        dir.path(),
        &["new", "--answers", "missing.yaml"],
        2,
        &["error: cannot read missing.yaml: "],
        &["gwall: methu darllen missing.yaml: Nid oes ffeil na ffolder o’r enw hwnnw"],
    );
    let empty = write(dir.path(), "empty.yaml", "\n");
    let empty = empty.to_str().unwrap();
    both(
        dir.path(),
        &["new", "--answers", empty],
        1,
        &["error: file is empty: expected an answers file"],
        &["gwall: mae’r ffeil yn wag: disgwyl ffeil atebion"],
    );
}

/// The small questionnaire with Welsh for the title question and a number question whose
/// constraint has a message in both languages.
fn questionnaire_with_constraint(dir: &Path) -> PathBuf {
    let text = std::fs::read_to_string(SMALL).unwrap();
    let text = text
        .replace("text: {en: Title}", "text: {en: Title, cy: Teitl}")
        .replace(
            "      - id: tasks\n",
            "      - id: staff\n        type: number\n        text: {en: How many staff?, cy: Faint o staff?}\n        constraint:\n          rule: {question: staff, le: 10}\n          message: {en: No more than 10 staff., cy: Dim mwy na 10 aelod o staff.}\n      - id: tasks\n",
        );
    assert!(text.contains("id: staff") && text.contains("Teitl"));
    write(dir, "q.yaml", &text)
}

#[test]
fn answer_problems_are_said_in_welsh_at_the_same_places() {
    let dir = tempfile::tempdir().unwrap();
    let q = questionnaire_with_constraint(dir.path());
    let answers = std::fs::read_to_string(ANSWERS).unwrap();
    let broken = answers
        .replace(
            "  policy_title: Termly ALN progress return\n",
            "  staff: 12\n",
        )
        .replace("funded: \"no\"", "funded: maybe")
        .replace("share: 0.5", "share: 5");
    assert_ne!(broken, answers);
    let file = write(dir.path(), "a.yaml", &broken);
    let args = [
        "new",
        "--answers",
        file.to_str().unwrap(),
        "--questionnaire",
        q.to_str().unwrap(),
    ];
    let (en, cy) = both(
        dir.path(),
        &args,
        1,
        &[
            "error: No more than 10 staff.",
            "error: `policy_title` is required: Title",
            "error: expected yes or no, found the text \"maybe\"",
            "error: row 2: `share` is 5: expected a fraction from 0 to 1",
        ],
        &[
            "gwall: Dim mwy na 10 aelod o staff.",
            "gwall: mae angen ateb i `policy_title`: Teitl",
            "gwall: disgwyl ie neu na, ond cafwyd y testun \"maybe\"",
            "gwall: rhes 2: mae `share` yn 5: disgwyl ffracsiwn o 0 i 1",
        ],
    );
    assert_eq!(places(&en), places(&cy));
    assert_eq!(en.lines().count(), cy.lines().count());
    assert!(!dir.path().join("records").exists());
}

#[test]
fn questionnaire_mistakes_are_placed_the_same_in_welsh() {
    // Some places are found by looking for words in the message ("in `when`",
    // "question `x`"); the Welsh messages must be found as well.
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(SMALL).unwrap();
    let two_ops = write(
        dir.path(),
        "two.yaml",
        &text.replace("role: alnco, gt: 1}", "role: alnco, gt: 1, lt: 3}"),
    );
    let no_options = write(
        dir.path(),
        "opt.yaml",
        &text.replace("        type: yes_no\n", "        type: single_choice\n"),
    );
    for (file, english, welsh) in [
        (
            &two_ops,
            "two.yaml:38:7: error: scoring.flags[0]: in `when`: a condition takes one comparison, found lt and gt",
            "two.yaml:38:7: gwall: scoring.flags[0]: yn `when`: mae amod yn cymryd un gymhariaeth, ond cafwyd lt a gt",
        ),
        (&no_options, "error: ", "gwall: "),
    ] {
        let args = ["check", file.to_str().unwrap()];
        let (en, cy) = both(dir.path(), &args, 1, &[english], &[welsh]);
        assert_eq!(places(&en), places(&cy), "{en}\n{cy}");
    }
    let cy = stderr_of(
        &wia_cy(dir.path())
            .args(["check", no_options.to_str().unwrap()])
            .assert()
            .code(1),
    );
    assert!(
        cy.contains("cwestiwn `funded`: mae angen `options`"),
        "{cy}"
    );
}

#[test]
fn records_made_in_either_language_score_the_same() {
    let dir = tempfile::tempdir().unwrap();
    let mut scores = Vec::new();
    let mut languages = Vec::new();
    for lang in ["en", "cy"] {
        let made = wia(dir.path())
            .args([
                "--lang",
                lang,
                "new",
                "--answers",
                ANSWERS,
                "--questionnaire",
                SMALL,
            ])
            .assert()
            .success();
        let record = PathBuf::from(stdout_of(&made).lines().next().unwrap());
        let text = std::fs::read_to_string(&record).unwrap();
        languages.push(
            text.lines()
                .find(|l| l.starts_with("language:"))
                .unwrap()
                .to_string(),
        );
        let scored = wia(dir.path())
            .args(["score", "--format", "json"])
            .arg(&record)
            .assert()
            .success();
        scores.push(stdout_of(&scored));
    }
    assert_eq!(scores[0], scores[1]);
    assert!(
        scores[0].contains("\"rating\": \"negligible\""),
        "{}",
        scores[0]
    );
    assert_eq!(languages[0], languages[1]);
}

#[test]
fn welsh_score_text_and_saved_message() {
    let dir = tempfile::tempdir().unwrap();
    let made = wia_cy(dir.path())
        .args(["new", "--answers", ANSWERS, "--questionnaire", SMALL])
        .assert()
        .success();
    let said = stderr_of(&made);
    assert!(said.starts_with("Cadwyd asesiad terfynol "), "{said}");
    assert!(said.contains(", 1 faner)."), "{said}");
    let record = stdout_of(&made).lines().next().unwrap().to_string();
    let text = stdout_of(
        &wia_cy(dir.path())
            .args(["score", &record])
            .assert()
            .success(),
    );
    for want in [
        "Sgôr: ",
        "awr yr wythnos",
        "ledled Cymru",
        "Baneri:",
        "[difrifol] unfunded",
        "Sbardunau",
    ] {
        assert!(text.contains(want), "no {want:?} in\n{text}");
    }
    // The figures line up whatever the labels' length.
    let columns: BTreeSet<Option<usize>> = text
        .lines()
        .filter(|l| {
            ["  y person ", "  ledled Cymru ", "  CALl "]
                .iter()
                .any(|s| l.starts_with(s))
        })
        .map(|l| l.find(|c: char| c.is_ascii_digit() || c == '+' || c == '-'))
        .collect();
    assert_eq!(columns.len(), 1, "{text}");
    assert_eq!(text.lines().filter(|l| l.starts_with("  CALl ")).count(), 2);
    let verified = wia_cy(dir.path())
        .args(["verify", &record])
        .assert()
        .success();
    assert!(stdout_of(&verified).contains(": cyfan: cofnod terfynol "));
}

#[test]
fn welsh_counts_in_messages_take_the_numerals_mutations() {
    let choices = |n: i64| {
        t!(
            Lang::Cy,
            "domain-answers-too-many-choices",
            count = n,
            options = 1
        )
    };
    assert!(
        choices(2).starts_with("rhoddwyd 2 ddewis,"),
        "{}",
        choices(2)
    );
    assert!(
        choices(3).starts_with("rhoddwyd 3 dewis,"),
        "{}",
        choices(3)
    );
    let more = |n: i64| t!(Lang::Cy, "domain-more-problems-not-shown", count = n);
    assert_eq!(more(1), "… ac 1 broblem arall heb ei dangos");
    assert_eq!(more(2), "… a 2 broblem arall heb eu dangos");
    assert_eq!(more(6), "… a 6 phroblem arall heb eu dangos");
    assert_eq!(more(20), "… a 20 problem arall heb eu dangos");
    let english = t!(Lang::En, "domain-more-problems-not-shown", count = 20);
    assert_eq!(english, "… and 20 more problems not shown");
    let refused = |n: i64| t!(Lang::Cy, "evidence-add-refused", count = n);
    assert!(refused(2).contains("(2 broblem)"), "{}", refused(2));
    assert!(refused(6).contains("(6 phroblem)"), "{}", refused(6));
}

#[test]
fn the_language_flag_is_found_before_parsing() {
    let args = |list: &[&str]| -> Vec<std::ffi::OsString> {
        std::iter::once("wia")
            .chain(list.iter().copied())
            .map(Into::into)
            .collect()
    };
    use wia::cli::lang_flag;
    assert_eq!(lang_flag(&args(&["--lang", "cy", "new"])), Some(Lang::Cy));
    assert_eq!(lang_flag(&args(&["new", "--lang=cy"])), Some(Lang::Cy));
    assert_eq!(
        lang_flag(&args(&["score", "x", "--lang", "en"])),
        Some(Lang::En)
    );
    assert_eq!(lang_flag(&args(&["--lang", "fr"])), None);
    assert_eq!(lang_flag(&args(&["--lang"])), None);
    assert_eq!(lang_flag(&args(&["new", "--", "--lang", "cy"])), None);
    assert_eq!(lang_flag(&args(&["--language", "cy"])), None);
}
