//! The scoring engine: `score(&Questionnaire, &Assessment) -> Scorecard`.
//!
//! Pure, total and deterministic (the rules are in docs/formats.md, "Scoring"): after validation
//! nothing here can fail, no clock is read, and the same inputs give the same numbers natively
//! and in wasm. An unanswered criterion is a gap, not an error; a factual question (weight 0) is
//! never a gap; a criteria file that sets no pass rule gets no verdict.

pub mod explain;

use std::collections::BTreeSet;

use crate::i18n::{self, Args, Lang};
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

/// Applicable criteria by answer: fully met, partially met (0 < v < 1), not met (v = 0), and
/// the answered factual questions ([`is_factual`]), which are none of those three.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Counts {
    pub met: usize,
    pub partial: usize,
    pub not_met: usize,
    /// Answered criteria that carry no weight: facts, neither met nor not met.
    pub factual: usize,
    pub na: usize,
    pub unanswered: usize,
}

/// Whether a criterion is a factual question: weight 0, not critical and without a maturity
/// `level` (a level counts under `maturity-level` whatever the weight). Its answer moves no
/// score and no verdict, only the applicability of others (`when`), so it is never a gap and is
/// counted apart from met / partially met / not met.
pub fn is_factual(criterion: &Criterion) -> bool {
    criterion.weight == 0.0 && !criterion.critical && criterion.level.is_none()
}

/// Whether the criteria file sets a pass rule: `scoring.pass.overall`, `scoring.pass.each_section`,
/// or at least one critical criterion under `critical: all-met` (the default). Bands are labels,
/// not a pass rule. Without one, no assessment is ready or not ready: its status is
/// [`Status::NoRule`].
pub fn has_pass_rule(questionnaire: &Questionnaire) -> bool {
    let rules = &questionnaire.scoring;
    rules.pass_overall.is_some()
        || rules.pass_each_section.is_some()
        || (rules.critical_all_met && questionnaire.criteria.iter().any(|c| c.critical))
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
    /// The criteria file sets no pass rule ([`has_pass_rule`]): the score is a measure, never a
    /// verdict, however high and however complete.
    NoRule,
}

impl Status {
    /// The status as the CLI's JSON and the report's JSON write it.
    pub fn label(self) -> &'static str {
        match self {
            Status::Ready => "ready",
            Status::NotReady => "not ready",
            Status::Incomplete => "incomplete",
            Status::NoRule => "not rated",
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
    /// One sentence for people, from the message catalog in `lang` (the scorecard panel, the
    /// report): sections named by their title in `criteria_language`, percentages written by
    /// `percent`.
    pub fn describe(
        &self,
        questionnaire: &Questionnaire,
        lang: Lang,
        criteria_language: &str,
        percent: impl Fn(f64) -> String,
    ) -> String {
        let args = match self {
            Reason::Unanswered { count } => Args::new().with("count", *count),
            Reason::OverallBelow { percent: score, threshold } => {
                Args::new().with("percent", percent(*score)).with("threshold", percent(*threshold))
            }
            Reason::SectionBelow { section, percent: score, threshold } => {
                let title = questionnaire
                    .sections
                    .iter()
                    .find(|s| &s.id == section)
                    .map_or(section.as_str(), |s| s.title.get(criteria_language));
                Args::new()
                    .with("section", title.to_owned())
                    .with("percent", percent(*score))
                    .with("threshold", percent(*threshold))
            }
            Reason::CriticalNotMet { criterion } => Args::new().with("criterion", criterion.as_str()),
        };
        let id = match self {
            Reason::Unanswered { .. } => "reason-unanswered",
            Reason::OverallBelow { .. } => "reason-overall-below",
            Reason::SectionBelow { .. } => "reason-section-below",
            Reason::CriticalNotMet { .. } => "reason-critical-not-met",
        };
        i18n::message(lang, id, &args)
    }

    /// A stable code for machines (the CLI's JSON): `unanswered`, `overall-below`,
    /// `section-below`, `critical-not-met`.
    pub fn code(&self) -> &'static str {
        match self {
            Reason::Unanswered { .. } => "unanswered",
            Reason::OverallBelow { .. } => "overall-below",
            Reason::SectionBelow { .. } => "section-below",
            Reason::CriticalNotMet { .. } => "critical-not-met",
        }
    }

