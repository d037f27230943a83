//! The home page: the operator's saved assessments (open, rename, duplicate, export, delete
//! after confirmation), the questionnaires on offer with "new assessment", the form that asks
//! who and what is assessed, the drop zone for a criteria file from disk, and "verify a report".

use std::sync::Arc;

use leptos::prelude::*;

use crate::diag::has_errors;
use crate::model::{parse_questionnaire, Questionnaire};
use crate::scoring::score;
use crate::ui::browser;
use crate::ui::catalog::{self, Offered, OPENED_CRITERIA_PREFIX};
use crate::ui::components::dropzone::DropZone;
use crate::ui::components::notice::{DiagnosticList, NoticeLine};
use crate::ui::components::subject::{ProfileChoices, TextField};
use crate::ui::components::verify::VerifyReport;
use crate::ui::saved::{self, Saved};
use crate::ui::state::{AppState, Notice};
use crate::ui::strings;

#[component]
pub fn HomePage() -> impl IntoView {
    let state = expect_context::<AppState>();
    let saved_list = RwSignal::new(saved::list().unwrap_or_default());
    let creating: RwSignal<Option<Arc<Questionnaire>>> = RwSignal::new(None);
    provide_context(HomeContext { saved_list, creating });
    browser::focus_soon("home-title".to_owned());

    let on_criteria_file = Callback::new(move |file| read_then_offer(state, creating, file));

    view! {
        <main class="home" id="main">
            <h1 id="home-title" tabindex="-1">{strings::app_name()}</h1>
            <p class="lead">{strings::lead()}</p>
            <NoticeLine/>
            {move || creating.get().map(|questionnaire| view! { <NewAssessmentForm questionnaire/> })}
            <section aria-labelledby="assessments-title">
                <h2 id="assessments-title">{strings::your_assessments()}</h2>
                <Show when=move || saved_list.with(Vec::is_empty)>
                    <p class="muted" id="no-assessments">{strings::no_assessments()}</p>
                </Show>
                <ul class="cards" id="assessments">
                    <For each=move || saved_list.get() key=|s| (s.id.clone(), s.name.clone(), s.text.clone()) let:entry>
                        <SavedCard entry/>
                    </For>
                </ul>
            </section>
            <section aria-labelledby="questionnaires-title">
                <h2 id="questionnaires-title">{strings::questionnaires()}</h2>
                <ul class="cards questionnaires">
                    <For each=move || state.catalog.get() key=Offered::key let:entry>
                        <OfferedCard entry/>
                    </For>
                </ul>
            </section>
            <DropZone
                id="criteria-drop"
                input_id="criteria-file"
                title=strings::drop_title()
                help=strings::drop_help()
                choose=strings::drop_choose()
                accept=".yaml,.yml"
                on_file=on_criteria_file
            />
            <VerifyReport/>
        </main>
    }
}

/// What the home page's parts share: the saved list (refreshed after each action) and the
/// questionnaire a new assessment is being created for.
#[derive(Clone, Copy)]
struct HomeContext {
    saved_list: RwSignal<Vec<Saved>>,
    creating: RwSignal<Option<Arc<Questionnaire>>>,
}

impl HomeContext {
    fn refresh(&self) {
        match saved::list() {
            Ok(list) => self.saved_list.set(list),
            Err(problem) => expect_context::<AppState>().storage_problem.set(Some(problem)),
        }
    }

    fn start_creating(&self, questionnaire: Arc<Questionnaire>) {
        self.creating.set(Some(questionnaire));
        browser::focus_soon("new-name".to_owned());
    }
}

fn read_then_offer(state: AppState, creating: RwSignal<Option<Arc<Questionnaire>>>, file: web_sys::File) {
    leptos::task::spawn_local(async move {
        match browser::read_file(&file).await {
            Ok(bytes) => offer_from_disk(state, creating, &file.name(), &bytes),
            Err(problem) => state.notice.set(Some(Notice::Problem(strings::read_failed(&file.name(), &problem)))),
        }
    });
}

