### Modd adolygu: rhestr yr asesiadau a gadwyd, cofnod yn llawn, cymariaethau ac ymatebion.
### Cymraeg. Rhaid i bob id yma fod hefyd yn i18n/en/review.ftl.
###
### UNCHECKED: drafted by the development team, not yet checked by a fluent Welsh
### speaker. Review before official use (see docs/translation.md).

## Cywirdeb a statws, fel y mae person yn eu darllen.
review-state-intact = cyfan
review-state-draft = drafft
review-state-altered = NEWIDIWYD
review-state-unreadable = annarllenadwy
review-status-final = terfynol
review-status-draft = drafft
review-altered-mismatch = nid yw'r cynnwys yn cyfateb i'w grynhoad
review-altered-no-digest = nid oes ganddo grynhoad
review-altered-undigestible = ni ellir ei grynhoi ({ $why })
review-altered-renamed = enw'r ffeil yw { $file } ond mae'n dal cofnod { $holds }
review-and-more = { $text } (a { $more } arall)
review-words-intact = Mae'r cynnwys yn cyfateb i'r crynhoad y cafodd ei gadw ag ef.
review-words-draft = Drafft: mae ei gynnwys yn cyfateb i'w grynhoad, ond gall yr atebion a'r ffigurau newid o hyd.
review-words-altered = Newidiwyd ar ôl ei gadw: { $why }. Peidiwch â dibynnu arno.
review-words-unreadable = Ni ellir ei ddarllen: { $why }.
review-position-support = cefnogi
review-position-support_with_changes = cefnogi gyda newidiadau
review-position-oppose = gwrthwynebu

## Penawdau colofnau'r rhestr.
review-col-id = ID
review-col-title = TEITL
review-col-area = MAES
review-col-assessor = ASESYDD
review-col-date = DYDDIAD
review-col-status = STATWS
review-col-rating = SGÔR
review-col-hours = A/WYTHNOS
review-col-integrity = CYWIRDEB

## Allbwn y llinell orchymyn.
review-cli-unreadable = { $file }: ni ellir ei ddarllen: { $why }
review-cli-none = Nid oes cofnodion yn cyfateb.
review-cli-exported = Ysgrifennwyd { $count ->
    [zero] 0 cofnod
    [one] 1 cofnod
    [two] 2 gofnod
    [few] { $count } chofnod
    [many] { $count } chofnod
   *[other] { $count } cofnod
} i { $file }.
review-cli-export-in-records = mae { $file } y tu mewn i ffolder y cofnodion; ysgrifennwch yr allforio yn rhywle arall
review-cli-needs-terminal = mae angen terfynell ar `wia review`; ar gyfer sgriptiau defnyddiwch `wia list`, `wia show ID`, `wia diff A B` a `wia respond ID --response FILE`
review-cli-warning = rhybudd: { $text }
review-cli-altered = rhybudd: newidiwyd cofnod { $id } ar ôl ei gadw ({ $why }); gweler `wia verify`
review-cli-stored = Cadwyd yr ymateb; ni newidiwyd cofnod { $id }.

## Cofnod yn Markdown (`wia show`).
review-md-integrity = Cywirdeb: **{ $state }**. { $words }
review-md-note = Nodyn: { $note }
review-md-answers = Atebion
review-md-tasks = Tasgau
review-md-no-tasks = Dim tasgau.
review-md-task = ({ $change }): { $low } / { $likely } / { $high } munud (isel / tebygol / uchel), { $frequency }, x{ $count }, cyfran { $share }; { $hours } awr y flwyddyn ledled Cymru
review-md-task-role = { $person } awr y flwyddyn y person, { $people } o bobl, { $hours } awr y flwyddyn
review-md-responses = Ymatebion
review-md-response = { $name }, { $organisation }: { $position } ({ $file })
review-md-response-unreadable = { $file }: ni ellir ei ddarllen: { $why }
review-md-response-stale = wedi'i wneud i fersiwn gynharach o'r cofnod hwn: mae ei grynhoad yn wahanol
review-md-alt-task = tasg { $n }
review-md-alt-minutes = { $low } / { $likely } / { $high } munud (asesiad: { $was })
review-md-alt-share = cyfran { $share } (asesiad: { $was })
review-md-what-if = beth os: sgôr { $before } → { $after }; oriau'r wythnos y person: { $roles }; oriau'r flwyddyn ledled Cymru: { $system }

