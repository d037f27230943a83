//! Checks a report PDF against the files it carries: extracts the attachments and the
//! generation time, checks each attachment against the SHA-256 its description states, scores
//! the assessment again, re-renders the report with the same time and fonts, and compares the
//! page contents (decompressed and parsed) and the document ID. Every printed number, the fingerprints
//! included, is on those pages, so equal pages mean the PDF says what its files give.

use std::fmt;

use lopdf::content::Content;
use lopdf::{Dictionary, Document, LoadOptions, Object};

use super::write::LANGUAGES_KEY;
use super::{Fonts, PdfError, Typesetter, SHA256_LABEL};
use crate::diag::Diagnostic;
use crate::i18n::{self, Args, Lang};
use crate::model::{sha256_hex, MAX_INPUT_BYTES};
use crate::report::{from_sources, Sources};
use crate::time::Timestamp;

/// The outcome for a PDF that could be checked.
#[derive(Debug)]
pub struct Verification {
    pub generated: Timestamp,
    /// The PDF's `/Creator`, e.g. "certready 0.1.0".
    pub made_by: String,
    pub criteria_sha256: String,
    pub assessment_sha256: String,
    /// Empty when the PDF matches its attachments.
    pub differences: Vec<Difference>,
}

impl Verification {
    pub fn matches(&self) -> bool {
        self.differences.is_empty()
    }
}

#[derive(Debug, PartialEq)]
pub enum Difference {
    /// The attachment's bytes do not have the SHA-256 its description states.
    AttachmentChanged {
        name: &'static str,
        /// The SHA-256 the report states for it, if it states one.
        stated: Option<String>,
        actual: String,
    },
    /// The attachment was changed and is no longer a valid file, so the report cannot be rebuilt.
    AttachmentInvalid {
        name: &'static str,
        errors: usize,
    },
    PageCount {
        document: usize,
        rebuilt: usize,
    },
    /// Page numbers (from 1) whose content differs from the rebuilt report's.
    Pages(Vec<usize>),
    /// The document's permanent ID is not the one the attachments and the generation time give.
    DocumentId,
}

impl Difference {
    /// The difference in words of `lang`'s catalog.
    pub fn describe(&self, lang: Lang) -> String {
        let (id, args) = match self {
            Difference::AttachmentChanged { name, stated: Some(stated), actual } => (
                "verify-attachment-changed",
                Args::new().with("name", *name).with("actual", actual.as_str()).with("stated", stated.as_str()),
            ),
            Difference::AttachmentChanged { name, stated: None, actual } => {
                ("verify-attachment-unstated", Args::new().with("name", *name).with("actual", actual.as_str()))
            }
            Difference::AttachmentInvalid { name, errors } => {
                ("verify-attachment-invalid", Args::new().with("name", *name).with("errors", *errors))
            }
            Difference::PageCount { document, rebuilt } => {
                ("verify-page-count", Args::new().with("document", *document).with("rebuilt", *rebuilt))
            }
            Difference::Pages(pages) => {
                let list: Vec<String> = pages.iter().map(usize::to_string).collect();
                ("verify-pages", Args::new().with("count", pages.len()).with("pages", list.join(", ")))
            }
            Difference::DocumentId => ("verify-document-id", Args::new()),
        };
        i18n::message(lang, id, &args)
    }
}

impl fmt::Display for Difference {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.describe(Lang::En))
    }
}

/// Why a PDF could not be checked at all.
#[derive(Debug)]
pub enum CannotVerify {
    Unreadable(String),
    /// No `/Creator` naming certready.
    NotCertready,
    MissingAttachment(&'static str),
    /// No creation date in the form certready writes.
    NoGenerationTime,
    /// The attachment is unchanged but this version of certready does not accept it.
    UnusableAttachment {
        name: &'static str,
        diagnostics: Vec<Diagnostic>,
    },
    /// The report was made with the fallback font (its text needs it) and none was given.
    NeedsFallbackFont,
    /// The report names languages this version of certready cannot write.
    Languages(String),
    Render(PdfError),
}

impl CannotVerify {
    /// Why, in words of `lang`'s catalog. The reader's or the renderer's own message (English,
    /// from a library) is left to [`fmt::Display`], which the CLI prints.
    pub fn describe(&self, lang: Lang) -> String {
        let (id, args) = match self {
            CannotVerify::Unreadable(_) => ("verify-unreadable", Args::new()),
            CannotVerify::NotCertready => ("verify-not-certready", Args::new()),
            CannotVerify::MissingAttachment(name) => ("verify-missing-attachment", Args::new().with("name", *name)),
            CannotVerify::NoGenerationTime => ("verify-no-generation-time", Args::new()),
            CannotVerify::UnusableAttachment { name, diagnostics } => {
                let errors = diagnostics.iter().filter(|d| d.is_error()).count();
                ("verify-unusable-attachment", Args::new().with("name", *name).with("errors", errors))
            }
            CannotVerify::NeedsFallbackFont => ("verify-needs-fallback-font", Args::new()),
            CannotVerify::Languages(_) => ("verify-languages", Args::new()),
            CannotVerify::Render(_) => ("verify-render", Args::new()),
        };
        i18n::message(lang, id, &args)
    }
}

impl fmt::Display for CannotVerify {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let words = self.describe(Lang::En);
        match self {
            CannotVerify::Unreadable(detail) | CannotVerify::Languages(detail) => write!(f, "{words}: {detail}"),
            CannotVerify::Render(error) => write!(f, "{words}: {error}"),
            _ => f.write_str(&words),
        }
    }
}

