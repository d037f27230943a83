//! The `certready` binary: exit codes and outputs of `validate`, `score` and `report` (PDF, CSV,
//! JSON); `verify` is in `integrity.rs`.

use std::process::{Command, Output};

use crate::support::*;

pub fn certready(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_certready"))
        .args(args)
        .current_dir(root())
        .env("SOURCE_DATE_EPOCH", "1795516200")
        .output()
        .expect("running certready")
}

pub fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

pub fn stderr(output: &Output) -> String {
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
    assert_eq!(value["reasons"][0]["code"], "critical-not-met");
    assert_eq!(value["reasons"][0]["text"], "critical criterion ORG-01 is not fully met");
    let completeness = &value["completeness"];
    assert_eq!(
        completeness["done"].as_u64(),
        Some(completeness["answered"].as_u64().unwrap() + completeness["na"].as_u64().unwrap())
    );
    assert_eq!(value["gaps"][0]["id"], "ORG-01");
    assert!((value["overall"]["percent"].as_f64().unwrap() - 0.8).abs() < 1e-9);
}

#[test]
fn gating_on_criteria_without_a_pass_rule_is_an_error() {
    let args = ["score", "tests/data/criteria/c2m2.yaml", "tests/data/c2m2/largely-everywhere.yaml"];
    let output = certready(&args);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(stdout(&output).contains("verdict: NOT RATED"), "{}", stdout(&output));
    let json = certready(&[&args[..], &["--format", "json"]].concat());
    let value: serde_json::Value = serde_json::from_str(&stdout(&json)).expect("json");
    assert_eq!(value["status"], "not rated");
    assert_eq!(value["reasons"][0]["code"], "no-pass-rule");
    let gated = certready(&[&args[..], &["--gate"]].concat());
    assert_eq!(gated.status.code(), Some(2), "no pass rule: nothing to gate on");
    assert!(stderr(&gated).contains("sets no pass rule"), "{}", stderr(&gated));
    assert!(stdout(&gated).contains("verdict: NOT RATED"), "the scores are still printed");
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

/// Text the Noto fonts lack: the fallback font is read for it, a character no font has is named
/// in a warning and printed as a replacement mark, and without a readable fallback font the
/// report is still written, with a warning saying which font is missing.
#[test]
fn report_warns_about_characters_no_font_has_and_still_writes_the_pdf() {
    let dir = std::env::temp_dir().join(format!("certready-cli-glyphs-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let assessment = dir.join("assessment.yaml");
    let text = String::from_utf8(read(&crate::support::data("scoring/mixed.yaml"))).unwrap();
    std::fs::write(&assessment, text.replace("Deputy not named", "副手未任命 \u{E000}")).unwrap();
    let out = dir.join("report.pdf");
    let (assessment_arg, out_arg) = (assessment.to_string_lossy().into_owned(), out.to_string_lossy().into_owned());
    let args = ["report", "tests/data/criteria/small.yaml", &assessment_arg, "-o", &out_arg];

    let output = certready(&args);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let warning = stderr(&output);
    assert!(warning.contains("warning: no font has a glyph for \"\u{E000}\" (U+E000)"), "{warning}");
    assert!(!warning.contains("副"), "the fallback font shows the Chinese text: {warning}");
    let text = String::from_utf8_lossy(&run_tool("pdftotext", &[&out_arg, "-"]).stdout).into_owned();
    assert!(text.contains("副手未任命 \u{FFFD}"), "{text}");

    let without = certready(&[&args[..], &["--fallback-font", "/nonexistent/font.ttf"]].concat());
    assert_eq!(without.status.code(), Some(0), "{}", stderr(&without));
    let warning = stderr(&without);
    assert!(warning.contains("the fallback font /nonexistent/font.ttf cannot be read"), "{warning}");
    assert!(warning.contains("\"副\" (U+526F)"), "{warning}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn score_explain_shows_each_sections_arithmetic() {
    let all = certready(&["score", "tests/data/criteria/small.yaml", "tests/data/scoring/mixed.yaml", "--explain"]);
    assert_eq!(all.status.code(), Some(0), "{}", stderr(&all));
    let text = stdout(&all);
    assert!(text.starts_with("overall (weighted-mean)\n"), "{text}");
    assert!(text.contains("org — Organisation (weighted-mean)"), "{text}");
    assert!(text.contains("(3 × 0.5 + 1 × 0) / (3 + 1) gives score 0.375 of max 1 = 37.5%"), "{text}");
    assert!(text.contains("ORG-03") && text.contains("not in scope, left out"), "{text}");
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

/// small.yaml with texts that need CSV quoting: commas, quotes, line breaks and accents.
fn criteria_with_awkward_texts() -> std::path::PathBuf {
    let text = String::from_utf8(read(&data("criteria/small.yaml"))).expect("utf-8");
    let text = text
        .replace("en: A security officer is appointed.", r#"en: "Officer \"A\", named — sûreté élevée\nsecond line""#)
        .replace("en: Appoint one.", r#"en: "Appoint one, then \"train\" them;\r\nnext: ça""#);
    let path = std::env::temp_dir().join(format!("certready-cli-awkward-{}.yaml", std::process::id()));
    std::fs::write(&path, text).expect("write criteria");
    path
}

/// RFC 4180 records: quoted fields may hold commas, doubled quotes and line breaks.
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let (mut records, mut record, mut field) = (Vec::new(), Vec::new(), String::new());
    let mut chars = text.chars().peekable();
    let mut quoted = false;
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') => quoted = true,
            (false, ',') => record.push(std::mem::take(&mut field)),
            (false, '\r') => assert_eq!(chars.next(), Some('\n'), "CR without LF outside quotes"),
            (false, '\n') => panic!("bare LF ends a record"),
            (false, c) => field.push(c),
        }
        if !quoted && c == '\r' {
            record.push(std::mem::take(&mut field));
            records.push(std::mem::take(&mut record));
        }
    }
    assert!(record.is_empty() && field.is_empty(), "the last record has no CRLF");
    records
}

#[test]
fn report_csv_is_the_gap_register_and_parses_back() {
    let criteria = criteria_with_awkward_texts();
    let criteria_arg = criteria.to_string_lossy().into_owned();
    let output = certready(&["report", &criteria_arg, "tests/data/scoring/mixed.yaml", "--format", "csv", "-o", "-"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let records = parse_csv(&stdout(&output));
    let header = ["priority", "id", "section", "critical", "answer", "impact_points", "requirement", "remediation"];
    assert_eq!(records[0], header);
    let json = certready(&["score", &criteria_arg, "tests/data/scoring/mixed.yaml", "--format", "json"]);
    let json: serde_json::Value = serde_json::from_str(&stdout(&json)).expect("json");
    let gaps = json["gaps"].as_array().expect("gaps");
    assert_eq!(records.len(), gaps.len() + 1);
    for (index, (record, gap)) in records[1..].iter().zip(gaps).enumerate() {
        assert_eq!(record.len(), header.len());
        assert_eq!(record[0], (index + 1).to_string());
        assert_eq!(record[1], gap["id"].as_str().unwrap());
        let impact: f64 = record[5].parse().expect("a number");
        assert!((impact - gap["impact_points"].as_f64().unwrap()).abs() <= 0.05);
    }
    let officer = records.iter().find(|r| r[1] == "ORG-01").expect("ORG-01 is a gap");
    assert_eq!(officer[2..5], ["Organisation", "yes", "Partially met"]);
    assert_eq!(officer[6], "Officer \"A\", named — sûreté élevée\nsecond line");
    assert_eq!(officer[7], "Appoint one, then \"train\" them;\r\nnext: ça");
    let _ = std::fs::remove_file(&criteria);
}

#[test]
fn report_json_holds_the_report_and_every_gap() {
    let out = std::env::temp_dir().join(format!("certready-cli-{}.json", std::process::id()));
    let out_arg = out.to_string_lossy().into_owned();
    let args = ["report", "tests/data/criteria/small.yaml", "tests/data/scoring/mixed.yaml"];
    let output = certready(&[&args[..], &["--format", "json", "-o", &out_arg]].concat());
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let json: serde_json::Value = serde_json::from_slice(&read(&out)).expect("json");
    let _ = std::fs::remove_file(&out);
    let report = certready::report::build(
        &small_criteria(),
        &certready::model::parse_assessment(&read(&data("scoring/mixed.yaml")), &small_criteria()).0.expect("valid"),
        &score_mixed(),
        certready::time::Timestamp(1_795_516_200),
        &certready::report::Languages::of(&small_criteria()),
    );
    let ids: Vec<&str> =
        json["gaps"].as_array().expect("gaps").iter().filter_map(|g| g["criterion_id"].as_str()).collect();
    let expected: Vec<&str> = report.gaps.iter().map(|g| g.criterion_id.as_str()).collect();
    assert!(!expected.is_empty());
    assert_eq!(ids, expected);
    assert_eq!(json["status"], "not ready");
    assert_eq!(json["generated"], "2026-11-24T10:30:00Z");
    assert_eq!(json["criteria_sha256"], certready::model::sha256_hex(&read(&data("criteria/small.yaml"))));
    assert_eq!(json["assessment_sha256"], certready::model::sha256_hex(&read(&data("scoring/mixed.yaml"))));
    assert!(json["gaps"][0]["impact_points"].is_f64() && json["sections"][0]["id"].is_string());
    assert!(json.get("sources").is_none(), "the file bytes are not in the JSON");
}
