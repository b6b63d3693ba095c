//! The summary of a survey's response: a questionnaire without scoring has no figures, so
//! its page is the answers, by section, in the reader's language, under the
//! questionnaire's own title. Laid out as Markdown or HTML from the same `SurveyParts`.

use std::fmt::Write;

use chrono::Datelike;

use super::markup::Markup;
use crate::answers::parse_answers;
use crate::i18n::Lang;
use crate::questionnaire::Questionnaire;
use crate::record::{Record, Status};
use crate::review::answer_words;
use crate::t;
use crate::text::Text;

/// A heading, what it means, and (question, answer) lines.
type Apart = (String, String, Vec<(String, String)>);

/// Every piece of text of a survey's summary in one language, escaped for one markup.
struct SurveyParts {
    title: String,
    draft: Option<String>,
    /// Who answered (unless anonymous), when, and with which questionnaire.
    meta: String,
    /// (section title, [(question, answer)]), only sections with an answer.
    sections: Vec<(String, Vec<(String, String)>)>,
    /// Answers kept whose questions do not apply given the others: (heading, why, lines).
    no_longer_apply: Option<Apart>,
    no_answers: Option<String>,
    footer: String,
}

fn pick(text: &Text, lang: Lang, m: Markup) -> String {
    if text.has(lang) {
        m.text(text.get(lang))
    } else {
        m.fallback(&m.text(&text.en), lang)
    }
}

impl SurveyParts {
    fn new(q: &Questionnaire, record: &Record, lang: Lang, m: Markup) -> Self {
        // The record's answers were checked when it was made; one that no longer reads
        // (an edited questionnaire) is left out rather than shown wrong.
        let (answers, _) = parse_answers(q, &record.answers, lang);
        let visibility = crate::answers::Visibility::compute(q, &answers);
        let sections: Vec<_> = q
            .sections
            .iter()
            .filter_map(|section| {
                let lines: Vec<(String, String)> = section
                    .questions
                    .iter()
                    .filter(|question| visibility.is_visible(&question.id))
                    .filter_map(|question| {
                        let a = answers.get(&question.id).filter(|a| !a.is_empty())?;
                        let words = answer_words(question, a, lang);
                        Some((pick(&question.text, lang, m), m.para(&words)))
                    })
                    .collect();
                (!lines.is_empty()).then(|| (pick(&section.title, lang, m), lines))
            })
            .collect();
        let hidden: Vec<(String, String)> = visibility
            .no_longer_apply(q, &answers)
            .into_iter()
            .filter_map(|question| {
                let a = answers.get(&question.id)?;
                Some((
                    pick(&question.text, lang, m),
                    m.para(&answer_words(question, a, lang)),
                ))
            })
            .collect();
        SurveyParts {
            no_longer_apply: (!hidden.is_empty()).then(|| {
                (
                    m.text(&t!(lang, "review-md-no-longer-apply")),
                    m.text(&t!(lang, "review-md-no-longer-apply-why")),
                    hidden,
                )
            }),
            title: pick(&q.title, lang, m),
            draft: (record.status == Status::Draft).then(|| t!(lang, "survey-summary-draft")),
            meta: meta(q, record, lang, m),
            no_answers: sections
                .is_empty()
                .then(|| t!(lang, "survey-summary-no-answers")),
            sections,
            footer: footer(record, lang, m),
        }
    }
}

fn meta(q: &Questionnaire, record: &Record, lang: Lang, m: Markup) -> String {
    let u = record.updated;
    let date = t!(
        lang,
        "summary-date",
        day = u.day().to_string(),
        month = u.month(),
        year = u.year().to_string()
    );
    if record.is_anonymous() {
        t!(
            lang,
            "survey-summary-anonymous",
            date = date,
            questionnaire = m.text(&q.id),
            version = m.text(&q.version)
        )
    } else {
        t!(
            lang,
            "survey-summary-answered-by",
            name = m.text(&record.assessor.name),
            organisation = m.text(&record.assessor.organisation),
            date = date,
            questionnaire = m.text(&q.id),
            version = m.text(&q.version)
        )
    }
}

