//! The validated model: a [`Questionnaire`] (criteria written by a scheme owner) and an
//! [`Assessment`] (answers written by an operator).
//!
//! Values of these types have passed validation: every id reference resolves, every weight is
//! finite and non-negative, every scale has a positive maximum. Code downstream relies on that
//! and never fails.

mod assessment;
mod index;
pub mod locate;
pub mod raw;
mod shape;
mod validate;

use std::collections::{BTreeMap, HashMap};

pub use assessment::{
    Answer, Assessment, Evidence, Finding, Person, QuestionnaireRef, Retired, Review, ReviewVerdict, Reviewer, Subject,
};
pub use index::parse_index;
pub use validate::{
    check_size, parse_assessment, parse_questionnaire, read_assessment, sha256_hex, MAX_CRITERIA, MAX_INPUT_BYTES,
};

/// The format marker a criteria file must carry.
pub const QUESTIONNAIRE_FORMAT: &str = "questionnaire/1";
/// The format marker an assessment file must carry.
pub const ASSESSMENT_FORMAT: &str = "assessment/1";

/// A localizable text: the default-language text plus translations by language code.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Text {
    pub default: String,
    pub translations: BTreeMap<String, String>,
}

impl Text {
    pub fn plain(text: impl Into<String>) -> Text {
        Text { default: text.into(), translations: BTreeMap::new() }
    }

    /// The text in `language`, or the default-language text when there is no translation.
    pub fn get(&self, language: &str) -> &str {
        self.translations.get(language).map_or(&self.default, String::as_str)
    }

    /// The language [`Text::get`] gives for `language`: `language` itself when the text has it,
    /// else `default_language` (the file's first language).
    pub fn language_of<'a>(&self, language: &'a str, default_language: &'a str) -> &'a str {
        if self.translations.contains_key(language) {
            language
        } else {
            default_language
        }
    }
}

impl std::fmt::Display for Text {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.default)
    }
}

/// A validated criteria file.
#[derive(Debug, Clone, PartialEq)]
pub struct Questionnaire {
    pub id: String,
    pub version: String,
    pub title: Text,
    /// The first is the default language.
    pub languages: Vec<String>,
    pub publisher: Option<Text>,
    pub published: Option<String>,
    pub license: Option<String>,
    pub description: Option<Text>,
    /// Printed on a report's cover.
    pub disclaimer: Option<Text>,
    /// Printed on every page of a report; `None`: certready's default marking.
    pub marking: Option<Text>,
    pub profiles: Vec<Profile>,
    pub scales: BTreeMap<String, Scale>,
    pub scoring: ScoringRules,
    /// Top-level sections, in document order.
    pub sections: Vec<Section>,
    /// Every criterion of the file, in document order; sections refer to them by index.
    pub criteria: Vec<Criterion>,
    /// Lowercase hex SHA-256 of the file's bytes, as an assessment refers to it.
    pub sha256: String,
    /// How assessments of earlier versions carry their answers forward (`migrations:`).
    pub migrations: Vec<Migration>,
}

/// A migration map from one earlier version of a criteria file straight to this one.
#[derive(Debug, Clone, PartialEq)]
pub struct Migration {
    /// The earlier version.
    pub from: String,
    /// Old criterion id -> what became of it; an old id not listed keeps its id when the file
    /// still has it, and is retired when not.
    pub criteria: BTreeMap<String, MigrationTarget>,
}

/// What became of one old criterion in a [`Migration`].
#[derive(Debug, Clone, PartialEq)]
pub enum MigrationTarget {
    /// The criterion is no longer asked: its answer is retired.
    Removed,
    /// Its answer moves to these ids (one: kept or renamed; several: split). `reconfirm`: the
    /// requirement changed, so the carried answer must be confirmed again.
    To { ids: Vec<String>, reconfirm: bool },
}

impl Questionnaire {
    /// The migration map from `version`, if this file has one.
    pub fn migration_from(&self, version: &str) -> Option<&Migration> {
        self.migrations.iter().find(|m| m.from == version)
    }
}

impl Questionnaire {
    /// Each criterion's index by its id: built once by callers that look up many ids (a
    /// linear search per answer made validating 10,000 answers quadratic).
    pub fn criteria_by_id(&self) -> HashMap<&str, usize> {
        self.criteria.iter().enumerate().map(|(index, c)| (c.id.as_str(), index)).collect()
    }

    pub fn scale_of(&self, criterion: &Criterion) -> &Scale {
        // Validation guarantees that every criterion's scale exists.
        &self.scales[&criterion.scale]
    }

