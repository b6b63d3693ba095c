### Negeseuon y llinell orchymyn: gwallau, rhybuddion a phenawdau allbwn.
### Cymraeg. Rhaid i bob id yma fod hefyd yn i18n/en/cli.ftl.
###
### UNCHECKED: drafted by the development team, not yet checked by a fluent Welsh
### speaker. Review before official use (see docs/translation.md).

## Gwallau a rhybuddion. Mae "wia", enwau opsiynau ac enwau ffeiliau yn aros fel y maent.
cli-error = gwall: { $message }
cli-warning = rhybudd: { $message }
cli-no-data-dir = dim ffolder data: nid oes ffolder cartref ar y system hon; defnyddiwch --data-dir FFOLDER neu gosodwch WIA_DATA_DIR
cli-unknown-lang = nid yw `{ $code }` yn iaith y mae wia yn ei siarad; defnyddiwch en (English) neu cy (Cymraeg)

## Dadleuon COFNOD: ffeil, neu ddechrau dynodydd cofnod.
cli-record-none-yet = dim ffeil `{ $arg }`, a dim cofnodion yn { $dir } eto
cli-record-not-found = dim ffeil `{ $arg }` a dim cofnod y mae ei ddynodydd yn dechrau â `{ $arg }` yn { $dir }
# dynodydd (gwr.): 2 ddynodydd, 3 dynodydd.
cli-record-ambiguous = { $count ->
    [two] mae `{ $arg }` yn dechrau { $count } ddynodydd cofnod ({ $ids }{ $more }); rhowch fwy o’r dynodydd
   *[other] mae `{ $arg }` yn dechrau { $count } dynodydd cofnod ({ $ids }{ $more }); rhowch fwy o’r dynodydd
}

## wia new
cli-new-no-bundled-questionnaire = nid oes holiadur `{ $id }` wedi’i gynnwys gyda wia (y rhai sydd wedi’u cynnwys: { $bundled }); rhowch ei ffeil gyda --questionnaire FFEIL
cli-new-saved-final = Cadwyd asesiad terfynol { $id } (sgôr: { $band }{ $flags }).

## wia template
cli-template-exists = mae { $path } yn bodoli’n barod; ni chaiff ei drosysgrifo (gall gynnwys atebion). Dewiswch enw arall.
cli-template-wrote = ysgrifennwyd { $path }; llenwch ef, yna rhedwch: wia new --answers { $path }

## wia verify
cli-verify-unreadable = { $name }: ni ellir ei wirio: nid yw’n gofnod asesiad darllenadwy
cli-verify-what-final = cofnod terfynol { $id }
cli-verify-what-draft = cofnod drafft { $id }
cli-verify-intact = { $name }: cyfan: { $what }, crynhoad { $digest }
cli-verify-reformatted = { $name }: nodyn: mae’r cynnwys yn cyfateb i’w grynhoad, ond mae’r gosodiad neu’r sylwadau’n wahanol i’r hyn a ysgrifennodd wia
cli-verify-altered = { $name }: NEWIDIWYD: nid yw { $what } yn cyfateb i’w grynhoad; cafodd ei newid ar ôl ei gadw
# Mae’r ddwy label yr un hyd er mwyn i’r crynoadau linellu.
cli-verify-digest-stored = crynhoad yn y cofnod: { $digest }
cli-verify-digest-actual = crynhoad o’r cynnwys: { $digest }
cli-verify-ask-assessor = Gofynnwch i’r asesydd am y cofnod fel y’i cadwodd.
cli-verify-undigestible = { $name }: NEWIDIWYD: ni ellir cyfrifo crynhoad { $what } ({ $why }); nid yw wia byth yn ysgrifennu cofnod o’r fath
cli-verify-unsigned = { $name }: NEWIDIWYD: nid oes crynhoad gan { $what }, felly ni ellir ymddiried ynddo; mae gan bob cofnod a ysgrifennir gan wia un

## wia score
cli-score-digest-mismatch = rhybudd: nid yw cofnod { $id } yn cyfateb i’w grynhoad: cafodd ei newid ar ôl ei gadw (gweler `wia verify`)
cli-score-no-results = mae cofnod { $id } yn derfynol ond nid oes canlyniadau ynddo; ni chafodd ei ysgrifennu gan wia, neu cafodd ei olygu
cli-score-results-differ = cofnod { $id }: mae’r canlyniadau sydd wedi’u cadw yn wahanol i’r canlyniadau a ailgyfrifwyd o’i atebion:
cli-score-rating = Sgôr: { $band }
cli-score-rating-basis = { $role }: { $hours } awr yr wythnos y person
cli-score-per-person = y person
cli-score-across-wales = ledled Cymru
# Cyfwerth ag amser llawn.
cli-score-fte = CALl
cli-score-hours-a-week = { $hours } awr yr wythnos
cli-score-hours-a-year = { $hours } awr y flwyddyn
cli-score-ranges-note = Ffigurau disgwyliedig, gydag ystodau isel i uchel mewn cromfachau; mae ffigurau negyddol yn amser a arbedir.
cli-score-no-role-affected = (nid yw’r un dasg yn newid oriau unrhyw rôl)
cli-score-flags = Baneri:
cli-score-none = dim
cli-score-drivers = Sbardunau (oriau disgwyliedig y flwyddyn ledled Cymru):
cli-severity-info = gwybodaeth
cli-severity-warning = rhybudd
cli-severity-serious = difrifol

## --help.
cli-help-about = Asesiadau o effaith polisi addysg ar lwyth gwaith yng Nghymru
cli-help-long-about =
    Asesiadau o effaith polisi addysg ar lwyth gwaith yng Nghymru.

    Yn amcangyfrif yr oriau y mae polisi arfaethedig yn eu hychwanegu at waith athrawon, arweinwyr ysgolion, CydADY, staff cymorth a rheolwyr busnes ysgolion, neu’n eu tynnu ohono (Model Costau Safonol), yn sgorio’r effaith, ac yn ysgrifennu cofnod a chrynodeb un dudalen ar gyfer y Grŵp Cydlynu Strategol ar Lwyth Gwaith.
