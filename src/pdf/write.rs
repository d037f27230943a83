//! From laid-out pages to PDF bytes. printpdf draws the marks with the embedded, subset
//! fonts; a lopdf pass then replaces what printpdf writes wrongly or from its process-global
//! pseudo-random counter (dates, the Info dictionary, `/ID`, `/PageMode`), adds `/Lang`, page labels, a
//! nested outline and the source files as attachments, and compresses. Font resource names,
//! and with them the subset tags, are derived from the fonts and the characters they hold, so
//! equal reports give equal bytes.

use std::collections::BTreeMap;

use lopdf::{Dictionary, Object, ObjectId, Stream, StringFormat};
use printpdf::{
    Color, DictItem, FontId, Line, LinePoint, Mm, Op, PaintMode, PdfDocument, PdfFont, PdfFontHandle, PdfPage,
    PdfSaveOptions, Point, Polygon, PolygonRing, Pt, Rect, TextItem, TextMatrix, WindingOrder,
};
use sha2::{Digest, Sha256};

use super::layout::{Bookmark, FontFace, Mark, Rgb, Weight, PAGE_HEIGHT, PAGE_WIDTH};

/// The Info dictionary's texts and the inputs of the document ID.
pub struct Metadata {
    pub title: String,
    pub author: String,
    pub subject: String,
    pub keywords: String,
    pub creator: String,
    pub language: String,
    /// The languages text marks are tagged with (`TextStyle::lang` n is the n-th, from 1).
    pub span_languages: Vec<String>,
    /// The languages the report was made in, e.g. `fr,en`: `verify` rebuilds it in them.
    pub report_languages: String,
    /// A PDF date string, e.g. `D:20261124103000Z`.
    pub date: String,
    /// Hashed into the `/ID`: the same inputs and time give the same ID.
    pub identity: String,
}

/// A file embedded in the document (an associated file of relationship `/Source`).
pub struct Attachment<'a> {
    pub name: &'a str,
    /// A MIME type, e.g. `application/yaml`.
    pub mime: &'a str,
    pub description: String,
    pub bytes: &'a [u8],
}

/// A font to embed, and the text marks of which weight it sets.
pub struct Embedded<'a> {
    pub weight: Weight,
    pub face: FontFace,
    /// The font file, which names the font (see `font_ids`).
    pub bytes: &'a [u8],
}

/// The finished PDF. An error means lopdf found printpdf's document malformed: a bug here,
/// never a problem with the report.
pub fn write(
    pages: &[Vec<Mark>],
    bookmarks: &[Bookmark],
    fonts: Vec<Embedded>,
    metadata: &Metadata,
    attachments: &[Attachment],
) -> Result<Vec<u8>, lopdf::Error> {
    let ids = font_ids(pages, &fonts);
    let mut document = PdfDocument::new(&metadata.title);
    let mut by_weight = BTreeMap::new();
    for (font, id) in fonts.into_iter().zip(ids) {
        document.resources.fonts.map.insert(id.clone(), PdfFont::new(font.face.into_font()));
        by_weight.insert(font.weight, id);
    }
    // Every weight the marks use has a font (`pdf::render` embeds the fallback when used).
    let font_id = |weight: Weight| {
        by_weight.get(&weight).or(by_weight.get(&Weight::Regular)).cloned().unwrap_or_else(|| FontId(String::new()))
    };
    let pdf_pages = pages
        .iter()
        .map(|marks| {
            let ops = page_ops(marks, &font_id, &metadata.span_languages);
            PdfPage::new(Mm::from(Pt(PAGE_WIDTH)), Mm::from(Pt(PAGE_HEIGHT)), ops)
        })
        .collect();
    document.with_pages(pdf_pages);

    let options = PdfSaveOptions { subset_fonts: true, image_optimization: None, ..PdfSaveOptions::default() };
    let mut warnings = Vec::new();
    let mut pdf = document.to_lopdf_document(&options, &mut warnings);
    pdf.version = "1.7".into();
    set_info_and_id(&mut pdf, metadata)?;
    let catalog = pdf.catalog_mut()?;
    if !metadata.language.is_empty() {
        catalog.set("Lang", text_string(&metadata.language));
    }
    // printpdf's /PageMode is a string when it has bookmarks; the outline sets the name.
    catalog.remove(b"PageMode");
    // Page labels as the footers number the pages (1, 2, …), so a reader's page box agrees.
    let decimal = lopdf::dictionary! { "S" => "D" };
    catalog.set("PageLabels", lopdf::dictionary! { "Nums" => vec![Object::Integer(0), Object::Dictionary(decimal)] });
    add_outline(&mut pdf, bookmarks)?;
    add_attachments(&mut pdf, attachments, &metadata.date)?;
    compress(&mut pdf)?;
    let mut bytes = Vec::new();
    pdf.save_to(&mut bytes)?;
    Ok(bytes)
}

