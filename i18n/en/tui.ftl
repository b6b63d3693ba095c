### The full-screen interface: screens, key hints, help, notices.
### English (United Kingdom). Every id here must also exist in i18n/cy/tui.ftl.

## Keys: what each key does, in the help overlay (long) and the status line (short).

key-move = move
key-choose = choose
key-new-assessment = new assessment
key-quit = quit
key-help = help
key-next-or-previous-field = next or previous field
key-next-field-then-start = next field, then start
key-back-to-the-home-screen = back to the home screen
key-next-or-previous-question = next or previous question
key-next-or-previous-section = next or previous section
key-move-in-a-list-else = move in a list; else previous or next question
key-choose-or-tick-the-option = choose or tick the option under the cursor
key-choose-and-go-on-open = choose and go on; open the task list
key-choose-option-or-scale-point = choose option or scale point by number
key-change-a-matrix-rows-rating = change a matrix row's rating
key-move-a-ranked-item-up = move a ranked item up or down
key-clear-the-answer = clear the answer
key-yes-or-no = yes or no
key-review-every-answer-then-finalise = review every answer, then finalise
key-score-breakdown-why-the-figures = score breakdown: why the figures are what they are
key-problems-that-stop-finalising = problems that stop finalising
key-save-the-draft-now-it = save the draft now (it saves on every change anyway)
key-home-screen-the-draft-is = home screen (the draft is kept)
key-quit-the-draft-is-kept = quit (the draft is kept)
key-this-help-only-outside-text = this help (? only outside text fields)
key-move-between-rows = move between rows
key-add-a-row = add a row
key-edit-the-row = edit the row
key-duplicate-the-row = duplicate the row
key-delete-the-row-asks-first = delete the row (asks first)
key-back-to-the-question = back to the question
key-score-breakdown = score breakdown
key-edit-a-text-or-figure = edit a text or figure field
key-change-a-choice-how-often = change a choice (how often, new or removed, admin task); move among roles
key-tick-or-untick-the-role = tick or untick the role under the cursor
key-done-with-this-row = done with this row
key-move-between-answers = move between answers
key-edit-the-answer-under-the = edit the answer under the cursor
key-finalise-write-the-record-and = finalise: write the record and summary
key-back-to-the-questions = back to the questions
key-home-screen = home screen
key-scroll-or-move = scroll or move
key-go-to-the-problem-under = go to the problem under the cursor
key-close = close
key-delete-the-row = delete the row
key-keep-it = keep it
key-go-there = go there
key-scroll = scroll
key-next-field = next field
key-start = start
key-back = back
key-next = next
key-section = section
key-review = review
key-why = why
key-home = home
key-change = change
key-tick-role = tick role
key-done = done
key-add = add
key-edit = edit
key-duplicate = duplicate
key-delete = delete
key-finalise = finalise
key-problems = problems
key-switch-language = switch to Cymraeg (Welsh) at once, keeping your place
key-type-letters = type

## Overlays: help, score breakdown, problems, confirmation.

overlay-help-title = Keys on this screen
overlay-breakdown-title = Score breakdown
overlay-problems-title = What stops finalising · Enter goes there
overlay-esc-closes = Esc closes
help-saved-always = Every change is saved to a draft at once: quitting never loses work.
notice-row-deleted = Row { $row } deleted.
confirm-title = Confirm
confirm-delete-row = Delete row { $row }?
confirm-keep = keep
problems-none = ✓ Nothing stops finalising.
change-new = new
change-removed = removed
breakdown-method = Method
breakdown-method-text = minutes per occurrence × occurrences a year × share of staff; a week is 1/{ $weeks } of a year; expected = (low + 4 × likely + high) / 6
breakdown-rating = Rating: { $rating } (from the role most affected per person)
breakdown-per-role = Per role
breakdown-role-headcount = { $role } (headcount { $headcount })
breakdown-per-person = {"  "}per person: { $week } h a week, { $year } h a year
breakdown-all-wales-fte = {"  "}all of Wales: { $year } h a year, { $fte } FTE
breakdown-all-wales = {"  "}all of Wales: { $year } h a year
breakdown-no-tasks = {"  "}No complete task rows yet.
breakdown-per-task = Per task
breakdown-occurrences = {"  "}{ $frequency }: { $count ->
    [one] { $shown } occurrence
   *[other] { $shown } occurrences
} a year
breakdown-task-role = {"  "}{ $role }: { $year } h a year each, { $count ->
    [one] { $shown } person
   *[other] { $shown } people
}
breakdown-drivers = Largest drivers
breakdown-driver = {"  "}{ $task }. { $description }: { $year } h a year

## The frame: header, too-small message.

