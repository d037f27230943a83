//! Raw YAML to validated model, reporting every problem in one pass.
//!
//! The pipeline for both file kinds is the same: size cap, UTF-8, YAML syntax, format marker,
//! serde into the [`raw`](super::raw) mirror (shape and types), then the semantic checks here.
//! A problem never stops the checks that do not depend on it. Nothing in here panics.

use std::collections::{BTreeMap, HashMap};

use sha2::{Digest, Sha256};

use super::locate::{LazyLocations, Locations, Step};
use super::raw::*;
use super::shape;
use super::*;
use crate::diag::{has_errors, Diagnostic};

/// Files larger than this are refused before parsing (a criteria file of 10,000 criteria is
/// about 3 MB).
pub const MAX_INPUT_BYTES: usize = 16 * 1024 * 1024;

/// At most this many criteria in a criteria file, and answers in an assessment: twice the
/// largest scheme benchmarked (10,000), and what a browser tab still validates, scores and
/// lists at once. More is refused before the file is checked further.
pub const MAX_CRITERIA: usize = 20_000;

/// Answers to ids the criteria do not have are listed one by one up to this many, then summed up.
const MAX_UNKNOWN_LISTED: usize = 20;

/// The size cap, for callers that know a file's size before reading it (the CLI checks the
/// file's metadata, so that a 50 MB file is not read at all).
pub fn check_size(len: u64) -> Option<Diagnostic> {
    (len > MAX_INPUT_BYTES as u64).then(|| {
        Diagnostic::error("file-too-large", "", format!("file is {len} bytes; the limit is {MAX_INPUT_BYTES} bytes"))
            .with_hint("split the file, or check that this is the file you meant to open")
            .at(1, 1)
    })
}

/// Parse and validate a criteria file. Returns the questionnaire unless there were errors,
/// and every diagnostic (errors and warnings) either way.
pub fn parse_questionnaire(bytes: &[u8]) -> (Option<Questionnaire>, Vec<Diagnostic>) {
    parse(bytes, QUESTIONNAIRE_FORMAT, |checker, raw: RawQuestionnaire| checker.questionnaire(raw, sha256_hex(bytes)))
}

/// Parse an assessment file and check it against the questionnaire it answers.
pub fn parse_assessment(bytes: &[u8], questionnaire: &Questionnaire) -> (Option<Assessment>, Vec<Diagnostic>) {
    parse(bytes, ASSESSMENT_FORMAT, |checker, assessment: Assessment| {
        checker.assessment(&assessment, questionnaire);
        assessment
    })
}

/// Read an assessment file on its own: its shape and types, without a questionnaire to check
/// it against (for carrying it forward to another version of its criteria).
pub fn read_assessment(bytes: &[u8]) -> (Option<Assessment>, Vec<Diagnostic>) {
    parse(bytes, ASSESSMENT_FORMAT, |_, assessment: Assessment| assessment)
}

/// The pipeline both file kinds share: decode, deserialize into `Raw`, then `check` it into
/// the model. The value is returned only when no diagnostic is an error.
fn parse<Raw: serde::de::DeserializeOwned, T>(
    bytes: &[u8],
    format: &str,
    check: impl FnOnce(&mut Checker, Raw) -> T,
) -> (Option<T>, Vec<Diagnostic>) {
    let mut diagnostics = Vec::new();
    let Some((source, document)) = decode(bytes, format, &mut diagnostics) else {
        return (None, diagnostics);
    };
    let locations = LazyLocations::new(source);
    let shaped = shape::deserialize::<Raw>(document, &locations, source);
    diagnostics.extend(shaped.diagnostics);
    let Some(raw) = shaped.value else {
        return (None, diagnostics);
    };
    let mut checker = Checker { locations, diagnostics, poisoned: shaped.poisoned };
    let value = check(&mut checker, raw);
    let diagnostics = checker.diagnostics;
    if has_errors(&diagnostics) {
        (None, diagnostics)
    } else {
        (Some(value), diagnostics)
    }
}

pub fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes).iter().map(|b| format!("{b:02x}")).collect()
}

/// Size cap, UTF-8, byte-order mark, YAML syntax and the format marker. Returns the text and
/// its YAML document when all of them pass.
fn decode<'a>(
    bytes: &'a [u8],
    expected_format: &str,
    out: &mut Vec<Diagnostic>,
) -> Option<(&'a str, serde_yaml::Value)> {
    if let Some(too_large) = check_size(bytes.len() as u64) {
        out.push(too_large);
        return None;
    }
    let source = match std::str::from_utf8(bytes) {
        Ok(source) => source,
        Err(error) => {
            let (line, column) = line_and_column(bytes, error.valid_up_to());
            let utf16 = bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]);
            let diagnostic = if utf16 {
                Diagnostic::error("invalid-utf8", "", "file is UTF-16 text, not UTF-8")
                    .with_hint("save the file as UTF-8 (in most editors: Save as, Encoding: UTF-8)")
            } else {
                Diagnostic::error("invalid-utf8", "", "file is not valid UTF-8")
                    .with_hint("save the file as UTF-8 text; this byte is in another encoding (e.g. Latin-1)")
            };
            out.push(diagnostic.at(line, column));
            return None;
        }
    };
    let source = source.strip_prefix('\u{feff}').unwrap_or(source);
    out.extend(bidi_controls(source));
    if let Some(over) = over_cap(source, expected_format, false) {
        out.push(over);
        return None;
    }
    let value: serde_yaml::Value = match serde_yaml::from_str(source) {
        Ok(value) => value,
        Err(error) => {
            out.push(over_cap(source, expected_format, true).unwrap_or_else(|| syntax_diagnostic(&error, source)));
            return None;
        }
    };
    let kind = expected_format.split('/').next().unwrap_or_default();
    let found = match value.get("format") {
        Some(serde_yaml::Value::String(found)) => found.clone(),
        Some(_) | None if value.as_mapping().is_none() => {
            let message = if value.is_null() { "file is empty" } else { "file is not a YAML mapping" };
            out.push(
                Diagnostic::error("wrong-type", "", message)
                    .with_hint(format!("a {kind} file starts with `format: {expected_format}`"))
                    .at(1, 1),
            );
            return None;
        }
        _ => {
            out.push(
                Diagnostic::error("missing-format", "format", "missing format marker")
                    .with_hint(format!("add `format: {expected_format}` as the first line"))
                    .at(1, 1),
            );
            return None;
        }
    };
    if found != expected_format {
        let (line, column) = Locations::index(source).find(&[Step::Key("format".into())]).unwrap_or((1, 1));
        let diagnostic = match found.split_once('/') {
            Some((found_kind, version)) if found_kind == kind => Diagnostic::error(
                "unsupported-format-version",
                "format",
                format!("this is a {found} file; this version of certready reads {expected_format}"),
            )
            .with_hint(format!(
                "version {version} is newer than this tool: update certready, or ask the file's author for a {expected_format} file"
            )),
            Some((found_kind, _)) => Diagnostic::error(
                "wrong-file-kind",
                "format",
                format!("this is {} file, not {} file", with_article(found_kind), with_article(kind)),
            )
            .with_hint(format!("open it where {} file is expected", with_article(found_kind))),
            None => Diagnostic::error("unknown-format", "format", format!("unknown format `{found}`"))
                .with_hint(format!("a {kind} file starts with `format: {expected_format}`")),
        };
        out.push(diagnostic.at(line, column));
        return None;
    }
    Some((source, value))
}

