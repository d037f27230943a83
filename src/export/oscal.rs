//! An assessment as OSCAL 1.1 assessment results (JSON): `certready export oscal`.
//!
//! One result: its reviewed controls are the questionnaire's criteria; each criterion that
//! applies gets a finding whose target status is `satisfied` when the project's scoring counts
//! it fully met (or justifiably N/A, which is no gap) and `not-satisfied` otherwise (partly met,
//! not met, unanswered); the finding's description says the answer, its remarks hold the
//! operator's comment, and its links point at back-matter resources, one per evidence file with
//! its SHA-256. UUIDs are name-based (v5) from the criteria's and the assessment's SHA-256 and
//! each item's id, so the same files export to the same bytes. The assessment plan is not part
//! of a self-assessment: `import-ap` is a placeholder (`#assessment-plan`), as the schema allows.

use serde_json::{json, Value};
use uuid::Uuid;

use crate::model::{sha256_hex, Assessment, Questionnaire};
use crate::scoring::{score, CriterionState};
use crate::time::Timestamp;

/// The OSCAL version written (and the one the schema test checks against).
pub const OSCAL_VERSION: &str = "1.1.3";

/// The assessment results of `assessment` (validated against `questionnaire`), as pretty JSON
/// ending with a newline. `generated` stands in for the assessment's dates when it has none.
pub fn assessment_results(questionnaire: &Questionnaire, assessment: &Assessment, generated: Timestamp) -> String {
    let card = score(questionnaire, assessment);
    let seed = format!("{}/{}", questionnaire.sha256, sha256_hex(assessment.to_yaml().as_bytes()));
    let namespace = Uuid::new_v5(&Uuid::NAMESPACE_URL, b"urn:certready:oscal-export");
    let id = |what: &str| Uuid::new_v5(&namespace, format!("{seed}/{what}").as_bytes()).to_string();
    let fallback = generated.rfc3339();
    let created = assessment.created.as_deref().filter(|t| is_date_time(t)).unwrap_or(&fallback);
    let updated = assessment.updated.as_deref().filter(|t| is_date_time(t)).unwrap_or(created);
    let language = questionnaire.languages.first().map_or("en", String::as_str);
    let subject = [assessment.subject.organisation.as_str(), assessment.subject.facility.as_str()]
        .into_iter()
        .filter(|s| !s.trim().is_empty())
        .collect::<Vec<_>>()
        .join(", ");
    let title = questionnaire.title.get(language);
    let doc_title = if subject.is_empty() {
        format!("{title}: self-assessment")
    } else {
        format!("{title}: self-assessment of {subject}")
    };

    let mut resources = Vec::new();
    let mut findings = Vec::new();
    for (criterion, state) in questionnaire.criteria.iter().zip(&card.criteria) {
        if !state.is_applicable() {
            continue;
        }
        let answer = assessment.answers.get(&criterion.id);
        let (satisfied, said) = match state {
            CriterionState::Answered { option, .. } => {
                let label = questionnaire
                    .scale_of(criterion)
                    .option(option)
                    .map_or(option.clone(), |o| o.label.get(language).to_owned());
                (state.is_fully_met(), format!("Answer: {label}."))
            }
            CriterionState::Na => {
                let why = answer.and_then(|a| a.na.as_deref()).unwrap_or_default();
                (true, if why.is_empty() { "Not applicable.".to_owned() } else { format!("Not applicable: {why}") })
            }
            CriterionState::NaWithoutJustification => {
                (false, "Marked not applicable without the justification it needs.".to_owned())
            }
            _ => (false, "Not answered.".to_owned()),
        };
        let target_id = token(&criterion.id);
        let mut links = Vec::new();
        for (index, evidence) in answer.map(|a| a.evidence.as_slice()).unwrap_or_default().iter().enumerate() {
            let uuid = id(&format!("evidence/{}/{index}", criterion.id));
            let mut hashes = Vec::new();
            if is_sha256(&evidence.sha256) {
                hashes.push(json!({"algorithm": "SHA-256", "value": evidence.sha256.to_ascii_lowercase()}));
            }
            let mut rlink = json!({"href": href(&evidence.name)});
            if !hashes.is_empty() {
                rlink["hashes"] = Value::Array(hashes);
            }
            let mut resource = json!({
                "uuid": uuid,
                "title": evidence.name,
                "description": format!("Evidence for {} ({} bytes).", criterion.id, evidence.bytes),
                "rlinks": [rlink],
            });
            if !evidence.note.trim().is_empty() {
                resource["remarks"] = json!(evidence.note);
            }
            resources.push(resource);
            links.push(json!({"href": format!("#{uuid}"), "rel": "evidence"}));
        }
        let mut finding = json!({
            "uuid": id(&format!("finding/{}", criterion.id)),
            "title": format!("{}: {}", criterion.id, first_line(criterion.text.get(language))),
            "description": said,
            "target": {
                "type": "objective-id",
                "target-id": target_id,
                "status": {"state": if satisfied { "satisfied" } else { "not-satisfied" }, "reason": if satisfied { "pass" } else { "fail" }},
            },
        });
        if !links.is_empty() {
            finding["links"] = Value::Array(links);
        }
        if let Some(comment) = answer.map(|a| a.comment.trim()).filter(|c| !c.is_empty()) {
            finding["remarks"] = json!(comment);
        }
        findings.push(finding);
    }
    let selections: Vec<Value> = questionnaire.criteria.iter().map(|c| json!({"control-id": token(&c.id)})).collect();
    let mut result = json!({
        "uuid": id("result"),
        "title": doc_title,
        "description": format!(
            "Self-assessment against {title} version {} (criteria SHA-256 {}), exported by certready.",
            questionnaire.version, questionnaire.sha256
        ),
        "start": created,
        "end": updated,
        "reviewed-controls": {"control-selections": [{"include-controls": selections}]},
    });
    if !findings.is_empty() {
        result["findings"] = Value::Array(findings);
    }
    let mut document = json!({
        "uuid": id("assessment-results"),
        "metadata": {
            "title": doc_title,
            "last-modified": updated,
            "version": questionnaire.version,
            "oscal-version": OSCAL_VERSION,
        },
        "import-ap": {"href": "#assessment-plan"},
        "results": [result],
    });
    if !resources.is_empty() {
        document["back-matter"] = json!({"resources": resources});
    }
    let mut text = serde_json::to_string_pretty(&json!({"assessment-results": document})).unwrap_or_default();
    text.push('\n');
    text
}

