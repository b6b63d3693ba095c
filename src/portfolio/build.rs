//! Policies laid on the timeline of terms: for each term and role, the weekly hours of
//! every policy active then, and the policies that make them up. Pure: the same policies
//! always give the same portfolio.

use std::collections::BTreeMap;

use super::flags::{Flag, find_flags};
use super::policy::Policy;
use super::rules::Rules;
use super::terms::Term;
use crate::scoring::Estimate;

/// At most twenty school years are laid out: a start date decades away (a typing slip, or
/// a stranger's file) would otherwise make a timeline of thousands of empty terms. Policies
/// starting after the last term are listed apart.
pub const MAX_TERMS: usize = 60;

/// A policy named in a list, without its figures.
#[derive(Debug, Clone, PartialEq)]
pub struct PolicyRef {
    pub id: String,
    pub title: String,
    pub draft: bool,
}

impl PolicyRef {
    pub(super) fn of(p: &Policy) -> PolicyRef {
        PolicyRef {
            id: p.id.clone(),
            title: p.title.clone(),
            draft: p.draft,
        }
    }
}

/// One policy's part of a role's figure in a term.
#[derive(Debug, Clone, PartialEq)]
pub struct Share {
    pub policy: PolicyRef,
    pub average_weekly_expected: f64,
    pub one_person_weekly_expected: f64,
}

