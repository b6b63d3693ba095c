//! How far a reading of the list has got, in words: the same line for `wia list` on a
//! terminal and above review mode's table while its rows fill in.

use crate::text::Lang;

/// "Reading records: 3,412 of 10,000…"
pub fn reading_words(done: usize, total: usize, lang: Lang) -> String {
    crate::t!(
        lang,
        "review-reading",
        done = grouped(done),
        total = grouped(total)
    )
}

/// A count with its thousands grouped, as both languages write them.
fn grouped(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(ch);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::grouped;

    #[test]
    fn counts_are_grouped_in_threes() {
        assert_eq!(grouped(0), "0");
        assert_eq!(grouped(999), "999");
        assert_eq!(grouped(3412), "3,412");
        assert_eq!(grouped(10_000), "10,000");
        assert_eq!(grouped(1_234_567), "1,234,567");
    }
}
