//! `cargo bench --bench pipeline` (run by `scripts/bench`): the native half of issue 7's
//! benchmark, at 100, 1,000 and 10,000 synthetic criteria (`tests/common/synthetic.rs`).
//! Prints numbers, asserts nothing.
//!
//! 1. In process (the library, this bench's profile): parse + validate both files, score, build
//!    the report, render the PDF, their total, and the PDF's pages and bytes; medians.
//! 2. The `certready` binary end to end: `report --format pdf` as a process, from spawn to exit
//!    (reading both files and the fonts, writing the PDF); median after one untimed warm-up run.
//!    The binary is `$CERTREADY_BIN` (scripts/bench builds the release binary, the one users
//!    run), else the one cargo built beside this bench.
//! 3. The peer: `certready report --format html`, then headless Chromium printing that HTML to
//!    PDF (`--print-to-pdf`), from Chromium's start to its exit with the PDF written; median after
//!    one untimed warm-up run (which creates the Chromium profile used by the timed runs), and
//!    the ratio peer / our CLI. Chromium is `$CERTREADY_CHROMIUM`, else `chromium`; skipped with
//!    a note when it cannot run.
//!
//! Environment: `CERTREADY_FONTS` (default /usr/share/fonts/truetype/noto), `CERTREADY_BIN`,
//! `CERTREADY_CHROMIUM`, `CERTREADY_BENCH_SIZES` (e.g. `100,1000`), `CERTREADY_BENCH_DIR` (where
//! the generated files and outputs go; default a fresh folder under the temp dir, removed after)
//! and `CERTREADY_BENCH_PEER_FILE` (where to write the peer's times, `size<TAB>ms` lines, for the
//! browser bench's ratio).

#[path = "../common/synthetic.rs"]
mod synthetic;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use certready::model::{parse_assessment, parse_questionnaire};
use certready::report::Sources;
use certready::scoring::score;
use certready::time::Timestamp;
use certready::{pdf, report};
use synthetic::{ms, thousands};

/// Issue 7's budgets that the native run can speak to.
const BUDGET_CLI_1000: Duration = Duration::from_millis(50);
const BUDGET_PEER_RATIO: f64 = 5.0;
/// 2026-11-24T10:30:00Z, as the tests use: the bytes do not depend on the clock.
const GENERATED: i64 = 1_795_516_200;

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times[times.len() / 2]
}

fn kb(bytes: usize) -> String {
    format!("{:.0} KB", bytes as f64 / 1000.0)
}

fn pages(pdf: &[u8]) -> String {
    lopdf::Document::load_mem(pdf).map_or("?".into(), |document| document.get_pages().len().to_string())
}

fn fonts() -> pdf::Fonts {
    let dir = std::env::var_os("CERTREADY_FONTS")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("/usr/share/fonts/truetype/noto"));
    let read = |name: &str| {
        std::fs::read(dir.join(name)).unwrap_or_else(|e| {
            panic!("reading {}: {e} (install fonts-noto-core or set CERTREADY_FONTS)", dir.join(name).display())
        })
    };
    pdf::Fonts { regular: read("NotoSans-Regular.ttf"), bold: read("NotoSans-Bold.ttf"), fallback: None }
}

/// The four stages once; returns their times and the PDF.
fn pipeline(criteria: &[u8], assessment: &[u8], fonts: &pdf::Fonts) -> ([Duration; 4], Vec<u8>) {
    let start = Instant::now();
    let (questionnaire, diagnostics) = parse_questionnaire(criteria);
    let questionnaire = questionnaire.unwrap_or_else(|| panic!("synthetic criteria refused: {diagnostics:?}"));
    let (parsed, diagnostics) = parse_assessment(assessment, &questionnaire);
    let parsed = parsed.unwrap_or_else(|| panic!("synthetic assessment refused: {diagnostics:?}"));
    let parse = start.elapsed();

    let start = Instant::now();
    let card = score(&questionnaire, &parsed);
    let scoring = start.elapsed();

    let start = Instant::now();
    let sources = Sources { criteria: criteria.to_vec(), assessment: assessment.to_vec() };
    let languages = report::Languages::new(&questionnaire, None).unwrap_or_else(|e| panic!("languages: {e}"));
    let built = report::build(&questionnaire, &parsed, &card, Timestamp(GENERATED), &languages).with_sources(sources);
    let build = start.elapsed();

    let start = Instant::now();
    let bytes = pdf::render(&built, fonts).unwrap_or_else(|e| panic!("rendering: {e}")).pdf;
    let render = start.elapsed();
    ([parse, scoring, build, render], bytes)
}

