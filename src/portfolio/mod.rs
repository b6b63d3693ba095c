//! The cumulative picture for the Strategic Group: every assessed policy on one timeline
//! of school terms, with each role's weekly hours term by term, the policies that make
//! them up, and flags for what no single assessment shows. `docs/portfolio.md` explains
//! the method. No terminal code here: `build` is a pure function a screen can call.

mod build;
mod csv;
mod flags;
mod html;
mod json;
mod load;
mod markdown;
mod policy;
mod rules;
mod terms;
mod text;

pub use build::{MAX_TERMS, PolicyRef, Portfolio, RoleTerm, Share, TermFigures, build};
pub use csv::portfolio_csv;
pub use flags::{Flag, FlagKind, quoted};
pub use html::{escape as html_escape, portfolio_html};
pub use json::{SCHEMA_VERSION, portfolio_json};
pub use load::{Loaded, load};
pub use markdown::portfolio_markdown;
pub use policy::{ONCE, Policy, RoleLoad};
pub use rules::{FLAG_FROM_BAND, Rules};
pub use terms::{Season, TERMS_PER_YEAR, Term};
pub use text::portfolio_text;
