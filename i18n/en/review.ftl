### Review mode: the list of saved assessments, a record in full, comparisons and responses.
### English (United Kingdom). Every id here must also exist in i18n/cy/review.ftl.

## Integrity and status, as a person reads them.
review-state-intact = intact
review-state-draft = draft
review-state-altered = ALTERED
review-state-unreadable = unreadable
review-status-final = final
review-status-draft = draft
review-altered-mismatch = the content does not match its digest
review-altered-no-digest = it carries no digest
review-altered-undigestible = it cannot be digested ({ $why })
review-altered-renamed = the file is named { $file } but holds record { $holds }
review-and-more = { $text } (and { $more } more)
review-words-intact = The content matches the digest it was saved with.
review-words-draft = A draft: its content matches its digest, but answers and figures may still change.
review-words-altered = Changed after it was saved: { $why }. Do not rely on it.
review-words-unreadable = Cannot be read: { $why }.
review-position-support = support
review-position-support_with_changes = support with changes
review-position-oppose = oppose

## Column headings of the list.
review-col-id = ID
review-col-title = TITLE
review-col-area = AREA
review-col-assessor = ASSESSOR
review-col-date = DATE
review-col-status = STATUS
review-col-rating = RATING
review-col-hours = H/WEEK
review-col-integrity = INTEGRITY

## Command-line output.
review-cli-unreadable = { $file }: cannot be read: { $why }
review-cli-none = No records match.
review-cli-exported = Wrote { $count ->
    [one] 1 record
   *[other] { $count } records
} to { $file }.
review-cli-export-in-records = { $file } is inside the records folder; write the export somewhere else
review-cli-needs-terminal = `wia review` needs a terminal; for scripts use `wia list`, `wia show ID`, `wia diff A B` and `wia respond ID --response FILE`
review-cli-warning = warning: { $text }
review-cli-altered = warning: record { $id } was changed after it was saved ({ $why }); see `wia verify`
review-cli-stored = Response stored; record { $id } was not changed.

## A record in Markdown (`wia show`).
review-md-integrity = Integrity: **{ $state }**. { $words }
review-md-note = Note: { $note }
review-md-answers = Answers
review-md-tasks = Tasks
review-md-no-tasks = No tasks.
review-md-task = ({ $change }): { $low } / { $likely } / { $high } minutes (low / likely / high), { $frequency }, x{ $count }, share { $share }; { $hours } hours a year across Wales
review-md-task-role = { $person } hours a year per person, { $people } people, { $hours } hours a year
review-md-responses = Responses
review-md-response = { $name }, { $organisation }: { $position } ({ $file })
review-md-response-unreadable = { $file }: cannot be read: { $why }
review-md-response-stale = made to an earlier version of this record: its digest differs
review-md-alt-task = task { $n }
review-md-alt-minutes = { $low } / { $likely } / { $high } minutes (assessment: { $was })
review-md-alt-share = share { $share } (assessment: { $was })
review-md-what-if = what if: rating { $before } → { $after }; hours a week per person: { $roles }; hours a year across Wales: { $system }

## A comparison (`wia diff`).
review-diff-heading = Comparing record { $a } (before) with { $b } (after)
review-diff-same = No differences in answers, tasks or figures.
review-diff-rating = Rating: { $before } → { $after }
review-diff-flags-added = Flags now raised: { $flags }
review-diff-flags-removed = Flags no longer raised: { $flags }
review-diff-roles = Expected hours a week per person, before → after (change) · hours a year across Wales:
review-diff-answers = { $count ->
    [one] 1 answer differs:
   *[other] { $count } answers differ:
}
review-diff-tasks = { $count ->
    [one] 1 task differs:
   *[other] { $count } tasks differ:
}
review-diff-task-added = task { $n } added: { $what }
review-diff-task-removed = task { $n } removed: { $what }
review-diff-task-changed = task { $a } → { $b }: { $what }

## Checking a response.
review-response-version = response version { $found } is not one this wia reads ({ $known })
review-response-record-altered = record { $id } was changed after it was saved ({ $why }); a response can only be made to a record that is intact
review-response-digest-differs = the digest does not match record { $id }: it is now { $digest }; read the record again (`wia show { $id }`) and respond to what it says now
review-response-empty = `{ $key }` is empty
review-response-too-long = `{ $key }` is longer than { $max } characters
review-response-target = `{ $on }`: expected general, flag:ID, task:N or section:ID
review-response-no-flag = no flag `{ $flag }` was raised on this record; raised: { $raised }
review-response-no-task = there is no task { $task } in record { $id }: it has { $count ->
    [one] 1 task
   *[other] { $count } tasks
}, counted from 1
review-response-no-section = no section `{ $section }` in the questionnaire; sections: { $sections }
review-response-task-twice = task { $task } already has an alternative above
review-response-alternative-empty = give `minutes` (low, likely, high) or `share`, or both
review-response-minutes-range = minutes must be numbers from 0 to { $max }
review-response-minutes-order = expected low ≤ likely ≤ high, found { $low } / { $likely } / { $high }
review-response-share-range = share { $share } must be from 0 to 1 (0.5 is half the staff)
review-response-too-many = more than { $max } alternatives
review-response-bad-id = `{ $id }` is not a record id
review-response-other-record = this response is for record `{ $named }`, not { $id }; respond to the record it names, or correct `record`

