//! The report as data, in the languages asked for: [`build`] decides what a report says (every
//! figure, every row, every word resolved from the message catalog or the criteria file), and
//! [`document`] orders it into format-neutral blocks that `pdf::render` and [`html`] only lay out.
//! `--format json` is [`Report`] as serialized by serde (field names are stable); `csv` writes
//! its gap register.

pub mod csv;
pub mod document;
pub mod html;
pub mod registers;
pub mod summary;
mod texts;

use serde::Serialize;

use crate::diag::Diagnostic;
use crate::i18n::{self, Args, Lang};
use crate::model::{parse_assessment, parse_questionnaire, Assessment, Questionnaire};
use crate::scoring::{self, explain, score, CriterionState, Scorecard, Status};
use crate::time::Timestamp;
pub use document::{document, Document};
pub use registers::{
    AnswerRow, AnswerSection, EvidenceRow, NaRow, OpenRow, Registers, RetiredRow, ReviewRow, ReviewSection,
};
pub use texts::{Languages, LanguagesError, Localized, Texts};

/// The tool's version, printed in every report.
pub const TOOL_VERSION: &str = env!("CARGO_PKG_VERSION");

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    /// The language of the report's own words (BCP 47), e.g. "fr".
    pub language: String,
    /// The languages of the criteria texts, in order: one, or two for a bilingual report.
    pub criteria_languages: Vec<String>,
    /// e.g. "Postal security self-assessment"
    pub questionnaire_title: Texts,
    pub questionnaire_id: String,
    pub questionnaire_version: String,
    pub publisher: Texts,
    /// The criteria file's own disclaimer, printed on the cover.
    pub disclaimer: Texts,
    /// The handling marking printed on every page.
    pub marking: Texts,
    pub organisation: String,
    pub facility: String,
    pub country: String,
    /// Titles of the assessment's profiles; empty means "all".
    pub profiles: Vec<Texts>,
    pub assessor: String,
    /// The assessment's last change, as the report's language writes a date; empty if unknown.
    pub answers_as_of: String,
    /// RFC 3339 in JSON, e.g. "2026-11-24T10:30:00Z".
    #[serde(serialize_with = "rfc3339")]
    pub generated: Timestamp,
    /// "ready", "not ready" or "incomplete" in JSON.
    #[serde(serialize_with = "status_label")]
    pub status: Status,
    /// e.g. "READY", "PRÊT".
    pub verdict: String,
    /// Every reason, as sentences.
    pub reasons: Vec<String>,
    /// The band label, when one is reached.
    pub band: Option<Texts>,
    /// e.g. "72.5%", or "n/a" when nothing applies.
    pub overall: String,
    pub overall_fraction: f64,
    pub pass_overall: Option<f64>,
    /// e.g. "85.0% (34 of 40)"
    pub completeness: String,
    pub counts: Vec<(String, usize)>,
    /// SHA-256 (hex) of the criteria file; of the attached one when there are [`Sources`].
    pub criteria_sha256: String,
    /// SHA-256 (hex) of the assessment file: of the attached one when there are [`Sources`],
    /// else of its canonical text (`Assessment::to_yaml`).
    pub assessment_sha256: String,
    pub sections: Vec<SectionRow>,
    pub gaps: Vec<GapRow>,
    /// The N/A claims, open items, evidence files and every answer.
    pub registers: Registers,
    /// How every number was computed, section by section: the Method.
    pub method: Vec<Explanation>,
    pub tool_version: String,
    /// The files the report was made from, embedded in the PDF (not in the JSON).
    #[serde(skip)]
    pub sources: Option<Sources>,
}

/// One computation of the Method (see `scoring::explain`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Explanation {
    pub heading: String,
    /// (id, weight or level, value, what) per part.
    pub parts: Vec<[String; 4]>,
    pub arithmetic: String,
}

/// The criteria file and the assessment file, byte for byte, as the caller read them.
#[derive(Debug, Clone, PartialEq)]
pub struct Sources {
    pub criteria: Vec<u8>,
    pub assessment: Vec<u8>,
}

impl Sources {
    /// The attachment names in the PDF.
    pub const CRITERIA_NAME: &str = "criteria.yaml";
    pub const ASSESSMENT_NAME: &str = "assessment.yaml";
}

/// A report made from its two files ([`from_sources`]), with each file's diagnostics.
#[derive(Debug)]
pub struct FromSources {
    /// `None` when either file is refused, or the languages asked for cannot be had.
    pub report: Option<Report>,
    /// The criteria file's diagnostics.
    pub criteria: Vec<Diagnostic>,
    /// The assessment file's diagnostics; empty when the criteria were refused, since an
    /// assessment is checked against its criteria.
    pub assessment: Vec<Diagnostic>,
    /// Whether the criteria file (rather than the assessment) was refused.
    pub criteria_refused: bool,
    /// Why the languages asked for cannot be had.
    pub languages: Option<LanguagesError>,
}

