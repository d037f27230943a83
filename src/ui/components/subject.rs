//! Who and what is assessed: organisation, facility, country, assessor and the facility's
//! profiles (which decide the criteria that apply).

use leptos::prelude::*;

use crate::model::Assessment;
use crate::ui::state::AppState;

#[component]
pub fn SubjectForm() -> impl IntoView {
    let state = expect_context::<AppState>();
    let Some(questionnaire) = state.questionnaire.get_untracked() else { return ().into_any() };
    let lang = questionnaire.languages[0].clone();
    let open = state.assessment.with_untracked(|a| a.subject.organisation.is_empty());

    let text_field = move |id: &'static str,
                           label: &'static str,
                           get: fn(&Assessment) -> String,
                           set: fn(&mut Assessment, String)| {
        view! {
            <label class="field" for=id>
                {label}
                <input
                    id=id
                    type="text"
                    prop:value=move || state.assessment.with(get)
                    on:input=move |ev| {
                        let value = event_target_value(&ev);
                        state.edit(|a| set(a, value));
                    }
                />
            </label>
        }
    };

    let profiles = questionnaire
        .profiles
        .iter()
        .map(|profile| {
            let (id, check_id) = (profile.id.clone(), profile.id.clone());
            let input_id = format!("profile-{}", profile.id);
            let label_for = input_id.clone();
            view! {
                <label class="option" for=label_for>
                    <input
                        type="checkbox"
                        id=input_id
                        prop:checked=move || state.assessment.with(|a| a.subject.profiles.contains(&check_id))
                        on:change=move |ev| {
                            let checked = event_target_checked(&ev);
                            state.edit(|a| a.set_profile(&id, checked));
                        }
                    />
                    {profile.title.get(&lang).to_owned()}
                </label>
            }
        })
        .collect_view();

    view! {
        <details class="subject" open=open>
            <summary>"Facility and assessor"</summary>
            <div class="subject-grid">
                {text_field("organisation", "Organisation", |a| a.subject.organisation.clone(), |a, v| a.subject.organisation = v)}
                {text_field("facility", "Facility", |a| a.subject.facility.clone(), |a, v| a.subject.facility = v)}
                {text_field("country", "Country", |a| a.subject.country.clone(), |a, v| a.subject.country = v)}
                {text_field("assessor", "Assessor", |a| a.assessor.name.clone(), |a, v| a.assessor.name = v)}
                {text_field("role", "Assessor's role", |a| a.assessor.role.clone(), |a, v| a.assessor.role = v)}
            </div>
            {(!questionnaire.profiles.is_empty()).then(|| view! {
                <fieldset class="profiles">
                    <legend>"This facility is a… (criteria outside the chosen profiles are hidden; none chosen shows all)"</legend>
                    {profiles}
                </fieldset>
            })}
        </details>
    }
    .into_any()
}