impl std::error::Error for CannotVerify {}

/// Checks `pdf` against its attachments, re-rendering with `fonts` (which must be the fonts
/// the report was made with; the fallback font is used only when the report embeds it).
pub fn verify(pdf: &[u8], fonts: &Fonts) -> Result<Verification, CannotVerify> {
    let options = LoadOptions::with_max_decompressed_size(MAX_INPUT_BYTES);
    let document =
        Document::load_mem_with_options(pdf, options).map_err(|error| CannotVerify::Unreadable(error.to_string()))?;
    let info = document
        .trailer
        .get_deref(b"Info", &document)
        .and_then(Object::as_dict)
        .map_err(|_| CannotVerify::NotCertready)?;
    let made_by = text_of(info.get(b"Creator")).ok_or(CannotVerify::NotCertready)?;
    if !made_by.starts_with("certready ") {
        return Err(CannotVerify::NotCertready);
    }
    let generated = text_of(info.get(b"CreationDate"))
        .and_then(|date| Timestamp::from_pdf_date(&date))
        .ok_or(CannotVerify::NoGenerationTime)?;

    let attachments = embedded_files(&document);
    let find =
        |name: &'static str| attachments.iter().find(|a| a.name == name).ok_or(CannotVerify::MissingAttachment(name));
    let (criteria, assessment) = (find(Sources::CRITERIA_NAME)?, find(Sources::ASSESSMENT_NAME)?);
    let mut differences = Vec::new();
    let mut changed = |attachment: &Attachment, name: &'static str| {
        let actual = sha256_hex(&attachment.bytes);
        let unchanged = attachment.stated_sha256.as_deref() == Some(actual.as_str());
        if !unchanged {
            let stated = attachment.stated_sha256.clone();
            differences.push(Difference::AttachmentChanged { name, stated, actual });
        }
        !unchanged
    };
    let criteria_changed = changed(criteria, Sources::CRITERIA_NAME);
    let assessment_changed = changed(assessment, Sources::ASSESSMENT_NAME);
    let mut verification = Verification {
        generated,
        made_by,
        criteria_sha256: sha256_hex(&criteria.bytes),
        assessment_sha256: sha256_hex(&assessment.bytes),
        differences,
    };

    let unusable = |name: &'static str, changed: bool, diagnostics: Vec<Diagnostic>| {
        let errors = diagnostics.iter().filter(|d| d.is_error()).count();
        if changed {
            Ok(Difference::AttachmentInvalid { name, errors })
        } else {
            Err(CannotVerify::UnusableAttachment { name, diagnostics })
        }
    };
    let sources = Sources { criteria: criteria.bytes.clone(), assessment: assessment.bytes.clone() };
    // The languages the report was made in (older reports name none: the default).
    let languages: Option<Vec<String>> = text_of(info.get(LANGUAGES_KEY.as_bytes()))
        .map(|list| list.split(',').map(str::trim).filter(|code| !code.is_empty()).map(str::to_owned).collect());
    let made = from_sources(&sources, generated, languages.as_deref());
    if let Some(problem) = made.languages {
        return Err(CannotVerify::Languages(problem.to_string()));
    }
    let Some(report) = made.report else {
        let refused = if made.criteria_refused {
            unusable(Sources::CRITERIA_NAME, criteria_changed, made.criteria)?
        } else {
            unusable(Sources::ASSESSMENT_NAME, assessment_changed || criteria_changed, made.assessment)?
        };
        verification.differences.push(refused);
        return Ok(verification);
    };
    // A report whose text needed the fallback font embeds it as a third font, and is rebuilt
    // with it; one without is rebuilt without, as it was made.
    let fallback = match (font_count(&document) > 2, fonts.fallback.as_deref()) {
        (false, _) => None,
        (true, Some(fallback)) => Some(fallback),
        (true, None) => return Err(CannotVerify::NeedsFallbackFont),
    };
    let setter = Typesetter::latin(fonts).map_err(CannotVerify::Render)?;
    let setter = match fallback {
        Some(fallback) => setter.with_fallback(fallback).map_err(CannotVerify::Render)?,
        None => setter,
    };
    let rebuilt = setter.render(&report).map_err(CannotVerify::Render)?.pdf;
    let rebuilt =
        Document::load_mem(&rebuilt).map_err(|error| CannotVerify::Render(PdfError::Assembly(error.to_string())))?;
    verification.differences.extend(compare(&document, &rebuilt));
    Ok(verification)
}

