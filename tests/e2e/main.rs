//! End-to-end tests: the built app (`dist/`, from `trunk build --release`) in headless
//! Chromium, driven through chromedriver by fantoccini.
//!
//! They need the release build and Debian's chromium + chromium-driver (`scripts/test` does
//! both). Under CI (`CI=true`) a missing prerequisite fails the test; elsewhere it is skipped
//! with the reason printed.

mod a11y;
mod browser;
mod criteria;
mod exports;
mod faults;
mod hostile;
#[path = "../common/hostile_cases.rs"]
mod hostile_cases;
mod languages;
mod offline;
mod operator;
mod pdf_worker;
mod privacy;
mod pseudo;
mod server;
mod sessions;
mod walkthrough;
