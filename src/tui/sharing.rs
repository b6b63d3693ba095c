//! Where the data folder stands with the folder it is shared through, as the home screen
//! shows it, and the sync under way if there is one.

use crate::sync::{Stage, Status};

/// What is known of the folder's sharing; looked up off the screen's thread
/// (`Effect::SyncStatus`), so a large folder never holds up a frame.
#[derive(Debug, Clone, Default)]
pub enum Sharing {
    /// Not looked up yet: the home screen says nothing rather than guess.
    #[default]
    Unknown,
    /// The folder is not a shared repository.
    NotShared,
    /// It is, but the git program is missing, so it cannot sync.
    NoGit,
    Shared(Box<Status>),
    /// Looking it up failed: why, in words.
    Failed(String),
}

#[derive(Debug, Clone, Default)]
pub struct SyncState {
    pub sharing: Sharing,
    /// The stage of the sync under way, if one is.
    pub running: Option<Stage>,
    /// Quit was asked for once while a sync was under way: a second time quits anyway.
    pub quit_asked: bool,
}

impl SyncState {
    pub fn is_shared(&self) -> bool {
        matches!(self.sharing, Sharing::Shared(_))
    }
}
