//! The printable HTML summary: one self-contained page (no scripts, nothing fetched), every
//! stranger's text escaped, the hours by role drawn as SVG bars with their ranges, and the
//! same words as the Markdown, in English, Welsh and both.

mod common;

use chrono::DateTime;
use wia::i18n::Lang;
use wia::record::{AnswersFile, BuildOptions, Record, Status, build_record};
use wia::report::{bilingual_html, summary_html};

fn example(title: &str) -> Record {
    let mut file: AnswersFile =
        serde_yaml::from_str(include_str!("../examples/aln-idp-review.answers.yaml")).unwrap();
    file.answers.insert("policy_title".into(), title.into());
    file.assessor.name = Some("Ceri <b>Jones</b> & \"Co\"".into());
    let opts = BuildOptions {
        status: Status::Final,
        id: "0123456789".into(),
        now: DateTime::parse_from_rfc3339("2026-11-25T09:30:00+00:00").unwrap(),
        questionnaire_sha256: "ab".repeat(32),
    };
    build_record(common::bundled(), &file, opts, Lang::En)
        .ok()
        .unwrap()
        .record
}

fn pages(r: &Record) -> [(&'static str, String); 3] {
    let q = common::bundled();
    let results = r.results.as_ref().unwrap();
    [
        ("en", summary_html(q, r, results, Lang::En)),
        ("cy", summary_html(q, r, results, Lang::Cy)),
        ("both", bilingual_html(q, r, results)),
    ]
}

#[test]
fn a_title_with_a_script_is_shown_as_text_never_run() {
    let r = example("IDPs <script>alert('x')</script> & <img src=x onerror=y>");
    for (name, page) in pages(&r) {
        let lower = page.to_lowercase();
        assert!(!lower.contains("<script"), "{name}: {page}");
        assert!(!lower.contains("<img"), "{name}");
        assert!(!lower.contains("<b>"), "{name}");
        assert!(
            page.contains("IDPs &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &lt;img"),
            "{name}: {page}"
        );
        assert!(
            page.contains("Ceri &lt;b&gt;Jones&lt;/b&gt; &amp; &quot;Co&quot;"),
            "{name}"
        );
    }
}

#[test]
fn the_page_is_self_contained_with_a_print_style_for_one_a4_sheet() {
    let r = example("Termly IDP reviews");
    for (name, page) in pages(&r) {
        assert!(page.starts_with("<!DOCTYPE html>"), "{name}");
        assert!(
            page.contains("<style>") && page.contains("@page { size: A4"),
            "{name}"
        );
        assert!(page.contains("@media print"), "{name}");
        let lower = page.to_lowercase();
        // Nothing fetched or run: no scripts, links, external sheets, images or fonts.
        for banned in [
            "<script", "<link", "<img", "<iframe", "@import", "url(", "src=", "href=", "http://",
            "https://",
        ] {
            // The SVG namespace is an identifier, never fetched.
            let text = lower.replace("xmlns=\"http://www.w3.org/2000/svg\"", "");
            assert!(!text.contains(banned), "{name}: `{banned}`");
        }
        for handler in [" onload=", " onclick=", " onerror=", "javascript:"] {
            assert!(!lower.contains(handler), "{name}: {handler}");
        }
    }
    let [(_, en), (_, cy), (_, both)] = pages(&r);
    assert!(en.contains("<html lang=\"en\">"));
    assert!(cy.contains("<html lang=\"cy\">"));
    assert!(both.contains("<div lang=\"cy\">") && both.contains("<div lang=\"en\">"));
}

/// The chart: a bar for each affected role, from zero to its expected weekly hours, and a
/// line from its low to its high figure, labelled with the role's name and the figure.
#[test]
fn hours_by_role_are_bars_with_their_ranges() {
    let r = example("Termly IDP reviews");
    let results = r.results.as_ref().unwrap();
    let affected: Vec<_> = results.roles.values().filter(|f| f.affected).collect();
    let [(_, en), (_, cy), (_, both)] = pages(&r);
    for page in [&en, &cy, &both] {
        let svg = &page[page.find("<svg").unwrap()..page.find("</svg>").unwrap()];
        assert_eq!(svg.matches("<rect").count(), affected.len(), "{svg}");
        // One range line (with its two end ticks) per role.
        assert_eq!(svg.matches("<path d=\"M").count(), affected.len(), "{svg}");
        for f in &affected {
            let figure = wia::report::signed_hours(f.per_person_hours_per_week.expected);
            assert!(
                svg.contains(&format!(">{figure}</text>")),
                "{figure}: {svg}"
            );
        }
    }
    assert!(en.contains(">ALNCos</text>"), "{en}");
    assert!(cy.contains(">CydADY</text>"), "{cy}");
    assert!(both.contains(">CydADY / ALNCos</text>"), "{both}");
}

#[test]
fn the_page_says_what_the_markdown_says() {
    let r = example("Termly IDP reviews");
    let q = common::bundled();
    let results = r.results.as_ref().unwrap();
    let [(_, en), (_, cy), (_, both)] = pages(&r);
    let md = wia::report::summary(q, &r, results, Lang::En);
    // The same figures: the rating line and the first driver.
    let rating = md.lines().find(|l| l.starts_with("## Rating")).unwrap();
    let (band, size) = rating[3..].split_once(" · ").unwrap();
    assert!(
        en.contains(&format!(
            "<span class=\"band\">{band}</span>\n<span class=\"size\">{size}</span>"
        )),
        "{rating}\n{en}"
    );
    let driver = md.lines().find(|l| l.starts_with("1. ")).unwrap();
    assert!(en.contains(&driver[3..]), "{driver}");
    assert!(en.contains("<strong>Intended start:</strong> 4 January 2028"));
    assert!(cy.contains("<h2>Baneri</h2>"), "{cy}");
    assert!(
        both.contains("<h2>Oriau fesul rôl / Hours by role</h2>"),
        "{both}"
    );
    assert!(!en.contains("**") && !cy.contains("**") && !both.contains("**"));
}

#[test]
fn wia_summary_format_html_writes_the_page() {
    use common::cli::{new_record, wia};
    let dir = tempfile::tempdir().unwrap();
    let (record, _) = new_record(dir.path());
    let out = dir.path().join("summary.html");
    wia(dir.path())
        .args(["summary", "--format", "html", "-o"])
        .arg(&out)
        .arg(&record)
        .assert()
        .success();
    let page = std::fs::read_to_string(&out).unwrap();
    assert!(page.starts_with("<!DOCTYPE html>"), "{page}");
    let both = wia(dir.path())
        .args(["--lang", "cy", "summary", "--format", "html", "--bilingual"])
        .arg(&record)
        .assert()
        .success();
    let both = String::from_utf8_lossy(&both.get_output().stdout).into_owned();
    assert!(
        both.contains("<h2>Baneri</h2>") && both.contains("<h2>Flags</h2>"),
        "{both}"
    );
}
