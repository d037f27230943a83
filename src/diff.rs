//! What changed between two versions of a criteria file: the regulator's release note.
//!
//! Criteria are matched by id. A criterion is *changed* when anything an operator or the score
//! depends on differs: texts, evidence, section, scale, weight, critical, N/A policy, level,
//! profiles or condition. Scoring rules and scale option values are compared too, since they
//! move every result.

use std::collections::BTreeMap;
use std::fmt::{self, Write as _};

use serde::Serialize;

use crate::model::{Condition, Criterion, Questionnaire, Text};

/// The differences between an old and a new questionnaire.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CriteriaDiff {
    pub old: Version,
    pub new: Version,
    pub added: Vec<Entry>,
    pub removed: Vec<Entry>,
    pub changed: Vec<Changed>,
    /// Changes to scoring rules and scales, which affect every criterion.
    pub rules: Vec<FieldChange>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Version {
    pub id: String,
    pub version: String,
}

/// A criterion that exists on one side only.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Entry {
    pub id: String,
    pub section: String,
    pub text: String,
    pub weight: f64,
    pub critical: bool,
}

/// A criterion on both sides, with what differs.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Changed {
    pub id: String,
    pub fields: Vec<FieldChange>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FieldChange {
    pub field: String,
    pub old: String,
    pub new: String,
}

impl CriteriaDiff {
    pub fn is_empty(&self) -> bool {
        self.added.is_empty() && self.removed.is_empty() && self.changed.is_empty() && self.rules.is_empty()
    }
}

/// Compare two questionnaires (normally two versions of one file).
pub fn diff(old: &Questionnaire, new: &Questionnaire) -> CriteriaDiff {
    let old_sections = sections_of(old);
    let new_sections = sections_of(new);
    let entry = |q: &Questionnaire, sections: &[String], index: usize| {
        let c = &q.criteria[index];
        Entry {
            id: c.id.clone(),
            section: sections[index].clone(),
            text: c.text.default.clone(),
            weight: c.weight,
            critical: c.critical,
        }
    };
    let mut added = Vec::new();
    let mut changed = Vec::new();
    let (old_by_id, new_by_id) = (old.criteria_by_id(), new.criteria_by_id());
    for (index, criterion) in new.criteria.iter().enumerate() {
        match old_by_id.get(criterion.id.as_str()).copied() {
            None => added.push(entry(new, &new_sections, index)),
            Some(old_index) => {
                let mut fields = criterion_changes(old, &old.criteria[old_index], new, criterion);
                if old_sections[old_index] != new_sections[index] {
                    fields.insert(0, change("section", &old_sections[old_index], &new_sections[index]));
                }
                if !fields.is_empty() {
                    changed.push(Changed { id: criterion.id.clone(), fields });
                }
            }
        }
    }
    let removed = (0..old.criteria.len())
        .filter(|&i| !new_by_id.contains_key(old.criteria[i].id.as_str()))
        .map(|i| entry(old, &old_sections, i))
        .collect();
    CriteriaDiff {
        old: Version { id: old.id.clone(), version: old.version.clone() },
        new: Version { id: new.id.clone(), version: new.version.clone() },
        added,
        removed,
        changed,
        rules: rule_changes(old, new),
    }
}

/// The id of the innermost section holding each criterion, by criterion index.
fn sections_of(q: &Questionnaire) -> Vec<String> {
    let mut out = vec![String::new(); q.criteria.len()];
    for (_, section) in q.sections_depth_first() {
        for &index in &section.criteria {
            out[index].clone_from(&section.id);
        }
    }
    out
}

fn change(field: &str, old: impl ToString, new: impl ToString) -> FieldChange {
    FieldChange { field: field.to_owned(), old: old.to_string(), new: new.to_string() }
}

fn push_if_differs(out: &mut Vec<FieldChange>, field: &str, old: impl ToString, new: impl ToString) {
    let (old, new) = (old.to_string(), new.to_string());
    if old != new {
        out.push(change(field, old, new));
    }
}

fn criterion_changes(
    old_q: &Questionnaire,
    old: &Criterion,
    new_q: &Questionnaire,
    new: &Criterion,
) -> Vec<FieldChange> {
    let text = |t: &Text| {
        let mut shown = t.default.clone();
        for (language, translation) in &t.translations {
            let _ = write!(shown, " [{language}: {translation}]");
        }
        shown
    };
    let optional = |t: &Option<Text>| t.as_ref().map(text).unwrap_or_default();
    let list = |items: &[String]| items.join(", ");
    let mut out = Vec::new();
    push_if_differs(&mut out, "text", text(&old.text), text(&new.text));
    push_if_differs(&mut out, "guidance", optional(&old.guidance), optional(&new.guidance));
    push_if_differs(&mut out, "remediation", optional(&old.remediation), optional(&new.remediation));
    let evidence = |c: &Criterion| c.evidence.iter().map(text).collect::<Vec<_>>().join("; ");
    push_if_differs(&mut out, "evidence", evidence(old), evidence(new));
    push_if_differs(&mut out, "references", list(&old.references), list(&new.references));
    push_if_differs(&mut out, "scale", old.scale.clone(), new.scale.clone());
    let scale_values = |q: &Questionnaire, c: &Criterion| scale_values(q, &c.scale);
    if old.scale == new.scale {
        push_if_differs(&mut out, "scale options", scale_values(old_q, old), scale_values(new_q, new));
    }
    push_if_differs(&mut out, "weight", number(old.weight), number(new.weight));
    push_if_differs(&mut out, "critical", yes_no(old.critical), yes_no(new.critical));
    push_if_differs(&mut out, "na", old.na.name().to_owned(), new.na.name().to_owned());
    let level = |c: &Criterion| c.level.map(|l| l.to_string()).unwrap_or_default();
    push_if_differs(&mut out, "level", level(old), level(new));
    let profiles = |c: &Criterion| if c.profiles.is_empty() { "all".to_owned() } else { list(&c.profiles) };
    push_if_differs(&mut out, "profiles", profiles(old), profiles(new));
    let when = |c: &Criterion| c.when.as_ref().map(|w| w.to_string()).unwrap_or_default();
    push_if_differs(&mut out, "when", when(old), when(new));
    push_if_differs(&mut out, "tags", list(&old.tags), list(&new.tags));
    out
}

