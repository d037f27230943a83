//! certready: security certification self-assessment.
//!
//! Data flows one way, and the modules are listed in that order:
//! criteria and assessment YAML are parsed and validated into the [`model`] (every problem
//! becomes a [`diag::Diagnostic`]), [`scoring::score`] turns a questionnaire and an assessment
//! into a [`scoring::Scorecard`], [`report::build`] turns those into plain [`report::Report`]
//! data, and [`pdf::render`] turns a report into PDF bytes that carry the two source files
//! ([`pdf::verify`] checks a PDF against them; feature `pdf`). The browser app ([`ui`], feature
//! `web`), its PDF Web Worker ([`worker`], feature `worker`) and the CLI (`src/bin/certready.rs`,
//! feature `cli`) are thin shells around this core:
//! they own files, clocks, fonts and the DOM; the core owns none of them.
//!
//! [`diff`] compares two versions of a criteria file and [`migrate`] carries an assessment
//! forward to a new one; [`worklist`] picks the criteria the
//! walk-through shows (filters, search, next unanswered).
//!
//! See `ARCHITECTURE.md` for the codemap and the invariants.

pub mod diag;
pub mod diff;
#[cfg(feature = "interop")]
pub mod export;
pub mod i18n;
pub mod import;
pub mod migrate;
pub mod model;
#[cfg(feature = "pdf")]
pub mod pdf;
pub mod report;
pub mod scoring;
pub mod time;
pub mod worklist;

#[cfg(feature = "web")]
pub mod ui;
#[cfg(any(feature = "web", feature = "worker"))]
pub mod worker;