too-small = Please enlarge the terminal: wia needs at least { $min_width } x { $min_height } (now { $width } x { $height }). Your work is saved.
untitled-assessment = untitled assessment
header-progress = {"  "}{ $answered }/{ $total } answered · required { $required_answered }/{ $required } · draft { $draft }{" "}

## Notices: the line above the key hints.

notice-language-switched = Language: English. F9 or Ctrl-L switches to Cymraeg.
notice-settings-not-saved = Your settings were not remembered for next time: { $error }
notice-draft-saved = ✓ Draft saved at { $time }.
notice-draft-not-saved = ✗ The draft could not be saved: { $error }. Your answers are still here; try Ctrl-S.
notice-draft-partly-used = Some of the draft could not be used: { $problems }
notice-not-finalised = ✗ Not finalised: { $error }
notice-draft-kept = The draft is kept: resume it from here.
notice-blocking = ✗ { $count ->
    [one] { $count } problem stops
   *[other] { $count } problems stop
} finalising. Enter goes to the one under the cursor.
notice-finalising = Finalising (rating { $rating })…

## Home screen.

home-title = Workload impact assessment
home-intro = Estimate what a policy adds to or removes from the work of school staff in Wales.
home-data-folder = Data folder: { $folder }
home-new = New assessment
home-untitled = (untitled)
home-resume = Resume: { $title }
home-changed = changed { $when }
home-draft-unreadable = Draft { $id } cannot be read
home-draft-unopenable = That draft cannot be opened: { $problem }
home-review = Review saved assessments
home-evidence = Log evidence
home-coming-soon = coming soon
home-review-soon = Reviewing saved assessments is coming soon; `wia verify` and `wia summary` work now.
home-evidence-soon = The evidence log is coming soon.
# Always shown in the other language, so a reader of that language can find it.
home-language = Cymraeg
home-language-note = switch to Welsh (F9)
home-quit = Quit

## Who is assessing.

assessor-title = New assessment: who is assessing
assessor-intro = Your name and organisation go on the record and the summary. They are remembered for next time.
assessor-name = Name
assessor-organisation = Organisation
assessor-start = Start the questionnaire
assessor-missing = Give your name and organisation: the record names who made the assessment.

## Finalised.

done-title = Finalised
done-finalised = ✓ Assessment { $id } finalised
done-rating = Rating: { $rating }
done-flags = { $count ->
    [0] No flags fired.
    [one] { $count } flag fired.
   *[other] { $count } flags fired.
}
done-record = Record
done-summary = Summary for the Strategic Group
done-verify = Check it any time with: wia verify { $id }

## Review before finalising.

review-title = Review before finalising
review-unreadable = { $text } (cannot be read yet)
review-task-rows = { $count ->
    [one] { $count } task row
   *[other] { $count } task rows
}
review-ready = ✓ Ready to finalise: press f to write the record and summary.
review-blocking = ✗ { $count ->
    [one] { $count } problem stops
   *[other] { $count } problems stop
} finalising: Ctrl-E lists them.
review-results = Results
review-role-week = { $role }: { $week } h a week per person
review-flags = Flags
review-none = none

## Answering the questions.

assess-sections = Sections
assess-required-count = Required { $answered }/{ $required }
assess-none-apply = No question in this section applies, given the answers so far.
assess-no-translation = [English: no translation yet]
assess-required = * required

## The live score panel.

score-title = Score · Ctrl-B why
score-rating = Rating
score-no-flags = no flags
score-flag-counts = ‼{ $serious } serious !{ $warning } warn i{ $info } info
score-no-tasks = No task rows yet: hours per person appear as you add them.
score-week-roles = h/week per person: { $roles }
score-basis = from { $role }, { $week } h/wk
score-hours-heading = Hours a week per person
score-none-yet = none yet: add task rows
score-none-fire = none fire

## Task list and row form.

task-field-description = Task
task-field-roles = Roles
task-field-low = Minutes, low
task-field-likely = Minutes, likely
task-field-high = Minutes, high
task-field-frequency = How often
task-field-count = Times each
task-field-share = Share of staff %
task-field-change = New or removed
task-field-admin = Admin task
task-incomplete = incomplete
task-none = No tasks yet.
task-none-add = No tasks yet: press a to add the first.
task-no-description = (no description)
task-hours-year = { $hours } h/yr
task-more = … and { $count } more
task-enter-opens = opens the task list to add and edit rows
task-col-task = Task
task-col-minutes = Minutes
task-col-frequency = How often
task-col-roles = Roles
task-col-hours = h/yr
task-table-title = Tasks the policy adds or removes · { $count ->
    [one] { $count } row
   *[other] { $count } rows
}
task-new-work = new work
task-removed-work = removed work
task-not-admin = not on the admin list
task-row-hours = This row: { $year } h a year per person, { $week } h a school week
task-row-incomplete = ✗ Incomplete: { $missing }
task-missing-description = describe the task
task-missing-roles = choose at least one role
task-missing-frequency = choose how often
task-missing-figure = give the { $name } figure
task-unreadable-figure = the { $name } figure { $text } is not a number
task-figure-low = low
task-figure-likely = likely
task-figure-high = high
task-figure-count = count
task-figure-share = share

