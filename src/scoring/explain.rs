//! How every number of a scorecard was computed: for each section (and the overall score), its
//! children with their weights and values, the aggregate, and the arithmetic that gives the
//! result. The CLI prints it (`certready score --explain`) and the report's Method section
//! carries the same text.

use std::fmt::Write;

use super::{pct, reaches, CriterionState, Score, Scorecard, MATURITY_ACHIEVED_AT};
use crate::model::{Aggregate, Questionnaire, Section};

/// The overall score, then every section depth first.
pub fn text(questionnaire: &Questionnaire, card: &Scorecard) -> String {
    let mut out = overall(questionnaire, card);
    for (_, section) in questionnaire.sections_depth_first() {
        out.push('\n');
        out.push_str(&explain_section(questionnaire, card, section));
    }
    out
}

/// One section's computation; `None` when the questionnaire has no such section.
pub fn section_text(questionnaire: &Questionnaire, card: &Scorecard, id: &str) -> Option<String> {
    let (_, section) = questionnaire.sections_depth_first().into_iter().find(|(_, s)| s.id == id)?;
    Some(explain_section(questionnaire, card, section))
}

/// One child of an aggregate: a label, its weight, what it is, and its score (`None`: left out).
struct Child {
    label: String,
    weight: f64,
    what: String,
    score: Option<Score>,
    level: Option<u32>,
}

fn overall(questionnaire: &Questionnaire, card: &Scorecard) -> String {
    let lang = language(questionnaire);
    let children: Vec<Child> =
        questionnaire.sections.iter().map(|section| section_child(card, section, lang)).collect();
    let aggregate = questionnaire.scoring.aggregate;
    let mut out = format!("overall ({})\n", aggregate.name());
    if aggregate == Aggregate::MaturityLevel {
        let mut levels = Vec::new();
        for section in &questionnaire.sections {
            level_children(questionnaire, card, section, lang, &mut levels);
        }
        write_children(&mut out, &levels, true);
        out.push_str(&maturity_line(&levels, MATURITY_ACHIEVED_AT, card.overall));
    } else {
        write_children(&mut out, &children, false);
        out.push_str(&formula(aggregate, &children, card.overall));
    }
    out
}

fn explain_section(questionnaire: &Questionnaire, card: &Scorecard, section: &Section) -> String {
    let lang = language(questionnaire);
    let result = card.section(&section.id).and_then(|r| r.score);
    let mut out = format!("{} — {} ({})\n", section.id, section.title.get(lang), section.aggregate.name());
    if section.aggregate == Aggregate::MaturityLevel {
        let mut levels = Vec::new();
        level_children(questionnaire, card, section, lang, &mut levels);
        write_children(&mut out, &levels, true);
        out.push_str(&maturity_line(&levels, section.achieved_at.unwrap_or(MATURITY_ACHIEVED_AT), result));
        return out;
    }
    let mut children: Vec<Child> =
        section.criteria.iter().map(|&index| criterion_child(questionnaire, card, index, lang)).collect();
    children.extend(section.sections.iter().map(|child| section_child(card, child, lang)));
    write_children(&mut out, &children, false);
    out.push_str(&formula(section.aggregate, &children, result));
    out
}

fn language(questionnaire: &Questionnaire) -> &str {
    questionnaire.languages.first().map_or("en", String::as_str)
}

fn criterion_child(questionnaire: &Questionnaire, card: &Scorecard, index: usize, lang: &str) -> Child {
    let criterion = &questionnaire.criteria[index];
    let state = &card.criteria[index];
    let what = match state {
        CriterionState::Answered { option, .. } => questionnaire
            .scale_of(criterion)
            .option(option)
            .map_or(option.clone(), |o| format!("{option} “{}”", o.label.get(lang))),
        CriterionState::Unanswered => "unanswered, counts 0".into(),
        CriterionState::NaWithoutJustification => "N/A without justification, counts 0".into(),
        CriterionState::Na => "N/A, left out".into(),
        CriterionState::NotApplicable => "not applicable, left out".into(),
    };
    Child {
        label: criterion.id.clone(),
        weight: criterion.weight,
        what,
        score: state.counted_value().map(|v| Score { score: v, max: 1.0 }),
        level: criterion.level,
    }
}

fn section_child(card: &Scorecard, section: &Section, lang: &str) -> Child {
    let score = card.section(&section.id).and_then(|r| r.score);
    let what = match score {
        Some(_) => format!("section “{}”", section.title.get(lang)),
        None => format!("section “{}”, nothing applies, left out", section.title.get(lang)),
    };
    Child { label: section.id.clone(), weight: section.weight, what, score, level: None }
}

