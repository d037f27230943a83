//! `certready import oscal`: our own tiny catalog (JSON and XML give the same criteria, golden
//! file), NIST's published catalogs and baselines from `../shared/corpus` (criteria counts,
//! parameters, profiles; the output validates with no error), and malformed inputs (located
//! errors, no panic). NIST's texts are written under the target folder, never committed.

use std::path::PathBuf;

use certready::diag::{has_errors, Diagnostic};
use certready::import::oscal::{self, Options, ProfileSource};
use certready::model::{parse_questionnaire, Questionnaire};

use crate::cli::{certready, stderr, stdout};
use crate::support::*;

const NIST: &str = "nist-oscal-content";

/// Imports and validates; panics with the diagnostics when either has an error.
fn import_valid(bytes: &[u8], options: &Options) -> (String, Questionnaire, Vec<Diagnostic>) {
    let (text, diagnostics) = oscal::import(bytes, options);
    assert!(!has_errors(&diagnostics), "{diagnostics:#?}");
    let text = text.expect("criteria text");
    let (questionnaire, checked) = parse_questionnaire(text.as_bytes());
    assert!(!has_errors(&checked), "the imported criteria do not validate: {checked:#?}\n{text}");
    (text, questionnaire.expect("valid criteria"), diagnostics)
}

fn criterion<'q>(questionnaire: &'q Questionnaire, id: &str) -> &'q certready::model::Criterion {
    questionnaire.criteria.iter().find(|c| c.id == id).unwrap_or_else(|| panic!("criterion {id}"))
}

fn in_profile(questionnaire: &Questionnaire, profile: &str) -> usize {
    questionnaire.criteria.iter().filter(|c| c.profiles.iter().any(|id| id == profile)).count()
}

#[test]
fn the_tiny_catalog_reads_the_same_in_json_and_xml_and_matches_its_golden_file() {
    let baseline = read(&data("oscal/tiny-baseline.json"));
    let options = Options { id: Some("tiny-depot"), profiles: vec![ProfileSource { id: "night", bytes: &baseline }] };
    let (json, questionnaire, diagnostics) = import_valid(&read(&data("oscal/tiny-catalog.json")), &options);
    let (xml, _, _) = import_valid(&read(&data("oscal/tiny-catalog.xml")), &options);
    assert_eq!(json, xml, "JSON and XML of the same catalog give the same criteria");
    check_golden(&data("oscal/tiny-catalog.json"), &json);

    let mut ids: Vec<&str> = questionnaire.criteria.iter().map(|c| c.id.as_str()).collect();
    ids.sort_unstable();
    assert_eq!(ids, ["pd-1", "pd-1.1", "pd-2", "pd-3"], "withdrawn pd-1.2 left out");
    assert_eq!(questionnaire.sections[0].sections[0].id, "pd-yard", "nested group, sub-section");
    let pd1 = &criterion(&questionnaire, "pd-1").text.default;
    assert!(
        pd1.contains("a. Keep high-value parcels in a sealed cage checked by [Selection (one or more): the shift lead; a guard every [Assignment: organization-defined interval]]; and"),
        "{pd1}"
    );
    assert!(pd1.contains("\n  1. Log each seal number."), "{pd1}");
    assert!(pd1.contains("b. Report a broken seal to the duty manager."), "{pd1}");
    assert_eq!(in_profile(&questionnaire, "night"), 3, "pd-1, pd-1.1 and pd-3 (pd-1.2 is withdrawn)");
    assert_eq!(in_profile(&questionnaire, oscal::ALL_PROFILE), 4);
    let codes: Vec<&str> = diagnostics.iter().map(|d| d.code).collect();
    assert_eq!(codes, ["oscal-profile", "oscal-withdrawn"], "{diagnostics:#?}");
    assert!(diagnostics[0].message.contains("pd-9") && diagnostics[0].path == "profiles[night]");
}

/// Profiles in XML, with nested controls brought along, everything, and exclusions.
#[test]
fn xml_profiles_select_with_children_all_and_exclusions() {
    let catalog = read(&data("oscal/tiny-catalog.xml"));
    let children = br#"<profile xmlns="http://csrc.nist.gov/ns/oscal/1.0"><metadata><title>Cages</title></metadata>
        <import href="tiny-catalog.xml"><include-controls with-child-controls="yes"><with-id>pd-1</with-id></include-controls></import></profile>"#;
    let everything = br#"<profile xmlns="http://csrc.nist.gov/ns/oscal/1.0"><metadata><title>All but the yard</title></metadata>
        <import href="tiny-catalog.xml"><include-all/><exclude-controls><with-id>pd-3</with-id></exclude-controls></import></profile>"#;
    let options = Options {
        id: None,
        profiles: vec![ProfileSource { id: "cages", bytes: children }, ProfileSource { id: "most", bytes: everything }],
    };
    let (_, questionnaire, _) = import_valid(&catalog, &options);
    let members = |profile: &str| {
        let mut ids: Vec<&str> = questionnaire
            .criteria
            .iter()
            .filter(|c| c.profiles.iter().any(|p| p == profile))
            .map(|c| c.id.as_str())
            .collect();
        ids.sort_unstable();
        ids
    };
    assert_eq!(members("cages"), ["pd-1", "pd-1.1"]);
    assert_eq!(members("most"), ["pd-1", "pd-1.1", "pd-2"]);
    assert_eq!(
        questionnaire.profiles.iter().map(|p| p.title.default.as_str()).collect::<Vec<_>>(),
        ["All controls of the catalog", "Cages", "All but the yard"]
    );
}

