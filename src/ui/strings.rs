//! Every user-facing string of the browser app, in English: the one place a translation
//! replaces. Plain strings are constants; strings with values are functions. Components never
//! hold prose of their own (tests/it/architecture.rs checks it).

use crate::worker::protocol::Stage;

// The app frame and errors.
pub const APP_NAME: &str = "certready";
pub const FATAL: &str = "certready hit an internal error and stopped. Your answers up to the last change are \
                         saved in this browser: reload the page to continue, and please report this problem.";
pub const FATAL_EXPORT: &str = "Download the saved assessment (YAML)";
pub const STORAGE_FAILED_BEFORE: &str = "Your answers could not be saved in this browser (";
pub const STORAGE_FAILED_AFTER: &str = "). Nothing is lost yet: export the assessment now to keep a copy.";
pub const STORAGE_EXPORT: &str = "Export now";
pub const WHOLE_FILE: &str = "Whole file";

/// The footer once the service worker has cached the whole app.
pub const OFFLINE_AVAILABLE: &str = "Available offline";
/// The footer while the browser reports no network.
pub const OFFLINE_NOW: &str = "Offline — your answers keep being saved in this browser";

// Home.
pub const LEAD: &str = "Prepare for a security certification: answer the criteria, see your score and gaps as you \
                        go, and download a PDF gap report. Everything stays in this browser; nothing is sent anywhere.";
pub const YOUR_ASSESSMENTS: &str = "Your assessments";
pub const NO_ASSESSMENTS: &str = "No assessment yet: start one from a questionnaire below.";
pub const QUESTIONNAIRES: &str = "Start a new assessment";
pub const NEW_ASSESSMENT: &str = "New assessment";
pub const OPEN: &str = "Open";
pub const RENAME: &str = "Rename";
pub const DUPLICATE: &str = "Duplicate";
pub const DELETE: &str = "Delete";
pub const CANCEL: &str = "Cancel";
pub const SAVE: &str = "Save";
pub const NEW_NAME: &str = "New name";
pub const DELETE_FOREVER: &str = "Delete for good";
pub const CRITERIA_UNAVAILABLE: &str =
    "Its criteria file is not available in this browser: open the same criteria file again to continue.";
pub const CONFLICT_CHANGED: &str = "This assessment was also changed in another tab or window of this browser. \
     This tab has stopped saving, so that neither version overwrites the other: choose the one to keep, \
     or export this tab's version first.";
pub const CONFLICT_DELETED: &str =
    "This assessment was deleted in another tab or window. It is still open here: keep it to save it again, or export it.";
pub const CONFLICT_LOAD: &str = "Load the other version";
pub const CONFLICT_KEEP: &str = "Keep this tab's version";
pub const CONFLICT_EXPORT: &str = "Export this tab's version";
pub const UPDATED_ELSEWHERE: &str = "Updated with the changes made in another tab or window.";
pub const CHANGE_ELSEWHERE: &str = "changes made in another tab";
pub const UNREADABLE_SAVE: &str = "This saved assessment cannot be read. Export it to keep the text.";
pub const EXPORT: &str = "Export";
pub const CREATE_TITLE: &str = "New assessment";
pub const CREATE_HELP: &str = "Who and what is assessed. All of it can be changed later.";
pub const CREATE: &str = "Create and start";
pub const NAME: &str = "Name of this assessment";
pub const NAME_HINT: &str = "e.g. the facility and the year";
pub const FORGET_CRITERIA: &str = "Remove this criteria file from the browser";
pub const DROP_TITLE: &str = "Open a criteria file";
pub const DROP_HELP: &str = "For scheme owners and regulators: drop a criteria file (YAML) here, or choose one. A \
                             valid file is offered for new assessments; an invalid one shows every problem with its \
                             line and a hint. The file stays in this browser.";
pub const DROP_CHOOSE: &str = "Choose a criteria file…";
pub const VERIFY_TITLE: &str = "Verify a report";
pub const VERIFY_HELP: &str = "For auditors: drop a certready PDF report here, or choose one. Its attached criteria \
                               and assessment files are scored again and the report rebuilt in this browser, then \
                               compared with the PDF page by page. Nothing is uploaded.";
pub const VERIFY_CHOOSE: &str = "Choose a PDF report…";
pub const VERIFY_MATCHES: &str = "Matches.";
pub const VERIFY_DIFFERS: &str = "Does not match.";
pub const VERIFY_GENERATED: &str = "Generated";
pub const VERIFY_MADE_BY: &str = "Made by";
pub const VERIFY_CRITERIA: &str = "Criteria SHA-256";
pub const VERIFY_ASSESSMENT: &str = "Assessment SHA-256";
pub const SHOW_PROBLEMS: &str = "Show the problems";
pub const UNTITLED: &str = "Untitled assessment";

// Subject.
pub const ORGANISATION: &str = "Organisation";
pub const FACILITY: &str = "Facility";
pub const COUNTRY: &str = "Country";
pub const ASSESSOR: &str = "Assessor";
pub const ROLE: &str = "Assessor's role";
pub const SUBJECT: &str = "Facility and assessor";
pub const PROFILES: &str =
    "This facility is a… (criteria outside the chosen profiles are hidden; none chosen shows all)";

