//! Every format of the report from the walk-through: the printable HTML, the gap register as
//! CSV and the report's data as JSON, made in the browser (by the PDF worker) and compared byte
//! for byte with `certready report --format …` on the same files at the same time; and the note
//! an operator writes on an evidence file, kept in the assessment file.

use certready::time::Timestamp;

use crate::browser::{downloaded, find, new_assessment, start, TempDir};

/// The first RFC 3339 time in `text` (the report's generation time).
fn generated_in(text: &str) -> Option<Timestamp> {
    text.char_indices().find_map(|(at, _)| text.get(at..at + 20).and_then(Timestamp::from_rfc3339))
}

/// `certready report` on the bundled demo criteria and `assessment`, as `format`, made at `time`.
fn cli_report(assessment: &std::path::Path, format: &str, time: Timestamp) -> Vec<u8> {
    let criteria = concat!(env!("CARGO_MANIFEST_DIR"), "/questionnaires/demo.yaml");
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_certready"))
        .args(["report", criteria])
        .arg(assessment)
        .args(["--format", format, "--lang", "en", "-o", "-"])
        .env("SOURCE_DATE_EPOCH", time.0.to_string())
        .output()
        .expect("running certready");
    assert!(output.status.success(), "certready report: {}", String::from_utf8_lossy(&output.stderr));
    output.stdout
}

#[tokio::test(flavor = "current_thread")]
async fn the_html_csv_and_json_from_the_app_are_the_clis_bytes() {
    let Some(session) = start().await else { return };
    let client = &session.client;
    client.goto(&session.server.url).await.unwrap();
    new_assessment(client, "demo", "Export depot").await;
    // Two answers of the first section, so that the register has gaps and the data answers.
    let demo = certready::model::parse_questionnaire(include_bytes!("../../questionnaires/demo.yaml")).0.unwrap();
    let shown: Vec<&str> = demo
        .criteria
        .iter()
        .filter(|c| c.top_section == demo.sections[0].id && c.scale == "compliance")
        .map(|c| c.id.as_str())
        .collect();
    let (a, b) = (shown[0], shown[1]);
    find(client, &format!("#answer-{a}-partial")).await.click().await.unwrap();
    find(client, &format!("#answer-{b}-not-met")).await.click().await.unwrap();
    // An evidence file, hashed in the browser, and a note on it, typed like a person.
    let scratch = TempDir::new("exports");
    let evidence = scratch.0.join("site-plan.txt");
    std::fs::write(&evidence, "the site plan").unwrap();
    find(client, &format!("#evidence-{a}")).await.send_keys(&evidence.display().to_string()).await.unwrap();
    let note = find(client, &format!("#evidence-{a}-list input[type=text]")).await;
    note.send_keys("Original in the site binder").await.unwrap();
    let typed = crate::browser::script(
        client,
        &format!("return document.querySelector('#evidence-{a}-list input[type=text]') === document.activeElement;"),
    )
    .await;
    assert_eq!(typed, serde_json::json!(true), "the note keeps the caret while typing");
    find(client, "#export").await.click().await.unwrap();
    let assessment = scratch.0.join("demo-assessment.yaml");
    let exported = downloaded(&session.downloads, "demo-assessment.yaml").await;
    let text = String::from_utf8_lossy(&exported);
    assert!(text.contains("note: Original in the site binder"), "the evidence note is kept in the file:\n{text}");
    std::fs::write(&assessment, &exported).unwrap();

    find(client, "#pdf-options summary").await.click().await.unwrap();
    for (button, name, format) in [
        ("#export-html", "demo-gap-report.html", "html"),
        ("#export-csv", "demo-gap-register.csv", "csv"),
        ("#export-json", "demo-report.json", "json"),
    ] {
        find(client, button).await.click().await.unwrap();
        let from_app = downloaded(&session.downloads, name).await;
        let text = String::from_utf8(from_app.clone()).expect("UTF-8");
        // The CSV holds no time; the HTML and the JSON name when they were made.
        let time = generated_in(&text).unwrap_or(Timestamp(0));
        assert_ne!(format != "csv", time == Timestamp(0), "{name}: its generation time");
        let from_cli = cli_report(&assessment, format, time);
        assert!(
            from_app == from_cli,
            "{name} from the app ({} bytes) differs from the CLI's ({} bytes)",
            from_app.len(),
            from_cli.len()
        );
    }
    session.close().await;
}
