//! Reading the list with progress (`load_index_with`, which review mode and `wia list` use
//! to say how far they have got) gives exactly the list `load_index_trusting` gives, in
//! the same order, caches the same, and stops when told, on a generated folder with
//! broken and unreadable records among hundreds of good ones.

use std::collections::{BTreeMap, BTreeSet};
use std::ops::ControlFlow;
use std::path::Path;

use wia::i18n::Lang;
use wia::review::{Entry, State, Words, load_index, load_index_trusting, load_index_with};
use wia::sign::AllowedSigners;
use wia::store::DataDir;

const FIXTURES: &str = "tests/fixtures/review/records";

/// Several hundred records (so several parts read by several threads): the fixture
/// records copied under new names, good, altered and broken alike, and files that cannot
/// be read at all (too large, not UTF-8 in name or content, a link, a folder).
fn generated(root: &Path, copies: usize) -> DataDir {
    let data = DataDir::new(root);
    let records = data.records();
    std::fs::create_dir_all(&records).unwrap();
    let q = "tests/fixtures/review/questionnaires";
    std::fs::create_dir_all(data.root.join("questionnaires")).unwrap();
    for f in std::fs::read_dir(q).unwrap() {
        let f = f.unwrap().path();
        std::fs::copy(
            &f,
            data.root
                .join("questionnaires")
                .join(f.file_name().unwrap()),
        )
        .unwrap();
    }
    let mut fixtures: Vec<_> = std::fs::read_dir(FIXTURES)
        .unwrap()
        .map(|f| f.unwrap().path())
        .collect();
    fixtures.sort();
    for i in 0..copies {
        for f in &fixtures {
            let stem = f.file_stem().unwrap().to_string_lossy();
            // The first copy keeps its name, so its id is the one it holds.
            let name = if i == 0 {
                format!("{stem}.yaml")
            } else {
                format!("{stem}-{i:03}.yaml")
            };
            std::fs::copy(f, records.join(name)).unwrap();
        }
    }
    std::fs::write(records.join("huge.yaml"), vec![b'a'; 9 * 1024 * 1024]).unwrap();
    std::fs::write(records.join("latin1.yaml"), b"id: caf\xe9\n").unwrap();
    std::fs::create_dir(records.join("folder.yaml")).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt;
        let name = std::ffi::OsStr::from_bytes(b"bad-\xff.yaml");
        std::fs::write(records.join(name), "id: x\n").unwrap();
        std::os::unix::fs::symlink(records.join("9490d10358.yaml"), records.join("link.yaml"))
            .unwrap();
    }
    data
}

/// Every report, and the list.
struct Read {
    reports: Vec<(usize, usize)>,
    batches: Vec<Entry>,
    list: Option<Vec<Entry>>,
}

fn read_with(data: &DataDir, cache: Option<&Path>, stop_after: Option<usize>) -> Read {
    read_words(data, cache, stop_after, Words::Keep)
}

fn read_words(
    data: &DataDir,
    cache: Option<&Path>,
    stop_after: Option<usize>,
    words: Words,
) -> Read {
    let (mut reports, mut batches) = (Vec::new(), Vec::new());
    let list = load_index_with(
        data,
        cache,
        &AllowedSigners::default(),
        words,
        Lang::En,
        &mut |p| {
            reports.push((p.done, p.total));
            batches.extend(p.entries().cloned());
            match stop_after {
                Some(n) if reports.len() >= n => ControlFlow::Break(()),
                _ => ControlFlow::Continue(()),
            }
        },
    );
    Read {
        reports,
        batches,
        list,
    }
}

fn by_id(mut entries: Vec<Entry>) -> Vec<Entry> {
    entries.sort_by(|a, b| a.id.cmp(&b.id).then_with(|| a.file.cmp(&b.file)));
    entries
}