## Cymhariaeth (`wia diff`).
review-diff-heading = Cymharu cofnod { $a } (cyn) â { $b } (ar ôl)
review-diff-same = Dim gwahaniaeth yn yr atebion, y tasgau na'r ffigurau.
review-diff-rating = Sgôr: { $before } → { $after }
review-diff-flags-added = Baneri a godir bellach: { $flags }
review-diff-flags-removed = Baneri na chodir mwyach: { $flags }
review-diff-roles = Oriau disgwyliedig yr wythnos y person, cyn → ar ôl (newid) · oriau'r flwyddyn ledled Cymru:
review-diff-answers = { $count ->
    [one] Mae 1 ateb yn wahanol:
   *[other] Mae { $count } ateb yn wahanol:
}
review-diff-tasks = { $count ->
    [one] Mae 1 dasg yn wahanol:
   *[other] Mae { $count } tasg yn wahanol:
}
review-diff-task-added = ychwanegwyd tasg { $n }: { $what }
review-diff-task-removed = tynnwyd tasg { $n }: { $what }
review-diff-task-changed = tasg { $a } → { $b }: { $what }

## Gwirio ymateb.
review-response-version = nid yw fersiwn ymateb { $found } yn un y mae'r wia hwn yn ei darllen ({ $known })
review-response-record-altered = newidiwyd cofnod { $id } ar ôl ei gadw ({ $why }); dim ond i gofnod cyfan y gellir ymateb
review-response-digest-differs = nid yw'r crynhoad yn cyfateb i gofnod { $id }: { $digest } yw bellach; darllenwch y cofnod eto (`wia show { $id }`) ac ymateb i'r hyn y mae'n ei ddweud nawr
review-response-empty = mae `{ $key }` yn wag
review-response-too-long = mae `{ $key }` yn hwy na { $max } nod
review-response-target = `{ $on }`: disgwylid general, flag:ID, task:N neu section:ID
review-response-no-flag = ni chodwyd baner `{ $flag }` ar y cofnod hwn; a godwyd: { $raised }
review-response-no-task = nid oes tasg { $task } yng nghofnod { $id }: mae ganddo { $count } tasg, gan gyfrif o 1
review-response-no-section = nid oes adran `{ $section }` yn yr holiadur; adrannau: { $sections }
review-response-task-twice = mae gan dasg { $task } ddewis arall uchod yn barod
review-response-alternative-empty = rhowch `minutes` (isel, tebygol, uchel) neu `share`, neu'r ddau
review-response-minutes-range = rhaid i'r munudau fod yn rhifau o 0 i { $max }
review-response-minutes-order = disgwylid isel ≤ tebygol ≤ uchel, cafwyd { $low } / { $likely } / { $high }
review-response-share-range = rhaid i gyfran { $share } fod rhwng 0 ac 1 (0.5 yw hanner y staff)
review-response-too-many = mwy na { $max } dewis arall
review-response-bad-id = nid yw `{ $id }` yn id cofnod
review-response-other-record = mae'r ymateb hwn ar gyfer cofnod `{ $named }`, nid { $id }; ymatebwch i'r cofnod y mae'n ei enwi, neu cywirwch `record`

## Yr adolygiad sgrin lawn: tabl y cofnodion.
review-tui-home-note = pori, cymharu, ymateb
review-tui-heading = Asesiadau a gadwyd: { $shown } o { $total } · statws { $status } · sgôr { $rating } · trefn { $sort }
review-tui-all = y cyfan
review-tui-search = chwilio teitlau ac atebion:
review-tui-loading = Yn darllen y cofnodion…
review-tui-empty = Dim cofnodion eto yn { $dir }/records.
review-tui-none-match = Nid oes cofnodion yn cyfateb: mae s ac r yn newid yr hidlau, / y chwiliad.
review-tui-untitled = (heb deitl)
review-tui-unreadable = ✗ Ni ellir darllen { $file }: { $why }
review-tui-marked = Marciwyd cofnod { $id }: agorwch un arall a phwyso c i gymharu.
review-tui-mark-first = Marciwch un cofnod ag m, yna pwyswch c ar un arall i'w cymharu.
review-tui-cannot-open = ✗ Ni ellir agor y cofnod: { $why }
review-tui-cannot-compare = ✗ Ni ellir cymharu'r cofnodion: { $why }
review-tui-saved = ✓ Cadwyd yr ymateb yn { $file }; ni newidiwyd y cofnod.
review-tui-not-saved = ✗ Ni chadwyd yr ymateb: { $why }
review-tui-draft-kept = Cedwir eich ymateb: agorwch y cofnod eto a phwyso a.
review-tui-no-responses = Dim ymatebion eto: pwyswch a i ysgrifennu un.

