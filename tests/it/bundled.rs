//! Quality checks on the bundled criteria files: every `questionnaires/*.yaml` is checked, so a
//! new file is covered without touching this module. The checks are plain functions returning
//! the problems they find, so `the_checks_catch_bad_content` can show that each one fails.

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use certready::model::{parse_questionnaire, Aggregate, Assessment, Condition, NaPolicy, Questionnaire, Text};
use certready::scoring::score;

use crate::support::*;

// Minimum lengths, in characters of the default-language text with whitespace collapsed. The
// operator is usually far from an expert, so each field must carry something to act on:
// - requirement text ≥ 40: a statement with a subject and a control, not a heading ("CCTV");
// - guidance ≥ 120: about two sentences, the least that describes what "fully met" looks like;
// - remediation ≥ 100: a concrete first step with who or when, beyond "write a procedure";
// - evidence: at least 2 items (the rule and a record showing it is applied), each ≥ 15,
//   enough to name a document an auditor can ask for ("CCTV export log"), not "Policy".
const MIN_TEXT: usize = 40;
const MIN_GUIDANCE: usize = 120;
const MIN_REMEDIATION: usize = 100;
const MIN_EVIDENCE_ITEMS: usize = 2;
const MIN_EVIDENCE: usize = 15;
/// Upper bound on answer combinations tried per `when`; conditions stay small by design.
const MAX_COMBINATIONS: usize = 10_000;

struct Bundled {
    path: PathBuf,
    questionnaire: Questionnaire,
}

/// Every bundled file, sorted; each must parse with no error and no warning.
fn bundled() -> Vec<Bundled> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(root().join("questionnaires"))
        .expect("questionnaires/")
        .map(|entry| entry.expect("directory entry").path())
        .filter(|path| path.extension().is_some_and(|e| e == "yaml"))
        .collect();
    paths.sort();
    paths
        .into_iter()
        .map(|path| {
            let bytes = read(&path);
            let (questionnaire, diagnostics) = parse_questionnaire(&bytes);
            assert!(diagnostics.is_empty(), "{}", render_diagnostics(&path, &bytes, &diagnostics));
            let questionnaire = questionnaire.unwrap_or_else(|| panic!("{} is invalid", path.display()));
            Bundled { path, questionnaire }
        })
        .collect()
}

fn parse_inline(yaml: &str) -> Questionnaire {
    let (questionnaire, diagnostics) = parse_questionnaire(yaml.as_bytes());
    assert!(diagnostics.is_empty(), "{diagnostics:?}");
    questionnaire.expect("valid")
}

/// The default-language text with runs of whitespace collapsed to one space.
fn flat(text: &Text) -> String {
    text.default.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn length(text: Option<&Text>) -> usize {
    text.map_or(0, |t| flat(t).chars().count())
}

/// Criteria whose requirement, guidance, evidence, remediation or references fall short.
fn content_problems(questionnaire: &Questionnaire) -> Vec<String> {
    let mut problems = Vec::new();
    for c in &questionnaire.criteria {
        let mut lengths = vec![
            ("text", length(Some(&c.text)), MIN_TEXT),
            ("guidance", length(c.guidance.as_ref()), MIN_GUIDANCE),
            ("remediation", length(c.remediation.as_ref()), MIN_REMEDIATION),
        ];
        lengths.extend(c.evidence.iter().map(|item| ("an evidence item", length(Some(item)), MIN_EVIDENCE)));
        for (field, actual, min) in lengths.into_iter().filter(|(_, actual, min)| actual < min) {
            problems.push(format!("{}: {field} has {actual} characters, fewer than {min}", c.id));
        }
        if c.evidence.len() < MIN_EVIDENCE_ITEMS {
            problems.push(format!("{}: {} evidence items, fewer than {MIN_EVIDENCE_ITEMS}", c.id, c.evidence.len()));
        }
        // References name a standard and a topic ("UPU S58 — perimeter security"), never a clause text.
        if c.references.is_empty() {
            problems.push(format!("{}: no reference", c.id));
        }
        for reference in c.references.iter().filter(|r| !r.contains(" — ") || r.contains('"')) {
            problems.push(format!("{}: reference {reference:?} is not of the form `standard — topic`", c.id));
        }
        if c.critical && c.na == NaPolicy::Allowed {
            problems.push(format!("{}: critical but N/A allowed without justification", c.id));
        }
    }
    problems
}

/// Requirement texts that occur more than once, compared case- and whitespace-insensitively.
fn duplicate_texts<'a>(questionnaires: impl IntoIterator<Item = &'a Questionnaire>) -> Vec<String> {
    let mut seen: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for questionnaire in questionnaires {
        for c in &questionnaire.criteria {
            let key = flat(&c.text).to_lowercase().trim_end_matches(['.', '?']).to_owned();
            seen.entry(key).or_default().push(format!("{}:{}", questionnaire.id, c.id));
        }
    }
    seen.into_iter().filter(|(_, ids)| ids.len() > 1).map(|(text, ids)| format!("{ids:?} share {text:?}")).collect()
}