cli-help-after =
    Enghreifftiau:
      wia                     (y sgrin gartref: asesiad newydd, ailafael mewn drafft)
      wia assess
      wia template -o fy-mholisi.answers.yaml
      wia new --answers fy-mholisi.answers.yaml
      wia new --answers examples/aln-idp-review.answers.yaml
      wia check questionnaires/wia-policy.yaml
      wia score <COFNOD> --format json
      wia summary <COFNOD> -o crynodeb.md
      wia verify <COFNOD>

    COFNOD yw ffeil cofnod, neu ddynodydd cofnod yn y ffolder data (unrhyw ddechrau
    unigryw ohono, fel ymrwymiad git). Cedwir cofnodion yn y ffolder data: gosodwch
    ef gyda --data-dir neu WIA_DATA_DIR i rannu un ffolder ar draws tîm.

    Codau gadael: 0 llwyddiant; 1 mewnbwn annilys, gwiriad a fethodd neu gofnod a
    newidiwyd, neu assess, review neu log heb derfynell; 2 ffeil na ellir ei darllen na
    dod o hyd iddi, neu gamgymeriad ar y llinell orchymyn (dim gorchymyn o gwbl, heb
    derfynell).

    Amgylchedd:
      WIA_DATA_DIR        y ffolder data (cofnodion, crynodebau, drafftiau, tystiolaeth)
      WIA_CONFIG_DIR      y ffolder gosodiadau (config.yaml, llofnodwyr y mae gennych ffydd ynddynt)
      WIA_CACHE_DIR       y ffolder storfa (yr hyn a ddysgodd y rhestr adolygu)
      WIA_LANG            en neu cy, fel --lang
      WIA_KEY_PASSPHRASE  cyfrinymadrodd yr allwedd lofnodi, ar gyfer sgriptiau
      WIA_GLYPHS          basic neu full: y symbolau y mae’r rhyngwyneb yn eu tynnu
      WIA_GIT             y rhaglen git y mae `wia sync` yn ei rhedeg
      NO_COLOR            wedi’i osod a heb fod yn wag: dim lliw
    Y ffeil gosodiadau (config.yaml) a phob newidyn: docs/settings.md.
cli-help-arg-data-dir = Ffolder sy’n dal cofnodion, crynodebau a holiaduron [rhagosodedig: $WIA_DATA_DIR, neu ffolder data’r platfform]
cli-help-arg-lang = Iaith y rhyngwyneb a’r allbwn: en (English) neu cy (Cymraeg) [rhagosodedig: $WIA_LANG, neu’r iaith a ddewiswyd y tro diwethaf, neu iaith y system]
cli-help-arg-record = Ffeil cofnod, neu ddynodydd cofnod (neu ddechrau unigryw ohono) yn y ffolder data
cli-help-arg-questionnaire = Ffeil holiadur, pan na ellir dod o hyd i holiadur y cofnod ei hun

cli-help-assess-about = Llenwi asesiad yn y rhyngwyneb sgrin lawn, gyda’r sgôr i’w weld yn fyw
cli-help-assess-long-about =
    Llenwi asesiad yn y rhyngwyneb sgrin lawn, gyda’r sgôr i’w weld yn fyw

    Yn gofyn am eich enw a’ch sefydliad, yna’n mynd drwy’r holiadur fesul adran. Caiff pob newid ei gadw mewn drafft ar unwaith; mae cwblhau yn ysgrifennu’r cofnod a’r crynodeb yn union fel y mae `wia new` yn ei wneud. Mae `wia` ar ei ben ei hun yn agor y sgrin gartref.
cli-help-assess-arg-questionnaire = Ffeil holiadur i’w defnyddio yn lle’r holiadur wia-policy sydd wedi’i gynnwys
cli-help-assess-arg-resume = Ailafael yn y drafft sydd â’r dynodydd hwn (neu ddechrau unigryw ohono)

cli-help-check-about = Dilysu ffeiliau holiadur: cystrawen, strwythur, dynodyddion, amodau, baneri, bandiau
cli-help-check-long-about =
    Dilysu ffeiliau holiadur: cystrawen, strwythur, dynodyddion, amodau, baneri, bandiau

    Rhestrir pob problem fel FFEIL:LLINELL:COLOFN. Gadael â 0 pan fo pob ffeil yn ddilys, 1 pan fo unrhyw un yn annilys (neu, gyda --require-lang, heb gyfieithiad), 2 pan na ellir darllen ffeil.
cli-help-check-arg-files = Ffeiliau holiadur (YAML)
cli-help-check-arg-require-lang = Methu, gan enwi pob un, pan fo unrhyw destun heb ddim yn yr iaith hon (cy neu en)

cli-help-new-about = Gwneud cofnod asesiad a’i grynodeb o ffeil atebion
cli-help-new-long-about =
    Gwneud cofnod asesiad a’i grynodeb o ffeil atebion

    Mae’r ffeil atebion yn enwi’r holiadur, yr asesydd a’r atebion (gweler docs/questionnaire-format.md ac examples/). Rhestrir pob problem, nid y gyntaf yn unig. Yn argraffu llwybrau’r cofnod a’r crynodeb.
cli-help-new-arg-answers = Ffeil atebion (YAML): questionnaire, assessor, headcounts (dewisol), answers
cli-help-new-arg-questionnaire = Ffeil holiadur i’w defnyddio yn lle’r un sydd wedi’i gynnwys y mae’r atebion yn ei enwi
cli-help-new-arg-draft = Cadw drafft i ailafael ynddo wedyn (`wia assess --resume ID`): caniateir atebion coll

cli-help-template-about = Ysgrifennu ffeil atebion i’w llenwi: pob cwestiwn gyda’i opsiynau, ei awgrymiadau a’i amodau
cli-help-template-long-about =
    Ysgrifennu ffeil atebion i’w llenwi: pob cwestiwn gyda’i opsiynau, ei awgrymiadau a’i amodau

    Dechreuwch yma i wneud asesiad o’r llinell orchymyn: llenwch y ffeil, yna rhedwch `wia new --answers FFEIL`.
cli-help-template-arg-questionnaire = Ffeil holiadur [rhagosodedig: yr holiadur wia-policy sydd wedi’i gynnwys]
cli-help-template-arg-output = Ysgrifennu i’r ffeil newydd hon yn lle argraffu (ni chaiff ffeil sy’n bodoli ei throsysgrifo byth)

cli-help-score-about = Ailgyfrifo canlyniadau cofnod o’i atebion a’u hargraffu
cli-help-score-long-about =
    Ailgyfrifo canlyniadau cofnod o’i atebion a’u hargraffu

    Ar gyfer cofnod terfynol, yn gadael ag 1 ac yn dweud beth sy’n wahanol pan nad yw’r canlyniadau a ailgyfrifwyd yr un fath â’r rhai a gadwyd.

cli-help-summary-about = Argraffu neu ysgrifennu crynodeb un dudalen y Grŵp Strategol (Markdown neu HTML) o gofnod
cli-help-summary-arg-output = Ysgrifennu’r crynodeb i’r ffeil hon yn lle ei argraffu
cli-help-summary-arg-bilingual = Cymraeg a Saesneg ochr yn ochr, y Gymraeg yn gyntaf (yn lle iaith --lang)

cli-help-verify-about = Gwirio na chafodd cofnod ei newid ar ôl iddo gael ei gadw, a phwy a’i llofnododd
cli-help-verify-long-about =
    Gwirio na chafodd cofnod ei newid ar ôl iddo gael ei gadw, a phwy a’i llofnododd

    Gadael â 0 pan fo’i gynnwys yn cyfateb i’w grynhoad a bod unrhyw lofnod arno neu ar ei grynodeb yn dda ac yn perthyn i lofnodwr yr ydych yn ymddiried ynddo; 1 pan gafodd ei newid, pan nad oes crynhoad ganddo, neu pan fo llofnod gwael arno neu lofnod nad ydych yn ymddiried ynddo (neu ddim llofnod, gyda --require-signature).

