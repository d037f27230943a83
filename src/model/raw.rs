//! The serde mirror of the YAML files: the only place that knows their exact shape.
//!
//! Everything here is as written by a person, unchecked: ids may dangle, weights may be
//! negative. [`super::validate`] turns these into the validated model and reports every problem.
//! Unknown fields are refused (`deny_unknown_fields`) so that a typo never passes silently.
//! The criteria file's JSON Schema is derived from these types (`schemars`): the doc comments
//! below are the descriptions editors show.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::fmt;

use schemars::{json_schema, JsonSchema, Schema, SchemaGenerator};
use serde::de::{self, MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize};

/// A text a person reads: either a plain string (the default language) or a map of language
/// code to text.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum RawText {
    Plain(String),
    Localized(BTreeMap<String, String>),
}

impl<'de> Deserialize<'de> for RawText {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct TextVisitor;
        impl<'de> Visitor<'de> for TextVisitor {
            type Value = RawText;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a string or a map of language code to string")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<RawText, E> {
                Ok(RawText::Plain(v.to_owned()))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<RawText, A::Error> {
                let mut texts = BTreeMap::new();
                while let Some((lang, text)) = map.next_entry::<String, String>()? {
                    texts.insert(lang, text);
                }
                Ok(RawText::Localized(texts))
            }
        }
        deserializer.deserialize_any(TextVisitor)
    }
}

impl JsonSchema for RawText {
    fn schema_name() -> Cow<'static, str> {
        "Text".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "Text a person reads: a plain string in the default language, or a map of language code to text that includes the default language.",
            "anyOf": [
                {"type": "string"},
                {
                    "type": "object",
                    "propertyNames": {"pattern": "^[a-z]{2,3}(-[A-Za-z0-9]+)*$"},
                    "additionalProperties": {"type": "string"},
                    "minProperties": 1
                }
            ]
        })
    }
}

/// A certready criteria file (questionnaire): criteria, answer scales, profiles and scoring rules.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "certready criteria file", rename = "Questionnaire")]
pub struct RawQuestionnaire {
    /// The format marker; this version of certready reads `questionnaire/1`.
    #[schemars(extend("const" = "questionnaire/1"))]
    pub format: String,
    /// Stable id of the questionnaire, lowercase letters, digits and `-`.
    #[schemars(regex(pattern = r"^[a-z0-9-]+$"))]
    pub id: String,
    /// The criteria version, as text: write it in quotes (`"2026.1"`), never as a number.
    #[schemars(length(min = 1))]
    pub version: String,
    pub title: RawText,
    /// Language codes; the first is the default that every localized text must have.
    #[serde(default)]
    pub languages: Vec<String>,
    pub publisher: Option<RawText>,
    /// Publication date, as text (`"2026-11-24"`).
    pub published: Option<String>,
    pub license: Option<String>,
    pub description: Option<RawText>,
    /// A statement every report prints on its cover, e.g. that the file is not an official
    /// document of the standard's owner.
    pub disclaimer: Option<RawText>,
    /// The handling marking printed on every page of a report (its answers describe a facility's
    /// weaknesses), e.g. "Security-sensitive — restricted distribution". Without it, reports print
    /// certready's default marking.
    pub marking: Option<RawText>,
    /// Applicability profiles an assessment chooses from (e.g. facility types).
    #[serde(default)]
    pub profiles: Vec<RawProfile>,
    /// Reusable answer scales, by id.
    #[serde(default)]
    pub scales: BTreeMap<String, RawScale>,
    #[serde(default)]
    pub defaults: RawDefaults,
    #[serde(default)]
    pub scoring: RawScoring,
    /// The top-level sections, in the order the operator walks through them.
    #[serde(default)]
    #[schemars(length(min = 1))]
    pub sections: Vec<RawSection>,
    /// How assessments of earlier versions of this file carry their answers forward: one entry
    /// per earlier version, each mapping that version's criterion ids straight to this file's.
    #[serde(default)]
    pub migrations: Vec<RawMigration>,
}

/// An applicability profile.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Profile")]
pub struct RawProfile {
    #[schemars(regex(pattern = r"^[A-Za-z0-9._-]+$"))]
    pub id: String,
    pub title: RawText,
    pub description: Option<RawText>,
}

/// An answer scale: the options an operator picks from.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Scale")]
pub struct RawScale {
    #[schemars(length(min = 1))]
    pub options: Vec<RawOption>,
}

/// One answer option and the value it scores.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Option")]
pub struct RawOption {
    #[schemars(regex(pattern = r"^[A-Za-z0-9._-]+$"))]
    pub id: String,
    pub label: RawText,
    /// The score of this option, at least 0; the scale's maximum is its highest value.
    #[schemars(range(min = 0))]
    pub value: f64,
}

