### Messages shared across wia: language names, counts of things.
### English (United Kingdom). Every id here must also exist in i18n/cy/common.ftl.

lang-name-en = English
lang-name-cy = Cymraeg
# The language to switch to, as shown on the switch key's hint.
lang-switch-to = Cymraeg

# $count is a number; $shown is the same number as it should be displayed.
count-hours = { $count ->
    [one] { $shown } hour
   *[other] { $shown } hours
}
count-questions = { $count ->
    [one] { $count } question
   *[other] { $count } questions
}
count-tasks = { $count ->
    [one] { $count } task
   *[other] { $count } tasks
}
count-flags = { $count ->
    [one] { $count } flag
   *[other] { $count } flags
}
count-problems = { $count ->
    [one] { $count } problem
   *[other] { $count } problems
}

# An expected figure with its low-to-high range.
range = { $expected } ({ $low } to { $high })
count-sections = { $count ->
    [one] { $count } section
   *[other] { $count } sections
}

# A yes/no answer, wherever one is shown.
answer-yes = Yes
answer-no = No
