//! `certready diff OLD NEW --propose-migration`: a `migrations:` entry for NEW from OLD, found
//! from the ids and the default-language requirement texts, for the author to accept or edit.
//!
//! Texts are compared as sets of lowercase words (letters and digits, a few function words
//! left out). Thresholds and order (docs/formats.md): same id (re-confirm when the text
//! differs); a split when two or more new texts each have [`PART_OF`] of their words in the old
//! text; a rename when the best remaining pair's Jaccard similarity is at least [`RENAME`]; a
//! merge when an old text has [`PART_OF`] of its words in a new one; else removed.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use crate::model::{Migration, MigrationTarget, Questionnaire};

/// Word-set Jaccard similarity from which two texts are one requirement renamed.
pub const RENAME: f64 = 0.5;
/// The share of a text's words found in another from which it is part of it (split, merge).
pub const PART_OF: f64 = 0.6;

/// Words too common to say anything about a requirement.
const FUNCTION_WORDS: [&str; 24] = [
    "a", "an", "and", "are", "as", "at", "be", "by", "each", "every", "for", "from", "in", "is", "it", "its", "of",
    "on", "or", "that", "the", "this", "to", "with",
];

/// A proposed migration map, and what it could not place.
#[derive(Debug, Clone, PartialEq)]
pub struct Proposal {
    pub map: Migration,
    /// Why each listed old id was proposed as it is (shown as a comment).
    pub reasons: BTreeMap<String, String>,
    /// Old ids that keep their id and text (not listed).
    pub unchanged: usize,
    /// New criteria that no old answer reaches.
    pub added: Vec<String>,
}

fn words(text: &str) -> BTreeSet<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .filter(|w| !FUNCTION_WORDS.contains(&w.as_str()))
        .collect()
}

/// The share of `part`'s words that are in `whole`.
fn part_of(part: &BTreeSet<String>, whole: &BTreeSet<String>) -> f64 {
    if part.is_empty() {
        return 0.0;
    }
    part.intersection(whole).count() as f64 / part.len() as f64
}

fn jaccard(a: &BTreeSet<String>, b: &BTreeSet<String>) -> f64 {
    let union = a.union(b).count();
    if union == 0 {
        return 0.0;
    }
    a.intersection(b).count() as f64 / union as f64
}

fn percent(share: f64) -> String {
    format!("{:.0} %", share * 100.0)
}

