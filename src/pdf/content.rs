//! Where each block of the report [`Document`] goes: its visual style (sizes, colours, columns)
//! and its layout on A4 pages, flowed by `layout`. Every word comes from the document; this
//! module only measures, wraps and draws.

use super::layout::{
    badge, paragraph, Align, Bookmark, Cell, Column, Faces, Flow, Geometry, Mark, Rgb, Running, Span, Strip, Table,
    TextStyle, Weight,
};
use crate::report::document::{self, Block, Document, Inline, Tone};
use crate::scoring::Status;

const INK: Rgb = Rgb(0.13, 0.15, 0.18);
const MUTED: Rgb = Rgb(0.40, 0.43, 0.48);
const OTHER_LANGUAGE: Rgb = Rgb(0.30, 0.33, 0.38);
const RULE: Rgb = Rgb(0.80, 0.82, 0.85);
const ACCENT: Rgb = Rgb(0.11, 0.23, 0.40);
const WHITE: Rgb = Rgb(1.0, 1.0, 1.0);
/// The unfilled part of a bar, and the band behind a notice.
const TRACK: Rgb = Rgb(0.88, 0.89, 0.91);
const NOTICE: Rgb = Rgb(0.95, 0.95, 0.96);
const NEUTRAL_BAR: Rgb = Rgb(0.35, 0.47, 0.64);
const GREEN: Rgb = Rgb(0.11, 0.50, 0.27);
const RED: Rgb = Rgb(0.75, 0.14, 0.14);
const AMBER: Rgb = Rgb(0.95, 0.64, 0.10);
/// The verdict's fill when there is no verdict (no pass rule): neutral.
const SLATE: Rgb = Rgb(0.31, 0.36, 0.43);
/// The area of the radar chart: the accent, lightened.
const RADAR_FILL: Rgb = Rgb(0.82, 0.87, 0.94);

const fn style(size: f32, line_height: f32, weight: Weight, color: Rgb) -> TextStyle {
    TextStyle { size, weight, color, line_height, lang: 0 }
}

const BODY: TextStyle = style(9.5, 13.5, Weight::Regular, INK);
const TABLE: TextStyle = style(8.5, 11.5, Weight::Regular, INK);
const DETAIL: TextStyle = style(8.0, 11.0, Weight::Regular, INK);
const DETAIL_BOLD: TextStyle = style(8.0, 11.0, Weight::Bold, INK);
const LABEL: TextStyle = style(7.5, 10.0, Weight::Regular, MUTED);
const HEADING: TextStyle = style(16.0, 22.0, Weight::Bold, ACCENT);
const SUBHEADING: TextStyle = style(11.5, 16.0, Weight::Bold, INK);
const TITLE: TextStyle = style(22.0, 27.0, Weight::Bold, INK);
const STAT: TextStyle = style(15.0, 20.0, Weight::Bold, INK);
const VERDICT: TextStyle = style(20.0, 26.0, Weight::Bold, WHITE);

/// The laid-out report: its pages' marks, the outline entries, and the languages that text
/// marks tag (a mark's `style.lang` of n is the n-th, from 1).
pub struct Composed {
    pub pages: Vec<Vec<Mark>>,
    pub bookmarks: Vec<Bookmark>,
    pub languages: Vec<String>,
}

/// Lays the document out.
pub fn compose(document: &Document, faces: &Faces) -> Composed {
    let mut page = Page { flow: Flow::new(Geometry::a4()), faces, own: document.lang.code(), languages: Vec::new() };
    for block in &document.blocks {
        page.block(block);
    }
    let running = &document.running;
    let marking = running.marking.text().replace('\n', " / ");
    let footer = format!("{} · {}", running.header_right, running.footer_left);
    let layout = Running {
        header_left: &marking,
        header_right: &running.header_left,
        footer_left: &footer,
        style: LABEL,
        rule: RULE,
    };
    let Page { flow, languages, .. } = page;
    let (mut pages, bookmarks) = flow.finish(faces, &layout, &|page, pages| document.page_label(page, pages));
    // Text in another language than the report's (the second language of a bilingual report, or
    // a criteria text the file has not translated) is set in grey, as the app marks it.
    for mark in pages.iter_mut().flatten() {
        if let Mark::Text { style, .. } = mark {
            if style.lang != 0 && style.color == INK {
                style.color = OTHER_LANGUAGE;
            }
        }
    }
    Composed { pages, bookmarks, languages }
}