/// The first criterion (or answer) over [`MAX_CRITERIA`], or the first collection nested too
/// deeply, refused before the file is parsed into a document: a file of 100,000 criteria is
/// refused after reading a fifth of it, and 10,000 nested brackets without the parser's
/// quadratic time. With `parse_failed`, only block nesting is looked for: a file that cannot
/// be over the cap skips the counting pass, and is told when the parser refuses it for depth.
fn over_cap(source: &str, format: &str, parse_failed: bool) -> Option<Diagnostic> {
    let assessment = format == ASSESSMENT_FORMAT;
    let key = if assessment { "answers" } else { "criteria" };
    let found = if parse_failed {
        super::locate::item_over(source, key, usize::MAX)
    } else if let Some(position) = super::locate::flow_too_deep(source) {
        Some((super::locate::Over::Depth, position))
    } else if super::locate::may_hold_more_items(source, MAX_CRITERIA) {
        super::locate::item_over(source, key, MAX_CRITERIA)
    } else {
        None
    };
    let (over, (line, column)) = found?;
    let diagnostic = if over == super::locate::Over::Depth {
        Diagnostic::error(
            "yaml-syntax",
            "",
            format!("the document is nested too deeply (more than {} levels)", super::locate::MAX_DEPTH),
        )
        .with_hint("criteria files nest a few levels deep; check the brackets and indentation")
    } else if assessment {
        Diagnostic::error(
            "too-many-answers",
            "answers",
            format!(
                "more than {MAX_CRITERIA} answers, the most criteria a criteria file may have: this is answer {}",
                MAX_CRITERIA + 1
            ),
        )
        .with_hint("is this the assessment for these criteria? Answers to ids the criteria do not have can be removed")
    } else {
        Diagnostic::error(
            "too-many-criteria",
            "",
            format!(
                "more than {MAX_CRITERIA} criteria, the most a criteria file may have: this is criterion {}",
                MAX_CRITERIA + 1
            ),
        )
        .with_hint("split the scheme into several criteria files, or check that the file was generated as intended")
    };
    Some(diagnostic.at(line, column))
}

/// `an assessment`, `a questionnaire`.
fn with_article(noun: &str) -> String {
    let article = if noun.starts_with(['a', 'e', 'i', 'o', 'u']) { "an" } else { "a" };
    format!("{article} {noun}")
}

/// A YAML syntax error (or a recursion / alias limit of the parser), located.
fn syntax_diagnostic(error: &serde_yaml::Error, source: &str) -> Diagnostic {
    let text = error.to_string();
    let message = text.split(" at line ").next().unwrap_or(&text);
    if let Some(opened) = text.split(", while scanning a quoted scalar at line ").nth(1) {
        // An unclosed quote is found at the end of the file; point at where it opens.
        let mut numbers = opened.split(" column ").map(|n| n.trim().parse::<usize>());
        if let (Some(Ok(line)), Some(Ok(column))) = (numbers.next(), numbers.next()) {
            return Diagnostic::error("yaml-syntax", "", "a quoted string is not closed")
                .with_hint("close the quote, or escape the quote characters inside the text")
                .at(line, column);
        }
    }
    let (message, hint) = if message.contains("more than one document") {
        ("the file holds more than one YAML document", "a criteria or assessment file is one document: remove the second `---` and what follows, or split the file")
    } else if message.contains("repetition limit") {
        (
            "aliases (`*name`) expand to too much data",
            "a criteria file needs no alias that repeats large parts; write the content out, or remove the aliases",
        )
    } else if message.contains("recursion limit") {
        (
            "the document is nested too deeply (more than 128 levels)",
            "criteria files nest a few levels deep; check the brackets and indentation",
        )
    } else if message.contains("control characters are not allowed") {
        if let Some((offset, c)) = source.char_indices().find(|&(_, c)| is_forbidden_control(c)) {
            let (line, column) = line_and_column(source.as_bytes(), offset);
            let name = if c == '\0' { " (NUL)".to_owned() } else { String::new() };
            return Diagnostic::error(
                "yaml-syntax",
                "",
                format!("the file contains the control character U+{:04X}{name}, which YAML does not allow", c as u32),
            )
            .with_hint("remove it; NUL bytes usually mean a binary file, or text saved as UTF-16 instead of UTF-8")
            .at(line, column);
        }
        (message, "remove the control character; YAML allows only tabs, line breaks and printable text")
    } else if message.contains("tab character") {
        (message, "YAML indents with spaces only: replace the tab at the start of this line with spaces")
    } else if let Some(key) = duplicate_key(message) {
        if let Some((line, column)) = super::locate::first_duplicate_key(source) {
            return Diagnostic::error("yaml-syntax", "", format!("the key `{key}` appears twice in the same mapping"))
                .with_hint("keep one of them: YAML keys are unique within a mapping")
                .at(line, column);
        }
        (message, "keep one of them: YAML keys are unique within a mapping")
    } else {
        (message, "check the YAML syntax around this position (indentation, quotes, colons)")
    };
    let (line, column) = match error.location() {
        Some(location) => (location.line(), location.column()),
        None => super::locate::unplaced_problem(source),
    };
    Diagnostic::error("yaml-syntax", "", message).with_hint(hint).at(line, column)
}

/// The characters YAML 1.2 does not allow in a stream (c-printable's complement).
fn is_forbidden_control(c: char) -> bool {
    c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\u{85}')
}

/// The key of serde_yaml's `...: duplicate entry with key "text"`.
fn duplicate_key(message: &str) -> Option<String> {
    let quoted = message.split("duplicate entry with key ").nth(1)?;
    Some(quoted.trim_matches('"').to_owned())
}

