//! Criteria files in the browser: a scheme owner publishes one by adding it to the served
//! `questionnaires/` folder and its index (no rebuild); a regulator opens one from disk, and an
//! invalid one shows every diagnostic while the rest of the app keeps working.

use certready::model::parse_questionnaire;
use fantoccini::Locator;

use crate::browser::{find, start_with_site, text_until, TempDir};

fn read(relative: &str) -> String {
    std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(relative)).expect("test data")
}

#[tokio::test(flavor = "current_thread")]
async fn published_and_dropped_criteria_files_open_and_invalid_ones_show_every_problem() {
    let published = read("tests/data/criteria/small.yaml").replace("id: small", "id: published-scheme");
    let Some(session) = start_with_site(|site| {
        let folder = site.join("questionnaires");
        std::fs::write(folder.join("published.yaml"), &published).unwrap();
        let index = std::fs::read_to_string(folder.join("index.txt")).unwrap();
        std::fs::write(folder.join("index.txt"), format!("{index}published.yaml\n")).unwrap();
    })
    .await
    else {
        return;
    };
    let client = &session.client;
    client.goto(&session.server.url).await.unwrap();

    // The published file is offered beside the bundled one, read at run time.
    find(client, "#open-postal-security").await;
    find(client, "#open-published-scheme").await;

    // An invalid file: every diagnostic is listed with its line and hint; the page still works.
    let broken = "tests/data/every-problem-at-once.yaml";
    let (_, expected) = parse_questionnaire(read(broken).as_bytes());
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(broken);
    find(client, "#criteria-file").await.send_keys(&path.display().to_string()).await.unwrap();
    let shown = text_until(client, "#import-errors", |t| t.contains("when-cycle")).await;
    for needle in ["Line 24, column 9", "unknown field `wieght`", "help: check the spelling", "24 |         wieght: 2"]
    {
        assert!(shown.contains(needle), "`{needle}` missing from:\n{shown}");
    }
    let items = client.find_all(Locator::Css("#import-errors ol.diagnostics > li")).await.unwrap();
    assert_eq!(items.len(), expected.len(), "every diagnostic is listed");
    if let Some(dir) = std::env::var_os("CERTREADY_E2E_SCREENSHOTS") {
        let png = client.screenshot().await.expect("screenshot");
        std::fs::write(std::path::Path::new(&dir).join("criteria-diagnostics.png"), png).expect("writing it");
    }

    // A valid file from disk opens for a walk-through, and is still offered after a reload.
    let scratch = TempDir::new("criteria");
    let dropped = scratch.0.join("dropped.yaml");
    std::fs::write(&dropped, read("tests/data/criteria/small.yaml").replace("id: small", "id: dropped-scheme"))
        .unwrap();
    find(client, "#criteria-file").await.send_keys(&dropped.display().to_string()).await.unwrap();
    find(client, "#new-facility").await.send_keys("Depot").await.unwrap();
    find(client, "#create-assessment").await.click().await.unwrap();
    find(client, "#nav-org").await;
    text_until(client, "#verdict", |t| t == "INCOMPLETE").await;
    client.refresh().await.unwrap();
    find(client, "#nav-site").await;
    find(client, "#home").await.click().await.unwrap();
    find(client, "#open-dropped-scheme").await;
    session.close().await;
}
