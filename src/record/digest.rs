//! The record digest: SHA-256 over canonical content, so key order and layout do not
//! matter but any change to a value does.

use super::Record;
use crate::questionnaire::sha256_hex;

/// Canonical content is the record without its digest, as JSON with keys sorted.
pub fn canonical_digest(record: &Record) -> String {
    let mut copy = record.clone();
    copy.digest = None;
    // serde_json's map keeps keys sorted, which makes the text canonical.
    let value = serde_json::to_value(&copy).unwrap_or(serde_json::Value::Null);
    let text = serde_json::to_string(&value).unwrap_or_default();
    format!("sha256:{}", sha256_hex(text.as_bytes()))
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Integrity {
    /// The digest matches and the file is byte for byte what `wia` wrote.
    Intact,
    /// The digest matches but the layout or comments were changed.
    IntactReformatted,
    /// The content no longer matches the digest.
    Altered { stored: String, actual: String },
    /// The record carries no digest.
    Unsigned,
}

/// Check a record read from `text` against its digest.
pub fn check_integrity(record: &Record, text: &str) -> Integrity {
    let actual = canonical_digest(record);
    match &record.digest {
        None => Integrity::Unsigned,
        Some(stored) if *stored != actual => Integrity::Altered {
            stored: stored.clone(),
            actual,
        },
        Some(_) if record.to_yaml() == text => Integrity::Intact,
        Some(_) => Integrity::IntactReformatted,
    }
}