/// A criteria file a person dropped or picked: kept in this browser, offered, and a new
/// assessment of it begun when valid; refused with every diagnostic when not.
fn offer_from_disk(state: AppState, creating: RwSignal<Option<Arc<Questionnaire>>>, name: &str, bytes: &[u8]) {
    let (questionnaire, diagnostics) = parse_questionnaire(bytes);
    let questionnaire = match questionnaire {
        Some(questionnaire) if !has_errors(&diagnostics) => Arc::new(questionnaire),
        _ => return state.notice.set(Some(Notice::refused(name, bytes, diagnostics))),
    };
    let key = format!("{OPENED_CRITERIA_PREFIX}{}", questionnaire.id);
    if let Err(problem) = browser::save(&key, &String::from_utf8_lossy(bytes)) {
        state.storage_problem.set(Some(problem));
    }
    state.catalog.update(|list| {
        list.retain(
            |entry| !matches!(entry, Offered::Valid { questionnaire: q, from_disk: true, .. } if q.id == questionnaire.id),
        );
        list.push(Offered::Valid { questionnaire: questionnaire.clone(), source: bytes.into(), from_disk: true });
    });
    state.notice.set(Some(Notice::Info(if diagnostics.is_empty() {
        strings::opened(name)
    } else {
        strings::opened_with_warnings(name, diagnostics.len())
    })));
    creating.set(Some(questionnaire));
    browser::focus_soon("new-name".to_owned());
}

/// The form that starts an assessment: its name, who and what is assessed, the profiles.
#[component]
fn NewAssessmentForm(questionnaire: Arc<Questionnaire>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let home = expect_context::<HomeContext>();
    let lang = strings::criteria_language(&questionnaire);
    let [name, organisation, facility, country, assessor, role] = std::array::from_fn(|_| RwSignal::new(String::new()));
    let profiles: RwSignal<Vec<String>> = RwSignal::new(Vec::new());
    let title = questionnaire.title.get(&lang).to_owned();
    let submit = {
        let questionnaire = questionnaire.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            let name = name.get_untracked();
            let fallback = facility.get_untracked();
            state.create(&questionnaire, if name.trim().is_empty() { &fallback } else { &name }, |a| {
                a.subject.organisation = organisation.get_untracked();
                a.subject.facility = facility.get_untracked();
                a.subject.country = country.get_untracked();
                a.subject.profiles = profiles.get_untracked();
                a.assessor.name = assessor.get_untracked();
                a.assessor.role = role.get_untracked();
            });
        }
    };
    let field = |id: &'static str, label: String, value: RwSignal<String>| {
        view! { <TextField id label value=Signal::derive(move || value.get()) set=move |v| value.set(v)/> }
    };
    view! {
        <section id="new-assessment" class="panel" aria-labelledby="new-assessment-title">
            <h2 id="new-assessment-title">{strings::create_title_for(&title)}</h2>
            <p class="muted">{strings::create_help()}</p>
            <form on:submit=submit>
                <div class="subject-grid">
                    <label class="field wide" for="new-name">
                        {strings::name()}
                        <input
                            id="new-name"
                            type="text"
                            placeholder=strings::name_hint()
                            prop:value=move || name.get()
                            on:input=move |ev| name.set(event_target_value(&ev))
                        />
                    </label>
                    {field("new-organisation", strings::organisation(), organisation)}
                    {field("new-facility", strings::facility(), facility)}
                    {field("new-country", strings::country(), country)}
                    {field("new-assessor", strings::assessor(), assessor)}
                    {field("new-role", strings::role(), role)}
                </div>
                <ProfileChoices
                    questionnaire=questionnaire.clone()
                    id_prefix="new-profile-"
                    chosen=Signal::derive(move || profiles.get())
                    set=move |profile: String, chosen: bool| {
                        profiles.update(|list| {
                            list.retain(|p| p != &profile);
                            if chosen {
                                list.push(profile);
                            }
                        })
                    }
                />
                <div class="form-actions">
                    <button id="create-assessment" type="submit" class="primary">{strings::create()}</button>
                    <button id="cancel-new" type="button" on:click=move |_| home.creating.set(None)>{strings::cancel()}</button>
                </div>
            </form>
        </section>
    }
}

