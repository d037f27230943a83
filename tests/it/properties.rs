//! Properties of the scoring engine over generated criteria trees and answers (proptest):
//! nesting to depth 3, every aggregate, weights including 0, critical criteria, N/A policies,
//! profiles, `when` conditions and `achieved_at`. The structure is read from a byte tape that
//! proptest generates and shrinks.

use std::collections::BTreeMap;

use certready::model::{
    Aggregate, Answer, Assessment, Band, Condition, Criterion, NaPolicy, Profile, Questionnaire, Scale, ScaleOption,
    ScoringRules, Section, Text,
};
use certready::scoring::{score, CriterionState, Scorecard};
use proptest::prelude::*;

/// Reads small choices off a byte tape; past its end every choice is 0.
struct Tape<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Tape<'_> {
    fn pick(&mut self, n: usize) -> usize {
        let byte = self.bytes.get(self.at).copied().unwrap_or(0);
        self.at += 1;
        byte as usize % n
    }
}

const AGGREGATES: [Aggregate; 5] =
    [Aggregate::WeightedMean, Aggregate::Mean, Aggregate::Sum, Aggregate::Min, Aggregate::MaturityLevel];
const WEIGHTS: [f64; 5] = [1.0, 0.0, 2.0, 0.5, 3.0];

struct Builder<'a> {
    tape: Tape<'a>,
    criteria: Vec<Criterion>,
    sections: usize,
    scales: BTreeMap<String, Scale>,
}

impl Builder<'_> {
    fn section(&mut self, depth: usize, top: Option<&str>, maturity: bool) -> Section {
        let id = format!("s{}", self.sections);
        self.sections += 1;
        let top = top.map_or(id.clone(), str::to_owned);
        let aggregate = AGGREGATES[self.tape.pick(5)];
        let achieved_at = (aggregate == Aggregate::MaturityLevel && self.tape.pick(2) == 1).then_some(0.5);
        let maturity = maturity || aggregate == Aggregate::MaturityLevel;
        let weight = WEIGHTS[self.tape.pick(WEIGHTS.len())];
        let mut sections = Vec::new();
        if depth < 3 {
            for _ in 0..self.tape.pick(3) {
                sections.push(self.section(depth + 1, Some(&top), maturity));
            }
        }
        let mut criteria = Vec::new();
        let count = self.tape.pick(4) + usize::from(sections.is_empty());
        for _ in 0..count {
            criteria.push(self.criterion(&top, maturity));
        }
        Section {
            id,
            title: Text::plain("a section"),
            description: None,
            weight,
            aggregate,
            achieved_at,
            sections,
            criteria,
        }
    }

    fn criterion(&mut self, top: &str, maturity: bool) -> usize {
        let index = self.criteria.len();
        let scale = if self.tape.pick(2) == 0 { "compliance" } else { "four" };
        let profiles = match self.tape.pick(4) {
            0 => vec!["p1".to_owned()],
            1 => vec!["p2".to_owned()],
            _ => Vec::new(),
        };
        let when = if index > 0 && self.tape.pick(3) == 0 {
            let target = self.tape.pick(index);
            let options = &self.scales[&self.criteria[target].scale].options;
            let chosen: Vec<String> = options.iter().filter(|_| self.tape.pick(2) == 0).map(|o| o.id.clone()).collect();
            let condition =
                Condition::AnswerIn { criterion: self.criteria[target].id.clone(), index: target, options: chosen };
            Some(if self.tape.pick(4) == 0 { Condition::Not(Box::new(condition)) } else { condition })
        } else {
            None
        };
        let na = [NaPolicy::WithJustification, NaPolicy::Allowed, NaPolicy::Forbidden][self.tape.pick(3)];
        self.criteria.push(Criterion {
            id: format!("c{index}"),
            text: Text::plain("a requirement"),
            guidance: None,
            evidence: Vec::new(),
            remediation: None,
            references: Vec::new(),
            scale: scale.to_owned(),
            weight: WEIGHTS[self.tape.pick(WEIGHTS.len())],
            critical: self.tape.pick(5) == 0,
            level: maturity.then(|| 1 + self.tape.pick(3) as u32),
            na,
            profiles,
            when,
            tags: Vec::new(),
            top_section: top.to_owned(),
        });
        index
    }
}

fn scale(id: &str, values: &[(&str, f64)]) -> Scale {
    let options: Vec<ScaleOption> = values
        .iter()
        .map(|(id, value)| ScaleOption { id: (*id).into(), label: Text::plain(*id), value: *value })
        .collect();
    Scale { id: id.into(), max: values.iter().map(|v| v.1).fold(0.0, f64::max), options }
}

