//! The scoring engine: `score(&Questionnaire, &Assessment) -> Scorecard`.
//!
//! Pure, total and deterministic (scoring.md): after validation nothing here can fail, no clock
//! is read, and the same inputs give the same numbers natively and in wasm. An unanswered
//! criterion is a gap, not an error.

use crate::model::{Aggregate, Assessment, Condition, Criterion, NaPolicy, Questionnaire, Section};

/// A criterion counts as achieved for `maturity-level` at this value or above.
pub const MATURITY_ACHIEVED_AT: f64 = 0.75;

/// A score and the maximum it could reach.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Score {
    pub score: f64,
    pub max: f64,
}

impl Score {
    /// `score / max`, in [0, 1].
    pub fn percent(&self) -> f64 {
        if self.max > 0.0 {
            (self.score / self.max).clamp(0.0, 1.0)
        } else {
            0.0
        }
    }
}

/// Where one criterion stands.
#[derive(Debug, Clone, PartialEq)]
pub enum CriterionState {
    /// Outside the assessment's profiles, or its `when` condition does not hold.
    NotApplicable,
    Unanswered,
    Answered {
        option: String,
        value: f64,
    },
    /// Marked N/A with an acceptable justification: drops out of every denominator.
    Na,
    /// Marked N/A without the justification the criterion requires: counts as unanswered.
    NaWithoutJustification,
}

impl CriterionState {
    pub fn is_applicable(&self) -> bool {
        *self != CriterionState::NotApplicable
    }

    /// The criterion's value in [0, 1] when it counts in its section's score.
    pub fn counted_value(&self) -> Option<f64> {
        match self {
            CriterionState::Answered { value, .. } => Some(*value),
            CriterionState::Unanswered | CriterionState::NaWithoutJustification => Some(0.0),
            CriterionState::NotApplicable | CriterionState::Na => None,
        }
    }

    pub fn is_fully_met(&self) -> bool {
        matches!(self, CriterionState::Answered { value, .. } if *value >= 1.0)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Completeness {
    pub applicable: usize,
    pub answered: usize,
    pub na: usize,
    pub unanswered: usize,
}

impl Completeness {
    /// (answered + N/A) / applicable; 1 when nothing applies.
    pub fn fraction(&self) -> f64 {
        if self.applicable == 0 {
            1.0
        } else {
            (self.answered + self.na) as f64 / self.applicable as f64
        }
    }

    pub fn is_complete(&self) -> bool {
        self.unanswered == 0
    }
}

/// Applicable criteria by answer: fully met, partially met (0 < v < 1), not met (v = 0).
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Counts {
    pub met: usize,
    pub partial: usize,
    pub not_met: usize,
    pub na: usize,
    pub unanswered: usize,
}

#[derive(Debug, Clone, PartialEq)]
pub struct SectionResult {
    pub id: String,
    /// 0 for top-level sections.
    pub depth: usize,
    /// `None` when nothing in the section applies (the section is itself N/A).
    pub score: Option<Score>,
    pub completeness: Completeness,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Ready,
    NotReady,
    Incomplete,
}

impl Status {
    pub fn label(self) -> &'static str {
        match self {
            Status::Ready => "ready",
            Status::NotReady => "not ready",
            Status::Incomplete => "incomplete",
        }
    }
}

/// Why an assessment is not (yet) ready.
#[derive(Debug, Clone, PartialEq)]
pub enum Reason {
    Unanswered { count: usize },
    OverallBelow { percent: f64, threshold: f64 },
    SectionBelow { section: String, percent: f64, threshold: f64 },
    CriticalNotMet { criterion: String },
}

impl Reason {
    /// One sentence for people, e.g. in the scorecard panel and the report; sections are
    /// named by their title in the questionnaire's default language.
    pub fn describe(&self, questionnaire: &Questionnaire) -> String {
        match self {
            Reason::Unanswered { count } => format!("{count} applicable criteria are not answered yet"),
            Reason::OverallBelow { percent, threshold } => {
                format!("overall score {} is below the pass mark of {}", pct(*percent), pct(*threshold))
            }
            Reason::SectionBelow { section, percent, threshold } => {
                let language = questionnaire.languages.first().map_or("en", String::as_str);
                let title = questionnaire
                    .sections
                    .iter()
                    .find(|s| &s.id == section)
                    .map_or(section.as_str(), |s| s.title.get(language));
                format!("section “{title}” scores {}, below the minimum of {}", pct(*percent), pct(*threshold))
            }
            Reason::CriticalNotMet { criterion } => {
                format!("critical criterion {criterion} is not fully met")
            }
        }
    }
}

/// A percentage with one decimal, e.g. `83.3 %`.
pub fn pct(fraction: f64) -> String {
    format!("{:.1} %", fraction * 100.0)
}

#[derive(Debug, Clone, PartialEq)]
pub struct Verdict {
    pub status: Status,
    /// Every failing reason, in a stable order: unanswered, overall, sections, critical.
    pub reasons: Vec<Reason>,
}

/// An applicable criterion that is not fully met.
#[derive(Debug, Clone, PartialEq)]
pub struct Gap {
    /// Index into `Questionnaire::criteria`.
    pub criterion: usize,
    pub critical: bool,
    /// The rise of the overall percent, in percentage points, if this criterion alone were
    /// fully met (computed by re-scoring).
    pub impact_points: f64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Scorecard {
    /// Parallel to `Questionnaire::criteria`.
    pub criteria: Vec<CriterionState>,
    /// Parallel to `Questionnaire::sections_depth_first()`.
    pub sections: Vec<SectionResult>,
    /// `None` when nothing applies at all.
    pub overall: Option<Score>,
    pub completeness: Completeness,
    pub counts: Counts,
    pub verdict: Verdict,
    /// Id of the highest band whose minimum the overall percent reaches.
    pub band: Option<String>,
    /// Unmet critical criteria first, then by impact (descending), then document order.
    pub gaps: Vec<Gap>,
}

impl Scorecard {
    pub fn overall_percent(&self) -> f64 {
        self.overall.map_or(0.0, |s| s.percent())
    }

