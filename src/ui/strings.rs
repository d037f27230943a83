//! Every user-facing string of the browser app, from the message catalog (`locales/`, through
//! [`crate::i18n`]) in the language the person chose ([`lang`]). Plain messages are functions
//! without arguments; messages with values take them by name. Components never hold prose of
//! their own (tests/it/architecture.rs checks it). The app renders again when the language
//! changes (`ui::App`), so a view reads these once.

use std::cell::Cell;

use crate::i18n::{self, Args, Lang};
use crate::worker::protocol::Stage;
use crate::worklist::Filter;

thread_local! {
    static LANG: Cell<Lang> = const { Cell::new(Lang::En) };
}

/// The language the app speaks now.
pub fn lang() -> Lang {
    LANG.with(Cell::get)
}

/// Sets the language the next render speaks (`ui::App` owns the signal that re-renders).
pub fn set_lang(lang: Lang) {
    LANG.with(|current| current.set(lang));
}

fn text(id: &str) -> String {
    i18n::text(lang(), id)
}

fn message(id: &str, args: Args) -> String {
    i18n::message(lang(), id, &args)
}

/// A message cut around one of its values, for a view that styles the two parts apart (e.g.
/// "Fully met: " in bold before the guidance): the text before the value and after it.
pub fn around(id: &str, value: &str) -> (String, String) {
    cut(message(id, Args::new().with(value, MARK)))
}

/// Stands for the value a message is cut around.
const MARK: &str = "\u{1}";

fn cut(whole: String) -> (String, String) {
    match whole.split_once(MARK) {
        Some((before, after)) => (before.to_owned(), after.to_owned()),
        None => (whole, String::new()),
    }
}

/// The language to show a criteria file's texts in: the app's, when the file has it, else the
/// file's default language.
pub fn criteria_language(questionnaire: &crate::model::Questionnaire) -> String {
    let code = lang().code();
    if questionnaire.languages.iter().any(|l| l == code) {
        code.to_owned()
    } else {
        questionnaire.languages.first().cloned().unwrap_or_else(|| code.to_owned())
    }
}

/// A fraction (0.494) as a percentage in the app's language (`49.4%`, `49,4 %`).
pub fn percent(fraction: f64) -> String {
    i18n::percent(lang(), fraction * 100.0, 1)
}

macro_rules! plain {
    ($($name:ident => $id:literal,)*) => {
        $(pub fn $name() -> String { text($id) })*
    };
}

