### Y templed atebion (`wia template`): sylwadau o gwmpas pob cwestiwn.
### Cymraeg. Rhaid i bob id yma fod hefyd yn i18n/en/template.ftl.
###
### UNCHECKED: drafted by the development team, not yet checked by a fluent Welsh
### speaker. Review before official use (see docs/translation.md).
###
### Keys and values (questionnaire, assessor, "yes", option ids) stay in English: the
### file is read by `wia new`.

template-header = Atebion ar gyfer holiadur { $id } { $version }: { $title }
template-intro =
    Llenwch yr atebion, yna rhedwch: wia new --answers Y_FFEIL_HON
    Mae atebion a adewir fel ~ yn cyfrif fel rhai heb eu hateb; mae `wia new` yn rhestru
    pob un gofynnol sydd ar goll o hyd, ac mae `wia new --draft` yn cadw atebion y ffeil hyd yma.
template-headcounts = Niferoedd staff ar gyfer ffigurau Cymru gyfan; dadwnewch linell i ddisodli'r gwerth diofyn.
template-section-when = (mae'r adran hon yn berthnasol dim ond os: { $condition })
template-required = { $text } (gofynnol)
template-only-when = Dim ond os: { $condition }.

template-one-of = Un o:
template-list-of = Rhestr, fel [a, b], o:
template-ranking = Rhestr, y pwysicaf yn gyntaf, o:
template-other = , ysgrifennwch {"{"}value: GWERTH, other: "..."{"}"}
template-yes-no = "yes" (ydy) neu "no" (nac ydy)
template-likert = Un o: { $scale }
template-matrix = Map o res i werth ar y raddfa ({ $scale }), rhesi: { $rows }
template-number = Rhif
template-whole-number = Rhif cyfan
template-unit = { $number } ({ $unit })
template-min-max = { $number }, { $min } i { $max }
template-min = { $number }, { $min } neu fwy
template-max = { $number }, hyd at { $max }
template-suggested = { $number } (ffigur cyfeirio: { $value })
template-percentage = Canran o 0 i 100
template-date = Dyddiad, BBBB-MM-DD
template-short-text = Un llinell o destun
template-short-text-max = Un llinell o destun, hyd at { $max } nod
template-long-text = Testun; ar gyfer sawl llinell ysgrifennwch |- a mewnoli'r llinellau isod
template-tasks =
    Rhestr o resi tasg, er enghraifft:
      - description: Ysgrifennu nodyn adolygu tymhorol ar gyfer pob dysgwr sydd â CDU
        roles: [alnco]
        minutes: {"{"}low: 15, likely: 25, high: 45{"}"}
        frequency: per_term
        count: 15
        share: 0.9
        change: new
    roles: { $roles }
    frequency: { $frequencies }
    change: new (newydd) neu removed (wedi'i dileu); admin_task dewisol: id o restr admin_tasks yr holiadur

# "a" before a consonant, "ac" before a vowel.
template-and = { $first } { $vowel ->
    [yes] ac
   *[other] a
} { $second }
template-or = { $first } neu { $second }
template-not = nid yw'n wir fod { $condition }
template-is = { $question } = { $value }
template-is-not = { $question } ≠ { $value }
template-is-one-of = { $question } yn un o { $values }
template-answered = { $question } wedi'i ateb
template-not-answered = { $question } heb ei ateb
template-score = sgôr { $measure } { $role }
template-any-role = unrhyw rôl
template-task-exists = mae rhes dasg sy'n cyfateb

# survey: questionnaires without scoring, anonymous responses
survey-template-file = Ffeil yr holiadur, o'i chymharu â'r ffeil hon: mae `wia new --answers` yn ei darllen o'r fan hon.
survey-template-anonymous = Mae'r ymatebion i'r holiadur hwn yn ddienw: peidiwch ag enwi neb yn y ffeil hon.
# surveyformat: a ranking that must be complete
template-ranking-all = Rhestr o bob un o'r rhain, y pwysicaf yn gyntaf:
