//! The words a search looks in: every word of a record's title and written answers,
//! lowered, each once, in the order first met, kept as one text with a space between.

use serde_yaml::Value;

use crate::text::inert;

/// The search words of a record titled `title` with `answers`.
pub fn search_words(title: &str, answers: &serde_yaml::Mapping) -> String {
    // The texts lowered once, into one buffer, and their words borrowed from it, not a
    // copy a word: lowering a whole text gives each word as lowering it alone does (even
    // a final sigma, which is final by what follows it up to the space), and the space
    // between two texts parts their words as any space does. The set is seeded (the
    // words are a stranger's), and a fraction of SipHash's cost on words.
    let texts = texts(answers);
    let mut lowered =
        String::with_capacity(title.len() + texts.iter().map(|t| t.len() + 1).sum::<usize>());
    for text in std::iter::once(title).chain(texts) {
        if text.is_ascii() {
            let start = lowered.len();
            lowered.push_str(text);
            lowered[start..].make_ascii_lowercase();
        } else {
            lowered.push_str(&text.to_lowercase());
        }
        lowered.push(' ');
    }
    // Sized for the words there could be, so the set is never grown and rehashed (a
    // third of its cost): one a seven bytes of text is more than any record has.
    let mut words: std::collections::HashSet<&str, foldhash::quality::RandomState> =
        std::collections::HashSet::with_capacity_and_hasher(lowered.len() / 7, Default::default());
    let mut search = String::with_capacity(lowered.len() / 2);
    for w in lowered.split_whitespace() {
        if words.insert(w) {
            if !search.is_empty() {
                search.push(' ');
            }
            search.push_str(&inert(w));
        }
    }
    search.shrink_to_fit();
    search
}

fn texts(answers: &serde_yaml::Mapping) -> Vec<&str> {
    fn walk<'a>(v: &'a Value, out: &mut Vec<&'a str>) {
        match v {
            Value::String(s) => out.push(s),
            Value::Sequence(items) => items.iter().for_each(|i| walk(i, out)),
            Value::Mapping(m) => m.values().for_each(|i| walk(i, out)),
            _ => {}
        }
    }
    let mut out = Vec::new();
    answers.values().for_each(|v| walk(v, &mut out));
    out
}
