//! The PDF gap report: [`render`] lays the blocks of a [`Report`]'s document out on A4 pages
//! (`content` decides where each block goes and how it looks, `layout` measures, wraps and paginates) and writes it with the caller-supplied
//! fonts (regular and bold, and a fallback for what they lack, e.g. CJK), embedded as subsets, with the report's source files attached (`write`); [`verify`]
//! checks a PDF against the files it carries. This is the only module that names printpdf or
//! lopdf; it reads no files and no clock, and the same report and fonts always give the same bytes.

mod content;
mod layout;
mod verify;
mod write;

pub use verify::{verify, CannotVerify, Difference, Verification};

use std::fmt;

use printpdf::ParsedFont;

use crate::report::{Report, Sources};
use layout::{Faces, FontFace, Mark, Weight};

/// TrueType or OpenType font files, supplied by the caller (the core never reads files).
pub struct Fonts {
    pub regular: Vec<u8>,
    pub bold: Vec<u8>,
    /// For the characters the regular and bold fonts lack (CJK); large, so a caller loads it
    /// only when [`uncovered_characters`] says the report needs it. Embedded only when used:
    /// a report that needs none has the same bytes with or without it.
    pub fallback: Option<Vec<u8>>,
}

/// A rendered report.
#[derive(Debug)]
pub struct Rendered {
    pub pdf: Vec<u8>,
    /// Characters of the report no font has, printed as a replacement mark: the caller warns.
    pub uncovered: Vec<char>,
}

#[derive(Debug)]
pub enum PdfError {
    /// The font ("regular", "bold" or "fallback") could not be parsed.
    InvalidFont(&'static str),
    /// The assembled document was malformed: a bug in this module, not in the input.
    Assembly(String),
}

impl fmt::Display for PdfError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PdfError::InvalidFont(font) => write!(f, "the {font} font is not a usable TrueType or OpenType font"),
            PdfError::Assembly(message) => write!(f, "could not assemble the PDF: {message}"),
        }
    }
}

impl std::error::Error for PdfError {}

/// The characters of `report` that `fonts` cannot show ([`Typesetter::uncovered`]).
pub fn uncovered_characters(report: &Report, fonts: &Fonts) -> Result<Vec<char>, PdfError> {
    Ok(Typesetter::new(fonts)?.uncovered(report))
}

/// The report as PDF bytes, and the characters no font could show.
pub fn render(report: &Report, fonts: &Fonts) -> Result<Rendered, PdfError> {
    Typesetter::new(fonts)?.render(report)
}

/// The caller's fonts, each parsed once for a report: [`Typesetter::uncovered`] says whether
/// the report needs the fallback font, which a caller that holds it back until then adds with
/// [`Typesetter::with_fallback`]; [`Typesetter::render`] makes the PDF.
pub struct Typesetter<'f> {
    regular: &'f [u8],
    bold: &'f [u8],
    fallback: Option<&'f [u8]>,
    loaded: LoadedFonts,
}

