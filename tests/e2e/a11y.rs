//! Accessibility and layout: the axe-core engine (installed by scripts/setup from npm, never
//! shipped) audits the home page, the new-assessment form, the walk-through and the results
//! (the gap list with the live scorecard) at 1,440 and 360 px wide; none may have a serious or
//! critical violation, and no view may scroll sideways. Screenshots of each view are saved
//! when CERTREADY_E2E_SCREENSHOTS names a folder.

use std::path::Path;

use fantoccini::Client;

use crate::browser::{bundled, find, new_assessment, screenshot, script, start};

pub fn axe_source() -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/e2e/axe/node_modules/axe-core/axe.min.js");
    std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: {e}; run scripts/setup (npm ci --prefix tests/e2e/axe)", path.display()))
}

/// Runs axe on the page; returns the serious and critical violations, described.
pub async fn audit(client: &Client, axe: &str) -> Vec<String> {
    client.execute(axe, vec![]).await.expect("injecting axe-core");
    let result = client
        .execute_async(
            "const done = arguments[arguments.length - 1];
             axe.run(document, { resultTypes: ['violations'] }).then(r => done(r.violations
               .filter(v => v.impact === 'serious' || v.impact === 'critical')
               .map(v => v.impact + ' ' + v.id + ': ' + v.help + ' at ' +
                    v.nodes.slice(0, 4).map(n => n.target.join(' ')).join(' | '))))
               .catch(e => done(['axe failed: ' + e]));",
            vec![],
        )
        .await
        .expect("running axe");
    serde_json::from_value(result).expect("a list of violations")
}

async fn check_view(client: &Client, axe: &str, view: &str, width: u32) -> Vec<String> {
    let mut problems: Vec<String> =
        audit(client, axe).await.into_iter().map(|v| format!("{view} @ {width}px: {v}")).collect();
    let overflow =
        script(client, "return document.documentElement.scrollWidth - document.documentElement.clientWidth;").await;
    if overflow.as_i64().unwrap_or(0) > 0 {
        problems.push(format!("{view} @ {width}px scrolls sideways by {overflow} px"));
    }
    screenshot(client, &format!("{view}-{width}.png")).await;
    problems
}

#[tokio::test(flavor = "current_thread")]
async fn every_view_passes_axe_and_fits_360_and_1440_pixels() {
    let Some(session) = start().await else { return };
    let client = &session.client;
    let axe = axe_source();
    let questionnaire = bundled();
    let first = &questionnaire.sections[0];
    let mut problems = Vec::new();
    for width in [1440, 360] {
        client.set_window_size(width, 900).await.expect("resizing the window");
        client.goto(&session.server.url).await.unwrap();
        find(client, "#open-postal-security").await;
        problems.extend(check_view(client, &axe, "home", width).await);

        find(client, "#open-postal-security").await.click().await.unwrap();
        find(client, "#new-facility").await;
        problems.extend(check_view(client, &axe, "new-assessment", width).await);
        find(client, "#cancel-new").await.click().await.unwrap();

        new_assessment(client, "postal-security", &format!("Hub {width}")).await;
        for (i, option) in ["met", "partial", "not-met"].into_iter().enumerate() {
            let id = &questionnaire.criteria[first.criteria[i]].id;
            find(client, &format!("#answer-{id}-{option}")).await.click().await.unwrap();
        }
        problems.extend(check_view(client, &axe, "walkthrough", width).await);

        find(client, "#filter-gaps").await.click().await.unwrap();
        find(client, "#match-count").await;
        problems.extend(check_view(client, &axe, "results", width).await);
        if width == 1440 {
            let png = find(client, "aside.scorecard").await.screenshot().await.expect("scorecard screenshot");
            if let Some(dir) = std::env::var_os("CERTREADY_E2E_SCREENSHOTS") {
                std::fs::write(Path::new(&dir).join("scorecard.png"), png).expect("writing it");
            }
        }
        find(client, "#home").await.click().await.unwrap();
    }
    assert!(problems.is_empty(), "accessibility and layout problems:\n{}", problems.join("\n"));
    session.close().await;
}
