//! Carrying an assessment forward to a new version of its criteria file, with the new file's
//! migration map (`migrations:`); pure: no files, no clock.
//!
//! Every old answer ends up somewhere: at its new id (kept, renamed, split into several, merged
//! with others) or under `retired`. Changed, split and merged answers are marked `reconfirm`.
//! The rules are in docs/formats.md ("Carried forward to a new criteria version").

mod propose;

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt;

use serde::Serialize;

use crate::model::{
    Answer, Assessment, Criterion, Finding, MigrationTarget, Questionnaire, QuestionnaireRef, Retired, ReviewVerdict,
};

pub use propose::{propose, Proposal, PART_OF, RENAME};

/// Why an assessment cannot be carried forward.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MigrateError {
    /// The assessment answers another questionnaire.
    OtherQuestionnaire { assessment: String, criteria: String },
    /// The assessment already answers the new version.
    AlreadyCurrent { version: String },
    /// The old criteria given are not the ones the assessment answers.
    OldMismatch { assessment: String, old: String },
}

impl fmt::Display for MigrateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            MigrateError::OtherQuestionnaire { assessment, criteria } => write!(
                f,
                "the assessment answers `{assessment}`, not `{criteria}`: it can only move to a version of its own criteria"
            ),
            MigrateError::AlreadyCurrent { version } => {
                write!(f, "the assessment already answers version {version}: there is nothing to migrate")
            }
            MigrateError::OldMismatch { assessment, old } => {
                write!(f, "the assessment answers {assessment}, but the old criteria given are {old}")
            }
        }
    }
}

impl std::error::Error for MigrateError {}

/// What became of one old criterion id.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Fate {
    Kept,
    Renamed,
    Split,
    Merged,
    Removed,
}

/// One old id's line in the summary.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OldId {
    pub id: String,
    pub fate: Fate,
    /// The new ids its answer went to (empty when removed).
    pub to: Vec<String>,
    /// Whether the assessment had an answer (or a finding) for it.
    pub answered: bool,
    /// Whether the carried answer is to be confirmed again.
    pub reconfirm: bool,
}

/// What a migration did, for the CLI (text or JSON) and the app.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MigrationSummary {
    pub questionnaire: String,
    pub from: String,
    pub to: String,
    /// Whether the new file has a map from the old version (without one, ids are matched as they are).
    pub map: bool,
    /// Every old id known (the old file's criteria when given, the answered ids and the map's).
    pub old: Vec<OldId>,
    /// New ids whose carried answer is marked `reconfirm`.
    pub reconfirm: Vec<String>,
    /// Old ids whose answers went to `retired` (under these keys).
    pub retired: Vec<String>,
    /// Criteria of the new version that no old answer reached.
    pub unanswered: Vec<String>,
}

