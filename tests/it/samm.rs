//! OWASP SAMM fidelity: the SAMM v2.2 core model (`../shared/corpus`) imported into a criteria
//! file, scored by the engine, reproduces the toolbox's numbers: the published Secure Build
//! example, and answers of our own computed independently from the toolbox formulas. The
//! generated criteria file (CC BY-SA text) is written under the target folder, never committed.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use certready::import::samm;
use certready::model::{parse_questionnaire, Assessment, Questionnaire};
use certready::scoring::{score, Scorecard};

use crate::support::*;

const MODEL: &str = "owasp-samm-core-v2.2.0/model";

fn model_files(dir: &Path) -> Vec<(String, Vec<u8>)> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        for entry in std::fs::read_dir(dir).expect("readable model folder") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                walk(&path, out);
            } else {
                out.push(path);
            }
        }
    }
    let mut paths = Vec::new();
    walk(dir, &mut paths);
    paths.sort();
    paths.into_iter().map(|p| (p.strip_prefix(dir).unwrap().display().to_string(), read(&p))).collect()
}

/// Imports the model, writes the criteria file under the target folder and parses it back.
fn imported() -> Option<(Questionnaire, PathBuf)> {
    let dir = corpus(MODEL)?;
    let files = model_files(&dir);
    assert_eq!(files.len(), 302, "the SAMM v2.2 core model has 302 YAML files");
    let (text, diagnostics) = samm::import(&files, "2.2.0");
    assert!(diagnostics.is_empty(), "{diagnostics:#?}");
    let text = text.expect("criteria");
    let out = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("owasp-samm-2.2.0.yaml");
    std::fs::write(&out, &text).expect("writing the generated criteria");
    let (questionnaire, diagnostics) = parse_questionnaire(text.as_bytes());
    assert!(diagnostics.is_empty(), "{}", render_diagnostics(&out, text.as_bytes(), &diagnostics));
    Some((questionnaire.expect("valid criteria"), out))
}

/// Every question answered with the option of the given value (absent: the 0 option, "No").
fn answer(questionnaire: &Questionnaire, values: &BTreeMap<String, f64>) -> Scorecard {
    let mut assessment = Assessment::new(questionnaire);
    for criterion in &questionnaire.criteria {
        let value = values.get(&criterion.id).copied().unwrap_or(0.0);
        let scale = questionnaire.scale_of(criterion);
        let option = scale.options.iter().find(|o| (o.value - value).abs() < 1e-12).expect("a SAMM answer value");
        assessment.choose_option(&criterion.id, &option.id);
    }
    score(questionnaire, &assessment)
}

fn section_score(card: &Scorecard, id: &str) -> f64 {
    card.section(id).and_then(|s| s.score).unwrap_or_else(|| panic!("section {id} has a score")).score
}

fn assert_close(what: &str, actual: f64, expected: f64) {
    assert!((actual - expected).abs() < 1e-6, "{what}: {actual} vs {expected}");
}

#[test]
fn the_import_has_samm_shape_and_no_stays_a_word() {
    let Some((questionnaire, _)) = imported() else { return };
    assert_eq!(questionnaire.criteria.len(), 90);
    assert_eq!(questionnaire.sections.len(), 5, "five business functions");
    let functions: Vec<&str> = questionnaire.sections.iter().map(|s| s.title.default.as_str()).collect();
    assert_eq!(functions, ["Governance", "Design", "Implementation", "Verification", "Operations"]);
    for function in &questionnaire.sections {
        assert_eq!(function.sections.len(), 3, "{}: three practices", function.id);
        for practice in &function.sections {
            assert_eq!(practice.sections.len(), 3, "{}: three levels", practice.id);
            for level in &practice.sections {
                assert_eq!(level.criteria.len(), 2, "{}: two streams", level.id);
            }
        }
    }
    for scale in questionnaire.scales.values() {
        let values: Vec<f64> = scale.options.iter().map(|o| o.value).collect();
        assert_eq!(values, [0.0, 0.25, 0.5, 1.0], "{}", scale.id);
        assert_eq!(scale.options[0].label.default, "No", "YAML 1.1 `No` is read and written as the word");
    }
}