## Answer inputs.

input-not-answered = not answered
input-not-ranked = Not ranked yet: Space keeps this order, Shift+↑↓ moves an item.
input-date-format = YYYY-MM-DD
input-not-number = not a number: type digits, such as 12 or 2.5
input-not-date = not a date: type it as YYYY-MM-DD, such as 2027-09-01
input-not-typed = this question is not answered by typing

## Drafts and the terminal.

draft-unknown-answer = the draft answers `{ $id }`, which this questionnaire does not ask; it was left out
draft-wrong-questionnaire = draft { $id } is for questionnaire `{ $expected }`, but its file now holds `{ $found }`
tui-needs-terminal = the interactive assessment needs a terminal; for scripts use `wia new --answers FILE` (see `wia template`)
task-form-title = Row { $row }

# hardening: typing and drafts
notice-text-cut = ✗ This answer holds at most { $max } characters; the rest was left out.

# hardening: races and partial writes
notice-read-only = ✗ Read-only, nothing you change is saved: open in wia by { $user } on { $host } since { $since }
cli-resume-read-only = { $held }; opening it read-only: nothing you change is saved.

# hardening: keymap
key-open-review-mode = review saved assessments
key-open-evidence-form = log evidence from a school
key-quit-at-once = quit at once
key-first-or-last-in-a-list = first or last in a list
key-clear-the-admin-task = clear the admin task
key-clear-the-choice = clear the choice
keymap-warning = { $file }, line { $line }: warning: { $problem }
keymap-unknown-action = keys: there is no action called “{ $action }”, so this line is left out (the actions are listed in docs/keys.md)
keymap-bad-key = keys: “{ $keys }” is not a key wia knows (write keys like ctrl-s, f2, alt-x or shift-up); { $action } keeps its usual keys
keymap-fixed = keys: { $action } stands for many keys at once and cannot be given others; it keeps its usual keys

# words, not code: messages the interface used to give in English only
tui-no-bundled-questionnaire = wia has no questionnaire called “{ $id }” built in; name a questionnaire file with --questionnaire
tui-finalise-problems = { $count ->
        [one] one problem
       *[other] { $count } problems
    }: { $problems }
tui-terminal-failed = the terminal could not be used: { $why }
# hardening: revisions and signing in the interface
ask-key-type = type
ask-key-confirm = confirm
ask-key-cancel = cancel
ask-bottom = Enter confirms · Esc cancels
ask-reason-title = Why is it revised?
ask-reason-text = Record { $id } stays as it is; this revision will replace it. Say why it is revised: the new record keeps your reason, your name and the time.
ask-passphrase-title = Signing key passphrase
ask-passphrase-text = Type the passphrase of your signing key ({ $file }) to sign what was just saved. It is not shown or kept. Esc leaves it saved but unsigned.
notice-reason-cancelled = Not finalised: a revision needs a reason. The draft is kept.
notice-revising = This is a new draft revising record { $id }, which stays as it is. Change what needs changing; finalising asks why it was revised.
notice-signing = Signing…
done-revises = It revises record { $old }, which is unchanged.
done-signed = ✓ Signed with key { $fingerprint }
done-not-signed-no-key = Not signed: no signing key is set up (`wia keys new` makes one; then `wia sign { $id }` signs this record).
done-not-signed-skipped = ✗ NOT SIGNED: no passphrase was given. Sign it later with `wia sign { $id }`.
done-not-signed-failed = ✗ NOT SIGNED: { $why }. Sign it later with `wia sign { $id }`.
done-signing-waiting = Waiting for the signing key's passphrase…