cli-help-help-about = Argraffu’r neges hon neu gymorth yr is-orchymyn(ion) a roddwyd

## Y rhannau o’r cymorth y mae clap yn eu hysgrifennu ei hun.
cli-help-arg-help = Dangos cymorth (gweler mwy gyda '--help')
cli-help-arg-help-long = Dangos cymorth (gweler crynodeb gyda '-h')
cli-help-arg-version = Dangos y fersiwn
cli-help-heading-usage = Defnydd:
cli-help-heading-commands = Gorchmynion
cli-help-heading-arguments = Dadleuon
cli-help-heading-options = Opsiynau
cli-help-default = rhagosodedig: { $value }
cli-help-possible-values = gwerthoedd posibl: { $values }
cli-help-value-options = OPSIYNAU
cli-help-value-command = GORCHYMYN
cli-help-value-dir = FFOLDER
cli-help-value-lang = IAITH
cli-help-value-file = FFEIL
cli-help-value-id = DYNODYDD
cli-help-value-record = COFNOD
cli-help-value-format = FFORMAT

## --help y log tystiolaeth.
cli-help-log-about = Cofnodi tystiolaeth o’r hyn sy’n achosi llwyth gwaith mewn ysgol: y ffurflen, neu `add` gydag opsiynau
cli-help-log-long-about =
    Cofnodi tystiolaeth o’r hyn sy’n achosi llwyth gwaith mewn ysgol: y ffurflen, neu `add` gydag opsiynau

    Mae `wia log` yn agor ffurflen fer (dyddiad, ysgol, awdurdod lleol, achos, polisi, rolau, staff, oriau, pa mor aml, disgrifiad); caiff yr ysgol a’r awdurdod eu cofio. Mae `wia log add --cause meetings --roles teacher --staff 4 --hours 1 --frequency per_week` yn ychwanegu eitem o’r llinell orchymyn ac yn argraffu ei dynodydd.
cli-help-log-add-about = Ychwanegu un eitem at y log tystiolaeth ac argraffu ei dynodydd
cli-help-log-add-arg-date = Pryd y gwnaed y gwaith, BBBB-MM-DD [rhagosodedig: heddiw]
cli-help-log-add-arg-school = Enw’r ysgol [rhagosodedig: yr un a gofiwyd]
cli-help-log-add-arg-authority = Awdurdod lleol: dynodydd fel cardiff, neu ei enw yn Gymraeg neu yn Saesneg [rhagosodedig: yr un a gofiwyd]
cli-help-log-add-arg-cause = Beth achosodd y gwaith: data_returns, aln_paperwork, inspection, grants, meetings, cover_absence, behaviour_wellbeing, parents, curriculum_reform, other_services, other
cli-help-log-add-arg-policy = Y polisi neu’r asesiad y mae’n ymwneud ag ef (dewisol)
cli-help-log-add-arg-roles = Y rolau yr effeithir arnynt, wedi’u gwahanu gan atalnodau: teacher, leader, alnco, support_staff, business_manager
cli-help-log-add-arg-staff = Faint o staff sy’n gwneud y gwaith hwn
cli-help-log-add-arg-hours = Oriau i un person bob tro (mwy na 0, 24 ar y mwyaf)
cli-help-log-add-arg-frequency = Pa mor aml: once, per_week, per_term, per_year
cli-help-log-add-arg-description = Beth oedd y gwaith a pham y disgynnodd i’r ysgol
cli-help-evidence-about = Crynhoi, allforio neu fewnforio’r log tystiolaeth
cli-help-evidence-report-about = Crynhoi’r dystiolaeth: oriau’r flwyddyn, cyfwerth wythnosol, eitemau, ysgolion, prif achosion, tuedd fesul mis
cli-help-evidence-report-arg-from = Dim ond eitemau dyddiedig ar y diwrnod hwn neu ar ei ôl (BBBB-MM-DD)
cli-help-evidence-report-arg-to = Dim ond eitemau dyddiedig ar y diwrnod hwn neu cyn hynny (BBBB-MM-DD)
cli-help-evidence-report-arg-school = Dim ond yr ysgol hon (nid oes ots am briflythrennau)
cli-help-evidence-report-arg-authority = Dim ond yr awdurdod lleol hwn (dynodydd neu enw)
cli-help-evidence-report-arg-cause = Dim ond yr achos hwn (dynodydd neu enw)
cli-help-evidence-report-arg-by = Grwpio’r ffigurau yn ôl hyn
cli-help-evidence-export-about = Ysgrifennu pob eitem i ffeil CSV (y colofnau y mae `import` yn eu darllen)
cli-help-evidence-export-arg-force = Disodli’r ffeil os yw’n bodoli
cli-help-evidence-import-about = Ychwanegu rhesi ffeil CSV at y log; ni chaiff dim ei ychwanegu oni bai bod pob rhes yn ddilys
cli-help-evidence-import-long-about =
    Ychwanegu rhesi ffeil CSV at y log; ni chaiff dim ei ychwanegu oni bai bod pob rhes yn ddilys

    Colofnau: id, created, date, school, authority, cause, policy, roles, staff, hours, frequency, description (caiff id, created, policy a description fod yn wag). Gadewir allan resi y mae eu dynodydd yn y log yn barod, fel y gellir mewnforio allforiad eto.
cli-help-value-date = DYDDIAD
cli-help-value-name = ENW
cli-help-value-la = ALL
cli-help-value-cause = ACHOS
cli-help-value-text = TESTUN
cli-help-value-roles = ROLAU
cli-help-value-hours = ORIAU
cli-help-value-freq = AMLDER
cli-help-value-by = YN-ÔL

## wia check

cli-check-file-error = { $file }: gwall: { $message }
cli-check-ok = { $file }: iawn: holiadur { $id } { $version }: { $sections }, { $questions }, { $flags }
# gwall (masc.): 1 gwall, 2 wall, 3 gwall, 6 gwall.
cli-check-errors-found = { $file }: canfuwyd { $count ->
    [one] { $count } gwall
    [two] { $count } wall
   *[other] { $count } gwall
}
cli-check-is-record = cofnod asesiad yw hwn, nid holiadur; gwiriwch ef gyda `wia verify`
cli-check-is-answers = ffeil atebion yw hon, nid holiadur; gwnewch gofnod ohoni gyda `wia new --answers FILE`

# hardening: safe reading
cli-record-empty = ni roddwyd cofnod: enwch ffeil cofnod, neu ddynodydd cofnod (neu ddechrau un)
cli-record-file-or-id = mae `{ $arg }` yn ffeil yma ac yn ddechrau dynodydd cofnod yn { $dir }; ysgrifennwch ./{ $arg } ar gyfer y ffeil, neu fwy o’r dynodydd
cli-verify-renamed = { $name }: NEWIDIWYD: { $why }; copi ydyw o un cofnod wedi’i gadw dan enw un arall