#[test]
fn the_published_secure_build_example_is_reproduced() {
    let Some((questionnaire, _)) = imported() else { return };
    let Some(examples) = corpus("samm-worked-examples.json") else { return };
    let examples: serde_json::Value = serde_json::from_slice(&read(&examples)).expect("JSON");
    let example = &examples["examples"][0];
    let values: BTreeMap<String, f64> = example["answers"]
        .as_object()
        .unwrap()
        .iter()
        .map(|(id, answer)| (id.clone(), answer["value"].as_f64().unwrap()))
        .collect();
    let card = answer(&questionnaire, &values);
    let expected = &example["expected"];
    for (practice, value) in expected["practice_scores"].as_object().unwrap() {
        assert_close(practice, section_score(&card, practice), value.as_f64().unwrap());
    }
    for (function, value) in expected["business_function_scores"].as_object().unwrap() {
        assert_close(function, section_score(&card, &function.to_lowercase()), value.as_f64().unwrap());
    }
    assert_close("overall", card.overall.unwrap().score, expected["overall"].as_f64().unwrap());
    assert_close("I-SB", section_score(&card, "I-SB"), 0.625);
    assert_close("Implementation", section_score(&card, "implementation"), 0.208333);
    assert_close("overall", card.overall.unwrap().score, 0.041667);
    // SAMM sets no pass mark: the import's scores are never a verdict.
    assert_eq!(card.verdict.status, certready::scoring::Status::NoRule);
    // The summary's head (not its gap list, which holds SAMM's text) against its golden.
    let summary = certready::report::summary::text(&questionnaire, &card);
    let head: String = summary.lines().take_while(|l| *l != "sections:").map(|l| format!("{l}\n")).collect();
    check_golden(&data("samm/secure-build-example.yaml"), &head);
}

#[test]
fn our_own_answers_match_the_toolbox_formulas_computed_independently() {
    let Some((questionnaire, _)) = imported() else { return };
    const VALUES: [f64; 4] = [0.0, 0.25, 0.5, 1.0];
    // A spread of answers that is not uniform within any practice.
    let values: BTreeMap<String, f64> = questionnaire
        .criteria
        .iter()
        .enumerate()
        .map(|(k, c)| (c.id.clone(), VALUES[(k * 7 + k / 5 + 3) % 4]))
        .collect();
    let card = answer(&questionnaire, &values);

    // The toolbox, from the question ids alone (F-PP-L-S): practice = Σ over levels of the
    // mean of the two streams; function = mean of its practices; overall = mean of functions.
    let mut streams: BTreeMap<(String, String, String), Vec<f64>> = BTreeMap::new();
    for (id, value) in &values {
        let parts: Vec<&str> = id.split('-').collect();
        let key = (parts[0].to_owned(), parts[1].to_owned(), parts[2].to_owned());
        streams.entry(key).or_default().push(*value);
    }
    let mut practices: BTreeMap<(String, String), f64> = BTreeMap::new();
    for ((function, practice, _), answers) in &streams {
        assert_eq!(answers.len(), 2);
        *practices.entry((function.clone(), practice.clone())).or_default() += (answers[0] + answers[1]) / 2.0;
    }
    let mut functions: BTreeMap<String, Vec<f64>> = BTreeMap::new();
    for ((function, practice), value) in &practices {
        assert_close(practice, section_score(&card, &format!("{function}-{practice}")), *value);
        functions.entry(function.clone()).or_default().push(*value);
    }
    let function_means: BTreeMap<&str, f64> =
        functions.iter().map(|(f, v)| (f.as_str(), v.iter().sum::<f64>() / v.len() as f64)).collect();
    for section in &questionnaire.sections {
        let letter = &section.title.default[..1];
        assert_close(&section.id, section_score(&card, &section.id), function_means[letter]);
    }
    let overall = function_means.values().sum::<f64>() / function_means.len() as f64;
    assert_close("overall", card.overall.unwrap().score, overall);
    assert!(overall > 0.5 && overall < 2.5, "a spread, not an edge case: {overall}");
    // The overall percent is the toolbox's overall over its maximum, 3.
    assert_close("percent", card.overall.unwrap().percent(), overall / 3.0);
}

#[test]
fn the_cli_writes_the_same_criteria_file() {
    let Some(dir) = corpus(MODEL) else { return };
    let out = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("owasp-samm-cli.yaml");
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_certready"))
        .args(["import", "samm"])
        .arg(&dir)
        .arg("-o")
        .arg(&out)
        .output()
        .expect("running certready");
    assert_eq!(output.status.code(), Some(0), "{}", String::from_utf8_lossy(&output.stderr));
    let (text, _) = samm::import(&model_files(&dir), "2.2.0");
    assert_eq!(std::fs::read_to_string(&out).unwrap(), text.unwrap());
}
