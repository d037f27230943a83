//! The worker's side: answers each job with the core functions. Before it says it is ready it
//! fetches the regular and bold fonts and warms up (a throwaway report); the fallback font is
//! fetched when a report first needs it. Fonts are kept for the worker's next jobs.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use js_sys::Uint8Array;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent, Response};

use super::protocol::{self, Checked, Job, Reply, Stage};
use crate::i18n::Lang;
use crate::model::{parse_questionnaire, Assessment};
use crate::pdf::{self, CannotVerify, Fonts};
use crate::report::{self, Sources, TextFormat};
use crate::time::Timestamp;

const REGULAR_FONT: &str = "fonts/NotoSans-Regular.ttf";
const BOLD_FONT: &str = "fonts/NotoSans-Bold.ttf";
/// 4 MB, for CJK: fetched only for a report whose text needs it (never precached).
const FALLBACK_FONT: &str = "fonts/on-demand/DroidSansFallbackFull.ttf";

/// Listens for jobs, then tells the page it is ready.
pub fn start() {
    console_error_panic_hook::set_once();
    let scope = global();
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(|event: MessageEvent| {
        wasm_bindgen_futures::spawn_local(async move {
            let (reply, payload) = match protocol::decode::<Job>(&event.data()) {
                Ok((Job::Report { generated, languages, format }, payloads)) => {
                    report(Timestamp(generated), &languages, format, payloads).await
                }
                Ok((Job::Verify { language }, payloads)) => {
                    verify(Lang::from_code(&language).unwrap_or(Lang::En), payloads).await
                }
                Err(problem) => (Reply::Failed(problem), None),
            };
            post(&reply, payload.as_deref());
        });
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // The handler lives as long as the worker.
    on_message.forget();
    wasm_bindgen_futures::spawn_local(async {
        // A font that cannot be fetched now is fetched again by the job, which says why.
        if let Ok(fonts) = latin_fonts().await {
            warm_up(&fonts);
        }
        post(&Reply::Ready, None);
    });
}

fn global() -> DedicatedWorkerGlobalScope {
    js_sys::global().unchecked_into()
}

fn post(reply: &Reply, payload: Option<&[u8]>) {
    let (message, transfer) = protocol::encode(reply, payload.as_slice());
    if let Err(error) = global().post_message_with_transfer(&message, &transfer) {
        web_sys::console::error_2(&"certready-pdf: cannot answer".into(), &error);
    }
}

fn progress(stage: Stage) {
    post(&Reply::Progress(stage), None);
}

/// Makes and throws away a report of the bundled demo criteria, every criterion answered and
/// commented. The browser first runs wasm code in a quick baseline tier and optimises the
/// functions that run often; without this, the person's first report would run unoptimised
/// (measured at 1,000 criteria in Chromium: 1.2 s for the first report of a visit, 0.4 s for
/// the next; 0.66 s for the first after this warm-up).
fn warm_up(fonts: &Fonts) {
    const DEMO: &[u8] = include_bytes!("../../questionnaires/demo.yaml");
    let Some(questionnaire) = parse_questionnaire(DEMO).0 else { return };
    let mut answers = Assessment::new(&questionnaire);
    for (index, criterion) in questionnaire.criteria.iter().enumerate() {
        let options = &questionnaire.scale_of(criterion).options;
        if let Some(option) = options.get(index % options.len().max(1)) {
            answers.choose_option(&criterion.id, &option.id);
        }
        answers.set_comment(&criterion.id, "A comment long enough to wrap over several lines of the report's tables.");
    }
    let sources = Sources { criteria: DEMO.to_vec(), assessment: answers.to_yaml().into_bytes() };
    let Some(report) = report::from_sources(&sources, Timestamp(0), None).report else { return };
    for _ in 0..WARM_UP_RENDERS {
        let _ = pdf::render(&report, fonts);
    }
}

/// How many times [`warm_up`] renders its report.
const WARM_UP_RENDERS: usize = 3;

/// The report of the criteria and assessment files, rendered.
async fn report(
    generated: Timestamp,
    languages: &[String],
    format: Option<TextFormat>,
    payloads: Vec<Vec<u8>>,
) -> (Reply, Option<Vec<u8>>) {
    match render_report(generated, languages, format, payloads).await {
        Ok(rendered) => (Reply::Report { uncovered: rendered.uncovered }, Some(rendered.pdf)),
        Err(problem) => (Reply::Failed(problem), None),
    }
}

async fn render_report(
    generated: Timestamp,
    languages: &[String],
    format: Option<TextFormat>,
    payloads: Vec<Vec<u8>>,
) -> Result<pdf::Rendered, String> {
    progress(Stage::Reading);
    let [criteria, assessment]: [Vec<u8>; 2] = payloads.try_into().map_err(|_| "a report needs two files")?;
    // The page sends files it has validated: a refusal here is a bug, reported as such.
    let made = report::from_sources(&Sources { criteria, assessment }, generated, Some(languages));
    if let Some(problem) = made.languages {
        return Err(problem.to_string());
    }
    let report = made.report.ok_or(if made.criteria_refused {
        "the criteria file is not valid"
    } else {
        "the assessment file is not valid"
    })?;
    if let Some(format) = format {
        // The same bytes as `certready report --format`: no fonts, no pages.
        return Ok(pdf::Rendered { pdf: format.write(&report), uncovered: Vec::new() });
    }
    progress(Stage::Fonts);
    let fonts = latin_fonts().await?;
    let fallback: Vec<u8>;
    let mut setter = pdf::Typesetter::new(&fonts).map_err(|e| e.to_string())?;
    if !setter.uncovered(&report).is_empty() {
        // Offline before any report needed it, the fallback is missing: the report is made
        // without it, its characters printed as replacement marks, and the page warns.
        if let Ok(bytes) = font(FALLBACK_FONT).await {
            fallback = bytes;
            setter = setter.with_fallback(&fallback).map_err(|e| e.to_string())?;
        }
    }
    progress(Stage::Rendering);
    setter.render(&report).map_err(|e| e.to_string())
}

async fn verify(lang: Lang, payloads: Vec<Vec<u8>>) -> (Reply, Option<Vec<u8>>) {
    let Some(pdf_bytes) = payloads.first() else { return (Reply::Failed("no PDF was given".into()), None) };
    progress(Stage::Fonts);
    let mut fonts = match latin_fonts().await {
        Ok(fonts) => fonts,
        Err(problem) => return (Reply::Failed(problem), None),
    };
    progress(Stage::Rendering);
    let mut outcome = pdf::verify(pdf_bytes, &fonts);
    if matches!(outcome, Err(CannotVerify::NeedsFallbackFont)) {
        match font(FALLBACK_FONT).await {
            Ok(fallback) => fonts.fallback = Some(fallback),
            Err(problem) => return (Reply::Failed(problem), None),
        }
        outcome = pdf::verify(pdf_bytes, &fonts);
    }
    let reply = match outcome {
        Ok(verification) => Reply::Verified(Checked {
            matches: verification.matches(),
            differences: verification.differences.iter().map(|difference| difference.describe(lang)).collect(),
            generated: verification.generated.rfc3339(),
            made_by: verification.made_by,
            criteria_sha256: verification.criteria_sha256,
            assessment_sha256: verification.assessment_sha256,
        }),
        Err(reason) => Reply::Failed(reason.describe(lang)),
    };
    (reply, None)
}

/// The regular and bold fonts, from the app's own files.
async fn latin_fonts() -> Result<Fonts, String> {
    Ok(Fonts { regular: font(REGULAR_FONT).await?, bold: font(BOLD_FONT).await?, fallback: None })
}

thread_local! {
    /// The font files fetched so far, by path.
    static FETCHED: RefCell<HashMap<&'static str, Rc<[u8]>>> = RefCell::new(HashMap::new());
}

/// One of the app's font files: fetched once, then kept.
async fn font(path: &'static str) -> Result<Vec<u8>, String> {
    if let Some(bytes) = FETCHED.with_borrow(|fetched| fetched.get(path).cloned()) {
        return Ok(bytes.to_vec());
    }
    let bytes = fetch_bytes(path).await?;
    FETCHED.with_borrow_mut(|fetched| fetched.insert(path, bytes.as_slice().into()));
    Ok(bytes)
}

/// One of the app's own files (same origin; the service worker serves it offline).
async fn fetch_bytes(path: &str) -> Result<Vec<u8>, String> {
    let describe = |error: JsValue| error.as_string().unwrap_or_else(|| format!("{error:?}"));
    let response = JsFuture::from(global().fetch_with_str(path)).await.map_err(describe)?;
    let response: Response = response.dyn_into().map_err(describe)?;
    if !response.ok() {
        return Err(format!("{path}: HTTP {}", response.status()));
    }
    let buffer = JsFuture::from(response.array_buffer().map_err(describe)?).await.map_err(describe)?;
    Ok(Uint8Array::new(&buffer).to_vec())
}
