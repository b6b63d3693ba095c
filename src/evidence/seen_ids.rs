//! The ids already counted while the logs stream past, so an entry found in two files
//! counts once without holding the entries. A million ids as strings would take about
//! 80 MB (a heap block and a 24-byte `String` each, in a table kept under seven-eighths
//! full); the ids wia makes are ten lowercase hex digits, which fit in a `u64` with their
//! length, about 18 MB for a million. Any other id (one imported from a CSV, a hand-made
//! one) is kept as it is, so no two different ids are ever taken for one.

use std::collections::HashSet;

/// Hex digits of at most this many fit beside their length (4 bits) in 64 bits.
const MAX_PACKED_DIGITS: usize = 15;

#[derive(Debug, Default)]
pub struct SeenIds {
    /// Seeded afresh each run, like the standard hash, but a tenth of its cost on a number:
    /// a hand-made log cannot choose ids that all land in one place.
    packed: HashSet<u64, foldhash::quality::RandomState>,
    other: HashSet<Box<str>>,
}

impl SeenIds {
    /// True the first time `id` is seen.
    pub fn insert(&mut self, id: &str) -> bool {
        match pack(id) {
            Some(n) => self.packed.insert(n),
            None => {
                if self.other.contains(id) {
                    false
                } else {
                    self.other.insert(id.into())
                }
            }
        }
    }

    pub fn len(&self) -> usize {
        self.packed.len() + self.other.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// The id as a number when it is 1 to 15 lowercase hex digits; the length goes in the top
/// four bits, so `0a` and `a` stay apart. Upper case is not packed: `A` and `a` are two ids.
fn pack(id: &str) -> Option<u64> {
    if id.is_empty() || id.len() > MAX_PACKED_DIGITS {
        return None;
    }
    let mut n: u64 = 0;
    for b in id.bytes() {
        let digit = match b {
            b'0'..=b'9' => b - b'0',
            b'a'..=b'f' => b - b'a' + 10,
            _ => return None,
        };
        n = (n << 4) | u64::from(digit);
    }
    Some(((id.len() as u64) << 60) | n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_id_is_new_once_and_no_two_ids_are_taken_for_one() {
        let mut seen = SeenIds::default();
        let ids = [
            "0a1b2c3d4e",
            "a",
            "0a",
            "00a",
            "A",
            "0a1b2c3d4e5f678",
            "0a1b2c3d4e5f6789",
            "",
            "school-import_1",
            "ffffffffffffffff",
            "fffffffffffffff",
        ];
        for id in ids {
            assert!(seen.insert(id), "{id:?} new");
        }
        for id in ids {
            assert!(!seen.insert(id), "{id:?} seen");
        }
        assert_eq!(seen.len(), ids.len());
        assert_eq!(pack("a"), Some((1 << 60) | 10));
        assert_ne!(pack("a"), pack("0a"));
        assert_eq!(
            pack("fffffffffffffff"),
            Some((15 << 60) | 0x0fff_ffff_ffff_ffff)
        );
        assert_eq!(pack("ffffffffffffffff"), None);
    }
}
