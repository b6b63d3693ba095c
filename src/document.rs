//! Reading a YAML document into a type with every problem placed at `file:line:column`:
//! empty files, duplicate keys (which the deserializer lets through or reports without
//! a useful place), and type errors.

use serde::de::DeserializeOwned;

use crate::error::Diagnostic;
use crate::i18n::Lang;
use crate::locate::{Locations, Position};
use crate::t;

/// Parse `text` as `T`. `what` names what the file should hold, for the empty-file message.
pub fn read_document<T: DeserializeOwned>(
    text: &str,
    file: &str,
    what: &str,
    lang: Lang,
) -> Result<(T, Locations), Vec<Diagnostic>> {
    if text.trim().is_empty() {
        return Err(vec![Diagnostic::error(
            lang,
            file,
            None,
            t!(lang, "domain-file-empty", what = what),
        )]);
    }
    // Before anything that recurses or copies the tree sees the text.
    crate::yaml_gate::check(text, file, lang).map_err(|d| vec![d])?;
    read_gated(text, file, lang)
}

/// `read_document` without the index of places when nothing needs placing: a text in
/// wia's own layout read by `crate::yaml_fast` alone, any other in one YAML pass for the
/// values (after the gate) instead of two. For a type every mapping of which
/// refuses a repeated key itself (structs do; a `BTreeMap` field needs
/// `crate::unique_keys`; a `serde_yaml::Mapping` refuses equal keys), with `plain` saying
/// of the value read that no mapping in it has a key the index would take for another
/// (only text keys, for a mapping that is a `serde_yaml::Mapping`: the key `1` and the
/// key `'1'` are two to the deserializer and one to the index). The index is the one
/// that finds repeated keys for `read_document`, so when the text has an alias (which
/// may stand for a key), the value is not plain, or anything is wrong, the text is read
/// again by `read_document`'s own way, and every problem is reported exactly as it is
/// there, at the same place.
pub fn read_document_once<T: DeserializeOwned>(
    text: &str,
    file: &str,
    what: &str,
    lang: Lang,
    plain: impl Fn(&T) -> bool,
) -> Result<T, Vec<Diagnostic>> {
    if text.trim().is_empty() {
        return read_document::<T>(text, file, what, lang).map(|(value, _)| value);
    }
    // wia's own layout, read without the general parser; anything else, or any doubt,
    // goes the general way below.
    if let Some(value) = crate::yaml_fast::from_str::<T>(text)
        && plain(&value)
    {
        return Ok(value);
    }
    let gated = crate::yaml_gate::check_counting(text, file, lang).map_err(|d| vec![d])?;
    if gated.aliases == 0
        && let Ok(value) = serde_yaml::from_str::<T>(text)
        && plain(&value)
    {
        return Ok(value);
    }
    read_gated(text, file, lang).map(|(value, _)| value)
}

/// The rest of `read_document`, for a text that has passed the gate.
fn read_gated<T: DeserializeOwned>(
    text: &str,
    file: &str,
    lang: Lang,
) -> Result<(T, Locations), Vec<Diagnostic>> {
    let locations = Locations::of_gated(text);
    let mut diags: Vec<Diagnostic> = locations
        .duplicate_keys
        .iter()
        .map(|(path, pos)| {
            let key = path.rsplit('.').next().unwrap_or(path);
            Diagnostic::error(
                lang,
                file,
                Some(*pos),
                t!(lang, "domain-duplicate-key", key = excerpt(key)),
            )
        })
        .collect();
    match serde_yaml::from_str::<T>(text) {
        Ok(value) if diags.is_empty() => Ok((value, locations)),
        Ok(_) => Err(diags),
        // Already reported above, with the duplicate's own place.
        Err(e) if !diags.is_empty() && e.to_string().contains("duplicate") => Err(diags),
        Err(e) => {
            let mut d = Diagnostic::from_yaml(lang, file, &e);
            refine_position(&mut d, text, &locations, lang);
            diags.push(d);
            Err(diags)
        }
    }
}

/// A name or value from the file, shortened: a message quotes a short piece of a file,
/// never the whole of it.
pub fn excerpt(text: &str) -> std::borrow::Cow<'_, str> {
    const MAX_CHARS: usize = 80;
    match text.char_indices().nth(MAX_CHARS) {
        Some((cut, _)) => format!("{}…", &text[..cut]).into(),
        None => text.into(),
    }
}

/// The deserializer places some errors at the start of the enclosing mapping or list.
/// Point at the condition named in the message (`scoring.flags[0]: in `when`: ...`), or
/// at the `id` line of the question the message names.
fn refine_position(d: &mut Diagnostic, text: &str, locations: &Locations, lang: Lang) {
    // The words around the names come from the message files, so they are found the same
    // way: "in `" is what `domain-in-field` puts before a field's name.
    let marker = |id: &str| {
        let text = t!(lang, id, field = "\u{1}", id = "\u{1}", problem = "");
        text.split('\u{1}').next().unwrap_or_default().to_string()
    };
    let in_field = marker("domain-in-field");
    let question = marker("domain-question-marker");
    // A top-level field: "in `created`: ...".
    if let Some(name) = d
        .message
        .strip_prefix(in_field.as_str())
        .and_then(|r| r.split_once('`'))
        .map(|(n, _)| n)
        && let Some(pos) = locations.find(name)
    {
        d.position = Some(pos);
        return;
    }
    if let Some((path, rest)) = d.message.split_once(": ")
        && !path.contains(' ')
        && let Some(name) = rest
            .strip_prefix(in_field.as_str())
            .and_then(|r| r.split_once('`'))
            .map(|(n, _)| n)
        && let Some(pos) = locations.find(&format!("{path}.{name}"))
    {
        d.position = Some(pos);
        return;
    }
    let Some(start) = d.message.find(question.as_str()) else {
        return;
    };
    let rest = &d.message[start + question.len()..];
    let Some(end) = rest.find('`') else { return };
    let id = &rest[..end];
    let found = text.lines().enumerate().find_map(|(i, line)| {
        let t = line.trim_start().trim_start_matches("- ").trim_start();
        let value = t.strip_prefix("id:")?.trim().trim_matches(['"', '\'']);
        (value == id).then(|| Position {
            line: i + 1,
            column: line.len() - line.trim_start().len() + 1,
        })
    });
    if let Some(pos) = found {
        d.position = Some(pos);
    }
}
