### Y crynodeb un dudalen i'r Grŵp Strategol (Markdown): penawdau ac ymadroddion sefydlog.
### Cymraeg. Rhaid i bob id yma fod hefyd yn i18n/en/summary.ftl.
###
### UNCHECKED: drafted by the development team, not yet checked by a fluent Welsh
### speaker. Review before official use (see docs/translation.md).
###
### Numbers: "awr" stays singular after a numeral ("0 awr", "1 awr", "3 awr", "+1.12 awr").
### baner (fem.): 1 faner, 2 faner, 3 baner, 6 baner. rhybudd (masc.): 1 rhybudd,
### 2 rybudd (dau + soft), 3 rhybudd, 6 rhybudd. Fluent's categories for cy: zero (0),
### one (1), two (2), few (3), many (6), other.

summary-untitled = (polisi heb deitl)
summary-title = Asesiad effaith llwyth gwaith: { $title }
summary-draft = > **Drafft.** Heb ei gwblhau: gall yr atebion a'r ffigurau newid.
summary-assessed = Aseswyd gan { $name }, { $organisation } · { $date } · holiadur { $questionnaire } { $version }
summary-date = { $day } { $month ->
    [1] Ionawr
    [2] Chwefror
    [3] Mawrth
    [4] Ebrill
    [5] Mai
    [6] Mehefin
    [7] Gorffennaf
    [8] Awst
    [9] Medi
    [10] Hydref
    [11] Tachwedd
   *[12] Rhagfyr
} { $year }

summary-rating = Sgôr: { $band }
summary-most-affected = Y rôl yr effeithir arni fwyaf yw **{ $role }**: disgwylir { $hours } awr yr wythnos i bob person sy'n gwneud y gwaith
summary-most-affected-range = Y rôl yr effeithir arni fwyaf yw **{ $role }**: disgwylir { $hours } awr yr wythnos i bob person sy'n gwneud y gwaith (ystod { $low } i { $high })
summary-no-role = Nid oes unrhyw dasg yn ychwanegu gwaith at unrhyw rôl nac yn ei dynnu oddi arni.
summary-band-between = Ystyr { $band } yw o { $low } i lai na { $high } awr yr wythnos i bob person.
summary-band-below = Ystyr { $band } yw llai na { $high } awr yr wythnos i bob person.
summary-band-above = Ystyr { $band } yw { $low } awr yr wythnos i bob person neu fwy.

summary-hours-heading = Oriau fesul rôl
summary-col-role = Rôl
summary-col-week = Y person yr wythnos
summary-col-year = Y person y flwyddyn
summary-col-wales = Oriau'r flwyddyn, Cymru
summary-col-fte = CALl
summary-col-cost = Cost y flwyddyn
summary-not-applicable = amh.
summary-range = { $expected } ({ $low } i { $high })
summary-table-note = Ffigurau disgwyliedig, gydag ystodau o isel i uchel mewn cromfachau; mae ffigurau negyddol yn amser a arbedir.
summary-not-affected = Heb eu heffeithio: { $roles }.

summary-drivers-heading = Beth sy'n gyrru'r cyfanswm
summary-no-drivers = Nid oes unrhyw dasg yn newid yr oriau.
summary-driver = { $description } ({ $change }): { $hours } awr y flwyddyn ledled Cymru
summary-col-task = Tasg
summary-col-change = Newid
summary-change-new = newydd
summary-change-removed = wedi'i dileu

summary-flags-heading = Baneri
summary-no-flags = Dim.
summary-flag-counts = { $count ->
    [zero] dim baneri
    [one] { $count } faner
    [two] { $count } faner
   *[other] { $count } baner
}: { $serious } difrifol, { $warnings ->
    [zero] dim rhybuddion
    [two] { $warnings } rybudd
   *[other] { $warnings } rhybudd
}, { $info } er gwybodaeth.
summary-col-flag = Baner
summary-warnings = Rhybuddion
summary-for-information = Er gwybodaeth

summary-mitigations-heading = Camau lliniaru
summary-no-mitigations = Dim wedi'u cofnodi.

summary-method-heading = Dull
summary-method = Y Model Costau Safonol: ar gyfer pob tasg a rôl, munudau bob tro x nifer y troeon y flwyddyn / 60 sy'n rhoi'r oriau y flwyddyn i un person; y ffigur disgwyliedig yw (isel + 4 x tebygol + uchel) / 6. Mae tasgau a ddilëwyd yn cyfrif yn negyddol, ac mae'r ystodau'n aros yn ofalus (mae'r isel yn tynnu ffigurau uchel y tasgau a ddilëwyd, a'r uchel yn tynnu eu ffigurau isel). Mae'r ffigurau wythnosol yn rhannu â { $weeks } wythnos ysgol. Mae ffigurau'r system yn pwysoli pob tasg yn ôl y gyfran o'r rôl sy'n ei gwneud wedi'i lluosi â nifer y staff, gan ddefnyddio { $headcounts }; mae CALl yn rhannu â { $directed } awr gyfeiriedig. Mae'r sgôr yn gosod y ffigur wythnosol disgwyliedig mwyaf i bob person ymhlith y rolau yr effeithir arnynt ym mandiau'r holiadur. Gweler `docs/scoring.md`.
summary-headcounts-default = niferoedd staff diofyn yr holiadur
summary-headcounts-set = niferoedd staff a osodwyd gan yr asesydd ({ $list }) a rhai diofyn yr holiadur fel arall

summary-footer = Cofnod `{ $id }` · { $status } · crynhoad `{ $digest }`
summary-status-final = terfynol
summary-status-draft = drafft
summary-no-digest = dim

# Testun holiadur heb gyfieithiad Cymraeg, a ddangosir yn Saesneg.
summary-fallback = { $text } _(Saesneg yn unig)_

# hardening: revisions
# $id yw'r cofnod a ddisodlir, fel cod; $reason yw geiriau'r asesydd ei hun.
summary-revises = > **Diwygiad.** Mae'r cofnod hwn yn disodli cofnod { $id }. Rheswm: { $reason }
