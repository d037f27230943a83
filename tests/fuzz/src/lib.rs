//! The fuzz harness: one function per fuzz target, each taking untrusted bytes down the path the
//! CLI and the app take. `fuzz_targets/*.rs` call these; `tests/it/fuzz_regressions.rs` (main
//! crate) replays saved inputs through the same functions.
//!
//! A panic anywhere is a finding, and so is a broken invariant, asserted here: a questionnaire
//! that validates scores a blank assessment whose file validates again; an assessment that
//! validates is written back to a file that validates to the same assessment; a rendered
//! report verifies against its own attachments.

use std::path::PathBuf;
use std::sync::OnceLock;

use certready::diag::{Diagnostic, InFile};
use certready::model::{parse_assessment, parse_questionnaire, Assessment, Questionnaire};
use certready::pdf::{self, CannotVerify, Fonts, Verification};
use certready::report::{self, Sources};
use certready::scoring::{explain, score};
use certready::time::Timestamp;

/// The criteria files the assessment, scoring and PDF targets read their input against:
/// every fuzzed assessment is parsed against each (all but one refuse it at `questionnaire:`).
const CRITERIA: [(&str, &[u8]); 4] = [
    ("demo.yaml", include_bytes!("../../../questionnaires/demo.yaml")),
    ("postal-security.yaml", include_bytes!("../../../questionnaires/postal-security.yaml")),
    ("small.yaml", include_bytes!("../../data/criteria/small.yaml")),
    ("c2m2.yaml", include_bytes!("../../data/criteria/c2m2.yaml")),
];

const GENERATED: Timestamp = Timestamp(1_795_516_200);

/// What one input gave: how many times it was accepted, and every diagnostic.
#[derive(Debug, Default)]
pub struct Outcome {
    pub accepted: usize,
    pub diagnostics: Vec<Diagnostic>,
}

/// The bundled criteria, parsed once.
pub fn questionnaires() -> &'static [(&'static [u8], Questionnaire)] {
    static PARSED: OnceLock<Vec<(&'static [u8], Questionnaire)>> = OnceLock::new();
    PARSED.get_or_init(|| {
        CRITERIA
            .iter()
            .map(|&(name, bytes)| {
                let (questionnaire, diagnostics) = parse_questionnaire(bytes);
                (bytes, questionnaire.unwrap_or_else(|| panic!("{name} does not validate: {diagnostics:?}")))
            })
            .collect()
    })
}

/// Noto Sans from `$CERTREADY_FONTS` or the Debian package's folder (as the CLI), read once.
pub fn fonts() -> &'static Fonts {
    static FONTS: OnceLock<Fonts> = OnceLock::new();
    FONTS.get_or_init(|| {
        let dir =
            std::env::var_os("CERTREADY_FONTS").map_or(PathBuf::from("/usr/share/fonts/truetype/noto"), PathBuf::from);
        let read = |name: &str| {
            let path = dir.join(name);
            std::fs::read(&path).unwrap_or_else(|e| panic!("reading {} (run scripts/setup): {e}", path.display()))
        };
        Fonts { regular: read("NotoSans-Regular.ttf"), bold: read("NotoSans-Bold.ttf"), fallback: None }
    })
}

/// Renders the diagnostics as the CLI prints them (quoting the source line).
fn render(bytes: &[u8], diagnostics: &[Diagnostic]) {
    let source = String::from_utf8_lossy(bytes);
    for diagnostic in diagnostics {
        let _ = InFile { file: "input.yaml", diagnostic, source: Some(&source) }.to_string();
    }
}

/// `criteria`: parse and validate a criteria file; when it validates, score and explain a blank
/// assessment, whose file must validate against it.
pub fn criteria(data: &[u8]) -> Outcome {
    let (questionnaire, diagnostics) = parse_questionnaire(data);
    render(data, &diagnostics);
    let Some(questionnaire) = questionnaire else { return Outcome { accepted: 0, diagnostics } };
    let blank = Assessment::new(&questionnaire);
    let card = score(&questionnaire, &blank);
    let _ = explain::text(&questionnaire, &card);
    let _ = report::summary::text(&questionnaire, &card);
    let (reread, problems) = parse_assessment(blank.to_yaml().as_bytes(), &questionnaire);
    assert!(reread.is_some(), "a blank assessment of a valid questionnaire is refused: {problems:?}");
    Outcome { accepted: 1, diagnostics }
}