// Walk-through.
pub const EXPORT_YAML: &str = "Export answers (YAML)";
pub const IMPORT_YAML: &str = "Import answers…";
pub const DOWNLOAD_PDF: &str = "Download PDF report";
pub const ALL_ASSESSMENTS: &str = "All assessments";
pub const UNDO: &str = "Undo";
pub const NOTHING_TO_UNDO: &str = "Nothing to undo";
pub const FILE_ACTIONS: &str = "Assessment file";
pub const SECTIONS: &str = "Sections";
pub const LIVE_SCORE: &str = "Live score";
pub const PREVIOUS_SECTION: &str = "← Previous section";
pub const NEXT_SECTION: &str = "Next section →";
pub const SEARCH: &str = "Search criteria";
pub const SEARCH_HINT: &str = "id or words of the requirement";
pub const SHOW: &str = "Show";
pub const NEXT_UNANSWERED: &str = "Next unanswered";
pub const ALL_DONE: &str = "Every applicable criterion is answered.";
pub const NO_MATCH: &str = "No criterion matches.";
pub const CLEAR_FILTERS: &str = "Show all criteria";
pub const PROGRESS: &str = "Progress";

// A criterion.
pub const MET: &str = "met";
pub const GAP: &str = "gap";
pub const NA_BADGE: &str = "N/A";
pub const NEEDS_JUSTIFICATION: &str = "justification needed";
pub const CRITICAL: &str = "critical";
pub const CRITICAL_HINT: &str = "Must be fully met to be ready";
pub const FLAGGED: &str = "flagged";
pub const NOT_APPLICABLE: &str = "Not applicable";
pub const WHY_NA_REQUIRED: &str = "Why does this not apply? (required for N/A to count)";
pub const WHY_NA_OPTIONAL: &str = "Why does this not apply? (optional)";
pub const CLEAR: &str = "clear";
pub const COMMENT: &str = "Comment";
pub const FLAG_FOR_REVIEW: &str = "Flag for review";
pub const DETAILS: &str = "Guidance, evidence and remediation";
pub const FULLY_MET: &str = "Fully met: ";
pub const EVIDENCE_ASKED: &str = "Evidence an auditor will ask for:";
pub const IF_NOT_MET: &str = "If not met: ";
pub const ADD_EVIDENCE: &str = "Add an evidence file…";
pub const EVIDENCE_HELP: &str =
    "The file is hashed (SHA-256) in this browser; only its name, size and hash are kept. It is never uploaded.";
pub const REMOVE: &str = "remove";

// Scorecard.
pub const OVERALL: &str = "Overall ";
pub const SECTIONS_HEADING: &str = "Sections";
pub const NOT_SCORED: &str = "n/a";

pub fn filter_label(filter: crate::worklist::Filter) -> &'static str {
    use crate::worklist::Filter;
    match filter {
        Filter::All => "All, by section",
        Filter::Unanswered => "Unanswered",
        Filter::Gaps => "Gaps",
        Filter::Flagged => "Flagged",
        Filter::Critical => "Critical",
    }
}

pub fn matches(count: usize) -> String {
    match count {
        1 => "1 criterion matches".to_owned(),
        _ => format!("{count} criteria match"),
    }
}

pub fn questionnaire_details(id: &str, version: &str, criteria: usize, sections: usize, from_disk: bool) -> String {
    let origin = if from_disk { " · opened from a file" } else { "" };
    format!("{id} version {version} · {criteria} criteria in {sections} sections{origin}")
}

pub fn assessment_details(questionnaire: &str, version: &str, place: &str) -> String {
    if place.is_empty() {
        format!("{questionnaire} · version {version}")
    } else {
        format!("{questionnaire} · version {version} · {place}")
    }
}

pub fn answered_of(answered: usize, applicable: usize, percent: &str) -> String {
    format!("Answered {answered} of {applicable} ({percent})")
}

pub fn updated(when: &str) -> String {
    format!("last change {when}")
}

pub fn delete_question(name: &str) -> String {
    format!(
        "Delete “{name}” and all its answers from this browser? This cannot be undone; export it first to keep a copy."
    )
}

pub fn copy_of(name: &str) -> String {
    format!("{name} (copy)")
}

pub fn deleted(name: &str) -> String {
    format!("Deleted “{name}”.")
}

pub fn duplicated(name: &str) -> String {
    format!("Created “{name}”.")
}

pub fn undo_what(label: &str) -> String {
    format!("Undo the last change ({label})")
}

pub fn verifying(file: &str) -> String {
    format!("Checking {file}…")
}

pub fn verified(file: &str, matches: bool) -> String {
    if matches {
        format!("{file} says exactly what its attached files give, on every page.")
    } else {
        format!("{file} is not what its attached files give:")
    }
}

pub fn verify_impossible(file: &str, reason: &str) -> String {
    format!("{file} cannot be checked: {reason}.")
}

pub fn undone(label: &str) -> String {
    format!("Undone: {label}.")
}

