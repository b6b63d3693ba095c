//! What the portfolio takes from the questionnaire: the roles' names and order, and the
//! rating bands a cumulative figure is placed in.

use crate::questionnaire::Questionnaire;
use crate::questionnaire::model::Band;
use crate::text::{Lang, Text};

/// The band from which a role's cumulative figure is flagged.
pub const FLAG_FROM_BAND: &str = "moderate";

#[derive(Debug, Clone, PartialEq)]
pub struct Rules {
    /// Role ids and labels in the questionnaire's order.
    pub roles: Vec<(String, Text)>,
    pub bands: Vec<Band>,
}

impl Rules {
    pub fn of(q: &Questionnaire) -> Rules {
        Rules {
            roles: q
                .scoring()
                .roles
                .iter()
                .map(|r| (r.id.clone(), r.label.clone()))
                .collect(),
            bands: q.scoring().bands.clone(),
        }
    }

    /// The rules of the bundled questionnaire assessments start from.
    pub fn bundled() -> Rules {
        crate::questionnaire::bundled(crate::questionnaire::DEFAULT_ID)
            .map(Rules::of)
            .unwrap_or(Rules {
                roles: Vec::new(),
                bands: Vec::new(),
            })
    }

    /// The weekly hours at which the moderate band starts (the upper bound of the band
    /// before it); none when the questionnaire has no such band.
    pub fn flag_from(&self) -> Option<f64> {
        let i = self.bands.iter().position(|b| b.id == FLAG_FROM_BAND)?;
        match i {
            0 => Some(f64::NEG_INFINITY),
            _ => self.bands[i - 1].below,
        }
    }

    /// The band a weekly figure falls in: the first whose bound it is below.
    pub fn band(&self, hours: f64) -> Option<&Band> {
        self.bands
            .iter()
            .find(|b| b.below.is_none_or(|below| hours < below))
    }

    /// A role's name in `lang`; its id when the questionnaire does not know it.
    pub fn role_label(&self, id: &str, lang: Lang) -> String {
        self.roles
            .iter()
            .find(|(r, _)| r == id)
            .map_or_else(|| id.to_string(), |(_, t)| t.get(lang).to_string())
    }

    /// Role ids in the questionnaire's order, then any it does not know, sorted; once each.
    pub fn order_roles<'a>(&self, ids: impl Iterator<Item = &'a String>) -> Vec<String> {
        let seen: std::collections::BTreeSet<&String> = ids.collect();
        let mut out: Vec<String> = self
            .roles
            .iter()
            .filter(|(r, _)| seen.contains(r))
            .map(|(r, _)| r.clone())
            .collect();
        for id in seen {
            if !out.contains(id) {
                out.push(id.clone());
            }
        }
        out
    }
}
