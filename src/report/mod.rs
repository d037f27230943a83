//! The report as plain data: everything the PDF (or any other export) shows, already worded,
//! ordered and formatted. `build` is the only place that decides *what* a report says;
//! `pdf::render` only decides *where* it goes on the page. `--format json` is this data as
//! serialized by serde (field names are stable); `csv` writes its gap register; `html` the whole
//! report as a printable HTML document.

pub mod csv;
pub mod html;
pub mod registers;
pub mod summary;

use serde::Serialize;

use crate::diag::Diagnostic;
use crate::model::{parse_assessment, parse_questionnaire, Assessment, Questionnaire};
use crate::scoring::{pct, score, CriterionState, Scorecard, Status};
use crate::time::Timestamp;
pub use registers::{AnswerRow, AnswerSection, EvidenceRow, NaRow, OpenRow, Registers, ReviewRow, ReviewSection};

/// The tool's version, printed in every report.
pub const TOOL_VERSION: &str = env!("CARGO_PKG_VERSION");

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    /// Language of the texts (the questionnaire's default language).
    pub language: String,
    /// e.g. "Postal security self-assessment"
    pub questionnaire_title: String,
    pub questionnaire_id: String,
    pub questionnaire_version: String,
    pub publisher: String,
    pub organisation: String,
    pub facility: String,
    pub country: String,
    /// Titles of the assessment's profiles; empty means "all".
    pub profiles: Vec<String>,
    pub assessor: String,
    /// RFC 3339 in JSON, e.g. "2026-11-24T10:30:00Z".
    #[serde(serialize_with = "rfc3339")]
    pub generated: Timestamp,
    /// "ready", "not ready" or "incomplete" in JSON.
    #[serde(serialize_with = "status_label")]
    pub status: Status,
    /// "READY", "NOT READY" or "INCOMPLETE".
    pub verdict: String,
    /// Every reason, as sentences.
    pub reasons: Vec<String>,
    /// The band label, when one is reached.
    pub band: Option<String>,
    /// e.g. "72.5 %", or "n/a" when nothing applies.
    pub overall: String,
    pub overall_fraction: f64,
    pub pass_overall: Option<f64>,
    /// e.g. "85.0 % (34 of 40)"
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
    /// How every number was computed, section by section (`scoring::explain`): the Method.
    pub method: String,
    pub tool_version: String,
    /// The files the report was made from, embedded in the PDF (not in the JSON).
    #[serde(skip)]
    pub sources: Option<Sources>,
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
    /// `None` when either file is refused.
    pub report: Option<Report>,
    /// The criteria file's diagnostics.
    pub criteria: Vec<Diagnostic>,
    /// The assessment file's diagnostics; empty when the criteria were refused, since an
    /// assessment is checked against its criteria.
    pub assessment: Vec<Diagnostic>,
    /// Whether the criteria file (rather than the assessment) was refused.
    pub criteria_refused: bool,
}

/// The whole pipeline from the two files a report carries: parse and validate both, score,
/// build, and attach the files. The CLI, the PDF worker and `verify` all make reports here.
pub fn from_sources(sources: &Sources, generated: Timestamp) -> FromSources {
    let (questionnaire, criteria) = parse_questionnaire(&sources.criteria);
    let Some(questionnaire) = questionnaire else {
        return FromSources { report: None, criteria, assessment: Vec::new(), criteria_refused: true };
    };
    let (answers, assessment) = parse_assessment(&sources.assessment, &questionnaire);
    let report = answers.map(|answers| {
        let scorecard = score(&questionnaire, &answers);
        build(&questionnaire, &answers, &scorecard, generated).with_sources(sources.clone())
    });
    FromSources { report, criteria, assessment, criteria_refused: false }
}

