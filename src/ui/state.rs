//! The app's one state, provided by context: the open questionnaire, the assessment being
//! answered, the live scorecard derived from them, and what the person must be told.
//!
//! Every change to the assessment goes through [`AppState::edit`], which stamps it; an Effect
//! writes it to local storage at once, so a reload loses nothing. When storage fails (quota,
//! private mode) the person sees it and is offered an export.

use std::sync::Arc;

use leptos::prelude::*;

use super::browser;
use crate::diag::Diagnostic;
use crate::model::{parse_assessment, Assessment, Questionnaire};
use crate::scoring::{score, Scorecard};

const STORAGE_PREFIX: &str = "certready/assessment/";
/// Criteria files a person opened from disk are kept under this prefix + their id, so that
/// they are still offered after a reload.
pub const OPENED_CRITERIA_PREFIX: &str = "certready/criteria/";

/// The storage key of the assessment of a questionnaire.
pub fn storage_key(questionnaire_id: &str) -> String {
    format!("{STORAGE_PREFIX}{questionnaire_id}")
}

/// A message for the person, shown in the status line (an `aria-live` region).
#[derive(Debug, Clone, PartialEq)]
pub enum Notice {
    Info(String),
    Problem(String),
    /// A file was refused; its located diagnostics are listed, quoting its text.
    Refused {
        file: String,
        source: String,
        diagnostics: Vec<Diagnostic>,
    },
}

impl Notice {
    pub fn refused(file: &str, bytes: &[u8], diagnostics: Vec<Diagnostic>) -> Notice {
        Notice::Refused { file: file.to_owned(), source: String::from_utf8_lossy(bytes).into_owned(), diagnostics }
    }
}

#[derive(Clone, Copy)]
pub struct AppState {
    pub questionnaire: RwSignal<Option<Arc<Questionnaire>>>,
    pub assessment: RwSignal<Assessment>,
    pub scorecard: Memo<Option<Arc<Scorecard>>>,
    /// Index of the top-level section on screen.
    pub section: RwSignal<usize>,
    pub notice: RwSignal<Option<Notice>>,
    /// Set while saving to local storage fails; cleared by the next successful save.
    pub storage_problem: RwSignal<Option<String>>,
}

impl AppState {
    pub fn new() -> AppState {
        let questionnaire: RwSignal<Option<Arc<Questionnaire>>> = RwSignal::new(None);
        let assessment = RwSignal::new(Assessment::default());
        let scorecard = Memo::new(move |_| {
            let questionnaire = questionnaire.get()?;
            Some(Arc::new(assessment.with(|a| score(&questionnaire, a))))
        });
        let state = AppState {
            questionnaire,
            assessment,
            scorecard,
            section: RwSignal::new(0),
            notice: RwSignal::new(None),
            storage_problem: RwSignal::new(None),
        };
        state.autosave();
        state
    }

    /// Applies a change to the assessment and stamps it.
    pub fn edit(&self, change: impl FnOnce(&mut Assessment)) {
        let now = browser::now().rfc3339();
        self.assessment.update(|assessment| {
            change(assessment);
            assessment.updated = Some(now);
        });
    }

    /// Opens `questionnaire` with its saved assessment, or a new one.
    pub fn open(&self, questionnaire: Arc<Questionnaire>) {
        let key = storage_key(&questionnaire.id);
        let assessment = match browser::load(&key) {
            Ok(Some(saved)) => match parse_assessment(saved.as_bytes(), &questionnaire) {
                (Some(assessment), _) => assessment,
                (None, diagnostics) => {
                    // Keep the unreadable save under another key rather than overwrite it.
                    let backup = format!("{key}/unreadable-{}", browser::now().0);
                    let _ = browser::save(&backup, &saved);
                    self.notice.set(Some(Notice::Refused {
                        file: format!("the saved assessment (kept as {backup})"),
                        source: saved.clone(),
                        diagnostics,
                    }));
                    self.fresh(&questionnaire)
                }
            },
            Ok(None) => self.fresh(&questionnaire),
            Err(problem) => {
                self.storage_problem.set(Some(problem));
                self.fresh(&questionnaire)
            }
        };
        self.section.set(0);
        self.assessment.set(assessment);
        self.questionnaire.set(Some(questionnaire));
    }

    fn fresh(&self, questionnaire: &Questionnaire) -> Assessment {
        let mut assessment = Assessment::new(questionnaire);
        assessment.created = Some(browser::now().rfc3339());
        assessment
    }

    /// Replaces the assessment with an imported file, if it is valid for the open questionnaire.
    pub fn import(&self, file_name: &str, bytes: &[u8]) {
        let Some(questionnaire) = self.questionnaire.get_untracked() else { return };
        match parse_assessment(bytes, &questionnaire) {
            (Some(assessment), warnings) => {
                let answered = assessment.answers.len();
                self.assessment.set(assessment);
                let note = if warnings.is_empty() { String::new() } else { format!(" ({} warnings)", warnings.len()) };
                self.notice.set(Some(Notice::Info(format!("Imported {file_name}: {answered} answers{note}."))));
            }
            (None, diagnostics) => {
                self.notice.set(Some(Notice::refused(file_name, bytes, diagnostics)));
            }
        }
    }

    /// Saves every change at once. Nothing is written until a questionnaire is open and the
    /// assessment belongs to it.
    fn autosave(&self) {
        let state = *self;
        Effect::new(move |_| {
            let Some(questionnaire) = state.questionnaire.get() else { return };
            let (id, text) = state.assessment.with(|a| (a.questionnaire.id.clone(), a.to_yaml()));
            if id != questionnaire.id {
                return;
            }
            match browser::save(&storage_key(&id), &text) {
                Ok(()) => {
                    if state.storage_problem.get_untracked().is_some() {
                        state.storage_problem.set(None);
                    }
                }
                Err(problem) => state.storage_problem.set(Some(problem)),
            }
        });
    }
}

/// Whether an assessment of this questionnaire is saved in this browser.
pub fn has_saved_assessment(questionnaire_id: &str) -> bool {
    matches!(browser::load(&storage_key(questionnaire_id)), Ok(Some(_)))
}
