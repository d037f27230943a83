//! Inputs the fuzz targets (`tests/fuzz/`, `scripts/fuzz`) found crashes with, under
//! `tests/data/fuzz/<target>/`, replayed through the targets' own harness: each must now be
//! handled without a panic, and an input that is refused must say why. The fuzz seeds
//! (`tests/fuzz/seeds/`) go through every target too, so the harness itself stays exercised.

use std::path::{Path, PathBuf};

use crate::support::{read, root};

#[path = "../fuzz/src/lib.rs"]
mod harness;

/// The saved inputs of one target, sorted; none when the target never crashed.
fn inputs(target: &str) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(root().join("tests/data/fuzz").join(target)) else { return Vec::new() };
    let mut files: Vec<PathBuf> = entries.map(|entry| entry.expect("directory entry").path()).collect();
    files.sort();
    files
}

/// A refused input carries at least one error diagnostic.
fn check(file: &Path, outcome: &harness::Outcome) {
    assert!(
        outcome.accepted > 0 || outcome.diagnostics.iter().any(|d| d.is_error()),
        "{} was refused without an error diagnostic: {:?}",
        file.display(),
        outcome.diagnostics
    );
}

#[test]
fn criteria_inputs_give_diagnostics() {
    for file in inputs("criteria") {
        check(&file, &harness::criteria(&read(&file)));
    }
}

#[test]
fn assessment_inputs_give_diagnostics() {
    for file in inputs("assessment") {
        check(&file, &harness::assessment(&read(&file)));
    }
}

#[test]
fn scoring_inputs_give_diagnostics() {
    for file in inputs("scoring") {
        check(&file, &harness::scoring(&read(&file)));
    }
}

#[test]
fn pdf_inputs_give_diagnostics() {
    for file in inputs("pdf") {
        check(&file, &harness::pdf(&read(&file)));
    }
}

#[test]
fn verify_inputs_are_refused_or_checked() {
    for file in inputs("verify") {
        if let Err(error) = harness::verify(&read(&file)) {
            assert!(!error.to_string().is_empty(), "{}: an empty reason", file.display());
        }
    }
}

#[test]
fn the_fuzz_seeds_pass_every_target() {
    for name in ["demo-mixed.yaml", "postal-partial.yaml"] {
        let bytes = read(&root().join("tests/fuzz/seeds").join(name));
        assert_eq!(harness::assessment(&bytes).accepted, 1, "{name}");
        assert_eq!(harness::scoring(&bytes).accepted, 1, "{name}");
        assert_eq!(harness::pdf(&bytes).accepted, 1, "{name}");
    }
    assert_eq!(harness::criteria(&read(&root().join("questionnaires/demo.yaml"))).accepted, 1);
}
