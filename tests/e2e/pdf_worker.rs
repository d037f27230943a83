//! The PDF engine runs in a Web Worker: while a large report is made the page keeps answering
//! (a timer on the page is never held up for long), the stages are shown, and Cancel stops the
//! job at once, with nothing downloaded. (The walk-through test downloads and checks a report
//! made by the worker, byte for byte.)

use std::time::Duration;

use crate::browser::{find, script, start, text_until, TempDir};
use crate::hostile_cases::many_criteria;

/// Longer than any pause of the page's own work here; a report made on the page itself would
/// freeze it for seconds.
const FROZEN_MS: f64 = 1000.0;

#[tokio::test(flavor = "current_thread")]
async fn a_large_report_is_made_off_the_page_with_progress_and_can_be_cancelled() {
    let Some(session) = start().await else { return };
    let client = &session.client;
    let scratch = TempDir::new("pdf-worker");
    let criteria = scratch.0.join("large.yaml");
    std::fs::write(&criteria, many_criteria(20_000)).unwrap();
    client.goto(&format!("{}/", session.server.url)).await.unwrap();
    find(client, "#criteria-file").await.send_keys(&criteria.display().to_string()).await.unwrap();
    find(client, "#create-assessment").await.click().await.unwrap();
    find(client, "#verdict").await;

    // A 20 ms timer records how late it ever fires: a frozen page shows up here.
    let timer = "window.certreadyLate = 0; let last = performance.now(); \
                 window.certreadyTimer = setInterval(() => { const now = performance.now(); \
                 window.certreadyLate = Math.max(window.certreadyLate, now - last - 20); last = now; }, 20); \
                 return true;";
    script(client, timer).await;
    find(client, "#pdf").await.click().await.unwrap();
    text_until(client, "#status", |text| text.contains("laying out and writing the pages")).await;
    // The page answers while the worker works.
    find(client, "#answer-C-000000-met").await.click().await.unwrap();
    text_until(client, "#completeness", |text| text.starts_with("Answered 1 of 20000")).await;
    find(client, "#pdf-cancel").await.click().await.unwrap();
    text_until(client, "#status", |text| text.contains("PDF report cancelled")).await;
    let late = script(client, "clearInterval(window.certreadyTimer); return window.certreadyLate;").await;
    let late = late.as_f64().unwrap_or(f64::INFINITY);
    println!("longest pause of the page while the worker made the report: {late:.0} ms");
    assert!(late < FROZEN_MS, "the page froze for {late:.0} ms while the report was made");

    // Nothing arrives after the cancel, and the button is back.
    tokio::time::sleep(Duration::from_secs(1)).await;
    let downloads: Vec<_> = std::fs::read_dir(&session.downloads).map(|d| d.flatten().collect()).unwrap_or_default();
    assert!(downloads.is_empty(), "a cancelled report was downloaded: {downloads:?}");
    assert!(find(client, "#pdf").await.is_enabled().await.unwrap());
    session.close().await;
}
