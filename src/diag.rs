//! Diagnostics: every problem found in an input file, as data.
//!
//! Validation never stops at the first problem: it returns the value it could build (if any)
//! together with every [`Diagnostic`]. Codes are stable, kebab-case and documented in
//! `docs/diagnostics.md`; tests and scripts may rely on them.

use std::fmt;

use annotate_snippets::{AnnotationKind, Level, Origin, Renderer, Snippet};
use serde::Serialize;

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

/// A diagnostic together with the file it belongs to, rendered like a compiler's message by
/// annotate-snippets: `error[code]: message`, the file and position, the source line with a
/// caret under the offending token labelled with the document path, then the hint.
pub struct InFile<'a> {
    pub file: &'a str,
    pub diagnostic: &'a Diagnostic,
    /// The file's text, to quote the offending line under the message.
    pub source: Option<&'a str>,
}

impl fmt::Display for InFile<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let d = self.diagnostic;
        let level = match d.severity {
            Severity::Error => Level::ERROR,
            Severity::Warning => Level::WARNING,
        };
        let title = level.primary_title(d.message.as_str()).id(d.code);
        let label = if d.path.is_empty() { None } else { Some(format!("at {}", d.path)) };
        let quoted = match (self.source, d.line, d.column) {
            (Some(source), Some(line), Some(column)) => source.lines().nth(line.saturating_sub(1)).map(|text| {
                let span = token_span(text, column);
                Snippet::source(text)
                    .line_start(line)
                    .path(self.file)
                    .annotation(AnnotationKind::Primary.span(span).label(label.clone()))
            }),
            _ => None,
        };
        let group = match quoted {
            Some(snippet) => title.element(snippet),
            None => {
                let mut origin = Origin::path(self.file);
                if let (Some(line), Some(column)) = (d.line, d.column) {
                    origin = origin.line(line).char_column(column);
                }
                let group = title.element(origin);
                match &label {
                    Some(label) => group.element(Level::NOTE.message(label.as_str())),
                    None => group,
                }
            }
        };
        let group = if d.hint.is_empty() { group } else { group.element(Level::HELP.message(d.hint.as_str())) };
        write!(f, "{}", Renderer::plain().render(&[group]))
    }
}

/// The byte range of the token starting at the 1-based character `column` of `line`: a quoted
/// string to its closing quote, a plain scalar up to the next space or YAML punctuation, an
/// opening bracket alone.
fn token_span(line: &str, column: usize) -> std::ops::Range<usize> {
    let start = line.char_indices().nth(column.saturating_sub(1)).map_or(line.len(), |(i, _)| i);
    let rest = &line[start..];
    let len = match rest.chars().next() {
        None => 0,
        Some(quote @ ('"' | '\'')) => rest[1..].find(quote).map_or(rest.len(), |i| i + 2),
        Some(c @ ('{' | '[' | '-')) => c.len_utf8(),
        Some(_) => rest
            .char_indices()
            .find(|&(i, c)| i > 0 && (c.is_whitespace() || matches!(c, ',' | ']' | '}' | '#' | ':')))
            .map_or(rest.len(), |(i, _)| i),
    };
    start..start + len
}

/// Characters as a warning names them: `"字" (U+5B57), …`.
pub fn describe_characters(characters: &[char]) -> String {
    let listed: Vec<String> = characters.iter().map(|c| format!("\"{c}\" (U+{:04X})", u32::from(*c))).collect();
    listed.join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_underlined_whole() {
        let line = r#"  a: {na: "We have none", w: 2}"#;
        assert_eq!(&line[token_span(line, 6)], "{");
        assert_eq!(&line[token_span(line, 11)], r#""We have none""#);
        assert_eq!(&line[token_span(line, 6 + 1)], "na");
        assert_eq!(token_span("x", 5), 1..1);
    }
}