    /// Every section, depth first in document order, with its depth (0 for top level).
    pub fn sections_depth_first(&self) -> Vec<(usize, &Section)> {
        fn walk<'a>(sections: &'a [Section], depth: usize, out: &mut Vec<(usize, &'a Section)>) {
            for section in sections {
                out.push((depth, section));
                walk(&section.sections, depth + 1, out);
            }
        }
        let mut out = Vec::new();
        walk(&self.sections, 0, &mut out);
        out
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Profile {
    pub id: String,
    pub title: Text,
    pub description: Option<Text>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Scale {
    pub id: String,
    pub options: Vec<ScaleOption>,
    /// The largest option value; positive.
    pub max: f64,
}

impl Scale {
    pub fn option(&self, id: &str) -> Option<&ScaleOption> {
        self.options.iter().find(|o| o.id == id)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct ScaleOption {
    pub id: String,
    pub label: Text,
    pub value: f64,
}

/// How a section combines its children (docs/formats.md, "Scoring").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Aggregate {
    WeightedMean,
    Mean,
    Sum,
    Min,
    MaturityLevel,
}

impl Aggregate {
    pub const NAMES: [&'static str; 5] = ["weighted-mean", "mean", "sum", "min", "maturity-level"];

    pub fn parse(name: &str) -> Option<Aggregate> {
        Some(match name {
            "weighted-mean" => Aggregate::WeightedMean,
            "mean" => Aggregate::Mean,
            "sum" => Aggregate::Sum,
            "min" => Aggregate::Min,
            "maturity-level" => Aggregate::MaturityLevel,
            _ => return None,
        })
    }

    pub fn name(self) -> &'static str {
        match self {
            Aggregate::WeightedMean => "weighted-mean",
            Aggregate::Mean => "mean",
            Aggregate::Sum => "sum",
            Aggregate::Min => "min",
            Aggregate::MaturityLevel => "maturity-level",
        }
    }
}

/// Whether a criterion may be answered "not applicable".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NaPolicy {
    Forbidden,
    Allowed,
    WithJustification,
}

impl NaPolicy {
    pub fn parse(name: &str) -> Option<NaPolicy> {
        Some(match name {
            "forbidden" => NaPolicy::Forbidden,
            "allowed" => NaPolicy::Allowed,
            "with-justification" => NaPolicy::WithJustification,
            _ => return None,
        })
    }

    pub fn name(self) -> &'static str {
        match self {
            NaPolicy::Forbidden => "forbidden",
            NaPolicy::Allowed => "allowed",
            NaPolicy::WithJustification => "with-justification",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct ScoringRules {
    /// How the top-level sections roll up into the overall score.
    pub aggregate: Aggregate,
    /// Minimum overall percent (0..=1) to be ready.
    pub pass_overall: Option<f64>,
    /// Minimum percent (0..=1) of every top-level section to be ready.
    pub pass_each_section: Option<f64>,
    /// Whether every applicable critical criterion must be fully met to be ready.
    pub critical_all_met: bool,
    /// Named result bands, highest `min` first.
    pub bands: Vec<Band>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Band {
    pub id: String,
    pub min: f64,
    pub label: Text,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Section {
    pub id: String,
    pub title: Text,
    pub description: Option<Text>,
    pub weight: f64,
    pub aggregate: Aggregate,
    /// `maturity-level` only: a criterion is achieved when its value reaches this fraction
    /// (`None`: the engine's default, 0.75).
    pub achieved_at: Option<f64>,
    pub sections: Vec<Section>,
    /// Indices into [`Questionnaire::criteria`].
    pub criteria: Vec<usize>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Criterion {
    pub id: String,
    pub text: Text,
    pub guidance: Option<Text>,
    pub evidence: Vec<Text>,
    pub remediation: Option<Text>,
    pub references: Vec<String>,
    /// Key into [`Questionnaire::scales`].
    pub scale: String,
    pub weight: f64,
    pub critical: bool,
    pub level: Option<u32>,
    pub na: NaPolicy,
    /// Profiles this criterion applies to; empty means all.
    pub profiles: Vec<String>,
    pub when: Option<Condition>,
    pub tags: Vec<String>,
    /// The id of the top-level section this criterion belongs to.
    pub top_section: String,
}

/// A declarative applicability condition over earlier answers.
#[derive(Debug, Clone, PartialEq)]
pub enum Condition {
    /// Holds when the criterion is answered with one of these options (or is unanswered).
    AnswerIn {
        criterion: String,
        /// Index of `criterion` in [`Questionnaire::criteria`]; always earlier than the owner.
        index: usize,
        options: Vec<String>,
    },
    All(Vec<Condition>),
    Any(Vec<Condition>),
    Not(Box<Condition>),
}