fn questionnaire(tape: &[u8]) -> Questionnaire {
    let scales: BTreeMap<String, Scale> = [
        ("compliance".to_owned(), scale("compliance", &[("met", 1.0), ("partial", 0.5), ("not-met", 0.0)])),
        ("four".to_owned(), scale("four", &[("none", 0.0), ("some", 1.0), ("most", 2.0), ("all", 3.0)])),
    ]
    .into();
    let mut builder = Builder { tape: Tape { bytes: tape, at: 0 }, criteria: Vec::new(), sections: 0, scales };
    let root_aggregate = AGGREGATES[builder.tape.pick(4)];
    let sections: Vec<Section> = (0..1 + builder.tape.pick(3)).map(|_| builder.section(0, None, false)).collect();
    let profile = |id: &str| Profile { id: id.into(), title: Text::plain(id), description: None };
    Questionnaire {
        id: "generated".into(),
        version: "1".into(),
        title: Text::plain("generated"),
        languages: vec!["en".into()],
        publisher: None,
        published: None,
        license: None,
        description: None,
        disclaimer: None,
        marking: None,
        profiles: vec![profile("p1"), profile("p2")],
        scales: builder.scales,
        scoring: ScoringRules {
            aggregate: root_aggregate,
            pass_overall: Some(0.7),
            pass_each_section: Some(0.5),
            critical_all_met: true,
            bands: vec![Band { id: "good".into(), min: 0.8, label: Text::plain("Good") }],
        },
        sections,
        criteria: builder.criteria,
        sha256: String::new(),
        migrations: Vec::new(),
    }
}

/// Answers from a second tape: unanswered, an option, N/A justified, or N/A left empty.
fn assessment(questionnaire: &Questionnaire, tape: &[u8], profiles: u8) -> Assessment {
    let mut tape = Tape { bytes: tape, at: 0 };
    let mut assessment = Assessment::new(questionnaire);
    assessment.subject.profiles = match profiles % 4 {
        0 => vec![],
        1 => vec!["p1".into()],
        2 => vec!["p2".into()],
        _ => vec!["p1".into(), "p2".into()],
    };
    for criterion in &questionnaire.criteria {
        let options = &questionnaire.scales[&criterion.scale].options;
        match tape.pick(6) {
            0 => {}
            1 if criterion.na != NaPolicy::Forbidden => {
                let justification = if tape.pick(2) == 0 { "not here" } else { "" };
                assessment
                    .answers
                    .insert(criterion.id.clone(), Answer { na: Some(justification.into()), ..Default::default() });
            }
            _ => assessment.choose_option(&criterion.id, &options[tape.pick(options.len())].id),
        }
    }
    assessment
}

fn cases() -> impl Strategy<Value = (Questionnaire, Assessment)> {
    (prop::collection::vec(any::<u8>(), 16..160), prop::collection::vec(any::<u8>(), 0..80), any::<u8>()).prop_map(
        |(structure, answers, profiles)| {
            let questionnaire = questionnaire(&structure);
            let assessment = assessment(&questionnaire, &answers, profiles);
            (questionnaire, assessment)
        },
    )
}

/// Depth-first indices of the sections that contain criterion `index`, innermost last.
fn ancestors(questionnaire: &Questionnaire, index: usize) -> Vec<usize> {
    fn walk(sections: &[Section], index: usize, slot: &mut usize, path: &mut Vec<usize>) -> bool {
        for section in sections {
            path.push(*slot);
            *slot += 1;
            if section.criteria.contains(&index) || walk(&section.sections, index, slot, path) {
                return true;
            }
            path.pop();
        }
        false
    }
    let mut path = Vec::new();
    walk(&questionnaire.sections, index, &mut 0, &mut path);
    path
}

fn has_dependents(questionnaire: &Questionnaire, index: usize) -> bool {
    fn names(condition: &Condition, index: usize) -> bool {
        match condition {
            Condition::AnswerIn { index: target, .. } => *target == index,
            Condition::All(items) | Condition::Any(items) => items.iter().any(|c| names(c, index)),
            Condition::Not(inner) => names(inner, index),
        }
    }
    questionnaire.criteria.iter().any(|c| c.when.as_ref().is_some_and(|w| names(w, index)))
}

