//! Reusable pieces of the walk-through.

pub mod criterion;
pub mod notice;
pub mod scorecard;
pub mod subject;
