### Negeseuon am atebion, cofnodion a ffeiliau, a ddangosir gan y llinell orchymyn a’r rhyngwyneb.
### Cymraeg. Rhaid i bob id yma fod hefyd yn i18n/en/domain.ftl.
###
### UNCHECKED: drafted by the development team, not yet checked by a fluent Welsh
### speaker. Review before official use (see docs/translation.md).

## Sut mae canfyddiad yn cael ei labelu: FFEIL:LLINELL:COLOFN: gwall: ...
domain-level-note = nodyn
domain-level-warning = rhybudd
domain-level-error = gwall

## Ffeiliau na ellir eu darllen na’u hysgrifennu.
domain-cannot-read = methu darllen { $path }: { $reason }
domain-cannot-write = methu ysgrifennu { $path }: { $reason }
domain-io-not-found = Nid oes ffeil na ffolder o’r enw hwnnw
domain-io-permission-denied = Dim caniatâd
domain-io-already-exists = Mae’r ffeil yn bodoli’n barod
domain-io-is-a-directory = Ffolder yw hwn, nid ffeil
domain-io-not-a-directory = Nid ffolder yw hwn
domain-io-storage-full = Does dim lle ar ôl ar y ddisg
domain-io-read-only = System ffeiliau darllen yn unig
# problem (ben.): 1 broblem, 2 broblem, 3 problem, 6 phroblem.
domain-more-problems-not-shown = { $count ->
    [one] … ac { $count } broblem arall heb ei dangos
    [two] … a { $count } broblem arall heb eu dangos
    [many] … a { $count } phroblem arall heb eu dangos
   *[other] … a { $count } problem arall heb eu dangos
}

## Disgrifio gwerth a gafwyd mewn ffeil: "disgwyl rhif, ond cafwyd { $found }".
domain-value-nothing = dim byd
domain-value-number = y rhif { $number }
domain-value-unusable-number = `{ $number }`, nad yw’n rhif y gellir ei ddefnyddio
domain-value-text = y testun { $text }
domain-value-list = rhestr
domain-value-map = map
domain-value-tagged = gwerth â’r tag { $tag }

## Darllen ateb fel math ei gwestiwn. Dangosir y rhain wrth ymyl y cwestiwn.
domain-answer-expected-text-number = disgwyl testun, ond cafwyd rhif; rhowch ef rhwng dyfynodau i’w gadw yn union fel y’i hysgrifennwyd
domain-answer-expected-text = disgwyl testun, ond cafwyd { $found }
domain-answer-expected-number = disgwyl rhif, ond cafwyd { $found }
domain-answer-expected-percentage = disgwyl rhif o 0 i 100, ond cafwyd { $found }
domain-answer-expected-date = disgwyl dyddiad ar y ffurf BBBB-MM-DD (er enghraifft 2026-09-01), ond cafwyd { $found }
domain-answer-expected-yes-no = disgwyl ie neu na, ond cafwyd { $found }
domain-answer-item = eitem { $number }: { $problem }
domain-answer-expected-choices = disgwyl rhestr o werthoedd opsiynau, ond cafwyd { $found }
domain-answer-expected-ranked-value = disgwyl gwerthoedd opsiynau yn eu trefn, ond cafwyd { $found }
domain-answer-expected-ranking = disgwyl rhestr o werthoedd opsiynau, y pwysicaf yn gyntaf, ond cafwyd { $found }
domain-answer-expected-row-id = disgwyl dynodyddion rhesi, ond cafwyd { $found }
domain-answer-expected-scale-value = rhes `{ $row }`: disgwyl gwerth ar y raddfa, ond cafwyd { $found }
domain-answer-expected-matrix = disgwyl map o ddynodydd rhes i werth ar y raddfa, ond cafwyd { $found }
domain-answer-row = rhes { $number }: { $problem }
domain-answer-expected-tasks = disgwyl rhestr o resi tasg (description, roles, minutes, frequency, share, change), ond cafwyd { $found }
domain-answer-too-many-tasks = mae { $count } o resi tasg yn fwy na’r { $max } y gall un asesiad eu dal; grwpiwch dasgau tebyg at ei gilydd
domain-answer-key-should-be-text = dylai `{ $key }` fod yn destun, ond cafwyd { $found }
domain-answer-choice-unexpected-key = allwedd annisgwyl { $found }: mae dewis yn werth opsiwn, neu’n {"{"}value, other{"}"} ar gyfer "arall, nodwch"
domain-answer-choice-needs-value = mae angen `value` ar ddewis a ysgrifennir fel map
domain-answer-expected-option = disgwyl gwerth opsiwn, ond cafwyd { $found }