plain! {
    app_name => "app-name",
    language => "language",
    fatal => "fatal",
    fatal_export => "fatal-export",
    storage_export => "storage-export",
    whole_file => "whole-file",
    offline_available => "offline-available",
    offline_now => "offline-now",
    lead => "lead",
    your_assessments => "your-assessments",
    no_assessments => "no-assessments",
    questionnaires => "questionnaires",
    new_assessment => "new-assessment",
    open => "open",
    rename => "rename",
    duplicate => "duplicate",
    delete => "delete",
    cancel => "cancel",
    save => "save",
    new_name => "new-name",
    delete_forever => "delete-forever",
    criteria_unavailable => "criteria-unavailable",
    conflict_changed => "conflict-changed",
    conflict_deleted => "conflict-deleted",
    conflict_load => "conflict-load",
    conflict_keep => "conflict-keep",
    conflict_export => "conflict-export",
    updated_elsewhere => "updated-elsewhere",
    change_elsewhere => "change-elsewhere",
    unreadable_save => "unreadable-save",
    export => "export",
    create_help => "create-help",
    create => "create",
    name => "name",
    name_hint => "name-hint",
    forget_criteria => "forget-criteria",
    drop_title => "drop-title",
    drop_help => "drop-help",
    drop_choose => "drop-choose",
    verify_title => "verify-title",
    verify_help => "verify-help",
    verify_choose => "verify-choose",
    verify_matches => "verify-matches",
    verify_differs => "verify-differs",
    verify_generated => "verify-generated",
    verify_made_by => "verify-made-by",
    verify_criteria => "verify-criteria",
    verify_assessment => "verify-assessment",
    show_problems => "show-problems",
    untitled => "untitled",
    organisation => "organisation",
    facility => "facility",
    country => "country",
    assessor => "assessor",
    role => "role",
    subject => "subject",
    profiles => "profiles",
    export_yaml => "export-yaml",
    import_yaml => "import-yaml",
    download_pdf => "download-pdf",
    report_options => "report-options",
    report_language => "report-language",
    report_second_language => "report-second-language",
    report_no_second_language => "report-no-second-language",
    export_html => "export-html",
    export_csv => "export-csv",
    export_json => "export-json",
    all_assessments => "all-assessments",
    undo => "undo",
    nothing_to_undo => "nothing-to-undo",
    file_actions => "file-actions",
    sections => "sections",
    live_score => "live-score",
    previous_section => "previous-section",
    next_section => "next-section",
    search => "search",
    search_hint => "search-hint",
    show => "show",
    next_unanswered => "next-unanswered",
    all_done => "all-done",
    no_match => "no-match",
    clear_filters => "clear-filters",
    progress => "progress",
    met => "met",
    gap => "gap",
    na_badge => "na-badge",
    needs_justification => "needs-justification",
    critical => "critical",
    critical_hint => "critical-hint",
    flagged => "flagged",
    not_applicable => "not-applicable",
    why_na_required => "why-na-required",
    why_na_optional => "why-na-optional",
    clear => "clear",
    comment => "comment",
    flag_for_review => "flag-for-review",
    details => "details",
    untranslated => "untranslated",
    evidence_asked => "evidence-asked",
    add_evidence => "add-evidence",
    evidence_help => "evidence-help",
    remove => "remove",
    sections_heading => "sections-heading",
    not_scored => "not-scored",
    change_subject => "change-subject",
    change_profiles => "change-profiles",
    generating_pdf_plain => "generating-pdf",
    cancel_pdf => "cancel-pdf",
    pdf_cancelled => "pdf-cancelled",
    no_questionnaire => "no-questionnaire",
    index_file_missing_hint => "index-file-missing-hint",
}

pub fn storage_save_failed(problem: &str) -> String {
    message("storage-save-failed", Args::new().with("problem", problem))
}

pub fn filter_label(filter: Filter) -> String {
    text(match filter {
        Filter::All => "filter-all",
        Filter::Unanswered => "filter-unanswered",
        Filter::Gaps => "filter-gaps",
        Filter::Flagged => "filter-flagged",
        Filter::Critical => "filter-critical",
    })
}

pub fn matches(count: usize) -> String {
    message("matches", Args::new().with("count", count))
}

pub fn questionnaire_details(id: &str, version: &str, criteria: usize, sections: usize, from_disk: bool) -> String {
    let args = Args::new()
        .with("id", id)
        .with("version", version)
        .with("criteria", criteria)
        .with("sections", sections)
        .with("from_disk", if from_disk { "yes" } else { "no" });
    message("questionnaire-details", args)
}

pub fn assessment_details(questionnaire: &str, version: &str, place: &str) -> String {
    let args = Args::new().with("questionnaire", questionnaire).with("version", version);
    if place.is_empty() {
        message("assessment-details-no-place", args)
    } else {
        message("assessment-details", args.with("place", place))
    }
}

pub fn answered_of(answered: usize, applicable: usize, percent: &str) -> String {
    message(
        "answered-of",
        Args::new().with("answered", answered).with("applicable", applicable).with("percent", percent),
    )
}

/// When an assessment last changed, from its `updated` stamp (RFC 3339), as the language
/// writes a date.
pub fn updated(stamp: &str) -> String {
    let when = crate::time::Timestamp::from_rfc3339(stamp)
        .map_or_else(|| stamp.to_owned(), |time| crate::report::date_time(lang(), time));
    message("updated", Args::new().with("when", when))
}

