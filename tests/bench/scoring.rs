//! `cargo bench --bench scoring`: how long scoring takes at 100, 1,000 and 10,000 criteria.
//!
//! Synthetic criteria (sections of ten criteria, ten to a top-level section, one `when`
//! condition in ten, some critical) and an assessment with a mix of answers. Prints, as the
//! median of several runs: one scoring pass without the gap register; the full scorecard
//! (every gap's exact impact, incremental); the same impacts computed naively by one full
//! re-scoring per gap; and what the browser does per answer (change one answer, score again).

use std::fmt::Write;
use std::time::{Duration, Instant};

use certready::model::{parse_questionnaire, Assessment, Questionnaire};
use certready::scoring::{overall_score, score};

fn criteria_yaml(n: usize) -> String {
    let mut out = String::from(
        "format: questionnaire/1\nid: bench\nversion: \"1\"\ntitle: Bench\n\
         scales:\n  compliance:\n    options:\n      - {id: met, label: Met, value: 1}\n      \
         - {id: partial, label: Partial, value: 0.5}\n      - {id: not-met, label: Not met, value: 0}\n\
         scoring: {pass: {overall: 0.8, each_section: 0.6}}\nsections:\n",
    );
    let mut index = 0;
    let mut top = 0;
    while index < n {
        let _ = writeln!(out, "  - id: top-{top}\n    title: Top {top}\n    weight: {}\n    sections:", 1 + top % 3);
        for sub in 0..10 {
            if index >= n {
                break;
            }
            let _ = writeln!(out, "      - id: s-{top}-{sub}\n        title: Sub\n        criteria:");
            for _ in 0..10 {
                if index >= n {
                    break;
                }
                let _ = write!(
                    out,
                    "          - {{id: C-{index}, text: Requirement, guidance: G, remediation: R, weight: {}, critical: {}",
                    1 + index % 4,
                    index % 50 == 0
                );
                if index % 10 == 9 {
                    let _ = write!(out, ", when: {{criterion: C-{}, in: [met, partial]}}", index - 1);
                }
                out.push_str("}\n");
                index += 1;
            }
        }
        top += 1;
    }
    out
}

fn assessment(questionnaire: &Questionnaire) -> Assessment {
    let mut assessment = Assessment::new(questionnaire);
    for (i, criterion) in questionnaire.criteria.iter().enumerate() {
        match i * 7 % 10 {
            0..=5 => assessment.choose_option(&criterion.id, "met"),
            6 | 7 => assessment.choose_option(&criterion.id, "partial"),
            8 => assessment.choose_option(&criterion.id, "not-met"),
            _ => {}
        }
    }
    assessment
}

fn median(runs: usize, mut f: impl FnMut()) -> Duration {
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed()
        })
        .collect();
    times.sort();
    times[runs / 2]
}

fn ms(d: Duration) -> String {
    format!("{:.3} ms", d.as_secs_f64() * 1000.0)
}

fn main() {
    // `cargo bench` passes `--bench`; `cargo test --benches` passes nothing: then run once, small.
    let quick = !std::env::args().any(|a| a == "--bench");
    let sizes: &[usize] = if quick { &[100] } else { &[100, 1_000, 10_000] };
    println!(
        "{:>8} {:>6} | {:>14} {:>16} {:>24} {:>16}",
        "criteria", "gaps", "one pass", "score() + gaps", "gaps by full re-scoring", "answer + score()"
    );
    for &n in sizes {
        let (questionnaire, diagnostics) = parse_questionnaire(criteria_yaml(n).as_bytes());
        let questionnaire = questionnaire.unwrap_or_else(|| panic!("{diagnostics:?}"));
        let assessment = assessment(&questionnaire);
        let card = score(&questionnaire, &assessment);
        let gaps = card.gaps.len();
        let runs = if quick {
            1
        } else if n >= 10_000 {
            5
        } else {
            21
        };

        let one_pass = median(runs, || {
            std::hint::black_box(overall_score(&questionnaire, &assessment));
        });
        let full = median(runs, || {
            std::hint::black_box(score(&questionnaire, &assessment));
        });
        // The definition: one full re-scoring per gap. At 10,000 criteria that takes minutes,
        // so it is timed on the first 200 gaps and scaled to all of them.
        let sample = gaps.min(200);
        let naive_sample = median(if n >= 10_000 { 1 } else { runs.min(5) }, || {
            for gap in &card.gaps[..sample] {
                let mut improved = assessment.clone();
                improved.choose_option(&questionnaire.criteria[gap.criterion].id, "met");
                std::hint::black_box(overall_score(&questionnaire, &improved));
            }
        });
        let naive = naive_sample.mul_f64(gaps as f64 / sample.max(1) as f64);
        let naive = if sample < gaps { format!("{} (est.)", ms(naive)) } else { ms(naive) };
        let mut flip = 0;
        let per_answer = median(runs, || {
            // What the browser does on a click: change one answer, then re-derive the scorecard.
            let mut edited = assessment.clone();
            let id = &questionnaire.criteria[flip % n].id;
            edited.choose_option(id, if flip % 2 == 0 { "partial" } else { "met" });
            flip += 37;
            std::hint::black_box(score(&questionnaire, &edited));
        });
        println!("{n:>8} {gaps:>6} | {:>14} {:>16} {naive:>24} {:>16}", ms(one_pass), ms(full), ms(per_answer));
    }
}