fn unused_profiles(questionnaire: &Questionnaire) -> Vec<String> {
    let used: BTreeSet<&str> =
        questionnaire.criteria.iter().flat_map(|c| c.profiles.iter().map(String::as_str)).collect();
    questionnaire.profiles.iter().filter(|p| !used.contains(p.id.as_str())).map(|p| p.id.clone()).collect()
}

fn referenced(condition: &Condition, out: &mut BTreeSet<usize>) {
    match condition {
        Condition::AnswerIn { index, .. } => {
            out.insert(*index);
        }
        Condition::All(items) | Condition::Any(items) => items.iter().for_each(|c| referenced(c, out)),
        Condition::Not(inner) => referenced(inner, out),
    }
}

/// Criteria whose `when` holds for every or for no combination of answers (each option, or
/// unanswered) to the criteria it names. Truth is read from the scoring engine itself: with no
/// profile chosen every criterion is in scope, so "applicable" is exactly "the condition holds".
fn when_problems(questionnaire: &Questionnaire) -> Vec<String> {
    let mut problems = Vec::new();
    for (index, criterion) in questionnaire.criteria.iter().enumerate() {
        let Some(condition) = &criterion.when else { continue };
        let mut targets = BTreeSet::new();
        referenced(condition, &mut targets);
        let choices: Vec<(String, Vec<Option<String>>)> = targets
            .iter()
            .map(|&t| {
                let target = &questionnaire.criteria[t];
                let options = questionnaire.scale_of(target).options.iter().map(|o| Some(o.id.clone()));
                (target.id.clone(), std::iter::once(None).chain(options).collect())
            })
            .collect();
        let combinations: usize = choices.iter().map(|(_, options)| options.len()).product();
        assert!(combinations <= MAX_COMBINATIONS, "{}: {combinations} answer combinations", criterion.id);
        let (mut held, mut failed) = (false, false);
        for n in 0..combinations {
            let mut assessment = Assessment::new(questionnaire);
            let mut rest = n;
            for (id, options) in &choices {
                if let Some(option) = &options[rest % options.len()] {
                    assessment.choose_option(id, option);
                }
                rest /= options.len();
            }
            if score(questionnaire, &assessment).criteria[index].is_applicable() {
                held = true;
            } else {
                failed = true;
            }
        }
        if !held {
            problems.push(format!("{}: `when` never holds", criterion.id));
        }
        if !failed {
            problems.push(format!("{}: `when` never fails", criterion.id));
        }
    }
    problems
}

#[test]
fn the_three_bundled_files_are_present_and_validate_without_errors_or_warnings() {
    let ids: Vec<String> = bundled().into_iter().map(|b| b.questionnaire.id).collect();
    for expected in ["cross-border-ecommerce", "demo", "postal-security"] {
        assert!(ids.iter().any(|id| id == expected), "{expected} missing from {ids:?}");
    }
}

#[test]
fn every_criterion_has_substantial_text_guidance_evidence_remediation_and_references() {
    for b in bundled() {
        let problems = content_problems(&b.questionnaire);
        assert!(problems.is_empty(), "{}:\n{}", b.path.display(), problems.join("\n"));
    }
}

