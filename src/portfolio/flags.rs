//! The warnings on the timeline: what no single assessment shows.

use super::build::{PolicyRef, Portfolio};
use super::policy::Policy;
use super::terms::{Season, Term};
use crate::text::Lang;

/// What a flag is about; its words come from `Flag::message`.
#[derive(Debug, Clone, PartialEq)]
pub enum FlagKind {
    /// A role's cumulative one-person weekly figure reaches the moderate band or above.
    Cumulative { hours: f64, band: String },
    /// Two or more significant changes start in the same term.
    SignificantTogether { policies: Vec<PolicyRef> },
    /// A policy starts in the summer term.
    SummerStart { policy: PolicyRef },
    /// A policy starts part-way through a school year in which others started earlier.
    MidYearAfterOthers {
        policy: PolicyRef,
        earlier: Vec<PolicyRef>,
    },
}

#[derive(Debug, Clone, PartialEq)]
pub struct Flag {
    pub term: Term,
    /// The role a cumulative flag is about; none for the others.
    pub role: Option<String>,
    pub kind: FlagKind,
}

impl Flag {
    /// The flag's id in JSON and CSV (a contract; not translated).
    pub fn id(&self) -> &'static str {
        match self.kind {
            FlagKind::Cumulative { .. } => "cumulative_moderate_or_above",
            FlagKind::SignificantTogether { .. } => "significant_changes_same_term",
            FlagKind::SummerStart { .. } => "summer_term_start",
            FlagKind::MidYearAfterOthers { .. } => "mid_year_after_others",
        }
    }

    /// The flag in a sentence, in `lang`. Titles are as the records give them: the caller
    /// makes them safe for where they are shown.
    pub fn message(&self, portfolio: &Portfolio, lang: Lang) -> String {
        self.message_with(portfolio, lang, &|p| quoted(p, lang))
    }

    /// As `message`, with each policy named by `name` (a document escapes its titles).
    pub fn message_with(
        &self,
        portfolio: &Portfolio,
        lang: Lang,
        name: &dyn Fn(&PolicyRef) -> String,
    ) -> String {
        let term = self.term.label(lang);
        let titles = |list: &[PolicyRef]| list.iter().map(name).collect::<Vec<_>>().join(", ");
        match &self.kind {
            FlagKind::Cumulative { hours, band } => {
                let role = self.role.as_deref().unwrap_or_default();
                let band_label = portfolio
                    .rules
                    .bands
                    .iter()
                    .find(|b| b.id == *band)
                    .map_or(band.clone(), |b| b.label.get(lang).to_string());
                crate::t!(
                    lang,
                    "portfolio-flag-cumulative",
                    term = term,
                    role = portfolio.rules.role_label(role, lang),
                    hours = format!("{hours:.2}"),
                    band = band_label
                )
            }
            FlagKind::SignificantTogether { policies } => crate::t!(
                lang,
                "portfolio-flag-significant-together",
                term = term,
                count = policies.len(),
                policies = titles(policies)
            ),
            FlagKind::SummerStart { policy } => crate::t!(
                lang,
                "portfolio-flag-summer-start",
                term = term,
                policy = name(policy)
            ),
            FlagKind::MidYearAfterOthers { policy, earlier } => crate::t!(
                lang,
                "portfolio-flag-mid-year",
                term = term,
                policy = name(policy),
                others = titles(earlier)
            ),
        }
    }
}

/// A policy's title in quotation marks, marked when it is a draft; its id when untitled.
pub fn quoted(p: &PolicyRef, lang: Lang) -> String {
    let title = if p.title.trim().is_empty() {
        p.id.as_str()
    } else {
        p.title.as_str()
    };
    if p.draft {
        crate::t!(lang, "portfolio-draft-title", title = title)
    } else {
        format!("“{title}”")
    }
}

/// Every flag of a built portfolio, in term order; `dated` are its policies with their
/// start terms, in start order.
pub(super) fn find_flags(portfolio: &Portfolio, dated: &[(&Policy, Term)]) -> Vec<Flag> {
    let mut flags = Vec::new();
    let flag_from = portfolio.rules.flag_from();
    for t in &portfolio.terms {
        if let Some(from) = flag_from {
            for r in &t.roles {
                let hours = r.one_person_weekly.expected;
                if hours >= from
                    && let Some(band) = portfolio.rules.band(hours)
                {
                    flags.push(Flag {
                        term: t.term,
                        role: Some(r.role.clone()),
                        kind: FlagKind::Cumulative {
                            hours,
                            band: band.id.clone(),
                        },
                    });
                }
            }
        }
        let significant: Vec<PolicyRef> = dated
            .iter()
            .filter(|(p, s)| *s == t.term && p.significant_change)
            .map(|(p, _)| PolicyRef::of(p))
            .collect();
        if significant.len() >= 2 {
            flags.push(Flag {
                term: t.term,
                role: None,
                kind: FlagKind::SignificantTogether {
                    policies: significant,
                },
            });
        }
        for (p, s) in dated.iter().filter(|(_, s)| *s == t.term) {
            if s.season == Season::Summer {
                flags.push(Flag {
                    term: *s,
                    role: None,
                    kind: FlagKind::SummerStart {
                        policy: PolicyRef::of(p),
                    },
                });
            }
            let earlier: Vec<PolicyRef> = dated
                .iter()
                .filter(|(_, o)| o.year == s.year && o.season < s.season)
                .map(|(o, _)| PolicyRef::of(o))
                .collect();
            if !earlier.is_empty() {
                flags.push(Flag {
                    term: *s,
                    role: None,
                    kind: FlagKind::MidYearAfterOthers {
                        policy: PolicyRef::of(p),
                        earlier,
                    },
                });
            }
        }
    }
    flags
}
