//! The PDF engine's Web Worker: a second wasm (entry `src/bin/certready-pdf.rs`, feature
//! `worker`, built by Trunk) holding the PDF engine (`crate::pdf`) and the fonts, which
//! the page's wasm (feature `web`) never links: the page stays small and never freezes while a
//! report is made. [`protocol`] is shared by both sides (the page's is `ui::pdf_worker`); the
//! [`engine`] parses, scores, builds and renders (or verifies) each job with the core
//! functions, reporting stages on the way. The page cancels a job by terminating the worker.
//! Besides `src/ui/`, the only code that names `web_sys`.

pub mod protocol;

#[cfg(feature = "worker")]
pub mod engine;

/// The worker's script, relative to the page (Trunk's loader shim for the worker's wasm).
pub const SCRIPT: &str = "certready-pdf_loader.js";
