//! `certready import table`: criteria kept in a spreadsheet. The same sheet as CSV and as xlsx
//! (tests/data/table/make_xlsx.py writes the xlsx from the CSV) gives the same criteria (golden
//! file), which validate; every bad row is a located diagnostic (golden file); bad mappings and
//! unreadable files are errors, never panics.

use std::path::PathBuf;

use certready::diag::{has_errors, Diagnostic};
use certready::import::table::{self, Kind, Options};
use certready::model::parse_questionnaire;

use crate::cli::{certready, stderr, stdout};
use crate::support::*;

const MAP: &str = "id=Ref,section=Area,text=Requirement,guidance=D,evidence=E,remediation=Fix,weight=G,critical=H,profile=Facilities,na=J";

fn options<'a>(map: Option<&'a str>, name: &'a str) -> Options<'a> {
    Options { map, sheet: None, name, id: "depot-checks", title: "Depot checks", version: "2026.1" }
}

fn import(file: &str, kind: Kind, map: Option<&str>) -> (Option<String>, Vec<Diagnostic>) {
    table::import(&read(&data(&format!("table/{file}"))), kind, &options(map, file))
}

/// Diagnostics one per line: cell, position, code, message.
fn listed(diagnostics: &[Diagnostic]) -> String {
    diagnostics
        .iter()
        .map(|d| format!("{} {}:{} {} {}\n", d.path, d.line.unwrap_or(0), d.column.unwrap_or(0), d.code, d.message))
        .collect()
}

#[test]
fn csv_and_xlsx_give_the_same_valid_criteria() {
    let (csv, diagnostics) = import("criteria.csv", Kind::Csv, Some(MAP));
    assert!(diagnostics.is_empty(), "{diagnostics:#?}");
    let csv = csv.unwrap();
    let (xlsx, diagnostics) = import("criteria.xlsx", Kind::Xlsx, Some(MAP));
    assert!(diagnostics.is_empty(), "{diagnostics:#?}");
    let xlsx = xlsx.unwrap();
    let body = |text: &str| text.lines().skip(1).collect::<Vec<_>>().join("\n");
    assert_eq!(body(&csv), body(&xlsx), "only the header comment (file or sheet name) differs");
    check_golden(&data("table/criteria.csv"), &csv);

    let (questionnaire, diagnostics) = parse_questionnaire(csv.as_bytes());
    assert!(!has_errors(&diagnostics), "{diagnostics:#?}");
    let questionnaire = questionnaire.unwrap();
    let ids: Vec<&str> = questionnaire.criteria.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(ids.len(), 5, "the empty row is skipped: {ids:?}");
    let dp01 = questionnaire.criteria.iter().find(|c| c.id == "DP-01").unwrap();
    assert!(dp01.critical && dp01.weight == 2.0);
    assert_eq!(dp01.evidence.len(), 2, "evidence split on `;`");
    assert_eq!(dp01.profiles, ["parcel-depot", "counter"]);
    let dp03 = questionnaire.criteria.iter().find(|c| c.id == "DP-03").unwrap();
    assert_eq!(dp03.evidence.len(), 2, "evidence split on new lines");
    assert!(dp03.text.default.contains('\n'), "a cell's line break is kept in the text");
    let ct02 = questionnaire.criteria.iter().find(|c| c.id == "CT-02").unwrap();
    assert!(ct02.text.default.contains("\"No\""));
    assert_eq!(questionnaire.sections[0].sections.len(), 2, "`Depot > Access` nests");
}

#[test]
fn every_bad_row_is_located_by_sheet_cell_row_and_column() {
    let (text, diagnostics) = import("bad-rows.csv", Kind::Csv, Some("id=A,section=B,text=C,weight=D,critical=E"));
    assert!(text.is_none(), "nothing is written while a row is bad");
    assert!(diagnostics.iter().all(|d| d.code == "table-cell" && d.line.is_some() && d.column.is_some()));
    check_golden(&data("table/bad-rows.csv"), &listed(&diagnostics));

    let (_, from_xlsx) = import("bad-rows.xlsx", Kind::Xlsx, Some("id=A,section=B,text=C,weight=D,critical=E"));
    assert_eq!(
        listed(&from_xlsx).replace("Criteria!", "bad-rows.csv!"),
        listed(&diagnostics),
        "the same cells in xlsx"
    );
}

#[test]
fn mappings_by_header_and_by_default_and_bad_ones() {
    let headers = b"id,section,text,weight\nA-1,One,First,1\nA-2,One,Second,2\n";
    let (text, diagnostics) = table::import(headers, Kind::Csv, &options(None, "t.csv"));
    assert!(diagnostics.is_empty(), "{diagnostics:#?}");
    assert!(text.unwrap().contains("id: A-2"));
    for (map, message) in [
        ("id=A,colour=B,text=C,section=B", "`colour` is not a field"),
        ("id=A,text=Nothing,section=B", "no column `Nothing`"),
        ("id=A,text=C", "no column is mapped to `section`"),
        ("id=A,id=B,text=C,section=B", "`id` is mapped twice"),
        ("id", "`id` is not FIELD=COLUMN"),
    ] {
        let (text, diagnostics) = table::import(headers, Kind::Csv, &options(Some(map), "t.csv"));
        assert!(text.is_none(), "{map}");
        assert!(
            diagnostics.iter().any(|d| d.code == "table-map" && d.message.contains(message)),
            "{map}: {diagnostics:#?}"
        );
    }
}

#[test]
fn unreadable_files_are_errors_not_panics() {
    let cases: [(&[u8], Kind, &str); 5] = [
        (b"PK\x03\x04 not really a zip", Kind::Xlsx, "not a readable xlsx workbook"),
        (b"id,section,text\n", Kind::Csv, "no criteria below its header row"),
        (b"id,section,text\nA,B,\xff\xfe\n", Kind::Csv, "not UTF-8"),
        (b"", Kind::Xlsx, "not a readable xlsx workbook"),
        (&[0u8; 64], Kind::Xlsx, "not a readable xlsx workbook"),
    ];
    for (bytes, kind, message) in cases {
        let (text, diagnostics) = table::import(bytes, kind, &options(None, "t"));
        assert!(text.is_none());
        assert!(
            diagnostics.iter().any(|d| d.code == "table-read" && d.message.contains(message)),
            "{message}: {diagnostics:#?}"
        );
    }
    let mut other_sheet = options(Some(MAP), "criteria.xlsx");
    other_sheet.sheet = Some("Summary");
    let (_, diagnostics) = table::import(&read(&data("table/criteria.xlsx")), Kind::Xlsx, &other_sheet);
    assert!(diagnostics[0].message.contains("no sheet `Summary`") && diagnostics[0].hint.contains("Criteria"));
}

#[test]
fn the_cli_imports_a_spreadsheet_into_criteria_that_validate() {
    let out = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("table-criteria.yaml");
    let out_arg = out.display().to_string();
    let output = certready(&["import", "table", "tests/data/table/criteria.xlsx", "--map", MAP, "-o", &out_arg]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let output = certready(&["validate", &out_arg]);
    assert!(stdout(&output).contains("ok (0 errors"), "{}", stdout(&output));
    let output =
        certready(&["import", "table", "tests/data/table/bad-rows.csv", "--map", "id=A,section=B,text=C,weight=D"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("error[table-cell]: id `DP-01` is already used in row 2"), "{}", stderr(&output));
}
