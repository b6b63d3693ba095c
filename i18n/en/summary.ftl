### The one-page Strategic Group summary (Markdown): headings and fixed phrases.
### English (United Kingdom). Every id here must also exist in i18n/cy/summary.ftl.
### Values are passed already formatted ($hours "+1.12", $date parts), except $count,
### $warnings and $month, which are numbers and choose a variant.

summary-untitled = (untitled policy)
summary-title = Workload impact assessment: { $title }
summary-draft = Not finalised: answers and figures may change.
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
summary-most-affected = The most affected role is { $role }: an expected { $hours } hours a week for each person who does the work
summary-most-affected-range = The most affected role is { $role }: an expected { $hours } hours a week for each person who does the work (likely { $likely }; range { $low } to { $high })
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
summary-driver = { $description } ({ $change }): an expected { $hours } hours a year across Wales (likely { $likely })
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
summary-method = Standard Cost Model. For each task the assessor estimated the minutes one person spends on it (low, likely and high), how often it happens and the share of each role's staff who do it. Minutes × occurrences a year ÷ 60 gives one person's hours a year. The figures shown are expected values, (low + 4 × likely + high) ÷ 6 (the PERT formula): the likely estimate counts most, but a long high end raises the figure, so it can differ from likely minutes × occurrences, which is given beside it as the likely figure. Work the policy removes counts negative, and ranges stay cautious (the low end subtracts removed work's high figures, the high end its low ones). Weekly figures divide by { $weeks } school weeks. Figures across Wales weight each task by the share of the role who do it times the number of staff, using { $headcounts }; full-time staff (FTE) are those hours ÷ { $directed } directed hours a year. The rating places the largest expected weekly figure for one person, among the roles some task names, in the questionnaire's bands.
summary-headcounts-default = the questionnaire's default headcounts
summary-headcounts-set = headcounts set by the assessor ({ $list }) and the questionnaire's defaults otherwise

summary-footer = Record { $id } · { $status } · digest { $digest }
summary-status-final = final
summary-status-draft = draft
summary-no-digest = none

# hardening: revisions
# $id is the record replaced, as code; $reason is the assessor's own words.
summary-revises = This record replaces record { $id }. Reason: { $reason }

# issue15: summary
# No markup here: the program adds bold, italics and code for Markdown and HTML alike.
summary-draft-label = Draft.
summary-revision-label = Revision.
# After a questionnaire text with no translation in the summary's language, shown in English.
summary-fallback-mark = English only
summary-starts = Intended start:
summary-lead-in = Notice schools get (lead-in):
# The lead-in's unit when the questionnaire gives none.
summary-weeks = weeks
# Beside the rating. $direction is "added" or "saved"; $hours (no sign) and $fte are formatted.
summary-wales-size = { $direction ->
    [saved] { $hours } hours a year saved across Wales, the time of { $fte } full-time staff
   *[added] { $hours } hours a year added across Wales, the time of { $fte } full-time staff
}
summary-wales-total = All roles together across Wales: an expected { $hours } hours a year (likely { $likely }).
summary-figures-shown = Every figure is an expected value worked out from the low, likely and high estimates, as Method explains; a likely figure uses the likely minutes alone.
summary-chart-title = Hours a week for each person who does the work: expected (bar) and the range from low to high (line)
summary-col-expected = Expected hours a year, Wales
summary-col-likely = Likely
summary-serious = Serious

# survey: questionnaires without scoring, anonymous responses
survey-summary-draft = Draft: the answers may still change.
survey-summary-no-answers = No question has been answered.
survey-summary-anonymous = Anonymous response · { $date } · questionnaire { $questionnaire } { $version }
survey-summary-answered-by = Answered by { $name }, { $organisation } · { $date } · questionnaire { $questionnaire } { $version }
survey-summary-footer = Response { $id } · { $status } · digest { $digest }
