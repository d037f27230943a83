//! The footer line saying whether the app works offline: "Available offline" once the service
//! worker has cached the whole app, and a reassurance while the browser is offline. Mounting
//! it registers the worker (see `sw.js`).

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::ui::{browser, strings};

#[component]
pub fn OfflineStatus() -> impl IntoView {
    let online = RwSignal::new(browser::is_online());
    let cached = RwSignal::new(false);
    if browser::register_service_worker() {
        // `ready` implies cached: a worker becomes active only after caching every file.
        spawn_local(async move {
            if browser::service_worker_ready().await.is_ok() {
                cached.set(true);
            }
        });
    }
    if let Err(problem) = browser::on_online_change(move |now| online.set(now)) {
        leptos::logging::warn!("cannot follow the network state: {problem}");
    }
    let text = move || match (online.get(), cached.get()) {
        (false, _) => strings::offline_now(),
        (true, true) => strings::offline_available(),
        (true, false) => String::new(),
    };
    view! {
        <p id="offline-status" class="offline-status" class:offline=move || !online.get() aria-live="polite">
            {text}
        </p>
    }
}
