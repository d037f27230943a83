//! `cargo bench --bench browser` (run by `scripts/bench` when a built app is there): the browser
//! half of issue 7's benchmark, at 100, 1,000 and 10,000 synthetic criteria
//! (`tests/common/synthetic.rs`), in headless Chromium driven through chromedriver, with the
//! end-to-end tests' session and static server (`tests/e2e/browser.rs`, `server.rs`). Prints
//! numbers, asserts nothing. Needs the built app: `CERTREADY_E2E_DIST` (default `dist/`).
//!
//! For each size, in a fresh Chromium profile (cold cache, no service worker yet), over loopback:
//!
//! - time to interactive: from navigation start (the page's `performance.now()` origin) to the
//!   moment the home page's first "new assessment" button is in the DOM, seen by a
//!   `MutationObserver` installed before any page script runs (DevTools
//!   `Page.addScriptToEvaluateOnNewDocument`);
//! - open criteria: the synthetic criteria file chosen on the home page, then "create", until
//!   the walk-through's verdict shows (WebDriver wall clock);
//! - import: the synthetic assessment imported, until the status line says so (wall clock);
//! - answer → scorecard: in the page, a click on an unchecked answer of a visible criterion,
//!   from just before the click is dispatched to the first DOM change in the scorecard panel,
//!   and to the next animation frame after it (before paint; input latency is not included);
//!   median of several clicks;
//! - PDF: from the WebDriver click on the PDF button to the complete download on disk;
//! - heap: the largest JS heap in use (DevTools `Runtime.getHeapUsage`, the precise figure that
//!   `performance.memory.usedJSHeapSize` gives with `--enable-precise-memory-info`) over samples
//!   taken after each step and while waiting for the PDF, and the size of the wasm linear memory
//!   at the end (it only grows, so that is its peak). A PDF made in a Web Worker is outside the
//!   page's heap.
//!
//! With `CERTREADY_BENCH_PEER_FILE` (written by the pipeline bench, as `scripts/bench` arranges),
//! the PDF time is set beside the peer's (the HTML report printed by headless Chromium) as a
//! ratio. The app's selectors are all in [`ui`].

#[allow(dead_code)]
#[path = "../e2e/browser.rs"]
mod browser;
#[allow(dead_code)]
#[path = "../e2e/server.rs"]
mod server;
#[path = "../common/synthetic.rs"]
mod synthetic;

use std::time::{Duration, Instant};

use fantoccini::Client;

use browser::{devtools, find, script, start_with_site, TempDir};
use synthetic::ms;

/// Everything the bench knows about the app's page, in one place.
mod ui {
    /// Present once the home page can be used: a criteria file's "new assessment" button.
    pub const INTERACTIVE: &str = "[id^='open-']";
    /// The home page's "open a criteria file" input.
    pub const CRITERIA_FILE: &str = "#criteria-file";
    pub const CREATE_ASSESSMENT: &str = "#create-assessment";
    /// The walk-through's verdict, inside the scorecard panel (its parent).
    pub const VERDICT: &str = "#verdict";
    /// The walk-through's "import answers" input, and the status line that reports it.
    pub const IMPORT: &str = "#import";
    pub const STATUS: &str = "#status";
    pub const IMPORTED: &str = "Imported";
    /// The answer controls of the criteria on screen (radio buttons `answer-<id>-<option>`).
    pub const ANSWERS: &str = "input[type=radio][id^='answer-']";
    pub const PDF_BUTTON: &str = "#pdf";
    /// In the status line when the PDF fails.
    pub const PDF_FAILED: &str = "could not be generated";
    /// What the page says (status line and any error), when the PDF does not come.
    pub const STATUS_TEXT: &str = "return [...document.querySelectorAll('#status, #fatal, [role=alert]')]\
        .map((e) => e.textContent.trim()).join(' | ')";

    /// The downloaded report's file name.
    pub fn pdf_name(questionnaire_id: &str) -> String {
        format!("{questionnaire_id}-gap-report.pdf")
    }
}

/// Issue 7's browser budgets.
const BUDGET_INTERACTIVE: Duration = Duration::from_millis(300);
const BUDGET_ANSWER_1000: Duration = Duration::from_millis(16);
const BUDGET_PDF_1000: Duration = Duration::from_secs(1);

