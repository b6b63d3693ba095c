//! The record's canonical form (the text its digest is taken over) written straight from
//! its fields: keys sorted, text and numbers as serde_json writes them. It is byte for
//! byte what the record turned into a `serde_yaml::Value` and written out gives
//! (`digest::canonical_digest_via_value`, which the tests hold it to), including which
//! problem is named when there are several, without building that copy of the record:
//! the copy was half the digest's time, and the digest a fifth of a first listing's.

use std::borrow::Cow;
use std::fmt::{self, Display};
use std::ops::Range;

use serde::Serialize;
use serde::ser::{self, Impossible};

/// Why a record has no canonical form, named where it is.
#[derive(Debug)]
pub(super) enum Problem {
    NotFinite { path: String, number: String },
    KeyNotText { path: String },
    Tagged { path: String, tag: String },
    Other(String),
}

impl Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{self:?}")
    }
}

impl std::error::Error for Problem {}

impl ser::Error for Problem {
    fn custom<T: Display>(msg: T) -> Self {
        Problem::Other(msg.to_string())
    }
}

type Result<T> = std::result::Result<T, Problem>;

type Entry = (Cow<'static, str>, Range<usize>, Option<Problem>);

/// Buffers a closed mapping gives back for the next: a record has hundreds of small
/// mappings (every estimate is one), and two allocations each were most of the cost left.
#[derive(Default)]
struct Pool {
    bytes: Vec<Vec<u8>>,
    entries: Vec<Vec<Entry>>,
}

/// `value`'s canonical form appended to `out`, without its top-level `digest` field.
pub(super) fn write<T: Serialize + ?Sized>(value: &T, out: &mut Vec<u8>) -> Result<()> {
    let mut path = String::new();
    value.serialize(Canon {
        out,
        path: &mut path,
        top: true,
        pool: &mut Pool::default(),
    })
}

fn json<T: Serialize + ?Sized>(out: &mut Vec<u8>, v: &T) -> Result<()> {
    serde_json::to_writer(out, v).map_err(|e| Problem::Other(e.to_string()))
}

/// A text as serde_json writes it. Most texts need no escape (serde_json escapes only
/// control characters, `"` and `\`): those are copied whole, found 32 bytes at a time,
/// rather than looked at a byte at a time by serde_json (a tenth of the digest's time).
fn text(out: &mut Vec<u8>, v: &str) -> Result<()> {
    let escaped = |run: &[u8]| {
        run.iter().fold(0u8, |acc, &b| {
            acc | u8::from(b < b' ' || b == b'"' || b == b'\\')
        }) != 0
    };
    if v.as_bytes().chunks(32).any(escaped) {
        return json(out, v);
    }
    out.reserve(v.len() + 2);
    out.push(b'"');
    out.extend_from_slice(v.as_bytes());
    out.push(b'"');
    Ok(())
}

struct Canon<'a> {
    out: &'a mut Vec<u8>,
    /// Where the value is (`answers.tasks[0].minutes`); left as found.
    path: &'a mut String,
    /// The record itself, whose `digest` is left out.
    top: bool,
    pool: &'a mut Pool,
}

impl<'a> Canon<'a> {
    fn float(self, v: f64) -> Result<()> {
        if !v.is_finite() {
            // As a YAML number says itself.
            let number = match v {
                _ if v.is_nan() => ".nan",
                _ if v.is_sign_negative() => "-.inf",
                _ => ".inf",
            };
            return Err(Problem::NotFinite {
                path: self.path.clone(),
                number: number.to_string(),
            });
        }
        json(self.out, &v)
    }

    fn tagged(self, variant: &str) -> Result<()> {
        Err(Problem::Tagged {
            path: self.path.clone(),
            tag: format!("!{variant}"),
        })
    }

    fn mapping(self) -> Mapping<'a> {
        Mapping {
            out: self.out,
            path: self.path,
            top: self.top,
            scratch: self.pool.bytes.pop().unwrap_or_default(),
            entries: self.pool.entries.pop().unwrap_or_default(),
            pool: self.pool,
            key: None,
            bad_key: false,
        }
    }
}

