//! Hostile and broken YAML: the YAML test suite, a malformed real-world file, alias bombs, deep
//! nesting, and the YAML 1.1 traps that real criteria files fall into.

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use certready::diag::{Diagnostic, Severity};
use certready::model::{parse_assessment, parse_questionnaire};

use crate::support::*;

fn cases(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<PathBuf> =
        std::fs::read_dir(dir).expect("listing the test suite").map(|e| e.expect("entry").path()).collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            cases(&path, out);
        } else if path.file_name().is_some_and(|n| n == "in.yaml") {
            out.push(path);
        }
    }
}

fn located_error(diagnostics: &[Diagnostic]) -> bool {
    diagnostics.iter().any(|d| d.severity == Severity::Error && d.line.is_some())
}

#[test]
fn yaml_test_suite_never_panics_and_every_must_fail_case_gives_a_located_error() {
    let Some(suite) = corpus("yaml-test-suite-data-2022-01-17") else { return };
    let questionnaire = small_criteria();
    let mut inputs = Vec::new();
    cases(&suite, &mut inputs);
    assert!(inputs.len() >= 400, "{} cases found", inputs.len());
    let (mut must_fail, mut as_syntax, mut panics, mut unlocated) = (0, 0, Vec::new(), Vec::new());
    for input in &inputs {
        let bytes = read(input);
        let case = input.parent().unwrap().strip_prefix(&suite).unwrap().display().to_string();
        let outcome = catch_unwind(AssertUnwindSafe(|| {
            let (_, criteria) = parse_questionnaire(&bytes);
            let (_, assessment) = parse_assessment(&bytes, &questionnaire);
            (criteria, assessment)
        }));
        let Ok((criteria, assessment)) = outcome else {
            panics.push(case);
            continue;
        };
        if input.with_file_name("error").exists() {
            must_fail += 1;
            if !located_error(&criteria) || !located_error(&assessment) {
                unlocated.push(case.clone());
            }
            as_syntax += usize::from(criteria.iter().any(|d| d.code == "yaml-syntax"));
        }
    }
    eprintln!(
        "yaml test suite: {} cases, {must_fail} must fail; {as_syntax} of those reported as yaml-syntax, \
         the rest refused by the format checks",
        inputs.len()
    );
    assert!(panics.is_empty(), "panicked on: {panics:?}");
    assert!(unlocated.is_empty(), "must-fail cases without a located error: {unlocated:?}");
    assert!(must_fail >= 90);
}

#[test]
fn malformed_real_world_file_is_located() {
    let Some(dir) = corpus("yaml-malformed-real-world") else { return };
    let path = dir.join("ossf-security-baseline_v2026.02.19_baseline_metadata.yaml");
    let (_, diagnostics) = parse_questionnaire(&read(&path));
    let syntax = diagnostics.iter().find(|d| d.code == "yaml-syntax").expect("a yaml-syntax error");
    assert!((21..=23).contains(&syntax.line.unwrap()), "{syntax:?}");
}

/// Parses `text` as criteria and returns the diagnostics and the time it took.
fn timed(text: &str) -> (Vec<Diagnostic>, Duration) {
    let start = Instant::now();
    let (_, diagnostics) = parse_questionnaire(text.as_bytes());
    (diagnostics, start.elapsed())
}

#[test]
fn alias_bomb_is_refused_quickly() {
    let mut text = String::from("format: questionnaire/1\na0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for i in 1..10 {
        let previous = i - 1;
        let refs = vec![format!("*a{previous}"); 9].join(", ");
        text.push_str(&format!("a{i}: &a{i} [{refs}]\n"));
    }
    let (diagnostics, took) = timed(&text);
    assert!(took < Duration::from_secs(1), "took {took:?}");
    let error = diagnostics.iter().find(|d| d.is_error()).expect("an error");
    assert_eq!((error.code, error.line), ("yaml-syntax", Some(3)), "{error:?}");
    assert!(error.message.contains("aliases"), "{error:?}");
}

#[test]
fn deep_nesting_is_refused_quickly() {
    let flow = format!("x: {}{}\n", "[".repeat(10_000), "]".repeat(10_000));
    let block = format!("x:\n  {}v\n", "- ".repeat(10_000));
    for nested in [flow, block] {
        let text = format!("format: questionnaire/1\n{nested}");
        let (diagnostics, took) = timed(&text);
        assert!(took < Duration::from_secs(1), "took {took:?}");
        let error = diagnostics.iter().find(|d| d.is_error()).expect("an error");
        assert_eq!(error.code, "yaml-syntax", "{error:?}");
        assert!(error.message.contains("nested too deeply") && error.line.is_some(), "{error:?}");
    }
}

const TRAPS: &str = r#"format: questionnaire/1
id: traps
version: "1"
published: 2026-11-24
title: YAML 1.1 traps
scales:
  yes-no:
    options:
      - {id: "yes", label: Yes, value: 1}
      - {id: "no", label: No, value: 0}
defaults: {scale: yes-no}
sections:
  - id: s
    title: S
    criteria:
      - {id: A, text: No, guidance: On, remediation: Off, evidence: [Y, N]}
      - {id: B, text: Norway, guidance: G, remediation: R}
"#;

#[test]
fn yaml_11_booleans_and_dates_in_text_are_read_as_written() {
    let (questionnaire, diagnostics) = parse_questionnaire(TRAPS.as_bytes());
    assert!(diagnostics.is_empty(), "{diagnostics:?}");
    let q = questionnaire.expect("valid");
    assert_eq!(q.published.as_deref(), Some("2026-11-24"));
    let a = &q.criteria[0];
    assert_eq!((a.text.default.as_str(), a.guidance.as_ref().unwrap().default.as_str()), ("No", "On"));
    assert_eq!(a.evidence.iter().map(|e| e.default.as_str()).collect::<Vec<_>>(), ["Y", "N"]);
    assert_eq!(q.scales["yes-no"].options[1].label.default, "No");
}

#[test]
fn yaml_11_traps_in_typed_fields_are_flagged_with_the_reason() {
    let text = TRAPS.replace("version: \"1\"", "version: 1.10").replace("{id: B,", "{id: B, critical: yes,");
    let (questionnaire, diagnostics) = parse_questionnaire(text.as_bytes());
    assert!(questionnaire.is_none());
    let version = diagnostics.iter().find(|d| d.path == "version").expect("version flagged");
    assert_eq!((version.code, version.line), ("wrong-type", Some(3)));
    assert!(version.hint.contains("\"1.10\""), "{version:?}");
    let critical = diagnostics.iter().find(|d| d.path.ends_with("[B].critical")).expect("critical flagged");
    assert!(critical.hint.contains("YAML 1.2 reads `yes` as text"), "{critical:?}");
}
