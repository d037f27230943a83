//! The operator's experience in the real app: several assessments (create, rename, duplicate,
//! delete after confirmation), twenty answers surviving a hard reload, evidence hashed in the
//! browser exactly as `sha256sum` does, flag / filters / search / next unanswered / undo, a full
//! storage that warns and offers an export, keyboard-only answering, the error view after a
//! panic, and files that can never run script.

use std::time::Instant;

use certready::model::{parse_assessment, Questionnaire};
use fantoccini::{Client, Locator};

use crate::browser::{
    bundled, downloaded, find, focused_id, is_selected, new_assessment, press, screenshot, script, start, text_until,
    TempDir,
};

/// Ids and the last (lowest-valued) option of criteria that always apply (no `when`, no
/// profile), spread over every top-level section.
fn always_applicable(questionnaire: &Questionnaire, count: usize) -> Vec<(String, String)> {
    let mut by_section: Vec<Vec<(String, String)>> = vec![Vec::new(); questionnaire.sections.len()];
    for criterion in questionnaire.criteria.iter().filter(|c| c.when.is_none() && c.profiles.is_empty()) {
        let section = questionnaire.sections.iter().position(|s| s.id == criterion.top_section).unwrap();
        let last = questionnaire.scale_of(criterion).options.last().unwrap().id.clone();
        by_section[section].push((criterion.id.clone(), last));
    }
    let mut picked = Vec::new();
    for round in 0.. {
        for section in &by_section {
            if let Some(entry) = section.get(round) {
                picked.push(entry.clone());
                if picked.len() == count {
                    return picked;
                }
            }
        }
        assert!(round < 100, "the bundled questionnaire has {count} always-applicable criteria");
    }
    unreachable!()
}

#[tokio::test(flavor = "current_thread")]
async fn twenty_answers_survive_a_hard_reload() {
    let Some(session) = start().await else { return };
    let client = &session.client;
    let questionnaire = bundled();
    let answers = always_applicable(&questionnaire, 20);
    client.goto(&session.server.url).await.unwrap();
    new_assessment(client, "postal-security", "Hub Nord").await;

    // The "unanswered" filter lists every open criterion of every section at once.
    find(client, "#filter-unanswered").await.click().await.unwrap();
    for (id, option) in &answers {
        find(client, &format!("#answer-{id}-{option}")).await.click().await.unwrap();
    }
    text_until(client, "#completeness", |t| t.starts_with("Answered 20 of")).await;

    let started = Instant::now();
    client.refresh().await.unwrap(); // the server sends no-store: a full reload
    text_until(client, "#completeness", |t| t.starts_with("Answered 20 of")).await;
    println!("hard reload back to 20 answers in {} ms", started.elapsed().as_millis());
    find(client, "#filter-gaps").await.click().await.unwrap();
    text_until(client, "#match-count", |t| t == "20 criteria match").await;
    for (id, option) in &answers {
        assert!(is_selected(client, &format!("#answer-{id}-{option}")).await, "{id} kept its answer");
    }
    session.close().await;
}

/// An answer is written to local storage after the frame that shows it (not during it), and at
/// once when the page is hidden: leaving right after a click loses nothing.
#[tokio::test(flavor = "current_thread")]
async fn an_answer_is_saved_after_its_frame_and_at_once_when_the_page_is_hidden() {
    let Some(session) = start().await else { return };
    let client = &session.client;
    let (id, option) = always_applicable(&bundled(), 1).remove(0);
    client.goto(&session.server.url).await.unwrap();
    let assessment = new_assessment(client, "postal-security", "Hub Süd").await;
    find(client, &format!("#answer-{id}-{option}")).await;

    // In one task: a click, its reactive updates (microtasks), the page hidden, storage read.
    let source = format!(
        "const done = arguments[arguments.length - 1];
        (async () => {{
            const key = {key};
            const saved = () => localStorage.getItem(key).includes({answer});
            document.querySelector({input}).click();
            for (let i = 0; i < 50; i++) await Promise.resolve();
            const before = saved();
            document.dispatchEvent(new Event('visibilitychange'));
            done([before, saved()]);
        }})();",
        key = serde_json::json!(format!("certready/assessment/{assessment}")),
        answer = serde_json::json!(format!("option: {option}")),
        input = serde_json::json!(format!("#answer-{id}-{option}")),
    );
    let result = client.execute_async(&source, vec![]).await.expect("the script ran");
    assert_eq!(
        result,
        serde_json::json!([false, true]),
        "[written before the frame, written when hidden] for {id}; stored: {}",
        script(client, &format!("return localStorage.getItem('certready/assessment/{assessment}')")).await
    );
    session.close().await;
}

