//! Properties the Standard Cost Model must keep for any task list.

mod common;

use std::collections::BTreeMap;

use common::{close, small, task, with_tasks};
use proptest::prelude::*;
use wia::answers::{Change, TaskRow};
use wia::scoring::{Estimate, Results, score};
use wia::text::Lang;

fn row() -> impl Strategy<Value = TaskRow> {
    (
        prop::sample::subsequence(vec!["teacher", "alnco"], 1..=2),
        (0.0f64..600.0, 0.0f64..600.0, 0.0f64..600.0),
        prop::sample::select(vec!["once", "per_year", "per_term", "per_week"]),
        0.0f64..20.0,
        0.0f64..=1.0,
        prop::bool::ANY,
    )
        .prop_map(|(roles, (a, b, c), freq, count, share, removed)| {
            let mut m = [a, b, c];
            m.sort_by(f64::total_cmp);
            let change = if removed {
                Change::Removed
            } else {
                Change::New
            };
            task(
                "generated",
                &roles,
                (m[0], m[1], m[2]),
                freq,
                count,
                share,
                change,
                None,
            )
        })
}

fn figures(r: &Results) -> Vec<(String, Estimate)> {
    let mut out = Vec::new();
    for (role, f) in &r.roles {
        out.push((
            format!("{role} per person per year"),
            f.per_person_hours_per_year,
        ));
        out.push((
            format!("{role} per person per week"),
            f.per_person_hours_per_week,
        ));
        out.push((format!("{role} system"), f.system_hours_per_year));
        out.push((format!("{role} fte"), f.fte));
    }
    out
}

fn not_above(after: f64, before: f64) -> bool {
    after <= before || close(after, before)
}

fn rank(q: &wia::questionnaire::Questionnaire, band: &str) -> usize {
    q.scoring().bands.iter().position(|b| b.id == band).unwrap()
}

proptest! {
    #[test]
    fn removing_a_task_never_raises_any_figure(rows in prop::collection::vec(row(), 0..12), extra in row()) {
        let q = small();
        let before = score(&q, &with_tasks(rows.clone()), &BTreeMap::new(), Lang::En);
        // Marking more work as removed...
        let mut removed = extra.clone();
        removed.change = Change::Removed;
        let mut with_removed = rows.clone();
        with_removed.push(removed);
        let after = score(&q, &with_tasks(with_removed), &BTreeMap::new(), Lang::En);
        for ((name, a), (_, b)) in figures(&after).iter().zip(figures(&before).iter()) {
            for (x, y) in [(a.low, b.low), (a.likely, b.likely), (a.high, b.high), (a.expected, b.expected)] {
                prop_assert!(not_above(x, y), "{name}: {x} > {y}");
            }
        }
        prop_assert!(rank(&q, &after.rating) <= rank(&q, &before.rating) || before.rating_basis.is_none());
        // ...and dropping a new task from the list.
        if let Some(i) = rows.iter().position(|r| r.change == Change::New) {
            let mut fewer = rows.clone();
            fewer.remove(i);
            let after = score(&q, &with_tasks(fewer), &BTreeMap::new(), Lang::En);
            for ((name, a), (_, b)) in figures(&after).iter().zip(figures(&before).iter()) {
                prop_assert!(not_above(a.high, b.high) && not_above(a.expected, b.expected) && not_above(a.low, b.low), "{name}");
            }
        }
    }

    #[test]
    fn doubling_a_headcount_doubles_system_figures_only(rows in prop::collection::vec(row(), 0..12)) {
        let q = small();
        let answers = with_tasks(rows);
        let base = score(&q, &answers, &BTreeMap::new(), Lang::En);
        let doubled = score(&q, &answers, &BTreeMap::from([("alnco".to_string(), 200.0)]), Lang::En);
        let (a, b) = (&base.roles["alnco"], &doubled.roles["alnco"]);
        for (x, y) in [(a.system_hours_per_year, b.system_hours_per_year), (a.fte, b.fte)] {
            prop_assert!(close(2.0 * x.low, y.low) && close(2.0 * x.likely, y.likely));
            prop_assert!(close(2.0 * x.high, y.high) && close(2.0 * x.expected, y.expected));
        }
        prop_assert_eq!(a.per_person_hours_per_year, b.per_person_hours_per_year);
        prop_assert_eq!(a.per_person_hours_per_week, b.per_person_hours_per_week);
        // The other role is untouched.
        prop_assert_eq!(&base.roles["teacher"], &doubled.roles["teacher"]);
    }

    #[test]
    fn ranges_are_ordered_for_every_role(rows in prop::collection::vec(row(), 0..12)) {
        let r = score(&small(), &with_tasks(rows), &BTreeMap::new(), Lang::En);
        for (name, e) in figures(&r) {
            prop_assert!(not_above(e.low, e.likely), "{name}: low {} > likely {}", e.low, e.likely);
            prop_assert!(not_above(e.likely, e.high), "{name}: likely {} > high {}", e.likely, e.high);
            prop_assert!(not_above(e.low, e.expected) && not_above(e.expected, e.high), "{name}: expected {} outside {}..{}", e.expected, e.low, e.high);
        }
    }
}