## Gwirio’r atebion yn erbyn yr holiadur.
domain-did-you-mean = (oeddech chi’n golygu `{ $name }`?)
domain-answers-id-not-text = testun yw dynodyddion cwestiynau, ond cafwyd { $found }
domain-answers-unknown-question = nid oes cwestiwn `{ $id }` yn holiadur { $questionnaire } { $version }{ $hint }
domain-answers-not-applicable = atebwyd, ond nid yw’r cwestiwn yn berthnasol o ystyried yr atebion eraill; cedwir yr ateb ond ni chaiff ei ddefnyddio
domain-answers-required = mae angen ateb i `{ $id }`: { $question }
domain-answers-wrong-type = nid yw’r ateb hwn yn addas i gwestiwn o’r math { $kind }
# dewis (gwr.): 2 ddewis, 3 dewis, 6 dewis.
domain-answers-too-many-choices = { $count ->
    [two] rhoddwyd { $count } ddewis, ond dim ond { $options } opsiwn sydd ar gael
   *[other] rhoddwyd { $count } dewis, ond dim ond { $options } opsiwn sydd ar gael
}
domain-answers-chosen-twice = dewiswyd `{ $value }` ddwywaith
domain-answers-choose-at-least = dewiswch o leiaf { $count }
domain-answers-choose-at-most = dewiswch { $count } ar y mwyaf
domain-answers-too-many-ranked = rhoddwyd { $count } eitem mewn trefn, ond dim ond { $options } opsiwn sydd ar gael
domain-answers-ranked-twice = rhoddwyd `{ $value }` yn y drefn ddwywaith
domain-answers-not-an-option = nid yw `{ $value }` yn opsiwn: disgwyl un o { $expected }
domain-answers-not-on-scale = nid yw { $value } ar y raddfa: disgwyl un o { $expected }
domain-answers-no-such-row = nid oes rhes `{ $row }`: disgwyl un o { $expected }
domain-answers-row-unanswered = nid oes ateb i res `{ $row }`
domain-answers-below-minimum = mae { $value } yn is na’r isafswm, sef { $min }
domain-answers-above-maximum = mae { $value } yn uwch na’r uchafswm, sef { $max }
domain-answers-not-whole = dylai { $value } fod yn rhif cyfan
domain-answers-not-percentage = nid yw { $value }% yn ganran o 0 i 100
# nod (gwr.): dim treiglad ar ôl rhifolion.
domain-answers-too-long = mae { $count } nod yn hwy na’r { $max } a ganiateir
domain-answers-control-character = mae’n cynnwys y nod rheoli { $code }; tynnwch ef
domain-answers-short-one-line = un llinell yw ateb byr
domain-answers-other-not-taken = nid yw `{ $value }` yn cymryd testun "arall"; dim ond opsiwn "arall, nodwch" sy’n gwneud hynny
domain-answers-other-needed = mae `{ $value }` yn opsiwn "arall, nodwch": rhowch y testun fel {"{"}value: { $value }, other: "..."{"}"}
domain-answers-other-empty = dywedwch beth yw’r "arall"

## Rhesi tasg. Mae’r allweddi rhwng ` ` yn perthyn i’r ffeil atebion ac yn aros fel y maent.
domain-task-unusable-number = mae `{ $key }` yn { $number }, nad yw’n rhif y gellir ei ddefnyddio
domain-task-number-in-quotes = dylai `{ $key }` fod yn rhif, ond cafwyd y testun { $text }; ysgrifennwch ef heb ddyfynodau
domain-task-expected-number = dylai `{ $key }` fod yn rhif, ond cafwyd { $found }
domain-task-key-missing = mae `{ $key }` ar goll
domain-task-expected-roles = dylai `roles` fod yn rhestr o ddynodyddion rolau, ond cafwyd { $found }
domain-task-minutes-unknown-key = nid yw `{ $key }` yn allwedd: mae gan minutes low, likely a high
domain-task-expected-minutes = dylai `minutes` fod yn {"{"}low, likely, high{"}"}, ond cafwyd { $found }
domain-task-expected-row = disgwyl rhes tasg (map â description, roles, minutes, frequency, share a change), ond cafwyd { $found }
domain-task-unknown-key = allwedd anhysbys `{ $key }`{ $hint }: mae gan res tasg { $keys }
domain-task-expected-change = dylai `change` fod yn new neu removed, ond cafwyd { $found }
domain-task-description-empty = mae `description` yn wag: dywedwch beth yw’r dasg
domain-task-description-too-long = mae `description` yn { $count } nod o hyd; cadwch hi o dan { $max } a rhowch fanylion yn y rhagdybiaethau
domain-task-description-control-character = mae `description` yn cynnwys y nod rheoli { $code }; tynnwch ef
domain-task-roles-empty = mae `roles` yn wag: enwch o leiaf un rôl
domain-task-unknown-role = mae gan `roles` rôl anhysbys `{ $role }`: disgwyl un o { $expected }
domain-task-role-twice = mae `roles` yn enwi `{ $role }` ddwywaith
domain-task-minutes-negative = mae `{ $key }` yn { $value }: disgwyl nifer o funudau, 0 neu fwy
domain-task-minutes-too-many = mae `{ $key }` yn { $value }: mwy na { $max } munud ar gyfer un achlysur; gwiriwch yr uned (munudau, nid oriau nac eiliadau)
domain-task-minutes-order = rhaid i `minutes` fod â low <= likely <= high, ond cafwyd low { $low }, likely { $likely }, high { $high }
domain-task-unknown-frequency = nid yw `frequency` `{ $frequency }` yn hysbys: disgwyl un o { $expected }
domain-task-bad-count = mae `count` yn { $value }: disgwyl nifer o weithiau ym mhob cyfnod, o 0 i { $max }
domain-task-bad-share = mae `share` yn { $value }: disgwyl ffracsiwn o 0 i 1 (mae 0.25 yn golygu chwarter staff y rôl honno)
domain-task-unknown-admin-task = nid yw `admin_task` `{ $id }` ar restr tasgau gweinyddol yr holiadur

## Ffeiliau yn gyffredinol.
domain-and-more = a { $count } arall
domain-what-answers-file = ffeil atebion â questionnaire, assessor ac answers
domain-file-empty = mae’r ffeil yn wag: disgwyl { $what }
domain-duplicate-key = allwedd ddyblyg `{ $key }`: gall pob allwedd ymddangos unwaith mewn map
# beit (gwr.): 2 feit, 3 beit.
domain-file-too-big = mae’r ffeil yn fwy na { $max } beit; gwrthodir ei darllen
domain-file-not-utf8 = nid testun UTF-8 mohono (beit annilys yn safle { $offset }); cadwch y ffeil fel UTF-8
# Defnyddir y geiriau cyn enw’r maes i ddod o hyd i’r maes yn y ffeil: cadwch yr enw rhwng ` `.
domain-in-field = yn `{ $field }`: { $problem }
# Sut mae neges yn enwi cwestiwn; fe’i defnyddir i ddod o hyd i’r cwestiwn yn y ffeil.
domain-question-marker = cwestiwn `{ $id }`
domain-at-line-column = llinell { $line }, colofn { $column }: { $problem }
domain-and-more-problems = { $count ->
    [one] { $first } (ac { $count } broblem arall)
    [two] { $first } (a { $count } broblem arall)
    [many] { $first } (a { $count } phroblem arall)
   *[other] { $first } (a { $count } problem arall)
}
domain-cannot-read-it = methu ei darllen: { $reason }
domain-what-record = cofnod asesiad
domain-what-draft = asesiad drafft wia
domain-what-config = gosodiadau wia

