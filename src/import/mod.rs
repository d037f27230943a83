//! Converters from other schemes' published models into a criteria file.
//!
//! Like the rest of the core, importers read no files: the caller passes the files' contents in
//! and writes the resulting criteria text out. Problems come back as [`Diagnostic`]s.
//!
//! [`Diagnostic`]: crate::diag::Diagnostic

#[cfg(feature = "interop")]
pub mod oscal;
pub mod out;
pub mod samm;
#[cfg(feature = "interop")]
pub mod table;
