//! The browser app (Leptos 0.8, client-side rendered): the only home of leptos, signals and
//! `web_sys`. Components hold no business logic: they read the [`state::AppState`] from
//! context and call core functions.

mod browser;
mod components;
mod pages;
mod state;
mod strings;

use leptos::prelude::*;

use components::offline::OfflineStatus;
use pages::{assess::AssessPage, home::HomePage};
use state::AppState;

#[component]
pub fn App() -> impl IntoView {
    let state = AppState::new();
    provide_context(state);
    view! {
        <div class="app">
            {move || match state.questionnaire.get() {
                None => view! { <HomePage/> }.into_any(),
                Some(_) => view! { <AssessPage/> }.into_any(),
            }}
            <footer class="app-footer"><OfflineStatus/></footer>
        </div>
    }
}

/// Writes a plain error view into the page after a panic, so the page is never left dead and
/// blank; the saved assessment stays in local storage.
pub fn install_panic_view() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        let Some(body) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.body()) else { return };
        let message = "certready hit an internal error and stopped. Your answers up to the last \
                       change are saved in this browser: reload the page to continue. Please \
                       report this problem.";
        body.set_inner_html("");
        if let Ok(alert) = body.owner_document().map_or(Err(wasm_bindgen::JsValue::NULL), |d| d.create_element("div")) {
            alert.set_class_name("fatal");
            let _ = alert.set_attribute("role", "alert");
            alert.set_text_content(Some(message));
            let _ = body.append_child(&alert);
        }
    }));
}
