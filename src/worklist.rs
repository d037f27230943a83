//! Which criteria the operator is shown: the filters of the walk-through (unanswered, gaps,
//! flagged, critical), a text search over ids and requirement text, and the next criterion
//! still to answer. Pure functions of the questionnaire, the assessment and its scorecard.

use crate::model::{Assessment, Questionnaire};
use crate::scoring::{CriterionState, Scorecard};

/// A filter of the walk-through; `All` shows one section at a time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Filter {
    #[default]
    All,
    /// Applicable and not counted yet (no answer, or N/A still missing its justification).
    Unanswered,
    /// Answered, and below fully met (unanswered criteria have their own filter).
    Gaps,
    /// Flagged for review by the operator.
    Flagged,
    /// Critical criteria that apply.
    Critical,
}

impl Filter {
    pub const ALL: [Filter; 5] = [Filter::All, Filter::Unanswered, Filter::Gaps, Filter::Flagged, Filter::Critical];

    /// Stable name, used in element ids.
    pub fn name(self) -> &'static str {
        match self {
            Filter::All => "all",
            Filter::Unanswered => "unanswered",
            Filter::Gaps => "gaps",
            Filter::Flagged => "flagged",
            Filter::Critical => "critical",
        }
    }
}

/// Whether the criterion still needs an answer to count.
pub fn is_open(state: &CriterionState) -> bool {
    matches!(state, CriterionState::Unanswered | CriterionState::NaWithoutJustification)
}

/// The applicable criteria (indices into `Questionnaire::criteria`, in questionnaire order)
/// that pass `filter` and whose id or requirement text (in any language) contains every word
/// of `search`, ignoring case.
pub fn matching(
    questionnaire: &Questionnaire,
    assessment: &Assessment,
    card: &Scorecard,
    filter: Filter,
    search: &str,
) -> Vec<usize> {
    let words: Vec<String> = search.split_whitespace().map(str::to_lowercase).collect();
    questionnaire
        .criteria
        .iter()
        .enumerate()
        .filter(|&(index, criterion)| {
            let state = &card.criteria[index];
            if !state.is_applicable() {
                return false;
            }
            let passes = match filter {
                Filter::All => true,
                Filter::Unanswered => is_open(state),
                Filter::Gaps => matches!(state, CriterionState::Answered { value, .. } if *value < 1.0),
                Filter::Flagged => assessment.answers.get(&criterion.id).is_some_and(|answer| answer.flagged),
                Filter::Critical => criterion.critical,
            };
            passes && {
                let haystack = std::iter::once(criterion.id.as_str())
                    .chain(std::iter::once(criterion.text.default.as_str()))
                    .chain(criterion.text.translations.values().map(String::as_str))
                    .collect::<Vec<_>>()
                    .join("\n")
                    .to_lowercase();
                words.iter().all(|word| haystack.contains(word.as_str()))
            }
        })
        .map(|(index, _)| index)
        .collect()
}

/// The first applicable criterion still to answer after `after` (an index into
/// `Questionnaire::criteria`), wrapping round to the start; `None` when none is left.
pub fn next_open(card: &Scorecard, after: Option<usize>) -> Option<usize> {
    let count = card.criteria.len();
    let start = after.map_or(0, |index| index + 1);
    (0..count).map(|step| (start + step) % count).find(|&index| is_open(&card.criteria[index]))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::parse_questionnaire;
    use crate::scoring::score;

    const CRITERIA: &str = r#"
format: questionnaire/1
id: t
version: "1"
title: T
scales:
  compliance:
    options:
      - {id: met, label: Met, value: 1}
      - {id: not-met, label: Not met, value: 0}
defaults: {scale: compliance}
sections:
  - id: s1
    title: One
    criteria:
      - {id: A-1, text: Doors are locked at night}
      - {id: A-2, text: Keys are logged, critical: true}
  - id: s2
    title: Two
    criteria:
      - {id: B-1, text: Visitors sign in}
      - {id: B-2, text: Mail is screened, when: {criterion: B-1, in: [met]}}
"#;

    fn setup() -> (Questionnaire, Assessment) {
        let (questionnaire, diagnostics) = parse_questionnaire(CRITERIA.as_bytes());
        let questionnaire = questionnaire.unwrap_or_else(|| panic!("{diagnostics:?}"));
        let assessment = Assessment::new(&questionnaire);
        (questionnaire, assessment)
    }

    fn ids(questionnaire: &Questionnaire, indices: &[usize]) -> Vec<String> {
        indices.iter().map(|&i| questionnaire.criteria[i].id.clone()).collect()
    }

    #[test]
    fn filters_and_search_select_the_expected_criteria() {
        let (questionnaire, mut assessment) = setup();
        assessment.choose_option("A-1", "not-met");
        assessment.set_flagged("A-1", true);
        assessment.choose_option("B-1", "not-met");
        let card = score(&questionnaire, &assessment);
        let pick = |filter, search| ids(&questionnaire, &matching(&questionnaire, &assessment, &card, filter, search));
        // B-2 does not apply: B-1 is not met.
        assert_eq!(pick(Filter::All, ""), ["A-1", "A-2", "B-1"]);
        assert_eq!(pick(Filter::Unanswered, ""), ["A-2"]);
        assert_eq!(pick(Filter::Gaps, ""), ["A-1", "B-1"]);
        assert_eq!(pick(Filter::Flagged, ""), ["A-1"]);
        assert_eq!(pick(Filter::Critical, ""), ["A-2"]);
        assert_eq!(pick(Filter::All, "KEYS logged"), ["A-2"]);
        assert_eq!(pick(Filter::All, "b-1"), ["B-1"]);
        assert!(pick(Filter::All, "keys visitors").is_empty(), "every word must match");
    }

    #[test]
    fn next_open_wraps_and_skips_answered_and_inapplicable() {
        let (questionnaire, mut assessment) = setup();
        assessment.choose_option("A-2", "met");
        let card = score(&questionnaire, &assessment);
        let id = |index: Option<usize>| index.map(|i| questionnaire.criteria[i].id.clone());
        assert_eq!(id(next_open(&card, None)).as_deref(), Some("A-1"));
        assert_eq!(id(next_open(&card, Some(0))).as_deref(), Some("B-1"));
        assessment.choose_option("B-1", "not-met");
        let card = score(&questionnaire, &assessment);
        assert_eq!(id(next_open(&card, Some(0))).as_deref(), Some("A-1"), "wraps round; B-2 does not apply");
        assessment.choose_option("A-1", "met");
        assert_eq!(next_open(&score(&questionnaire, &assessment), Some(1)), None);
    }
}
