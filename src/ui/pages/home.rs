//! The home page: the criteria files the app offers, each opened with its saved assessment.
//!
//! The offered files are read at run time: those named in `questionnaires/index.txt` (so a
//! scheme owner who hosts the app publishes criteria without rebuilding it), then those a
//! person opened from disk earlier. A criteria file dropped on the page, or picked, opens like
//! a bundled one when valid; when not, every diagnostic is listed and nothing else changes.

use std::sync::Arc;

use leptos::prelude::*;

use crate::diag::{has_errors, Diagnostic};
use crate::model::{parse_index, parse_questionnaire, Questionnaire};
use crate::ui::browser;
use crate::ui::components::notice::{DiagnosticList, NoticeLine};
use crate::ui::state::{has_saved_assessment, AppState, Notice, OPENED_CRITERIA_PREFIX};

const INDEX: &str = "questionnaires/index.txt";

/// One criteria file on offer.
#[derive(Clone)]
enum Offered {
    Valid { questionnaire: Arc<Questionnaire>, from_disk: bool },
    Invalid { file: String, source: String, diagnostics: Vec<Diagnostic> },
}

impl Offered {
    /// Stable across reloads of the list, so that cards already shown keep their elements.
    fn key(&self) -> String {
        match self {
            Offered::Valid { questionnaire, from_disk } => format!("{}/{from_disk}", questionnaire.id),
            Offered::Invalid { file, .. } => file.clone(),
        }
    }

    fn parse(file: &str, bytes: &[u8], from_disk: bool) -> Offered {
        match parse_questionnaire(bytes) {
            (Some(questionnaire), _) => Offered::Valid { questionnaire: Arc::new(questionnaire), from_disk },
            (None, diagnostics) => Offered::Invalid {
                file: file.to_owned(),
                source: String::from_utf8_lossy(bytes).into_owned(),
                diagnostics,
            },
        }
    }
}

/// The index, then every file it names, then the criteria opened from disk earlier.
async fn load_offered(state: AppState, offered: RwSignal<Vec<Offered>>) {
    match browser::fetch_bytes(INDEX).await {
        Ok(bytes) => {
            let (files, diagnostics) = parse_index(&String::from_utf8_lossy(&bytes));
            if !diagnostics.is_empty() {
                state.notice.set(Some(Notice::refused(INDEX, &bytes, diagnostics)));
            }
            for file in files {
                let path = format!("questionnaires/{file}");
                let entry = match browser::fetch_bytes(&path).await {
                    Ok(bytes) => Offered::parse(&path, &bytes, false),
                    Err(problem) => Offered::Invalid {
                        file: path,
                        source: String::new(),
                        diagnostics: vec![Diagnostic::error(
                            "file-not-found",
                            "",
                            format!("could not load it: {problem}"),
                        )
                        .with_hint("check that the file named in index.txt is in the questionnaires folder")],
                    },
                };
                offered.update(|list| list.push(entry));
            }
        }
        Err(problem) => {
            state.notice.set(Some(Notice::Problem(format!("Could not load the criteria index: {problem}"))))
        }
    }
    for key in browser::keys_with_prefix(OPENED_CRITERIA_PREFIX).unwrap_or_default() {
        if let Ok(Some(text)) = browser::load(&key) {
            offered.update(|list| list.push(Offered::parse(&key, text.as_bytes(), true)));
        }
    }
}

/// Opens a criteria file a person dropped or picked: kept in this browser and opened when
/// valid, refused with every diagnostic when not.
fn open_from_disk(state: AppState, name: &str, bytes: &[u8]) {
    let (questionnaire, diagnostics) = parse_questionnaire(bytes);
    match questionnaire {
        Some(questionnaire) if !has_errors(&diagnostics) => {
            let key = format!("{OPENED_CRITERIA_PREFIX}{}", questionnaire.id);
            if let Err(problem) = browser::save(&key, &String::from_utf8_lossy(bytes)) {
                state.storage_problem.set(Some(format!("the criteria file is open but not kept: {problem}")));
            }
            state.notice.set(Some(if diagnostics.is_empty() {
                Notice::Info(format!("Opened {name}."))
            } else {
                Notice::Info(format!(
                    "Opened {name} ({} warnings: run `certready validate` to see them).",
                    diagnostics.len()
                ))
            }));
            state.open(Arc::new(questionnaire));
        }
        _ => state.notice.set(Some(Notice::refused(name, bytes, diagnostics))),
    }
}