/// A role's figures in one term.
#[derive(Debug, Clone, PartialEq)]
pub struct RoleTerm {
    pub role: String,
    /// Every active policy's system hours over the role's headcount, per school week.
    pub average_weekly: Estimate,
    /// For one person who does all of the role's work in every active policy.
    pub one_person_weekly: Estimate,
    /// The policies with work for this role, largest average first (by size: a large
    /// saving comes before a small burden, as the scoring ranks its drivers).
    pub shares: Vec<Share>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct TermFigures {
    pub term: Term,
    /// The policies whose start falls in this term.
    pub starting: Vec<PolicyRef>,
    /// One for each of the portfolio's roles, in its order.
    pub roles: Vec<RoleTerm>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Portfolio {
    /// Every term from the earliest start to the end of the latest start's school year,
    /// in order (at most `MAX_TERMS`).
    pub terms: Vec<TermFigures>,
    /// The role ids some policy gives work to, in the questionnaire's order.
    pub roles: Vec<String>,
    pub flags: Vec<Flag>,
    /// Policies without an intended start: listed, never guessed.
    pub undated: Vec<PolicyRef>,
    /// Policies starting after the timeline's last term (see `MAX_TERMS`).
    pub beyond: Vec<PolicyRef>,
    /// Every policy on the timeline, in start order.
    pub policies: Vec<PolicyRef>,
    /// Policies answered as phased in, counted in full from their start.
    pub phased: Vec<PolicyRef>,
    /// Role and band names, and where the flag for a role's figure starts.
    pub rules: Rules,
}

impl Portfolio {
    /// Every draft counted, whether on the timeline or listed apart.
    pub fn drafts(&self) -> impl Iterator<Item = &PolicyRef> {
        self.policies
            .iter()
            .chain(&self.undated)
            .chain(&self.beyond)
            .filter(|p| p.draft)
    }

    /// A role's figures in a term, by role id.
    pub fn figures(&self, term: usize, role: &str) -> Option<&RoleTerm> {
        self.terms.get(term)?.roles.iter().find(|r| r.role == role)
    }
}

/// The portfolio of `policies`. Their order does not matter: ties are broken by id.
pub fn build(policies: &[Policy], rules: &Rules) -> Portfolio {
    let mut dated: Vec<(&Policy, Term)> = policies
        .iter()
        .filter_map(|p| Some((p, p.start_term()?)))
        .collect();
    // In the order they start, so lists read as a timeline.
    dated.sort_by(|(a, _), (b, _)| a.start.cmp(&b.start).then_with(|| a.id.cmp(&b.id)));
    let mut undated: Vec<PolicyRef> = policies
        .iter()
        .filter(|p| p.start.is_none())
        .map(PolicyRef::of)
        .collect();
    undated.sort_by(|a, b| a.id.cmp(&b.id));

    let terms: Vec<Term> = match (dated.first(), dated.last()) {
        (Some((_, first)), Some((_, last))) => {
            // To the end of the last start's school year: a policy starting in autumn goes
            // on in spring and summer, and a year is what the group plans by.
            let mut all = first.through(last.end_of_year());
            all.truncate(MAX_TERMS);
            all
        }
        _ => Vec::new(),
    };
    let end = terms.last().copied();
    let beyond: Vec<PolicyRef> = dated
        .iter()
        .filter(|(_, t)| Some(*t) > end)
        .map(|(p, _)| PolicyRef::of(p))
        .collect();
    dated.retain(|(_, t)| Some(*t) <= end);

    let roles = rules.order_roles(dated.iter().flat_map(|(p, _)| p.roles.keys()));
    // Each policy's position on the timeline, found once.
    let index: BTreeMap<Term, usize> = terms.iter().enumerate().map(|(i, t)| (*t, i)).collect();
    let placed: Vec<(&Policy, usize)> = dated.iter().map(|(p, t)| (*p, index[t])).collect();

    let figures = terms
        .iter()
        .enumerate()
        .map(|(k, term)| TermFigures {
            term: *term,
            starting: placed
                .iter()
                .filter(|(_, s)| *s == k)
                .map(|(p, _)| PolicyRef::of(p))
                .collect(),
            roles: roles
                .iter()
                .map(|role| role_term(role, k, &placed))
                .collect(),
        })
        .collect();
    let mut portfolio = Portfolio {
        terms: figures,
        roles,
        flags: Vec::new(),
        undated,
        beyond,
        policies: dated.iter().map(|(p, _)| PolicyRef::of(p)).collect(),
        phased: dated
            .iter()
            .filter(|(p, _)| p.phased)
            .map(|(p, _)| PolicyRef::of(p))
            .collect(),
        rules: rules.clone(),
    };
    portfolio.flags = find_flags(&portfolio, &dated);
    portfolio
}

/// A role's figures in term `k`, from every policy placed at or before it.
fn role_term(role: &str, k: usize, placed: &[(&Policy, usize)]) -> RoleTerm {
    let mut average = Estimate::default();
    let mut one_person = Estimate::default();
    let mut shares = Vec::new();
    for (p, start) in placed.iter().filter(|(_, s)| *s <= k) {
        let Some(load) = p.roles.get(role) else {
            continue;
        };
        let (a, o) = load.in_term(k - start);
        average += a;
        one_person += o;
        shares.push(Share {
            policy: PolicyRef::of(p),
            average_weekly_expected: a.expected,
            one_person_weekly_expected: o.expected,
        });
    }
    shares.sort_by(|x, y| {
        y.average_weekly_expected
            .abs()
            .total_cmp(&x.average_weekly_expected.abs())
            .then_with(|| x.policy.id.cmp(&y.policy.id))
    });
    RoleTerm {
        role: role.to_string(),
        average_weekly: average,
        one_person_weekly: one_person,
        shares,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::portfolio::{FlagKind, RoleLoad};
    use chrono::NaiveDate;

    fn policy(id: &str, start: Option<(i32, u32)>, weekly: f64, phased: bool) -> Policy {
        let e = Estimate::new(weekly, weekly, weekly);
        Policy {
            id: id.into(),
            title: id.to_uppercase(),
            draft: false,
            start: start.map(|(y, m)| NaiveDate::from_ymd_opt(y, m, 1).unwrap()),
            significant_change: false,
            phased,
            roles: [(
                "teacher".to_string(),
                RoleLoad {
                    recurring_average: e,
                    recurring_one_person: e,
                    ..Default::default()
                },
            )]
            .into(),
        }
    }

    #[test]
    fn a_summer_start_is_flagged_and_far_or_undated_starts_are_listed_apart() {
        let policies = [
            policy("a", Some((2027, 9)), 0.1, false),
            policy("b", Some((2028, 5)), 0.1, true),
            policy("c", None, 0.1, false),
            policy("d", Some((2050, 9)), 0.1, false),
        ];
        let p = build(&policies, &Rules::bundled());
        assert_eq!(p.terms.len(), MAX_TERMS, "capped, not 23 years of terms");
        assert_eq!(p.beyond.len(), 1);
        assert_eq!(p.beyond[0].id, "d");
        assert_eq!(p.undated[0].id, "c");
        assert_eq!(p.phased[0].id, "b");
        let kinds: Vec<&str> = p.flags.iter().map(Flag::id).collect();
        assert_eq!(kinds, ["summer_term_start", "mid_year_after_others"]);
        assert!(
            matches!(&p.flags[1].kind, FlagKind::MidYearAfterOthers { earlier, .. } if earlier[0].id == "a")
        );
        // b counts from its start on, every term after.
        let last = p.terms.last().unwrap();
        assert!((last.roles[0].one_person_weekly.expected - 0.2).abs() < 1e-9);
    }

    #[test]
    fn order_of_records_does_not_change_the_portfolio() {
        let mut policies = vec![
            policy("a", Some((2027, 9)), 0.6, false),
            policy("b", Some((2027, 11)), 0.6, false),
        ];
        let one = build(&policies, &Rules::bundled());
        policies.reverse();
        assert_eq!(one, build(&policies, &Rules::bundled()));
        // 1.2 hours a week together: moderate, though each is low on its own.
        assert_eq!(one.flags[0].id(), "cumulative_moderate_or_above");
    }
}
