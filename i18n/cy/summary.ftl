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
summary-draft = Heb ei gwblhau: gall yr atebion a'r ffigurau newid.
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
summary-most-affected = Y rôl yr effeithir arni fwyaf yw { $role }: disgwylir { $hours } awr yr wythnos i bob person sy'n gwneud y gwaith
summary-most-affected-range = Y rôl yr effeithir arni fwyaf yw { $role }: disgwylir { $hours } awr yr wythnos i bob person sy'n gwneud y gwaith (tebygol { $likely }; ystod { $low } i { $high })
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
summary-driver = { $description } ({ $change }): disgwylir { $hours } awr y flwyddyn ledled Cymru (tebygol { $likely })
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
summary-method = Y Model Costau Safonol. Ar gyfer pob tasg, amcangyfrifodd yr asesydd y munudau y mae un person yn eu treulio arni (isel, tebygol ac uchel), pa mor aml y mae'n digwydd, a'r gyfran o staff pob rôl sy'n ei gwneud. Munudau × nifer y troeon y flwyddyn ÷ 60 sy'n rhoi oriau'r flwyddyn i un person. Ffigurau disgwyliedig yw'r ffigurau a ddangosir, (isel + 4 × tebygol + uchel) ÷ 6 (fformiwla PERT): yr amcangyfrif tebygol sy'n cyfrif fwyaf, ond mae pen uchel hir yn codi'r ffigur, felly gall fod yn wahanol i'r munudau tebygol × nifer y troeon, a roddir wrth ei ochr fel y ffigur tebygol. Mae gwaith y mae'r polisi'n ei ddileu yn cyfrif yn negyddol, ac mae'r ystodau'n aros yn ofalus (mae'r pen isel yn tynnu ffigurau uchel y gwaith a ddilëwyd, a'r pen uchel ei ffigurau isel). Mae'r ffigurau wythnosol yn rhannu â { $weeks } wythnos ysgol. Mae'r ffigurau ledled Cymru yn pwysoli pob tasg yn ôl y gyfran o'r rôl sy'n ei gwneud wedi'i lluosi â nifer y staff, gan ddefnyddio { $headcounts }; staff amser llawn (CALl) yw'r oriau hynny ÷ { $directed } awr gyfeiriedig y flwyddyn. Mae'r sgôr yn gosod y ffigur wythnosol disgwyliedig mwyaf i un person, ymhlith y rolau a enwir gan ryw dasg, ym mandiau'r holiadur.
summary-headcounts-default = niferoedd staff diofyn yr holiadur
summary-headcounts-set = niferoedd staff a osodwyd gan yr asesydd ({ $list }) a rhai diofyn yr holiadur fel arall

summary-footer = Cofnod { $id } · { $status } · crynhoad { $digest }
summary-status-final = terfynol
summary-status-draft = drafft
summary-no-digest = dim

# hardening: revisions
# $id yw'r cofnod a ddisodlir, fel cod; $reason yw geiriau'r asesydd ei hun.
summary-revises = Mae'r cofnod hwn yn disodli cofnod { $id }. Rheswm: { $reason }

# issue15: summary
# Dim marcio yma: mae'r rhaglen yn ychwanegu print trwm, italig a chod ar gyfer Markdown a HTML.
summary-draft-label = Drafft.
summary-revision-label = Diwygiad.
# Ar ôl testun holiadur heb gyfieithiad Cymraeg, a ddangosir yn Saesneg.
summary-fallback-mark = Saesneg yn unig
summary-starts = Dyddiad dechrau arfaethedig:
summary-lead-in = Rhybudd i ysgolion (cyfnod paratoi):
# Uned y cyfnod paratoi pan nad yw'r holiadur yn rhoi un.
summary-weeks = wythnos
# Wrth ymyl y sgôr. Mae $direction yn "added" neu'n "saved"; $hours (heb arwydd) a $fte wedi'u fformatio.
summary-wales-size = { $direction ->
    [saved] arbedir { $hours } awr y flwyddyn ledled Cymru, sef amser { $fte } o staff amser llawn
   *[added] { $hours } awr ychwanegol y flwyddyn ledled Cymru, sef amser { $fte } o staff amser llawn
}
summary-wales-total = Pob rôl gyda'i gilydd ledled Cymru: disgwylir { $hours } awr y flwyddyn (tebygol { $likely }).
summary-figures-shown = Ffigur disgwyliedig yw pob ffigur, wedi'i gyfrifo o'r amcangyfrifon isel, tebygol ac uchel, fel yr eglura'r Dull; mae ffigur tebygol yn defnyddio'r munudau tebygol yn unig.
summary-chart-title = Oriau'r wythnos i bob person sy'n gwneud y gwaith: y ffigur disgwyliedig (bar) a'r ystod o isel i uchel (llinell)
summary-col-expected = Oriau disgwyliedig y flwyddyn, Cymru
summary-col-likely = Tebygol
summary-serious = Difrifol

# survey: questionnaires without scoring, anonymous responses
survey-summary-draft = Drafft: gall yr atebion newid o hyd.
survey-summary-no-answers = Nid oes unrhyw gwestiwn wedi'i ateb.
survey-summary-anonymous = Ymateb dienw · { $date } · holiadur { $questionnaire } { $version }
survey-summary-answered-by = Atebwyd gan { $name }, { $organisation } · { $date } · holiadur { $questionnaire } { $version }
survey-summary-footer = Ymateb { $id } · { $status } · crynhoad { $digest }
