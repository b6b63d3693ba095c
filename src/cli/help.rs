//! `--help` in the chosen language. clap's derive gives the commands and arguments; their
//! texts come from the message files (`cli-help-...`), so Welsh help reads as Welsh.
//!
//! The language has to be known before clap parses anything, since parsing is what prints
//! the help: it is read from the raw arguments, then WIA_LANG, the settings and the locale.
//! clap's own error messages ("unexpected argument ...") stay in English.

use std::ffi::OsString;

use clap::{Arg, Command, CommandFactory, FromArgMatches};

use super::{Cli, choose_lang};
use crate::i18n::Lang;
use crate::t;

/// Parse the command line, with help and errors in the language the arguments, the
/// environment or the settings choose; that language is the run's (`Cli::lang`).
pub fn parse(args: Vec<OsString>) -> Cli {
    let given = lang_flag(&args);
    let lang = choose_lang(given);
    let matches = command(lang).get_matches_from(args);
    let mut cli = Cli::from_arg_matches(&matches).unwrap_or_else(|e| e.exit());
    cli.lang = Some(lang);
    cli.lang_given = given.is_some();
    cli
}

/// The language named by `--lang X` or `--lang=X`, if it is one wia speaks. A wrong code
/// is left for clap to report.
pub fn lang_flag(args: &[OsString]) -> Option<Lang> {
    let mut args = args.iter().skip(1).map(|a| a.to_string_lossy());
    while let Some(arg) = args.next() {
        if arg == "--" {
            break;
        }
        let value = match arg.strip_prefix("--lang") {
            Some("") => args.next().map(|v| v.into_owned()),
            Some(rest) => rest.strip_prefix('=').map(str::to_string),
            None => None,
        };
        if let Some(lang) = value.as_deref().and_then(crate::i18n::parse_lang) {
            return Some(lang);
        }
    }
    None
}

/// The command line's definition with every text in `lang`.
pub fn command(lang: Lang) -> Command {
    let mut cmd = Cli::command();
    // Building first gives every subcommand its copy of the global arguments, its help
    // flag and its full name, so all of them can be given their texts.
    cmd.build();
    localize(cmd, lang, "", "")
}

/// The message `id`, or `None` where the message files have none.
fn message(lang: Lang, id: &str) -> Option<String> {
    let text = t!(lang, id);
    (text != id).then_some(text)
}

/// `prefix` starts the command's message ids; `children` starts its subcommands' ids (the
/// same, except for a `help` command, whose children stand for its parent's commands).
fn localize(mut cmd: Command, lang: Lang, prefix: &str, children: &str) -> Command {
    let id = |part: &str| format!("cli-help-{prefix}{part}");
    if let Some(text) = message(lang, &id("about")) {
        cmd = cmd.about(text);
    }
    if let Some(text) = message(lang, &id("long-about")) {
        cmd = cmd.long_about(text);
    }
    if let Some(text) = message(lang, &id("after")) {
        cmd = cmd.after_help(text);
    }
    let args: Vec<String> = cmd
        .get_arguments()
        .map(|a| a.get_id().to_string())
        .collect();
    // Every argument is taken out and put back in its turn, even one left as it is: the
    // built command finds `-h` or `--lang` by position, so the order must come out the same.
    for arg in args {
        // clap writes the help and version flags' English texts itself.
        if lang == Lang::En && matches!(arg.as_str(), "help" | "version") {
            cmd = cmd.mut_arg(&arg, |a| a);
            continue;
        }
        let key = arg.replace('_', "-");
        let text = message(lang, &id(&format!("arg-{key}")))
            .or_else(|| message(lang, &format!("cli-help-arg-{key}")));
        cmd = cmd.mut_arg(&arg, |a| localize_arg(a, lang, text, &key));
    }
    let subcommands: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    // Likewise every subcommand, so they keep their order. A nested command's messages
    // carry its parent's name (`cli-help-log-add-about`); every `help` command has the
    // same texts.
    for name in subcommands {
        let (own, grandchildren) = if name == "help" {
            ("help-".to_string(), children.to_string())
        } else {
            let own = format!("{children}{name}-");
            (own.clone(), own)
        };
        cmd = cmd.mut_subcommand(&name, |s| localize(s, lang, &own, &grandchildren));
    }
    if lang != Lang::En {
        cmd = localize_frame(cmd, lang);
    }
    cmd
}

