//! Making a record from an answers file: read every answer, list every problem, score.

use std::collections::BTreeMap;

use chrono::{DateTime, FixedOffset, Timelike};
use serde::{Deserialize, Serialize};

use super::{Assessor, QuestionnaireRef, Record, SCHEMA_VERSION, Status, canonical_digest};
use crate::answers::{Problem, ProblemKind, ProblemSeverity, check_answers, parse_answers};
use crate::questionnaire::Questionnaire;
use crate::scoring::score;
use crate::t;
use crate::text::{Lang, nfc};

/// No role in Wales comes near this; a larger figure is a slip.
pub const MAX_HEADCOUNT: f64 = 10_000_000.0;

/// What a person (or a script) writes to make a record with `wia new`.
#[derive(Debug, Clone, Deserialize)]
#[serde(
    deny_unknown_fields,
    expecting = "an answers file: questionnaire (or questionnaire_file), assessor {name, organisation}, optional headcounts and answers"
)]
pub struct AnswersFile {
    /// The questionnaire's id; may be left out when `questionnaire_file` names it.
    #[serde(default)]
    pub questionnaire: String,
    /// A questionnaire file, relative to the answers file (or absolute), for one that is
    /// not bundled: `wia template --questionnaire FILE` writes it so its advice works.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub questionnaire_file: Option<std::path::PathBuf>,
    /// Absent from an anonymous response's answers, which name nobody.
    #[serde(default)]
    pub assessor: AssessorInput,
    #[serde(default)]
    pub language: Lang,
    #[serde(default)]
    pub headcounts: BTreeMap<String, f64>,
    #[serde(default)]
    pub answers: serde_yaml::Mapping,
    /// The record this assessment revises, when it is a revision (`wia revise`).
    #[serde(default)]
    pub revises: Option<super::Revises>,
    /// Why it revises that record. Given on the command line (`--reason`), never read
    /// from the file, so a revision cannot be finalised without the assessor saying why.
    #[serde(skip)]
    pub reason: Option<String>,
}

/// The assessor as written in an answers file, where either part may still be blank (`~`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(
    deny_unknown_fields,
    expecting = "the assessor as {name, organisation}"
)]
pub struct AssessorInput {
    #[serde(default)]
    pub name: Option<String>,
    #[serde(default)]
    pub organisation: Option<String>,
}

impl AssessorInput {
    /// Neither part given, or both only blanks.
    pub fn is_blank(&self) -> bool {
        let blank = |s: &Option<String>| s.as_deref().is_none_or(|s| s.trim().is_empty());
        blank(&self.name) && blank(&self.organisation)
    }
}

pub struct BuildOptions {
    pub status: Status,
    pub id: String,
    pub now: DateTime<FixedOffset>,
    /// SHA-256 of the questionnaire's text.
    pub questionnaire_sha256: String,
}

pub struct Built {
    pub record: Record,
    /// The figures, for a draft too (a draft record does not store them).
    pub results: crate::scoring::Results,
    /// Problems that did not stop the record: warnings, and for a draft, missing answers.
    pub warnings: Vec<Problem>,
}

/// A short id, unique in practice: 10 hex digits from the time, the process and the title.
pub fn new_id(now: DateTime<FixedOffset>, salt: &str) -> String {
    let nanos = now.timestamp_nanos_opt().unwrap_or_default();
    let seed = format!("{nanos}:{}:{salt}", std::process::id());
    crate::questionnaire::sha256_hex(seed.as_bytes())[..10].to_string()
}

