### The answers template (`wia template`): comments around every question.
### English (United Kingdom). Every id here must also exist in i18n/cy/template.ftl.
### Keys and values (questionnaire, assessor, "yes", option ids) stay as they are: the
### file is read by `wia new`, which knows them in English only.

template-header = Answers for questionnaire { $id } { $version }: { $title }
template-intro =
    Fill in the answers, then run: wia new --answers THIS_FILE
    Answers left as ~ count as unanswered; `wia new` lists every required one
    still missing, and `wia new --draft` saves the file's answers so far.
template-headcounts = Headcounts for system-wide figures; uncomment a line to replace the default.
template-section-when = (this section applies only when { $condition })
template-required = { $text } (required)
template-only-when = Only when { $condition }.

template-one-of = One of:
template-list-of = A list, such as [a, b], of:
template-ranking = A list, most important first, of:
template-other = , write {"{"}value: VALUE, other: "..."{"}"}
template-yes-no = "yes" or "no"
template-likert = One of: { $scale }
template-matrix = A map of row to scale value ({ $scale }), rows: { $rows }
template-number = A number
template-whole-number = A whole number
template-unit = { $number } of { $unit }
template-min-max = { $number }, { $min } to { $max }
template-min = { $number }, { $min } or more
template-max = { $number }, up to { $max }
template-suggested = { $number } (reference figure: { $value })
template-percentage = A percentage from 0 to 100
template-date = A date, YYYY-MM-DD
template-short-text = One line of text
template-short-text-max = One line of text, up to { $max } characters
template-long-text = Text; for several lines write |- and indent the lines below
template-tasks =
    A list of task rows, for example:
      - description: Write a termly review note for each learner with an IDP
        roles: [alnco]
        minutes: {"{"}low: 15, likely: 25, high: 45{"}"}
        frequency: per_term
        count: 15
        share: 0.9
        change: new
    roles: { $roles }
    frequency: { $frequencies }
    change: new or removed; optional admin_task: an id from the questionnaire's admin_tasks list

# Conditions in words. $vowel is "yes" when $second starts with a vowel (Welsh "ac").
template-and = { $first } and { $second }
template-or = { $first } or { $second }
template-not = not { $condition }
template-is = { $question } is { $value }
template-is-not = { $question } is not { $value }
template-is-one-of = { $question } is one of { $values }
template-answered = { $question } is answered
template-not-answered = { $question } is not answered
template-score = the { $measure } score of { $role }
template-any-role = any role
template-task-exists = a matching task row exists

# survey: questionnaires without scoring, anonymous responses
survey-template-file = The questionnaire file, relative to this file: `wia new --answers` reads it from here.
survey-template-anonymous = Responses to this questionnaire are anonymous: name nobody in this file.
# surveyformat: a ranking that must be complete
template-ranking-all = A list of every one of these, most important first:
