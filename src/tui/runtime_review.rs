//! The disk work review mode asks for: reading the list, opening and comparing records,
//! storing a response. Called only by the runtime, so `update` stays free of I/O.

use crate::i18n::Lang;
use crate::locate::Locations;
use crate::review::{
    load_index_cached, open_record, responses_for, save_response, validate_response,
};
use crate::store::DataDir;

use super::msg::{OpenedRecord, ReviewEffect, ReviewMsg, SignTarget};

pub fn run(
    effect: ReviewEffect,
    data: &DataDir,
    lang: Lang,
    cache: Option<&std::path::Path>,
) -> ReviewMsg {
    match effect {
        ReviewEffect::Load => ReviewMsg::Loaded(load_index_cached(data, cache, lang)),
        ReviewEffect::Open(path) => ReviewMsg::Opened(
            open_record(data, &path, lang)
                .map(|mut opened| {
                    // Read again at each opening: the reader may have trusted someone since.
                    let trusted = crate::sign::load_trusted(lang);
                    opened.check_signature(&trusted, lang);
                    let responses = describe_responses(data, &opened, &trusted, lang);
                    let chains = crate::review::Chains::of(&crate::review::load_index_unsearched(
                        data, cache, lang,
                    ));
                    let notes =
                        crate::review::revision_notes_for(data, &chains, &opened.record.id, lang);
                    Box::new(OpenedRecord {
                        opened,
                        responses,
                        notes,
                    })
                })
                .map_err(|e| first_line(&e.to_string())),
        ),
        ReviewEffect::Compare(a, b) => ReviewMsg::Compared(
            open_record(data, &a, lang)
                .and_then(|x| Ok(Box::new((x, open_record(data, &b, lang)?))))
                .map_err(|e| first_line(&e.to_string())),
        ),
        ReviewEffect::Save {
            record,
            mut response,
        } => ReviewMsg::Saved((|| {
            // Checked against the record as it is now, not as it was when opened.
            let opened =
                open_record(data, &record, lang).map_err(|e| first_line(&e.to_string()))?;
            // The form already refused, in its own words, what the response's check would
            // say in the file's terms; what is left is the record changing underneath. An
            // altered record is said as the check says it; one saved again since is said
            // here, since the check's words send the reader to the command line.
            let resaved = !matches!(opened.state, crate::review::State::Altered(_))
                && opened
                    .record
                    .digest
                    .as_ref()
                    .is_some_and(|d| *d != response.record_digest);
            if resaved {
                return Err(crate::t!(lang, "review-rsp-screen-record-changed"));
            }
            let problems =
                validate_response(&response, &opened, "response", &Locations::default(), lang);
            if let Some(p) = problems.first() {
                return Err(p.message.clone());
            }
            response.created = Some(chrono::Local::now().fixed_offset());
            let path = save_response(data, &response, lang).map_err(|e| e.to_string())?;
            // Stored first, then signed, so a key that cannot be unlocked costs nothing.
            let target = SignTarget::Response {
                id: path
                    .file_stem()
                    .map(|s| s.to_string_lossy().into_owned())
                    .unwrap_or_default(),
                file: path.clone(),
            };
            let signing = super::signing::sign_now(&target, None, lang);
            Ok((path.display().to_string(), signing))
        })()),
    }
}

/// The responses as Markdown lines, for the record page.
fn describe_responses(
    data: &DataDir,
    opened: &crate::review::Opened,
    trusted: &crate::sign::AllowedSigners,
    lang: Lang,
) -> Vec<String> {
    let responses = responses_for(data, &opened.record.id, lang);
    crate::review::responses_markdown(&responses, opened, Some(trusted), lang)
        .lines()
        .map(str::to_string)
        .collect()
}

fn first_line(text: &str) -> String {
    text.lines().next().unwrap_or_default().to_string()
}
