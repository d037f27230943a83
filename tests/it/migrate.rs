//! `certready migrate` and migration maps: a completed assessment of the bundled postal-security
//! criteria carried to a next version derived from them (one rename, split, merge, removal,
//! changed requirement and new criterion), through the library and the CLI; the map proposed by
//! `diff --propose-migration`; refusals.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use certready::migrate::{migrate, Fate};
use certready::model::{
    parse_assessment, parse_questionnaire, Answer, Assessment, Evidence, Finding, MigrationTarget, Questionnaire,
    Review, ReviewVerdict,
};
use serde_yaml::{Mapping, Value};

use crate::support::*;

const BUNDLED: &str = "questionnaires/postal-security.yaml";
/// The criteria the next version touches, and what it does to them.
const RENAMED: (&str, &str) = ("ORG-03", "ORG-03R");
const SPLIT: (&str, [&str; 2]) = ("ACC-03", ["ACC-03A", "ACC-03B"]);
const MERGED: ([&str; 2], &str) = (["PSN-02", "PSN-03"], "PSN-23");
const REMOVED: &str = "HDL-05";
const CHANGED: &str = "OOE-02";
const ADDED: &str = "AIR-99";

/// The migration map the next version carries, as YAML.
const MAP: &str = r#"
- from: "2026.1"
  criteria:
    ORG-03: ORG-03R
    ACC-03: {to: [ACC-03A, ACC-03B]}
    PSN-02: PSN-23
    PSN-03: {to: PSN-23}
    HDL-05: removed
    OOE-02: {to: OOE-02, reconfirm: true}
"#;

/// Every criteria list of the document, depth first.
fn criteria_lists(sections: &mut Value, f: &mut dyn FnMut(&mut Vec<Value>)) {
    for section in sections.as_sequence_mut().into_iter().flatten() {
        if let Some(Value::Sequence(criteria)) = section.get_mut("criteria") {
            f(criteria);
        }
        if let Some(children) = section.get_mut("sections") {
            criteria_lists(children, f);
        }
    }
}

fn id_of(criterion: &Value) -> &str {
    criterion["id"].as_str().unwrap_or_default()
}

fn english(criterion: &Value) -> String {
    match &criterion["text"] {
        Value::String(text) => text.clone(),
        text => text["en"].as_str().unwrap_or_default().to_owned(),
    }
}

fn set_english(criterion: &mut Value, text: &str) {
    criterion["text"]["en"] = Value::String(text.to_owned());
}

/// The bundled criteria as their next version "2027.1", with `map` as its `migrations:`.
fn next_version(map: &str) -> String {
    let mut doc: Value = serde_yaml::from_slice(&read(&root().join(BUNDLED))).unwrap();
    doc["version"] = "2027.1".into();
    let mut merged_text = Vec::new();
    criteria_lists(&mut doc["sections"], &mut |criteria| {
        for criterion in criteria.iter() {
            if MERGED.0.contains(&id_of(criterion)) {
                merged_text.push(english(criterion));
            }
        }
    });
    criteria_lists(&mut doc["sections"], &mut |criteria| {
        let mut out = Vec::new();
        for mut criterion in std::mem::take(criteria) {
            let id = id_of(&criterion).to_owned();
            if id == RENAMED.0 {
                criterion["id"] = RENAMED.1.into();
            } else if id == SPLIT.0 {
                let words: Vec<String> = english(&criterion).split_whitespace().map(str::to_owned).collect();
                let cut = words.len() * 3 / 5;
                for (part, text) in SPLIT.1.iter().zip([words[..cut].join(" "), words[words.len() - cut..].join(" ")]) {
                    let mut copy = criterion.clone();
                    copy["id"] = (*part).into();
                    set_english(&mut copy, &text);
                    out.push(copy);
                }
                continue;
            } else if id == MERGED.0[0] {
                criterion["id"] = MERGED.1.into();
                set_english(&mut criterion, &merged_text.join(" "));
            } else if id == MERGED.0[1] || id == REMOVED {
                continue;
            } else if id == CHANGED {
                let text = format!("{} Its records are kept for two years.", english(&criterion));
                set_english(&mut criterion, &text);
            } else if id == "AIR-01" {
                out.push(criterion);
                let mut added = Mapping::new();
                added.insert("id".into(), ADDED.into());
                added.insert("text".into(), "Spare screening equipment is kept ready for use.".into());
                added.insert("guidance".into(), "A tested spare unit, or a written arrangement.".into());
                added.insert("remediation".into(), "Arrange a spare unit.".into());
                added.insert("evidence".into(), Value::Sequence(vec!["Spare unit test log".into()]));
                out.push(Value::Mapping(added));
                continue;
            }
            out.push(criterion);
        }
        *criteria = out;
    });
    doc["migrations"] = serde_yaml::from_str(map).unwrap();
    serde_yaml::to_string(&doc).unwrap()
}

