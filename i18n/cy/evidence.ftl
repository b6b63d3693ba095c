### Y cofnod tystiolaeth: cofnodion, ffeil y cofnod, adroddiadau, CSV, y ffurflen a'r troshaen.
### Cymraeg. Rhaid i bob id yma fod hefyd yn i18n/en/evidence.ftl.
### Enwau'r meysydd ($field) yw enwau'r opsiynau a cholofnau CSV, yr un fath yn y ddwy iaith.
###
### UNCHECKED: drafted by the development team, not yet checked by a fluent Welsh
### speaker. Review before official use (see docs/translation.md).

## Gwirio cofnod

evidence-field-missing = { $field }: ar goll; mae'n ofynnol
evidence-date-unreadable = date: nid yw `{ $given }` yn ddyddiad; ysgrifennwch ef fel BBBB-MM-DD (neu DD/MM/BBBB), er enghraifft 2026-11-20
evidence-date-future = date: mae { $date } yn y dyfodol; cofnodwch waith sydd wedi digwydd, wedi'i ddyddio { $today } neu'n gynharach
evidence-date-early = date: mae { $date } cyn { $earliest }; gwiriwch y flwyddyn
evidence-too-long = { $field }: yn hwy na { $max } nod; byrhewch ef
evidence-unknown = { $field }: nid yw `{ $given }` yn un o'r gwerthoedd a ganiateir: { $allowed }
evidence-staff-not-whole = staff: nid yw `{ $given }` yn nifer cyfan o bobl; rhowch rif fel 3
evidence-staff-range = staff: ni chaniateir { $given }; rhowch rif o 1 i { $max }
evidence-hours-unreadable = hours: nid yw `{ $given }` yn rhif; rhowch yr oriau i un person bob tro, fel 1.5
evidence-hours-range = hours: ni chaniateir { $given }; rhowch fwy na 0 a dim mwy na { $max } awr i un person bob tro (cofnodwch waith hwy fel cofnod amlach)

## Darllen y cofnod

evidence-skipped-torn = { $file }:{ $line }: rhybudd: mae'r cofnod olaf wedi'i rwygo (nid oes diwedd llinell iddo): torrwyd ar draws ychwanegu. Fe'i hepgorwyd; cedwir pob cofnod arall
evidence-skipped-unreadable = { $file }:{ $line }: rhybudd: nid yw'n gofnod darllenadwy ({ $why }): torrwyd ar draws ychwanegu neu golygwyd y ffeil. Fe'i hepgorwyd; cedwir pob cofnod arall

## Mewnforio CSV

evidence-csv-header-unreadable = ni ellir darllen y pennawd: { $why }
evidence-csv-unknown-column = colofn anhysbys `{ $column }`; y colofnau yw { $columns }
evidence-csv-missing-column = { $count ->
    [one] mae'r golofn { $names } ar goll
   *[other] mae'r colofnau { $names } ar goll
}; y colofnau yw { $columns }
evidence-csv-row-unreadable = ni ellir darllen y rhes: { $why }
evidence-csv-too-many-rows = mwy na { $max } rhes; rhannwch y ffeil
evidence-csv-too-many-cells = { $cells } cell, ond mae gan y pennawd { $columns } colofn; rhowch gelloedd sy'n cynnwys coma mewn dyfynodau
evidence-csv-bad-id = id: nid yw `{ $id }` yn id cofnod (llythrennau bach, digidau, `-` neu `_`, hyd at 64); gadewch ef yn wag ar gyfer cofnod newydd
evidence-csv-repeated-id = id: mae `{ $id }` ar res gynharach hefyd
evidence-csv-bad-created = created: nid yw `{ $given }` yn amser fel 2026-11-20T09:30:00+00:00; gadewch ef yn wag ar gyfer nawr

## Y llinell orchymyn

evidence-error = gwall: { $message }
evidence-add-refused = ni chofnodwyd dim ({ $count ->
    [one] { $count } broblem
    [two] { $count } broblem
    [many] { $count } phroblem
   *[other] { $count } problem
}); nid yw'r cofnod wedi newid
evidence-bad-filter-date = --{ $flag }: nid yw `{ $given }` yn ddyddiad; ysgrifennwch ef fel BBBB-MM-DD
evidence-bad-filter-choice = --{ $flag }: nid yw `{ $given }` yn un o'r gwerthoedd a ganiateir: { $allowed }
evidence-bad-range = mae --from { $from } ar ôl --to { $to }; ni allai unrhyw gofnod gyfateb
evidence-export-exists = mae { $file } yn bodoli eisoes; dewiswch enw arall, neu rhowch --force i'w disodli
evidence-exported = ysgrifennwyd { $count } cofnod i { $file }
evidence-import-row = { $file }:{ $line }: gwall: { $message }
evidence-import-refused = { $file }: ni fewnforiwyd dim ({ $count ->
    [one] { $count } broblem
    [two] { $count } broblem
    [many] { $count } phroblem
   *[other] { $count } problem
}); cywirwch y rhesi uchod a mewnforio eto
evidence-imported = mewnforiwyd { $count } cofnod i { $log }
evidence-import-already = roedd { $count } rhes yn y cofnod eisoes (yr un id) ac fe'u gadawyd allan