## Bysellau'r modd adolygu: y cymorth (review-key-*), y llinell statws (review-hint-*).
review-key-move = symud rhwng cofnodion
review-key-open = darllen y cofnod dan y cyrchwr
review-key-search = chwilio teitlau ac atebion wrth deipio
review-key-search-done = gorffen chwilio: yn ôl i'r rhestr
review-key-search-clear = clirio'r chwiliad
review-key-status = hidlo yn ôl statws: y cyfan, terfynol, drafft, newidiwyd, annarllenadwy
review-key-rating = hidlo yn ôl sgôr, band wrth fand
review-key-sort = trefnu yn ôl colofn 1 i 9 (id, teitl, maes, asesydd, dyddiad, statws, sgôr, oriau, cywirdeb); eto i wrthdroi
review-key-mark = marcio'r cofnod fel y cyntaf mewn cymhariaeth
review-key-compare = cymharu'r cofnod a farciwyd â hwn
review-key-reload = darllen y cofnodion eto
review-key-home = y sgrin gartref
review-key-help = y cymorth hwn
review-key-scroll = sgrolio
review-key-ends = y brig neu'r diwedd
review-key-respond = ymateb i'r cofnod hwn (mae eich ymateb yn ffeil ei hun; nid yw'r cofnod byth yn newid)
review-key-back = yn ôl i'r rhestr
review-key-next-field = y maes nesaf neu flaenorol
review-key-targets = dewis beth i roi sylw arno (y cofnod, baner, tasg, adran)
review-key-position = newid eich safbwynt: cefnogi, cefnogi gyda newidiadau, gwrthwynebu
review-key-type = teipio sylw, neu funudau a chyfran amgen ar gyfer tasg
review-key-save = gwirio a chadw'r ymateb
review-key-back-keep = yn ôl i'r cofnod (cedwir yr hyn a deipiwyd)
review-hint-move = symud
review-hint-open = darllen
review-hint-search = chwilio
review-hint-filter = hidlo
review-hint-sort = trefnu
review-hint-compare = cymharu
review-hint-home = adref
review-hint-scroll = sgrolio
review-hint-respond = ymateb
review-hint-back = yn ôl
review-hint-help = cymorth
review-hint-next = maes nesaf
review-hint-choose = dewis
review-hint-save = cadw

## Cymharu dau gofnod ar y sgrin.
review-cmp-record = Cofnod
review-cmp-integrity = Cywirdeb
review-cmp-rating = Sgôr
review-cmp-before = Cyn: { $id }
review-cmp-after = Ar ôl: { $id }
review-cmp-weekly = Oriau disgwyliedig yr wythnos y person
review-cmp-system = Oriau disgwyliedig y flwyddyn ledled Cymru
review-cmp-flags = Baneri
review-cmp-flags-added = a godir bellach
review-cmp-flags-removed = na chodir mwyach
review-cmp-task = tasg { $a } → { $b }
review-cmp-task-added = ychwanegwyd tasg { $n }
review-cmp-task-removed = tynnwyd tasg { $n }

## Ysgrifennu ymateb ar y sgrin.
review-rsp-name = Eich enw
review-rsp-organisation = Sefydliad
review-rsp-position = Safbwynt
review-rsp-about = Sylw ar
review-rsp-general = Yr asesiad yn ei gyfanrwydd
review-rsp-flag = Baner: { $words }
review-rsp-task = Tasg { $n }: { $what }
review-rsp-section = Adran: { $title }
review-rsp-comment-on = Sylw ar:
review-rsp-no-comment = (dim sylw; Tab yma i ysgrifennu un)
review-rsp-low = isel
review-rsp-likely = tebygol
review-rsp-high = uchel
review-rsp-share = cyfran
review-rsp-what-if = Beth os: eu ffigurau hwy a'ch rhai chi
review-rsp-per-week = Oriau'r wythnos y person
review-rsp-theirs = eu rhai hwy
review-rsp-yours = eich rhai chi
review-rsp-who = Rhowch eich enw a'ch sefydliad: mae ymateb yn dweud pwy a'i gwnaeth.
review-rsp-bad-figures = Nid yw'r ffigurau amgen hyn yn rhifau 0 neu fwy: { $tasks }

