### The one-page Strategic Group summary (Markdown): headings and fixed phrases.
### English (United Kingdom). Every id here must also exist in i18n/cy/summary.ftl.
### Values are passed already formatted ($hours "+1.12", $date parts), except $count,
### $warnings and $month, which are numbers and choose a variant.

summary-untitled = (untitled policy)
summary-title = Workload impact assessment: { $title }
summary-draft = > **Draft.** Not finalised: answers and figures may change.
summary-assessed = Assessed by { $name }, { $organisation } · { $date } · questionnaire { $questionnaire } { $version }
summary-date = { $day } { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
} { $year }

summary-rating = Rating: { $band }
summary-most-affected = The most affected role is **{ $role }**: an expected { $hours } hours a week for each person who does the work
summary-most-affected-range = The most affected role is **{ $role }**: an expected { $hours } hours a week for each person who does the work (range { $low } to { $high })
summary-no-role = No task adds or removes work for any role.
summary-band-between = { $band } means from { $low } to under { $high } hours a week per person.
summary-band-below = { $band } means under { $high } hours a week per person.
summary-band-above = { $band } means { $low } hours a week per person or more.

summary-hours-heading = Hours by role
summary-col-role = Role
summary-col-week = Per person per week
summary-col-year = Per person per year
summary-col-wales = Hours per year, Wales
summary-col-fte = FTE
summary-col-cost = Cost per year
summary-not-applicable = n/a
summary-range = { $expected } ({ $low } to { $high })
summary-table-note = Expected figures, with low to high ranges in brackets; negative figures are time saved.
summary-not-affected = Not affected: { $roles }.

summary-drivers-heading = What drives the total
summary-no-drivers = No task changes the hours.
summary-driver = { $description } ({ $change }): { $hours } hours a year across Wales
summary-col-task = Task
summary-col-change = Change
summary-change-new = new
summary-change-removed = removed

summary-flags-heading = Flags
summary-no-flags = None.
summary-flag-counts = { $count ->
    [one] { $count } flag
   *[other] { $count } flags
}: { $serious } serious, { $warnings ->
    [one] { $warnings } warning
   *[other] { $warnings } warnings
}, { $info } for information.
summary-col-flag = Flag
summary-warnings = Warnings
summary-for-information = For information

summary-mitigations-heading = Mitigations
summary-no-mitigations = None recorded.

summary-method-heading = Method
summary-method = Standard Cost Model: for each task and role, minutes per occurrence x occurrences a year / 60 gives hours a year for one person; the expected figure is (low + 4 x likely + high) / 6. Removed tasks count negative, and ranges stay conservative (low subtracts removed highs, high subtracts removed lows). Weekly figures divide by { $weeks } school weeks. System figures weight each task by the share of the role who do it times the headcount, using { $headcounts }; FTE divides by { $directed } directed hours. The rating places the largest expected weekly figure per person among the affected roles in the questionnaire's bands. See `docs/scoring.md`.
summary-headcounts-default = the questionnaire's default headcounts
summary-headcounts-set = headcounts set by the assessor ({ $list }) and the questionnaire's defaults otherwise

summary-footer = Record `{ $id }` · { $status } · digest `{ $digest }`
summary-status-final = final
summary-status-draft = draft
summary-no-digest = none

# A questionnaire text with no translation in the summary's language, shown in English.
summary-fallback = { $text } _(English only)_

# hardening: revisions
# $id is the record replaced, as code; $reason is the assessor's own words.
summary-revises = > **Revision.** This record replaces record { $id }. Reason: { $reason }