/// Propose the map that carries assessments of `old` to `new`.
pub fn propose(old: &Questionnaire, new: &Questionnaire) -> Proposal {
    let old_words: BTreeMap<&str, BTreeSet<String>> =
        old.criteria.iter().map(|c| (c.id.as_str(), words(&c.text.default))).collect();
    let new_words: BTreeMap<&str, BTreeSet<String>> =
        new.criteria.iter().map(|c| (c.id.as_str(), words(&c.text.default))).collect();
    let old_texts: BTreeMap<&str, &str> =
        old.criteria.iter().map(|c| (c.id.as_str(), c.text.default.as_str())).collect();
    let mut criteria: BTreeMap<String, MigrationTarget> = BTreeMap::new();
    let mut reasons: BTreeMap<String, String> = BTreeMap::new();
    let mut unchanged = 0;
    for criterion in &new.criteria {
        match old_texts.get(criterion.id.as_str()) {
            Some(text) if *text == criterion.text.default => unchanged += 1,
            Some(_) => {
                criteria.insert(
                    criterion.id.clone(),
                    MigrationTarget::To { ids: vec![criterion.id.clone()], reconfirm: true },
                );
                reasons.insert(criterion.id.clone(), "same id, requirement text changed".into());
            }
            None => {}
        }
    }
    let mut old_left: Vec<&str> =
        old.criteria.iter().map(|c| c.id.as_str()).filter(|id| !new_words.contains_key(id)).collect();
    let mut new_left: Vec<&str> =
        new.criteria.iter().map(|c| c.id.as_str()).filter(|id| !old_words.contains_key(id)).collect();

    // Splits.
    old_left.retain(|&o| {
        let parts: Vec<(&str, f64)> = new_left
            .iter()
            .map(|&n| (n, part_of(&new_words[n], &old_words[o])))
            .filter(|&(_, share)| share >= PART_OF)
            .collect();
        if parts.len() < 2 {
            return true;
        }
        let ids: Vec<String> = parts.iter().map(|(n, _)| (*n).to_owned()).collect();
        let shares: Vec<String> = parts.iter().map(|(n, s)| format!("{n} {}", percent(*s))).collect();
        reasons.insert(o.to_owned(), format!("split: words of each part in the old text: {}", shares.join(", ")));
        new_left.retain(|n| !ids.iter().any(|id| id == n));
        criteria.insert(o.to_owned(), MigrationTarget::To { ids, reconfirm: false });
        false
    });

    // Renames: the most similar pairs first.
    let mut pairs: Vec<(f64, &str, &str)> = old_left
        .iter()
        .flat_map(|&o| new_left.iter().map(move |&n| (o, n)))
        .map(|(o, n)| (jaccard(&old_words[o], &new_words[n]), o, n))
        .filter(|&(similarity, _, _)| similarity >= RENAME)
        .collect();
    pairs.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(b.1)).then(a.2.cmp(b.2)));
    let mut renamed_to: BTreeSet<&str> = BTreeSet::new();
    for (similarity, o, n) in pairs {
        if criteria.contains_key(o) || renamed_to.contains(n) {
            continue;
        }
        let same_text = old_texts[o] == new.criteria.iter().find(|c| c.id == n).map_or("", |c| c.text.default.as_str());
        reasons.insert(o.to_owned(), format!("renamed: {} of the words in common", percent(similarity)));
        criteria.insert(o.to_owned(), MigrationTarget::To { ids: vec![n.to_owned()], reconfirm: !same_text });
        renamed_to.insert(n);
    }
    old_left.retain(|o| !criteria.contains_key(*o));
    new_left.retain(|n| !renamed_to.contains(n));

    // Merges, else removed.
    for o in old_left {
        let best = new
            .criteria
            .iter()
            .map(|c| (c.id.as_str(), part_of(&old_words[o], &new_words[c.id.as_str()])))
            .filter(|&(_, share)| share >= PART_OF)
            .max_by(|a, b| a.1.total_cmp(&b.1));
        match best {
            Some((n, share)) => {
                reasons.insert(o.to_owned(), format!("merged: {} of its words in {n}", percent(share)));
                criteria.insert(o.to_owned(), MigrationTarget::To { ids: vec![n.to_owned()], reconfirm: false });
                // A merge lists every old id it absorbs, one that keeps its id too.
                if old_words.contains_key(n) && !criteria.contains_key(n) {
                    unchanged -= 1;
                    reasons.insert(n.to_owned(), "merged: keeps its id".into());
                    criteria.insert(n.to_owned(), MigrationTarget::To { ids: vec![n.to_owned()], reconfirm: false });
                }
                new_left.retain(|&left| left != n);
            }
            None => {
                reasons.insert(o.to_owned(), "removed: no new text holds most of its words".into());
                criteria.insert(o.to_owned(), MigrationTarget::Removed);
            }
        }
    }

    // Splits and merges are always re-confirmed: the mark would only repeat it.
    let mut sources: BTreeMap<String, usize> = BTreeMap::new();
    for target in criteria.values() {
        if let MigrationTarget::To { ids, .. } = target {
            for id in ids {
                *sources.entry(id.clone()).or_default() += 1;
            }
        }
    }
    for (old_id, target) in criteria.iter_mut() {
        if let MigrationTarget::To { ids, reconfirm } = target {
            if ids.len() > 1 || sources[&ids[0]] > 1 {
                *reconfirm = false;
                if sources[&ids[0]] > 1 && !reasons[old_id].starts_with("merged") {
                    reasons.insert(old_id.clone(), format!("merged: {}", reasons[old_id]));
                }
            }
        }
    }
    Proposal {
        map: Migration { from: old.version.clone(), criteria },
        reasons,
        unchanged,
        added: new_left.iter().map(|n| (*n).to_owned()).collect(),
    }
}

/// An id as a YAML scalar: bare when it reads back as that string, else double-quoted.
fn scalar(id: &str) -> String {
    let plain = id.starts_with(|c: char| c.is_ascii_alphabetic())
        && !["true", "false", "null", "yes", "no", "on", "off", "y", "n", "removed"]
            .contains(&id.to_lowercase().as_str());
    if plain {
        id.to_owned()
    } else {
        serde_json::to_string(id).unwrap_or_default()
    }
}

impl fmt::Display for Proposal {
    /// The `migrations:` block, with a comment on each line saying why.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "migrations:")?;
        writeln!(f, "  - from: {}", serde_json::to_string(&self.map.from).unwrap_or_default())?;
        writeln!(f, "    # proposed by certready diff --propose-migration: check every line")?;
        writeln!(f, "    # {} criteria keep their id and text (not listed)", self.unchanged)?;
        if self.map.criteria.is_empty() {
            writeln!(f, "    criteria: {{}}")?;
        } else {
            writeln!(f, "    criteria:")?;
        }
        for (old, target) in &self.map.criteria {
            let value = match target {
                MigrationTarget::Removed => "removed".to_owned(),
                MigrationTarget::To { ids, reconfirm: false } if ids.len() == 1 => scalar(&ids[0]),
                MigrationTarget::To { ids, reconfirm } => {
                    let to = if ids.len() == 1 {
                        scalar(&ids[0])
                    } else {
                        format!("[{}]", ids.iter().map(|id| scalar(id)).collect::<Vec<_>>().join(", "))
                    };
                    let again = if *reconfirm { ", reconfirm: true" } else { "" };
                    format!("{{to: {to}{again}}}")
                }
            };
            let reason = self.reasons.get(old).map(|r| format!("  # {r}")).unwrap_or_default();
            writeln!(f, "      {}: {value}{reason}", scalar(old))?;
        }
        if !self.added.is_empty() {
            writeln!(f, "    # new criteria (no answer is carried to them): {}", self.added.join(", "))?;
        }
        Ok(())
    }
}
