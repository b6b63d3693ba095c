### Messages about answers, records and files, shown by both the command line and the interface.
### English (United Kingdom). Every id here must also exist in i18n/cy/domain.ftl.

## How a finding is labelled: FILE:LINE:COLUMN: error: ...
domain-level-note = note
domain-level-warning = warning
domain-level-error = error

## Files that cannot be read or written. $reason is the system's explanation.
domain-cannot-read = cannot read { $path }: { $reason }
domain-cannot-write = cannot write { $path }: { $reason }
domain-io-not-found = No such file or directory
domain-io-permission-denied = Permission denied
domain-io-already-exists = File exists
domain-io-is-a-directory = Is a directory
domain-io-not-a-directory = Not a directory
domain-io-storage-full = No space left on device
domain-io-read-only = Read-only file system
domain-more-problems-not-shown = … and { $count } more problems not shown

## How a value found in a file is described: "expected a number, found { $found }".
domain-value-nothing = nothing
domain-value-number = the number { $number }
domain-value-unusable-number = `{ $number }`, which is not a usable number
# $text is already in quotation marks.
domain-value-text = the text { $text }
domain-value-list = a list
domain-value-map = a map
domain-value-tagged = a value tagged { $tag }

## Reading an answer as its question's type. These are shown beside the question.
domain-answer-expected-text-number = expected text, found a number; put it in quotes to keep it exactly as written
domain-answer-expected-text = expected text, found { $found }
domain-answer-expected-number = expected a number, found { $found }
domain-answer-expected-percentage = expected a number from 0 to 100, found { $found }
domain-answer-expected-date = expected a date written YYYY-MM-DD (for example 2026-09-01), found { $found }
domain-answer-expected-yes-no = expected yes or no, found { $found }
domain-answer-item = item { $number }: { $problem }
domain-answer-expected-choices = expected a list of option values, found { $found }
domain-answer-expected-ranked-value = expected option values in order, found { $found }
domain-answer-expected-ranking = expected a list of option values, most important first, found { $found }
domain-answer-expected-row-id = expected row ids, found { $found }
domain-answer-expected-scale-value = row `{ $row }`: expected a value on the scale, found { $found }
domain-answer-expected-matrix = expected a map of row id to scale value, found { $found }
domain-answer-row = row { $number }: { $problem }
domain-answer-expected-tasks = expected a list of task rows (description, roles, minutes, frequency, share, change), found { $found }
domain-answer-too-many-tasks = { $count } task rows is more than the { $max } one assessment can hold; group similar tasks
domain-answer-key-should-be-text = `{ $key }` should be text, found { $found }
domain-answer-choice-unexpected-key = unexpected key { $found }: a choice is an option value, or {"{"}value, other{"}"} for "other, please specify"
domain-answer-choice-needs-value = a choice written as a map needs `value`
domain-answer-expected-option = expected an option value, found { $found }

## Checking the answers against the questionnaire.
# Follows an unknown name, after a space.
domain-did-you-mean = (did you mean `{ $name }`?)
domain-answers-id-not-text = question ids are text, found { $found }
# $hint is empty or a space and domain-did-you-mean.
domain-answers-unknown-question = questionnaire { $questionnaire } { $version } has no question `{ $id }`{ $hint }
domain-answers-not-applicable = answered, but the question does not apply given the other answers; the answer is kept but not used
# $question is the question's text.
domain-answers-required = `{ $id }` is required: { $question }
# $kind is the question type's name in the questionnaire format, such as single_choice.
domain-answers-wrong-type = this answer does not fit a { $kind } question
domain-answers-too-many-choices = { $count } choices given, but there are only { $options } options
domain-answers-chosen-twice = `{ $value }` is chosen twice
domain-answers-choose-at-least = choose at least { $count }
domain-answers-choose-at-most = choose at most { $count }
domain-answers-too-many-ranked = { $count } items ranked, but there are only { $options } options
domain-answers-ranked-twice = `{ $value }` is ranked twice
domain-answers-not-an-option = `{ $value }` is not an option: expected one of { $expected }
domain-answers-not-on-scale = { $value } is not on the scale: expected one of { $expected }
domain-answers-no-such-row = no row `{ $row }`: expected one of { $expected }
domain-answers-row-unanswered = row `{ $row }` is not answered
# $value and $min/$max include the unit, if any: "3 days".
domain-answers-below-minimum = { $value } is below the minimum of { $min }
domain-answers-above-maximum = { $value } is above the maximum of { $max }
domain-answers-not-whole = { $value } should be a whole number
domain-answers-not-percentage = { $value }% is not a percentage from 0 to 100
domain-answers-too-long = { $count } characters is longer than the { $max } allowed
domain-answers-control-character = contains the control character { $code }; remove it
domain-answers-short-one-line = a short answer is one line
domain-answers-other-not-taken = `{ $value }` does not take an "other" text; only an "other, please specify" option does
domain-answers-other-needed = `{ $value }` is "other, please specify": give the text as {"{"}value: { $value }, other: "..."{"}"}
domain-answers-other-empty = say what "other" is

## Task rows. The keys in backticks are the answers file's own and stay as they are.
domain-task-unusable-number = `{ $key }` is { $number }, which is not a usable number
# $text is already in quotation marks.
domain-task-number-in-quotes = `{ $key }` should be a number, found the text { $text }; write it without quotes
domain-task-expected-number = `{ $key }` should be a number, found { $found }
domain-task-key-missing = `{ $key }` is missing
domain-task-expected-roles = `roles` should be a list of role ids, found { $found }
domain-task-minutes-unknown-key = `{ $key }` is not a key: minutes has low, likely and high
domain-task-expected-minutes = `minutes` should be {"{"}low, likely, high{"}"}, found { $found }
domain-task-expected-row = expected a task row (a map with description, roles, minutes, frequency, share and change), found { $found }
domain-task-unknown-key = unknown key `{ $key }`{ $hint }: a task row has { $keys }
domain-task-expected-change = `change` should be new or removed, found { $found }
domain-task-description-empty = `description` is empty: say what the task is
domain-task-description-too-long = `description` is { $count } characters; keep it under { $max } and put detail in the assumptions
domain-task-description-control-character = `description` contains the control character { $code }; remove it
domain-task-roles-empty = `roles` is empty: name at least one role
domain-task-unknown-role = `roles` has unknown role `{ $role }`: expected one of { $expected }
domain-task-role-twice = `roles` names `{ $role }` twice
domain-task-minutes-negative = `{ $key }` is { $value }: expected a number of minutes, 0 or more
domain-task-minutes-too-many = `{ $key }` is { $value }: more than { $max } minutes for one occurrence; check the unit (minutes, not hours or seconds)
domain-task-minutes-order = `minutes` must have low <= likely <= high, found low { $low }, likely { $likely }, high { $high }
domain-task-unknown-frequency = `frequency` `{ $frequency }` is not known: expected one of { $expected }
domain-task-bad-count = `count` is { $value }: expected a number of times per period, from 0 to { $max }
domain-task-bad-share = `share` is { $value }: expected a fraction from 0 to 1 (0.25 means a quarter of that role's staff)
domain-task-unknown-admin-task = `admin_task` `{ $id }` is not on the questionnaire's list of administrative tasks

## Files in general.
# After a list of the first few: "a, b, c and 4 more".
domain-and-more = and { $count } more
# What a file should hold, for "file is empty: expected { $what }".
domain-what-answers-file = an answers file with questionnaire, assessor and answers