/// Values used where a criterion does not give its own.
#[derive(Debug, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Defaults")]
pub struct RawDefaults {
    /// The default scale id (default `compliance`).
    pub scale: Option<String>,
    /// The default criterion weight (default 1).
    #[schemars(range(min = 0))]
    pub weight: Option<f64>,
    /// The default N/A policy (default `with-justification`).
    #[serde(default)]
    #[schemars(schema_with = "na_policy")]
    pub na: Option<String>,
}

/// How the result is computed and what counts as ready.
#[derive(Debug, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Scoring")]
pub struct RawScoring {
    /// How top-level sections roll up into the overall score (default `weighted-mean`).
    #[serde(default)]
    #[schemars(schema_with = "aggregate")]
    pub aggregate: Option<String>,
    #[serde(default)]
    pub pass: RawPass,
    /// Named result bands, highest first.
    #[serde(default)]
    pub bands: Vec<RawBand>,
}

/// The pass thresholds, as fractions of the maximum.
#[derive(Debug, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Pass")]
pub struct RawPass {
    /// The overall score needed, in [0, 1] (0.8 means 80 %).
    #[schemars(range(min = 0, max = 1))]
    pub overall: Option<f64>,
    /// The score every top-level section needs, in [0, 1].
    #[schemars(range(min = 0, max = 1))]
    pub each_section: Option<f64>,
    /// `all-met`: every applicable critical criterion must be fully met (default); `none`: no rule.
    #[schemars(extend("enum" = ["all-met", "none"]))]
    pub critical: Option<String>,
}

/// A named result band, reached at `min` of the maximum.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Band")]
pub struct RawBand {
    pub id: String,
    #[schemars(range(min = 0, max = 1))]
    pub min: f64,
    pub label: RawText,
}

/// A section: criteria and nested sections, scored by its aggregate.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Section")]
pub struct RawSection {
    #[schemars(regex(pattern = r"^[A-Za-z0-9._-]+$"))]
    pub id: String,
    pub title: RawText,
    pub description: Option<RawText>,
    /// The section's weight in its parent (default 1).
    #[schemars(range(min = 0))]
    pub weight: Option<f64>,
    /// How the section's children roll up (default `weighted-mean`).
    #[serde(default)]
    #[schemars(schema_with = "aggregate")]
    pub aggregate: Option<String>,
    /// `maturity-level` only: the fraction of the maximum from which a criterion counts as achieved.
    #[schemars(range(min = 0, max = 1))]
    pub achieved_at: Option<f64>,
    #[serde(default)]
    pub sections: Vec<RawSection>,
    #[serde(default)]
    pub criteria: Vec<RawCriterion>,
}

/// One criterion: a requirement the operator answers.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Criterion")]
pub struct RawCriterion {
    /// Unique across the whole file; assessments refer to it.
    #[schemars(regex(pattern = r"^[A-Za-z0-9._-]+$"))]
    pub id: String,
    /// The requirement, as a statement or a question.
    pub text: RawText,
    /// What "fully met" looks like.
    pub guidance: Option<RawText>,
    /// What an auditor will ask to see.
    #[serde(default)]
    pub evidence: Vec<RawText>,
    /// What to do when it is not met.
    pub remediation: Option<RawText>,
    /// Standard and topic references (never copied text).
    #[serde(default)]
    pub references: Vec<String>,
    /// The answer scale's id (default from `defaults.scale`).
    pub scale: Option<String>,
    /// Weight in its section (default from `defaults.weight`).
    #[schemars(range(min = 0))]
    pub weight: Option<f64>,
    /// Must be fully met to be ready for certification.
    #[serde(default)]
    pub critical: bool,
    /// Maturity level, only under a `maturity-level` section.
    #[schemars(range(min = 1))]
    pub level: Option<u32>,
    /// Whether N/A may be answered (default from `defaults.na`).
    #[serde(default)]
    #[schemars(schema_with = "na_policy")]
    pub na: Option<String>,
    /// Applies only to assessments with one of these profiles (absent: all).
    pub profiles: Option<Vec<String>>,
    /// Applies only when this condition on earlier answers holds.
    pub when: Option<RawCondition>,
    #[serde(default)]
    pub tags: Vec<String>,
}

/// `{criterion: ID, in: [...]}`, `{all: [...]}`, `{any: [...]}` or `{not: ...}`; exactly one
/// form per mapping, checked by the validator (a struct, not an untagged enum, keeps serde's
/// error positions exact).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawCondition {
    pub criterion: Option<String>,
    #[serde(rename = "in")]
    pub in_options: Option<Vec<String>>,
    pub all: Option<Vec<RawCondition>>,
    pub any: Option<Vec<RawCondition>>,
    pub not: Option<Box<RawCondition>>,
}

