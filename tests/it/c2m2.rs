//! C2M2's cumulative maturity-indicator-level rule on a scheme of its shape
//! (`tests/data/criteria/c2m2.yaml`): a domain achieves MIL n when every practice at MIL 1..n is
//! largely or fully implemented. The cases under `tests/data/c2m2/` carry golden summaries and
//! explanations; the edge cases are also checked by number here.

use certready::model::{parse_assessment, parse_questionnaire, Assessment, Questionnaire};
use certready::report::summary;
use certready::scoring::{explain, score, Scorecard, Status};

use crate::support::*;

fn criteria() -> Questionnaire {
    let bytes = read(&data("criteria/c2m2.yaml"));
    let (questionnaire, diagnostics) = parse_questionnaire(&bytes);
    assert!(diagnostics.is_empty(), "c2m2.yaml should be clean: {diagnostics:?}");
    questionnaire.expect("c2m2.yaml is valid")
}

/// Every practice answered `option`, then the `overrides`.
fn answering(questionnaire: &Questionnaire, option: &str, overrides: &[(&str, &str)]) -> Scorecard {
    let mut assessment = Assessment::new(questionnaire);
    for criterion in &questionnaire.criteria {
        assessment.choose_option(&criterion.id, option);
    }
    for (id, option) in overrides {
        assessment.choose_option(id, option);
    }
    score(questionnaire, &assessment)
}

fn mil(card: &Scorecard, domain: &str) -> (f64, f64) {
    let score = card.section(domain).and_then(|s| s.score).expect("a domain with practices is never N/A");
    (score.score, score.max)
}

#[test]
fn mil_cases_match_their_golden_summaries_and_explanations() {
    let questionnaire = criteria();
    for case in files_in("c2m2", "yaml") {
        let (assessment, diagnostics) = parse_assessment(&read(&case), &questionnaire);
        let assessment = assessment.unwrap_or_else(|| panic!("{}: {diagnostics:?}", case.display()));
        let card = score(&questionnaire, &assessment);
        let text = format!("{}\n{}", summary::text(&questionnaire, &card), explain::text(&questionnaire, &card));
        check_golden(&case, &text);
    }
}

#[test]
fn fully_and_largely_implemented_both_achieve_every_level() {
    let questionnaire = criteria();
    for option in ["fully", "largely"] {
        let card = answering(&questionnaire, option, &[]);
        assert_eq!(mil(&card, "inventory"), (3.0, 3.0), "{option}");
        assert_eq!(mil(&card, "response"), (3.0, 3.0), "{option}");
        assert_eq!(card.overall.unwrap().score, 3.0);
    }
}

#[test]
fn partially_implemented_does_not_achieve_its_level() {
    let questionnaire = criteria();
    let card = answering(&questionnaire, "fully", &[("RSP-1c", "partially")]);
    assert_eq!(mil(&card, "response"), (1.0, 3.0), "a MIL 2 practice partially implemented caps the domain at MIL 1");
    let card = answering(&questionnaire, "fully", &[("INV-2c", "not")]);
    assert_eq!(mil(&card, "inventory"), (2.0, 3.0));
}

#[test]
fn a_mil_3_practice_met_while_a_mil_1_practice_is_not_gives_mil_0() {
    let questionnaire = criteria();
    let card = answering(&questionnaire, "fully", &[("INV-1b", "not")]);
    assert_eq!(mil(&card, "inventory"), (0.0, 3.0), "levels are cumulative: MIL 1 is missing");
    assert_eq!(mil(&card, "response"), (3.0, 3.0));
    assert!((card.overall.unwrap().score - 1.5).abs() < 1e-12, "overall is the mean of the domains' MILs");
    // Fixing the MIL 1 practice alone lifts the domain from 0 to 3: 3 of 6 overall = +50 points.
    let gap = card.gaps.iter().find(|g| questionnaire.criteria[g.criterion].id == "INV-1b").unwrap();
    assert!((gap.impact_points - 50.0).abs() < 1e-9, "{}", gap.impact_points);
}

#[test]
fn nothing_answered_is_mil_0_and_not_na() {
    let questionnaire = criteria();
    let card = score(&questionnaire, &Assessment::new(&questionnaire));
    assert_eq!(mil(&card, "inventory"), (0.0, 3.0));
    assert_eq!(mil(&card, "response"), (0.0, 3.0));
    assert_eq!(card.overall.unwrap().score, 0.0);
    // The file sets no pass rule (`critical: none`, no pass mark): never a verdict.
    assert_eq!(card.verdict.status, Status::NoRule);
    assert_eq!(card.verdict.reasons, vec![certready::scoring::Reason::Unanswered { count: 11 }]);
    assert_eq!(card.completeness.unanswered, questionnaire.criteria.len());
}

#[test]
fn criteria_without_a_pass_rule_are_never_ready() {
    let questionnaire = criteria();
    let card = answering(&questionnaire, "fully", &[]);
    assert_eq!(mil(&card, "inventory"), (3.0, 3.0));
    assert!(card.completeness.is_complete());
    assert_eq!(card.verdict.status, Status::NoRule, "the highest score, every answer given: still no verdict");
    assert!(card.verdict.reasons.is_empty());
}

#[test]
fn achieved_at_is_what_makes_largely_count() {
    // The same answers judged with the engine's default threshold (0.75): largely (2/3) falls short.
    let text = String::from_utf8(read(&data("criteria/c2m2.yaml"))).unwrap().replace("achieved_at: 0.5", "");
    let (questionnaire, diagnostics) = parse_questionnaire(text.as_bytes());
    let questionnaire = questionnaire.unwrap_or_else(|| panic!("{diagnostics:?}"));
    let card = answering(&questionnaire, "largely", &[]);
    assert_eq!(mil(&card, "inventory"), (0.0, 3.0));
}

#[test]
fn the_report_says_not_rated_in_a_neutral_verdict_block() {
    use certready::report::{self, document::Block, Languages};
    let questionnaire = criteria();
    let card = answering(&questionnaire, "fully", &[]);
    let mut assessment = Assessment::new(&questionnaire);
    for criterion in &questionnaire.criteria {
        assessment.choose_option(&criterion.id, "fully");
    }
    for (lang, verdict, reason) in [
        (
            "en",
            "NOT RATED",
            "The criteria file sets no pass mark, so there is no verdict; the score is 3 of 3 (100.0%)",
        ),
        ("fr", "SANS VERDICT", "Le fichier de critères ne fixe aucun seuil de réussite"),
        ("zh", "不作判定", "准则文件未设定及格线"),
    ] {
        let languages = Languages::new(&questionnaire, Some(&[lang.to_owned()])).unwrap();
        let built = report::build(&questionnaire, &assessment, &card, certready::time::Timestamp(0), &languages);
        assert_eq!(built.status, Status::NoRule);
        assert_eq!(built.verdict, verdict);
        assert!(built.reasons[0].starts_with(reason), "{lang}: {}", built.reasons[0]);
        let document = report::document::document(&built);
        assert!(document.blocks.iter().any(|b| matches!(b, Block::Verdict(v) if v.status == Status::NoRule)));
        let html = report::html::document(&built);
        assert!(html.contains("class=\"verdict no-rule\"") && !html.contains("READY"), "{lang}");
    }
}
