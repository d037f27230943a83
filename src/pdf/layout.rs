//! A small layout engine: it measures text with the embedded fonts' advance widths, breaks it
//! into lines, and flows strips (lines, table rows, spaces) onto A4 pages with headings kept
//! with what follows, table headers repeated after a page break, and a running header and
//! footer. Its output is plain positioned marks (text and filled rectangles, in points from the
//! bottom-left corner), so everything here is tested without writing a PDF.

use std::collections::BTreeSet;

use printpdf::ParsedFont;
use unicode_linebreak::{linebreaks, BreakOpportunity};

pub const PAGE_WIDTH: f32 = 595.276;
pub const PAGE_HEIGHT: f32 = 841.89;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Weight {
    Regular,
    Bold,
    /// The fallback font, in its one weight, for characters the Latin faces lack (CJK): chosen
    /// per character by [`assign_faces`], never asked for by the content.
    Fallback,
}

/// A colour with components from 0 to 1.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rgb(pub f32, pub f32, pub f32);

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TextStyle {
    pub size: f32,
    pub weight: Weight,
    pub color: Rgb,
    /// Distance between baselines of consecutive lines.
    pub line_height: f32,
    /// The text's language: 0 for the document's, else an index (from 1) into the list of
    /// other languages that the writer tags spans with.
    pub lang: u8,
}

impl TextStyle {
    pub fn with_lang(self, lang: u8) -> TextStyle {
        TextStyle { lang, ..self }
    }

    pub fn with_weight(self, weight: Weight) -> TextStyle {
        TextStyle { weight, ..self }
    }

    pub fn with_color(self, color: Rgb) -> TextStyle {
        TextStyle { color, ..self }
    }
}

/// Advance widths and vertical extent of one font face, in thousandths of an em.
pub trait Face {
    /// The advance of `c`, or `None` when the font has no glyph for it.
    fn advance(&self, c: char) -> Option<u16>;
    /// The ascender (positive) and descender (negative).
    fn ascent_descent(&self) -> (f32, f32);
}

/// A face measured from a parsed TrueType/OpenType font.
pub struct FontFace {
    font: ParsedFont,
    units_per_em: f32,
    /// Advances of the ASCII characters, looked up once because they are most of the text.
    ascii: [Option<u16>; 128],
}

impl FontFace {
    /// `None` when the font cannot be measured (no units per em).
    pub fn new(font: ParsedFont) -> Option<FontFace> {
        let units_per_em = f32::from(font.pdf_font_metrics.units_per_em);
        if units_per_em <= 0.0 {
            return None;
        }
        let mut face = FontFace { font, units_per_em, ascii: [None; 128] };
        for code in 0..128u8 {
            face.ascii[usize::from(code)] = face.look_up(char::from(code));
        }
        Some(face)
    }

    pub fn into_font(self) -> ParsedFont {
        self.font
    }

    fn look_up(&self, c: char) -> Option<u16> {
        let glyph = self.font.lookup_glyph_index(u32::from(c))?;
        let advance = f32::from(self.font.get_horizontal_advance(glyph));
        // Rounded down to whole thousandths exactly as printpdf writes the /W widths, so the
        // measured width is the width a viewer draws.
        Some((advance * 1000.0 / self.units_per_em) as u16)
    }
}

impl Face for FontFace {
    fn advance(&self, c: char) -> Option<u16> {
        match self.ascii.get(c as usize) {
            Some(advance) => *advance,
            None => self.look_up(c),
        }
    }

    fn ascent_descent(&self) -> (f32, f32) {
        let metrics = &self.font.pdf_font_metrics;
        let scale = 1000.0 / self.units_per_em;
        (f32::from(metrics.ascender) * scale, f32::from(metrics.descender) * scale)
    }
}

/// The regular and bold faces text is set in, and the fallback face (when the caller has
/// one) for the characters they lack.
#[derive(Clone, Copy)]
pub struct Faces<'a> {
    pub regular: &'a dyn Face,
    pub bold: &'a dyn Face,
    pub fallback: Option<&'a dyn Face>,
}