# hardening: races and partial writes
cli-new-already-saved = Wedi'i gadw eisoes fel { $id }: yr un atebion gan yr un asesydd. Ni wnaed ail gofnod; ysgrifennwyd ei grynodeb eto.

# hardening: signatures
cli-keys-passphrase-prompt = Cyfrinymadrodd ar gyfer { $file }:
cli-keys-no-config-dir = dim ffolder gosodiadau: gosodwch WIA_CONFIG_DIR i ffolder ar gyfer eich gosodiadau a’ch allweddi
cli-keys-new-exists = mae { $file } yn bodoli eisoes; nid yw wia byth yn trosysgrifo allwedd. Defnyddiwch hi gyda `wia keys use { $file }`, neu symudwch hi o’r ffordd yn gyntaf.
cli-keys-new-no-passphrase = ni roddwyd cyfrinymadrodd (neu nid oedd y ddau yn cyfateb): teipiwch ef mewn terfynell, neu gosodwch { $env }
cli-keys-new-passphrase = Cyfrinymadrodd newydd:
cli-keys-new-passphrase-again = Yr un cyfrinymadrodd eto:
cli-keys-new-made = Gwnaed allwedd ed25519 newydd: { $file } (dim ond chi all ei darllen), a’i hanner cyhoeddus wrth ei hochr (.pub)
cli-keys-none = Dim allwedd llofnodi eto: caiff cofnodion eu cadw heb eu llofnodi. Defnyddiwch allwedd sy’n bodoli gyda `wia keys use ~/.ssh/id_ed25519 --principal chi@enghraifft.org`, neu gwnewch un gyda `wia keys new --principal chi@enghraifft.org`.
cli-keys-key = Allwedd llofnodi:  { $file }
cli-keys-fingerprint = Ôl bys:            { $fingerprint }
cli-keys-protected = Cyfrinymadrodd:    oes (gofynnir amdano wrth lofnodi, neu fe’i cymerir o WIA_KEY_PASSPHRASE)
cli-keys-unprotected = Cyfrinymadrodd:    dim
cli-keys-publish = Anfonwch y llinell hon at y bobl sy’n gwirio eich cofnodion (maen nhw’n ei hychwanegu gyda `wia trust add`, neu at ffeil allowed_signers OpenSSH):
cli-keys-principal-placeholder = EICH-ENW@ENGHRAIFFT.ORG
cli-keys-set-principal = Gosodwch yr enw y bydd eraill yn eich adnabod wrtho gyda `wia keys use FFEIL-ALLWEDD --principal chi@enghraifft.org`.
cli-keys-trusted-file = Llofnodwyr yr ydych yn ymddiried ynddynt: { $file }
cli-keys-trusted-added = Bellach yn ymddiried yn { $who }, allwedd { $fingerprint }, yn { $file }. Gwiriwch yr ôl bys hwnnw gyda { $who } mewn ffordd arall (ffôn, wyneb yn wyneb) cyn dibynnu arno.
cli-keys-trusted-none = Nid ydych yn ymddiried mewn unrhyw lofnodwr eto ({ $file }). Ychwanegwch un gyda `wia trust add ENW ALLWEDD`.
cli-sign-signed = Llofnodwyd { $id } a’i grynodeb gydag allwedd { $fingerprint }
cli-sign-failed = Mae { $id } wedi’i gadw ond NID YW WEDI’I LOFNODI: { $why }. Llofnodwch ef yn nes ymlaen gyda `wia sign { $id }`.
cli-sign-altered = nid yw { $name } fel y’i cadwyd (gweler `wia verify`); ni fydd wia yn ei lofnodi
cli-sign-no-key = Nid oes allwedd llofnodi wedi’i gosod: gweler `wia keys show`.
cli-verify-sig-trusted = { $name }: wedi’i lofnodi gan { $who } (dibynadwy), allwedd { $fingerprint }
cli-verify-sig-unsigned = { $name }: heb ei lofnodi
cli-verify-sig-required = { $name }: HEB EI LOFNODI, ac mae angen llofnod
cli-verify-sig-untrusted = { $name }: WEDI’I LOFNODI GAN ALLWEDD NAD YDYCH YN YMDDIRIED YNDDI ({ $fingerprint }). Os gwyddoch pwy biau hi, gwiriwch yr ôl bys gyda nhw a’i hychwanegu gyda `wia trust add ENW ALLWEDD`.
cli-verify-sig-mismatch = { $name }: LLOFNOD GWAEL: nid yw’r ffeil yn cyfateb i’w llofnod (allwedd { $fingerprint }); cafodd ei newid ar ôl ei llofnodi
cli-verify-sig-namespace = { $name }: LLOFNOD GWAEL: gwnaed y llofnod ar gyfer `{ $found }`, nid ar gyfer `{ $expected }`
cli-verify-sig-unreadable = { $name }: LLOFNOD GWAEL: ni ellir gwirio { $sig } ({ $why })
cli-verify-summary-unsigned = { $name }: HEB EI LOFNODI, er bod ei gofnod wedi’i lofnodi: efallai iddo gael ei olygu. Gwnewch ef eto gyda `wia summary`, neu gofynnwch i’r asesydd am ei un nhw.
cli-verify-trust-none = Nid ydych yn ymddiried mewn unrhyw lofnodwr eto ({ $file }): ychwanegwch allwedd yr asesydd gyda `wia trust add ENW ALLWEDD`.
cli-help-verify-arg-require-signature = Methu pan nad yw’r cofnod wedi’i lofnodi
cli-help-keys-about = Gosod yr allwedd sy’n llofnodi eich cofnodion, a llofnodion pwy yr ydych yn ymddiried ynddynt
cli-help-keys-long-about =
    Gosod yr allwedd sy’n llofnodi eich cofnodion, a llofnodion pwy yr ydych yn ymddiried ynddynt

    Gweler docs/signatures.md. Mae allwedd a ddiogelir gan gyfrinymadrodd yn gofyn am ei chyfrinymadrodd yn y derfynell, neu’n ei gymryd o $WIA_KEY_PASSPHRASE.