    /// [`Reason::describe`] as the report words it: English, the criteria file's default
    /// language, [`pct`].
    pub fn describe_for_report(&self, questionnaire: &Questionnaire) -> String {
        let language = questionnaire.languages.first().map_or("en", String::as_str);
        self.describe(questionnaire, Lang::En, language, pct)
    }
}

/// The overall score as words of `lang`: "level 2 of 3" under a `maturity-level` overall rule,
/// "1.5 of 3 (50.0 %)" when the maximum is not 1 (`sum`, `mean` of levels), else the percentage;
/// `percent` writes percentages.
pub fn overall_words(
    questionnaire: &Questionnaire,
    overall: Option<Score>,
    lang: Lang,
    percent: impl Fn(f64) -> String,
) -> String {
    let Some(score) = overall else { return i18n::text(lang, "not-scored") };
    if questionnaire.scoring.aggregate == Aggregate::MaturityLevel {
        let args =
            Args::new().with("level", i18n::number(lang, score.score, 0)).with("max", i18n::number(lang, score.max, 0));
        return i18n::message(lang, "score-level", &args);
    }
    if (score.max - 1.0).abs() > 1e-12 {
        let args = Args::new()
            .with("score", short_number(lang, score.score))
            .with("max", short_number(lang, score.max))
            .with("percent", percent(score.percent()));
        return i18n::message(lang, "score-of-max", &args);
    }
    percent(score.percent())
}

/// At most two decimals, without trailing zeros: `3`, `1.5`, `0.04`.
fn short_number(lang: Lang, value: f64) -> String {
    let plain = format!("{value:.2}");
    let plain = plain.trim_end_matches('0').trim_end_matches('.');
    i18n::number_text(lang, plain)
}

/// What stands in for the verdict under [`Status::NoRule`]: one sentence (a lowercase clause)
/// saying that the criteria file sets no pass mark, with the overall score in words.
pub fn no_rule_words(
    questionnaire: &Questionnaire,
    overall: Option<Score>,
    lang: Lang,
    percent: impl Fn(f64) -> String,
) -> String {
    let score = overall_words(questionnaire, overall, lang, percent);
    i18n::message(lang, "no-pass-rule", &Args::new().with("score", score))
}

/// Whether `value` reaches `threshold`: the one pass test of scores, thresholds, bands and
/// maturity levels, with room for floating-point rounding (0.1 + 0.2 reaches 0.3).
pub fn reaches(value: f64, threshold: f64) -> bool {
    value + 1e-12 >= threshold
}

/// A percentage with one decimal, e.g. `83.3 %`.
pub fn pct(fraction: f64) -> String {
    format!("{:.1} %", fraction * 100.0)
}

#[derive(Debug, Clone, PartialEq)]
pub struct Verdict {
    pub status: Status,
    /// Every failing reason, in a stable order: unanswered, overall, sections, critical. Under
    /// [`Status::NoRule`] only `Unanswered` can appear.
    pub reasons: Vec<Reason>,
}

/// An applicable criterion that is not fully met and is not a factual question ([`is_factual`]).
#[derive(Debug, Clone, PartialEq)]
pub struct Gap {
    /// Index into `Questionnaire::criteria`.
    pub criterion: usize,
    pub critical: bool,
    /// The rise of the overall percent, in percentage points, if this criterion alone were
    /// fully met (computed by re-scoring); never negative: meeting a criterion can bring others
    /// into scope through `when` and lower the score, which counts as no rise (0).
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
    /// The label of the band reached, in all its languages.
    pub fn band<'a>(&self, questionnaire: &'a Questionnaire) -> Option<&'a crate::model::Text> {
        let id = self.band.as_ref()?;
        questionnaire.scoring.bands.iter().find(|b| &b.id == id).map(|b| &b.label)
    }

    /// The label of the band reached, in `language` (else the file's default language).
    pub fn band_label<'a>(&self, questionnaire: &'a Questionnaire, language: &str) -> Option<&'a str> {
        self.band(questionnaire).map(|label| label.get(language))
    }

    pub fn overall_percent(&self) -> f64 {
        self.overall.map_or(0.0, |s| s.percent())
    }

    pub fn section(&self, id: &str) -> Option<&SectionResult> {
        self.sections.iter().find(|s| s.id == id)
    }
}