impl<'f> Typesetter<'f> {
    /// The regular and bold fonts, and the fallback font when `fonts` has one.
    pub fn new(fonts: &'f Fonts) -> Result<Typesetter<'f>, PdfError> {
        let setter = Typesetter::latin(fonts)?;
        match fonts.fallback.as_deref() {
            Some(fallback) => setter.with_fallback(fallback),
            None => Ok(setter),
        }
    }

    /// The regular and bold fonts only.
    fn latin(fonts: &'f Fonts) -> Result<Typesetter<'f>, PdfError> {
        Ok(Typesetter {
            regular: &fonts.regular,
            bold: &fonts.bold,
            fallback: None,
            loaded: LoadedFonts {
                regular: load_face(&fonts.regular, "regular")?,
                bold: load_face(&fonts.bold, "bold")?,
                fallback: None,
            },
        })
    }

    /// These fonts and `fallback`, for the characters the others lack (CJK).
    pub fn with_fallback(mut self, fallback: &'f [u8]) -> Result<Typesetter<'f>, PdfError> {
        self.loaded.fallback = Some(load_face(fallback, "fallback")?);
        self.fallback = Some(fallback);
        Ok(self)
    }

    /// The characters of `report` that no font shows, found from the texts of its document
    /// without laying it out.
    pub fn uncovered(&self, report: &Report) -> Vec<char> {
        let faces = self.loaded.faces();
        let document = crate::report::document(report);
        let running = &document.running;
        let uncovered: std::collections::BTreeSet<char> = document
            .texts()
            .iter()
            .chain([&running.header_left, &running.footer_left, &running.marking.text()])
            .flat_map(|text| text.chars())
            .filter(|&c| !c.is_whitespace() && !faces.shows(c))
            .collect();
        uncovered.into_iter().collect()
    }

    /// The report as PDF bytes, and the characters no font could show. The fallback font is
    /// embedded only when the report uses it, so that a report that needs none has the same
    /// bytes with or without it.
    pub fn render(self, report: &Report) -> Result<Rendered, PdfError> {
        let Typesetter { regular: regular_bytes, bold: bold_bytes, fallback: fallback_bytes, loaded } = self;
        let faces = loaded.faces();
        let document = crate::report::document(report);
        let content::Composed { pages, bookmarks, languages } = content::compose(&document, &faces);
        let (pages, uncovered) = layout::assign_faces(pages, &faces);
        let metadata = write::Metadata {
            title: document.title.clone(),
            author: document.author.clone(),
            subject: document.subject.clone(),
            keywords: document.keywords.clone(),
            creator: format!("certready {}", report.tool_version),
            language: report.language.clone(),
            span_languages: languages,
            report_languages: report.criteria_languages.join(","),
            date: report.generated.pdf_date(),
            identity: format!(
                "{}\n{}\n{}\n{}",
                report.criteria_sha256,
                report.assessment_sha256,
                report.generated.0,
                report.criteria_languages.join(",")
            ),
        };
        let lang = report.lang();
        let attachments: Vec<write::Attachment> = report.sources.as_ref().map_or_else(Vec::new, |sources| {
            [
                (Sources::CRITERIA_NAME, "report-attachment-criteria", &sources.criteria),
                (Sources::ASSESSMENT_NAME, "report-attachment-assessment", &sources.assessment),
            ]
            .into_iter()
            .map(|(name, message, bytes)| write::Attachment {
                name,
                mime: "application/yaml",
                description: crate::i18n::message(
                    lang,
                    message,
                    &crate::i18n::Args::new().with("sha256", crate::model::sha256_hex(bytes)),
                ),
                bytes,
            })
            .collect()
        });
        let LoadedFonts { regular, bold, fallback } = loaded;
        let mut embedded = vec![
            write::Embedded { weight: Weight::Regular, face: regular, bytes: regular_bytes },
            write::Embedded { weight: Weight::Bold, face: bold, bytes: bold_bytes },
        ];
        let sets_fallback = |mark: &Mark| matches!(mark, Mark::Text { style, .. } if style.weight == Weight::Fallback);
        if let (Some(face), Some(bytes)) = (fallback, fallback_bytes) {
            if pages.iter().flatten().any(sets_fallback) {
                embedded.push(write::Embedded { weight: Weight::Fallback, face, bytes });
            }
        }
        let pdf = write::write(&pages, &bookmarks, embedded, &metadata, &attachments)
            .map_err(|error| PdfError::Assembly(error.to_string()))?;
        Ok(Rendered { pdf, uncovered: uncovered.into_iter().collect() })
    }
}

/// The caller's fonts, parsed and measurable.
struct LoadedFonts {
    regular: FontFace,
    bold: FontFace,
    fallback: Option<FontFace>,
}

impl LoadedFonts {
    fn faces(&self) -> Faces<'_> {
        Faces {
            regular: &self.regular,
            bold: &self.bold,
            fallback: self.fallback.as_ref().map(|face| face as &dyn layout::Face),
        }
    }
}

/// An attachment's description ends with its SHA-256, which [`verify`] reads back.
const SHA256_LABEL: &str = "SHA-256 ";

fn load_face(bytes: &[u8], name: &'static str) -> Result<FontFace, PdfError> {
    let mut warnings = Vec::new();
    ParsedFont::from_bytes(bytes, 0, &mut warnings).and_then(FontFace::new).ok_or(PdfError::InvalidFont(name))
}