impl<'a> ser::Serializer for Canon<'a> {
    type Ok = ();
    type Error = Problem;
    type SerializeSeq = Sequence<'a>;
    type SerializeTuple = Sequence<'a>;
    type SerializeTupleStruct = Sequence<'a>;
    type SerializeTupleVariant = Impossible<(), Problem>;
    type SerializeMap = Mapping<'a>;
    type SerializeStruct = Mapping<'a>;
    type SerializeStructVariant = Impossible<(), Problem>;

    fn serialize_bool(self, v: bool) -> Result<()> {
        json(self.out, &v)
    }
    fn serialize_i8(self, v: i8) -> Result<()> {
        json(self.out, &v)
    }
    fn serialize_i16(self, v: i16) -> Result<()> {
        json(self.out, &v)
    }
    fn serialize_i32(self, v: i32) -> Result<()> {
        json(self.out, &v)
    }
    fn serialize_i64(self, v: i64) -> Result<()> {
        json(self.out, &v)
    }
    fn serialize_i128(self, v: i128) -> Result<()> {
        // A YAML value holds an integer this wide only as text.
        match (u64::try_from(v), i64::try_from(v)) {
            (Ok(u), _) => json(self.out, &u),
            (_, Ok(i)) => json(self.out, &i),
            _ => json(self.out, &v.to_string()),
        }
    }
    fn serialize_u8(self, v: u8) -> Result<()> {
        json(self.out, &v)
    }
    fn serialize_u16(self, v: u16) -> Result<()> {
        json(self.out, &v)
    }
    fn serialize_u32(self, v: u32) -> Result<()> {
        json(self.out, &v)
    }
    fn serialize_u64(self, v: u64) -> Result<()> {
        json(self.out, &v)
    }
    fn serialize_u128(self, v: u128) -> Result<()> {
        match u64::try_from(v) {
            Ok(u) => json(self.out, &u),
            Err(_) => json(self.out, &v.to_string()),
        }
    }
    fn serialize_f32(self, v: f32) -> Result<()> {
        self.float(f64::from(v))
    }
    fn serialize_f64(self, v: f64) -> Result<()> {
        self.float(v)
    }
    fn serialize_char(self, v: char) -> Result<()> {
        json(self.out, &v)
    }
    fn serialize_str(self, v: &str) -> Result<()> {
        text(self.out, v)
    }
    fn serialize_bytes(self, v: &[u8]) -> Result<()> {
        json(self.out, v)
    }
    fn serialize_none(self) -> Result<()> {
        self.out.extend_from_slice(b"null");
        Ok(())
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<()> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<()> {
        self.serialize_none()
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<()> {
        self.serialize_none()
    }
    fn serialize_unit_variant(self, _: &'static str, _: u32, variant: &'static str) -> Result<()> {
        json(self.out, variant)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        value: &T,
    ) -> Result<()> {
        value.serialize(self)
    }
    // A variant with content is a tagged value in YAML, which has no canonical form.
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: &T,
    ) -> Result<()> {
        self.tagged(variant)
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Impossible<(), Problem>> {
        Err(self.tagged(variant).unwrap_err())
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Impossible<(), Problem>> {
        Err(self.tagged(variant).unwrap_err())
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Sequence<'a>> {
        self.out.push(b'[');
        Ok(Sequence {
            out: self.out,
            path: self.path,
            index: 0,
            pool: self.pool,
        })
    }
    fn serialize_tuple(self, len: usize) -> Result<Sequence<'a>> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_struct(self, _: &'static str, len: usize) -> Result<Sequence<'a>> {
        self.serialize_seq(Some(len))
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Mapping<'a>> {
        Ok(self.mapping())
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Mapping<'a>> {
        Ok(self.mapping())
    }
}

struct Sequence<'a> {
    out: &'a mut Vec<u8>,
    path: &'a mut String,
    index: usize,
    pool: &'a mut Pool,
}

impl Sequence<'_> {
    fn item<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<()> {
        if self.index > 0 {
            self.out.push(b',');
        }
        let len = self.path.len();
        // Without the formatting machinery: every item of every list comes here.
        self.path.push('[');
        self.path.push_str(itoa::Buffer::new().format(self.index));
        self.path.push(']');
        self.index += 1;
        let done = value.serialize(Canon {
            out: self.out,
            path: self.path,
            top: false,
            pool: self.pool,
        });
        self.path.truncate(len);
        done
    }

    fn close(self) -> Result<()> {
        self.out.push(b']');
        Ok(())
    }
}