/// Runs `command` to completion `runs` times after one untimed warm-up; the median wall time.
/// `None` (with the reason printed) when it cannot run or fails.
fn time_process(runs: usize, mut command: impl FnMut() -> Command, what: &str) -> Option<Duration> {
    let mut times = Vec::new();
    for run in 0..=runs {
        let mut command = command();
        command.stdin(Stdio::null()).stdout(Stdio::null()).stderr(Stdio::piped());
        let start = Instant::now();
        let output = match command.output() {
            Ok(output) => output,
            Err(e) => {
                println!("  ({what} could not start: {e})");
                return None;
            }
        };
        let elapsed = start.elapsed();
        if !output.status.success() {
            let stderr = String::from_utf8_lossy(&output.stderr);
            println!("  ({what} failed, {}: {})", output.status, stderr.lines().last().unwrap_or(""));
            return None;
        }
        if run > 0 {
            times.push(elapsed);
        }
    }
    Some(median(times))
}

fn certready_binary() -> Option<PathBuf> {
    std::env::var_os("CERTREADY_BIN").map(PathBuf::from).or(option_env!("CARGO_BIN_EXE_certready").map(PathBuf::from))
}

fn main() {
    let (quick, sizes) = synthetic::bench_sizes();
    let (dir, remove_dir) = match std::env::var_os("CERTREADY_BENCH_DIR") {
        Some(dir) => (PathBuf::from(dir), false),
        None => (std::env::temp_dir().join(format!("certready-bench-{}", std::process::id())), true),
    };
    std::fs::create_dir_all(&dir).expect("creating the bench folder");
    let fonts = fonts();
    let cores = std::thread::available_parallelism().map_or(0, |n| n.get());
    println!("certready pipeline benchmark: synthetic criteria and assessments, {cores} cores; medians");

    println!("\n1. In process (library, bench profile)\n");
    println!(
        "{:>8} {:>6} {:>9} | {:>14} {:>9} {:>12} {:>10} {:>9} | {:>6} {:>9}",
        "criteria", "gaps", "files", "parse+validate", "score", "report build", "PDF render", "total", "pages", "PDF"
    );
    let mut pairs = Vec::new();
    for &n in &sizes {
        let (criteria_path, assessment_path) = synthetic::write_pair(&dir, n).expect("writing the synthetic files");
        let criteria = std::fs::read(&criteria_path).expect("criteria");
        let assessment = std::fs::read(&assessment_path).expect("assessment");
        let runs = if quick {
            1
        } else if n >= 10_000 {
            3
        } else if n >= 1_000 {
            7
        } else {
            15
        };
        let mut stages: [Vec<Duration>; 5] = Default::default();
        let mut pdf = Vec::new();
        for _ in 0..runs {
            let (times, bytes) = pipeline(&criteria, &assessment, &fonts);
            for (column, time) in stages.iter_mut().zip(times) {
                column.push(time);
            }
            stages[4].push(times.iter().sum());
            pdf = bytes;
        }
        let (questionnaire, _) = parse_questionnaire(&criteria);
        let gaps = questionnaire
            .and_then(|q| parse_assessment(&assessment, &q).0.map(|a| score(&q, &a).gaps.len()))
            .unwrap_or(0);
        let [parse, scoring, build, render, total] = stages.map(median);
        println!(
            "{:>8} {:>6} {:>9} | {:>14} {:>9} {:>12} {:>10} {:>9} | {:>6} {:>9}",
            thousands(n),
            thousands(gaps),
            kb(criteria.len() + assessment.len()),
            ms(parse),
            ms(scoring),
            ms(build),
            ms(render),
            ms(total),
            pages(&pdf),
            kb(pdf.len())
        );
        pairs.push((n, criteria_path, assessment_path));
    }

    let Some(binary) = certready_binary() else {
        println!("\n(no certready binary: set CERTREADY_BIN, or run scripts/bench)");
        return;
    };
    let chromium = std::env::var_os("CERTREADY_CHROMIUM").map_or_else(|| PathBuf::from("chromium"), PathBuf::from);
    println!("\n2. The CLI end to end (`certready report`, spawn to exit), and the peer (HTML printed by Chromium)\n");
    let origin = if std::env::var_os("CERTREADY_BIN").is_some() {
        "$CERTREADY_BIN"
    } else {
        "built by cargo for this bench, bench profile; scripts/bench times the release binary"
    };
    let size = std::fs::metadata(&binary).map_or(0, |m| m.len());
    println!("   binary:   {} ({} bytes; {origin})", binary.display(), thousands(size as usize));
    println!(
        "   chromium: {} --headless=new --print-to-pdf (profile created by the warm-up run)\n",
        chromium.display()
    );
    println!(
        "{:>8} | {:>15} {:>6} {:>9} | {:>9} {:>21} {:>6} {:>9} | {:>11}",
        "criteria", "CLI PDF", "pages", "PDF", "CLI HTML", "Chromium print-to-pdf", "pages", "PDF", "peer / ours"
    );
    let profile = dir.join("chromium-profile");
    let mut cli_at_1000 = None;
    let mut ratios = Vec::new();
    let mut peer_times = Vec::new();
    for (n, criteria, assessment) in &pairs {
        let (runs, peer_runs) = if quick {
            (1, 1)
        } else if *n >= 10_000 {
            (3, 1)
        } else if *n >= 1_000 {
            (9, 3)
        } else {
            (15, 5)
        };
        let ours = dir.join(format!("ours-{n}.pdf"));
        let html = dir.join(format!("report-{n}.html"));
        let peer = dir.join(format!("peer-{n}.pdf"));
        let report = |format: &str, output: &Path| {
            let mut command = Command::new(&binary);
            command
                .args(["report", "--format", format, "-o"])
                .arg(output)
                .arg(criteria)
                .arg(assessment)
                .env("SOURCE_DATE_EPOCH", GENERATED.to_string());
            command
        };
        let cli = time_process(runs, || report("pdf", &ours), "certready report --format pdf");
        let cli_html = time_process(runs, || report("html", &html), "certready report --format html");
        let chromium_print = if cli_html.is_some() {
            time_process(
                peer_runs,
                || {
                    let mut command = Command::new(&chromium);
                    command
                        .args(["--headless=new", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer"])
                        .arg(format!("--user-data-dir={}", profile.display()))
                        .arg(format!("--print-to-pdf={}", peer.display()))
                        .arg(format!("file://{}", html.display()));
                    command
                },
                "chromium --print-to-pdf",
            )
        } else {
            None
        };
        let file = |path: &Path| std::fs::read(path).ok().filter(|bytes| !bytes.is_empty());
        let (ours_pdf, peer_pdf) = (file(&ours), chromium_print.and_then(|_| file(&peer)));
        let dash = || "—".to_owned();
        let ratio = cli.zip(chromium_print).map(|(ours, peer)| peer.as_secs_f64() / ours.as_secs_f64());
        if let Some(ratio) = ratio {
            ratios.push((*n, ratio));
        }
        if let Some(peer) = chromium_print {
            peer_times.push(format!("{n}\t{}\n", peer.as_secs_f64() * 1000.0));
        }
        if *n == 1_000 {
            cli_at_1000 = cli;
        }
        println!(
            "{:>8} | {:>15} {:>6} {:>9} | {:>9} {:>21} {:>6} {:>9} | {:>11}",
            thousands(*n),
            cli.map_or_else(dash, ms),
            ours_pdf.as_deref().map_or_else(dash, pages),
            ours_pdf.as_ref().map_or_else(dash, |b| kb(b.len())),
            cli_html.map_or_else(dash, ms),
            chromium_print.map_or_else(dash, ms),
            peer_pdf.as_deref().map_or_else(dash, pages),
            peer_pdf.as_ref().map_or_else(dash, |b| kb(b.len())),
            ratio.map_or_else(dash, |r| format!("{r:.1}×")),
        );
    }

    // The browser bench compares the PDF made in the page with these.
    if let Some(file) = std::env::var_os("CERTREADY_BENCH_PEER_FILE") {
        if let Err(e) = std::fs::write(&file, peer_times.concat()) {
            println!("  (could not write {}: {e})", Path::new(&file).display());
        }
    }

    println!("\nBudgets (issue 7):");
    match cli_at_1000 {
        Some(cli) => println!(
            "  CLI end to end at 1,000 criteria: {} (budget {}): {}",
            ms(cli),
            ms(BUDGET_CLI_1000),
            if cli <= BUDGET_CLI_1000 { "within" } else { "OVER" }
        ),
        None => println!("  CLI end to end at 1,000 criteria: not measured (budget {})", ms(BUDGET_CLI_1000)),
    }
    for (n, ratio) in ratios {
        println!(
            "  our PDF vs the peer at {} criteria: {ratio:.1}× faster natively (budget ≥ {BUDGET_PEER_RATIO:.0}×, \
             stated for the browser; the browser bench measures that)",
            thousands(n)
        );
    }
    println!("  the peer's time excludes the HTML export (column \"CLI HTML\").");
    if remove_dir {
        let _ = std::fs::remove_dir_all(&dir);
    } else {
        println!("\nfiles kept in {}", dir.display());
    }
}