## Adroddiadau

evidence-report-title = Tystiolaeth o lwyth gwaith mewn ysgolion
evidence-report-filter = Cofnodion { $filter }
evidence-report-from = o { $date }
evidence-report-to = hyd at { $date }
evidence-report-school = ysgol { $name }
evidence-report-authority = awdurdod lleol { $name }
evidence-report-cause = achos { $name }
evidence-report-nothing = Nid oes cofnodion yn cyfateb.
evidence-report-entries = { $count } cofnod
evidence-report-schools = { $count } ysgol
evidence-report-authorities = { $count } awdurdod lleol
evidence-report-staff = { $count } aelod o staff
evidence-report-hours-year = { $hours } awr y flwyddyn
evidence-report-hours-week = { $hours } awr yr wythnos i bob aelod o staff
evidence-col-cause = achos
evidence-col-role = rôl
evidence-col-month = mis
evidence-col-school = ysgol
evidence-col-authority = awdurdod lleol
evidence-col-policy = polisi
evidence-col-entries = cofnodion
evidence-col-schools = ysgolion
evidence-col-staff = staff
evidence-col-hours-year = oriau'r flwyddyn
evidence-col-hours-week = yr wythnos yr un
evidence-col-share = cyfran
evidence-report-top = Prif achosion
evidence-report-trend = Tuedd fesul mis
evidence-report-no-policy = (dim polisi wedi'i enwi)
evidence-report-note = Oriau'r flwyddyn = staff × oriau bob tro × sawl gwaith y flwyddyn (unwaith yn unig 1, y tymor 3, yr wythnos 39, y flwyddyn 1), wedi'u hadio dros y cofnodion. Mae "yr wythnos yr un" yn rhannu'r oriau hynny i bob aelod o staff dros { $weeks } wythnos ysgol.
evidence-report-note-roles = Mae cofnod sy'n enwi sawl rôl yn cyfrif ym mhob un, felly mae'r rolau'n adio i fwy na'r cyfanswm.

## Y ffurflen (`wia log`) a'r sgrin gartref

evidence-home-note = beth sy'n achosi llwyth gwaith yn eich ysgol
evidence-form-title = Cofnodi tystiolaeth o lwyth gwaith
evidence-form-title-count = Cofnodi tystiolaeth o lwyth gwaith ({ $count } wedi'u cofnodi)
evidence-form-choose = dewiswch
evidence-form-save = Cofnodi'r cofnod hwn
evidence-form-save-hint = Mae Enter yn cofnodi. Caiff ei ychwanegu at y cofnod ac ni chaiff ei newid wedyn.
evidence-form-choice-hint = ← → neu lythyren i ddewis.
evidence-form-roles-hint = ← → i symud, Bylchwr (neu 1-5) i dicio pob rôl yr effeithir arni.
evidence-form-policy-hint = Mae PgDn a PgUp yn dewis teitl asesiad sydd wedi'i gadw.
evidence-form-refused = ✗ Heb ei gofnodi: { $count ->
    [one] { $count } broblem
    [two] { $count } broblem
    [many] { $count } phroblem
   *[other] { $count } problem
}. { $first }
evidence-form-logged = ✓ Cofnodwyd { $id }. Cofnodwch un arall, neu Esc i'r sgrin gartref.
evidence-form-not-logged = ✗ Heb ei gofnodi: { $why }. Mae eich cofnod yma o hyd; rhowch gynnig arall arni.
evidence-key-type = teipio mewn maes testun
evidence-key-choose = newid dewis (awdurdod, achos, pa mor aml)
evidence-key-tick-role = ticio neu ddad-dicio rôl
evidence-key-saved-policy = ar y polisi: teitl asesiad sydd wedi'i gadw
evidence-key-next-then-log = y maes nesaf; ar y botwm, cofnodi
evidence-key-log-now = cofnodi nawr
evidence-key-change = newid
evidence-key-log = cofnodi
evidence-key-show-evidence = tystiolaeth a gofnodwyd gan ysgolion

## Tystiolaeth wrth amcangyfrif (y troshaen dros olygydd y tasgau)

evidence-overlay-title = Tystiolaeth a gofnodwyd gan ysgolion
evidence-overlay-intro = { $count } cofnod yn y cofnod tystiolaeth. Mae'r oriau ar gyfer un person, bob tro y mae'r gwaith yn digwydd.
evidence-overlay-skipped = Ni ellid darllen { $count } llinell o'r cofnod ac fe'u gadawyd allan (mae'r gorchymyn wia evidence report yn dweud pam).
evidence-overlay-policy = Y polisi hwn: { $policy }
evidence-overlay-policy-none = Nid oes cofnodion yn enwi'r polisi hwn eto.
evidence-overlay-causes = Fesul achos
evidence-overlay-empty = Dim wedi'i gofnodi eto. Mae penaethiaid yn cofnodi tystiolaeth o'r sgrin gartref (l), neu gyda'r gorchymyn wia log.
evidence-overlay-figures = { $count } cofnod: canolrif { $median } awr ({ $minutes } munud), amrediad { $min } i { $max } awr; gan amlaf { $frequency }
evidence-overlay-unreadable = ✗ Ni ellir darllen y cofnod tystiolaeth: { $why }
evidence-help-saved-on-log = Caiff cofnod ei ychwanegu at y cofnod pan fyddwch yn ei gofnodi (Enter ar y botwm, neu Ctrl-S). Mae Esc yn gadael y ffurflen, gan ofyn yn gyntaf os oes cofnod wedi'i hanner teipio.
evidence-overlay-cite-hint = ↑↓ i ddewis rhes; mae Enter yn ei dyfynnu yn yr asesiad hwn: mae'n ticio "tystiolaeth llwyth gwaith a gofnodwyd gan benaethiaid" ac yn ychwanegu'r ffigurau at y tybiaethau sy'n sail i'r amcangyfrifon.
evidence-citation = [wia { $date }] Cofnod tystiolaeth, { $subject }: { $figures }.
evidence-cited = ✓ Dyfynnwyd: ticiwyd yn "{ $basis }", ychwanegwyd y ffigurau at "{ $assumptions }".
evidence-cite-already = Mae'r ffigurau hynny wedi'u dyfynnu yn y tybiaethau eisoes.
evidence-cite-too-long = ✗ Heb ei ddyfynnu: byddai'r tybiaethau'n hwy na { $max } nod.
evidence-cite-no-question = ✗ Nid oes gan yr holiadur hwn gwestiwn i ddyfynnu tystiolaeth ynddo.
evidence-key-cite = ei dyfynnu
evidence-overlay-this-policy = Y polisi hwn
evidence-summary-heading = Tystiolaeth gan ysgolion

evidence-form-needs-terminal = mae angen terfynell ar y ffurflen dystiolaeth; ar gyfer sgriptiau defnyddiwch `wia log add` gydag opsiwn ar gyfer pob maes (gweler `wia log add --help`)
evidence-overlay-task-match = Mae'r dasg "{ $task }" yn edrych fel { $cause }: fe'i rhestrir yn gyntaf.
evidence-overlay-task-match-none = Mae'r dasg "{ $task }" yn edrych fel { $cause }, nad oes cofnodion ar ei gyfer eto.
evidence-overlay-task-no-match = Nid yw enw unrhyw achos yn rhannu gair gyda'r dasg "{ $task }".
evidence-form-leave-unlogged = Nid yw'r cofnod hwn wedi'i gofnodi eto: mae Esc eto'n gadael hebddo; mae Ctrl-S yn ei gofnodi.

# hardening: what wia writes out

evidence-control-character = { $field }: mae’n cynnwys y nod rheoli { $code }, a allai newid yr hyn y mae terfynell yn ei ddangos; tynnwch ef

# issue15: words
evidence-screen-problem = { $field }: { $problem }
evidence-screen-missing = mae angen ateb i hwn
evidence-screen-date-unreadable = nid yw "{ $given }" yn ddyddiad; teipiwch ef fel BBBB-MM-DD (neu DD/MM/BBBB), er enghraifft 2026-11-20
evidence-screen-date-future = mae { $date } yn y dyfodol; cofnodwch waith sydd wedi digwydd, dyddiedig { $today } neu'n gynharach
evidence-screen-date-early = mae { $date } cyn { $earliest }; gwiriwch y flwyddyn
evidence-screen-too-long = yn hwy na { $max } nod; byrhewch ef
evidence-screen-unknown = nid yw "{ $given }" yn un o'r dewisiadau; dewiswch un â ← →
evidence-screen-staff-not-whole = nid yw "{ $given }" yn nifer cyfan o bobl; teipiwch rif fel 3
evidence-screen-staff-range = ni chaniateir { $given }; teipiwch rif o 1 i { $max }
evidence-screen-hours-unreadable = nid yw "{ $given }" yn rhif; teipiwch yr oriau i un person bob tro, fel 1.5
evidence-screen-hours-range = ni chaniateir { $given }; teipiwch fwy na 0 a dim mwy na { $max } awr i un person bob tro (cofnodwch waith hwy fel cofnod amlach)
evidence-screen-control-character = mae'n cynnwys y nod rheoli { $code }; tynnwch ef

# issue18: evidence
evidence-skipped-too-long = { $file }:{ $line }: rhybudd: mae'r llinell yn hwy na { $max } beit, felly nid yw'n gofnod a ysgrifennodd wia. Fe'i hepgorwyd; cedwir pob cofnod arall
