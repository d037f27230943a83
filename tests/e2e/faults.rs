//! Faults that must lose nothing: the page killed in the middle of typing, two tabs on the same
//! assessment, and an export that imports and exports again byte for byte. (A full storage is
//! in operator.rs; a panic too.)

use std::time::{Duration, Instant};

use certready::model::{parse_assessment, Assessment, NaPolicy, Questionnaire};
use fantoccini::{Client, Locator};
use serde_json::json;

use crate::browser::{bundled, devtools, downloaded, find, is_selected, new_assessment, start, text_until, TempDir};

/// Waits up to 10 s for `css` to be selected.
async fn until_selected(client: &Client, css: &str) {
    let started = Instant::now();
    while !is_selected(client, css).await {
        assert!(started.elapsed() < Duration::from_secs(10), "{css} was never selected");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// The saved copy of assessment `id` in the page's local storage.
async fn stored(client: &Client, id: &str) -> String {
    let text = client
        .execute("return localStorage.getItem(arguments[0]);", vec![json!(format!("certready/assessment/{id}"))])
        .await
        .expect("reading local storage");
    text.as_str().expect("a saved copy").to_owned()
}

/// Writes a saved copy of assessment `id` as another tab would, but without telling this tab
/// (a page is never sent `storage` events for its own writes): a change this tab missed.
async fn store_behind_its_back(client: &Client, id: &str, text: &str) {
    client
        .execute(
            "localStorage.setItem(arguments[0], arguments[1]); return 0;",
            vec![json!(format!("certready/assessment/{id}")), json!(text)],
        )
        .await
        .expect("writing local storage");
}

fn parsed(text: &str, questionnaire: &Questionnaire) -> Assessment {
    let (assessment, diagnostics) = parse_assessment(text.as_bytes(), questionnaire);
    assessment.unwrap_or_else(|| panic!("not a valid assessment: {diagnostics:?}"))
}

#[tokio::test(flavor = "current_thread")]
async fn a_page_killed_while_typing_keeps_every_keystroke() {
    let Some(session) = start().await else { return };
    let client = &session.client;
    let criterion = bundled().criteria[0].id.clone();
    client.goto(&session.server.url).await.unwrap();
    let id = new_assessment(client, "postal-security", "Hub Sud").await;
    let crashing = client.window().await.unwrap();
    // A second tab, opened beforehand: a crashed tab takes no more commands.
    let spare = client.new_window(true).await.expect("a new tab").handle;
    client.switch_to_window(crashing).await.unwrap();

    let typed = "Badge readers at every door; logs kept 90 days";
    find(client, &format!("#comment-{criterion}")).await.send_keys(typed).await.unwrap();
    // The renderer dies at once: no unload handler runs, nothing gets a chance to flush.
    let crash = devtools(client, "Page.crash", json!({})).await;
    println!("Page.crash answered {crash:?}");

    client.switch_to_window(spare).await.expect("the spare tab");
    client.goto(&format!("{}/#assessment/{id}", session.server.url)).await.expect("reopening after the crash");
    let comment = find(client, &format!("#comment-{criterion}")).await.prop("value").await.unwrap();
    assert_eq!(comment.as_deref(), Some(typed), "every keystroke up to the crash is back");
    session.close().await;
}

#[tokio::test(flavor = "current_thread")]
async fn two_tabs_on_one_assessment_follow_each_other_and_never_overwrite_silently() {
    let Some(session) = start().await else { return };
    let client = &session.client;
    let questionnaire = bundled();
    let [a, b, c, d] = [0, 1, 2, 3].map(|i| questionnaire.criteria[questionnaire.sections[0].criteria[i]].id.clone());
    client.goto(&session.server.url).await.unwrap();
    let id = new_assessment(client, "postal-security", "Hub Ouest").await;
    let first = client.window().await.unwrap();
    let second = client.new_window(true).await.unwrap().handle;
    client.switch_to_window(second.clone()).await.unwrap();
    client.goto(&format!("{}/#assessment/{id}", session.server.url)).await.unwrap();
    find(client, "#verdict").await;

    // A change in one tab shows in the other at once, and the other way round.
    client.switch_to_window(first.clone()).await.unwrap();
    find(client, &format!("#answer-{a}-met")).await.click().await.unwrap();
    client.switch_to_window(second.clone()).await.unwrap();
    until_selected(client, &format!("#answer-{a}-met")).await;
    text_until(client, "#status", |t| t.contains("another tab")).await;
    find(client, &format!("#answer-{b}-met")).await.click().await.unwrap();
    client.switch_to_window(first.clone()).await.unwrap();
    until_selected(client, &format!("#answer-{b}-met")).await;
    assert!(is_selected(client, &format!("#answer-{a}-met")).await, "following the other tab kept this one's answer");

    // A change the second tab missed: its next save is held back and the person is asked.
    client.switch_to_window(second.clone()).await.unwrap();
    let mut theirs = parsed(&stored(client, &id).await, &questionnaire);
    theirs.set_comment(&a, "written in the other window");
    let theirs = theirs.to_yaml();
    store_behind_its_back(client, &id, &theirs).await;
    find(client, &format!("#answer-{c}-met")).await.click().await.unwrap();
    let alert = text_until(client, "#conflict", |t| t.contains("another tab")).await;
    assert!(alert.contains("export"), "{alert}");
    assert_eq!(stored(client, &id).await, theirs, "the other version was not overwritten");

    // This tab's version can still be exported, then the other one loaded.
    find(client, "#conflict-export").await.click().await.unwrap();
    let exported = downloaded(&session.downloads, "postal-security-assessment.yaml").await;
    let mine = parsed(std::str::from_utf8(&exported).unwrap(), &questionnaire);
    assert_eq!(mine.answers[&c].option.as_deref(), Some("met"), "the export holds this tab's change");
    find(client, "#conflict-load").await.click().await.unwrap();
    let comment = find(client, &format!("#comment-{a}")).await.prop("value").await.unwrap();
    assert_eq!(comment.as_deref(), Some("written in the other window"));
    assert!(!is_selected(client, &format!("#answer-{c}-met")).await, "the loaded version is the other one");
    assert!(client.find(Locator::Css("#conflict")).await.is_err(), "the question is gone");

    // Or this tab's version is kept, written over the other one.
    let mut theirs = parsed(&stored(client, &id).await, &questionnaire);
    theirs.set_comment(&b, "another missed change");
    store_behind_its_back(client, &id, &theirs.to_yaml()).await;
    find(client, &format!("#answer-{d}-met")).await.click().await.unwrap();
    find(client, "#conflict-keep").await.click().await.unwrap();
    let kept = parsed(&stored(client, &id).await, &questionnaire);
    assert_eq!(kept.answers[&d].option.as_deref(), Some("met"), "this tab's version was saved");
    assert!(kept.answers.get(&b).is_none_or(|answer| answer.comment.is_empty()), "over the other one");
    session.close().await;
}

#[tokio::test(flavor = "current_thread")]
async fn an_export_imports_and_exports_again_byte_for_byte() {
    let Some(session) = start().await else { return };
    let client = &session.client;
    let questionnaire = bundled();
    let section = &questionnaire.sections[0];
    let [a, b] = [0, 1].map(|i| questionnaire.criteria[section.criteria[i]].id.clone());
    client.goto(&session.server.url).await.unwrap();
    new_assessment(client, "postal-security", "Bureau d'échange — Zone franche").await;

    // Every kind of content: answers, comments in three scripts, a justified N/A, a flag,
    // evidence, the subject.
    find(client, &format!("#answer-{a}-met")).await.click().await.unwrap();
    find(client, &format!("#answer-{b}-partial")).await.click().await.unwrap();
    let comment = "Contrôle d'accès: 3 of 4 doors — 门禁 \"quoted\" # not a comment: yes";
    find(client, &format!("#comment-{b}")).await.send_keys(comment).await.unwrap();
    find(client, &format!("#flag-{b}")).await.click().await.unwrap();
    let scratch = TempDir::new("roundtrip");
    let evidence = scratch.0.join("access-log.csv");
    std::fs::write(&evidence, "door,badge,time\n1,42,08:00\n").unwrap();
    find(client, &format!("#evidence-{a}")).await.send_keys(&evidence.display().to_string()).await.unwrap();
    find(client, &format!("#evidence-{a}-list code")).await;
    let (na_id, na_section) = questionnaire
        .criteria
        .iter()
        .find(|c| c.na == NaPolicy::WithJustification && c.when.is_none() && c.top_section != section.id)
        .map(|c| (c.id.clone(), c.top_section.clone()))
        .expect("a criterion that allows a justified N/A");
    find(client, &format!("#nav-{na_section}")).await.click().await.unwrap();
    find(client, &format!("#answer-{na_id}-na")).await.click().await.unwrap();
    find(client, &format!("#na-{na_id}")).await.send_keys("No airside access").await.unwrap();
    text_until(client, "#completeness", |t| t.starts_with("Answered 3 of")).await;

    find(client, "#export").await.click().await.unwrap();
    let first = downloaded(&session.downloads, "postal-security-assessment.yaml").await;
    let kept = scratch.0.join("first-export.yaml");
    std::fs::write(&kept, &first).unwrap();
    std::fs::remove_file(session.downloads.join("postal-security-assessment.yaml")).unwrap();
    // Let the clock move on: an import must not stamp the file anew.
    tokio::time::sleep(Duration::from_millis(1100)).await;
    find(client, "#import").await.send_keys(&kept.display().to_string()).await.unwrap();
    text_until(client, "#status", |t| t.contains("Imported first-export.yaml")).await;
    find(client, "#export").await.click().await.unwrap();
    let second = downloaded(&session.downloads, "postal-security-assessment.yaml").await;
    assert_eq!(
        String::from_utf8_lossy(&second),
        String::from_utf8_lossy(&first),
        "export → import → export changed the file"
    );
    let assessment = parsed(std::str::from_utf8(&first).unwrap(), &questionnaire);
    assert_eq!(assessment.answers[&b].comment, comment);
    assert!(assessment.answers[&b].flagged);
    assert_eq!(assessment.answers[&a].evidence.len(), 1);
    session.close().await;
}