/// Resource names for the fonts: six capital letters, because printpdf uses a font's first
/// six as its subset tag. They are drawn from a hash of the font and the characters it shows,
/// as a subset tag should differ between different subsets, instead of from printpdf's
/// process-global counter, which makes every render in a process different.
fn font_ids(pages: &[Vec<Mark>], fonts: &[Embedded]) -> Vec<FontId> {
    let mut ids: Vec<FontId> = Vec::with_capacity(fonts.len());
    for font in fonts {
        let mut hasher = Sha256::new();
        // The start of a font file is its table directory, whose per-table checksums identify
        // the font without hashing all of it.
        hasher.update(&font.bytes[..font.bytes.len().min(4096)]);
        hasher.update(shown_characters(pages, font.weight));
        let mut letters: Vec<u8> = hasher.finalize().iter().take(6).map(|byte| b'A' + byte % 26).collect();
        // Equal names would make one font replace another.
        while ids.iter().any(|id| id.0.as_bytes() == letters.as_slice()) {
            letters[5] = b'A' + (letters[5] - b'A' + 1) % 26;
        }
        ids.push(FontId(letters.into_iter().map(char::from).collect()));
    }
    ids
}

/// The characters that text marks of `weight` show, once each, in code point order.
fn shown_characters(pages: &[Vec<Mark>], weight: Weight) -> String {
    // A bit per code point: a long report shows about a million characters, too many for a
    // tree set to be cheap.
    let mut seen = vec![0u64; (char::MAX as usize >> 6) + 1];
    for mark in pages.iter().flatten() {
        if let Mark::Text { style, text, .. } = mark {
            if style.weight == weight {
                text.chars().for_each(|c| seen[c as usize >> 6] |= 1 << (c as u32 & 63));
            }
        }
    }
    let mut shown = String::new();
    for (word, &bits) in seen.iter().enumerate().filter(|(_, &bits)| bits != 0) {
        let first = (word as u32) << 6;
        shown.extend((0..64).filter(|bit| bits >> bit & 1 == 1).filter_map(|bit| char::from_u32(first + bit)));
    }
    shown
}

/// The drawing operators of one page. Text in another language than the document's is marked
/// as a `/Span` with its `/Lang`, so that readers and screen readers know it.
fn page_ops(marks: &[Mark], font_id: &dyn Fn(Weight) -> FontId, languages: &[String]) -> Vec<Op> {
    let mut ops = Vec::new();
    // The fill colour paints text too, so it is tracked across both kinds of mark.
    let mut fill: Option<Rgb> = None;
    let mut set_fill = |ops: &mut Vec<Op>, color: Rgb| {
        if fill != Some(color) {
            fill = Some(color);
            ops.push(Op::SetFillColor { col: rgb(color) });
        }
    };
    let mut in_text = false;
    let mut font: Option<(Weight, f32)> = None;
    for mark in marks {
        match mark {
            Mark::Fill { x, y, width, height, color } => {
                if in_text {
                    ops.push(Op::EndTextSection);
                    in_text = false;
                }
                set_fill(&mut ops, *color);
                ops.push(Op::DrawRectangle {
                    rectangle: Rect {
                        x: Pt(rounded(*x)),
                        y: Pt(rounded(*y)),
                        width: Pt(rounded(*width)),
                        height: Pt(rounded(*height)),
                        mode: Some(PaintMode::Fill),
                        winding_order: None,
                    },
                });
            }
            Mark::Path { points, closed, fill: inside, stroke } => {
                if in_text {
                    ops.push(Op::EndTextSection);
                    in_text = false;
                }
                let points: Vec<LinePoint> = points
                    .iter()
                    .map(|(x, y)| LinePoint { p: Point { x: Pt(rounded(*x)), y: Pt(rounded(*y)) }, bezier: false })
                    .collect();
                if let Some(color) = inside {
                    set_fill(&mut ops, *color);
                    ops.push(Op::DrawPolygon {
                        polygon: Polygon {
                            rings: vec![PolygonRing { points: points.clone() }],
                            mode: PaintMode::Fill,
                            winding_order: WindingOrder::NonZero,
                        },
                    });
                }
                if let Some((color, width)) = stroke {
                    ops.push(Op::SetOutlineColor { col: rgb(*color) });
                    ops.push(Op::SetOutlineThickness { pt: Pt(*width) });
                    ops.push(Op::DrawLine { line: Line { points, is_closed: *closed } });
                }
            }
            Mark::Text { x, y, style, text } => {
                if !in_text {
                    ops.push(Op::StartTextSection);
                    in_text = true;
                }
                if font != Some((style.weight, style.size)) {
                    font = Some((style.weight, style.size));
                    ops.push(Op::SetFont {
                        font: PdfFontHandle::External(font_id(style.weight)),
                        size: Pt(style.size),
                    });
                }
                set_fill(&mut ops, style.color);
                ops.push(Op::SetTextMatrix { matrix: TextMatrix::Translate(Pt(rounded(*x)), Pt(rounded(*y))) });
                let lang = usize::from(style.lang).checked_sub(1).and_then(|index| languages.get(index));
                if let Some(lang) = lang {
                    let mut map = BTreeMap::new();
                    map.insert("Lang".to_owned(), DictItem::String { data: lang.as_bytes().to_vec(), literal: true });
                    ops.push(Op::BeginMarkedContentWithProperties {
                        tag: "Span".into(),
                        properties: DictItem::Dict { map },
                    });
                }
                ops.push(Op::ShowText { items: vec![TextItem::Text(text.clone())] });
                if lang.is_some() {
                    ops.push(Op::EndMarkedContent);
                }
            }
        }
    }
    if in_text {
        ops.push(Op::EndTextSection);
    }
    ops
}

