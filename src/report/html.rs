//! The report as one self-contained, printable HTML document (`report --format html`): the same
//! [`Report`] the PDF is made from, in the PDF's order (cover and verdict, answer counts, the
//! gaps to close first, section scores with their bars, gap register, N/A register, open items,
//! evidence register, answers appendix, auditor review, method, sign-off, integrity).
//!
//! Every text comes from files other people wrote, so every text is escaped; the document has
//! no script and loads nothing (one inline `<style>`, with print rules for A4: table headers
//! repeated on each page, no row split across pages). It does not carry the source files: the
//! PDF does; the integrity section prints their SHA-256.

use std::fmt::Write as _;

use super::{sentence, GapRow, Registers, Report, ReviewSection, SectionRow};
use crate::scoring::{pct, Status};

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
.label.on-fill { color: inherit; }
table { width: 100%; border-collapse: collapse; margin: 4pt 0 8pt; }
thead { display: table-header-group; }
tr, tbody.gap { break-inside: avoid; page-break-inside: avoid; }
th { background: #1c3a66; color: #fff; text-align: left; font-size: 8.5pt; padding: 3pt 4pt; }
td { border-bottom: .6pt solid #ccd1d9; padding: 3pt 4pt; vertical-align: top; font-size: 8.5pt;
  overflow-wrap: anywhere; }
tbody.gap td { border-bottom: none; }
tbody.gap tr:last-child td { border-bottom: .6pt solid #ccd1d9; }
td.num, th.num { text-align: right; white-space: nowrap; }
td.id { font-weight: bold; white-space: nowrap; }
td.detail { font-size: 8pt; padding-top: 0; }
table.details td:first-child { color: #666d7a; width: 30%; }
.verdict { padding: 10pt 14pt; margin: 12pt 0; display: flex; justify-content: space-between; align-items: baseline;
  -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.verdict strong { font-size: 20pt; }
.ready { background: #1c8045; color: #fff; }
.not-ready { background: #bf2424; color: #fff; }
.incomplete { background: #f2a31a; color: #21262e; }
.stats { display: flex; gap: 12pt; margin: 8pt 0; }
.stats div { flex: 1; }
.stats b { display: block; font-size: 14pt; }
.pass { color: #1c8045; font-weight: bold; }
.fail { color: #bf2424; font-weight: bold; }
.critical { background: #bf2424; color: #fff; font-size: 7pt; font-weight: bold; padding: 1pt 3pt; border-radius: 2pt;
  -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.bar { display: inline-block; width: 36pt; height: 5pt; background: #e0e3e8; margin-right: 4pt; vertical-align: middle;
  -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.bar span { display: block; height: 100%; background: #5a78a3; }
.bar.passed span { background: #1c8045; }
.bar.failed span { background: #bf2424; }
pre { font-family: \"Noto Sans Mono\", \"DejaVu Sans Mono\", monospace; font-size: 7.5pt; white-space: pre-wrap;
  overflow-wrap: anywhere; margin: 0 0 6pt; }
.sign { display: flex; gap: 16pt; margin: 26pt 0 4pt; }
.sign div { border-top: .6pt solid #21262e; padding-top: 2pt; font-size: 7.5pt; color: #666d7a; }
.sign .name { flex: 42; } .sign .signature { flex: 32; } .sign .date { flex: 18; }
.hash { font-family: \"Noto Sans Mono\", \"DejaVu Sans Mono\", monospace; overflow-wrap: anywhere; }
section.page { break-before: page; page-break-before: always; }
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
    let mut html = Html(String::with_capacity(64 * 1024 + 600 * report.registers.answers.len()));
    let out = &mut html;
    let _ = writeln!(out.0, "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>", escape(&report.language));
    out.raw("<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    out.raw("<meta name=\"generator\" content=\"certready ");
    out.text(&report.tool_version);
    out.raw("\">\n<title>");
    out.text(&report.document_title());
    out.raw("</title>\n<style>\n");
    out.raw(STYLE);
    out.raw("</style>\n</head>\n<body>\n");
    cover(out, report);
    section_scores(out, &report.sections);
    gap_register(out, &report.gaps);
    registers(out, &report.registers);
    answers_appendix(out, &report.registers);
    if let Some(review) = &report.registers.review {
        auditor_review(out, review);
    }
    method(out, &report.method);
    sign_off(out, report);
    integrity(out, report);
    out.raw("</body>\n</html>\n");
    html.0
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

    /// `<tag class="…">text</tag>`, the text escaped (`class` is markup: only constants).
    fn element(&mut self, tag: &str, class: &str, text: &str) {
        self.0.push('<');
        self.0.push_str(tag);
        if !class.is_empty() {
            self.0.push_str(" class=\"");
            self.0.push_str(class);
            self.0.push('"');
        }
        self.0.push('>');
        self.text(text);
        self.0.push_str("</");
        self.0.push_str(tag);
        self.0.push('>');
    }

    fn heading(&mut self, level: u8, id: &str, text: &str) {
        let _ = write!(self.0, "<h{level} id=\"{id}\">");
        self.text(text);
        let _ = writeln!(self.0, "</h{level}>");
    }

    fn paragraph(&mut self, class: &str, text: &str) {
        self.element("p", class, text);
        self.0.push('\n');
    }

    /// A table head: the columns' titles; a title ending in `>` is right-aligned (without it).
    fn head(&mut self, columns: &[&str]) {
        self.raw("<table>\n<thead><tr>");
        for column in columns {
            match column.strip_suffix('>') {
                Some(title) => self.element("th", "num", title),
                None => self.element("th", "", column),
            }
        }
        self.raw("</tr></thead>\n");
    }

    /// One row of texts; the first cell is the criterion id (bold).
    fn row(&mut self, cells: &[&str]) {
        self.raw("<tr>");
        for (index, cell) in cells.iter().enumerate() {
            self.element("td", if index == 0 { "id" } else { "" }, cell);
        }
        self.raw("</tr>\n");
    }

    /// Label and value pairs as a two-column table; an empty value shows as a dash.
    fn details(&mut self, rows: &[(&str, impl AsRef<str>)]) {
        self.raw("<table class=\"details\">\n<tbody>\n");
        for (label, value) in rows {
            let value = value.as_ref();
            self.raw("<tr>");
            self.element("td", "", label);
            self.element("td", "", if value.is_empty() { "—" } else { value });
            self.raw("</tr>\n");
        }
        self.raw("</tbody>\n</table>\n");
    }
}

fn cover(out: &mut Html, report: &Report) {
    out.raw("<header>\n<p class=\"label\">Self-assessment gap report</p>\n");
    out.element("h1", "", &report.questionnaire_title);
    out.raw("\n");
    let version = format!("version {}", report.questionnaire_version);
    let identity: Vec<&str> = [report.questionnaire_id.as_str(), version.as_str(), report.publisher.as_str()]
        .into_iter()
        .filter(|part| !part.is_empty())
        .collect();
    out.paragraph("muted", &identity.join(" · "));
    out.raw("</header>\n");

    out.details(&report.cover_details());

    let class = match report.status {
        Status::Ready => "ready",
        Status::NotReady => "not-ready",
        Status::Incomplete => "incomplete",
    };
    let _ = write!(out.0, "<div class=\"verdict {class}\"><div><span class=\"label on-fill\">Verdict</span><br>");
    out.element("strong", "", &report.verdict);
    out.raw("</div>");
    let band = report.band.as_ref().map_or("No band reached".to_owned(), |band| format!("Band: {band}"));
    out.element("div", "", &band);
    out.raw("</div>\n");

    let pass_mark = report.pass_overall.map_or("none".to_owned(), pct);
    stats(
        out,
        &[("Overall score", &report.overall), ("Pass mark", &pass_mark), ("Completeness", &report.completeness)],
    );
    let counts: Vec<(&str, String)> =
        report.counts.iter().map(|(label, count)| (label.as_str(), count.to_string())).collect();
    let counts: Vec<(&str, &str)> = counts.iter().map(|(label, count)| (*label, count.as_str())).collect();
    stats(out, &counts);

    out.heading(3, "why", "Why this verdict");
    out.raw("<ul>\n");
    if report.reasons.is_empty() {
        out.element("li", "", "Every threshold of the questionnaire is met.");
    }
    for reason in &report.reasons {
        out.element("li", "", &sentence(reason));
        out.raw("\n");
    }
    out.raw("</ul>\n");

    // The executive summary's list; its charts are the bars of the section scores table.
    out.heading(3, "first-gaps", "Gaps to close first");
    if report.gaps.is_empty() {
        out.paragraph("", "No gaps: every applicable criterion is fully met.");
        return;
    }
    out.raw("<ul>\n");
    for gap in report.gaps.iter().take(5) {
        let critical = if gap.critical { ", critical" } else { "" };
        out.element("li", "", &format!("{} — {} ({} points{critical})", gap.criterion_id, gap.requirement, gap.impact));
        out.raw("\n");
    }
    out.raw("</ul>\n");
}

/// Figures side by side, each a small label over a large value.
fn stats(out: &mut Html, stats: &[(&str, &str)]) {
    out.raw("<div class=\"stats\">");
    for (label, value) in stats {
        out.raw("<div><span class=\"muted\">");
        out.text(label);
        out.raw("</span>");
        out.element("b", "", value);
        out.raw("</div>");
    }
    out.raw("</div>\n");
}

fn section_scores(out: &mut Html, sections: &[SectionRow]) {
    out.raw("<section class=\"page\">\n");
    out.heading(2, "section-scores", "Section scores");
    out.paragraph(
        "muted",
        "Top-level sections carry the pass threshold; sub-sections are indented under them. \
         Answered counts answered and N/A criteria against the applicable ones.",
    );
    out.head(&["Section", "Score>", "Percent", "Threshold>", "Result", "Answered>"]);
    out.raw("<tbody>\n");
    for section in sections {
        let indent = 10 * section.depth.min(12);
        let weight = if section.depth == 0 { "bold" } else { "normal" };
        let _ = write!(out.0, "<tr><td style=\"padding-left: {}pt; font-weight: {weight}\">", 4 + indent);
        out.text(&section.title);
        out.raw("</td>");
        out.element("td", "num", &section.score);
        let bar = match section.passed {
            Some(true) => "bar passed",
            Some(false) => "bar failed",
            None => "bar",
        };
        let width = (section.fraction.unwrap_or(0.0).clamp(0.0, 1.0) * 100.0).round();
        let _ = write!(out.0, "<td><span class=\"{bar}\"><span style=\"width: {width}%\"></span></span>");
        out.text(&section.percent);
        out.raw("</td>");
        out.element("td", "num", &section.threshold);
        match section.passed {
            Some(true) => out.element("td", "pass", "PASS"),
            Some(false) => out.element("td", "fail", "FAIL"),
            None => out.element("td", "muted", "—"),
        }
        out.element("td", "num", &section.answered);
        out.raw("</tr>\n");
    }
    out.raw("</tbody>\n</table>\n</section>\n");
}

fn gap_register(out: &mut Html, gaps: &[GapRow]) {
    out.raw("<section class=\"page\">\n");
    out.heading(2, "gap-register", "Gap register");
    if gaps.is_empty() {
        out.paragraph("muted", "No gaps: every applicable criterion is fully met.");
        out.raw("</section>\n");
        return;
    }
    out.paragraph(
        "muted",
        &format!(
            "{}, critical criteria first, then by impact: the rise of the overall score, \
             in percentage points, if that criterion alone were fully met.",
            count(gaps.len(), "gap", "gaps")
        ),
    );
    out.head(&["#", "Criterion", "Requirement", "Answer", "Impact>", "Critical"]);
    for gap in gaps {
        // One body per gap: the row and its details stay on one page.
        out.raw("<tbody class=\"gap\"><tr>");
        out.element("td", "", &gap.rank.to_string());
        out.element("td", "id", &gap.criterion_id);
        out.element("td", "", &gap.requirement);
        out.element("td", "", &gap.answer);
        out.element("td", "num", &gap.impact);
        if gap.critical {
            out.raw("<td><span class=\"critical\">CRITICAL</span></td>");
        } else {
            out.raw("<td></td>");
        }
        out.raw("</tr>\n");
        let evidence = gap.evidence.join("; ");
        let details = [
            ("Remediation: ", &gap.remediation),
            ("Evidence expected: ", &evidence),
            ("Operator comment: ", &gap.comment),
        ];
        for (label, text) in details.iter().filter(|(_, text)| !text.trim().is_empty()) {
            out.raw("<tr><td></td><td class=\"detail\" colspan=\"5\">");
            out.element("b", "", label);
            out.text(text);
            out.raw("</td></tr>\n");
        }
        out.raw("</tbody>\n");
    }
    out.raw("</table>\n</section>\n");
}

/// A register: heading, an introduction (or `empty` when there are no rows), and a table.
fn register<'a>(
    out: &mut Html,
    (id, title): (&str, &str),
    introduction: &str,
    empty: &str,
    header: &[&str],
    rows: impl ExactSizeIterator<Item = Vec<&'a str>>,
) {
    out.heading(2, id, title);
    if rows.len() == 0 {
        out.paragraph("muted", empty);
        return;
    }
    out.paragraph("muted", introduction);
    out.head(header);
    out.raw("<tbody>\n");
    for row in rows {
        out.row(&row);
    }
    out.raw("</tbody>\n</table>\n");
}

fn registers(out: &mut Html, registers: &Registers) {
    out.raw("<section class=\"page\">\n");
    register(
        out,
        ("na-register", "N/A register"),
        &format!(
            "{} claimed not applicable, with the operator's justification. A claim without a \
             justification the criterion requires counts as unanswered.",
            count(registers.not_applicable.len(), "criterion", "criteria")
        ),
        "No criterion was claimed not applicable.",
        &["Criterion", "Requirement", "Justification", "Accepted"],
        registers.not_applicable.iter().map(|row| {
            vec![
                row.criterion_id.as_str(),
                row.requirement.as_str(),
                row.justification.as_str(),
                if row.accepted { "yes" } else { "no" },
            ]
        }),
    );
    register(
        out,
        ("open-items", "Open items"),
        &format!(
            "{} the operator flagged for review or left unanswered.",
            count(registers.open_items.len(), "applicable criterion", "applicable criteria")
        ),
        "Nothing is open: every applicable criterion is answered and none is flagged.",
        &["Criterion", "Requirement", "Open because", "Operator comment"],
        registers.open_items.iter().map(|row| {
            vec![row.criterion_id.as_str(), row.requirement.as_str(), row.why.as_str(), row.comment.as_str()]
        }),
    );
    let hashes_and_notes: Vec<String> = registers
        .evidence
        .iter()
        .map(|row| if row.note.is_empty() { row.sha256.clone() } else { format!("{} — {}", row.sha256, row.note) })
        .collect();
    register(
        out,
        ("evidence-register", "Evidence register"),
        &format!(
            "{} named by the operator. The files stay with the operator: their SHA-256 lets an auditor \
             check that a document shown later is exactly the one recorded here.",
            count(registers.evidence.len(), "evidence file", "evidence files")
        ),
        "No evidence file was recorded.",
        &["Criterion", "File", "Size>", "SHA-256 and note"],
        registers.evidence.iter().zip(&hashes_and_notes).map(|(row, hash_and_note)| {
            vec![row.criterion_id.as_str(), row.name.as_str(), row.size.as_str(), hash_and_note.as_str()]
        }),
    );
    out.raw("</section>\n");
}

fn answers_appendix(out: &mut Html, registers: &Registers) {
    out.raw("<section class=\"page\">\n");
    out.heading(2, "answers", "Answers appendix");
    out.paragraph(
        "muted",
        "Every criterion of the questionnaire, by section, with the operator's answer and comment. \
         “Not in scope” marks criteria outside the assessed profiles or whose condition does not hold.",
    );
    for section in registers.answers.iter().filter(|section| !section.rows.is_empty()) {
        out.element("h3", "", &section.title);
        out.raw("\n");
        out.head(&["Criterion", "Requirement", "Answer", "Comment"]);
        out.raw("<tbody>\n");
        for row in &section.rows {
            out.row(&[&row.criterion_id, &row.requirement, &row.answer, &row.comment]);
        }
        out.raw("</tbody>\n</table>\n");
    }
    out.raw("</section>\n");
}

fn auditor_review(out: &mut Html, review: &ReviewSection) {
    out.raw("<section class=\"page\">\n");
    out.heading(2, "auditor-review", "Auditor review");
    let reviewer = if review.reviewer.is_empty() { "The auditor" } else { review.reviewer.as_str() };
    out.paragraph(
        "",
        &format!(
            "{reviewer} reviewed {}: {} confirmed, {} not confirmed, {} needing evidence.",
            count(review.rows.len(), "answer", "answers"),
            review.confirmed,
            review.not_confirmed,
            review.needs_evidence
        ),
    );
    if !review.rows.is_empty() {
        out.head(&["Criterion", "Operator's answer", "Auditor's finding", "Note"]);
        out.raw("<tbody>\n");
        for row in &review.rows {
            out.raw("<tr>");
            out.element("td", "id", &row.criterion_id);
            out.element("td", "", &row.answer);
            out.element("td", if row.disagrees { "fail" } else { "" }, &row.finding);
            out.element("td", "", &row.note);
            out.raw("</tr>\n");
        }
        out.raw("</tbody>\n</table>\n");
    }
    out.raw("</section>\n");
}

/// How every number was computed: the text of `certready score --explain`, its columns kept.
fn method(out: &mut Html, method: &str) {
    out.raw("<section class=\"page\">\n");
    out.heading(2, "method", "Method");
    out.paragraph(
        "",
        "How each score in this report follows from the answers: for the overall result and every section, \
         the parts it combines, their weights and values, and the arithmetic of its aggregate. Criteria \
         marked not applicable, or outside the assessed profiles, are left out of every denominator.",
    );
    for block in method.split("\n\n").filter(|block| !block.trim().is_empty()) {
        out.element("pre", "", block.trim_end());
        out.raw("\n");
    }
    out.raw("</section>\n");
}

fn sign_off(out: &mut Html, report: &Report) {
    out.raw("<section class=\"page\">\n");
    out.heading(2, "sign-off", "Sign-off");
    out.paragraph(
        "",
        "The assessor confirms that the answers reflect the facility as it is; the reviewing auditor \
         confirms the review. Sign on a printed copy.",
    );
    let auditor = report.registers.review.as_ref().map_or("", |review| review.reviewer.as_str());
    for (role, name) in [("Assessor", report.assessor.as_str()), ("Reviewing auditor", auditor)] {
        out.element("h3", "", role);
        out.raw("\n<div class=\"sign\"><div class=\"name\">Name");
        if !name.is_empty() {
            out.raw(": ");
            out.text(name);
        }
        out.raw("</div><div class=\"signature\">Signature</div><div class=\"date\">Date</div></div>\n");
    }
}

fn integrity(out: &mut Html, report: &Report) {
    out.heading(2, "integrity", "Integrity");
    out.paragraph(
        "",
        "This HTML view does not carry the source files; the PDF report does, and “certready verify \
         REPORT.pdf” checks that report against them. The fingerprints below identify the criteria file \
         and the assessment file this view was made from.",
    );
    let sizes = report
        .sources
        .as_ref()
        .map(|sources| (format!("{} bytes", sources.criteria.len()), format!("{} bytes", sources.assessment.len())));
    let (criteria_file, assessment_file) = sizes.unwrap_or_default();
    let generated = report.generated.rfc3339();
    let tool = format!("certready {}", report.tool_version);
    out.raw("<table class=\"details\">\n<tbody>\n");
    for (label, value, hash) in [
        ("Criteria file", criteria_file.as_str(), false),
        ("Criteria SHA-256", report.criteria_sha256.as_str(), true),
        ("Assessment file", assessment_file.as_str(), false),
        ("Assessment SHA-256", report.assessment_sha256.as_str(), true),
        ("Generated", generated.as_str(), false),
        ("Made by", tool.as_str(), false),
    ] {
        if value.is_empty() {
            continue;
        }
        out.raw("<tr>");
        out.element("td", "", label);
        out.element("td", if hash { "hash" } else { "" }, value);
        out.raw("</tr>\n");
    }
    out.raw("</tbody>\n</table>\n</section>\n");
}

/// "1 gap", "2 gaps".
fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
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