## Gwneud cofnod o ffeil atebion.
domain-build-wrong-questionnaire = mae’r atebion ar gyfer holiadur `{ $wanted }`, ond rhoddwyd `{ $given }`
domain-build-no-assessor-name = mae enw’r asesydd ar goll: rhowch `name` o dan `assessor`
domain-build-no-assessor-organisation = mae sefydliad yr asesydd ar goll: rhowch `organisation` o dan `assessor`
domain-build-unknown-role = rôl anhysbys `{ $role }`: disgwyl un o { $expected }
domain-build-bad-headcount = mae’r nifer staff { $value } yn annilys: rhaid iddo fod yn nifer o staff o 0 i { $max }
domain-build-cannot-seal = ni ellir selio’r cofnod: { $why }
domain-digest-not-finite = mae `{ $path }` yn { $number }, nad yw’n rhif meidraidd
domain-digest-key-not-text = mae gan `{ $path }` allwedd nad yw’n destun
domain-digest-tagged = mae gan `{ $path }` dag YAML ({ $tag })

## Darllen cofnodion.
domain-record-bad-schema-version = nid yw fersiwn sgema { $version } yn un y mae’r wia hwn yn ei ddarllen (1 i { $supported }); efallai y gall wia mwy newydd ei ddarllen
domain-record-bad-id = dylai dynodydd y cofnod fod yn hyd at 64 o lythrennau bach, digidau, `-` neu `_`
domain-record-bad-questionnaire-sha = disgwyl 64 digid hecs SHA-256 yr holiadur
domain-record-bad-digest = disgwyl `sha256:` a 64 digid hecs
domain-record-bad-time = nid yw `{ $text }` yn amser RFC 3339 gyda gwrthbwys, fel 2026-11-25T09:30:00+00:00 ({ $reason })
domain-record-other-questionnaire = gwnaed cofnod { $id } gyda holiadur { $questionnaire } { $version } (sha256 { $sha }), nid yr un hwn ({ $questionnaire } { $this_version }, sha256 { $this_sha }); gall y ffigurau fod yn wahanol
domain-record-wrong-questionnaire = mae { $path } yn holiadur `{ $given }`, ond gwnaed cofnod { $id } gyda `{ $wanted }`
domain-record-kept-questionnaire-changed = nid yw { $path } yn cyfateb i’w enw: newidiwyd yr holiadur a gadwyd; rhowch yr un cywir gyda --questionnaire FFEIL
domain-record-questionnaire-not-found = gwnaed cofnod { $id } gyda holiadur `{ $questionnaire }` { $version }, nad yw wedi’i gynnwys gyda wia nac wedi’i gadw yn { $dir }; rhowch ef gyda --questionnaire FFEIL
domain-record-too-big = byddai’r cofnod yn { $size } beit, mwy na’r { $max } y gall cofnod ei ddal; byrhewch yr atebion hiraf

## Drafftiau.
domain-draft-bad-id = dylai dynodydd y drafft fod yn hyd at 64 o lythrennau bach, digidau, `-` neu `_`
domain-draft-bad-version = nid yw fersiwn drafft { $version } yn un y mae’r wia hwn yn ei ddarllen (dim ond { $supported }); efallai mai wia mwy newydd a’i hysgrifennodd
domain-draft-cannot-save-id = methu cadw drafft â’r dynodydd `{ $id }`: mae dynodydd yn hyd at 64 o lythrennau bach, digidau, `-` neu `_`
domain-draft-too-big = byddai’r drafft yn { $size } beit, mwy na’r { $max } y gall drafft ei ddal; byrhewch yr atebion hiraf
domain-draft-not-an-id = nid yw `{ $id }` yn ddynodydd drafft: mae dynodydd yn hyd at 64 o lythrennau bach, digidau, `-` neu `_`
domain-draft-id-mismatch = nid yw dynodydd y drafft `{ $inside }` yn cyfateb i enw ei ffeil `{ $file_id }.yaml`; ailenwch y ffeil yn `{ $inside }.yaml` neu cywirwch y dynodydd
domain-draft-no-id = ni roddwyd dynodydd drafft
domain-draft-none-yet = dim drafft `{ $prefix }`: nid oes drafftiau yn { $dir } eto
domain-draft-not-found = dim drafft y mae ei ddynodydd yn dechrau â `{ $prefix }` yn { $dir }
# dynodydd (gwr.): 2 ddynodydd, 3 dynodydd.
domain-draft-ambiguous = { $count ->
    [two] mae `{ $prefix }` yn dechrau { $count } ddynodydd drafft ({ $ids }{ $more }); rhowch fwy o’r dynodydd
   *[other] mae `{ $prefix }` yn dechrau { $count } dynodydd drafft ({ $ids }{ $more }); rhowch fwy o’r dynodydd
}

## Gosodiadau.
domain-config-ignored = { $reason }; anwybyddir y gosodiadau yno
domain-config-warning = { $file }: rhybudd: { $problem }
domain-config-unreadable = rhybudd: ni ellir darllen y ffeil gosodiadau

