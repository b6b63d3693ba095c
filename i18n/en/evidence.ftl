### The evidence log: entries, the log file, reports, CSV, the form and the overlay.
### English (United Kingdom). Every id here must also exist in i18n/cy/evidence.ftl.
### Field names ($field) are the flag and CSV column names, the same in both languages.

## Checking an entry

evidence-field-missing = { $field }: missing; it is required
evidence-date-unreadable = date: `{ $given }` is not a date; write it as YYYY-MM-DD (or DD/MM/YYYY), for example 2026-11-20
evidence-date-future = date: { $date } is in the future; log work that has happened, dated { $today } or earlier
evidence-date-early = date: { $date } is before { $earliest }; check the year
evidence-too-long = { $field }: longer than { $max } characters; shorten it
evidence-unknown = { $field }: `{ $given }` is not one of the allowed values: { $allowed }
evidence-staff-not-whole = staff: `{ $given }` is not a whole number of people; give a number such as 3
evidence-staff-range = staff: { $given } is not allowed; give a number from 1 to { $max }
evidence-hours-unreadable = hours: `{ $given }` is not a number; give the hours for one person each time, such as 1.5
evidence-hours-range = hours: { $given } is not allowed; give more than 0 and at most { $max } hours for one person each time (log longer work as a more frequent entry)

## Reading the log

evidence-skipped-torn = { $file }:{ $line }: warning: the last entry is torn (it has no end of line): an append was interrupted. It was skipped; every other entry is kept
evidence-skipped-unreadable = { $file }:{ $line }: warning: not a readable entry ({ $why }): an append was interrupted or the file was edited. It was skipped; every other entry is kept

## CSV import

evidence-csv-header-unreadable = the header cannot be read: { $why }
evidence-csv-unknown-column = unknown column `{ $column }`; the columns are { $columns }
evidence-csv-missing-column = { $count ->
    [one] the column { $names } is missing
   *[other] the columns { $names } are missing
}; the columns are { $columns }
evidence-csv-row-unreadable = the row cannot be read: { $why }
evidence-csv-too-many-rows = more than { $max } rows; split the file
evidence-csv-too-many-cells = { $cells } cells, but the header has { $columns } columns; put cells that hold a comma in quotes
evidence-csv-bad-id = id: `{ $id }` is not an entry id (lower-case letters, digits, `-` or `_`, up to 64); leave it empty for a new entry
evidence-csv-repeated-id = id: `{ $id }` is on an earlier row too
evidence-csv-bad-created = created: `{ $given }` is not a time such as 2026-11-20T09:30:00+00:00; leave it empty for now

## Command line

evidence-error = error: { $message }
evidence-add-refused = nothing was logged ({ $count ->
    [one] one problem
   *[other] { $count } problems
}); the log is unchanged
evidence-bad-filter-date = --{ $flag }: `{ $given }` is not a date; write it as YYYY-MM-DD
evidence-bad-filter-choice = --{ $flag }: `{ $given }` is not one of the allowed values: { $allowed }
evidence-bad-range = --from { $from } is after --to { $to }; no entry could match
evidence-export-exists = { $file } already exists; choose another name, or pass --force to replace it
evidence-exported = { $count ->
    [one] one entry
   *[other] { $count } entries
} written to { $file }
evidence-import-row = { $file }:{ $line }: error: { $message }
evidence-import-refused = { $file }: nothing was imported ({ $count ->
    [one] one problem
   *[other] { $count } problems
}); correct the rows above and import again
evidence-imported = { $count ->
    [one] one entry
   *[other] { $count } entries
} imported into { $log }
evidence-import-already = { $count ->
    [one] one row was
   *[other] { $count } rows were
} already in the log (the same id) and left out

## Reports

evidence-report-title = Evidence of workload in schools
evidence-report-filter = Entries { $filter }
evidence-report-from = from { $date }
evidence-report-to = to { $date }
evidence-report-school = school { $name }
evidence-report-authority = local authority { $name }
evidence-report-cause = cause { $name }
evidence-report-nothing = No entries match.
evidence-report-entries = { $count ->
    [one] one entry
   *[other] { $count } entries
}
evidence-report-schools = { $count ->
    [one] one school
   *[other] { $count } schools
}
evidence-report-authorities = { $count ->
    [one] one local authority
   *[other] { $count } local authorities
}
evidence-report-staff = { $count ->
    [one] one member of staff
   *[other] { $count } staff
}
evidence-report-hours-year = { $hours } hours a year
evidence-report-hours-week = { $hours } hours a week for each member of staff
evidence-col-cause = cause
evidence-col-role = role
evidence-col-month = month
evidence-col-school = school
evidence-col-authority = local authority
evidence-col-policy = policy
evidence-col-entries = entries
evidence-col-schools = schools
evidence-col-staff = staff
evidence-col-hours-year = hours a year
evidence-col-hours-week = a week each
evidence-col-share = share
evidence-report-top = Top causes
evidence-report-trend = Trend by month
evidence-report-no-policy = (no policy named)
evidence-report-note = Hours a year = staff × hours each time × times a year (one-off 1, a term 3, a week 39, a year 1), summed over entries. "A week each" spreads those hours for each member of staff over { $weeks } school weeks.
evidence-report-note-roles = An entry naming several roles counts in each, so the roles add up to more than the total.

