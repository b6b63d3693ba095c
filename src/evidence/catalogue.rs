//! What an entry may say: causes, local authorities, roles and frequencies, read from the
//! bundled `questionnaires/evidence-log.yaml` so they change without code. Occurrences a
//! year come from the policy questionnaire's table, so evidence and assessments convert
//! "how often" the same way.

use std::sync::OnceLock;

use crate::questionnaire::{Question, QuestionKind, Questionnaire, bundled};
use crate::text::{Lang, Text};

pub const QUESTIONNAIRE: &str = "evidence-log";
/// The questionnaire whose frequency table and school year evidence uses.
pub const POLICY_QUESTIONNAIRE: &str = "wia-policy";

/// One allowed value: its id and its label in each language.
#[derive(Debug, Clone, PartialEq)]
pub struct Choice {
    pub id: String,
    pub label: Text,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Frequency {
    pub id: String,
    pub label: Text,
    pub per_year: f64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Catalogue {
    pub causes: Vec<Choice>,
    pub authorities: Vec<Choice>,
    pub roles: Vec<Choice>,
    pub frequencies: Vec<Frequency>,
    pub school_weeks_per_year: f64,
    pub max_staff: u32,
    pub max_hours: f64,
    pub max_school_chars: usize,
    pub max_policy_chars: usize,
    pub max_description_chars: usize,
}

impl Catalogue {
    /// The bundled catalogue, built once. The files are checked by tests and CI, so a
    /// missing question here is a build defect.
    pub fn bundled() -> &'static Catalogue {
        static CELL: OnceLock<Catalogue> = OnceLock::new();
        CELL.get_or_init(|| {
            let log = bundled(QUESTIONNAIRE).expect("the evidence-log questionnaire is bundled");
            let policy =
                bundled(POLICY_QUESTIONNAIRE).expect("the policy questionnaire is bundled");
            Catalogue::from_questionnaires(log, policy)
                .unwrap_or_else(|why| panic!("questionnaires/evidence-log.yaml: {why}"))
        })
    }

    pub fn from_questionnaires(
        log: &Questionnaire,
        policy: &Questionnaire,
    ) -> Result<Self, String> {
        let question = |id: &str| -> Result<&Question, String> {
            log.question(id)
                .ok_or_else(|| format!("no question `{id}`"))
        };
        let choices = |id: &str| -> Result<Vec<Choice>, String> {
            let options = question(id)?.kind.options();
            if options.is_empty() {
                return Err(format!("question `{id}` has no options"));
            }
            Ok(options
                .iter()
                .map(|o| Choice {
                    id: o.value.clone(),
                    label: o.label.clone(),
                })
                .collect())
        };
        let mut frequencies = Vec::new();
        for c in choices("frequency")? {
            let per_year = policy
                .frequency(&c.id)
                .ok_or_else(|| {
                    format!(
                        "frequency `{}` is not in the policy questionnaire's table",
                        c.id
                    )
                })?
                .per_year;
            frequencies.push(Frequency {
                id: c.id,
                label: c.label,
                per_year,
            });
        }
        let roles = choices("roles")?;
        if let Some(r) = roles.iter().find(|r| policy.role(&r.id).is_none()) {
            return Err(format!(
                "role `{}` is not a role of the policy questionnaire",
                r.id
            ));
        }
        let number_max = |id: &str| -> Result<f64, String> {
            match &question(id)?.kind {
                QuestionKind::Number { max: Some(m), .. } => Ok(*m),
                _ => Err(format!("question `{id}` needs to be a number with a `max`")),
            }
        };
        let text_max = |id: &str, default: usize| -> Result<usize, String> {
            match &question(id)?.kind {
                QuestionKind::ShortText { max_length } | QuestionKind::LongText { max_length } => {
                    Ok(max_length.unwrap_or(default))
                }
                _ => Err(format!("question `{id}` needs to be text")),
            }
        };
        Ok(Catalogue {
            causes: choices("cause")?,
            authorities: choices("authority")?,
            roles,
            frequencies,
            school_weeks_per_year: policy.scoring().school_weeks_per_year,
            max_staff: number_max("staff")? as u32,
            max_hours: number_max("hours")?,
            max_school_chars: text_max("school", 1_000)?,
            max_policy_chars: text_max("policy", 1_000)?,
            max_description_chars: text_max("description", 20_000)?,
        })
    }

    pub fn frequency(&self, id: &str) -> Option<&Frequency> {
        self.frequencies.iter().find(|f| f.id == id)
    }

    /// Occurrences a year of a frequency id; 0 for one not in the table.
    pub fn per_year(&self, id: &str) -> f64 {
        self.frequency(id).map_or(0.0, |f| f.per_year)
    }

    pub fn cause_label(&self, id: &str, lang: Lang) -> String {
        label_of(&self.causes, id, lang)
    }

    pub fn authority_label(&self, id: &str, lang: Lang) -> String {
        label_of(&self.authorities, id, lang)
    }

    pub fn role_label(&self, id: &str, lang: Lang) -> String {
        label_of(&self.roles, id, lang)
    }

    pub fn frequency_label(&self, id: &str, lang: Lang) -> String {
        self.frequency(id)
            .map_or_else(|| id.to_string(), |f| f.label.get(lang).to_string())
    }
}

fn label_of(list: &[Choice], id: &str, lang: Lang) -> String {
    list.iter()
        .find(|c| c.id == id)
        .map_or_else(|| id.to_string(), |c| c.label.get(lang).to_string())
}

/// Words that say nothing about a cause, in either language.
const STOP_WORDS: &[&str] = &[
    "and", "the", "for", "with", "from", "that", "this", "used", "work", "other", "ac", "neu",
    "gan", "gyda", "sy", "yr", "eu", "ei", "arferai", "gwaith", "eraill",
];

/// The significant words of a text, lower case, a plural ending (`s`, Welsh `au`) dropped,
/// so "IDPs" meets "IDP" and "CDUau" meets "CDU".
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .map(str::to_lowercase)
        .filter(|w| w.chars().count() >= 3 && !STOP_WORDS.contains(&w.as_str()))
        .map(|w| {
            let stem = w.strip_suffix("au").or_else(|| w.strip_suffix('s'));
            match stem {
                Some(stem) if stem.chars().count() >= 3 => stem.to_string(),
                _ => w,
            }
        })
        .collect()
}