impl Faces<'_> {
    pub fn face(&self, weight: Weight) -> &dyn Face {
        match weight {
            Weight::Regular => self.regular,
            Weight::Bold => self.bold,
            Weight::Fallback => self.fallback.unwrap_or(self.regular),
        }
    }

    /// The face that shows `c` for text in `weight` (its own, else the fallback) and the
    /// advance there; `None` when no face has a glyph for it.
    fn showing(&self, weight: Weight, c: char) -> Option<(Weight, u16)> {
        if let Some(advance) = self.face(weight).advance(c) {
            return Some((weight, advance));
        }
        let advance = self.fallback?.advance(c)?;
        Some((Weight::Fallback, advance))
    }

    /// Whether text in regular and in bold can show `c` (in its own face or the fallback).
    pub fn shows(&self, c: char) -> bool {
        [Weight::Regular, Weight::Bold].into_iter().all(|weight| self.showing(weight, c).is_some())
    }

    /// What is drawn in `weight` instead of a character no face has: the replacement
    /// character, or a question mark when the face lacks even that.
    fn placeholder(&self, weight: Weight) -> char {
        if self.face(weight).advance(REPLACEMENT).is_some() {
            REPLACEMENT
        } else {
            '?'
        }
    }

    /// Width in points, as drawn: each character in the face that shows it, a character no
    /// face has as its placeholder (see [`assign_faces`]).
    pub fn width(&self, text: &str, weight: Weight, size: f32) -> f32 {
        let thousandths: u64 = text
            .chars()
            .map(|c| {
                let advance = self.showing(weight, c).map(|(_, advance)| advance).or_else(|| {
                    let face = self.face(weight);
                    face.advance(self.placeholder(weight))
                });
                u64::from(advance.unwrap_or(0))
            })
            .sum();
        thousandths as f32 * size / 1000.0
    }

    /// The baseline's distance below the top of a line box, centring the font's ascender to
    /// descender height in the line height.
    pub fn baseline_offset(&self, style: &TextStyle) -> f32 {
        let (ascent, descent) = self.regular.ascent_descent();
        let glyph_height = (ascent - descent) * style.size / 1000.0;
        (style.line_height - glyph_height) / 2.0 + ascent * style.size / 1000.0
    }

    /// `text` shortened with an ellipsis so that it fits in `width`.
    pub fn truncate(&self, text: &str, weight: Weight, size: f32, width: f32) -> String {
        if self.width(text, weight, size) <= width {
            return text.to_owned();
        }
        let budget = width - self.width("…", weight, size);
        let mut used = 0.0;
        let mut kept = String::new();
        for c in text.chars() {
            used += self.width(c.encode_utf8(&mut [0; 4]), weight, size);
            if used > budget {
                break;
            }
            kept.push(c);
        }
        format!("{}…", kept.trim_end())
    }
}

const REPLACEMENT: char = '\u{FFFD}';

/// Sets each character of the laid-out text in a face that has it: a text mark whose
/// characters its own face lacks is split into runs, those the fallback face has moved to it,
/// and those no face has replaced by a visible placeholder (never an empty box). Returns the
/// pages and the characters no face has.
pub fn assign_faces(pages: Vec<Vec<Mark>>, faces: &Faces) -> (Vec<Vec<Mark>>, BTreeSet<char>) {
    let mut uncovered = BTreeSet::new();
    let pages = pages
        .into_iter()
        .map(|marks| {
            let mut placed = Vec::with_capacity(marks.len());
            for mark in marks {
                let Mark::Text { x, y, style, text } = mark else {
                    placed.push(mark);
                    continue;
                };
                let own = faces.face(style.weight);
                if text.chars().all(|c| own.advance(c).is_some()) {
                    placed.push(Mark::Text { x, y, style, text });
                    continue;
                }
                let mut runs: Vec<(Weight, String)> = Vec::new();
                for c in text.chars() {
                    let (weight, c) = match faces.showing(style.weight, c) {
                        Some((weight, _)) => (weight, c),
                        None => {
                            uncovered.insert(c);
                            (style.weight, faces.placeholder(style.weight))
                        }
                    };
                    match runs.last_mut() {
                        Some((last, run)) if *last == weight => run.push(c),
                        _ => runs.push((weight, c.to_string())),
                    }
                }
                let mut run_x = x;
                for (weight, run) in runs {
                    let width = faces.width(&run, weight, style.size);
                    placed.push(Mark::Text { x: run_x, y, style: style.with_weight(weight), text: run });
                    run_x += width;
                }
            }
            placed
        })
        .collect();
    (pages, uncovered)
}

/// A run of text in one weight and language; a paragraph is a sequence of spans.
#[derive(Clone, Copy, Debug)]
pub struct Span<'a> {
    pub text: &'a str,
    pub weight: Weight,
    /// As [`TextStyle::lang`].
    pub lang: u8,
}

