//! The operator's path through the real app: open the bundled questionnaire, answer, reload
//! and find everything kept, export, import (a valid and an invalid file), and download the
//! PDF whose text names the verdict and the gaps.

use std::time::Instant;

use certready::model::{parse_assessment, NaPolicy};

use crate::browser::{bundled, downloaded, find, new_assessment, screenshot, start, text_until, TempDir};

/// "Xiamen mail processing centre: the fence needs repair".
const CHINESE: &str = "厦门邮件处理中心：围栏需要修复";
/// A Cherokee letter: in none of the app's fonts.
const NO_FONT_HAS: &str = "Ꭰ";

#[tokio::test(flavor = "current_thread")]
async fn operator_answers_reloads_exports_imports_and_downloads_the_pdf() {
    let Some(session) = start().await else { return };
    let client = &session.client;
    let questionnaire = bundled();
    let first_section = &questionnaire.sections[0];
    let [a, b, c] = [0, 1, 2].map(|i| questionnaire.criteria[first_section.criteria[i]].id.clone());
    let started = Instant::now();

    client.goto(&session.server.url).await.expect("opening the app");
    new_assessment(client, "postal-security", "Centre de tri").await;
    let loaded = started.elapsed();
    text_until(client, "#verdict", |t| t == "INCOMPLETE").await;

    // Answer three criteria, one with a comment, and name the facility (with accents).
    find(client, &format!("#answer-{a}-met")).await.click().await.unwrap();
    find(client, &format!("#answer-{b}-partial")).await.click().await.unwrap();
    find(client, &format!("#answer-{c}-not-met")).await.click().await.unwrap();
    find(client, &format!("#comment-{b}")).await.send_keys("Badge readers on 3 of 4 doors").await.unwrap();
    // Chinese text: the report then needs the fallback font, which the app fetches only now.
    find(client, &format!("#comment-{c}")).await.send_keys(&format!("{CHINESE} {NO_FONT_HAS}")).await.unwrap();
    find(client, "#organisation").await.send_keys("Poste d'Exemple — Sûreté").await.unwrap();
    // N/A with its justification, in another section: it counts only once justified.
    let (na_id, na_section) = questionnaire
        .criteria
        .iter()
        .find(|c| c.na == NaPolicy::WithJustification && c.when.is_none() && c.top_section != first_section.id)
        .map(|c| (c.id.clone(), c.top_section.clone()))
        .expect("the bundled questionnaire has a criterion that allows a justified N/A");
    find(client, &format!("#nav-{na_section}")).await.click().await.unwrap();
    find(client, &format!("#answer-{na_id}-na")).await.click().await.unwrap();
    text_until(client, "#completeness", |t| t.starts_with("Answered 3 of")).await;
    find(client, &format!("#na-{na_id}")).await.send_keys("No airside access at this site").await.unwrap();
    let completeness = text_until(client, "#completeness", |t| t.starts_with("Answered 4 of")).await;
    let overall_before_reload = find(client, "#overall").await.text().await.unwrap();
    assert_ne!(overall_before_reload, "0.0%", "the live score moved");

    // Reload: the address still names the assessment, and nothing is lost.
    client.refresh().await.unwrap();
    assert!(find(client, &format!("#answer-{a}-met")).await.is_selected().await.unwrap());
    assert!(find(client, &format!("#answer-{b}-partial")).await.is_selected().await.unwrap());
    let comment = find(client, &format!("#comment-{b}")).await.prop("value").await.unwrap();
    assert_eq!(comment.as_deref(), Some("Badge readers on 3 of 4 doors"));
    let organisation = find(client, "#organisation").await.prop("value").await.unwrap();
    assert_eq!(organisation.as_deref(), Some("Poste d'Exemple — Sûreté"));
    assert_eq!(text_until(client, "#completeness", |t| t.starts_with("Answered 4")).await, completeness);
    find(client, &format!("#nav-{na_section}")).await.click().await.unwrap();
    let justification = find(client, &format!("#na-{na_id}")).await.prop("value").await.unwrap();
    assert_eq!(justification.as_deref(), Some("No airside access at this site"));
    find(client, &format!("#nav-{}", first_section.id)).await.click().await.unwrap();
    assert_eq!(find(client, "#overall").await.text().await.unwrap(), overall_before_reload);

    // For people reviewing the look: CERTREADY_E2E_SCREENSHOTS=DIR saves the walk-through.
    screenshot(client, "walkthrough.png").await;

    // Export: the file holds the answers.
    find(client, "#export").await.click().await.unwrap();
    let exported = downloaded(&session.downloads, "postal-security-assessment.yaml").await;
    let (assessment, diagnostics) = parse_assessment(&exported, &questionnaire);
    let assessment = assessment.unwrap_or_else(|| panic!("exported file is invalid: {diagnostics:?}"));
    assert_eq!(assessment.answers[&a].option.as_deref(), Some("met"));
    assert_eq!(assessment.answers[&b].comment, "Badge readers on 3 of 4 doors");
    assert_eq!(assessment.subject.organisation, "Poste d'Exemple — Sûreté");
    assert_eq!(assessment.answers[&na_id].na.as_deref(), Some("No airside access at this site"));

    // Import an edited copy: the app shows the imported answer.
    let edited = String::from_utf8(exported.clone()).unwrap().replacen("option: met", "option: partial", 1);
    let scratch = TempDir::new("import");
    let edited_path = scratch.0.join("edited.yaml");
    std::fs::write(&edited_path, edited).unwrap();
    find(client, "#import").await.send_keys(&edited_path.display().to_string()).await.unwrap();
    text_until(client, "#status", |t| t.contains("Imported edited.yaml")).await;
    assert!(find(client, &format!("#answer-{a}-partial")).await.is_selected().await.unwrap());

    // Import a file for another questionnaire: refused with a located reason, nothing changes.
    let wrong_path = scratch.0.join("wrong.yaml");
    std::fs::write(&wrong_path, "format: assessment/1\nquestionnaire: {id: other, version: \"1\"}\n").unwrap();
    find(client, "#import").await.send_keys(&wrong_path.display().to_string()).await.unwrap();
    let refusal = text_until(client, "#import-errors", |t| t.contains("questionnaire-mismatch")).await;
    assert!(refusal.contains("Line 2"), "{refusal}");
    assert!(find(client, &format!("#answer-{a}-partial")).await.is_selected().await.unwrap());

    // Import an answer file made for another version of the questionnaire: refused, saying which.
    let old_path = scratch.0.join("old-version.yaml");
    std::fs::write(&old_path, "format: assessment/1\nquestionnaire: {id: postal-security, version: \"1999.1\"}\n")
        .unwrap();
    find(client, "#import").await.send_keys(&old_path.display().to_string()).await.unwrap();
    let refusal = text_until(client, "#import-errors", |t| t.contains("questionnaire-version-mismatch")).await;
    assert!(refusal.contains("version 1999.1") && refusal.contains(&questionnaire.version), "{refusal}");

    // The PDF: generated in the browser, downloaded, and its text names verdict and gaps.
    let fallback_fetched =
        || session.server.requests.lock().expect("request log").iter().any(|path| path.contains("fonts/on-demand/"));
    assert!(!fallback_fetched(), "the CJK font was fetched before any report needed it");
    let pdf_started = Instant::now();
    find(client, "#pdf").await.click().await.unwrap();
    let pdf = downloaded(&session.downloads, "postal-security-gap-report.pdf").await;
    let pdf_time = pdf_started.elapsed();
    assert!(pdf.starts_with(b"%PDF-"));
    // The character no font has is named to the operator (and printed as a replacement mark).
    let status = text_until(client, "#status", |t| t.contains("Downloaded")).await;
    assert!(status.contains(&format!("no font has \"{NO_FONT_HAS}\" (U+13A0)")), "{status}");
    let pdf_path = scratch.0.join("report.pdf");
    std::fs::write(&pdf_path, &pdf).unwrap();
    let text = std::process::Command::new("pdftotext")
        .arg(&pdf_path)
        .arg("-")
        .output()
        .expect("pdftotext (scripts/setup installs poppler-utils)");
    let text = String::from_utf8_lossy(&text.stdout);
    assert!(text.contains("INCOMPLETE"), "verdict in the PDF:\n{text}");
    for id in [&a, &b, &c] {
        assert!(text.contains(id.as_str()), "gap {id} in the PDF");
    }
    assert!(text.contains("Sûreté"), "accents survive into the PDF");
    assert!(text.contains(&format!("{CHINESE} \u{FFFD}")), "Chinese text survives into the PDF");
    assert!(fallback_fetched(), "the CJK font was not fetched for a report with Chinese text");

    // The browser's PDF carries both files and verifies natively: the native rebuild from its
    // attachments gives the same pages, so wasm and native render alike.
    let fonts_dir = std::path::Path::new("/usr/share/fonts/truetype/noto");
    let fonts = certready::pdf::Fonts {
        regular: std::fs::read(fonts_dir.join("NotoSans-Regular.ttf")).expect("fonts-noto-core"),
        bold: std::fs::read(fonts_dir.join("NotoSans-Bold.ttf")).expect("fonts-noto-core"),
        fallback: Some(
            std::fs::read("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf").expect("fonts-droid-fallback"),
        ),
    };
    let verification = certready::pdf::verify(&pdf, &fonts).expect("the browser's PDF can be verified");
    assert!(verification.matches(), "browser PDF differs from its native rebuild: {:?}", verification.differences);

    // For a person to look at: the cover and the executive summary as pictures, kept after the
    // run in target/artefacts (the CI log prints the path).
    let artefacts = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/artefacts");
    std::fs::create_dir_all(&artefacts).unwrap();
    let prefix = artefacts.join("browser-report-page");
    let status = std::process::Command::new("pdftoppm")
        .args(["-png", "-r", "80", "-f", "1", "-l", "2"])
        .arg(&pdf_path)
        .arg(&prefix)
        .status()
        .expect("pdftoppm");
    assert!(status.success());
    println!("artefact: the browser's report, pages 1 and 2, in {}-01.png and -02.png", prefix.display());

    // Byte for byte: the native build of the same files at the same time is the same file.
    let detached = scratch.0.join("detached");
    std::fs::create_dir_all(&detached).unwrap();
    let status = std::process::Command::new("pdfdetach")
        .args(["-saveall", "-o"])
        .arg(&detached)
        .arg(&pdf_path)
        .status()
        .expect("pdfdetach");
    assert!(status.success());
    let sources = certready::report::Sources {
        criteria: std::fs::read(detached.join("criteria.yaml")).unwrap(),
        assessment: std::fs::read(detached.join("assessment.yaml")).unwrap(),
    };
    let (answers, _) = parse_assessment(&sources.assessment, &questionnaire);
    let answers = answers.expect("the attached assessment is valid");
    let scorecard = certready::scoring::score(&questionnaire, &answers);
    let english = certready::report::Languages::new(&questionnaire, Some(&["en".to_owned()])).unwrap();
    let native = certready::report::build(&questionnaire, &answers, &scorecard, verification.generated, &english)
        .with_sources(sources);
    let native = certready::pdf::render(&native, &fonts).expect("native render").pdf;
    assert!(
        native == pdf,
        "the browser's PDF ({} bytes) and the native one ({} bytes) differ",
        pdf.len(),
        native.len()
    );

    // An auditor checks the report in the app: it matches; backdated by a second, it does not.
    find(client, "#home").await.click().await.unwrap();
    find(client, "#verify-file").await.send_keys(&pdf_path.display().to_string()).await.unwrap();
    let verdict = text_until(client, "#verify-result", |t| t.contains("atch")).await;
    assert!(verdict.contains("Matches.") && verdict.contains(&verification.assessment_sha256), "{verdict}");
    let date = format!("/CreationDate({}", verification.generated.pdf_date());
    let at = pdf.windows(date.len()).position(|w| w == date.as_bytes()).expect("the creation date in the PDF");
    let mut backdated = pdf.clone();
    // The seconds' last digit (before the closing `Z`): same length, so the file stays readable.
    let last_digit = at + date.len() - 2;
    backdated[last_digit] = if backdated[last_digit] == b'0' { b'1' } else { backdated[last_digit] - 1 };
    let backdated_path = scratch.0.join("backdated.pdf");
    std::fs::write(&backdated_path, &backdated).unwrap();
    find(client, "#verify-file").await.send_keys(&backdated_path.display().to_string()).await.unwrap();
    let verdict = text_until(client, "#verify-result", |t| t.contains("backdated.pdf") && t.contains("atch")).await;
    assert!(verdict.contains("Does not match.") && verdict.contains("differs"), "{verdict}");

    println!(
        "e2e timings: app loaded and questionnaire opened in {} ms; PDF generated and downloaded in {} ms ({} bytes)",
        loaded.as_millis(),
        pdf_time.as_millis(),
        pdf.len()
    );
    let requests = session.server.requests.lock().unwrap().clone();
    assert!(requests.iter().all(|path| !path.contains("://")), "only same-origin paths: {requests:?}");
    session.close().await;
}