impl Catalogue {
    /// The cause whose name shares most words with `text` (a task's description), in
    /// either language; `None` when none shares a word. "Other" is never a match.
    pub fn matching_cause(&self, text: &str) -> Option<&str> {
        let wanted = words(text);
        let mut best: Option<(&str, usize)> = None;
        for c in self.causes.iter().filter(|c| c.id != "other") {
            let mut label = words(&c.label.en);
            label.extend(c.label.cy.as_deref().map(words).unwrap_or_default());
            let score = wanted.iter().filter(|w| label.contains(w)).count();
            if score > 0 && best.is_none_or(|(_, s)| score > s) {
                best = Some((c.id.as_str(), score));
            }
        }
        best.map(|(id, _)| id)
    }
}

/// The id `typed` names: an id, or a label in either language, ignoring case and spaces
/// around it, so a spreadsheet's "Caerdydd" or "Cardiff" both mean `cardiff`.
pub fn resolve<'a>(list: &'a [Choice], typed: &str) -> Option<&'a str> {
    let t = crate::text::nfc(typed.trim()).to_lowercase();
    list.iter()
        .find(|c| {
            c.id == t
                || c.label.en.to_lowercase() == t
                || c.label
                    .cy
                    .as_deref()
                    .is_some_and(|cy| cy.to_lowercase() == t)
        })
        .map(|c| c.id.as_str())
}

pub fn resolve_frequency<'a>(list: &'a [Frequency], typed: &str) -> Option<&'a str> {
    let t = crate::text::nfc(typed.trim()).to_lowercase();
    list.iter()
        .find(|f| {
            f.id == t
                || f.label.en.to_lowercase() == t
                || f.label
                    .cy
                    .as_deref()
                    .is_some_and(|cy| cy.to_lowercase() == t)
        })
        .map(|f| f.id.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bundled_catalogue_has_every_list_and_wales_has_22_authorities() {
        let c = Catalogue::bundled();
        assert_eq!(c.authorities.len(), 22);
        assert_eq!(c.causes.len(), 11);
        assert_eq!(c.causes.last().unwrap().id, "other");
        assert_eq!(c.max_hours, 24.0);
        assert_eq!(c.school_weeks_per_year, 39.0);
        let ids: Vec<&str> = c.frequencies.iter().map(|f| f.id.as_str()).collect();
        assert_eq!(ids, ["once", "per_week", "per_term", "per_year"]);
        assert_eq!(c.per_year("per_week"), 39.0);
        assert_eq!(c.per_year("per_term"), 3.0);
    }

    #[test]
    fn the_evidence_scoring_block_agrees_with_the_policy_questionnaire() {
        let log = bundled(QUESTIONNAIRE).unwrap();
        let policy = bundled(POLICY_QUESTIONNAIRE).unwrap();
        for f in &log.scoring().frequencies {
            assert_eq!(
                Some(f.per_year),
                policy.frequency(&f.id).map(|p| p.per_year),
                "{}",
                f.id
            );
        }
        for r in &log.scoring().roles {
            let p = policy.role(&r.id).expect("same role ids");
            assert_eq!(r.label, p.label);
            assert_eq!(r.headcount, p.headcount);
        }
        assert_eq!(
            log.scoring().school_weeks_per_year,
            policy.scoring().school_weeks_per_year
        );
    }

    #[test]
    fn a_task_description_finds_the_cause_it_shares_words_with() {
        let c = Catalogue::bundled();
        for (task, cause) in [
            ("Write a termly IDP review note", Some("aln_paperwork")),
            ("Attendance data return to the LA", Some("data_returns")),
            ("Parents' evening bookings", Some("parents")),
            ("Staff meeting on the new policy", Some("meetings")),
            ("Ysgrifennu CDU", Some("aln_paperwork")),
            ("Cyfarfod staff", None),
            ("Laminating", None),
        ] {
            assert_eq!(c.matching_cause(task), cause, "{task}");
        }
    }

    #[test]
    fn ids_and_labels_in_either_language_resolve() {
        let c = Catalogue::bundled();
        assert_eq!(resolve(&c.authorities, "cardiff"), Some("cardiff"));
        assert_eq!(resolve(&c.authorities, " Caerdydd "), Some("cardiff"));
        assert_eq!(resolve(&c.authorities, "YNYS MÔN"), Some("anglesey"));
        assert_eq!(resolve(&c.authorities, "Cardif"), None);
        assert_eq!(
            resolve_frequency(&c.frequencies, "Every term"),
            Some("per_term")
        );
    }
}
