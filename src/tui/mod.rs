//! The full-screen interface, in The Elm Architecture: `model` is all the state, `msg`
//! what can happen, `update` the only code that changes the model (and it does no I/O),
//! `view` draws it, and `runtime` is the one loop that touches the terminal and the disk.

pub mod app;
pub mod assessment;
pub mod component;
pub mod context;
mod draft_writer;
pub mod glyphs;
pub mod keymap;
pub mod keys;
pub mod model;
pub mod msg;
pub mod overlay;
mod read_only;
mod review_loader;
pub mod runtime;
mod runtime_review;
pub mod screens;
pub mod sharing;
mod signals;
pub mod signing;
pub mod style;
pub mod sync_worker;
pub mod update;
pub mod view;
pub mod widgets;
mod wrap;

pub use model::Model;
pub use msg::{Effect, Msg};
pub use runtime::{Options, run};
pub use update::update;
pub use view::view;