/// A saved assessment: what it assesses, how far it is, and what can be done with it.
#[component]
fn SavedCard(entry: Saved) -> impl IntoView {
    let state = expect_context::<AppState>();
    let home = expect_context::<HomeContext>();
    let Saved { id, name, text, assessment } = entry.clone();
    let questionnaire = {
        let target = assessment.as_ref().map(|a| a.questionnaire.clone());
        move || {
            let target = target.as_ref()?;
            catalog::find(&state.catalog.get(), &target.id, &target.version)
        }
    };
    let details = assessment.as_ref().map(|a| {
        let place = [&a.subject.facility, &a.subject.country]
            .into_iter()
            .filter(|p| !p.is_empty())
            .cloned()
            .collect::<Vec<_>>()
            .join(", ");
        strings::assessment_details(&a.questionnaire.id, &a.questionnaire.version, &place)
    });
    let progress = {
        let (assessment, questionnaire) = (assessment.clone(), questionnaire.clone());
        move || {
            let (assessment, questionnaire) = (assessment.as_ref()?, questionnaire()?);
            let card = score(&questionnaire, assessment);
            let done = &card.completeness;
            let line =
                strings::answered_of(done.answered + done.na, done.applicable, &strings::percent(done.fraction()));
            let when = assessment.updated.clone().unwrap_or_default();
            Some(format!("{line} · {}", strings::updated(&when)))
        }
    };
    let problem = {
        let readable = assessment.is_some();
        Memo::new(move |_| {
            if !readable {
                Some(strings::unreadable_save())
            } else if state.catalog_ready.get() && questionnaire().is_none() {
                Some(strings::criteria_unavailable())
            } else {
                None
            }
        })
    };

    let renaming = RwSignal::new(false);
    let confirming = RwSignal::new(false);
    let new_name = RwSignal::new(name.clone());
    let act = move |result: Result<(), String>| match result {
        Ok(()) => home.refresh(),
        Err(problem) => state.notice.set(Some(Notice::Problem(strings::storage_failed(&problem)))),
    };
    let open = {
        let id = id.clone();
        move |_| state.open(&id)
    };
    let save_name = {
        let id = id.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            renaming.set(false);
            act(saved::rename(&id, &new_name.get_untracked()));
            browser::focus_soon(format!("resume-{id}"));
        }
    };
    let duplicate = {
        let entry = entry.clone();
        move |_| match saved::duplicate(&entry) {
            Ok(_) => {
                state.notice.set(Some(Notice::Info(strings::duplicated(&strings::copy_of(&entry.name)))));
                home.refresh();
            }
            Err(problem) => act(Err(problem)),
        }
    };
    let export = {
        let (text, file) = (text.clone(), format!("{}.yaml", file_stem(&name)));
        move |_| match browser::download(text.as_bytes(), &file, "application/yaml") {
            Ok(()) => state.notice.set(Some(Notice::Info(strings::exported(&file)))),
            Err(problem) => state.notice.set(Some(Notice::Problem(strings::export_failed(&problem)))),
        }
    };
    let delete = {
        let (id, name) = (id.clone(), name.clone());
        move |_| {
            confirming.set(false);
            match saved::delete(&id) {
                Ok(()) => {
                    state.notice.set(Some(Notice::Info(strings::deleted(&name))));
                    home.refresh();
                    browser::focus_soon("assessments-title".to_owned());
                }
                Err(problem) => act(Err(problem)),
            }
        }
    };

    let card_id = format!("assessment-{id}");
    let title_id = format!("assessment-title-{id}");
    let question = strings::delete_question(&name);
    let labelled_by = title_id.clone();
    let (form_id, confirm_id) = (id.clone(), id.clone());
    view! {
        <li class="card" id=card_id aria-labelledby=labelled_by>
            <h3 id=title_id>{name.clone()}</h3>
            {details.map(|d| view! { <p class="muted">{d}</p> })}
            <p class="progress-line">{progress}</p>
            {move || problem.get().map(|p| view! { <p class="problem-line">{p}</p> })}
            <Show
                when=move || renaming.get()
                fallback={
                    let id = id.clone();
                    move || {
                        let id = id.clone();
                        view! {
                            <div class="card-actions">
                                <button id=format!("resume-{id}") class="primary" on:click=open.clone() disabled=move || problem.get().is_some()>
                                    {strings::open()}
                                </button>
                                <button id=format!("rename-{id}") on:click={
                                    let id = id.clone();
                                    move |_| {
                                        renaming.set(true);
                                        browser::focus_soon(format!("name-{id}"));
                                    }
                                }>{strings::rename()}</button>
                                <button id=format!("duplicate-{id}") on:click=duplicate.clone()>{strings::duplicate()}</button>
                                <button id=format!("export-{id}") on:click=export.clone()>{strings::export()}</button>
                                <button id=format!("delete-{id}") class="danger" on:click={
                                    let id = id.clone();
                                    move |_| {
                                        confirming.set(true);
                                        browser::focus_soon(format!("cancel-delete-{id}"));
                                    }
                                }>{strings::delete()}</button>
                            </div>
                        }
                    }
                }
            >
                <form class="card-actions" on:submit=save_name.clone()>
                    <label class="visually-hidden" for=format!("name-{form_id}")>{strings::new_name()}</label>
                    <input
                        id=format!("name-{form_id}")
                        type="text"
                        prop:value=move || new_name.get()
                        on:input=move |ev| new_name.set(event_target_value(&ev))
                    />
                    <button id=format!("save-name-{form_id}") type="submit" class="primary">{strings::save()}</button>
                    <button type="button" on:click=move |_| renaming.set(false)>{strings::cancel()}</button>
                </form>
            </Show>
            <Show when=move || confirming.get()>
                <div class="confirm" role="alertdialog" aria-labelledby=format!("confirm-text-{confirm_id}")>
                    <p id=format!("confirm-text-{confirm_id}")>{question.clone()}</p>
                    <button id=format!("confirm-delete-{confirm_id}") class="danger" on:click=delete.clone()>{strings::delete_forever()}</button>
                    <button id=format!("cancel-delete-{confirm_id}") on:click=move |_| confirming.set(false)>{strings::cancel()}</button>
                </div>
            </Show>
        </li>
    }
}

