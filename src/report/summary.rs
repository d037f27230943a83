//! The scorecard as a short text (the CLI's `score` output, and the golden files of the scoring
//! tests) and as JSON for machines.

use crate::model::Questionnaire;
use crate::scoring::{pct, Scorecard, Status};

/// A few lines for a terminal: verdict, overall, reasons, sections, and every gap by priority.
pub fn text(questionnaire: &Questionnaire, card: &Scorecard) -> String {
    use std::fmt::Write;
    let lang = questionnaire.languages[0].as_str();
    let mut out = String::new();
    let _ = writeln!(out, "{} {} — {}", questionnaire.id, questionnaire.version, questionnaire.title.get(lang));
    let band = card.band.as_deref().unwrap_or("none");
    let _ = writeln!(out, "verdict: {} (band: {band})", card.verdict.status.label().to_uppercase());
    let pass = questionnaire.scoring.pass_overall.map_or(String::new(), |t| format!(" (pass mark {})", pct(t)));
    let completeness = &card.completeness;
    let _ = writeln!(
        out,
        "overall: {}{pass}; completeness {} ({} of {} done: {} answered, {} N/A)",
        card.overall.map_or("n/a".into(), |s| pct(s.percent())),
        pct(completeness.fraction()),
        completeness.answered + completeness.na,
        completeness.applicable,
        completeness.answered,
        completeness.na
    );
    if let Some(words) = no_rule(questionnaire, card) {
        let _ = writeln!(out, "  - {words}");
    }
    for reason in &card.verdict.reasons {
        let _ = writeln!(out, "  - {}", reason.describe_for_report(questionnaire));
    }
    let _ = writeln!(out, "sections:");
    for ((depth, section), result) in questionnaire.sections_depth_first().into_iter().zip(&card.sections) {
        let indent = "  ".repeat(depth + 1);
        let percent = result.score.map_or("n/a".into(), |s| pct(s.percent()));
        let _ = writeln!(out, "{indent}{:<28} {percent:>8}", section.id);
    }
    let _ = writeln!(out, "gaps ({}), highest priority first:", card.gaps.len());
    for (rank, gap) in card.gaps.iter().enumerate() {
        let criterion = &questionnaire.criteria[gap.criterion];
        let critical = if gap.critical { "critical" } else { "" };
        let _ = writeln!(
            out,
            "  {:>3}. {:<10} {critical:<8} {:>+6.1} pts  {}",
            rank + 1,
            criterion.id,
            gap.impact_points,
            criterion.text.get(lang)
        );
    }
    out
}

/// Under "not rated", why there is no verdict (English, as the report words it).
fn no_rule(questionnaire: &Questionnaire, card: &Scorecard) -> Option<String> {
    (card.verdict.status == Status::NoRule)
        .then(|| crate::scoring::no_rule_words(questionnaire, card.overall, crate::i18n::Lang::En, pct))
}

/// The scorecard for machines; field names are stable (docs/formats.md, "Scoring"): `status`
/// (`ready`, `not ready`, `incomplete`, `not rated`), `reasons` as `{code, text}`, completeness
/// with `done = answered + na` of `applicable`.
pub fn json(questionnaire: &Questionnaire, card: &Scorecard) -> serde_json::Value {
    use serde_json::json;
    let score = |s: Option<crate::scoring::Score>| {
        s.map_or(serde_json::Value::Null, |s| json!({"score": s.score, "max": s.max, "percent": s.percent()}))
    };
    json!({
        "questionnaire": {"id": questionnaire.id, "version": questionnaire.version, "sha256": questionnaire.sha256},
        "status": card.verdict.status.label(),
        "reasons": no_rule(questionnaire, card)
            .map(|text| json!({"code": "no-pass-rule", "text": text}))
            .into_iter()
            .chain(card.verdict.reasons.iter().map(|r| json!({"code": r.code(), "text": r.describe_for_report(questionnaire)})))
            .collect::<Vec<_>>(),
        "band": card.band,
        "overall": score(card.overall),
        "completeness": {
            "fraction": card.completeness.fraction(),
            "applicable": card.completeness.applicable,
            "done": card.completeness.answered + card.completeness.na,
            "answered": card.completeness.answered,
            "na": card.completeness.na,
            "unanswered": card.completeness.unanswered,
        },
        "sections": questionnaire.sections_depth_first().into_iter().zip(&card.sections).map(|((depth, section), result)| json!({
            "id": section.id, "depth": depth, "score": score(result.score),
        })).collect::<Vec<_>>(),
        "gaps": card.gaps.iter().map(|gap| json!({
            "id": questionnaire.criteria[gap.criterion].id,
            "critical": gap.critical,
            "impact_points": gap.impact_points,
        })).collect::<Vec<_>>(),
    })
}
