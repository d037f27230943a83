//! The language switch: every language of the catalog by its own name. The choice is first
//! taken from the browser's preferred languages, then remembered in this browser. The
//! pseudo-language for testing is not offered: a remembered `qps` starts the app in it
//! (locales/README.md).

use leptos::prelude::*;

use crate::i18n::{Lang, LANGUAGES};
use crate::ui::{browser, strings};

/// Where the chosen language is remembered.
const STORAGE_KEY: &str = "certready/language";

/// The language to start in: the one chosen before in this browser, else the first of the
/// browser's preferred languages that the catalog has, else English.
pub fn initial() -> Lang {
    browser::load(STORAGE_KEY)
        .ok()
        .flatten()
        .and_then(|code| Lang::from_code(&code))
        .unwrap_or_else(|| Lang::negotiate(&browser::preferred_languages()))
}

#[component]
pub fn LanguageSwitch(lang: RwSignal<Lang>) -> impl IntoView {
    let choose = move |event: leptos::ev::Event| {
        let Some(chosen) = Lang::from_code(&event_target_value(&event)) else { return };
        // Not being able to remember it (private mode) only means choosing again next time.
        let _ = browser::save(STORAGE_KEY, chosen.code());
        lang.set(chosen);
        browser::focus_soon("language".to_owned());
    };
    let current = lang.get_untracked();
    view! {
        <div class="language-switch">
            <label for="language">{strings::language()}</label>
            <select id="language" on:change=choose>
                {LANGUAGES
                    .iter()
                    .map(|&(language, code, name, _)| {
                        view! { <option value=code lang=code selected=language == current>{name}</option> }
                    })
                    .collect_view()}
            </select>
        </div>
    }
}