impl<'a> Span<'a> {
    pub fn regular(text: &'a str) -> Span<'a> {
        Span { text, weight: Weight::Regular, lang: 0 }
    }

    pub fn bold(text: &'a str) -> Span<'a> {
        Span { text, weight: Weight::Bold, lang: 0 }
    }
}

/// A piece of a line in one weight and language.
#[derive(Clone, Debug, PartialEq)]
pub struct Piece {
    /// From the line's start.
    pub offset: f32,
    pub text: String,
    pub weight: Weight,
    pub lang: u8,
}

/// One line of a wrapped paragraph.
#[derive(Clone, Debug, PartialEq)]
pub struct Line {
    /// A piece for each change of weight or language.
    pub pieces: Vec<Piece>,
    pub width: f32,
}

/// Text ready for line breaking: the spans joined, with control characters removed.
struct Joined {
    text: String,
    /// (end byte, weight, language) of each span, in order.
    weights: Vec<(usize, Weight, u8)>,
}

impl Joined {
    fn new(spans: &[Span]) -> Joined {
        let mut text = String::new();
        let mut weights = Vec::new();
        for span in spans {
            for c in span.text.chars() {
                match c {
                    '\t' => text.push(' '),
                    '\n' => text.push('\n'),
                    c if c.is_control() => {}
                    c => text.push(c),
                }
            }
            weights.push((text.len(), span.weight, span.lang));
        }
        Joined { text, weights }
    }

    /// The pieces of `start..end` that share a weight and a language.
    fn runs(&self, start: usize, end: usize) -> impl Iterator<Item = (usize, usize, Weight, u8)> + '_ {
        let mut span_start = 0;
        self.weights.iter().filter_map(move |&(span_end, weight, lang)| {
            let run = (span_start.max(start), span_end.min(end), weight, lang);
            span_start = span_end;
            (run.0 < run.1).then_some(run)
        })
    }

    fn width(&self, faces: &Faces, start: usize, end: usize, size: f32) -> f32 {
        self.runs(start, end).map(|(a, b, weight, _)| faces.width(&self.text[a..b], weight, size)).sum()
    }

    fn line(&self, faces: &Faces, start: usize, end: usize, size: f32) -> Line {
        let end = start + self.text[start..end].trim_end().len();
        let mut offset = 0.0;
        let pieces = self
            .runs(start, end)
            .map(|(a, b, weight, lang)| {
                let piece = Piece { offset, text: self.text[a..b].to_owned(), weight, lang };
                offset += faces.width(&self.text[a..b], weight, size);
                piece
            })
            .collect();
        Line { pieces, width: offset }
    }
}

/// Break `spans` into lines no wider than `width`: greedy fill at the Unicode line break
/// opportunities, a newline forces a break, and a word wider than the line is cut where it
/// overflows.
pub fn wrap(faces: &Faces, spans: &[Span], size: f32, width: f32) -> Vec<Line> {
    let joined = Joined::new(spans);
    let text = joined.text.as_str();
    let measure = |start: usize, end: usize| joined.width(faces, start, end, size);
    let mut lines = Vec::new();
    let mut line_start = 0;
    // The width of `text[line_start..segment_start]`, trailing spaces included.
    let mut line_width = 0.0;
    let mut segment_start = 0;
    for (segment_end, opportunity) in linebreaks(text) {
        let trimmed_end = segment_start + text[segment_start..segment_end].trim_end().len();
        if segment_start > line_start && line_width + measure(segment_start, trimmed_end) > width {
            lines.push(joined.line(faces, line_start, segment_start, size));
            line_start = segment_start;
        }
        if line_start == segment_start {
            // Alone on its line, a word that is still too wide is cut where it overflows.
            let mut used = 0.0;
            for (offset, c) in text[segment_start..trimmed_end].char_indices() {
                let index = segment_start + offset;
                let advance = measure(index, index + c.len_utf8());
                if used + advance > width && index > line_start {
                    lines.push(joined.line(faces, line_start, index, size));
                    line_start = index;
                    used = 0.0;
                }
                used += advance;
            }
            line_width = used + measure(trimmed_end, segment_end);
        } else {
            line_width += measure(segment_start, segment_end);
        }
        if opportunity == BreakOpportunity::Mandatory && segment_end < text.len() {
            lines.push(joined.line(faces, line_start, segment_end, size));
            line_start = segment_end;
            line_width = 0.0;
        }
        segment_start = segment_end;
    }
    if !text[line_start..].trim().is_empty() {
        lines.push(joined.line(faces, line_start, text.len(), size));
    }
    lines
}

/// Something drawn on a page.
#[derive(Clone, Debug, PartialEq)]
pub enum Mark {
    /// Text starting at `x` on the baseline `y`.
    Text { x: f32, y: f32, style: TextStyle, text: String },
    /// A filled rectangle with its lower-left corner at (`x`, `y`).
    Fill { x: f32, y: f32, width: f32, height: f32, color: Rgb },
    /// Straight lines through `points`, back to the first when `closed`; filled and/or stroked
    /// (colour, line width).
    Path { points: Vec<(f32, f32)>, closed: bool, fill: Option<Rgb>, stroke: Option<(Rgb, f32)> },
}

impl Mark {
    /// Moves a mark given relative to a strip (x from the strip's left, y downwards from its
    /// top) to page coordinates.
    fn placed(&self, left: f32, top: f32) -> Mark {
        match self {
            Mark::Text { x, y, style, text } => {
                Mark::Text { x: left + x, y: top - y, style: *style, text: text.clone() }
            }
            Mark::Fill { x, y, width, height, color } => {
                Mark::Fill { x: left + x, y: top - y - height, width: *width, height: *height, color: *color }
            }
            Mark::Path { points, closed, fill, stroke } => Mark::Path {
                points: points.iter().map(|(x, y)| (left + x, top - y)).collect(),
                closed: *closed,
                fill: *fill,
                stroke: *stroke,
            },
        }
    }

    /// Moves a mark within its frame.
    fn moved(mut self, dx: f32, dy: f32) -> Mark {
        match &mut self {
            Mark::Text { x, y, .. } | Mark::Fill { x, y, .. } => {
                *x += dx;
                *y += dy;
            }
            Mark::Path { points, .. } => {
                for (x, y) in points {
                    *x += dx;
                    *y += dy;
                }
            }
        }
        self
    }
}

/// A full-width band of the page: the unit the flow places. Its marks are relative to the
/// strip: x from the body's left edge, y downwards from the strip's top (the baseline of
/// text, the top edge of a fill).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Strip {
    pub height: f32,
    pub marks: Vec<Mark>,
}

