//! The browser sessions themselves: a closed session and a dropped one (a failed test) leave no
//! Chromium or chromedriver process and no profile folder behind.

use std::time::{Duration, Instant};

use crate::browser::{browser_processes, start};

/// Waits up to 5 s for `gone` to hold.
async fn until(what: &str, gone: impl Fn() -> bool) {
    let started = Instant::now();
    while !gone() {
        assert!(started.elapsed() < Duration::from_secs(5), "{what}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

#[tokio::test(flavor = "current_thread")]
async fn a_closed_session_leaves_no_browser_and_no_profile() {
    let Some(session) = start().await else { return };
    session.client.goto(&session.server.url).await.unwrap();
    let (group, profile) = (session.group(), session.profile().to_owned());
    let running = session.processes();
    assert!(
        running.iter().any(|(_, cmdline)| cmdline.contains("chromium")),
        "a running session shows its Chromium processes: {running:?}"
    );
    assert!(profile.is_dir());
    session.close().await;
    assert_eq!(browser_processes(group, &profile), Vec::new(), "processes left by a closed session");
    assert!(!profile.exists(), "the profile folder {} is left", profile.display());
}

#[tokio::test(flavor = "current_thread")]
async fn a_session_dropped_mid_test_leaves_no_browser_and_no_profile() {
    let Some(session) = start().await else { return };
    session.client.goto(&session.server.url).await.unwrap();
    let (group, profile) = (session.group(), session.profile().to_owned());
    // As a panicking test does: the session is dropped, never closed.
    drop(session);
    until("processes left by a dropped session", || browser_processes(group, &profile).is_empty()).await;
    assert!(!profile.exists(), "the profile folder {} is left", profile.display());
}