/// Warnings for the invisible characters that start reordering how text is displayed (the
/// embeddings, overrides and isolates U+202A/B/D/E and U+2066 to U+2068): a criterion could then read differently on screen and in the
/// PDF from what the file says ("Trojan Source"). The first five are placed, then counted.
fn bidi_controls(source: &str) -> Vec<Diagnostic> {
    const LISTED: usize = 5;
    let found: Vec<(usize, char)> = source
        .char_indices()
        .filter(|(_, c)| matches!(c, '\u{202A}' | '\u{202B}' | '\u{202D}' | '\u{202E}' | '\u{2066}'..='\u{2068}'))
        .collect();
    let mut warnings = Vec::new();
    for (listed, &(offset, character)) in found.iter().enumerate().take(LISTED) {
        let (line, column) = line_and_column(source.as_bytes(), offset);
        let more = if listed + 1 == LISTED && found.len() > LISTED {
            format!(" ({} more in the file)", found.len() - LISTED)
        } else {
            String::new()
        };
        warnings.push(
            Diagnostic::warning(
                "bidi-control",
                "",
                format!("invisible bidirectional control character U+{:04X}{more}", u32::from(character)),
            )
            .with_hint("it reorders how the text around it is displayed; remove it unless the language needs it")
            .at(line, column),
        );
    }
    warnings
}

fn line_and_column(bytes: &[u8], offset: usize) -> (usize, usize) {
    let before = &bytes[..offset.min(bytes.len())];
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let line_start = before.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
    let column = String::from_utf8_lossy(&before[line_start..]).chars().count() + 1;
    (line, column)
}

/// A location in the document: the steps to find it and the form shown to people, where list
/// items with an id show the id (`sections[2].criteria[AC-01].weight`).
#[derive(Clone, Default)]
struct DocPath {
    steps: Vec<Step>,
    shown: String,
}

impl DocPath {
    fn key(&self, key: &str) -> DocPath {
        let mut steps = self.steps.clone();
        steps.push(Step::Key(key.to_owned()));
        let shown = if self.shown.is_empty() { key.to_owned() } else { format!("{}.{key}", self.shown) };
        DocPath { steps, shown }
    }

    fn item(&self, index: usize, id: Option<&str>) -> DocPath {
        let mut steps = self.steps.clone();
        steps.push(Step::Index(index));
        let label = match id {
            Some(id) if !id.is_empty() => id.to_owned(),
            _ => index.to_string(),
        };
        DocPath { steps, shown: format!("{}[{label}]", self.shown) }
    }
}

struct Checker<'a> {
    locations: LazyLocations<'a>,
    diagnostics: Vec<Diagnostic>,
    /// Paths that had shape errors; what fires at, under or directly above them is a follow-up.
    poisoned: Vec<Vec<Step>>,
}

/// Where a criterion id was first defined, for duplicate and forward-reference checks.
struct Defined {
    index: usize,
    /// Its path in the file (its line is looked up only for a duplicate).
    at: Vec<Step>,
}

