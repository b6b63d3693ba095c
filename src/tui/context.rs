//! What every screen may read but not change: the language, the look, the keys, the
//! date, the terminal's size and the few things the application keeps for all screens.
//! A screen gets it lent for one key or one frame; only the application changes what is
//! behind it.

use chrono::NaiveDate;

use super::glyphs::Glyphs;
use super::keymap::Keymap;
use super::style::Theme;
use crate::config::Config;
use crate::i18n::Lang;
use crate::store::DraftEntry;

#[derive(Debug, Clone, Copy)]
pub struct Context<'a> {
    /// The language every screen is drawn in.
    pub lang: Lang,
    pub theme: Theme,
    /// Which symbols the terminal's font has.
    pub glyphs: Glyphs,
    /// Which key does what, from the defaults and the settings file.
    pub keys: &'a Keymap,
    /// Set once, so drawing never reads the clock.
    pub today: NaiveDate,
    pub width: u16,
    pub height: u16,
    /// The data folder, as shown to the person.
    pub data_dir: &'a str,
    /// The drafts found in the data folder, newest first; the application lists them
    /// again (`Effect::ListDrafts`) and the home screen and the evidence form read them.
    pub drafts: &'a [DraftEntry],
    /// A window (help, say) is open over the screen: no text cursor shows through it.
    pub covered: bool,
    /// The settings as they are now: remembered assessor, school, authority.
    pub config: &'a Config,
    /// Where the folder stands with the folder it is shared through.
    pub sync: &'a super::sharing::SyncState,
}