/// A reason (a lowercase clause) as a sentence on its own line: capitalised.
pub fn sentence(clause: &str) -> String {
    let mut chars = clause.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

impl Report {
    /// The first 12 hex digits of a SHA-256, as printed in footers.
    pub fn short(sha256: &str) -> &str {
        &sha256[..sha256.len().min(12)]
    }

    /// The document's title, for PDF metadata and file names.
    /// The cover's facts, labelled, as the PDF and the HTML show them.
    pub fn cover_details(&self) -> Vec<(&'static str, String)> {
        let profiles = if self.profiles.is_empty() { "All profiles".to_owned() } else { self.profiles.join(", ") };
        let fingerprints = format!(
            "criteria {}… · assessment {}… (SHA-256)",
            Report::short(&self.criteria_sha256),
            Report::short(&self.assessment_sha256)
        );
        vec![
            ("Organisation", self.organisation.clone()),
            ("Facility", self.facility.clone()),
            ("Country", self.country.clone()),
            ("Profiles", profiles),
            ("Assessor", self.assessor.clone()),
            ("Generated", format!("{} by certready {}", self.generated.human(), self.tool_version)),
            ("Fingerprints", fingerprints),
        ]
    }

    pub fn document_title(&self) -> String {
        format!("{} — gap report — {}", self.questionnaire_title, self.organisation_and_facility())
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
            (true, true) => "(organisation not given)".to_owned(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SectionRow {
    pub id: String,
    pub title: String,
    /// 0 for top-level sections.
    pub depth: usize,
    /// e.g. "0.75 / 1.00", or "n/a"
    pub score: String,
    /// e.g. "75.0 %", or "n/a"
    pub percent: String,
    pub fraction: Option<f64>,
    /// e.g. "60.0 %", or "" when no threshold applies (only top-level sections have one).
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
    pub section_title: String,
    pub requirement: String,
    /// The chosen option's label, or "unanswered".
    pub answer: String,
    /// e.g. "+3.2"
    pub impact: String,
    /// Points of the overall score that closing the gap would add.
    pub impact_points: f64,
    pub critical: bool,
    pub remediation: String,
    pub evidence: Vec<String>,
    pub comment: String,
}

/// Assemble the report. Pure: the generation time is passed in.
pub fn build(
    questionnaire: &Questionnaire,
    assessment: &Assessment,
    scorecard: &Scorecard,
    generated: Timestamp,
) -> Report {
    let language = questionnaire.languages.first().cloned().unwrap_or_else(|| "en".into());
    let lang = language.as_str();
    let rules = &questionnaire.scoring;
    let profiles = assessment
        .subject
        .profiles
        .iter()
        .map(|id| {
            questionnaire.profiles.iter().find(|p| &p.id == id).map_or(id.clone(), |p| p.title.get(lang).to_owned())
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
                title: section.title.get(lang).to_owned(),
                depth,
                score: result.score.map_or("n/a".into(), |s| format!("{:.2} / {:.2}", s.score, s.max)),
                percent: fraction.map_or("n/a".into(), pct),
                fraction,
                threshold: threshold.map_or(String::new(), pct),
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

    let section_titles: std::collections::HashMap<&str, String> =
        questionnaire.sections.iter().map(|s| (s.id.as_str(), s.title.get(lang).to_owned())).collect();
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
                    .map_or(option.clone(), |o| o.label.get(lang).to_owned()),
                CriterionState::NaWithoutJustification => "N/A without justification".into(),
                _ => "unanswered".into(),
            };
            GapRow {
                rank: rank + 1,
                criterion_id: criterion.id.clone(),
                section_title: section_titles.get(criterion.top_section.as_str()).cloned().unwrap_or_default(),
                requirement: criterion.text.get(lang).to_owned(),
                answer: answer_label,
                impact: format!("+{:.1}", gap.impact_points),
                impact_points: gap.impact_points,
                critical: gap.critical,
                remediation: criterion.remediation.as_ref().map_or(String::new(), |t| t.get(lang).to_owned()),
                evidence: criterion.evidence.iter().map(|t| t.get(lang).to_owned()).collect(),
                comment: answer.map_or(String::new(), |a| a.comment.clone()),
            }
        })
        .collect();

    let completeness = &scorecard.completeness;
    let counts = &scorecard.counts;
    Report {
        language: language.clone(),
        questionnaire_title: questionnaire.title.get(lang).to_owned(),
        questionnaire_id: questionnaire.id.clone(),
        questionnaire_version: questionnaire.version.clone(),
        publisher: questionnaire.publisher.as_ref().map_or(String::new(), |t| t.get(lang).to_owned()),
        organisation: assessment.subject.organisation.clone(),
        facility: assessment.subject.facility.clone(),
        country: assessment.subject.country.clone(),
        profiles,
        assessor: match (assessment.assessor.name.is_empty(), assessment.assessor.role.is_empty()) {
            (false, false) => format!("{} ({})", assessment.assessor.name, assessment.assessor.role),
            _ => assessment.assessor.name.clone(),
        },
        generated,
        status: scorecard.verdict.status,
        verdict: scorecard.verdict.status.label().to_uppercase(),
        reasons: scorecard.verdict.reasons.iter().map(|r| r.describe_for_report(questionnaire)).collect(),
        band: scorecard.band_label(questionnaire, lang).map(str::to_owned),
        overall: scorecard.overall.map_or("n/a".into(), |s| pct(s.percent())),
        overall_fraction: scorecard.overall_percent(),
        pass_overall: rules.pass_overall,
        completeness: format!(
            "{} ({} of {})",
            pct(completeness.fraction()),
            completeness.answered + completeness.na,
            completeness.applicable
        ),
        counts: vec![
            ("Fully met".into(), counts.met),
            ("Partially met".into(), counts.partial),
            ("Not met".into(), counts.not_met),
            ("Not applicable".into(), counts.na),
            ("Unanswered".into(), counts.unanswered),
        ],
        criteria_sha256: questionnaire.sha256.clone(),
        assessment_sha256: crate::model::sha256_hex(assessment.to_yaml().as_bytes()),
        sections,
        gaps,
        registers: registers::collect(questionnaire, assessment, scorecard, lang),
        method: crate::scoring::explain::text(questionnaire, scorecard),
        tool_version: TOOL_VERSION.to_owned(),
        sources: None,
    }
}

fn rfc3339<S: serde::Serializer>(time: &Timestamp, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(&time.rfc3339())
}

fn status_label<S: serde::Serializer>(status: &Status, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(status.label())
}
