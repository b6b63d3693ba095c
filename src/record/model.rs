//! The record file's shape. Keys are a contract: reviewers' tools read them.

use std::collections::BTreeMap;

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};

use crate::scoring::Results;
use crate::text::Lang;

pub const SCHEMA_VERSION: u32 = 1;

/// The schema of a record that revises another: an older wia then says the record is
/// newer than it reads, rather than that `revision` is an unknown key. Readers accept
/// every version up to this one; a record without `revision` is still written as 1, so
/// its text (and digest) is what it always was.
pub const REVISION_SCHEMA_VERSION: u32 = 2;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Draft,
    Final,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Draft => "draft",
            Status::Final => "final",
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(
    deny_unknown_fields,
    expecting = "the assessor as {name, organisation}"
)]
pub struct Assessor {
    pub name: String,
    pub organisation: String,
}

impl Assessor {
    /// An anonymous response's: nobody, so the record has no `assessor` key at all.
    pub fn is_nobody(&self) -> bool {
        self.name.is_empty() && self.organisation.is_empty()
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(
    deny_unknown_fields,
    expecting = "the questionnaire as {id, version, sha256}"
)]
pub struct QuestionnaireRef {
    pub id: String,
    pub version: String,
    /// SHA-256 of the questionnaire file's text, in hex.
    pub sha256: String,
}

/// What a revision says about the record it replaces. Who revised it and when are the
/// record's own `assessor` and `created`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(
    deny_unknown_fields,
    expecting = "the revision as {supersedes, supersedes_digest, reason}"
)]
pub struct Revision {
    /// The id of the record this one replaces.
    pub supersedes: String,
    /// That record's digest when it was revised: the link is to exactly that content.
    pub supersedes_digest: String,
    /// Why it was revised, in the assessor's words.
    pub reason: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, expecting = "an assessment record")]
pub struct Record {
    pub schema_version: u32,
    pub id: String,
    pub questionnaire: QuestionnaireRef,
    pub status: Status,
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
    /// Set when this record replaces an earlier one, which is never changed. Part of the
    /// content, so it is digested, signed, and gives a revision an id of its own even when
    /// its answers are the same. Left out when absent, so older records digest as before.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub revision: Option<Revision>,
    /// Left out of an anonymous response (a questionnaire with `anonymous: true`); every
    /// other record names its assessor, as `wia new` requires.
    #[serde(default, skip_serializing_if = "Assessor::is_nobody")]
    pub assessor: Assessor,
    #[serde(default)]
    pub language: Lang,
    /// Headcounts that replace the questionnaire's defaults, by role id.
    #[serde(
        default,
        skip_serializing_if = "BTreeMap::is_empty",
        deserialize_with = "crate::unique_keys::map"
    )]
    pub headcounts: BTreeMap<String, f64>,
    /// Question id to answer, in questionnaire order, in the plain shape of an answers file.
    pub answers: serde_yaml::Mapping,
    /// The results as computed when the record was finalised; drafts have none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub results: Option<Results>,
    /// `sha256:` and the hex digest of the record's canonical content without this field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub digest: Option<String>,
}

impl Record {
    pub fn to_yaml(&self) -> String {
        Self::with_header(&crate::yaml_out::to_string(self))
    }

    /// The text wia wrote before it quoted what YAML 1.1 reads otherwise (`yes`,
    /// `41_60`, times): a record saved then is still byte for byte as written.
    pub fn to_yaml_before_yaml11_quoting(&self) -> String {
        Self::with_header(&serde_yaml::to_string(self).unwrap_or_default())
    }

    fn with_header(body: &str) -> String {
        format!("# wia assessment record. Do not edit: `wia verify` detects any change.\n{body}")
    }

    /// Whether the record names no assessor: an anonymous response.
    pub fn is_anonymous(&self) -> bool {
        self.assessor.is_nobody()
    }

    pub fn policy_title(&self) -> Option<&str> {
        self.answers.get("policy_title").and_then(|v| v.as_str())
    }
}

/// Times as RFC 3339 with a numeric offset (`2026-11-25T09:30:00+00:00`), to the second.
/// Shared with drafts so both files write times the same way.
pub(crate) mod rfc3339 {
    use chrono::{DateTime, FixedOffset, SecondsFormat};
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(t: &DateTime<FixedOffset>, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&t.to_rfc3339_opts(SecondsFormat::Secs, false))
    }

    fn read<'de, D: Deserializer<'de>>(
        field: &str,
        d: D,
    ) -> Result<DateTime<FixedOffset>, D::Error> {
        let text = String::deserialize(d)?;
        DateTime::parse_from_rfc3339(&text).map_err(|e| {
            // serde gives this no language of ours: the message is said where the file is
            // read (`i18n::deferred`).
            let problem = crate::t_later!(
                "domain-record-bad-time",
                text = text.as_str(),
                reason = e.to_string()
            );
            serde::de::Error::custom(crate::t_later!(
                "domain-in-field",
                field = field,
                problem = problem
            ))
        })
    }

    pub fn created<'de, D: Deserializer<'de>>(d: D) -> Result<DateTime<FixedOffset>, D::Error> {
        read("created", d)
    }

    pub fn updated<'de, D: Deserializer<'de>>(d: D) -> Result<DateTime<FixedOffset>, D::Error> {
        read("updated", d)
    }
}
