//! A map read from a file that refuses a key given twice. serde's own `BTreeMap` keeps the
//! last of two equal keys without a word, so a file could show a reader one value and
//! give wia another; `document::read_document_once` relies on every map of the type it
//! reads refusing them itself (use as `#[serde(deserialize_with = "crate::unique_keys::map")]`).

use std::collections::BTreeMap;
use std::fmt;
use std::marker::PhantomData;

use serde::de::{Deserialize, Deserializer, Error, MapAccess, Visitor};

/// A `BTreeMap<String, V>` as serde reads it, except that a repeated key is an error that
/// names it (the message `domain-duplicate-key`, said where the file is read).
pub fn map<'de, D, V>(d: D) -> Result<BTreeMap<String, V>, D::Error>
where
    D: Deserializer<'de>,
    V: Deserialize<'de>,
{
    struct Unique<V>(PhantomData<V>);

    impl<'de, V: Deserialize<'de>> Visitor<'de> for Unique<V> {
        type Value = BTreeMap<String, V>;

        // serde's words for a `BTreeMap`, so a file that is not a map reads as before.
        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("a map")
        }

        fn visit_map<A: MapAccess<'de>>(self, mut access: A) -> Result<Self::Value, A::Error> {
            let mut out = BTreeMap::new();
            while let Some(key) = access.next_key::<String>()? {
                if out.contains_key(&key) {
                    let key = crate::document::excerpt(&key);
                    return Err(A::Error::custom(crate::t_later!(
                        "domain-duplicate-key",
                        key = key
                    )));
                }
                let value = access.next_value()?;
                out.insert(key, value);
            }
            Ok(out)
        }
    }

    d.deserialize_map(Unique(PhantomData))
}