fn footer(record: &Record, lang: Lang, m: Markup) -> String {
    super::summary::footer_as("survey-summary-footer", record, lang, m)
}

fn markdown(p: &SurveyParts, out: &mut String) {
    let _ = writeln!(out, "# {}\n", p.title);
    if let Some(d) = &p.draft {
        let _ = writeln!(out, "> {d}\n");
    }
    let _ = writeln!(out, "{}\n", p.meta);
    if let Some(none) = &p.no_answers {
        let _ = writeln!(out, "{none}\n");
    }
    for (title, lines) in &p.sections {
        let _ = writeln!(out, "## {title}\n");
        for (question, answer) in lines {
            let _ = writeln!(out, "- **{question}** {}", answer.replace('\n', "\n  "));
        }
        out.push('\n');
    }
    if let Some((heading, why, lines)) = &p.no_longer_apply {
        let _ = writeln!(out, "## {heading}\n\n{why}\n");
        for (question, answer) in lines {
            let _ = writeln!(out, "- **{question}** {}", answer.replace('\n', "\n  "));
        }
        out.push('\n');
    }
    let _ = writeln!(out, "---\n\n{}", p.footer);
}

fn html(p: &SurveyParts, out: &mut String) {
    let _ = writeln!(out, "<h1>{}</h1>", p.title);
    if let Some(d) = &p.draft {
        let _ = writeln!(out, "<p class=\"notice\">{d}</p>");
    }
    let _ = writeln!(out, "<p class=\"meta\">{}</p>", p.meta);
    if let Some(none) = &p.no_answers {
        let _ = writeln!(out, "<p>{none}</p>");
    }
    for (title, lines) in &p.sections {
        let _ = writeln!(out, "<h2>{title}</h2>\n<dl>");
        for (question, answer) in lines {
            let _ = writeln!(out, "<dt><strong>{question}</strong></dt><dd>{answer}</dd>");
        }
        let _ = writeln!(out, "</dl>");
    }
    if let Some((heading, why, lines)) = &p.no_longer_apply {
        let _ = writeln!(out, "<h2>{heading}</h2>\n<p>{why}</p>\n<dl>");
        for (question, answer) in lines {
            let _ = writeln!(out, "<dt><strong>{question}</strong></dt><dd>{answer}</dd>");
        }
        let _ = writeln!(out, "</dl>");
    }
    let _ = writeln!(out, "<footer>{}</footer>", p.footer);
}

/// The response's answers in `lang`, as Markdown.
pub fn survey_summary(q: &Questionnaire, record: &Record, lang: Lang) -> String {
    let mut md = String::new();
    markdown(
        &SurveyParts::new(q, record, lang, Markup::Markdown),
        &mut md,
    );
    crate::text::inert(&md).into_owned()
}

/// Welsh first, then English, as Welsh Government publishes: a survey's page is its
/// answers, so each language has the whole page rather than columns.
pub fn survey_bilingual(q: &Questionnaire, record: &Record) -> String {
    let mut md = String::new();
    markdown(
        &SurveyParts::new(q, record, Lang::Cy, Markup::Markdown),
        &mut md,
    );
    md.push('\n');
    markdown(
        &SurveyParts::new(q, record, Lang::En, Markup::Markdown),
        &mut md,
    );
    crate::text::inert(&md).into_owned()
}

/// The response's answers in `lang`, as one printable HTML page.
pub fn survey_html(q: &Questionnaire, record: &Record, lang: Lang) -> String {
    let p = SurveyParts::new(q, record, lang, Markup::Html);
    let mut body = String::new();
    html(&p, &mut body);
    super::summary_html::page(lang, &p.title, &body)
}

/// The page in Welsh, then in English.
pub fn survey_bilingual_html(q: &Questionnaire, record: &Record) -> String {
    let cy = SurveyParts::new(q, record, Lang::Cy, Markup::Html);
    let en = SurveyParts::new(q, record, Lang::En, Markup::Html);
    let mut body = String::new();
    html(&cy, &mut body);
    html(&en, &mut body);
    super::summary_html::page(Lang::Cy, &format!("{} / {}", cy.title, en.title), &body)
}
