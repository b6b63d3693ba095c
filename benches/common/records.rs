//! Records for the benchmarks that list them: made from the worked example
//! (`examples/aln-idp-review.answers.yaml`, about 24 KB a record), with varied titles,
//! assessors and task minutes so ratings differ; one in ten is a draft. Every record and
//! its summary are signed with `key`, as `wia new` does with a key set up.

use chrono::TimeZone;
use serde_yaml::Value;
use wia::record::{AnswersFile, BuildOptions, Status, build_record};
use wia::store::DataDir;

/// Write `n` records and their summaries into `data`, each signed by `key`, unless it
/// already holds them.
pub fn generate(data: &DataDir, n: usize, key: &ssh_key::PrivateKey) {
    let dir = data.records();
    if std::fs::read_dir(&dir).map_or(0, |d| d.count()) >= n {
        return;
    }
    std::fs::create_dir_all(data.summaries()).unwrap();
    std::fs::create_dir_all(&dir).unwrap();
    let text = include_str!("../../examples/aln-idp-review.answers.yaml");
    let base: AnswersFile = serde_yaml::from_str(text).unwrap();
    let q = wia::questionnaire::bundled("wia-policy").unwrap();
    let (_, q_text) = wia::questionnaire::bundled_text("wia-policy").unwrap();
    let sha = wia::questionnaire::sha256_hex(q_text.as_bytes());
    let t = chrono::FixedOffset::east_opt(0)
        .unwrap()
        .with_ymd_and_hms(2026, 1, 1, 9, 0, 0)
        .unwrap();
    let names = ["Rhian Evans", "Dafydd Jones", "Siân Price", "Gareth Hughes"];
    for i in 0..n {
        let mut file = base.clone();
        file.assessor.name = Some(names[i % names.len()].into());
        file.answers.insert(
            "policy_title".into(),
            Value::String(format!(
                "Policy {i}: termly review of IDPs, variant {}",
                i % 97
            )),
        );
        // Scale the first task's minutes so the ratings spread over the bands.
        if let Some(Value::Sequence(rows)) = file.answers.get_mut("tasks")
            && let Some(Value::Mapping(row)) = rows.get_mut(0)
            && let Some(Value::Mapping(m)) = row.get_mut("minutes")
        {
            let k = 0.2 + (i % 13) as f64 * 0.3;
            for key in ["low", "likely", "high"] {
                if let Some(v) = m.get(key).and_then(Value::as_f64) {
                    m.insert(key.into(), Value::from((v * k).round()));
                }
            }
        }
        let status = if i % 10 == 9 {
            Status::Draft
        } else {
            Status::Final
        };
        let built = build_record(
            q,
            &file,
            BuildOptions {
                status,
                id: format!("{i:010x}"),
                now: t + chrono::Duration::minutes(i as i64),
                questionnaire_sha256: sha.clone(),
            },
            wia::i18n::Lang::En,
        )
        .unwrap_or_else(|p| panic!("{p:?}"));
        let (record, summary) = (
            data.record_path(&built.record.id),
            data.summary_path(&built.record.id),
        );
        let q_lang = wia::i18n::Lang::En;
        let texts = [
            (record, built.record.to_yaml()),
            (
                summary,
                wia::report::summary(q, &built.record, &built.results, q_lang),
            ),
        ];
        for (path, text) in texts {
            std::fs::write(&path, &text).unwrap();
            let sig = wia::sign::sign_bytes(key, wia::sign::NS_RECORD, text.as_bytes()).unwrap();
            std::fs::write(wia::sign::sig_path(&path), sig).unwrap();
        }
    }
}
