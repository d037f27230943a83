//! Reusable pieces of the pages.

pub mod criterion;
pub mod dropzone;
pub mod language;
pub mod notice;
pub mod offline;
pub mod scorecard;
pub mod subject;
pub mod verify;
