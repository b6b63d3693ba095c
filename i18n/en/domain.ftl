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
domain-file-empty = file is empty: expected { $what }
domain-duplicate-key = duplicate key `{ $key }`: each key may appear once in a mapping
domain-file-too-big = file is larger than { $max } bytes; refusing to read it
domain-file-not-utf8 = not UTF-8 text (invalid byte at offset { $offset }); save the file as UTF-8
# A problem inside one field of a file. The words before the field's name are also used to
# find the field in the file, so keep the field name in backticks.
domain-in-field = in `{ $field }`: { $problem }
# How a message names a question; used to find the question in the file.
domain-question-marker = question `{ $id }`
domain-at-line-column = line { $line }, column { $column }: { $problem }
domain-and-more-problems = { $first } (and { $count } more problems)
domain-cannot-read-it = cannot read it: { $reason }
domain-what-record = an assessment record
domain-what-draft = a wia draft assessment
domain-what-config = wia settings

## Making a record from an answers file.
domain-build-wrong-questionnaire = the answers are for questionnaire `{ $wanted }`, but `{ $given }` was given
domain-build-no-assessor-name = the assessor's name is missing: give `name` under `assessor`
domain-build-no-assessor-organisation = the assessor's organisation is missing: give `organisation` under `assessor`
domain-build-unknown-role = unknown role `{ $role }`: expected one of { $expected }
domain-build-bad-headcount = headcount { $value } must be a number of staff from 0 to { $max }
domain-build-cannot-seal = the record cannot be sealed: { $why }
domain-digest-not-finite = `{ $path }` is { $number }, not a finite number
domain-digest-key-not-text = `{ $path }` has a key that is not text
domain-digest-tagged = `{ $path }` carries a YAML tag ({ $tag })

## Reading records.
domain-record-bad-schema-version = schema version { $version } is not one this wia reads (1 to { $supported }); a newer wia may read it
domain-record-bad-id = the record id should be up to 64 lower-case letters, digits, `-` or `_`
domain-record-bad-questionnaire-sha = expected the 64 hex digits of the questionnaire's SHA-256
domain-record-bad-digest = expected `sha256:` and 64 hex digits
# $reason is the date parser's own explanation.
domain-record-bad-time = `{ $text }` is not an RFC 3339 time with offset such as 2026-11-25T09:30:00+00:00 ({ $reason })
domain-record-other-questionnaire = record { $id } was made with questionnaire { $questionnaire } { $version } (sha256 { $sha }), not this one ({ $questionnaire } { $this_version }, sha256 { $this_sha }); figures may differ
domain-record-wrong-questionnaire = { $path } is questionnaire `{ $given }`, but record { $id } was made with `{ $wanted }`
domain-record-kept-questionnaire-changed = { $path } does not match its name: the kept questionnaire was changed; pass the right one with --questionnaire FILE
domain-record-questionnaire-not-found = record { $id } was made with questionnaire `{ $questionnaire }` { $version }, which is neither bundled nor kept in { $dir }; pass it with --questionnaire FILE
domain-record-too-big = the record would be { $size } bytes, more than the { $max } a record may hold; shorten the longest answers

## Drafts.
domain-draft-bad-id = the draft id should be up to 64 lower-case letters, digits, `-` or `_`
domain-draft-bad-version = draft version { $version } is not one this wia reads (only { $supported }); a newer wia may have written it
domain-draft-cannot-save-id = cannot save a draft with id `{ $id }`: an id is up to 64 lower-case letters, digits, `-` or `_`
domain-draft-too-big = the draft would be { $size } bytes, more than the { $max } a draft may hold; shorten the longest answers
domain-draft-not-an-id = `{ $id }` is not a draft id: an id is up to 64 lower-case letters, digits, `-` or `_`
domain-draft-id-mismatch = the draft's id `{ $inside }` does not match its file name `{ $file_id }.yaml`; rename the file to `{ $inside }.yaml` or correct the id
domain-draft-no-id = no draft id given
domain-draft-none-yet = no draft `{ $prefix }`: there are no drafts in { $dir } yet
domain-draft-not-found = no draft whose id starts with `{ $prefix }` in { $dir }
# $more is empty or a space and domain-and-more.
domain-draft-ambiguous = `{ $prefix }` starts { $count } draft ids ({ $ids }{ $more }); give more of the id