fn localize_arg(mut arg: Arg, lang: Lang, text: Option<String>, key: &str) -> Arg {
    if arg.get_id() == "lang" {
        // A code it does not know is refused in the language chosen before parsing.
        arg = arg.value_parser(super::lang_parser(lang));
    }
    if arg.get_id() == "require_lang" {
        arg = arg.value_parser(super::require_lang::parser(lang));
    }
    if lang == Lang::En {
        return match text {
            Some(text) => arg.help(text),
            None => arg,
        };
    }
    // clap's "[default: ...]" and "[possible values: ...]" are English; say them here.
    let mut parts: Vec<String> = text.into_iter().collect();
    let defaults: Vec<String> = arg
        .get_default_values()
        .iter()
        .map(|v| v.to_string_lossy().into_owned())
        .collect();
    if !defaults.is_empty() && arg.get_action().takes_values() && !arg.is_hide_default_value_set() {
        parts.push(format!(
            "[{}]",
            t!(lang, "cli-help-default", value = defaults.join(", "))
        ));
        arg = arg.hide_default_value(true);
    }
    let possible: Vec<String> = if arg.get_action().takes_values() {
        arg.get_possible_values()
            .iter()
            .filter(|v| !v.is_hide_set())
            .map(|v| v.get_name().to_string())
            .collect()
    } else {
        Vec::new()
    };
    if !possible.is_empty() && !arg.is_hide_possible_values_set() {
        parts.push(format!(
            "[{}]",
            t!(
                lang,
                "cli-help-possible-values",
                values = possible.join(", ")
            )
        ));
        arg = arg.hide_possible_values(true);
    }
    if key == "help"
        && let Some(long) = message(lang, "cli-help-arg-help-long")
    {
        arg = arg.long_help(long);
    }
    // Without a value name clap shows the id in capitals.
    let value_names: Vec<String> = match arg.get_value_names() {
        Some(names) => names.iter().map(|n| n.to_string()).collect(),
        None if arg.get_action().takes_values() => vec![arg.get_id().as_str().to_uppercase()],
        None => Vec::new(),
    };
    let value_names: Vec<String> = value_names
        .iter()
        .map(|n| {
            message(lang, &format!("cli-help-value-{}", n.to_lowercase()))
                .unwrap_or_else(|| n.clone())
        })
        .collect();
    if !value_names.is_empty() {
        arg = arg.value_names(value_names);
    }
    let heading = if arg.is_positional() {
        "cli-help-heading-arguments"
    } else {
        "cli-help-heading-options"
    };
    arg.help(parts.join(" ")).help_heading(t!(lang, heading))
}

/// The headings, the usage line and its placeholders, which clap writes in English.
fn localize_frame(mut cmd: Command, lang: Lang) -> Command {
    let template = format!(
        "{{before-help}}{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}",
        t!(lang, "cli-help-heading-usage")
    );
    cmd = cmd
        .help_template(template)
        .subcommand_help_heading(t!(lang, "cli-help-heading-commands"))
        .subcommand_value_name(t!(lang, "cli-help-value-command"));
    let usage = cmd.render_usage().to_string();
    let usage = usage
        .split_once(": ")
        .map_or(usage.as_str(), |(_, u)| u)
        .replace(
            "[OPTIONS]",
            &format!("[{}]", t!(lang, "cli-help-value-options")),
        )
        .replace(
            "[COMMAND]",
            &format!("[{}]", t!(lang, "cli-help-value-command")),
        );
    cmd.override_usage(usage)
}