cli-help-keys-show-about = Dangos yr allwedd llofnodi, ei hôl bys, y llinell i’w chyhoeddi, a ffeil y llofnodwyr dibynadwy
cli-help-keys-use-about = Llofnodi gydag allwedd breifat ed25519 OpenSSH sy’n bodoli (er enghraifft ~/.ssh/id_ed25519)
cli-help-keys-use-arg-key = Ffeil yr allwedd breifat
cli-help-keys-use-arg-principal = Yr enw y bydd eraill yn eich adnabod wrtho (cyfeiriad e-bost, heb fylchau)
cli-help-keys-new-about = Gwneud allwedd ed25519 newydd i wia yn eich ffolder gosodiadau a llofnodi â hi
cli-help-keys-new-arg-principal = Yr enw y bydd eraill yn eich adnabod wrtho (cyfeiriad e-bost, heb fylchau)
cli-help-keys-new-arg-passphrase = Diogelu’r allwedd â chyfrinymadrodd (gofynnir amdano yn y derfynell, neu $WIA_KEY_PASSPHRASE)
cli-help-keys-trust-about = Ymddiried mewn llofnodwr: ychwanegu ei allwedd gyhoeddus at eich ffeil allowed_signers eich hun
cli-help-keys-trust-arg-principal = Yr enw i’w ddangos ar gyfer y llofnodwr hwn (cyfeiriad e-bost, heb fylchau)
cli-help-keys-trust-arg-key = Ei allwedd gyhoeddus (`ssh-ed25519 AAAA...`) neu ffeil .pub sy’n ei chynnwys
cli-help-keys-trust-arg-only = Ymddiried ynddo ar gyfer cofnodion yn unig, neu ymatebion yn unig [rhagosodiad: y ddau]
cli-help-keys-trusted-about = Rhestru’r llofnodwyr yr ydych yn ymddiried ynddynt
cli-help-sign-about = Llofnodi cofnod a gadwyd a’i grynodeb gyda’ch allwedd (un a gadwyd cyn i chi gael allwedd)
cli-help-value-key = ALLWEDD

# signatures: wia trust
cli-help-trust-about = Dewis llofnodion pwy yr ydych yn ymddiried ynddynt: ychwanegu, rhestru, dileu, neu fewnforio awgrymiadau ffolder
cli-help-trust-long-about =
    Dewis llofnodion pwy yr ydych yn ymddiried ynddynt: ychwanegu, rhestru, dileu, neu fewnforio awgrymiadau ffolder

    Mae eich llofnodwyr dibynadwy yn eich ffolder gosodiadau eich hun, ar ffurf allowed_signers OpenSSH, byth yn y ffolder data a rennir. Gweler docs/signatures.md.
cli-help-trust-add-about = Ymddiried mewn llofnodwr: ychwanegu ei allwedd gyhoeddus at eich ffeil allowed_signers eich hun
cli-help-trust-add-arg-principal = Yr enw i’w ddangos ar gyfer y llofnodwr hwn (cyfeiriad e-bost, heb fylchau)
cli-help-trust-add-arg-key = Ei allwedd gyhoeddus (`ssh-ed25519 AAAA...`) neu ffeil .pub sy’n ei chynnwys
cli-help-trust-add-arg-only = Ymddiried ynddo ar gyfer cofnodion yn unig, neu ymatebion yn unig [rhagosodiad: y ddau]
cli-help-trust-list-about = Rhestru’r llofnodwyr yr ydych yn ymddiried ynddynt, at ba ddiben, ac ôl bys eu hallwedd
cli-help-trust-remove-about = Peidio ag ymddiried mewn llofnodwr, yn ôl enw neu ôl bys allwedd (SHA256:...)
cli-help-trust-remove-arg-who = Yr enw fel y’i rhestrir, neu ôl bys yr allwedd
cli-help-trust-import-about = Ymddiried yn y llofnodwyr y mae ffolder a rennir yn eu hawgrymu, ar ôl dangos ôl bys pob un
cli-help-trust-import-arg-file = Ffeil allowed_signers [rhagosodiad: suggested_signers yn y ffolder data]
cli-help-trust-import-arg-fingerprint = Mewnforio’r allwedd â’r ôl bys hwn yn unig (gellir ei roi fwy nag unwaith)
cli-help-trust-import-arg-yes = Peidio â gofyn: rydych wedi gwirio pob ôl bys a ddangosir gyda’i berchennog
cli-help-value-who = PWY
cli-help-value-fingerprint = ÔL-BYS
cli-trust-for-everything = popeth
cli-trust-for-records = cofnodion
cli-trust-for-responses = ymatebion
cli-trust-remove-none = Nid oes neb o’r enw { $who } na’r un allwedd â’r ôl bys hwnnw yn { $file }. Mae `wia trust list` yn dangos pwy sydd.
cli-trust-removed = Dim yn ymddiried yn { $who } mwyach (allwedd { $fingerprint }).
cli-trust-import-missing = Nid yw { $file } yno: nid yw’r ffolder yn awgrymu unrhyw lofnodwyr. Gofynnwch i bwy bynnag sy’n ei rhedeg, neu ychwanegwch un gyda `wia trust add ENW ALLWEDD`.
cli-trust-import-not-listed = Nid yw { $file } yn rhestru { $fingerprints }. Ni fewnforiwyd dim.
cli-trust-import-nothing = Rydych eisoes yn ymddiried ym mhawb y mae { $file } yn eu hawgrymu.
cli-trust-import-listing = Mae { $file } yn awgrymu ymddiried { $count ->
        [one] yn y llofnodwr hwn
       *[other] yn y { $count } llofnodwr hyn
    } (enw, at ba ddiben, ôl bys yr allwedd):
cli-trust-import-needs-yes = Gwiriwch bob ôl bys gyda’i berchennog mewn ffordd arall (ffôn, wyneb yn wyneb), yna rhedwch eto gyda --yes, neu gyda --fingerprint ar gyfer pob un a wiriwyd gennych. Ni fewnforiwyd dim.
cli-trust-import-confirm = Ydych chi wedi gwirio { $count ->
        [one] yr ôl bys hwn gyda’i berchennog
       *[other] y { $count } ôl bys hyn gyda’u perchnogion
    } mewn ffordd arall (ffôn, wyneb yn wyneb)? Ymddiried { $count ->
        [one] ynddo
       *[other] ynddynt
    }? [i/N]
cli-trust-import-declined = Ni fewnforiwyd dim.
cli-trust-imported = Bellach yn ymddiried { $count ->
        [one] mewn un llofnodwr arall
       *[other] mewn { $count } llofnodwr arall
    }, yn { $file }.
cli-sign-response-signed = Llofnodwyd ymateb { $id } gydag allwedd { $fingerprint }
cli-sign-response-failed = Mae ymateb { $id } wedi’i storio ond NID YW WEDI’I LOFNODI: { $why }. Gellir ei lofnodi yn nes ymlaen gyda `ssh-keygen -Y sign -n wia-response -f EICH_ALLWEDD FFEIL`.
# hardening: revisions
cli-help-new-arg-from-draft = Cwblhau'r drafft a gadwyd â'r dynodydd hwn (neu ddechrau unigryw iddo), fel un a ddechreuwyd gan `wia revise`
cli-help-new-arg-reason = Pam mae'r diwygiad hwn yn disodli'r cofnod y mae'n ei ddiwygio (mae ar ddiwygiad angen un)
cli-help-revise-about = Dechrau diwygio cofnod terfynol: drafft gyda phob ateb, sy'n ei gofio
cli-help-revise-long-about =
    Dechrau diwygio cofnod terfynol: drafft gyda phob ateb, sy'n ei gofio

    Ni chaiff y cofnod ei hun byth ei newid. Newidiwch atebion y drafft gyda `wia assess --resume ID` neu yn ei ffeil, yna cwblhewch ef gyda `wia new --from-draft ID --reason TESTUN`: mae'r cofnod newydd yn enwi'r un y mae'n ei ddisodli, a pham.
