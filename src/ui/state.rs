//! The app's one state, provided by context: the criteria files on offer, the open assessment
//! and its questionnaire, the live scorecard derived from them, what the walk-through shows,
//! the undo history, and what the person must be told.
//!
//! Every change to the assessment goes through [`AppState::edit`], which stamps it and keeps
//! what it replaced for [`AppState::undo`]; it is written to local storage as soon as the frame
//! showing it is painted (writing 1,000 answers takes longer than a frame), and at once when
//! the page is hidden or left, the assessment closed, or another tab writes: a reload loses
//! nothing. When storage fails (quota, private mode) the person sees it and is
//! offered an export. Other tabs of the same browser may hold the same assessment: a change
//! saved there is taken over here at once (undoably), and a save that would overwrite a copy
//! changed elsewhere is held back until the person chooses ([`Conflict`]). The open assessment is named in the address (`#assessment/<id>`), so a
//! reload, Back and a bookmark return to it.

use std::sync::Arc;

use leptos::prelude::*;

use super::browser;
use crate::diag::Diagnostic;
use crate::model::{parse_assessment, Assessment, Questionnaire};
use crate::scoring::{score, Scorecard};
use crate::ui::catalog::{self, Offered};
use crate::ui::saved;
use crate::ui::strings;
use crate::worklist::Filter;

const ROUTE_PREFIX: &str = "assessment/";
/// Undo keeps this many changes.
const UNDO_DEPTH: usize = 200;
/// Typing in the same field within this many milliseconds of the last key is one change.
const COALESCE_MS: f64 = 1500.0;

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

/// Why this tab stopped saving: since it last read or wrote the saved copy of the open
/// assessment, another tab or window changed or deleted that copy, and this tab has changes of
/// its own. Nothing is written until the person chooses ([`AppState::resolve_conflict`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Conflict {
    ChangedElsewhere,
    DeletedElsewhere,
}

/// One undoable change: what it was, and the assessment before it.
#[derive(Clone)]
pub struct Change {
    pub label: String,
    typing: bool,
    before: Assessment,
    at: f64,
}

