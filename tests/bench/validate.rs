//! Parse + validate time of generated criteria files, from 1,000 criteria up to the cap of
//! 20,000 criteria per file. Prints a table (median of several runs); run with
//! `cargo bench --bench validate`.

use std::fmt::Write as _;
use std::time::{Duration, Instant};

use certready::model::{parse_questionnaire, MAX_CRITERIA, MAX_INPUT_BYTES};

/// A criteria file with `count` criteria in sections of 20, written like a real one: every
/// criterion has guidance, evidence, remediation and references; one in ten is profile-scoped,
/// one in ten has a condition on the criterion before it, one in twenty is critical.
fn generate(count: usize) -> String {
    let mut yaml = String::from(
        "format: questionnaire/1\nid: generated\nversion: \"1\"\ntitle: Generated\nlanguages: [en, fr]\n\
         profiles:\n  - {id: mpc, title: Mail processing centre}\n  - {id: ooe, title: Office of exchange}\n\
         scales:\n  compliance:\n    options:\n      - {id: met, label: Fully met, value: 1}\n      \
         - {id: partial, label: Partially met, value: 0.5}\n      - {id: not-met, label: Not met, value: 0}\n\
         scoring: {pass: {overall: 0.8, each_section: 0.6}}\nsections:\n",
    );
    for index in 0..count {
        if index % 20 == 0 {
            let _ = write!(yaml, "  - id: s{index}\n    title: {{en: Section {index}, fr: Section {index}}}\n    weight: 2\n    criteria:\n");
        }
        let _ = write!(
            yaml,
            "      - id: C-{index:05}\n        text: {{en: Requirement number {index} is met in practice., fr: L'exigence {index} est remplie.}}\n        \
             guidance: What fully met looks like for requirement {index}, in a sentence or two of plain words.\n        \
             evidence: [Written procedure {index}, Records of the last twelve months]\n        \
             remediation: Write the procedure, train the staff and keep the records for requirement {index}.\n        \
             references: [\"Generated standard — topic {index}\"]\n        weight: {}\n",
            1 + index % 3
        );
        if index % 10 == 3 {
            yaml.push_str("        profiles: [ooe]\n");
        }
        if index % 10 == 7 && index % 20 != 0 {
            let _ = writeln!(yaml, "        when: {{criterion: C-{:05}, in: [met, partial]}}", index - 1);
        }
        if index % 20 == 5 {
            yaml.push_str("        critical: true\n        na: forbidden\n");
        }
    }
    yaml
}

fn median(mut samples: Vec<Duration>) -> Duration {
    samples.sort();
    samples[samples.len() / 2]
}

fn main() {
    println!("parse + validate (median of 5 runs, this machine)");
    println!("{:>9} {:>10} {:>12} {:>14}", "criteria", "bytes", "time", "per criterion");
    for count in [1_000, 5_000, 10_000, MAX_CRITERIA] {
        let yaml = generate(count);
        if yaml.len() > MAX_INPUT_BYTES {
            println!("{count:>9} {:>10} over the {MAX_INPUT_BYTES}-byte input cap", yaml.len());
            continue;
        }
        let samples = (0..5)
            .map(|_| {
                let start = Instant::now();
                let (questionnaire, diagnostics) = parse_questionnaire(yaml.as_bytes());
                let took = start.elapsed();
                assert!(questionnaire.is_some(), "generated file is invalid: {:?}", &diagnostics[..1]);
                took
            })
            .collect();
        let took = median(samples);
        println!(
            "{count:>9} {:>10} {:>9.1} ms {:>11.1} µs",
            yaml.len(),
            took.as_secs_f64() * 1e3,
            took.as_secs_f64() * 1e6 / count as f64
        );
    }
}