impl JsonSchema for RawCondition {
    fn schema_name() -> Cow<'static, str> {
        "Condition".into()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let condition = generator.subschema_for::<RawCondition>();
        let ids = json_schema!({"type": "array", "items": {"type": "string"}, "minItems": 1});
        let conditions = json_schema!({"type": "array", "items": condition, "minItems": 1});
        let form = |properties: serde_json::Value, required: &[&str]| {
            serde_json::json!({
                "type": "object",
                "properties": properties,
                "required": required,
                "additionalProperties": false
            })
        };
        json_schema!({
            "description": "An applicability condition on earlier answers.",
            "oneOf": [
                form(serde_json::json!({"criterion": {"type": "string"}, "in": ids}), &["criterion", "in"]),
                form(serde_json::json!({"all": conditions}), &["all"]),
                form(serde_json::json!({"any": conditions}), &["any"]),
                form(serde_json::json!({"not": condition}), &["not"]),
            ]
        })
    }
}

/// A migration map from one earlier version of this file.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Migration")]
pub struct RawMigration {
    /// The earlier version (its `version` text) whose assessments this entry carries forward.
    #[schemars(length(min = 1))]
    pub from: String,
    /// Old criterion id -> what became of it. An old id not listed keeps its id if this file
    /// still has it, and is retired if not.
    #[serde(default)]
    pub criteria: BTreeMap<String, RawMigrationTarget>,
}

/// What became of one old criterion: a new id (`ORG-02b`), `removed`, or
/// `{to: ID or [IDS], reconfirm: true}`.
#[derive(Debug, Clone, PartialEq)]
pub enum RawMigrationTarget {
    /// A plain string: a new id, or the word `removed`.
    Plain(String),
    To(RawMigrationTo),
}

/// The long form of a migration target.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawMigrationTo {
    pub to: RawIds,
    #[serde(default)]
    pub reconfirm: bool,
}

/// One id, or a list of them.
#[derive(Debug, Clone, PartialEq)]
pub enum RawIds {
    One(String),
    Many(Vec<String>),
}

impl RawIds {
    pub fn ids(&self) -> &[String] {
        match self {
            RawIds::One(id) => std::slice::from_ref(id),
            RawIds::Many(ids) => ids,
        }
    }
}

impl<'de> Deserialize<'de> for RawMigrationTarget {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct TargetVisitor;
        impl<'de> Visitor<'de> for TargetVisitor {
            type Value = RawMigrationTarget;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a criterion id, `removed`, or a map {to: ID or [IDS], reconfirm: true}")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<RawMigrationTarget, E> {
                Ok(RawMigrationTarget::Plain(v.to_owned()))
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<RawMigrationTarget, A::Error> {
                RawMigrationTo::deserialize(de::value::MapAccessDeserializer::new(map)).map(RawMigrationTarget::To)
            }
        }
        deserializer.deserialize_any(TargetVisitor)
    }
}

impl<'de> Deserialize<'de> for RawIds {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct IdsVisitor;
        impl<'de> Visitor<'de> for IdsVisitor {
            type Value = RawIds;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a criterion id or a list of criterion ids")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<RawIds, E> {
                Ok(RawIds::One(v.to_owned()))
            }
            fn visit_seq<A: de::SeqAccess<'de>>(self, seq: A) -> Result<RawIds, A::Error> {
                Vec::<String>::deserialize(de::value::SeqAccessDeserializer::new(seq)).map(RawIds::Many)
            }
        }
        deserializer.deserialize_any(IdsVisitor)
    }
}

impl JsonSchema for RawMigrationTarget {
    fn schema_name() -> Cow<'static, str> {
        "MigrationTarget".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        let id = serde_json::json!({"type": "string", "pattern": "^[A-Za-z0-9._-]+$"});
        json_schema!({
            "description": "What became of an old criterion: its new id (renamed, or the same id), `removed`, or {to: ID or [IDS] (a split), reconfirm: true (the requirement changed)}. Several old ids with the same `to` are merged. Split and merged answers are always re-confirmed.",
            "anyOf": [
                id.clone(),
                {
                    "type": "object",
                    "properties": {
                        "to": {"anyOf": [id.clone(), {"type": "array", "items": id, "minItems": 1}]},
                        "reconfirm": {"type": "boolean", "description": "The requirement changed: the carried answer must be confirmed again."}
                    },
                    "required": ["to"],
                    "additionalProperties": false
                }
            ]
        })
    }
}

fn aggregate(_: &mut SchemaGenerator) -> Schema {
    json_schema!({"type": "string", "enum": ["weighted-mean", "mean", "sum", "min", "maturity-level"]})
}

fn na_policy(_: &mut SchemaGenerator) -> Schema {
    json_schema!({"type": "string", "enum": ["forbidden", "allowed", "with-justification"]})
}

/// The criteria file's JSON Schema (draft-07), pretty-printed with a final newline; shipped as
/// `questionnaires/questionnaire.schema.json` and printed by `certready schema`.
pub fn questionnaire_schema() -> String {
    let schema =
        schemars::generate::SchemaSettings::draft07().into_generator().into_root_schema_for::<RawQuestionnaire>();
    let mut text = serde_json::to_string_pretty(&schema).unwrap_or_default();
    text.push('\n');
    text
}
