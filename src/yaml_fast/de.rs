//! Events to any `Deserialize` type, by `yaml_serde`'s rules (its `DeserializerFromEvents`):
//! what each kind of value accepts of a plain or a quoted text, when a list or a mapping
//! may be empty text, and what an option's null is. Tags, aliases and enums written as
//! mappings never reach here (the events have none). Any error is only "read this the
//! general way", so errors carry nothing.

use std::fmt;

use serde::de::{self, DeserializeOwned, DeserializeSeed, IntoDeserializer, Visitor};

use super::events::Event;
use super::scalar::{
    digits_but_not_number, parse_bool, parse_f64, parse_negative_int, parse_null, parse_signed_int,
    parse_unsigned_int,
};

#[derive(Debug)]
pub(crate) struct GiveUp;

impl fmt::Display for GiveUp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("not read here")
    }
}

impl std::error::Error for GiveUp {}

impl de::Error for GiveUp {
    fn custom<T: fmt::Display>(_: T) -> Self {
        GiveUp
    }
}

type Result<T> = std::result::Result<T, GiveUp>;

pub(crate) fn from_events<T: DeserializeOwned>(events: &[Event<'_>]) -> Option<T> {
    let mut de = De { events, pos: 0 };
    let value = T::deserialize(&mut de).ok()?;
    (de.pos == events.len()).then_some(value)
}

struct De<'e, 'a> {
    events: &'e [Event<'a>],
    pos: usize,
}

impl<'e, 'a> De<'e, 'a> {
    fn peek(&self) -> Result<&'e Event<'a>> {
        self.events.get(self.pos).ok_or(GiveUp)
    }

    fn next(&mut self) -> Result<&'e Event<'a>> {
        let event = self.peek()?;
        self.pos += 1;
        Ok(event)
    }

    /// A plain text, for the kinds of value only a plain text can be.
    fn next_plain(&mut self) -> Result<&'e str> {
        match self.next()? {
            Event::Scalar { value, plain: true } => Ok(value),
            _ => Err(GiveUp),
        }
    }

    fn visit_sequence<'de, V: Visitor<'de>>(&mut self, visitor: V) -> Result<V::Value> {
        let value = visitor.visit_seq(Seq { de: self })?;
        // What the visitor left unread is an error to `yaml_serde` too.
        match self.next()? {
            Event::SequenceEnd => Ok(value),
            _ => Err(GiveUp),
        }
    }

    fn visit_mapping<'de, V: Visitor<'de>>(&mut self, visitor: V) -> Result<V::Value> {
        let value = visitor.visit_map(Map { de: self })?;
        match self.next()? {
            Event::MappingEnd => Ok(value),
            _ => Err(GiveUp),
        }
    }

    fn skip(&mut self) -> Result<()> {
        let mut depth = 0usize;
        loop {
            match self.next()? {
                Event::SequenceStart | Event::MappingStart => depth += 1,
                Event::SequenceEnd | Event::MappingEnd => depth -= 1,
                Event::Scalar { .. } => {}
            }
            if depth == 0 {
                return Ok(());
            }
        }
    }
}

/// `yaml_serde`'s `visit_untagged_scalar`.
fn plain_any<'de, V: Visitor<'de>>(visitor: V, v: &str) -> Result<V::Value> {
    // Nothing else can begin a null, a boolean or a number (an infinity or NaN is one
    // only after a dot), so anything else is a text without trying each of those: most
    // of a record's answers are words.
    let maybe_not_text = |c: char| {
        c.is_ascii_digit() || matches!(c, '+' | '-' | '.' | '~' | 'n' | 'N' | 't' | 'T' | 'f' | 'F')
    };
    if !v.starts_with(maybe_not_text) && !v.is_empty() {
        return visitor.visit_str(v);
    }
    if v.is_empty() || parse_null(v) {
        return visitor.visit_unit();
    }
    if let Some(boolean) = parse_bool(v) {
        return visitor.visit_bool(boolean);
    }
    if let Some(int) = parse_unsigned_int(v, u64::from_str_radix) {
        return visitor.visit_u64(int);
    }
    if let Some(int) = parse_negative_int(v, i64::from_str_radix) {
        return visitor.visit_i64(int);
    }
    if let Some(int) = parse_unsigned_int(v, u128::from_str_radix) {
        return visitor.visit_u128(int);
    }
    if let Some(int) = parse_negative_int(v, i128::from_str_radix) {
        return visitor.visit_i128(int);
    }
    if !digits_but_not_number(v)
        && let Some(float) = parse_f64(v)
    {
        return visitor.visit_f64(float);
    }
    visitor.visit_str(v)
}

