//! `certready export oscal`: an assessment as OSCAL 1.1.3 assessment results. Checked against
//! NIST's assessment-results model as compliance-trestle ships it (scripts/setup installs it;
//! tests/oscal/check_assessment_results.py), including that the check refuses broken output;
//! findings agree with the scoring; the bytes are the same on every run (golden file).

use std::path::PathBuf;
use std::process::Command;

use certready::export::oscal::assessment_results;
use certready::model::{parse_assessment, parse_questionnaire, Assessment, Questionnaire};
use certready::scoring::score;
use certready::time::Timestamp;
use serde_json::Value;

use crate::cli::{certready, stderr};
use crate::support::*;

fn postal() -> (Questionnaire, Assessment) {
    let (questionnaire, diagnostics) = parse_questionnaire(&read(&root().join("questionnaires/postal-security.yaml")));
    assert!(diagnostics.is_empty(), "{diagnostics:?}");
    let questionnaire = questionnaire.expect("valid criteria");
    let (assessment, diagnostics) = parse_assessment(&read(&data("postal-security-assessment.yaml")), &questionnaire);
    assert!(!certready::diag::has_errors(&diagnostics), "{diagnostics:?}");
    (questionnaire, assessment.expect("valid assessment"))
}

/// Runs the trestle check on `path`: (exit code, output). A checker that cannot run is a
/// set-up error, not a skip.
fn check(path: &PathBuf) -> (i32, String) {
    let output = Command::new("python3")
        .arg(root().join("tests/oscal/check_assessment_results.py"))
        .arg(path)
        .output()
        .unwrap_or_else(|e| panic!("could not run python3: {e}. Run scripts/setup."));
    let text = format!("{}{}", String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr));
    let code = output.status.code().unwrap_or(-1);
    assert_ne!(code, 2, "the OSCAL check cannot run: {text}. Run scripts/setup (installs compliance-trestle).");
    (code, text)
}

fn tmp(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(name)
}

#[test]
fn the_export_is_valid_oscal_assessment_results_and_broken_ones_are_refused() {
    let (questionnaire, assessment) = postal();
    let json = assessment_results(&questionnaire, &assessment, Timestamp(1_795_516_200));
    let good = tmp("postal-assessment-results.json");
    std::fs::write(&good, &json).unwrap();
    let (code, text) = check(&good);
    assert_eq!(code, 0, "{text}");
    assert!(text.contains("valid OSCAL 1.1.3 assessment-results"), "{text}");

    // The check can fail: an unknown state, an unknown field, a missing required field.
    let document: Value = serde_json::from_str(&json).unwrap();
    let mut broken = Vec::new();
    let mut state = document.clone();
    state["assessment-results"]["results"][0]["findings"][0]["target"]["status"]["state"] = "maybe".into();
    broken.push(("unknown state", state));
    let mut extra = document.clone();
    extra["assessment-results"]["results"][0]["findings"][0]["answer"] = "yes".into();
    broken.push(("unknown field", extra));
    let mut missing = document;
    missing["assessment-results"]["results"][0].as_object_mut().unwrap().remove("reviewed-controls");
    broken.push(("missing reviewed-controls", missing));
    for (what, value) in broken {
        let path = tmp("broken-assessment-results.json");
        std::fs::write(&path, serde_json::to_string(&value).unwrap()).unwrap();
        let (code, text) = check(&path);
        assert_eq!(code, 1, "{what} should be refused: {text}");
    }
}

#[test]
fn findings_follow_the_scoring_and_carry_answers_comments_and_evidence_hashes() {
    let (questionnaire, assessment) = postal();
    let json = assessment_results(&questionnaire, &assessment, Timestamp(0));
    let document: Value = serde_json::from_str(&json).unwrap();
    let result = &document["assessment-results"]["results"][0];
    let findings = result["findings"].as_array().unwrap();
    let card = score(&questionnaire, &assessment);
    let applicable: Vec<_> =
        questionnaire.criteria.iter().zip(&card.criteria).filter(|(_, s)| s.is_applicable()).collect();
    assert_eq!(findings.len(), applicable.len());
    for (finding, (criterion, state)) in findings.iter().zip(applicable) {
        assert_eq!(finding["target"]["target-id"], criterion.id.as_str());
        let satisfied = finding["target"]["status"]["state"] == "satisfied";
        assert_eq!(
            satisfied,
            state.is_fully_met() || *state == certready::scoring::CriterionState::Na,
            "{}",
            criterion.id
        );
        let answer = assessment.answers.get(&criterion.id);
        if let Some(comment) = answer.map(|a| a.comment.trim()).filter(|c| !c.is_empty()) {
            assert_eq!(finding["remarks"], comment);
        }
        for (evidence, link) in answer
            .map(|a| a.evidence.clone())
            .unwrap_or_default()
            .iter()
            .zip(finding["links"].as_array().into_iter().flatten())
        {
            let uuid = link["href"].as_str().unwrap().trim_start_matches('#');
            let resource = document["assessment-results"]["back-matter"]["resources"]
                .as_array()
                .unwrap()
                .iter()
                .find(|r| r["uuid"] == uuid)
                .expect("the linked resource");
            assert_eq!(resource["rlinks"][0]["hashes"][0]["value"], evidence.sha256.as_str());
        }
    }
    let reviewed = result["reviewed-controls"]["control-selections"][0]["include-controls"].as_array().unwrap();
    assert_eq!(reviewed.len(), questionnaire.criteria.len());
    assert!(findings.iter().any(|f| f["description"].as_str().unwrap().starts_with("Answer: ")));
}

#[test]
fn the_same_files_export_to_the_same_bytes() {
    let (questionnaire, assessment) = postal();
    let json = assessment_results(&questionnaire, &assessment, Timestamp(1));
    assert_eq!(
        json,
        assessment_results(&questionnaire, &assessment, Timestamp(2)),
        "the assessment's own dates are used"
    );
    check_golden(&data("oscal/postal-security-assessment-results.json"), &json);

    let out = tmp("cli-assessment-results.json");
    let out_arg = out.display().to_string();
    let output = certready(&[
        "export",
        "oscal",
        "tests/data/postal-security-assessment.yaml",
        "--criteria",
        "questionnaires/postal-security.yaml",
        "-o",
        &out_arg,
    ]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(std::fs::read_to_string(&out).unwrap(), json, "the CLI writes what the library makes");
}
