//! `wia new`: a record and its summary from an answers file; with `--draft`, a draft
//! (`new_draft.rs`).

use std::path::Path;

use chrono::Local;

use super::output::{err, out};
use crate::error::{Diagnostic, Error, Level, Result};
use crate::i18n::Lang;
use crate::questionnaire::{self, Questionnaire, sha256_hex};
use crate::record::{
    AnswersFile, BuildOptions, MAX_RECORD_BYTES, Status, build_record, fresh_id, save_built_in,
};
use crate::store::{DataDir, read_named_text};
use crate::t;

/// Where the answers come from: an answers file, or a saved draft (`--from-draft`), and
/// the reason a revision gives.
pub struct Source<'a> {
    pub answers: Option<&'a Path>,
    pub from_draft: Option<&'a str>,
    pub reason: Option<&'a str>,
}

// Long because it is the command's steps in order (where the answers come from, the
// revision, the questionnaire, building, saving), each already a call; split, their many
// results would be passed from function to function.
pub fn run(
    data: &DataDir,
    source: Source<'_>,
    questionnaire_path: Option<&Path>,
    draft: bool,
    lang_given: Option<Lang>,
    lang: Lang,
) -> Result<u8> {
    // What a killed `wia new` left behind goes before this one writes.
    crate::store::sweep(data);
    let (file, mut answers, locations, draft_id, draft_questionnaire) = match source.from_draft {
        Some(id) => {
            let d = crate::store::load_draft(data, id, lang)?;
            let path = data.draft_path(&d.id);
            let text = crate::store::read_text(&path, MAX_RECORD_BYTES, lang)?;
            (
                path.display().to_string(),
                d.answers_file(),
                crate::locate::Locations::of(&text),
                Some(d.id.clone()),
                d.questionnaire_file.clone(),
            )
        }
        None => {
            let answers_path = source.answers.unwrap_or(Path::new(""));
            let file = answers_path.display().to_string();
            let text = read_named_text(answers_path, MAX_RECORD_BYTES, lang)?;
            let (answers, locations): (AnswersFile, _) = crate::document::read_document(
                &text,
                &file,
                &t!(lang, "domain-what-answers-file"),
                lang,
            )
            .map_err(Error::Invalid)?;
            // Relative to the answers file, so the pair can be moved together.
            let named = answers.questionnaire_file.as_ref().map(|q| {
                answers_path
                    .parent()
                    .map_or_else(|| q.clone(), |dir| dir.join(q))
            });
            (file, answers, locations, None, named)
        }
    };
    // The summary speaks the language the answers file names, as the format promises,
    // unless `--lang` asks for another; a file that names none gets this run's language.
    let summary_lang = lang_given.unwrap_or(if locations.find("language").is_some() {
        answers.language
    } else {
        lang
    });
    let revised = super::revise::prepare(data, &mut answers, source.reason, lang)?;
    let questionnaire_path = questionnaire_path.or(draft_questionnaire.as_deref());

    let (q, q_text): (std::borrow::Cow<'static, Questionnaire>, String) = match questionnaire_path {
        Some(path) => {
            let (q, t) = questionnaire::load_named_file(path, lang)?;
            (std::borrow::Cow::Owned(q), t)
        }
        None if answers.questionnaire.is_empty() => {
            return Err(Error::Invalid(vec![Diagnostic::at(
                lang,
                &file,
                &locations,
                "questionnaire",
                Level::Error,
                t!(lang, "survey-new-no-questionnaire"),
            )]));
        }
        None => {
            let known: Vec<&str> = questionnaire::BUNDLED
                .iter()
                .map(|(id, _, _)| *id)
                .collect();
            let (_, t) = questionnaire::bundled_text(&answers.questionnaire).ok_or_else(|| {
                Error::Invalid(vec![Diagnostic::at(
                    lang,
                    &file,
                    &locations,
                    "questionnaire",
                    Level::Error,
                    t!(
                        lang,
                        "cli-new-no-bundled-questionnaire",
                        id = answers.questionnaire.as_str(),
                        bundled = known.join(", ")
                    ),
                )])
            })?;
            let q = questionnaire::bundled(&answers.questionnaire)
                .expect("bundled text has a questionnaire");
            (std::borrow::Cow::Borrowed(q), t.to_string())
        }
    };
    let q_sha = sha256_hex(q_text.as_bytes());

    let now = Local::now().fixed_offset();
    let title = answers
        .answers
        .get("policy_title")
        .and_then(|v| v.as_str())
        .unwrap_or("");
    let id = fresh_id(data, now, title);
    let status = if draft { Status::Draft } else { Status::Final };
    let locate = |p: &crate::answers::Problem, level| {
        Diagnostic::at(lang, &file, &locations, &p.path, level, p.message.clone())
    };
    // A draft is checked as a draft record would be, but the record it revises is kept in
    // the draft, not in a record: only a final record carries a revision.
    let checked = if draft {
        std::borrow::Cow::Owned(AnswersFile {
            revises: None,
            reason: None,
            ..answers.clone()
        })
    } else {
        std::borrow::Cow::Borrowed(&answers)
    };
    let built = build_record(
        &q,
        &checked,
        BuildOptions {
            status,
            id,
            now,
            questionnaire_sha256: q_sha.clone(),
        },
        lang,
    )
    .map_err(|problems| {
        Error::Invalid(problems.iter().map(|p| locate(p, Level::Error)).collect())
    })?;
    for p in &built.warnings {
        // Whatever did not stop the record is a warning: a draft's missing answers included.
        err(&locate(p, Level::Warning).to_string());
    }
    if draft {
        let (d, path) =
            super::new_draft::save(data, &q, &q_text, questionnaire_path, &answers, lang)?;
        err(&t!(
            lang,
            "cli-new-saved-draft-store",
            id = d.id.as_str(),
            file = path.display().to_string()
        ));
        out(&format!("{}\n", path.display()));
        return Ok(0);
    }
    let saved = save_built_in(data, &q, &q_text, &built, summary_lang, lang)?;
    if let Some(id) = &draft_id
        && let Err(e) = crate::store::remove_draft(data, id, lang)
    {
        // The record is saved; a draft left behind is only clutter, but say so.
        err(&t!(
            lang,
            "cli-new-draft-kept",
            id = id.as_str(),
            why = e.to_string()
        ));
    }
    if let Some(old) = &revised {
        err(&t!(
            lang,
            "cli-new-revises",
            id = saved.id.as_str(),
            old = old.as_str()
        ));
    }
    let (record, results) = (built.record, built.results);
    // Signed only once both are saved, so a key that cannot be unlocked never costs the
    // record: it stays, unsigned, and `wia sign` signs it later.
    // Never an anonymous response: a signature would say who answered.
    let signed = if record.is_anonymous() {
        0
    } else {
        super::keys::sign_saved(&saved.record, &saved.summary, &saved.id, lang)
    };
    if saved.existing {
        err(&t!(lang, "cli-new-already-saved", id = saved.id.as_str()));
        out(&format!(
            "{}\n{}\n",
            saved.record.display(),
            saved.summary.display()
        ));
        return Ok(signed);
    }
    if q.is_survey() {
        err(&t!(
            lang,
            match record.status {
                Status::Draft => "survey-new-saved-draft",
                Status::Final => "survey-new-saved-final",
            },
            id = saved.id.as_str()
        ));
        out(&format!(
            "{}\n{}\n",
            saved.record.display(),
            saved.summary.display()
        ));
        return Ok(signed);
    }
    let band = q
        .band(&results.rating)
        .map_or(results.rating.clone(), |b| b.label.get(lang).to_string());
    let flags = if results.flags.is_empty() {
        String::new()
    } else {
        format!(", {}", t!(lang, "count-flags", count = results.flags.len()))
    };
    err(&t!(
        lang,
        "cli-new-saved-final",
        id = saved.id.as_str(),
        band = band,
        flags = flags
    ));
    if record.status == Status::Final
        && let Some(closing) = &q.closing
    {
        // The end of the questionnaire, reached from the command line as well.
        err(closing.get(lang).trim_end());
    }
    out(&format!(
        "{}\n{}\n",
        saved.record.display(),
        saved.summary.display()
    ));
    Ok(signed)
}
