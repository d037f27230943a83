//! The home page: the bundled questionnaires, each opened with its saved assessment if any.

use std::sync::Arc;

use leptos::prelude::*;

use crate::model::{parse_questionnaire, Questionnaire};
use crate::ui::components::notice::NoticeLine;
use crate::ui::state::{has_saved_assessment, AppState, Notice};
use crate::ui::{browser, BUNDLED_QUESTIONNAIRES};

#[component]
pub fn HomePage() -> impl IntoView {
    let state = expect_context::<AppState>();
    let loaded: RwSignal<Vec<Arc<Questionnaire>>> = RwSignal::new(Vec::new());
    leptos::task::spawn_local(async move {
        for file in BUNDLED_QUESTIONNAIRES {
            let path = format!("questionnaires/{file}");
            match browser::fetch_bytes(&path).await {
                Ok(bytes) => match parse_questionnaire(&bytes) {
                    (Some(questionnaire), _) => loaded.update(|list| list.push(Arc::new(questionnaire))),
                    (None, diagnostics) => state.notice.set(Some(Notice::Refused { file: path, diagnostics })),
                },
                Err(problem) => state.notice.set(Some(Notice::Problem(format!("Could not load {path}: {problem}")))),
            }
        }
    });
    view! {
        <main class="home">
            <h1>"certready"</h1>
            <p class="lead">
                "Prepare for a security certification: answer the criteria, see your score and gaps as you go, "
                "and download a PDF gap report. Everything stays in this browser; nothing is sent anywhere."
            </p>
            <NoticeLine/>
            <h2>"Questionnaires"</h2>
            <ul class="questionnaires">
                {move || {
                    loaded
                        .get()
                        .into_iter()
                        .map(|questionnaire| {
                            let lang = questionnaire.languages[0].clone();
                            let saved = has_saved_assessment(&questionnaire.id);
                            let button_id = format!("open-{}", questionnaire.id);
                            let title = questionnaire.title.get(&lang).to_owned();
                            let details = format!(
                                "{} version {} · {} criteria in {} sections",
                                questionnaire.id,
                                questionnaire.version,
                                questionnaire.criteria.len(),
                                questionnaire.sections.len(),
                            );
                            let open = questionnaire.clone();
                            view! {
                                <li class="questionnaire-card">
                                    <h3>{title}</h3>
                                    <p class="muted">{details}</p>
                                    <button id=button_id class="primary" on:click=move |_| state.open(open.clone())>
                                        {if saved { "Continue assessment" } else { "Start assessment" }}
                                    </button>
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ul>
        </main>
    }
}
