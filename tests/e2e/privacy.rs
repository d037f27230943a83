//! Nothing leaves the machine and nothing in a file runs: Chromium's own network log over a
//! whole session holds only the app's own files; the page's Content-Security-Policy is strict
//! and enforced; markup, `javascript:` links and bidi overrides in criteria, answers and
//! diagnostics stay text in the app and in the PDF.

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;

use fantoccini::Client;

use crate::browser::{
    downloaded, find, log_entries, new_assessment, requests, script, start, text_until, Request, TempDir,
};

/// What the page may fetch: its own files, by path below the served folder (`/` is the page).
fn is_own_file(root: &Path, path: &str) -> bool {
    let relative = path.split(['?', '#']).next().unwrap_or_default().trim_start_matches('/');
    relative.is_empty() || (!relative.split('/').any(|part| part == "..") && root.join(relative).is_file())
}

/// The console messages in which Chromium reports a Content-Security-Policy violation.
async fn policy_violations(client: &Client) -> Vec<String> {
    log_entries(client, "browser").await.into_iter().filter(|m| m.contains("Content Security Policy")).collect()
}

#[tokio::test(flavor = "current_thread")]
async fn a_whole_session_requests_only_the_apps_own_files() {
    let Some(session) = start().await else { return };
    let client = &session.client;
    let questionnaire = crate::browser::bundled();
    let [a, b] = [0, 1].map(|i| questionnaire.criteria[questionnaire.sections[0].criteria[i]].id.clone());
    client.goto(&session.server.url).await.unwrap();
    new_assessment(client, "postal-security", "Hub Nord").await;
    find(client, &format!("#answer-{a}-met")).await.click().await.unwrap();
    find(client, &format!("#answer-{b}-not-met")).await.click().await.unwrap();
    find(client, &format!("#comment-{b}")).await.send_keys("CCTV covers 2 of 5 bays").await.unwrap();
    let scratch = TempDir::new("privacy");
    let evidence = scratch.0.join("cctv-plan.txt");
    std::fs::write(&evidence, "bay 1: camera 3\n").unwrap();
    find(client, &format!("#evidence-{a}")).await.send_keys(&evidence.display().to_string()).await.unwrap();
    find(client, &format!("#evidence-{a}-list code")).await;
    find(client, "#pdf").await.click().await.unwrap();
    downloaded(&session.downloads, "postal-security-gap-report.pdf").await;
    find(client, "#export").await.click().await.unwrap();
    downloaded(&session.downloads, "postal-security-assessment.yaml").await;
    client.refresh().await.unwrap();
    find(client, "#verdict").await;

    let log = requests(client).await;
    let urls: Vec<&str> = log.iter().map(|r| r.url.as_str()).collect();
    let origin = format!("{}/", session.server.url);
    let mut kinds: BTreeMap<&str, usize> = BTreeMap::new();
    let mut foreign = Vec::new();
    for &url in &urls {
        let kind = if let Some(path) = url.strip_prefix(&origin) {
            if is_own_file(&session.server.root, path) {
                "own file"
            } else {
                "own origin, not a file of the app"
            }
        } else if url.starts_with("chrome://") {
            // The new-tab page the browser shows before the test opens the app.
            "chrome:// (the browser's own new-tab page)"
        } else if url.starts_with("data:") {
            "data: (inline, no network)"
        } else if url.starts_with(&format!("blob:{}", session.server.url)) {
            "blob: of this page (a download)"
        } else {
            "another origin"
        };
        if kind == "another origin" || kind.starts_with("own origin") {
            foreign.push(url);
        }
        *kinds.entry(kind).or_default() += 1;
    }
    let served = session.server.requests.lock().unwrap().clone();
    println!("network log of a whole session: {} requests seen by Chromium: {kinds:?}", urls.len());
    println!("the server answered {} requests, {} distinct paths", served.len(), {
        let mut paths = served.clone();
        paths.sort();
        paths.dedup();
        paths.len()
    });
    assert!(urls.len() >= 5, "the log recorded the session: {urls:?}");
    assert!(foreign.is_empty(), "requests beyond the app's own files: {foreign:?}");
    assert!(log.iter().all(|r| r.blocked.is_none()), "the app tried something its policy stopped: {log:?}");
    assert!(served.iter().all(|path| is_own_file(&session.server.root, path)), "the server saw {served:?}");
    assert_eq!(policy_violations(client).await, Vec::<String>::new(), "the app itself never trips its policy");
    session.close().await;
}