impl Checker<'_> {
    fn report(&mut self, mut diagnostic: Diagnostic, at: &DocPath) {
        let follow_up = self
            .poisoned
            .iter()
            .any(|p| at.steps.starts_with(p) || (p.len() == at.steps.len() + 1 && p.starts_with(&at.steps)));
        if follow_up {
            return;
        }
        if let Some((line, column)) = self.locations.find(&at.steps) {
            diagnostic = diagnostic.at(line, column);
        }
        self.diagnostics.push(diagnostic);
    }

    fn error(&mut self, code: &'static str, at: &DocPath, message: String, hint: &str) {
        self.report(Diagnostic::error(code, at.shown.clone(), message).with_hint(hint), at);
    }

    fn warning(&mut self, code: &'static str, at: &DocPath, message: String, hint: &str) {
        self.report(Diagnostic::warning(code, at.shown.clone(), message).with_hint(hint), at);
    }

    /// " (first at line N)" for an id first defined at `steps`.
    fn first_at(&self, steps: &[Step]) -> String {
        self.locations.find(steps).map_or(String::new(), |(line, _)| format!(" (first at line {line})"))
    }

    fn text(&mut self, raw: RawText, languages: &[String], at: &DocPath) -> Text {
        let missing: Vec<String> = match &raw {
            RawText::Plain(_) => languages.iter().skip(1).map(|l| format!("`{l}`")).collect(),
            RawText::Localized(texts) => {
                languages.iter().skip(1).filter(|l| !texts.contains_key(*l)).map(|l| format!("`{l}`")).collect()
            }
        };
        if !missing.is_empty() {
            self.warning(
                "missing-translation",
                at,
                format!("no text in {}, which `languages` lists", missing.join(", ")),
                "add the translation (e.g. `{en: ..., fr: ...}`); until then the app and the report show the default language",
            );
        }
        match raw {
            RawText::Plain(text) => Text::plain(text),
            RawText::Localized(mut texts) => {
                let default_language = &languages[0];
                for language in texts.keys() {
                    if !languages.contains(language) {
                        self.warning(
                            "unknown-language",
                            at,
                            format!("text in `{language}`, which is not in `languages`"),
                            "add the language to `languages`, or fix the language code",
                        );
                    }
                }
                let default = texts.remove(default_language).unwrap_or_else(|| {
                    self.error(
                        "missing-default-language",
                        at,
                        format!("no text in the default language `{default_language}`"),
                        "every text needs the first language of `languages`",
                    );
                    String::new()
                });
                Text { default, translations: texts }
            }
        }
    }

    fn weight(&mut self, weight: Option<f64>, default: f64, at: &DocPath) -> f64 {
        match weight {
            Some(w) if w.is_finite() && w >= 0.0 => w,
            Some(w) => {
                self.error(
                    "invalid-weight",
                    at,
                    format!("weight {w} is not a finite number of at least 0"),
                    "use a weight like 1, 2 or 0.5; 0 excludes the item from its section's mean",
                );
                default
            }
            None => default,
        }
    }

    fn threshold(&mut self, value: Option<f64>, at: &DocPath) -> Option<f64> {
        let value = value?;
        if (0.0..=1.0).contains(&value) {
            Some(value)
        } else if !value.is_finite() {
            self.error(
                "threshold-out-of-range",
                at,
                format!("threshold {value} is not a finite number; it must be in [0, 1]"),
                "thresholds are fractions of the maximum: 0.8 means 80 %",
            );
            None
        } else {
            self.error(
                "threshold-out-of-range",
                at,
                format!("threshold {value} is outside [0, 1]"),
                "thresholds are fractions of the maximum: 0.8 means 80 %",
            );
            None
        }
    }

    fn id(&mut self, id: &str, at: &DocPath) {
        let valid = !id.is_empty() && id.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'));
        if !valid {
            self.error(
                "invalid-id",
                at,
                format!("id `{id}` is empty or has characters other than letters, digits, `-`, `_`, `.`"),
                "ids are stable keys that assessments refer to: use e.g. `AC-01`",
            );
        }
    }

    fn questionnaire(&mut self, raw: RawQuestionnaire, sha256: String) -> Questionnaire {
        let root = DocPath::default();
        if raw.id.is_empty() || !raw.id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-') {
            self.error(
                "invalid-id",
                &root.key("id"),
                format!("questionnaire id `{}` must match [a-z0-9-]+", raw.id),
                "use a short, stable, lowercase id such as `postal-security`",
            );
        }
        if raw.version.trim().is_empty() {
            self.error(
                "missing-version",
                &root.key("version"),
                "version is empty".into(),
                "give the criteria version, e.g. \"2026.1\"",
            );
        }
        let languages = if raw.languages.is_empty() { vec!["en".to_owned()] } else { raw.languages };
        let title = self.text(raw.title, &languages, &root.key("title"));
        let publisher = raw.publisher.map(|t| self.text(t, &languages, &root.key("publisher")));
        let description = raw.description.map(|t| self.text(t, &languages, &root.key("description")));
        let disclaimer = raw.disclaimer.map(|t| self.text(t, &languages, &root.key("disclaimer")));
        let marking = raw.marking.map(|t| self.text(t, &languages, &root.key("marking")));

        let mut profiles: Vec<Profile> = Vec::new();
        for (i, profile) in raw.profiles.into_iter().enumerate() {
            let at = root.key("profiles").item(i, Some(&profile.id));
            self.id(&profile.id, &at.key("id"));
            if profiles.iter().any(|p| p.id == profile.id) {
                self.error(
                    "duplicate-id",
                    &at.key("id"),
                    format!("profile `{}` is defined twice", profile.id),
                    "give each profile its own id",
                );
            }
            let title = self.text(profile.title, &languages, &at.key("title"));
            let description = profile.description.map(|t| self.text(t, &languages, &at.key("description")));
            profiles.push(Profile { id: profile.id, title, description });
        }

        let mut scales = BTreeMap::new();
        for (id, scale) in raw.scales {
            let at = root.key("scales").key(&id);
            scales.insert(id.clone(), self.scale(id, scale, &languages, &at));
        }

        let defaults_at = root.key("defaults");
        let default_scale_named = raw.defaults.scale.is_some();
        let default_scale = raw.defaults.scale.unwrap_or_else(|| "compliance".to_owned());
        let default_weight = self.weight(raw.defaults.weight, 1.0, &defaults_at.key("weight"));
        let default_na = match raw.defaults.na.as_deref() {
            None => NaPolicy::WithJustification,
            Some(name) => self.na_policy(name, &defaults_at.key("na")),
        };

        let scoring = self.scoring(raw.scoring, &languages, &root.key("scoring"));

        // An undefined default scale is reported once: here when `defaults.scale` names it, else
        // at the first criterion that relies on it.
        let default_scale_reported = !scales.contains_key(&default_scale) && default_scale_named;
        if default_scale_reported {
            self.error(
                "unknown-scale",
                &defaults_at.key("scale"),
                format!("default scale `{default_scale}` is not defined"),
                &undefined_default_scale_hint(&default_scale, &scales),
            );
        }

        let mut context = SectionContext {
            default_scale_reported,
            languages: &languages,
            default_scale: &default_scale,
            default_weight,
            default_na,
            profiles: &profiles,
            scales: &scales,
            criteria: Vec::new(),
            criterion_ids: HashMap::new(),
            section_ids: HashMap::new(),
            raw_conditions: Vec::new(),
            when_graph: HashMap::new(),
        };
        let sections_at = root.key("sections");
        if raw.sections.is_empty() {
            self.error(
                "empty-questionnaire",
                &root,
                "the questionnaire has no sections".into(),
                "add at least one section with criteria",
            );
        }
        let mut sections = Vec::new();
        for (i, section) in raw.sections.into_iter().enumerate() {
            let at = sections_at.item(i, Some(&section.id));
            let top = section.id.clone();
            sections.push(self.section(section, &at, &top, false, &mut context));
        }
        self.conditions(&mut context);
        let migrations = self.migrations(raw.migrations, &raw.version, &context.criterion_ids, &root.key("migrations"));
        let criteria = context.criteria;

        Questionnaire {
            id: raw.id,
            version: raw.version,
            title,
            languages: languages.clone(),
            publisher,
            published: raw.published,
            license: raw.license,
            description,
            disclaimer,
            marking,
            profiles,
            scales,
            scoring,
            sections,
            criteria,
            sha256,
            migrations,
        }
    }

    /// The `migrations:` maps: each `from` once and not this version, every old id valid, every
    /// `to` id a criterion of this file (once per list, and the list not empty).
    fn migrations(
        &mut self,
        raw: Vec<RawMigration>,
        version: &str,
        criterion_ids: &HashMap<String, Defined>,
        at: &DocPath,
    ) -> Vec<Migration> {
        let mut out: Vec<Migration> = Vec::new();
        for (i, migration) in raw.into_iter().enumerate() {
            let entry_at = at.item(i, None);
            let from_at = entry_at.key("from");
            if migration.from.trim().is_empty() {
                self.error(
                    "missing-version",
                    &from_at,
                    "`from` is empty".into(),
                    "give the earlier version this map carries assessments from, e.g. \"2025.1\"",
                );
            } else if migration.from == version {
                self.error(
                    "migration-same-version",
                    &from_at,
                    format!("a migration map from version {version} to itself"),
                    "`from` names an earlier version of this file; this file is the version the map leads to",
                );
            }
            if out.iter().any(|m| m.from == migration.from) {
                self.error(
                    "migration-duplicate",
                    &from_at,
                    format!("there are two migration maps from version {}", migration.from),
                    "merge them into one entry: each earlier version has one map",
                );
            }
            let mut criteria = BTreeMap::new();
            for (old, target) in migration.criteria {
                let old_at = entry_at.key("criteria").key(&old);
                self.id(&old, &old_at);
                let target = match target {
                    RawMigrationTarget::Plain(word) if word == "removed" => MigrationTarget::Removed,
                    RawMigrationTarget::Plain(id) => {
                        self.migration_target(&id, &old, criterion_ids, &old_at);
                        MigrationTarget::To { ids: vec![id], reconfirm: false }
                    }
                    RawMigrationTarget::To(to) => {
                        let ids = to.to.ids().to_vec();
                        let to_at = old_at.key("to");
                        if ids.is_empty() {
                            self.error(
                                "invalid-value",
                                &to_at,
                                format!("`{old}` moves to an empty list of criteria"),
                                "name the criteria it became, or write `removed`",
                            );
                        }
                        for (j, id) in ids.iter().enumerate() {
                            let id_at =
                                if matches!(to.to, RawIds::Many(_)) { to_at.item(j, None) } else { to_at.clone() };
                            if ids[..j].contains(id) {
                                self.error(
                                    "migration-duplicate",
                                    &id_at,
                                    format!("`{id}` is listed twice in the criteria `{old}` became"),
                                    "list each new criterion once",
                                );
                            }
                            self.migration_target(id, &old, criterion_ids, &id_at);
                        }
                        MigrationTarget::To { ids, reconfirm: to.reconfirm }
                    }
                };
                criteria.insert(old, target);
            }
            out.push(Migration { from: migration.from, criteria });
        }
        out
    }

    fn migration_target(&mut self, id: &str, old: &str, criterion_ids: &HashMap<String, Defined>, at: &DocPath) {
        if !criterion_ids.contains_key(id) {
            self.error(
                "migration-unknown-target",
                at,
                format!("`{old}` moves to `{id}`, which is not a criterion of this file"),
                "name a criterion of this version (a map leads to this file), or write `removed`",
            );
        }
    }

    fn scale(&mut self, id: String, raw: RawScale, languages: &[String], at: &DocPath) -> Scale {
        let mut options: Vec<ScaleOption> = Vec::new();
        if raw.options.is_empty() {
            self.error(
                "empty-scale",
                at,
                format!("scale `{id}` has no options"),
                "give the scale at least two options",
            );
        }
        for (i, option) in raw.options.into_iter().enumerate() {
            let option_at = at.key("options").item(i, Some(&option.id));
            self.id(&option.id, &option_at.key("id"));
            if options.iter().any(|o| o.id == option.id) {
                self.error(
                    "duplicate-id",
                    &option_at.key("id"),
                    format!("option `{}` appears twice in scale `{id}`", option.id),
                    "give each option its own id",
                );
            }
            if !option.value.is_finite() || option.value < 0.0 {
                self.error(
                    "invalid-option-value",
                    &option_at.key("value"),
                    format!("option value {} is not a finite number of at least 0", option.value),
                    "option values run from 0 (worst) to the scale's maximum (fully met)",
                );
            }
            let label = self.text(option.label, languages, &option_at.key("label"));
            options.push(ScaleOption { id: option.id, label, value: option.value });
        }
        let max = options.iter().map(|o| o.value).filter(|v| v.is_finite()).fold(0.0, f64::max);
        if !options.is_empty() && max <= 0.0 {
            self.error(
                "scale-without-maximum",
                at,
                format!("no option of scale `{id}` has a value above 0"),
                "the best option's value defines \"fully met\"; give it a positive value",
            );
        }
        Scale { id, options, max }
    }

    fn na_policy(&mut self, name: &str, at: &DocPath) -> NaPolicy {
        NaPolicy::parse(name).unwrap_or_else(|| {
            self.error(
                "invalid-value",
                at,
                format!("`{name}` is not an N/A policy"),
                "use forbidden, allowed or with-justification",
            );
            NaPolicy::WithJustification
        })
    }

    fn aggregate(&mut self, name: Option<&str>, at: &DocPath) -> Aggregate {
        let Some(name) = name else { return Aggregate::WeightedMean };
        Aggregate::parse(name).unwrap_or_else(|| {
            self.error(
                "unknown-aggregate",
                at,
                format!("`{name}` is not an aggregate"),
                &format!("use one of: {}", Aggregate::NAMES.join(", ")),
            );
            Aggregate::WeightedMean
        })
    }

    fn scoring(&mut self, raw: RawScoring, languages: &[String], at: &DocPath) -> ScoringRules {
        let aggregate = self.aggregate(raw.aggregate.as_deref(), &at.key("aggregate"));
        let pass_at = at.key("pass");
        let pass_overall = self.threshold(raw.pass.overall, &pass_at.key("overall"));
        let pass_each_section = self.threshold(raw.pass.each_section, &pass_at.key("each_section"));
        let critical_all_met = match raw.pass.critical.as_deref() {
            None | Some("all-met") => true,
            Some("none") => false,
            Some(other) => {
                self.error(
                    "invalid-value",
                    &pass_at.key("critical"),
                    format!("`{other}` is not a critical rule"),
                    "use all-met (every applicable critical criterion fully met) or none",
                );
                true
            }
        };
        let mut bands: Vec<Band> = Vec::new();
        for (i, band) in raw.bands.into_iter().enumerate() {
            let band_at = at.key("bands").item(i, Some(&band.id));
            if bands.iter().any(|b| b.id == band.id) {
                self.error(
                    "duplicate-id",
                    &band_at.key("id"),
                    format!("band `{}` is defined twice", band.id),
                    "give each band its own id",
                );
            }
            let min = self.threshold(Some(band.min), &band_at.key("min")).unwrap_or(0.0);
            let label = self.text(band.label, languages, &band_at.key("label"));
            bands.push(Band { id: band.id, min, label });
        }
        bands.sort_by(|a, b| b.min.total_cmp(&a.min));
        ScoringRules { aggregate, pass_overall, pass_each_section, critical_all_met, bands }
    }

    fn section(
        &mut self,
        raw: RawSection,
        at: &DocPath,
        top: &str,
        maturity_parent: bool,
        context: &mut SectionContext,
    ) -> Section {
        self.id(&raw.id, &at.key("id"));
        if let Some(first) = context.section_ids.get(&raw.id) {
            let first = self.first_at(first);
            self.error(
                "duplicate-id",
                &at.key("id"),
                format!("section `{}` is defined twice{first}", raw.id),
                "section ids must be unique in the file",
            );
        } else {
            context.section_ids.insert(raw.id.clone(), at.steps.clone());
        }
        let title = self.text(raw.title, context.languages, &at.key("title"));
        let description = raw.description.map(|t| self.text(t, context.languages, &at.key("description")));
        let weight = self.weight(raw.weight, 1.0, &at.key("weight"));
        let aggregate = self.aggregate(raw.aggregate.as_deref(), &at.key("aggregate"));
        let maturity = maturity_parent || aggregate == Aggregate::MaturityLevel;
        let achieved_at = self.achieved_at(raw.achieved_at, aggregate, &at.key("achieved_at"));
        if raw.sections.is_empty() && raw.criteria.is_empty() {
            self.error(
                "empty-section",
                at,
                format!("section `{}` has no criteria and no sections", raw.id),
                "add criteria, or remove the section",
            );
        }
        if raw.sections.is_empty() && raw.criteria.len() == 1 {
            self.warning(
                "single-criterion-section",
                at,
                format!("section `{}` has a single criterion", raw.id),
                "that criterion carries the section's whole weight: merge it into a related section, or add the criteria the section is missing",
            );
        }
        let mut sections = Vec::new();
        for (i, child) in raw.sections.into_iter().enumerate() {
            let child_at = at.key("sections").item(i, Some(&child.id));
            sections.push(self.section(child, &child_at, top, maturity, context));
        }
        let mut criteria = Vec::new();
        let mut weights = Vec::new();
        for (i, criterion) in raw.criteria.into_iter().enumerate() {
            let criterion_at = at.key("criteria").item(i, Some(&criterion.id));
            let index = self.criterion(criterion, &criterion_at, top, maturity, context);
            weights.push(context.criteria[index].weight);
            criteria.push(index);
        }
        weights.extend(sections.iter().map(|s| s.weight));
        if aggregate == Aggregate::WeightedMean && !weights.is_empty() && weights.iter().all(|&w| w == 0.0) {
            self.warning(
                "all-weights-zero",
                at,
                format!("every weight in section `{}` is 0", raw.id),
                "the section then counts its children equally; give them weights",
            );
        }
        Section { id: raw.id, title, description, weight, aggregate, achieved_at, sections, criteria }
    }

    /// `achieved_at` is a fraction, and only means something to a `maturity-level` section.
    fn achieved_at(&mut self, value: Option<f64>, aggregate: Aggregate, at: &DocPath) -> Option<f64> {
        if value.is_some() && aggregate != Aggregate::MaturityLevel {
            self.error(
                "achieved-at-without-maturity",
                at,
                "`achieved_at` is only used by a `maturity-level` section".into(),
                "set `aggregate: maturity-level` on the section, or remove `achieved_at`",
            );
            return None;
        }
        self.threshold(value, at)
    }

    fn criterion(
        &mut self,
        raw: RawCriterion,
        at: &DocPath,
        top: &str,
        maturity: bool,
        context: &mut SectionContext,
    ) -> usize {
        let index = context.criteria.len();
        self.id(&raw.id, &at.key("id"));
        if let Some(first) = context.criterion_ids.get(&raw.id) {
            let first = self.first_at(&first.at);
            self.error(
                "duplicate-id",
                &at.key("id"),
                format!("criterion `{}` is defined twice{first}", raw.id),
                "criterion ids must be unique in the whole file",
            );
        } else {
            context.criterion_ids.insert(raw.id.clone(), Defined { index, at: at.steps.clone() });
        }
        let languages = context.languages;
        let text = self.text(raw.text, languages, &at.key("text"));
        let guidance = raw.guidance.map(|t| self.text(t, languages, &at.key("guidance")));
        let remediation = raw.remediation.map(|t| self.text(t, languages, &at.key("remediation")));
        if guidance.is_none() {
            self.warning(
                "missing-guidance",
                at,
                format!("criterion `{}` has no guidance", raw.id),
                "say what \"fully met\" looks like, so operators answer consistently",
            );
        }
        if remediation.is_none() {
            self.warning(
                "missing-remediation",
                at,
                format!("criterion `{}` has no remediation", raw.id),
                "say what to do when it is not met: it goes into the gap register",
            );
        }
        let evidence = raw
            .evidence
            .into_iter()
            .enumerate()
            .map(|(i, t)| self.text(t, languages, &at.key("evidence").item(i, None)))
            .collect();
        let uses_default = raw.scale.is_none();
        let scale = raw.scale.unwrap_or_else(|| context.default_scale.to_owned());
        if uses_default && !context.scales.contains_key(&scale) {
            if !context.default_scale_reported {
                context.default_scale_reported = true;
                self.error(
                    "unknown-scale",
                    &at.key("id"),
                    format!(
                        "default scale `{scale}` is not defined: this criterion and every later one without \
                         `scale` use it (reported once)"
                    ),
                    &undefined_default_scale_hint(&scale, context.scales),
                );
            }
        } else if !context.scales.contains_key(&scale) {
            let known: Vec<&str> = context.scales.keys().map(String::as_str).collect();
            self.error(
                "unknown-scale",
                &at.key("scale"),
                format!("scale `{scale}` is not defined"),
                &if known.is_empty() {
                    format!("no scale is built in: define `{scale}` under `scales`")
                } else {
                    format!("define it under `scales`, or use one of: {}", known.join(", "))
                },
            );
        }
        let weight = self.weight(raw.weight, context.default_weight, &at.key("weight"));
        let na = match raw.na.as_deref() {
            Some(name) => self.na_policy(name, &at.key("na")),
            None => context.default_na,
        };
        if raw.critical && na == NaPolicy::Allowed {
            self.error(
                "critical-na-unjustified",
                &at.key("na"),
                format!("critical criterion `{}` may be marked N/A without a justification", raw.id),
                "use `na: with-justification` or `na: forbidden`, so a critical requirement is never waved away silently",
            );
        }
        if raw.level.is_some() && !maturity {
            self.error(
                "level-without-maturity",
                &at.key("level"),
                "`level` is only used under a `maturity-level` section".into(),
                "set `aggregate: maturity-level` on the section, or remove `level`",
            );
        }
        let profiles = raw.profiles.unwrap_or_default();
        for (i, profile) in profiles.iter().enumerate() {
            if !context.profiles.iter().any(|p| &p.id == profile) {
                self.error(
                    "unknown-profile",
                    &at.key("profiles").item(i, None),
                    format!("profile `{profile}` is not defined"),
                    "define it under `profiles`, or fix the spelling",
                );
            }
        }
        if let Some(condition) = raw.when {
            context.raw_conditions.push((index, condition, at.key("when")));
        }
        context.criteria.push(Criterion {
            id: raw.id,
            text,
            guidance,
            evidence,
            remediation,
            references: raw.references,
            scale,
            weight,
            critical: raw.critical,
            level: raw.level,
            na,
            profiles,
            when: None,
            tags: raw.tags,
            top_section: top.to_owned(),
        });
        index
    }

    /// `when` conditions are checked once all criteria are known, so that a reference to a
    /// later criterion is reported as such rather than as unknown.
    fn conditions(&mut self, context: &mut SectionContext) {
        let raw_conditions = std::mem::take(&mut context.raw_conditions);
        for (owner, raw, _) in &raw_conditions {
            let mut targets = Vec::new();
            referenced_ids(raw, &mut targets);
            let targets = targets.iter().filter_map(|id| context.criterion_ids.get(*id)).map(|d| d.index).collect();
            context.when_graph.insert(*owner, targets);
        }
        for (index, raw, at) in raw_conditions {
            let condition = self.condition(raw, index, &at, context);
            context.criteria[index].when = condition;
        }
    }

    fn condition(
        &mut self,
        raw: RawCondition,
        owner: usize,
        at: &DocPath,
        context: &SectionContext,
    ) -> Option<Condition> {
        let forms = [
            raw.criterion.is_some() || raw.in_options.is_some(),
            raw.all.is_some(),
            raw.any.is_some(),
            raw.not.is_some(),
        ];
        if forms.iter().filter(|&&f| f).count() != 1 {
            self.error(
                "invalid-condition",
                at,
                "a condition needs exactly one of {criterion, in}, all, any, not".into(),
                "e.g. `when: {criterion: AC-00, in: [met]}` or `when: {all: [...]}`",
            );
            return None;
        }
        let list = |checker: &mut Checker, items: Vec<RawCondition>, key: &str| -> Option<Vec<Condition>> {
            let mut out = Vec::new();
            for (i, item) in items.into_iter().enumerate() {
                out.push(checker.condition(item, owner, &at.key(key).item(i, None), context));
            }
            out.into_iter().collect()
        };
        if let Some(items) = raw.all {
            return list(self, items, "all").map(Condition::All);
        }
        if let Some(items) = raw.any {
            return list(self, items, "any").map(Condition::Any);
        }
        if let Some(inner) = raw.not {
            return self.condition(*inner, owner, &at.key("not"), context).map(|c| Condition::Not(Box::new(c)));
        }
        let (Some(criterion), Some(options)) = (raw.criterion, raw.in_options) else {
            self.error(
                "invalid-condition",
                at,
                "`criterion` and `in` go together".into(),
                "e.g. `when: {criterion: AC-00, in: [met]}`",
            );
            return None;
        };
        let Some(target) = context.criterion_ids.get(&criterion) else {
            self.error(
                "unknown-criterion",
                &at.key("criterion"),
                format!("criterion `{criterion}` is not defined"),
                "refer to the id of an earlier criterion",
            );
            return None;
        };
        // A cycle is reported once, where it goes forward in the file.
        let cycle = if target.index >= owner { cycle_through(&context.when_graph, owner, target.index) } else { None };
        if let Some(cycle) = cycle {
            let ids: Vec<&str> = cycle.iter().map(|&i| context.criteria[i].id.as_str()).collect();
            self.error(
                "when-cycle",
                &at.key("criterion"),
                format!("conditions refer to each other in a cycle: {}", ids.join(" -> ")),
                "a condition can only depend on criteria answered before this one; break the cycle",
            );
            return None;
        }
        if target.index >= owner {
            let which = if target.index == owner { "itself" } else { "a later criterion" };
            self.error(
                "when-forward-reference",
                &at.key("criterion"),
                format!("the condition refers to {which} (`{criterion}`)"),
                "a condition can only depend on criteria answered before this one",
            );
            return None;
        }
        let (owner_profiles, target_profiles) =
            (&context.criteria[owner].profiles, &context.criteria[target.index].profiles);
        if !owner_profiles.is_empty()
            && !target_profiles.is_empty()
            && !owner_profiles.iter().any(|p| target_profiles.contains(p))
        {
            self.error(
                "when-unanswerable",
                &at.key("criterion"),
                format!(
                    "`{criterion}` applies only to profiles [{}] and this criterion only to [{}]: the condition can never be answered",
                    target_profiles.join(", "),
                    owner_profiles.join(", ")
                ),
                &format!("add a shared profile to `{criterion}`, or remove the condition"),
            );
            return None;
        }
        let scale = &context.criteria[target.index].scale;
        let mut valid = true;
        if let Some(scale) = context.scales.get(scale) {
            for (i, option) in options.iter().enumerate() {
                if scale.option(option).is_none() {
                    valid = false;
                    let known: Vec<&str> = scale.options.iter().map(|o| o.id.as_str()).collect();
                    self.error(
                        "unknown-option",
                        &at.key("in").item(i, None),
                        format!("`{option}` is not an option of `{criterion}`'s scale `{}`", scale.id),
                        &format!("use one of: {}", known.join(", ")),
                    );
                }
            }
        }
        valid.then_some(Condition::AnswerIn { criterion, index: target.index, options })
    }

    fn assessment(&mut self, assessment: &Assessment, questionnaire: &Questionnaire) {
        let root = DocPath::default();
        let reference = &assessment.questionnaire;
        let ref_at = root.key("questionnaire");
        if reference.id != questionnaire.id {
            self.error(
                "questionnaire-mismatch",
                &ref_at.key("id"),
                format!("this assessment answers `{}`, not the loaded `{}`", reference.id, questionnaire.id),
                "open it together with the criteria file it was made for",
            );
            return;
        }
        if reference.version != questionnaire.version {
            self.error(
                "questionnaire-version-mismatch",
                &ref_at.key("version"),
                format!(
                    "this assessment answers `{}` version {}, the loaded criteria are version {}",
                    reference.id, reference.version, questionnaire.version
                ),
                "open it with the criteria version it was made for",
            );
            return;
        }
        if reference.sha256.is_none() {
            self.warning(
                "no-criteria-fingerprint",
                &ref_at,
                "the assessment does not say which exact criteria file it answers (no `questionnaire.sha256`)".into(),
                &format!(
                    "it is optional, but it ties the assessment to the exact file, so a changed criteria file is \
                     noticed (`criteria-changed`): add `sha256: \"{}\"` under `questionnaire` (the app and \
                     `certready` write it for you)",
                    questionnaire.sha256
                ),
            );
        }
        if let Some(sha256) = &reference.sha256 {
            if sha256 != &questionnaire.sha256 {
                self.warning(
                    "criteria-changed",
                    &ref_at.key("sha256"),
                    format!(
                        "the criteria file differs from the one this assessment was made with (same version {})",
                        reference.version
                    ),
                    "compare the criteria files; answers are matched by criterion id",
                );
            }
        }
        for (i, profile) in assessment.subject.profiles.iter().enumerate() {
            if !questionnaire.profiles.iter().any(|p| &p.id == profile) {
                self.error(
                    "unknown-profile",
                    &root.key("subject").key("profiles").item(i, None),
                    format!("profile `{profile}` is not defined in `{}`", questionnaire.id),
                    "use a profile the criteria file defines",
                );
            }
        }
        let criteria_by_id = questionnaire.criteria_by_id();
        let unknown = assessment.answers.keys().filter(|id| !criteria_by_id.contains_key(id.as_str())).count();
        let mut unknown_listed = 0;
        for (id, answer) in &assessment.answers {
            let at = root.key("answers").key(id);
            let Some(&index) = criteria_by_id.get(id.as_str()) else {
                unknown_listed += 1;
                if unknown_listed > MAX_UNKNOWN_LISTED {
                    if unknown_listed == MAX_UNKNOWN_LISTED + 1 {
                        self.warning(
                            "unknown-criterion",
                            &at,
                            format!(
                                "`{id}` and {} more answers are to ids not in `{}`; they are kept but not scored",
                                unknown - MAX_UNKNOWN_LISTED - 1,
                                questionnaire.id
                            ),
                            "check that this assessment is for these criteria, or the criteria version",
                        );
                    }
                    continue;
                }
                self.warning(
                    "unknown-criterion",
                    &at,
                    format!("`{id}` is not a criterion of `{}`; the answer is kept but not scored", questionnaire.id),
                    "check the id, or the criteria version",
                );
                continue;
            };
            let criterion = &questionnaire.criteria[index];
            if answer.option.is_some() && answer.na.is_some() {
                self.error("option-and-na", &at, format!("`{id}` has both an option and N/A"), "keep one of them");
            }
            if let Some(option) = &answer.option {
                let scale = questionnaire.scale_of(criterion);
                if scale.option(option).is_none() {
                    let known: Vec<&str> = scale.options.iter().map(|o| o.id.as_str()).collect();
                    self.error(
                        "unknown-option",
                        &at.key("option"),
                        format!("`{option}` is not an option of `{id}`"),
                        &format!("use one of: {}", known.join(", ")),
                    );
                }
            }
            if let Some(justification) = &answer.na {
                match criterion.na {
                    NaPolicy::Forbidden => self.error(
                        "na-forbidden",
                        &at.key("na"),
                        format!("`{id}` cannot be marked not applicable"),
                        "answer it with an option of its scale",
                    ),
                    NaPolicy::WithJustification if justification.trim().is_empty() => self.warning(
                        "na-without-justification",
                        &at.key("na"),
                        format!("`{id}` is marked N/A without the justification it requires; it counts as unanswered"),
                        "say why the requirement does not apply to this facility",
                    ),
                    _ => {}
                }
            }
        }
        for id in assessment.retired.keys().filter(|id| criteria_by_id.contains_key(id.as_str())) {
            self.warning(
                "retired-criterion-asked",
                &root.key("retired").key(id),
                format!("`{id}` is retired in this assessment but is a criterion of `{}` again", questionnaire.id),
                "answer the criterion; the retired answer is kept for the record",
            );
        }
        let Some(review) = &assessment.review else { return };
        let unknown: Vec<&String> =
            review.verdicts.keys().filter(|id| !criteria_by_id.contains_key(id.as_str())).collect();
        for (listed, id) in unknown.iter().enumerate().take(MAX_UNKNOWN_LISTED + 1) {
            let message = if listed < MAX_UNKNOWN_LISTED {
                format!(
                    "the review's finding on `{id}` is for an id not in `{}`; it is kept but not shown",
                    questionnaire.id
                )
            } else {
                format!(
                    "`{id}` and {} more findings are for ids not in `{}`",
                    unknown.len() - listed - 1,
                    questionnaire.id
                )
            };
            self.warning(
                "unknown-criterion",
                &root.key("review").key("verdicts").key(id),
                message,
                "check the id, or the criteria version",
            );
        }
    }
}