pub fn answer_for(id: &str) -> String {
    format!("Answer for {id}")
}

pub fn change_answer(id: &str) -> String {
    format!("answer to {id}")
}

pub fn change_comment(id: &str) -> String {
    format!("comment on {id}")
}

pub fn change_justification(id: &str) -> String {
    format!("N/A justification of {id}")
}

pub fn change_flag(id: &str) -> String {
    format!("review flag of {id}")
}

pub fn change_evidence(id: &str) -> String {
    format!("evidence of {id}")
}

pub const CHANGE_SUBJECT: &str = "facility and assessor";
pub const CHANGE_PROFILES: &str = "profiles";

pub fn change_import(file: &str) -> String {
    format!("import of {file}")
}

pub fn evidence_line(name: &str, bytes: u64) -> String {
    format!("{name} · {}", human_size(bytes))
}

pub fn hashing(name: &str) -> String {
    format!("Hashing {name}…")
}

pub fn hashed(name: &str) -> String {
    format!("Recorded {name} (SHA-256 computed in this browser; the file was not stored).")
}

fn human_size(bytes: u64) -> String {
    match bytes {
        0..1_000 => format!("{bytes} bytes"),
        1_000..1_000_000 => format!("{:.1} kB", bytes as f64 / 1e3),
        _ => format!("{:.1} MB", bytes as f64 / 1e6),
    }
}

pub fn opened(name: &str) -> String {
    format!("Opened {name}.")
}

pub fn opened_with_warnings(name: &str, warnings: usize) -> String {
    format!("Opened {name} ({warnings} warnings: run `certready validate` to see them).")
}

pub fn imported(file: &str, answers: usize, warnings: usize) -> String {
    let note = if warnings == 0 { String::new() } else { format!(" ({warnings} warnings)") };
    format!("Imported {file}: {answers} answers{note}.")
}

pub fn exported(name: &str) -> String {
    format!("Exported {name}.")
}

pub fn downloaded(name: &str) -> String {
    format!("Downloaded {name}.")
}

pub fn downloaded_with_uncovered(name: &str, characters: &[char]) -> String {
    format!(
        "Downloaded {name}, but no font has {}: the report shows \u{FFFD} in their place.",
        crate::diag::describe_characters(characters)
    )
}

pub fn pdf_engine_stopped(reason: &str) -> String {
    if reason.is_empty() {
        "the PDF engine could not be loaded or stopped".to_owned()
    } else {
        format!("the PDF engine stopped: {reason}")
    }
}

pub const GENERATING_PDF: &str = "Generating the PDF report…";
pub const CANCEL_PDF: &str = "Cancel";
pub const PDF_CANCELLED: &str = "PDF report cancelled.";
pub const NO_QUESTIONNAIRE: &str = "no questionnaire is open";

pub fn generating_pdf(stage: Stage) -> String {
    let doing = match stage {
        Stage::Reading => "reading the answers",
        Stage::Fonts => "loading the fonts",
        Stage::Rendering => "laying out and writing the pages",
    };
    format!("Generating the PDF report: {doing}…")
}

pub fn pdf_failed(problem: &str) -> String {
    format!("The PDF could not be generated: {problem}")
}

pub fn export_failed(problem: &str) -> String {
    format!("Export failed: {problem}")
}

pub fn read_failed(file: &str, problem: &str) -> String {
    format!("Could not read {file}: {problem}")
}

pub fn not_accepted(file: &str, problems: usize) -> String {
    format!("{file} was not accepted ({problems} problems):")
}

pub fn cannot_be_used(file: &str, problems: usize) -> String {
    format!("{file} cannot be used ({problems} problems)")
}

pub fn index_failed(problem: &str) -> String {
    format!("Could not load the criteria index: {problem}")
}

/// Diagnostics are lowercase, like the validator's.
pub fn could_not_load(problem: &str) -> String {
    format!("could not load it: {problem}")
}

pub const INDEX_FILE_MISSING_HINT: &str = "check that the file named in index.txt is in the questionnaires folder";

pub fn storage_failed(problem: &str) -> String {
    format!("Could not change the saved assessments: {problem}")
}

pub fn place(line: usize, column: usize) -> String {
    format!("Line {line}, column {column}")
}

pub fn pass_mark(percent: &str) -> String {
    format!(" (pass mark {percent})")
}

pub fn more_reasons(count: usize) -> String {
    match count {
        1 => "1 more reason".to_owned(),
        _ => format!("{count} more reasons"),
    }
}

pub fn top_gaps(count: usize) -> String {
    format!("Top gaps ({count} in all)")
}

pub fn impact(points: f64) -> String {
    format!("+{points:.1} pts")
}

pub fn version_line(id: &str, version: &str) -> String {
    format!("{id} · version {version}")
}

pub fn wrong_version(name: &str, saved: &str, offered: &str) -> String {
    format!(
        "“{name}” answers version {saved} of its questionnaire, but this browser offers version {offered}. Export it, \
         or open the criteria file of version {saved}."
    )
}

pub fn unknown_assessment(id: &str) -> String {
    format!("There is no saved assessment “{id}” in this browser.")
}
