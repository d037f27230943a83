//! Converters from certready's files into other schemes' formats (no file access, no clock: the
//! caller passes the time in).

pub mod oscal;
