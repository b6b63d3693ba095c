//! `wia portfolio`: every assessed policy on one timeline of terms, for the Strategic Group.

use clap::ValueEnum;

use super::output::{err, out};
use crate::error::Result;
use crate::i18n::Lang;
use crate::portfolio::{
    Rules, build, load, portfolio_csv, portfolio_html, portfolio_json, portfolio_markdown,
    portfolio_text,
};
use crate::store::DataDir;
use crate::t;

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum PortfolioFormat {
    Text,
    Markdown,
    Html,
    Json,
    Csv,
}

/// Files left out are said on standard error, so the report on standard output stays
/// whole for a script; the exit code is 0 whatever the records' state, as for `wia list`.
pub fn run(
    data: &DataDir,
    include_drafts: bool,
    format: PortfolioFormat,
    lang: Lang,
) -> Result<u8> {
    let loaded = load(data, include_drafts, lang);
    for why in &loaded.skipped {
        err(why);
    }
    if loaded.drafts_left_out > 0 {
        err(&t!(
            lang,
            "cli-portfolio-drafts-left-out",
            count = loaded.drafts_left_out
        ));
    }
    let portfolio = build(&loaded.policies, &Rules::bundled());
    let text = match format {
        PortfolioFormat::Text => portfolio_text(&portfolio, lang),
        PortfolioFormat::Markdown => portfolio_markdown(&portfolio, lang),
        PortfolioFormat::Html => portfolio_html(&portfolio, lang),
        PortfolioFormat::Json => format!("{:#}\n", portfolio_json(&portfolio, lang)),
        PortfolioFormat::Csv => portfolio_csv(&portfolio),
    };
    out(&text);
    Ok(0)
}