struct Page<'a> {
    flow: Flow,
    faces: &'a Faces<'a>,
    /// The document's language.
    own: &'static str,
    /// The other languages met so far, in order.
    languages: Vec<String>,
}

impl Page<'_> {
    fn width(&self) -> f32 {
        self.flow.geometry().body_width()
    }

    fn block(&mut self, block: &Block) {
        match block {
            Block::PageBreak => self.flow.part_break(),
            Block::Kicker(text) => {
                self.flow.bookmark(text, 0);
                let upper = text.to_uppercase();
                self.text(&Inline::plain(upper), LABEL.with_weight(Weight::Bold).with_color(ACCENT));
                self.space(4.0);
            }
            Block::Title(text) => {
                self.text(text, TITLE);
                self.space(2.0);
            }
            Block::Heading { level, text, outline, .. } => self.heading(*level, text, *outline),
            Block::Paragraph { text, tone } => {
                let style = if *tone == Tone::Muted { BODY.with_color(MUTED) } else { BODY };
                self.text(text, style);
                self.space(6.0);
            }
            Block::Notice(text) => self.notice(text),
            Block::Details(details) => {
                self.space(6.0);
                self.details(details);
                self.space(8.0);
            }
            Block::Verdict(verdict) => {
                self.verdict(verdict);
                self.space(10.0);
            }
            Block::Stats(stats) => {
                self.stats(stats);
                self.space(10.0);
            }
            Block::ScoreBar(bar) => {
                self.score_bar(bar);
                self.space(8.0);
            }
            Block::Bars(bars) => {
                self.space(4.0);
                for bar in bars {
                    self.section_bar(bar);
                }
            }
            Block::Radar(radar) => self.radar(radar),
            Block::Bullets(items) => self.bullets(items, BODY),
            Block::Table(table) => {
                self.space(4.0);
                self.table(table);
                self.space(8.0);
            }
            Block::SignOff(sign) => self.sign_off(sign),
        }
    }

    /// The language tag of a run: 0 for the document's language.
    fn tag(&mut self, lang: Option<&String>) -> u8 {
        let Some(lang) = lang.filter(|lang| lang.as_str() != self.own) else { return 0 };
        let index = match self.languages.iter().position(|known| known == lang) {
            Some(index) => index,
            None => {
                self.languages.push(lang.clone());
                self.languages.len() - 1
            }
        };
        u8::try_from(index + 1).unwrap_or(0)
    }

    /// An inline text's spans, in `weight` (bold runs stay bold).
    fn spans<'t>(&mut self, text: &'t Inline, weight: Weight) -> Vec<Span<'t>> {
        text.0
            .iter()
            .map(|run| Span {
                text: &run.text,
                weight: if run.strong { Weight::Bold } else { weight },
                lang: self.tag(run.lang.as_ref()),
            })
            .collect()
    }

    fn text(&mut self, text: &Inline, style: TextStyle) {
        let spans = self.spans(text, style.weight);
        let strips = paragraph(self.faces, &spans, style, 0.0, self.width());
        self.flow.place(&strips);
    }

    fn space(&mut self, height: f32) {
        self.flow.place(&[Strip::space(height)]);
    }

    /// A heading; levels 1 and 2 have an outline entry. It never ends a page.
    fn heading(&mut self, level: u8, text: &Inline, outline: bool) {
        let style = match level {
            1 => HEADING,
            2 => SUBHEADING,
            _ => DETAIL_BOLD,
        };
        let spans = self.spans(text, style.weight);
        let mut strips = vec![Strip::space(if level >= 3 { 6.0 } else { style.size })];
        strips.extend(paragraph(self.faces, &spans, style, 0.0, self.width()));
        strips.push(Strip::space(if level >= 3 { 2.0 } else { style.size / 2.0 }));
        if outline || level == 2 {
            self.flow.bookmark(&text.text().replace('\n', " / "), usize::from(level.saturating_sub(1)).min(1));
        }
        self.flow.keep_with_next(strips);
    }

    fn bullets(&mut self, items: &[Inline], style: TextStyle) {
        let indent = 2.0 * style.size;
        for item in items {
            let spans = self.spans(item, style.weight);
            let mut strips = paragraph(self.faces, &spans, style, indent, self.width() - indent);
            if let Some(first) = strips.first_mut() {
                let y = self.faces.baseline_offset(&style);
                first.marks.push(Mark::Text { x: style.size * 0.6, y, style, text: "•".into() });
            }
            self.flow.place(&strips);
        }
    }

    /// A statement on a light band, set apart from the text around it.
    fn notice(&mut self, text: &Inline) {
        let padding = 8.0;
        let spans = self.spans(text, Weight::Regular);
        let mut strips = paragraph(self.faces, &spans, DETAIL, padding, self.width() - 2.0 * padding);
        if let Some(first) = strips.first_mut() {
            first.pad_top(padding);
        }
        if let Some(last) = strips.last_mut() {
            last.height += padding;
        }
        let width = self.width();
        for strip in &mut strips {
            strip.fill_behind(0.0, width, NOTICE);
        }
        self.space(6.0);
        self.flow.place(&strips);
        self.space(4.0);
    }

    /// Label and value pairs as a ruled two-column table.
    fn details(&mut self, rows: &[document::Detail]) {
        let label_width = 120.0;
        let table = Table {
            columns: vec![
                Column { width: label_width, align: Align::Left },
                Column { width: self.width() - label_width, align: Align::Left },
            ],
            padding: 0.0,
            row_padding: 1.5,
            line_height: BODY.line_height,
        };
        for row in rows {
            let label = [Span::regular(&row.label)];
            let value = self.spans(&row.value, Weight::Regular);
            // A fingerprint is set a size smaller, so that all 64 digits hold on one line.
            let value_style = if row.code { DETAIL.with_weight(Weight::Regular) } else { BODY };
            let cells = [
                Cell::Text { spans: label.to_vec(), style: BODY.with_color(MUTED), indent: 0.0 },
                Cell::Text { spans: value, style: value_style, indent: 0.0 },
            ];
            let mut strips = table.row(self.faces, &cells);
            table.finish_row(&mut strips, RULE);
            self.flow.place(&strips);
        }
    }

    fn verdict(&mut self, verdict: &document::Verdict) {
        let (fill, text_color) = match verdict.status {
            Status::Ready => (GREEN, WHITE),
            Status::NotReady => (RED, WHITE),
            // White on amber is hard to read.
            Status::Incomplete => (AMBER, INK),
            // No pass rule, no verdict: a neutral slate, neither good nor bad news.
            Status::NoRule => (SLATE, WHITE),
        };
        let padding = 12.0;
        let label = LABEL.with_color(text_color);
        let big = VERDICT.with_color(text_color);
        let band_style = SUBHEADING.with_color(text_color);
        let band_text = verdict.band.text().replace('\n', " / ");
        let band_width = self.faces.width(&band_text, Weight::Bold, band_style.size);
        let band_x = (self.width() - padding - band_width).max(self.width() / 2.0);
        let verdict_y = padding + label.line_height;
        let baseline = verdict_y + self.faces.baseline_offset(&big);
        let mut strip = Strip {
            height: verdict_y + big.line_height + padding,
            marks: vec![
                Mark::Text {
                    x: padding,
                    y: padding + self.faces.baseline_offset(&label),
                    style: label,
                    text: verdict.label.to_uppercase(),
                },
                Mark::Text { x: padding, y: baseline, style: big, text: verdict.verdict.clone() },
                Mark::Text { x: band_x, y: baseline, style: band_style, text: band_text },
            ],
        };
        strip.fill_behind(0.0, self.width(), fill);
        self.flow.place(&[strip]);
    }

    /// Figures side by side, each a small label over a large value; a value too wide for its
    /// column is set smaller, never cut.
    fn stats(&mut self, stats: &[(String, String)]) {
        let column_width = self.width() / stats.len().max(1) as f32;
        let mut strip = Strip { height: LABEL.line_height + STAT.line_height, marks: Vec::new() };
        for (index, (label, value)) in stats.iter().enumerate() {
            let x = index as f32 * column_width;
            let room = column_width - 8.0;
            let label_size = fitting_size(self.faces, label, LABEL.weight, LABEL.size, room);
            strip.marks.push(Mark::Text {
                x,
                y: self.faces.baseline_offset(&LABEL),
                style: TextStyle { size: label_size, ..LABEL },
                text: label.clone(),
            });
            let size = fitting_size(self.faces, value, STAT.weight, STAT.size, room);
            strip.marks.push(Mark::Text {
                x,
                y: LABEL.line_height + self.faces.baseline_offset(&STAT),
                style: TextStyle { size, ..STAT },
                text: value.clone(),
            });
        }
        self.flow.place(&[strip]);
    }

    /// The overall score as a bar, with the pass mark's tick and its label above it.
    fn score_bar(&mut self, bar: &document::ScoreBar) {
        let width = self.width();
        let label_height = if bar.pass.is_some() { LABEL.line_height + 2.0 } else { 0.0 };
        let bar_top = label_height + 3.0;
        let bar_height = 8.0;
        let mut strip = Strip {
            height: bar_top + bar_height + 3.0,
            marks: bar_marks(0.0, bar_top, width, bar_height, bar.fraction, result_color(bar.passed)),
        };
        if let Some(pass) = bar.pass {
            let tick_x = width * pass.clamp(0.0, 1.0) as f32;
            strip.marks.push(Mark::Fill {
                x: tick_x - 0.75,
                y: bar_top - 3.0,
                width: 1.5,
                height: bar_height + 6.0,
                color: INK,
            });
            let label_width = self.faces.width(&bar.pass_label, LABEL.weight, LABEL.size);
            strip.marks.push(Mark::Text {
                // Centred over the tick but inside the bar (min then max: never a panicking clamp).
                x: (tick_x - label_width / 2.0).min(width - label_width).max(0.0),
                y: self.faces.baseline_offset(&LABEL),
                style: LABEL,
                text: bar.pass_label.clone(),
            });
        }
        self.flow.place(&[strip]);
    }

    /// One line of the section chart: the title (wrapped), the bar with its threshold tick, the
    /// percentage.
    fn section_bar(&mut self, bar: &document::Bar) {
        let width = self.width();
        let (bar_x, bar_width, bar_height) = (0.40 * width, 0.46 * width, 7.0);
        let spans = self.spans(&bar.label, TABLE.weight);
        let lines = super::layout::wrap(self.faces, &spans, TABLE.size, bar_x - 8.0);
        let line_count = lines.len().max(1) as f32;
        let height = TABLE.line_height * line_count + 6.0;
        let mut strip = Strip { height, marks: Vec::new() };
        for (index, line) in lines.iter().enumerate() {
            let mut line_strip = Strip::line(self.faces, line, 0.0, TABLE);
            for mark in &mut line_strip.marks {
                if let Mark::Text { y, .. } = mark {
                    *y += 3.0 + TABLE.line_height * index as f32;
                }
            }
            strip.marks.extend(line_strip.marks);
        }
        let bar_y = 3.0 + (TABLE.line_height - bar_height) / 2.0;
        strip.marks.extend(bar_marks(bar_x, bar_y, bar_width, bar_height, bar.fraction, result_color(bar.passed)));
        if let Some(threshold) = bar.threshold {
            let tick_x = bar_x + bar_width * threshold.clamp(0.0, 1.0) as f32;
            strip.marks.push(Mark::Fill {
                x: tick_x - 0.75,
                y: bar_y - 2.5,
                width: 1.5,
                height: bar_height + 5.0,
                color: INK,
            });
        }
        strip.marks.push(Mark::Text {
            x: bar_x + bar_width + 8.0,
            y: 3.0 + self.faces.baseline_offset(&TABLE),
            style: TABLE.with_weight(Weight::Bold),
            text: bar.value.clone(),
        });
        self.flow.place(&[strip]);
    }

    /// The top-level sections' scores on spokes (100 % at the rim, rings every 25 %), with the
    /// pass threshold as a red ring; each spoke's label wraps rather than being cut.
    fn radar(&mut self, radar: &document::Radar) {
        // Room above and below the rings for labels of up to three lines.
        let (radius, label_room) = (88.0_f32, 44.0);
        let height = 2.0 * (radius + label_room);
        let (width, centre) = (self.width(), (self.width() / 2.0, radius + label_room));
        let count = radar.spokes.len();
        let direction = |index: usize| {
            let angle = -std::f32::consts::FRAC_PI_2 + std::f32::consts::TAU * index as f32 / count as f32;
            (angle.cos(), angle.sin())
        };
        let at = |index: usize, distance: f32| {
            let (cos, sin) = direction(index);
            (centre.0 + distance * cos, centre.1 + distance * sin)
        };
        let ring = |fraction: f32| (0..count).map(|i| at(i, radius * fraction)).collect::<Vec<_>>();
        let scores: Vec<(f32, f32)> = radar
            .spokes
            .iter()
            .enumerate()
            .map(|(i, (_, fraction, _))| at(i, radius * fraction.clamp(0.0, 1.0) as f32))
            .collect();
        let mut marks = vec![Mark::Path { points: scores.clone(), closed: true, fill: Some(RADAR_FILL), stroke: None }];
        for fraction in [0.25, 0.5, 0.75, 1.0] {
            marks.push(Mark::Path { points: ring(fraction), closed: true, fill: None, stroke: Some((RULE, 0.5)) });
        }
        for index in 0..count {
            marks.push(Mark::Path {
                points: vec![centre, at(index, radius)],
                closed: false,
                fill: None,
                stroke: Some((RULE, 0.5)),
            });
        }
        marks.push(Mark::Path { points: scores, closed: true, fill: None, stroke: Some((ACCENT, 1.2)) });
        if let Some(threshold) = radar.threshold {
            marks.push(Mark::Path {
                points: ring(threshold.clamp(0.0, 1.0) as f32),
                closed: true,
                fill: None,
                stroke: Some((RED, 0.8)),
            });
        }
        for (index, (title, _, value)) in radar.spokes.iter().enumerate() {
            let (cos, sin) = direction(index);
            let (x, y) = at(index, radius + 6.0);
            // Room beside the chart for side labels; labels above and below the chart are kept
            // narrow so that they clear their neighbours.
            let room = if cos.abs() > 0.3 { (if cos > 0.0 { width - x } else { x }).min(150.0) } else { 96.0 };
            let text = format!("{title} {value}");
            let lines = super::layout::wrap(self.faces, &[Span::regular(&text)], LABEL.size, room);
            let block_height = LABEL.line_height * lines.len() as f32;
            let top = if sin > 0.3 {
                y + 1.0
            } else if sin < -0.3 {
                y - block_height - 1.0
            } else {
                y - block_height / 2.0
            };
            for (number, line) in lines.iter().enumerate() {
                let left = if cos > 0.3 {
                    x
                } else if cos < -0.3 {
                    x - line.width
                } else {
                    x - line.width / 2.0
                };
                let left = left.min(width - line.width).max(0.0);
                let baseline = top + LABEL.line_height * number as f32 + self.faces.baseline_offset(&LABEL);
                for piece in &line.pieces {
                    marks.push(Mark::Text {
                        x: left + piece.offset,
                        y: baseline,
                        style: LABEL,
                        text: piece.text.clone(),
                    });
                }
            }
        }
        self.flow.place(&[Strip { height, marks }]);
        self.space(4.0);
        self.text(&Inline::plain(radar.legend.clone()), LABEL);
    }

    /// A ruled table with a header band repeated on each page; a row that continues on a new
    /// page is introduced there by its "continued" line.
    fn table(&mut self, table: &document::Table) {
        let layout = Table {
            columns: table
                .columns
                .iter()
                .map(|column| Column {
                    width: column.width * self.width(),
                    align: match column.align {
                        document::Align::Start => Align::Left,
                        document::Align::End => Align::Right,
                    },
                })
                .collect(),
            padding: 4.0,
            row_padding: 4.0,
            line_height: TABLE.line_height,
        };
        let titles: Vec<&str> = table.columns.iter().map(|column| column.title.as_str()).collect();
        let header = layout.header(self.faces, &titles, TABLE.with_weight(Weight::Bold).with_color(WHITE), ACCENT);
        self.flow.begin_table(header);
        for row in &table.rows {
            let spans: Vec<Vec<Span>> = row
                .cells
                .iter()
                .map(|cell| match cell {
                    document::Cell::Text { text, strong, .. } => {
                        self.spans(text, if *strong { Weight::Bold } else { Weight::Regular })
                    }
                    _ => Vec::new(),
                })
                .collect();
            let cells: Vec<Cell> = row
                .cells
                .iter()
                .zip(spans)
                .map(|(cell, spans)| match cell {
                    document::Cell::Text { strong, tone, indent, .. } => {
                        let style = TABLE.with_weight(if *strong { Weight::Bold } else { Weight::Regular });
                        Cell::Text {
                            spans,
                            style: style.with_color(tone_color(*tone)),
                            indent: 10.0 * f32::from(*indent),
                        }
                    }
                    document::Cell::Bar { fraction, passed, value } => {
                        let bar_width = 36.0;
                        let mut marks = bar_marks(
                            0.0,
                            (TABLE.line_height - 5.0) / 2.0,
                            bar_width,
                            5.0,
                            *fraction,
                            result_color(*passed),
                        );
                        marks.push(Mark::Text {
                            x: bar_width + 5.0,
                            y: self.faces.baseline_offset(&TABLE),
                            style: TABLE,
                            text: value.clone(),
                        });
                        Cell::Marks(marks)
                    }
                    document::Cell::Badge(text) => Cell::Marks(badge(
                        self.faces,
                        text,
                        style(7.0, TABLE.line_height, Weight::Bold, WHITE),
                        RED,
                        3.0,
                    )),
                    document::Cell::Code(text) => Cell::text(text, DETAIL),
                })
                .collect();
            let mut strips = layout.row(self.faces, &cells);
            let first_detail = strips.len();
            for (label, text) in &row.details {
                let label = format!("{label} ");
                let mut spans = vec![Span::bold(&label)];
                spans.extend(self.spans(text, Weight::Regular));
                strips.extend(layout.spanning(self.faces, &spans, DETAIL, 1));
            }
            if let Some(first) = strips.get_mut(first_detail) {
                first.pad_top(3.0);
            }
            layout.finish_row(&mut strips, RULE);
            let continued = row.continued.as_ref().map_or_else(Vec::new, |text| {
                paragraph(self.faces, &[Span::regular(text)], DETAIL.with_color(MUTED), layout.padding, self.width())
            });
            if let Some(outline) = &row.outline {
                self.flow.bookmark(outline, 1);
            }
            self.flow.place_continued(&strips, &continued);
        }
        self.flow.end_table();
    }

    /// Each person who signs: the role, then lines for the name, the signature and the date.
    fn sign_off(&mut self, sign: &document::SignOff) {
        let width = self.width();
        for (role, name) in &sign.parties {
            self.space(18.0);
            self.text(&Inline::plain(role.clone()), SUBHEADING);
            let line_gap = 30.0;
            let mut strip = Strip { height: line_gap + LABEL.line_height + 4.0, marks: Vec::new() };
            let columns = [(&sign.name, 0.0, 0.42), (&sign.signature, 0.46, 0.32), (&sign.date, 0.82, 0.18)];
            for (index, (label, from, span)) in columns.into_iter().enumerate() {
                let x = from * width;
                if index == 0 && !name.is_empty() {
                    let size = fitting_size(self.faces, name, BODY.weight, BODY.size, span * width - 14.0);
                    strip.marks.push(Mark::Text {
                        x,
                        y: line_gap - 6.0,
                        style: TextStyle { size, ..BODY },
                        text: name.clone(),
                    });
                }
                strip.marks.push(Mark::Fill { x, y: line_gap, width: span * width - 12.0, height: 0.6, color: INK });
                strip.marks.push(Mark::Text {
                    x,
                    y: line_gap + 3.0 + self.faces.baseline_offset(&LABEL),
                    style: LABEL,
                    text: label.clone(),
                });
            }
            self.flow.place(&[strip]);
        }
        self.space(24.0);
    }
}