/// How `document` differs from `rebuilt`: page count, page contents (as operations), the
/// permanent document ID.
fn compare(document: &Document, rebuilt: &Document) -> Vec<Difference> {
    let mut differences = Vec::new();
    let (pages, rebuilt_pages) = (document.get_pages(), rebuilt.get_pages());
    if pages.len() != rebuilt_pages.len() {
        differences.push(Difference::PageCount { document: pages.len(), rebuilt: rebuilt_pages.len() });
    }
    // Operators and operands, re-encoded: the layout of the stream (line breaks, spacing) may
    // change when another tool rewrites the file.
    let content = |document: &Document, id| {
        let bytes = document.get_page_content_with_limit(id, MAX_INPUT_BYTES).ok()?;
        Content::decode(&bytes).and_then(|content| content.encode()).ok()
    };
    let mut differing = Vec::new();
    for ((&number, &id), &rebuilt_id) in pages.iter().zip(rebuilt_pages.values()) {
        let original = content(document, id);
        if original.is_none() || original != content(rebuilt, rebuilt_id) {
            differing.push(number as usize);
        }
    }
    if !differing.is_empty() {
        differences.push(Difference::Pages(differing));
    }
    // The first element is the permanent one; tools that rewrite a file (qpdf) change the second.
    let permanent_id = |document: &Document| {
        document.trailer.get(b"ID").and_then(Object::as_array).ok().and_then(|id| id.first().cloned())
    };
    if permanent_id(document) != permanent_id(rebuilt) {
        differences.push(Difference::DocumentId);
    }
    differences
}

struct Attachment {
    name: String,
    bytes: Vec<u8>,
    /// The SHA-256 at the end of the file specification's `/Desc`.
    stated_sha256: Option<String>,
}

/// The files in the catalog's `/EmbeddedFiles` name tree (a flat one, as certready writes it);
/// a file that cannot be read is left out.
fn embedded_files(document: &Document) -> Vec<Attachment> {
    let deref_dict = |object| dictionary(document, object);
    let names = document
        .catalog()
        .ok()
        .and_then(|catalog| catalog.get(b"Names").ok())
        .and_then(deref_dict)
        .and_then(|names| names.get(b"EmbeddedFiles").ok())
        .and_then(deref_dict)
        .and_then(|tree| tree.get(b"Names").ok())
        .and_then(|names| document.dereference(names).ok())
        .and_then(|(_, names)| names.as_array().ok());
    let Some(names) = names else { return Vec::new() };
    names
        .chunks_exact(2)
        .filter_map(|pair| {
            let name = text_of(Ok(&pair[0]))?;
            let spec = deref_dict(&pair[1])?;
            let stream = spec
                .get(b"EF")
                .ok()
                .and_then(deref_dict)
                .and_then(|files| files.get(b"F").ok())
                .and_then(|file| document.dereference(file).ok())
                .and_then(|(_, file)| file.as_stream().ok())?;
            let bytes = stream.decompressed_content_with_limit(MAX_INPUT_BYTES).ok()?;
            let stated_sha256 = text_of(spec.get(b"Desc"))
                .and_then(|description| description.rsplit_once(SHA256_LABEL).map(|(_, hash)| hash.to_owned()));
            Some(Attachment { name, bytes, stated_sha256 })
        })
        .collect()
}

/// The number of composite (`/Type0`) fonts, the kind printpdf embeds.
fn font_count(document: &Document) -> usize {
    let is_composite_font = |object: &Object| {
        object.as_dict().is_ok_and(|dict| {
            dict.get(b"Type").and_then(Object::as_name).is_ok_and(|name| name == b"Font")
                && dict.get(b"Subtype").and_then(Object::as_name).is_ok_and(|name| name == b"Type0")
        })
    };
    document.objects.values().filter(|object| is_composite_font(object)).count()
}

/// The dictionary `object` is or refers to.
fn dictionary<'a>(document: &'a Document, object: &'a Object) -> Option<&'a Dictionary> {
    document.dereference(object).and_then(|(_, object)| object.as_dict()).ok()
}

/// A text string (PDFDocEncoding or UTF-16BE) as a Rust string.
fn text_of(object: Result<&Object, lopdf::Error>) -> Option<String> {
    object.and_then(lopdf::decode_text_string).ok()
}