/// Where the visible text holds a fragment of Rust or `view!` source (a label that was source
/// code shipped once: an unbraced `disabled=move || a >= b` closure ended its tag): `move |`,
/// `=>`, `{`, or an event attribute such as `on:click` (`on:` then a lowercase letter, so that
/// "Organisation: …" is not taken for one).
fn code_fragment(text: &str) -> Option<usize> {
    let plain = ["move |", "=>", "{"].iter().filter_map(|f| text.find(f));
    let event = text
        .match_indices("on:")
        .map(|(at, _)| at)
        .find(|&at| text[at + 3..].starts_with(|c: char| c.is_ascii_lowercase()));
    plain.chain(event).min()
}

#[test]
fn code_fragments_are_told_from_prose() {
    assert_eq!(code_fragment("= last on:click=move |_| step(true)>Next section →"), Some(7));
    assert_eq!(code_fragment("Organisation: Poste · Section: Accès · 1 => 2"), Some(44), "a byte offset");
    assert_eq!(code_fragment("Organisation: Poste d'Exemple · Next section →"), None);
}

/// Fails when the visible text of the page holds a fragment of source code.
async fn assert_no_code_on_screen(client: &fantoccini::Client, view: &str) {
    let text = crate::browser::script(client, "return document.body.innerText;").await;
    let text = text.as_str().unwrap_or_default();
    if let Some(at) = code_fragment(text) {
        let mut start = at.saturating_sub(60);
        while !text.is_char_boundary(start) {
            start -= 1;
        }
        let context: String = text[start..].chars().take(120).collect();
        panic!("the {view} shows source code: …{context}…");
    }
}

