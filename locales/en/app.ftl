### certready: every user-facing text of the browser app, in English.
###
### One message per constant or function of src/ui/strings.rs, in the same order; the id is
### the Rust name in lower kebab-case. Variables have the names of the Rust parameters. Use
### the terms of locales/glossary.md, and keep every variable of a message in a translation.
###
### Strings that Rust splits around a value are one message here, with a named variable:
###   STORAGE_FAILED_BEFORE + STORAGE_FAILED_AFTER -> storage-save-failed ($problem)
###     (not "storage-failed": that id is the function storage_failed)
###   FULLY_MET + the guidance text                 -> fully-met ($text)
###   IF_NOT_MET + the remediation text             -> if-not-met ($text)
###   OVERALL + the overall score                   -> overall ($score)
###   OVERALL + the overall score + pass_mark       -> overall-with-pass-mark ($score, $percent)
###     (pass_mark has no message of its own)
###
### Wordings a function chooses:
###   by a count: a select on the number with CLDR plural categories (matches, more-reasons,
###     reason-unanswered; and for agreement: questionnaire-details, opened-with-warnings,
###     imported, not-accepted, cannot-be-used, human-size-bytes). English and French have
###     [one] and *[other] (French [one] is 0 and 1); Chinese has only *[other]. imported
###     also has an exact [0] variant (no warnings: no note), listed first.
###   by a bool: a select on a string variable "yes" / "no":
###     verified ($matches), questionnaire-details ($from_disk).
###   by "empty or not": two messages:
###     assessment-details / assessment-details-no-place (place is empty),
###     pdf-engine-stopped / pdf-engine-stopped-no-reason (reason is empty).
###   by an enum: one message per variant: filter-* (filter_label), stage-* (generating_pdf).
###
### Numbers arrive ready to show (the app formats them with number-decimal-separator,
### percent and human-size-*), except the counts that a select chooses on: $count, $criteria,
### $sections, $warnings, $answers, $problems, $bytes arrive as numbers.

## The app frame and errors

app-name = certready
fatal = certready hit an internal error and stopped. Your answers up to the last change are saved in this browser: reload the page to continue, and please report this problem.
fatal-export = Download the saved assessment (YAML)
# $problem: why the browser refused to save (its own words).
storage-save-failed = Your answers could not be saved in this browser ({ $problem }). Nothing is lost yet: export the assessment now to keep a copy.
storage-export = Export now
language = Language
whole-file = Whole file
# The footer once the service worker has cached the whole app.
offline-available = Available offline
# The footer while the browser reports no network.
offline-now = Offline — your answers keep being saved in this browser

## Home

lead = Prepare for a security certification: answer the criteria, see your score and gaps as you go, and download a PDF gap report. Everything stays in this browser; nothing is sent anywhere.
your-assessments = Your assessments
no-assessments = No assessment yet: start one from a questionnaire below.
questionnaires = Start a new assessment
new-assessment = New assessment
new-assessment-of = New assessment of “{ $title }”
open = Open
rename = Rename
duplicate = Duplicate
delete = Delete
cancel = Cancel
save = Save
new-name = New name
delete-forever = Delete for good
criteria-unavailable = Its criteria file is not available in this browser: open the same criteria file again to continue.
conflict-changed = This assessment was also changed in another tab or window of this browser. This tab has stopped saving, so that neither version overwrites the other: choose the one to keep, or export this tab's version first.
conflict-deleted = This assessment was deleted in another tab or window. It is still open here: keep it to save it again, or export it.
conflict-load = Load the other version
conflict-keep = Keep this tab's version
conflict-export = Export this tab's version
updated-elsewhere = Updated with the changes made in another tab or window.
# A change label, shown in undo-what and undone.
change-elsewhere = changes made in another tab
unreadable-save = This saved assessment cannot be read. Export it to keep the text.
export = Export
create-title-for = New assessment · { $title }
create-help = Who and what is assessed. All of it can be changed later.
create = Create and start
name = Name of this assessment
name-hint = e.g. the facility and the year
forget-criteria = Remove this criteria file from the browser
drop-title = Open a criteria file
drop-help = For scheme owners and regulators: drop a criteria file (YAML) here, or choose one. A valid file is offered for new assessments; an invalid one shows every problem with its line and a hint. The file stays in this browser.
drop-choose = Choose a criteria file…
verify-title = Verify a report
verify-help = For auditors: drop a certready PDF report here, or choose one. Its attached criteria and assessment files are scored again and the report rebuilt in this browser, then compared with the PDF page by page. Nothing is uploaded.
verify-choose = Choose a PDF report…
verify-matches = Matches.
verify-differs = Does not match.
# Labels of the verified report's details: a date, the program, two hashes.
verify-generated = Generated
verify-made-by = Made by
verify-criteria = Criteria SHA-256
verify-assessment = Assessment SHA-256
show-problems = Show the problems
untitled = Untitled assessment

