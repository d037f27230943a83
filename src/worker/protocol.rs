//! The messages between the page and the PDF worker. A message is a JS array: a JSON header
//! (one of the serde types below), then the byte payloads as `Uint8Array`s, whose buffers are
//! transferred to the other side rather than copied.

use js_sys::{Array, Uint8Array};
use serde::{de::DeserializeOwned, Deserialize, Serialize};

use crate::report::TextFormat;
use wasm_bindgen::{JsCast, JsValue};

/// What the page asks of the worker.
#[derive(Debug, Serialize, Deserialize)]
pub enum Job {
    /// The gap report of the payloads (the criteria file, the assessment file) as made at
    /// `generated` (seconds since 1970; the worker reads no clock), in `languages` (the
    /// report's words in the first, the criteria texts in each; `report --lang`): the PDF, or
    /// `format` (HTML, CSV, JSON) when given.
    Report { generated: i64, languages: Vec<String>, format: Option<TextFormat> },
    /// Check the payload, a PDF, against the files it carries; the outcome worded in `language`
    /// (the app's).
    Verify { language: String },
}

/// Where a job is, for the page to show.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Stage {
    /// Parsing the files, scoring, building the report.
    Reading,
    /// Fetching the fonts (the fallback font too, when the text needs it).
    Fonts,
    /// Laying the pages out and writing the PDF.
    Rendering,
}

/// What the worker answers: `Ready` once when it starts, `Progress` during a job, then one of
/// the others.
#[derive(Debug, Serialize, Deserialize)]
pub enum Reply {
    Ready,
    Progress(Stage),
    /// The report's PDF (the payload), and the characters no font has.
    Report {
        uncovered: Vec<char>,
    },
    Verified(Checked),
    Failed(String),
}

/// A verification, worded for the page.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Checked {
    pub matches: bool,
    pub differences: Vec<String>,
    /// RFC 3339.
    pub generated: String,
    pub made_by: String,
    pub criteria_sha256: String,
    pub assessment_sha256: String,
}

/// The message for `header` and `payloads`, and the buffers to transfer with it.
pub fn encode<T: Serialize>(header: &T, payloads: &[&[u8]]) -> (Array, Array) {
    let message = Array::new();
    let transfer = Array::new();
    // Serialising these plain enums cannot fail.
    message.push(&JsValue::from_str(&serde_json::to_string(header).unwrap_or_default()));
    for payload in payloads {
        let bytes = Uint8Array::from(*payload);
        transfer.push(&bytes.buffer());
        message.push(&bytes);
    }
    (message, transfer)
}

/// The header and payloads of a message made by [`encode`].
pub fn decode<T: DeserializeOwned>(message: &JsValue) -> Result<(T, Vec<Vec<u8>>), String> {
    let parts: &Array = message.dyn_ref().ok_or("not a certready worker message")?;
    let header = parts.get(0).as_string().ok_or("a message without a header")?;
    let header = serde_json::from_str(&header).map_err(|error| format!("an unknown message: {error}"))?;
    let payloads = parts.iter().skip(1).map(|part| Uint8Array::new(&part).to_vec()).collect();
    Ok((header, payloads))
}