#[tokio::test(flavor = "current_thread")]
async fn the_page_enforces_a_strict_content_security_policy() {
    let Some(session) = start().await else { return };
    let client = &session.client;
    client.goto(&session.server.url).await.unwrap();
    find(client, "#criteria-file").await;
    let policy = script(
        client,
        "const m = document.querySelector('meta[http-equiv=\"Content-Security-Policy\"]'); return m ? m.content : '';",
    )
    .await;
    let policy = policy.as_str().unwrap_or_default().to_owned();
    for directive in ["default-src 'none'", "connect-src 'self'", "base-uri 'none'", "object-src 'none'"] {
        assert!(policy.contains(directive), "{directive} missing from {policy:?}");
    }
    for loophole in ["'unsafe-inline'", "'unsafe-eval'", "http", "*"] {
        assert!(!policy.contains(loophole), "{loophole} in {policy}");
    }

    // What injected markup would try: an inline script, eval, a request and an image elsewhere.
    script(
        client,
        "window.__violations = []; \
         document.addEventListener('securitypolicyviolation', e => window.__violations.push(e.effectiveDirective)); \
         const s = document.createElement('script'); s.textContent = 'window.__ran = 1'; document.body.appendChild(s); \
         setTimeout('window.__evaluated = 1', 0); \
         fetch('http://192.0.2.1/leak').catch(() => {}); \
         const i = document.createElement('img'); i.src = 'http://192.0.2.1/pixel.png'; document.body.appendChild(i); \
         return 0;",
    )
    .await;
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    let outcome = script(client, "return [window.__ran || 0, window.__evaluated || 0, window.__violations];").await;
    assert_eq!(outcome[0], 0, "an injected inline script ran");
    assert_eq!(outcome[1], 0, "code from a string ran");
    let violated: Vec<&str> = outcome[2].as_array().unwrap().iter().filter_map(|v| v.as_str()).collect();
    for directive in ["script-src-elem", "script-src", "connect-src", "img-src"] {
        assert!(violated.contains(&directive), "{directive} was not enforced: {violated:?}");
    }
    let escaped: Vec<Request> =
        requests(client).await.into_iter().filter(|r| r.url.contains("192.0.2.1") && r.blocked.is_none()).collect();
    assert!(escaped.is_empty(), "a request the policy forbids left: {escaped:?}");
    session.close().await;
}

const MARKUP: &str = "<img src=x onerror=alert(1)><script>alert(2)</script>";
const LINK: &str = "javascript:alert(document.domain)";
/// A right-to-left override: it would show "exe.pdf" as "fdp.exe" if it were obeyed.
const BIDI: &str = "report\u{202E}fdp.exe";

#[tokio::test(flavor = "current_thread")]
async fn markup_links_and_bidi_overrides_in_files_stay_text_in_the_app_diagnostics_and_pdf() {
    let Some(session) = start().await else { return };
    let client = &session.client;
    let small =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/criteria/small.yaml")).unwrap();
    let scratch = TempDir::new("inert");

    // Diagnostics quote the offending line: as text.
    let invalid = small.replace("id: small", &format!("id: '{MARKUP}'"));
    let invalid_path = scratch.0.join("invalid.yaml");
    std::fs::write(&invalid_path, invalid).unwrap();
    client.goto(&session.server.url).await.unwrap();
    find(client, "#criteria-file").await.send_keys(&invalid_path.display().to_string()).await.unwrap();
    let shown = text_until(client, "#import-errors", |t| t.contains("Line 3")).await;
    assert!(shown.contains(MARKUP), "the quoted line shows the markup as text:\n{shown}");

    // A valid file full of payloads: shown as text, and the PDF holds them as text.
    let criteria = small
        .replace("id: small", "id: inert")
        .replace("en: A security officer is appointed.", &format!("en: '{MARKUP} {BIDI}'"))
        .replace("fr: En nommer un.}", &format!("fr: En nommer un.}}\n        references: ['{LINK}']"));
    let path = scratch.0.join("inert.yaml");
    std::fs::write(&path, criteria).unwrap();
    find(client, "#criteria-file").await.send_keys(&path.display().to_string()).await.unwrap();
    find(client, "#create-assessment").await.click().await.unwrap();
    let requirement = text_until(client, "#criterion-ORG-01 .requirement", |t| !t.is_empty()).await;
    assert_eq!(requirement, format!("{MARKUP} {BIDI}"));
    let criterion = script(client, "return document.querySelector('#criterion-ORG-01').textContent;").await;
    assert!(criterion.as_str().unwrap().contains(LINK), "the reference is shown: {criterion}");
    let isolated = script(
        client,
        "return getComputedStyle(document.querySelector('#criterion-ORG-01 .requirement')).unicodeBidi;",
    )
    .await;
    assert_eq!(isolated, "isolate", "an override in the text cannot reorder the page around it");
    find(client, "#answer-ORG-01-not-met").await.click().await.unwrap();
    find(client, "#comment-ORG-01").await.send_keys(MARKUP).await.unwrap();
    find(client, "#pdf").await.click().await.unwrap();
    let pdf = downloaded(&session.downloads, "inert-gap-report.pdf").await;

    let dom = script(
        client,
        "return [document.querySelectorAll('a[href^=\"javascript:\" i]').length, \
         document.querySelectorAll('[onerror], img[src=\"x\"]').length, \
         [...document.scripts].filter(s => !s.src).length, window.__pwned || 0];",
    )
    .await;
    assert_eq!(
        dom,
        serde_json::json!([0, 0, 1, 0]),
        "[javascript: links, onerror elements, inline scripts (Trunk's own), ran]"
    );
    assert!(client.get_alert_text().await.is_err(), "a dialog opened");
    assert_eq!(policy_violations(client).await, Vec::<String>::new());

    let pdf_path = scratch.0.join("inert.pdf");
    std::fs::write(&pdf_path, &pdf).unwrap();
    let text = Command::new("pdftotext").arg(&pdf_path).arg("-").output().expect("pdftotext");
    let text = String::from_utf8_lossy(&text.stdout);
    assert!(text.contains(MARKUP), "the PDF shows the markup as text:\n{text}");
    let expanded = scratch.0.join("expanded.pdf");
    let qpdf = Command::new("qpdf")
        .args(["--qdf", "--object-streams=disable"])
        .arg(&pdf_path)
        .arg(&expanded)
        .status()
        .expect("qpdf");
    assert!(qpdf.success());
    let objects = String::from_utf8_lossy(&std::fs::read(&expanded).unwrap()).into_owned();
    for action in ["/JavaScript", "/JS ", "/URI", "/Launch", "/OpenAction", "/AA "] {
        assert!(!objects.contains(action), "the PDF has an active element: {action}");
    }
    session.close().await;
}