cli-revise-not-intact = ni ellir diwygio cofnod { $id }: { $why }
cli-revise-already-revised = mae cofnod { $id } wedi ei ddiwygio eisoes, gan { $by }: diwygiwch yr un diweddaraf yn lle hynny (mae wia history { $id } yn dangos y gadwyn)
cli-revise-started = Dechreuwyd drafft { $draft }, diwygiad o gofnod { $id }, sy'n aros fel y mae. Newidiwch ei atebion gyda `wia assess --resume { $draft }` neu yn { $file }, yna cwblhewch ef gyda `wia new --from-draft { $draft } --reason "…"`.
cli-new-reason-not-revision = mae --reason ar gyfer diwygiad yn unig: dechreuwch un gyda `wia revise COFNOD`
cli-new-draft-kept = mae'r cofnod wedi ei gadw, ond ni ellid dileu drafft { $id }: { $why }
cli-new-revises = Mae cofnod { $id } yn diwygio cofnod { $old }, sydd heb ei newid.
cli-verify-revises = mae cofnod { $id } yn diwygio cofnod { $old }. Rheswm: { $reason }
cli-verify-replaced = mae { $by } wedi disodli cofnod { $id }: nid dyma'r diweddaraf

# hardening: sync
cli-help-sync-about = Cadw’r ffolder data yn gyson â storfa git a rennir: ymrwymo, nôl, derbyn, anfon
cli-help-sync-long-about =
    Cadw’r ffolder data yn gyson â storfa git a rennir: ymrwymo, nôl, derbyn, anfon

    Mae `wia sync init STORFA-BELL` yn rhannu’r ffolder hon; mae `wia sync clone STORFA-BELL --data-dir FFOLDER` yn dechrau o un a rennir; mae `wia sync` yn anfon ac yn derbyn; mae `wia sync status` yn dweud sut mae pethau. Mae angen y rhaglen git. Gweler docs/sync.md.
