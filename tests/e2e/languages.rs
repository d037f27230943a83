//! The app in each language of the catalog: switched from the header, remembered over a reload,
//! `<html lang>` set, no English left on the home page, the new-assessment form and the
//! walk-through (outside criteria texts that lack a translation), and axe-clean at 360 and
//! 1,440 px in every language.

use certready::i18n::{self, Lang, LANGUAGES};

use crate::a11y::{audit, axe_source};
use crate::browser::{find, screenshot, script, start};

/// The English catalog's one-line messages without values that read differently in `lang`
/// and are long enough not to occur inside other words: what must not show once switched.
fn english_left_behind(lang: Lang) -> Vec<String> {
    LANGUAGES[0]
        .3
        .lines()
        .filter_map(|line| line.split_once(" = "))
        .filter(|(id, english)| !id.starts_with(['#', ' ']) && !english.contains('{') && english.len() >= 8)
        .map(|(id, english)| (i18n::text(lang, id), english.to_owned()))
        .filter(|(theirs, english)| theirs != english)
        .map(|(_, english)| english)
        .collect()
}

async fn choose_language(client: &fantoccini::Client, code: &str) {
    find(client, &format!("#language option[value='{code}']")).await.click().await.unwrap();
    let started = std::time::Instant::now();
    while script(client, "return document.documentElement.lang;").await.as_str() != Some(code) {
        assert!(started.elapsed().as_secs() < 10, "<html lang> never became {code}");
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
}

async fn english_on_screen(client: &fantoccini::Client, lang: Lang, view: &str) -> Vec<String> {
    let text = script(client, "return document.body.innerText;").await;
    let text = text.as_str().unwrap_or_default().to_owned();
    english_left_behind(lang)
        .into_iter()
        .filter(|english| shows_as_words(&text, english))
        .map(|english| format!("{view} in {}: “{english}”", lang.code()))
        .collect()
}

/// Whether `text` holds `phrase` as whole words ("Progress" is not in "Progression").
fn shows_as_words(text: &str, phrase: &str) -> bool {
    text.match_indices(phrase).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + phrase.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

#[test]
fn phrases_are_found_as_whole_words_only() {
    assert!(shows_as_words("Your progress: Progress 3", "Progress"));
    assert!(!shows_as_words("Progression 3", "Progress"));
}

#[tokio::test(flavor = "current_thread")]
async fn every_view_speaks_french_and_chinese_and_passes_axe() {
    let Some(session) = start().await else { return };
    let client = &session.client;
    let axe = axe_source();
    let mut problems = Vec::new();
    for (lang, code) in [(Lang::Fr, "fr"), (Lang::Zh, "zh")] {
        for width in [1440, 360] {
            client.set_window_size(width, 900).await.expect("resizing the window");
            client.goto(&session.server.url).await.unwrap();
            find(client, "#open-demo").await;
            choose_language(client, code).await;
            // The choice survives a reload.
            client.refresh().await.unwrap();
            find(client, "#open-demo").await;
            assert_eq!(script(client, "return document.documentElement.lang;").await.as_str(), Some(code));
            let heading = i18n::text(lang, "your-assessments");
            let body = script(client, "return document.body.innerText;").await;
            assert!(body.as_str().unwrap_or_default().contains(&heading), "the home page shows “{heading}”");

            let views: [(&str, &str); 3] =
                [("home", "#open-demo"), ("new-assessment", "#new-facility"), ("walkthrough", "#verdict")];
            for (view, ready) in views {
                match view {
                    "new-assessment" => find(client, "#open-demo").await.click().await.unwrap(),
                    "walkthrough" => {
                        find(client, "#new-facility").await.send_keys("Dépôt Est").await.unwrap();
                        find(client, "#create-assessment").await.click().await.unwrap();
                    }
                    _ => {}
                }
                find(client, ready).await;
                if view == "walkthrough" {
                    // The demo criteria are translated: shown in the chosen language, tagged with
                    // it, and none is marked untranslated.
                    let tagged = script(
                        client,
                        "return [document.querySelector('p.requirement').lang, \
                         document.querySelectorAll('.untranslated').length];",
                    )
                    .await;
                    assert_eq!(tagged, serde_json::json!([code, 0]), "the requirements' language in {code}");
                }
                problems.extend(english_on_screen(client, lang, view).await);
                problems.extend(
                    audit(client, &axe).await.into_iter().map(|v| format!("{view} in {code} @ {width}px: {v}")),
                );
                screenshot(client, &format!("{view}-{code}-{width}.png")).await;
            }
            find(client, "#home").await.click().await.unwrap();
        }
    }
    assert!(problems.is_empty(), "English or accessibility problems:\n{}", problems.join("\n"));
    session.close().await;
}

/// A criteria file without the chosen language: its texts show in the file's default language,
/// tagged with it and marked; in a language it has, they show in that language, unmarked.
#[tokio::test(flavor = "current_thread")]
async fn criteria_texts_fall_back_visibly_to_the_files_language() {
    let Some(session) = start().await else { return };
    let client = &session.client;
    // small.yaml has English and French texts, no Chinese.
    let small = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/criteria/small.yaml");
    client.goto(&session.server.url).await.unwrap();
    find(client, "#open-demo").await;
    choose_language(client, "zh").await;
    find(client, "#criteria-file").await.send_keys(small).await.unwrap();
    find(client, "#create-assessment").await.click().await.unwrap();
    let requirement = find(client, "#criterion-ORG-01 .requirement").await;
    let shown = script(
        client,
        "const p = document.querySelector('#criterion-ORG-01 .requirement');
         return [p.lang, p.querySelector('.untranslated') ? p.querySelector('.untranslated').textContent : ''];",
    )
    .await;
    assert_eq!(shown, serde_json::json!(["en", "EN"]), "an untranslated text is tagged and marked");
    assert!(requirement.text().await.unwrap().starts_with("A security officer is appointed."));
    screenshot(client, "fallback-zh-1440.png").await;

    choose_language(client, "fr").await;
    let requirement = find(client, "#criterion-ORG-01 .requirement").await;
    assert!(requirement.text().await.unwrap().starts_with("Un responsable de la sûreté est nommé."));
    let marked = script(client, "return document.querySelectorAll('.untranslated').length;").await;
    assert_eq!(marked, 0, "a translated text is not marked");
    session.close().await;
}

/// The report made in the browser speaks the app's language: in French and in Chinese its
/// headings, its verdict and the criteria texts are in that language (read back with
/// pdftotext), and the app's own check of the PDF (the verify view) matches, in that language
/// and without English, and passes axe.
#[tokio::test(flavor = "current_thread")]
async fn a_report_made_in_french_or_chinese_speaks_it_and_verifies() {
    let Some(session) = start().await else { return };
    let client = &session.client;
    let axe = axe_source();
    let scratch = crate::browser::TempDir::new("report-languages");
    let mut problems = Vec::new();
    for (lang, code) in [(Lang::Fr, "fr"), (Lang::Zh, "zh")] {
        client.goto(&session.server.url).await.unwrap();
        find(client, "#open-demo").await;
        choose_language(client, code).await;
        crate::browser::new_assessment(client, "demo", "Dépôt Est").await;
        // The report's language starts as the app's.
        let chosen = script(client, "return document.querySelector('#report-language').value;").await;
        assert_eq!(chosen.as_str(), Some(code), "the report language follows the app's");
        find(client, "#pdf").await.click().await.unwrap();
        let pdf = crate::browser::downloaded(&session.downloads, "demo-gap-report.pdf").await;
        let path = scratch.0.join(format!("{code}.pdf"));
        std::fs::write(&path, &pdf).unwrap();
        let _ = std::fs::remove_file(session.downloads.join("demo-gap-report.pdf"));
        let output = std::process::Command::new("pdftotext").arg(&path).arg("-").output().expect("pdftotext");
        let text: String = String::from_utf8_lossy(&output.stdout).split_whitespace().collect::<Vec<_>>().join(" ");
        let demo = certready::model::parse_questionnaire(
            &std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/questionnaires/demo.yaml")).unwrap(),
        )
        .0
        .expect("the demo is valid");
        let expected = [
            i18n::text(lang, "report-executive-summary"),
            i18n::text(lang, "report-gap-register"),
            i18n::text(lang, "status-incomplete").to_uppercase(),
            demo.title.get(code).to_owned(),
            demo.criteria[0].text.get(code).split_whitespace().take(4).collect::<Vec<_>>().join(" "),
        ];
        for wanted in expected {
            let squeezed = |t: &str| t.split_whitespace().collect::<String>();
            assert!(squeezed(&text).contains(&squeezed(&wanted)), "the {code} report lacks “{wanted}”");
        }
        assert!(!text.contains("Executive summary") && !text.contains("Gap register"), "English in the {code} report");

        // The verify view, in the same language.
        find(client, "#home").await.click().await.unwrap();
        find(client, "#verify-file").await.send_keys(&path.display().to_string()).await.unwrap();
        let matches = i18n::text(lang, "verify-matches");
        let shown = crate::browser::text_until(client, "#verify-result", |t| t.contains(&matches)).await;
        assert!(shown.contains(&matches), "{shown}");
        for width in [1440, 360] {
            client.set_window_size(width, 900).await.expect("resizing the window");
            problems.extend(english_on_screen(client, lang, "verify").await);
            problems
                .extend(audit(client, &axe).await.into_iter().map(|v| format!("verify in {code} @ {width}px: {v}")));
            screenshot(client, &format!("verify-{code}-{width}.png")).await;
        }
    }
    assert!(problems.is_empty(), "English or accessibility problems:\n{}", problems.join("\n"));
    session.close().await;
}