impl Strip {
    /// Vertical space; it disappears at the top of a page.
    pub fn space(height: f32) -> Strip {
        Strip { height, marks: Vec::new() }
    }

    /// One line of text at `x`.
    pub fn line(faces: &Faces, line: &Line, x: f32, style: TextStyle) -> Strip {
        let mut strip = Strip { height: style.line_height, marks: Vec::new() };
        strip.add_line(faces, line, x, style);
        strip
    }

    fn add_line(&mut self, faces: &Faces, line: &Line, x: f32, style: TextStyle) {
        let baseline = faces.baseline_offset(&style);
        self.marks.extend(line.pieces.iter().map(|piece| Mark::Text {
            x: x + piece.offset,
            y: baseline,
            style: style.with_weight(piece.weight).with_lang(piece.lang.max(style.lang)),
            text: piece.text.clone(),
        }));
    }

    /// Adds space above the content.
    pub fn pad_top(&mut self, padding: f32) {
        self.height += padding;
        self.marks = std::mem::take(&mut self.marks).into_iter().map(|mark| mark.moved(0.0, padding)).collect();
    }

    /// Adds a filled band across the strip, behind its content.
    pub fn fill_behind(&mut self, x: f32, width: f32, color: Rgb) {
        self.marks.insert(0, Mark::Fill { x, y: 0.0, width, height: self.height, color });
    }

    fn is_space(&self) -> bool {
        self.marks.is_empty()
    }
}

/// Wrapped text as strips, one per line, starting `x` from the body's left edge.
pub fn paragraph(faces: &Faces, spans: &[Span], style: TextStyle, x: f32, width: f32) -> Vec<Strip> {
    wrap(faces, spans, style.size, width).iter().map(|line| Strip::line(faces, line, x, style)).collect()
}

/// Text on a filled box one line high, as marks relative to the box's top-left corner.
pub fn badge(faces: &Faces, text: &str, style: TextStyle, fill: Rgb, padding: f32) -> Vec<Mark> {
    let width = faces.width(text, style.weight, style.size) + 2.0 * padding;
    vec![
        Mark::Fill { x: 0.0, y: 0.0, width, height: style.line_height, color: fill },
        Mark::Text { x: padding, y: faces.baseline_offset(&style), style, text: text.to_owned() },
    ]
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Align {
    Left,
    Right,
}

#[derive(Clone, Copy, Debug)]
pub struct Column {
    pub width: f32,
    pub align: Align,
}

/// The content of one table cell.
pub enum Cell<'a> {
    Text {
        spans: Vec<Span<'a>>,
        style: TextStyle,
        indent: f32,
    },
    /// One line of marks laid out by the caller, relative to the cell's content box.
    Marks(Vec<Mark>),
}

impl<'a> Cell<'a> {
    pub fn text(text: &'a str, style: TextStyle) -> Cell<'a> {
        Cell::Text { spans: vec![Span { text, weight: style.weight, lang: style.lang }], style, indent: 0.0 }
    }
}

/// Table geometry: rows are built as strips, one per line, so that a tall row can continue
/// on the next page.
pub struct Table {
    pub columns: Vec<Column>,
    /// Space inside each cell, left and right.
    pub padding: f32,
    /// Space above and below the content of a row.
    pub row_padding: f32,
    /// The line height of cells (the tallest style used should match it).
    pub line_height: f32,
}

impl Table {
    pub fn width(&self) -> f32 {
        self.columns.iter().map(|column| column.width).sum()
    }

    /// The left edge of `column`.
    pub fn column_x(&self, column: usize) -> f32 {
        self.columns.iter().take(column).map(|column| column.width).sum()
    }

    /// The strips of one row: line i of every cell shares strip i.
    pub fn row(&self, faces: &Faces, cells: &[Cell]) -> Vec<Strip> {
        let mut strips: Vec<Strip> = Vec::new();
        for (index, (cell, column)) in cells.iter().zip(&self.columns).enumerate() {
            let content_x = self.column_x(index) + self.padding;
            let content_width = column.width - 2.0 * self.padding;
            match cell {
                Cell::Text { spans, style, indent } => {
                    let lines = wrap(faces, spans, style.size, content_width - indent);
                    for (number, line) in lines.iter().enumerate() {
                        let x = match column.align {
                            Align::Left => content_x + indent,
                            Align::Right => content_x + content_width - line.width,
                        };
                        self.strip_mut(&mut strips, number).add_line(faces, line, x, *style);
                    }
                }
                Cell::Marks(marks) => {
                    let first = self.strip_mut(&mut strips, 0);
                    first.marks.extend(marks.iter().map(|mark| mark.clone().moved(content_x, 0.0)));
                }
            }
        }
        // A row of empty cells is still one line high.
        self.strip_mut(&mut strips, 0);
        strips
    }