fn rule_changes(old: &Questionnaire, new: &Questionnaire) -> Vec<FieldChange> {
    let threshold = |t: Option<f64>| t.map(number).unwrap_or_else(|| "none".into());
    let (o, n) = (&old.scoring, &new.scoring);
    let mut out = Vec::new();
    push_if_differs(&mut out, "scoring.aggregate", o.aggregate.name(), n.aggregate.name());
    push_if_differs(&mut out, "scoring.pass.overall", threshold(o.pass_overall), threshold(n.pass_overall));
    push_if_differs(
        &mut out,
        "scoring.pass.each_section",
        threshold(o.pass_each_section),
        threshold(n.pass_each_section),
    );
    let rule = |all_met: bool| if all_met { "all-met" } else { "none" }.to_owned();
    push_if_differs(&mut out, "scoring.pass.critical", rule(o.critical_all_met), rule(n.critical_all_met));
    let bands = |q: &Questionnaire| {
        q.scoring.bands.iter().map(|b| format!("{} ≥ {}", b.id, number(b.min))).collect::<Vec<_>>().join(", ")
    };
    push_if_differs(&mut out, "scoring.bands", bands(old), bands(new));
    let ids: BTreeMap<&String, ()> = old.scales.keys().chain(new.scales.keys()).map(|k| (k, ())).collect();
    for id in ids.keys() {
        push_if_differs(&mut out, &format!("scales.{id}"), scale_values(old, id), scale_values(new, id));
    }
    out
}

/// `met=1, partial=0.5, not-met=0`, or empty when the scale does not exist.
fn scale_values(q: &Questionnaire, scale: &str) -> String {
    q.scales
        .get(scale)
        .map(|s| s.options.iter().map(|o| format!("{}={}", o.id, number(o.value))).collect::<Vec<_>>().join(", "))
        .unwrap_or_default()
}

fn number(value: f64) -> String {
    format!("{value}")
}

fn yes_no(value: bool) -> &'static str {
    if value {
        "yes"
    } else {
        "no"
    }
}

impl fmt::Display for Condition {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let join = |f: &mut fmt::Formatter<'_>, name: &str, items: &[Condition]| {
            write!(f, "{name}(")?;
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    f.write_str(", ")?;
                }
                write!(f, "{item}")?;
            }
            f.write_str(")")
        };
        match self {
            Condition::AnswerIn { criterion, options, .. } => write!(f, "{criterion} in [{}]", options.join(", ")),
            Condition::All(items) => join(f, "all", items),
            Condition::Any(items) => join(f, "any", items),
            Condition::Not(inner) => write!(f, "not({inner})"),
        }
    }
}

impl fmt::Display for CriteriaDiff {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "{} {} -> {} {}: {} added, {} removed, {} changed{}",
            self.old.id,
            self.old.version,
            self.new.id,
            self.new.version,
            self.added.len(),
            self.removed.len(),
            self.changed.len(),
            if self.rules.is_empty() { String::new() } else { format!(", {} rule changes", self.rules.len()) }
        )?;
        let entry = |f: &mut fmt::Formatter<'_>, sign: char, e: &Entry| {
            let critical = if e.critical { ", critical" } else { "" };
            writeln!(f, "  {sign} {} [{}] (weight {}{critical}) {}", e.id, e.section, number(e.weight), e.text)
        };
        if !self.rules.is_empty() {
            writeln!(f, "\nrules")?;
            for c in &self.rules {
                writeln!(f, "  ~ {}: {} -> {}", c.field, c.old, c.new)?;
            }
        }
        if !self.added.is_empty() {
            writeln!(f, "\nadded")?;
            for e in &self.added {
                entry(f, '+', e)?;
            }
        }
        if !self.removed.is_empty() {
            writeln!(f, "\nremoved")?;
            for e in &self.removed {
                entry(f, '-', e)?;
            }
        }
        if !self.changed.is_empty() {
            writeln!(f, "\nchanged")?;
            for c in &self.changed {
                writeln!(f, "  ~ {}", c.id)?;
                for field in &c.fields {
                    writeln!(f, "      {}: {:?} -> {:?}", field.field, field.old, field.new)?;
                }
            }
        }
        Ok(())
    }
}