## The full-screen review: the table of records.
review-tui-home-note = browse, compare, respond
review-tui-heading = Saved assessments: { $shown } of { $total } · status { $status } · rating { $rating } · sort { $sort }
review-tui-all = all
review-tui-search = search titles and answers:
review-tui-loading = Reading the records…
review-tui-empty = No records yet in { $dir }/records.
review-tui-none-match = No records match: s and r change the filters, / the search.
review-tui-untitled = (untitled)
review-tui-unreadable = ✗ { $file } cannot be read: { $why }
review-tui-marked = Record { $id } marked: open another and press c to compare.
review-tui-mark-first = Mark one record with m, then press c on another to compare them.
review-tui-cannot-open = ✗ The record cannot be opened: { $why }
review-tui-cannot-compare = ✗ The records cannot be compared: { $why }
review-tui-saved = ✓ Response stored in { $file }; the record was not changed.
review-tui-not-saved = ✗ The response was not stored: { $why }
review-tui-draft-kept = Your response is kept: open the record again and press a.
review-tui-no-responses = No responses yet: press a to write one.

## Keys of review mode: the help lists (review-key-*), the status line (review-hint-*).
review-key-move = move between records
review-key-open = read the record under the cursor
review-key-search = search titles and answers as you type
review-key-search-done = done searching: back to the list
review-key-search-clear = clear the search
review-key-status = filter by status: all, final, draft, altered, unreadable
review-key-rating = filter by rating, band by band
review-key-sort = sort by column 1 to 9 (id, title, area, assessor, date, status, rating, hours, integrity); again to reverse
review-key-mark = mark the record as the first of a comparison
review-key-compare = compare the marked record with this one
review-key-reload = read the records again
review-key-home = home screen
review-key-help = this help
review-key-scroll = scroll
review-key-ends = top or end
review-key-respond = respond to this record (your response is its own file; the record is never changed)
review-key-back = back to the list
review-key-next-field = next or previous field
review-key-targets = choose what to comment on (the record, a flag, a task, a section)
review-key-position = change your position: support, support with changes, oppose
review-key-type = type a comment, or alternative minutes and share for a task
review-key-save = check and store the response
review-key-back-keep = back to the record (what you typed is kept)
review-hint-move = move
review-hint-open = read
review-hint-search = search
review-hint-filter = filter
review-hint-sort = sort
review-hint-compare = compare
review-hint-home = home
review-hint-scroll = scroll
review-hint-respond = respond
review-hint-back = back
review-hint-help = help
review-hint-next = next field
review-hint-choose = choose
review-hint-save = store

## Comparing two records on screen.
review-cmp-record = Record
review-cmp-integrity = Integrity
review-cmp-rating = Rating
review-cmp-before = Before: { $id }
review-cmp-after = After: { $id }
review-cmp-weekly = Expected hours a week per person
review-cmp-system = Expected hours a year across Wales
review-cmp-flags = Flags
review-cmp-flags-added = now raised
review-cmp-flags-removed = no longer raised
review-cmp-task = task { $a } → { $b }
review-cmp-task-added = task { $n } added
review-cmp-task-removed = task { $n } removed

## Writing a response on screen.
review-rsp-name = Your name
review-rsp-organisation = Organisation
review-rsp-position = Position
review-rsp-about = Comment on
review-rsp-general = The assessment as a whole
review-rsp-flag = Flag: { $words }
review-rsp-task = Task { $n }: { $what }
review-rsp-section = Section: { $title }
review-rsp-comment-on = Comment on:
review-rsp-no-comment = (no comment; Tab here to write one)
review-rsp-low = low
review-rsp-likely = likely
review-rsp-high = high
review-rsp-share = share
review-rsp-what-if = What if: their figures and yours
review-rsp-per-week = Hours a week per person
review-rsp-theirs = theirs
review-rsp-yours = yours
review-rsp-who = Give your name and organisation: a response says who made it.
review-rsp-bad-figures = These alternative figures are not numbers of 0 or more: { $tasks }

## `--help` of the review commands (read by src/cli/help.rs). The English must say exactly
## what the doc comments in src/cli/review_cmd.rs say.
cli-help-review-about = Browse, read, compare and respond to saved assessments in the full-screen interface
cli-help-list-about = List the records in the data directory, with their integrity
cli-help-list-long-about =
    List the records in the data directory, with their integrity

    Files that cannot be read are listed too, with the reason. Exit 0 whatever the records' state; `wia verify` checks one record with an exit code.