## Ffeiliau holiadur (i’w hawduron: `wia check`).
domain-questionnaire-too-big = mae’r ffeil yn { $size } beit; gall holiadur fod yn { $max } beit ar y mwyaf
domain-what-questionnaire = holiadur ag id, version, title, scoring a sections
domain-first-defined-at = (diffiniwyd gyntaf ar linell { $line })
domain-and = a
domain-condition-needs-kind = mae angen un o `all`, `any`, `not`, `question`, `score` neu `task` ar amod
domain-condition-one-kind = dim ond un o `all`, `any`, `not`, `question`, `score` neu `task` y gall amod ei gymryd, ond cafwyd { $found }
domain-condition-cannot-compare = ni all `{ $kind }` gymryd cymhariaeth (eq, ne, in, lt, le, gt, ge, answered); rhowch hi y tu mewn i amod `question` neu `score`
domain-condition-role-needs-score = mae `role` yn perthyn i amod `score`
domain-condition-score-needs-comparison = mae angen cymhariaeth ar `score`: un o eq, ne, in, lt, le, gt, ge
domain-condition-needs-comparison = mae angen cymhariaeth ar `{ $kind }`: un o eq, ne, in, lt, le, gt, ge, answered
domain-condition-one-comparison = mae amod yn cymryd un gymhariaeth, ond cafwyd { $found }; cyfunwch sawl un gydag `all` neu `any`
domain-condition-score-compares-number = mae amod `score` yn cymharu rhif: defnyddiwch eq, ne, in, lt, le, gt neu ge
# Rhaid iddi gynnwys geiriau domain-question-marker (cwestiwn `...`), heb dreiglad.
domain-question-needs = cwestiwn `{ $id }`: mae angen `{ $name }`
domain-question-stray-key = nid yw `{ $key }` yn berthnasol i’r cwestiwn o’r math { $kind }, sef cwestiwn `{ $id }`{ $takes }
domain-question-takes = (mae’n cymryd { $keys })

## `wia check`: rheolau holiadur na all ei fathau eu mynegi.
domain-check-what-role = rôl
domain-check-what-frequency = amlder
domain-check-what-band = band
domain-check-what-admin-task = tasg weinyddol
domain-check-what-section = adran
domain-check-what-question-id = dynodydd cwestiwn
domain-check-what-option-value = gwerth opsiwn
domain-check-what-matrix-row = rhes matrics
domain-check-what-flag = baner
domain-check-empty-id = mae { $what } heb ddynodydd
domain-check-duplicate = mae `{ $id }` yn ymddangos fwy nag unwaith fel { $what }
domain-check-bad-questionnaire-id = dylai dynodydd yr holiadur `{ $id }` fod yn llythrennau bach, digidau, `_` neu `-`
domain-check-no-version = mae’r fersiwn yn wag: rhowch fersiwn i’r holiadur, fel 1.0.0
domain-check-no-sections = mae angen o leiaf un adran ar holiadur
domain-check-not-positive = mae `{ $key }` yn { $value }: rhaid iddo fod yn rhif uwchlaw 0
domain-check-no-frequencies = mae angen o leiaf un amlder ar holiadur, neu ni ellir sgorio’r un rhes tasg
domain-check-no-roles = mae angen o leiaf un rôl ar holiadur
domain-check-negative-headcount = mae’r nifer staff { $value } yn annilys: rhaid iddo fod yn 0 neu fwy
domain-check-negative-cost = mae’r gost fesul awr { $value } yn annilys: rhaid iddi fod yn 0 neu fwy
domain-check-bad-per-year = rhaid i { $value } fod yn nifer o weithiau’r flwyddyn uwchlaw 0
domain-check-no-bands = mae angen o leiaf un band ar holiadur
domain-check-band-open = nid oes `below` gan fand `{ $id }`; dim ond y band olaf a gaiff fod yn benagored
domain-check-last-band-closed = rhaid i’r band olaf `{ $id }` fod heb `below`: mae’n dal pob ffigur uwch
domain-check-bands-out-of-order = mae’r bandiau yn y drefn anghywir: mae `{ $id }` o dan { $value }, nid uwchlaw { $previous } y band blaenorol
domain-check-empty-section = nid oes cwestiynau yn adran `{ $id }`
domain-check-bad-question-id = dylai dynodydd y cwestiwn `{ $id }` fod yn llythrennau bach, digidau, `_` neu `-`
domain-check-task-list-id = rhaid i’r cwestiwn rhestr dasgau fod â’r dynodydd `tasks` (mae’r sgorio’n ei ddarllen), nid `{ $id }`
domain-check-one-task-list = dim ond un cwestiwn rhestr dasgau a ganiateir: mae’r sgorio’n darllen yr un â’r dynodydd `tasks`
domain-check-two-options = cwestiwn `{ $id }`: mae angen o leiaf ddau opsiwn
domain-check-option-no-value = nid oes gwerth gan yr opsiwn: rhowch ddynodydd byr iddo, fel `yes_partly`
domain-check-one-other = dim ond un opsiwn a gaiff fod yn "arall, nodwch"
domain-check-scale-points = mae angen o leiaf ddau bwynt ar raddfa
domain-check-scale-order = rhaid i werthoedd y raddfa godi: mae { $value } yn dilyn { $previous }
domain-check-matrix-rows = mae angen o leiaf un rhes ar fatrics
domain-check-min-above-max-selected = mae min_selected { $min } yn uwch na max_selected { $max }
domain-check-min-selected-too-many = mae min_selected { $min } yn fwy na’r { $count } opsiwn
domain-check-bad-max-selected = dylai max_selected { $max } fod rhwng 1 a’r { $count } opsiwn
domain-check-min-above-max = mae min { $min } yn uwch na max { $max }
domain-check-suggested-outside = mae’r gwerth a awgrymir { $value } y tu allan i min..max
domain-check-empty-list = mae angen o leiaf un amod ar `{ $key }`
domain-check-empty-in = mae angen o leiaf un gwerth ar `in`; nid yw rhestr wag byth yn cyfateb
domain-check-place-section-show-if = show_if adran
domain-check-place-show-if = show_if
domain-check-place-constraint = cyfyngiad
domain-check-place-flag = baner `{ $id }`
domain-check-unknown-question = mae { $place } yn cyfeirio at gwestiwn anhysbys `{ $id }`{ $hint }
domain-check-later-question = mae { $place } yn cyfeirio at `{ $id }`, nad yw’n dod o’i flaen; dim ond cwestiynau cynharach y gall amod eu darllen
domain-check-score-operand = mae sgôr yn nifer o oriau neu’n CALl: cymharwch ef â rhif, nid { $found }
domain-check-score-outside-flags = ni all { $place } ddarllen sgoriau: mae amodau `score` yn perthyn i faneri
domain-check-task-outside-flags = ni all { $place } ddarllen rhesi tasg: mae amodau `task` yn perthyn i faneri
domain-check-unknown-role = rôl anhysbys `{ $role }`
domain-check-unknown-frequency = amlder anhysbys `{ $frequency }`
domain-check-ordering-operand = mae `{ $operator }` yn cymharu rhifau neu ddyddiadau, ond cwestiwn { $kind } yw `{ $id }`
domain-check-answered-only = dim ond gydag `answered` y gellir profi cwestiwn { $kind }
domain-check-not-an-option = nid yw `{ $value }` yn un o opsiynau `{ $id }`: disgwyl un o { $expected }
domain-check-cannot-compare = ni ellir cymharu { $operand } â `{ $id }`: disgwyl { $expected }
domain-check-expected-yes-no = ie neu na
domain-check-expected-date = dyddiad ar y ffurf BBBB-MM-DD
domain-check-expected-scale = rhif ar y raddfa
domain-check-expected-number = rhif (heb ddyfynodau)
domain-check-expected-text = testun
domain-check-missing-welsh = nid oes cyfieithiad Cymraeg (cy) eto gan { $missing } o { $total } o destunau; dangosir y Saesneg yn eu lle

