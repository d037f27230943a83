//! The live scorecard: verdict with every reason, overall score and completeness, a bar per
//! section with its threshold, and the gaps that matter most.

use leptos::prelude::*;

use crate::scoring::Status;
use crate::ui::components::criterion::first_control_id;
use crate::ui::state::AppState;
use crate::ui::strings;

/// Reasons listed in full; the rest fold away, so the scores stay in view.
const SHOWN_REASONS: usize = 3;

#[component]
pub fn ScorecardPanel() -> impl IntoView {
    let state = expect_context::<AppState>();
    move || {
        let questionnaire = state.questionnaire.get()?;
        let card = state.scorecard.get()?;
        let lang = strings::criteria_language(&questionnaire);
        let rules = &questionnaire.scoring;
        let status_class = match card.verdict.status {
            Status::Ready => "verdict ready",
            Status::NotReady => "verdict not-ready",
            Status::Incomplete => "verdict incomplete",
            Status::NoRule => "verdict no-rule",
        };
        let no_rule =
            (card.verdict.status == Status::NoRule).then(|| strings::no_pass_rule(&questionnaire, card.overall));
        let reasons: Vec<String> = card.verdict.reasons.iter().map(|r| strings::reason(r, &questionnaire)).collect();
        let band = card.band_label(&questionnaire, &lang).map(str::to_owned);
        let sections = questionnaire
            .sections
            .iter()
            .map(|section| {
                let result = card.section(&section.id);
                let percent = result.and_then(|r| r.score).map(|s| s.percent());
                let width = format!("{:.1}%", percent.unwrap_or(0.0) * 100.0);
                let threshold = rules.pass_each_section.map(|t| format!("{:.1}%", t * 100.0));
                let below =
                    matches!((percent, rules.pass_each_section), (Some(p), Some(t)) if !crate::scoring::reaches(p, t));
                view! {
                    <li>
                        <span class="bar-label">{section.title.get(&lang).to_owned()}</span>
                        <span class="bar-value">{percent.map_or_else(strings::not_scored, strings::percent)}</span>
                        <span class="bar" class:below=below>
                            <span class="fill" style:width=width></span>
                            {threshold.map(|start| view! { <span class="threshold" style:inset-inline-start=start></span> })}
                        </span>
                    </li>
                }
            })
            .collect_view();
        let gaps = card
            .gaps
            .iter()
            .take(5)
            .map(|gap| {
                let criterion = &questionnaire.criteria[gap.criterion];
                let focus = first_control_id(&questionnaire, gap.criterion);
                let section_index =
                    questionnaire.sections.iter().position(|s| s.id == criterion.top_section).unwrap_or(0);
                view! {
                    <li>
                        <button class="link" on:click=move |_| {
                            state.filter.set(crate::worklist::Filter::All);
                            state.search.set(String::new());
                            state.section.set(section_index);
                            crate::ui::browser::focus_soon(focus.clone());
                        }>{criterion.id.clone()}</button>
                        {gap.critical.then(|| view! { <span class="badge critical">{strings::critical()}</span> })}
                        <span class="impact">{strings::impact(gap.impact_points)}</span>
                    </li>
                }
            })
            .collect_view();
        let (overall_before, overall_after) = strings::overall(rules.pass_overall);
        Some(view! {
            <h2 id="score-title">{strings::live_score()}</h2>
            <p id="verdict" class=status_class>{strings::status(card.verdict.status).to_uppercase()}</p>
            {no_rule.map(|words| view! { <p id="no-rule" class="no-rule-note">{words}</p> })}
            {band.map(|b| view! { <p id="band" class="band">{b}</p> })}
            <p>
                {overall_before}
                <strong id="overall">{card.overall.map_or_else(strings::not_scored, |s| strings::percent(s.percent()))}</strong>
                {overall_after}
            </p>
            <ul id="reasons" class="reasons">
                {reasons.iter().take(SHOWN_REASONS).map(|r| view! { <li>{r.clone()}</li> }).collect_view()}
                {(reasons.len() > SHOWN_REASONS).then(|| view! {
                    <li class="more">
                        <details>
                            <summary>{strings::more_reasons(reasons.len() - SHOWN_REASONS)}</summary>
                            <ul>{reasons[SHOWN_REASONS..].iter().map(|r| view! { <li>{r.clone()}</li> }).collect_view()}</ul>
                        </details>
                    </li>
                })}
            </ul>
            <h3>{strings::sections_heading()}</h3>
            <ul class="bars">{sections}</ul>
            <h3>{strings::top_gaps(card.gaps.len())}</h3>
            <ol id="top-gaps" class="gaps">{gaps}</ol>
        })
    }
}
