//! The version of the shape of each JSON output, one schema each in docs/schemas/. A
//! script reads `schema_version` before anything else; a change that could break a
//! reader (a field removed, renamed or retyped, a value's meaning or unit changed, a new
//! value in a closed list) raises the number, while a new optional field does not.
//! tests/json_schemas.rs checks every output against its schema and this number against
//! the schema's `const`.

use serde::Serialize;

/// `wia score --format json`.
pub const SCORE: u32 = 1;
/// `wia list --format json`: carried by every row, since the list is an array.
pub const LIST: u32 = 1;
/// `wia diff --format json`.
pub const DIFF: u32 = 1;
/// `wia evidence report --format json`.
pub const EVIDENCE_REPORT: u32 = 1;
/// `wia portfolio --format json`.
pub const PORTFOLIO: u32 = 1;
/// `wia tabulate --format json`.
pub const TABULATE: u32 = 1;

/// A value written with `schema_version` beside its own fields, so the domain's types
/// need not carry the number of a shape only the JSON writers promise.
#[derive(Serialize)]
pub struct Versioned<'a, T: Serialize> {
    pub schema_version: u32,
    #[serde(flatten)]
    pub body: &'a T,
}

impl<'a, T: Serialize> Versioned<'a, T> {
    pub fn new(schema_version: u32, body: &'a T) -> Self {
        Versioned {
            schema_version,
            body,
        }
    }
}