## Esboniadau’r darllenydd YAML ei hun.
domain-yaml-missing-field = maes ar goll: { $name }
domain-yaml-duplicate-field = maes dyblyg: { $name }
domain-yaml-unknown-field = maes anhysbys { $name }, disgwyl { $expected }
domain-yaml-unknown-variant = gwerth anhysbys { $name }, disgwyl { $expected }
domain-yaml-invalid-type = math annilys: cafwyd { $name }, disgwyl { $expected }
domain-yaml-invalid-value = gwerth annilys: cafwyd { $name }, disgwyl { $expected }
domain-yaml-one-of = un o { $list }
domain-yaml-or = neu
domain-expecting-answers-file = ffeil atebion: questionnaire (neu questionnaire_file), assessor {"{"}name, organisation{"}"}, headcounts (dewisol) ac answers
domain-expecting-assessor = yr asesydd fel {"{"}name, organisation{"}"}
domain-expecting-questionnaire-ref = yr holiadur fel {"{"}id, version, sha256{"}"}
domain-expecting-record = cofnod asesiad
domain-expecting-draft = asesiad drafft wia
domain-expecting-questionnaire = holiadur ag id, version, title, sections ac, ar gyfer asesiad, scoring
domain-expecting-scoring = bloc sgorio â school_weeks_per_year, directed_hours_per_fte, roles, frequencies, bands a flags
domain-expecting-text = testun ym mhob iaith, fel {"{"}en: Teachers, cy: Athrawon{"}"}

# hardening: safe reading
domain-file-is-link = dolen symbolaidd yw hi; dim ond yn uniongyrchol y mae wia yn darllen ffeiliau’r ffolder data, byth drwy ddolen
domain-folder-is-link = dolen symbolaidd yw’r ffolder sy’n ei dal; nid yw wia byth yn darllen y ffolder data drwy ddolen
domain-not-regular-file = nid ffeil gyffredin mohoni ond { $kind ->
    [fifo] FIFO (pibell enwol)
    [socket] soced
    [device] dyfais
    [link] dolen symbolaidd
   *[other] rhywbeth arall
}; dim ond ffeiliau cyffredin y mae wia yn eu darllen
domain-file-name-not-utf8 = nid testun UTF-8 yw enw’r ffeil, felly ni all unrhyw ddynodydd ei enwi; ailenwch y ffeil
domain-yaml-too-deep = wedi’i nythu’n ddyfnach na { $max } lefel; nid oes angen cymaint ar unrhyw ffeil wia, felly gwrthodir y ffeil
domain-yaml-too-many-aliases = mwy na { $max } o arallenwau (`*enw`); gwrthodir y ffeil
domain-yaml-too-many-values = mwy na { $max } o werthoedd; nid oes cymaint mewn unrhyw ffeil wia, felly gwrthodir y ffeil
domain-yaml-second-document = mae ail ddogfen YAML yn dechrau yma; un ddogfen yn unig sydd mewn ffeil wia
domain-yaml-run-too-long = mae mwy na { $max } o nodau’n mynd heibio yma heb werth cyflawn: nid oes testun, sylw na rhestr rhwng cromfachau ([...] neu {"{"}...{"}"}) mor hir â hynny mewn ffeil wia, felly gwrthodir y ffeil

# hardening: races and partial writes
draft-held = mae drafft { $id } ar agor mewn wia arall: { $user } ar { $host } (proses { $pid }) ers { $since }
draft-held-unknown = anhysbys
draft-held-not-written = { $held }; ni chadwyd y copi hwn. Caewch ef yno yn gyntaf, neu agorwch ef i'w ddarllen yn unig.

# hardening: platforms
store-file-in-use = mae rhaglen arall wedi ei hagor, felly ni fyddai Windows yn ei disodli (bu wia'n ceisio am eiliad); caewch hi yno a rhowch gynnig arall arni
store-file-in-use-or-read-only = ni fyddai Windows yn ei disodli: mae rhaglen arall wedi ei hagor, neu mae'n ddarllen-yn-unig, neu ni chewch newid ei ffolder (bu wia'n ceisio am eiliad); caewch hi yno a rhowch gynnig arall arni