fn bundled() -> Questionnaire {
    parse_questionnaire(&read(&root().join(BUNDLED))).0.expect("bundled criteria are valid")
}

fn parse_next(text: &str) -> Questionnaire {
    let (q, diagnostics) = parse_questionnaire(text.as_bytes());
    q.unwrap_or_else(|| panic!("{}", render_diagnostics(Path::new("next.yaml"), text.as_bytes(), &diagnostics)))
}

/// Every criterion answered; comments, evidence and flags on those the next version touches,
/// and review findings on a few.
fn completed(q: &Questionnaire) -> Assessment {
    let mut assessment = Assessment::new(q);
    assessment.subject.organisation = "Test Post".into();
    assessment.subject.profiles = q.profiles.iter().map(|p| p.id.clone()).collect();
    let touched = [RENAMED.0, SPLIT.0, MERGED.0[0], MERGED.0[1], REMOVED, CHANGED];
    for (index, criterion) in q.criteria.iter().enumerate() {
        let options = &q.scale_of(criterion).options;
        let mut answer = Answer { option: Some(options[index % options.len()].id.clone()), ..Default::default() };
        if touched.contains(&criterion.id.as_str()) {
            answer.comment = format!("Checked {} on site", criterion.id);
            answer.flagged = index % 2 == 0;
            answer.evidence = vec![Evidence::of_file(&format!("{}.pdf", criterion.id), criterion.id.as_bytes())];
        }
        assessment.answers.insert(criterion.id.clone(), answer);
    }
    let verdict = |verdict, note: &str| ReviewVerdict { verdict, note: note.into() };
    let mut review = Review::default();
    review.verdicts.insert(MERGED.0[0].into(), verdict(Finding::Confirmed, "fine"));
    review.verdicts.insert(MERGED.0[1].into(), verdict(Finding::NeedsEvidence, "annex"));
    review.verdicts.insert(REMOVED.into(), verdict(Finding::Confirmed, ""));
    assessment.review = Some(review);
    assessment
}

