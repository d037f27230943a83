//! The browser app (Leptos 0.8, client-side rendered): the only home of leptos, signals and
//! `web_sys`. Components hold no business logic: they read the [`state::AppState`] from
//! context and call core functions. Every user-facing string is in [`strings`].

mod browser;
mod catalog;
mod components;
mod pages;
mod pdf_worker;
mod saved;
mod state;
mod strings;

use leptos::prelude::*;

use components::language::{self, LanguageSwitch};
use components::offline::OfflineStatus;
use pages::{assess::AssessPage, home::HomePage};
use state::AppState;

/// An address with this query panics on purpose once an assessment is open: the end-to-end
/// tests use it to check the error view (`/?selftest=panic#assessment/<id>`).
const SELFTEST_PANIC: &str = "selftest=panic";

#[component]
pub fn App() -> impl IntoView {
    let state = AppState::new();
    provide_context(state);
    leptos::task::spawn_local(catalog::load(state));
    Effect::new(move |_| {
        if state.open_id.get().is_some() && browser::query().contains(SELFTEST_PANIC) {
            panic!("self-test: the error view was requested");
        }
    });
    // Every view reads its words once: a change of language renders the app again (the state
    // lives in `AppState`, so nothing is lost).
    let lang = RwSignal::new(language::initial());
    view! {
        <div class="app">
            {move || {
                let chosen = lang.get();
                strings::set_lang(chosen);
                browser::set_document_language(chosen.code());
                view! {
                    <LanguageSwitch lang/>
                    {move || match state.open_id.get() {
                        None => view! { <HomePage/> }.into_any(),
                        Some(_) => view! { <AssessPage/> }.into_any(),
                    }}
                    <footer class="app-footer"><OfflineStatus/></footer>
                }
            }}
        </div>
    }
}

/// After a panic, replaces the page with an error view that says the answers are saved and
/// offers the saved assessment as a download: a plain link to the stored text, which works
/// without the (now stopped) app. The page is never left dead and blank.
pub fn install_panic_view() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
        let Some(body) = document.body() else { return };
        body.set_inner_html("");
        let Ok(view) = document.create_element("div") else { return };
        view.set_class_name("fatal");
        view.set_id("fatal");
        let _ = view.set_attribute("role", "alert");
        if let Ok(message) = document.create_element("p") {
            message.set_text_content(Some(&strings::fatal()));
            let _ = view.append_child(&message);
        }
        if let Some(link) = saved_assessment_link(&document) {
            let _ = view.append_child(&link);
        }
        let _ = body.append_child(&view);
    }));
}

/// A download link to the assessment the address names, if it is saved.
fn saved_assessment_link(document: &web_sys::Document) -> Option<web_sys::Element> {
    let hash = browser::hash();
    let id = hash.strip_prefix("assessment/")?;
    let text = saved::load(id).ok()??;
    let link = document.create_element("a").ok()?;
    let href = format!("data:application/yaml;charset=utf-8,{}", String::from(js_sys::encode_uri_component(&text)));
    link.set_attribute("href", &href).ok()?;
    link.set_attribute("download", &format!("{id}-assessment.yaml")).ok()?;
    link.set_id("fatal-export");
    link.set_class_name("button");
    link.set_text_content(Some(&strings::fatal_export()));
    Some(link)
}