## Settings.
domain-config-ignored = { $reason }; the settings there are ignored
domain-config-warning = { $file }: warning: { $problem }
domain-config-unreadable = warning: the settings file cannot be read

## Questionnaire files (for their authors: `wia check`). Keys and operators in backticks,
## and type names such as single_choice, are the file's own and stay as they are.
domain-questionnaire-too-big = file is { $size } bytes; a questionnaire may be at most { $max } bytes
domain-what-questionnaire = a questionnaire with id, version, title, scoring and sections
# Follows a message about a duplicate, after a space.
domain-first-defined-at = (first defined at line { $line })
# Joins two names: "`all` and `any`".
domain-and = and
domain-condition-needs-kind = a condition needs one of `all`, `any`, `not`, `question`, `score` or `task`
domain-condition-one-kind = a condition takes only one of `all`, `any`, `not`, `question`, `score` or `task`, found { $found }
domain-condition-cannot-compare = `{ $kind }` cannot take a comparison (eq, ne, in, lt, le, gt, ge, answered); put it inside a `question` or `score` condition
domain-condition-role-needs-score = `role` belongs to a `score` condition
domain-condition-score-needs-comparison = `score` needs a comparison: one of eq, ne, in, lt, le, gt, ge
domain-condition-needs-comparison = `{ $kind }` needs a comparison: one of eq, ne, in, lt, le, gt, ge, answered
domain-condition-one-comparison = a condition takes one comparison, found { $found }; combine several with `all` or `any`
domain-condition-score-compares-number = a `score` condition compares a number: use eq, ne, in, lt, le, gt or ge
# Must contain domain-question-marker's words, so the question can be found in the file.
domain-question-needs = question `{ $id }` needs `{ $name }`
# $takes is empty, or a space and domain-question-takes.
domain-question-stray-key = `{ $key }` does not apply to question `{ $id }` of type { $kind }{ $takes }
domain-question-takes = (it takes { $keys })

