//! The portfolio as JSON for analysts. The shape is a contract (docs/portfolio.md): keys are
//! never translated, and a change that breaks a reader raises `SCHEMA_VERSION`
//! (kept with the other outputs' in `crate::schema_version`).

use serde_json::{Map, Value, json};

use super::build::{PolicyRef, Portfolio};
use crate::scoring::Estimate;
use crate::text::Lang;

pub const SCHEMA_VERSION: u32 = crate::schema_version::PORTFOLIO;

fn estimate(e: &Estimate) -> Value {
    json!({"low": e.low, "likely": e.likely, "high": e.high, "expected": e.expected})
}

fn named(list: &[PolicyRef]) -> Value {
    list.iter()
        .map(|p| json!({"id": p.id, "title": p.title}))
        .collect()
}

/// The whole portfolio; flags' messages are in `lang`, everything else is the same in
/// every language.
pub fn portfolio_json(p: &Portfolio, lang: Lang) -> Value {
    let terms: Vec<Value> = p
        .terms
        .iter()
        .map(|t| {
            let roles: Map<String, Value> = t
                .roles
                .iter()
                .map(|r| {
                    let policies: Vec<Value> = r
                        .shares
                        .iter()
                        .map(|s| {
                            json!({
                                "id": s.policy.id,
                                "title": s.policy.title,
                                "average_weekly_expected": s.average_weekly_expected,
                            })
                        })
                        .collect();
                    (
                        r.role.clone(),
                        json!({
                            "average_weekly": estimate(&r.average_weekly),
                            "one_person_weekly": estimate(&r.one_person_weekly),
                            "policies": policies,
                        }),
                    )
                })
                .collect();
            json!({"term": t.term.key(), "roles": roles})
        })
        .collect();
    let flags: Vec<Value> = p
        .flags
        .iter()
        .map(|f| {
            json!({
                "id": f.id(),
                "term": f.term.key(),
                "role": f.role,
                "message": f.message(p, lang),
            })
        })
        .collect();
    let drafts: Vec<PolicyRef> = p.drafts().cloned().collect();
    json!({
        "schema_version": SCHEMA_VERSION,
        "terms": terms,
        "flags": flags,
        "undated": named(&p.undated),
        "drafts": named(&drafts),
        "beyond_timeline": named(&p.beyond),
    })
}