#[tokio::test(flavor = "current_thread")]
async fn a_whole_questionnaire_walked_with_next_and_previous_alone() {
    let Some(session) = start().await else { return };
    let client = &session.client;
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/questionnaires/demo.yaml");
    let demo = certready::model::parse_questionnaire(&std::fs::read(path).unwrap()).0.expect("valid demo");
    let lang = &demo.languages[0];
    client.goto(&session.server.url).await.unwrap();
    find(client, "#open-demo").await;
    assert_no_code_on_screen(client, "home page").await;
    find(client, "#open-demo").await.click().await.unwrap();
    find(client, "#new-facility").await;
    assert_no_code_on_screen(client, "new assessment form").await;
    find(client, "#new-facility").await.send_keys("Dépôt Est").await.unwrap();
    find(client, "#create-assessment").await.click().await.unwrap();
    find(client, "#verdict").await;

    let next = find(client, "#next-section").await;
    let previous = find(client, "#previous-section").await;
    assert_eq!(next.text().await.unwrap(), "Next section →");
    assert_eq!(previous.text().await.unwrap(), "← Previous section");
    let last = demo.sections.len() - 1;
    // Forward to the last section, then back to the first, with the two buttons alone.
    let order: Vec<usize> = (0..=last).chain((0..last).rev()).collect();
    for (step, &index) in order.iter().enumerate() {
        let section = &demo.sections[index];
        let title = section.title.get(lang).to_owned();
        text_until(client, "#section-heading", |t| t == title).await;
        let current = find(client, &format!("#nav-{}", section.id)).await.attr("aria-current").await.unwrap();
        assert_eq!(current.as_deref(), Some("step"), "section {} is marked as the current one", section.id);
        assert_eq!(find(client, "#previous-section").await.is_enabled().await.unwrap(), index > 0);
        assert_eq!(find(client, "#next-section").await.is_enabled().await.unwrap(), index < last);
        assert_no_code_on_screen(client, &format!("walk-through at section {}", section.id)).await;
        if let Some(&following) = order.get(step + 1) {
            let button = if following > index { "#next-section" } else { "#previous-section" };
            find(client, button).await.click().await.unwrap();
        }
    }
    session.close().await;
}
