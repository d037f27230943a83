//! The shipped JSON Schema: current with the Rust types, accepting every bundled criteria file
//! and refusing the mistakes an editor should underline.

use certready::model::raw::questionnaire_schema;

use crate::support::*;

const SHIPPED: &str = "questionnaires/questionnaire.schema.json";

fn validator() -> jsonschema::Validator {
    let schema: serde_json::Value = serde_json::from_str(&questionnaire_schema()).expect("schema is JSON");
    jsonschema::draft7::new(&schema).expect("a valid draft-07 schema")
}

fn yaml_as_json(path: &std::path::Path) -> serde_json::Value {
    serde_yaml::from_slice(&read(path)).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn shipped_schema_is_current() {
    let path = root().join(SHIPPED);
    let generated = questionnaire_schema();
    if std::env::var_os("BLESS").is_some() {
        std::fs::write(&path, &generated).expect("writing the schema");
    }
    let shipped = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(shipped == generated, "{SHIPPED} is stale: run `cargo run -- schema > {SHIPPED}` (or BLESS=1)");
}

#[test]
fn schema_accepts_every_bundled_criteria_file() {
    let validator = validator();
    let mut files = vec![data("criteria/small.yaml")];
    for entry in std::fs::read_dir(root().join("questionnaires")).expect("questionnaires/") {
        let path = entry.expect("entry").path();
        if path.extension().is_some_and(|e| e == "yaml") {
            let first_line = String::from_utf8_lossy(&read(&path)).lines().next().unwrap_or_default().to_owned();
            assert_eq!(first_line, "# yaml-language-server: $schema=questionnaire.schema.json", "{}", path.display());
            files.push(path);
        }
    }
    for path in files {
        let errors: Vec<String> = validator.iter_errors(&yaml_as_json(&path)).map(|e| e.to_string()).collect();
        assert!(errors.is_empty(), "{}: {errors:#?}", path.display());
    }
}

#[test]
fn schema_refuses_what_the_validator_refuses_for_shape() {
    let validator = validator();
    for case in [
        "unknown-field",
        "wrong-type",
        "missing-field",
        "threshold-out-of-range",
        "invalid-condition",
        "unsupported-format-version",
    ] {
        let instance = yaml_as_json(&data(&format!("invalid/{case}.yaml")));
        assert!(!validator.is_valid(&instance), "{case}: the schema accepts it");
    }
}