impl<'de> de::Deserializer<'de> for &mut De<'_, '_> {
    type Error = GiveUp;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        match self.next()? {
            Event::Scalar { value, plain: true } => plain_any(visitor, value),
            Event::Scalar { value, .. } => visitor.visit_str(value),
            Event::SequenceStart => self.visit_sequence(visitor),
            Event::MappingStart => self.visit_mapping(visitor),
            _ => Err(GiveUp),
        }
    }

    fn deserialize_bool<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        visitor.visit_bool(parse_bool(self.next_plain()?).ok_or(GiveUp)?)
    }

    fn deserialize_i8<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.deserialize_i64(visitor)
    }

    fn deserialize_i16<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.deserialize_i64(visitor)
    }

    fn deserialize_i32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.deserialize_i64(visitor)
    }

    fn deserialize_i64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        let v = self.next_plain()?;
        visitor.visit_i64(parse_signed_int(v, i64::from_str_radix).ok_or(GiveUp)?)
    }

    fn deserialize_i128<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        let v = self.next_plain()?;
        visitor.visit_i128(parse_signed_int(v, i128::from_str_radix).ok_or(GiveUp)?)
    }

    fn deserialize_u8<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.deserialize_u64(visitor)
    }

    fn deserialize_u16<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.deserialize_u64(visitor)
    }

    fn deserialize_u32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.deserialize_u64(visitor)
    }

    fn deserialize_u64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        let v = self.next_plain()?;
        visitor.visit_u64(parse_unsigned_int(v, u64::from_str_radix).ok_or(GiveUp)?)
    }

    fn deserialize_u128<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        let v = self.next_plain()?;
        visitor.visit_u128(parse_unsigned_int(v, u128::from_str_radix).ok_or(GiveUp)?)
    }

    fn deserialize_f32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.deserialize_f64(visitor)
    }

    fn deserialize_f64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        visitor.visit_f64(parse_f64(self.next_plain()?).ok_or(GiveUp)?)
    }

    fn deserialize_char<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.deserialize_str(visitor)
    }

    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        match self.next()? {
            Event::Scalar { value, .. } => visitor.visit_str(value),
            _ => Err(GiveUp),
        }
    }

    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.deserialize_str(visitor)
    }

    fn deserialize_bytes<V: Visitor<'de>>(self, _: V) -> Result<V::Value> {
        Err(GiveUp)
    }

    fn deserialize_byte_buf<V: Visitor<'de>>(self, _: V) -> Result<V::Value> {
        Err(GiveUp)
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        let is_some = match self.peek()? {
            Event::Scalar { value, plain: true } => !value.is_empty() && !parse_null(value),
            Event::Scalar { .. } | Event::SequenceStart | Event::MappingStart => true,
            _ => return Err(GiveUp),
        };
        if is_some {
            visitor.visit_some(self)
        } else {
            self.pos += 1;
            visitor.visit_none()
        }
    }

    fn deserialize_unit<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        let v = self.next_plain()?;
        if v.is_empty() || parse_null(v) {
            visitor.visit_unit()
        } else {
            Err(GiveUp)
        }
    }

    fn deserialize_unit_struct<V: Visitor<'de>>(self, _: &'static str, v: V) -> Result<V::Value> {
        self.deserialize_unit(v)
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        visitor: V,
    ) -> Result<V::Value> {
        visitor.visit_newtype_struct(self)
    }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        match self.next()? {
            Event::SequenceStart => self.visit_sequence(visitor),
            // An empty plain text is an empty list to `yaml_serde`.
            Event::Scalar { value, plain: true } if value.is_empty() => visitor.visit_seq(
                de::value::SeqDeserializer::<_, GiveUp>::new(std::iter::empty::<()>()),
            ),
            _ => Err(GiveUp),
        }
    }

    fn deserialize_tuple<V: Visitor<'de>>(self, _: usize, visitor: V) -> Result<V::Value> {
        self.deserialize_seq(visitor)
    }

    fn deserialize_tuple_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        _: usize,
        visitor: V,
    ) -> Result<V::Value> {
        self.deserialize_seq(visitor)
    }

    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        match self.next()? {
            Event::MappingStart => self.visit_mapping(visitor),
            Event::Scalar { value, plain: true } if value.is_empty() => visitor.visit_map(
                de::value::MapDeserializer::<_, GiveUp>::new(std::iter::empty::<((), ())>()),
            ),
            _ => Err(GiveUp),
        }
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        _: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value> {
        self.deserialize_map(visitor)
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _: &'static str,
        _: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value> {
        // Only a unit variant written as text: a variant with content needs a tag.
        match self.next()? {
            Event::Scalar { value, .. } => {
                let variant: de::value::StrDeserializer<'_, GiveUp> =
                    value.as_ref().into_deserializer();
                visitor.visit_enum(variant)
            }
            _ => Err(GiveUp),
        }
    }

    fn deserialize_identifier<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.deserialize_str(visitor)
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.skip()?;
        visitor.visit_unit()
    }
}

struct Seq<'d, 'e, 'a> {
    de: &'d mut De<'e, 'a>,
}

impl<'de> de::SeqAccess<'de> for Seq<'_, '_, '_> {
    type Error = GiveUp;

    fn next_element_seed<T: DeserializeSeed<'de>>(&mut self, seed: T) -> Result<Option<T::Value>> {
        match self.de.peek()? {
            Event::SequenceEnd => Ok(None),
            _ => seed.deserialize(&mut *self.de).map(Some),
        }
    }
}

struct Map<'d, 'e, 'a> {
    de: &'d mut De<'e, 'a>,
}

impl<'de> de::MapAccess<'de> for Map<'_, '_, '_> {
    type Error = GiveUp;

    fn next_key_seed<K: DeserializeSeed<'de>>(&mut self, seed: K) -> Result<Option<K::Value>> {
        match self.de.peek()? {
            Event::MappingEnd => Ok(None),
            _ => seed.deserialize(&mut *self.de).map(Some),
        }
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value> {
        seed.deserialize(&mut *self.de)
    }
}
