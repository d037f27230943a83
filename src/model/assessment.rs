//! The assessment file: what the operator answered, as saved, exported and re-imported.
//!
//! These types are both the serde mirror and the model: the file alone is the assessment, and
//! writing it back must not lose or reorder anything the operator entered.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Assessment {
    pub format: String,
    pub questionnaire: QuestionnaireRef,
    #[serde(default)]
    pub subject: Subject,
    #[serde(default)]
    pub assessor: Person,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated: Option<String>,
    /// Answers by criterion id; ordered so that files diff cleanly.
    #[serde(default)]
    pub answers: BTreeMap<String, Answer>,
    /// The auditor's review, kept apart from the operator's answers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub review: Option<Review>,
    /// Answers to criteria that a later version of the criteria no longer asks, kept for the
    /// record when the assessment was carried forward (`certready migrate`), by old id.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub retired: BTreeMap<String, Retired>,
}

/// An answer to a criterion that the current criteria version no longer asks.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Retired {
    /// The criteria version that last asked it.
    pub version: String,
    #[serde(default)]
    pub answer: Answer,
    /// The auditor's finding on it, when there was one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verdict: Option<ReviewVerdict>,
}

/// An auditor's findings on the operator's answers.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Review {
    #[serde(default)]
    pub reviewer: Reviewer,
    /// Findings by criterion id.
    #[serde(default)]
    pub verdicts: BTreeMap<String, ReviewVerdict>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Reviewer {
    #[serde(default)]
    pub name: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub organisation: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReviewVerdict {
    pub verdict: Finding,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

/// What the auditor found of one answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Finding {
    Confirmed,
    NotConfirmed,
    NeedsEvidence,
}

impl Finding {
    pub fn label(self) -> &'static str {
        match self {
            Finding::Confirmed => "confirmed",
            Finding::NotConfirmed => "not confirmed",
            Finding::NeedsEvidence => "needs evidence",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuestionnaireRef {
    pub id: String,
    pub version: String,
    /// SHA-256 of the criteria file the answers were given against.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sha256: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Subject {
    #[serde(default)]
    pub organisation: String,
    #[serde(default)]
    pub facility: String,
    #[serde(default)]
    pub country: String,
    #[serde(default)]
    pub profiles: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Person {
    #[serde(default)]
    pub name: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub role: String,
}

/// One criterion's answer. `option` and `na` exclude each other.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Answer {
    /// The chosen option id of the criterion's scale.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub option: Option<String>,
    /// "Not applicable", with its justification (may be empty where none is required).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub na: Option<String>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub comment: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<Evidence>,
    #[serde(default, skip_serializing_if = "is_false")]
    pub flagged: bool,
    /// Carried forward from an earlier criteria version whose requirement changed (or was split
    /// or merged): to be confirmed again. Answering the criterion clears it.
    #[serde(default, skip_serializing_if = "is_false")]
    pub reconfirm: bool,
}

impl Answer {
    /// True when nothing was entered: such an answer need not be stored.
    pub fn is_empty(&self) -> bool {
        self == &Answer::default()
    }
}

fn is_false(value: &bool) -> bool {
    !*value
}

/// A reference to a document the operator holds; the document itself is never stored.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Evidence {
    pub name: String,
    #[serde(default)]
    pub bytes: u64,
    #[serde(default)]
    pub sha256: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

impl Evidence {
    /// The record of a file: its name, size and SHA-256. The content itself is not kept.
    pub fn of_file(name: &str, content: &[u8]) -> Evidence {
        Evidence {
            name: name.to_owned(),
            bytes: content.len() as u64,
            sha256: super::sha256_hex(content),
            note: String::new(),
        }
    }
}

impl Assessment {
    /// An empty assessment of `questionnaire`.
    pub fn new(questionnaire: &super::Questionnaire) -> Assessment {
        Assessment {
            format: super::ASSESSMENT_FORMAT.to_owned(),
            questionnaire: QuestionnaireRef {
                id: questionnaire.id.clone(),
                version: questionnaire.version.clone(),
                sha256: Some(questionnaire.sha256.clone()),
            },
            ..Assessment::default()
        }
    }

    /// Answer `criterion` with an option of its scale, keeping its comment and evidence.
    pub fn choose_option(&mut self, criterion: &str, option: &str) {
        self.edit(criterion, |answer| {
            answer.option = Some(option.to_owned());
            answer.na = None;
            answer.reconfirm = false;
        });
    }

    /// Mark `criterion` not applicable; an earlier justification is kept.
    pub fn choose_na(&mut self, criterion: &str) {
        self.edit(criterion, |answer| {
            answer.option = None;
            answer.na.get_or_insert_with(String::new);
            answer.reconfirm = false;
        });
    }

    /// Set the N/A justification (marking the criterion N/A).
    pub fn set_na_justification(&mut self, criterion: &str, justification: &str) {
        self.edit(criterion, |answer| {
            answer.option = None;
            answer.na = Some(justification.to_owned());
            answer.reconfirm = false;
        });
    }

    /// Confirms a carried-forward answer as it stands (clears its `reconfirm` mark).
    pub fn confirm(&mut self, criterion: &str) {
        self.edit(criterion, |answer| answer.reconfirm = false);
    }

    /// Remove the option or N/A, keeping the comment and evidence.
    pub fn clear_choice(&mut self, criterion: &str) {
        self.edit(criterion, |answer| {
            answer.option = None;
            answer.na = None;
        });
    }

    /// Adds or removes one of the subject's profiles, keeping their order stable.
    pub fn set_profile(&mut self, profile: &str, chosen: bool) {
        let profiles = &mut self.subject.profiles;
        if chosen && !profiles.iter().any(|p| p == profile) {
            profiles.push(profile.to_owned());
        } else if !chosen {
            profiles.retain(|p| p != profile);
        }
    }

    /// Flags the criterion for review ("come back to this"), or clears the flag.
    pub fn set_flagged(&mut self, criterion: &str, flagged: bool) {
        self.edit(criterion, |answer| answer.flagged = flagged);
    }

    /// Records an evidence file by name, size and hash; the same content is recorded once.
    pub fn add_evidence(&mut self, criterion: &str, evidence: Evidence) {
        self.edit(criterion, |answer| {
            if !answer.evidence.iter().any(|known| known.sha256 == evidence.sha256) {
                answer.evidence.push(evidence);
            }
        });
    }

    /// Forgets the evidence file with this hash.
    pub fn remove_evidence(&mut self, criterion: &str, sha256: &str) {
        self.edit(criterion, |answer| answer.evidence.retain(|known| known.sha256 != sha256));
    }

    /// Sets the note of the evidence file with `sha256` (what it shows, where the original is).
    pub fn set_evidence_note(&mut self, criterion: &str, sha256: &str, note: &str) {
        self.edit(criterion, |answer| {
            if let Some(evidence) = answer.evidence.iter_mut().find(|known| known.sha256 == sha256) {
                evidence.note = note.to_owned();
            }
        });
    }

    pub fn set_comment(&mut self, criterion: &str, comment: &str) {
        self.edit(criterion, |answer| answer.comment = comment.to_owned());
    }

    /// Applies `change` to the criterion's answer; an answer left empty is removed, so that
    /// the file holds only what the operator entered.
    fn edit(&mut self, criterion: &str, change: impl FnOnce(&mut Answer)) {
        let answer = self.answers.entry(criterion.to_owned()).or_default();
        change(answer);
        if answer.is_empty() {
            self.answers.remove(criterion);
        }
    }

    /// The file's text. Serializing these plain types cannot fail.
    pub fn to_yaml(&self) -> String {
        serde_yaml::to_string(self).unwrap_or_default()
    }
}
