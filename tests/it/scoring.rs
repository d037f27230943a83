//! Scoring: every case under `tests/data/scoring/` (an assessment of `criteria/small.yaml`)
//! against its golden summary, plus hand-computed numbers for the cases the goldens encode.

use certready::model::{parse_assessment, Assessment};
use certready::report::summary;
use certready::scoring::{score, Reason, Scorecard, Status};

use crate::support::*;

fn score_case(name: &str) -> Scorecard {
    let questionnaire = small_criteria();
    let (assessment, diagnostics) = parse_assessment(&read(&data(&format!("scoring/{name}.yaml"))), &questionnaire);
    let assessment = assessment.unwrap_or_else(|| panic!("{name}: {diagnostics:?}"));
    score(&questionnaire, &assessment)
}

fn close(actual: f64, expected: f64) -> bool {
    (actual - expected).abs() < 1e-9
}

#[test]
fn scoring_cases_match_their_golden_summaries() {
    let questionnaire = small_criteria();
    for case in files_in("scoring", "yaml") {
        let (assessment, diagnostics) = parse_assessment(&read(&case), &questionnaire);
        let assessment = assessment.unwrap_or_else(|| panic!("{}: {diagnostics:?}", case.display()));
        let card = score(&questionnaire, &assessment);
        check_golden(&case, &summary::text(&questionnaire, &card));
    }
}

#[test]
fn all_met_is_ready_with_the_top_band() {
    let card = score_case("all-met");
    assert_eq!(card.verdict.status, Status::Ready);
    assert!(card.verdict.reasons.is_empty());
    assert!(close(card.overall_percent(), 1.0));
    assert_eq!(card.band.as_deref(), Some("gold"));
    assert!(card.gaps.is_empty());
    // SITE-02 is airport-only and the subject is a depot.
    assert_eq!(card.completeness.applicable, 4);
}

#[test]
fn weighted_mean_and_when_conditions_compute_exactly() {
    let card = score_case("mixed");
    let org = card.section("org").unwrap().score.unwrap();
    assert!(close(org.percent(), 0.375), "org {}", org.percent());
    assert!(close(card.section("site").unwrap().score.unwrap().percent(), 1.0));
    assert!(close(card.overall_percent(), (2.0 * 0.375 + 1.0) / 3.0));
    // ORG-03 is ruled out by ORG-02 = no; its stored answer is kept but not counted.
    assert!(!card.criteria[2].is_applicable());
    assert_eq!(card.verdict.status, Status::NotReady);
}

#[test]
fn na_drops_out_and_unjustified_na_counts_as_unanswered() {
    let card = score_case("na-justified");
    assert_eq!(card.section("site").unwrap().score, None, "a section with nothing counted is N/A");
    // org: ORG-01 met (w3), ORG-02 unanswered (w1), ORG-03 applicable while ORG-02 is open (w1).
    assert!(close(card.overall_percent(), 3.0 / 5.0));
    assert_eq!(card.verdict.status, Status::Incomplete);
    assert_eq!(card.completeness.na, 1);
    assert_eq!(card.completeness.unanswered, 2);
}

#[test]
fn an_unmet_critical_criterion_blocks_and_leads_the_gap_register() {
    let card = score_case("critical-blocks");
    assert!(close(card.overall_percent(), 0.8));
    assert_eq!(card.verdict.status, Status::NotReady);
    assert_eq!(card.verdict.reasons, vec![Reason::CriticalNotMet { criterion: "ORG-01".into() }]);
    assert_eq!(card.gaps[0].criterion, 0);
    assert!(card.gaps[0].critical);
}

#[test]
fn gap_impact_equals_the_difference_of_two_full_scorings() {
    let questionnaire = small_criteria();
    let (assessment, _) = parse_assessment(&read(&data("scoring/empty.yaml")), &questionnaire);
    let assessment = assessment.unwrap();
    let before = score(&questionnaire, &assessment);
    assert_eq!(before.gaps.len(), before.completeness.applicable);
    for gap in &before.gaps {
        let id = &questionnaire.criteria[gap.criterion].id;
        let mut improved: Assessment = assessment.clone();
        let best = &questionnaire.scale_of(&questionnaire.criteria[gap.criterion]).options[0].id;
        improved.choose_option(id, best);
        let after = score(&questionnaire, &improved);
        let expected = (after.overall_percent() - before.overall_percent()) * 100.0;
        assert!(close(gap.impact_points, expected), "{id}: {} vs {expected}", gap.impact_points);
    }
    // Critical first, then impact descending.
    assert!(before.gaps[0].critical);
    for pair in before.gaps[1..].windows(2) {
        assert!(pair[0].impact_points >= pair[1].impact_points);
    }
}