/// The size at which `text` fits in `room`: `size`, or smaller down to 60 % of it.
fn fitting_size(faces: &Faces, text: &str, weight: Weight, size: f32, room: f32) -> f32 {
    let width = faces.width(text, weight, size);
    if width <= room || width <= 0.0 {
        size
    } else {
        (size * room / width).max(size * 0.6)
    }
}

fn tone_color(tone: Tone) -> Rgb {
    match tone {
        Tone::Normal => INK,
        Tone::Muted => MUTED,
        Tone::Good => GREEN,
        Tone::Bad => RED,
    }
}

/// A bar's colour: green when it passed its threshold, red when it failed, neutral without one.
fn result_color(passed: Option<bool>) -> Rgb {
    match passed {
        Some(true) => GREEN,
        Some(false) => RED,
        None => NEUTRAL_BAR,
    }
}

/// A horizontal bar: the track, then `fraction` of it filled.
fn bar_marks(x: f32, y: f32, width: f32, height: f32, fraction: f64, color: Rgb) -> Vec<Mark> {
    let filled = width * fraction.clamp(0.0, 1.0) as f32;
    let mut marks = vec![Mark::Fill { x, y, width, height, color: TRACK }];
    if filled > 0.0 {
        marks.push(Mark::Fill { x, y, width: filled, height, color });
    }
    marks
}

