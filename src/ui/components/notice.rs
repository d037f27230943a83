//! The status line: what just happened, what went wrong (storage failing, a copy changed in
//! another tab), and refused files with every located diagnostic. Announced to screen readers
//! (`aria-live`).

use leptos::prelude::*;

use crate::diag::{Diagnostic, InFile};
use crate::ui::state::{AppState, Conflict, Notice};
use crate::ui::strings;

#[component]
pub fn NoticeLine() -> impl IntoView {
    let state = expect_context::<AppState>();
    view! {
        <div id="status" class="status" aria-live="polite">
            {move || {
                state
                    .storage_problem
                    .get()
                    .map(|problem| {
                        view! {
                            <p class="problem" role="alert" id="storage-problem">
                                {strings::storage_save_failed(&problem)} " "
                                <button id="storage-export" on:click=move |_| state.export()>
                                    {strings::storage_export()}
                                </button>
                            </p>
                        }
                    })
            }}
            {move || {
                state
                    .conflict
                    .get()
                    .map(|conflict| {
                        let (text, can_load) = match conflict {
                            Conflict::ChangedElsewhere => (strings::conflict_changed(), true),
                            Conflict::DeletedElsewhere => (strings::conflict_deleted(), false),
                        };
                        view! {
                            <div class="problem" role="alert" id="conflict">
                                <p>{text}</p>
                                <p class="actions">
                                    {can_load
                                        .then(|| {
                                            view! {
                                                <button id="conflict-load" on:click=move |_| state.resolve_conflict(false)>
                                                    {strings::conflict_load()}
                                                </button>
                                            }
                                        })}
                                    <button id="conflict-keep" on:click=move |_| state.resolve_conflict(true)>
                                        {strings::conflict_keep()}
                                    </button>
                                    <button id="conflict-export" on:click=move |_| state.export()>
                                        {strings::conflict_export()}
                                    </button>
                                </p>
                            </div>
                        }
                    })
            }}
            {move || match state.notice.get() {
                None => ().into_any(),
                Some(Notice::Info(text)) => view! { <p class="info">{text}</p> }.into_any(),
                Some(Notice::Problem(text)) => view! { <p class="problem" role="alert">{text}</p> }.into_any(),
                Some(Notice::Refused { file, source, diagnostics }) => {
                    view! {
                        <div class="problem" role="alert" id="import-errors">
                            <p>{strings::not_accepted(&file, diagnostics.len())}</p>
                            <DiagnosticList file=file source=source diagnostics=diagnostics/>
                        </div>
                    }
                        .into_any()
                }
            }}
        </div>
    }
}

/// Every diagnostic of a file, each with its place in words and the compiler-style rendering
/// (quoted line, caret, hint). All of it is text: a file can never inject markup.
#[component]
pub fn DiagnosticList(file: String, source: String, diagnostics: Vec<Diagnostic>) -> impl IntoView {
    view! {
        <ol class="diagnostics">
            {diagnostics
                .into_iter()
                .map(|diagnostic| {
                    let place = match (diagnostic.line, diagnostic.column) {
                        (Some(line), Some(column)) => strings::place(line, column),
                        _ => strings::whole_file(),
                    };
                    let rendered = InFile { file: &file, diagnostic: &diagnostic, source: Some(&source) }.to_string();
                    view! {
                        <li>
                            <p class="place">{place} " · " <code>{diagnostic.code}</code></p>
                            <pre>{rendered}</pre>
                        </li>
                    }
                })
                .collect_view()}
        </ol>
    }
}
