### certready: every word of the gap report (the PDF and the HTML report), in English.
###
### Only the CLI and the PDF worker carry this file (the page never makes a report).
### Use the terms of locales/glossary.md, and keep every variable of a message in a translation.

## The report
## Every word of the gap report (src/report/document.rs and src/report/mod.rs): the PDF and
## the HTML report both print these. Counts ($count) arrive as numbers; percentages, sizes and
## dates arrive formatted. A not-applicable criterion has two names, used everywhere: "N/A"
## (the operator claims it does not apply) and "not in scope" (outside the assessed profiles,
## or its condition does not hold).

report-kicker = Self-assessment gap report
# $questionnaire: the criteria's title; $subject: the organisation and facility.
report-document-title = { $questionnaire } — gap report — { $subject }
report-metadata-subject = Self-assessment gap report against { $questionnaire } (version { $version }) for { $subject }
report-no-organisation = (organisation not given)
report-version = version { $version }
# Printed on every page when the criteria file sets no marking of its own.
report-default-marking = Security-sensitive — restricted distribution
report-page = page { $page } of { $pages }
report-footer-fingerprints = criteria { $criteria } · assessment { $assessment }
# Above the rest of a table row that continues on a new page; $id: the criterion's id.
report-continued = { $id } (continued)
report-not-scored = n/a
report-none = none

# The cover.
report-organisation = Organisation
report-facility = Facility
report-country = Country
report-profiles = Profiles
report-all-profiles = All profiles
report-assessor = Assessor
report-answers-as-of = Answers as of
report-generated = Generated
report-generated-by = { $date } by certready { $version }
report-languages = Languages
report-fingerprints = Fingerprints
report-fingerprints-value = criteria { $criteria }… · assessment { $assessment }… (SHA-256)
report-verdict = Verdict
report-band = Band: { $band }
report-no-band = No band reached
report-overall-score = Overall score
report-pass-mark = Pass mark
# Beside the pass mark's tick on the overall score's bar.
report-pass-mark-tick = pass mark { $percent }
report-completeness-label = Completeness
# $percent: the share answered; $done: answered or N/A; $applicable: applicable criteria.
report-completeness = { $percent } ({ $done } of { $applicable })
report-count-met = Fully met
report-count-partial = Partially met
report-count-not-met = Not met
# Answered factual questions (weight 0): neither met nor not met.
report-count-factual = Factual answers
report-count-na = N/A
report-count-unanswered = Unanswered
report-why = Why this verdict
report-all-thresholds-met = Every threshold of the questionnaire is met.

# The executive summary.
report-executive-summary = Executive summary
report-bars-intro = The score of each top-level section; the dark tick is the score the section must reach.
report-radar = Profile across sections
report-radar-legend = Blue: the sections' scores. Rings every 25%.
report-radar-legend-threshold = Blue: the sections' scores. Red ring: the pass threshold of { $threshold }. Rings every 25%.
report-first-gaps = Gaps to close first
report-no-gaps = No gaps: every applicable criterion is fully met.
# $points: the rise of the overall score, signed (+3.2).
report-first-gap = { $points } points
report-first-gap-critical = { $points } points, critical

# Tables' column titles.
report-column-section = Section
report-column-score = Score
report-column-percent = Percent
report-column-threshold = Threshold
report-column-result = Result
report-column-answered = Answered
report-column-rank = #
report-column-criterion = Criterion
report-column-requirement = Requirement
report-column-answer = Answer
report-column-impact = Impact
report-column-critical = Critical
report-column-justification = Justification
report-column-accepted = Accepted
report-column-open-because = Open because
report-column-comment = Operator comment
report-column-file = File
report-column-size = Size
report-column-sha256 = SHA-256
report-column-operator-answer = Operator's answer
report-column-finding = Auditor's finding
report-column-note = Note
report-column-part = Part
report-column-weight = Weight
report-column-value = Value
report-column-what = What it is

# Section scores.
report-section-scores = Section scores
report-section-scores-intro = Top-level sections carry the pass threshold; sub-sections are indented under them. Answered counts answered and N/A criteria against the applicable ones.
report-pass = PASS
report-fail = FAIL

# The gap register.
report-gap-register = Gap register
report-gap-register-intro =
    { $count ->
        [one] { $count } gap, critical criteria first, then by impact: the rise of the overall score, in percentage points, if that criterion alone were fully met.
       *[other] { $count } gaps, critical criteria first, then by impact: the rise of the overall score, in percentage points, if that criterion alone were fully met.
    }
report-critical = CRITICAL
report-detail-remediation = Remediation:
report-detail-evidence = Evidence expected:
report-detail-comment = Operator comment:
report-detail-note = Note:

# The answers as the registers and the appendix show them.
report-answer-unanswered = unanswered
report-answer-not-in-scope = not in scope
report-answer-na = N/A
report-answer-na-justified = N/A: { $justification }
report-answer-na-without-justification = N/A without the required justification
report-open-unanswered = unanswered
report-open-flagged = flagged for review
report-open-na-without-justification = N/A without the required justification
report-open-reconfirm = to re-confirm: the criterion changed in a new version
report-no-longer-asked = No longer asked
report-no-longer-asked-intro =
    { $count ->
        [one] { $count } answer kept from an earlier version of the criteria, for a criterion the current version no longer asks. It counts in no score.
       *[other] { $count } answers kept from an earlier version of the criteria, for criteria the current version no longer asks. They count in no score.
    }