/// Score an assessment against its questionnaire.
pub fn score(questionnaire: &Questionnaire, assessment: &Assessment) -> Scorecard {
    let plan = Plan::new(questionnaire, assessment);
    let mut evaluation = plan.evaluate();
    let overall_percent = percent_of(evaluation.overall);

    // Each gap's impact re-scores the questionnaire with that criterion fully met. Only the
    // criteria that change (the gap and those whose `when` depends on it) and their ancestor
    // sections are recomputed, with the very same functions as the full scoring, so the
    // result is identical to a full re-scoring (tested as a property) at a fraction of the cost.
    let mut gaps: Vec<Gap> = Vec::new();
    for index in 0..questionnaire.criteria.len() {
        let is_gap = evaluation.states[index].counted_value().is_some_and(|v| v < 1.0)
            && !is_factual(&questionnaire.criteria[index]);
        if !is_gap {
            continue;
        }
        let after = plan.overall_if_fully_met(index, &mut evaluation);
        let impact_points = ((percent_of(after) - overall_percent) * 100.0).max(0.0);
        gaps.push(Gap { criterion: index, critical: questionnaire.criteria[index].critical, impact_points });
    }
    gaps.sort_by(|a, b| {
        b.critical
            .cmp(&a.critical)
            .then(b.impact_points.total_cmp(&a.impact_points))
            .then(a.criterion.cmp(&b.criterion))
    });

    let criteria: Vec<CriterionState> = evaluation
        .states
        .iter()
        .zip(&questionnaire.criteria)
        .map(|(state, c)| state.public(questionnaire, c))
        .collect();
    let mut counts = Counts::default();
    let mut completeness = Completeness::default();
    for (state, criterion) in criteria.iter().zip(&questionnaire.criteria) {
        tally(state, &mut completeness);
        match state {
            CriterionState::Answered { .. } if is_factual(criterion) => counts.factual += 1,
            CriterionState::Answered { value, .. } if *value >= 1.0 => counts.met += 1,
            CriterionState::Answered { value, .. } if *value > 0.0 => counts.partial += 1,
            CriterionState::Answered { .. } => counts.not_met += 1,
            CriterionState::Na => counts.na += 1,
            CriterionState::Unanswered | CriterionState::NaWithoutJustification => counts.unanswered += 1,
            CriterionState::NotApplicable => {}
        }
    }
    let sections = plan.section_results(&criteria, &evaluation.scores);
    let overall = evaluation.overall;
    let verdict = verdict(questionnaire, &criteria, &sections, overall, &completeness);
    let band = overall.and_then(|overall| {
        let percent = overall.percent();
        questionnaire.scoring.bands.iter().find(|b| reaches(percent, b.min)).map(|b| b.id.clone())
    });
    Scorecard { criteria, sections, overall, completeness, counts, verdict, band, gaps }
}

/// The overall score alone, without the gap register: one full scoring pass. [`score`] gives
/// the same `overall`.
pub fn overall_score(questionnaire: &Questionnaire, assessment: &Assessment) -> Option<Score> {
    Plan::new(questionnaire, assessment).evaluate().overall
}

fn percent_of(score: Option<Score>) -> f64 {
    score.map_or(0.0, |s| s.percent())
}