/// The saved-assessment cards on the home page, by name.
async fn card_names(client: &Client) -> Vec<String> {
    let mut names = Vec::new();
    for card in client.find_all(Locator::Css("#assessments > li h3")).await.unwrap() {
        names.push(card.text().await.unwrap());
    }
    names
}

#[tokio::test(flavor = "current_thread")]
async fn several_assessments_are_created_renamed_duplicated_and_deleted_after_confirmation() {
    let Some(session) = start().await else { return };
    let client = &session.client;
    let questionnaire = bundled();
    let (a, met) = (questionnaire.criteria[0].id.clone(), "met");
    client.goto(&session.server.url).await.unwrap();
    find(client, "#no-assessments").await;

    let north = new_assessment(client, "postal-security", "Depot Nord").await;
    find(client, &format!("#answer-{a}-{met}")).await.click().await.unwrap();
    text_until(client, "#completeness", |t| t.starts_with("Answered 1 of")).await;
    find(client, "#home").await.click().await.unwrap();
    let airport = new_assessment(client, "postal-security", "Airport unit").await;
    assert_ne!(north, airport);
    assert!(!is_selected(client, &format!("#answer-{a}-{met}")).await, "a new assessment starts empty");
    find(client, "#home").await.click().await.unwrap();
    find(client, &format!("#resume-{airport}")).await;
    let mut names = card_names(client).await;
    names.sort();
    assert_eq!(names, ["Airport unit", "Depot Nord"]);
    let north_card = find(client, &format!("#assessment-{north}")).await.text().await.unwrap();
    assert!(north_card.contains("Answered 1 of"), "{north_card}");

    // Rename.
    find(client, &format!("#rename-{airport}")).await.click().await.unwrap();
    let field = find(client, &format!("#name-{airport}")).await;
    field.clear().await.unwrap();
    field.send_keys("Airport unit 2026").await.unwrap();
    find(client, &format!("#save-name-{airport}")).await.click().await.unwrap();
    text_until(client, &format!("#assessment-title-{airport}"), |t| t == "Airport unit 2026").await;

    // Duplicate: a third card with the same answers.
    find(client, &format!("#duplicate-{north}")).await.click().await.unwrap();
    text_until(client, "#status", |t| t.contains("Depot Nord (copy)")).await;
    assert_eq!(card_names(client).await.len(), 3);
    let copy = client
        .find(Locator::XPath("//li[.//h3[text()='Depot Nord (copy)']]"))
        .await
        .unwrap()
        .attr("id")
        .await
        .unwrap()
        .unwrap()
        .trim_start_matches("assessment-")
        .to_owned();
    screenshot(client, "home.png").await;

    // Delete asks first; cancelling keeps it, confirming removes it.
    find(client, &format!("#delete-{copy}")).await.click().await.unwrap();
    // The safe choice has the focus (moved on the next animation frame).
    wait_for_focus(client, &format!("cancel-delete-{copy}")).await;
    find(client, &format!("#cancel-delete-{copy}")).await.click().await.unwrap();
    assert_eq!(card_names(client).await.len(), 3);
    find(client, &format!("#delete-{copy}")).await.click().await.unwrap();
    find(client, &format!("#confirm-delete-{copy}")).await.click().await.unwrap();
    text_until(client, "#status", |t| t.contains("Deleted")).await;
    assert_eq!(card_names(client).await.len(), 2);

    // The original still holds its answer, the other assessment none.
    find(client, &format!("#resume-{north}")).await.click().await.unwrap();
    assert!(is_selected(client, &format!("#answer-{a}-{met}")).await);
    client.back().await.unwrap();
    find(client, &format!("#resume-{airport}")).await.click().await.unwrap();
    assert!(!is_selected(client, &format!("#answer-{a}-{met}")).await);
    session.close().await;
}