/// Carry `assessment` forward to `new`. `old` is the criteria file it answers, when known: it
/// names every old criterion in the summary and gives the old option values.
pub fn migrate(
    assessment: &Assessment,
    old: Option<&Questionnaire>,
    new: &Questionnaire,
) -> Result<(Assessment, MigrationSummary), MigrateError> {
    let reference = &assessment.questionnaire;
    if reference.id != new.id {
        return Err(MigrateError::OtherQuestionnaire { assessment: reference.id.clone(), criteria: new.id.clone() });
    }
    if reference.version == new.version {
        return Err(MigrateError::AlreadyCurrent { version: new.version.clone() });
    }
    if let Some(old) = old {
        if old.id != reference.id || old.version != reference.version {
            return Err(MigrateError::OldMismatch {
                assessment: format!("`{}` version {}", reference.id, reference.version),
                old: format!("`{}` version {}", old.id, old.version),
            });
        }
    }
    let map = new.migration_from(&reference.version);
    let new_ids = new.criteria_by_id();
    let verdicts = assessment.review.as_ref().map(|r| &r.verdicts);

    // Every old id known, and where each goes.
    let mut old_ids: BTreeSet<&str> = assessment.answers.keys().map(String::as_str).collect();
    old_ids.extend(verdicts.into_iter().flat_map(|v| v.keys().map(String::as_str)));
    old_ids.extend(old.into_iter().flat_map(|q| q.criteria.iter().map(|c| c.id.as_str())));
    old_ids.extend(map.into_iter().flat_map(|m| m.criteria.keys().map(String::as_str)));
    let route = |id: &str| -> (Vec<String>, bool) {
        match map.and_then(|m| m.criteria.get(id)) {
            Some(MigrationTarget::Removed) => (Vec::new(), false),
            Some(MigrationTarget::To { ids, reconfirm }) => (ids.clone(), *reconfirm),
            None if new_ids.contains_key(id) => (vec![id.to_owned()], false),
            None => (Vec::new(), false),
        }
    };
    let routes: BTreeMap<&str, (Vec<String>, bool)> = old_ids.iter().map(|&id| (id, route(id))).collect();
    let mut sources: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for (&old_id, (targets, _)) in &routes {
        for target in targets {
            sources.entry(target.as_str()).or_default().push(old_id);
        }
    }

    let mut summary = MigrationSummary {
        questionnaire: new.id.clone(),
        from: reference.version.clone(),
        to: new.version.clone(),
        map: map.is_some(),
        old: Vec::new(),
        reconfirm: Vec::new(),
        retired: Vec::new(),
        unanswered: Vec::new(),
    };
    let mut reconfirm_of: BTreeMap<&str, bool> = BTreeMap::new();
    for (&old_id, (targets, changed)) in &routes {
        let fate = match targets.as_slice() {
            [] => Fate::Removed,
            [_, _, ..] => Fate::Split,
            [target] if sources.get(target.as_str()).is_some_and(|s| s.len() > 1) => Fate::Merged,
            [target] if target == old_id => Fate::Kept,
            [_] => Fate::Renamed,
        };
        let reconfirm = *changed || matches!(fate, Fate::Split | Fate::Merged);
        reconfirm_of.insert(old_id, reconfirm);
        let answered = assessment.answers.contains_key(old_id) || verdicts.is_some_and(|v| v.contains_key(old_id));
        summary.old.push(OldId { id: old_id.to_owned(), fate, to: targets.clone(), answered, reconfirm });
    }

    let mut out = assessment.clone();
    out.questionnaire =
        QuestionnaireRef { id: new.id.clone(), version: new.version.clone(), sha256: Some(new.sha256.clone()) };
    out.answers = BTreeMap::new();
    let mut new_verdicts: BTreeMap<String, ReviewVerdict> = BTreeMap::new();
    let (old_indexed, new_indexed) = (old.map(Indexed::new), Indexed::new(new));
    for criterion in &new.criteria {
        let Some(from) = sources.get(criterion.id.as_str()) else { continue };
        let answers: Vec<(&str, &Answer)> =
            from.iter().filter_map(|&id| assessment.answers.get(id).map(|a| (id, a))).collect();
        let mut reconfirm = from.iter().any(|id| reconfirm_of.get(id).copied().unwrap_or(false));
        if !answers.is_empty() {
            let mut answer = if answers.len() == 1 {
                answers[0].1.clone()
            } else {
                merge_answers(&answers, old_indexed.as_ref(), &new_indexed, &criterion.id)
            };
            reconfirm |= fit_to_criterion(&mut answer, answers[0].0, old_indexed.as_ref(), &new_indexed, criterion);
            answer.reconfirm |= reconfirm;
            if answer.reconfirm {
                summary.reconfirm.push(criterion.id.clone());
            }
            out.answers.insert(criterion.id.clone(), answer);
        }
        let found: Vec<(&str, &ReviewVerdict)> =
            from.iter().filter_map(|&id| verdicts.and_then(|v| v.get(id)).map(|v| (id, v))).collect();
        if let Some(verdict) = merge_verdicts(&found) {
            new_verdicts.insert(criterion.id.clone(), verdict);
        }
    }
    for (&old_id, (targets, _)) in &routes {
        if !targets.is_empty() {
            continue;
        }
        let answer = assessment.answers.get(old_id).cloned();
        let verdict = verdicts.and_then(|v| v.get(old_id)).cloned();
        if answer.is_none() && verdict.is_none() {
            continue;
        }
        let key = if out.retired.contains_key(old_id) {
            format!("{old_id}@{}", reference.version)
        } else {
            old_id.to_owned()
        };
        summary.retired.push(key.clone());
        out.retired
            .insert(key, Retired { version: reference.version.clone(), answer: answer.unwrap_or_default(), verdict });
    }
    if let Some(review) = &mut out.review {
        review.verdicts = new_verdicts;
    }
    summary.unanswered =
        new.criteria.iter().filter(|c| !out.answers.contains_key(&c.id)).map(|c| c.id.clone()).collect();
    Ok((out, summary))
}

/// A questionnaire with its criteria indexed by id.
struct Indexed<'a> {
    q: &'a Questionnaire,
    ids: HashMap<&'a str, usize>,
}