#[test]
fn a_completed_assessment_is_carried_to_the_next_version() {
    let old = bundled();
    let new = parse_next(&next_version(MAP));
    let before = completed(&old);
    assert_eq!(before.answers.len(), old.criteria.len());
    let (after, summary) = migrate(&before, Some(&old), &new).expect("migrates");

    // Every old answer is accounted for: moved (with what came with it) or retired.
    for (id, answer) in &before.answers {
        let moved_to: Vec<&str> = if id == RENAMED.0 {
            vec![RENAMED.1]
        } else if id == SPLIT.0 {
            SPLIT.1.to_vec()
        } else if MERGED.0.contains(&id.as_str()) {
            vec![MERGED.1]
        } else if id == REMOVED {
            let retired = &after.retired[id];
            assert_eq!((&retired.version, &retired.answer), (&old.version, answer));
            assert_eq!(retired.verdict.as_ref().map(|v| v.verdict), Some(Finding::Confirmed));
            continue;
        } else {
            vec![id.as_str()]
        };
        for target in moved_to {
            let carried = after.answers.get(target).unwrap_or_else(|| panic!("{id} -> {target} lost"));
            assert!(carried.comment.contains(&answer.comment), "{id} -> {target}: comment");
            for evidence in &answer.evidence {
                assert!(carried.evidence.contains(evidence), "{id} -> {target}: evidence");
            }
            assert!(carried.flagged || !answer.flagged, "{id} -> {target}: flag");
            if !MERGED.0.contains(&id.as_str()) {
                assert_eq!(carried.option, answer.option, "{id} -> {target}: option");
            }
        }
    }
    assert_eq!(after.retired.keys().collect::<Vec<_>>(), [REMOVED]);

    // Re-confirm exactly the changed, split and merged ones.
    let reconfirm: BTreeSet<&str> =
        after.answers.iter().filter(|(_, a)| a.reconfirm).map(|(id, _)| id.as_str()).collect();
    let expected: BTreeSet<&str> = [CHANGED, SPLIT.1[0], SPLIT.1[1], MERGED.1].into();
    assert_eq!(reconfirm, expected);
    assert_eq!(summary.reconfirm.iter().map(String::as_str).collect::<BTreeSet<_>>(), expected);

    // A merge keeps the lowest answer, both comments and the least favourable finding.
    let value = |id: &str| {
        let criterion = old.criteria.iter().find(|c| c.id == id).unwrap();
        let scale = old.scale_of(criterion);
        scale.option(before.answers[id].option.as_deref().unwrap()).unwrap().value
    };
    let lowest = MERGED.0.iter().min_by(|a, b| value(a).total_cmp(&value(b))).unwrap();
    assert_eq!(after.answers[MERGED.1].option, before.answers[*lowest].option);
    assert_eq!(after.answers[MERGED.1].comment, "[PSN-02] Checked PSN-02 on site\n[PSN-03] Checked PSN-03 on site");
    let verdicts = &after.review.as_ref().unwrap().verdicts;
    assert_eq!(verdicts[MERGED.1].verdict, Finding::NeedsEvidence);
    assert!(!verdicts.contains_key(REMOVED));

    // The new criterion stays unanswered; the reference names the new file.
    assert!(!after.answers.contains_key(ADDED));
    assert_eq!(summary.unanswered, [ADDED]);
    assert_eq!(
        (after.questionnaire.version.as_str(), after.questionnaire.sha256.as_deref()),
        ("2027.1", Some(new.sha256.as_str()))
    );

    // What became of each old id.
    let fate = |id: &str| summary.old.iter().find(|o| o.id == id).map(|o| (o.fate.clone(), o.to.clone())).unwrap();
    assert_eq!(fate(RENAMED.0), (Fate::Renamed, vec![RENAMED.1.to_owned()]));
    assert_eq!(fate(SPLIT.0), (Fate::Split, SPLIT.1.map(str::to_owned).to_vec()));
    assert_eq!(fate(MERGED.0[1]), (Fate::Merged, vec![MERGED.1.to_owned()]));
    assert_eq!(fate(REMOVED), (Fate::Removed, vec![]));
    assert_eq!(fate(CHANGED), (Fate::Kept, vec![CHANGED.to_owned()]));
    assert_eq!(summary.old.len(), old.criteria.len());
    assert_eq!(summary.old.iter().filter(|o| o.fate == Fate::Kept).count(), old.criteria.len() - 5);

    // The result reads back against the new criteria without an error.
    let (read_back, diagnostics) = parse_assessment(after.to_yaml().as_bytes(), &new);
    assert!(read_back.is_some(), "{diagnostics:#?}");
    assert_eq!(read_back.unwrap(), after);
}

#[test]
fn without_the_old_file_or_a_map_answers_still_move() {
    let old = bundled();
    let new = parse_next(&next_version(MAP));
    let before = completed(&old);
    let (with_old, _) = migrate(&before, Some(&old), &new).unwrap();
    let (without_old, summary) = migrate(&before, None, &new).unwrap();
    assert_eq!(with_old, without_old);
    assert!(summary.map);
    // No map from the assessment's version: matched by id, the rest retired.
    let unmapped = parse_next(&next_version(&MAP.replace("\"2026.1\"", "\"2025.1\"")));
    let (after, summary) = migrate(&before, None, &unmapped).unwrap();
    assert!(!summary.map);
    assert_eq!(
        after.retired.keys().map(String::as_str).collect::<BTreeSet<_>>(),
        [RENAMED.0, SPLIT.0, MERGED.0[0], MERGED.0[1], REMOVED].into()
    );
    assert!(after.answers.values().all(|a| !a.reconfirm));
    // A second migration keeps what the first retired.
    let mut later = new.clone();
    later.version = "2028.1".into();
    let (again, _) = migrate(&with_old, None, &later).unwrap();
    assert_eq!(again.retired, with_old.retired);
    assert_eq!(again.answers, with_old.answers);
}