## Subject

organisation = Organisation
facility = Facility
country = Country
assessor = Assessor
role = Assessor's role
subject = Facility and assessor
# The legend of the profile check boxes: each profile's title completes the sentence.
profiles = This facility is a… (criteria outside the chosen profiles are hidden; none chosen shows all)

## Walk-through

export-yaml = Export answers (YAML)
import-yaml = Import answers…
download-pdf = Download PDF report
report-options = Report languages and other formats
report-language = Language of the report
report-second-language = Criteria texts also in
report-no-second-language = no second language
export-html = Report as HTML (printable)
export-csv = Gap register (CSV)
export-json = Report data (JSON)
all-assessments = All assessments
undo = Undo
nothing-to-undo = Nothing to undo
file-actions = Assessment file
sections = Sections
live-score = Live score
previous-section = ← Previous section
next-section = Next section →
search = Search criteria
search-hint = id or words of the requirement
# The label of the filter buttons' group.
show = Show
next-unanswered = Next unanswered
all-done = Every applicable criterion is answered.
no-match = No criterion matches.
clear-filters = Show all criteria
progress = Progress

## A criterion

# Badges.
met = met
gap = gap
na-badge = N/A
needs-justification = justification needed
critical = critical
critical-hint = Must be fully met to be ready
flagged = flagged
# The answer that marks a criterion N/A.
not-applicable = Not applicable
why-na-required = Why does this not apply? (required for N/A to count)
why-na-optional = Why does this not apply? (optional)
clear = clear
clear-answer = Clear the answer to { $id }
comment = Comment
flag-for-review = Flag for review
untranslated = Not translated: shown in the language of the criteria file
details = Guidance, evidence and remediation
# $text: the criterion's guidance (what a fully met answer looks like).
fully-met = Fully met: { $text }
evidence-asked = Evidence an auditor will ask for:
# $text: the criterion's remediation.
if-not-met = If not met: { $text }
add-evidence = Add an evidence file…
evidence-help = The file is hashed (SHA-256) in this browser; only its name, size and hash are kept. It is never uploaded.
remove = remove
remove-file = Remove { $name }
evidence-note = Note on { $name }

## Scorecard

# $score: the overall score, a percent or not-scored.
overall = Overall { $score }
# $percent: the pass mark.
overall-with-pass-mark = Overall { $score } (pass mark { $percent })
sections-heading = Sections
not-scored = n/a
# filter_label: one message per Filter.
filter-all = All, by section
filter-unanswered = Unanswered
filter-gaps = Gaps
filter-flagged = Flagged
filter-critical = Critical
matches =
    { $count ->
        [one] { $count } criterion matches
       *[other] { $count } criteria match
    }
# $from_disk: "yes" when the criteria file was opened from a file, else "no".
questionnaire-details =
    { $id } version { $version } · { $criteria } { $criteria ->
        [one] criterion
       *[other] criteria
    } in { $sections } { $sections ->
        [one] section
       *[other] sections
    }{ $from_disk ->
        [yes] {" "}· opened from a file
       *[no] {""}
    }
# $place: the facility and country; assessment-details-no-place when there is none.
assessment-details = { $questionnaire } · version { $version } · { $place }
assessment-details-no-place = { $questionnaire } · version { $version }
answered-of = Answered { $answered } of { $applicable } ({ $percent })
# $when: a date and time, e.g. 2026-11-24 09:30 UTC.
updated = last change { $when }
delete-question = Delete “{ $name }” and all its answers from this browser? This cannot be undone; export it first to keep a copy.
copy-of = { $name } (copy)
deleted = Deleted “{ $name }”.
duplicated = Created “{ $name }”.
# $label: a change-* message.
undo-what = Undo the last change ({ $label })
verifying = Checking { $file }…
# $matches: "yes" or "no".
verified =
    { $matches ->
        [yes] { $file } says exactly what its attached files give, on every page.
       *[no] { $file } is not what its attached files give:
    }