/// The name of a questionnaire's "New assessment" button, which says which questionnaire.
pub fn new_assessment_of(title: &str) -> String {
    message("new-assessment-of", Args::new().with("title", title))
}

/// The new-assessment form's heading, naming the questionnaire.
pub fn create_title_for(title: &str) -> String {
    message("create-title-for", Args::new().with("title", title))
}

/// The name of the "clear" button of criterion `id`'s answer.
pub fn clear_answer(id: &str) -> String {
    message("clear-answer", Args::new().with("id", id))
}

pub fn delete_question(name: &str) -> String {
    message("delete-question", Args::new().with("name", name))
}

pub fn copy_of(name: &str) -> String {
    message("copy-of", Args::new().with("name", name))
}

pub fn deleted(name: &str) -> String {
    message("deleted", Args::new().with("name", name))
}

pub fn duplicated(name: &str) -> String {
    message("duplicated", Args::new().with("name", name))
}

pub fn undo_what(label: &str) -> String {
    message("undo-what", Args::new().with("label", label))
}

pub fn verifying(file: &str) -> String {
    message("verifying", Args::new().with("file", file))
}

pub fn verified(file: &str, matches: bool) -> String {
    message("verified", Args::new().with("file", file).with("matches", if matches { "yes" } else { "no" }))
}

pub fn verify_impossible(file: &str, reason: &str) -> String {
    message("verify-impossible", Args::new().with("file", file).with("reason", reason))
}

pub fn undone(label: &str) -> String {
    message("undone", Args::new().with("label", label))
}

pub fn answer_for(id: &str) -> String {
    message("answer-for", Args::new().with("id", id))
}

pub fn change_answer(id: &str) -> String {
    message("change-answer", Args::new().with("id", id))
}

pub fn change_comment(id: &str) -> String {
    message("change-comment", Args::new().with("id", id))
}

pub fn change_justification(id: &str) -> String {
    message("change-justification", Args::new().with("id", id))
}

pub fn change_flag(id: &str) -> String {
    message("change-flag", Args::new().with("id", id))
}

pub fn change_evidence(id: &str) -> String {
    message("change-evidence", Args::new().with("id", id))
}

pub fn change_evidence_note(id: &str) -> String {
    message("change-evidence-note", Args::new().with("id", id))
}

/// The name of a button that removes the evidence file `name`.
pub fn remove_file(name: &str) -> String {
    message("remove-file", Args::new().with("name", name))
}

/// The label of the note on the evidence file `name`.
pub fn evidence_note(name: &str) -> String {
    message("evidence-note", Args::new().with("name", name))
}

pub fn change_import(file: &str) -> String {
    message("change-import", Args::new().with("file", file))
}

pub fn evidence_line(name: &str, bytes: u64) -> String {
    message("evidence-line", Args::new().with("name", name).with("bytes", human_size(bytes)))
}

pub fn hashing(name: &str) -> String {
    message("hashing", Args::new().with("name", name))
}

pub fn hashed(name: &str) -> String {
    message("hashed", Args::new().with("name", name))
}

fn human_size(bytes: u64) -> String {
    crate::report::registers::size(lang(), bytes)
}

pub fn opened(name: &str) -> String {
    message("opened", Args::new().with("name", name))
}

pub fn opened_with_warnings(name: &str, warnings: usize) -> String {
    message("opened-with-warnings", Args::new().with("name", name).with("warnings", warnings))
}

pub fn imported(file: &str, answers: usize, warnings: usize) -> String {
    message("imported", Args::new().with("file", file).with("answers", answers).with("warnings", warnings))
}

pub fn exported(name: &str) -> String {
    message("exported", Args::new().with("name", name))
}

