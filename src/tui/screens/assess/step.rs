//! What a key did on a page of the assessment screen (the questions, the task editor,
//! the own review), before the screen makes it its `Reply`. Below the screen and its
//! pages alike, so that a page answers without knowing the screen that holds it.

/// What a key did in one of the screen's modes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    None,
    /// An answer changed: save the draft.
    Changed,
    /// Enter on the last question that applies: the answer is kept, and nothing follows.
    LastQuestion,
    Home,
    Finalise,
    ConfirmDelete(usize),
    /// Leave the page for the questions.
    Leave,
    /// Leave the page for the question with this id, to edit its answer.
    Edit(String),
}
