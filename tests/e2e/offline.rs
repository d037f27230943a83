//! Offline after the first visit: once the footer says "Available offline", the app reloads
//! from the service worker's cache with the server gone (every connection refused), and the
//! bundled questionnaire is still offered.

use std::sync::atomic::Ordering;
use std::time::Instant;

use crate::browser::{find, start, text_until};

/// `strings::OFFLINE_AVAILABLE` (the `ui` module exists only in the wasm build).
const AVAILABLE_OFFLINE: &str = "Available offline";

#[tokio::test(flavor = "current_thread")]
async fn app_reloads_from_the_cache_with_the_server_down() {
    let Some(session) = start().await else { return };
    let client = &session.client;
    let server = &session.server;

    // First visit, online: the worker installs and caches the whole build.
    let started = Instant::now();
    client.goto(&server.url).await.expect("opening the app");
    find(client, "#open-postal-security").await;
    text_until(client, "#offline-status", |t| t == AVAILABLE_OFFLINE).await;
    println!("first visit: available offline after {:?}", started.elapsed());
    let served: Vec<String> = server.requests.lock().expect("request log").clone();
    for path in ["/sw.js", "/precache.json", "/fonts/NotoSans-Regular.ttf", "/questionnaires/postal-security.yaml"] {
        assert!(served.iter().any(|p| p == path), "{path} was never requested: {served:?}");
    }

    // The network dies; a reload still loads the app, and offers the bundled questionnaire.
    server.offline.store(true, Ordering::SeqCst);
    let started = Instant::now();
    client.refresh().await.expect("reloading with the server down");
    find(client, "#open-postal-security").await;
    let took = started.elapsed();
    println!("offline reload: app and questionnaire card shown after {took:?}");
    text_until(client, "#offline-status", |t| t == AVAILABLE_OFFLINE).await;

    // Everything came from the cache: nothing was served, and the server did refuse the tries
    // (the page, index.txt and the criteria files are network-first).
    let after = server.requests.lock().expect("request log").len();
    assert_eq!(
        after,
        served.len(),
        "requests served while offline: {:?}",
        &server.requests.lock().unwrap()[served.len()..]
    );
    let refused = server.refused.load(Ordering::SeqCst);
    assert!(refused > 0, "the reload never tried the network (no refused connection)");
    println!("offline reload: {refused} connections refused, none served");
    session.close().await;
}