/// The criteria counts of NIST's catalogs, and what each mapping rule makes of them.
#[test]
fn nist_catalogs_import_to_valid_criteria() {
    let cases = [
        ("examples/basic-catalog.json", 4, 0),
        ("sp800-53r5/NIST_SP-800-53_rev5_catalog-min.v5.0.1.json", 1007, 182),
        ("sp800-171r3/NIST_SP800-171_rev3_catalog.xml", 97, 33),
        ("csf-2.0/NIST_CSF_v2.0_catalog.xml", 207, 0),
    ];
    for (file, criteria, withdrawn) in cases {
        let Some(path) = corpus(&format!("{NIST}/{file}")) else { return };
        let (text, questionnaire, diagnostics) = import_valid(&read(&path), &Options::default());
        assert_eq!(questionnaire.criteria.len(), criteria, "{file}");
        let note = diagnostics.iter().find(|d| d.code == "oscal-withdrawn");
        match withdrawn {
            0 => assert!(note.is_none(), "{file}: {note:?}"),
            n => {
                assert_eq!(note.map(|d| d.message.clone()), Some(format!("{n} withdrawn controls left out")), "{file}")
            }
        }
        let out = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("oscal-{}.yaml", file.replace('/', "-")));
        std::fs::write(out, text).expect("writing the imported criteria");
    }
}

#[test]
fn sp800_53_parameters_items_and_the_moderate_baseline() {
    let Some(catalog) = corpus(&format!("{NIST}/sp800-53r5/NIST_SP-800-53_rev5_catalog-min.v5.0.1.json")) else {
        return;
    };
    let Some(moderate) = corpus(&format!("{NIST}/sp800-53r5/NIST_SP-800-53_rev5_MODERATE-baseline_profile.json"))
    else {
        return;
    };
    let moderate = read(&moderate);
    let options = Options { id: None, profiles: vec![ProfileSource { id: "moderate", bytes: &moderate }] };
    let (_, questionnaire, diagnostics) = import_valid(&read(&catalog), &options);
    assert!(!diagnostics.iter().any(|d| d.code == "oscal-profile"), "every MODERATE control is in the catalog");
    assert_eq!(in_profile(&questionnaire, "moderate"), 287, "the MODERATE baseline's 287 controls");
    assert_eq!(in_profile(&questionnaire, oscal::ALL_PROFILE), 1007);
    let ac1 = &criterion(&questionnaire, "ac-1").text.default;
    assert!(ac1.starts_with("AC-1 Policy and Procedures:\na. Develop, document, and disseminate to [Assignment: organization-defined personnel or roles]:"), "{ac1}");
    assert!(ac1.contains("\n  1. [Selection (one or more): Organization-level; Mission/business process-level; System-level] access control policy that:"), "{ac1}");
    assert!(ac1.contains("\n    (a) Addresses purpose"), "{ac1}");
    assert!(!ac1.contains("{{"), "every parameter substituted");
    let enhancement = criterion(&questionnaire, "ac-2.1");
    assert!(
        enhancement.text.default.starts_with("AC-2(1) Automated System Account Management: "),
        "{}",
        enhancement.text.default
    );
    assert!(enhancement.guidance.is_some());
    assert!(questionnaire.criteria.iter().all(|c| !c.text.default.contains("{{ insert")));
}

#[test]
fn sp800_171_requirements_take_their_nested_statement_and_evidence() {
    let Some(catalog) = corpus(&format!("{NIST}/sp800-171r3/NIST_SP800-171_rev3_catalog.xml")) else { return };
    let (_, questionnaire, _) = import_valid(&read(&catalog), &Options::default());
    let screening = criterion(&questionnaire, "SP_800_171_03.09.01");
    assert_eq!(
        screening.text.default,
        "Personnel Screening (03.09.01):\nSR-03.09.01.a Screen individuals prior to authorizing access to the system.\n\
         SR-03.09.01.b Rescreen individuals in accordance with [Assignment: organization-defined conditions requiring rescreening]."
    );
    assert!(screening.evidence.iter().any(|e| e.default == "records of screened personnel"));
}

