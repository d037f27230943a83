//! Shape and type checks: every unknown field, missing field and wrongly typed value, in one pass.
//!
//! serde stops at its first error. To report them all, the document is parsed once into a
//! [`serde_yaml::Value`] and deserialized into the raw mirror from there; each failure yields one
//! error and its path (`serde_path_to_error`), the offending node is neutralised (an unknown key
//! removed, a wrongly typed value dropped, a missing required field filled with a placeholder),
//! and deserializing is tried again. The neutralised paths are returned as *poisoned*: semantic
//! checks that later fire at, under or directly above them are follow-ups, not new problems.

use serde::de::DeserializeOwned;
use serde_yaml::{Mapping, Value};

use super::locate::{LazyLocations, Step};
use crate::diag::Diagnostic;

/// After this many shape errors the file is plainly not a file of this kind; stop there.
const MAX_SHAPE_ERRORS: usize = 100;
/// Attempts, counting those whose error was a follow-up and not reported: a bound that holds
/// even if a placeholder were ever of the wrong type and the same spot failed over and over.
const MAX_ATTEMPTS: usize = 4 * MAX_SHAPE_ERRORS;

/// The outcome of [`deserialize`].
pub struct Shaped<T> {
    /// The deserialized value, when the document (after neutralising) has the right shape.
    pub value: Option<T>,
    pub diagnostics: Vec<Diagnostic>,
    /// Paths of the nodes that were neutralised.
    pub poisoned: Vec<Vec<Step>>,
}

/// Deserialize `document`, reporting every shape problem located through `locations`.
pub fn deserialize<T: DeserializeOwned>(mut document: Value, locations: &LazyLocations, source: &str) -> Shaped<T> {
    let mut diagnostics = Vec::new();
    let mut poisoned: Vec<Vec<Step>> = Vec::new();
    for _ in 0..MAX_ATTEMPTS {
        let error = match serde_path_to_error::deserialize::<_, T>(&document) {
            Ok(value) => return Shaped { value: Some(value), diagnostics, poisoned },
            Err(error) => error,
        };
        let steps: Vec<Step> = error.path().iter().filter_map(step).collect();
        let message = friendly(&error.inner().to_string(), node(&document, &steps));
        let problem = Problem::classify(&message);
        let at = match &problem {
            Problem::MissingField(field) => [steps.as_slice(), &[Step::Key(field.clone())]].concat(),
            _ => steps.clone(),
        };
        if !poisoned.iter().any(|p| at.starts_with(p)) {
            let mut diagnostic = Diagnostic::error(problem.code(), shown_path(&document, &at), message.clone())
                .with_hint(problem.hint(&document, &steps, &message, locations.find(&steps), source));
            let position = match problem {
                Problem::UnknownField => locations.find_key(&at),
                Problem::MissingField(_) => locations.find(&steps),
                Problem::WrongType => locations.find(&at),
            };
            if let Some((line, column)) = position {
                diagnostic = diagnostic.at(line, column);
            }
            diagnostics.push(diagnostic);
        }
        poisoned.push(at);
        if diagnostics.len() >= MAX_SHAPE_ERRORS {
            break;
        }
        if !neutralise(&mut document, &steps, &problem, &message) {
            return Shaped { value: None, diagnostics, poisoned };
        }
    }
    let mut stop = Diagnostic::error(
        "too-many-errors",
        "",
        format!("stopped after {} problems with the file's structure", diagnostics.len()),
    )
    .with_hint("fix the problems above first; is this the right kind of file?");
    (stop.line, stop.column) = diagnostics.last().map_or((Some(1), Some(1)), |d| (d.line, d.column));
    diagnostics.push(stop);
    Shaped { value: None, diagnostics, poisoned }
}

enum Problem {
    UnknownField,
    MissingField(String),
    WrongType,
}

impl Problem {
    fn classify(message: &str) -> Problem {
        if message.starts_with("unknown field") {
            Problem::UnknownField
        } else if let Some(rest) = message.strip_prefix("missing field `") {
            Problem::MissingField(rest.split('`').next().unwrap_or_default().to_owned())
        } else {
            Problem::WrongType
        }
    }

