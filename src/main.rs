//! The web entry point built by Trunk: install the panic view, mount the app. Nothing else.

fn main() {
    certready::ui::install_panic_view();
    leptos::mount::mount_to_body(certready::ui::App);
}