    fn strip_mut<'s>(&self, strips: &'s mut Vec<Strip>, index: usize) -> &'s mut Strip {
        while strips.len() <= index {
            strips.push(Strip::space(self.line_height));
        }
        &mut strips[index]
    }

    /// The header row on a coloured band.
    pub fn header(&self, faces: &Faces, titles: &[&str], style: TextStyle, band: Rgb) -> Vec<Strip> {
        let cells: Vec<Cell> = titles.iter().map(|title| Cell::text(title, style)).collect();
        let mut strips = self.row(faces, &cells);
        self.pad(&mut strips);
        for strip in &mut strips {
            strip.fill_behind(0.0, self.width(), band);
        }
        strips
    }

    /// Row padding above the first and below the last strip, with a rule under the row.
    pub fn finish_row(&self, strips: &mut [Strip], rule: Rgb) {
        self.pad(strips);
        if let Some(last) = strips.last_mut() {
            let rule_y = last.height - 0.5;
            last.marks.push(Mark::Fill { x: 0.0, y: rule_y, width: self.width(), height: 0.5, color: rule });
        }
    }

    fn pad(&self, strips: &mut [Strip]) {
        if let Some(first) = strips.first_mut() {
            first.pad_top(self.row_padding);
        }
        if let Some(last) = strips.last_mut() {
            last.height += self.row_padding;
        }
    }

    /// Text spanning from `column` to the table's right edge, one strip per line.
    pub fn spanning(&self, faces: &Faces, spans: &[Span], style: TextStyle, column: usize) -> Vec<Strip> {
        let x = self.column_x(column) + self.padding;
        paragraph(faces, spans, style, x, self.width() - x - self.padding)
    }
}

/// Where things go on every page.
#[derive(Clone, Copy, Debug)]
pub struct Geometry {
    pub width: f32,
    pub height: f32,
    /// Left and right margin: nothing is drawn outside it.
    pub margin_x: f32,
    /// Top and bottom margin: nothing is drawn outside it (the header and footer live just
    /// inside it).
    pub margin_y: f32,
    pub body_top: f32,
    pub body_bottom: f32,
}

impl Geometry {
    pub fn a4() -> Geometry {
        Geometry {
            width: PAGE_WIDTH,
            height: PAGE_HEIGHT,
            margin_x: 51.0,
            margin_y: 28.0,
            body_top: PAGE_HEIGHT - 66.0,
            body_bottom: 62.0,
        }
    }

    pub fn body_width(&self) -> f32 {
        self.width - 2.0 * self.margin_x
    }
}

/// A destination for the document outline, at the top of a strip.
#[derive(Clone, Debug, PartialEq)]
pub struct Bookmark {
    pub title: String,
    /// 0 for top-level entries.
    pub level: usize,
    /// 0-based.
    pub page: usize,
    pub y: f32,
}

/// The running header and footer texts.
pub struct Running<'a> {
    pub header_left: &'a str,
    pub header_right: &'a str,
    pub footer_left: &'a str,
    pub style: TextStyle,
    pub rule: Rgb,
}

/// Places strips top to bottom, page after page.
pub struct Flow {
    geometry: Geometry,
    pages: Vec<Vec<Mark>>,
    /// The top of the free space on the current page.
    y: f32,
    /// True until something other than space or a repeated header is on the current page.
    fresh: bool,
    /// Strips (headings, a table header) that must not end a page: they go with the next one.
    kept: Vec<Strip>,
    /// The table header repeated at the top of each new page.
    repeated: Vec<Strip>,
    /// The header of a table whose first row is not placed yet.
    armed: Vec<Strip>,
    /// Bookmarks waiting for the next strip with content to be placed.
    pending: Vec<(String, usize)>,
    bookmarks: Vec<Bookmark>,
}

/// Lines a split paragraph or row keeps on each side of a page break.
const MIN_LINES_AT_BREAK: usize = 2;

impl Flow {
    pub fn new(geometry: Geometry) -> Flow {
        Flow {
            geometry,
            pages: vec![Vec::new()],
            y: geometry.body_top,
            fresh: true,
            kept: Vec::new(),
            repeated: Vec::new(),
            armed: Vec::new(),
            pending: Vec::new(),
            bookmarks: Vec::new(),
        }
    }

    pub fn geometry(&self) -> &Geometry {
        &self.geometry
    }

    /// Starts a new part on a new page, unless the current page holds only the end of the
    /// previous part (less than a quarter of the body): then the new part follows it after some
    /// space, rather than leaving a page with a few lines on it.
    pub fn part_break(&mut self) {
        let used = self.geometry.body_top - self.y;
        let body = self.geometry.body_top - self.geometry.body_bottom;
        if self.fresh {
            return;
        }
        if used < body / 4.0 {
            self.place(&[Strip::space(28.0)]);
        } else {
            self.new_page();
        }
    }

    /// The next strip placed carries an outline entry.
    pub fn bookmark(&mut self, title: &str, level: usize) {
        self.pending.push((title.to_owned(), level));
    }

    /// Strips that must stay with whatever is placed next (a heading never ends a page).
    pub fn keep_with_next(&mut self, strips: Vec<Strip>) {
        self.kept.extend(strips);
    }

    /// Starts a table: its header goes with the first row and is repeated on each page the
    /// table continues on.
    pub fn begin_table(&mut self, header: Vec<Strip>) {
        self.kept.extend(header.iter().cloned());
        self.armed = header;
    }