report-column-last-asked = Last asked in
report-finding-confirmed = confirmed
report-finding-not-confirmed = not confirmed
report-finding-needs-evidence = needs evidence
report-yes = yes
report-no = no

# The registers.
report-na-register = N/A register
report-na-register-intro =
    { $count ->
        [one] { $count } criterion the operator marked N/A, with the justification. An N/A without a justification the criterion requires counts as unanswered.
       *[other] { $count } criteria the operator marked N/A, with the justifications. An N/A without a justification the criterion requires counts as unanswered.
    }
report-na-register-empty = The operator marked no criterion N/A.
report-open-items = Open items
report-open-items-intro =
    { $count ->
        [one] { $count } applicable criterion the operator flagged for review or left unanswered.
       *[other] { $count } applicable criteria the operator flagged for review or left unanswered.
    }
report-open-items-empty = Nothing is open: every applicable criterion is answered and none is flagged.
report-evidence-register = Evidence register
report-evidence-register-intro =
    { $count ->
        [one] { $count } evidence file named by the operator. The files stay with the operator: the SHA-256 lets an auditor check that a document shown later is exactly the one recorded here.
       *[other] { $count } evidence files named by the operator. The files stay with the operator: their SHA-256 lets an auditor check that a document shown later is exactly the one recorded here.
    }
report-evidence-register-empty = No evidence file was recorded.
report-answers-appendix = Answers appendix
report-answers-appendix-intro = Every criterion of the questionnaire, by section, with the operator's answer and comment. “Not in scope” marks criteria outside the assessed profiles or whose condition does not hold.

# The auditor's review.
report-auditor-review = Auditor review
report-the-auditor = The auditor
report-auditor-review-summary =
    { $count ->
        [one] { $reviewer } reviewed { $count } answer: { $confirmed } confirmed, { $not_confirmed } not confirmed, { $needs_evidence } needing evidence.
       *[other] { $reviewer } reviewed { $count } answers: { $confirmed } confirmed, { $not_confirmed } not confirmed, { $needs_evidence } needing evidence.
    }

# The method, the sign-off and the integrity page.
report-method = Method
report-method-intro = How each score in this report follows from the answers: for the overall result and every section, the parts it combines, their weights and values, and the arithmetic of its aggregate. Criteria marked N/A, or not in scope, are left out of every denominator.
report-sign-off = Sign-off
report-sign-off-intro = The assessor confirms that the answers reflect the facility as it is; the reviewing auditor confirms the review. Sign on a printed copy: a signature added to the PDF file would change its bytes and fail verification.
report-role-assessor = Assessor
report-role-auditor = Reviewing auditor
report-sign-name = Name
report-sign-signature = Signature
report-sign-date = Date
report-integrity = Integrity
report-integrity-intro = The PDF of this report carries the criteria file and the assessment file it was made from as attachments (see the attachments panel of a PDF reader). Anyone can check, offline, that the PDF matches them: “certready verify REPORT.pdf”, or the app's “Verify a report”, extracts both files, scores the assessment again, re-creates every page with the generation time below and compares them with the document.
report-criteria-file = Criteria file
report-criteria-sha256 = Criteria SHA-256
report-assessment-file = Assessment file
report-assessment-sha256 = Assessment SHA-256
report-made-by = Made by
# $name: the attachment's file name; $bytes: its size.
report-file-size =
    { $bytes ->
        [one] { $name }, { $bytes } byte
       *[other] { $name }, { $bytes } bytes
    }
report-not-attached = not attached
# The description of each file attached to the PDF; $sha256: its fingerprint (verify reads it).
report-attachment-criteria = The criteria file this report was made from; SHA-256 { $sha256 }
report-attachment-assessment = The assessment file this report was made from; SHA-256 { $sha256 }

## Verification
## What `certready verify` and the app's "Verify a report" say of a PDF (src/pdf/verify.rs).
## $name: an attachment's file name; hashes arrive as hex; $pages: page numbers joined by ", ".

verify-attachment-changed = attachment { $name } has SHA-256 { $actual }, but the document states { $stated }
verify-attachment-unstated = attachment { $name } has SHA-256 { $actual }, but the document states no SHA-256 for it
verify-attachment-invalid =
    { $errors ->
        [one] attachment { $name } is no longer a valid file ({ $errors } error): the report cannot be rebuilt
       *[other] attachment { $name } is no longer a valid file ({ $errors } errors): the report cannot be rebuilt
    }
verify-page-count = the document has { $document } pages, the report rebuilt from its attachments { $rebuilt }
verify-pages =
    { $count ->
        [one] the content of page { $pages } differs from the report rebuilt from its attachments
       *[other] the content of pages { $pages } differs from the report rebuilt from its attachments
    }
verify-document-id = the document ID does not match the attachments and generation time
verify-unreadable = not a readable PDF
verify-not-certready = not a certready report (its creator is not certready)
verify-missing-attachment = the PDF has no attachment { $name }
verify-no-generation-time = the PDF has no creation date in certready's form
verify-unusable-attachment =
    { $errors ->
        [one] attachment { $name } is not accepted by this version of certready ({ $errors } error)
       *[other] attachment { $name } is not accepted by this version of certready ({ $errors } errors)
    }
verify-needs-fallback-font = the report was made with the fallback font (for CJK text), which was not given
verify-languages = the report cannot be rebuilt in its languages
verify-render = could not rebuild the report