#[test]
fn no_two_criteria_share_a_requirement_text_in_or_across_files() {
    let files = bundled();
    let problems = duplicate_texts(files.iter().map(|b| &b.questionnaire));
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_profile_is_used_by_some_criterion() {
    for b in bundled() {
        assert!(!b.questionnaire.profiles.is_empty(), "{}: no profiles", b.path.display());
        let unused = unused_profiles(&b.questionnaire);
        assert!(unused.is_empty(), "{}: unused profiles {unused:?}", b.path.display());
    }
}

#[test]
fn every_when_condition_can_both_hold_and_fail() {
    let mut checked = 0;
    for b in bundled() {
        let problems = when_problems(&b.questionnaire);
        assert!(problems.is_empty(), "{}:\n{}", b.path.display(), problems.join("\n"));
        checked += b.questionnaire.criteria.iter().filter(|c| c.when.is_some()).count();
    }
    assert!(checked >= 10, "only {checked} conditions checked");
}

#[test]
fn every_bundled_file_says_it_is_not_an_official_document() {
    for b in bundled() {
        let description = b.questionnaire.description.as_ref().map(flat).unwrap_or_default().to_lowercase();
        assert!(description.contains("not an official"), "{}: no \"not an official\"", b.path.display());
    }
}

#[test]
fn the_checks_catch_bad_content() {
    let bad = parse_inline(
        r#"
format: questionnaire/1
id: bad
version: "1"
title: Bad
profiles: [{id: used, title: Used}, {id: idle, title: Idle}]
scales:
  compliance:
    options: [{id: met, label: Met, value: 1}, {id: not-met, label: Not met, value: 0}]
sections:
  - id: s
    title: S
    criteria:
      - id: A
        text: The perimeter is fenced all the way round the site.
        guidance: Fence it.
        evidence: [Plan]
        remediation: Fix it.
        references: ["S58 clause 4.2"]
        profiles: [used]
      - id: B
        text: "The perimeter is fenced   all the way round the site"
        guidance: Fence it.
        evidence: [Plan]
        remediation: Fix it.
        when: {criterion: A, in: [met, not-met]}
      - id: C
        text: Nothing can ever make this criterion apply to a site.
        guidance: Never shown.
        evidence: [Plan]
        remediation: None.
        when: {not: {criterion: A, in: [met, not-met]}}
"#,
    );
    let content = content_problems(&bad);
    for expected in ["A: guidance", "A: remediation", "A: 1 evidence items", "A: an evidence item", "A: reference"] {
        assert!(content.iter().any(|p| p.starts_with(expected)), "{expected} not reported in {content:?}");
    }
    assert_eq!(duplicate_texts([&bad]).len(), 1);
    assert_eq!(unused_profiles(&bad), ["idle"]);
    assert_eq!(when_problems(&bad), ["B: `when` never fails", "C: `when` never holds"]);
}

#[test]
fn postal_security_covers_every_topic_area_for_every_facility_kind() {
    let b = bundled().into_iter().find(|b| b.questionnaire.id == "postal-security").expect("postal-security");
    let q = &b.questionnaire;
    assert!(q.criteria.len() >= 80, "{} criteria", q.criteria.len());
    let sections: Vec<&str> = q.sections.iter().map(|s| s.id.as_str()).collect();
    for topic in [
        "organisation",
        "perimeter",
        "access-control",
        "personnel",
        "mail-handling",
        "office-of-exchange",
        "airmail",
        "dangerous-goods",
        "transport",
        "customs-ead",
        "incidents",
        "information-security",
    ] {
        assert!(sections.contains(&topic), "no section {topic} in {sections:?}");
    }
    let profiles: Vec<&str> = q.profiles.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(profiles, ["mpc", "ooe", "airport", "delivery"]);
    let critical: Vec<&str> = q.criteria.iter().filter(|c| c.critical).map(|c| c.id.as_str()).collect();
    for id in ["AIR-01", "AIR-03", "HDL-01"] {
        assert!(critical.contains(&id), "{id} should be critical: {critical:?}");
    }
}

#[test]
fn cross_border_ecommerce_has_thirty_criteria_and_critical_ead_screening_and_dangerous_goods() {
    let b = bundled().into_iter().find(|b| b.questionnaire.id == "cross-border-ecommerce").expect("file");
    let q = &b.questionnaire;
    assert!(q.criteria.len() >= 30, "{} criteria", q.criteria.len());
    let critical_sections: BTreeSet<&str> =
        q.criteria.iter().filter(|c| c.critical).map(|c| c.top_section.as_str()).collect();
    assert_eq!(critical_sections, BTreeSet::from(["air-handover", "dangerous-goods", "ead"]));
}

#[test]
fn demo_exercises_every_feature_of_the_format() {
    let b = bundled().into_iter().find(|b| b.questionnaire.id == "demo").expect("demo.yaml");
    let q = &b.questionnaire;
    assert!((10..=12).contains(&q.criteria.len()), "{} criteria", q.criteria.len());
    assert!(q.languages.len() >= 2 && q.criteria.iter().all(|c| c.text.translations.contains_key(&q.languages[1])));
    assert!(q.profiles.len() >= 2 && !q.scoring.bands.is_empty());
    assert!(q.scales.len() >= 3, "compliance, a factual scale and a custom one");
    assert!(q.sections.iter().any(|s| !s.sections.is_empty()), "nested sections");
    assert!(q.sections.iter().any(|s| s.aggregate == Aggregate::MaturityLevel));
    assert!(q.criteria.iter().any(|c| c.level.is_some()));
    assert!(q.criteria.iter().any(|c| c.critical));
    for na in [NaPolicy::Forbidden, NaPolicy::Allowed, NaPolicy::WithJustification] {
        assert!(q.criteria.iter().any(|c| c.na == na), "{na:?}");
    }
    assert!(q.criteria.iter().all(|c| !c.tags.is_empty() && !c.references.is_empty()));
    let forms: BTreeSet<&str> = q
        .criteria
        .iter()
        .filter_map(|c| c.when.as_ref())
        .map(|w| match w {
            Condition::AnswerIn { .. } => "in",
            Condition::All(_) => "all",
            Condition::Any(_) => "any",
            Condition::Not(_) => "not",
        })
        .collect();
    assert_eq!(forms, BTreeSet::from(["all", "any", "in", "not"]));
}
