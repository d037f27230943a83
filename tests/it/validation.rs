//! Criteria and assessment validation: every fixture under `tests/data/invalid*` against its
//! golden diagnostics, and the bundled questionnaires are clean.

use certready::diag::has_errors;
use certready::model::{parse_assessment, parse_questionnaire, MAX_INPUT_BYTES};

use crate::support::*;

#[test]
fn invalid_criteria_files_report_located_diagnostics() {
    for case in files_in("invalid", "yaml") {
        let bytes = read(&case);
        let (questionnaire, diagnostics) = parse_questionnaire(&bytes);
        let name = case.file_stem().unwrap().to_string_lossy().into_owned();
        assert!(!diagnostics.is_empty(), "{name}: no diagnostics");
        for diagnostic in &diagnostics {
            assert!(diagnostic.line.is_some(), "{name}: diagnostic without a line: {diagnostic:?}");
            assert!(!diagnostic.hint.is_empty(), "{name}: diagnostic without a hint: {diagnostic:?}");
            assert!(
                !diagnostic.message.starts_with(|c: char| c.is_uppercase()),
                "{name}: messages start lowercase: {diagnostic:?}"
            );
        }
        // The file is named after the code it demonstrates (or `warnings`); a file that shows a
        // warning's code stays valid.
        if name == "warnings" || !has_errors(&diagnostics) {
            assert!(questionnaire.is_some(), "{name}: warnings alone must not make a file invalid");
        } else {
            assert!(questionnaire.is_none(), "{name}: should be invalid");
        }
        // `CODE--what.yaml`: another case of the same code.
        let code = name.split("--").next().unwrap_or_default();
        if name != "warnings" {
            assert!(
                diagnostics.iter().any(|d| d.code == code),
                "{name}: expected a `{code}` diagnostic, got {diagnostics:#?}"
            );
        }
        check_golden(&case, &render_diagnostics(&case, &bytes, &diagnostics));
    }
}

#[test]
fn invalid_assessments_report_located_diagnostics() {
    let questionnaire = small_criteria();
    for case in files_in("invalid-assessment", "yaml") {
        let bytes = read(&case);
        let (assessment, diagnostics) = parse_assessment(&bytes, &questionnaire);
        assert!(!diagnostics.is_empty(), "{}: no diagnostics", case.display());
        // A case with warnings only (e.g. `no-criteria-fingerprint`) is still opened.
        let invalid = has_errors(&diagnostics);
        assert_eq!(assessment.is_none(), invalid, "{}: opened {}", case.display(), !invalid);
        check_golden(&case, &render_diagnostics(&case, &bytes, &diagnostics));
    }
}

#[test]
fn bundled_questionnaires_are_clean() {
    let mut seen = 0;
    for entry in std::fs::read_dir(root().join("questionnaires")).expect("questionnaires/") {
        let path = entry.expect("entry").path();
        if path.extension().is_none_or(|e| e != "yaml") {
            continue;
        }
        let bytes = read(&path);
        let (questionnaire, diagnostics) = parse_questionnaire(&bytes);
        assert!(diagnostics.is_empty(), "{}:\n{}", path.display(), render_diagnostics(&path, &bytes, &diagnostics));
        assert!(questionnaire.is_some());
        seen += 1;
    }
    assert!(seen >= 1);
}

#[test]
fn postal_security_covers_the_foundation_scope() {
    let (questionnaire, _) = parse_questionnaire(&read(&root().join("questionnaires/postal-security.yaml")));
    let questionnaire = questionnaire.expect("valid");
    assert!(questionnaire.criteria.len() >= 30, "{} criteria", questionnaire.criteria.len());
    assert!(questionnaire.sections.len() >= 6);
    assert!(questionnaire.criteria.iter().filter(|c| c.critical).count() >= 3);
    for criterion in &questionnaire.criteria {
        assert!(criterion.guidance.is_some() && criterion.remediation.is_some(), "{}", criterion.id);
        assert!(!criterion.evidence.is_empty(), "{} names no evidence", criterion.id);
    }
}

#[test]
fn oversized_input_is_refused_before_parsing() {
    let bytes = vec![b'#'; MAX_INPUT_BYTES + 1];
    let started = std::time::Instant::now();
    let (questionnaire, diagnostics) = parse_questionnaire(&bytes);
    assert!(questionnaire.is_none());
    assert_eq!(diagnostics[0].code, "file-too-large");
    assert!(started.elapsed().as_millis() < 1000);
}

#[test]
fn byte_order_mark_and_crlf_are_accepted() {
    let source = String::from_utf8(read(&data("criteria/small.yaml"))).unwrap();
    let crlf = format!("\u{feff}{}", source.replace('\n', "\r\n"));
    let (questionnaire, diagnostics) = parse_questionnaire(crlf.as_bytes());
    assert!(!has_errors(&diagnostics), "{diagnostics:?}");
    assert_eq!(questionnaire.unwrap().criteria.len(), 5);
}

#[test]
fn localized_texts_keep_every_language() {
    let questionnaire = small_criteria();
    assert_eq!(questionnaire.title.get("en"), "Small test scheme");
    assert_eq!(questionnaire.title.get("fr"), "Petit référentiel de test");
    assert_eq!(questionnaire.title.get("zh"), "Small test scheme", "falls back to the default language");
}

#[test]
fn assessment_round_trips_through_yaml() {
    let questionnaire = small_criteria();
    let bytes = read(&data("scoring/mixed.yaml"));
    let (assessment, diagnostics) = parse_assessment(&bytes, &questionnaire);
    assert!(diagnostics.iter().all(|d| d.code == "no-criteria-fingerprint"), "{diagnostics:?}");
    let assessment = assessment.unwrap();
    let written = assessment.to_yaml();
    let (again, _) = parse_assessment(written.as_bytes(), &questionnaire);
    assert_eq!(again.as_ref(), Some(&assessment));
    assert_eq!(again.unwrap().to_yaml(), written, "export, import, export is byte-identical");
}