    pub fn section(&self, id: &str) -> Option<&SectionResult> {
        self.sections.iter().find(|s| s.id == id)
    }
}

/// What the operator entered for one criterion, reduced to what scoring needs.
#[derive(Debug, Clone, PartialEq)]
enum Input {
    None,
    Option(String),
    Na { justified: bool },
}

/// Score an assessment against its questionnaire.
pub fn score(questionnaire: &Questionnaire, assessment: &Assessment) -> Scorecard {
    let inputs: Vec<Input> = questionnaire
        .criteria
        .iter()
        .map(|criterion| match assessment.answers.get(&criterion.id) {
            Some(answer) => match (&answer.option, &answer.na) {
                (Some(option), _) => Input::Option(option.clone()),
                (None, Some(justification)) => Input::Na {
                    justified: criterion.na != NaPolicy::WithJustification || !justification.trim().is_empty(),
                },
                (None, None) => Input::None,
            },
            None => Input::None,
        })
        .collect();
    let profiles = &assessment.subject.profiles;
    let evaluation = evaluate(questionnaire, profiles, &inputs);
    let overall_percent = evaluation.overall.map_or(0.0, |s| s.percent());

    let mut gaps: Vec<Gap> = Vec::new();
    for (index, state) in evaluation.criteria.iter().enumerate() {
        let criterion = &questionnaire.criteria[index];
        let is_gap = state.counted_value().is_some_and(|v| v < 1.0);
        if !is_gap {
            continue;
        }
        let mut improved = inputs.clone();
        improved[index] = Input::Option(best_option(questionnaire, criterion));
        let after = evaluate(questionnaire, profiles, &improved);
        let impact_points = (after.overall.map_or(0.0, |s| s.percent()) - overall_percent) * 100.0;
        gaps.push(Gap { criterion: index, critical: criterion.critical, impact_points });
    }
    gaps.sort_by(|a, b| {
        b.critical
            .cmp(&a.critical)
            .then(b.impact_points.total_cmp(&a.impact_points))
            .then(a.criterion.cmp(&b.criterion))
    });

    let mut counts = Counts::default();
    let mut completeness = Completeness::default();
    for state in &evaluation.criteria {
        tally(state, &mut completeness);
        match state {
            CriterionState::Answered { value, .. } if *value >= 1.0 => counts.met += 1,
            CriterionState::Answered { value, .. } if *value > 0.0 => counts.partial += 1,
            CriterionState::Answered { .. } => counts.not_met += 1,
            CriterionState::Na => counts.na += 1,
            CriterionState::Unanswered | CriterionState::NaWithoutJustification => counts.unanswered += 1,
            CriterionState::NotApplicable => {}
        }
    }

    let verdict = verdict(questionnaire, &evaluation, &completeness);
    let band = evaluation.overall.and_then(|overall| {
        let percent = overall.percent();
        questionnaire.scoring.bands.iter().find(|b| percent + 1e-12 >= b.min).map(|b| b.id.clone())
    });
    Scorecard {
        criteria: evaluation.criteria,
        sections: evaluation.sections,
        overall: evaluation.overall,
        completeness,
        counts,
        verdict,
        band,
        gaps,
    }
}

fn best_option(questionnaire: &Questionnaire, criterion: &Criterion) -> String {
    let scale = questionnaire.scale_of(criterion);
    scale.options.iter().find(|o| o.value >= scale.max).map(|o| o.id.clone()).unwrap_or_default()
}

fn verdict(questionnaire: &Questionnaire, evaluation: &Evaluation, completeness: &Completeness) -> Verdict {
    let rules = &questionnaire.scoring;
    let mut reasons = Vec::new();
    if !completeness.is_complete() {
        reasons.push(Reason::Unanswered { count: completeness.unanswered });
    }
    if let (Some(threshold), Some(overall)) = (rules.pass_overall, evaluation.overall) {
        if overall.percent() + 1e-12 < threshold {
            reasons.push(Reason::OverallBelow { percent: overall.percent(), threshold });
        }
    }
    if let Some(threshold) = rules.pass_each_section {
        for section in evaluation.sections.iter().filter(|s| s.depth == 0) {
            if let Some(score) = section.score {
                if score.percent() + 1e-12 < threshold {
                    reasons.push(Reason::SectionBelow {
                        section: section.id.clone(),
                        percent: score.percent(),
                        threshold,
                    });
                }
            }
        }
    }
    if rules.critical_all_met {
        for (criterion, state) in questionnaire.criteria.iter().zip(&evaluation.criteria) {
            if criterion.critical && state.counted_value().is_some() && !state.is_fully_met() {
                reasons.push(Reason::CriticalNotMet { criterion: criterion.id.clone() });
            }
        }
    }
    let status = if !completeness.is_complete() {
        Status::Incomplete
    } else if reasons.is_empty() {
        Status::Ready
    } else {
        Status::NotReady
    };
    Verdict { status, reasons }
}

fn tally(state: &CriterionState, completeness: &mut Completeness) {
    match state {
        CriterionState::NotApplicable => return,
        CriterionState::Answered { .. } => completeness.answered += 1,
        CriterionState::Na => completeness.na += 1,
        CriterionState::Unanswered | CriterionState::NaWithoutJustification => completeness.unanswered += 1,
    }
    completeness.applicable += 1;
}

struct Evaluation {
    criteria: Vec<CriterionState>,
    sections: Vec<SectionResult>,
    overall: Option<Score>,
}

fn evaluate(questionnaire: &Questionnaire, profiles: &[String], inputs: &[Input]) -> Evaluation {
    // Conditions only refer to earlier criteria (validated), so one pass in document order
    // settles applicability.
    let mut criteria: Vec<CriterionState> = Vec::with_capacity(inputs.len());
    for (criterion, input) in questionnaire.criteria.iter().zip(inputs) {
        let in_profile = criterion.profiles.is_empty()
            || profiles.is_empty()
            || criterion.profiles.iter().any(|p| profiles.contains(p));
        let condition_holds = criterion.when.as_ref().is_none_or(|condition| holds(condition, inputs, &criteria));
        let state = if !(in_profile && condition_holds) {
            CriterionState::NotApplicable
        } else {
            match input {
                Input::None => CriterionState::Unanswered,
                Input::Na { justified: true } => CriterionState::Na,
                Input::Na { justified: false } => CriterionState::NaWithoutJustification,
                Input::Option(option) => {
                    let scale = questionnaire.scale_of(criterion);
                    match scale.option(option) {
                        Some(o) => CriterionState::Answered {
                            option: option.clone(),
                            value: (o.value / scale.max).clamp(0.0, 1.0),
                        },
                        // Validation refuses unknown options; an unknown one is treated as unanswered.
                        None => CriterionState::Unanswered,
                    }
                }
            }
        };
        criteria.push(state);
    }

    let mut sections = Vec::new();
    let top: Vec<(f64, Option<Score>)> = questionnaire
        .sections
        .iter()
        .map(|section| (section.weight, score_section(questionnaire, section, 0, &criteria, &mut sections)))
        .collect();
    let overall = aggregate(questionnaire.scoring.aggregate, &top, &[]);
    Evaluation { criteria, sections, overall }
}

fn holds(condition: &Condition, inputs: &[Input], states: &[CriterionState]) -> bool {
    match condition {
        Condition::AnswerIn { index, options, .. } => {
            match (&inputs[*index], states.get(*index)) {
                (Input::Option(chosen), Some(CriterionState::Answered { .. })) => options.contains(chosen),
                // Unanswered, N/A or itself not applicable: nothing rules this criterion out yet.
                _ => true,
            }
        }
        Condition::All(items) => items.iter().all(|c| holds(c, inputs, states)),
        Condition::Any(items) => items.iter().any(|c| holds(c, inputs, states)),
        Condition::Not(inner) => !holds(inner, inputs, states),
    }
}

/// Scores `section` and its descendants, pushing their results depth-first into `out`.
fn score_section(
    questionnaire: &Questionnaire,
    section: &Section,
    depth: usize,
    states: &[CriterionState],
    out: &mut Vec<SectionResult>,
) -> Option<Score> {
    let slot = out.len();
    out.push(SectionResult { id: section.id.clone(), depth, score: None, completeness: Completeness::default() });
    let mut children: Vec<(f64, Option<Score>)> = Vec::new();
    let mut levels: Vec<(u32, f64)> = Vec::new();
    let mut completeness = Completeness::default();
    for &index in &section.criteria {
        let state = &states[index];
        let criterion = &questionnaire.criteria[index];
        tally(state, &mut completeness);
        let value = state.counted_value();
        children.push((criterion.weight, value.map(|v| Score { score: v, max: 1.0 })));
        if let (Some(level), Some(v)) = (criterion.level, value) {
            levels.push((level, v));
        }
    }
    for child in &section.sections {
        let child_slot = out.len();
        let child_score = score_section(questionnaire, child, depth + 1, states, out);
        let child_completeness = out[child_slot].completeness;
        completeness.applicable += child_completeness.applicable;
        completeness.answered += child_completeness.answered;
        completeness.na += child_completeness.na;
        completeness.unanswered += child_completeness.unanswered;
        children.push((child.weight, child_score));
        if section.aggregate == Aggregate::MaturityLevel {
            collect_levels(questionnaire, child, states, &mut levels);
        }
    }
    let score = aggregate(section.aggregate, &children, &levels);
    out[slot].score = score;
    out[slot].completeness = completeness;
    score
}

fn collect_levels(
    questionnaire: &Questionnaire,
    section: &Section,
    states: &[CriterionState],
    levels: &mut Vec<(u32, f64)>,
) {
    for &index in &section.criteria {
        if let (Some(level), Some(v)) = (questionnaire.criteria[index].level, states[index].counted_value()) {
            levels.push((level, v));
        }
    }
    for child in &section.sections {
        collect_levels(questionnaire, child, states, levels);
    }
}

/// Combines children `(weight, score)`; children whose score is `None` (N/A) drop out.
/// `levels` are `(level, value)` of the counted criteria, used by `maturity-level` only.
fn aggregate(kind: Aggregate, children: &[(f64, Option<Score>)], levels: &[(u32, f64)]) -> Option<Score> {
    let counted: Vec<(f64, Score)> = children.iter().filter_map(|&(w, s)| s.map(|s| (w, s))).collect();
    if counted.is_empty() && kind != Aggregate::MaturityLevel {
        return None;
    }
    let n = counted.len() as f64;
    Some(match kind {
        Aggregate::WeightedMean => {
            let total_weight: f64 = counted.iter().map(|(w, _)| w).sum();
            // All weights zero: count the children equally rather than divide by zero.
            let (weighted, weights) = if total_weight > 0.0 {
                (counted.iter().map(|(w, s)| w * s.percent()).sum::<f64>(), total_weight)
            } else {
                (counted.iter().map(|(_, s)| s.percent()).sum::<f64>(), n)
            };
            Score { score: weighted / weights, max: 1.0 }
        }
        Aggregate::Mean => Score {
            score: counted.iter().map(|(_, s)| s.score).sum::<f64>() / n,
            max: counted.iter().map(|(_, s)| s.max).sum::<f64>() / n,
        },
        Aggregate::Sum => {
            Score { score: counted.iter().map(|(_, s)| s.score).sum(), max: counted.iter().map(|(_, s)| s.max).sum() }
        }
        Aggregate::Min => {
            Score { score: counted.iter().map(|(_, s)| s.percent()).fold(f64::INFINITY, f64::min), max: 1.0 }
        }
        Aggregate::MaturityLevel => return maturity_level(levels),
    })
}

/// The highest level L such that every counted criterion with a level up to L is achieved;
/// `None` when no counted criterion has a level.
fn maturity_level(levels: &[(u32, f64)]) -> Option<Score> {
    let max_level = levels.iter().map(|&(level, _)| level).max()?;
    let achieved = (1..=max_level)
        .take_while(|&level| {
            levels.iter().filter(|&&(l, _)| l <= level).all(|&(_, v)| v + 1e-12 >= MATURITY_ACHIEVED_AT)
        })
        .last()
        .unwrap_or(0);
    Some(Score { score: f64::from(achieved), max: f64::from(max_level) })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn child(weight: f64, score: f64, max: f64) -> (f64, Option<Score>) {
        (weight, Some(Score { score, max }))
    }

    #[test]
    fn aggregates_follow_the_spec_table() {
        let children = [child(3.0, 0.5, 1.0), child(1.0, 1.0, 1.0), (5.0, None)];
        let weighted = aggregate(Aggregate::WeightedMean, &children, &[]).unwrap();
        assert!((weighted.score - 0.625).abs() < 1e-12, "N/A children drop out of the weights");
        let sums = [child(1.0, 0.5, 1.0), child(1.0, 2.0, 3.0)];
        assert_eq!(aggregate(Aggregate::Sum, &sums, &[]), Some(Score { score: 2.5, max: 4.0 }));
        assert_eq!(aggregate(Aggregate::Mean, &sums, &[]), Some(Score { score: 1.25, max: 2.0 }));
        let min = aggregate(Aggregate::Min, &sums, &[]).unwrap();
        assert!((min.score - 0.5).abs() < 1e-12);
        assert_eq!(aggregate(Aggregate::Mean, &[(1.0, None)], &[]), None, "nothing counted is N/A");
    }

    #[test]
    fn maturity_level_is_cumulative() {
        let met = |level| (level, 1.0);
        assert_eq!(maturity_level(&[met(1), met(2), (3, 0.5)]), Some(Score { score: 2.0, max: 3.0 }));
        // A level-3 practice met while a level-1 practice is not: level 0.
        assert_eq!(maturity_level(&[(1, 0.0), met(3)]), Some(Score { score: 0.0, max: 3.0 }));
        assert_eq!(maturity_level(&[(1, 0.75)]), Some(Score { score: 1.0, max: 1.0 }), "largely implemented counts");
        assert_eq!(maturity_level(&[]), None);
    }
}