    pub fn end_table(&mut self) {
        self.repeated.clear();
        self.armed.clear();
    }

    /// Places `strips` together when they fit; otherwise breaks between them, keeping at least
    /// two lines on each side of the break, or moves them to the next page.
    pub fn place(&mut self, strips: &[Strip]) {
        self.place_continued(strips, &[]);
    }

    /// [`Flow::place`], with `continued` (e.g. "GAP-3 (continued)") placed first on each new page
    /// that the strips go on to. Space alone joins what is kept for the next strips, so that a
    /// heading and the space under it never end a page.
    pub fn place_continued(&mut self, strips: &[Strip], continued: &[Strip]) {
        if !self.kept.is_empty() && strips.iter().all(Strip::is_space) {
            self.kept.extend(strips.iter().cloned());
            return;
        }
        let mut rest = strips;
        let mut started = false;
        while !rest.is_empty() {
            let kept_height: f32 = self.kept.iter().map(|strip| strip.height).sum();
            let mut available = self.y - self.geometry.body_bottom - kept_height;
            let fitting = rest
                .iter()
                .take_while(|strip| {
                    available -= strip.height;
                    available >= -0.001
                })
                .count();
            let count = if fitting == rest.len() {
                fitting
            } else {
                // Leave at least two lines on each side of the break. A page holding nothing
                // yet takes what fits regardless, since moving on would gain nothing.
                let count = fitting.min(rest.len().saturating_sub(MIN_LINES_AT_BREAK));
                if self.fresh {
                    count.max(1)
                } else if count >= MIN_LINES_AT_BREAK {
                    count
                } else {
                    0
                }
            };
            if count == 0 {
                self.new_page();
                continue;
            }
            if started {
                for strip in continued {
                    self.put(strip);
                }
            }
            started = true;
            for strip in std::mem::take(&mut self.kept).iter().chain(&rest[..count]) {
                self.put(strip);
            }
            if !self.armed.is_empty() {
                self.repeated = std::mem::take(&mut self.armed);
            }
            rest = &rest[count..];
            if !rest.is_empty() {
                self.new_page();
            }
        }
    }

    fn put(&mut self, strip: &Strip) {
        if strip.is_space() && self.fresh {
            return;
        }
        if !strip.is_space() {
            let page = self.pages.len().saturating_sub(1);
            for (title, level) in self.pending.drain(..) {
                self.bookmarks.push(Bookmark { title, level, page, y: self.y });
            }
        }
        let left = self.geometry.margin_x;
        let top = self.y;
        if let Some(marks) = self.pages.last_mut() {
            marks.extend(strip.marks.iter().map(|mark| mark.placed(left, top)));
        }
        self.y -= strip.height;
        self.fresh &= strip.is_space();
    }

    fn new_page(&mut self) {
        self.pages.push(Vec::new());
        self.y = self.geometry.body_top;
        // Bookmarks belong to what comes after the repeated header.
        let pending = std::mem::take(&mut self.pending);
        for strip in self.repeated.clone() {
            self.put(&strip);
        }
        self.pending = pending;
        self.fresh = true;
    }

    /// Places what is still kept, then adds the running header and footer (with the page
    /// label `page_label(page, pages)`) to every page.
    pub fn finish(
        mut self,
        faces: &Faces,
        running: &Running,
        page_label: &dyn Fn(usize, usize) -> String,
    ) -> (Vec<Vec<Mark>>, Vec<Bookmark>) {
        let kept: Vec<Strip> = std::mem::take(&mut self.kept).into_iter().filter(|s| !s.is_space()).collect();
        if !kept.is_empty() {
            self.place(&kept);
        }
        let geometry = self.geometry;
        let total = self.pages.len();
        for (index, marks) in self.pages.iter_mut().enumerate() {
            marks.extend(running_marks(faces, &geometry, running, &page_label(index + 1, total)));
        }
        (self.pages, self.bookmarks)
    }
}

/// Header (left and right texts over a rule) and footer (a rule over the left text and the
/// page label) inside the page margins.
fn running_marks(faces: &Faces, geometry: &Geometry, running: &Running, page_label: &str) -> Vec<Mark> {
    let size = running.style.size;
    let (ascent, descent) = faces.regular.ascent_descent();
    let header_baseline = geometry.height - geometry.margin_y - ascent * size / 1000.0;
    let footer_baseline = geometry.margin_y - descent * size / 1000.0;
    let rule_gap = 5.0;
    let rule =
        |y: f32| Mark::Fill { x: geometry.margin_x, y, width: geometry.body_width(), height: 0.5, color: running.rule };
    let mut marks = Vec::new();
    marks.extend(text_pair(
        faces,
        geometry,
        running,
        Weight::Bold,
        running.header_left,
        running.header_right,
        header_baseline,
    ));
    marks.push(rule(header_baseline + descent * size / 1000.0 - rule_gap));
    marks.push(rule(footer_baseline + ascent * size / 1000.0 + rule_gap));
    marks.extend(text_pair(
        faces,
        geometry,
        running,
        Weight::Regular,
        running.footer_left,
        page_label,
        footer_baseline,
    ));
    marks
}