#[test]
fn an_auditors_review_round_trips_and_an_unknown_finding_is_located() {
    let questionnaire = small_criteria();
    let text = format!(
        "format: assessment/1\nquestionnaire: {{id: small, version: \"1.0\", sha256: \"{}\"}}\nanswers:\n  ORG-01: {{option: met}}\n\
                review:\n  reviewer: {{name: Jana Novak}}\n  verdicts:\n    ORG-01: {{verdict: not-confirmed, note: Gate open}}\n",
        questionnaire.sha256
    );
    let (assessment, diagnostics) = parse_assessment(text.as_bytes(), &questionnaire);
    assert!(diagnostics.is_empty(), "{diagnostics:?}");
    let assessment = assessment.unwrap();
    let finding = &assessment.review.as_ref().expect("the review is read").verdicts["ORG-01"];
    assert_eq!(finding.verdict, certready::model::Finding::NotConfirmed);
    let written = assessment.to_yaml();
    let (again, _) = parse_assessment(written.as_bytes(), &questionnaire);
    assert_eq!(again.as_ref(), Some(&assessment), "the review survives export and import");

    let (_, diagnostics) =
        parse_assessment(text.replace("    ORG-01: {verdict", "    ORG-99: {verdict").as_bytes(), &questionnaire);
    let unknown = diagnostics.iter().find(|d| d.code == "unknown-criterion").expect("a warning");
    assert_eq!((unknown.line, unknown.path.as_str()), (Some(8), "review.verdicts.ORG-99"), "{unknown:?}");

    let (refused, diagnostics) = parse_assessment(text.replace("not-confirmed", "approved").as_bytes(), &questionnaire);
    assert!(refused.is_none());
    let error = diagnostics.iter().find(|d| d.is_error()).expect("an error");
    assert_eq!(error.line, Some(8), "{error:?}");
    assert!(error.path.ends_with("verdict"), "{error:?}");
}

#[test]
fn editing_answers_keeps_comments_and_drops_empty_answers() {
    let questionnaire = small_criteria();
    let mut assessment = certready::model::Assessment::new(&questionnaire);
    assessment.choose_option("ORG-01", "partial");
    assessment.set_comment("ORG-01", "deputy missing");
    assessment.choose_na("ORG-01");
    assert_eq!(assessment.answers["ORG-01"].option, None);
    assert_eq!(assessment.answers["ORG-01"].na.as_deref(), Some(""));
    assert_eq!(assessment.answers["ORG-01"].comment, "deputy missing");
    assessment.set_comment("ORG-01", "");
    assessment.clear_choice("ORG-01");
    assert!(assessment.answers.is_empty(), "an emptied answer is removed");
}

#[test]
fn every_problem_in_a_file_is_reported_in_one_pass() {
    let case = data("every-problem-at-once.yaml");
    let bytes = read(&case);
    let (questionnaire, diagnostics) = parse_questionnaire(&bytes);
    assert!(questionnaire.is_none());
    let codes: std::collections::BTreeSet<&str> = diagnostics.iter().map(|d| d.code).collect();
    for code in [
        "wrong-type",
        "unknown-field",
        "missing-field",
        "invalid-id",
        "missing-default-language",
        "invalid-option-value",
        "threshold-out-of-range",
        "duplicate-id",
        "unknown-scale",
        "invalid-weight",
        "level-without-maturity",
        "unknown-profile",
        "empty-section",
        "when-cycle",
    ] {
        assert!(codes.contains(code), "`{code}` missing from {codes:?}");
    }
    assert_eq!(diagnostics.iter().filter(|d| d.code == "unknown-field").count(), 2);
    check_golden(&case, &render_diagnostics(&case, &bytes, &diagnostics));
}

#[test]
fn criteria_index_lists_every_bundled_file_once() {
    let index = String::from_utf8(read(&root().join("questionnaires/index.txt"))).expect("utf-8");
    let (mut listed, diagnostics) = certready::model::parse_index(&index);
    assert!(diagnostics.is_empty(), "{diagnostics:?}");
    let mut on_disk: Vec<String> = std::fs::read_dir(root().join("questionnaires"))
        .expect("questionnaires/")
        .map(|entry| entry.expect("entry").file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".yaml"))
        .collect();
    listed.sort();
    on_disk.sort();
    assert_eq!(listed, on_disk, "questionnaires/index.txt and the folder disagree");
}

/// Every documented criteria or assessment code is demonstrated by a golden file, except the
/// caps (a 16 MiB fixture, see `oversized_input_is_refused_before_parsing`; 20,000 criteria or
/// answers, see `hostile.rs`).
#[test]
fn every_documented_code_has_a_golden() {
    let docs = String::from_utf8(read(&root().join("docs/diagnostics.md"))).expect("utf-8");
    let files_section = docs.split("## The criteria index").next().unwrap();
    let mut goldens = String::new();
    for folder in ["invalid", "invalid-assessment"] {
        for case in files_in(folder, "expected") {
            goldens.push_str(&String::from_utf8_lossy(&read(&case)));
        }
    }
    let codes: Vec<&str> = files_section
        .lines()
        .filter_map(|line| line.strip_prefix("| `")?.split('`').next())
        .filter(|code| !["file-too-large", "too-many-criteria", "too-many-answers"].contains(code))
        .collect();
    assert!(codes.len() >= 40, "{codes:?}");
    let missing: Vec<&&str> = codes.iter().filter(|code| !goldens.contains(&format!("[{code}]"))).collect();
    assert!(missing.is_empty(), "documented codes without a golden: {missing:?}");
}