fn verdict(
    questionnaire: &Questionnaire,
    criteria: &[CriterionState],
    sections: &[SectionResult],
    overall: Option<Score>,
    completeness: &Completeness,
) -> Verdict {
    let rules = &questionnaire.scoring;
    let mut reasons = Vec::new();
    if !completeness.is_complete() {
        reasons.push(Reason::Unanswered { count: completeness.unanswered });
    }
    if let (Some(threshold), Some(overall)) = (rules.pass_overall, overall) {
        if !reaches(overall.percent(), threshold) {
            reasons.push(Reason::OverallBelow { percent: overall.percent(), threshold });
        }
    }
    if let Some(threshold) = rules.pass_each_section {
        for section in sections.iter().filter(|s| s.depth == 0) {
            if let Some(score) = section.score {
                if !reaches(score.percent(), threshold) {
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
        for (criterion, state) in questionnaire.criteria.iter().zip(criteria) {
            if criterion.critical && state.counted_value().is_some() && !state.is_fully_met() {
                reasons.push(Reason::CriticalNotMet { criterion: criterion.id.clone() });
            }
        }
    }
    let status = if !has_pass_rule(questionnaire) {
        Status::NoRule
    } else if !completeness.is_complete() {
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

/// [`CriterionState`] without its option id: cheap to copy while gaps are re-scored.
#[derive(Debug, Clone, Copy, PartialEq)]
enum State {
    NotApplicable,
    Unanswered,
    /// `option` indexes the criterion's scale options.
    Answered {
        option: usize,
        value: f64,
    },
    Na,
    NaWithoutJustification,
}

impl State {
    fn counted_value(self) -> Option<f64> {
        match self {
            State::Answered { value, .. } => Some(value),
            State::Unanswered | State::NaWithoutJustification => Some(0.0),
            State::NotApplicable | State::Na => None,
        }
    }

    fn public(self, questionnaire: &Questionnaire, criterion: &Criterion) -> CriterionState {
        match self {
            State::NotApplicable => CriterionState::NotApplicable,
            State::Unanswered => CriterionState::Unanswered,
            State::Answered { option, value } => {
                CriterionState::Answered { option: questionnaire.scale_of(criterion).options[option].id.clone(), value }
            }
            State::Na => CriterionState::Na,
            State::NaWithoutJustification => CriterionState::NaWithoutJustification,
        }
    }
}

/// A `when` condition with option ids resolved to option indices.
enum Compiled {
    AnswerIn { index: usize, options: Vec<usize> },
    All(Vec<Compiled>),
    Any(Vec<Compiled>),
    Not(Box<Compiled>),
}

impl Compiled {
    fn new(questionnaire: &Questionnaire, condition: &Condition) -> Compiled {
        match condition {
            Condition::AnswerIn { index, options, .. } => {
                let scale = questionnaire.scale_of(&questionnaire.criteria[*index]);
                let options =
                    scale.options.iter().enumerate().filter(|(_, o)| options.contains(&o.id)).map(|(i, _)| i).collect();
                Compiled::AnswerIn { index: *index, options }
            }
            Condition::All(items) => Compiled::All(items.iter().map(|c| Compiled::new(questionnaire, c)).collect()),
            Condition::Any(items) => Compiled::Any(items.iter().map(|c| Compiled::new(questionnaire, c)).collect()),
            Condition::Not(inner) => Compiled::Not(Box::new(Compiled::new(questionnaire, inner))),
        }
    }

    fn holds(&self, states: &[State]) -> bool {
        match self {
            Compiled::AnswerIn { index, options } => match states[*index] {
                State::Answered { option, .. } => options.contains(&option),
                // Unanswered, N/A or itself not applicable: nothing rules this criterion out yet.
                _ => true,
            },
            Compiled::All(items) => items.iter().all(|c| c.holds(states)),
            Compiled::Any(items) => items.iter().any(|c| c.holds(states)),
            Compiled::Not(inner) => !inner.holds(states),
        }
    }

    fn targets(&self, out: &mut Vec<usize>) {
        match self {
            Compiled::AnswerIn { index, .. } => out.push(*index),
            Compiled::All(items) | Compiled::Any(items) => items.iter().for_each(|c| c.targets(out)),
            Compiled::Not(inner) => inner.targets(out),
        }
    }
}

/// The questionnaire flattened for one scoring: sections depth first with their parents, each
/// criterion's section, its state when applicable, and who depends on whom through `when`.
struct Plan<'q> {
    questionnaire: &'q Questionnaire,
    /// Depth first, in document order, with their depth.
    sections: Vec<(usize, &'q Section)>,
    /// Depth-first indices of each section's child sections.
    child_sections: Vec<Vec<usize>>,
    section_parent: Vec<Option<usize>>,
    /// Depth-first index of the section holding each criterion.
    criterion_section: Vec<usize>,
    /// Whether each criterion is in the assessment's profiles.
    in_profile: Vec<bool>,
    /// Each criterion's state if it applies (what the operator entered).
    entered: Vec<State>,
    conditions: Vec<Option<Compiled>>,
    /// Criteria whose `when` names this criterion; always later in the file.
    dependents: Vec<Vec<usize>>,
    /// Depth-first indices of the top-level sections.
    top: Vec<usize>,
}

/// States, section scores (depth first) and the overall score.
struct Evaluation {
    states: Vec<State>,
    scores: Vec<Option<Score>>,
    overall: Option<Score>,
}

impl<'q> Plan<'q> {
    fn new(questionnaire: &'q Questionnaire, assessment: &Assessment) -> Plan<'q> {
        let sections = questionnaire.sections_depth_first();
        let mut child_sections = vec![Vec::new(); sections.len()];
        let mut section_parent = vec![None; sections.len()];
        let mut criterion_section = vec![0; questionnaire.criteria.len()];
        let mut top = Vec::new();
        // The last section seen at each depth is the parent of the next one a level deeper.
        let mut open: Vec<usize> = Vec::new();
        for (slot, (depth, section)) in sections.iter().enumerate() {
            open.truncate(*depth);
            match open.last() {
                Some(&parent) => {
                    section_parent[slot] = Some(parent);
                    child_sections[parent].push(slot);
                }
                None => top.push(slot),
            }
            open.push(slot);
            for &index in &section.criteria {
                criterion_section[index] = slot;
            }
        }
        let profiles = &assessment.subject.profiles;
        let mut in_profile = Vec::with_capacity(questionnaire.criteria.len());
        let mut entered = Vec::with_capacity(questionnaire.criteria.len());
        let mut conditions = Vec::with_capacity(questionnaire.criteria.len());
        let mut dependents = vec![Vec::new(); questionnaire.criteria.len()];
        for (index, criterion) in questionnaire.criteria.iter().enumerate() {
            in_profile.push(
                criterion.profiles.is_empty()
                    || profiles.is_empty()
                    || criterion.profiles.iter().any(|p| profiles.contains(p)),
            );
            entered.push(entered_state(questionnaire, criterion, assessment));
            let condition = criterion.when.as_ref().map(|c| Compiled::new(questionnaire, c));
            if let Some(condition) = &condition {
                let mut targets = Vec::new();
                condition.targets(&mut targets);
                targets.sort_unstable();
                targets.dedup();
                for target in targets {
                    dependents[target].push(index);
                }
            }
            conditions.push(condition);
        }
        Plan {
            questionnaire,
            sections,
            child_sections,
            section_parent,
            criterion_section,
            in_profile,
            entered,
            conditions,
            dependents,
            top,
        }
    }

    /// The state of criterion `index` given the states of the criteria before it.
    fn state(&self, index: usize, entered: State, states: &[State]) -> State {
        let applies = self.in_profile[index] && self.conditions[index].as_ref().is_none_or(|c| c.holds(states));
        if applies {
            entered
        } else {
            State::NotApplicable
        }
    }

    fn evaluate(&self) -> Evaluation {
        // Conditions only refer to earlier criteria (validated), so one pass in document order
        // settles applicability.
        let mut states = Vec::with_capacity(self.entered.len());
        for (index, &entered) in self.entered.iter().enumerate() {
            let state = self.state(index, entered, &states);
            states.push(state);
        }
        let mut scores = vec![None; self.sections.len()];
        // Depth first puts every child after its parent: backwards, children come first.
        for slot in (0..self.sections.len()).rev() {
            scores[slot] = self.section_score(slot, &states, &scores);
        }
        let overall = self.overall(&states, &scores);
        Evaluation { states, scores, overall }
    }

    /// One section's score from its criteria's states and its child sections' scores.
    fn section_score(&self, slot: usize, states: &[State], scores: &[Option<Score>]) -> Option<Score> {
        let section = self.sections[slot].1;
        if section.aggregate == Aggregate::MaturityLevel {
            let mut levels = Vec::new();
            self.collect_levels(slot, states, &mut levels);
            return maturity_level(&levels, section.achieved_at.unwrap_or(MATURITY_ACHIEVED_AT));
        }
        let criteria = section.criteria.iter().map(|&index| {
            (
                self.questionnaire.criteria[index].weight,
                states[index].counted_value().map(|v| Score { score: v, max: 1.0 }),
            )
        });
        let sections = self.child_sections[slot].iter().map(|&child| (self.sections[child].1.weight, scores[child]));
        let children: Vec<(f64, Option<Score>)> = criteria.chain(sections).collect();
        aggregate(section.aggregate, &children)
    }

    fn collect_levels(&self, slot: usize, states: &[State], levels: &mut Vec<(u32, f64)>) {
        for &index in &self.sections[slot].1.criteria {
            if let (Some(level), Some(v)) = (self.questionnaire.criteria[index].level, states[index].counted_value()) {
                levels.push((level, v));
            }
        }
        for &child in &self.child_sections[slot] {
            self.collect_levels(child, states, levels);
        }
    }

    fn overall(&self, states: &[State], scores: &[Option<Score>]) -> Option<Score> {
        let rule = self.questionnaire.scoring.aggregate;
        if rule == Aggregate::MaturityLevel {
            let mut levels = Vec::new();
            for &slot in &self.top {
                self.collect_levels(slot, states, &mut levels);
            }
            return maturity_level(&levels, MATURITY_ACHIEVED_AT);
        }
        let top: Vec<(f64, Option<Score>)> =
            self.top.iter().map(|&slot| (self.sections[slot].1.weight, scores[slot])).collect();
        aggregate(rule, &top)
    }

    /// The overall score if criterion `gap` alone were answered with its best option. Updates
    /// `evaluation` in place for the criteria and sections that change, then restores it.
    fn overall_if_fully_met(&self, gap: usize, evaluation: &mut Evaluation) -> Option<Score> {
        let criterion = &self.questionnaire.criteria[gap];
        let scale = self.questionnaire.scale_of(criterion);
        let Some(best) = scale.options.iter().position(|o| o.value >= scale.max) else {
            return evaluation.overall;
        };
        let value = (scale.options[best].value / scale.max).clamp(0.0, 1.0);
        let mut changed: Vec<(usize, State)> = vec![(gap, evaluation.states[gap])];
        evaluation.states[gap] = State::Answered { option: best, value };
        // Criteria whose `when` depends on a changed criterion, in document order: each one's
        // state depends only on earlier ones, so this settles them.
        let mut pending: BTreeSet<usize> = self.dependents[gap].iter().copied().collect();
        while let Some(index) = pending.pop_first() {
            let state = self.state(index, self.entered[index], &evaluation.states);
            if state != evaluation.states[index] {
                changed.push((index, evaluation.states[index]));
                evaluation.states[index] = state;
                pending.extend(self.dependents[index].iter().copied());
            }
        }
        let mut dirty: Vec<usize> = Vec::new();
        for &(index, _) in &changed {
            let mut slot = Some(self.criterion_section[index]);
            while let Some(s) = slot {
                dirty.push(s);
                slot = self.section_parent[s];
            }
        }
        dirty.sort_unstable_by(|a, b| b.cmp(a));
        dirty.dedup();
        let mut previous_scores = Vec::with_capacity(dirty.len());
        for &slot in &dirty {
            previous_scores.push((slot, evaluation.scores[slot]));
            evaluation.scores[slot] = self.section_score(slot, &evaluation.states, &evaluation.scores);
        }
        let overall = self.overall(&evaluation.states, &evaluation.scores);
        for (slot, score) in previous_scores {
            evaluation.scores[slot] = score;
        }
        for (index, state) in changed {
            evaluation.states[index] = state;
        }
        overall
    }

    fn section_results(&self, criteria: &[CriterionState], scores: &[Option<Score>]) -> Vec<SectionResult> {
        let mut completeness = vec![Completeness::default(); self.sections.len()];
        for (index, state) in criteria.iter().enumerate() {
            let mut slot = Some(self.criterion_section[index]);
            while let Some(s) = slot {
                tally(state, &mut completeness[s]);
                slot = self.section_parent[s];
            }
        }
        self.sections
            .iter()
            .zip(scores)
            .zip(completeness)
            .map(|(((depth, section), score), completeness)| SectionResult {
                id: section.id.clone(),
                depth: *depth,
                score: *score,
                completeness,
            })
            .collect()
    }
}

/// What the operator entered for a criterion, as its state when it applies.
fn entered_state(questionnaire: &Questionnaire, criterion: &Criterion, assessment: &Assessment) -> State {
    let Some(answer) = assessment.answers.get(&criterion.id) else { return State::Unanswered };
    match (&answer.option, &answer.na) {
        (Some(option), _) => {
            let scale = questionnaire.scale_of(criterion);
            match scale.options.iter().position(|o| &o.id == option) {
                Some(position) => State::Answered {
                    option: position,
                    value: (scale.options[position].value / scale.max).clamp(0.0, 1.0),
                },
                // Validation refuses unknown options; an unknown one is treated as unanswered.
                None => State::Unanswered,
            }
        }
        (None, Some(justification)) => {
            if criterion.na != NaPolicy::WithJustification || !justification.trim().is_empty() {
                State::Na
            } else {
                State::NaWithoutJustification
            }
        }
        (None, None) => State::Unanswered,
    }
}

/// Combines children `(weight, score)`; children whose score is `None` (N/A) drop out.
/// `maturity-level` is not combined from children's scores: see [`maturity_level`].
fn aggregate(kind: Aggregate, children: &[(f64, Option<Score>)]) -> Option<Score> {
    let counted: Vec<(f64, Score)> = children.iter().filter_map(|&(w, s)| s.map(|s| (w, s))).collect();
    if counted.is_empty() {
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
        // Callers compute maturity levels from the criteria themselves; as a plain combination
        // of children it has no meaning, so the weakest child stands in.
        Aggregate::MaturityLevel => return aggregate(Aggregate::Min, children),
    })
}

/// The highest level L such that every counted criterion with a level up to L reaches
/// `achieved_at`; `None` when no counted criterion has a level.
fn maturity_level(levels: &[(u32, f64)], achieved_at: f64) -> Option<Score> {
    let max_level = levels.iter().map(|&(level, _)| level).max()?;
    let achieved = (1..=max_level)
        .take_while(|&level| levels.iter().filter(|&&(l, _)| l <= level).all(|&(_, v)| reaches(v, achieved_at)))
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
        let weighted = aggregate(Aggregate::WeightedMean, &children).unwrap();
        assert!((weighted.score - 0.625).abs() < 1e-12, "N/A children drop out of the weights");
        let sums = [child(1.0, 0.5, 1.0), child(1.0, 2.0, 3.0)];
        assert_eq!(aggregate(Aggregate::Sum, &sums), Some(Score { score: 2.5, max: 4.0 }));
        assert_eq!(aggregate(Aggregate::Mean, &sums), Some(Score { score: 1.25, max: 2.0 }));
        let min = aggregate(Aggregate::Min, &sums).unwrap();
        assert!((min.score - 0.5).abs() < 1e-12);
        assert_eq!(aggregate(Aggregate::Mean, &[(1.0, None)]), None, "nothing counted is N/A");
    }

    #[test]
    fn maturity_level_is_cumulative() {
        let met = |level| (level, 1.0);
        assert_eq!(
            maturity_level(&[met(1), met(2), (3, 0.5)], MATURITY_ACHIEVED_AT),
            Some(Score { score: 2.0, max: 3.0 })
        );
        // A level-3 practice met while a level-1 practice is not: level 0.
        assert_eq!(maturity_level(&[(1, 0.0), met(3)], MATURITY_ACHIEVED_AT), Some(Score { score: 0.0, max: 3.0 }));
        assert_eq!(
            maturity_level(&[(1, 0.75)], MATURITY_ACHIEVED_AT),
            Some(Score { score: 1.0, max: 1.0 }),
            "largely implemented counts"
        );
        assert_eq!(maturity_level(&[], MATURITY_ACHIEVED_AT), None);
        // `achieved_at: 1` asks for full implementation.
        assert_eq!(maturity_level(&[(1, 1.0), (2, 0.75)], 1.0), Some(Score { score: 1.0, max: 2.0 }));
    }
}
