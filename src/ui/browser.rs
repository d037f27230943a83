//! The browser's services, behind small functions that return `Result<_, String>`: local
//! storage, fetching the app's own static files, reading a picked file, downloading bytes, the
//! offline service worker and the network state, and the clock. The only place (besides
//! `main.rs`) that touches `web_sys` and `js_sys`.

use std::future::Future;
use std::time::Duration;

use js_sys::{Array, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, Response, Storage, Url};

use crate::time::Timestamp;

fn describe(error: JsValue) -> String {
    if let Some(error) = error.dyn_ref::<js_sys::Error>() {
        return String::from(error.message());
    }
    error.as_string().unwrap_or_else(|| format!("{error:?}"))
}

fn window() -> Result<web_sys::Window, String> {
    web_sys::window().ok_or_else(|| "no browser window".to_owned())
}

fn storage() -> Result<Storage, String> {
    window()?
        .local_storage()
        .map_err(describe)?
        .ok_or_else(|| "this browser does not offer local storage (private mode?)".to_owned())
}

/// The stored text under `key`, if any.
pub fn load(key: &str) -> Result<Option<String>, String> {
    storage()?.get_item(key).map_err(describe)
}

/// Stores `value` under `key`; fails e.g. when the storage quota is exceeded.
pub fn save(key: &str, value: &str) -> Result<(), String> {
    storage()?.set_item(key, value).map_err(describe)
}

/// Removes the value under `key`.
pub fn remove(key: &str) -> Result<(), String> {
    storage()?.remove_item(key).map_err(describe)
}

/// Every storage key that starts with `prefix`, sorted.
pub fn keys_with_prefix(prefix: &str) -> Result<Vec<String>, String> {
    let storage = storage()?;
    let count = storage.length().map_err(describe)?;
    let mut keys: Vec<String> =
        (0..count).filter_map(|i| storage.key(i).ok().flatten()).filter(|key| key.starts_with(prefix)).collect();
    keys.sort();
    Ok(keys)
}

/// The first file of a file input's change event; the input is cleared so that picking the
/// same file again fires again.
pub fn picked_file(event: &web_sys::Event) -> Option<web_sys::File> {
    let input: web_sys::HtmlInputElement = event.target()?.dyn_into().ok()?;
    let file = input.files().and_then(|files| files.get(0));
    input.set_value("");
    file
}

/// The first file dropped by a drag-and-drop event.
pub fn dropped_file(event: &web_sys::DragEvent) -> Option<web_sys::File> {
    event.data_transfer()?.files()?.get(0)
}

/// The bytes of one of the app's own static files (same origin), e.g. `questionnaires/demo.yaml`.
/// The request starts when this is called, not when its result is awaited, so that several
/// can be under way at once.
pub fn fetch_bytes(path: &str) -> impl Future<Output = Result<Vec<u8>, String>> {
    let request = window().map(|window| JsFuture::from(window.fetch_with_str(path)));
    let path = path.to_owned();
    async move {
        let response: Response = request?.await.map_err(describe)?.dyn_into().map_err(describe)?;
        if !response.ok() {
            return Err(format!("{path}: HTTP {}", response.status()));
        }
        let buffer = JsFuture::from(response.array_buffer().map_err(describe)?).await.map_err(describe)?;
        Ok(Uint8Array::new(&buffer).to_vec())
    }
}

/// Lets the browser handle input and paint before the caller goes on (a zero-delay timer).
pub async fn yield_to_browser() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Ok(window) = window() {
            let _ = window.set_timeout_with_callback(&resolve);
        }
    });
    let _ = JsFuture::from(promise).await;
}

/// The bytes of a file the person picked; the file never leaves the machine.
pub async fn read_file(file: &web_sys::File) -> Result<Vec<u8>, String> {
    let buffer = JsFuture::from(file.array_buffer()).await.map_err(describe)?;
    Ok(Uint8Array::new(&buffer).to_vec())
}

/// Offers `bytes` as a file download.
pub fn download(bytes: &[u8], filename: &str, mime: &str) -> Result<(), String> {
    let parts = Array::of1(&Uint8Array::from(bytes));
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    let blob = Blob::new_with_u8_array_sequence_and_options(&parts, &options).map_err(describe)?;
    let url = Url::create_object_url_with_blob(&blob).map_err(describe)?;
    let document = window()?.document().ok_or("no document")?;
    let anchor: HtmlAnchorElement = document
        .create_element("a")
        .map_err(describe)?
        .dyn_into()
        .map_err(|_| "could not create a link element".to_owned())?;
    anchor.set_href(&url);
    anchor.set_download(filename);
    anchor.click();
    // Revoking at once can cancel the download in some browsers; free the memory later.
    leptos::prelude::set_timeout(
        move || {
            let _ = Url::revoke_object_url(&url);
        },
        std::time::Duration::from_secs(60),
    );
    Ok(())
}

/// The browser's service worker container, if it has one (not in insecure contexts or old
/// browsers: those just get no offline mode).
fn service_workers() -> Option<web_sys::ServiceWorkerContainer> {
    let navigator = window().ok()?.navigator();
    let present = js_sys::Reflect::get(&navigator, &JsValue::from_str("serviceWorker")).ok()?;
    if present.is_undefined() {
        return None;
    }
    Some(navigator.service_worker())
}

/// Registers the offline service worker `sw.js` (scope: the whole app), when the browser has
/// service workers; returns whether it asked. A failed registration only costs offline mode.
pub fn register_service_worker() -> bool {
    let Some(container) = service_workers() else { return false };
    let registering = JsFuture::from(container.register("./sw.js"));
    wasm_bindgen_futures::spawn_local(async move {
        if let Err(error) = registering.await {
            leptos::logging::warn!("offline mode unavailable: {}", describe(error));
        }
    });
    true
}