#[test]
fn csf_outcomes_take_their_examples_as_guidance() {
    let Some(catalog) = corpus(&format!("{NIST}/csf-2.0/NIST_CSF_v2.0_catalog.xml")) else { return };
    let (_, questionnaire, _) = import_valid(&read(&catalog), &Options::default());
    let outcome = criterion(&questionnaire, "GV.OC-01");
    assert_eq!(
        outcome.text.default,
        "GV.OC-01: The organizational mission is understood and informs cybersecurity risk management"
    );
    assert!(outcome
        .guidance
        .as_ref()
        .unwrap()
        .default
        .starts_with("Implementation examples:\n- Share the organization's mission"));
    let functions: Vec<&str> = questionnaire.sections.iter().map(|s| s.title.default.as_str()).collect();
    assert_eq!(functions[0], "GOVERN (GV)");
}

/// Bad input: one located error each, never a panic, nothing written.
#[test]
fn malformed_catalogs_are_located_errors() {
    /// What, the bytes, the code and the (line, column) expected.
    type Case<'a> = (&'a str, &'a [u8], &'a str, Option<(usize, usize)>);
    let cases: [Case; 8] = [
        ("truncated JSON", b"{\"catalog\": {\"groups\": [", "oscal-syntax", Some((1, 24))),
        ("wrong type", b"{\"catalog\": {\"groups\": [{\"controls\": [{\"id\": 7}]}]}}", "oscal-model", Some((1, 46))),
        ("a profile", b"{\"profile\": {\"imports\": []}}", "oscal-model", Some((1, 1))),
        ("neither", b"catalog: yes", "oscal-syntax", Some((1, 1))),
        (
            "XML with a DTD",
            b"<?xml version=\"1.0\"?>\n<!DOCTYPE catalog [<!ENTITY a \"aaaa\">]>\n<catalog/>",
            "oscal-syntax",
            Some((2, 1)),
        ),
        ("unclosed XML", b"<catalog>\n  <group>\n</catalog>", "oscal-syntax", Some((3, 1))),
        ("not UTF-8", b"<catalog>\n<group><title>\xff</title></group></catalog>", "oscal-syntax", Some((2, 15))),
        (
            "control without id",
            b"<catalog><group><control><title>x</title></control></group></catalog>",
            "oscal-model",
            Some((1, 17)),
        ),
    ];
    for (what, bytes, code, at) in cases {
        let (text, diagnostics) = oscal::import(bytes, &Options::default());
        assert!(text.is_none(), "{what}");
        let error = diagnostics.iter().find(|d| d.is_error()).unwrap_or_else(|| panic!("{what}: no error"));
        assert_eq!(error.code, code, "{what}: {error:?}");
        assert_eq!(error.line.zip(error.column), at, "{what}: {error:?}");
    }
    let json_path =
        oscal::import(b"{\"catalog\": {\"groups\": [{\"controls\": [{\"id\": 7}]}]}}", &Options::default()).1;
    assert_eq!(json_path[0].path, "catalog.groups[0].controls[0].id");
    let deep = format!("{}{}", "<group>".repeat(100), "</group>".repeat(100));
    let (_, diagnostics) = oscal::import(format!("<catalog>{deep}</catalog>").as_bytes(), &Options::default());
    assert!(diagnostics.iter().any(|d| d.code == "oscal-model" && d.message.contains("deeper")), "{diagnostics:?}");
    let profile = b"{\"profile\": {\"imports\": [{\"include-controls\": [{\"with-ids\": 3}]}]}}";
    let (_, diagnostics) = oscal::import(
        &read(&data("oscal/tiny-catalog.json")),
        &Options { id: None, profiles: vec![ProfileSource { id: "p", bytes: profile }] },
    );
    assert!(
        diagnostics.iter().any(|d| d.is_error() && d.path.starts_with("profiles[p].profile.imports[0]")),
        "{diagnostics:?}"
    );
}

#[test]
fn the_cli_writes_criteria_that_validate() {
    let out = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("tiny-oscal.yaml");
    let out_arg = out.display().to_string();
    let output = certready(&[
        "import",
        "oscal",
        "tests/data/oscal/tiny-catalog.xml",
        "--profile",
        "night=tests/data/oscal/tiny-baseline.json",
        "-o",
        &out_arg,
    ]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(stderr(&output).contains("4 criteria in 1 top-level sections, 2 profiles"), "{}", stderr(&output));
    assert!(stderr(&output).contains("tests/data/oscal/tiny-baseline.json"), "the profile's warning names its file");
    let output = certready(&["validate", &out_arg]);
    assert!(stdout(&output).contains("ok (0 errors"), "{}", stdout(&output));

    let output = certready(&["import", "oscal", "tests/data/oscal/tiny-baseline.json"]);
    assert_eq!(output.status.code(), Some(1), "a profile is not a catalog");
    assert!(stderr(&output).contains("error[oscal-model]"), "{}", stderr(&output));
}