cli-help-list-arg-status = Only records with this status (final, draft) or integrity (intact, altered, unreadable)
cli-help-list-arg-rating = Only records with this rating (a band id such as moderate, or its label)
cli-help-list-arg-search = Only records whose title or answers contain every word of TEXT (any case)
cli-help-list-arg-sort = Sort by this column (newest first for date, largest first for hours and rating)
cli-help-show-about = Show a record in full: integrity, summary, every answer, the per-task breakdown
cli-help-diff-about = Compare two records: answers, task estimates, each role's figures and the rating
cli-help-diff-arg-a = The earlier record (file, id or unique start of an id)
cli-help-diff-arg-b = The later record
cli-help-respond-about = Check and store a reviewer's response to a record; the record is never changed
cli-help-respond-long-about =
    Check and store a reviewer's response to a record; the record is never changed

    The response file names the record's id and digest, the reviewer, a position (support, support_with_changes, oppose), comments and alternative estimates; see examples/response.yaml. It is stored under responses/ in the data directory.
cli-help-respond-arg-response = The response file (YAML)
cli-help-export-about = Write every record as one CSV row, for spreadsheets; or, with --answers, every response's answers
cli-help-export-arg-csv = The CSV file to write (with --answers, standard output when left out)
cli-help-value-s = S
cli-help-value-r = R
cli-help-value-sort = SORT
cli-help-value-a = A
cli-help-value-b = B

# signatures: shown with a record and its responses
review-md-signature = Signature: { $words }
# hardening: revisions
review-col-revision = REV
# The revision column of `wia list`: which revision a record is ($n), and a marker.
review-rev-replaced = { $n } old
review-rev-fork = { $n } fork
review-rev-gap = { $n } gap
review-cli-chain-problem = revision chain: { $problem }
review-chain-missing = record { $id } revises { $predecessor }, which is not in the records folder
review-chain-changed = record { $id } revises { $predecessor }, but that file is no longer the record that was revised
review-chain-fork = record { $predecessor } was revised more than once, by { $successors }: the chain forks, and each branch is listed as the latest
review-history-heading = History of “{ $title }”: { $count ->
    [one] one record
   *[other] { $count } records
}, oldest first
review-history-step = { $n }. { $id } · { $when } · { $name }, { $organisation } · { $state }
review-history-first = The first record.
review-history-revises = Revises { $id }. Reason: { $reason }
review-history-cannot-open = { $id } cannot be opened: { $why }
review-show-replaced = This record has been replaced by { $by }: it is not the latest. Run wia show { $first } for the newer one, or wia history { $id } for every revision.
review-show-responses-on = { $id } ({ $count })
review-show-earlier-responses = Responses exist on earlier revisions: { $list }. Each answers the revision it names, not this one.
cli-help-list-arg-all = Every revision of every assessment, not only the latest of each
cli-help-history-about = Show a record's revisions, oldest first: who, when, why, and what changed at each

# hardening: list signatures
review-col-signature = SIGNATURE
review-sig-untrusted = UNKNOWN KEY
review-sig-unsigned = unsigned
review-sig-bad = BAD SIGNATURE
review-sig-bad-summary = BAD (summary)
review-sig-unreadable = UNREADABLE
review-sig-summary-unsigned = NOT SIGNED, although its record is
review-sig-with-summary = { $record }; summary: { $summary }
# hardening: revisions in review mode
review-key-all-revisions = every revision of each assessment, or only the latest
review-hint-all-revisions = revisions
review-key-revise = revise this record: a new draft from every answer, the record stays as it is
review-hint-revise = revise
review-tui-showing-all = Showing every revision of each assessment (v for the latest only).
review-tui-showing-latest = Showing the latest revision of each assessment (v for every revision).
review-tui-old-revision = ⚠ OLD REVISION: replaced by { $by }. It is not the latest.
review-tui-cannot-revise = ✗ Cannot revise: { $why }
review-tui-response-signed = Signed with key { $fingerprint }.
review-tui-response-not-signed = ✗ The response is stored but NOT SIGNED: { $why }
review-tui-response-skipped = The response is stored but NOT SIGNED: no passphrase was given.

# issue15: review
review-col-signature-short = SIG
review-key-sort-numbered = sort by the column whose heading shows that number; again to reverse

# hardening: drafts15 (the response form in its own words)
review-rsp-comment-field = The comment on { $about }
review-rsp-screen-refused = { $field } { $why }.
review-rsp-screen-too-long = { $field } is longer than { $max } characters: shorten it.
review-rsp-screen-minutes-range = { $task }: your minutes must be from 0 to { $max }.
review-rsp-screen-minutes-order = { $task }: your minutes must go low ≤ likely ≤ high; they are { $low } / { $likely } / { $high }.
review-rsp-screen-share-range = { $task }: your share must be from 0 to 1 (0.5 is half the staff); it is { $share }.
review-rsp-screen-record-changed = The record was saved again after you opened it, so this response was not saved. Go back to the table (Esc), open the record again and respond to what it says now.
# hardening: progress
review-reading = Reading records: { $done } of { $total }…
review-tui-still-reading = Still reading the records: a record opens once they are all read.
# surveyformat: answers that no longer apply
review-md-no-longer-apply = Answers that no longer apply
review-md-no-longer-apply-why = Kept in the record but not used: given the other answers, these questions do not apply.