/// Build a record, or return every problem that stops it. A draft tolerates missing
/// answers and broken constraints; nothing tolerates an answer that cannot be read.
// Long because it builds the record's parts in order, collecting every problem before any
// is returned.
pub fn build_record(
    q: &Questionnaire,
    file: &AnswersFile,
    opts: BuildOptions,
    lang: Lang,
) -> Result<Built, Vec<Problem>> {
    let mut problems = Vec::new();
    // An answers file that names its questionnaire only by file has no id to compare.
    if !file.questionnaire.is_empty() && file.questionnaire != q.id {
        problems.push(Problem::general(
            "questionnaire",
            t!(
                lang,
                "domain-build-wrong-questionnaire",
                wanted = file.questionnaire.as_str(),
                given = q.id.as_str()
            ),
        ));
    }
    let assessor = read_assessor(q, &file.assessor, &mut problems, lang);
    for (role, n) in &file.headcounts {
        let path = format!("headcounts.{role}");
        if q.role(role).is_none() {
            let ids: Vec<&str> = q.scoring().roles.iter().map(|r| r.id.as_str()).collect();
            problems.push(Problem::general(
                &path,
                t!(
                    lang,
                    "domain-build-unknown-role",
                    role = role.as_str(),
                    expected = ids.join(", ")
                ),
            ));
        } else if !(n.is_finite() && (0.0..=MAX_HEADCOUNT).contains(n)) {
            problems.push(Problem::general(
                &path,
                t!(
                    lang,
                    "domain-build-bad-headcount",
                    value = n.to_string(),
                    max = MAX_HEADCOUNT.to_string()
                ),
            ));
        }
    }
    let revision = file.revises.as_ref().and_then(|revises| {
        let (revision, found) =
            super::revise::revision_of(revises, file.reason.as_deref(), opts.status, lang);
        problems.extend(found);
        revision
    });
    let (answers, read_problems) = parse_answers(q, &file.answers, lang);
    // An answer that cannot be read is not also "missing".
    let unreadable: Vec<Option<String>> =
        read_problems.iter().map(|p| p.question.clone()).collect();
    problems.extend(read_problems);
    problems.extend(
        check_answers(q, &answers, lang)
            .into_iter()
            .filter(|p| !(p.kind == ProblemKind::Missing && unreadable.contains(&p.question))),
    );

    let blocks = |p: &Problem| {
        p.severity == ProblemSeverity::Error
            && !(opts.status == Status::Draft
                && matches!(p.kind, ProblemKind::Missing | ProblemKind::Constraint))
    };
    if problems.iter().any(blocks) {
        // Only what stops the record: a draft's missing answers would only be noise here.
        problems.retain(|p| blocks(p));
        return Err(problems);
    }

    // Answers are stored in questionnaire order, in their normalised plain form.
    let mut stored = serde_yaml::Mapping::new();
    for (_, question) in q.questions() {
        if let Some(a) = answers.get(&question.id) {
            stored.insert(question.id.clone().into(), a.to_value());
        }
    }
    // Stored results are the same whatever language the assessor worked in: flag messages
    // in English, which every questionnaire has; readers look flags up by id.
    // A survey has nothing to score: its records hold the answers only.
    let results = if q.is_survey() {
        crate::scoring::Results::default()
    } else {
        score(q, &answers, &file.headcounts, Lang::En)
    };
    // Stored to the second, so the record reads back exactly as it was digested.
    let now = opts.now.with_nanosecond(0).unwrap_or(opts.now);
    let mut record = Record {
        schema_version: if revision.is_some() {
            super::REVISION_SCHEMA_VERSION
        } else {
            SCHEMA_VERSION
        },
        id: opts.id,
        questionnaire: QuestionnaireRef {
            id: q.id.clone(),
            version: q.version.clone(),
            sha256: opts.questionnaire_sha256,
        },
        status: opts.status,
        created: now,
        updated: now,
        revision,
        assessor,
        language: file.language,
        headcounts: file.headcounts.clone(),
        answers: stored,
        // A draft's figures may still change, so only a final record keeps them.
        results: (opts.status == Status::Final && !q.is_survey()).then(|| results.clone()),
        digest: None,
    };
    match canonical_digest(&record, lang) {
        Ok(d) => record.digest = Some(d),
        Err(why) => {
            return Err(vec![Problem::general(
                "answers",
                t!(lang, "domain-build-cannot-seal", why = why),
            )]);
        }
    }
    Ok(Built {
        record,
        results,
        warnings: problems,
    })
}

/// The assessor to write: nobody for an anonymous questionnaire, which refuses a name
/// rather than drop it silently; otherwise a name and an organisation, both required.
fn read_assessor(
    q: &Questionnaire,
    given: &AssessorInput,
    problems: &mut Vec<Problem>,
    lang: Lang,
) -> Assessor {
    if q.anonymous {
        if !given.is_blank() {
            problems.push(Problem::general(
                "assessor",
                t!(lang, "survey-build-anonymous-assessor"),
            ));
        }
        return Assessor::default();
    }
    let name = given.name.as_deref().unwrap_or("").trim();
    let organisation = given.organisation.as_deref().unwrap_or("").trim();
    if name.is_empty() {
        problems.push(Problem::general(
            "assessor.name",
            t!(lang, "domain-build-no-assessor-name"),
        ));
    }
    if organisation.is_empty() {
        problems.push(Problem::general(
            "assessor.organisation",
            t!(lang, "domain-build-no-assessor-organisation"),
        ));
    }
    for (path, text) in [
        ("assessor.name", name),
        ("assessor.organisation", organisation),
    ] {
        if let Some(c) = crate::text::refused_char(text) {
            problems.push(Problem::general(
                path,
                crate::answers::control_character(c, lang),
            ));
        }
    }
    Assessor {
        name: nfc(name),
        organisation: nfc(organisation),
    }
}