#[test]
fn the_proposed_map_is_the_one_written_by_hand() {
    let old = bundled();
    let new = parse_next(&next_version(MAP));
    let proposal = certready::migrate::propose(&old, &new);
    let written = new.migration_from("2026.1").unwrap();
    // PSN-02 is proposed in the long form, the written map has the short one: compare meanings.
    let meaning = |target: &MigrationTarget| match target {
        MigrationTarget::Removed => (vec![], false),
        MigrationTarget::To { ids, reconfirm } => (ids.clone(), *reconfirm),
    };
    let proposed: Vec<_> = proposal.map.criteria.iter().map(|(k, v)| (k.clone(), meaning(v))).collect();
    let expected: Vec<_> = written.criteria.iter().map(|(k, v)| (k.clone(), meaning(v))).collect();
    assert_eq!(proposed, expected);
    assert_eq!(proposal.added, [ADDED]);
    // The printed block is a valid map: put in the new file, it validates.
    let printed = proposal.to_string();
    assert!(printed.starts_with("migrations:\n"), "{printed}");
    let block = printed.strip_prefix("migrations:\n").unwrap();
    let reparsed = parse_next(&next_version(block));
    assert_eq!(reparsed.migration_from("2026.1").map(|m| m.criteria.len()), Some(6));
}

struct Scratch(PathBuf);

