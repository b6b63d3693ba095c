//! Every sentence `wia` shows a person, in English and Welsh, from Project Fluent message
//! files (`i18n/<lang>/<area>.ftl`, embedded at build time).
//!
//! `t!(lang, "id")` or `t!(lang, "id", name = value, ...)` gives the message as a String.
//! Numbers passed as values choose the right plural form, including Welsh's six (zero,
//! one, two, few, many, other). A message missing in Welsh falls back to English; one
//! missing everywhere shows its id, so a gap is visible rather than blank. Tests keep both
//! languages' ids identical, so neither fallback happens in a release.

mod bundle;
mod choose;
pub mod deferred;
mod resources;

pub use crate::text::Lang;
pub use bundle::{message, plural_category};
pub use choose::{choose, parse_lang};
pub use fluent_bundle::{FluentArgs, FluentValue};
pub use resources::RESOURCES;

/// A message in `lang`, with named values for its placeables.
#[macro_export]
macro_rules! t {
    ($lang:expr, $id:expr $(,)?) => {
        $crate::i18n::message($lang, $id, None)
    };
    ($lang:expr, $id:expr, $($name:ident = $value:expr),+ $(,)?) => {{
        let mut args = $crate::i18n::FluentArgs::new();
        $( args.set(stringify!($name), $crate::i18n::FluentValue::from($value)); )+
        $crate::i18n::message($lang, $id, Some(&args))
    }};
}

/// A message to be said later, in a language not known where it is made: see
/// [`deferred`]. Values are texts.
#[macro_export]
macro_rules! t_later {
    ($id:expr $(,)?) => {
        $crate::i18n::deferred::deferred($id, &[])
    };
    ($id:expr, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::deferred::deferred(
            $id,
            &[$((stringify!($name), ::std::convert::AsRef::<str>::as_ref(&$value))),+],
        )
    };
}
