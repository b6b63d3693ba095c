### Y rhyngwyneb sgrin lawn: sgriniau, awgrymiadau bysellau, cymorth, hysbysiadau.
### Cymraeg. Rhaid i bob id yma fod hefyd yn i18n/en/tui.ftl.
###
### UNCHECKED: drafted by the development team, not yet checked by a fluent Welsh
### speaker. Review before official use (see docs/translation.md).

## Bysellau: beth mae pob bysell yn ei wneud, yn y cymorth (hir) a'r llinell statws (byr).
## Mae enwau'r bysellau (Enter, Esc, Space, Del) yn aros fel y maent ar y bysellfwrdd.

key-move = symud
key-choose = dewis
key-new-assessment = asesiad newydd
key-quit = gadael
key-help = cymorth
key-next-or-previous-field = maes nesaf neu flaenorol
key-next-field-then-start = maes nesaf, yna dechrau
key-back-to-the-home-screen = yn ôl i'r sgrin gartref
key-next-or-previous-question = cwestiwn nesaf neu flaenorol
key-next-or-previous-section = adran nesaf neu flaenorol
key-move-in-a-list-else = symud mewn rhestr; fel arall cwestiwn blaenorol neu nesaf
key-choose-or-tick-the-option = dewis neu dicio'r opsiwn dan y cyrchwr
key-choose-and-go-on-open = dewis a symud ymlaen; agor y rhestr dasgau
key-choose-option-or-scale-point = dewis opsiwn neu bwynt ar y raddfa yn ôl ei rif
key-change-a-matrix-rows-rating = newid sgôr rhes mewn matrics
key-move-a-ranked-item-up = symud eitem wedi'i rhestru i fyny neu i lawr
key-clear-the-answer = clirio'r ateb
key-yes-or-no = ie neu na
key-review-every-answer-then-finalise = adolygu pob ateb, yna cwblhau
key-score-breakdown-why-the-figures = dadansoddiad o'r sgôr: pam mae'r ffigurau fel y maent
key-problems-that-stop-finalising = problemau sy'n atal cwblhau
key-save-the-draft-now-it = cadw'r drafft nawr (mae'n cadw ar bob newid beth bynnag)
key-home-screen-the-draft-is = sgrin gartref (cedwir y drafft)
key-quit-the-draft-is-kept = gadael (cedwir y drafft)
key-this-help-only-outside-text = y cymorth hwn (? y tu allan i feysydd testun yn unig)
key-move-between-rows = symud rhwng rhesi
key-add-a-row = ychwanegu rhes
key-edit-the-row = golygu'r rhes
key-duplicate-the-row = dyblygu'r rhes
key-delete-the-row-asks-first = dileu'r rhes (mae'n gofyn yn gyntaf)
key-back-to-the-question = yn ôl i'r cwestiwn
key-score-breakdown = dadansoddiad o'r sgôr
key-edit-a-text-or-figure = golygu maes testun neu ffigur
key-change-a-choice-how-often = newid dewis (pa mor aml, newydd neu wedi'i ddileu, tasg weinyddol); symud rhwng rolau
key-tick-or-untick-the-role = ticio neu ddad-dicio'r rôl dan y cyrchwr
key-done-with-this-row = gorffen gyda'r rhes hon
key-move-between-answers = symud rhwng atebion
key-edit-the-answer-under-the = golygu'r ateb dan y cyrchwr
key-finalise-write-the-record-and = cwblhau: ysgrifennu'r cofnod a'r crynodeb
key-back-to-the-questions = yn ôl i'r cwestiynau
key-home-screen = sgrin gartref
key-scroll-or-move = sgrolio neu symud
key-go-to-the-problem-under = mynd at y broblem dan y cyrchwr
key-close = cau
key-delete-the-row = dileu'r rhes
key-keep-it = ei chadw
key-go-there = mynd yno
key-scroll = sgrolio
key-next-field = maes nesaf
key-start = dechrau
key-back = yn ôl
key-next = nesaf
key-section = adran
key-review = adolygu
key-why = pam
key-home = cartref
key-change = newid
key-tick-role = ticio rôl
key-done = gorffen
key-add = ychwanegu
key-edit = golygu
key-duplicate = dyblygu
key-delete = dileu
key-finalise = cwblhau
key-problems = problemau
key-switch-language = newid i English (Saesneg) ar unwaith, gan gadw'ch lle
key-type-letters = teipio

## Troshaenau: cymorth, dadansoddiad o'r sgôr, problemau, cadarnhau.

overlay-help-title = Bysellau ar y sgrin hon
overlay-breakdown-title = Dadansoddiad o'r sgôr
overlay-problems-title = Beth sy'n atal cwblhau · Enter i fynd yno
overlay-esc-closes = Esc i gau
help-saved-always = Caiff pob newid ei gadw mewn drafft ar unwaith: ni fyddwch byth yn colli gwaith wrth adael.
notice-row-deleted = Rhes { $row } wedi'i dileu.
confirm-title = Cadarnhau
confirm-delete-row = Dileu rhes { $row }?
confirm-keep = cadw
problems-none = ✓ Does dim yn atal cwblhau.
change-new = newydd
change-removed = wedi'i dileu
breakdown-method = Dull
breakdown-method-text = munudau bob tro × nifer o weithiau'r flwyddyn × cyfran y staff; mae wythnos yn 1/{ $weeks } o flwyddyn; disgwyliedig = (isel + 4 × tebygol + uchel) / 6
breakdown-rating = Sgôr: { $rating } (o'r rôl yr effeithir arni fwyaf fesul person)
breakdown-per-role = Fesul rôl
breakdown-role-headcount = { $role } (nifer { $headcount })
breakdown-per-person = {"  "}fesul person: { $week } awr yr wythnos, { $year } awr y flwyddyn
breakdown-all-wales-fte = {"  "}Cymru gyfan: { $year } awr y flwyddyn, { $fte } CALl
breakdown-all-wales = {"  "}Cymru gyfan: { $year } awr y flwyddyn
breakdown-no-tasks = {"  "}Dim rhesi tasg cyflawn eto.
breakdown-per-task = Fesul tasg
# gwaith (fem. in this sense "times"): 1 waith, 2 waith, 3 gwaith, 6 gwaith.
breakdown-occurrences = {"  "}{ $frequency }: { $count ->
    [one] { $shown } waith
    [two] { $shown } waith
   *[other] { $shown } gwaith
} y flwyddyn
# person (masc.): 2 berson, 3 pherson, 6 pherson.
breakdown-task-role = {"  "}{ $role }: { $year } awr y flwyddyn yr un, { $count ->
    [zero] dim pobl
    [one] { $shown } person
    [two] { $shown } berson
    [few] { $shown } pherson
    [many] { $shown } pherson
   *[other] { $shown } person
}
breakdown-drivers = Y sbardunau mwyaf
breakdown-driver = {"  "}{ $task }. { $description }: { $year } awr y flwyddyn

## Y ffrâm: pennawd, neges sgrin rhy fach.

too-small = Ehangwch y derfynell: mae angen o leiaf { $min_width } x { $min_height } ar wia (nawr { $width } x { $height }). Mae eich gwaith wedi'i gadw.
untitled-assessment = asesiad heb deitl
header-progress = {"  "}{ $answered }/{ $total } wedi'u hateb · gofynnol { $required_answered }/{ $required } · drafft { $draft }{" "}

## Hysbysiadau: y llinell uwchben yr awgrymiadau bysellau.

notice-language-switched = Iaith: Cymraeg. Mae F9 neu Ctrl-L yn newid i English.
notice-settings-not-saved = Ni chofiwyd eich gosodiadau ar gyfer y tro nesaf: { $error }
notice-draft-saved = ✓ Drafft wedi'i gadw am { $time }.
notice-draft-not-saved = ✗ Nid oedd modd cadw'r drafft: { $error }. Mae eich atebion yma o hyd; rhowch gynnig ar Ctrl-S.
notice-draft-partly-used = Nid oedd modd defnyddio rhan o'r drafft: { $problems }
notice-not-finalised = ✗ Heb ei gwblhau: { $error }
notice-draft-kept = Mae'r drafft wedi'i gadw: ailafaelwch ynddo o'r fan hon.
notice-blocking = ✗ { $count ->
    [one] Mae { $count } broblem yn atal
    [two] Mae { $count } broblem yn atal
    [many] Mae { $count } phroblem yn atal
   *[other] Mae { $count } problem yn atal
} cwblhau. Mae Enter yn mynd at yr un dan y cyrchwr.
notice-finalising = Wrthi'n cwblhau (sgôr { $rating })…

## Sgrin gartref.

home-title = Asesiad effaith llwyth gwaith
home-intro = Amcangyfrif beth mae polisi yn ei ychwanegu at waith staff ysgolion yng Nghymru, neu'n ei dynnu ohono.
home-data-folder = Ffolder data: { $folder }
home-new = Asesiad newydd
home-untitled = (heb deitl)
home-resume = Ailafael: { $title }
home-changed = newidiwyd { $when }
home-draft-unreadable = Nid oes modd darllen drafft { $id }
home-draft-unopenable = Nid oes modd agor y drafft hwnnw: { $problem }
home-review = Adolygu asesiadau sydd wedi'u cadw
home-evidence = Cofnodi tystiolaeth
home-coming-soon = yn dod cyn hir
home-review-soon = Mae adolygu asesiadau sydd wedi'u cadw yn dod cyn hir; mae `wia verify` a `wia summary` yn gweithio nawr.
home-evidence-soon = Mae'r log tystiolaeth yn dod cyn hir.
# Bob amser yn yr iaith arall, fel y gall darllenydd yr iaith honno ddod o hyd iddo.
home-language = English
home-language-note = newid i'r Saesneg (F9)
home-quit = Gadael

## Pwy sy'n asesu.

assessor-title = Asesiad newydd: pwy sy'n asesu
assessor-intro = Mae eich enw a'ch sefydliad yn mynd ar y cofnod a'r crynodeb. Cânt eu cofio ar gyfer y tro nesaf.
assessor-name = Enw
assessor-organisation = Sefydliad
assessor-start = Dechrau'r holiadur
assessor-missing = Rhowch eich enw a'ch sefydliad: mae'r cofnod yn enwi pwy wnaeth yr asesiad.

## Wedi'i gwblhau.

done-title = Wedi'i gwblhau
done-finalised = ✓ Asesiad { $id } wedi'i gwblhau
done-rating = Sgôr: { $rating }
done-flags = { $count ->
    [zero] Ni chodwyd unrhyw faner.
    [one] Codwyd { $count } faner.
    [two] Codwyd { $count } faner.
   *[other] Codwyd { $count } baner.
}
done-record = Cofnod
done-summary = Crynodeb ar gyfer y Grŵp Strategol
done-verify = Gwiriwch ef unrhyw bryd gyda: wia verify { $id }

## Adolygu cyn cwblhau.

review-title = Adolygu cyn cwblhau
review-unreadable = { $text } (nid oes modd ei ddarllen eto)
# rhes (fem.): 1 rhes, 2 res, 3 rhes, 6 rhes.
review-task-rows = { $count ->
    [one] { $count } rhes dasg
    [two] { $count } res dasg
   *[other] { $count } rhes dasg
}
review-ready = ✓ Yn barod i'w gwblhau: pwyswch f i ysgrifennu'r cofnod a'r crynodeb.
review-blocking = ✗ { $count ->
    [one] Mae { $count } broblem yn atal
    [two] Mae { $count } broblem yn atal
    [many] Mae { $count } phroblem yn atal
   *[other] Mae { $count } problem yn atal
} cwblhau: mae Ctrl-E yn eu rhestru.
review-results = Canlyniadau
review-role-week = { $role }: { $week } awr yr wythnos y person
review-flags = Baneri
review-none = dim

## Ateb y cwestiynau.

assess-sections = Adrannau
assess-required-count = Gofynnol { $answered }/{ $required }
assess-none-apply = Nid oes cwestiwn yn yr adran hon yn berthnasol, o ystyried yr atebion hyd yma.
assess-no-translation = [Saesneg: dim cyfieithiad eto]
assess-required = * gofynnol

## Panel y sgôr byw.

score-title = Sgôr · Ctrl-B pam
score-rating = Sgôr
score-no-flags = dim baneri
score-flag-counts = ‼{ $serious } difrifol !{ $warning } rhybudd i{ $info } gwybodaeth
score-no-tasks = Dim rhesi tasg eto: mae oriau fesul person yn ymddangos wrth i chi eu hychwanegu.
score-week-roles = awr/wythnos y person: { $roles }
score-basis = o { $role }, { $week } awr/wythnos
score-hours-heading = Oriau'r wythnos fesul person
score-none-yet = dim eto: ychwanegwch resi tasg
score-none-fire = dim un wedi'i chodi

## Rhestr dasgau a ffurflen rhes.

task-field-description = Tasg
task-field-roles = Rolau
task-field-low = Munudau, isel
task-field-likely = Munudau, tebygol
task-field-high = Munudau, uchel
task-field-frequency = Pa mor aml
task-field-count = Sawl gwaith
task-field-share = Cyfran y staff %
task-field-change = Newydd neu wedi'i ddileu
task-field-admin = Tasg weinyddol
task-incomplete = anghyfl.
task-none = Dim tasgau eto.
task-none-add = Dim tasgau eto: pwyswch a i ychwanegu'r gyntaf.
task-no-description = (dim disgrifiad)
task-hours-year = { $hours } awr/bl
task-more = … a { $count } arall
task-enter-opens = yn agor y rhestr dasgau i ychwanegu a golygu rhesi
task-col-task = Tasg
task-col-minutes = Munudau
task-col-frequency = Pa mor aml
task-col-roles = Rolau
task-col-hours = awr/bl
task-table-title = Tasgau y mae'r polisi yn eu hychwanegu neu'n eu dileu · { $count ->
    [zero] dim rhesi
    [one] { $count } rhes
    [two] { $count } res
   *[other] { $count } rhes
}
task-new-work = gwaith newydd
task-removed-work = gwaith a ddilëwyd
task-not-admin = nid yw ar y rhestr weinyddol
task-row-hours = Y rhes hon: { $year } awr y flwyddyn y person, { $week } awr yr wythnos ysgol
task-row-incomplete = ✗ Anghyflawn: { $missing }
task-missing-description = disgrifiwch y dasg
task-missing-roles = dewiswch o leiaf un rôl
task-missing-frequency = dewiswch pa mor aml
task-missing-figure = rhowch y ffigur { $name }
task-unreadable-figure = nid yw'r ffigur { $name } { $text } yn rhif
task-figure-low = isel
task-figure-likely = tebygol
task-figure-high = uchel
task-figure-count = nifer
task-figure-share = cyfran

## Mewnbynnau atebion.

input-not-answered = heb ei ateb
input-not-ranked = Heb ei restru eto: mae Space yn cadw'r drefn hon, mae Shift+↑↓ yn symud eitem.
input-date-format = BBBB-MM-DD
input-not-number = nid yw'n rhif: teipiwch ddigidau, fel 12 neu 2.5
input-not-date = nid yw'n ddyddiad: teipiwch ef fel BBBB-MM-DD, fel 2027-09-01
input-not-typed = nid yw'r cwestiwn hwn yn cael ei ateb drwy deipio

## Drafftiau a'r derfynell.

draft-unknown-answer = mae'r drafft yn ateb `{ $id }`, nad yw'r holiadur hwn yn ei ofyn; fe'i gadawyd allan
draft-wrong-questionnaire = mae drafft { $id } ar gyfer holiadur `{ $expected }`, ond mae ei ffeil bellach yn dal `{ $found }`
tui-needs-terminal = mae angen terfynell ar yr asesiad rhyngweithiol; ar gyfer sgriptiau defnyddiwch `wia new --answers FILE` (gweler `wia template`)
task-form-title = Rhes { $row }

# hardening: typing and drafts
notice-text-cut = ✗ Mae lle i { $max } nod ar y mwyaf yn yr ateb hwn; gadawyd y gweddill allan.

# hardening: races and partial writes
notice-read-only = ✗ Darllen yn unig, ni chedwir dim a newidiwch: ar agor yn wia gan { $user } ar { $host } ers { $since }
cli-resume-read-only = { $held }; yn ei agor i'w ddarllen yn unig: ni chedwir dim a newidiwch.

# hardening: keymap
key-open-review-mode = adolygu asesiadau sydd wedi'u cadw
key-open-evidence-form = cofnodi tystiolaeth gan ysgol
key-quit-at-once = gadael ar unwaith
key-first-or-last-in-a-list = y cyntaf neu'r olaf mewn rhestr
key-clear-the-admin-task = clirio'r dasg weinyddol
key-clear-the-choice = clirio'r dewis
keymap-warning = { $file }, llinell { $line }: rhybudd: { $problem }
keymap-unknown-action = keys: nid oes gweithred o'r enw “{ $action }”, felly gadewir y llinell hon allan (rhestrir y gweithredoedd yn docs/keys.md)
keymap-bad-key = keys: nid yw “{ $keys }” yn fysell y mae wia yn ei hadnabod (ysgrifennwch fysellau fel ctrl-s, f2, alt-x neu shift-up); mae { $action } yn cadw ei fysellau arferol
keymap-fixed = keys: mae { $action } yn sefyll am lawer o fysellau ar unwaith ac ni ellir rhoi rhai eraill iddo; mae'n cadw ei fysellau arferol

# words, not code: messages the interface used to give in English only
tui-no-bundled-questionnaire = Nid oes gan wia holiadur o’r enw “{ $id }” wedi’i gynnwys; enwch ffeil holiadur gyda --questionnaire
tui-finalise-problems = { $count ->
        [one] un broblem
        [two] dwy broblem
       *[other] { $count } problem
    }: { $problems }
tui-terminal-failed = ni ellid defnyddio’r derfynell: { $why }
# hardening: revisions and signing in the interface
ask-key-type = teipio
ask-key-confirm = cadarnhau
ask-key-cancel = canslo
ask-bottom = Enter i gadarnhau · Esc i ganslo
ask-reason-title = Pam mae'n cael ei ddiwygio?
ask-reason-text = Mae cofnod { $id } yn aros fel y mae; bydd y diwygiad hwn yn cymryd ei le. Dywedwch pam mae'n cael ei ddiwygio: mae'r cofnod newydd yn cadw eich rheswm, eich enw a'r amser.
ask-passphrase-title = Cyfrinymadrodd yr allwedd lofnodi
ask-passphrase-text = Teipiwch gyfrinymadrodd eich allwedd lofnodi ({ $file }) i lofnodi'r hyn a gadwyd. Nid yw'n cael ei ddangos na'i gadw. Mae Esc yn ei adael wedi'i gadw ond heb ei lofnodi.
notice-reason-cancelled = Heb ei gwblhau: mae angen rheswm ar ddiwygiad. Cedwir y drafft.
notice-revising = Dyma ddrafft newydd sy'n diwygio cofnod { $id }, sy'n aros fel y mae. Newidiwch yr hyn sydd angen ei newid; wrth gwblhau gofynnir pam y cafodd ei ddiwygio.
notice-signing = Wrthi'n llofnodi…
done-revises = Mae'n diwygio cofnod { $old }, sydd heb ei newid.
done-signed = ✓ Llofnodwyd gydag allwedd { $fingerprint }
done-not-signed-no-key = Heb ei lofnodi: nid oes allwedd lofnodi wedi'i gosod (mae `wia keys new` yn gwneud un; yna mae `wia sign { $id }` yn llofnodi'r cofnod hwn).
done-not-signed-skipped = ✗ HEB EI LOFNODI: ni roddwyd cyfrinymadrodd. Llofnodwch ef yn nes ymlaen gyda `wia sign { $id }`.
done-not-signed-failed = ✗ HEB EI LOFNODI: { $why }. Llofnodwch ef yn nes ymlaen gyda `wia sign { $id }`.
done-signing-waiting = Yn aros am gyfrinymadrodd yr allwedd lofnodi…

# issue14: the home screen's sync line
key-sync = cysoni â'r ffolder a rennir (anfon eich gwaith, derbyn gwaith eraill)
home-sync = Cysoni nawr
home-sync-note = anfon eich gwaith a derbyn gwaith eraill (s)
home-sync-shared = Wedi'i rannu · cysonwyd { $when } · { $key } i gysoni · { $waiting }{ $behind ->
    [0] {""}
   *[other] {" "}· { $behind } newid wedi'u nôl, heb eu derbyn eto
}
home-sync-not-shared = Heb ei rannu â sefydliadau eraill (i'w rannu: wia sync init REMOTE)
home-sync-not-shared-how = Nid yw'r ffolder hon wedi'i rhannu eto. I'w rhannu, rhedwch wia sync init REMOTE mewn terfynell (llwybr at ystorfa a rennir, ssh:// neu https://); i ddechrau o un a rennir, wia sync clone REMOTE.
home-sync-no-git = Mae'r ffolder hon wedi'i rhannu, ond mae'r rhaglen git ar goll, felly nid oes modd cysoni. Gosodwch git; mae eich gwaith yn aros yma.
home-sync-running = Yn cysoni: { $doing }…
home-sync-stage-waiting = yn aros i gysoni arall o'r ffolder hon orffen
home-sync-stage-fetching = yn gofyn i'r ffolder a rennir beth sydd wedi cyrraedd
home-sync-stage-committing = yn nodi'r hyn a ysgrifennwyd yma
home-sync-stage-taking-in = yn derbyn yr hyn a gyrhaeddodd
home-sync-stage-sending = yn anfon eich gwaith
home-sync-stage-sending-again = yn anfon eto (anfonodd rhywun arall ar yr un pryd)
home-sync-already = Mae cysoni eisoes ar y gweill.
home-sync-quit-while-running = Mae cysoni ar y gweill. Pwyswch q eto i adael beth bynnag: ni chollir dim, bydd y cysoni nesaf yn ei orffen.
home-sync-flagged = { $moved } { $count ->
    [one] Cyrhaeddodd un ffeil
   *[other] Cyrhaeddodd { $count } ffeil
} GYDA RHYBUDD: peidiwch â dibynnu { $count ->
    [one] arni
   *[other] arnynt
} nes bydd yr anfonwr yn cadarnhau (mae wia verify yn dweud mwy). { $first }
home-sync-held = { $moved } { $count ->
    [one] Ni anfonwyd un ffeil
   *[other] Ni anfonwyd { $count } ffeil
}: { $first }
home-sync-nothing-waiting = dim i'w anfon
home-sync-waiting = i'w anfon: { $what }
home-sync-offline = Nid oedd modd cyrraedd y ffolder a rennir, felly ni newidiwyd dim: mae eich gwaith yn aros yma ac yn mynd gyda'r cysoni nesaf. ({ $why })
# issue15: layout
layout-bar-legend = █ hyd yr isel, ▓ hyd y disgwyliedig, ░ hyd yr uchel
layout-flags = Baneri
layout-flags-none = Does dim baner wedi'i chodi.
layout-flags-serious = Difrifol
layout-flags-warning = Rhybuddion
layout-flags-info = Er gwybodaeth
# issue15: words
draft-answer-left-out = nid oedd modd darllen yr ateb a gadwyd i "{ $question }" ac fe'i gadawyd allan: atebwch ef eto
tui-finalise-problem-question = yr ateb i "{ $question }" (mae Ctrl-E yn dangos beth i'w newid)
task-hint-intro = Un rhes ar gyfer pob tasg a phob grŵp o staff sy'n ei gwneud. Mae Enter yn agor y rhestr dasgau; mae a yn ychwanegu rhes, sy'n gofyn:
task-hint-description = beth y mae staff yn ei wneud, mewn geiriau plaen
task-hint-roles = pwy sy'n ei gwneud; ticiwch bob rôl (mae'r munudau ar gyfer pob person ym mhob rôl)
task-hint-minutes = munudau i UN person ei gwneud UNWAITH, o isel i uchel
task-hint-frequency = pa mor aml, o'r rhestr; mae tasg untro yn cyfrif yn y flwyddyn gyntaf
task-hint-count = sawl gwaith y mae pob person yn ei gwneud ym mhob cyfnod, fel 15 CDU y tymor
task-hint-share = o'r holl staff yn y rôl honno yng Nghymru, y ganran sy'n ei gwneud (50 yw hanner)
task-hint-change = gwaith newydd y mae'r polisi'n ei ychwanegu, neu hen waith y mae'n ei dynnu i ffwrdd
task-hint-admin = dim ond ar gyfer tasg ar restr STPC(W)D o dasgau gweinyddol na ddylai athrawon eu gwneud fel mater o drefn
task-hint-advice = Cadwch waith sefydlu untro (canllawiau, hyfforddiant, systemau newydd) ar wahân i waith sy'n digwydd dro ar ôl tro. Lle mae'r polisi'n disodli hen ofyniad, ychwanegwch yr hen dasg fel un wedi'i dileu.
input-reference-figure = Ffigur cyfeirio: { $figure }
# issue15: review
confirm-key-yes = ie, ymlaen
confirm-key-no = na, yn ôl
confirm-no-go-back = na, yn ôl
confirm-finalise = Cwblhau'r asesiad hwn? Caiff y cofnod ei ysgrifennu ac ni ellir ei olygu wedyn; mae angen diwygiad i'w newid yn nes ymlaen.
confirm-finalise-yes = cwblhau
confirm-finalise-survey = Gorffen yr ymateb hwn? Caiff ei gadw fel y mae ac ni ellir ei newid wedyn.
confirm-resume-revision = Mae diwygiad o gofnod { $record } eisoes wedi'i ddechrau (drafft { $draft }). Ailafael ynddo yn hytrach na dechrau ail un?
confirm-resume-revision-yes = ailafael yn y drafft hwnnw
notice-last-question = Dyna'r cwestiwn olaf. Pwyswch { $review } i adolygu pob ateb, yna { $finalise } i gwblhau.
input-no-such-date = nid oes dyddiad { $found }: gwiriwch y diwrnod a'r mis

# issue16: the cumulative workload screen
key-open-portfolio = llwyth gwaith cronnus pob polisi a aseswyd, fesul tymor a rôl
home-portfolio = Llwyth gwaith cronnus
home-portfolio-note = pob polisi fesul tymor a rôl (p)
portfolio-tui-loading = Yn darllen y cofnodion…
portfolio-tui-heading = Llwyth gwaith cronnus · { $policies } { $policies ->
    [one] polisi
   *[other] polisi
} · { $terms } { $terms ->
    [one] tymor
    [two] dymor
   *[other] tymor
} · { $role }
portfolio-tui-chart = { $role }: oriau'r wythnos, cyfartaledd fesul aelod, fesul tymor
portfolio-tui-autumn-short = Hyd
portfolio-tui-spring-short = Gwa
portfolio-tui-summer-short = Haf
portfolio-key-term = tymor
portfolio-key-role = rôl
portfolio-key-ends = y tymor cyntaf neu olaf
portfolio-key-scroll = sgrolio polisïau a baneri'r tymor

# lead: signal watching
tui-signal-watch-failed = ni ellir gwylio am y cais i stopio (signal { $signal }), felly ni fyddai'r sgrin yn cael ei hadfer: { $reason }
tui-console-watch-failed = ni ellir gwylio am gau'r consol, felly ni ellid cadw gwaith pan fydd yn cau: { $reason }

# survey: questionnaires without scoring, anonymous responses
survey-done-saved = ✓ Cadwyd ymateb { $id }
survey-done-summary = Crynodeb o'r atebion
survey-done-anonymous = Heb ei lofnodi: mae'r ymateb yn ddienw, a byddai llofnod yn dweud pwy atebodd.
survey-nothing-to-score = Arolwg yw hwn: nid oes ffigurau i'w dadansoddi.
survey-notice-saving = Wrthi'n cadw'r ymateb…
survey-done-title = Wedi'i gadw

# surveyformat: answers that no longer apply, closing text
notice-answers-no-longer-apply = Nid yw'n berthnasol mwyach ar ôl y newid hwn: { $questions }. Cedwir yr atebion, a byddant yn cyfrif eto os daw'r cwestiynau'n berthnasol eto.
review-no-longer-apply = Atebion nad ydynt yn berthnasol mwyach (wedi'u cadw, heb eu defnyddio)
