//! A fast reading of the YAML layout wia itself writes, for the files read by the thousand
//! (records, when a folder is listed for the first time).
//!
//! The general reader (the gate, then `yaml_serde`) reads about 40 MB of YAML a second on
//! the development machine, which put the first listing of 10,000 records (240 MB) at
//! several seconds whatever else was done (issue 18). No YAML crate measured was faster
//! (serde-saphyr half as fast again, yaml-rust2's loader 1.5 x). This module reads only
//! the block layout `yaml_serde`'s writer produces: block mappings and lists, plain,
//! quoted and literal texts, `{}` and `[]`, whole-line comments. On anything else
//! (anchors, tags, flow collections, folded texts, tabs, a line it cannot be sure of) it
//! gives up and the caller reads the text the general way, which also reports every
//! problem. When it does give a value, the value is the one `yaml_serde` gives for the
//! same text: the deserializer here follows `yaml_serde`'s own rules for each kind of
//! value (`tests/yaml_fast.rs` holds the two to the same results).

mod de;
mod events;
mod scalar;

use serde::de::DeserializeOwned;

/// `text` read as `T` when it is in wia's own layout and reads without error; `None`
/// otherwise, and then the text must be read the general way. Stricter than the gate
/// (`crate::yaml_gate`) in every limit, so nothing the gate refuses is read here.
pub fn from_str<T: DeserializeOwned>(text: &str) -> Option<T> {
    let events = events::events(text)?;
    de::from_events(&events)
}
