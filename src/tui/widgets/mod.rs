//! Pieces drawn on more than one screen.

pub mod score_panel;
pub mod text_field;