    fn code(&self) -> &'static str {
        match self {
            Problem::UnknownField => "unknown-field",
            Problem::MissingField(_) => "missing-field",
            Problem::WrongType => "wrong-type",
        }
    }

    /// A hint that names the YAML 1.1 trap when the value fell into one, where a misplaced field
    /// belongs, and the option ids a condition can name.
    fn hint(
        &self,
        document: &Value,
        steps: &[Step],
        message: &str,
        at: Option<(usize, usize)>,
        source: &str,
    ) -> String {
        let value = node(document, steps);
        match self {
            Problem::UnknownField => misplaced_field(message)
                .unwrap_or_else(|| "check the spelling; the expected fields are listed in the message".into()),
            Problem::MissingField(field) => format!("add `{field}:` here"),
            Problem::WrongType => match value {
                Some(Value::String(text)) if message.contains("expected a boolean") && is_yaml11_bool(text) => {
                    format!("YAML 1.2 reads `{text}` as text, not a yes/no value: write true or false")
                }
                Some(Value::String(text))
                    if message.contains("expected a number") && text.trim().parse::<f64>().is_ok() =>
                {
                    format!("remove the quotes: \"{text}\" is text, and this field takes a number ({})", text.trim())
                }
                Some(Value::Number(_) | Value::Bool(_)) if message.contains("expected a string") => {
                    let written = at.map(|(line, column)| token_at(source, line, column)).unwrap_or_default();
                    match condition_options(document, steps) {
                        Some((criterion, scale, options)) => format!(
                            "put the option id in quotes (\"{written}\"): unquoted, YAML reads it as a number or \
                             yes/no; `{criterion}` answers on scale `{scale}`, whose option ids are: {}",
                            options.join(", ")
                        ),
                        None => format!(
                            "put the value in quotes (\"{written}\"): unquoted, YAML reads it as a number or yes/no, \
                             and `1.10` would become 1.1"
                        ),
                    }
                }
                _ if message.contains("must be a finite number") => {
                    "write an ordinary number, e.g. 1, 0.5 or 2: YAML cannot hold a number this large".into()
                }
                _ => "check the value's type against the format (docs/formats.md)".into(),
            },
        }
    }
}

/// Criteria fields written on a section: where they belong instead.
fn misplaced_field(message: &str) -> Option<String> {
    let field = message.strip_prefix("unknown field `")?.split('`').next()?;
    // Only a section's fields end with `criteria`.
    if !message.ends_with("`sections`, `criteria`") {
        return None;
    }
    match field {
        "profiles" => Some(
            "`profiles` belongs on criteria: each criterion lists the profiles it applies to \
             (`profiles: [depot]`), and the top-level `profiles` defines them; a section has none, so \
             give the list to each of its criteria"
                .into(),
        ),
        "scale" | "critical" | "level" | "na" | "when" | "tags" | "references" => Some(format!(
            "`{field}` belongs on criteria, not on a section: give it to each criterion of the section \
             (or set a default for the whole file under `defaults`, where there is one)"
        )),
        _ => None,
    }
}

/// For a value of a condition's `in` list: the criterion the condition reads, its scale and
/// that scale's option ids, looked up in the document as written.
fn condition_options(document: &Value, steps: &[Step]) -> Option<(String, String, Vec<String>)> {
    let (Step::Index(_), rest) = steps.split_last()? else { return None };
    let (Step::Key(key), condition_at) = rest.split_last()? else { return None };
    if key != "in" {
        return None;
    }
    let criterion = node(document, condition_at)?.get("criterion")?.as_str()?.to_owned();
    let found = find_criterion(document.get("sections")?, &criterion)?;
    let scale = match found.get("scale").and_then(Value::as_str) {
        Some(scale) => scale.to_owned(),
        None => document
            .get("defaults")
            .and_then(|d| d.get("scale"))
            .and_then(Value::as_str)
            .unwrap_or("compliance")
            .to_owned(),
    };
    let options = document.get("scales")?.get(scale.as_str())?.get("options")?.as_sequence()?;
    let ids = options.iter().filter_map(|o| o.get("id")?.as_str().map(|id| format!("\"{id}\""))).collect();
    Some((criterion, scale, ids))
}

/// The criterion with id `id` among `sections` and their sub-sections.
fn find_criterion<'a>(sections: &'a Value, id: &str) -> Option<&'a Value> {
    sections.as_sequence()?.iter().find_map(|section| {
        let criteria = section.get("criteria").and_then(Value::as_sequence);
        criteria
            .and_then(|c| c.iter().find(|c| c.get("id").and_then(Value::as_str) == Some(id)))
            .or_else(|| find_criterion(section.get("sections")?, id))
    })
}

/// `yes`, `No`, `on`, `OFF`…: booleans in YAML 1.1, plain text in YAML 1.2 (which we read).
fn is_yaml11_bool(text: &str) -> bool {
    matches!(text.to_ascii_lowercase().as_str(), "yes" | "no" | "on" | "off" | "y" | "n")
}

/// The plain token written at a position, for quoting it back in a hint.
fn token_at(source: &str, line: usize, column: usize) -> String {
    let text = source.lines().nth(line.saturating_sub(1)).unwrap_or_default();
    text.chars()
        .skip(column.saturating_sub(1))
        .take_while(|c| !c.is_whitespace() && !matches!(c, ',' | ']' | '}' | '#'))
        .collect()
}

