//! The questionnaire as data: sections, questions, and the scoring configuration.

use serde::Deserialize;

use super::condition::Condition;
use crate::text::Text;

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(
    deny_unknown_fields,
    expecting = "a questionnaire with id, version, title, sections and, for an assessment, scoring"
)]
pub struct Questionnaire {
    pub id: String,
    pub version: String,
    pub title: Text,
    #[serde(default)]
    pub description: Option<Text>,
    /// Absent for a survey: its records hold answers only, with no figures to compute.
    #[serde(default)]
    pub scoring: Option<ScoringConfig>,
    /// Responses name nobody: no assessor is asked for, remembered or written.
    #[serde(default)]
    pub anonymous: bool,
    /// The STPC(W)D list of administrative and clerical tasks teachers should not routinely do.
    #[serde(default)]
    pub admin_tasks: Option<AdminTaskList>,
    pub sections: Vec<Section>,
    /// Said to the person when they reach the end (a thank-you, what happens next).
    #[serde(default)]
    pub closing: Option<Text>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(
    deny_unknown_fields,
    expecting = "a scoring block with school_weeks_per_year, directed_hours_per_fte, roles, frequencies, bands and flags"
)]
pub struct ScoringConfig {
    pub school_weeks_per_year: f64,
    pub directed_hours_per_fte: f64,
    /// Where the two figures above come from.
    #[serde(default)]
    pub source: Option<Text>,
    #[serde(default)]
    pub currency: Option<String>,
    pub roles: Vec<Role>,
    pub frequencies: Vec<Frequency>,
    pub bands: Vec<Band>,
    #[serde(default)]
    pub flags: Vec<Flag>,
    /// How many drivers a summary lists.
    #[serde(default = "default_drivers")]
    pub drivers: usize,
}

fn default_drivers() -> usize {
    5
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Role {
    pub id: String,
    pub label: Text,
    /// Default number of staff in Wales, for system-wide totals; an assessment may override it.
    pub headcount: f64,
    pub headcount_source: Text,
    pub headcount_year: u16,
    /// Cost of one hour of this role's time, for an optional cost figure.
    #[serde(default)]
    pub hourly_cost: Option<f64>,
    #[serde(default)]
    pub hourly_cost_source: Option<Text>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Frequency {
    pub id: String,
    pub label: Text,
    pub per_year: f64,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Band {
    pub id: String,
    pub label: Text,
    /// Upper bound (exclusive) of weekly hours per person; the last band has none.
    #[serde(default)]
    pub below: Option<f64>,
    #[serde(default)]
    pub description: Option<Text>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Warning,
    Serious,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Serious => "serious",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Flag {
    pub id: String,
    pub severity: Severity,
    pub message: Text,
    #[serde(deserialize_with = "super::condition::named::when")]
    pub when: Condition,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AdminTaskList {
    pub source: Text,
    pub items: Vec<AdminTask>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AdminTask {
    pub id: String,
    pub label: Text,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Section {
    pub id: String,
    pub title: Text,
    #[serde(default)]
    pub intro: Option<Text>,
    #[serde(default, deserialize_with = "super::condition::named::show_if")]
    pub show_if: Option<Condition>,
    pub questions: Vec<super::Question>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChoiceOption {
    pub value: String,
    pub label: Text,
    /// "Other, please specify": choosing it asks for text.
    #[serde(default)]
    pub other: bool,
}

/// A scale point's value: a number, or the code of a point that is not a number
/// ("Don't know"), which is stored as its code and never enters a comparison or a sum.
#[derive(Debug, Clone, PartialEq)]
pub enum Point {
    Number(f64),
    Code(String),
}

impl Point {
    /// The number, for a point that counts; `None` for a code.
    pub fn number(&self) -> Option<f64> {
        match self {
            Point::Number(n) => Some(*n),
            Point::Code(_) => None,
        }
    }
}

impl std::fmt::Display for Point {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Point::Number(n) => write!(f, "{n}"),
            Point::Code(c) => f.write_str(c),
        }
    }
}

impl<'de> Deserialize<'de> for Point {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged, expecting = "a number, or a code such as dont_know")]
        enum Raw {
            Number(f64),
            Code(String),
        }
        Ok(match Raw::deserialize(d)? {
            Raw::Number(n) => Point::Number(n),
            Raw::Code(c) => Point::Code(c),
        })
    }
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScalePoint {
    pub value: Point,
    pub label: Text,
    /// `false` for a point that is not a number ("Don't know"): its value is a code.
    #[serde(default = "counts_by_default")]
    pub counts: bool,
}

fn counts_by_default() -> bool {
    true
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MatrixRow {
    pub id: String,
    pub label: Text,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ConstraintSeverity {
    /// Blocks finalising.
    Error,
    /// Informs, never blocks.
    Warning,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Constraint {
    /// Must hold whenever the question is answered.
    #[serde(deserialize_with = "super::condition::named::rule")]
    pub rule: Condition,
    pub message: Text,
    #[serde(default = "default_constraint_severity")]
    pub severity: ConstraintSeverity,
}

fn default_constraint_severity() -> ConstraintSeverity {
    ConstraintSeverity::Error
}

/// What a survey's lookups see: no roles, frequencies, bands or flags, so every loop over
/// them is empty. The two figures are never divided by (no role, no task row), but are
/// the usual ones so that a slip shows ordinary numbers rather than infinities.
static NO_SCORING: ScoringConfig = ScoringConfig {
    school_weeks_per_year: 39.0,
    directed_hours_per_fte: 1265.0,
    source: None,
    currency: None,
    roles: Vec::new(),
    frequencies: Vec::new(),
    bands: Vec::new(),
    flags: Vec::new(),
    drivers: 0,
};

impl Questionnaire {
    /// A questionnaire without a scoring block: a survey.
    pub fn is_survey(&self) -> bool {
        self.scoring.is_none()
    }

    /// The scoring block, or an empty one for a survey.
    pub fn scoring(&self) -> &ScoringConfig {
        self.scoring.as_ref().unwrap_or(&NO_SCORING)
    }

    pub fn questions(&self) -> impl Iterator<Item = (&Section, &super::Question)> {
        self.sections
            .iter()
            .flat_map(|s| s.questions.iter().map(move |q| (s, q)))
    }

    pub fn question(&self, id: &str) -> Option<&super::Question> {
        self.questions().map(|(_, q)| q).find(|q| q.id == id)
    }

    pub fn role(&self, id: &str) -> Option<&Role> {
        self.scoring().roles.iter().find(|r| r.id == id)
    }

    pub fn frequency(&self, id: &str) -> Option<&Frequency> {
        self.scoring().frequencies.iter().find(|f| f.id == id)
    }

    pub fn admin_task(&self, id: &str) -> Option<&AdminTask> {
        self.admin_tasks.as_ref()?.items.iter().find(|a| a.id == id)
    }

    pub fn flag(&self, id: &str) -> Option<&Flag> {
        self.scoring().flags.iter().find(|f| f.id == id)
    }

    pub fn band(&self, id: &str) -> Option<&Band> {
        self.scoring().bands.iter().find(|b| b.id == id)
    }
}
