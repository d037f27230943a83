//! How every number of a scorecard was computed: for each section (and the overall score), its
//! parts with their weights and values, and the arithmetic of its aggregate, worded from the
//! message catalog. [`explain`] returns rows (the report's Method tables); [`text`] lays the
//! same rows out for a terminal (`certready score --explain`).

use std::fmt::Write;

use super::{reaches, CriterionState, Score, Scorecard, MATURITY_ACHIEVED_AT};
use crate::i18n::{self, Args, Lang};
use crate::model::{Aggregate, Questionnaire, Section};

/// One computation: the overall score or a section's.
#[derive(Debug, Clone, PartialEq)]
pub struct Explanation {
    /// e.g. "overall (weighted-mean)", "S1 — Governance (mean)".
    pub heading: String,
    pub parts: Vec<Part>,
    /// The aggregate's arithmetic, ending with the result.
    pub arithmetic: String,
}

/// One part an aggregate combines: a criterion or a section.
#[derive(Debug, Clone, PartialEq)]
pub struct Part {
    /// The criterion's or section's id.
    pub id: String,
    /// "weight 2", or "level 3" under a maturity level.
    pub weighting: String,
    /// "0.5 / 1", or "—" when left out.
    pub value: String,
    /// What the value is: the answer, or why it is left out.
    pub what: String,
}

/// The words of an explanation: the catalog's language, and the criteria texts' language.
#[derive(Clone, Copy)]
pub struct Words<'a> {
    pub lang: Lang,
    pub criteria_language: &'a str,
}

impl Words<'_> {
    fn say(&self, id: &str, args: Args) -> String {
        i18n::message(self.lang, id, &args)
    }

    /// A number with at most four decimals and no trailing zeros: `0.2083`, `3`, `0,5`.
    fn num(&self, x: f64) -> String {
        let text = format!("{x:.4}");
        let text = text.trim_end_matches('0').trim_end_matches('.');
        let text = if text == "-0" { "0" } else { text };
        i18n::number_text(self.lang, text)
    }

    fn percent(&self, fraction: f64) -> String {
        i18n::percent(self.lang, fraction * 100.0, 1)
    }
}

/// The overall score, then every section depth first.
pub fn explain(questionnaire: &Questionnaire, card: &Scorecard, words: Words) -> Vec<Explanation> {
    let mut all = vec![overall(questionnaire, card, words)];
    all.extend(
        questionnaire
            .sections_depth_first()
            .into_iter()
            .map(|(_, section)| explain_section(questionnaire, card, section, words)),
    );
    all
}

/// [`explain`] in English, the criteria file's default language, aligned for a terminal.
pub fn text(questionnaire: &Questionnaire, card: &Scorecard) -> String {
    let words = english(questionnaire);
    explain(questionnaire, card, words).iter().map(layout).collect::<Vec<_>>().join("\n")
}

/// One section's computation as [`text`] shows it; `None` when the questionnaire has no such section.
pub fn section_text(questionnaire: &Questionnaire, card: &Scorecard, id: &str) -> Option<String> {
    let (_, section) = questionnaire.sections_depth_first().into_iter().find(|(_, s)| s.id == id)?;
    Some(layout(&explain_section(questionnaire, card, section, english(questionnaire))))
}

fn english(questionnaire: &Questionnaire) -> Words<'_> {
    Words { lang: Lang::En, criteria_language: questionnaire.languages.first().map_or("en", String::as_str) }
}

/// Columns aligned with spaces, for a fixed-width font.
fn layout(explanation: &Explanation) -> String {
    let mut out = format!("{}\n", explanation.heading);
    for part in &explanation.parts {
        let _ = writeln!(out, "  {:<16} {:<10} {:>15}  {}", part.id, part.weighting, part.value, part.what);
    }
    let _ = writeln!(out, "  {}", explanation.arithmetic);
    out
}

/// One part of an aggregate, before it is worded: its score (`None`: left out) and level.
struct Child {
    part: Part,
    weight: f64,
    score: Option<Score>,
    level: Option<u32>,
}