/// The whole pipeline from the two files a report carries: parse and validate both, score,
/// build in the `languages` asked for (`None`: the criteria file's default language), and
/// attach the files. The CLI, the PDF worker and `verify` all make reports here.
pub fn from_sources(sources: &Sources, generated: Timestamp, languages: Option<&[String]>) -> FromSources {
    let (questionnaire, criteria) = parse_questionnaire(&sources.criteria);
    let Some(questionnaire) = questionnaire else {
        return FromSources { report: None, criteria, assessment: Vec::new(), criteria_refused: true, languages: None };
    };
    let (answers, assessment) = parse_assessment(&sources.assessment, &questionnaire);
    let languages = Languages::new(&questionnaire, languages);
    let report = match (&answers, &languages) {
        (Some(answers), Ok(languages)) => {
            let scorecard = score(&questionnaire, answers);
            Some(build(&questionnaire, answers, &scorecard, generated, languages).with_sources(sources.clone()))
        }
        _ => None,
    };
    FromSources { report, criteria, assessment, criteria_refused: false, languages: languages.err() }
}

impl Report {
    /// The first 12 hex digits of a SHA-256, as printed in footers.
    pub fn short(sha256: &str) -> &str {
        &sha256[..sha256.len().min(12)]
    }

    /// The report's own language.
    pub fn lang(&self) -> Lang {
        Lang::from_code(&self.language).unwrap_or(Lang::En)
    }

    /// The document's title, for PDF metadata and file names.
    pub fn document_title(&self) -> String {
        i18n::message(
            self.lang(),
            "report-document-title",
            &Args::new()
                .with("questionnaire", self.questionnaire_title.first())
                .with("subject", self.organisation_and_facility()),
        )
    }

    /// The report carrying its source files (to be embedded in the PDF), with the fingerprints
    /// it prints taken from those bytes.
    pub fn with_sources(self, sources: Sources) -> Report {
        Report {
            criteria_sha256: crate::model::sha256_hex(&sources.criteria),
            assessment_sha256: crate::model::sha256_hex(&sources.assessment),
            sources: Some(sources),
            ..self
        }
    }

