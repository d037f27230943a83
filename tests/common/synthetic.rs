//! Synthetic criteria and assessments of any size, for the benchmarks (issue 7): a criteria file
//! shaped like a real scheme (ten top-level sections with weights, sub-sections of ten
//! criteria, two scales, thresholds and bands, critical criteria, factual questions that
//! condition the next criterion) and an assessment answering it with a realistic mix (mostly
//! met, some partial and not met, N/A claims with justifications, comments, flags, evidence
//! files, a few unanswered, a short auditor review).
//!
//! Standard library only, and nothing from certready, so that any test or bench crate can include
//! it with `#[path = "../common/synthetic.rs"] mod synthetic;`. Deterministic: the same size
//! gives the same bytes.

#![allow(dead_code)]

use std::fmt::Write as _;

/// The criteria file's `id` and `version`.
pub const ID: &str = "synthetic";
pub const VERSION: &str = "1";

/// Top-level sections (the PDF draws a radar for 3 to 12).
const TOP_SECTIONS: usize = 10;
/// Criteria per sub-section.
const PER_SUBSECTION: usize = 10;

/// The criterion ids, in document order.
pub fn criterion_id(index: usize) -> String {
    format!("C-{index:05}")
}

/// A well-mixed number for `index` (splitmix64), so that the mix does not follow the layout.
fn mix(index: usize, salt: u64) -> u64 {
    let mut z =
        (index as u64).wrapping_add(salt.wrapping_mul(0x9e37_79b9_7f4a_7c15)).wrapping_add(0x9e37_79b9_7f4a_7c15);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// Every 25th criterion is a factual question (yes / no / not known); the one after it applies
/// only when the answer is yes or not known.
fn is_fact(index: usize) -> bool {
    index % 25 == 7
}

fn is_conditional(index: usize) -> bool {
    index > 0 && is_fact(index - 1)
}

/// One criterion in 40 is critical (never a factual or conditional one).
fn is_critical(index: usize) -> bool {
    index % 40 == 3
}

const SUBJECTS: [&str; 8] = [
    "access to restricted zones",
    "the handling of sealed receptacles",
    "visitor registration",
    "key and badge issuance",
    "screening of outbound items",
    "the incident log",
    "contractor vetting",
    "backup of the security systems",
];

const ACTIONS: [&str; 6] = [
    "is documented, approved by management and reviewed at least once a year",
    "is assigned to a named person with a deputy",
    "is checked during every shift and the checks are recorded",
    "is covered by training that staff repeat every two years",
    "is tested in an exercise and the findings are followed up",
    "is monitored and deviations are escalated within one working day",
];

/// A criteria file with `n` criteria (at least 1).
pub fn criteria(n: usize) -> String {
    let mut out = String::with_capacity(400 * n + 2_000);
    let _ = write!(
        out,
        "format: questionnaire/1\n\
         id: {ID}\n\
         version: \"{VERSION}\"\n\
         title: Synthetic security self-assessment ({n} criteria)\n\
         languages: [en]\n\
         publisher: certready benchmarks\n\
         description: Generated criteria for the benchmarks; the texts are placeholders.\n\
         scales:\n  \
           compliance:\n    \
             options:\n      \
               - {{id: met, label: Fully met, value: 1}}\n      \
               - {{id: partial, label: Partially met, value: 0.5}}\n      \
               - {{id: not-met, label: Not met, value: 0}}\n  \
           fact:\n    \
             options:\n      \
               - {{id: \"yes\", label: \"Yes\", value: 1}}\n      \
               - {{id: \"no\", label: \"No\", value: 1}}\n      \
               - {{id: unknown, label: Not known, value: 0}}\n\
         defaults: {{scale: compliance, weight: 1, na: with-justification}}\n\
         scoring:\n  \
           aggregate: weighted-mean\n  \
           pass: {{overall: 0.8, each_section: 0.6, critical: all-met}}\n  \
           bands:\n    \
             - {{id: bronze, min: 0.8, label: Bronze}}\n    \
             - {{id: silver, min: 0.85, label: Silver}}\n    \
             - {{id: gold, min: 0.95, label: Gold}}\n\
         sections:\n"
    );
    let n = n.max(1);
    let tops = TOP_SECTIONS.min(n.div_ceil(PER_SUBSECTION)).max(1);
    let mut index = 0;
    for top in 0..tops {
        // The criteria are spread evenly over the top-level sections.
        let end = n * (top + 1) / tops;
        let _ = write!(
            out,
            "  - id: area-{top:02}\n    title: Area {top}, {}\n    weight: {}\n    sections:\n",
            SUBJECTS[top % SUBJECTS.len()],
            1 + top % 3
        );
        let mut sub = 0;
        while index < end {
            let _ = write!(
                out,
                "      - id: area-{top:02}-{sub:03}\n        title: Topic {top}.{sub}\n        criteria:\n"
            );
            for _ in 0..PER_SUBSECTION {
                if index >= end {
                    break;
                }
                push_criterion(&mut out, index);
                index += 1;
            }
            sub += 1;
        }
    }
    out
}

fn push_criterion(out: &mut String, index: usize) {
    let id = criterion_id(index);
    let subject = SUBJECTS[(mix(index, 1) % SUBJECTS.len() as u64) as usize];
    let _ = writeln!(out, "          - id: {id}");
    if is_fact(index) {
        let _ = write!(
            out,
            "            text: \"Is {subject} contracted out to a third party ({id})?\"\n            \
             guidance: Answer how the facility operates today.\n            \
             remediation: Find out who is responsible.\n            \
             scale: fact\n            \
             na: forbidden\n"
        );
        return;
    }
    let action = ACTIONS[(mix(index, 2) % ACTIONS.len() as u64) as usize];
    let _ = write!(
        out,
        "            text: \"The control over {subject} {action} ({id}).\"\n            \
         guidance: \"Look for written procedures, records of the last twelve months and named owners; \
         a reviewer asks to see them.\"\n            \
         remediation: \"Write the procedure for {subject}, name an owner, and keep the records for a year.\"\n"
    );
    if mix(index, 3).is_multiple_of(3) {
        out.push_str("            evidence: [\"Procedure document\", \"Records of the last twelve months\"]\n");
    }
    let weight = 1 + mix(index, 4) % 3;
    if weight != 1 {
        let _ = writeln!(out, "            weight: {weight}");
    }
    if is_critical(index) {
        out.push_str("            critical: true\n            na: forbidden\n");
    }
    if is_conditional(index) {
        let _ = writeln!(out, "            when: {{criterion: {}, in: [\"yes\", unknown]}}", criterion_id(index - 1));
    }
}

/// An assessment of [`criteria`]`(n)`, answering most criteria.
pub fn assessment(n: usize) -> String {
    let n = n.max(1);
    let mut out = String::with_capacity(120 * n + 1_000);
    let _ = write!(
        out,
        "format: assessment/1\n\
         questionnaire: {{id: {ID}, version: \"{VERSION}\"}}\n\
         subject: {{organisation: Synthetic Post Ltd, facility: Central mail processing centre, country: NL}}\n\
         assessor: {{name: Alex Example, role: Security manager}}\n\
         created: \"2026-11-24T08:00:00Z\"\n\
         updated: \"2026-11-24T10:00:00Z\"\n\
         answers:\n"
    );
    let mut reviewed = Vec::new();
    for index in 0..n {
        let id = criterion_id(index);
        let roll = mix(index, 5) % 100;
        let mut fields: Vec<String> = Vec::new();
        if is_fact(index) {
            fields.push(format!("option: \"{}\"", if roll < 70 { "yes" } else { "no" }));
        } else if is_critical(index) {
            // Critical criteria are mostly met; one in five is only partly met (a blocking gap).
            fields.push(format!("option: {}", if roll < 80 { "met" } else { "partial" }));
        } else {
            match roll {
                0..=2 => {} // unanswered (perhaps flagged below)
                3..=7 => fields.push("na: \"Not relevant at this facility: no such operations on site.\"".into()),
                8..=62 => fields.push("option: met".into()),
                63..=84 => fields.push("option: partial".into()),
                _ => fields.push("option: not-met".into()),
            }
        }
        if mix(index, 6) % 10 < 3 {
            fields.push(format!("comment: \"Checked on site with the shift lead; see the log for {id}.\""));
        }
        if mix(index, 7) % 100 < 4 {
            fields.push("flagged: true".into());
        }
        if mix(index, 8).is_multiple_of(10) {
            fields.push(format!(
                "evidence: [{{name: \"procedure-{index}.pdf\", bytes: {}, sha256: \"{:016x}{:016x}{:016x}{:016x}\", note: \"Version 3\"}}]",
                10_000 + mix(index, 9) % 900_000,
                mix(index, 10),
                mix(index, 11),
                mix(index, 12),
                mix(index, 13)
            ));
        }
        if fields.is_empty() {
            continue;
        }
        let _ = writeln!(out, "  {id}: {{{}}}", fields.join(", "));
        if mix(index, 14).is_multiple_of(50) {
            reviewed.push(index);
        }
    }
    if !reviewed.is_empty() {
        out.push_str("review:\n  reviewer: {name: Jana Example, organisation: Regional audit}\n  verdicts:\n");
        for index in reviewed {
            let verdict = ["confirmed", "confirmed", "not-confirmed", "needs-evidence"][(mix(index, 15) % 4) as usize];
            let _ = writeln!(
                out,
                "    {}: {{verdict: {verdict}, note: \"Sampled during the visit.\"}}",
                criterion_id(index)
            );
        }
    }
    out
}

/// The sizes the benchmarks run at.
pub const SIZES: [usize; 3] = [100, 1_000, 10_000];

/// Writes `criteria(n)` and `assessment(n)` into `dir` as `synthetic-N.yaml` and
/// `synthetic-N-assessment.yaml`; returns both paths.
pub fn write_pair(dir: &std::path::Path, n: usize) -> std::io::Result<(std::path::PathBuf, std::path::PathBuf)> {
    std::fs::create_dir_all(dir)?;
    let criteria_path = dir.join(format!("synthetic-{n}.yaml"));
    let assessment_path = dir.join(format!("synthetic-{n}-assessment.yaml"));
    std::fs::write(&criteria_path, criteria(n))?;
    std::fs::write(&assessment_path, assessment(n))?;
    Ok((criteria_path, assessment_path))
}

/// `n` with thousands separators, as the benchmarks print sizes: "10,000".
pub fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// A duration as the benchmarks print it: "38.8 ms", "264 ms".
pub fn ms(d: std::time::Duration) -> String {
    let ms = d.as_secs_f64() * 1000.0;
    if ms >= 100.0 {
        format!("{ms:.0} ms")
    } else {
        format!("{ms:.1} ms")
    }
}

/// Whether this is a quick run, and the sizes to measure: `cargo bench` passes `--bench`;
/// `cargo test --benches` passes nothing, and then one small size runs. `CERTREADY_BENCH_SIZES`
/// (e.g. `100,1000`) chooses the sizes.
pub fn bench_sizes() -> (bool, Vec<usize>) {
    let quick = !std::env::args().any(|a| a == "--bench");
    let sizes = match std::env::var("CERTREADY_BENCH_SIZES") {
        Ok(list) => list
            .split(',')
            .map(|n| n.trim().replace('_', "").parse().expect("CERTREADY_BENCH_SIZES: numbers"))
            .collect(),
        Err(_) if quick => vec![100],
        Err(_) => SIZES.to_vec(),
    };
    (quick, sizes)
}