## `--help` y gorchmynion adolygu (a ddarllenir gan src/cli/help.rs).
cli-help-review-about = Pori, darllen, cymharu ac ymateb i asesiadau a gadwyd yn y rhyngwyneb sgrin lawn
cli-help-list-about = Rhestru'r cofnodion yn y ffolder data, gyda'u cywirdeb
cli-help-list-long-about =
    Rhestru'r cofnodion yn y ffolder data, gyda'u cywirdeb

    Rhestrir ffeiliau na ellir eu darllen hefyd, gyda'r rheswm. Gadael â 0 beth bynnag yw cyflwr y cofnodion; mae `wia verify` yn gwirio un cofnod gyda chod gadael.
cli-help-list-arg-status = Dim ond cofnodion â'r statws hwn (final, draft) neu'r cywirdeb hwn (intact, altered, unreadable)
cli-help-list-arg-rating = Dim ond cofnodion â'r sgôr hwn (id band fel moderate, neu ei label)
cli-help-list-arg-search = Dim ond cofnodion y mae eu teitl neu eu hatebion yn cynnwys pob gair o TESTUN (unrhyw lythrennau)
cli-help-list-arg-sort = Trefnu yn ôl y golofn hon (y mwyaf newydd yn gyntaf ar gyfer dyddiad, y mwyaf yn gyntaf ar gyfer oriau a sgôr)
cli-help-show-about = Dangos cofnod yn llawn: cywirdeb, crynodeb, pob ateb, y dadansoddiad fesul tasg
cli-help-diff-about = Cymharu dau gofnod: atebion, amcangyfrifon tasgau, ffigurau pob rôl a'r sgôr
cli-help-diff-arg-a = Y cofnod cynharaf (ffeil, id neu ddechrau unigryw id)
cli-help-diff-arg-b = Y cofnod diweddarach
cli-help-respond-about = Gwirio a chadw ymateb adolygydd i gofnod; nid yw'r cofnod byth yn newid
cli-help-respond-long-about =
    Gwirio a chadw ymateb adolygydd i gofnod; nid yw'r cofnod byth yn newid

    Mae'r ffeil ymateb yn enwi id a chrynhoad y cofnod, yr adolygydd, safbwynt (support, support_with_changes, oppose), sylwadau ac amcangyfrifon amgen; gweler examples/response.yaml. Caiff ei chadw dan responses/ yn y ffolder data.
cli-help-respond-arg-response = Y ffeil ymateb (YAML)
cli-help-export-about = Ysgrifennu pob cofnod fel un rhes CSV, ar gyfer taenlenni; neu, gyda --answers, atebion pob ymateb
cli-help-export-arg-csv = Y ffeil CSV i'w hysgrifennu (gyda --answers, yr allbwn safonol os nad yw wedi’i rhoi)
cli-help-value-s = S
cli-help-value-r = G
cli-help-value-sort = TREFN
cli-help-value-a = A
cli-help-value-b = B

# signatures: shown with a record and its responses
review-md-signature = Llofnod: { $words }
# hardening: revisions
review-col-revision = DIWYG
# Colofn diwygiad `wia list`: pa ddiwygiad yw cofnod ($n), a marc.
review-rev-replaced = { $n } hen
review-rev-fork = { $n } fforch
review-rev-gap = { $n } bwlch
review-cli-chain-problem = cadwyn ddiwygio: { $problem }
review-chain-missing = mae cofnod { $id } yn diwygio { $predecessor }, nad yw yn y ffolder cofnodion
review-chain-changed = mae cofnod { $id } yn diwygio { $predecessor }, ond nid y ffeil honno bellach yw'r cofnod a ddiwygiwyd
review-chain-fork = diwygiwyd cofnod { $predecessor } fwy nag unwaith, gan { $successors }: mae'r gadwyn yn fforchio, a rhestrir pob cangen fel yr un ddiweddaraf
review-history-heading = Hanes “{ $title }”: { $count ->
    [one] un cofnod
   *[other] { $count } cofnod
}, yr hynaf yn gyntaf
review-history-step = { $n }. { $id } · { $when } · { $name }, { $organisation } · { $state }
review-history-first = Y cofnod cyntaf.
review-history-revises = Yn diwygio { $id }. Rheswm: { $reason }
review-history-cannot-open = ni ellir agor { $id }: { $why }
review-show-replaced = Mae { $by } wedi disodli'r cofnod hwn: nid dyma'r diweddaraf. Rhedwch wia show { $first } i weld yr un mwy newydd, neu wia history { $id } i weld pob diwygiad.
review-show-responses-on = { $id } ({ $count })
review-show-earlier-responses = Mae ymatebion i ddiwygiadau cynharach: { $list }. Mae pob un yn ateb y diwygiad y mae'n ei enwi, nid hwn.
cli-help-list-arg-all = Pob diwygiad o bob asesiad, nid dim ond y diweddaraf o bob un
cli-help-history-about = Dangos diwygiadau cofnod, yr hynaf yn gyntaf: pwy, pryd, pam, a beth a newidiodd ym mhob un