#[test]
fn the_list_read_with_progress_is_the_list_read_without() {
    let dir = tempfile::tempdir().unwrap();
    let data = generated(dir.path(), 60);
    let read = read_with(&data, None, None);
    let list = read.list.expect("read to the end");
    let plain = load_index_trusting(&data, None, &AllowedSigners::default(), Lang::En);
    assert_eq!(list, plain);
    assert!(list.len() > 500, "{} entries", list.len());
    // In the folder's order (by id, as the files are listed), not the threads'.
    let ids: Vec<&str> = list.iter().map(|e| e.id.as_str()).collect();
    let mut sorted = ids.clone();
    sorted.sort();
    assert_eq!(ids, sorted);
    // Broken and unreadable records are in it, each saying why.
    for id in ["huge", "latin1", "not-yaml-007", "empty", "alias-bomb-059"] {
        let e = list
            .iter()
            .find(|e| e.id == id)
            .unwrap_or_else(|| panic!("{id}"));
        assert!(
            matches!(e.state, State::Unreadable(_)),
            "{id}: {:?}",
            e.state
        );
    }
    assert!(
        list.iter().all(|e| e.id != "folder"),
        "a folder is not a record"
    );
    #[cfg(unix)]
    {
        let link = list
            .iter()
            .find(|e| e.id == "link")
            .expect("the link is listed");
        assert!(
            matches!(link.state, State::Unreadable(_)),
            "{:?}",
            link.state
        );
        assert!(list.iter().any(|e| e.id.starts_with("bad-")));
    }
    // The batches together are the list, each entry once.
    assert_eq!(by_id(read.batches), by_id(list.clone()));
    // The count starts at none, only rises, and ends at every file.
    let total = list.len();
    assert_eq!(read.reports.first(), Some(&(0, total)));
    assert!(
        read.reports.windows(2).all(|w| w[0].0 < w[1].0),
        "{:?}",
        read.reports
    );
    assert_eq!(read.reports.last(), Some(&(total, total)));
    assert!(read.reports.len() > 3, "progress moves: {:?}", read.reports);
}

#[test]
fn each_entry_is_what_its_file_gives_read_alone() {
    let dir = tempfile::tempdir().unwrap();
    let data = generated(&dir.path().join("all"), 3);
    let list = read_with(&data, None, None).list.unwrap();
    for e in list.iter().filter(|e| e.id != "link") {
        let alone = DataDir::new(dir.path().join("alone").join(&e.id));
        std::fs::create_dir_all(alone.records()).unwrap();
        let q = data.root.join("questionnaires");
        std::fs::create_dir_all(alone.root.join("questionnaires")).unwrap();
        for f in std::fs::read_dir(&q).unwrap() {
            let f = f.unwrap().path();
            let to = alone
                .root
                .join("questionnaires")
                .join(f.file_name().unwrap());
            std::fs::copy(&f, to).unwrap();
        }
        let to = alone.records().join(e.file.file_name().unwrap());
        if std::fs::copy(&e.file, &to).is_err() {
            continue;
        }
        let got = load_index(&alone, Lang::En);
        assert_eq!(got.len(), 1, "{}", e.id);
        let one = Entry {
            file: e.file.clone(),
            state: match (&got[0].state, &e.state) {
                // The reason names the file, which is elsewhere.
                (State::Unreadable(_), State::Unreadable(why)) => State::Unreadable(why.clone()),
                (s, _) => s.clone(),
            },
            ..got[0].clone()
        };
        assert_eq!(&one, e, "{}", e.id);
    }
}

#[test]
fn the_cache_written_while_reporting_gives_the_same_list_again() {
    let dir = tempfile::tempdir().unwrap();
    let data = generated(&dir.path().join("data"), 20);
    let cache = dir.path().join("cache").join("index.json");
    let cold = read_with(&data, Some(&cache), None).list.unwrap();
    let text = std::fs::read_to_string(&cache).expect("the cache is written");
    let kept: serde_json::Value = serde_json::from_str(&text).unwrap();
    let names: BTreeSet<String> = kept["entries"]
        .as_object()
        .unwrap()
        .keys()
        .cloned()
        .collect();
    let readable: BTreeSet<String> = cold
        .iter()
        .filter(|e| !matches!(e.state, State::Unreadable(_)))
        .map(|e| e.file.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, readable, "only readable records are kept");
    let warm = read_with(&data, Some(&cache), None);
    assert_eq!(warm.list.unwrap(), cold);
    let plain = load_index_trusting(&data, Some(&cache), &AllowedSigners::default(), Lang::En);
    assert_eq!(plain, cold);
}

