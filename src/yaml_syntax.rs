//! The YAML reader's (yaml-rust2's) own words for what it could not read, said in the
//! reader's language: "while parsing a flow sequence, expected ',' or ']'" is its English.
//! Each part it is made of is found by its English (`i18n/en/domain.ftl` keeps the same
//! words by hand); a part not known here is given as the reader wrote it, inside a
//! sentence that says what it is.

use crate::i18n::Lang;
use crate::t;

/// The messages whose English is one of the reader's own phrases.
const PHRASES: [&str; 39] = [
    "domain-yaml-syntax-while-flow-sequence",
    "domain-yaml-syntax-while-flow-mapping",
    "domain-yaml-syntax-while-block-mapping",
    "domain-yaml-syntax-while-block-collection",
    "domain-yaml-syntax-while-node",
    "domain-yaml-syntax-while-node-short",
    "domain-yaml-syntax-while-anchor",
    "domain-yaml-syntax-while-quoted",
    "domain-yaml-syntax-while-scanning-quoted",
    "domain-yaml-syntax-while-block-scalar",
    "domain-yaml-syntax-while-plain-scalar",
    "domain-yaml-syntax-while-tag",
    "domain-yaml-syntax-while-scanning-tag",
    "domain-yaml-syntax-while-anchor-or-alias",
    "domain-yaml-syntax-expected-comma-bracket",
    "domain-yaml-syntax-expected-comma-brace",
    "domain-yaml-syntax-expected-key",
    "domain-yaml-syntax-expected-dash",
    "domain-yaml-syntax-expected-content",
    "domain-yaml-syntax-expected-document",
    "domain-yaml-syntax-mapping-values",
    "domain-yaml-syntax-mapping-keys",
    "domain-yaml-syntax-sequence-entries",
    "domain-yaml-syntax-expected-colon",
    "domain-yaml-syntax-simple-key-colon",
    "domain-yaml-syntax-eof",
    "domain-yaml-syntax-end-of-stream",
    "domain-yaml-syntax-indentation",
    "domain-yaml-syntax-indentation-quoted",
    "domain-yaml-syntax-indentation-flow",
    "domain-yaml-syntax-block-scalar-indent",
    "domain-yaml-syntax-tab-indent",
    "domain-yaml-syntax-tabs-block",
    "domain-yaml-syntax-tabs",
    "domain-yaml-syntax-escape",
    "domain-yaml-syntax-unknown-anchor",
    "domain-yaml-syntax-duplicate-anchor",
    "domain-yaml-syntax-after-quoted",
    "domain-yaml-syntax-comment-space",
];

/// `words`, as yaml-rust2 gave them, in `lang`.
pub fn syntax_message(lang: Lang, words: &str) -> String {
    if lang == Lang::En {
        return words.to_string();
    }
    if let Some(said) = phrase(lang, words) {
        return said;
    }
    // "while parsing X, Y": where it was, then what it found.
    if let Some((context, problem)) = words.split_once(", ")
        && let (Some(context), Some(problem)) = (phrase(lang, context), phrase(lang, problem))
    {
        return format!("{context}, {problem}");
    }
    t!(lang, "domain-yaml-syntax-other", words = words)
}

fn phrase(lang: Lang, words: &str) -> Option<String> {
    if let Some(id) = PHRASES.iter().find(|id| t!(Lang::En, id) == words) {
        return Some(t!(lang, id));
    }
    let unexpected = t!(Lang::En, "domain-yaml-syntax-unexpected-char", char = "");
    let char = words.strip_prefix(unexpected.as_str())?;
    Some(t!(lang, "domain-yaml-syntax-unexpected-char", char = char))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What the gate says of a broken file, in `lang`.
    fn said(text: &str, lang: Lang) -> String {
        crate::yaml_gate::check(text, "f.yaml", lang)
            .unwrap_err()
            .message
    }

    #[test]
    fn the_readers_words_are_said_in_welsh_and_left_as_they_are_in_english() {
        let broken = [
            "a: [b, c\n",
            "a: {b: c\n",
            "a: b: c\n",
            "a:\n  - b\n c: d\n",
            "a: \"b\\q\"\n",
            "a: *nowhere\n",
            "- a\nb: c\n",
            "a: \"b\" c\n",
            "a: 'b\n",
        ];
        for text in broken {
            let english = said(text, Lang::En);
            let welsh = said(text, Lang::Cy);
            assert!(!english.is_empty(), "{text:?}");
            assert_ne!(welsh, english, "{text:?}: {english}");
            // Known phrases are said in Welsh, not wrapped as the reader's own words.
            assert!(
                !welsh.contains("yng ngeiriau"),
                "{text:?}: {english} -> {welsh}"
            );
            for word in [
                "while",
                "parsing",
                "expected",
                "found",
                "allowed",
                "unexpected",
            ] {
                assert!(!welsh.contains(word), "{text:?}: {welsh}");
            }
        }
    }

    #[test]
    fn words_not_known_here_are_given_inside_a_welsh_sentence() {
        let welsh = syntax_message(Lang::Cy, "something new went wrong");
        assert!(
            welsh.contains("something new went wrong") && welsh.contains("YAML"),
            "{welsh}"
        );
        assert_eq!(
            syntax_message(Lang::En, "something new went wrong"),
            "something new went wrong"
        );
        let welsh = syntax_message(Lang::Cy, "unexpected character: `@'");
        assert_eq!(welsh, "nod annisgwyl: `@'");
    }
}