/// Deflates every stream not yet filtered. lopdf's own `compress` uses the slowest level, which
/// took most of the writing time for a long report; the default level makes files a few per
/// cent larger in a fraction of the time. The output depends only on the input (same bytes in
/// the browser and natively).
fn compress(pdf: &mut lopdf::Document) -> Result<(), lopdf::Error> {
    use std::io::Write;
    for object in pdf.objects.values_mut() {
        let Object::Stream(stream) = object else { continue };
        if stream.dict.has(b"Filter") {
            continue;
        }
        let mut encoder = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
        encoder.write_all(&stream.content)?;
        let compressed = encoder.finish()?;
        if compressed.len() < stream.content.len() {
            stream.dict.set("Filter", "FlateDecode");
            stream.set_content(compressed);
        }
    }
    Ok(())
}

fn rgb(color: Rgb) -> Color {
    Color::Rgb(printpdf::Rgb::new(color.0, color.1, color.2, None))
}

/// Positions to a hundredth of a point keep the content streams short.
fn rounded(value: f32) -> f32 {
    (value * 100.0).round() / 100.0
}

/// The Info dictionary's key for the languages the report was made in.
pub const LANGUAGES_KEY: &str = "CertreadyLanguages";

fn set_info_and_id(pdf: &mut lopdf::Document, metadata: &Metadata) -> Result<(), lopdf::Error> {
    let info_id = pdf.trailer.get(b"Info")?.as_reference()?;
    // A new dictionary rather than edits: printpdf's carries an empty /GTS_PDFXVersion (readers
    // then call the file PDF/X), an empty /Identifier and, on wasm, 1970 dates.
    let mut info = Dictionary::new();
    let texts = [
        ("Title", metadata.title.as_str()),
        ("Author", &metadata.author),
        ("Subject", &metadata.subject),
        ("Keywords", &metadata.keywords),
        ("Creator", &metadata.creator),
        (LANGUAGES_KEY, &metadata.report_languages),
        ("Producer", "printpdf 0.12.8 and lopdf 0.44"),
    ];
    for (key, text) in texts.into_iter().filter(|(_, text)| !text.is_empty()) {
        info.set(key, text_string(text));
    }
    info.set("CreationDate", Object::string_literal(metadata.date.as_str()));
    info.set("ModDate", Object::string_literal(metadata.date.as_str()));
    pdf.objects.insert(info_id, Object::Dictionary(info));

    let digest = Sha256::digest(metadata.identity.as_bytes());
    let id = Object::String(digest[..16].to_vec(), StringFormat::Hexadecimal);
    pdf.trailer.set("ID", vec![id.clone(), id]);
    Ok(())
}

/// A PDF text string: PDFDocEncoding when plain ASCII, otherwise UTF-16BE with a byte order mark.
fn text_string(text: &str) -> Object {
    if text.chars().all(|c| (' '..='~').contains(&c)) {
        return Object::string_literal(text);
    }
    let bytes = [0xFE, 0xFF].into_iter().chain(text.encode_utf16().flat_map(u16::to_be_bytes)).collect();
    Object::String(bytes, StringFormat::Hexadecimal)
}