## The form (`wia log`) and the home screen

evidence-home-note = what causes workload in your school
evidence-form-title = Log evidence of workload
evidence-form-title-count = Log evidence of workload ({ $count ->
    [one] one entry logged
   *[other] { $count } entries logged
})
evidence-form-choose = choose
evidence-form-save = Log this entry
evidence-form-save-hint = Enter logs the entry. It is added to the log and never changed afterwards.
evidence-form-choice-hint = ← → or a letter to choose.
evidence-form-roles-hint = ← → to move, Space (or 1-5) to tick each role affected.
evidence-form-policy-hint = PgDn and PgUp pick the title of a saved assessment.
evidence-form-refused = ✗ Not logged: { $count ->
    [one] one problem
   *[other] { $count } problems
}. { $first }
evidence-form-logged = ✓ Logged entry { $id }. Log another, or Esc for the home screen.
evidence-form-not-logged = ✗ Not logged: { $why }. Your entry is still here; try again.
evidence-key-type = type in a text field
evidence-key-choose = change a choice (authority, cause, how often)
evidence-key-tick-role = tick or untick a role
evidence-key-saved-policy = on the policy: a saved assessment's title
evidence-key-next-then-log = next field; on the button, log the entry
evidence-key-log-now = log the entry now
evidence-key-change = change
evidence-key-log = log it
evidence-key-show-evidence = evidence logged by schools

## Evidence while estimating (the overlay over the task editor)

evidence-overlay-title = Evidence logged by schools
evidence-overlay-intro = { $count ->
    [one] One entry in the evidence log.
   *[other] { $count } entries in the evidence log.
} Hours are for one person, each time the work happens.
evidence-overlay-skipped = { $count ->
    [one] One line of the log could not be read and is left out (the command wia evidence report says why).
   *[other] { $count } lines of the log could not be read and are left out (the command wia evidence report says why).
}
evidence-overlay-policy = This policy: { $policy }
evidence-overlay-policy-none = No entries name this policy yet.
evidence-overlay-causes = By cause
evidence-overlay-empty = Nothing logged yet. Headteachers log evidence from the home screen (l), or with the command wia log.
evidence-overlay-figures = { $count ->
    [one] one entry
   *[other] { $count } entries
}: median { $median } h ({ $minutes } minutes), range { $min } to { $max } h; mostly { $frequency }
evidence-overlay-unreadable = ✗ The evidence log cannot be read: { $why }
evidence-help-saved-on-log = An entry is added to the log when you log it (Enter on the button, or Ctrl-S). Esc leaves the form, asking first when an entry is half typed.
evidence-overlay-cite-hint = ↑↓ choose a row; Enter cites it in this assessment: it ticks "workload evidence logged by headteachers" and adds the figures to the assumptions behind the estimates.
evidence-citation = [wia { $date }] Evidence log, { $subject }: { $figures }.
evidence-cited = ✓ Cited: ticked in "{ $basis }", figures added to "{ $assumptions }".
evidence-cite-already = Those figures are already cited in the assumptions.
evidence-cite-too-long = ✗ Not cited: the assumptions would be longer than { $max } characters.
evidence-cite-no-question = ✗ This questionnaire has no question to cite evidence in.
evidence-key-cite = cite it
evidence-overlay-this-policy = This policy
evidence-summary-heading = Evidence from schools

evidence-form-needs-terminal = the evidence form needs a terminal; for scripts use `wia log add` with a flag for each field (see `wia log add --help`)
evidence-overlay-task-match = The task "{ $task }" looks like { $cause }: listed first.
evidence-overlay-task-match-none = The task "{ $task }" looks like { $cause }, which has no entries yet.
evidence-overlay-task-no-match = No cause's name shares a word with the task "{ $task }".
evidence-form-leave-unlogged = This entry is not logged yet: Esc again leaves without it; Ctrl-S logs it.

# hardening: what wia writes out

evidence-control-character = { $field }: contains the control character { $code }, which could change what a terminal shows; remove it

# issue15: words
# The form on screen: $field is the question as the form shows it.
evidence-screen-problem = { $field }: { $problem }
evidence-screen-missing = this needs an answer
evidence-screen-date-unreadable = "{ $given }" is not a date; type it as YYYY-MM-DD (or DD/MM/YYYY), for example 2026-11-20
evidence-screen-date-future = { $date } is in the future; log work that has happened, dated { $today } or earlier
evidence-screen-date-early = { $date } is before { $earliest }; check the year
evidence-screen-too-long = longer than { $max } characters; shorten it
evidence-screen-unknown = "{ $given }" is not one of the choices; choose one with ← →
evidence-screen-staff-not-whole = "{ $given }" is not a whole number of people; type a number such as 3
evidence-screen-staff-range = { $given } is not allowed; type a number from 1 to { $max }
evidence-screen-hours-unreadable = "{ $given }" is not a number; type the hours for one person each time, such as 1.5
evidence-screen-hours-range = { $given } is not allowed; type more than 0 and at most { $max } hours for one person each time (log longer work as a more frequent entry)
evidence-screen-control-character = contains the control character { $code }; remove it

# issue18: evidence
evidence-skipped-too-long = { $file }:{ $line }: warning: the line is longer than { $max } bytes, so it is not an entry wia wrote. It was skipped; every other entry is kept
