//! All the state of the interface, as plain data.

use super::assessment::{Assessment, Source};
use super::context::Context;
use super::msg::Finished;
use super::screens::assess::AssessScreen;
pub use super::screens::assessor::AssessorForm;
pub use super::screens::home::Home;
pub use super::style::Theme;
use crate::config::Config;
use crate::i18n::Lang;
use crate::store::DraftEntry;

/// The context lent from a model's fields, written once for `context` and `split`; a
/// macro because `split` must borrow the fields apart from the screen, which a function
/// taking `&self` could not.
macro_rules! context_of {
    ($m:expr) => {
        Context {
            lang: $m.lang,
            theme: $m.theme,
            glyphs: $m.glyphs,
            keys: &$m.keys,
            today: $m.today,
            width: $m.width,
            height: $m.height,
            data_dir: &$m.data_dir,
            drafts: &$m.drafts,
            covered: $m.overlay.is_some(),
            config: &$m.config,
            sync: &$m.sync,
        }
    };
}

#[derive(Debug, Clone)]
pub struct Model {
    pub screen: Screen,
    pub overlay: Option<Overlay>,
    pub width: u16,
    pub height: u16,
    pub theme: Theme,
    /// Which symbols the terminal's font has (see `glyphs`).
    pub glyphs: super::glyphs::Glyphs,
    pub notice: Option<Notice>,
    pub config: Config,
    /// Drafts found in the data directory, newest first, for the home screen.
    pub drafts: Vec<DraftEntry>,
    /// The questionnaire a new assessment uses.
    pub source: Source,
    pub data_dir: String,
    /// The language every screen is drawn in; switching it redraws at once, in place.
    pub lang: Lang,
    /// The evidence form's default date; set once, so drawing never reads the clock.
    pub today: chrono::NaiveDate,
    /// Which key does what, from the defaults and the settings file; never changes.
    pub keys: std::sync::Arc<super::keymap::Keymap>,
    /// Where the folder stands with the folder it is shared through, and any sync under way.
    pub sync: super::sharing::SyncState,
    pub quit: bool,
}

#[derive(Debug, Clone)]
pub enum Screen {
    Home(Home),
    Assessor(AssessorForm),
    Assess(Box<AssessScreen>),
    Done(Finished),
    /// Review mode: saved records, read, compared and responded to.
    Review(Box<super::screens::review_mode::ReviewScreen>),
    /// `wia log`: the evidence form.
    Log(Box<super::screens::log_form::LogForm>),
    /// The cumulative workload of every assessed policy, by term and role.
    Portfolio(Box<super::screens::portfolio::PortfolioScreen>),
}

#[derive(Debug, Clone, PartialEq)]
pub enum Overlay {
    Help {
        scroll: u16,
    },
    Breakdown {
        scroll: u16,
    },
    Problems {
        cursor: usize,
    },
    ConfirmDelete {
        row: usize,
    },
    /// A step that cannot be undone, or a choice the person should make, asked first.
    Confirm(Confirm),
    /// Why a revision revises its record, asked before it is finalised.
    Reason {
        field: super::widgets::text_field::TextField,
        /// Why the last reason given was refused.
        problem: Option<String>,
    },
    /// The signing key's passphrase, typed hidden, to sign files just saved.
    Passphrase {
        typed: super::msg::Secret,
        target: super::msg::SignTarget,
        /// Why the last passphrase did not sign.
        problem: Option<String>,
    },
    /// Logged evidence, over the task editor.
    Evidence {
        view: Box<super::screens::evidence::EvidenceView>,
        /// The row (the policy, then each cause) Enter would cite.
        cursor: usize,
    },
}

/// What a confirmation window asks about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Confirm {
    /// Finalising: a final record can never be edited again.
    Finalise,
    /// `R` on a record whose revision is already begun: resume that draft (its id) rather
    /// than start a second, which could only fork the chain.
    ResumeRevision { draft: String, record: String },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    pub text: String,
    pub error: bool,
    /// A draft that could not be written: the next write that succeeds clears it.
    pub unsaved: bool,
    /// It counts the problems that stop finalising: said again as they change, gone when
    /// none are left, so the count on screen is never an old one.
    pub problems: bool,
}

impl Model {
    pub fn new(
        source: Source,
        config: Config,
        drafts: Vec<DraftEntry>,
        data_dir: String,
        lang: Lang,
    ) -> Self {
        let (keys, warnings) = super::keymap::from_config(&config, lang);
        // Shown at once; a warning about the settings file itself, if any, comes later
        // and replaces it, being the bigger trouble.
        let notice = (!warnings.is_empty()).then(|| Notice {
            text: warnings.join("; "),
            error: true,
            unsaved: false,
            problems: false,
        });
        Model {
            screen: Screen::Home(Home::default()),
            overlay: None,
            width: 80,
            height: 24,
            theme: Theme { color: true },
            glyphs: Default::default(),
            notice,
            config,
            drafts,
            source,
            data_dir,
            lang,
            today: super::screens::log_form::today(),
            keys: std::sync::Arc::new(keys),
            sync: Default::default(),
            quit: false,
        }
    }

    pub fn assessment(&self) -> Option<&Assessment> {
        match &self.screen {
            Screen::Assess(s) => Some(&s.a),
            _ => None,
        }
    }

    /// What the screens may read, lent for one key or one frame.
    pub fn context(&self) -> Context<'_> {
        context_of!(self)
    }

    /// The screen to change, and beside it what it may read.
    pub fn split(&mut self) -> (&mut Screen, Context<'_>) {
        let ctx = context_of!(self);
        (&mut self.screen, ctx)
    }

    pub fn info(&mut self, text: impl Into<String>) {
        self.notice = Some(Notice {
            text: text.into(),
            error: false,
            unsaved: false,
            problems: false,
        });
    }

    pub fn error(&mut self, text: impl Into<String>) {
        self.notice = Some(Notice {
            text: text.into(),
            error: true,
            unsaved: false,
            problems: false,
        });
    }
}