#[test]
fn scoring_is_deterministic() {
    assert_eq!(score_case("mixed"), score_case("mixed"));
}

#[test]
fn every_scoring_golden_is_in_the_wasm_parity_test() {
    let source = String::from_utf8(read(&root().join("tests/wasm/scoring.rs"))).unwrap();
    for folder in ["scoring", "c2m2"] {
        for case in files_in(folder, "yaml") {
            let name = case.file_stem().unwrap().to_string_lossy().into_owned();
            assert!(source.contains(&format!("\"{name}\"")), "tests/wasm/scoring.rs does not list {folder}/{name}");
        }
    }
}

#[test]
fn the_reports_method_is_the_explanation() {
    let questionnaire = small_criteria();
    let (assessment, _) = parse_assessment(&read(&data("scoring/mixed.yaml")), &questionnaire);
    let assessment = assessment.unwrap();
    let card = score(&questionnaire, &assessment);
    let report = certready::report::build(
        &questionnaire,
        &assessment,
        &card,
        certready::time::Timestamp(0),
        &certready::report::Languages::of(&questionnaire),
    );
    let words = certready::scoring::explain::Words { lang: certready::i18n::Lang::En, criteria_language: "en" };
    let explained = certready::scoring::explain::explain(&questionnaire, &card, words);
    let headings: Vec<&str> = report.method.iter().map(|e| e.heading.as_str()).collect();
    assert_eq!(headings, explained.iter().map(|e| e.heading.as_str()).collect::<Vec<_>>());
    let arithmetic: Vec<&str> = report.method.iter().map(|e| e.arithmetic.as_str()).collect();
    assert_eq!(arithmetic, explained.iter().map(|e| e.arithmetic.as_str()).collect::<Vec<_>>());
    assert!(headings.contains(&"site — Site (weighted-mean)"));
    let text = certready::scoring::explain::text(&questionnaire, &card);
    assert!(explained.iter().all(|e| text.contains(&e.heading) && text.contains(&e.arithmetic)));
}

/// `small.yaml` with ORG-02 (the yes/no question ORG-03's `when` reads) carrying no weight.
fn with_factual_question() -> certready::model::Questionnaire {
    let text = String::from_utf8(read(&data("criteria/small.yaml"))).unwrap();
    let text = text.replacen("        scale: yes-no\n", "        scale: yes-no\n        weight: 0\n", 1);
    let (questionnaire, diagnostics) = certready::model::parse_questionnaire(text.as_bytes());
    questionnaire.unwrap_or_else(|| panic!("{diagnostics:?}"))
}

#[test]
fn a_factual_question_is_neither_a_gap_nor_not_met() {
    let questionnaire = with_factual_question();
    assert!(certready::scoring::is_factual(&questionnaire.criteria[1]));
    let yaml = "format: assessment/1\nquestionnaire: {id: small, version: \"1.0\"}\nanswers:\n  ORG-01: {option: met}\n  ORG-02: {option: \"no\"}\n  SITE-01: {option: met}\n  SITE-02: {option: met}\n";
    let (assessment, diagnostics) = parse_assessment(yaml.as_bytes(), &questionnaire);
    let card = score(&questionnaire, &assessment.unwrap_or_else(|| panic!("{diagnostics:?}")));
    // "No" rules ORG-03 out; "yes" would bring it in unanswered and lower the score: that
    // answer is a fact, not a gap with a negative impact.
    assert!(card.gaps.is_empty(), "{:?}", card.gaps);
    assert_eq!(card.counts.factual, 1);
    assert_eq!((card.counts.met, card.counts.partial, card.counts.not_met), (3, 0, 0));
    assert_eq!(card.verdict.status, Status::Ready);
    assert!(close(card.overall_percent(), 1.0));
}

#[test]
fn no_gap_has_a_negative_impact() {
    let questionnaire = with_factual_question();
    for case in files_in("scoring", "yaml") {
        let (assessment, _) = parse_assessment(&read(&case), &questionnaire);
        let card = score(&questionnaire, &assessment.unwrap());
        assert!(card.gaps.iter().all(|g| g.impact_points >= 0.0), "{}: {:?}", case.display(), card.gaps);
        assert!(card.gaps.iter().all(|g| g.criterion != 1), "{}: the factual question is a gap", case.display());
    }
}