## `wia check`: the rules a questionnaire's types cannot express.
# What a list holds, for domain-check-empty-id and domain-check-duplicate.
domain-check-what-role = role
domain-check-what-frequency = frequency
domain-check-what-band = band
domain-check-what-admin-task = administrative task
domain-check-what-section = section
domain-check-what-question-id = question id
domain-check-what-option-value = option value
domain-check-what-matrix-row = matrix row
domain-check-what-flag = flag
domain-check-empty-id = { $what } has an empty id
domain-check-duplicate = duplicate { $what } `{ $id }`
domain-check-bad-questionnaire-id = questionnaire id `{ $id }` should be lower-case letters, digits, `_` or `-`
domain-check-no-version = version is empty: give the questionnaire a version such as 1.0.0
domain-check-no-sections = a questionnaire needs at least one section
domain-check-not-positive = `{ $key }` is { $value }: it must be a number above 0
domain-check-no-frequencies = a questionnaire needs at least one frequency, or no task row can be scored
domain-check-no-roles = a questionnaire needs at least one role
domain-check-negative-headcount = headcount { $value } must be 0 or more
domain-check-negative-cost = hourly cost { $value } must be 0 or more
domain-check-bad-per-year = { $value } must be a number of times a year above 0
domain-check-no-bands = a questionnaire needs at least one band
domain-check-band-open = band `{ $id }` has no `below`; only the last band may be open-ended
domain-check-last-band-closed = the last band `{ $id }` must have no `below`: it catches every higher figure
domain-check-bands-out-of-order = bands out of order: `{ $id }` is below { $value }, not above the previous band's { $previous }
domain-check-empty-section = section `{ $id }` has no questions
domain-check-bad-question-id = question id `{ $id }` should be lower-case letters, digits, `_` or `-`
domain-check-task-list-id = the task list question must have id `tasks` (scoring reads it), not `{ $id }`
domain-check-one-task-list = only one task list question is allowed: scoring reads the one with id `tasks`
domain-check-two-options = question `{ $id }` needs at least two options
domain-check-option-no-value = option has no value: give it a short id such as `yes_partly`
domain-check-one-other = at most one option may be "other, please specify"
domain-check-scale-points = a scale needs at least two points
domain-check-scale-order = scale values must rise: { $value } follows { $previous }
domain-check-matrix-rows = a matrix needs at least one row
domain-check-min-above-max-selected = min_selected { $min } is above max_selected { $max }
domain-check-min-selected-too-many = min_selected { $min } is more than the { $count } options
domain-check-bad-max-selected = max_selected { $max } should be from 1 to the { $count } options
domain-check-min-above-max = min { $min } is above max { $max }
domain-check-suggested-outside = suggested value { $value } is outside min..max
domain-check-empty-list = `{ $key }` needs at least one condition
domain-check-empty-in = `in` needs at least one value; an empty list never matches
# Where a condition is, for the messages below ($place).
domain-check-place-section-show-if = a section's show_if
domain-check-place-show-if = show_if
domain-check-place-constraint = a constraint
domain-check-place-flag = flag `{ $id }`
domain-check-unknown-question = { $place } refers to unknown question `{ $id }`{ $hint }
domain-check-later-question = { $place } refers to `{ $id }`, which does not come before it; a condition may only read earlier questions
domain-check-score-operand = a score is a number of hours or FTE: compare it with a number, not { $found }
domain-check-score-outside-flags = { $place } cannot read scores: `score` conditions belong in flags
domain-check-task-outside-flags = { $place } cannot read task rows: `task` conditions belong in flags
domain-check-unknown-role = unknown role `{ $role }`
domain-check-unknown-frequency = unknown frequency `{ $frequency }`
domain-check-ordering-operand = `{ $operator }` compares numbers or dates, but `{ $id }` is a { $kind } question
domain-check-answered-only = a { $kind } question can only be tested with `answered`
domain-check-not-an-option = `{ $value }` is not an option of `{ $id }`: expected one of { $expected }
domain-check-cannot-compare = { $operand } cannot be compared with `{ $id }`: expected { $expected }
domain-check-expected-yes-no = yes or no
domain-check-expected-date = a date written YYYY-MM-DD
domain-check-expected-scale = a number on the scale
domain-check-expected-number = a number (written without quotes)
domain-check-expected-text = text
domain-check-missing-welsh = { $missing } of { $total } texts have no Welsh (cy) translation yet; English is shown in their place

## The YAML reader's own explanations. English keeps the reader's words; these say them in
## other languages. $name is a quoted field name or value; $expected what was expected.
domain-yaml-missing-field = missing field { $name }
domain-yaml-duplicate-field = duplicate field { $name }
domain-yaml-unknown-field = unknown field { $name }, expected { $expected }
domain-yaml-unknown-variant = unknown variant { $name }, expected { $expected }
domain-yaml-invalid-type = invalid type: { $name }, expected { $expected }
domain-yaml-invalid-value = invalid value: { $name }, expected { $expected }
domain-yaml-one-of = one of { $list }
domain-yaml-or = or
# The same words as the `expecting` of each type in the source: "expected { $expected }".
domain-expecting-answers-file = an answers file: questionnaire (or questionnaire_file), assessor {"{"}name, organisation{"}"}, optional headcounts and answers
domain-expecting-assessor = the assessor as {"{"}name, organisation{"}"}
domain-expecting-questionnaire-ref = the questionnaire as {"{"}id, version, sha256{"}"}
domain-expecting-record = an assessment record
domain-expecting-draft = a wia draft assessment
domain-expecting-questionnaire = a questionnaire with id, version, title, sections and, for an assessment, scoring
domain-expecting-scoring = a scoring block with school_weeks_per_year, directed_hours_per_fte, roles, frequencies, bands and flags
domain-expecting-text = a text in each language, such as {"{"}en: Teachers, cy: Athrawon{"}"}