/// Resolves once a service worker is active for this page, i.e. has cached the whole app
/// (its install step finishes only after caching every file); an error without service workers.
pub async fn service_worker_ready() -> Result<(), String> {
    let container = service_workers().ok_or("this browser has no service workers")?;
    JsFuture::from(container.ready().map_err(describe)?).await.map_err(describe)?;
    Ok(())
}

/// Whether the browser believes it is online (`navigator.onLine`).
pub fn is_online() -> bool {
    window().map(|w| w.navigator().on_line()).unwrap_or(true)
}

/// Calls `changed` with the new state whenever the browser goes online or offline. The
/// listeners live as long as the page (the status they feed is always shown).
pub fn on_online_change(changed: impl Fn(bool) + 'static) -> Result<(), String> {
    let window = window()?;
    let changed = std::rc::Rc::new(changed);
    for (event, online) in [("online", true), ("offline", false)] {
        let changed = changed.clone();
        let listener = wasm_bindgen::closure::Closure::<dyn Fn()>::new(move || changed(online));
        window.add_event_listener_with_callback(event, listener.as_ref().unchecked_ref()).map_err(describe)?;
        listener.forget();
    }
    Ok(())
}

pub fn now() -> Timestamp {
    Timestamp((js_sys::Date::now() / 1000.0) as i64)
}

/// Milliseconds since the epoch, with sub-millisecond precision where the browser offers it.
pub fn now_millis() -> f64 {
    js_sys::Date::now()
}

pub fn random_u16() -> u16 {
    (js_sys::Math::random() * 65536.0) as u16
}

/// The page's location hash without its `#`.
pub fn hash() -> String {
    window().and_then(|w| w.location().hash().map_err(describe)).unwrap_or_default().trim_start_matches('#').to_owned()
}

/// Sets the location hash (a new history entry, so Back returns to the previous view).
pub fn set_hash(hash: &str) {
    if let Ok(window) = window() {
        let _ = window.location().set_hash(hash);
    }
}

/// Calls `changed` whenever the location hash changes (Back, Forward, an edited address).
pub fn on_hash_change(changed: impl Fn() + 'static) {
    let Ok(window) = window() else { return };
    let closure = wasm_bindgen::closure::Closure::<dyn Fn()>::new(changed);
    let _ = window.add_event_listener_with_callback("hashchange", closure.as_ref().unchecked_ref());
    // Lives as long as the page.
    closure.forget();
}

/// Calls `changed(key, new value)` whenever another tab or window of this site changes local
/// storage (`None`: the key was removed). The tab that wrote is never told. Lives as long as
/// the page.
pub fn on_storage_change(changed: impl Fn(String, Option<String>) + 'static) {
    let Ok(window) = window() else { return };
    let closure =
        wasm_bindgen::closure::Closure::<dyn Fn(web_sys::StorageEvent)>::new(move |event: web_sys::StorageEvent| {
            // A `clear()` elsewhere has no key: every saved assessment is gone.
            changed(event.key().unwrap_or_default(), event.new_value())
        });
    let _ = window.add_event_listener_with_callback("storage", closure.as_ref().unchecked_ref());
    closure.forget();
}

/// Calls `leaving()` when the page is hidden (another tab, minimised) or unloaded: the last
/// moment to write what must not be lost. Lives as long as the page.
pub fn on_leaving(leaving: impl Fn() + 'static) {
    let Ok(window) = window() else { return };
    let closure = wasm_bindgen::closure::Closure::<dyn Fn()>::new(leaving);
    let _ = window.add_event_listener_with_callback("pagehide", closure.as_ref().unchecked_ref());
    if let Some(document) = window.document() {
        let _ = document.add_event_listener_with_callback("visibilitychange", closure.as_ref().unchecked_ref());
    }
    closure.forget();
}

/// Runs `task` once the next frame is on screen, so that it does not delay that frame; at the
/// latest after [`AFTER_PAINT_LIMIT`], since a hidden page paints no frames. `task` must be
/// harmless to run twice.
pub fn after_next_paint(task: impl Fn() + Clone + 'static) {
    let late = task.clone();
    leptos::prelude::request_animation_frame(move || leptos::prelude::set_timeout(task, Duration::ZERO));
    leptos::prelude::set_timeout(late, AFTER_PAINT_LIMIT);
}

/// See [`after_next_paint`].
const AFTER_PAINT_LIMIT: Duration = Duration::from_millis(100);

/// Moves the keyboard focus to the element with this id once the view has rendered, and
/// scrolls it into view.
pub fn focus_soon(id: String) {
    leptos::prelude::request_animation_frame(move || {
        let element = window()
            .ok()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(&id))
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(element) = element {
            let _ = element.focus();
            element.scroll_into_view_with_bool(false);
        }
    });
}

/// The page address's query, e.g. `?selftest=panic`.
pub fn query() -> String {
    window().and_then(|w| w.location().search().map_err(describe)).unwrap_or_default()
}

/// The user's preferred languages, most preferred first (`navigator.languages`).
pub fn preferred_languages() -> Vec<String> {
    let Some(window) = web_sys::window() else { return Vec::new() };
    window.navigator().languages().iter().filter_map(|code| code.as_string()).collect()
}

/// Sets the page's language (`<html lang>`), which screen readers and hyphenation follow.
pub fn set_document_language(code: &str) {
    if let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
        let _ = root.set_attribute("lang", code);
    }
}
