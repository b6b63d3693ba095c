//! The scoring engine against figures worked out by hand. The worked example is the one
//! in docs/scoring.md; if these numbers change, that page must change with them.

mod common;

use std::collections::BTreeMap;

use common::{bundled, small, task, with_tasks};
use wia::answers::{Answer, Change};
use wia::scoring::score;
use wia::text::Lang;

fn worked_example() -> wia::answers::Answers {
    with_tasks(vec![
        task(
            "New termly ALN progress return",
            &["alnco"],
            (60.0, 90.0, 180.0),
            "per_term",
            1.0,
            1.0,
            Change::New,
            None,
        ),
        task(
            "Write an IDP for each new learner",
            &["alnco"],
            (360.0, 600.0, 900.0),
            "per_year",
            4.0,
            0.5,
            Change::New,
            None,
        ),
        task(
            "Separate annual SEN return ends",
            &["alnco", "teacher"],
            (120.0, 180.0, 300.0),
            "per_year",
            1.0,
            1.0,
            Change::Removed,
            None,
        ),
        task(
            "Weekly attendance analysis",
            &["teacher"],
            (5.0, 10.0, 20.0),
            "per_week",
            1.0,
            0.25,
            Change::New,
            Some("attendance_analysis"),
        ),
    ])
}

#[test]
fn worked_example_per_person() {
    let r = score(bundled(), &worked_example(), &BTreeMap::new(), Lang::En);
    let alnco = &r.roles["alnco"];
    // A: 3 a year -> 3, 4.5, 9 h (E 5); B: 4 a year -> 24, 40, 60 h (E 244/6);
    // C removed: 2, 3, 5 h (E 19/6) -> low subtracts its high, high subtracts its low.
    let y = alnco.per_person_hours_per_year;
    assert_close!(y.low, 3.0 + 24.0 - 5.0);
    assert_close!(y.likely, 4.5 + 40.0 - 3.0);
    assert_close!(y.high, 9.0 + 60.0 - 2.0);
    assert_close!(y.expected, 42.5);
    assert_close!(alnco.per_person_hours_per_week.expected, 42.5 / 39.0);
    assert_close!(alnco.per_person_hours_per_week.low, 22.0 / 39.0);

    let t = r.roles["teacher"].per_person_hours_per_year;
    // D: 39 a week -> 3.25, 6.5, 13 h (E 42.25/6); minus C.
    assert_close!(t.low, 3.25 - 5.0);
    assert_close!(t.likely, 6.5 - 3.0);
    assert_close!(t.high, 13.0 - 2.0);
    assert_close!(t.expected, 42.25 / 6.0 - 19.0 / 6.0);
}

#[test]
fn worked_example_system_fte_rating_drivers_flags() {
    let r = score(bundled(), &worked_example(), &BTreeMap::new(), Lang::En);
    let alnco = &r.roles["alnco"];
    // 1,460 ALNCos: A x 1460, B x 730 (share 0.5), C x 1460.
    let s = alnco.system_hours_per_year;
    assert_close!(s.low, 4380.0 + 17520.0 - 7300.0);
    assert_close!(s.likely, 6570.0 + 29200.0 - 4380.0);
    assert_close!(s.high, 13140.0 + 43800.0 - 2920.0);
    assert_close!(
        s.expected,
        7300.0 + 244.0 / 6.0 * 730.0 - 19.0 / 6.0 * 1460.0
    );
    assert_close!(alnco.fte.expected, s.expected / 1265.0);

    // 26,882 teachers: D x 6,720.5 (share 0.25), C x 26,882.
    let t = r.roles["teacher"].system_hours_per_year;
    assert_close!(t.low, 3.25 * 6720.5 - 5.0 * 26882.0);
    assert_close!(t.high, 13.0 * 6720.5 - 2.0 * 26882.0);
    assert_close!(t.expected, -37802.8125);

    // ALNCos 42.5 / 39 = 1.09 h a week: moderate (1 to under 2).
    assert_eq!(r.rating, "moderate");
    let basis = r.rating_basis.as_ref().unwrap();
    assert_eq!(basis.role, "alnco");
    assert_close!(basis.per_person_hours_per_week, 42.5 / 39.0);

    // Ranked by size across Wales, sign kept: C saves most, then D, B, A.
    let order: Vec<usize> = r.drivers.iter().map(|d| d.task).collect();
    assert_eq!(order, vec![3, 4, 2, 1]);
    assert_close!(
        r.drivers[0].system_hours_per_year,
        -(19.0 / 6.0) * (1460.0 + 26882.0)
    );

    let flags: Vec<&str> = r.flags.iter().map(|f| f.id.as_str()).collect();
    assert!(flags.contains(&"admin_task_on_teachers"), "{flags:?}");
    assert!(
        !flags.contains(&"unfunded_increase"),
        "funding not answered: {flags:?}"
    );

    // The breakdown holds what was summed.
    assert_eq!(r.tasks.len(), 4);
    assert_eq!(r.tasks[1].occurrences_per_year, 4.0);
    assert_close!(r.tasks[1].roles[0].people, 730.0);
    assert_close!(r.tasks[2].roles[1].per_person_hours_per_year.low, -5.0);
    // Untouched roles are present, at zero, and not affected.
    assert!(!r.roles["leader"].affected);
    assert_eq!(r.roles["leader"].system_hours_per_year.expected, 0.0);
}