fn read_then_open(state: AppState, file: web_sys::File) {
    leptos::task::spawn_local(async move {
        match browser::read_file(&file).await {
            Ok(bytes) => open_from_disk(state, &file.name(), &bytes),
            Err(problem) => {
                state.notice.set(Some(Notice::Problem(format!("Could not read {}: {problem}", file.name()))))
            }
        }
    });
}

#[component]
pub fn HomePage() -> impl IntoView {
    let state = expect_context::<AppState>();
    let offered: RwSignal<Vec<Offered>> = RwSignal::new(Vec::new());
    leptos::task::spawn_local(load_offered(state, offered));

    let dragging = RwSignal::new(false);
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        dragging.set(false);
        if let Some(file) = browser::dropped_file(&ev) {
            read_then_open(state, file);
        }
    };
    let on_pick = move |ev: leptos::ev::Event| {
        if let Some(file) = browser::picked_file(&ev) {
            read_then_open(state, file);
        }
    };

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
                <For each=move || offered.get() key=Offered::key let:entry>
                    <OfferedCard entry=entry/>
                </For>
            </ul>
            <section
                id="criteria-drop"
                class="dropzone"
                class:dragging=move || dragging.get()
                aria-labelledby="criteria-drop-title"
                on:dragover=move |ev: leptos::ev::DragEvent| {
                    ev.prevent_default();
                    dragging.set(true);
                }
                on:dragleave=move |_| dragging.set(false)
                on:drop=on_drop
            >
                <h2 id="criteria-drop-title">"Open a criteria file"</h2>
                <p class="muted">
                    "For scheme owners and regulators: drop a criteria file (YAML) here, or choose one. A valid file "
                    "opens for a walk-through; an invalid one shows every problem with its line and a hint. "
                    "The file stays in this browser."
                </p>
                <label class="button" for="criteria-file">"Choose a criteria file…"</label>
                <input id="criteria-file" class="visually-hidden" type="file" accept=".yaml,.yml" on:change=on_pick/>
            </section>
        </main>
    }
}

#[component]
fn OfferedCard(entry: Offered) -> impl IntoView {
    let state = expect_context::<AppState>();
    match entry {
        Offered::Valid { questionnaire, from_disk } => {
            let lang = questionnaire.languages[0].clone();
            let saved = has_saved_assessment(&questionnaire.id);
            let button_id = format!("open-{}", questionnaire.id);
            let title = questionnaire.title.get(&lang).to_owned();
            let details = format!(
                "{} version {} · {} criteria in {} sections{}",
                questionnaire.id,
                questionnaire.version,
                questionnaire.criteria.len(),
                questionnaire.sections.len(),
                if from_disk { " · opened from a file" } else { "" },
            );
            // A file opened from disk can be forgotten again; its saved answers stay.
            let removed = RwSignal::new(false);
            let key = format!("{OPENED_CRITERIA_PREFIX}{}", questionnaire.id);
            let remove_id = format!("forget-{}", questionnaire.id);
            let forget = move |_| match browser::remove(&key) {
                Ok(()) => removed.set(true),
                Err(problem) => state.notice.set(Some(Notice::Problem(format!("Could not remove it: {problem}")))),
            };
            view! {
                <Show when=move || !removed.get()>
                    <li class="questionnaire-card">
                        <h3>{title.clone()}</h3>
                        <p class="muted">{details.clone()}</p>
                        <button
                            id=button_id.clone()
                            class="primary"
                            on:click={
                                let questionnaire = questionnaire.clone();
                                move |_| state.open(questionnaire.clone())
                            }
                        >
                            {if saved { "Continue assessment" } else { "Start assessment" }}
                        </button>
                        {from_disk
                            .then(|| {
                                view! {
                                    <button id=remove_id.clone() class="link" on:click=forget.clone()>
                                        "Remove this criteria file from the browser"
                                    </button>
                                }
                            })}
                    </li>
                </Show>
            }
            .into_any()
        }
        Offered::Invalid { file, source, diagnostics } => {
            let summary = format!("{file} cannot be used ({} problems)", diagnostics.len());
            view! {
                <li class="questionnaire-card invalid">
                    <h3>{summary}</h3>
                    <details>
                        <summary>"Show the problems"</summary>
                        <DiagnosticList file=file source=source diagnostics=diagnostics/>
                    </details>
                </li>
            }
            .into_any()
        }
    }
}