pub fn downloaded(name: &str) -> String {
    message("downloaded", Args::new().with("name", name))
}

pub fn downloaded_with_uncovered(name: &str, characters: &[char]) -> String {
    let characters = crate::diag::describe_characters(characters);
    message("downloaded-with-uncovered", Args::new().with("name", name).with("characters", characters))
}

pub fn pdf_engine_stopped(reason: &str) -> String {
    if reason.is_empty() {
        text("pdf-engine-stopped-no-reason")
    } else {
        message("pdf-engine-stopped", Args::new().with("reason", reason))
    }
}

pub fn generating_pdf(stage: Stage) -> String {
    text(match stage {
        Stage::Reading => "stage-reading",
        Stage::Fonts => "stage-fonts",
        Stage::Rendering => "stage-rendering",
    })
}

pub fn pdf_failed(problem: &str) -> String {
    message("pdf-failed", Args::new().with("problem", problem))
}

pub fn export_failed(problem: &str) -> String {
    message("export-failed", Args::new().with("problem", problem))
}

pub fn read_failed(file: &str, problem: &str) -> String {
    message("read-failed", Args::new().with("file", file).with("problem", problem))
}

pub fn not_accepted(file: &str, problems: usize) -> String {
    message("not-accepted", Args::new().with("file", file).with("problems", problems))
}

pub fn cannot_be_used(file: &str, problems: usize) -> String {
    message("cannot-be-used", Args::new().with("file", file).with("problems", problems))
}

pub fn index_failed(problem: &str) -> String {
    message("index-failed", Args::new().with("problem", problem))
}

/// Diagnostics are lowercase, like the validator's.
pub fn could_not_load(problem: &str) -> String {
    message("could-not-load", Args::new().with("problem", problem))
}

pub fn storage_failed(problem: &str) -> String {
    message("storage-failed", Args::new().with("problem", problem))
}

pub fn place(line: usize, column: usize) -> String {
    message("place", Args::new().with("line", line).with("column", column))
}

/// The overall score line, cut around the score (which the scorecard shows in bold).
pub fn overall(pass_mark: Option<f64>) -> (String, String) {
    match pass_mark {
        None => around("overall", "score"),
        Some(mark) => {
            cut(message("overall-with-pass-mark", Args::new().with("score", MARK).with("percent", percent(mark))))
        }
    }
}

pub fn more_reasons(count: usize) -> String {
    message("more-reasons", Args::new().with("count", count))
}

pub fn top_gaps(count: usize) -> String {
    message("top-gaps", Args::new().with("count", count))
}

pub fn impact(points: f64) -> String {
    message("impact", Args::new().with("points", i18n::number(lang(), points, 1)))
}

pub fn version_line(id: &str, version: &str) -> String {
    message("version-line", Args::new().with("id", id).with("version", version))
}

pub fn wrong_version(name: &str, saved: &str, offered: &str) -> String {
    message("wrong-version", Args::new().with("name", name).with("saved", saved).with("offered", offered))
}

pub fn unknown_assessment(id: &str) -> String {
    message("unknown-assessment", Args::new().with("id", id))
}

/// The verdict's word (the scorecard shows it in capitals).
pub fn status(status: crate::scoring::Status) -> String {
    crate::report::status_word(lang(), status)
}

/// Under a "not rated" verdict: the criteria file sets no pass mark, and the overall score.
pub fn no_pass_rule(questionnaire: &crate::model::Questionnaire, overall: Option<crate::scoring::Score>) -> String {
    crate::report::sentence(&crate::scoring::no_rule_words(questionnaire, overall, lang(), percent))
}

/// One reason of the verdict, in the app's language; sections are named by their title in
/// the language the criteria are shown in.
pub fn reason(reason: &crate::scoring::Reason, questionnaire: &crate::model::Questionnaire) -> String {
    reason.describe(questionnaire, lang(), &criteria_language(questionnaire), percent)
}
