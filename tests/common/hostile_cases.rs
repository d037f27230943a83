//! Hostile inputs (issue 6), shared by the native suite (`tests/it/hostile.rs`) and the browser
//! suite: each case is the bytes of a criteria or assessment file and what a user should see.
//!
//! Standard library only, and nothing from certready, so that another test crate can include it
//! with `#[path = "../common/hostile_cases.rs"] mod hostile_cases;`. Assessments answer
//! [`CRITERIA`], not a bundled file. Expected lines and columns are computed from the generated
//! bytes, not written by hand.

#![allow(dead_code)]

use std::fmt::Write as _;

/// Which file a case is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A criteria file (`format: questionnaire/1`).
    Criteria,
    /// An assessment of [`CRITERIA`] (`format: assessment/1`).
    Assessment,
}

/// What a user should get.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Expect {
    /// The file is usable (warnings allowed, no error).
    Accepted,
    /// Refused: an error with this code, at this line (and column, where given); its message or
    /// hint contains `mentions` (case-insensitive).
    Refused { code: &'static str, line: usize, column: Option<usize>, mentions: &'static str },
}

/// One hostile input.
#[derive(Debug, Clone)]
pub struct Case {
    pub name: &'static str,
    pub kind: Kind,
    pub bytes: Vec<u8>,
    pub expect: Expect,
}

/// A small valid criteria file: no warnings, two sections, three criteria. Its line numbers are
/// relied upon only through [`line_of`].
pub const CRITERIA: &str = "\
format: questionnaire/1
id: hostile
version: \"1\"
title: Hostile input target
scales:
  compliance:
    options:
      - {id: met, label: Fully met, value: 1}
      - {id: partial, label: Partially met, value: 0.5}
      - {id: not-met, label: Not met, value: 0}
scoring:
  pass: {overall: 0.8, each_section: 0.6}
sections:
  - id: org
    title: Organisation
    weight: 2
    criteria:
      - id: ORG-01
        text: A security officer is appointed.
        guidance: A named person with a written mandate.
        remediation: Appoint one.
      - id: ORG-02
        text: Visitors are escorted.
        guidance: Always, everywhere.
        remediation: Escort them.
  - id: site
    title: Site
    criteria:
      - id: SITE-01
        text: The perimeter is fenced.
        guidance: Continuous fence.
        remediation: Close the gaps.
      - id: SITE-02
        text: Doors are alarmed.
        guidance: Every door.
        remediation: Fit alarms.
";

