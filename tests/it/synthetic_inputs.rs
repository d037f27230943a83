//! The benchmarks' synthetic criteria and assessments (`tests/common/synthetic.rs`) are valid at
//! every size benchmarked, without a warning, and answer with the mix they claim.

#[path = "../common/synthetic.rs"]
mod synthetic;

use certready::model::{parse_assessment, parse_questionnaire};
use certready::scoring::score;

#[test]
fn synthetic_files_are_valid_at_every_benchmarked_size() {
    for n in synthetic::SIZES {
        let criteria = synthetic::criteria(n);
        assert_eq!(criteria, synthetic::criteria(n), "deterministic");
        let (questionnaire, diagnostics) = parse_questionnaire(criteria.as_bytes());
        assert!(diagnostics.is_empty(), "criteria at {n}: {diagnostics:#?}");
        let questionnaire = questionnaire.expect("valid criteria");
        assert_eq!(questionnaire.criteria.len(), n);
        let (assessment, diagnostics) = parse_assessment(synthetic::assessment(n).as_bytes(), &questionnaire);
        // Synthetic assessments name no criteria fingerprint; nothing else is said.
        assert!(diagnostics.iter().all(|d| d.code == "no-criteria-fingerprint"), "assessment at {n}: {diagnostics:#?}");
        let assessment = assessment.expect("valid assessment");
        let card = score(&questionnaire, &assessment);
        let counts = &card.counts;
        assert!(counts.met > n / 2 && counts.partial > 0 && counts.not_met > 0 && counts.na > 0, "mix at {n}");
        assert!(counts.unanswered > 0 && !card.gaps.is_empty(), "open items and gaps at {n}");
        assert!(assessment.review.is_some(), "an auditor review at {n}");
    }
}