# hardening: list signatures
review-col-signature = LLOFNOD
review-sig-untrusted = ALLWEDD ANHYSBYS
review-sig-unsigned = heb ei lofnodi
review-sig-bad = LLOFNOD GWAEL
review-sig-bad-summary = GWAEL (crynodeb)
review-sig-unreadable = ANNARLLENADWY
review-sig-summary-unsigned = HEB EI LOFNODI, er bod ei gofnod wedi’i lofnodi
review-sig-with-summary = { $record }; crynodeb: { $summary }
# hardening: revisions in review mode
review-key-all-revisions = pob diwygiad o bob asesiad, neu'r diweddaraf yn unig
review-hint-all-revisions = diwygiadau
review-key-revise = diwygio'r cofnod hwn: drafft newydd o bob ateb, mae'r cofnod yn aros fel y mae
review-hint-revise = diwygio
review-tui-showing-all = Yn dangos pob diwygiad o bob asesiad (v i gael y diweddaraf yn unig).
review-tui-showing-latest = Yn dangos diwygiad diweddaraf pob asesiad (v i gael pob diwygiad).
review-tui-old-revision = ⚠ HEN DDIWYGIAD: disodlwyd gan { $by }. Nid dyma'r diweddaraf.
review-tui-cannot-revise = ✗ Ni ellir diwygio: { $why }
review-tui-response-signed = Llofnodwyd gydag allwedd { $fingerprint }.
review-tui-response-not-signed = ✗ Mae'r ymateb wedi'i gadw ond NID YW WEDI'I LOFNODI: { $why }
review-tui-response-skipped = Mae'r ymateb wedi'i gadw ond NID YW WEDI'I LOFNODI: ni roddwyd cyfrinymadrodd.

# issue15: review
review-col-signature-short = LLOF
review-key-sort-numbered = trefnu yn ôl y golofn y mae ei phennawd yn dangos y rhif hwnnw; eto i wrthdroi

# hardening: drafts15 (the response form in its own words)
review-rsp-comment-field = Y sylw ar { $about }
review-rsp-screen-refused = { $field }: { $why }.
review-rsp-screen-too-long = { $field }: mae'n hwy na { $max } nod; byrhewch ef.
review-rsp-screen-minutes-range = { $task }: rhaid i'ch munudau fod rhwng 0 a { $max }.
review-rsp-screen-minutes-order = { $task }: rhaid i'ch munudau fynd isel ≤ tebygol ≤ uchel; maen nhw'n { $low } / { $likely } / { $high }.
review-rsp-screen-share-range = { $task }: rhaid i'ch cyfran fod rhwng 0 ac 1 (0.5 yw hanner y staff); mae'n { $share }.
review-rsp-screen-record-changed = Cadwyd y cofnod eto ar ôl i chi ei agor, felly ni chadwyd yr ymateb hwn. Ewch yn ôl i'r tabl (Esc), agorwch y cofnod eto ac ymatebwch i'r hyn y mae'n ei ddweud nawr.
# hardening: progress
review-reading = Yn darllen cofnodion: { $done } o { $total }…
review-tui-still-reading = Yn dal i ddarllen y cofnodion: bydd cofnod yn agor unwaith y byddant i gyd wedi'u darllen.
# surveyformat: answers that no longer apply
review-md-no-longer-apply = Atebion nad ydynt yn berthnasol mwyach
review-md-no-longer-apply-why = Wedi'u cadw yn y cofnod ond heb eu defnyddio: o ystyried yr atebion eraill, nid yw'r cwestiynau hyn yn berthnasol.