# hardening: safe reading
domain-file-is-link = it is a symbolic link; wia reads the data folder's files only directly, never through a link
domain-folder-is-link = the folder holding it is a symbolic link; wia never reads the data folder through a link
domain-not-regular-file = not a regular file but { $kind ->
    [fifo] a FIFO (named pipe)
    [socket] a socket
    [device] a device
    [link] a symbolic link
   *[other] something else
}; wia reads only regular files
domain-file-name-not-utf8 = the file name is not UTF-8 text, so no id can name it; rename the file
domain-yaml-too-deep = nested deeper than { $max } levels; no wia file needs so many, so the file is refused
domain-yaml-too-many-aliases = more than { $max } aliases (`*name`); the file is refused
domain-yaml-too-many-values = more than { $max } values; no wia file holds so many, so the file is refused
domain-yaml-second-document = a second YAML document starts here; a wia file holds one document
domain-yaml-run-too-long = more than { $max } characters go by here without a complete value: no text, comment or bracketed list ([...] or {"{"}...{"}"}) in a wia file is so long, so the file is refused

# hardening: races and partial writes
draft-held = draft { $id } is open in another wia: { $user } on { $host } (process { $pid }) since { $since }
draft-held-unknown = unknown
draft-held-not-written = { $held }; this copy was not saved. Close it there first, or open it read-only.

# hardening: platforms
store-file-in-use = another program has it open, so Windows would not replace it (wia tried for a second); close it there and try again
store-file-in-use-or-read-only = Windows would not replace it: another program has it open, or it is read-only, or you may not change its folder (wia tried for a second); close it there and try again

# hardening: signatures
domain-sign-allowed-line-skipped = { $file }:{ $line }: warning: this trusted-signer line is left out: { $why }
domain-sign-allowed-option = wia does not check the option { $option } (certificates and validity dates are not supported), so it trusts nobody on this line
domain-sign-allowed-no-key = expected NAME[,NAME...] [namespaces="..."] ssh-ed25519 KEY
domain-sign-bad-principal = `{ $principal }` cannot be a signer's name: use one word with no spaces, commas, quotes, * or ? (an email address works well)
domain-sign-not-a-private-key = { $file } is not an OpenSSH private key (it should begin -----BEGIN OPENSSH PRIVATE KEY-----)
domain-sign-needs-passphrase = { $file } is protected by a passphrase and there is no terminal to ask for it; set WIA_KEY_PASSPHRASE to the passphrase
domain-sign-wrong-passphrase = the passphrase for { $file } is not right
domain-sign-not-a-public-key = `{ $text }` is not an OpenSSH public key (it should look like ssh-ed25519 AAAA...)
domain-sign-private-not-public = { $file } is a private key: give the public key (the .pub file) instead, and never share the private one
domain-sign-not-ed25519 = { $file } is a { $algorithm } key; wia signs and checks ed25519 keys only (make one with ssh-keygen -t ed25519, or `wia keys new`)

