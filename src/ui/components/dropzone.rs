//! A drop zone: a file dropped on it, or chosen with its button, is handed to `on_file`.

use leptos::prelude::*;

use crate::ui::browser;

#[component]
pub fn DropZone(
    /// The section's id; the title's is `<id>-title`.
    id: &'static str,
    /// The file input's id (tests and the button's label use it).
    input_id: &'static str,
    title: String,
    help: String,
    choose: String,
    /// The file types offered by the chooser, e.g. ".pdf".
    accept: &'static str,
    on_file: Callback<web_sys::File>,
    /// Shown under the button (e.g. the outcome for the last file).
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView {
    let dragging = RwSignal::new(false);
    let title_id = format!("{id}-title");
    let labelled_by = title_id.clone();
    view! {
        <section
            id=id
            class="dropzone"
            class:dragging=move || dragging.get()
            aria-labelledby=labelled_by
            on:dragover=move |ev: leptos::ev::DragEvent| {
                ev.prevent_default();
                dragging.set(true);
            }
            on:dragleave=move |_| dragging.set(false)
            on:drop=move |ev: leptos::ev::DragEvent| {
                ev.prevent_default();
                dragging.set(false);
                if let Some(file) = browser::dropped_file(&ev) {
                    on_file.run(file);
                }
            }
        >
            <h2 id=title_id>{title}</h2>
            <p class="muted">{help}</p>
            <input
                id=input_id
                class="visually-hidden"
                type="file"
                accept=accept
                on:change=move |ev| {
                    if let Some(file) = browser::picked_file(&ev) {
                        on_file.run(file);
                    }
                }
            />
            <label class="button" for=input_id>{choose}</label>
            {children.map(|children| children())}
        </section>
    }
}
