//! A draft: an assessment still being answered, saved after every change so a crash or a
//! closed terminal loses nothing. Unlike a record it holds the answers exactly as typed,
//! which may be incomplete or wrong; they are only checked when the record is made.

use std::collections::BTreeMap;
use std::path::PathBuf;

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};

use super::model::rfc3339;
use super::read::valid_id;
use super::{AnswersFile, AssessorInput};
use crate::error::{Diagnostic, Error, Level, Result};
use crate::locate::Locations;
use crate::t;
use crate::text::Lang;

pub const DRAFT_VERSION: u32 = 1;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, expecting = "a wia draft assessment")]
pub struct Draft {
    pub draft_version: u32,
    /// Also the file name, so it follows the rules of record ids.
    pub id: String,
    pub questionnaire: String,
    /// Set when the questionnaire is not bundled, so resuming can find it again.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub questionnaire_file: Option<PathBuf>,
    /// Written to the second: a time with a fraction reads back one second short of equal.
    #[serde(
        serialize_with = "rfc3339::serialize",
        deserialize_with = "rfc3339::created"
    )]
    pub created: DateTime<FixedOffset>,
    #[serde(
        serialize_with = "rfc3339::serialize",
        deserialize_with = "rfc3339::updated"
    )]
    pub updated: DateTime<FixedOffset>,
    /// Left out of an anonymous response's draft, which names nobody.
    #[serde(default, skip_serializing_if = "AssessorInput::is_blank")]
    pub assessor: AssessorInput,
    #[serde(default)]
    pub language: Lang,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub headcounts: BTreeMap<String, f64>,
    /// Plain values as in an answers file, possibly half typed.
    #[serde(default)]
    pub answers: serde_yaml::Mapping,
    /// The question last shown, to resume there.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub position: Option<String>,
    /// The final record this draft revises (`wia revise`); finalising it needs a reason.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub revises: Option<super::Revises>,
}

impl Draft {
    pub fn to_yaml(&self) -> String {
        let body = crate::yaml_out::to_string(self);
        format!(
            "# wia draft assessment: resume it with `wia assess --resume {}`.\n{body}",
            self.id
        )
    }

    /// The policy title as typed so far, if there is one worth showing.
    pub fn title(&self) -> Option<&str> {
        self.answers
            .get("policy_title")
            .and_then(|v| v.as_str())
            .map(str::trim)
            .filter(|t| !t.is_empty())
    }

    /// The draft as an answers file, to make a record from it with `build_record`.
    pub fn answers_file(&self) -> AnswersFile {
        AnswersFile {
            questionnaire: self.questionnaire.clone(),
            questionnaire_file: None,
            assessor: self.assessor.clone(),
            language: self.language,
            headcounts: self.headcounts.clone(),
            answers: self.answers.clone(),
            revises: self.revises.clone(),
            reason: None,
        }
    }
}

/// Parse draft text; anything wrong names `file:line:column`.
pub fn parse_draft(text: &str, file: &str, lang: Lang) -> Result<Draft> {
    // A later version may add fields; saying "unknown field" would hide the real reason,
    // so the version is looked at before the shape is.
    if let Some(version) = declared_version(text)
        && version != u64::from(DRAFT_VERSION)
    {
        let locations = Locations::of(text);
        return Err(Error::Invalid(vec![Diagnostic::at(
            lang,
            file,
            &locations,
            "draft_version",
            Level::Error,
            version_message(version, lang),
        )]));
    }
    let (draft, locations) =
        crate::document::read_document::<Draft>(text, file, &t!(lang, "domain-what-draft"), lang)
            .map_err(Error::Invalid)?;
    let mut problems = Vec::new();
    if draft.draft_version != DRAFT_VERSION {
        problems.push((
            "draft_version",
            version_message(draft.draft_version.into(), lang),
        ));
    }
    if !valid_id(&draft.id) {
        problems.push(("id", t!(lang, "domain-draft-bad-id")));
    }
    if problems.is_empty() {
        return Ok(draft);
    }
    Err(Error::Invalid(
        problems
            .into_iter()
            .map(|(path, message)| {
                Diagnostic::at(lang, file, &locations, path, Level::Error, message)
            })
            .collect(),
    ))
}

fn declared_version(text: &str) -> Option<u64> {
    let value = crate::yaml_gate::loose_value(text)?;
    value.get("draft_version")?.as_u64()
}

fn version_message(version: u64, lang: Lang) -> String {
    t!(
        lang,
        "domain-draft-bad-version",
        version = version.to_string(),
        supported = DRAFT_VERSION.to_string()
    )
}
