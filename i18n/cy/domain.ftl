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
