//! The criteria files the app offers, read at run time: those named in
//! `questionnaires/index.txt` (so a scheme owner who hosts the app publishes criteria without
//! rebuilding it), then those a person opened from disk earlier (kept in local storage).

use std::sync::Arc;

use leptos::prelude::*;

use crate::diag::Diagnostic;
use crate::model::{parse_index, parse_questionnaire, Questionnaire};
use crate::ui::browser;
use crate::ui::state::{AppState, Notice};
use crate::ui::strings;

const INDEX: &str = "questionnaires/index.txt";
/// Criteria files a person opened from disk are kept under this prefix + their id, so that
/// they are still offered after a reload.
pub const OPENED_CRITERIA_PREFIX: &str = "certready/criteria/";

/// One criteria file on offer.
#[derive(Clone)]
pub enum Offered {
    /// `source`: the file's bytes, attached to PDF reports.
    Valid {
        questionnaire: Arc<Questionnaire>,
        source: Arc<[u8]>,
        from_disk: bool,
    },
    Invalid {
        file: String,
        source: String,
        diagnostics: Vec<Diagnostic>,
    },
}

impl Offered {
    /// Stable across reloads of the list, so that cards already shown keep their elements.
    pub fn key(&self) -> String {
        match self {
            Offered::Valid { questionnaire, from_disk, .. } => format!("{}/{from_disk}", questionnaire.id),
            Offered::Invalid { file, .. } => file.clone(),
        }
    }

    pub fn parse(file: &str, bytes: &[u8], from_disk: bool) -> Offered {
        match parse_questionnaire(bytes) {
            (Some(questionnaire), _) => {
                Offered::Valid { questionnaire: Arc::new(questionnaire), source: bytes.into(), from_disk }
            }
            (None, diagnostics) => Offered::Invalid {
                file: file.to_owned(),
                source: String::from_utf8_lossy(bytes).into_owned(),
                diagnostics,
            },
        }
    }
}

/// The offered questionnaire with this id, preferring the version `version` when several are
/// offered; any version when none matches.
pub fn find(offered: &[Offered], id: &str, version: &str) -> Option<Arc<Questionnaire>> {
    let candidates = || {
        offered.iter().filter_map(|entry| match entry {
            Offered::Valid { questionnaire, .. } if questionnaire.id == id => Some(questionnaire.clone()),
            _ => None,
        })
    };
    candidates().find(|q| q.version == version).or_else(|| candidates().next())
}

/// The bytes of the offered criteria file that `questionnaire` was read from.
pub fn source_of(offered: &[Offered], questionnaire: &Questionnaire) -> Option<Arc<[u8]>> {
    offered.iter().find_map(|entry| match entry {
        Offered::Valid { questionnaire: q, source, .. } if q.sha256 == questionnaire.sha256 => Some(source.clone()),
        _ => None,
    })
}

/// Loads the index, then every file it names, then the criteria opened from disk earlier,
/// into `state.catalog`; sets `state.catalog_ready` at the end.
pub async fn load(state: AppState) {
    match browser::fetch_bytes(INDEX).await {
        Ok(bytes) => {
            let (files, diagnostics) = parse_index(&String::from_utf8_lossy(&bytes));
            if !diagnostics.is_empty() {
                state.notice.set(Some(Notice::refused(INDEX, &bytes, diagnostics)));
            }
            // Every file is requested at once; each is read, and shown, in the index's order.
            let requests: Vec<_> = files
                .into_iter()
                .map(|file| {
                    let path = format!("questionnaires/{file}");
                    let bytes = browser::fetch_bytes(&path);
                    (path, bytes)
                })
                .collect();
            for (path, bytes) in requests {
                let entry = match bytes.await {
                    Ok(bytes) => Offered::parse(&path, &bytes, false),
                    Err(problem) => Offered::Invalid {
                        file: path,
                        source: String::new(),
                        diagnostics: vec![Diagnostic::error("file-not-found", "", strings::could_not_load(&problem))
                            .with_hint(strings::index_file_missing_hint())],
                    },
                };
                state.catalog.update(|list| list.push(entry));
                // Shows this file's card before reading the next one.
                browser::yield_to_browser().await;
            }
        }
        Err(problem) => state.notice.set(Some(Notice::Problem(strings::index_failed(&problem)))),
    }
    for key in browser::keys_with_prefix(OPENED_CRITERIA_PREFIX).unwrap_or_default() {
        if let Ok(Some(text)) = browser::load(&key) {
            state.catalog.update(|list| list.push(Offered::parse(&key, text.as_bytes(), true)));
        }
    }
    state.catalog_ready.set(true);
}
