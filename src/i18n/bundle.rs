//! The two Fluent bundles, built once on first use.

use std::sync::LazyLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use unic_langid::{LanguageIdentifier, langid};

use super::Lang;
use super::resources::RESOURCES;

type Bundle = FluentBundle<FluentResource>;

static BUNDLES: LazyLock<[Bundle; 2]> = LazyLock::new(|| {
    [
        build(Lang::En, langid!("en-GB")),
        build(Lang::Cy, langid!("cy")),
    ]
});

fn build(lang: Lang, id: LanguageIdentifier) -> Bundle {
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Unicode isolation marks would reach the terminal as invisible characters that
    // upset column widths; the texts are never mixed-direction.
    bundle.set_use_isolating(false);
    for (_, en, cy) in RESOURCES {
        let source = match lang {
            Lang::En => en,
            Lang::Cy => cy,
        };
        // A syntax error keeps the messages that did parse; the resource tests name it.
        let resource = FluentResource::try_new(source.to_string()).unwrap_or_else(|(r, _)| r);
        let _ = bundle.add_resource(resource);
    }
    bundle
}

fn bundle(lang: Lang) -> &'static Bundle {
    &BUNDLES[lang as usize]
}

/// The message `id` in `lang`, English when Welsh lacks it, or the id itself.
pub fn message(lang: Lang, id: &str, args: Option<&FluentArgs>) -> String {
    for lang in [lang, Lang::En] {
        let bundle = bundle(lang);
        if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
            let mut errors = Vec::new();
            return bundle
                .format_pattern(pattern, args, &mut errors)
                .into_owned();
        }
    }
    id.to_string()
}

/// The plural category (`zero`, `one`, `two`, `few`, `many` or `other`) of `n` in `lang`,
/// as Fluent chooses it; for tests and for translators checking their variants.
pub fn plural_category(lang: Lang, n: f64) -> &'static str {
    use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
    let locale: LanguageIdentifier = match lang {
        Lang::En => langid!("en"),
        Lang::Cy => langid!("cy"),
    };
    let rules = PluralRules::create(locale, PluralRuleType::CARDINAL).expect("bundled rules");
    match rules.select(n).unwrap_or(PluralCategory::OTHER) {
        PluralCategory::ZERO => "zero",
        PluralCategory::ONE => "one",
        PluralCategory::TWO => "two",
        PluralCategory::FEW => "few",
        PluralCategory::MANY => "many",
        PluralCategory::OTHER => "other",
    }
}