#[cfg(test)]
mod tests {
    use super::super::layout::testing::FACES;
    use super::*;
    use crate::model::{parse_questionnaire, Answer, Assessment};
    use crate::report::{Languages, Report};
    use crate::scoring::score;
    use crate::time::Timestamp;

    fn report() -> Report {
        let (questionnaire, diagnostics) =
            parse_questionnaire(include_bytes!("../../questionnaires/postal-security.yaml"));
        let questionnaire = questionnaire.unwrap_or_else(|| panic!("{diagnostics:?}"));
        let mut assessment = Assessment::new(&questionnaire);
        assessment.subject.organisation = "An organisation with a rather long name ".repeat(4);
        for criterion in &questionnaire.criteria {
            let comment = format!("{} https://example.org/{}", "A long comment. ".repeat(12), "x".repeat(300));
            let answer = Answer { option: Some("partial".into()), comment, ..Default::default() };
            assessment.answers.insert(criterion.id.clone(), answer);
        }
        let scorecard = score(&questionnaire, &assessment);
        let languages = Languages::new(&questionnaire, None).unwrap();
        crate::report::build(&questionnaire, &assessment, &scorecard, Timestamp(1_795_516_200), &languages)
    }

    #[test]
    fn the_radar_is_drawn_for_3_to_12_top_level_sections_only() {
        // Only the radar draws lines.
        let lines_drawn = |report: &Report| {
            let document = crate::report::document(report);
            compose(&document, &FACES).pages.iter().flatten().filter(|m| matches!(m, Mark::Path { .. })).count()
        };
        let twelve = report();
        assert_eq!(twelve.sections.iter().filter(|s| s.depth == 0).count(), 12);
        // Score area and outline, 4 rings, a spoke per section, the threshold ring.
        assert_eq!(lines_drawn(&twelve), 2 + 4 + 12 + 1);
        let mut two = twelve.clone();
        let third = two.sections.iter().enumerate().filter(|(_, s)| s.depth == 0).nth(2).map(|(i, _)| i).unwrap();
        two.sections.truncate(third);
        assert_eq!(lines_drawn(&two), 0);
    }

