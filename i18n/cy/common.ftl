### Negeseuon a rennir ar draws wia: enwau ieithoedd, cyfrif pethau.
### Cymraeg. Rhaid i bob id yma fod hefyd yn i18n/en/common.ftl.
###
### UNCHECKED: drafted by the development team, not yet checked by a fluent Welsh
### speaker. Review before official use (see docs/translation.md).
###
### Welsh plurals: a noun after a numeral stays singular and takes the numeral's
### mutation: un (fem.: soft), dau/dwy (soft), tri (aspirate; tair none), chwe (aspirate).
### Fluent's categories for cy: zero (0), one (1), two (2), few (3), many (6), other.

lang-name-en = English
lang-name-cy = Cymraeg
lang-switch-to = English

count-hours = { $count ->
    [zero] dim oriau
   *[other] { $shown } awr
}
# cwestiwn (masc.): 2 gwestiwn, 3 chwestiwn, 6 chwestiwn.
count-questions = { $count ->
    [zero] dim cwestiynau
    [one] { $count } cwestiwn
    [two] { $count } gwestiwn
    [few] { $count } chwestiwn
    [many] { $count } chwestiwn
   *[other] { $count } cwestiwn
}
# tasg (fem.): 1 dasg, 2 dasg, 3 tasg, 6 thasg.
count-tasks = { $count ->
    [zero] dim tasgau
    [one] { $count } dasg
    [two] { $count } dasg
    [few] { $count } tasg
    [many] { $count } thasg
   *[other] { $count } tasg
}
# baner (fem.): 1 faner, 2 faner, 3 baner, 6 baner.
count-flags = { $count ->
    [zero] dim baneri
    [one] { $count } faner
    [two] { $count } faner
   *[other] { $count } baner
}
# problem (fem.): 1 broblem, 2 broblem, 3 problem, 6 phroblem.
count-problems = { $count ->
    [zero] dim problemau
    [one] { $count } broblem
    [two] { $count } broblem
    [few] { $count } problem
    [many] { $count } phroblem
   *[other] { $count } problem
}

# Ffigur disgwyliedig gyda'i ystod o isel i uchel.
range = { $expected } ({ $low } i { $high })
# adran (fem.): 1 adran, 2 adran, 3 adran, 6 adran (no mutation of a vowel).
count-sections = { $count ->
    [zero] dim adrannau
   *[other] { $count } adran
}

# Ateb ie/na, lle bynnag y dangosir un.
answer-yes = Ie
answer-no = Na