#[derive(Clone, Copy)]
pub struct AppState {
    pub catalog: RwSignal<Vec<Offered>>,
    /// Set once every offered criteria file has been loaded.
    pub catalog_ready: RwSignal<bool>,
    pub questionnaire: RwSignal<Option<Arc<Questionnaire>>>,
    /// The local id of the open assessment.
    pub open_id: RwSignal<Option<String>>,
    pub assessment: RwSignal<Assessment>,
    pub scorecard: Memo<Option<Arc<Scorecard>>>,
    /// Index of the top-level section on screen (when no filter or search is active).
    pub section: RwSignal<usize>,
    pub filter: RwSignal<Filter>,
    pub search: RwSignal<String>,
    /// The criterion "next unanswered" last went to.
    pub last_visited: RwSignal<Option<usize>>,
    pub history: RwSignal<Vec<Change>>,
    pub notice: RwSignal<Option<Notice>>,
    /// Set while saving to local storage fails; cleared by the next successful save.
    pub storage_problem: RwSignal<Option<String>>,
    pub conflict: RwSignal<Option<Conflict>>,
    /// The saved copy of the open assessment as this tab last read or wrote it: a different
    /// copy in storage was written by another tab.
    saved_text: StoredValue<Option<String>>,
    /// Set from a change of the open assessment until it is written ([`AppState::write_now`]).
    unsaved: StoredValue<bool>,
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
            catalog: RwSignal::new(Vec::new()),
            catalog_ready: RwSignal::new(false),
            questionnaire,
            open_id: RwSignal::new(None),
            assessment,
            scorecard,
            section: RwSignal::new(0),
            filter: RwSignal::new(Filter::All),
            search: RwSignal::new(String::new()),
            last_visited: RwSignal::new(None),
            history: RwSignal::new(Vec::new()),
            notice: RwSignal::new(None),
            storage_problem: RwSignal::new(None),
            conflict: RwSignal::new(None),
            saved_text: StoredValue::new(None),
            unsaved: StoredValue::new(false),
        };
        state.autosave();
        state.follow_address();
        state.follow_other_tabs();
        state
    }

    /// Applies a change to the assessment, stamps it, and keeps the assessment before it for
    /// undo.
    pub fn edit(&self, label: String, change: impl FnOnce(&mut Assessment)) {
        self.apply(label, false, change);
    }

    /// Like [`AppState::edit`] for typing: successive edits of the same field in quick
    /// succession are one change for undo.
    pub fn edit_text(&self, label: String, change: impl FnOnce(&mut Assessment)) {
        self.apply(label, true, change);
    }

    fn apply(&self, label: String, typing: bool, change: impl FnOnce(&mut Assessment)) {
        self.remember(label, typing);
        let stamp = browser::now().rfc3339();
        self.assessment.update(|assessment| {
            change(assessment);
            assessment.updated = Some(stamp);
        });
    }

    /// Replaces the whole assessment with a file's, as the file has it (no new time stamp: an
    /// imported file exports byte for byte as it came); undoable.
    fn replace(&self, label: String, assessment: Assessment) {
        self.remember(label, false);
        self.assessment.set(assessment);
    }

    /// Keeps the assessment as it is now for undo, labelled with the change about to happen.
    fn remember(&self, label: String, typing: bool) {
        let now = browser::now_millis();
        let before = self.assessment.get_untracked();
        self.history.update(|history| match history.last_mut() {
            Some(last) if typing && last.typing && last.label == label && now - last.at < COALESCE_MS => last.at = now,
            _ => {
                history.push(Change { label, typing, before, at: now });
                if history.len() > UNDO_DEPTH {
                    history.remove(0);
                }
            }
        });
    }

    /// Restores the assessment as it was before the last change.
    pub fn undo(&self) {
        let Some(change) = self.history.try_update(Vec::pop).flatten() else { return };
        self.assessment.set(change.before);
        self.notice.set(Some(Notice::Info(strings::undone(&change.label))));
    }

    /// Opens the saved assessment `id` with its questionnaire, and names it in the address.
    /// Refuses (with a notice, the saved text untouched) when its criteria file is not on
    /// offer, is another version, or the text does not fit it.
    pub fn open(&self, id: &str) {
        self.write_now();
        let text = match saved::load(id) {
            Ok(Some(text)) => text,
            Ok(None) => return self.refuse(Notice::Problem(strings::unknown_assessment(id))),
            Err(problem) => return self.refuse(Notice::Problem(problem)),
        };
        let name = saved::name_of(id, None);
        let target = serde_yaml::from_str::<Assessment>(&text).ok().map(|a| a.questionnaire);
        let offered = target
            .as_ref()
            .and_then(|target| catalog::find(&self.catalog.get_untracked(), &target.id, &target.version));
        let Some(questionnaire) = offered else {
            let problem = if target.is_none() { strings::unreadable_save() } else { strings::criteria_unavailable() };
            return self.refuse(Notice::Problem(problem.to_owned()));
        };
        if let Some(target) = target.filter(|t| t.version != questionnaire.version) {
            return self.refuse(Notice::Problem(strings::wrong_version(
                &name,
                &target.version,
                &questionnaire.version,
            )));
        }
        match parse_assessment(text.as_bytes(), &questionnaire) {
            (Some(assessment), _) => {
                self.saved_text.set_value(Some(text));
                self.conflict.set(None);
                self.history.set(Vec::new());
                self.section.set(0);
                self.filter.set(Filter::All);
                self.search.set(String::new());
                self.last_visited.set(None);
                self.assessment.set(assessment);
                self.questionnaire.set(Some(questionnaire));
                self.open_id.set(Some(id.to_owned()));
                let route = format!("{ROUTE_PREFIX}{id}");
                if browser::hash() != route {
                    browser::set_hash(&route);
                }
            }
            (None, diagnostics) => self.refuse(Notice::Refused { file: name, source: text, diagnostics }),
        }
    }

    /// Back to the home page: shows `notice` there and clears the address.
    fn refuse(&self, notice: Notice) {
        self.close();
        self.notice.set(Some(notice));
    }

    /// Closes the open assessment (it is saved already) and shows the home page.
    pub fn close(&self) {
        self.write_now();
        self.open_id.set(None);
        self.questionnaire.set(None);
        self.history.set(Vec::new());
        self.conflict.set(None);
        self.saved_text.set_value(None);
        if !browser::hash().is_empty() {
            browser::set_hash("");
        }
    }

    /// Creates an assessment of `questionnaire` for `subject`, saves it and opens it.
    pub fn create(&self, questionnaire: &Questionnaire, name: &str, fill: impl FnOnce(&mut Assessment)) {
        let mut assessment = Assessment::new(questionnaire);
        let now = browser::now().rfc3339();
        assessment.created = Some(now.clone());
        assessment.updated = Some(now);
        fill(&mut assessment);
        match saved::create(&assessment, name) {
            Ok(id) => self.open(&id),
            Err(problem) => self.notice.set(Some(Notice::Problem(strings::storage_failed(&problem)))),
        }
    }

    /// Replaces the open assessment with an imported file, if it is valid for the open
    /// questionnaire (same id and version); undoable.
    pub fn import(&self, file_name: &str, bytes: &[u8]) {
        let Some(questionnaire) = self.questionnaire.get_untracked() else { return };
        match parse_assessment(bytes, &questionnaire) {
            (Some(imported), warnings) => {
                let answers = imported.answers.len();
                self.replace(strings::change_import(file_name), imported);
                self.notice.set(Some(Notice::Info(strings::imported(file_name, answers, warnings.len()))));
            }
            (None, diagnostics) => self.notice.set(Some(Notice::refused(file_name, bytes, diagnostics))),
        }
    }

    /// Downloads the open assessment as it is in memory (which local storage may not hold).
    pub fn export(&self) {
        let (text, file) =
            self.assessment.with_untracked(|a| (a.to_yaml(), format!("{}-assessment.yaml", a.questionnaire.id)));
        self.notice.set(Some(match browser::download(text.as_bytes(), &file, "application/yaml") {
            Ok(()) => Notice::Info(strings::exported(&file)),
            Err(problem) => Notice::Problem(strings::export_failed(&problem)),
        }));
    }

    /// Ends a [`Conflict`]: loads the copy saved elsewhere (undoably), or, with `keep_mine`,
    /// saves this tab's version over it.
    pub fn resolve_conflict(&self, keep_mine: bool) {
        let Some(id) = self.open_id.get_untracked() else { return };
        let stored = match saved::load(&id) {
            Ok(stored) => stored,
            Err(problem) => return self.storage_problem.set(Some(problem)),
        };
        self.conflict.set(None);
        self.saved_text.set_value(stored.clone());
        match stored {
            Some(theirs) if !keep_mine => self.adopt(theirs),
            _ => self.save(&id, self.assessment.with_untracked(Assessment::to_yaml)),
        }
    }

    /// Saves every change: after the next paint, or sooner through [`AppState::write_now`].
    /// Nothing is written until an assessment is open and the assessment in memory belongs to
    /// its questionnaire.
    fn autosave(&self) {
        let state = *self;
        Effect::new(move |_| {
            state.open_id.track();
            state.questionnaire.track();
            state.assessment.track();
            if !state.unsaved.get_value() {
                state.unsaved.set_value(true);
                browser::after_next_paint(move || state.write_now());
            }
        });
        browser::on_leaving(move || state.write_now());
    }

    /// Writes the open assessment if it changed since it was last written.
    fn write_now(&self) {
        if !self.unsaved.get_value() {
            return;
        }
        self.unsaved.set_value(false);
        let (Some(id), Some(questionnaire)) = (self.open_id.get_untracked(), self.questionnaire.get_untracked()) else {
            return;
        };
        let text = self.assessment.with_untracked(|a| (a.questionnaire.id == questionnaire.id).then(|| a.to_yaml()));
        if let Some(text) = text {
            self.save(&id, text);
        }
    }

    /// Writes `text` as the saved copy of `id`, unless another tab changed that copy since this
    /// tab last read or wrote it: then nothing is written and the person is asked.
    fn save(&self, id: &str, text: String) {
        if self.conflict.get_untracked().is_some() {
            return;
        }
        let result = saved::load(id).and_then(|stored| {
            if stored.as_deref() == Some(text.as_str()) {
                Ok(())
            } else if stored != self.saved_text.get_value() {
                let conflict = if stored.is_some() { Conflict::ChangedElsewhere } else { Conflict::DeletedElsewhere };
                self.conflict.set(Some(conflict));
                Ok(())
            } else {
                saved::store(id, &text)
            }
        });
        match result {
            Ok(()) if self.conflict.get_untracked().is_none() => {
                self.saved_text.set_value(Some(text));
                if self.storage_problem.get_untracked().is_some() {
                    self.storage_problem.set(None);
                }
            }
            Ok(()) => {}
            Err(problem) => self.storage_problem.set(Some(problem)),
        }
    }

    /// Takes over what another tab saved of the open assessment: at once, undoably, when this
    /// tab can (it saves every change, so it has nothing unsaved); else it is a [`Conflict`].
    fn follow_other_tabs(&self) {
        let state = *self;
        browser::on_storage_change(move |key, value| {
            // A change of ours not yet written would be overwritten unseen: written now, it is
            // a conflict the person resolves.
            state.write_now();
            let Some(id) = state.open_id.get_untracked() else { return };
            // An empty key: storage was cleared.
            let ours = key.is_empty() || key == saved::key(&id);
            if !ours || value == state.saved_text.get_value() || state.conflict.get_untracked().is_some() {
                return;
            }
            match value {
                Some(theirs) => state.adopt(theirs),
                None => state.conflict.set(Some(Conflict::DeletedElsewhere)),
            }
        });
    }

    /// Makes `theirs`, the saved copy written elsewhere, this tab's assessment (undoably).
    fn adopt(&self, theirs: String) {
        let Some(questionnaire) = self.questionnaire.get_untracked() else { return };
        match parse_assessment(theirs.as_bytes(), &questionnaire) {
            (Some(assessment), _) => {
                self.saved_text.set_value(Some(theirs));
                self.replace(strings::change_elsewhere(), assessment);
                self.notice.set(Some(Notice::Info(strings::updated_elsewhere())));
            }
            (None, _) => self.conflict.set(Some(Conflict::ChangedElsewhere)),
        }
    }

    /// Opens the assessment the address names once the catalog is loaded, and again whenever
    /// the address changes (Back, Forward); an empty address shows the home page.
    fn follow_address(&self) {
        let state = *self;
        let route = move || {
            let hash = browser::hash();
            match hash.strip_prefix(ROUTE_PREFIX) {
                Some(id) if state.open_id.get_untracked().as_deref() != Some(id) => state.open(id),
                Some(_) => {}
                None if state.open_id.get_untracked().is_some() => state.close(),
                None => {}
            }
        };
        Effect::new(move |_| {
            if state.catalog_ready.get() {
                route();
            }
        });
        browser::on_hash_change(move || {
            if state.catalog_ready.get_untracked() {
                route();
            }
        });
    }
}
