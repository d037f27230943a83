//! The `certready` binary: exit codes and outputs of `validate`, `score` and `report`.

use std::process::{Command, Output};

use crate::support::*;

fn certready(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_certready"))
        .args(args)
        .current_dir(root())
        .env("SOURCE_DATE_EPOCH", "1795516200")
        .output()
        .expect("running certready")
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

#[test]
fn validate_accepts_the_bundled_questionnaire() {
    let output = certready(&["validate", "questionnaires/postal-security.yaml"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(stdout(&output).contains("ok (0 errors"));
}

#[test]
fn validate_exits_1_and_points_at_the_line() {
    let output = certready(&["validate", "tests/data/invalid/unknown-field.yaml"]);
    assert_eq!(output.status.code(), Some(1));
    let err = stderr(&output);
    assert!(err.contains("error[unknown-field]: unknown field `wieght`"), "{err}");
    assert!(err.contains("wieght: 2"), "quotes the source line: {err}");
    assert!(err.contains("--> tests/data/invalid/unknown-field.yaml:18:9"), "{err}");
    assert!(err.contains("help: check the spelling"), "{err}");
}

#[test]
fn validate_json_lists_every_diagnostic() {
    let output = certready(&["validate", "--format", "json", "tests/data/invalid/duplicate-id.yaml"]);
    assert_eq!(output.status.code(), Some(1));
    let json: serde_json::Value = serde_json::from_str(&stdout(&output)).expect("json");
    let diagnostics = json[0]["diagnostics"].as_array().expect("array");
    assert_eq!(diagnostics.iter().filter(|d| d["code"] == "duplicate-id").count(), 2);
    assert!(diagnostics.iter().all(|d| d["line"].is_u64() && d["path"].is_string()));
}

#[test]
fn validate_checks_assessments_against_their_criteria() {
    let output =
        certready(&["validate", "--criteria", "tests/data/criteria/small.yaml", "tests/data/scoring/mixed.yaml"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let output = certready(&["validate", "tests/data/scoring/mixed.yaml"]);
    assert_eq!(output.status.code(), Some(2), "an assessment without its criteria cannot be checked");
}

#[test]
fn missing_file_is_an_operational_error() {
    let output = certready(&["validate", "no/such/file.yaml"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("no/such/file.yaml"));
}

#[test]
fn score_prints_text_and_json_and_gates() {
    let args = ["score", "tests/data/criteria/small.yaml", "tests/data/scoring/critical-blocks.yaml"];
    let output = certready(&args);
    assert_eq!(output.status.code(), Some(0));
    assert!(stdout(&output).contains("verdict: NOT READY"));
    let gated = certready(&[&args[..], &["--gate"]].concat());
    assert_eq!(gated.status.code(), Some(1), "--gate exits 1 when not ready");
    let json = certready(&[&args[..], &["--format", "json"]].concat());
    let value: serde_json::Value = serde_json::from_str(&stdout(&json)).expect("json");
    assert_eq!(value["status"], "not ready");
    assert_eq!(value["gaps"][0]["id"], "ORG-01");
    assert!((value["overall"]["percent"].as_f64().unwrap() - 0.8).abs() < 1e-9);
}

#[test]
fn report_writes_a_pdf_and_refuses_a_wrong_assessment() {
    let out = std::env::temp_dir().join(format!("certready-cli-{}.pdf", std::process::id()));
    let out_arg = out.to_string_lossy().into_owned();
    let output =
        certready(&["report", "tests/data/criteria/small.yaml", "tests/data/scoring/mixed.yaml", "-o", &out_arg]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let bytes = read(&out);
    assert!(bytes.starts_with(b"%PDF-"));
    let text = run_tool("pdftotext", &[&out_arg, "-"]);
    let text = String::from_utf8_lossy(&text.stdout);
    assert!(text.contains("NOT READY") && text.contains("ORG-01"), "{text}");
    let _ = std::fs::remove_file(&out);

    let refused = certready(&[
        "report",
        "tests/data/criteria/small.yaml",
        "tests/data/invalid-assessment/questionnaire-mismatch.yaml",
        "-o",
        &out_arg,
    ]);
    assert_eq!(refused.status.code(), Some(1));
    assert!(stderr(&refused).contains("questionnaire-mismatch"));
    assert!(!out.exists(), "no PDF for an invalid assessment");
}

#[test]
fn score_explain_shows_each_sections_arithmetic() {
    let all = certready(&["score", "tests/data/criteria/small.yaml", "tests/data/scoring/mixed.yaml", "--explain"]);
    assert_eq!(all.status.code(), Some(0), "{}", stderr(&all));
    let text = stdout(&all);
    assert!(text.starts_with("overall (weighted-mean)\n"), "{text}");
    assert!(text.contains("org — Organisation (weighted-mean)"), "{text}");
    assert!(text.contains("(3 × 0.5 + 1 × 0) / (3 + 1) gives score 0.375 of max 1 = 37.5 %"), "{text}");
    assert!(text.contains("ORG-03") && text.contains("not applicable, left out"), "{text}");
    let one =
        certready(&["score", "tests/data/criteria/small.yaml", "tests/data/scoring/mixed.yaml", "--explain=site"]);
    assert_eq!(
        stdout(&one),
        certready::scoring::explain::section_text(&small_criteria(), &score_mixed(), "site").unwrap()
    );
    let unknown =
        certready(&["score", "tests/data/criteria/small.yaml", "tests/data/scoring/mixed.yaml", "--explain=nope"]);
    assert_eq!(unknown.status.code(), Some(2));
}

fn score_mixed() -> certready::scoring::Scorecard {
    let questionnaire = small_criteria();
    let bytes = read(&data("scoring/mixed.yaml"));
    let assessment = certready::model::parse_assessment(&bytes, &questionnaire).0.expect("valid");
    certready::scoring::score(&questionnaire, &assessment)
}