/// Installed before the page's own scripts: the time the app became interactive, and the wasm
/// exports (for the size of its memory) that Trunk's start-up script announces.
fn instrument() -> String {
    let interactive = serde_json::to_string(ui::INTERACTIVE).expect("a JSON string");
    format!(
        "(() => {{
            const bench = window.__certreadyBench = {{ interactive: null, wasm: null }};
            addEventListener('TrunkApplicationStarted', (e) => {{ bench.wasm = e.detail && e.detail.wasm; }});
            const check = () => {{
                if (bench.interactive === null && document.querySelector({interactive})) {{
                    bench.interactive = performance.now();
                    observer.disconnect();
                }}
            }};
            const observer = new MutationObserver(check);
            observer.observe(document, {{ childList: true, subtree: true }});
        }})();"
    )
}

/// Clicks an unchecked "partial" or "not met" answer on screen and reports, in ms from just
/// before the click, `[id, handlers done, first scorecard change, next frame after it]`.
fn answer_script() -> String {
    let answers = serde_json::to_string(ui::ANSWERS).expect("a JSON string");
    let verdict = serde_json::to_string(ui::VERDICT).expect("a JSON string");
    format!(
        "const done = arguments[arguments.length - 1];
        const target = [...document.querySelectorAll({answers})]
            .find((r) => !r.checked && !r.disabled && (r.id.endsWith('-partial') || r.id.endsWith('-not-met')));
        const verdict = document.querySelector({verdict});
        if (!target || !verdict) {{ done(null); return; }}
        const panel = verdict.parentElement;
        let changed = null;
        const observer = new MutationObserver(() => {{
            if (changed !== null) return;
            changed = performance.now();
            requestAnimationFrame(() => {{
                const frame = performance.now();
                observer.disconnect();
                done([target.id, handled - start, changed - start, frame - start]);
            }});
        }});
        observer.observe(panel, {{ childList: true, subtree: true, characterData: true, attributes: true }});
        setTimeout(() => {{ if (changed === null) {{ observer.disconnect(); done([target.id, handled - start, null, null]); }} }}, 5000);
        const start = performance.now();
        target.click();
        const handled = performance.now();"
    )
}

/// The JS heap in use now, in bytes (DevTools, precise).
/// 0 when the page does not answer within 5 s.
async fn heap_used(client: &Client) -> f64 {
    let usage = devtools(client, "Runtime.getHeapUsage", serde_json::json!({}));
    match tokio::time::timeout(Duration::from_secs(5), usage).await {
        Ok(Ok(usage)) => usage["usedSize"].as_f64().unwrap_or(0.0),
        _ => 0.0,
    }
}

/// Progress on standard error, so that a step that hangs is visible.
fn progress(n: usize, step: &str) {
    eprintln!("  [{}] {step}", synthetic::thousands(n));
}

fn ms_f(value: f64) -> String {
    ms(Duration::from_secs_f64(value.max(0.0) / 1000.0))
}

fn mb(bytes: f64) -> String {
    format!("{:.1} MB", bytes / 1e6)
}

fn median(mut values: Vec<f64>) -> Option<f64> {
    values.sort_by(f64::total_cmp);
    values.get(values.len() / 2).copied()
}