#[tokio::test(flavor = "current_thread")]
async fn evidence_flags_filters_search_next_unanswered_and_undo() {
    let Some(session) = start().await else { return };
    let client = &session.client;
    let questionnaire = bundled();
    let first = &questionnaire.sections[0];
    let [a, b, c] = [0, 1, 2].map(|i| questionnaire.criteria[first.criteria[i]].id.clone());
    client.goto(&session.server.url).await.unwrap();
    new_assessment(client, "postal-security", "Hub Sud").await;

    // Evidence: hashed in the browser; the hash equals sha256sum's.
    let scratch = TempDir::new("evidence");
    let file = scratch.0.join("access-policy.pdf");
    let content: Vec<u8> = (0..200_000u32).map(|i| (i * 7 % 251) as u8).collect();
    std::fs::write(&file, &content).unwrap();
    find(client, &format!("#evidence-{a}")).await.send_keys(&file.display().to_string()).await.unwrap();
    let recorded = find(client, &format!("#evidence-{a}-list code.sha256")).await;
    let shown = recorded.attr("data-sha256").await.unwrap().unwrap();
    let output = std::process::Command::new("sha256sum").arg(&file).output().expect("sha256sum");
    let expected = String::from_utf8_lossy(&output.stdout).split_whitespace().next().unwrap().to_owned();
    assert_eq!(shown, expected, "the browser's SHA-256 is sha256sum's");
    let line = find(client, &format!("#evidence-{a}-list")).await.text().await.unwrap();
    assert!(line.contains("access-policy.pdf") && line.contains("200.0 kB"), "{line}");

    // Flag, then the flagged filter shows exactly it.
    find(client, &format!("#flag-{a}")).await.click().await.unwrap();
    find(client, "#filter-flagged").await.click().await.unwrap();
    text_until(client, "#match-count", |t| t == "1 criterion matches").await;
    find(client, &format!("#criterion-{a}")).await;

    // Search across sections by id, then by words of the requirement.
    let far = &questionnaire.criteria[questionnaire.sections.last().unwrap().criteria[0]];
    find(client, "#filter-all").await.click().await.unwrap();
    find(client, "#search").await.send_keys(&far.id).await.unwrap();
    text_until(client, "#match-count", |t| t == "1 criterion matches").await;
    find(client, &format!("#criterion-{}", far.id)).await;
    let search = find(client, "#search").await;
    search.send_keys(&"\u{E003}".repeat(far.id.len())).await.unwrap();
    find(client, "#section-heading").await;

    // Next unanswered goes to the first open criterion and puts the focus on it.
    find(client, &format!("#answer-{a}-met")).await.click().await.unwrap();
    find(client, "#next-unanswered").await.click().await.unwrap();
    text_until(client, "#section-heading", |_| true).await;
    wait_for_focus(client, &format!("answer-{b}-met")).await;
    find(client, "#next-unanswered").await.click().await.unwrap();
    wait_for_focus(client, &format!("answer-{c}-met")).await;

    // Undo restores the answer before the last change.
    find(client, &format!("#answer-{a}-partial")).await.click().await.unwrap();
    let undo = find(client, "#undo").await;
    assert_eq!(
        undo.attr("title").await.unwrap().as_deref(),
        Some(format!("Undo the last change (answer to {a})").as_str())
    );
    undo.click().await.unwrap();
    text_until(client, "#status", |t| t.contains(&format!("Undone: answer to {a}"))).await;
    assert!(is_selected(client, &format!("#answer-{a}-met")).await);
    find(client, "#undo").await.click().await.unwrap();
    assert!(!is_selected(client, &format!("#answer-{a}-met")).await, "a second undo removes the answer");
    session.close().await;
}

