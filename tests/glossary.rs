//! The Welsh messages follow the glossary in docs/translation.md: no key term appears in a
//! form the glossary rules out.

use std::fs;

/// (English, forbidden Welsh forms) for each glossary row that lists any.
fn forbidden() -> Vec<(String, Vec<String>)> {
    let doc = fs::read_to_string("docs/translation.md").expect("docs/translation.md");
    let table = doc
        .split("## Glossary")
        .nth(1)
        .expect("docs/translation.md has a Glossary section");
    let mut rows = Vec::new();
    for line in table.lines().skip_while(|l| !l.starts_with('|')) {
        if !line.starts_with('|') {
            break;
        }
        let cells: Vec<&str> = line.trim_matches('|').split('|').map(str::trim).collect();
        if cells.len() != 3 || cells[0] == "English" || cells[0].starts_with("---") {
            continue;
        }
        let not: Vec<String> = cells[2]
            .split(',')
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty())
            .collect();
        if !not.is_empty() {
            rows.push((cells[0].to_string(), not));
        }
    }
    rows
}

/// Lower case, with the typographic apostrophe read as the plain one.
fn normal(s: &str) -> String {
    s.to_lowercase().replace('\u{2019}', "'")
}

/// Whether `term` appears in `text` as whole words.
fn has_words(text: &str, term: &str) -> bool {
    let word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    text.match_indices(term).any(|(i, _)| {
        !word(text[..i].chars().next_back()) && !word(text[i + term.len()..].chars().next())
    })
}

#[test]
fn welsh_messages_use_the_glossary_forms() {
    let rows = forbidden();
    assert!(
        rows.iter().any(|(en, _)| en.starts_with("rating")),
        "the glossary names the rating's forms"
    );
    let mut found = Vec::new();
    for entry in fs::read_dir("i18n/cy").expect("i18n/cy") {
        let path = entry.expect("entry").path();
        if path.extension().is_none_or(|e| e != "ftl") {
            continue;
        }
        let text = fs::read_to_string(&path).expect("ftl");
        for (n, line) in text.lines().enumerate() {
            let line = normal(line);
            for (en, not) in &rows {
                for bad in not {
                    if has_words(&line, &normal(bad)) {
                        found.push(format!("{}:{}: {bad} (for {en})", path.display(), n + 1));
                    }
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "not the glossary's form:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_word_check_is_whole_words() {
    assert!(has_words("hidlo yn ôl gradd", "gradd"));
    assert!(!has_words("ar y raddfa", "radd"));
    assert!(has_words("ar y radd.", "radd"));
}
