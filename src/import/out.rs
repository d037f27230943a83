//! The criteria file as the importers write it: a small serde mirror of the fields they fill,
//! and the YAML text made of it (with the same care for YAML 1.1 readers as the SAMM importer).

use std::collections::BTreeMap;

use serde::Serialize;

/// A criteria file's top level, as written by an importer.
#[derive(Serialize)]
pub struct Questionnaire {
    pub format: &'static str,
    pub id: String,
    pub version: String,
    pub title: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub publisher: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub published: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub profiles: Vec<Profile>,
    pub scales: BTreeMap<String, Scale>,
    pub sections: Vec<Section>,
}

#[derive(Serialize)]
pub struct Profile {
    pub id: String,
    pub title: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

#[derive(Serialize)]
pub struct Scale {
    pub options: Vec<ScaleOption>,
}

#[derive(Serialize)]
pub struct ScaleOption {
    pub id: String,
    pub label: String,
    pub value: f64,
}

#[derive(Serialize, Default)]
pub struct Section {
    pub id: String,
    pub title: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub weight: Option<f64>,
    // Criteria before sub-sections: a group's own controls come first, as in the catalog.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub criteria: Vec<Criterion>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub sections: Vec<Section>,
}

#[derive(Serialize, Default, Clone)]
pub struct Criterion {
    pub id: String,
    pub text: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub guidance: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub remediation: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub references: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub weight: Option<f64>,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub critical: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub na: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub profiles: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
}

/// The three-step implementation scale the OSCAL and table importers use (`compliance`, the
/// criteria format's default scale id): none, partly, fully.
pub fn implementation_scale() -> BTreeMap<String, Scale> {
    let option = |id: &str, label: &str, value: f64| ScaleOption { id: id.to_owned(), label: label.to_owned(), value };
    let options = vec![
        option("not-implemented", "Not implemented", 0.0),
        option("partially-implemented", "Partially implemented", 0.5),
        option("implemented", "Implemented", 1.0),
    ];
    BTreeMap::from([("compliance".to_owned(), Scale { options })])
}

/// The YAML text of `questionnaire` after the comment lines of `header` (each without `#`).
pub fn to_yaml(header: &[String], questionnaire: &Questionnaire) -> Result<String, String> {
    let body = serde_yaml::to_string(questionnaire).map_err(|e| e.to_string())?;
    let mut text: String = header.iter().map(|line| format!("# {line}\n")).collect();
    text.push_str(&quote_yaml11_booleans(&body));
    Ok(text)
}

/// serde_yaml writes a value such as `No` bare, which YAML 1.1 readers (PyYAML, many editors)
/// take for a boolean: quote such plain values, but never touch the lines of a block scalar
/// (imported prose such as `Applicability: none` stays as written).
pub(crate) fn quote_yaml11_booleans(text: &str) -> String {
    // serde_yaml already quotes the strings YAML 1.2 would misread (`'true'`, `'null'`).
    const WORDS: [&str; 6] = ["y", "n", "yes", "no", "on", "off"];
    let mut out = String::with_capacity(text.len() + 64);
    // The indentation a block scalar's lines are deeper than, while inside one.
    let mut block: Option<usize> = None;
    for line in text.lines() {
        let indent = line.len() - line.trim_start().len();
        if let Some(parent) = block {
            if line.trim().is_empty() || indent > parent {
                out.push_str(line);
                out.push('\n');
                continue;
            }
            block = None;
        }
        let value = line.split_once(": ").map(|(_, v)| v).or_else(|| line.trim_start().strip_prefix("- "));
        if value.is_some_and(|v| v.starts_with('|') || v.starts_with('>')) {
            block = Some(indent);
        }
        match line.split_once(": ") {
            Some((key, value)) if WORDS.contains(&value.to_ascii_lowercase().as_str()) => {
                out.push_str(&format!("{key}: \"{value}\""));
            }
            _ => out.push_str(line),
        }
        out.push('\n');
    }
    out
}

/// `Access Control (AC)` → `access-control-ac`: an id of `[a-z0-9-]+`, at most `max` bytes, cut
/// at a word boundary; `fallback` when nothing is left.
pub fn slug(text: &str, max: usize, fallback: &str) -> String {
    let mut slug = String::new();
    for word in text.split(|c: char| !c.is_ascii_alphanumeric()).filter(|w| !w.is_empty()) {
        let word = word.to_ascii_lowercase();
        let needed = if slug.is_empty() { word.len() } else { word.len() + 1 };
        if slug.len() + needed > max {
            break;
        }
        if !slug.is_empty() {
            slug.push('-');
        }
        slug.push_str(&word);
    }
    if slug.is_empty() {
        fallback.to_owned()
    } else {
        slug
    }
}

/// An item id the criteria format accepts (letters, digits, `-`, `_`, `.`): other characters
/// become `-`.
pub fn item_id(text: &str) -> String {
    text.trim()
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.') { c } else { '-' })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_and_ids() {
        assert_eq!(slug("NIST SP 800-53 Rev. 5", 64, "x"), "nist-sp-800-53-rev-5");
        assert_eq!(slug("Security and Privacy Controls", 12, "x"), "security-and");
        assert_eq!(slug("!!!", 12, "x"), "x");
        assert_eq!(item_id(" AC-2(1) "), "AC-2-1-");
    }

    #[test]
    fn booleans_are_quoted_outside_block_scalars_only() {
        let text = "label: No\ntext: |-\n  Applicability: off\n  more\nguidance: yes\ncritical: true\n";
        assert_eq!(
            quote_yaml11_booleans(text),
            "label: \"No\"\ntext: |-\n  Applicability: off\n  more\nguidance: \"yes\"\ncritical: true\n"
        );
    }
}