async fn wait_for_focus(client: &Client, id: &str) {
    let started = Instant::now();
    loop {
        let focused = focused_id(client).await;
        if focused == id {
            return;
        }
        assert!(started.elapsed().as_secs() < 5, "focus is on {focused:?}, expected {id}");
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
}

#[tokio::test(flavor = "current_thread")]
async fn a_full_storage_warns_offers_an_export_and_loses_nothing() {
    let Some(session) = start().await else { return };
    let client = &session.client;
    let questionnaire = bundled();
    let answers = always_applicable(&questionnaire, 3);
    client.goto(&session.server.url).await.unwrap();
    new_assessment(client, "postal-security", "Hub Est").await;
    find(client, "#filter-unanswered").await.click().await.unwrap();
    let (first, option) = &answers[0];
    find(client, &format!("#answer-{first}-{option}")).await.click().await.unwrap();

    // Fill local storage to its quota.
    let filled = script(
        client,
        "let n = 0; for (const size of [1 << 20, 1 << 14, 256, 8]) { const junk = 'x'.repeat(size); \
         try { for (;;) { localStorage.setItem('junk-' + n, junk); n++; } } catch (e) {} } return n;",
    )
    .await;
    assert!(filled.as_u64().unwrap_or(0) > 0, "storage was filled");
    for (id, option) in &answers[1..] {
        find(client, &format!("#answer-{id}-{option}")).await.click().await.unwrap();
    }
    let warning = text_until(client, "#storage-problem", |t| t.contains("could not be saved")).await;
    assert!(warning.contains("export"), "{warning}");
    find(client, "#storage-export").await.click().await.unwrap();
    let exported = downloaded(&session.downloads, "postal-security-assessment.yaml").await;
    let (assessment, _) = parse_assessment(&exported, &questionnaire);
    let assessment = assessment.expect("the export is a valid assessment");
    for (id, option) in &answers {
        assert_eq!(assessment.answers[id].option.as_deref(), Some(option.as_str()), "the export holds {id}");
    }

    // Space again: the next change saves everything and the warning goes.
    script(client, "Object.keys(localStorage).filter(k => k.startsWith('junk-')).forEach(k => localStorage.removeItem(k)); return 0;").await;
    find(client, &format!("#comment-{first}")).await.send_keys("saved again").await.unwrap();
    let started = Instant::now();
    while client.find(Locator::Css("#storage-problem")).await.is_ok() {
        assert!(started.elapsed().as_secs() < 10, "the warning went away");
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    client.refresh().await.unwrap();
    text_until(client, "#completeness", |t| t.starts_with("Answered 3 of")).await;
    session.close().await;
}

#[tokio::test(flavor = "current_thread")]
async fn a_section_is_completed_with_the_keyboard_alone() {
    let Some(session) = start().await else { return };
    let client = &session.client;
    let questionnaire = bundled();
    client.goto(&session.server.url).await.unwrap();
    new_assessment(client, "postal-security", "Hub Ouest").await;
    let section = &questionnaire.sections[0];
    find(client, &format!("#nav-{}", section.id)).await.click().await.unwrap();
    wait_for_focus(client, "section-heading").await;

    let done = |t: &str| t.split('/').collect::<Vec<_>>().as_slice().windows(2).all(|w| w[0].trim() == w[1].trim());
    let progress = format!("#nav-{} .progress", section.id);
    let mut presses = 0;
    while !done(&find(client, &progress).await.text().await.unwrap()) {
        press(client, '\u{E004}').await; // Tab
        presses += 1;
        assert!(presses < 600, "the section could not be completed by keyboard");
        let focused = script(
            client,
            "const e = document.activeElement; const group = e.name ? document.querySelectorAll('input[name=\"' + e.name + '\"]:checked').length : 0; \
             const outline = e.closest('label') ? getComputedStyle(e.closest('label')).outlineStyle : getComputedStyle(e).outlineStyle; \
             return [e.type || '', group, outline];",
        )
        .await;
        if focused[0] == "radio" {
            assert_ne!(focused[2], "none", "the focused answer is visibly marked");
            if focused[1] == 0 {
                press(client, '\u{E00D}').await; // Space chooses the focused option
            }
        }
    }
    println!("keyboard only: section {} completed in {presses} Tab presses", section.id);
    screenshot(client, "keyboard-section.png").await;
    session.close().await;
}

#[tokio::test(flavor = "current_thread")]
async fn a_panic_shows_the_error_view_with_the_saved_assessment_to_download() {
    let Some(session) = start().await else { return };
    let client = &session.client;
    let questionnaire = bundled();
    let a = questionnaire.criteria[0].id.clone();
    client.goto(&session.server.url).await.unwrap();
    let id = new_assessment(client, "postal-security", "Hub Centre").await;
    find(client, &format!("#answer-{a}-met")).await.click().await.unwrap();
    text_until(client, "#completeness", |t| t.starts_with("Answered 1 of")).await;

    client.goto(&format!("{}/?selftest=panic#assessment/{id}", session.server.url)).await.unwrap();
    let view = text_until(client, "#fatal", |t| t.contains("internal error")).await;
    assert!(view.contains("saved in this browser"), "{view}");
    let href = find(client, "#fatal-export").await.attr("href").await.unwrap().unwrap();
    let text = script(client, &format!("return decodeURIComponent({:?}.split(',')[1]);", href)).await;
    let (saved, diagnostics) = parse_assessment(text.as_str().unwrap().as_bytes(), &questionnaire);
    let saved = saved.unwrap_or_else(|| panic!("the offered file is a valid assessment: {diagnostics:?}"));
    assert_eq!(saved.answers[&a].option.as_deref(), Some("met"));

    // Without the self-test the same address opens normally, the answer intact.
    client.goto(&format!("{}/#assessment/{id}", session.server.url)).await.unwrap();
    assert!(is_selected(client, &format!("#answer-{a}-met")).await);
    session.close().await;
}

#[tokio::test(flavor = "current_thread")]
async fn criteria_and_answers_are_shown_as_text_and_never_run_script() {
    let Some(session) = start().await else { return };
    let client = &session.client;
    let hostile = "<img src=x onerror=\"window.__pwned = 1\"><script>window.__pwned = 2</script>";
    let criteria = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/criteria/small.yaml"))
        .unwrap()
        .replace("id: small", "id: hostile")
        .replace("en: A security officer is appointed.", &format!("en: '{hostile}'"));
    assert!(criteria.contains("__pwned"), "the hostile text is in the criteria file");
    let scratch = TempDir::new("hostile");
    let path = scratch.0.join("hostile.yaml");
    std::fs::write(&path, &criteria).unwrap();
    client.goto(&session.server.url).await.unwrap();
    find(client, "#criteria-file").await.send_keys(&path.display().to_string()).await.unwrap();
    find(client, "#create-assessment").await.click().await.unwrap();
    let requirement = text_until(client, "#criterion-ORG-01 .requirement", |t| !t.is_empty()).await;
    assert_eq!(requirement, hostile, "shown literally");

    // An imported answer with markup in its comment is text too.
    let answers = format!(
        "format: assessment/1\nquestionnaire: {{id: hostile, version: \"1.0\"}}\nanswers:\n  ORG-01: {{option: met, comment: '{hostile}'}}\n"
    );
    let import = scratch.0.join("answers.yaml");
    std::fs::write(&import, answers).unwrap();
    find(client, "#import").await.send_keys(&import.display().to_string()).await.unwrap();
    text_until(client, "#status", |t| t.contains("Imported answers.yaml")).await;
    let comment = find(client, "#comment-ORG-01").await.prop("value").await.unwrap();
    assert_eq!(comment.as_deref(), Some(hostile));
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    let pwned = script(client, "return window.__pwned === undefined ? 0 : window.__pwned;").await;
    assert_eq!(pwned, 0, "no script from data ran");
    session.close().await;
}

#[tokio::test(flavor = "current_thread")]
async fn conditions_and_profiles_hide_criteria_and_keep_their_answers() {
    let Some(session) = start().await else { return };
    let client = &session.client;
    let questionnaire = bundled();
    let dependent = questionnaire
        .criteria
        .iter()
        .find(|c| c.when.as_ref().is_some_and(|w| w.to_string().contains("PER-02")))
        .expect("a criterion that depends on PER-02");
    let shown =
        |id: String| async move { find(client, &format!("#criterion-{id}")).await.is_displayed().await.unwrap() };
    client.goto(&session.server.url).await.unwrap();
    new_assessment(client, "postal-security", "Hub Conditions").await;
    let condition = questionnaire.criteria.iter().find(|c| c.id == "PER-02").unwrap();
    let answer = |option: &'static str| async move {
        find(client, &format!("#nav-{}", condition.top_section)).await.click().await.unwrap();
        find(client, &format!("#answer-PER-02-{option}")).await.click().await.unwrap();
        find(client, &format!("#nav-{}", dependent.top_section)).await.click().await.unwrap();
    };

    answer("met").await;
    assert!(shown(dependent.id.clone()).await);
    find(client, &format!("#answer-{}-partial", dependent.id)).await.click().await.unwrap();
    answer("not-met").await;
    assert!(!shown(dependent.id.clone()).await, "hidden while its condition is false");
    answer("met").await;
    assert!(shown(dependent.id.clone()).await);
    assert!(is_selected(client, &format!("#answer-{}-partial", dependent.id)).await, "its answer was kept");

    // Profiles: choosing "delivery" hides the criteria of the other facility kinds.
    let only_delivery =
        questionnaire.criteria.iter().find(|c| c.profiles == ["delivery"]).expect("a delivery criterion");
    let not_delivery = questionnaire
        .criteria
        .iter()
        .find(|c| !c.profiles.is_empty() && !c.profiles.iter().any(|p| p == "delivery"))
        .expect("a criterion delivery units skip");
    find(client, "#profile-delivery").await.click().await.unwrap();
    for (criterion, expected) in [(only_delivery, true), (not_delivery, false)] {
        find(client, &format!("#nav-{}", criterion.top_section)).await.click().await.unwrap();
        assert_eq!(shown(criterion.id.clone()).await, expected, "{} shown for a delivery unit", criterion.id);
    }
    session.close().await;
}
