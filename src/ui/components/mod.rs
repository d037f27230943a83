//! Reusable pieces of the walk-through.

pub mod criterion;
pub mod notice;
pub mod offline;
pub mod scorecard;
pub mod subject;
