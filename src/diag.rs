//! Diagnostics: every problem found in an input file, as data.
//!
//! Validation never stops at the first problem: it returns the value it could build (if any)
//! together with every [`Diagnostic`]. Codes are stable, kebab-case and documented in
//! `docs/diagnostics.md`; tests and scripts may rely on them.

use serde::Serialize;
use std::fmt;

/// How bad a problem is. Errors make a file unusable; warnings do not.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

/// One located problem in one file.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Diagnostic {
    pub severity: Severity,
    /// Stable kebab-case identifier, e.g. `duplicate-id`.
    pub code: &'static str,
    /// Where in the document, e.g. `sections[2].criteria[AC-01].weight`; empty for the root.
    pub path: String,
    /// 1-based line, when known.
    pub line: Option<usize>,
    /// 1-based column, when known.
    pub column: Option<usize>,
    /// Lowercase, one line, says what is wrong.
    pub message: String,
    /// One line, says how to fix it.
    pub hint: String,
}

impl Diagnostic {
    pub fn error(code: &'static str, path: impl Into<String>, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            code,
            path: path.into(),
            line: None,
            column: None,
            message: message.into(),
            hint: String::new(),
        }
    }

    pub fn warning(code: &'static str, path: impl Into<String>, message: impl Into<String>) -> Self {
        Diagnostic { severity: Severity::Warning, ..Diagnostic::error(code, path, message) }
    }

    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = hint.into();
        self
    }

    pub fn at(mut self, line: usize, column: usize) -> Self {
        self.line = Some(line);
        self.column = Some(column);
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// True when any diagnostic is an error.
pub fn has_errors(diagnostics: &[Diagnostic]) -> bool {
    diagnostics.iter().any(Diagnostic::is_error)
}

/// A diagnostic together with the file it belongs to, rendered one per line:
/// `file:line:column: error[code]: message (at path)` followed by an indented hint.
pub struct InFile<'a> {
    pub file: &'a str,
    pub diagnostic: &'a Diagnostic,
    /// The file's text, to quote the offending line under the message.
    pub source: Option<&'a str>,
}

impl fmt::Display for InFile<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let d = self.diagnostic;
        write!(f, "{}", self.file)?;
        if let (Some(line), Some(column)) = (d.line, d.column) {
            write!(f, ":{line}:{column}")?;
        }
        let severity = match d.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(f, ": {severity}[{}]: {}", d.code, d.message)?;
        if !d.path.is_empty() {
            write!(f, " (at {})", d.path)?;
        }
        if let (Some(source), Some(line), Some(column)) = (self.source, d.line, d.column) {
            if let Some(text) = source.lines().nth(line.saturating_sub(1)) {
                let gutter = line.to_string();
                let pad = " ".repeat(gutter.len());
                let caret_at: String =
                    text.chars().take(column.saturating_sub(1)).map(|c| if c == '\t' { '\t' } else { ' ' }).collect();
                write!(f, "\n{pad} |\n{gutter} | {text}\n{pad} | {caret_at}^")?;
            }
        }
        if !d.hint.is_empty() {
            write!(f, "\n  = hint: {}", d.hint)?;
        }
        Ok(())
    }
}
