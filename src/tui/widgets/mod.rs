//! Pieces drawn on more than one screen.

pub mod hours_bar;
pub mod score_panel;
pub mod text_field;
