//! Shell completions and manual pages, made from the same clap definitions as `--help`
//! (in the run's language), so neither can drift from the options wia really takes.

use std::path::{Path, PathBuf};

use crate::error::Result;
use crate::i18n::Lang;

/// `wia completions SHELL`: the script on standard output.
pub fn print_completions(shell: clap_complete::Shell, lang: Lang) -> u8 {
    super::output::out(&completions(shell, lang));
    0
}

/// `wia man`: wia.1 on standard output, or with `--dir` every page written there and
/// their paths printed.
pub fn man(dir: Option<&Path>, lang: Lang) -> Result<u8> {
    match dir {
        None => super::output::out(&man_page(lang)),
        Some(dir) => {
            for path in write_man_pages(dir, lang)? {
                super::output::out(&format!("{}\n", path.display()));
            }
        }
    }
    Ok(0)
}

/// The completion script for `shell`, as text.
pub fn completions(shell: clap_complete::Shell, lang: Lang) -> String {
    let mut cmd = super::command(lang);
    let mut buf = Vec::new();
    clap_complete::generate(shell, &mut cmd, "wia", &mut buf);
    String::from_utf8_lossy(&buf).into_owned()
}

/// The manual page `wia.1` (roff): the options and a list of the commands.
pub fn man_page(lang: Lang) -> String {
    render(&clap_mangen::Man::new(man_command(lang)))
}

/// `wia.1` and a page for every command (`wia-new.1`, `wia-log-add.1`, ...) written into
/// `dir`, each whole or not at all; the paths written, in order.
pub fn write_man_pages(dir: &Path, lang: Lang) -> Result<Vec<PathBuf>> {
    let mut pages = Vec::new();
    collect(man_command(lang), &mut pages);
    let mut written = Vec::with_capacity(pages.len());
    for (name, text) in pages {
        let path = dir.join(name);
        crate::store::write_atomic(&path, text.as_bytes(), lang)?;
        written.push(path);
    }
    Ok(written)
}

fn man_command(lang: Lang) -> clap::Command {
    // `wia help COMMAND` is `wia COMMAND --help`, which the pages already are.
    let mut cmd = super::command(lang).disable_help_subcommand(true);
    cmd.build();
    cmd
}

fn collect(cmd: clap::Command, pages: &mut Vec<(String, String)>) {
    let man = clap_mangen::Man::new(cmd.clone());
    pages.push((man.get_filename(), render(&man)));
    for sub in cmd
        .get_subcommands()
        .filter(|s| !s.is_hide_set() && s.get_name() != "help")
    {
        collect(sub.clone(), pages);
    }
}

fn render(man: &clap_mangen::Man) -> String {
    let mut buf = Vec::new();
    // Writing to memory cannot fail.
    let _ = man.render(&mut buf);
    String::from_utf8_lossy(&buf).into_owned()
}