/// Every bundled questionnaire with the input parsed as an assessment of it, when it is one;
/// collects the diagnostics.
fn assessments(data: &[u8], outcome: &mut Outcome) -> Vec<(&'static [u8], &'static Questionnaire, Assessment)> {
    let mut accepted = Vec::new();
    for (criteria, questionnaire) in questionnaires() {
        let (assessment, diagnostics) = parse_assessment(data, questionnaire);
        render(data, &diagnostics);
        outcome.diagnostics.extend(diagnostics);
        if let Some(assessment) = assessment {
            accepted.push((*criteria, questionnaire, assessment));
        }
    }
    outcome.accepted = accepted.len();
    accepted
}

/// `assessment`: parse an assessment against the bundled criteria; one that validates is written
/// back (as the app saves and exports it), and that file validates to the same assessment.
pub fn assessment(data: &[u8]) -> Outcome {
    let mut outcome = Outcome::default();
    for (_, questionnaire, assessment) in assessments(data, &mut outcome) {
        let (reread, problems) = parse_assessment(assessment.to_yaml().as_bytes(), questionnaire);
        assert!(reread.is_some(), "a saved assessment is refused: {problems:?}");
        assert_eq!(reread.as_ref(), Some(&assessment), "saving and reading back changed the assessment");
    }
    outcome
}

/// `scoring`: an assessment that validates is scored, explained (every section), summarised and
/// turned into the report's data, CSV and JSON.
pub fn scoring(data: &[u8]) -> Outcome {
    let mut outcome = Outcome::default();
    for (_, questionnaire, assessment) in assessments(data, &mut outcome) {
        let card = score(questionnaire, &assessment);
        let _ = explain::text(questionnaire, &card);
        for (_, section) in questionnaire.sections_depth_first() {
            let _ = explain::section_text(questionnaire, &card, &section.id);
        }
        let _ = report::summary::text(questionnaire, &card);
        let _ = report::summary::json(questionnaire, &card);
        let report = report::build(
            questionnaire,
            &assessment,
            &card,
            GENERATED,
            &certready::report::Languages::of(questionnaire),
        );
        let _ = report::csv::gap_register(&report);
        let _ = serde_json::to_string(&report);
    }
    outcome
}

/// `pdf`: an assessment that validates is rendered to a PDF carrying both files, as
/// `certready report` does; the PDF must verify against them.
pub fn pdf(data: &[u8]) -> Outcome {
    let mut outcome = Outcome::default();
    for (criteria, questionnaire, assessment) in assessments(data, &mut outcome) {
        let card = score(questionnaire, &assessment);
        let sources = Sources { criteria: criteria.to_vec(), assessment: data.to_vec() };
        let report = report::build(
            questionnaire,
            &assessment,
            &card,
            GENERATED,
            &certready::report::Languages::of(questionnaire),
        )
        .with_sources(sources);
        // Text the fonts cannot show prints as replacement marks; an error is a bug here.
        let bytes = pdf::render(&report, fonts()).expect("a validated report renders").pdf;
        match pdf::verify(&bytes, fonts()) {
            Ok(verification) => assert!(verification.matches(), "a fresh report does not verify: {verification:?}"),
            Err(error) => panic!("a fresh report cannot be verified: {error}"),
        }
    }
    outcome
}

/// `verify`: any bytes checked as a report PDF, as `certready verify` does.
pub fn verify(data: &[u8]) -> Result<Verification, CannotVerify> {
    let result = pdf::verify(data, fonts());
    match &result {
        Ok(verification) => verification.differences.iter().for_each(|d| drop(d.to_string())),
        Err(error) => drop(error.to_string()),
    }
    result
}