/// The search words kept beside the cache at `cache`, by the hash of the record's bytes:
/// a head line, a line a record, and an end line counting them.
fn kept_words(cache: &Path) -> BTreeMap<String, String> {
    let words = cache.with_file_name("index.words");
    let text = std::fs::read_to_string(words).expect("the words are kept");
    let mut lines: Vec<&str> = text.lines().collect();
    assert!(lines.remove(0).starts_with("wia search words "), "{text}");
    let end = lines.pop().unwrap();
    assert_eq!(end, format!("end {}", lines.len()));
    lines
        .iter()
        .map(|l| {
            let (hash, words) = l.split_once(' ').unwrap();
            (hash.to_string(), words.to_string())
        })
        .collect()
}

/// The list as a listing that skips the words gives it from the cache.
fn without_words(list: &[Entry]) -> Vec<Entry> {
    let mut list = list.to_vec();
    for e in &mut list {
        if let Some(info) = &mut e.info {
            std::sync::Arc::make_mut(info).search.clear();
        }
    }
    list
}

#[test]
fn the_search_words_are_kept_apart_and_read_only_when_wanted() {
    let dir = tempfile::tempdir().unwrap();
    let data = generated(&dir.path().join("data"), 4);
    let cache = dir.path().join("cache").join("index.json");
    let truth = load_index(&data, Lang::En);
    // Words are kept by the record's bytes, which copies share.
    let readable = |truth: &[Entry]| {
        truth
            .iter()
            .filter(|e| !matches!(e.state, State::Unreadable(_)))
            .map(|e| std::fs::read(&e.file).unwrap())
            .collect::<BTreeSet<_>>()
            .len()
    };
    assert!(
        truth
            .iter()
            .any(|e| e.info.as_ref().is_some_and(|i| !i.search.is_empty()))
    );
    let list = |words| read_words(&data, Some(&cache), None, words).list.unwrap();

    // A first listing without a search still keeps every record's words for the next.
    assert_eq!(list(Words::Skip), truth, "read afresh, the words are there");
    let index = std::fs::read_to_string(&cache).unwrap();
    assert!(!index.contains("\"search\""), "the index holds no words");
    assert_eq!(kept_words(&cache).len(), readable(&truth));
    assert_eq!(list(Words::Skip), without_words(&truth));
    assert_eq!(list(Words::Keep), truth);

    // A record changed and one gone: a listing that skips the words carries the others'.
    let records = data.records();
    let changed = records.join("9490d10358-001.yaml");
    let text = std::fs::read_to_string(&changed).unwrap();
    std::fs::write(
        &changed,
        text.replace("Termly review", "Fortnightly review"),
    )
    .unwrap();
    std::fs::remove_file(records.join("1149744634-002.yaml")).unwrap();
    let truth = load_index(&data, Lang::En);
    let skipped = list(Words::Skip);
    let fresh = skipped.iter().find(|e| e.file == changed).unwrap();
    assert!(fresh.info.as_ref().unwrap().search.contains("fortnightly"));
    assert_eq!(kept_words(&cache).len(), readable(&truth));
    assert_eq!(list(Words::Keep), truth);
    assert_eq!(list(Words::Skip), without_words(&truth));

    // Words lost or torn are worked out again, never a record listed unsearchable.
    let words = cache.with_file_name("index.words");
    std::fs::remove_file(&words).unwrap();
    assert_eq!(
        list(Words::Skip),
        without_words(&truth),
        "the index alone is enough"
    );
    assert_eq!(list(Words::Keep), truth);
    assert_eq!(kept_words(&cache).len(), readable(&truth));
    let whole = std::fs::read_to_string(&words).unwrap();
    let end = whole.rfind("end ").unwrap();
    let second = whole.find('\n').unwrap() + 1;
    for torn in [
        &whole[..end],
        &whole[..whole.len() - 1],
        &whole[..whole.len() / 2],
        &format!(
            "{}{}",
            &whole[..second],
            &whole[whole[second..].find('\n').unwrap() + second + 1..]
        ),
        &format!("{whole}{whole}"),
        "{\"version\": 8, \"words\": {",
    ] {
        // Each made wrong as well as torn: were it used, the list would show it.
        std::fs::write(&words, torn.replace("termly", "never")).unwrap();
        assert_eq!(list(Words::Keep), truth, "{torn}");
        assert_eq!(kept_words(&cache).len(), readable(&truth));
    }
    // The words as version 9 kept them, in JSON, are removed once the new file is there.
    let older = cache.with_file_name("index.words.json");
    std::fs::write(&older, "{\"version\":9,\"words\":{}}").unwrap();
    std::fs::remove_file(&words).unwrap();
    assert_eq!(list(Words::Keep), truth);
    assert!(!older.exists());
}

