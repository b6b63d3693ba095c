### `wia check --require-lang`: questionnaire texts missing a language.
### English (United Kingdom). Every id here must also exist in i18n/cy/translations.ftl.

translations-lang-cy = Welsh (cy)
translations-lang-en = English (en)
# $path is the text's place in the questionnaire, such as sections[0].questions[2].hint.
translations-missing = { $path }: no { $language } text
translations-none-cy = nothing in Welsh (cy)
translations-none-en = nothing in English (en)
translations-missing-count = { $file }: { $count ->
    [one] { $count } text has
   *[other] { $count } texts have
} { $none }
translations-no-lang = give a language: cy (Welsh) or en (English)
translations-unknown-lang = unknown language `{ $code }`: questionnaires are written in en (English) and cy (Welsh)
