//! The operator's assessments saved in this browser: each under its own local-storage key,
//! `certready/assessment/<id>`, holding the assessment file's own YAML (so the saved text is
//! always a valid export), with its display name beside it under `certready/assessment-name/<id>`.

use crate::model::Assessment;
use crate::ui::browser;
use crate::ui::strings;

const ASSESSMENT_PREFIX: &str = "certready/assessment/";
const NAME_PREFIX: &str = "certready/assessment-name/";

/// One saved assessment, as listed on the home page.
#[derive(Clone, PartialEq)]
pub struct Saved {
    pub id: String,
    pub name: String,
    pub text: String,
    /// `None` when the saved text is not an assessment file (it is still listed, to export).
    pub assessment: Option<Assessment>,
}

pub fn key(id: &str) -> String {
    format!("{ASSESSMENT_PREFIX}{id}")
}

/// Every saved assessment, the most recently changed first.
pub fn list() -> Result<Vec<Saved>, String> {
    let mut saved = Vec::new();
    for key in browser::keys_with_prefix(ASSESSMENT_PREFIX)? {
        let id = key[ASSESSMENT_PREFIX.len()..].to_owned();
        let Some(text) = browser::load(&key)? else { continue };
        let assessment = serde_yaml::from_str::<Assessment>(&text).ok();
        let name = name_of(&id, assessment.as_ref());
        saved.push(Saved { id, name, text, assessment });
    }
    saved.sort_by(|a, b| {
        let updated = |s: &Saved| s.assessment.as_ref().and_then(|a| a.updated.clone().or(a.created.clone()));
        updated(b).cmp(&updated(a)).then_with(|| a.name.cmp(&b.name))
    });
    Ok(saved)
}

/// The saved text of an assessment.
pub fn load(id: &str) -> Result<Option<String>, String> {
    browser::load(&key(id))
}

/// Saves an assessment file's text (see [`Assessment::to_yaml`]) as assessment `id`.
pub fn store(id: &str, text: &str) -> Result<(), String> {
    browser::save(&key(id), text)
}

/// The name given to the assessment, or one made from what it assesses.
pub fn name_of(id: &str, assessment: Option<&Assessment>) -> String {
    if let Ok(Some(name)) = browser::load(&format!("{NAME_PREFIX}{id}")) {
        if !name.trim().is_empty() {
            return name;
        }
    }
    let Some(assessment) = assessment else { return strings::untitled() };
    let subject = &assessment.subject;
    [&subject.facility, &subject.organisation]
        .into_iter()
        .find(|part| !part.trim().is_empty())
        .cloned()
        .unwrap_or_else(strings::untitled)
}

pub fn rename(id: &str, name: &str) -> Result<(), String> {
    browser::save(&format!("{NAME_PREFIX}{id}"), name.trim())
}

pub fn delete(id: &str) -> Result<(), String> {
    browser::remove(&key(id))?;
    browser::remove(&format!("{NAME_PREFIX}{id}"))
}

/// Saves a new assessment under a fresh id, named `name`; returns the id.
pub fn create(assessment: &Assessment, name: &str) -> Result<String, String> {
    let id = fresh_id();
    store(&id, &assessment.to_yaml())?;
    if !name.trim().is_empty() {
        if let Err(problem) = rename(&id, name) {
            let _ = delete(&id);
            return Err(problem);
        }
    }
    Ok(id)
}

/// Copies a saved assessment's text under a fresh id, named "… (copy)"; returns the id.
pub fn duplicate(original: &Saved) -> Result<String, String> {
    let id = fresh_id();
    store(&id, &original.text)?;
    rename(&id, &strings::copy_of(&original.name))?;
    Ok(id)
}

/// A new assessment id: the time in base 36 and a random suffix, unique in one browser.
fn fresh_id() -> String {
    let mut n = browser::now_millis() as u64;
    let mut id = String::new();
    while n > 0 {
        id.insert(0, char::from_digit((n % 36) as u32, 36).unwrap_or('0'));
        n /= 36;
    }
    format!("a{id}-{:04x}", browser::random_u16())
}