# signatures: status in a few words
domain-sig-words-unsigned = unsigned
domain-sig-words-trusted = signed by { $who } (trusted)
domain-sig-words-untrusted = signed by a key you do not trust ({ $fingerprint })
domain-sig-words-mismatch = BAD SIGNATURE: the file was changed after it was signed
domain-sig-words-namespace = BAD SIGNATURE: made for { $found }, not for this file
domain-sig-words-unreadable = signature cannot be read: { $why }
# hardening: revisions
## Revising a final record (`wia revise`, then `wia new --from-draft ID --reason TEXT`).
domain-revision-no-reason = the reason for the revision is empty
domain-revision-reason-too-long = the reason is { $count } characters long; at most { $max } are kept
domain-revision-bad-link = `revises` should name a record by its id and digest, as `wia revise` writes it
domain-revision-not-final = a revision is always final: finalise it without --draft
domain-revision-reason-needed = this assessment revises record { $id }: say why with --reason "…" (a revision is never finalised without a reason)
domain-revision-predecessor-missing = the record this revises, { $id }, is not in { $dir }
domain-revision-predecessor-changed = record { $id } has changed since this revision was started, or another file has taken its place: a revision must name exactly the record it replaces
domain-revision-predecessor-draft = record { $id } is a draft: only a final record can be revised
domain-sign-agent-failed = the ssh-agent holding your key did not sign ({ $why }); if it asks you to confirm each use, confirm it, or remove the key from the agent (ssh-add -d) so wia asks for its passphrase

# hardening: sync
domain-device-no-settings = there is no settings folder to keep this computer's device id in (set WIA_CONFIG_DIR)

