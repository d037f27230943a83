//! `certready diff`: the release note between two versions of a criteria file.

use certready::diff::diff;
use certready::model::parse_questionnaire;

use crate::support::*;

/// small.yaml, edited the way a scheme owner would between two versions.
fn next_version() -> String {
    let old = String::from_utf8(read(&data("criteria/small.yaml"))).unwrap();
    old.replace("version: \"1.0\"", "version: \"1.1\"")
        .replace("        weight: 3\n", "        weight: 4\n")
        .replace("A security officer is appointed.", "A security officer and a deputy are appointed.")
        .replace(
            "      - id: SITE-01\n        text: {en: The perimeter is fenced., fr: Le périmètre est clôturé.}\n        \
             guidance: {en: Continuous fence., fr: Clôture continue.}\n        \
             remediation: {en: Close the gaps., fr: Fermer les brèches.}\n",
            "",
        )
        .replace(
            "        profiles: [airport]\n        weight: 2\n",
            "        profiles: [airport]\n        weight: 2\n        critical: true\n        na: with-justification\n      - id: SITE-03\n        text: CCTV covers the yard.\n        guidance: G.\n        remediation: R.\n",
        )
}

#[test]
fn diff_lists_added_removed_and_changed_criteria() {
    let old = small_criteria();
    let (new, diagnostics) = parse_questionnaire(next_version().as_bytes());
    let new = new.unwrap_or_else(|| panic!("{diagnostics:#?}"));
    let changes = diff(&old, &new);
    assert_eq!(changes.added.iter().map(|e| e.id.as_str()).collect::<Vec<_>>(), ["SITE-03"]);
    assert_eq!(changes.removed.iter().map(|e| e.id.as_str()).collect::<Vec<_>>(), ["SITE-01"]);
    let changed: Vec<(String, Vec<String>)> =
        changes.changed.iter().map(|c| (c.id.clone(), c.fields.iter().map(|f| f.field.clone()).collect())).collect();
    assert_eq!(
        changed,
        [
            ("ORG-01".to_owned(), vec!["text".to_owned(), "weight".to_owned()]),
            ("SITE-02".to_owned(), vec!["critical".to_owned()]),
        ]
    );
    let weight = &changes.changed[0].fields[1];
    assert_eq!((weight.old.as_str(), weight.new.as_str()), ("3", "4"));
    assert!(diff(&old, &old).is_empty());
}

#[test]
fn diff_cli_prints_the_release_note_and_exits_like_diff() {
    let scratch = std::env::temp_dir().join(format!("certready-diff-{}", std::process::id()));
    std::fs::create_dir_all(&scratch).unwrap();
    let new_path = scratch.join("small-1.1.yaml");
    std::fs::write(&new_path, next_version()).unwrap();
    let old_path = data("criteria/small.yaml");
    let run = |args: &[&std::ffi::OsStr]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_certready")).args(args).output().expect("running certready")
    };
    let text = run(&["diff".as_ref(), old_path.as_os_str(), new_path.as_os_str()]);
    assert_eq!(text.status.code(), Some(1));
    let note = String::from_utf8_lossy(&text.stdout);
    assert!(note.starts_with("small 1.0 -> small 1.1: 1 added, 1 removed, 2 changed"), "{note}");
    assert!(note.contains("  + SITE-03 [site] (weight 1) CCTV covers the yard."), "{note}");
    assert!(note.contains("      weight: \"3\" -> \"4\""), "{note}");
    let json =
        run(&["diff".as_ref(), "--format".as_ref(), "json".as_ref(), old_path.as_os_str(), new_path.as_os_str()]);
    let value: serde_json::Value = serde_json::from_slice(&json.stdout).expect("json");
    assert_eq!(value["removed"][0]["id"], "SITE-01");
    let same = run(&["diff".as_ref(), old_path.as_os_str(), old_path.as_os_str()]);
    assert_eq!(same.status.code(), Some(0));
    let missing = run(&["diff".as_ref(), old_path.as_os_str(), scratch.join("absent.yaml").as_os_str()]);
    assert_eq!(missing.status.code(), Some(2));
    let _ = std::fs::remove_dir_all(&scratch);
}

#[test]
fn schema_command_prints_the_shipped_schema() {
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_certready")).arg("schema").output().unwrap();
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(output.stdout, read(&root().join("questionnaires/questionnaire.schema.json")));
}