    pub fn organisation_and_facility(&self) -> String {
        match (self.organisation.is_empty(), self.facility.is_empty()) {
            (false, false) => format!("{}, {}", self.organisation, self.facility),
            (false, true) => self.organisation.clone(),
            (true, false) => self.facility.clone(),
            (true, true) => i18n::text(self.lang(), "report-no-organisation"),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SectionRow {
    pub id: String,
    pub title: Texts,
    /// 0 for top-level sections.
    pub depth: usize,
    /// e.g. "0.75 / 1.00", or "n/a"
    pub score: String,
    /// e.g. "75.0%", or "n/a"
    pub percent: String,
    pub fraction: Option<f64>,
    /// e.g. "60.0%", or "" when no threshold applies (only top-level sections have one).
    pub threshold: String,
    pub threshold_fraction: Option<f64>,
    /// `Some(true)` passed, `Some(false)` failed, `None` no threshold or n/a.
    pub passed: Option<bool>,
    /// e.g. "4 / 5"
    pub answered: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GapRow {
    pub rank: usize,
    pub criterion_id: String,
    pub section_title: Texts,
    pub requirement: Texts,
    /// The chosen option's label, or "unanswered".
    pub answer: Texts,
    /// e.g. "+3.2"
    pub impact: String,
    /// Points of the overall score that closing the gap would add.
    pub impact_points: f64,
    pub critical: bool,
    pub remediation: Texts,
    pub evidence: Vec<Texts>,
    pub comment: String,
}

/// Assemble the report in `languages`. Pure: the generation time is passed in.
pub fn build(
    questionnaire: &Questionnaire,
    assessment: &Assessment,
    scorecard: &Scorecard,
    generated: Timestamp,
    languages: &Languages,
) -> Report {
    let lang = languages.words;
    let say = |id: &str| i18n::text(lang, id);
    let percent = |fraction: f64| i18n::percent(lang, fraction * 100.0, 1);
    let number = |value: f64, decimals: usize| i18n::number(lang, value, decimals);
    let rules = &questionnaire.scoring;
    let profiles = assessment
        .subject
        .profiles
        .iter()
        .map(|id| {
            questionnaire
                .profiles
                .iter()
                .find(|p| &p.id == id)
                .map_or_else(|| Texts::plain(id, &languages.criteria[0]), |p| languages.texts(&p.title))
        })
        .collect();

    let sections = questionnaire
        .sections_depth_first()
        .into_iter()
        .zip(&scorecard.sections)
        .map(|((depth, section), result)| {
            let threshold = if depth == 0 { rules.pass_each_section } else { None };
            let fraction = result.score.map(|s| s.percent());
            SectionRow {
                id: section.id.clone(),
                title: languages.texts(&section.title),
                depth,
                score: result.score.map_or_else(
                    || say("report-not-scored"),
                    |s| format!("{} / {}", number(s.score, 2), number(s.max, 2)),
                ),
                percent: fraction.map_or_else(|| say("report-not-scored"), percent),
                fraction,
                threshold: threshold.map_or(String::new(), percent),
                threshold_fraction: threshold,
                passed: threshold.zip(fraction).map(|(t, f)| crate::scoring::reaches(f, t)),
                answered: format!(
                    "{} / {}",
                    result.completeness.answered + result.completeness.na,
                    result.completeness.applicable
                ),
            }
        })
        .collect();

    let section_titles: std::collections::HashMap<&str, Texts> =
        questionnaire.sections.iter().map(|s| (s.id.as_str(), languages.texts(&s.title))).collect();
    let gaps = scorecard
        .gaps
        .iter()
        .enumerate()
        .map(|(rank, gap)| {
            let criterion = &questionnaire.criteria[gap.criterion];
            let answer = assessment.answers.get(&criterion.id);
            let answer_label = match &scorecard.criteria[gap.criterion] {
                CriterionState::Answered { option, .. } => questionnaire
                    .scale_of(criterion)
                    .option(option)
                    .map_or_else(|| Texts::plain(option, &languages.criteria[0]), |o| languages.texts(&o.label)),
                CriterionState::NaWithoutJustification => languages.words("report-answer-na-without-justification"),
                _ => languages.words("report-answer-unanswered"),
            };
            GapRow {
                rank: rank + 1,
                criterion_id: criterion.id.clone(),
                section_title: section_titles.get(criterion.top_section.as_str()).cloned().unwrap_or_default(),
                requirement: languages.texts(&criterion.text),
                answer: answer_label,
                impact: signed(lang, gap.impact_points),
                impact_points: gap.impact_points,
                critical: gap.critical,
                remediation: criterion.remediation.as_ref().map_or_else(Texts::default, |t| languages.texts(t)),
                evidence: criterion.evidence.iter().map(|t| languages.texts(t)).collect(),
                comment: answer.map_or(String::new(), |a| a.comment.clone()),
            }
        })
        .collect();

    let completeness = &scorecard.completeness;
    let counts = &scorecard.counts;
    let criteria_language = languages.criteria[0].as_str();
    let method = explain::explain(questionnaire, scorecard, explain::Words { lang, criteria_language })
        .into_iter()
        .map(|e| Explanation {
            heading: e.heading,
            parts: e.parts.into_iter().map(|p| [p.id, p.weighting, p.value, p.what]).collect(),
            arithmetic: e.arithmetic,
        })
        .collect();
    Report {
        language: lang.code().to_owned(),
        criteria_languages: languages.criteria.clone(),
        questionnaire_title: languages.texts(&questionnaire.title),
        questionnaire_id: questionnaire.id.clone(),
        questionnaire_version: questionnaire.version.clone(),
        publisher: questionnaire.publisher.as_ref().map_or_else(Texts::default, |t| languages.texts(t)),
        disclaimer: questionnaire.disclaimer.as_ref().map_or_else(Texts::default, |t| languages.texts(t)),
        marking: questionnaire
            .marking
            .as_ref()
            .map_or_else(|| languages.words("report-default-marking"), |t| languages.texts(t)),
        organisation: assessment.subject.organisation.clone(),
        facility: assessment.subject.facility.clone(),
        country: assessment.subject.country.clone(),
        profiles,
        assessor: match (assessment.assessor.name.is_empty(), assessment.assessor.role.is_empty()) {
            (false, false) => format!("{} ({})", assessment.assessor.name, assessment.assessor.role),
            _ => assessment.assessor.name.clone(),
        },
        answers_as_of: assessment.updated.as_deref().map_or(String::new(), |updated| {
            Timestamp::from_rfc3339(updated).map_or_else(|| updated.to_owned(), |time| date_time(lang, time))
        }),
        generated,
        status: scorecard.verdict.status,
        verdict: status_word(lang, scorecard.verdict.status).to_uppercase(),
        // Under "not rated", first the sentence that says why there is no verdict.
        reasons: (scorecard.verdict.status == Status::NoRule)
            .then(|| sentence(&scoring::no_rule_words(questionnaire, scorecard.overall, lang, percent)))
            .into_iter()
            .chain(
                scorecard
                    .verdict
                    .reasons
                    .iter()
                    .map(|r| sentence(&r.describe(questionnaire, lang, criteria_language, percent))),
            )
            .collect(),
        band: scorecard.band(questionnaire).map(|label| languages.texts(label)),
        overall: scorecard.overall.map_or_else(|| say("report-not-scored"), |s| percent(s.percent())),
        overall_fraction: scorecard.overall_percent(),
        pass_overall: rules.pass_overall,
        completeness: i18n::message(
            lang,
            "report-completeness",
            &Args::new()
                .with("percent", percent(completeness.fraction()))
                .with("done", completeness.answered + completeness.na)
                .with("applicable", completeness.applicable),
        ),
        counts: [
            ("report-count-met", counts.met),
            ("report-count-partial", counts.partial),
            ("report-count-not-met", counts.not_met),
            ("report-count-factual", counts.factual),
            ("report-count-na", counts.na),
            ("report-count-unanswered", counts.unanswered),
        ]
        .into_iter()
        // Factual answers only where the criteria ask factual questions.
        .filter(|&(id, count)| id != "report-count-factual" || count > 0)
        .map(|(id, count)| (say(id), count))
        .collect(),
        criteria_sha256: questionnaire.sha256.clone(),
        assessment_sha256: crate::model::sha256_hex(assessment.to_yaml().as_bytes()),
        sections,
        gaps,
        registers: registers::collect(questionnaire, assessment, scorecard, languages),
        method,
        tool_version: TOOL_VERSION.to_owned(),
        sources: None,
    }
}

/// The report's formats other than the PDF: what `certready report --format` and the app's
/// exports write, the same bytes from the same files and time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TextFormat {
    /// The whole report as a printable HTML document.
    Html,
    /// The gap register as CSV.
    Csv,
    /// The report's data.
    Json,
}

impl TextFormat {
    /// The file's bytes.
    pub fn write(self, report: &Report) -> Vec<u8> {
        match self {
            TextFormat::Html => html::document(report).into_bytes(),
            TextFormat::Csv => csv::gap_register(report).into_bytes(),
            // Serialising plain data cannot fail.
            TextFormat::Json => (serde_json::to_string_pretty(report).unwrap_or_default() + "\n").into_bytes(),
        }
    }

    /// The MIME type, e.g. for a download.
    pub fn mime(self) -> &'static str {
        match self {
            TextFormat::Html => "text/html",
            TextFormat::Csv => "text/csv",
            TextFormat::Json => "application/json",
        }
    }

    /// The file name's ending after the questionnaire's id, e.g. `-gap-register.csv`.
    pub fn file_suffix(self) -> &'static str {
        match self {
            TextFormat::Html => "-gap-report.html",
            TextFormat::Csv => "-gap-register.csv",
            TextFormat::Json => "-report.json",
        }
    }
}

/// The status as a word of `lang` ("ready", "prêt").
pub fn status_word(lang: Lang, status: Status) -> String {
    let id = match status {
        Status::Ready => "status-ready",
        Status::NotReady => "status-not-ready",
        Status::Incomplete => "status-incomplete",
        Status::NoRule => "status-no-rule",
    };
    i18n::text(lang, id)
}

/// A date and time as `lang` writes them (UTC).
pub fn date_time(lang: Lang, time: Timestamp) -> String {
    let (year, month, day, hour, minute, _) = time.civil();
    i18n::message(
        lang,
        "date-time",
        &Args::new()
            .with("year", year.to_string())
            .with("month", format!("{month:02}"))
            .with("day", format!("{day:02}"))
            .with("hour", format!("{hour:02}"))
            .with("minute", format!("{minute:02}")),
    )
}

/// A change in points with its sign, one decimal: `+3.2`, `−1.4`, `+0,5`.
fn signed(lang: Lang, points: f64) -> String {
    let magnitude = i18n::number(lang, points.abs(), 1);
    if points < -0.05 {
        format!("−{magnitude}")
    } else {
        format!("+{magnitude}")
    }
}

/// A reason (a lowercase clause) as a sentence on its own line: capitalised.
pub fn sentence(clause: &str) -> String {
    let mut chars = clause.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

fn rfc3339<S: serde::Serializer>(time: &Timestamp, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(&time.rfc3339())
}

fn status_label<S: serde::Serializer>(status: &Status, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(status.label())
}