/// The outline, nested by bookmark level; entries with children start closed.
fn add_outline(pdf: &mut lopdf::Document, bookmarks: &[Bookmark]) -> Result<(), lopdf::Error> {
    if bookmarks.is_empty() {
        return Ok(());
    }
    let page_ids = pdf.get_pages();
    let root_id = pdf.new_object_id();
    let item_ids: Vec<ObjectId> = bookmarks.iter().map(|_| pdf.new_object_id()).collect();

    // The parent of each entry: the closest earlier entry of a lower level.
    let mut parents: Vec<Option<usize>> = Vec::with_capacity(bookmarks.len());
    let mut open: Vec<usize> = Vec::new();
    for (index, bookmark) in bookmarks.iter().enumerate() {
        while open.last().is_some_and(|&last| bookmarks[last].level >= bookmark.level) {
            open.pop();
        }
        parents.push(open.last().copied());
        open.push(index);
    }
    let children = |parent: Option<usize>| -> Vec<usize> {
        (0..bookmarks.len()).filter(|&index| parents[index] == parent).collect()
    };

    for (index, bookmark) in bookmarks.iter().enumerate() {
        let siblings = children(parents[index]);
        let position = siblings.iter().position(|&sibling| sibling == index).unwrap_or(0);
        let mut item = Dictionary::new();
        item.set("Title", text_string(&bookmark.title));
        item.set("Parent", parents[index].map_or(root_id, |parent| item_ids[parent]));
        if let Some(&previous) = position.checked_sub(1).and_then(|previous| siblings.get(previous)) {
            item.set("Prev", item_ids[previous]);
        }
        if let Some(&next) = siblings.get(position + 1) {
            item.set("Next", item_ids[next]);
        }
        let own_children = children(Some(index));
        if let (Some(&first), Some(&last)) = (own_children.first(), own_children.last()) {
            item.set("First", item_ids[first]);
            item.set("Last", item_ids[last]);
            item.set("Count", -(own_children.len() as i64));
        }
        if let Some(&page_id) = page_ids.get(&(bookmark.page as u32 + 1)) {
            item.set(
                "Dest",
                vec![page_id.into(), "XYZ".into(), Object::Null, Object::Real(rounded(bookmark.y)), Object::Null],
            );
        }
        pdf.objects.insert(item_ids[index], Object::Dictionary(item));
    }

    let top_level = children(None);
    let mut root = Dictionary::new();
    root.set("Type", "Outlines");
    if let (Some(&first), Some(&last)) = (top_level.first(), top_level.last()) {
        root.set("First", item_ids[first]);
        root.set("Last", item_ids[last]);
    }
    root.set("Count", top_level.len() as i64);
    pdf.objects.insert(root_id, Object::Dictionary(root));
    let catalog = pdf.catalog_mut()?;
    catalog.set("Outlines", root_id);
    catalog.set("PageMode", "UseOutlines");
    Ok(())
}

/// The attachments: an `/EmbeddedFiles` name tree (keys in lexical order) in the catalog's
/// `/Names`, and the catalog's `/AF` list of associated files.
fn add_attachments(pdf: &mut lopdf::Document, attachments: &[Attachment], date: &str) -> Result<(), lopdf::Error> {
    if attachments.is_empty() {
        return Ok(());
    }
    let mut sorted: Vec<&Attachment> = attachments.iter().collect();
    sorted.sort_by_key(|attachment| attachment.name);
    let mut names = Vec::new();
    let mut associated = Vec::new();
    for attachment in sorted {
        let mut params = Dictionary::new();
        params.set("Size", attachment.bytes.len() as i64);
        params.set("ModDate", Object::string_literal(date));
        let mut file = Dictionary::new();
        file.set("Type", "EmbeddedFile");
        file.set("Subtype", attachment.mime);
        file.set("Params", params);
        let file_id = pdf.add_object(Stream::new(file, attachment.bytes.to_vec()));
        let mut streams = Dictionary::new();
        streams.set("F", file_id);
        streams.set("UF", file_id);
        let mut spec = Dictionary::new();
        spec.set("Type", "Filespec");
        spec.set("F", Object::string_literal(attachment.name));
        spec.set("UF", text_string(attachment.name));
        spec.set("Desc", text_string(&attachment.description));
        spec.set("EF", streams);
        spec.set("AFRelationship", "Source");
        let spec_id = pdf.add_object(spec);
        names.push(Object::string_literal(attachment.name));
        names.push(spec_id.into());
        associated.push(spec_id.into());
    }
    let mut tree = Dictionary::new();
    tree.set("Names", names);
    let mut name_dictionary = Dictionary::new();
    name_dictionary.set("EmbeddedFiles", tree);
    let catalog = pdf.catalog_mut()?;
    catalog.set("Names", name_dictionary);
    catalog.set("AF", associated);
    Ok(())
}
