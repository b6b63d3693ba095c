//! The record digest: SHA-256 over canonical content, so key order, layout and comments
//! do not matter but any change to a value does.

use serde_yaml::Value;

use super::Record;
use crate::i18n::Lang;
use crate::questionnaire::sha256_hex;
use crate::t;

/// `sha256:` and the hex digest of the record without its `digest` field, written
/// canonically: keys sorted, numbers in their shortest exact form. Content that has no
/// canonical form (a key that is not text, a number that is not finite) is an error,
/// never a digest of something else.
pub fn canonical_digest(record: &Record, lang: Lang) -> Result<String, String> {
    use super::canonical::Problem;
    let mut text = Vec::with_capacity(32 * 1024);
    super::canonical::write(record, &mut text).map_err(|p| match p {
        Problem::NotFinite { path, number } => t!(
            lang,
            "domain-digest-not-finite",
            path = path.as_str(),
            number = number.as_str()
        ),
        Problem::KeyNotText { path } => {
            t!(lang, "domain-digest-key-not-text", path = path.as_str())
        }
        Problem::Tagged { path, tag } => t!(
            lang,
            "domain-digest-tagged",
            path = path.as_str(),
            tag = tag.as_str()
        ),
        Problem::Other(why) => why,
    })?;
    Ok(format!("sha256:{}", sha256_hex(&text)))
}

/// `canonical_digest` as it was first written: the record turned into a
/// `serde_yaml::Value`, which is then walked. The definition the faster one is held to
/// (`tests/digest_canonical.rs`) and measured beside (`benches/cold_list.rs`).
#[doc(hidden)]
pub fn canonical_digest_via_value(record: &Record, lang: Lang) -> Result<String, String> {
    let mut value = serde_yaml::to_value(record).map_err(|e| e.to_string())?;
    if let Value::Mapping(m) = &mut value {
        m.remove("digest");
    }
    let mut text = Vec::with_capacity(32 * 1024);
    canonical(&value, &mut String::new(), &mut text, lang)?;
    Ok(format!("sha256:{}", sha256_hex(&text)))
}

/// `path` is where `v` is (`answers.tasks[0].minutes`), for the messages; each call
/// leaves it as it found it.
fn canonical(v: &Value, path: &mut String, out: &mut Vec<u8>, lang: Lang) -> Result<(), String> {
    match v {
        Value::Null => out.extend_from_slice(b"null"),
        Value::Bool(b) => out.extend_from_slice(if *b { b"true" } else { b"false" }),
        Value::Number(n) => {
            if let Some(i) = n.as_i64() {
                json(out, &i)?;
            } else if let Some(u) = n.as_u64() {
                json(out, &u)?;
            } else {
                let f = n.as_f64().unwrap_or(f64::NAN);
                if !f.is_finite() {
                    return Err(t!(
                        lang,
                        "domain-digest-not-finite",
                        path = path.as_str(),
                        number = n.to_string()
                    ));
                }
                json(out, &f)?;
            }
        }
        Value::String(s) => json(out, s)?,
        Value::Sequence(items) => {
            out.push(b'[');
            let len = path.len();
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(b',');
                }
                use std::fmt::Write;
                let _ = write!(path, "[{i}]");
                canonical(item, path, out, lang)?;
                path.truncate(len);
            }
            out.push(b']');
        }
        Value::Mapping(m) => {
            let mut entries = Vec::with_capacity(m.len());
            for (k, v) in m {
                let Some(key) = k.as_str() else {
                    return Err(t!(lang, "domain-digest-key-not-text", path = path.as_str()));
                };
                entries.push((key, v));
            }
            entries.sort_unstable_by(|a, b| a.0.cmp(b.0));
            out.push(b'{');
            let len = path.len();
            for (i, (k, v)) in entries.iter().enumerate() {
                if i > 0 {
                    out.push(b',');
                }
                json(out, k)?;
                out.push(b':');
                if len > 0 {
                    path.push('.');
                }
                path.push_str(k);
                canonical(v, path, out, lang)?;
                path.truncate(len);
            }
            out.push(b'}');
        }
        Value::Tagged(tagged) => {
            return Err(t!(
                lang,
                "domain-digest-tagged",
                path = path.as_str(),
                tag = tagged.tag.to_string()
            ));
        }
    }
    Ok(())
}

/// `v` as serde_json writes it (text quoted and escaped, a number in the shortest form
/// that reads back as the same number), straight into `out` rather than a string a value.
fn json<T: serde::Serialize + ?Sized>(out: &mut Vec<u8>, v: &T) -> Result<(), String> {
    serde_json::to_writer(out, v).map_err(|e| e.to_string())
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Integrity {
    /// The digest matches and the file is byte for byte what `wia` wrote.
    Intact,
    /// The digest matches but the layout or comments were changed.
    IntactReformatted,
    /// The content no longer matches the digest.
    Altered { stored: String, actual: String },
    /// The content cannot be digested at all, so it cannot be what `wia` wrote.
    Undigestible(String),
    /// The record carries no digest.
    Unsigned,
    /// The content matches its digest, but the file is named after another id: a copy of
    /// one record saved under another's name.
    Renamed { file: String, holds: String },
}

/// Check a record read from the file `path` against its digest and against the file's
/// name, by the rule the list uses: a file is named after the id it holds.
pub fn check_file_integrity(
    record: &Record,
    text: &str,
    path: &std::path::Path,
    lang: Lang,
) -> Integrity {
    let found = check_integrity(record, text, lang);
    let file = path.file_stem().map(|s| s.to_string_lossy().into_owned());
    match (found, file) {
        (Integrity::Intact | Integrity::IntactReformatted, Some(file)) if file != record.id => {
            Integrity::Renamed {
                file,
                holds: record.id.clone(),
            }
        }
        (found, _) => found,
    }
}

/// Check a record read from `text` against its digest.
pub fn check_integrity(record: &Record, text: &str, lang: Lang) -> Integrity {
    let actual = match canonical_digest(record, lang) {
        Ok(d) => d,
        Err(why) => return Integrity::Undigestible(why),
    };
    match &record.digest {
        None => Integrity::Unsigned,
        Some(stored) if *stored != actual => Integrity::Altered {
            stored: stored.clone(),
            actual,
        },
        Some(_) if record.to_yaml() == text || record.to_yaml_before_yaml11_quoting() == text => {
            Integrity::Intact
        }
        Some(_) => Integrity::IntactReformatted,
    }
}