verify-impossible = { $file } cannot be checked: { $reason }.
# $label: a change-* message.
undone = Undone: { $label }.
answer-for = Answer for { $id }
# Change labels: what one step of undo undoes (shown in undo-what and undone).
change-answer = answer to { $id }
change-comment = comment on { $id }
change-justification = N/A justification of { $id }
change-flag = review flag of { $id }
change-evidence = evidence of { $id }
change-evidence-note = note on evidence of { $id }
change-subject = facility and assessor
change-profiles = profiles
change-import = import of { $file }
# $bytes: the size, already formatted by a human-size-* message.
evidence-line = { $name } · { $bytes }
hashing = Hashing { $name }…
hashed = Recorded { $name } (SHA-256 computed in this browser; the file was not stored).
opened = Opened { $name }.
opened-with-warnings =
    { $warnings ->
        [one] Opened { $name } ({ $warnings } warning: run `certready validate` to see it).
       *[other] Opened { $name } ({ $warnings } warnings: run `certready validate` to see them).
    }
imported =
    { $warnings ->
        [0] Imported { $file }: { $answers } { $answers ->
            [one] answer
           *[other] answers
        }.
        [one] Imported { $file }: { $answers } { $answers ->
            [one] answer
           *[other] answers
        } ({ $warnings } warning).
       *[other] Imported { $file }: { $answers } { $answers ->
            [one] answer
           *[other] answers
        } ({ $warnings } warnings).
    }
exported = Exported { $name }.
downloaded = Downloaded { $name }.
# $characters: the list of characters, e.g. "ꙮ" (U+A66E). The report shows U+FFFD in their place.
downloaded-with-uncovered = Downloaded { $name }, but no font has { $characters }: the report shows {"\uFFFD"} in their place.
# A reason inside pdf-failed, so lowercase.
pdf-engine-stopped = the PDF engine stopped: { $reason }
pdf-engine-stopped-no-reason = the PDF engine could not be loaded or stopped
generating-pdf = Generating the PDF report…
# The button that stops the PDF generation.
cancel-pdf = Cancel
pdf-cancelled = PDF report cancelled.
no-questionnaire = no questionnaire is open
# generating_pdf: one message per Stage.
stage-reading = Generating the PDF report: reading the answers…
stage-fonts = Generating the PDF report: loading the fonts…
stage-rendering = Generating the PDF report: laying out and writing the pages…
pdf-failed = The PDF could not be generated: { $problem }
export-failed = Export failed: { $problem }
read-failed = Could not read { $file }: { $problem }
not-accepted =
    { $problems ->
        [one] { $file } was not accepted ({ $problems } problem):
       *[other] { $file } was not accepted ({ $problems } problems):
    }
cannot-be-used =
    { $problems ->
        [one] { $file } cannot be used ({ $problems } problem)
       *[other] { $file } cannot be used ({ $problems } problems)
    }
index-failed = Could not load the criteria index: { $problem }
# Diagnostics are lowercase, like the validator's.
could-not-load = could not load it: { $problem }
index-file-missing-hint = check that the file named in index.txt is in the questionnaires folder
storage-failed = Could not change the saved assessments: { $problem }
place = Line { $line }, column { $column }
more-reasons =
    { $count ->
        [one] { $count } more reason
       *[other] { $count } more reasons
    }
top-gaps = Top gaps ({ $count } in all)
# $points: percentage points, formatted with one decimal.
impact = +{ $points } pts
version-line = { $id } · version { $version }
wrong-version = “{ $name }” answers version { $saved } of its questionnaire, but this browser offers version { $offered }. Export it, or open the criteria file of version { $saved }.
unknown-assessment = There is no saved assessment “{ $id }” in this browser.

## Numbers
## How the app writes numbers in this language.

