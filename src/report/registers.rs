//! The report's registers beyond the gaps, as rows: every N/A claim with its justification,
//! the open items (flagged or unanswered), every evidence file named, the appendix of all
//! answers by section, and the auditor's review when the assessment has one. Criteria appear
//! in document order throughout.

use serde::Serialize;

use crate::model::{Assessment, Criterion, Finding, Questionnaire};
use crate::scoring::{CriterionState, Scorecard};

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NaRow {
    pub criterion_id: String,
    pub section_title: String,
    pub requirement: String,
    pub justification: String,
    /// False when the criterion requires a justification and none was given: the claim counts
    /// as unanswered.
    pub accepted: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OpenRow {
    pub criterion_id: String,
    pub section_title: String,
    pub requirement: String,
    /// e.g. "flagged for review; unanswered"
    pub why: String,
    pub comment: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EvidenceRow {
    pub criterion_id: String,
    pub name: String,
    pub bytes: u64,
    /// e.g. "182.0 KB"
    pub size: String,
    pub sha256: String,
    pub note: String,
}

/// One top-level section of the answers appendix.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AnswerSection {
    pub title: String,
    pub rows: Vec<AnswerRow>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AnswerRow {
    pub criterion_id: String,
    pub requirement: String,
    /// The option's label, "N/A: <justification>", "unanswered" or "not in scope".
    pub answer: String,
    pub comment: String,
}

/// The auditor's findings beside the operator's answers.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ReviewSection {
    /// e.g. "Jana Novak (Regional Postal Security Audit)"
    pub reviewer: String,
    pub confirmed: usize,
    pub not_confirmed: usize,
    pub needs_evidence: usize,
    pub rows: Vec<ReviewRow>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ReviewRow {
    pub criterion_id: String,
    /// The operator's answer, as in the appendix.
    pub answer: String,
    /// "confirmed", "not confirmed" or "needs evidence".
    pub finding: String,
    /// The auditor does not confirm the answer as given.
    pub disagrees: bool,
    pub note: String,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct Registers {
    pub not_applicable: Vec<NaRow>,
    pub open_items: Vec<OpenRow>,
    pub evidence: Vec<EvidenceRow>,
    pub answers: Vec<AnswerSection>,
    pub review: Option<ReviewSection>,
}

/// Collects every register of the report in the questionnaire's language `lang`.
pub fn collect(questionnaire: &Questionnaire, assessment: &Assessment, scorecard: &Scorecard, lang: &str) -> Registers {
    let mut registers = Registers::default();
    let section_title = |criterion: &Criterion| {
        questionnaire
            .sections
            .iter()
            .find(|s| s.id == criterion.top_section)
            .map_or(String::new(), |s| s.title.get(lang).to_owned())
    };
    for (criterion, state) in questionnaire.criteria.iter().zip(&scorecard.criteria) {
        let answer = assessment.answers.get(&criterion.id);
        let requirement = criterion.text.get(lang).to_owned();
        let comment = answer.map_or(String::new(), |a| a.comment.clone());
        if let (CriterionState::Na | CriterionState::NaWithoutJustification, Some(claim)) =
            (state, answer.and_then(|a| a.na.as_ref()))
        {
            registers.not_applicable.push(NaRow {
                criterion_id: criterion.id.clone(),
                section_title: section_title(criterion),
                requirement: requirement.clone(),
                justification: claim.clone(),
                accepted: *state == CriterionState::Na,
            });
        }
        let flagged = answer.is_some_and(|a| a.flagged);
        let open = match state {
            CriterionState::Unanswered => Some("unanswered"),
            CriterionState::NaWithoutJustification => Some("N/A without the required justification"),
            _ => None,
        };
        if state.is_applicable() && (flagged || open.is_some()) {
            let why: Vec<&str> = flagged.then_some("flagged for review").into_iter().chain(open).collect();
            registers.open_items.push(OpenRow {
                criterion_id: criterion.id.clone(),
                section_title: section_title(criterion),
                requirement: requirement.clone(),
                why: why.join("; "),
                comment: comment.clone(),
            });
        }
        for file in answer.map_or(&[][..], |a| &a.evidence[..]) {
            registers.evidence.push(EvidenceRow {
                criterion_id: criterion.id.clone(),
                name: file.name.clone(),
                bytes: file.bytes,
                size: size(file.bytes),
                sha256: file.sha256.clone(),
                note: file.note.clone(),
            });
        }
    }
    for section in &questionnaire.sections {
        let rows = questionnaire
            .criteria
            .iter()
            .zip(&scorecard.criteria)
            .filter(|(criterion, _)| criterion.top_section == section.id)
            .map(|(criterion, state)| {
                let answer = assessment.answers.get(&criterion.id);
                AnswerRow {
                    criterion_id: criterion.id.clone(),
                    requirement: criterion.text.get(lang).to_owned(),
                    answer: answer_text(questionnaire, criterion, state, answer.and_then(|a| a.na.as_deref()), lang),
                    comment: answer.map_or(String::new(), |a| a.comment.clone()),
                }
            })
            .collect();
        registers.answers.push(AnswerSection { title: section.title.get(lang).to_owned(), rows });
    }
    registers.review = assessment.review.as_ref().map(|review| {
        // Findings on ids the criteria do not have are left out (validation warns about them).
        let rows: Vec<ReviewRow> = questionnaire
            .criteria
            .iter()
            .zip(&scorecard.criteria)
            .filter_map(|(criterion, state)| {
                let verdict = review.verdicts.get(&criterion.id)?;
                let na = assessment.answers.get(&criterion.id).and_then(|a| a.na.as_deref());
                Some(ReviewRow {
                    criterion_id: criterion.id.clone(),
                    answer: answer_text(questionnaire, criterion, state, na, lang),
                    finding: verdict.verdict.label().to_owned(),
                    disagrees: verdict.verdict != Finding::Confirmed,
                    note: verdict.note.clone(),
                })
            })
            .collect();
        let count = |finding: Finding| rows.iter().filter(|row| row.finding == finding.label()).count();
        let reviewer = &review.reviewer;
        ReviewSection {
            reviewer: match (reviewer.name.is_empty(), reviewer.organisation.is_empty()) {
                (false, false) => format!("{} ({})", reviewer.name, reviewer.organisation),
                (true, false) => reviewer.organisation.clone(),
                _ => reviewer.name.clone(),
            },
            confirmed: count(Finding::Confirmed),
            not_confirmed: count(Finding::NotConfirmed),
            needs_evidence: count(Finding::NeedsEvidence),
            rows,
        }
    });
    registers
}

fn answer_text(
    questionnaire: &Questionnaire,
    criterion: &Criterion,
    state: &CriterionState,
    na: Option<&str>,
    lang: &str,
) -> String {
    match state {
        CriterionState::NotApplicable => "not in scope".into(),
        CriterionState::Unanswered => "unanswered".into(),
        CriterionState::Answered { option, .. } => {
            questionnaire.scale_of(criterion).option(option).map_or(option.clone(), |o| o.label.get(lang).to_owned())
        }
        CriterionState::Na if na.is_some_and(|j| !j.trim().is_empty()) => format!("N/A: {}", na.unwrap_or_default()),
        CriterionState::Na => "N/A".into(),
        CriterionState::NaWithoutJustification => "N/A without justification".into(),
    }
}

/// A file size for people: bytes, KB or MB (powers of 1,000, one decimal).
fn size(bytes: u64) -> String {
    match bytes {
        0..1_000 => format!("{bytes} B"),
        1_000..1_000_000 => format!("{:.1} KB", bytes as f64 / 1e3),
        _ => format!("{:.1} MB", bytes as f64 / 1e6),
    }
}

#[cfg(test)]
mod tests {
    use super::size;

    #[test]
    fn sizes_read_like_a_file_manager() {
        assert_eq!([size(0), size(999), size(182_044), size(3_400_000)], ["0 B", "999 B", "182.0 KB", "3.4 MB"]);
    }
}
