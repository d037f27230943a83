//! The report as one self-contained, printable HTML document (`report --format html`): the
//! blocks of the report's [`Document`], mapped to elements in order, with the same words as the
//! PDF (cover and verdict, executive summary with its charts, section scores, gap register,
//! registers, answers appendix, auditor review, method, sign-off, integrity).
//!
//! Every text comes from files other people wrote, so every text is escaped; the document has
//! no script and loads nothing (one inline `<style>`, an inline SVG for the radar, with print
//! rules for A4: table headers repeated on each page, no row split across pages). It does not
//! carry the source files: the PDF does; the integrity section prints their SHA-256.

use std::fmt::Write as _;

use super::document::{self, Align, Block, Cell, Document, Inline, Tone};
use super::Report;
use crate::scoring::Status;

const STYLE: &str = "\
@page { size: A4; margin: 18mm 16mm 20mm 16mm; }
* { box-sizing: border-box; }
html { color: #21262e; background: #fff; }
body { font-family: \"Noto Sans\", \"Helvetica Neue\", Arial, sans-serif; font-size: 9.5pt; line-height: 1.4;
  margin: 0 auto; max-width: 190mm; padding: 8mm 0; }
h1 { font-size: 20pt; margin: 2pt 0 4pt; }
h2 { font-size: 15pt; color: #1c3a66; margin: 18pt 0 6pt; break-after: avoid; page-break-after: avoid; }
h3 { font-size: 11pt; margin: 12pt 0 4pt; break-after: avoid; page-break-after: avoid; }
p { margin: 0 0 6pt; }
.label { font-size: 7.5pt; text-transform: uppercase; letter-spacing: .06em; color: #1c3a66; font-weight: bold; }
.muted { color: #666d7a; }
span[lang] { color: #4d5461; }
.label.on-fill { color: inherit; }
table { width: 100%; border-collapse: collapse; margin: 4pt 0 8pt; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
th { background: #1c3a66; color: #fff; text-align: start; font-size: 8.5pt; padding: 3pt 4pt; }
td { border-bottom: .6pt solid #ccd1d9; padding: 3pt 4pt; vertical-align: top; font-size: 8.5pt;
  overflow-wrap: anywhere; }
td.num, th.num { text-align: end; white-space: nowrap; }
td.id { font-weight: bold; white-space: nowrap; }
td.detail { font-size: 8pt; padding-top: 0; }
tbody.row td { border-bottom: none; }
tbody.row tr:last-child td { border-bottom: .6pt solid #ccd1d9; }
tbody.row { break-inside: avoid; page-break-inside: avoid; }
table.details td:first-child { color: #666d7a; width: 30%; }
.verdict { padding: 10pt 14pt; margin: 12pt 0; display: flex; justify-content: space-between; align-items: baseline;
  -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.verdict strong { font-size: 20pt; }
.ready { background: #1c8045; color: #fff; }
.not-ready { background: #bf2424; color: #fff; }
.incomplete { background: #f2a31a; color: #21262e; }
.no-rule { background: #4f5d6e; color: #fff; }
.stats { display: flex; gap: 12pt; margin: 8pt 0; }
.stats div { flex: 1; }
.stats b { display: block; font-size: 14pt; }
.pass { color: #1c8045; font-weight: bold; }
.fail { color: #bf2424; font-weight: bold; }
.critical { background: #bf2424; color: #fff; font-size: 7pt; font-weight: bold; padding: 1pt 3pt; border-radius: 2pt;
  -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.bar { display: inline-block; width: 36pt; height: 5pt; background: #e0e3e8; margin-inline-end: 4pt; vertical-align: middle;
  -webkit-print-color-adjust: exact; print-color-adjust: exact; }
td.figure { white-space: nowrap; }
pre { font-family: \"Noto Sans Mono\", \"DejaVu Sans Mono\", monospace; font-size: 7.5pt; white-space: pre-wrap;
  overflow-wrap: anywhere; margin: 0 0 6pt; }
.sign { display: flex; gap: 16pt; margin: 26pt 0 4pt; }
.sign div { border-top: .6pt solid #21262e; padding-top: 2pt; font-size: 7.5pt; color: #666d7a; }
.sign .name { flex: 42; } .sign .signature { flex: 32; } .sign .date { flex: 18; }
.hash { font-family: \"Noto Sans Mono\", \"DejaVu Sans Mono\", monospace; overflow-wrap: anywhere; }
section.page { break-before: page; page-break-before: always; }
.notice { background: #f2f2f5; padding: 6pt 8pt; margin: 8pt 0; font-size: 8pt; }
.scorebar { position: relative; height: 8pt; background: #e0e3e8; margin: 16pt 0 10pt;
  -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.fill { display: block; height: 100%; background: #5a78a3; }
.passed > .fill { background: #1c8045; }
.failed > .fill { background: #bf2424; }
.tick { position: absolute; top: -3pt; bottom: -3pt; width: 1.5pt; background: #21262e; }
.tick-label { position: absolute; bottom: 12pt; transform: translateX(-50%); font-size: 7.5pt; color: #666d7a;
  white-space: nowrap; }
.bars { display: grid; grid-template-columns: 40% 46% auto; gap: 4pt 8pt; align-items: center; margin: 6pt 0; }
.bars .track { position: relative; height: 7pt; background: #e0e3e8; -webkit-print-color-adjust: exact;
  print-color-adjust: exact; }
.bars b { white-space: nowrap; }
figure { margin: 8pt 0; }
figure svg { display: block; margin: 0 auto; max-width: 100%; height: auto; }
figcaption { font-size: 7.5pt; color: #666d7a; }
h4 { font-size: 8pt; margin: 10pt 0 2pt; }
@media screen { body { padding: 16px; } }
";

/// `text` with `&`, `<`, `>`, `"` and `'` escaped: safe in element content and quoted attributes.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    push_escaped(&mut out, text);
    out
}

fn push_escaped(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}

/// The whole report as an HTML document (UTF-8 text).
pub fn document(report: &Report) -> String {
    render(&super::document(report), &report.tool_version)
}

/// `document` as HTML; `tool_version` names the generator.
pub fn render(document: &Document, tool_version: &str) -> String {
    let mut out = Html(String::with_capacity(64 * 1024));
    let _ = writeln!(out.0, "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>", document.lang.code());
    out.raw("<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    out.raw("<meta name=\"generator\" content=\"certready ");
    out.text(tool_version);
    out.raw("\">\n<title>");
    out.text(&document.title);
    out.raw("</title>\n<style>\n");
    out.raw(STYLE);
    out.raw("</style>\n</head>\n<body>\n<p class=\"label marking\">");
    out.inline(&document.running.marking);
    out.raw("</p>\n<section>\n");
    for block in &document.blocks {
        out.block(block);
    }
    out.raw("</section>\n</body>\n</html>\n");
    out.0
}

/// The document being written: raw markup, or escaped text.
struct Html(String);

impl Html {
    fn raw(&mut self, markup: &str) {
        self.0.push_str(markup);
    }

    fn text(&mut self, text: &str) {
        push_escaped(&mut self.0, text);
    }

    /// Runs as text: bold runs in `<b>`, runs in another language in `<span lang>`, newlines as
    /// line breaks.
    fn inline(&mut self, inline: &Inline) {
        for run in &inline.0 {
            if run.text == "\n" {
                self.raw("<br>");
                continue;
            }
            let mut close = Vec::new();
            if let Some(lang) = &run.lang {
                self.raw("<span lang=\"");
                self.text(lang);
                self.raw("\">");
                close.push("</span>");
            }
            if run.strong {
                self.raw("<b>");
                close.push("</b>");
            }
            for (index, line) in run.text.split('\n').enumerate() {
                if index > 0 {
                    self.raw("<br>");
                }
                self.text(line);
            }
            for tag in close.iter().rev() {
                self.raw(tag);
            }
        }
    }

    /// `<tag class="…">text</tag>`, the text escaped (`class` is markup: only constants).
    fn element(&mut self, tag: &str, class: &str, text: &str) {
        self.open(tag, class);
        self.text(text);
        let _ = write!(self.0, "</{tag}>");
    }

    fn open(&mut self, tag: &str, class: &str) {
        if class.is_empty() {
            let _ = write!(self.0, "<{tag}>");
        } else {
            let _ = write!(self.0, "<{tag} class=\"{class}\">");
        }
    }

    fn block(&mut self, block: &Block) {
        match block {
            Block::PageBreak => self.raw("</section>\n<section class=\"page\">\n"),
            Block::Kicker(text) => {
                self.element("p", "label", text);
                self.raw("\n");
            }
            Block::Title(text) => {
                self.raw("<h1>");
                self.inline(text);
                self.raw("</h1>\n");
            }
            Block::Heading { level, text, anchor, .. } => {
                let level = (level + 1).min(6);
                if anchor.is_empty() {
                    let _ = write!(self.0, "<h{level}>");
                } else {
                    let _ = write!(self.0, "<h{level} id=\"{anchor}\">");
                }
                self.inline(text);
                let _ = writeln!(self.0, "</h{level}>");
            }
            Block::Paragraph { text, tone } => {
                self.open("p", if *tone == Tone::Muted { "muted" } else { "" });
                self.inline(text);
                self.raw("</p>\n");
            }
            Block::Notice(text) => {
                self.raw("<aside class=\"notice\">");
                self.inline(text);
                self.raw("</aside>\n");
            }
            Block::Details(details) => {
                self.raw("<table class=\"details\">\n<tbody>\n");
                for detail in details {
                    self.raw("<tr>");
                    self.element("td", "", &detail.label);
                    self.open("td", if detail.code { "hash" } else { "" });
                    self.inline(&detail.value);
                    self.raw("</td></tr>\n");
                }
                self.raw("</tbody>\n</table>\n");
            }
            Block::Verdict(verdict) => {
                let class = match verdict.status {
                    Status::Ready => "ready",
                    Status::NotReady => "not-ready",
                    Status::Incomplete => "incomplete",
                    Status::NoRule => "no-rule",
                };
                let _ = write!(self.0, "<div class=\"verdict {class}\"><div>");
                self.element("span", "label on-fill", &verdict.label);
                self.raw("<br>");
                self.element("strong", "", &verdict.verdict);
                self.raw("</div><div>");
                self.inline(&verdict.band);
                self.raw("</div></div>\n");
            }
            Block::Stats(stats) => {
                self.raw("<div class=\"stats\">");
                for (label, value) in stats {
                    self.raw("<div>");
                    self.element("span", "muted", label);
                    self.element("b", "", value);
                    self.raw("</div>");
                }
                self.raw("</div>\n");
            }
            Block::ScoreBar(bar) => {
                let _ = write!(
                    self.0,
                    "<div class=\"scorebar{}\"><span class=\"fill\" style=\"width: {}%\"></span>",
                    passed_class(bar.passed),
                    percent_of(bar.fraction)
                );
                if let Some(pass) = bar.pass {
                    let at = percent_of(pass);
                    let _ = write!(self.0, "<i class=\"tick\" style=\"inset-inline-start: {at}%\"></i>");
                    let _ = write!(self.0, "<span class=\"tick-label\" style=\"inset-inline-start: {at}%\">");
                    self.text(&bar.pass_label);
                    self.raw("</span>");
                }
                self.raw("</div>\n");
            }
            Block::Bars(bars) => {
                self.raw("<div class=\"bars\">\n");
                for bar in bars {
                    self.raw("<div>");
                    self.inline(&bar.label);
                    let _ = write!(
                        self.0,
                        "</div><div class=\"track{}\"><span class=\"fill\" style=\"width: {}%\"></span>",
                        passed_class(bar.passed),
                        percent_of(bar.fraction)
                    );
                    if let Some(threshold) = bar.threshold {
                        let _ = write!(
                            self.0,
                            "<i class=\"tick\" style=\"inset-inline-start: {}%\"></i>",
                            percent_of(threshold)
                        );
                    }
                    self.raw("</div>");
                    self.element("b", "", &bar.value);
                    self.raw("\n");
                }
                self.raw("</div>\n");
            }
            Block::Radar(radar) => self.radar(radar),
            Block::Bullets(items) => {
                self.raw("<ul>\n");
                for item in items {
                    self.raw("<li>");
                    self.inline(item);
                    self.raw("</li>\n");
                }
                self.raw("</ul>\n");
            }
            Block::Table(table) => self.table(table),
            Block::SignOff(sign) => {
                for (role, name) in &sign.parties {
                    self.element("h3", "", role);
                    self.raw("\n<div class=\"sign\"><div class=\"name\">");
                    if !name.is_empty() {
                        self.element("b", "", name);
                        self.raw("<br>");
                    }
                    self.text(&sign.name);
                    self.raw("</div>");
                    self.element("div", "signature", &sign.signature);
                    self.element("div", "date", &sign.date);
                    self.raw("</div>\n");
                }
            }
        }
    }

    /// The radar as an inline SVG figure: rings every 25 %, a spoke per section, the scores'
    /// area, the threshold ring, the labels; the legend is its caption and its text alternative.
    fn radar(&mut self, radar: &document::Radar) {
        let count = radar.spokes.len().max(1);
        // Wide enough for the side labels, which SVG does not wrap.
        let (size, radius) = (960.0_f64, 120.0_f64);
        let centre = size / 2.0;
        let middle = radius + 40.0;
        let at = |index: usize, distance: f64| {
            let angle = -std::f64::consts::FRAC_PI_2 + std::f64::consts::TAU * index as f64 / count as f64;
            (centre + distance * angle.cos(), middle + distance * angle.sin())
        };
        let points = |fraction: f64| -> String {
            (0..count)
                .map(|i| {
                    let (x, y) = at(i, radius * fraction);
                    format!("{x:.1},{y:.1}")
                })
                .collect::<Vec<_>>()
                .join(" ")
        };
        let height = 2.0 * middle;
        self.raw("<figure>\n");
        let _ = write!(self.0, "<svg viewBox=\"0 0 {size} {height}\" width=\"{size}\" role=\"img\" aria-label=\"");
        self.text(&radar.legend);
        self.raw("\">\n");
        for fraction in [0.25, 0.5, 0.75, 1.0] {
            let _ = writeln!(self.0, "<polygon points=\"{}\" fill=\"none\" stroke=\"#ccd1d9\"/>", points(fraction));
        }
        let scores: Vec<String> = radar
            .spokes
            .iter()
            .enumerate()
            .map(|(i, (_, fraction, _))| {
                let (x, y) = at(i, radius * fraction.clamp(0.0, 1.0));
                format!("{x:.1},{y:.1}")
            })
            .collect();
        let _ = writeln!(self.0, "<polygon points=\"{}\" fill=\"#d1deef\" stroke=\"#1c3a66\"/>", scores.join(" "));
        if let Some(threshold) = radar.threshold {
            let _ = writeln!(
                self.0,
                "<polygon points=\"{}\" fill=\"none\" stroke=\"#bf2424\"/>",
                points(threshold.clamp(0.0, 1.0))
            );
        }
        for (index, (label, _, value)) in radar.spokes.iter().enumerate() {
            let (x, y) = at(index, radius + 10.0);
            let anchor = if (x - centre).abs() < 10.0 {
                "middle"
            } else if x > centre {
                "start"
            } else {
                "end"
            };
            let _ = write!(self.0, "<text x=\"{x:.1}\" y=\"{y:.1}\" text-anchor=\"{anchor}\" font-size=\"8.5\">");
            self.text(&format!("{label} {value}"));
            self.raw("</text>\n");
        }
        self.raw("</svg>\n<figcaption>");
        self.text(&radar.legend);
        self.raw("</figcaption>\n</figure>\n");
    }

    /// A table; each row in its own body, so that a row and its detail lines stay together.
    fn table(&mut self, table: &document::Table) {
        self.raw("<table>\n<thead><tr>");
        for column in &table.columns {
            self.element("th", if column.align == Align::End { "num" } else { "" }, &column.title);
        }
        self.raw("</tr></thead>\n");
        for row in &table.rows {
            self.raw("<tbody class=\"row\"><tr>");
            for (cell, column) in row.cells.iter().zip(&table.columns) {
                let number = column.align == Align::End;
                match cell {
                    Cell::Text { text, strong, tone, indent } => {
                        let class = match (tone, *strong, number) {
                            (Tone::Good, ..) => "pass",
                            (Tone::Bad, ..) => "fail",
                            (Tone::Muted, ..) => "muted",
                            (Tone::Normal, true, _) => "id",
                            (Tone::Normal, false, true) => "num",
                            (Tone::Normal, false, false) => "",
                        };
                        if *indent > 0 {
                            let _ = write!(
                                self.0,
                                "<td style=\"padding-inline-start: {}pt\">",
                                4 + 10 * u32::from(*indent)
                            );
                        } else {
                            self.open("td", class);
                        }
                        self.inline(text);
                        self.raw("</td>");
                    }
                    Cell::Bar { fraction, passed, value } => {
                        let _ = write!(
                            self.0,
                            "<td class=\"figure\"><span class=\"bar{}\"><span class=\"fill\" style=\"width: {}%\"></span></span>",
                            passed_class(*passed),
                            percent_of(*fraction)
                        );
                        self.text(value);
                        self.raw("</td>");
                    }
                    Cell::Badge(text) => {
                        self.raw("<td>");
                        self.element("span", "critical", text);
                        self.raw("</td>");
                    }
                    Cell::Code(text) => self.element("td", "hash", text),
                }
            }
            self.raw("</tr>\n");
            for (label, text) in &row.details {
                let _ = write!(self.0, "<tr><td></td><td class=\"detail\" colspan=\"{}\">", table.columns.len() - 1);
                self.element("b", "", label);
                self.raw(" ");
                self.inline(text);
                self.raw("</td></tr>\n");
            }
            self.raw("</tbody>\n");
        }
        self.raw("</table>\n");
    }
}

fn passed_class(passed: Option<bool>) -> &'static str {
    match passed {
        Some(true) => " passed",
        Some(false) => " failed",
        None => "",
    }
}

/// A fraction as a whole percentage for a CSS width.
fn percent_of(fraction: f64) -> f64 {
    (fraction.clamp(0.0, 1.0) * 100.0).round()
}

#[cfg(test)]
mod tests {
    use super::escape;

    #[test]
    fn escapes_markup_and_both_quotes() {
        assert_eq!(
            escape(r#"<script>alert("a" & 'b')</script>"#),
            "&lt;script&gt;alert(&quot;a&quot; &amp; &#39;b&#39;)&lt;/script&gt;"
        );
        assert_eq!(escape("sûreté — ok"), "sûreté — ok");
    }
}
