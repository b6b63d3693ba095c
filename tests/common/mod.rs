//! Helpers shared by the integration tests.
#![allow(dead_code)]

pub mod cli;
pub mod portfolio_folder;
pub mod pty;
pub mod signing;
pub mod sync_world;
pub mod tui;

use wia::answers::{Answer, Answers, Change, Minutes, TaskRow};
use wia::questionnaire::{Questionnaire, parse};

pub fn small() -> Questionnaire {
    let text = include_str!("../fixtures/small-questionnaire.yaml");
    parse(text, "small-questionnaire.yaml", wia::i18n::Lang::En)
        .expect("fixture is valid")
        .0
}

pub fn bundled() -> &'static Questionnaire {
    wia::questionnaire::bundled("wia-policy").expect("bundled questionnaire")
}

#[allow(clippy::too_many_arguments)]
pub fn task(
    description: &str,
    roles: &[&str],
    (low, likely, high): (f64, f64, f64),
    frequency: &str,
    count: f64,
    share: f64,
    change: Change,
    admin_task: Option<&str>,
) -> TaskRow {
    TaskRow {
        description: description.into(),
        roles: roles.iter().map(|r| r.to_string()).collect(),
        minutes: Minutes { low, likely, high },
        frequency: frequency.into(),
        count,
        share,
        change,
        admin_task: admin_task.map(str::to_string),
    }
}

pub fn with_tasks(rows: Vec<TaskRow>) -> Answers {
    let mut a = Answers::new();
    a.insert("policy_title".into(), Answer::Text("Test policy".into()));
    a.insert("tasks".into(), Answer::Tasks(rows));
    a
}

/// Equal within a relative millionth (figures are sums of products of decimals).
pub fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-6 * (1.0 + a.abs().max(b.abs()))
}

#[macro_export]
macro_rules! assert_close {
    ($a:expr, $b:expr) => {
        assert!(
            common::close($a, $b),
            "{} = {} but expected {}",
            stringify!($a),
            $a,
            $b
        )
    };
}
