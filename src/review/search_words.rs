//! The words a search looks in: every word of a record's title and written answers,
//! lowered, each once, in the order first met, kept as one text with a space between.

use serde_yaml::Value;

use crate::text::inert;

/// The search words of a record titled `title` with `answers`.
pub fn search_words(title: &str, answers: &serde_yaml::Mapping) -> String {
    // Each text lowered once and its words borrowed, not a copy a word: lowering a whole
    // text gives each word as lowering it alone does (even a final sigma, which is final
    // by what follows it up to the space). The set is seeded (the words are a
    // stranger's), and a fraction of SipHash's cost on words.
    let lowered: Vec<String> = std::iter::once(title)
        .chain(texts(answers))
        .map(str::to_lowercase)
        .collect();
    // Sized for the words there could be, so the set is never grown and rehashed (a
    // third of its cost): one a seven bytes of text is more than any record has.
    let bytes: usize = lowered.iter().map(String::len).sum();
    let mut words: std::collections::HashSet<&str, foldhash::quality::RandomState> =
        std::collections::HashSet::with_capacity_and_hasher(bytes / 7, Default::default());
    let mut search = String::new();
    for w in lowered.iter().flat_map(|text| text.split_whitespace()) {
        if words.insert(w) {
            if !search.is_empty() {
                search.push(' ');
            }
            search.push_str(&inert(w));
        }
    }
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