struct SectionContext<'a> {
    /// Whether the undefined default scale has been reported (it is reported once).
    default_scale_reported: bool,
    languages: &'a [String],
    default_scale: &'a str,
    default_weight: f64,
    default_na: NaPolicy,
    profiles: &'a [Profile],
    scales: &'a BTreeMap<String, Scale>,
    criteria: Vec<Criterion>,
    criterion_ids: HashMap<String, Defined>,
    /// Section id -> its path in the file.
    section_ids: HashMap<String, Vec<Step>>,
    raw_conditions: Vec<(usize, RawCondition, DocPath)>,
    /// Criterion index -> the criteria its condition reads.
    when_graph: HashMap<usize, Vec<usize>>,
}

/// How to define the default scale that is missing: no scale is built in.
fn undefined_default_scale_hint(scale: &str, scales: &BTreeMap<String, Scale>) -> String {
    let define = format!(
        "no scale is built in: define `{scale}` under `scales:`, e.g. `scales: {{{scale}: {{options: [{{id: met, label: \
         Fully met, value: 1}}, {{id: partial, label: Partially met, value: 0.5}}, {{id: not-met, label: Not met, value: \
         0}}]}}}}`"
    );
    if scales.is_empty() {
        define
    } else {
        let known: Vec<&str> = scales.keys().map(String::as_str).collect();
        format!("{define}, or set `defaults: {{scale: ...}}` to one of: {}", known.join(", "))
    }
}