/// A cache of another version (an older wia's) is not used, and is replaced.
#[test]
fn a_cache_of_another_version_is_read_afresh_and_replaced() {
    let dir = tempfile::tempdir().unwrap();
    let data = generated(&dir.path().join("data"), 2);
    let cache = dir.path().join("cache").join("index.json");
    let truth = load_index(&data, Lang::En);
    let list = |words| read_words(&data, Some(&cache), None, words).list.unwrap();
    assert_eq!(list(Words::Keep), truth);
    let current = std::fs::read_to_string(&cache).unwrap();
    let head = current.split(',').next().unwrap().to_string();
    assert!(head.starts_with("{\"version\":"), "{head}");
    let words = cache.with_file_name("index.words");
    let words_head = std::fs::read_to_string(&words)
        .unwrap()
        .lines()
        .next()
        .unwrap()
        .to_string();
    assert!(words_head.starts_with("wia search words "), "{words_head}");
    for (file, head, other) in [
        (&cache, &head, "{\"version\":1"),
        (&words, &words_head, "wia search words 9"),
    ] {
        let text = std::fs::read_to_string(file).unwrap();
        // Other versions, and the state and words of every entry made wrong: were the
        // files used, the list would show it.
        let older = text
            .replacen(head.as_str(), other, 1)
            .replace("\"Intact\"", "\"Draft\"")
            .replace("termly", "never");
        std::fs::write(file, older).unwrap();
    }
    assert_eq!(list(Words::Keep), truth);
    assert!(std::fs::read_to_string(&cache).unwrap().starts_with(&head));
    assert!(
        std::fs::read_to_string(&words)
            .unwrap()
            .starts_with(&words_head)
    );
}

#[test]
fn told_to_stop_it_leaves_the_rest_unread_and_caches_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let data = generated(&dir.path().join("data"), 60);
    let cache = dir.path().join("cache").join("index.json");
    let read = read_with(&data, Some(&cache), Some(2));
    assert!(read.list.is_none());
    assert_eq!(read.reports.len(), 2, "no report after the stop");
    let total = read.reports[0].1;
    assert!(
        read.batches.len() < total,
        "{} of {total}",
        read.batches.len()
    );
    assert!(!cache.exists(), "a list read in part is not cached");
}

/// `wia list` of `data` with stdout and stderr both piped, as a script runs it.
fn list_piped(data: &DataDir, cache: &Path, lang: &str) -> (Vec<u8>, Vec<u8>) {
    let out = assert_cmd::Command::cargo_bin("wia")
        .unwrap()
        .env("WIA_DATA_DIR", &data.root)
        .env("WIA_CONFIG_DIR", data.root.join(".test-settings"))
        .env("WIA_CACHE_DIR", cache)
        .env("WIA_LANG", lang)
        .args(["list", "--sort", "id"])
        .timeout(std::time::Duration::from_secs(120))
        .output()
        .unwrap();
    (out.stdout, out.stderr)
}

#[test]
fn piped_wia_list_says_nothing_of_its_progress() {
    let dir = tempfile::tempdir().unwrap();
    let data = generated(&dir.path().join("data"), 60);
    let cache = dir.path().join("cache");
    for lang in ["en", "cy"] {
        let _ = std::fs::remove_dir_all(&cache);
        // Cold (every record parsed: seconds in a debug build), then from the cache.
        let cold = list_piped(&data, &cache, lang);
        let warm = list_piped(&data, &cache, lang);
        assert_eq!(cold, warm, "{lang}: the same bytes, however long the read");
        let stderr = String::from_utf8_lossy(&cold.1);
        assert!(!stderr.contains('\r'), "{lang}: {stderr}");
        for words in ["Reading records", "Yn darllen cofnodion"] {
            assert!(!stderr.contains(words), "{lang}: {stderr}");
        }
        assert!(String::from_utf8_lossy(&cold.0).contains("9490d10358"));
    }
}
