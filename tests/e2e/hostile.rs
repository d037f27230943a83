//! The hostile-input suite in the browser: every case of `tests/common/hostile_cases.rs` is
//! given to the app as a person would — a criteria file chosen on the home page, an assessment
//! imported into an assessment of the small target criteria — and must be refused with its
//! located error (or accepted), quickly, and never panic.
//!
//! The budget is a second per case (the times are printed; the slowest, 100,000 criteria, takes
//! about half a second on an idle machine). The test fails only past two seconds: the other
//! end-to-end tests share the two cores, and this is a guard against runaways, not a benchmark.

use std::time::{Duration, Instant};

use fantoccini::Client;

use crate::browser::{find, script, start, TempDir};
use crate::hostile_cases::{cases, Expect, Kind, CRITERIA};

/// What the page shows after a file was given to it: `(outcome, text)`, where the outcome is
/// "refused", "accepted", "problem" or "panic", or "" while nothing has happened yet.
const OUTCOME: &str = "\
    const fatal = document.querySelector('#fatal'); if (fatal) return ['panic', fatal.textContent]; \
    const errors = document.querySelector('#import-errors'); if (errors) return ['refused', errors.textContent]; \
    if (document.querySelector('#create-assessment')) return ['accepted', '']; \
    const status = document.querySelector('#status'); const text = status ? status.textContent : ''; \
    if (text.includes('Imported')) return ['accepted', text]; \
    if (document.querySelector('#status .problem')) return ['problem', text]; \
    return ['', ''];";

/// Gives the file at `path` to the input `input` and waits (up to 30 s) for the outcome.
async fn outcome_of(client: &Client, input: &str, path: &std::path::Path) -> (String, String, Duration) {
    let started = Instant::now();
    find(client, input).await.send_keys(&path.display().to_string()).await.expect("choosing the file");
    loop {
        let shown = script(client, OUTCOME).await;
        let outcome = shown[0].as_str().unwrap_or_default().to_owned();
        if !outcome.is_empty() {
            return (outcome, shown[1].as_str().unwrap_or_default().to_owned(), started.elapsed());
        }
        assert!(started.elapsed() < Duration::from_secs(30), "no outcome after 30 s");
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
}

/// Past this, a case has run away.
const RUNAWAY: Duration = Duration::from_secs(2);

#[tokio::test(flavor = "current_thread")]
async fn hostile_files_get_their_located_error_in_the_browser_quickly() {
    let Some(session) = start().await else { return };
    let client = &session.client;
    let scratch = TempDir::new("hostile-browser");
    let home = format!("{}/", session.server.url);

    // The target of the assessment cases: the small criteria file, opened from disk.
    let target = scratch.0.join("target.yaml");
    std::fs::write(&target, CRITERIA).unwrap();
    client.goto(&home).await.unwrap();
    find(client, "#criteria-file").await.send_keys(&target.display().to_string()).await.unwrap();
    find(client, "#create-assessment").await.click().await.unwrap();
    find(client, "#verdict").await;
    let assessment = client.current_url().await.unwrap().to_string();

    let mut failures = Vec::new();
    println!("{:<36} {:>11} {:>9}  result", "case (browser)", "bytes", "time");
    for (index, case) in cases().into_iter().enumerate() {
        let path = scratch.0.join(format!("case-{index}.yaml"));
        std::fs::write(&path, &case.bytes).unwrap();
        let (page, input) = match case.kind {
            Kind::Criteria => (home.as_str(), "#criteria-file"),
            Kind::Assessment => (assessment.as_str(), "#import"),
        };
        // A fresh document each time: going from the home page to `#assessment/…` is only a
        // change of hash, which would keep the previous case's notice on screen.
        client.goto("about:blank").await.unwrap();
        client.goto(page).await.unwrap();
        find(client, input).await;
        let (outcome, text, took) = outcome_of(client, input, &path).await;
        let expected = match &case.expect {
            Expect::Accepted => outcome == "accepted",
            Expect::Refused { code, line, .. } => {
                outcome == "refused" && text.contains(code) && text.contains(&format!("Line {line}"))
            }
        };
        let result = match (&case.expect, outcome.as_str()) {
            (Expect::Refused { code, line, .. }, "refused") => format!("refused: {code} at line {line}"),
            (_, outcome) => outcome.to_owned(),
        };
        println!("{:<36} {:>11} {:>6} ms  {result}", case.name, case.bytes.len(), took.as_millis());
        if !expected || took > RUNAWAY {
            let shown: String = text.chars().take(300).collect();
            failures.push(format!("{}: expected {:?}, got {outcome} in {took:?}: {shown}", case.name, case.expect));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    session.close().await;
}