    #[test]
    fn nothing_is_drawn_outside_the_page_margins() {
        let Composed { pages, bookmarks, .. } = compose(&crate::report::document(&report()), &FACES);
        let geometry = Geometry::a4();
        let (ascent, descent) = (0.8, -0.2);
        let inside = |left: f32, bottom: f32, right: f32, top: f32| {
            left >= geometry.margin_x - 0.01
                && right <= geometry.width - geometry.margin_x + 0.01
                && bottom >= geometry.margin_y - 0.01
                && top <= geometry.height - geometry.margin_y + 0.01
        };
        assert!(pages.len() > 5);
        for mark in pages.iter().flatten() {
            let within = match mark {
                Mark::Text { x, y, style, text } => {
                    let width = FACES.width(text, style.weight, style.size);
                    inside(*x, y + descent * style.size, x + width, y + ascent * style.size)
                }
                Mark::Fill { x, y, width, height, .. } => inside(*x, *y, x + width, y + height),
                Mark::Path { points, .. } => points.iter().all(|&(x, y)| inside(x, y, x, y)),
            };
            assert!(within, "outside the margins: {mark:?}");
        }
        let titles: Vec<&str> = bookmarks.iter().filter(|b| b.level == 0).map(|b| b.title.as_str()).collect();
        let expected = [
            "Self-assessment gap report",
            "Executive summary",
            "Section scores",
            "Gap register",
            "N/A register",
            "Open items",
            "Evidence register",
            "Answers appendix",
            "Method",
            "Sign-off",
            "Integrity",
        ];
        assert_eq!(titles, expected);
    }
}