# issue14: the home screen's sync line
key-sync = sync with the shared folder (send your work, take in others')
home-sync = Sync now
home-sync-note = send your work and take in others' (s)
home-sync-shared = Shared · last synced { $when } · { $key } to sync · { $waiting }{ $behind ->
    [0] {""}
   *[other] {" "}· { $behind } { $behind ->
        [one] change
       *[other] changes
    } fetched, not yet taken in
}
home-sync-not-shared = Not shared with other organisations (to share it: wia sync init REMOTE)
home-sync-not-shared-how = This folder is not shared yet. To share it, run wia sync init REMOTE in a terminal (a path to a shared repository, ssh:// or https://); to start from a shared one, wia sync clone REMOTE.
home-sync-no-git = This folder is shared, but the git program is missing, so it cannot sync. Install git; your work stays here.
home-sync-running = Syncing: { $doing }…
home-sync-stage-waiting = waiting for another sync of this folder to finish
home-sync-stage-fetching = asking the shared folder what has arrived
home-sync-stage-committing = noting what was written here
home-sync-stage-taking-in = taking in what arrived
home-sync-stage-sending = sending your work
home-sync-stage-sending-again = sending again (someone else sent at the same moment)
home-sync-already = A sync is already under way.
home-sync-quit-while-running = A sync is under way. Press q again to quit anyway: nothing is lost, the next sync finishes it.
home-sync-flagged = { $moved } { $count ->
    [one] One file
   *[other] { $count } files
} arrived FLAGGED: do not rely on { $count ->
    [one] it
   *[other] them
} until the sender confirms (wia verify says more). { $first }
home-sync-held = { $moved } { $count ->
    [one] One file was
   *[other] { $count } files were
} not sent: { $first }
home-sync-nothing-waiting = nothing to send
home-sync-waiting = to send: { $what }
home-sync-offline = Could not reach the shared folder, so nothing was changed: your work stays here and goes at the next sync. ({ $why })
# issue15: layout
layout-bar-legend = █ to low, ▓ to expected, ░ to high
layout-flags = Flags
layout-flags-none = No flags are raised.
layout-flags-serious = Serious
layout-flags-warning = Warnings
layout-flags-info = For information
# issue15: words
draft-answer-left-out = the saved answer to "{ $question }" could not be read and was left out: answer it again
tui-finalise-problem-question = the answer to "{ $question }" (Ctrl-E shows what to change)
# The task question's hint on screen: each line is "<the editor's field label>: <this>".
task-hint-intro = One row for each task and each group of staff who do it. Enter opens the task list; a adds a row, which asks:
task-hint-description = what staff do, in plain words
task-hint-roles = who does it; tick each role (the minutes are for each person in each role)
task-hint-minutes = minutes for ONE person to do it ONCE, low to high
task-hint-frequency = how often, from the list; a one-off counts in the first year
task-hint-count = how many times each person does it in each period, such as 15 IDPs a term
task-hint-share = of all staff in that role in Wales, the percentage who do it (50 is half)
task-hint-change = new work the policy adds, or old work it takes away
task-hint-admin = only for a task on the STPC(W)D list of administrative tasks teachers should not routinely do
task-hint-advice = Keep one-off set-up work (guidance, training, new systems) apart from work that recurs. Where the policy replaces an old requirement, add the old task as removed.
input-reference-figure = Reference figure: { $figure }
# issue15: review
confirm-key-yes = yes, go ahead
confirm-key-no = no, go back
confirm-no-go-back = no, go back
confirm-finalise = Finalise this assessment? The record is written and cannot be edited afterwards; a change later needs a revision.
confirm-finalise-yes = finalise
confirm-finalise-survey = Finish this response? It is saved as it stands and cannot be changed afterwards.
confirm-resume-revision = A revision of record { $record } is already begun (draft { $draft }). Resume it rather than starting a second one?
confirm-resume-revision-yes = resume that draft
notice-last-question = That was the last question. Press { $review } to review every answer, then { $finalise } to finalise.
input-no-such-date = there is no such date as { $found }: check the day and the month

# issue16: the cumulative workload screen
key-open-portfolio = the cumulative workload of every assessed policy, by term and role
home-portfolio = Cumulative workload
home-portfolio-note = every policy by term and role (p)
portfolio-tui-loading = Reading the records…
portfolio-tui-heading = Cumulative workload · { $policies } { $policies ->
    [one] policy
   *[other] policies
} · { $terms } { $terms ->
    [one] term
   *[other] terms
} · { $role }
portfolio-tui-chart = { $role }: hours a week, average per member, by term
portfolio-tui-autumn-short = Aut
portfolio-tui-spring-short = Spr
portfolio-tui-summer-short = Sum
portfolio-key-term = term
portfolio-key-role = role
portfolio-key-ends = first or last term
portfolio-key-scroll = scroll the term's policies and flags

# lead: signal watching
tui-signal-watch-failed = cannot watch for the request to stop (signal { $signal }), so the screen would not be put back on one: { $reason }
tui-console-watch-failed = cannot watch for the console closing, so work could not be saved when it closes: { $reason }

# survey: questionnaires without scoring, anonymous responses
survey-done-saved = ✓ Response { $id } saved
survey-done-summary = Summary of the answers
survey-done-anonymous = Not signed: the response is anonymous, and a signature would say who answered.
survey-nothing-to-score = This is a survey: there are no figures to break down.
survey-notice-saving = Saving the response…
survey-done-title = Saved

# surveyformat: answers that no longer apply, closing text
# $questions lists the questions by their text, each in quotation marks.
notice-answers-no-longer-apply = No longer applies after this change: { $questions }. The answers are kept and count again if the questions apply again.
review-no-longer-apply = Answers that no longer apply (kept, not used)
