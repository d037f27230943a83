//! The hostile-input suite (issue 6), natively: every case of `tests/common/hostile_cases.rs`
//! through the library and through `certready validate`, each refused with a located error (or
//! accepted) within a second, without a panic and within a memory bound.

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use certready::diag::Diagnostic;
use certready::model::{parse_assessment, parse_questionnaire};

#[path = "../common/hostile_cases.rs"]
mod hostile_cases;

use hostile_cases::{cases, Case, Expect, Kind, CRITERIA};

const LIMIT: Duration = Duration::from_secs(1);
/// The two tests time their cases: they take turns rather than compete for the same cores.
static TURNS: std::sync::Mutex<()> = std::sync::Mutex::new(());
/// Peak resident memory allowed to the CLI on any case.
const MAX_RSS_KB: u64 = 512 * 1024;

/// Whether `diagnostics` meet the case's expectation; `Err` says how they do not.
fn check(case: &Case, diagnostics: &[Diagnostic]) -> Result<String, String> {
    let errors: Vec<&Diagnostic> = diagnostics.iter().filter(|d| d.is_error()).collect();
    match &case.expect {
        Expect::Accepted => match errors.first() {
            None => Ok(format!("accepted ({} warnings)", diagnostics.len())),
            Some(error) => Err(format!("expected acceptance, got {error:?}")),
        },
        Expect::Refused { code, line, column, mentions } => {
            let Some(error) = errors.iter().find(|d| d.code == *code) else {
                return Err(format!("expected error {code}, got {errors:?}"));
            };
            let shown = format!("{code}@{}:{}", error.line.unwrap_or(0), error.column.unwrap_or(0));
            if error.line != Some(*line) || error.column.is_none() {
                return Err(format!("{shown}: expected line {line} and a column: {error:?}"));
            }
            if column.is_some() && error.column != *column {
                return Err(format!("{shown}: expected column {column:?}: {error:?}"));
            }
            let said = format!("{} {}", error.message, error.hint).to_lowercase();
            if !said.contains(&mentions.to_lowercase()) {
                return Err(format!("{shown}: message or hint should mention `{mentions}`: {error:?}"));
            }
            if error.message.len() > 300 || error.hint.len() > 300 {
                return Err(format!("{shown}: message or hint too long to be clear: {error:?}"));
            }
            Ok(shown)
        }
    }
}

#[test]
fn hostile_inputs_through_the_library_are_located_fast_and_never_panic() {
    let _turn = TURNS.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    let (questionnaire, diagnostics) = parse_questionnaire(CRITERIA.as_bytes());
    assert!(diagnostics.is_empty(), "CRITERIA should be clean: {diagnostics:?}");
    let questionnaire = questionnaire.expect("CRITERIA is valid");
    let mut failures = Vec::new();
    eprintln!("{:<36} {:>10} {:>9}  result", "case", "bytes", "time ms");
    for case in cases() {
        let start = Instant::now();
        let outcome = catch_unwind(AssertUnwindSafe(|| match case.kind {
            Kind::Criteria => parse_questionnaire(&case.bytes).1,
            Kind::Assessment => parse_assessment(&case.bytes, &questionnaire).1,
        }));
        let took = start.elapsed();
        let result = match outcome {
            Err(_) => Err("panicked".to_owned()),
            Ok(diagnostics) if diagnostics.len() > 200 => Err(format!("{} diagnostics: not capped", diagnostics.len())),
            Ok(diagnostics) => check(&case, &diagnostics),
        };
        let result = match result {
            Ok(shown) if took >= LIMIT => Err(format!("{shown}, but took {took:?}")),
            other => other,
        };
        let shown = result.clone().unwrap_or_else(|e| format!("FAILED: {e}"));
        eprintln!("{:<36} {:>10} {:>9.1}  {}", case.name, case.bytes.len(), took.as_secs_f64() * 1e3, clip(&shown));
        if let Err(error) = result {
            failures.push(format!("{}: {}", case.name, clip(&error)));
        }
    }
    assert!(failures.is_empty(), "{} hostile cases failed:\n{}", failures.len(), failures.join("\n"));
}

fn clip(text: &str) -> String {
    if text.chars().count() <= 400 {
        return text.to_owned();
    }
    format!("{}…", text.chars().take(400).collect::<String>())
}

