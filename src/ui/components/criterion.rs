//! One criterion: the requirement, what "fully met" looks like and the evidence expected, the
//! answer options of its scale, N/A where allowed (with the justification it requires), and a
//! comment. Hidden, answers kept, while it does not apply.

use leptos::prelude::*;

use crate::model::NaPolicy;
use crate::scoring::CriterionState;
use crate::ui::state::AppState;

#[component]
pub fn CriterionCard(index: usize) -> impl IntoView {
    let state = expect_context::<AppState>();
    let Some(questionnaire) = state.questionnaire.get_untracked() else { return ().into_any() };
    let criterion = questionnaire.criteria[index].clone();
    let lang = questionnaire.languages[0].clone();
    let scale = questionnaire.scale_of(&criterion).clone();
    let id = criterion.id.clone();
    let group = format!("answer-{id}");

    let applicable =
        move || state.scorecard.with(|card| card.as_ref().is_none_or(|card| card.criteria[index].is_applicable()));
    let answer_state = move || state.scorecard.with(|card| card.as_ref().map(|card| card.criteria[index].clone()));
    let chosen = {
        let id = id.clone();
        move || state.assessment.with(|a| a.answers.get(&id).and_then(|answer| answer.option.clone()))
    };
    let na_text = {
        let id = id.clone();
        move || state.assessment.with(|a| a.answers.get(&id).and_then(|answer| answer.na.clone()))
    };
    let comment = {
        let id = id.clone();
        move || state.assessment.with(|a| a.answers.get(&id).map(|answer| answer.comment.clone()).unwrap_or_default())
    };

    let options = scale
        .options
        .iter()
        .map(|option| {
            let (id, chosen, option_id, this_option) =
                (id.clone(), chosen.clone(), option.id.clone(), option.id.clone());
            radio(
                &group,
                &option.id,
                option.label.get(&lang).to_owned(),
                move || chosen().as_deref() == Some(this_option.as_str()),
                move || state.edit(|a| a.choose_option(&id, &option_id)),
            )
        })
        .collect_view();

    let na_option = (criterion.na != NaPolicy::Forbidden).then(|| {
        let (id, na_text) = (id.clone(), na_text.clone());
        radio(
            &group,
            "na",
            "Not applicable".to_owned(),
            move || na_text().is_some(),
            move || state.edit(|a| a.choose_na(&id)),
        )
    });

    let justification = {
        let id = id.clone();
        let required = criterion.na == NaPolicy::WithJustification;
        let field_id = format!("na-{id}");
        move || {
            let text = na_text()?;
            let id = id.clone();
            let missing = required && text.trim().is_empty();
            let label_for = field_id.clone();
            let field_id = field_id.clone();
            Some(view! {
                <label class="field" for=label_for>
                    {if required { "Why does this not apply? (required for N/A to count)" } else { "Why does this not apply? (optional)" }}
                    <textarea
                        id=field_id
                        rows="2"
                        class:missing=missing
                        prop:value=text
                        on:input=move |ev| {
                            let value = event_target_value(&ev);
                            state.edit(|a| a.set_na_justification(&id, &value));
                        }
                    ></textarea>
                </label>
            })
        }
    };

    let clear = {
        let id = id.clone();
        move |_| state.edit(|a| a.clear_choice(&id))
    };
    let comment_id = format!("comment-{id}");
    let comment_label_for = comment_id.clone();
    let set_comment = {
        let id = id.clone();
        move |ev| {
            let value = event_target_value(&ev);
            state.edit(|a| a.set_comment(&id, &value));
        }
    };

    let status_badge = move || match answer_state() {
        Some(CriterionState::Answered { value, .. }) if value >= 1.0 => {
            Some(view! { <span class="badge met">"met"</span> }.into_any())
        }
        Some(CriterionState::Answered { .. }) => Some(view! { <span class="badge gap">"gap"</span> }.into_any()),
        Some(CriterionState::Na) => Some(view! { <span class="badge na">"N/A"</span> }.into_any()),
        Some(CriterionState::NaWithoutJustification) => {
            Some(view! { <span class="badge gap">"justification needed"</span> }.into_any())
        }
        _ => None,
    };

    let guidance = criterion.guidance.as_ref().map(|t| t.get(&lang).to_owned());
    let remediation = criterion.remediation.as_ref().map(|t| t.get(&lang).to_owned());
    let evidence: Vec<String> = criterion.evidence.iter().map(|t| t.get(&lang).to_owned()).collect();
    let references = criterion.references.join(" · ");
    view! {
        <article
            class="criterion"
            id=format!("criterion-{id}")
            class:critical=criterion.critical
            style:display=move || if applicable() { "" } else { "none" }
        >
            <header>
                <span class="criterion-id">{id.clone()}</span>
                {criterion.critical.then(|| view! { <span class="badge critical" title="Must be fully met to be ready">"critical"</span> })}
                {status_badge}
            </header>
            <p class="requirement">{criterion.text.get(&lang).to_owned()}</p>
            <details>
                <summary>"Guidance, evidence and remediation"</summary>
                {guidance.map(|g| view! { <p><strong>"Fully met: "</strong>{g}</p> })}
                {(!evidence.is_empty()).then(|| view! {
                    <p><strong>"Evidence an auditor will ask for:"</strong></p>
                    <ul>{evidence.into_iter().map(|e| view! { <li>{e}</li> }).collect_view()}</ul>
                })}
                {remediation.map(|r| view! { <p><strong>"If not met: "</strong>{r}</p> })}
                {(!references.is_empty()).then(|| view! { <p class="muted">{references}</p> })}
            </details>
            <fieldset class="options">
                <legend class="visually-hidden">{format!("Answer for {id}")}</legend>
                {options}
                {na_option}
                <button class="link" on:click=clear>"clear"</button>
            </fieldset>
            {justification}
            <label class="field" for=comment_label_for>
                "Comment"
                <textarea id=comment_id rows="1" prop:value=comment on:input=set_comment></textarea>
            </label>
        </article>
    }
    .into_any()
}

/// One labelled radio button of a criterion's answer group; its id is `GROUP-VALUE`.
fn radio(
    group: &str,
    value: &str,
    label: String,
    checked: impl Fn() -> bool + Send + Sync + 'static,
    choose: impl Fn() + 'static,
) -> impl IntoView {
    let input_id = format!("{group}-{value}");
    let label_for = input_id.clone();
    view! {
        <label class="option" for=label_for>
            <input
                type="radio"
                id=input_id
                name=group.to_owned()
                value=value.to_owned()
                prop:checked=checked
                on:change=move |_| choose()
            />
            {label}
        </label>
    }
}