fn overall(questionnaire: &Questionnaire, card: &Scorecard, words: Words) -> Explanation {
    let aggregate = questionnaire.scoring.aggregate;
    let heading = words.say("explain-overall-heading", Args::new().with("aggregate", aggregate.name()));
    if aggregate == Aggregate::MaturityLevel {
        let mut levels = Vec::new();
        for section in &questionnaire.sections {
            level_children(questionnaire, card, section, words, &mut levels);
        }
        let arithmetic = maturity_line(&levels, MATURITY_ACHIEVED_AT, card.overall, words);
        return Explanation { heading, parts: parts(levels, true, words), arithmetic };
    }
    let children: Vec<Child> =
        questionnaire.sections.iter().map(|section| section_child(card, section, words)).collect();
    let arithmetic = formula(aggregate, &children, card.overall, words);
    Explanation { heading, parts: parts(children, false, words), arithmetic }
}

fn explain_section(questionnaire: &Questionnaire, card: &Scorecard, section: &Section, words: Words) -> Explanation {
    let result = card.section(&section.id).and_then(|r| r.score);
    let heading = words.say(
        "explain-section-heading",
        Args::new()
            .with("id", section.id.as_str())
            .with("title", section.title.get(words.criteria_language))
            .with("aggregate", section.aggregate.name()),
    );
    if section.aggregate == Aggregate::MaturityLevel {
        let mut levels = Vec::new();
        level_children(questionnaire, card, section, words, &mut levels);
        let achieved_at = section.achieved_at.unwrap_or(MATURITY_ACHIEVED_AT);
        let arithmetic = maturity_line(&levels, achieved_at, result, words);
        return Explanation { heading, parts: parts(levels, true, words), arithmetic };
    }
    let mut children: Vec<Child> =
        section.criteria.iter().map(|&index| criterion_child(questionnaire, card, index, words)).collect();
    children.extend(section.sections.iter().map(|child| section_child(card, child, words)));
    let arithmetic = formula(section.aggregate, &children, result, words);
    Explanation { heading, parts: parts(children, false, words), arithmetic }
}

/// The children's rows: weights (or levels under a maturity level) and values filled in.
fn parts(children: Vec<Child>, levels: bool, words: Words) -> Vec<Part> {
    children
        .into_iter()
        .map(|child| {
            let weighting = match (levels, child.level) {
                (true, Some(level)) => words.say("explain-level", Args::new().with("level", level)),
                _ => words.say("explain-weight", Args::new().with("weight", words.num(child.weight))),
            };
            let value =
                child.score.map_or("—".to_owned(), |s| format!("{} / {}", words.num(s.score), words.num(s.max)));
            Part { weighting, value, ..child.part }
        })
        .collect()
}

fn criterion_child(questionnaire: &Questionnaire, card: &Scorecard, index: usize, words: Words) -> Child {
    let criterion = &questionnaire.criteria[index];
    let state = &card.criteria[index];
    let what = match state {
        CriterionState::Answered { option, .. } => {
            questionnaire.scale_of(criterion).option(option).map_or(option.clone(), |o| {
                words.say(
                    "explain-answered",
                    Args::new().with("option", option.as_str()).with("label", o.label.get(words.criteria_language)),
                )
            })
        }
        CriterionState::Unanswered => words.say("explain-unanswered", Args::new()),
        CriterionState::NaWithoutJustification => words.say("explain-na-without-justification", Args::new()),
        CriterionState::Na => words.say("explain-na", Args::new()),
        CriterionState::NotApplicable => words.say("explain-not-applicable", Args::new()),
    };
    Child {
        part: Part { id: criterion.id.clone(), weighting: String::new(), value: String::new(), what },
        weight: criterion.weight,
        score: state.counted_value().map(|v| Score { score: v, max: 1.0 }),
        level: criterion.level,
    }
}

fn section_child(card: &Scorecard, section: &Section, words: Words) -> Child {
    let score = card.section(&section.id).and_then(|r| r.score);
    let id = if score.is_some() { "explain-section" } else { "explain-section-not-applicable" };
    let what = words.say(id, Args::new().with("title", section.title.get(words.criteria_language)));
    Child {
        part: Part { id: section.id.clone(), weighting: String::new(), value: String::new(), what },
        weight: section.weight,
        score,
        level: None,
    }
}

