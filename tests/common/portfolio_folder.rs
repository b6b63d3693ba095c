//! A data folder of hand-worked records for the cumulative workload: Alpha, Bravo and
//! Charlie (final; two start in the same term, one has a one-off task, one removes a
//! task) and Delta (an undated draft). The figures are worked by hand in tests/portfolio.rs.

use super::cli::wia;
use serde_yaml::Value as Yaml;

pub const EXAMPLE: &str = "examples/aln-idp-review.answers.yaml";

pub fn task(
    role: &str,
    freq: &str,
    count: u32,
    minutes: [u32; 3],
    share: f64,
    change: &str,
) -> Yaml {
    serde_yaml::from_str(&format!(
        "{{description: {role} {freq} task, roles: [{role}], minutes: {{low: {}, likely: {}, high: {}}}, \
         frequency: {freq}, count: {count}, share: {share}, change: {change}}}",
        minutes[0], minutes[1], minutes[2]
    ))
    .unwrap()
}

/// The example's answers with a new title, start, significant change and tasks.
pub fn answers(title: &str, start: Option<&str>, significant: bool, tasks: Vec<Yaml>) -> String {
    let text = std::fs::read_to_string(EXAMPLE).unwrap();
    let mut doc: Yaml = serde_yaml::from_str(&text).unwrap();
    let a = doc["answers"].as_mapping_mut().unwrap();
    a.insert("policy_title".into(), title.into());
    match start {
        Some(s) => a.insert("intended_start".into(), s.into()),
        None => a.remove("intended_start"),
    };
    let yes_no = if significant { "yes" } else { "no" };
    a.insert("significant_change".into(), yes_no.into());
    a.insert("guidance_date".into(), "2026-09-01".into());
    a.insert("review_date".into(), "2029-07-17".into());
    a.insert("tasks".into(), Yaml::Sequence(tasks));
    serde_yaml::to_string(&doc).unwrap()
}

/// A final record, or with `draft` a draft in the drafts folder, as `wia new` makes them.
pub fn make(data: &std::path::Path, name: &str, text: &str, draft: bool) {
    let file = data.join(format!("{name}.answers.yaml"));
    std::fs::write(&file, text).unwrap();
    let mut cmd = wia(data);
    cmd.args(["new", "--answers"]).arg(&file);
    if draft {
        cmd.arg("--draft");
    }
    cmd.assert().success();
}

/// A data folder holding Alpha, Bravo and Charlie (final) and Delta (a draft).
pub fn folder() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path();
    let alpha = answers(
        "Alpha",
        Some("2027-09-06"),
        true,
        vec![
            task("teacher", "per_week", 1, [10, 20, 30], 0.5, "new"),
            task("teacher", "once", 1, [60, 120, 180], 1.0, "new"),
        ],
    );
    let bravo = answers(
        "Bravo",
        Some("2027-10-15"),
        true,
        vec![
            task("alnco", "per_term", 6, [60, 90, 120], 0.5, "new"),
            task("teacher", "per_year", 1, [30, 60, 90], 0.2, "new"),
        ],
    );
    let charlie = answers(
        "Charlie",
        Some("2028-01-10"),
        false,
        vec![
            task("teacher", "per_week", 1, [5, 10, 20], 1.0, "removed"),
            task("alnco", "per_term", 4, [60, 90, 120], 1.0, "new"),
        ],
    );
    let delta = answers(
        "Delta",
        None,
        false,
        vec![task("teacher", "per_week", 1, [10, 10, 10], 1.0, "new")],
    );
    make(data, "alpha", &alpha, false);
    make(data, "bravo", &bravo, false);
    make(data, "charlie", &charlie, false);
    make(data, "delta", &delta, true);
    dir
}
