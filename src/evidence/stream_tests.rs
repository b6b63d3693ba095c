//! The streamed report against the report as it was (issue 18): the same generated logs,
//! read whole by `read_all` and summed by the old code (`report_reference`), and streamed
//! by `report_logs`, must give the same text, Markdown, CSV and JSON, byte for byte, in
//! both languages, and the same warnings.

use std::io::Write;
use std::path::Path;

use super::catalogue::Catalogue;
use super::entry::Entry;
use super::format::{self, Words};
use super::log::{
    MAX_LINE_BYTES, Reason, device_log_path, evidence_dir, legacy_log_path, read_all,
};
use super::report::{By, Filter, report_logs};
use super::report_reference;
use crate::store::DataDir;
use crate::text::Lang;

/// A small deterministic generator, so a failure can be run again.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

fn entry(rng: &mut Rng, c: &Catalogue, id: String) -> Entry {
    let school = rng.below(40);
    let roles = (0..1 + rng.below(3))
        .map(|_| c.roles[rng.below(c.roles.len())].id.clone())
        .collect();
    Entry {
        id,
        created: "2026-11-25T10:00:00+01:00".parse().unwrap(),
        date: "2025-01-01".parse::<chrono::NaiveDate>().unwrap()
            + chrono::Days::new(rng.below(700) as u64),
        // Names that differ only in case are two schools, as typed.
        school: if school.is_multiple_of(7) {
            format!("YSGOL {school}")
        } else {
            format!("Ysgol {school}")
        },
        authority: c.authorities[rng.below(c.authorities.len())].id.clone(),
        cause: c.causes[rng.below(c.causes.len())].id.clone(),
        policy: (rng.below(3) == 0).then(|| format!("Policy {}", rng.below(5))),
        roles,
        staff: 1 + rng.below(20) as u32,
        // Thirds and tenths, so the order of adding shows in the last bits.
        hours: (1 + rng.below(90)) as f64 / 3.0 + (rng.below(10) as f64) / 10.0,
        frequency: c.frequencies[rng.below(c.frequencies.len())].id.clone(),
        description: if rng.below(4) == 0 {
            "Cofnodi \"presenoldeb\"\tà llaw".into()
        } else {
            String::new()
        },
    }
}

fn line(e: &Entry) -> String {
    serde_json::to_string(e).unwrap()
}

fn write(path: &Path, text: &str) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::File::create(path)
        .unwrap()
        .write_all(text.as_bytes())
        .unwrap();
}

/// A folder with the old single log and three computers' logs: ids repeated between the
/// old log and the others, between two computers (a CSV imported on both) and within a
/// file; blank lines, a line with Windows ends, lines that are not entries, a line too
/// long to read, a torn last line, and one file with more bad lines than are named.
fn folder(dir: &Path, seed: u64) -> DataDir {
    let data = DataDir::new(dir);
    let c = Catalogue::bundled();
    let mut rng = Rng(seed);
    let mut ids = Vec::new();
    let next = |rng: &mut Rng, ids: &mut Vec<String>| {
        let id = format!("{:010x}", rng.next());
        ids.push(id.clone());
        id
    };
    let mut legacy = String::new();
    for _ in 0..300 {
        let id = next(&mut rng, &mut ids);
        legacy.push_str(&line(&entry(&mut rng, c, id)));
        legacy.push('\n');
    }
    legacy.push_str("\n   \n{\"id\":\"x\"}\nnot json at all\n");
    write(&legacy_log_path(&data), &legacy);

    let mut a = String::new();
    for i in 0..400 {
        let id = match i % 9 {
            // The same id as an entry of the old log, with other figures: the old wins.
            0 => ids[rng.below(300)].clone(),
            // An id imported from a CSV: not hex.
            1 => format!("import-{}", rng.below(50)),
            _ => next(&mut rng, &mut ids),
        };
        a.push_str(&line(&entry(&mut rng, c, id)));
        a.push_str(if i % 50 == 3 { "\r\n" } else { "\n" });
    }
    let long = Entry {
        description: "x".repeat(MAX_LINE_BYTES),
        ..entry(&mut rng, c, "0123456789".into())
    };
    a.push_str(&line(&long));
    a.push('\n');
    a.push_str(&" ".repeat(MAX_LINE_BYTES + 10));
    a.push('\n');
    let torn = line(&entry(&mut rng, c, "abcdefabcd".into()));
    a.push_str(&torn[..torn.len() / 2]);
    write(&device_log_path(&data, "0a0a0a0a"), &a);

    let mut b = String::new();
    for i in 0..350 {
        let id = match i % 11 {
            0 => ids[rng.below(ids.len())].clone(),
            1 => format!("import-{}", rng.below(50)),
            2 => "{\"broken\": ".to_string(),
            _ => next(&mut rng, &mut ids),
        };
        if id.starts_with('{') {
            b.push_str("{\"broken\": \n");
            continue;
        }
        b.push_str(&line(&entry(&mut rng, c, id)));
        b.push('\n');
    }
    // A wrong type in a field: read whole, it is skipped the same way.
    b.push_str(
        &line(&entry(&mut rng, c, "f00f00f00f".into())).replace("\"staff\":", "\"staff\":-"),
    );
    b.push('\n');
    write(&device_log_path(&data, "1b1b1b1b"), &b);

    let mut bad = String::new();
    for i in 0..130 {
        bad.push_str(&format!("bad line {i}\n"));
    }
    let id = ids[5].clone();
    bad.push_str(&line(&entry(&mut rng, c, id)));
    bad.push('\n');
    write(&device_log_path(&data, "2c2c2c2c"), &bad);
    // Not logs: a hidden temporary file and another extension.
    write(&evidence_dir(&data).join(".tmp.jsonl"), "junk\n");
    write(&evidence_dir(&data).join("notes.txt"), "junk\n");
    data
}