proptest! {
    /// The list's search words lower each text whole (`review::index`): the words are
    /// those of lowering each word alone, Greek final sigma, Turkish dotted I and
    /// Unicode spaces included.
    #[test]
    fn lowering_a_text_whole_lowers_each_of_its_words_alike(text in "[a-zA-Z ΣσςΑΒİIı'’\u{2000}\u{a0}\t\n.-]{0,24}") {
        let whole = text.to_lowercase();
        let whole: Vec<&str> = whole.split_whitespace().collect();
        let each: Vec<String> = text.split_whitespace().map(str::to_lowercase).collect();
        prop_assert_eq!(whole, each);
    }

    /// A record's search words are each word of its title and written answers lowered
    /// alone, each once, in the order first met, made inert: whatever the texts hold
    /// (ASCII alone or not, control characters, Unicode spaces, final sigma) and however
    /// they are nested in the answers.
    #[test]
    fn the_search_words_are_each_word_lowered_once_in_order(
        title in "[a-zA-Z ΣσςİI\u{2000}\u{85}\u{1b}\t\n.-]{0,16}",
        texts in proptest::collection::vec("[a-cA-C ΣσςΑİ\u{2028}\u{a0}\u{7}\t.-]{0,20}", 0..6),
    ) {
        use serde_yaml::{Mapping, Value};
        let mut answers = Mapping::new();
        for (i, text) in texts.iter().enumerate() {
            let value = match i % 3 {
                0 => Value::String(text.clone()),
                1 => Value::Sequence(vec![Value::from(7), Value::String(text.clone())]),
                _ => Value::Mapping(Mapping::from_iter([(Value::from("other"), Value::String(text.clone()))])),
            };
            answers.insert(Value::from(format!("q{i}")), value);
        }
        let mut seen = std::collections::HashSet::new();
        let expected: Vec<String> = std::iter::once(&title)
            .chain(&texts)
            .flat_map(|t| t.split_whitespace())
            .map(str::to_lowercase)
            .filter(|w| seen.insert(w.clone()))
            .map(|w| wia::text::inert(&w).into_owned())
            .collect();
        prop_assert_eq!(wia::review::search_words(&title, &answers), expected.join(" "));
    }
}

proptest! {
    /// `text::nfc` skips composing text its quick check finds already composed: it gives
    /// exactly the full composition of any text, decomposed Welsh letters (w and a
    /// combining circumflex), Hangul jamo and lone combining marks included.
    #[test]
    fn nfc_with_its_quick_check_is_the_full_composition(text in "[a-zŵŷâWY \u{302}\u{301}\u{327}\u{1100}\u{1161}\u{11a8}\u{ac00}e\u{308}ё]{0,16}") {
        use unicode_normalization::UnicodeNormalization;
        let full: String = text.nfc().collect();
        prop_assert_eq!(wia::text::nfc(&text), full);
    }
}
