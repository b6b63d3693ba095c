### `wia check --require-lang`: testunau holiadur heb iaith.
### Cymraeg. Rhaid i bob id yma fod hefyd yn i18n/en/translations.ftl.
###
### UNCHECKED: drafted by the development team, not yet checked by a fluent Welsh
### speaker. Review before official use (see docs/translation.md).
###
### testun (masc.): 1 testun, 2 destun (dau + soft), 3 thestun (tri + aspirate),
### 6 thestun (chwe + aspirate). "heb" takes the soft mutation: heb Gymraeg.

translations-lang-cy = Cymraeg (cy)
translations-lang-en = Saesneg (en)
translations-missing = { $path }: dim testun { $language }
translations-none-cy = heb Gymraeg (cy)
translations-none-en = heb Saesneg (en)
translations-missing-count = { $file }: { $count ->
    [zero] dim testun
    [one] { $count } testun
    [two] { $count } destun
    [few] { $count } thestun
    [many] { $count } thestun
   *[other] { $count } testun
} { $none }
translations-no-lang = rhowch iaith: cy (Cymraeg) neu en (Saesneg)
translations-unknown-lang = iaith anhysbys `{ $code }`: mae holiaduron wedi'u hysgrifennu yn en (Saesneg) a cy (Cymraeg)
