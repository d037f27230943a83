//! The report's registers beyond the gaps, as rows: every N/A claim with its justification,
//! the open items (flagged or unanswered), every evidence file named, the appendix of all
//! answers by section, and the auditor's review when the assessment has one. Criteria appear
//! in document order throughout.

use serde::Serialize;

use super::{Languages, Texts};
use crate::i18n::{self, Args, Lang};
use crate::model::{Assessment, Criterion, Finding, Questionnaire};
use crate::scoring::{CriterionState, Scorecard};

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NaRow {
    pub criterion_id: String,
    pub section_title: Texts,
    pub requirement: Texts,
    pub justification: String,
    /// False when the criterion requires a justification and none was given: the claim counts
    /// as unanswered.
    pub accepted: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OpenRow {
    pub criterion_id: String,
    pub section_title: Texts,
    pub requirement: Texts,
    /// e.g. "flagged for review; unanswered"
    pub why: String,
    pub comment: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EvidenceRow {
    pub criterion_id: String,
    pub name: String,
    pub bytes: u64,
    /// e.g. "182.0 kB"
    pub size: String,
    pub sha256: String,
    pub note: String,
}

/// One top-level section of the answers appendix.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AnswerSection {
    pub title: Texts,
    pub rows: Vec<AnswerRow>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AnswerRow {
    pub criterion_id: String,
    pub requirement: Texts,
    /// The option's label, "N/A: <justification>", "unanswered" or "not in scope".
    pub answer: Texts,
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
    pub answer: Texts,
    /// "confirmed", "not confirmed" or "needs evidence".
    pub finding: String,
    /// The auditor does not confirm the answer as given.
    pub disagrees: bool,
    pub note: String,
}

/// An answer kept from an earlier version of the criteria for a criterion no longer asked.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RetiredRow {
    pub criterion_id: String,
    /// The criteria version that last asked it.
    pub version: String,
    /// The option's id as answered (its label went with the criterion), or the N/A claim.
    pub answer: String,
    pub comment: String,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct Registers {
    pub not_applicable: Vec<NaRow>,
    pub open_items: Vec<OpenRow>,
    /// Answers kept for criteria that a new version of the criteria no longer asks.
    pub no_longer_asked: Vec<RetiredRow>,
    pub evidence: Vec<EvidenceRow>,
    pub answers: Vec<AnswerSection>,
    pub review: Option<ReviewSection>,
}

/// Collects every register of the report in its `languages`.
pub fn collect(
    questionnaire: &Questionnaire,
    assessment: &Assessment,
    scorecard: &Scorecard,
    languages: &Languages,
) -> Registers {
    let mut registers = Registers::default();
    let lang = languages.words;
    let section_title = |criterion: &Criterion| {
        questionnaire
            .sections
            .iter()
            .find(|s| s.id == criterion.top_section)
            .map_or_else(Texts::default, |s| languages.texts(&s.title))
    };
    for (criterion, state) in questionnaire.criteria.iter().zip(&scorecard.criteria) {
        let answer = assessment.answers.get(&criterion.id);
        let requirement = languages.texts(&criterion.text);
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
        let reconfirm = answer.is_some_and(|a| a.reconfirm);
        let open = match state {
            CriterionState::Unanswered => Some("report-open-unanswered"),
            CriterionState::NaWithoutJustification => Some("report-open-na-without-justification"),
            _ => None,
        };
        if state.is_applicable() && (flagged || reconfirm || open.is_some()) {
            let why: Vec<String> = flagged
                .then_some("report-open-flagged")
                .into_iter()
                .chain(reconfirm.then_some("report-open-reconfirm"))
                .chain(open)
                .map(|id| i18n::text(lang, id))
                .collect();
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
                size: size(lang, file.bytes),
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
                    requirement: languages.texts(&criterion.text),
                    answer: answer_text(
                        questionnaire,
                        criterion,
                        state,
                        answer.and_then(|a| a.na.as_deref()),
                        languages,
                    ),
                    comment: answer.map_or(String::new(), |a| a.comment.clone()),
                }
            })
            .collect();
        registers.answers.push(AnswerSection { title: languages.texts(&section.title), rows });
    }
    registers.no_longer_asked = assessment
        .retired
        .iter()
        .map(|(id, retired)| RetiredRow {
            criterion_id: id.clone(),
            version: retired.version.clone(),
            answer: match (&retired.answer.option, &retired.answer.na) {
                (Some(option), _) => option.clone(),
                (None, Some(justification)) => i18n::message(
                    lang,
                    "report-answer-na-justified",
                    &Args::new().with("justification", justification.as_str()),
                ),
                (None, None) => i18n::text(lang, "report-answer-unanswered"),
            },
            comment: retired.answer.comment.clone(),
        })
        .collect();
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
                    answer: answer_text(questionnaire, criterion, state, na, languages),
                    finding: finding_word(lang, verdict.verdict),
                    disagrees: verdict.verdict != Finding::Confirmed,
                    note: verdict.note.clone(),
                })
            })
            .collect();
        let count = |finding: Finding| rows.iter().filter(|row| row.finding == finding_word(lang, finding)).count();
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