/// A folder of its own for this test's files, emptied first.
fn scratch() -> PathBuf {
    let dir = std::env::temp_dir().join(format!("certready-hostile-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("creating the scratch folder");
    dir
}

struct Run {
    code: Option<i32>,
    stdout: String,
    stderr: String,
    took: Duration,
    /// Peak resident set size in kB, when `/usr/bin/time` is there to measure it.
    peak_kb: Option<u64>,
}

/// `certready validate [--criteria C] FILE`, under `/usr/bin/time -f %M` when present.
fn validate(file: &Path, criteria: Option<&Path>) -> Run {
    let time = Path::new("/usr/bin/time");
    let binary = env!("CARGO_BIN_EXE_certready");
    let mut command = if time.exists() {
        let mut command = Command::new(time);
        command.args(["-f", "peak-rss-kb %M", binary]);
        command
    } else {
        Command::new(binary)
    };
    command.arg("validate");
    if let Some(criteria) = criteria {
        command.arg("--criteria").arg(criteria);
    }
    let start = Instant::now();
    let output = command.arg(file).output().expect("running certready");
    let took = start.elapsed();
    let mut stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    let mut peak_kb = None;
    if let Some(at) = stderr.rfind("peak-rss-kb ") {
        peak_kb = stderr[at + "peak-rss-kb ".len()..].trim().parse().ok();
        stderr.truncate(at);
        if let Some(exited) = stderr.rfind("Command exited with non-zero status") {
            stderr.truncate(exited);
        }
    }
    Run {
        code: output.status.code(),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr,
        took,
        peak_kb,
    }
}

#[test]
fn hostile_inputs_through_the_cli_are_located_fast_and_never_panic() {
    let _turn = TURNS.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    let dir = scratch();
    let criteria = dir.join("criteria.yaml");
    std::fs::write(&criteria, CRITERIA).expect("writing the criteria");
    // Process start and a small file, the baseline the limit is added to.
    let baseline = validate(&criteria, None);
    assert_eq!(baseline.code, Some(0), "{}", baseline.stderr);
    if baseline.peak_kb.is_none() {
        eprintln!("note: /usr/bin/time is missing: peak memory not measured");
    }
    let mut failures = Vec::new();
    eprintln!("{:<36} {:>10} {:>9} {:>9}  result", "case", "bytes", "time ms", "peak MB");
    for (i, case) in cases().into_iter().enumerate() {
        let file = dir.join(format!("case-{i}.yaml"));
        std::fs::write(&file, &case.bytes).expect("writing the case");
        let run = validate(&file, (case.kind == Kind::Assessment).then_some(criteria.as_path()));
        let _ = std::fs::remove_file(&file);
        let shown_file = file.display().to_string();
        let result = cli_check(&case, &run, &shown_file);
        let result = match result {
            Ok(shown) if run.took >= LIMIT + baseline.took => {
                Err(format!("{shown}, but took {:?} (baseline {:?})", run.took, baseline.took))
            }
            Ok(shown) if run.peak_kb.is_some_and(|kb| kb > MAX_RSS_KB) => {
                Err(format!("{shown}, but peaked at {} kB", run.peak_kb.unwrap_or(0)))
            }
            other => other,
        };
        let peak = run.peak_kb.map_or("-".to_owned(), |kb| format!("{:.1}", kb as f64 / 1024.0));
        let shown = result.clone().unwrap_or_else(|e| format!("FAILED: {e}"));
        eprintln!(
            "{:<36} {:>10} {:>9.1} {:>9}  {}",
            case.name,
            case.bytes.len(),
            run.took.as_secs_f64() * 1e3,
            peak,
            clip(&shown)
        );
        if let Err(error) = result {
            failures.push(format!("{}: {}", case.name, clip(&error)));
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
    assert!(failures.is_empty(), "{} hostile cases failed in the CLI:\n{}", failures.len(), failures.join("\n"));
}

fn cli_check(case: &Case, run: &Run, file: &str) -> Result<String, String> {
    let all = format!("{}{}", run.stdout, run.stderr);
    if all.contains("panicked at") {
        return Err(format!("panicked: {}", clip(&run.stderr)));
    }
    if all.len() > 64 * 1024 {
        return Err(format!("{} bytes of output: not capped", all.len()));
    }
    match &case.expect {
        Expect::Accepted => {
            if run.code != Some(0) || !run.stdout.contains("ok (0 errors") {
                return Err(format!("expected exit 0 and ok, got {:?}: {}", run.code, clip(&all)));
            }
            Ok("exit 0, ok".into())
        }
        Expect::Refused { code, line, column, .. } => {
            if run.code != Some(1) {
                return Err(format!("expected exit 1, got {:?}: {}", run.code, clip(&all)));
            }
            let title = format!("error[{code}]");
            let place = match column {
                Some(column) => format!("{file}:{line}:{column}"),
                None => format!("{file}:{line}:"),
            };
            if !run.stderr.contains(&title) || !run.stderr.contains(&place) {
                return Err(format!("expected `{title}` at `{place}`: {}", clip(&run.stderr)));
            }
            Ok(format!("exit 1, {code}@{line}"))
        }
    }
}

/// Under the cap, answers to unknown ids are kept (warnings), but listed only up to 20 and then
/// counted in one more warning, so that neither the terminal nor the app drowns in them.
#[test]
fn answers_to_unknown_ids_are_listed_then_counted() {
    let questionnaire = parse_questionnaire(CRITERIA.as_bytes()).0.expect("CRITERIA is valid");
    let mut text = String::from(hostile_cases::ASSESSMENT);
    for index in 0..1_000 {
        text.push_str(&format!("  X-{index:04}: {{option: met}}\n"));
    }
    let (assessment, diagnostics) = parse_assessment(text.as_bytes(), &questionnaire);
    assert_eq!(assessment.expect("accepted").answers.len(), 1_003, "unknown answers are kept");
    // The case names no criteria fingerprint: one warning for that, then the unknown ids.
    let (fingerprint, diagnostics): (Vec<_>, Vec<_>) =
        diagnostics.into_iter().partition(|d| d.code == "no-criteria-fingerprint");
    assert_eq!(fingerprint.len(), 1);
    assert_eq!(diagnostics.len(), 21, "{diagnostics:?}");
    assert!(diagnostics.iter().all(|d| d.code == "unknown-criterion" && !d.is_error() && d.line.is_some()));
    let last = &diagnostics[20];
    assert!(last.message.contains("`X-0020` and 979 more answers"), "{last:?}");
}