macro_rules! sequence_like {
    ($($trait:ident, $method:ident);*) => {
        $(impl ser::$trait for Sequence<'_> {
            type Ok = ();
            type Error = Problem;
            fn $method<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<()> {
                self.item(value)
            }
            fn end(self) -> Result<()> {
                self.close()
            }
        })*
    };
}

sequence_like!(SerializeSeq, serialize_element; SerializeTuple, serialize_element;
    SerializeTupleStruct, serialize_field);

/// A mapping's entries, each value written into `scratch` as it comes and the whole
/// written in key order at the end. A value's problem waits its turn in that order, and a
/// key that is not text is named before any of them, as the `Value` walk names them.
struct Mapping<'a> {
    out: &'a mut Vec<u8>,
    path: &'a mut String,
    top: bool,
    scratch: Vec<u8>,
    entries: Vec<Entry>,
    pool: &'a mut Pool,
    /// The key of the value to come.
    key: Option<Cow<'static, str>>,
    bad_key: bool,
}

impl Mapping<'_> {
    fn value<T: Serialize + ?Sized>(&mut self, key: Cow<'static, str>, value: &T) {
        let len = self.path.len();
        if len > 0 {
            self.path.push('.');
        }
        self.path.push_str(&key);
        let start = self.scratch.len();
        let problem = value
            .serialize(Canon {
                out: &mut self.scratch,
                path: self.path,
                top: false,
                pool: self.pool,
            })
            .err();
        self.path.truncate(len);
        self.entries.push((key, start..self.scratch.len(), problem));
    }

    fn close(mut self) -> Result<()> {
        if self.bad_key {
            return Err(Problem::KeyNotText {
                path: self.path.clone(),
            });
        }
        self.entries.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        self.out.push(b'{');
        for (i, (key, range, problem)) in self.entries.drain(..).enumerate() {
            if let Some(problem) = problem {
                return Err(problem);
            }
            if i > 0 {
                self.out.push(b',');
            }
            text(self.out, key.as_ref())?;
            self.out.push(b':');
            self.out.extend_from_slice(&self.scratch[range]);
        }
        self.out.push(b'}');
        self.scratch.clear();
        self.pool.bytes.push(self.scratch);
        self.pool.entries.push(self.entries);
        Ok(())
    }
}

impl ser::SerializeMap for Mapping<'_> {
    type Ok = ();
    type Error = Problem;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<()> {
        match key.serialize(KeyText)? {
            Key::Text(text) => self.key = Some(Cow::Owned(text)),
            Key::NotText => {
                self.bad_key = true;
                self.key = Some(Cow::Borrowed(""));
            }
            // A tagged value is written as a mapping of one entry, its tag the key.
            Key::Tag(tag) => {
                return Err(Problem::Tagged {
                    path: self.path.clone(),
                    tag,
                });
            }
        }
        Ok(())
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<()> {
        let key = self.key.take().unwrap_or_default();
        if self.bad_key {
            // Named before anything else; what follows is not written.
            return Ok(());
        }
        self.value(key, value);
        Ok(())
    }
    fn end(self) -> Result<()> {
        self.close()
    }
}

impl ser::SerializeStruct for Mapping<'_> {
    type Ok = ();
    type Error = Problem;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<()> {
        if !(self.top && key == "digest") {
            self.value(Cow::Borrowed(key), value);
        }
        Ok(())
    }
    fn end(self) -> Result<()> {
        self.close()
    }
}

enum Key {
    Text(String),
    NotText,
    Tag(String),
}

/// What a mapping key is: text (a tagged text too, as `Value::as_str` reads it), a tag (a
/// tagged value is written as a mapping of one entry whose key is the tag, written with
/// `collect_str` as `!` and the tag), or anything else.
struct KeyText;

macro_rules! not_text {
    ($($name:ident: $t:ty),*) => {
        $(fn $name(self, _: $t) -> Result<Key> {
            Ok(Key::NotText)
        })*
    };
}

impl ser::Serializer for KeyText {
    type Ok = Key;
    type Error = Problem;
    type SerializeSeq = KeyCompound;
    type SerializeTuple = KeyCompound;
    type SerializeTupleStruct = KeyCompound;
    type SerializeTupleVariant = KeyCompound;
    type SerializeMap = KeyCompound;
    type SerializeStruct = KeyCompound;
    type SerializeStructVariant = KeyCompound;