/// Every criterion id a raw condition reads.
fn referenced_ids<'a>(raw: &'a RawCondition, out: &mut Vec<&'a String>) {
    out.extend(&raw.criterion);
    for item in raw.all.iter().chain(&raw.any).flatten() {
        referenced_ids(item, out);
    }
    if let Some(inner) = &raw.not {
        referenced_ids(inner, out);
    }
}

/// The cycle `owner -> target -> ... -> owner` in the condition graph, if there is one.
fn cycle_through(graph: &HashMap<usize, Vec<usize>>, owner: usize, target: usize) -> Option<Vec<usize>> {
    let mut came_from: HashMap<usize, usize> = HashMap::from([(target, owner)]);
    let mut queue = std::collections::VecDeque::from([target]);
    while let Some(node) = queue.pop_front() {
        if node == owner {
            let mut between = Vec::new();
            let mut at = came_from[&owner];
            while at != owner {
                between.push(at);
                at = came_from[&at];
            }
            between.reverse();
            return Some([vec![owner], between, vec![owner]].concat());
        }
        for &next in graph.get(&node).into_iter().flatten() {
            if let std::collections::hash_map::Entry::Vacant(entry) = came_from.entry(next) {
                entry.insert(node);
                queue.push_back(next);
            }
        }
    }
    None
}
