//! The PDF gap report: [`render`] lays a [`Report`] out on A4 pages (`content` decides what
//! goes where, `layout` measures, wraps and paginates) and writes it with two caller-supplied
//! fonts, embedded as subsets, with the report's source files attached (`write`); [`verify`]
//! checks a PDF against the files it carries. This is the only module that names printpdf or
//! lopdf; it reads no files and no clock, and the same report and fonts always give the same bytes.

mod content;
mod layout;
mod verify;
mod write;

pub use verify::{verify, CannotVerify, Difference, Verification};

use std::collections::BTreeSet;
use std::fmt;

use printpdf::ParsedFont;

use crate::report::{Report, Sources};
use layout::{Faces, FontFace, Mark, Weight};

/// TrueType or OpenType font files, supplied by the caller (the core never reads files).
pub struct Fonts {
    pub regular: Vec<u8>,
    pub bold: Vec<u8>,
}

#[derive(Debug)]
pub enum PdfError {
    /// The font ("regular" or "bold") could not be parsed.
    InvalidFont(&'static str),
    /// The font ("regular" or "bold") has no glyph for these characters of the report; they
    /// would print as empty boxes.
    MissingGlyphs { font: &'static str, characters: Vec<char> },
    /// The assembled document was malformed: a bug in this module, not in the input.
    Assembly(String),
}

impl fmt::Display for PdfError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PdfError::InvalidFont(font) => write!(f, "the {font} font is not a usable TrueType or OpenType font"),
            PdfError::MissingGlyphs { font, characters } => {
                let listed: Vec<String> =
                    characters.iter().map(|c| format!("\"{c}\" (U+{:04X})", u32::from(*c))).collect();
                write!(f, "the {font} font has no glyph for {}", listed.join(", "))
            }
            PdfError::Assembly(message) => write!(f, "could not assemble the PDF: {message}"),
        }
    }
}

impl std::error::Error for PdfError {}

/// The report as PDF bytes.
pub fn render(report: &Report, fonts: &Fonts) -> Result<Vec<u8>, PdfError> {
    let regular = load_face(&fonts.regular, "regular")?;
    let bold = load_face(&fonts.bold, "bold")?;
    let faces = Faces { regular: &regular, bold: &bold };
    let (pages, bookmarks) = content::compose(report, &faces);
    check_coverage(&pages, &faces)?;
    let metadata = write::Metadata {
        title: report.document_title(),
        author: report.assessor.clone(),
        subject: format!(
            "Self-assessment gap report against {} (version {}) for {}",
            report.questionnaire_title,
            report.questionnaire_version,
            report.organisation_and_facility()
        ),
        keywords: format!(
            "{}, {}, gap report, security self-assessment, {}",
            report.questionnaire_id,
            report.questionnaire_version,
            report.status.label()
        ),
        creator: format!("certready {}", report.tool_version),
        language: report.language.clone(),
        date: report.generated.pdf_date(),
        identity: format!("{}\n{}\n{}", report.criteria_sha256, report.assessment_sha256, report.generated.0),
    };
    let attachments: Vec<write::Attachment> = report.sources.as_ref().map_or_else(Vec::new, |sources| {
        [
            (Sources::CRITERIA_NAME, "criteria file", &sources.criteria),
            (Sources::ASSESSMENT_NAME, "assessment file", &sources.assessment),
        ]
        .into_iter()
        .map(|(name, what, bytes)| write::Attachment {
            name,
            mime: "application/yaml",
            description: attachment_description(what, &crate::model::sha256_hex(bytes)),
            bytes,
        })
        .collect()
    });
    write::write(&pages, &bookmarks, regular, bold, [&fonts.regular, &fonts.bold], &metadata, &attachments)
        .map_err(|error| PdfError::Assembly(error.to_string()))
}

/// An attachment's description ends with its SHA-256, which [`verify`] reads back.
fn attachment_description(what: &str, sha256: &str) -> String {
    format!("The {what} this report was made from; {SHA256_LABEL}{sha256}")
}

const SHA256_LABEL: &str = "SHA-256 ";

fn load_face(bytes: &[u8], name: &'static str) -> Result<FontFace, PdfError> {
    let mut warnings = Vec::new();
    ParsedFont::from_bytes(bytes, 0, &mut warnings).and_then(FontFace::new).ok_or(PdfError::InvalidFont(name))
}

/// Refuses text the fonts cannot show, instead of printing boxes.
fn check_coverage(pages: &[Vec<Mark>], faces: &Faces) -> Result<(), PdfError> {
    for (weight, font) in [(Weight::Regular, "regular"), (Weight::Bold, "bold")] {
        let face = faces.face(weight);
        let missing: BTreeSet<char> = pages
            .iter()
            .flatten()
            .filter_map(|mark| match mark {
                Mark::Text { style, text, .. } if style.weight == weight => Some(text),
                _ => None,
            })
            .flat_map(|text| text.chars())
            .filter(|&c| face.advance(c).is_none())
            .collect();
        if !missing.is_empty() {
            return Err(PdfError::MissingGlyphs { font, characters: missing.into_iter().collect() });
        }
    }
    Ok(())
}