/// serde's words for Rust types, in the words of the file format. A number too large for a
/// float (`1e309`) reaches serde as text; it is named for what it is.
fn friendly(message: &str, value: Option<&Value>) -> String {
    if let Some(Value::String(text)) = value {
        let overflows = text.parse::<f64>().is_ok_and(f64::is_infinite) && !text.to_ascii_lowercase().contains("inf");
        if overflows && message.contains("expected f64") {
            return format!("invalid number `{text}`: too large (it would be infinite); it must be a finite number");
        }
    }
    let mut out =
        message.replace("expected f64", "expected a number").replace("expected u32", "expected a whole number");
    while let Some(start) = out.find("expected struct ") {
        let name_end = out[start + 16..].find(|c: char| !c.is_alphanumeric()).map_or(out.len(), |i| start + 16 + i);
        out.replace_range(start..name_end, "expected a mapping");
    }
    out
}

fn step(segment: &serde_path_to_error::Segment) -> Option<Step> {
    match segment {
        serde_path_to_error::Segment::Seq { index } => Some(Step::Index(*index)),
        serde_path_to_error::Segment::Map { key } => Some(Step::Key(key.clone())),
        _ => None,
    }
}

fn node<'a>(document: &'a Value, steps: &[Step]) -> Option<&'a Value> {
    steps.iter().try_fold(document, |value, step| match step {
        Step::Key(key) => value.get(key.as_str()),
        Step::Index(index) => value.get(*index),
    })
}

fn node_mut<'a>(document: &'a mut Value, steps: &[Step]) -> Option<&'a mut Value> {
    steps.iter().try_fold(document, |value, step| match step {
        Step::Key(key) => value.get_mut(key.as_str()),
        Step::Index(index) => value.get_mut(*index),
    })
}

/// `sections[2].criteria[AC-01].weight`: list items that have an `id` show it.
pub fn shown_path(document: &Value, steps: &[Step]) -> String {
    let mut shown = String::new();
    let mut value = Some(document);
    for step in steps {
        match step {
            Step::Key(key) => {
                if !shown.is_empty() {
                    shown.push('.');
                }
                shown.push_str(key);
                value = value.and_then(|v| v.get(key.as_str()));
            }
            Step::Index(index) => {
                value = value.and_then(|v| v.get(*index));
                match value.and_then(|v| v.get("id")).and_then(Value::as_str) {
                    Some(id) if !id.is_empty() => shown.push_str(&format!("[{id}]")),
                    _ => shown.push_str(&format!("[{index}]")),
                }
            }
        }
    }
    shown
}

/// Make the reported problem go away so that the next attempt finds the next one. Returns false
/// when that is not possible (the document root itself is wrong).
fn neutralise(document: &mut Value, steps: &[Step], problem: &Problem, message: &str) -> bool {
    if let Problem::MissingField(field) = problem {
        let Some(Value::Mapping(map)) = node_mut(document, steps) else { return false };
        let Some(placeholder) = placeholder_for_field(field) else { return false };
        map.insert(Value::String(field.clone()), placeholder);
        return true;
    }
    let Some((last, parent)) = steps.split_last() else { return false };
    match (node_mut(document, parent), last) {
        (Some(Value::Mapping(map)), Step::Key(key)) => map.remove(key.as_str()).is_some(),
        (Some(Value::Sequence(items)), Step::Index(index)) if *index < items.len() => {
            match placeholder_for_expected(message) {
                Some(placeholder) => items[*index] = placeholder,
                None => {
                    items.remove(*index);
                }
            }
            true
        }
        _ => false,
    }
}

/// A stand-in for a required field that is missing or had to be dropped.
fn placeholder_for_field(field: &str) -> Option<Value> {
    match field {
        "id" | "format" | "version" | "title" | "text" | "label" | "criterion" => Some(Value::String(String::new())),
        "value" | "min" => Some(Value::Number(0.into())),
        "questionnaire" | "subject" => Some(Value::Mapping(Mapping::new())),
        "options" | "sections" | "criteria" | "in" => Some(Value::Sequence(Vec::new())),
        _ => None,
    }
}

/// A stand-in for a wrongly typed list item, of the type the message says was expected.
fn placeholder_for_expected(message: &str) -> Option<Value> {
    let expected = message.split("expected ").nth(1)?;
    if expected.starts_with("a mapping") || expected.starts_with("a map") {
        Some(Value::Mapping(Mapping::new()))
    } else if expected.starts_with("a string") {
        Some(Value::String(String::new()))
    } else if expected.starts_with("a number") {
        Some(Value::Number(0.into()))
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rust_type_names_become_format_words() {
        assert_eq!(
            friendly("invalid type: string \"x\", expected struct RawCriterion", None),
            "invalid type: string \"x\", expected a mapping"
        );
        assert_eq!(
            friendly("invalid type: string \"x\", expected f64", None),
            "invalid type: string \"x\", expected a number"
        );
        let huge = Value::String("-1e309".into());
        assert!(friendly("invalid type: string \"-1e309\", expected f64", Some(&huge)).contains("finite number"));
    }

    #[test]
    fn tokens_are_quoted_back_as_written() {
        assert_eq!(token_at("a: 1\nversion: 1.10 # c\n", 2, 10), "1.10");
        assert_eq!(token_at("x: [1.10, 2]\n", 1, 5), "1.10");
    }
}