# hardening: signatures
domain-sign-allowed-line-skipped = { $file }:{ $line }: rhybudd: gadawyd y llinell llofnodwr dibynadwy hon allan: { $why }
domain-sign-allowed-option = nid yw wia yn gwirio’r opsiwn { $option } (ni chefnogir tystysgrifau na dyddiadau dilysrwydd), felly nid yw’n ymddiried yn neb ar y llinell hon
domain-sign-allowed-no-key = disgwylid ENW[,ENW...] [namespaces="..."] ssh-ed25519 ALLWEDD
domain-sign-bad-principal = ni all `{ $principal }` fod yn enw llofnodwr: defnyddiwch un gair heb fylchau, atalnodau, dyfynodau, * na ? (mae cyfeiriad e-bost yn gweithio’n dda)
domain-sign-not-a-private-key = nid yw { $file } yn allwedd breifat OpenSSH (dylai ddechrau -----BEGIN OPENSSH PRIVATE KEY-----)
domain-sign-needs-passphrase = mae { $file } wedi’i diogelu gan gyfrinymadrodd ac nid oes terfynell i ofyn amdano; gosodwch WIA_KEY_PASSPHRASE i’r cyfrinymadrodd
domain-sign-wrong-passphrase = nid yw’r cyfrinymadrodd ar gyfer { $file } yn gywir
domain-sign-not-a-public-key = nid yw `{ $text }` yn allwedd gyhoeddus OpenSSH (dylai edrych fel ssh-ed25519 AAAA...)
domain-sign-private-not-public = allwedd breifat yw { $file }: rhowch yr allwedd gyhoeddus (y ffeil .pub) yn lle hynny, a pheidiwch byth â rhannu’r un breifat
domain-sign-not-ed25519 = allwedd { $algorithm } yw { $file }; dim ond allweddi ed25519 y mae wia yn eu llofnodi a’u gwirio (gwnewch un gyda ssh-keygen -t ed25519, neu `wia keys new`)

# signatures: status in a few words
domain-sig-words-unsigned = heb ei lofnodi
domain-sig-words-trusted = wedi’i lofnodi gan { $who } (dibynadwy)
domain-sig-words-untrusted = wedi’i lofnodi gan allwedd nad ydych yn ymddiried ynddi ({ $fingerprint })
domain-sig-words-mismatch = LLOFNOD GWAEL: newidiwyd y ffeil ar ôl ei llofnodi
domain-sig-words-namespace = LLOFNOD GWAEL: fe’i gwnaed ar gyfer { $found }, nid ar gyfer y ffeil hon
domain-sig-words-unreadable = ni ellir darllen y llofnod: { $why }
# hardening: revisions
## Diwygio cofnod terfynol (`wia revise`, yna `wia new --from-draft ID --reason TESTUN`).
domain-revision-no-reason = mae'r rheswm dros y diwygiad yn wag
domain-revision-reason-too-long = mae'r rheswm yn { $count } nod o hyd; cedwir { $max } ar y mwyaf
domain-revision-bad-link = dylai `revises` enwi cofnod wrth ei ddynodydd a'i grynhoad, fel y mae `wia revise` yn ei ysgrifennu
domain-revision-not-final = mae diwygiad bob amser yn derfynol: cwblhewch ef heb --draft
domain-revision-reason-needed = mae'r asesiad hwn yn diwygio cofnod { $id }: dywedwch pam gyda --reason "…" (ni chaiff diwygiad byth ei gwblhau heb reswm)
domain-revision-predecessor-missing = nid yw'r cofnod y mae hwn yn ei ddiwygio, { $id }, yn { $dir }
domain-revision-predecessor-changed = mae cofnod { $id } wedi newid ers dechrau'r diwygiad hwn, neu mae ffeil arall wedi cymryd ei le: rhaid i ddiwygiad enwi'r union gofnod y mae'n ei ddisodli
domain-revision-predecessor-draft = drafft yw cofnod { $id }: dim ond cofnod terfynol y gellir ei ddiwygio
domain-sign-agent-failed = ni lofnododd yr ssh-agent sy’n dal eich allwedd ({ $why }); os yw’n gofyn i chi gadarnhau pob defnydd, cadarnhewch ef, neu tynnwch yr allwedd o’r asiant (ssh-add -d) fel bod wia yn gofyn am ei chyfrinymadrodd

# hardening: sync
domain-device-no-settings = nid oes ffolder gosodiadau i gadw dynodydd dyfais y cyfrifiadur hwn ynddi (gosodwch WIA_CONFIG_DIR)