impl<'a> Indexed<'a> {
    fn new(q: &'a Questionnaire) -> Indexed<'a> {
        Indexed { q, ids: q.criteria_by_id() }
    }

    /// An option's value as a fraction of its scale's maximum, in criterion `id`.
    fn fraction(&self, id: &str, option: &str) -> Option<f64> {
        let criterion = &self.q.criteria[*self.ids.get(id)?];
        let scale = self.q.scale_of(criterion);
        Some(scale.option(option)?.value / scale.max)
    }
}

/// Several old answers as one (a merge): the lowest answer, comments joined with their old ids,
/// every evidence file once, flagged if any was.
fn merge_answers(answers: &[(&str, &Answer)], old: Option<&Indexed>, new: &Indexed, new_id: &str) -> Answer {
    let value = |old_id: &str, option: &str| {
        old.and_then(|q| q.fraction(old_id, option)).or_else(|| new.fraction(new_id, option)).unwrap_or(0.0)
    };
    let mut merged = Answer::default();
    let lowest = answers
        .iter()
        .filter_map(|(id, a)| a.option.as_ref().map(|o| (value(id, o), o)))
        .min_by(|a, b| a.0.total_cmp(&b.0));
    if let Some((_, option)) = lowest {
        merged.option = Some(option.clone());
    } else if answers.iter().all(|(_, a)| a.na.is_some()) {
        let justifications: Vec<String> = answers
            .iter()
            .filter_map(|(id, a)| a.na.as_ref().filter(|j| !j.trim().is_empty()).map(|j| format!("[{id}] {j}")))
            .collect();
        merged.na = Some(justifications.join("\n"));
    }
    let comments: Vec<String> =
        answers.iter().filter(|(_, a)| !a.comment.is_empty()).map(|(id, a)| format!("[{id}] {}", a.comment)).collect();
    merged.comment = comments.join("\n");
    for (_, answer) in answers {
        for evidence in &answer.evidence {
            if !merged.evidence.iter().any(|e| e.sha256 == evidence.sha256 && e.name == evidence.name) {
                merged.evidence.push(evidence.clone());
            }
        }
        merged.flagged |= answer.flagged;
    }
    merged.reconfirm = true;
    merged
}

/// Makes a carried answer valid for the new criterion: an option its scale lacks becomes the
/// best option not above the old value (known from the old file), else it is cleared; N/A where
/// it is now forbidden is cleared, the justification kept in the comment. True when it changed.
fn fit_to_criterion(
    answer: &mut Answer,
    old_id: &str,
    old: Option<&Indexed>,
    new: &Indexed,
    criterion: &Criterion,
) -> bool {
    let scale = new.q.scale_of(criterion);
    let mut changed = false;
    if let Some(option) = answer.option.clone() {
        if scale.option(&option).is_none() {
            changed = true;
            let old_value = old.and_then(|q| q.fraction(old_id, &option));
            answer.option = old_value.and_then(|v| {
                scale
                    .options
                    .iter()
                    .filter(|o| o.value / scale.max <= v + 1e-9)
                    .max_by(|a, b| a.value.total_cmp(&b.value))
                    .map(|o| o.id.clone())
            });
        }
    }
    if let Some(justification) = answer.na.clone() {
        if criterion.na == crate::model::NaPolicy::Forbidden {
            changed = true;
            answer.na = None;
            let note = format!("N/A before migration: {justification}");
            answer.comment = if answer.comment.is_empty() { note } else { format!("{}\n{note}", answer.comment) };
        }
    }
    changed
}

/// The findings on merged answers as one: the least favourable, notes joined.
fn merge_verdicts(found: &[(&str, &ReviewVerdict)]) -> Option<ReviewVerdict> {
    if found.len() <= 1 {
        return found.first().map(|(_, v)| (*v).clone());
    }
    let rank = |f: Finding| match f {
        Finding::NotConfirmed => 0,
        Finding::NeedsEvidence => 1,
        Finding::Confirmed => 2,
    };
    let verdict = found.iter().map(|(_, v)| v.verdict).min_by_key(|&f| rank(f))?;
    let notes: Vec<String> =
        found.iter().filter(|(_, v)| !v.note.is_empty()).map(|(id, v)| format!("[{id}] {}", v.note)).collect();
    Some(ReviewVerdict { verdict, note: notes.join("\n") })
}

impl fmt::Display for MigrationSummary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let count = |fate: Fate| self.old.iter().filter(|o| o.fate == fate).count();
        writeln!(
            f,
            "{} {} -> {}: {} kept, {} renamed, {} split, {} merged, {} removed; {} to re-confirm, {} new unanswered",
            self.questionnaire,
            self.from,
            self.to,
            count(Fate::Kept),
            count(Fate::Renamed),
            count(Fate::Split),
            count(Fate::Merged),
            count(Fate::Removed),
            self.reconfirm.len(),
            self.unanswered.len()
        )?;
        if !self.map {
            writeln!(f, "  (the new criteria have no migration map from {}: answers matched by id)", self.from)?;
        }
        for old in self.old.iter().filter(|o| o.fate != Fate::Kept || o.reconfirm) {
            let what = match old.fate {
                Fate::Kept => "kept".to_owned(),
                Fate::Renamed => format!("renamed -> {}", old.to.join(", ")),
                Fate::Split => format!("split -> [{}]", old.to.join(", ")),
                Fate::Merged => format!("merged -> {}", old.to.join(", ")),
                Fate::Removed if old.answered => "removed (answer retired)".to_owned(),
                Fate::Removed => "removed".to_owned(),
            };
            let again = if old.reconfirm && old.answered { ", re-confirm" } else { "" };
            writeln!(f, "  {}: {what}{again}", old.id)?;
        }
        if !self.reconfirm.is_empty() {
            writeln!(f, "to re-confirm: {}", self.reconfirm.join(", "))?;
        }
        let new: Vec<&str> = self
            .unanswered
            .iter()
            .filter(|id| !self.old.iter().any(|o| o.to.contains(id)))
            .map(String::as_str)
            .collect();
        if !new.is_empty() {
            writeln!(f, "new criteria: {}", new.join(", "))?;
        }
        Ok(())
    }
}