/// The criteria with a level anywhere under `section`, as `maturity-level` counts them.
fn level_children(
    questionnaire: &Questionnaire,
    card: &Scorecard,
    section: &Section,
    words: Words,
    out: &mut Vec<Child>,
) {
    for &index in &section.criteria {
        if questionnaire.criteria[index].level.is_some() {
            out.push(criterion_child(questionnaire, card, index, words));
        }
    }
    for child in &section.sections {
        level_children(questionnaire, card, child, words, out);
    }
}

/// The arithmetic of one aggregate over the counted children, ending with the result.
fn formula(aggregate: Aggregate, children: &[Child], result: Option<Score>, words: Words) -> String {
    let counted: Vec<(f64, Score)> = children.iter().filter_map(|c| c.score.map(|s| (c.weight, s))).collect();
    let Some(result) = result.filter(|_| !counted.is_empty()) else {
        return words.say("explain-nothing-applies", Args::new());
    };
    let num = |x: f64| words.num(x);
    let percent = |s: &Score| words.num(s.percent());
    let joined = |values: Vec<String>, separator: &str| values.join(separator);
    let total = words.say(
        "explain-total",
        Args::new()
            .with("score", num(result.score))
            .with("max", num(result.max))
            .with("percent", words.percent(result.percent())),
    );
    let count = counted.len();
    let scores = || joined(counted.iter().map(|(_, s)| num(s.score)).collect(), " + ");
    let maxima = || joined(counted.iter().map(|(_, s)| num(s.max)).collect(), " + ");
    match aggregate {
        Aggregate::WeightedMean => {
            let weights: f64 = counted.iter().map(|(w, _)| w).sum();
            if weights > 0.0 {
                let terms =
                    joined(counted.iter().map(|(w, s)| format!("{} × {}", num(*w), percent(s))).collect(), " + ");
                let sum = joined(counted.iter().map(|(w, _)| num(*w)).collect(), " + ");
                words.say(
                    "explain-weighted-mean",
                    Args::new().with("terms", terms).with("weights", sum).with("total", total),
                )
            } else {
                let terms = joined(counted.iter().map(|(_, s)| percent(s)).collect(), " + ");
                words.say(
                    "explain-plain-mean",
                    Args::new().with("terms", terms).with("count", count).with("total", total),
                )
            }
        }
        Aggregate::Mean => words.say(
            "explain-mean",
            Args::new().with("scores", scores()).with("maxima", maxima()).with("count", count).with("total", total),
        ),
        Aggregate::Sum => {
            words.say("explain-sum", Args::new().with("scores", scores()).with("maxima", maxima()).with("total", total))
        }
        Aggregate::Min | Aggregate::MaturityLevel => {
            let values = joined(counted.iter().map(|(_, s)| percent(s)).collect(), ", ");
            words.say("explain-min", Args::new().with("values", values).with("total", total))
        }
    }
}

fn maturity_line(children: &[Child], achieved_at: f64, result: Option<Score>, words: Words) -> String {
    let Some(result) = result else {
        return words.say("explain-maturity-not-scored", Args::new());
    };
    let achieved = result.score as u32;
    let next = achieved + 1;
    let blocking: Vec<&str> = children
        .iter()
        .filter(|c| c.level.is_some_and(|l| l <= next))
        .filter(|c| c.score.is_some_and(|s| !reaches(s.score, achieved_at)))
        .map(|c| c.part.id.as_str())
        .collect();
    let why = if achieved as f64 >= result.max {
        words.say("explain-every-level", Args::new())
    } else {
        words.say(
            "explain-level-not-achieved",
            Args::new()
                .with("next", next)
                .with("blocking", blocking.join(", "))
                .with("achieved_at", words.num(achieved_at)),
        )
    };
    words.say(
        "explain-maturity",
        Args::new()
            .with("achieved_at", words.num(achieved_at))
            .with("why", why)
            .with("achieved", achieved)
            .with("max", words.num(result.max))
            .with("percent", words.percent(result.percent())),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_short_and_follow_the_language() {
        let english = Words { lang: Lang::En, criteria_language: "en" };
        assert_eq!(english.num(0.208333333), "0.2083");
        assert_eq!(english.num(3.0), "3");
        assert_eq!(english.num(0.5), "0.5");
        assert_eq!(english.num(0.0), "0");
        assert_eq!(Words { lang: Lang::Fr, criteria_language: "fr" }.num(0.5), "0,5");
    }
}