/// The criteria with a level anywhere under `section`, as `maturity-level` counts them.
fn level_children(
    questionnaire: &Questionnaire,
    card: &Scorecard,
    section: &Section,
    lang: &str,
    out: &mut Vec<Child>,
) {
    for &index in &section.criteria {
        if questionnaire.criteria[index].level.is_some() {
            out.push(criterion_child(questionnaire, card, index, lang));
        }
    }
    for child in &section.sections {
        level_children(questionnaire, card, child, lang, out);
    }
}

fn write_children(out: &mut String, children: &[Child], levels: bool) {
    for child in children {
        let value = child.score.map_or("—".to_owned(), |s| format!("{} / {}", num(s.score), num(s.max)));
        let column = match (levels, child.level) {
            (true, Some(level)) => format!("level {level}"),
            _ => format!("weight {}", num(child.weight)),
        };
        let _ = writeln!(out, "  {:<16} {column:<10} {value:>15}  {}", child.label, child.what);
    }
}

/// The arithmetic of one aggregate over the counted children, ending with the result.
fn formula(aggregate: Aggregate, children: &[Child], result: Option<Score>) -> String {
    let counted: Vec<(f64, Score)> = children.iter().filter_map(|c| c.score.map(|s| (c.weight, s))).collect();
    let Some(result) = result.filter(|_| !counted.is_empty()) else {
        return "  = n/a: nothing applies, so the result is left out of its parent too\n".to_owned();
    };
    let percent = |s: &Score| num(s.percent());
    let total = format!("gives score {} of max {} = {}", num(result.score), num(result.max), pct(result.percent()));
    let line = match aggregate {
        Aggregate::WeightedMean => {
            let weights: f64 = counted.iter().map(|(w, _)| w).sum();
            if weights > 0.0 {
                let terms: Vec<String> = counted.iter().map(|(w, s)| format!("{} × {}", num(*w), percent(s))).collect();
                let sum: Vec<String> = counted.iter().map(|(w, _)| num(*w)).collect();
                format!("Σ weight × value / Σ weight = ({}) / ({}) {total}", terms.join(" + "), sum.join(" + "))
            } else {
                let terms: Vec<String> = counted.iter().map(|(_, s)| percent(s)).collect();
                format!("every weight is 0, so the plain mean = ({}) / {} {total}", terms.join(" + "), counted.len())
            }
        }
        Aggregate::Mean => {
            let scores: Vec<String> = counted.iter().map(|(_, s)| num(s.score)).collect();
            let maxima: Vec<String> = counted.iter().map(|(_, s)| num(s.max)).collect();
            format!(
                "mean of scores = ({}) / {n}; mean of maxima = ({}) / {n} {total}",
                scores.join(" + "),
                maxima.join(" + "),
                n = counted.len()
            )
        }
        Aggregate::Sum => {
            let scores: Vec<String> = counted.iter().map(|(_, s)| num(s.score)).collect();
            let maxima: Vec<String> = counted.iter().map(|(_, s)| num(s.max)).collect();
            format!("sum of scores = {}; sum of maxima = {} {total}", scores.join(" + "), maxima.join(" + "))
        }
        Aggregate::Min | Aggregate::MaturityLevel => {
            let values: Vec<String> = counted.iter().map(|(_, s)| percent(s)).collect();
            format!("weakest value = min({}) {total}", values.join(", "))
        }
    };
    format!("  {line}\n")
}

fn maturity_line(children: &[Child], achieved_at: f64, result: Option<Score>) -> String {
    let Some(result) = result else {
        return "  = n/a: no counted criterion has a level\n".to_owned();
    };
    let achieved = result.score as u32;
    let next = achieved + 1;
    let blocking: Vec<&str> = children
        .iter()
        .filter(|c| c.level.is_some_and(|l| l <= next))
        .filter(|c| c.score.is_some_and(|s| !reaches(s.score, achieved_at)))
        .map(|c| c.label.as_str())
        .collect();
    let why = if achieved as f64 >= result.max {
        "every level is achieved".to_owned()
    } else {
        format!("level {next} is not: {} below {}", blocking.join(", "), num(achieved_at))
    };
    format!(
        "  level L is achieved when every counted criterion of level L or below reaches {}; {why}: level {achieved} of {} = {}\n",
        num(achieved_at),
        num(result.max),
        pct(result.percent())
    )
}

/// A number with at most four decimals and no trailing zeros: `0.2083`, `3`, `0.5`.
fn num(x: f64) -> String {
    let text = format!("{x:.4}");
    let text = text.trim_end_matches('0').trim_end_matches('.');
    if text == "-0" {
        "0".to_owned()
    } else {
        text.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::num;

    #[test]
    fn numbers_are_short() {
        assert_eq!(num(0.208333333), "0.2083");
        assert_eq!(num(3.0), "3");
        assert_eq!(num(0.5), "0.5");
        assert_eq!(num(0.0), "0");
    }
}
