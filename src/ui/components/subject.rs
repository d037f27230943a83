//! Who and what is assessed: organisation, facility, country, assessor and the facility's
//! profiles (which decide the criteria that apply). The fields are shared with the form that
//! creates an assessment.

use std::sync::Arc;

use leptos::prelude::*;

use crate::model::{Assessment, Questionnaire};
use crate::ui::state::AppState;
use crate::ui::strings;

/// A labelled one-line text field.
#[component]
pub fn TextField(
    id: &'static str,
    label: String,
    #[prop(into)] value: Signal<String>,
    set: impl Fn(String) + 'static,
) -> impl IntoView {
    view! {
        <label class="field" for=id>
            {label}
            <input id=id type="text" prop:value=move || value.get() on:input=move |ev| set(event_target_value(&ev))/>
        </label>
    }
}

/// The questionnaire's profiles as checkboxes (`<id_prefix><profile id>`); nothing when it
/// has none.
#[component]
pub fn ProfileChoices(
    questionnaire: Arc<Questionnaire>,
    id_prefix: &'static str,
    #[prop(into)] chosen: Signal<Vec<String>>,
    set: impl Fn(String, bool) + Clone + Send + Sync + 'static,
) -> impl IntoView {
    let lang = strings::criteria_language(&questionnaire);
    let boxes = questionnaire
        .profiles
        .iter()
        .map(|profile| {
            let (id, check_id, set) = (profile.id.clone(), profile.id.clone(), set.clone());
            let input_id = format!("{id_prefix}{}", profile.id);
            let label_for = input_id.clone();
            view! {
                <label class="option" for=label_for>
                    <input
                        type="checkbox"
                        id=input_id
                        prop:checked=move || chosen.with(|c| c.contains(&check_id))
                        on:change=move |ev| set(id.clone(), event_target_checked(&ev))
                    />
                    {profile.title.get(&lang).to_owned()}
                </label>
            }
        })
        .collect_view();
    (!questionnaire.profiles.is_empty()).then(|| {
        view! {
            <fieldset class="profiles">
                <legend>{strings::profiles()}</legend>
                {boxes}
            </fieldset>
        }
    })
}

/// The open assessment's subject, editable (collapsed once the organisation is named).
#[component]
pub fn SubjectForm() -> impl IntoView {
    let state = expect_context::<AppState>();
    let Some(questionnaire) = state.questionnaire.get_untracked() else { return ().into_any() };
    let open = state.assessment.with_untracked(|a| a.subject.organisation.is_empty());

    let field =
        move |id: &'static str, label: String, get: fn(&Assessment) -> String, set: fn(&mut Assessment, String)| {
            view! {
                <TextField
                    id
                    label
                    value=Signal::derive(move || state.assessment.with(get))
                    set=move |value| state.edit_text(strings::change_subject(), |a| set(a, value))
                />
            }
        };

    view! {
        <details class="subject" open=open>
            <summary>{strings::subject()}</summary>
            <div class="subject-grid">
                {field("organisation", strings::organisation(), |a| a.subject.organisation.clone(), |a, v| a.subject.organisation = v)}
                {field("facility", strings::facility(), |a| a.subject.facility.clone(), |a, v| a.subject.facility = v)}
                {field("country", strings::country(), |a| a.subject.country.clone(), |a, v| a.subject.country = v)}
                {field("assessor", strings::assessor(), |a| a.assessor.name.clone(), |a, v| a.assessor.name = v)}
                {field("role", strings::role(), |a| a.assessor.role.clone(), |a, v| a.assessor.role = v)}
            </div>
            <ProfileChoices
                questionnaire
                id_prefix="profile-"
                chosen=Signal::derive(move || state.assessment.with(|a| a.subject.profiles.clone()))
                set=move |profile: String, chosen: bool| {
                    state.edit(strings::change_profiles(), |a| a.set_profile(&profile, chosen))
                }
            />
        </details>
    }
    .into_any()
}