/// Two texts on one baseline, at the left and right margins; the left one is shortened to
/// keep a gap between them, the right one to half the width.
fn text_pair(
    faces: &Faces,
    geometry: &Geometry,
    running: &Running,
    left_weight: Weight,
    left: &str,
    right: &str,
    baseline: f32,
) -> [Mark; 2] {
    let style = running.style;
    let right = faces.truncate(right, Weight::Regular, style.size, geometry.body_width() / 2.0);
    let right_width = faces.width(&right, Weight::Regular, style.size);
    let left_room = geometry.body_width() - right_width - 4.0 * style.size;
    [
        Mark::Text {
            x: geometry.margin_x,
            y: baseline,
            style: style.with_weight(left_weight),
            text: faces.truncate(left, left_weight, style.size, left_room),
        },
        Mark::Text { x: geometry.width - geometry.margin_x - right_width, y: baseline, style, text: right },
    ]
}

/// A face with simple fixed advances, for tests that must not depend on a font file.
#[cfg(test)]
pub mod testing {
    use super::Face;

    pub struct FixedFace;

    impl Face for FixedFace {
        fn advance(&self, c: char) -> Option<u16> {
            match c {
                '\u{E000}'..='\u{F8FF}' => None,
                ' ' => Some(250),
                'W' | 'M' => Some(900),
                _ => Some(500),
            }
        }

        fn ascent_descent(&self) -> (f32, f32) {
            (800.0, -200.0)
        }
    }

    pub const FACES: super::Faces<'static> = super::Faces { regular: &FixedFace, bold: &FixedFace, fallback: None };

    pub fn page_label(page: usize, pages: usize) -> String {
        format!("page {page} of {pages}")
    }
}

#[cfg(test)]
mod tests {
    use super::testing::FACES;
    use super::*;

    const STYLE: TextStyle =
        TextStyle { size: 10.0, weight: Weight::Regular, color: Rgb(0.0, 0.0, 0.0), line_height: 12.0, lang: 0 };

    fn line_text(line: &Line) -> String {
        line.pieces.iter().map(|piece| piece.text.as_str()).collect()
    }

    fn texts(marks: &[Mark]) -> Vec<&str> {
        marks
            .iter()
            .filter_map(|mark| match mark {
                Mark::Text { text, .. } => Some(text.as_str()),
                Mark::Fill { .. } | Mark::Path { .. } => None,
            })
            .collect()
    }

    #[test]
    fn wrapped_lines_never_exceed_the_width_and_lose_nothing() {
        let text = "Walls, fences and gates — the outer layer — are checked every week; \
                    MMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMM is cut where needed.\n\
                    Sûreté du périmètre: élevé. https://example.org/a/very/long/path/without/spaces";
        let visible: String = text.chars().filter(|c| !c.is_whitespace()).collect();
        for width in (10..400).step_by(7).map(|width| width as f32) {
            let lines = wrap(&FACES, &[Span::regular(text)], STYLE.size, width);
            for line in &lines {
                assert!(line.width <= width + 0.001, "{:?} is {} wide, more than {width}", line_text(line), line.width);
                let measured = FACES.width(&line_text(line), Weight::Regular, STYLE.size);
                assert!((measured - line.width).abs() < 0.001);
            }
            let rejoined: String = lines.iter().flat_map(|line| line_text(line).chars().collect::<Vec<_>>()).collect();
            assert_eq!(rejoined.chars().filter(|c| !c.is_whitespace()).collect::<String>(), visible);
        }
    }

    #[test]
    fn wrapping_fills_lines_greedily_at_spaces() {
        // 10 pt characters of 5 pt and spaces of 2.5 pt: "aaaa bbbb" is 42.5 pt.
        let lines = wrap(&FACES, &[Span::regular("aaaa bbbb cccc dddd")], STYLE.size, 45.0);
        assert_eq!(lines.iter().map(line_text).collect::<Vec<_>>(), ["aaaa bbbb", "cccc dddd"]);
    }

    #[test]
    fn a_newline_forces_a_break_and_a_blank_line_stays() {
        let lines = wrap(&FACES, &[Span::regular("one\n\ntwo\tthree\r\n")], STYLE.size, 500.0);
        assert_eq!(lines.iter().map(line_text).collect::<Vec<_>>(), ["one", "", "two three"]);
    }

    #[test]
    fn spans_keep_their_weights_across_lines() {
        let spans = [Span::bold("Remediation: "), Span::regular("fit locks")];
        let lines = wrap(&FACES, &spans, STYLE.size, 500.0);
        let pieces: Vec<(&str, Weight)> =
            lines[0].pieces.iter().map(|piece| (piece.text.as_str(), piece.weight)).collect();
        assert_eq!(pieces, [("Remediation: ", Weight::Bold), ("fit locks", Weight::Regular)]);
        assert_eq!(lines[0].pieces[1].offset, FACES.width("Remediation: ", Weight::Bold, STYLE.size));
    }

    fn text_strip(text: &str) -> Strip {
        Strip::line(&FACES, &wrap(&FACES, &[Span::regular(text)], STYLE.size, 400.0)[0], 0.0, STYLE)
    }

