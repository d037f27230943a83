//! One criterion: the requirement, what "fully met" looks like and the evidence expected, the
//! answer options of its scale, N/A where allowed (with the justification it requires), a
//! comment, a "flag for review" toggle and the evidence files (hashed here, never stored).
//! Hidden, answers kept, while it does not apply.

use leptos::prelude::*;

use crate::model::{Answer, Evidence, NaPolicy, Questionnaire};
use crate::scoring::CriterionState;
use crate::ui::browser;
use crate::ui::state::{AppState, Notice};
use crate::ui::strings;

/// The id of the criterion's first answer control (where keyboard focus goes to answer it).
pub fn first_control_id(questionnaire: &Questionnaire, index: usize) -> String {
    let criterion = &questionnaire.criteria[index];
    let first = questionnaire.scale_of(criterion).options.first().map_or("na", |o| o.id.as_str());
    format!("answer-{}-{first}", criterion.id)
}

#[component]
pub fn CriterionCard(index: usize) -> impl IntoView {
    let state = expect_context::<AppState>();
    let Some(questionnaire) = state.questionnaire.get_untracked() else { return ().into_any() };
    let criterion = questionnaire.criteria[index].clone();
    let lang = strings::criteria_language(&questionnaire);
    let scale = questionnaire.scale_of(&criterion).clone();
    let id = criterion.id.clone();
    let group = format!("answer-{id}");

    // What this card shows of the assessment and the scorecard: every change recomputes these
    // two (a lookup and a comparison), and only a card whose own answer or state changed
    // updates its elements.
    let answer = {
        let id = id.clone();
        Memo::new(move |_| state.assessment.with(|a| a.answers.get(&id).cloned()))
    };
    let criterion_state =
        Memo::new(move |_| state.scorecard.with(|card| card.as_ref().map(|card| card.criteria[index].clone())));
    let applicable = move || criterion_state.with(|s| s.as_ref().is_none_or(CriterionState::is_applicable));
    let answer_state = move || criterion_state.get();
    let chosen = move || answer.with(|a| a.as_ref().and_then(|answer| answer.option.clone()));
    let na_text = move || answer.with(|a| a.as_ref().and_then(|answer| answer.na.clone()));
    let comment = move || answer.with(|a| a.as_ref().map(|answer| answer.comment.clone()).unwrap_or_default());

    let options = scale
        .options
        .iter()
        .map(|option| {
            let (id, option_id, this_option) = (id.clone(), option.id.clone(), option.id.clone());
            radio(
                &group,
                &option.id,
                option.label.get(&lang).to_owned(),
                move || chosen().as_deref() == Some(this_option.as_str()),
                move || state.edit(strings::change_answer(&id), |a| a.choose_option(&id, &option_id)),
            )
        })
        .collect_view();

    let na_option = (criterion.na != NaPolicy::Forbidden).then(|| {
        let id = id.clone();
        radio(
            &group,
            "na",
            strings::not_applicable(),
            move || na_text().is_some(),
            move || state.edit(strings::change_answer(&id), |a| a.choose_na(&id)),
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
                    {if required { strings::why_na_required() } else { strings::why_na_optional() }}
                    <textarea
                        id=field_id
                        rows="2"
                        class:missing=missing
                        prop:value=text
                        on:input=move |ev| {
                            let value = event_target_value(&ev);
                            state.edit_text(strings::change_justification(&id), |a| a.set_na_justification(&id, &value));
                        }
                    ></textarea>
                </label>
            })
        }
    };

    let clear = {
        let id = id.clone();
        move |_| state.edit(strings::change_answer(&id), |a| a.clear_choice(&id))
    };
    let comment_id = format!("comment-{id}");
    let comment_label_for = comment_id.clone();
    let set_comment = {
        let id = id.clone();
        move |ev| {
            let value = event_target_value(&ev);
            state.edit_text(strings::change_comment(&id), |a| a.set_comment(&id, &value));
        }
    };

    let status_badge = move || match answer_state() {
        Some(CriterionState::Answered { value, .. }) if value >= 1.0 => {
            Some(view! { <span class="badge met">{strings::met()}</span> }.into_any())
        }
        Some(CriterionState::Answered { .. }) => {
            Some(view! { <span class="badge gap">{strings::gap()}</span> }.into_any())
        }
        Some(CriterionState::Na) => Some(view! { <span class="badge na">{strings::na_badge()}</span> }.into_any()),
        Some(CriterionState::NaWithoutJustification) => {
            Some(view! { <span class="badge gap">{strings::needs_justification()}</span> }.into_any())
        }
        _ => None,
    };

    // The requirement in the language it is really in: a text the file does not translate is
    // marked with its language's code, and tagged with it for screen readers.
    let default_language = questionnaire.languages.first().cloned().unwrap_or_default();
    let text_language = criterion.text.language_of(&lang, &default_language).to_owned();
    let untranslated = (text_language != strings::lang().code()).then(|| {
        view! {
            <span class="badge untranslated" title=strings::untranslated()>{text_language.to_uppercase()}</span>
        }
    });
    let guidance = criterion.guidance.as_ref().map(|t| t.get(&lang).to_owned());
    let remediation = criterion.remediation.as_ref().map(|t| t.get(&lang).to_owned());
    let evidence: Vec<String> = criterion.evidence.iter().map(|t| t.get(&lang).to_owned()).collect();
    let references = criterion.references.join(" · ");
    let flagged = move || answer.with(|a| a.as_ref().is_some_and(|answer| answer.flagged));
    let set_flag = {
        let id = id.clone();
        move |ev| {
            let checked = event_target_checked(&ev);
            state.edit(strings::change_flag(&id), |a| a.set_flagged(&id, checked));
        }
    };
    let flag_id = format!("flag-{id}");
    let flag_label_for = flag_id.clone();
    view! {
        <article
            class="criterion"
            id=format!("criterion-{id}")
            class:critical=criterion.critical
            style:display=move || if applicable() { "" } else { "none" }
        >
            <header>
                <span class="criterion-id">{id.clone()}</span>
                {criterion.critical.then(|| view! { <span class="badge critical" title=strings::critical_hint()>{strings::critical()}</span> })}
                {status_badge}
                {move || flagged().then(|| view! { <span class="badge flagged">{strings::flagged()}</span> })}
            </header>
            <p class="requirement" lang=text_language.clone()>{criterion.text.get(&lang).to_owned()} {untranslated}</p>
            <details lang=lang.clone()>
                <summary lang=strings::lang().code()>{strings::details()}</summary>
                {guidance.map(|g| {
                    let (label, after) = strings::around("fully-met", "text");
                    view! { <p><strong>{label}</strong>{g}{after}</p> }
                })}
                {(!evidence.is_empty()).then(|| view! {
                    <p><strong>{strings::evidence_asked()}</strong></p>
                    <ul>{evidence.into_iter().map(|e| view! { <li>{e}</li> }).collect_view()}</ul>
                })}
                {remediation.map(|r| {
                    let (label, after) = strings::around("if-not-met", "text");
                    view! { <p><strong>{label}</strong>{r}{after}</p> }
                })}
                {(!references.is_empty()).then(|| view! { <p class="muted">{references}</p> })}
            </details>
            <fieldset class="options">
                <legend class="visually-hidden">{strings::answer_for(&id)}</legend>
                {options}
                {na_option}
                <button class="link" on:click=clear aria-label=strings::clear_answer(&id)>{strings::clear()}</button>
            </fieldset>
            {justification}
            <label class="field" for=comment_label_for>
                {strings::comment()}
                <textarea id=comment_id rows="1" prop:value=comment on:input=set_comment></textarea>
            </label>
            <div class="criterion-tools">
                <label class="option" for=flag_label_for>
                    <input type="checkbox" id=flag_id prop:checked=flagged on:change=set_flag/>
                    {strings::flag_for_review()}
                </label>
                <EvidenceFiles criterion=id.clone() answer/>
            </div>
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

/// One evidence file: name, size, the start of its hash, its note (editable) and "remove".
fn evidence_item(
    state: AppState,
    answer: Memo<Option<Answer>>,
    criterion: String,
    evidence: Evidence,
) -> impl IntoView {
    let short = evidence.sha256.chars().take(12).collect::<String>();
    let note_id = format!("note-{criterion}-{short}");
    let note_label_for = note_id.clone();
    let sha256 = evidence.sha256.clone();
    let note = {
        let sha256 = sha256.clone();
        move || {
            answer.with(|a| {
                a.as_ref()
                    .and_then(|a| a.evidence.iter().find(|e| e.sha256 == sha256).map(|e| e.note.clone()))
                    .unwrap_or_default()
            })
        }
    };
    let set_note = {
        let (criterion, sha256) = (criterion.clone(), sha256.clone());
        move |ev: leptos::ev::Event| {
            let value = event_target_value(&ev);
            state.edit_text(strings::change_evidence_note(&criterion), |a| {
                a.set_evidence_note(&criterion, &sha256, &value)
            });
        }
    };
    let remove = {
        let (criterion, sha256) = (criterion.clone(), sha256.clone());
        move |_| state.edit(strings::change_evidence(&criterion), |a| a.remove_evidence(&criterion, &sha256))
    };
    view! {
        <li class="evidence-file">
            <span>{strings::evidence_line(&evidence.name, evidence.bytes)}</span>
            " · "
            <code class="sha256" title=evidence.sha256.clone() data-sha256=evidence.sha256.clone()>{short}"…"</code>
            <button class="link" aria-label=strings::remove_file(&evidence.name) on:click=remove>
                {strings::remove()}
            </button>
            <label class="field evidence-note" for=note_label_for>
                {strings::evidence_note(&evidence.name)}
                <input id=note_id type="text" prop:value=note on:input=set_note/>
            </label>
        </li>
    }
}

/// The evidence files recorded for a criterion, and a picker that hashes a new one locally.
#[component]
fn EvidenceFiles(criterion: String, answer: Memo<Option<Answer>>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let input_id = format!("evidence-{criterion}");
    let files = move || answer.with(|a| a.as_ref().map(|answer| answer.evidence.clone()).unwrap_or_default());
    let pick = {
        let criterion = criterion.clone();
        move |ev: leptos::ev::Event| {
            let Some(file) = browser::picked_file(&ev) else { return };
            let criterion = criterion.clone();
            let name = file.name();
            state.notice.set(Some(Notice::Info(strings::hashing(&name))));
            leptos::task::spawn_local(async move {
                match browser::read_file(&file).await {
                    Ok(bytes) => {
                        let evidence = Evidence::of_file(&name, &bytes);
                        state.edit(strings::change_evidence(&criterion), |a| a.add_evidence(&criterion, evidence));
                        state.notice.set(Some(Notice::Info(strings::hashed(&name))));
                    }
                    Err(problem) => state.notice.set(Some(Notice::Problem(strings::read_failed(&name, &problem)))),
                }
            });
        }
    };
    // Keyed by the file's hash, so that typing a note does not rebuild the list under the caret.
    let list = {
        let criterion = criterion.clone();
        move || {
            let criterion = criterion.clone();
            view! {
                <For each=files key=|evidence| evidence.sha256.clone() let:evidence>
                    {evidence_item(state, answer, criterion.clone(), evidence)}
                </For>
            }
        }
    };
    view! {
        <div class="evidence">
            <ul class="evidence-files" id=format!("{input_id}-list")>{list}</ul>
            <input id=input_id.clone() class="visually-hidden" type="file" on:change=pick/>
            <label class="button small" for=input_id title=strings::evidence_help()>{strings::add_evidence()}</label>
        </div>
    }
}
