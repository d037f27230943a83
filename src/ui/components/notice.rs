//! The status line: what just happened, what went wrong, and refused files with every
//! located diagnostic. Announced to screen readers (`aria-live`).

use leptos::prelude::*;

use crate::ui::state::{AppState, Notice};

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
                            <p class="problem" role="alert">
                                "Your answers could not be saved in this browser (" {problem}
                                "). Export the assessment now to keep a copy."
                            </p>
                        }
                    })
            }}
            {move || match state.notice.get() {
                None => ().into_any(),
                Some(Notice::Info(text)) => view! { <p class="info">{text}</p> }.into_any(),
                Some(Notice::Problem(text)) => view! { <p class="problem" role="alert">{text}</p> }.into_any(),
                Some(Notice::Refused { file, diagnostics }) => {
                    view! {
                        <div class="problem" role="alert" id="import-errors">
                            <p>{format!("{file} was not accepted:")}</p>
                            <ul>
                                {diagnostics
                                    .into_iter()
                                    .map(|d| {
                                        let place = match (d.line, d.column) {
                                            (Some(line), Some(column)) => format!("line {line}, column {column}: "),
                                            _ => String::new(),
                                        };
                                        view! {
                                            <li>
                                                <code>{d.code}</code> " " {place} {d.message}
                                                {(!d.path.is_empty()).then(|| format!(" (at {})", d.path))}
                                                <br/> <span class="muted">{d.hint}</span>
                                            </li>
                                        }
                                    })
                                    .collect_view()}
                            </ul>
                        </div>
                    }
                        .into_any()
                }
            }}
        </div>
    }
}