/// The answer as the appendix and the review show it: the option's label in the criteria
/// languages, else the catalog's words for the state (one wording per state, everywhere).
fn answer_text(
    questionnaire: &Questionnaire,
    criterion: &Criterion,
    state: &CriterionState,
    na: Option<&str>,
    languages: &Languages,
) -> Texts {
    let lang = languages.words;
    let words = |id: &str, args: Args| Texts::plain(&i18n::message(lang, id, &args), lang.code());
    match state {
        CriterionState::NotApplicable => languages.words("report-answer-not-in-scope"),
        CriterionState::Unanswered => languages.words("report-answer-unanswered"),
        CriterionState::Answered { option, .. } => questionnaire
            .scale_of(criterion)
            .option(option)
            .map_or_else(|| Texts::plain(option, &languages.criteria[0]), |o| languages.texts(&o.label)),
        CriterionState::Na => match na.map(str::trim).filter(|j| !j.is_empty()) {
            Some(justification) => {
                words("report-answer-na-justified", Args::new().with("justification", justification.to_owned()))
            }
            None => languages.words("report-answer-na"),
        },
        CriterionState::NaWithoutJustification => languages.words("report-answer-na-without-justification"),
    }
}

fn finding_word(lang: Lang, finding: Finding) -> String {
    let id = match finding {
        Finding::Confirmed => "report-finding-confirmed",
        Finding::NotConfirmed => "report-finding-not-confirmed",
        Finding::NeedsEvidence => "report-finding-needs-evidence",
    };
    i18n::text(lang, id)
}

/// A file size for people: bytes, kB or MB (powers of 1,000, one decimal), as `lang` writes it.
pub fn size(lang: Lang, bytes: u64) -> String {
    let value = |unit: f64| i18n::number(lang, bytes as f64 / unit, 1);
    match bytes {
        0..1_000 => i18n::message(lang, "human-size-bytes", &Args::new().with("bytes", bytes)),
        1_000..1_000_000 => i18n::message(lang, "human-size-kb", &Args::new().with("value", value(1e3))),
        _ => i18n::message(lang, "human-size-mb", &Args::new().with("value", value(1e6))),
    }
}

#[cfg(test)]
mod tests {
    use super::size;
    use crate::i18n::Lang;

    #[test]
    fn sizes_read_like_a_file_manager() {
        let sizes = [0, 1, 999, 182_044, 3_400_000].map(|bytes| size(Lang::En, bytes));
        assert_eq!(sizes, ["0\u{a0}bytes", "1\u{a0}byte", "999\u{a0}bytes", "182.0\u{a0}kB", "3.4\u{a0}MB"]);
        assert_eq!(size(Lang::Fr, 182_044), "182,0\u{202F}ko");
    }
}