/// Waits up to `limit` until `css` reads `accept`; the time it took, or `None`.
async fn until_text(client: &Client, css: &str, accept: impl Fn(&str) -> bool, limit: Duration) -> Option<Duration> {
    let started = Instant::now();
    loop {
        if let Ok(element) = client.find(fantoccini::Locator::Css(css)).await {
            if accept(&element.text().await.unwrap_or_default()) {
                return Some(started.elapsed());
            }
        }
        if started.elapsed() > limit {
            return None;
        }
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
}

/// One size's figures.
#[derive(Default)]
struct Row {
    interactive: Option<f64>,
    open: Option<Duration>,
    import: Option<Duration>,
    /// Medians of (first scorecard change, next frame), ms.
    answer: Option<(f64, f64)>,
    /// The first report: the click also starts the PDF worker (fetch, compile, fonts).
    pdf: Option<(Duration, usize)>,
    /// The second report, the worker running (as after a first report or a hover on the button).
    pdf_warm: Option<Duration>,
    heap: f64,
    wasm: f64,
}

async fn measure(n: usize, quick: bool) -> Option<Row> {
    // A private copy of the built app: a rebuild of dist/ during the run cannot change it.
    let session = start_with_site(|_| {}).await?;
    let client = &session.client;
    let files = TempDir::new("bench");
    let (criteria, assessment) = synthetic::write_pair(&files.0, n).expect("writing the synthetic files");
    let mut row = Row::default();
    let mut heap = 0.0_f64;

    if let Err(error) =
        devtools(client, "Page.addScriptToEvaluateOnNewDocument", serde_json::json!({ "source": instrument() })).await
    {
        println!("  (could not instrument the page: {error})");
    }
    progress(n, "time to interactive");
    client.goto(&format!("{}/", session.server.url)).await.expect("opening the app");
    find(client, ui::INTERACTIVE).await;
    row.interactive =
        script(client, "return window.__certreadyBench ? window.__certreadyBench.interactive : null").await.as_f64();
    heap = heap.max(heap_used(client).await);

    progress(n, "open the criteria");
    let started = Instant::now();
    find(client, ui::CRITERIA_FILE).await.send_keys(&criteria.display().to_string()).await.expect("choosing criteria");
    find(client, ui::CREATE_ASSESSMENT).await.click().await.expect("creating the assessment");
    if until_text(client, ui::VERDICT, |_| true, Duration::from_secs(120)).await.is_some() {
        row.open = Some(started.elapsed());
    }
    heap = heap.max(heap_used(client).await);

    progress(n, "import the assessment");
    let started = Instant::now();
    find(client, ui::IMPORT).await.send_keys(&assessment.display().to_string()).await.expect("importing");
    if until_text(client, ui::STATUS, |t| t.contains(ui::IMPORTED), Duration::from_secs(120)).await.is_some() {
        row.import = Some(started.elapsed());
    }
    heap = heap.max(heap_used(client).await);

    let (mut changed, mut frames) = (Vec::new(), Vec::new());
    progress(n, "answer -> scorecard");
    for _ in 0..if quick { 1 } else { 7 } {
        let result =
            tokio::time::timeout(Duration::from_secs(30), client.execute_async(&answer_script(), vec![])).await;
        let Ok(Ok(serde_json::Value::Array(values))) = result else {
            println!("  (no answer to click at {n}: {result:?})");
            break;
        };
        if let (Some(change), Some(frame)) = (values[2].as_f64(), values[3].as_f64()) {
            changed.push(change);
            frames.push(frame);
        }
        // Let autosave and the rest of the update settle between clicks.
        tokio::time::sleep(Duration::from_millis(300)).await;
    }
    row.answer = median(changed).zip(median(frames));
    heap = heap.max(heap_used(client).await);

    let name = ui::pdf_name(synthetic::ID);
    let path = session.downloads.join(&name);
    progress(n, "PDF (worker starting)");
    row.pdf = time_pdf(client, &session.downloads, &path, n, &mut heap).await;
    if row.pdf.is_some() {
        progress(n, "PDF (worker running)");
        let _ = std::fs::remove_file(&path);
        row.pdf_warm = time_pdf(client, &session.downloads, &path, n, &mut heap).await.map(|(time, _)| time);
    }
    row.heap = heap.max(heap_used(client).await);
    row.wasm = script(
        client,
        "const w = window.__certreadyBench && window.__certreadyBench.wasm; \
         return w && w.memory ? w.memory.buffer.byteLength : 0",
    )
    .await
    .as_f64()
    .unwrap_or(0.0);
    session.close().await;
    Some(row)
}

/// From the click on the PDF button to the complete download at `path`: the time and size.
async fn time_pdf(
    client: &Client,
    downloads: &std::path::Path,
    path: &std::path::Path,
    n: usize,
    heap: &mut f64,
) -> Option<(Duration, usize)> {
    let started = Instant::now();
    let mut last_check = started;
    find(client, ui::PDF_BUTTON).await.click().await.expect("clicking the PDF button");
    loop {
        // Chromium writes `name.crdownload` and renames it when complete.
        if let Ok(bytes) = std::fs::read(path) {
            if !bytes.is_empty() {
                return Some((started.elapsed(), bytes.len()));
            }
        }
        if started.elapsed() > Duration::from_secs(120) {
            let present: Vec<_> =
                std::fs::read_dir(downloads).map(|d| d.flatten().map(|e| e.file_name()).collect()).unwrap_or_default();
            let status = script(client, ui::STATUS_TEXT).await;
            println!("  (no {} after 120 s at {n}; downloads: {present:?}; status: {status})", path.display());
            return None;
        }
        *heap = heap.max(heap_used(client).await);
        if last_check.elapsed() > Duration::from_secs(1) {
            last_check = Instant::now();
            let status = script(client, ui::STATUS_TEXT).await;
            if status.as_str().is_some_and(|text| text.contains(ui::PDF_FAILED)) {
                println!("  (the PDF failed at {n}: {status})");
                return None;
            }
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let (quick, sizes) = synthetic::bench_sizes();
    println!("certready browser benchmark: headless Chromium, fresh profile per size, loopback");
    println!(
        "\n{:>8} | {:>11} {:>13} {:>9} | {:>16} {:>10} | {:>11} {:>11} {:>9} | {:>12} {:>11}",
        "criteria",
        "interactive",
        "open criteria",
        "import",
        "answer→scorecard",
        "next frame",
        "PDF (first)",
        "PDF (again)",
        "PDF size",
        "peak JS heap",
        "wasm memory"
    );
    let mut rows = Vec::new();
    for n in sizes {
        let Some(row) = measure(n, quick).await else {
            println!("(browser bench skipped: see above)");
            return;
        };
        let dash = || "—".to_owned();
        println!(
            "{:>8} | {:>11} {:>13} {:>9} | {:>16} {:>10} | {:>11} {:>11} {:>9} | {:>12} {:>11}",
            synthetic::thousands(n),
            row.interactive.map_or_else(dash, ms_f),
            row.open.map_or_else(dash, ms),
            row.import.map_or_else(dash, ms),
            row.answer.map_or_else(dash, |(change, _)| ms_f(change)),
            row.answer.map_or_else(dash, |(_, frame)| ms_f(frame)),
            row.pdf.map_or_else(dash, |(time, _)| ms(time)),
            row.pdf_warm.map_or_else(dash, ms),
            row.pdf.map_or_else(dash, |(_, bytes)| format!("{:.0} KB", bytes as f64 / 1000.0)),
            mb(row.heap),
            mb(row.wasm),
        );
        rows.push((n, row));
    }
    println!("\nBudgets (issue 7):");
    // The peer's times from the pipeline bench of the same run (scripts/bench passes the file).
    let peer: Vec<(usize, f64)> = std::env::var_os("CERTREADY_BENCH_PEER_FILE")
        .and_then(|file| std::fs::read_to_string(file).ok())
        .map(|text| {
            text.lines()
                .filter_map(|line| {
                    let (n, time) = line.split_once('\t')?;
                    Some((n.parse().ok()?, time.parse().ok()?))
                })
                .collect()
        })
        .unwrap_or_default();
    for (n, row) in &rows {
        let peer_ms = peer.iter().find(|(size, _)| size == n).map(|(_, time)| *time);
        if let (Some(peer_ms), Some((first, _)), Some(again)) = (peer_ms, row.pdf, row.pdf_warm) {
            let ratio = |time: Duration| peer_ms / (time.as_secs_f64() * 1000.0);
            println!(
                "  PDF in the browser vs the peer (HTML printed by Chromium) at {}: {} first ({:.1}× faster), {} again ({:.1}×), peer {} (budget ≥ 5×)",
                synthetic::thousands(*n),
                ms(first),
                ratio(first),
                ms(again),
                ratio(again),
                ms_f(peer_ms),
            );
        }
    }
    let interactive = rows.iter().filter_map(|(_, row)| row.interactive).fold(0.0_f64, f64::max);
    println!(
        "  time to interactive (cold cache, loopback): at most {} over the sizes (budget {})",
        ms_f(interactive),
        ms(BUDGET_INTERACTIVE)
    );
    if let Some((_, row)) = rows.iter().find(|(n, _)| *n == 1_000) {
        if let Some((change, frame)) = row.answer {
            println!(
                "  answer → scorecard at 1,000: {} to the DOM change, {} to the next frame (budget {})",
                ms_f(change),
                ms_f(frame),
                ms(BUDGET_ANSWER_1000)
            );
        }
        if let (Some((first, _)), Some(again)) = (row.pdf, row.pdf_warm) {
            println!(
                "  PDF in the browser at 1,000, click to download: {} first (worker starting), {} again (budget {})",
                ms(first),
                ms(again),
                ms(BUDGET_PDF_1000)
            );
        }
    }
}