fn percent(card: &Scorecard) -> f64 {
    card.overall_percent()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn every_percent_is_between_0_and_1((questionnaire, assessment) in cases()) {
        let card = score(&questionnaire, &assessment);
        let scores = card.sections.iter().filter_map(|s| s.score).chain(card.overall);
        for s in scores {
            prop_assert!((0.0..=1.0).contains(&s.percent()), "{s:?}");
            prop_assert!(s.score >= 0.0 && s.score <= s.max + 1e-9, "{s:?}");
        }
        for state in &card.criteria {
            if let Some(v) = state.counted_value() {
                prop_assert!((0.0..=1.0).contains(&v));
            }
        }
        prop_assert!((0.0..=1.0).contains(&card.completeness.fraction()));
        // Never negative, though meeting a criterion can bring others into scope through `when`.
        for gap in &card.gaps {
            prop_assert!((0.0..=100.0 + 1e-9).contains(&gap.impact_points), "{gap:?}");
        }
    }

    #[test]
    fn raising_one_answer_never_lowers_an_ancestor((questionnaire, assessment) in cases(), pick in any::<usize>()) {
        let index = pick % questionnaire.criteria.len();
        let criterion = &questionnaire.criteria[index];
        // A raise that changes which criteria apply (through `when`) is not a raise of a value.
        prop_assume!(!has_dependents(&questionnaire, index));
        let before = score(&questionnaire, &assessment);
        let current = before.criteria[index].counted_value();
        prop_assume!(current.is_some_and(|v| v < 1.0));
        let scale = &questionnaire.scales[&criterion.scale];
        let current = current.unwrap() * scale.max;
        for option in scale.options.iter().filter(|o| o.value > current) {
            let mut raised = assessment.clone();
            raised.choose_option(&criterion.id, &option.id);
            let after = score(&questionnaire, &raised);
            for slot in ancestors(&questionnaire, index) {
                let (b, a) = (before.sections[slot].score.unwrap(), after.sections[slot].score.unwrap());
                prop_assert!(a.score + 1e-12 >= b.score, "{}: {b:?} -> {a:?}", before.sections[slot].id);
                prop_assert!(a.percent() + 1e-12 >= b.percent());
            }
            prop_assert!(percent(&after) + 1e-12 >= percent(&before));
        }
    }

    #[test]
    fn marking_a_criterion_na_changes_no_other_criterion((questionnaire, assessment) in cases(), pick in any::<usize>()) {
        let index = pick % questionnaire.criteria.len();
        let criterion = &questionnaire.criteria[index];
        prop_assume!(!criterion.critical && criterion.na != NaPolicy::Forbidden);
        let before = score(&questionnaire, &assessment);
        let mut marked = assessment.clone();
        marked.answers.insert(criterion.id.clone(), Answer { na: Some("does not apply".into()), ..Default::default() });
        let after = score(&questionnaire, &marked);
        prop_assert!(matches!(after.criteria[index], CriterionState::Na | CriterionState::NotApplicable));
        let independent = !has_dependents(&questionnaire, index);
        for (other, (b, a)) in before.criteria.iter().zip(&after.criteria).enumerate().filter(|(o, _)| *o != index) {
            if independent {
                prop_assert_eq!(b, a, "c{}", other);
            } else if b.is_applicable() && a.is_applicable() {
                // Only applicability may follow the N/A (a condition on an N/A answer holds).
                prop_assert_eq!(b.counted_value(), a.counted_value(), "c{}", other);
            }
        }
    }

    #[test]
    fn scoring_is_deterministic((questionnaire, assessment) in cases()) {
        let first = score(&questionnaire, &assessment);
        prop_assert_eq!(&first, &score(&questionnaire, &assessment.clone()));
        prop_assert_eq!(&first, &score(&questionnaire.clone(), &assessment));
    }

    #[test]
    fn gap_impact_is_exactly_the_difference_of_two_full_scorings((questionnaire, assessment) in cases()) {
        let before = score(&questionnaire, &assessment);
        for gap in &before.gaps {
            let criterion = &questionnaire.criteria[gap.criterion];
            let scale = &questionnaire.scales[&criterion.scale];
            let best = scale.options.iter().find(|o| o.value >= scale.max).unwrap();
            let mut improved = assessment.clone();
            improved.choose_option(&criterion.id, &best.id);
            let after = score(&questionnaire, &improved);
            let expected = ((percent(&after) - percent(&before)) * 100.0).max(0.0);
            prop_assert_eq!(gap.impact_points, expected, "{}", criterion.id);
        }
        // The register's order: critical first, then impact descending, then document order.
        for pair in before.gaps.windows(2) {
            let (a, b) = (&pair[0], &pair[1]);
            prop_assert!(
                (a.critical && !b.critical)
                    || (a.critical == b.critical
                        && (a.impact_points > b.impact_points
                            || (a.impact_points == b.impact_points && a.criterion < b.criterion))),
                "{a:?} before {b:?}"
            );
        }
        // Every criterion below its best answer is a gap, but a factual question (weight 0).
        let gaps = before
            .criteria
            .iter()
            .zip(&questionnaire.criteria)
            .filter(|(s, c)| s.counted_value().is_some_and(|v| v < 1.0) && !certready::scoring::is_factual(c))
            .count();
        prop_assert_eq!(before.gaps.len(), gaps);
    }
}