    fn running() -> Running<'static> {
        Running {
            header_left: "Organisation",
            header_right: "q 1",
            footer_left: "fingerprints",
            style: STYLE,
            rule: Rgb(0.5, 0.5, 0.5),
        }
    }

    /// Text marks of the body of each page (without the running header and footer).
    fn body_texts(pages: &[Vec<Mark>]) -> Vec<Vec<&str>> {
        pages.iter().map(|marks| texts(&marks[..marks.len() - 6])).collect()
    }

    #[test]
    fn a_long_table_breaks_across_pages_and_repeats_its_header() {
        let mut flow = Flow::new(Geometry::a4());
        flow.keep_with_next(vec![text_strip("Heading")]);
        flow.begin_table(vec![text_strip("Header")]);
        let rows: Vec<Vec<Strip>> = (0..150)
            .map(|row| {
                // Every seventh row is taller than a page and has to be split.
                let lines = if row % 7 == 6 { 80 } else { 1 + row % 3 };
                (0..lines).map(|line| text_strip(&format!("row {row} line {line}"))).collect()
            })
            .collect();
        for row in &rows {
            flow.place(row);
        }
        flow.end_table();
        flow.place(&[text_strip("After")]);
        let (pages, _) = flow.finish(&FACES, &running(), &testing::page_label);
        let bodies = body_texts(&pages);
        assert!(bodies.len() > 10);
        assert_eq!(bodies[0][..2], ["Heading", "Header"]);
        for body in &bodies[1..] {
            if body.contains(&"After") && body[0] == "After" {
                continue;
            }
            assert_eq!(body[0], "Header", "a table page starts with {:?}", body[0]);
        }
        for (row, strips) in rows.iter().enumerate() {
            let pages_of_row: Vec<usize> = (0..strips.len())
                .map(|line| {
                    let text = format!("row {row} line {line}");
                    bodies.iter().position(|body| body.contains(&text.as_str())).expect("every line is placed")
                })
                .collect();
            if strips.len() < 2 * MIN_LINES_AT_BREAK {
                assert!(pages_of_row.iter().all(|&page| page == pages_of_row[0]), "row {row} was split");
            }
            // A split leaves at least two lines on each side.
            for page in pages_of_row.iter().copied().collect::<std::collections::BTreeSet<_>>() {
                let count = pages_of_row.iter().filter(|&&p| p == page).count();
                assert!(count >= MIN_LINES_AT_BREAK.min(strips.len()), "row {row}: {count} lines on page {page}");
            }
        }
    }

    #[test]
    fn a_heading_never_ends_a_page() {
        for filler_lines in 50..70 {
            let mut flow = Flow::new(Geometry::a4());
            let filler: Vec<Strip> = (0..filler_lines).map(|line| text_strip(&format!("filler {line}"))).collect();
            flow.place(&filler);
            flow.keep_with_next(vec![Strip::space(10.0), text_strip("Heading"), Strip::space(4.0)]);
            flow.place(&[text_strip("First line"), text_strip("Second line"), text_strip("Third line")]);
            let (pages, _) = flow.finish(&FACES, &running(), &testing::page_label);
            let bodies = body_texts(&pages);
            let heading_page = bodies.iter().position(|body| body.contains(&"Heading")).expect("heading placed");
            assert_ne!(bodies[heading_page].last(), Some(&"Heading"), "{filler_lines} filler lines");
            assert!(bodies[heading_page].contains(&"First line"));
        }
    }

    #[test]
    fn bookmarks_point_at_the_strip_that_follows_them() {
        let mut flow = Flow::new(Geometry::a4());
        // 58 lines of 12 pt leave less room than the heading and two lines need.
        flow.place(&(0..58).map(|line| text_strip(&format!("line {line}"))).collect::<Vec<_>>());
        flow.bookmark("Part", 0);
        flow.keep_with_next(vec![Strip::space(10.0), text_strip("Part")]);
        flow.place(&[text_strip("body"), text_strip("body")]);
        let (pages, bookmarks) = flow.finish(&FACES, &running(), &testing::page_label);
        let geometry = Geometry::a4();
        assert_eq!(bookmarks.len(), 1);
        assert_eq!(bookmarks[0].page, 1);
        // The space before the heading disappears at the top of the page.
        assert_eq!(bookmarks[0].y, geometry.body_top);
        assert_eq!(texts(&pages[1])[0], "Part");
        assert!(texts(&pages[1]).contains(&"Part"));
    }

    #[test]
    fn running_texts_are_shortened_to_fit() {
        let long = "Organisation ".repeat(40);
        let running = Running { header_left: &long, ..running() };
        let mut flow = Flow::new(Geometry::a4());
        flow.place(&[text_strip("body")]);
        let (pages, _) = flow.finish(&FACES, &running, &testing::page_label);
        let marks = &pages[0][pages[0].len() - 6..];
        let (Mark::Text { x: left_x, text: left, .. }, Mark::Text { x: right_x, .. }) = (&marks[0], &marks[1]) else {
            panic!("the header starts with two texts");
        };
        assert!(left.ends_with('…'));
        assert!(left_x + FACES.width(left, Weight::Bold, STYLE.size) < *right_x);
        assert!(texts(marks).contains(&"page 1 of 1"));
    }
}