/// A name made safe as a file name.
fn file_stem(name: &str) -> String {
    let stem: String =
        name.chars().map(|c| if c.is_alphanumeric() || c == '-' || c == '_' { c } else { '-' }).collect();
    let stem = stem.trim_matches('-');
    if stem.is_empty() {
        "assessment".to_owned()
    } else {
        stem.to_owned()
    }
}

#[component]
fn OfferedCard(entry: Offered) -> impl IntoView {
    let state = expect_context::<AppState>();
    let home = expect_context::<HomeContext>();
    match entry {
        Offered::Valid { questionnaire, from_disk, .. } => {
            let lang = strings::criteria_language(&questionnaire);
            let title = questionnaire.title.get(&lang).to_owned();
            let new_label = strings::new_assessment_of(&title);
            let details = strings::questionnaire_details(
                &questionnaire.id,
                &questionnaire.version,
                questionnaire.criteria.len(),
                questionnaire.sections.len(),
                from_disk,
            );
            // A file opened from disk can be forgotten again; its saved assessments stay.
            let key = format!("{OPENED_CRITERIA_PREFIX}{}", questionnaire.id);
            let forget = move |_| {
                match browser::remove(&key) {
                Ok(()) => state.catalog.update(|list| {
                    list.retain(|e| !matches!(e, Offered::Valid { questionnaire: q, from_disk: true, .. } if format!("{OPENED_CRITERIA_PREFIX}{}", q.id) == key))
                }),
                Err(problem) => state.notice.set(Some(Notice::Problem(strings::storage_failed(&problem)))),
            }
            };
            view! {
                <li class="card">
                    <h3>{title}</h3>
                    <p class="muted">{details}</p>
                    <div class="card-actions">
                        <button
                            id=format!("open-{}", questionnaire.id)
                            class="primary"
                            aria-label=new_label
                            on:click={
                                let questionnaire = questionnaire.clone();
                                move |_| home.start_creating(questionnaire.clone())
                            }
                        >
                            {strings::new_assessment()}
                        </button>
                        {from_disk.then(|| view! {
                            <button id=format!("forget-{}", questionnaire.id) class="link" on:click=forget>
                                {strings::forget_criteria()}
                            </button>
                        })}
                    </div>
                </li>
            }
            .into_any()
        }
        Offered::Invalid { file, source, diagnostics } => {
            let summary = strings::cannot_be_used(&file, diagnostics.len());
            view! {
                <li class="card invalid">
                    <h3>{summary}</h3>
                    <details>
                        <summary>{strings::show_problems()}</summary>
                        <DiagnosticList file=file source=source diagnostics=diagnostics/>
                    </details>
                </li>
            }
            .into_any()
        }
    }
}
