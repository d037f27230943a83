//! Same numbers everywhere: the scoring goldens (`tests/data/scoring/` and `tests/data/c2m2/`,
//! blessed natively by `tests/it`) recomputed by this build and compared byte for byte. It
//! runs natively in `cargo test` and in the browser build with
//! `cargo test --target wasm32-unknown-unknown --no-default-features --test wasm_scoring`
//! (wasm-bindgen-test-runner in headless Chromium; see docs/toolchain.md).

use certready::model::{parse_assessment, parse_questionnaire};
use certready::report::summary;
use certready::scoring::{explain, score};

#[cfg(target_arch = "wasm32")]
wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);

/// `(name, assessment, expected summary)` for each case; the file lists are checked against
/// the folders by `tests/it` (`every_scoring_golden_is_in_the_wasm_parity_test`).
macro_rules! cases {
    ($folder:literal: $($name:literal),* $(,)?) => {
        [$((
            $name,
            include_str!(concat!("../data/", $folder, "/", $name, ".yaml")),
            include_str!(concat!("../data/", $folder, "/", $name, ".expected")),
        )),*]
    };
}

const SMALL: &str = include_str!("../data/criteria/small.yaml");
const SCORING: [(&str, &str, &str); 5] =
    cases!("scoring": "all-met", "critical-blocks", "empty", "mixed", "na-justified");
const MIL_SHAPED: &str = include_str!("../data/criteria/c2m2.yaml");
const C2M2: [(&str, &str, &str); 3] = cases!("c2m2": "largely-everywhere", "level-1-blocked", "nothing-answered");

fn check(criteria: &str, cases: &[(&str, &str, &str)], with_explanation: bool) {
    let (questionnaire, diagnostics) = parse_questionnaire(criteria.as_bytes());
    let questionnaire = questionnaire.unwrap_or_else(|| panic!("{diagnostics:?}"));
    for (name, assessment, expected) in cases {
        let (assessment, diagnostics) = parse_assessment(assessment.as_bytes(), &questionnaire);
        let assessment = assessment.unwrap_or_else(|| panic!("{name}: {diagnostics:?}"));
        let card = score(&questionnaire, &assessment);
        let mut actual = summary::text(&questionnaire, &card);
        if with_explanation {
            actual = format!("{actual}\n{}", explain::text(&questionnaire, &card));
        }
        assert_eq!(&actual, expected, "{name}: this build's scorecard differs from the native golden");
    }
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[cfg_attr(not(target_arch = "wasm32"), test)]
fn scoring_goldens_are_reproduced() {
    check(SMALL, &SCORING, false);
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[cfg_attr(not(target_arch = "wasm32"), test)]
fn maturity_level_goldens_are_reproduced() {
    check(MIL_SHAPED, &C2M2, true);
}