# issue15: words
# Problems worded for the interface (answers::Reader::Screen): the question is named
# above the message, so the message says what to do with the keys at hand; never an id,
# a key of the answers file or its syntax. $field is the task editor's own label.
screen-answers-required = this question needs an answer
screen-answers-wrong-type = this answer does not fit the question: answer it again
screen-answers-chosen-twice = "{ $option }" is chosen twice: untick it with Space
screen-answers-ranked-twice = "{ $option }" is ranked twice: press Space to keep the order shown
screen-answers-not-an-option = "{ $value }" is not one of the options: choose one with Space
screen-answers-not-on-scale = { $value } is not a point on the scale: choose one with Space
screen-answers-no-such-row = an answer is kept for a row this question does not have: choose a point on each row shown
screen-answers-row-unanswered = "{ $row }" is not answered: choose a point on its row
screen-answers-other-not-taken = "{ $option }" takes no words of its own: choose it again to clear them
screen-answers-other-needed = "{ $option }" needs words: with the cursor on it, type what you mean after the colon
screen-task-description-empty = { $field }: say what the task is
screen-task-description-too-long = { $field }: { $count } characters; keep it under { $max } and put detail in the assumptions
screen-task-control-character = { $field }: contains the control character { $code }; remove it
screen-task-roles-empty = { $field }: tick at least one role
screen-task-unknown-role = { $field }: one role is not in this questionnaire; tick the roles again
screen-task-role-twice = { $field }: { $role } is ticked twice
screen-task-minutes-negative = { $field }: { $value } is not a number of minutes; type 0 or more
screen-task-minutes-too-many = { $field }: { $value } is more than { $max } minutes for one person doing it once; check the unit (minutes, not hours or seconds)
screen-task-minutes-order = { $low } must not be more than { $likely }, nor { $likely } more than { $high }
screen-task-unknown-frequency = { $field }: choose one from the list
screen-task-bad-count = { $field }: { $value } is not a number of times each period from 0 to { $max }
screen-task-bad-share = { $field }: { $value }% is not a share from 0 to 100
screen-task-unknown-admin-task = { $field }: this task is not on the questionnaire's list; choose one from it or none
# wia score: a final record's stored results against the results worked out again. Ids
# stay: the reader compares them with the record file.
domain-compare-rating = rating: stored { $stored }, recomputed { $now }
domain-compare-basis = rating basis: stored { $stored_role } at { $stored_hours } h a week, recomputed { $now_role } at { $now_hours }
domain-compare-basis-one-side = rating basis: present in one and not the other
domain-compare-figure = { $role } { $measure }: stored expected { $stored }, recomputed { $now }
domain-compare-per-person-year = per person per year
domain-compare-per-person-week = per person per week
domain-compare-system-year = system hours per year
domain-compare-fte = FTE
domain-compare-role-stored-only = role { $role } is stored but not recomputed
domain-compare-role-now-only = role { $role } is recomputed but not stored
domain-compare-flags = flags: stored [{ $stored }], recomputed [{ $now }]
# issue15: review
domain-answer-no-such-date = there is no such date as { $found }: check the day and the month
# issue16: portfolio
portfolio-term-autumn = { $year } autumn
portfolio-term-spring = { $year } spring
portfolio-term-summer = { $year } summer
portfolio-heading = Cumulative workload. Policies on the timeline: { $policies }; terms: { $terms }.
portfolio-none = No record gives an intended start date, so there is no timeline to show.
portfolio-method = Hours a week for each role: the average per member of the role, and for one person who does all of it. Each is the expected figure, with the low to high range in brackets. Policies are listed largest first by the average.
portfolio-range = { $expected } ({ $low } to { $high })
portfolio-starting = Starting this term: { $policies }
portfolio-role-line = { $role }: average { $average }; one person { $one }
portfolio-flags-heading = Flags
portfolio-drafts-heading = Drafts included (their figures may still change)
portfolio-phased-heading = Phased in, but counted in full from the start: the questionnaire does not ask when each phase begins
portfolio-undated-heading = Not on the timeline: no intended start date
portfolio-beyond-heading = Starting after the timeline's last term (it shows at most { $terms } terms)
portfolio-draft-title = “{ $title }” (draft)
portfolio-skipped = { $file }: left out of the cumulative workload: { $why }
portfolio-flag-cumulative = { $term }, { $role }: together the policies add { $hours } hours a week for one person who does all of it, in the { $band } band. Look at moving or mitigating the largest.
portfolio-flag-significant-together = { $term }: significant changes to accountability, curriculum or qualifications start in the same term ({ $count }): { $policies }.
portfolio-flag-summer-start = { $term }: { $policy } starts in the summer term, when schools are planning the next year's staffing, timetable and directed time.
portfolio-flag-mid-year = { $term }: { $policy } starts part-way through the school year, after { $others } started earlier in the same year.
portfolio-role-line-short = average { $average }; one person { $one }
portfolio-doc-title = Cumulative workload
portfolio-doc-term = Term
portfolio-doc-one-person = Hours a week for one person who does all of it (expected, with low to high)
portfolio-doc-average = Average hours a week per member of the role (expected)
portfolio-doc-by-term = By term: one person (average per member), hours a week
portfolio-doc-largest = Largest policies
portfolio-doc-table-note = The chart shows each role's figure for one person who does all of it; the table gives the average per member in brackets.
portfolio-doc-flag-line = { $band } from { $hours }

# survey: questionnaires without scoring, anonymous responses
survey-check-task-list-needs-scoring = `{ $id }` is a task list, which only a questionnaire with a `scoring` block can work out: add the scoring block, or ask with another type of question
survey-build-anonymous-assessor = this questionnaire's responses are anonymous, so the answers file must not name anyone: remove `assessor`
survey-portfolio-skipped = a survey's response, with no hours to add up

