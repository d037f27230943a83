//! The serde mirror of the YAML files: the only place that knows their exact shape.
//!
//! Everything here is as written by a person, unchecked: ids may dangle, weights may be
//! negative. [`super::validate`] turns these into the validated model and reports every problem.
//! Unknown fields are refused (`deny_unknown_fields`) so that a typo never passes silently.

use std::collections::BTreeMap;
use std::fmt;

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

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawQuestionnaire {
    pub format: String,
    pub id: String,
    pub version: String,
    pub title: RawText,
    #[serde(default)]
    pub languages: Vec<String>,
    pub publisher: Option<RawText>,
    pub published: Option<String>,
    pub license: Option<String>,
    pub description: Option<RawText>,
    #[serde(default)]
    pub profiles: Vec<RawProfile>,
    #[serde(default)]
    pub scales: BTreeMap<String, RawScale>,
    #[serde(default)]
    pub defaults: RawDefaults,
    #[serde(default)]
    pub scoring: RawScoring,
    #[serde(default)]
    pub sections: Vec<RawSection>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawProfile {
    pub id: String,
    pub title: RawText,
    pub description: Option<RawText>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawScale {
    pub options: Vec<RawOption>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawOption {
    pub id: String,
    pub label: RawText,
    pub value: f64,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawDefaults {
    pub scale: Option<String>,
    pub weight: Option<f64>,
    pub na: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawScoring {
    pub aggregate: Option<String>,
    #[serde(default)]
    pub pass: RawPass,
    #[serde(default)]
    pub bands: Vec<RawBand>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawPass {
    pub overall: Option<f64>,
    pub each_section: Option<f64>,
    pub critical: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawBand {
    pub id: String,
    pub min: f64,
    pub label: RawText,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSection {
    pub id: String,
    pub title: RawText,
    pub description: Option<RawText>,
    pub weight: Option<f64>,
    pub aggregate: Option<String>,
    /// `maturity-level` only: the value from which a criterion counts as achieved.
    pub achieved_at: Option<f64>,
    #[serde(default)]
    pub sections: Vec<RawSection>,
    #[serde(default)]
    pub criteria: Vec<RawCriterion>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawCriterion {
    pub id: String,
    pub text: RawText,
    pub guidance: Option<RawText>,
    #[serde(default)]
    pub evidence: Vec<RawText>,
    pub remediation: Option<RawText>,
    #[serde(default)]
    pub references: Vec<String>,
    pub scale: Option<String>,
    pub weight: Option<f64>,
    #[serde(default)]
    pub critical: bool,
    pub level: Option<u32>,
    pub na: Option<String>,
    pub profiles: Option<Vec<String>>,
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