    not_text!(serialize_bool: bool, serialize_i8: i8, serialize_i16: i16, serialize_i32: i32,
        serialize_i64: i64, serialize_u8: u8, serialize_u16: u16, serialize_u32: u32,
        serialize_u64: u64, serialize_f32: f32, serialize_f64: f64, serialize_bytes: &[u8],
        serialize_unit_struct: &'static str);

    fn serialize_str(self, v: &str) -> Result<Key> {
        Ok(Key::Text(v.to_string()))
    }
    fn serialize_char(self, v: char) -> Result<Key> {
        Ok(Key::Text(v.to_string()))
    }
    fn serialize_unit_variant(self, _: &'static str, _: u32, variant: &'static str) -> Result<Key> {
        Ok(Key::Text(variant.to_string()))
    }
    fn collect_str<T: Display + ?Sized>(self, value: &T) -> Result<Key> {
        let text = value.to_string();
        Ok(if text.starts_with('!') {
            Key::Tag(text)
        } else {
            Key::Text(text)
        })
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        value: &T,
    ) -> Result<Key> {
        value.serialize(self)
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<Key> {
        value.serialize(self)
    }
    fn serialize_none(self) -> Result<Key> {
        Ok(Key::NotText)
    }
    fn serialize_unit(self) -> Result<Key> {
        Ok(Key::NotText)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result<Key> {
        Ok(Key::NotText)
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<KeyCompound> {
        Ok(KeyCompound::default())
    }
    fn serialize_tuple(self, _: usize) -> Result<KeyCompound> {
        Ok(KeyCompound::default())
    }
    fn serialize_tuple_struct(self, _: &'static str, _: usize) -> Result<KeyCompound> {
        Ok(KeyCompound::default())
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<KeyCompound> {
        Ok(KeyCompound::default())
    }
    fn serialize_map(self, _: Option<usize>) -> Result<KeyCompound> {
        Ok(KeyCompound::default())
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<KeyCompound> {
        Ok(KeyCompound::default())
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<KeyCompound> {
        Ok(KeyCompound::default())
    }
}

/// A list or mapping as a key: not text, unless it is a tagged value (one entry, its key
/// the tag) whose value is text.
#[derive(Default)]
struct KeyCompound {
    entries: usize,
    tagged: bool,
    inner: Option<Key>,
}

impl KeyCompound {
    fn key(self) -> Key {
        match (self.tagged && self.entries == 1, self.inner) {
            (true, Some(Key::Text(text))) => Key::Text(text),
            _ => Key::NotText,
        }
    }
}

impl ser::SerializeMap for KeyCompound {
    type Ok = Key;
    type Error = Problem;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<()> {
        self.entries += 1;
        self.tagged = self.entries == 1 && matches!(key.serialize(KeyText), Ok(Key::Tag(_)));
        Ok(())
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<()> {
        if self.tagged && self.entries == 1 {
            self.inner = value.serialize(KeyText).ok();
        }
        Ok(())
    }
    fn end(self) -> Result<Key> {
        Ok(self.key())
    }
}

macro_rules! ignored {
    ($($trait:ident, $method:ident);*) => {
        $(impl ser::$trait for KeyCompound {
            type Ok = Key;
            type Error = Problem;
            fn $method<T: Serialize + ?Sized>(&mut self, _: &T) -> Result<()> {
                Ok(())
            }
            fn end(self) -> Result<Key> {
                Ok(Key::NotText)
            }
        })*
    };
}

ignored!(SerializeSeq, serialize_element; SerializeTuple, serialize_element;
    SerializeTupleStruct, serialize_field; SerializeTupleVariant, serialize_field);

impl ser::SerializeStruct for KeyCompound {
    type Ok = Key;
    type Error = Problem;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, _: &'static str, _: &T) -> Result<()> {
        Ok(())
    }
    fn end(self) -> Result<Key> {
        Ok(Key::NotText)
    }
}

impl ser::SerializeStructVariant for KeyCompound {
    type Ok = Key;
    type Error = Problem;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, _: &'static str, _: &T) -> Result<()> {
        Ok(())
    }
    fn end(self) -> Result<Key> {
        Ok(Key::NotText)
    }
}
