//! The integration tests: one binary, data-driven cases under `tests/data/`.
//!
//! Golden files (`*.expected`) are re-blessed with `BLESS=1 cargo test --test it`; review the
//! diff before committing it.

mod architecture;
mod bundled;
mod c2m2;
mod catalog;
mod cli;
mod diff;
mod fuzz_regressions;
mod hostile;
mod html;
mod integrity;
mod migrate;
mod oscal;
mod oscal_export;
mod pdf;
mod properties;
mod report_languages;
mod samm;
mod schema;
mod scoring;
mod support;
mod synthetic_inputs;
mod table;
mod validation;
mod yaml;