/// An OSCAL token (`^(\p{L}|_)(\p{L}|\p{N}|[.\-_])*$`): criteria ids may start with a digit.
fn token(id: &str) -> String {
    let body: String =
        id.chars().map(|c| if c.is_alphanumeric() || matches!(c, '.' | '-' | '_') { c } else { '_' }).collect();
    match body.chars().next() {
        Some(c) if c.is_alphabetic() || c == '_' => body,
        _ => format!("_{body}"),
    }
}

fn first_line(text: &str) -> &str {
    text.lines().next().unwrap_or_default().trim().trim_end_matches(':')
}

fn is_sha256(text: &str) -> bool {
    text.len() == 64 && text.bytes().all(|b| b.is_ascii_hexdigit())
}

/// A date-time with a time zone, as OSCAL requires (`2026-11-24T10:00:00Z`, `...+02:00`).
fn is_date_time(text: &str) -> bool {
    let bytes = text.as_bytes();
    let shape = bytes.len() >= 20
        && bytes[4] == b'-'
        && bytes[7] == b'-'
        && bytes[10] == b'T'
        && bytes[13] == b':'
        && bytes[16] == b':'
        && [0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18].iter().all(|&i| bytes[i].is_ascii_digit());
    shape && (text.ends_with('Z') || text[19..].contains(['+', '-']))
}

/// An evidence file's name as a relative URI reference (percent-encoded).
fn href(name: &str) -> String {
    let mut out = String::new();
    for byte in name.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~".contains(&byte) {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    if out.is_empty() {
        "evidence".to_owned()
    } else {
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_dates_and_hrefs() {
        assert_eq!(token("ac-2.1"), "ac-2.1");
        assert_eq!(token("1-2"), "_1-2");
        assert!(is_date_time("2026-11-24T10:00:00Z") && is_date_time("2026-11-24T10:00:00.5+02:00"));
        assert!(!is_date_time("2026-11-24") && !is_date_time("yesterday at noon, UTC"));
        assert_eq!(href("policy v2.pdf"), "policy%20v2.pdf");
    }
}