# lead: drafts counted
domain-draft-questionnaire-unknown = the questionnaire { $id } it was begun with is neither bundled nor kept in the data folder
# surveyformat: matrix row conditions, points that are not numbers, full rankings, answers that no longer apply
domain-condition-row-needs-question = `row` belongs to a `question` condition on a matrix question
domain-check-row-not-matrix = `row` reads one row of a matrix, but `{ $id }` is a { $kind } question
domain-check-no-such-row = `{ $row }` is not a row of `{ $id }`: its rows are { $rows }{ $hint }
domain-check-not-a-code = `{ $value }` is not a point of `{ $id }`: its points are { $codes }
domain-check-what-scale-code = scale code
domain-check-scale-uncounted-number = `counts: false` marks a point that is not a number, but this point's value is the number { $value }: give it a code such as dont_know
domain-check-scale-code-counts = `{ $code }` is not a number: a point that is not a number (such as "Don't know") says `counts: false`
domain-check-scale-bad-code = `{ $code }` cannot be a point's code: use lowercase letters, digits, _ and -, and not a number
# $left lists the option values not yet ranked.
domain-answers-rank-all = `{ $id }` ({ $question }) must rank all { $count } options; { $ranked } ranked, still to rank: { $left }
screen-answers-rank-all = every option must be ranked: { $ranked } of { $count } so far; still to rank: { $left }
domain-answers-no-longer-applies = `{ $id }` ({ $question }) is answered but no longer applies given the other answers; the answer is kept but not used

# The YAML reader's own words for what it could not read (yaml-rust2's, kept the same by
# hand): src/yaml_syntax.rs finds them by their English to say them in another language.
domain-yaml-syntax-while-flow-sequence = while parsing a flow sequence
domain-yaml-syntax-while-flow-mapping = while parsing a flow mapping
domain-yaml-syntax-while-block-mapping = while parsing a block mapping
domain-yaml-syntax-while-block-collection = while parsing a block collection
domain-yaml-syntax-while-node = while parsing a node
domain-yaml-syntax-while-node-short = while parsing node
domain-yaml-syntax-while-anchor = while parsing anchor
domain-yaml-syntax-while-quoted = while parsing a quoted scalar
domain-yaml-syntax-while-scanning-quoted = while scanning a quoted scalar
domain-yaml-syntax-while-block-scalar = while scanning a block scalar
domain-yaml-syntax-while-plain-scalar = while scanning a plain scalar
domain-yaml-syntax-while-tag = while parsing a tag
domain-yaml-syntax-while-scanning-tag = while scanning a tag
domain-yaml-syntax-while-anchor-or-alias = while scanning an anchor or alias
domain-yaml-syntax-expected-comma-bracket = expected ',' or ']'
domain-yaml-syntax-expected-comma-brace = did not find expected ',' or '{"}"}'
domain-yaml-syntax-expected-key = did not find expected key
domain-yaml-syntax-expected-dash = did not find expected '-' indicator
domain-yaml-syntax-expected-content = did not find expected node content
domain-yaml-syntax-expected-document = did not find expected <document start>
domain-yaml-syntax-mapping-values = mapping values are not allowed in this context
domain-yaml-syntax-mapping-keys = mapping keys are not allowed in this context
domain-yaml-syntax-sequence-entries = block sequence entries are not allowed in this context
domain-yaml-syntax-expected-colon = could not find expected ':'
domain-yaml-syntax-simple-key-colon = simple key expect ':'
domain-yaml-syntax-eof = unexpected eof
domain-yaml-syntax-end-of-stream = found unexpected end of stream
domain-yaml-syntax-indentation = invalid indentation
domain-yaml-syntax-indentation-quoted = invalid indentation in quoted scalar
domain-yaml-syntax-indentation-flow = invalid indentation in flow construct
domain-yaml-syntax-block-scalar-indent = wrongly indented line in block scalar
domain-yaml-syntax-tab-indent = tab cannot be used as indentation
domain-yaml-syntax-tabs-block = tabs disallowed within this context (block indentation)
domain-yaml-syntax-tabs = tabs disallowed in this context
domain-yaml-syntax-escape = found unknown escape character
domain-yaml-syntax-unknown-anchor = found unknown anchor
domain-yaml-syntax-duplicate-anchor = found duplicated anchor
domain-yaml-syntax-after-quoted = invalid trailing content after double-quoted scalar
domain-yaml-syntax-comment-space = comments must be separated from other tokens by whitespace
domain-yaml-syntax-unexpected-char = unexpected character: { $char }
domain-yaml-syntax-other = { $words }
