//! The page's side of the PDF worker (`crate::worker`): started once the walk-through is on
//! screen, or on first use, or when the pointer or focus reaches the PDF button; kept for the
//! next job, one job at a time. Progress
//! arrives as [`Stage`]s; [`cancel`] terminates the worker (a running wasm call cannot be
//! interrupted otherwise), and the next job starts a fresh one. A worker that fails to start or
//! dies mid-job fails the job with the reason and is replaced next time.

use std::cell::RefCell;

use js_sys::{Function, Promise};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{ErrorEvent, MessageEvent, Worker};

use crate::ui::strings;
use crate::worker::protocol::{self, Job, Reply, Stage};
use crate::worker::SCRIPT;

/// Why a job gave no answer.
pub enum Failure {
    Cancelled,
    Failed(String),
}

/// The worker's message and error handlers.
type Handlers = (Closure<dyn FnMut(MessageEvent)>, Closure<dyn FnMut(ErrorEvent)>);

/// The worker, and its event handlers (kept alive with it).
struct Running {
    worker: Worker,
    /// Settles when the worker has said it is ready (messages sent before would be lost).
    ready: Promise,
    handlers: Option<Handlers>,
    /// Rejects the promise of the job in progress.
    reject: Option<Function>,
}

thread_local! {
    static RUNNING: RefCell<Option<Running>> = const { RefCell::new(None) };
}

const CANCELLED: &str = "certready: cancelled";

/// Starts the worker if it is not running, so that the first job does not wait for it.
pub fn warm_up() {
    if RUNNING.with_borrow(Option::is_none) {
        wasm_bindgen_futures::spawn_local(async {
            let _ = worker().await;
        });
    }
}

/// Stops the job in progress, if any: it fails with [`Failure::Cancelled`].
pub fn cancel() {
    if let Some(running) = RUNNING.take() {
        running.worker.terminate();
        if let Some(reject) = running.reject {
            let _ = reject.call1(&JsValue::NULL, &JsValue::from_str(CANCELLED));
        }
    }
}

/// Runs `job` on `payloads`, calling `on_progress` at each stage; the final reply and its payload.
pub async fn run(
    job: &Job,
    payloads: &[&[u8]],
    on_progress: impl Fn(Stage) + 'static,
) -> Result<(Reply, Vec<Vec<u8>>), Failure> {
    let worker = worker().await?;
    let (message, transfer) = protocol::encode(job, payloads);
    let answer = JsFuture::from(next_reply(&worker, Some(Box::new(on_progress))));
    worker.post_message_with_transfer(&message, &transfer).map_err(|error| Failure::Failed(describe(&error)))?;
    let outcome = answer.await;
    RUNNING.with_borrow_mut(|running| running.as_mut().map(|running| running.reject = None));
    match outcome {
        Ok(data) => protocol::decode(&data).map_err(Failure::Failed),
        Err(error) => {
            // A worker that died is not reused (a cancelled one is gone already).
            cancel();
            Err(failure(&error))
        }
    }
}

/// The running worker, started when there is none, once it has said it is ready.
async fn worker() -> Result<Worker, Failure> {
    let running = RUNNING.with_borrow(|running| running.as_ref().map(|r| (r.worker.clone(), r.ready.clone())));
    let (worker, ready) = match running {
        Some(running) => running,
        None => {
            let worker = Worker::new(SCRIPT).map_err(|error| Failure::Failed(describe(&error)))?;
            let ready = Promise::resolve(&JsValue::UNDEFINED);
            RUNNING.set(Some(Running { worker: worker.clone(), ready, handlers: None, reject: None }));
            // Its first message is `Reply::Ready`.
            let ready = next_reply(&worker, None);
            RUNNING.with_borrow_mut(|running| running.as_mut().map(|running| running.ready = ready.clone()));
            (worker, ready)
        }
    };
    JsFuture::from(ready).await.map(|_| worker).map_err(|error| {
        // A worker that never became ready is not reused.
        cancel();
        failure(&error)
    })
}

/// A rejected job or start: cancelled, or the worker's error.
fn failure(error: &JsValue) -> Failure {
    if error.as_string().as_deref() == Some(CANCELLED) {
        Failure::Cancelled
    } else {
        Failure::Failed(describe(error))
    }
}

/// A promise of the worker's next message that is not progress (which goes to `on_progress`),
/// failing when the worker reports an error or is cancelled.
fn next_reply(worker: &Worker, on_progress: Option<Box<dyn Fn(Stage)>>) -> Promise {
    let mut settle = None;
    let promise = Promise::new(&mut |resolve: Function, reject: Function| settle = Some((resolve, reject)));
    // A promise runs its executor at once; this is never taken.
    let Some((resolve, reject)) = settle else { return promise };
    let reject_job = reject.clone();
    let on_error = Closure::<dyn FnMut(ErrorEvent)>::new(move |event: ErrorEvent| {
        event.prevent_default();
        let _ = reject.call1(&JsValue::NULL, &JsValue::from_str(&strings::pdf_engine_stopped(&event.message())));
    });
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
        let data = event.data();
        if let (Some(on_progress), Ok((Reply::Progress(stage), _))) =
            (on_progress.as_ref(), protocol::decode::<Reply>(&data))
        {
            on_progress(stage);
            return;
        }
        let _ = resolve.call1(&JsValue::NULL, &data);
    });
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    RUNNING.with_borrow_mut(|running| {
        if let Some(running) = running.as_mut() {
            running.handlers = Some((on_message, on_error));
            running.reject = Some(reject_job);
        }
    });
    promise
}

fn describe(error: &JsValue) -> String {
    if let Some(error) = error.dyn_ref::<js_sys::Error>() {
        return String::from(error.message());
    }
    error.as_string().unwrap_or_else(|| format!("{error:?}"))
}