/// A small valid assessment of [`CRITERIA`].
pub const ASSESSMENT: &str = "\
format: assessment/1
questionnaire: {id: hostile, version: \"1\"}
subject: {organisation: Hostile Ltd, facility: Depot}
answers:
  ORG-01: {option: partial, comment: \"Deputy not named\"}
  ORG-02: {option: met}
  SITE-01: {option: not-met}
";

/// 1-based line of the first line of `text` containing `needle` (panics when absent: a broken
/// case, not a failing product).
pub fn line_of(text: &str, needle: &str) -> usize {
    text.lines().position(|l| l.contains(needle)).unwrap_or_else(|| panic!("`{needle}` not in the case")) + 1
}

/// 1-based (line, character column) of the first occurrence of `needle` in `text`.
pub fn position_of(text: &str, needle: &str) -> (usize, usize) {
    let offset = text.find(needle).unwrap_or_else(|| panic!("`{needle}` not in the case"));
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[line_start..].chars().count() + 1)
}

fn refused(code: &'static str, line: usize, column: Option<usize>, mentions: &'static str) -> Expect {
    Expect::Refused { code, line, column, mentions }
}

fn criteria(name: &'static str, text: String, expect: Expect) -> Case {
    Case { name, kind: Kind::Criteria, bytes: text.into_bytes(), expect }
}

/// [`CRITERIA`] with `from` replaced by `to` (which must occur).
fn edited(from: &str, to: &str) -> String {
    assert!(CRITERIA.contains(from), "`{from}` not in CRITERIA");
    CRITERIA.replacen(from, to, 1)
}

/// A criteria file of `count` minimal criteria in sections of 100.
pub fn many_criteria(count: usize) -> String {
    let mut text = String::from(CRITERIA.split("sections:\n").next().unwrap_or_default());
    text.push_str("sections:\n");
    for index in 0..count {
        if index % 100 == 0 {
            let _ = write!(text, "  - id: s{index}\n    title: Section {index}\n    criteria:\n");
        }
        let _ =
            writeln!(text, "      - {{id: C-{index:06}, text: Requirement {index}., guidance: G., remediation: R.}}");
    }
    text
}

/// Every hostile case, in the order of the issue, then the extras.
pub fn cases() -> Vec<Case> {
    let mut cases = Vec::new();

    // An alias bomb: ten levels of nine references (a billion `lol`s when expanded).
    let mut bomb = String::from("format: questionnaire/1\na0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for i in 1..10 {
        let refs = vec![format!("*a{}", i - 1); 9].join(", ");
        let _ = writeln!(bomb, "a{i}: &a{i} [{refs}]");
    }
    cases.push(criteria("alias bomb", bomb, refused("yaml-syntax", 3, None, "aliases")));

    // Nesting 10,000 deep, in flow and in block style.
    let flow = format!("format: questionnaire/1\nx: {}{}\n", "[".repeat(10_000), "]".repeat(10_000));
    cases.push(criteria("nesting 10,000 deep (flow)", flow, refused("yaml-syntax", 2, None, "nested too deeply")));
    let block = format!("format: questionnaire/1\nx:\n  {}v\n", "- ".repeat(10_000));
    cases.push(criteria("nesting 10,000 deep (block)", block, refused("yaml-syntax", 3, None, "nested too deeply")));

    // 50 MB: a valid file padded with comments; refused by the size cap before parsing.
    let mut big = String::from(CRITERIA);
    let pad = format!("# {}\n", "padding ".repeat(12));
    while big.len() < 50_000_000 {
        big.push_str(&pad);
    }
    cases.push(criteria("50 MB file", big, refused("file-too-large", 1, Some(1), "limit")));

    // Invalid UTF-8: a Latin-1 `é` in a text; located at that byte.
    let mut latin1 = edited("Visitors are escorted.", "Visitors are escort\u{e9}d.").into_bytes();
    let at = latin1.windows(2).position(|w| w == "é".as_bytes()).expect("é");
    latin1.splice(at..at + 2, [0xE9]);
    let (line, column) = position_of(CRITERIA, "ed.\n        guidance: Always");
    cases.push(Case {
        name: "invalid UTF-8",
        kind: Kind::Criteria,
        bytes: latin1,
        expect: refused("invalid-utf8", line, Some(column), "UTF-8"),
    });

    // A UTF-8 byte-order mark: accepted silently.
    cases.push(criteria("UTF-8 BOM", format!("\u{feff}{CRITERIA}"), Expect::Accepted));

    // CRLF line endings: accepted.
    cases.push(criteria("CRLF line endings", CRITERIA.replace('\n', "\r\n"), Expect::Accepted));

    // Tabs: in indentation YAML forbids them; inside text they are text.
    let tabbed = edited("\n        guidance: Always", "\n\tguidance: Always");
    let tab_line = line_of(&tabbed, "\tguidance: Always");
    cases.push(criteria("tab in indentation", tabbed, refused("yaml-syntax", tab_line, None, "tab")));
    cases.push(criteria(
        "tabs inside text",
        edited("text: Visitors are escorted.", "text: \"Visitors\tare\tescorted.\"\n        tags: [a\tb]"),
        Expect::Accepted,
    ));

    // NUL bytes: YAML allows no control characters; located at the NUL.
    let nul = edited("Visitors are escorted.", "Visitors are\0escorted.");
    let (line, column) = position_of(&nul, "\0");
    cases.push(criteria("NUL byte in text", nul, refused("yaml-syntax", line, Some(column), "NUL")));

    // A 1 MB single line: a valid one is accepted; one broken at its end is located there.
    let long_text = "word ".repeat(200_000);
    cases.push(criteria(
        "1 MB single line (valid)",
        edited("text: Visitors are escorted.", &format!("text: {}", long_text.trim_end())),
        Expect::Accepted,
    ));
    let broken = edited("text: Visitors are escorted.", &format!("text: \"{}", long_text.trim_end()));
    let (line, column) = position_of(&broken, "\"word");
    cases.push(criteria(
        "1 MB single line (unclosed quote)",
        broken,
        refused("yaml-syntax", line, Some(column), "quote"),
    ));

    // Duplicate keys: the error names the key, at its second occurrence.
    let duplicated =
        edited("        remediation: Escort them.\n", "        remediation: Escort them.\n        text: Again.\n");
    let (line, column) = position_of(&duplicated, "text: Again.");
    cases.push(criteria("duplicate key", duplicated, refused("yaml-syntax", line, Some(column), "`text`")));

    // 100,000 criteria: over the cap on criteria, refused at the first one over it.
    let many = many_criteria(100_000);
    let (line, column) = position_of(&many, "{id: C-020000,");
    cases.push(criteria("100,000 criteria", many, refused("too-many-criteria", line, Some(column), "20000")));

    // 100,000 answers to unknown ids.
    let mut answers = String::from(ASSESSMENT);
    for index in 0..100_000 {
        let _ = writeln!(answers, "  X-{index:06}: {{option: met}}");
    }
    // The answer after the first 20,000 in file order, counting those ASSESSMENT already has.
    let known = ASSESSMENT.split("answers:\n").nth(1).unwrap_or_default().lines().count();
    let (line, column) = position_of(&answers, &format!("X-{:06}:", 20_000 - known));
    cases.push(Case {
        name: "100,000 answers to unknown ids",
        kind: Kind::Assessment,
        bytes: answers.into_bytes(),
        expect: refused("too-many-answers", line, Some(column), "20000"),
    });

    // Numbers too large for a float (1e309 would be infinite: YAML leaves it text, so it is a
    // number of the wrong type), infinity and NaN, where numbers are expected.
    for (name, from, to, code) in [
        ("1e309 as an option value", "label: Fully met, value: 1}", "label: Fully met, value: 1e309}", "wrong-type"),
        ("1e309 as a weight", "weight: 2", "weight: 1e309", "wrong-type"),
        ("1e309 as a pass threshold", "overall: 0.8", "overall: 1e309", "wrong-type"),
        ("-1e309 as a weight", "weight: 2", "weight: -1e309", "wrong-type"),
        (
            ".nan as an option value",
            "label: Partially met, value: 0.5}",
            "label: Partially met, value: .nan}",
            "invalid-option-value",
        ),
        (".nan as a weight", "weight: 2", "weight: .nan", "invalid-weight"),
        (".nan as a pass threshold", "each_section: 0.6", "each_section: .nan", "threshold-out-of-range"),
        (".inf as a weight", "weight: 2", "weight: .inf", "invalid-weight"),
    ] {
        let text = edited(from, to);
        let number = to.rsplit(": ").next().unwrap_or_default().trim_end_matches('}');
        let (line, column) = position_of(&text, &format!(": {number}"));
        cases.push(criteria(name, text, refused(code, line, Some(column + 2), "finite")));
    }

    // Extras: files that are not YAML text at all, or nothing.
    let mut utf16 = vec![0xFF, 0xFE];
    utf16.extend(CRITERIA.encode_utf16().flat_map(u16::to_le_bytes));
    cases.push(Case {
        name: "UTF-16 file",
        kind: Kind::Criteria,
        bytes: utf16,
        expect: refused("invalid-utf8", 1, Some(1), "UTF-16"),
    });
    cases.push(criteria("only a NUL", "\0".into(), refused("yaml-syntax", 1, Some(1), "NUL")));
    cases.push(criteria("empty file", String::new(), refused("wrong-type", 1, Some(1), "empty")));
    cases.push(criteria("only a comment", "# nothing here\n".into(), refused("wrong-type", 1, Some(1), "empty")));

    // Assessments: the same tolerance, and the same refusals.
    cases.push(Case {
        name: "assessment: CRLF and BOM",
        kind: Kind::Assessment,
        bytes: format!("\u{feff}{}", ASSESSMENT.replace('\n', "\r\n")).into_bytes(),
        expect: Expect::Accepted,
    });
    let twice = ASSESSMENT
        .replace("  SITE-01: {option: not-met}\n", "  SITE-01: {option: not-met}\n  ORG-02: {option: partial}\n");
    let (line, column) = position_of(&twice, "ORG-02: {option: partial}");
    cases.push(Case {
        name: "assessment: duplicate answer",
        kind: Kind::Assessment,
        bytes: twice.into_bytes(),
        expect: refused("yaml-syntax", line, Some(column), "`ORG-02`"),
    });

    cases
}
