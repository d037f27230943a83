//! The app's user-facing text, in one place: the string catalog that components read.

/// The footer once the service worker has cached the whole app.
pub const OFFLINE_AVAILABLE: &str = "Available offline";
/// The footer while the browser reports no network.
pub const OFFLINE_NOW: &str = "Offline — your answers keep being saved in this browser";