# issue15: words
screen-answers-required = mae angen ateb i'r cwestiwn hwn
screen-answers-wrong-type = nid yw'r ateb hwn yn gweddu i'r cwestiwn: atebwch ef eto
screen-answers-chosen-twice = mae "{ $option }" wedi'i ddewis ddwywaith: dad-diciwch ef â Space
screen-answers-ranked-twice = mae "{ $option }" wedi'i osod ddwywaith: pwyswch Space i gadw'r drefn a ddangosir
screen-answers-not-an-option = nid yw "{ $value }" yn un o'r opsiynau: dewiswch un â Space
screen-answers-not-on-scale = nid yw { $value } yn bwynt ar y raddfa: dewiswch un â Space
screen-answers-no-such-row = cedwir ateb ar gyfer rhes nad yw yn y cwestiwn hwn: dewiswch bwynt ar bob rhes a ddangosir
screen-answers-row-unanswered = nid yw "{ $row }" wedi'i ateb: dewiswch bwynt ar ei res
screen-answers-other-not-taken = nid yw "{ $option }" yn cymryd geiriau ei hun: dewiswch ef eto i'w clirio
screen-answers-other-needed = mae angen geiriau ar "{ $option }": gyda'r cyrchwr arno, teipiwch beth a olygwch ar ôl y colon
screen-task-description-empty = { $field }: dywedwch beth yw'r dasg
screen-task-description-too-long = { $field }: { $count } nod; cadwch hi o dan { $max } a rhowch fanylion yn y rhagdybiaethau
screen-task-control-character = { $field }: mae'n cynnwys y nod rheoli { $code }; tynnwch ef
screen-task-roles-empty = { $field }: ticiwch o leiaf un rôl
screen-task-unknown-role = { $field }: nid yw un rôl yn yr holiadur hwn; ticiwch y rolau eto
screen-task-role-twice = { $field }: mae { $role } wedi'i dicio ddwywaith
screen-task-minutes-negative = { $field }: nid yw { $value } yn nifer o funudau; teipiwch 0 neu fwy
screen-task-minutes-too-many = { $field }: mae { $value } yn fwy na { $max } munud i un person ei wneud unwaith; gwiriwch yr uned (munudau, nid oriau nac eiliadau)
screen-task-minutes-order = ni ddylai { $low } fod yn fwy na { $likely }, na { $likely } yn fwy na { $high }
screen-task-unknown-frequency = { $field }: dewiswch un o'r rhestr
screen-task-bad-count = { $field }: nid yw { $value } yn nifer o weithiau bob cyfnod rhwng 0 a { $max }
screen-task-bad-share = { $field }: nid yw { $value }% yn gyfran rhwng 0 a 100
screen-task-unknown-admin-task = { $field }: nid yw'r dasg hon ar restr yr holiadur; dewiswch un ohoni neu ddim un
domain-compare-rating = sgôr: cadwyd { $stored }, ailgyfrifwyd { $now }
domain-compare-basis = sail y sgôr: cadwyd { $stored_role } ar { $stored_hours } awr yr wythnos, ailgyfrifwyd { $now_role } ar { $now_hours }
domain-compare-basis-one-side = sail y sgôr: yn un ond nid yn y llall
domain-compare-figure = { $role } { $measure }: cadwyd disgwyliedig { $stored }, ailgyfrifwyd { $now }
domain-compare-per-person-year = y person y flwyddyn
domain-compare-per-person-week = y person yr wythnos
domain-compare-system-year = oriau'r system y flwyddyn
domain-compare-fte = CALl
domain-compare-role-stored-only = cadwyd rôl { $role } ond nis ailgyfrifwyd
domain-compare-role-now-only = ailgyfrifwyd rôl { $role } ond nis cadwyd
domain-compare-flags = baneri: cadwyd [{ $stored }], ailgyfrifwyd [{ $now }]
# issue15: review
domain-answer-no-such-date = nid oes dyddiad { $found }: gwiriwch y diwrnod a'r mis
# issue16: portfolio
portfolio-term-autumn = { $year } tymor yr hydref
portfolio-term-spring = { $year } tymor y gwanwyn
portfolio-term-summer = { $year } tymor yr haf
portfolio-heading = Llwyth gwaith cronnus. Polisïau ar y llinell amser: { $policies }; tymhorau: { $terms }.
portfolio-none = Nid oes unrhyw gofnod yn rhoi dyddiad dechrau arfaethedig, felly nid oes llinell amser i'w dangos.
portfolio-method = Oriau'r wythnos ar gyfer pob rôl: y cyfartaledd fesul aelod o'r rôl, ac ar gyfer un person sy'n gwneud y cyfan. Y ffigur disgwyliedig yw pob un, gyda'r ystod o isel i uchel mewn cromfachau. Rhestrir y polisïau o'r mwyaf i'r lleiaf yn ôl y cyfartaledd.
portfolio-range = { $expected } ({ $low } i { $high })
portfolio-starting = Yn dechrau'r tymor hwn: { $policies }
portfolio-role-line = { $role }: cyfartaledd { $average }; un person { $one }
portfolio-flags-heading = Rhybuddion
portfolio-drafts-heading = Drafftiau wedi'u cynnwys (gall eu ffigurau newid o hyd)
portfolio-phased-heading = Yn cael eu cyflwyno fesul cam, ond wedi'u cyfrif yn llawn o'r dechrau: nid yw'r holiadur yn gofyn pryd mae pob cam yn dechrau
portfolio-undated-heading = Nid ar y llinell amser: dim dyddiad dechrau arfaethedig
portfolio-beyond-heading = Yn dechrau ar ôl tymor olaf y llinell amser (mae'n dangos { $terms } o dymhorau ar y mwyaf)
portfolio-draft-title = “{ $title }” (drafft)
portfolio-skipped = { $file }: wedi'i adael allan o'r llwyth gwaith cronnus: { $why }
portfolio-flag-cumulative = { $term }, { $role }: gyda'i gilydd mae'r polisïau'n ychwanegu { $hours } awr yr wythnos i un person sy'n gwneud y cyfan, yn y band { $band }. Ystyriwch symud neu liniaru'r rhai mwyaf.
portfolio-flag-significant-together = { $term }: mae newidiadau sylweddol i atebolrwydd, y cwricwlwm neu gymwysterau yn dechrau yn yr un tymor ({ $count }): { $policies }.
portfolio-flag-summer-start = { $term }: mae { $policy } yn dechrau yn nhymor yr haf, pan fydd ysgolion yn cynllunio staffio, amserlen ac amser gwaith cyfeiriedig y flwyddyn nesaf.
portfolio-flag-mid-year = { $term }: mae { $policy } yn dechrau yn ystod y flwyddyn ysgol, ar ôl i { $others } ddechrau yn gynharach yn yr un flwyddyn.
portfolio-role-line-short = cyfartaledd { $average }; un person { $one }
portfolio-doc-title = Llwyth gwaith cronnus
portfolio-doc-term = Tymor
portfolio-doc-one-person = Oriau'r wythnos i un person sy'n gwneud y cyfan (disgwyliedig, gydag isel i uchel)
portfolio-doc-average = Oriau cyfartalog yr wythnos fesul aelod o'r rôl (disgwyliedig)
portfolio-doc-by-term = Fesul tymor: un person (cyfartaledd fesul aelod), oriau'r wythnos
portfolio-doc-largest = Y polisïau mwyaf
portfolio-doc-table-note = Mae'r siart yn dangos ffigur pob rôl ar gyfer un person sy'n gwneud y cyfan; mae'r tabl yn rhoi'r cyfartaledd fesul aelod mewn cromfachau.
portfolio-doc-flag-line = { $band } o { $hours }

# survey: questionnaires without scoring, anonymous responses
survey-check-task-list-needs-scoring = mae `{ $id }` yn rhestr dasgau, a dim ond holiadur â bloc `scoring` sy'n gallu ei chyfrifo: ychwanegwch y bloc sgorio, neu gofynnwch gyda math arall o gwestiwn
survey-build-anonymous-assessor = mae'r ymatebion i'r holiadur hwn yn ddienw, felly rhaid i'r ffeil atebion beidio ag enwi neb: tynnwch `assessor`
survey-portfolio-skipped = ymateb i arolwg, heb oriau i'w hadio

# lead: drafts counted
domain-draft-questionnaire-unknown = nid yw'r holiadur { $id } y dechreuwyd ag ef wedi'i gynnwys nac wedi'i gadw yn y ffolder data
# surveyformat: matrix row conditions, points that are not numbers, full rankings, answers that no longer apply
domain-condition-row-needs-question = mae `row` yn perthyn i amod `question` ar gwestiwn matrics
domain-check-row-not-matrix = mae `row` yn darllen un rhes o fatrics, ond cwestiwn { $kind } yw `{ $id }`
domain-check-no-such-row = nid yw `{ $row }` yn un o resi `{ $id }`: ei resi yw { $rows }{ $hint }
domain-check-not-a-code = nid yw `{ $value }` yn un o bwyntiau `{ $id }`: ei bwyntiau yw { $codes }
domain-check-what-scale-code = cod graddfa
domain-check-scale-uncounted-number = mae `counts: false` yn nodi pwynt nad yw'n rhif, ond gwerth y pwynt hwn yw'r rhif { $value }: rhowch god iddo fel dont_know
domain-check-scale-code-counts = nid yw `{ $code }` yn rhif: mae pwynt nad yw'n rhif (fel "Ddim yn gwybod") yn dweud `counts: false`
domain-check-scale-bad-code = ni all `{ $code }` fod yn god pwynt: defnyddiwch lythrennau bach, digidau, _ a -, ac nid rhif
domain-answers-rank-all = rhaid i `{ $id }` ({ $question }) osod pob un o'r { $count } opsiwn mewn trefn; { $ranked } wedi'u trefnu, i'w trefnu o hyd: { $left }
screen-answers-rank-all = rhaid trefnu pob opsiwn: { $ranked } o { $count } hyd yma; i'w trefnu o hyd: { $left }
domain-answers-no-longer-applies = mae `{ $id }` ({ $question }) wedi'i ateb ond nid yw'n berthnasol mwyach o ystyried yr atebion eraill; cedwir yr ateb ond ni chaiff ei ddefnyddio

## Geiriau’r darllenydd YAML ei hun am yr hyn na allai ei ddarllen.
domain-yaml-syntax-while-flow-sequence = wrth ddarllen rhestr rhwng cromfachau sgwâr
domain-yaml-syntax-while-flow-mapping = wrth ddarllen mapio rhwng cromfachau cyrliog
domain-yaml-syntax-while-block-mapping = wrth ddarllen mapio
domain-yaml-syntax-while-block-collection = wrth ddarllen rhestr
domain-yaml-syntax-while-node = wrth ddarllen gwerth
domain-yaml-syntax-while-node-short = wrth ddarllen gwerth
domain-yaml-syntax-while-anchor = wrth ddarllen angor
domain-yaml-syntax-while-quoted = wrth ddarllen testun mewn dyfynodau
domain-yaml-syntax-while-scanning-quoted = wrth ddarllen testun mewn dyfynodau
domain-yaml-syntax-while-block-scalar = wrth ddarllen bloc o destun
domain-yaml-syntax-while-plain-scalar = wrth ddarllen testun
domain-yaml-syntax-while-tag = wrth ddarllen tag
domain-yaml-syntax-while-scanning-tag = wrth ddarllen tag
domain-yaml-syntax-while-anchor-or-alias = wrth ddarllen angor neu arallenw
domain-yaml-syntax-expected-comma-bracket = disgwyliwyd ',' neu ']'
domain-yaml-syntax-expected-comma-brace = disgwyliwyd ',' neu '{"}"}'
domain-yaml-syntax-expected-key = ni chafwyd allwedd lle’i disgwyliwyd
domain-yaml-syntax-expected-dash = ni chafwyd '-' lle’i disgwyliwyd
domain-yaml-syntax-expected-content = ni chafwyd gwerth lle’i disgwyliwyd
domain-yaml-syntax-expected-document = disgwyliwyd dechrau dogfen (---)
domain-yaml-syntax-mapping-values = ni chaniateir gwerth mapio (`allwedd: gwerth`) yma
domain-yaml-syntax-mapping-keys = ni chaniateir allwedd mapio yma
domain-yaml-syntax-sequence-entries = ni chaniateir eitem rhestr (`- `) yma
domain-yaml-syntax-expected-colon = disgwyliwyd ':'
domain-yaml-syntax-simple-key-colon = disgwyliwyd ':' ar ôl yr allwedd
domain-yaml-syntax-eof = daeth y ffeil i ben yn annisgwyl
domain-yaml-syntax-end-of-stream = daeth y ffeil i ben yn annisgwyl
domain-yaml-syntax-indentation = mewnoliad annilys
domain-yaml-syntax-indentation-quoted = mewnoliad annilys mewn testun mewn dyfynodau
domain-yaml-syntax-indentation-flow = mewnoliad annilys rhwng cromfachau
domain-yaml-syntax-block-scalar-indent = llinell wedi’i mewnoli’n anghywir mewn bloc o destun
domain-yaml-syntax-tab-indent = ni ellir mewnoli â nod tab
domain-yaml-syntax-tabs-block = ni ellir mewnoli â nod tab
domain-yaml-syntax-tabs = ni chaniateir nod tab yma
domain-yaml-syntax-escape = nod dianc anhysbys ar ôl \
domain-yaml-syntax-unknown-anchor = angor anhysbys
domain-yaml-syntax-duplicate-anchor = angor dyblyg
domain-yaml-syntax-after-quoted = mae rhywbeth annisgwyl ar ôl testun mewn dyfynodau dwbl
domain-yaml-syntax-comment-space = rhaid cael bwlch cyn sylw (#)
domain-yaml-syntax-unexpected-char = nod annisgwyl: { $char }
domain-yaml-syntax-other = ni ellir darllen y YAML yma (yng ngeiriau’r darllenydd YAML: “{ $words }”)