impl Scratch {
    fn new(name: &str) -> Scratch {
        let dir = std::env::temp_dir().join(format!("certready-migrate-{name}-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        Scratch(dir)
    }

    fn file(&self, name: &str, content: impl AsRef<[u8]>) -> PathBuf {
        let path = self.0.join(name);
        std::fs::write(&path, content).unwrap();
        path
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn certready(args: &[&Path]) -> Output {
    let output = Command::new(env!("CARGO_BIN_EXE_certready"))
        .args(args)
        .env("SOURCE_DATE_EPOCH", "1800000000")
        .output()
        .expect("running certready");
    assert_ne!(output.status.code(), Some(101), "panic: {}", String::from_utf8_lossy(&output.stderr));
    output
}

fn p(text: &str) -> &Path {
    Path::new(text)
}

#[test]
fn migrate_cli_writes_an_assessment_that_scores_and_reports() {
    let scratch = Scratch::new("cli");
    let new = scratch.file("next.yaml", next_version(MAP));
    let old_assessment = scratch.file("old.yaml", completed(&bundled()).to_yaml());
    let out = scratch.0.join("migrated.yaml");
    let bundled_count = bundled().criteria.len();
    let bundled = root().join(BUNDLED);
    let run = certready(&[p("migrate"), &old_assessment, p("--to"), &new, p("--from"), &bundled, p("-o"), &out]);
    assert_eq!(run.status.code(), Some(0), "{}", String::from_utf8_lossy(&run.stderr));
    let summary = String::from_utf8_lossy(&run.stdout);
    assert!(
        summary.starts_with(
            "postal-security 2026.1 -> 2027.1: 60 kept, 1 renamed, 1 split, 2 merged, 1 removed; 4 to re-confirm, 1 new unanswered"
        ) || summary.contains(" kept, 1 renamed, 1 split, 2 merged, 1 removed; 4 to re-confirm, 1 new unanswered"),
        "{summary}"
    );
    assert!(summary.contains("  ACC-03: split -> [ACC-03A, ACC-03B], re-confirm\n"), "{summary}");
    assert!(summary.contains("  HDL-05: removed (answer retired)\n"), "{summary}");
    assert!(summary.contains("new criteria: AIR-99\n"), "{summary}");
    let migrated = String::from_utf8(read(&out)).unwrap();
    assert!(migrated.contains("updated: 2027-01-15T08:00:00Z"), "{migrated}");
    let score = certready(&[p("score"), &new, &out]);
    assert_eq!(score.status.code(), Some(0), "{}", String::from_utf8_lossy(&score.stderr));
    let report = certready(&[p("report"), &new, &out, p("--format"), p("json"), p("-o"), p("-")]);
    assert_eq!(report.status.code(), Some(0), "{}", String::from_utf8_lossy(&report.stderr));
    let data: serde_json::Value = serde_json::from_slice(&report.stdout).expect("report JSON");
    // The report keeps the removed criterion's answer as "no longer asked", and lists the
    // carried answers to re-confirm among the open items.
    let retired = &data["registers"]["no_longer_asked"];
    assert_eq!(retired[0]["criterion_id"], "HDL-05", "{retired}");
    assert_eq!(retired[0]["version"], "2026.1");
    let mut open: Vec<&str> = data["registers"]["open_items"]
        .as_array()
        .expect("open items")
        .iter()
        .filter(|row| row["why"].as_str().is_some_and(|why| why.contains("re-confirm")))
        .filter_map(|row| row["criterion_id"].as_str())
        .collect();
    open.sort_unstable();
    assert_eq!(open, ["ACC-03A", "ACC-03B", "OOE-02", "PSN-23"]);
    let html = certready(&[p("report"), &new, &out, p("--format"), p("html"), p("-o"), p("-")]);
    let html = String::from_utf8_lossy(&html.stdout);
    assert!(
        html.contains("id=\"no-longer-asked\">No longer asked</h2>") && html.contains("HDL-05"),
        "no register of retired answers"
    );
    // JSON summary; the assessment on standard output.
    let json = certready(&[p("migrate"), &old_assessment, p("--to"), &new, p("--format"), p("json"), p("-o"), &out]);
    assert_eq!(json.status.code(), Some(0));
    let value: serde_json::Value = serde_json::from_slice(&json.stdout).expect("summary JSON");
    assert_eq!(value["retired"][0], "HDL-05");
    assert_eq!(value["old"].as_array().map(Vec::len), Some(bundled_count));
    let piped = certready(&[p("migrate"), &old_assessment, p("--to"), &new]);
    assert!(String::from_utf8_lossy(&piped.stdout).starts_with("format: assessment/1\n"));
    assert!(String::from_utf8_lossy(&piped.stderr).contains("split -> [ACC-03A, ACC-03B]"));
}

#[test]
fn migrate_cli_refuses_what_it_cannot_carry() {
    let scratch = Scratch::new("refusals");
    let new = scratch.file("next.yaml", next_version(MAP));
    let old_assessment = scratch.file("old.yaml", completed(&bundled()).to_yaml());

    // A map pointing at a criterion the file lacks: located, exit 1.
    let bad = scratch.file("bad.yaml", next_version(&MAP.replace("ACC-03B]", "ACC-03Z]")));
    let run = certready(&[p("migrate"), &old_assessment, p("--to"), &bad]);
    assert_eq!(run.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(stderr.contains("error[migration-unknown-target]: `ACC-03` moves to `ACC-03Z`"), "{stderr}");
    assert!(stderr.contains("bad.yaml:") && stderr.contains("at migrations[0].criteria.ACC-03.to[1]"), "{stderr}");

    // An assessment of another questionnaire: a clear message, exit 2.
    let small = Assessment::new(&small_criteria());
    let unrelated = scratch.file("unrelated.yaml", small.to_yaml());
    let run = certready(&[p("migrate"), &unrelated, p("--to"), &new]);
    assert_eq!(run.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(stderr.contains("the assessment answers `small`, not `postal-security`"), "{stderr}");

    // Already at the new version: exit 2.
    let current = scratch.file("current.yaml", Assessment::new(&parse_next(&next_version(MAP))).to_yaml());
    let run = certready(&[p("migrate"), &current, p("--to"), &new]);
    assert_eq!(run.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&run.stderr).contains("already answers version 2027.1"));

    // Garbage: diagnostics, exit 1, no panic.
    for (name, bytes) in [
        ("garbage.yaml", &b"\xff\xfe\x00garbage"[..]),
        ("list.yaml", b"- 1\n- 2\n"),
        ("criteria.yaml", &read(&root().join(BUNDLED))[..]),
        ("typo.yaml", b"format: assessment/1\nquestionnaire: {id: postal-security, version: \"2026.1\"}\nanswers:\n  ORG-01: {option: met, reconfirm: maybe}\n"),
    ] {
        let garbage = scratch.file(name, bytes);
        let run = certready(&[p("migrate"), &garbage, p("--to"), &new]);
        assert_eq!(run.status.code(), Some(1), "{name}: {}", String::from_utf8_lossy(&run.stderr));
        assert!(String::from_utf8_lossy(&run.stderr).contains("error["), "{name}");
    }
    let run = certready(&[p("migrate"), &old_assessment, p("--to"), &old_assessment]);
    assert_eq!(run.status.code(), Some(2));
}