number-decimal-separator = .
# $value: a number already written with number-decimal-separator.
percent = { $value }%
# human_size: below 1,000 bytes; $bytes is a number.
human-size-bytes =
    { $bytes ->
        [one] { $bytes }{"\u00A0"}byte
       *[other] { $bytes }{"\u00A0"}bytes
    }
# $value: the size in kilobytes (1,000 bytes), one decimal.
human-size-kb = { $value }{"\u00A0"}kB
# $value: the size in megabytes (1,000,000 bytes), one decimal.
human-size-mb = { $value }{"\u00A0"}MB
# $year, $month, $day, $hour, $minute: digits, zero-padded.
date-time = { $year }-{ $month }-{ $day } { $hour }:{ $minute } UTC

## Scoring
## The verdict, its reasons and the explanation of the scores (src/scoring.rs and
## src/scoring/explain.rs). Percentages arrive formatted.

# Status::label; the scorecard shows it in capitals.
status-ready = ready
status-not-ready = not ready
status-incomplete = incomplete
# The criteria file sets no pass rule (no pass mark, no minimum per section, no critical
# criterion): the score is shown, no verdict.
status-no-rule = not rated
# Beside "not rated"; $score: the overall score in words (a percent, score-level or score-of-max).
no-pass-rule = the criteria file sets no pass mark, so there is no verdict; the score is { $score }
# The overall score of a maturity-level rule; $level and $max are whole numbers.
score-level = level { $level } of { $max }
# An overall score whose maximum is not 100 % (a sum, a mean of levels); $percent: score / max.
score-of-max = { $score } of { $max } ({ $percent })
# Reason::describe: list items, so lowercase.
reason-unanswered =
    { $count ->
        [one] { $count } applicable criterion is not answered yet
       *[other] { $count } applicable criteria are not answered yet
    }
# $percent: the overall score; $threshold: the pass mark.
reason-overall-below = overall score { $percent } is below the pass mark of { $threshold }
# $section: the section's title.
reason-section-below = section “{ $section }” scores { $percent }, below the minimum of { $threshold }
# $criterion: the criterion's id.
reason-critical-not-met = critical criterion { $criterion } is not fully met

# The explanation (the report's Method section, certready score --explain).
# $aggregate is the rule's name as written in criteria files (weighted-mean, mean, sum, min,
# maturity-level): not translated. Numbers arrive formatted; lists arrive joined.
explain-overall-heading = overall ({ $aggregate })
explain-section-heading = { $id } — { $title } ({ $aggregate })
# $option: the answer's option id; $label: its label.
explain-answered = { $option } “{ $label }”
explain-unanswered = unanswered, counts 0
explain-na-without-justification = N/A without justification, counts 0
explain-na = N/A, left out
# Outside the chosen profiles, or its condition does not hold.
explain-not-applicable = not in scope, left out
explain-section = section “{ $title }”
explain-section-not-applicable = section “{ $title }”, nothing applies, left out
explain-level = level { $level }
explain-weight = weight { $weight }
explain-nothing-applies = = n/a: nothing applies, so the result is left out of its parent too
# Ends each formula below as $total.
explain-total = gives score { $score } of max { $max } = { $percent }
# $terms: "weight × percent" terms joined by " + "; $weights: the weights joined by " + ".
explain-weighted-mean = Σ weight × value / Σ weight = ({ $terms }) / ({ $weights }) { $total }
explain-plain-mean = every weight is 0, so the plain mean = ({ $terms }) / { $count } { $total }
explain-mean = mean of scores = ({ $scores }) / { $count }; mean of maxima = ({ $maxima }) / { $count } { $total }
explain-sum = sum of scores = { $scores }; sum of maxima = { $maxima } { $total }
explain-min = weakest value = min({ $values }) { $total }
explain-maturity-not-scored = = n/a: no counted criterion has a level
# $why: explain-every-level or explain-level-not-achieved.
explain-every-level = every level is achieved
# $blocking: the ids of the criteria below $achieved_at, joined by ", ".
explain-level-not-achieved = level { $next } is not: { $blocking } below { $achieved_at }
explain-maturity = level L is achieved when every counted criterion of level L or below reaches { $achieved_at }; { $why }: level { $achieved } of { $max } = { $percent }