cli-help-sync-init-about = Rhannu’r ffolder data hon: ei gwneud yn storfa gyda STORFA-BELL, ymrwymo, ac anfon
cli-help-sync-init-arg-remote = Storfa git bell: llwybr at storfa foel, ssh://, git@gwesteiwr:llwybr neu https://
cli-help-sync-clone-about = Dechrau ffolder data o un a rennir (ffolder newydd neu wag; dewiswch hi gyda --data-dir)
cli-help-sync-clone-arg-remote = Storfa git bell: llwybr at storfa foel, ssh://, git@gwesteiwr:llwybr neu https://
cli-help-sync-status-about = Faint o flaen neu y tu ôl y mae’r ffolder, pryd y cysonodd ddiwethaf, a beth sy’n aros i’w anfon
cli-help-value-remote = STORFA-BELL
cli-sync-count-records = { $count ->
    [one] 1 asesiad newydd
   *[other] { $count } asesiad newydd
}
cli-sync-count-responses = { $count ->
    [one] 1 ymateb
   *[other] { $count } ymateb
}
cli-sync-count-evidence = { $count ->
    [one] 1 cofnod tystiolaeth
   *[other] { $count } cofnod tystiolaeth
}
cli-sync-count-files = { $count ->
    [one] 1 ffeil
   *[other] { $count } ffeil
}
cli-sync-count-nothing = dim byd
cli-sync-someone = defnyddiwr wia
cli-sync-commit-message = { $what }, gan { $who }
cli-sync-merge-message = Derbyn yr hyn a anfonodd eraill ({ $who })
cli-sync-init-done = Mae’r ffolder hon bellach wedi ei rhannu drwy { $remote }.
cli-sync-clone-done = Dechreuwyd { $dir } o { $remote }.
cli-sync-arrived = Wedi cyrraedd: { $what }.
cli-sync-sent = Wedi anfon: { $what }.
cli-sync-retried = { $count ->
    [one] Anfonodd rhywun arall ar yr un pryd; derbyniodd wia eu gwaith ac anfon eto.
   *[other] Anfonodd eraill ar yr un pryd ({ $count } gwaith); derbyniodd wia eu gwaith ac anfon eto.
}
cli-sync-recovered = Gorffennwyd cysoni a dorrwyd ar ei draws yn gynharach yn gyntaf.
cli-sync-flagged = { $file }: WEDI CYRRAEDD GYDA RHYBUDD: { $why }. Peidiwch â dibynnu arno nes i’r anfonwr ei gadarnhau (mae wia verify yn dweud mwy).
cli-sync-flag-altered = nid yw ei gynnwys yn cyfateb i’w grynodeb (newidiwyd ar ôl ei gadw)
cli-sync-held = { $file }: heb ei anfon: { $why }
cli-sync-held-not-wias = nid yw’n ffeil y mae wia yn ei hysgrifennu
cli-sync-held-unreadable = ni all wia ei darllen ({ $why }); efallai ei bod yn dal i gael ei hysgrifennu
cli-sync-held-summary = nid yw ei gofnod yno (eto)
cli-sync-held-changed = fe’i newidiwyd yma ar ôl ei rhannu; ni chaiff ffeiliau a rennir byth eu newid (cofnod newydd yw diwygiad)
cli-sync-held-deleted = fe’i dilëwyd yma; mae’n aros yn y ffolder a rennir
cli-sync-held-digest = nid yw ei chynnwys yn cyfateb i’r crynodeb yn ei henw
cli-sync-never = erioed
cli-sync-status-remote = Wedi ei rhannu drwy { $remote } (cangen { $branch }).
cli-sync-status-last = Cysonwyd ddiwethaf: { $when }.
cli-sync-status-counts = { $ahead } newid yma heb eu hanfon eto; { $behind } a dderbyniwyd yn y cysoni diwethaf heb eu derbyn i mewn eto.
cli-sync-status-waiting = Yn aros i’w anfon: { $what }.
cli-sync-bad-remote = nid yw “{ $remote }” yn storfa git bell: rhowch lwybr, ssh://…, git@gwesteiwr:llwybr neu https://…
cli-sync-no-git = Mae ar wia sync angen y rhaglen git, ac ni chafwyd hyd iddi. Gosodwch git (https://git-scm.com) a rhowch gynnig arall arni; mae popeth arall yn wia yn gweithio hebddi.
cli-sync-not-shared = Nid yw { $dir } wedi ei rhannu eto: rhannwch hi gyda `wia sync init STORFA-BELL`, neu dechreuwch o ffolder a rennir gyda `wia sync clone STORFA-BELL --data-dir FFOLDER-NEWYDD`.
cli-sync-other-remote = mae’r ffolder hon eisoes wedi ei rhannu drwy { $remote }
cli-sync-remote-in-use = Mae { $remote } eisoes yn dal ffolder a rennir: dechreuwch ohoni gyda `wia sync clone { $remote } --data-dir FFOLDER-NEWYDD`. Ni newidiwyd dim.
cli-sync-not-empty = Nid yw { $dir } yn wag: clonio i ffolder newydd, a enwir gyda --data-dir.
cli-sync-unreachable = Methu cyrraedd { $remote } ({ $why }). Ni newidiwyd dim: mae eich gwaith yn aros yma ac fe’i hanfonir yn y cysoni nesaf.
cli-sync-stopped = Cysoni wedi stopio: { $file } { $what }. Ni chaiff ffeiliau a rennir byth eu newid, felly ni dderbyniodd wia ddim a gadawodd eich copi fel yr oedd; holwch pwy bynnag a’i newidiodd (gweler docs/sync.md).
cli-sync-stop-edited-line = wedi ei newid gan rywun arall ar ôl ei rhannu (o linell { $line })
cli-sync-stop-edited = wedi ei newid gan rywun arall ar ôl ei rhannu
cli-sync-stop-rewritten = â chofnodion tystiolaeth wedi eu hailysgrifennu neu eu dileu (o linell { $line }); dim ond ychwanegu cofnodion a wneir byth
cli-sync-stop-own-log = yw log tystiolaeth y cyfrifiadur hwn ei hun, ond ychwanegodd cyfrifiadur arall ato (mae dau gyfrifiadur yn rhannu un dynodydd dyfais)
cli-sync-stop-deleted = wedi ei dileu gan rywun arall
cli-sync-stop-both-added = wedi ei gwneud yma ac mewn man arall gyda chynnwys gwahanol
cli-sync-stop-local = yn wahanol yma i’r hyn a rannwyd ac i’r hyn a gyrhaeddodd
cli-sync-stop-not-a-file = nid yw’n ffeil blaen yn y ffolder (dolen, neu lwybr y tu allan iddi)
cli-sync-kept-losing = Roedd eraill yn dal i anfon ar yr un pryd. Ni chollwyd dim: rhedwch wia sync eto.
cli-sync-git-failed = methodd git: { $why }

# issue14: git's own settings files never taken in
cli-sync-stop-git-settings = yn ffeil y mae git ei hun yn ei darllen (gallai newid sut mae pob ffeil yn cael ei hysgrifennu neu ei hanfon), nad yw wia byth yn ei derbyn; gofynnwch i bwy bynnag sy'n rhedeg y ffolder a rennir ei thynnu
# issue15: summary
cli-help-summary-arg-format = markdown, neu html: un dudalen gyflawn i'w hargraffu neu ei hanfon drwy e-bost

# issue16: portfolio
cli-help-portfolio-about = Pob polisi a aseswyd ar un llinell amser o dymhorau ysgol: oriau wythnosol pob rôl fesul tymor
cli-help-portfolio-long-about =
    Pob polisi a aseswyd ar un llinell amser o dymhorau ysgol: oriau wythnosol pob rôl fesul tymor

    Mae'n cymryd pob cofnod terfynol (diwygiad diweddaraf pob un) ac yn ei osod yn ôl ei ddyddiad dechrau arfaethedig. Ar gyfer pob tymor a rôl: yr oriau cyfartalog yr wythnos fesul aelod o'r rôl ac ar gyfer un person sy'n gwneud y cyfan, y polisïau sy'n eu gwneud, a rhybuddion lle maent yn pentyrru. Rhestrir cofnodion heb ddyddiad dechrau ar wahân. Gweler docs/portfolio.md.
cli-help-portfolio-arg-include-drafts = Cyfrif cofnodion drafft hefyd, wedi'u marcio'n ddrafftiau
cli-help-portfolio-arg-format = Ffurf yr adroddiad: text i'w ddarllen, markdown neu html i'w argraffu, json neu csv ar gyfer dadansoddwyr
cli-portfolio-drafts-left-out = Cofnodion drafft wedi'u gadael allan: { $count }. Ychwanegwch --include-drafts i'w cyfrif, wedi'u marcio'n ddrafftiau.

# issue17: conventions
cli-help-completions-about = Argraffu sgript cwblhau ar gyfer cragen: bash, zsh, fish, powershell neu elvish
cli-help-completions-long-about =
    Argraffu sgript cwblhau ar gyfer cragen: bash, zsh, fish, powershell neu elvish

    Fe’i gwneir o’r un diffiniadau â’r cymorth hwn, felly mae’n cynnig yr union orchmynion a’r opsiynau sydd ar gael. Mae README.md yn dweud ble mae pob cragen yn chwilio amdani.
cli-help-completions-arg-shell = Y gragen i gwblhau ar ei chyfer
cli-help-man-about = Argraffu’r dudalen llawlyfr (roff), neu ysgrifennu tudalen ar gyfer pob gorchymyn i ffolder
cli-help-man-long-about =
    Argraffu’r dudalen llawlyfr (roff), neu ysgrifennu tudalen ar gyfer pob gorchymyn i ffolder

    Mae `wia man > wia.1` yn argraffu’r dudalen ar gyfer wia; mae `wia man --dir FFOLDER` yn ysgrifennu wia.1 a thudalen ar gyfer pob gorchymyn (wia-new.1, wia-log-add.1, ...) ac yn argraffu eu llwybrau.
cli-help-man-arg-dir = Ffolder i ysgrifennu pob tudalen iddo yn lle argraffu wia.1
cli-help-value-shell = CRAGEN

# survey: questionnaires without scoring, anonymous responses
survey-new-no-questionnaire = nid yw'r ffeil atebion yn enwi holiadur: ychwanegwch `questionnaire: ID` ar gyfer un sydd wedi'i gynnwys, neu `questionnaire_file: FFEIL` (o'i chymharu â'r ffeil atebion)
survey-new-saved-final = Cadwyd ymateb { $id }.
survey-new-saved-draft = Cadwyd ymateb drafft { $id }.
survey-sign-anonymous = Mae cofnod { $id } yn ymateb dienw: byddai llofnod yn dweud pwy atebodd, felly nid yw wedi'i lofnodi.
survey-score-nothing = Dim i'w sgorio: mae cofnod { $id } yn ateb yr arolwg `{ $questionnaire }`, nad oes ganddo floc sgorio. Mae `wia show { $id }` yn dangos ei atebion.
survey-check-kind = arolwg (dim sgorio)
survey-check-kind-anonymous = arolwg dienw (dim sgorio, dim enwau)
# tabulate: `wia tabulate` and `wia export --answers`
cli-help-tabulate-about = Cyfrif yr atebion i un cwestiwn mewn arolwg, neu groesi dau: niferoedd a chyfrannau
cli-help-tabulate-long-about =
    Cyfrif yr atebion i un cwestiwn mewn arolwg, neu groesi dau: niferoedd a chyfrannau

    Ar gyfer dewis: nifer pob opsiwn a’i gyfran o’r rhai a atebodd, gyda’r rhai na atebodd a’r rhai nad oedd y cwestiwn yn berthnasol iddynt. Amlddewis: cyfran yr ymatebwyr a ddewisodd bob opsiwn. Rhes matrics (`c3.other`): pob pwynt ar y raddfa. Trefn restrol: y safle cymedrig a’r nifer yn y lle cyntaf. Rhif: n, cymedr, canolrif, isaf ac uchaf. Mae `--by CWESTIWN` yn croesi dau, gyda chyfansymiau’r rhesi a’r colofnau. Gweler docs/tabulating.md.
cli-help-tabulate-arg-question = Dynodydd y cwestiwn; rhes matrics fel CWESTIWN.RHES (c3.other)
cli-help-tabulate-arg-by = Croesi gyda’r cwestiwn hwn (dewis, ie/na, graddfa neu res matrics)
cli-help-tabulate-arg-row = Y rhes matrics i’w chyfrif, yn lle CWESTIWN.RHES
cli-help-tabulate-arg-questionnaire = Ffeil holiadur, neu ddynodydd [rhagosodiad: yr un o’r cofnodion sy’n gofyn CWESTIWN]
cli-help-tabulate-arg-include-drafts = Cyfrif cofnodion drafft hefyd
cli-help-tabulate-arg-format = text i’w ddarllen, csv neu json ar gyfer dadansoddwyr
cli-help-export-long-about =
    Ysgrifennu pob cofnod fel un rhes CSV, ar gyfer taenlenni; neu, gyda --answers, atebion pob ymateb

    Mae `--answers HOLIADUR` (ffeil holiadur, neu ddynodydd un sydd wedi’i gynnwys neu un y mae’r cofnodion yn ei enwi) yn ysgrifennu un rhes i bob ymateb ac un golofn i bob cwestiwn: mae gan resi matrics, opsiynau amlddewis ac opsiynau a roddwyd mewn trefn eu colofnau eu hunain. Gweler docs/tabulating.md.
cli-help-export-arg-answers = Allforio atebion ymatebion yr holiadur hwn, un golofn i bob cwestiwn
cli-help-export-arg-labels = Gyda --answers: colofn CWESTIWN__label wrth ochr pob ateb wedi’i godio, yn iaith --lang
cli-help-export-arg-include-drafts = Gyda --answers: cofnodion drafft hefyd
cli-help-value-question = CWESTIWN
cli-help-value-row = RHES
cli-help-value-questionnaire = HOLIADUR
tabulate-skipped = { $file }: wedi’i adael allan: { $why }
tabulate-no-questionnaire = Dim holiadur { $name }: nid yw’n ffeil, nid yw wedi’i gynnwys, ac nid oes cofnod yn ei enwi
tabulate-no-records-ask = Nid yw holiadur unrhyw gofnod yn gofyn { $question }; enwch un gyda --questionnaire
tabulate-several-ask = Mae mwy nag un holiadur yn gofyn { $question } ({ $ids }); enwch un gyda --questionnaire
tabulate-no-question = Nid oes gan holiadur { $questionnaire } gwestiwn { $question }
tabulate-no-row = Nid oes gan gwestiwn { $question } res { $row }; ei resi: { $rows }
tabulate-matrix-needs-row = Matrics yw cwestiwn { $question }: enwch un rhes, fel { $question }.RHES neu gyda --row (ei resi: { $rows })
tabulate-row-not-matrix = Nid matrics yw cwestiwn { $question }, felly nid oes ganddo resi
tabulate-cannot-count = Mae cwestiwn { $question } o’r math { $kind }: nid oes dim i’w gyfrif; mae `wia export --answers` yn rhestru ei atebion
tabulate-cannot-cross = Mae cwestiwn { $question } o’r math { $kind }: dim ond dewis, ie/na, graddfa neu res matrics y gellir eu croesi (amlddewis i lawr yr ochr yn unig)
tabulate-heading = Holiadur { $questionnaire }, fersiwn { $version }
tabulate-question = { $question }: { $text }
tabulate-base = Ymatebion: { $responses }; yn ateb: { $answering }; dim ateb: { $no_answer }; ddim yn berthnasol: { $does_not_apply }
tabulate-shares = Mae’r cyfrannau yn ganrannau o’r rhai a atebodd.
tabulate-shares-multiple = Mae’r cyfrannau yn ganrannau o’r rhai a atebodd; gall un ddewis sawl opsiwn, felly gallant adio i fwy na 100%.
tabulate-ranking-note = Safle 1 yw’r cyntaf. Y gyfran yw’r rhai a atebodd a roddodd yr opsiwn yn gyntaf.
tabulate-col-option = Opsiwn
tabulate-col-count = Nifer
tabulate-col-share = Cyfran
tabulate-col-mean-rank = Safle cymedrig
tabulate-col-ranked = Yn y drefn
tabulate-col-first = Cyntaf
tabulate-col-total = Cyfanswm
tabulate-no-answer = Dim ateb
tabulate-does-not-apply = Ddim yn berthnasol
tabulate-no-numbers = Ni atebodd neb â rhif.
tabulate-n = Yn ateb
tabulate-mean = Cymedr
tabulate-median = Canolrif
tabulate-min = Isaf
tabulate-max = Uchaf
tabulate-by = Yn ôl { $question }: { $text }
tabulate-cross-base = Ymatebion sy’n ateb y ddau: { $total }; wedi’u gadael allan (un neu’r ddau heb eu hateb neu ddim yn berthnasol): { $left_out }
tabulate-read = { $count ->
    [one] Darllenwyd 1 ymateb
   *[other] Darllenwyd { $count } ymateb
} i { $questionnaire } fersiwn { $version }
tabulate-other-versions = O fersiynau eraill o’r holiadur: { $included } wedi’u cyfrif (mae’r fersiwn hon yn darllen eu hatebion), { $refused } wedi’u gadael allan (nid yw’n eu darllen)
tabulate-drafts-left-out = Cofnodion drafft a adawyd allan: { $count } (mae --include-drafts yn eu cyfrif)
tabulate-other-questionnaires = Cofnodion holiaduron eraill, heb eu cyfrif: { $count }
tabulate-exported = { $count ->
    [one] Ysgrifennwyd 1 ymateb i { $file }
   *[other] Ysgrifennwyd { $count } ymateb i { $file }
}
# hardening: drafts15 (one draft store)
cli-new-saved-draft-store = Cadwyd drafft { $id } yn y ffolder drafftiau: { $file }. Ailafaelwch ynddo gyda `wia assess --resume { $id }` neu o'r sgrin gartref (`wia`); pan fydd pob ateb wedi'i roi, cwblhewch ef gyda `wia new --from-draft { $id }`.
cli-new-draft-reason-later = nid yw drafft yn cadw rheswm: rhowch --reason pan fyddwch yn ei gwblhau gyda `wia new --from-draft ID --reason "…"`
