//! A comparison of two records as plain text for the terminal or a pipe.

use std::fmt::Write;

use super::RecordDiff;
use crate::report::signed_hours;
use crate::t;
use crate::text::{Lang, inert};

// Long because it writes each part of a difference in turn (the header, answers, figures,
// flags, roles) into one text.
pub fn diff_text(d: &RecordDiff, lang: Lang) -> String {
    let mut s = String::new();
    let _ = writeln!(
        s,
        "{}",
        t!(
            lang,
            "review-diff-heading",
            a = d.a.as_str(),
            b = d.b.as_str()
        )
    );
    if d.is_empty() {
        let _ = writeln!(s, "{}", t!(lang, "review-diff-same"));
        return s;
    }
    let _ = writeln!(
        s,
        "\n{}",
        t!(
            lang,
            "review-diff-rating",
            before = d.rating_before.as_str(),
            after = d.rating_after.as_str()
        )
    );
    if !d.flags_added.is_empty() {
        let _ = writeln!(
            s,
            "{}",
            t!(
                lang,
                "review-diff-flags-added",
                flags = d.flags_added.join(", ")
            )
        );
    }
    if !d.flags_removed.is_empty() {
        let _ = writeln!(
            s,
            "{}",
            t!(
                lang,
                "review-diff-flags-removed",
                flags = d.flags_removed.join(", ")
            )
        );
    }
    if !d.roles.is_empty() {
        let _ = writeln!(s, "\n{}", t!(lang, "review-diff-roles"));
        for r in &d.roles {
            let _ = writeln!(
                s,
                "  {}: {} → {} ({})  ·  {} → {}",
                inert(&r.label),
                signed_hours(r.weekly_before.expected),
                signed_hours(r.weekly_after.expected),
                signed_hours(r.weekly_after.expected - r.weekly_before.expected),
                signed_hours(r.system_before.expected),
                signed_hours(r.system_after.expected),
            );
        }
    }
    if !d.answers.is_empty() {
        let _ = writeln!(
            s,
            "\n{}",
            t!(lang, "review-diff-answers", count = d.answers.len())
        );
        for a in &d.answers {
            let _ = writeln!(s, "  [{}] {}", inert(&a.section), inert(&a.text));
            if let Some(b) = &a.before {
                let _ = writeln!(s, "    - {}", indent(b));
            }
            if let Some(b) = &a.after {
                let _ = writeln!(s, "    + {}", indent(b));
            }
        }
    }
    if !d.tasks.is_empty() {
        let _ = writeln!(
            s,
            "\n{}",
            t!(lang, "review-diff-tasks", count = d.tasks.len())
        );
        for task in &d.tasks {
            let what = inert(&task.description);
            match (task.before, task.after) {
                (None, Some(n)) => {
                    let _ = writeln!(
                        s,
                        "  + {}",
                        t!(lang, "review-diff-task-added", n = n, what = what.as_ref())
                    );
                }
                (Some(n), None) => {
                    let _ = writeln!(
                        s,
                        "  - {}",
                        t!(
                            lang,
                            "review-diff-task-removed",
                            n = n,
                            what = what.as_ref()
                        )
                    );
                }
                (Some(a), Some(b)) => {
                    let _ = writeln!(
                        s,
                        "  ~ {}",
                        t!(
                            lang,
                            "review-diff-task-changed",
                            a = a,
                            b = b,
                            what = what.as_ref()
                        )
                    );
                    for (field, x, y) in &task.fields {
                        let _ = writeln!(s, "      {field}: {} → {}", inert(x), inert(y));
                    }
                }
                (None, None) => {}
            }
        }
    }
    s
}

/// Later lines of a long answer stay under their marker.
fn indent(text: &str) -> String {
    inert(text).replace('\n', "\n      ")
}