fn filters() -> Vec<Filter> {
    vec![
        Filter::default(),
        Filter {
            from: Some("2025-06-01".parse().unwrap()),
            to: Some("2026-03-31".parse().unwrap()),
            ..Filter::default()
        },
        Filter {
            school: Some("ysgol 7".into()),
            ..Filter::default()
        },
        Filter {
            authority: Some("cardiff".into()),
            cause: Some("meetings".into()),
            ..Filter::default()
        },
    ]
}

const ALL_BY: [By; 6] = [
    By::Cause,
    By::Role,
    By::Month,
    By::School,
    By::Authority,
    By::Policy,
];

fn every_format(r: &super::report::Report, lang: Lang) -> [String; 4] {
    let words = Words::new(lang);
    [
        format::text(r, &words),
        format::markdown(r, &words),
        format::csv(r),
        format::json(r),
    ]
}

#[test]
fn the_streamed_report_is_byte_for_byte_the_report_read_whole() {
    let c = Catalogue::bundled();
    for seed in [1, 2, 3] {
        let dir = tempfile::tempdir().unwrap();
        let data = folder(dir.path(), seed);
        for lang in [Lang::En, Lang::Cy] {
            let all = read_all(&data, lang).unwrap();
            assert!(all.entries.len() > 900, "{}", all.entries.len());
            for filter in filters() {
                for by in ALL_BY {
                    let old = report_reference::report(&all.entries, &filter, by, c, lang);
                    let (new, skips) = report_logs(&data, &filter, by, c, lang).unwrap();
                    assert_eq!(new, old, "seed {seed}, {by:?}, {filter:?}");
                    assert_eq!(
                        every_format(&new, lang),
                        every_format(&old, lang),
                        "seed {seed}, {by:?}, {filter:?}"
                    );
                    assert_eq!(skips.warnings(lang), all.warnings(lang));
                    assert_eq!(skips.count(), all.skipped_count());
                }
            }
        }
    }
}

#[test]
fn streaming_hands_on_the_entries_read_all_keeps_in_its_order() {
    let dir = tempfile::tempdir().unwrap();
    let data = folder(dir.path(), 7);
    let all = read_all(&data, Lang::En).unwrap();
    let mut streamed = Vec::new();
    let skips = super::stream::for_each_entry(&data, Lang::En, |e| streamed.push(e)).unwrap();
    assert_eq!(streamed, all.entries);
    let whole: Vec<_> = all
        .skipped
        .iter()
        .flat_map(|(p, l)| {
            l.skipped
                .iter()
                .take(100)
                .map(|s| (p.clone(), s.line, s.reason.clone()))
        })
        .collect();
    assert_eq!(super::stream::reasons(&skips), whole);
    // The folder has every kind of line it is meant to: entries of one id in two files,
    // each reason for skipping, and a file with more bad lines than are named.
    let read: usize = super::log::log_files(&data)
        .iter()
        .map(|p| super::log::read(p, Lang::En).unwrap().entries.len())
        .sum();
    assert!(
        read > streamed.len() + 50,
        "{read} read, {} counted",
        streamed.len()
    );
    let reasons = super::stream::reasons(&skips);
    for r in [Reason::Torn, Reason::TooLong] {
        assert!(reasons.iter().any(|(_, _, why)| *why == r), "{r:?}");
    }
    assert!(
        skips
            .files
            .iter()
            .any(|f| f.total == 130 && f.kept.len() == 100)
    );
    let w = skips.warnings(Lang::En);
    assert!(w.iter().any(|l| l.contains("30 more")), "{w:#?}");
}