#[test]
fn headcount_override_and_cost() {
    let q = small();
    let answers = with_tasks(vec![task(
        "Marking log",
        &["teacher"],
        (30.0, 60.0, 90.0),
        "per_term",
        2.0,
        0.5,
        Change::New,
        None,
    )]);
    // 6 a year: 3, 6, 9 h, E 6; 500 teachers do it by default.
    let r = score(&q, &answers, &BTreeMap::new(), Lang::En);
    let t = &r.roles["teacher"];
    assert_close!(t.per_person_hours_per_year.expected, 6.0);
    assert_close!(t.system_hours_per_year.expected, 3000.0);
    assert_close!(t.cost_per_year.unwrap().expected, 3000.0 * 40.0);
    assert!(r.roles["alnco"].cost_per_year.is_none());
    // Override to 2,000 teachers: 1,000 do it.
    let overrides = BTreeMap::from([("teacher".to_string(), 2000.0)]);
    let r = score(&q, &answers, &overrides, Lang::En);
    assert_close!(r.roles["teacher"].system_hours_per_year.expected, 6000.0);
    assert_eq!(r.roles["teacher"].headcount, 2000.0);
    // 6 / 39 = 0.15 h a week: negligible.
    assert_eq!(r.rating, "negligible");
}

#[test]
fn policy_that_only_removes_work_is_rated_reduces() {
    let q = small();
    let answers = with_tasks(vec![task(
        "Old return dropped",
        &["teacher"],
        (60.0, 60.0, 60.0),
        "per_term",
        1.0,
        1.0,
        Change::Removed,
        None,
    )]);
    let r = score(&q, &answers, &BTreeMap::new(), Lang::En);
    assert_eq!(r.rating, "reduces");
    assert_close!(
        r.roles["teacher"].per_person_hours_per_week.expected,
        -3.0 / 39.0
    );
    assert!(r.flags.is_empty());
}

#[test]
fn no_tasks_is_negligible_with_no_basis() {
    let r = score(&small(), &with_tasks(vec![]), &BTreeMap::new(), Lang::En);
    assert_eq!(r.rating, "negligible");
    assert!(r.rating_basis.is_none());
    assert!(r.drivers.is_empty());
}

#[test]
fn band_edges_are_exclusive_upper_bounds() {
    let q = small();
    // Exactly 1 h a week (39 h a year at one a week of 60 min) is `moderate`, not `low`.
    let answers = with_tasks(vec![task(
        "Weekly hour",
        &["alnco"],
        (60.0, 60.0, 60.0),
        "per_week",
        1.0,
        1.0,
        Change::New,
        None,
    )]);
    let r = score(&q, &answers, &BTreeMap::new(), Lang::En);
    assert_close!(r.roles["alnco"].per_person_hours_per_week.expected, 1.0);
    assert_eq!(r.rating, "moderate");
    // 4 h a week or more is the open-ended last band.
    let answers = with_tasks(vec![task(
        "Weekly four hours",
        &["alnco"],
        (240.0, 240.0, 240.0),
        "per_week",
        1.0,
        1.0,
        Change::New,
        None,
    )]);
    assert_eq!(
        score(&q, &answers, &BTreeMap::new(), Lang::En).rating,
        "severe"
    );
}

#[test]
fn flags_read_scores_and_answers_and_hidden_answers_are_ignored() {
    let q = small();
    let mut answers = with_tasks(vec![task(
        "Weekly 90 minutes",
        &["alnco"],
        (90.0, 90.0, 90.0),
        "per_week",
        1.0,
        1.0,
        Change::New,
        None,
    )]);
    answers.insert("funded".into(), Answer::YesNo(false));
    let r = score(&q, &answers, &BTreeMap::new(), Lang::En);
    let ids: Vec<&str> = r.flags.iter().map(|f| f.id.as_str()).collect();
    assert_eq!(ids, vec!["alnco_busier", "unfunded"]);

    // funding_amount only applies when funded is yes: with funded = no it is not used.
    answers.insert("funding_amount".into(), Answer::Number(5000.0));
    let visibility = wia::answers::Visibility::compute(&q, &answers);
    assert!(!visibility.is_visible("funding_amount"));
    assert!(
        !visibility
            .effective(&answers)
            .contains_key("funding_amount")
    );
}

#[test]
fn unknown_role_or_frequency_contributes_nothing_rather_than_failing() {
    let q = small();
    let answers = with_tasks(vec![task(
        "Odd",
        &["nobody"],
        (10.0, 10.0, 10.0),
        "fortnightly",
        1.0,
        1.0,
        Change::New,
        None,
    )]);
    let r = score(&q, &answers, &BTreeMap::new(), Lang::En);
    assert!(
        r.roles
            .values()
            .all(|f| f.system_hours_per_year.expected == 0.0)
    );
}
