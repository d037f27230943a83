//! "Verify a report", for auditors: a certready PDF dropped here is checked in the browser,
//! exactly as `certready verify` does: its attached files are scored again, the report rebuilt
//! and compared page by page. Nothing is uploaded.

use leptos::prelude::*;

use crate::ui::browser;
use crate::ui::components::dropzone::DropZone;
use crate::ui::pdf_worker::{self, Failure};
use crate::ui::strings;
use crate::worker::protocol::{Checked, Job, Reply};

/// What the last file checked gave.
#[derive(Clone)]
enum Outcome {
    Checking(String),
    Checked { file: String, matches: bool, differences: Vec<String>, details: Vec<(String, String)> },
    Unchecked { file: String, reason: String },
}

#[component]
pub fn VerifyReport() -> impl IntoView {
    let outcome: RwSignal<Option<Outcome>> = RwSignal::new(None);
    let on_file = Callback::new(move |file: web_sys::File| {
        let name = file.name();
        outcome.set(Some(Outcome::Checking(name.clone())));
        leptos::task::spawn_local(async move {
            let result = check(&file).await;
            outcome.set(Some(match result {
                Ok(verification) => checked(name, verification),
                Err(reason) => Outcome::Unchecked { file: name, reason },
            }));
        });
    });
    view! {
        <DropZone
            id="verify-drop"
            input_id="verify-file"
            title=strings::verify_title()
            help=strings::verify_help()
            choose=strings::verify_choose()
            accept=".pdf,application/pdf"
            on_file
        >
            <div id="verify-result" aria-live="polite">{move || outcome.get().map(view_outcome)}</div>
        </DropZone>
    }
}

/// The file checked by the PDF worker, as `certready verify` checks it.
async fn check(file: &web_sys::File) -> Result<Checked, String> {
    let bytes = browser::read_file(file).await?;
    let job = Job::Verify { language: strings::lang().code().to_owned() };
    match pdf_worker::run(&job, &[&bytes], |_| ()).await {
        Ok((Reply::Verified(checked), _)) => Ok(checked),
        Ok((Reply::Failed(reason), _)) => Err(reason),
        Ok((other, _)) => Err(strings::pdf_engine_stopped(&format!("{other:?}"))),
        Err(Failure::Cancelled) => Err(strings::pdf_cancelled()),
        Err(Failure::Failed(reason)) => Err(reason),
    }
}

fn checked(file: String, checked: Checked) -> Outcome {
    Outcome::Checked {
        file,
        matches: checked.matches,
        differences: checked.differences,
        details: vec![
            (strings::verify_generated(), checked.generated),
            (strings::verify_made_by(), checked.made_by),
            (strings::verify_criteria(), checked.criteria_sha256),
            (strings::verify_assessment(), checked.assessment_sha256),
        ],
    }
}

fn view_outcome(outcome: Outcome) -> AnyView {
    match outcome {
        Outcome::Checking(file) => view! { <p>{strings::verifying(&file)}</p> }.into_any(),
        Outcome::Unchecked { file, reason } => {
            view! { <p class="problem" role="alert">{strings::verify_impossible(&file, &reason)}</p> }.into_any()
        }
        Outcome::Checked { file, matches, differences, details } => view! {
            <div class=if matches { "info" } else { "problem" } role=if matches { "status" } else { "alert" }>
                <p>
                    <strong>{if matches { strings::verify_matches() } else { strings::verify_differs() }}</strong>
                    " " {strings::verified(&file, matches)}
                </p>
                <ul>{differences.into_iter().map(|d| view! { <li>{d}</li> }).collect_view()}</ul>
                <dl class="verify-details">
                    {details
                        .into_iter()
                        .map(|(label, value)| view! { <dt>{label}</dt> <dd><code>{value}</code></dd> })
                        .collect_view()}
                </dl>
            </div>
        }
        .into_any(),
    }
}
