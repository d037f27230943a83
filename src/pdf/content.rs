//! What goes where: the cover, the executive summary (charts, top gaps), the section scores table, the gap register, the N/A, open-item
//! and evidence registers, the answers appendix, the method, the sign-off and the integrity
//! page of a [`Report`], in the report's visual style (sizes, colours, columns), flowed onto
//! pages by `layout`.

use super::layout::{
    badge, paragraph, Align, Bookmark, Cell, Column, Faces, Flow, Geometry, Mark, Rgb, Running, Span, Strip, Table,
    TextStyle, Weight,
};
use crate::report::{sentence, AnswerSection, GapRow, Registers, Report, ReviewSection, SectionRow, Sources};
use crate::scoring::{pct, Status};

const INK: Rgb = Rgb(0.13, 0.15, 0.18);
const MUTED: Rgb = Rgb(0.40, 0.43, 0.48);
const RULE: Rgb = Rgb(0.80, 0.82, 0.85);
const ACCENT: Rgb = Rgb(0.11, 0.23, 0.40);
const WHITE: Rgb = Rgb(1.0, 1.0, 1.0);
/// The unfilled part of a bar.
const TRACK: Rgb = Rgb(0.88, 0.89, 0.91);
const NEUTRAL_BAR: Rgb = Rgb(0.35, 0.47, 0.64);
const GREEN: Rgb = Rgb(0.11, 0.50, 0.27);
const RED: Rgb = Rgb(0.75, 0.14, 0.14);
const AMBER: Rgb = Rgb(0.95, 0.64, 0.10);
/// The area of the radar chart: the accent, lightened.
const RADAR_FILL: Rgb = Rgb(0.82, 0.87, 0.94);

const fn style(size: f32, line_height: f32, weight: Weight, color: Rgb) -> TextStyle {
    TextStyle { size, weight, color, line_height }
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

/// Lays the report out: the pages' marks and the outline entries.
pub fn compose(report: &Report, faces: &Faces) -> (Vec<Vec<Mark>>, Vec<Bookmark>) {
    let mut page = Page { flow: Flow::new(Geometry::a4()), faces };
    page.cover(report);
    page.flow.page_break();
    page.executive_summary(report);
    page.flow.page_break();
    page.section_scores(&report.sections);
    page.flow.page_break();
    page.gap_register(&report.gaps);
    page.flow.page_break();
    page.registers(&report.registers);
    page.flow.page_break();
    page.answers_appendix(&report.registers.answers);
    page.flow.page_break();
    if let Some(review) = &report.registers.review {
        page.auditor_review(review);
        page.flow.page_break();
    }
    page.method(&report.method);
    page.flow.page_break();
    page.sign_off(report);
    page.integrity(report);

    let organisation = report.organisation_and_facility();
    let questionnaire = format!("{} {}", report.questionnaire_id, report.questionnaire_version);
    let fingerprints = format!(
        "criteria {} · assessment {}",
        Report::short(&report.criteria_sha256),
        Report::short(&report.assessment_sha256)
    );
    let running = Running {
        header_left: &organisation,
        header_right: &questionnaire,
        footer_left: &fingerprints,
        style: LABEL,
        rule: RULE,
    };
    page.flow.finish(faces, &running)
}

struct Page<'a> {
    flow: Flow,
    faces: &'a Faces<'a>,
}

impl Page<'_> {
    fn width(&self) -> f32 {
        self.flow.geometry().body_width()
    }

    fn text(&mut self, text: &str, style: TextStyle) {
        let strips = paragraph(self.faces, &[Span { text, weight: style.weight }], style, 0.0, self.width());
        self.flow.place(&strips);
    }

    fn space(&mut self, height: f32) {
        self.flow.place(&[Strip::space(height)]);
    }

    /// A heading with an outline entry; it never ends a page.
    fn heading(&mut self, text: &str, style: TextStyle, level: usize) {
        let mut strips = vec![Strip::space(style.size)];
        strips.extend(paragraph(self.faces, &[Span::bold(text)], style, 0.0, self.width()));
        strips.push(Strip::space(style.size / 2.0));
        self.flow.bookmark(text, level);
        self.flow.keep_with_next(strips);
    }

    fn bullets(&mut self, items: &[String], style: TextStyle) {
        let indent = 2.0 * style.size;
        for item in items {
            let mut strips = paragraph(self.faces, &[Span::regular(item)], style, indent, self.width() - indent);
            if let Some(first) = strips.first_mut() {
                let y = self.faces.baseline_offset(&style);
                first.marks.push(Mark::Text { x: style.size * 0.6, y, style, text: "•".into() });
            }
            self.flow.place(&strips);
        }
    }

    fn cover(&mut self, report: &Report) {
        self.flow.bookmark("Summary", 0);
        self.text("SELF-ASSESSMENT GAP REPORT", LABEL.with_weight(Weight::Bold).with_color(ACCENT));
        self.space(4.0);
        self.text(&report.questionnaire_title, TITLE);
        self.space(2.0);
        let identity = [
            report.questionnaire_id.clone(),
            format!("version {}", report.questionnaire_version),
            report.publisher.clone(),
        ];
        let identity: Vec<&str> = identity.iter().map(String::as_str).filter(|part| !part.is_empty()).collect();
        self.text(&identity.join(" · "), BODY.with_color(MUTED));
        self.space(14.0);

        self.details(&report.cover_details());
        self.space(14.0);

        self.verdict_badge(report);
        self.space(12.0);
        let pass_mark = report.pass_overall.map_or("none".to_owned(), pct);
        self.stats(&[
            ("Overall score", &report.overall),
            ("Pass mark", &pass_mark),
            ("Completeness", &report.completeness),
        ]);
        self.score_bar(report);
        self.space(14.0);
        let counts: Vec<(&str, String)> =
            report.counts.iter().map(|(label, count)| (label.as_str(), count.to_string())).collect();
        self.stats(&counts);

        self.heading("Why this verdict", SUBHEADING, 1);
        let reasons: Vec<String> = if report.reasons.is_empty() {
            vec!["Every threshold of the questionnaire is met.".to_owned()]
        } else {
            report.reasons.iter().map(|reason| sentence(reason)).collect()
        };
        self.bullets(&reasons, BODY);
    }

    /// The sections at a glance (bars against their thresholds, and a radar when there are 3
    /// to 12 top-level sections) and the five gaps to close first.
    fn executive_summary(&mut self, report: &Report) {
        self.heading("Executive summary", HEADING, 0);
        let top: Vec<&SectionRow> = report.sections.iter().filter(|s| s.depth == 0).collect();
        self.text(
            "The score of each top-level section; the dark tick is the score the section must reach.",
            BODY.with_color(MUTED),
        );
        self.space(8.0);
        for section in &top {
            self.section_bar(section);
        }
        if (3..=12).contains(&top.len()) {
            self.heading("Profile across sections", SUBHEADING, 1);
            self.radar(&top);
        }
        self.heading("Gaps to close first", SUBHEADING, 1);
        let first: Vec<String> = report
            .gaps
            .iter()
            .take(5)
            .map(|gap| {
                let critical = if gap.critical { ", critical" } else { "" };
                format!("{} — {} ({} points{critical})", gap.criterion_id, gap.requirement, gap.impact)
            })
            .collect();
        if first.is_empty() {
            self.text("No gaps: every applicable criterion is fully met.", BODY);
        } else {
            self.bullets(&first, BODY);
        }
    }

    /// One line of the section chart: title, bar with the threshold tick, percent.
    fn section_bar(&mut self, section: &SectionRow) {
        let width = self.width();
        let (bar_x, bar_width, bar_height) = (0.38 * width, 0.48 * width, 7.0);
        let height = TABLE.line_height + 6.0;
        let bar_y = (height - bar_height) / 2.0;
        let color = result_color(section.passed);
        let baseline = (height - TABLE.line_height) / 2.0 + self.faces.baseline_offset(&TABLE);
        let mut marks = vec![Mark::Text {
            x: 0.0,
            y: baseline,
            style: TABLE,
            text: self.faces.truncate(&section.title, TABLE.weight, TABLE.size, bar_x - 8.0),
        }];
        marks.extend(bar(bar_x, bar_y, bar_width, bar_height, section.fraction.unwrap_or(0.0), color));
        if let Some(threshold) = section.threshold_fraction {
            let tick_x = bar_x + bar_width * threshold.clamp(0.0, 1.0) as f32;
            marks.push(Mark::Fill {
                x: tick_x - 0.75,
                y: bar_y - 2.5,
                width: 1.5,
                height: bar_height + 5.0,
                color: INK,
            });
        }
        marks.push(Mark::Text {
            x: bar_x + bar_width + 8.0,
            y: baseline,
            style: TABLE.with_weight(Weight::Bold),
            text: section.percent.clone(),
        });
        self.flow.place(&[Strip { height, marks }]);
    }

    /// The top-level sections' scores on spokes (100 % at the rim, rings every 25 %), with the
    /// pass threshold as a red ring.
    fn radar(&mut self, sections: &[&SectionRow]) {
        let (radius, label_room) = (92.0_f32, 24.0);
        let height = 2.0 * (radius + label_room);
        let (width, centre) = (self.width(), (self.width() / 2.0, radius + label_room));
        let count = sections.len();
        let direction = |index: usize| {
            let angle = -std::f32::consts::FRAC_PI_2 + std::f32::consts::TAU * index as f32 / count as f32;
            (angle.cos(), angle.sin())
        };
        let at = |index: usize, distance: f32| {
            let (cos, sin) = direction(index);
            (centre.0 + distance * cos, centre.1 + distance * sin)
        };
        let ring = |fraction: f32| (0..count).map(|i| at(i, radius * fraction)).collect::<Vec<_>>();
        let scores: Vec<(f32, f32)> = sections
            .iter()
            .enumerate()
            .map(|(i, section)| at(i, radius * section.fraction.unwrap_or(0.0).clamp(0.0, 1.0) as f32))
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
        if let Some(threshold) = sections.iter().find_map(|s| s.threshold_fraction) {
            marks.push(Mark::Path {
                points: ring(threshold.clamp(0.0, 1.0) as f32),
                closed: true,
                fill: None,
                stroke: Some((RED, 0.8)),
            });
        }
        for (index, section) in sections.iter().enumerate() {
            let (cos, sin) = direction(index);
            let (x, y) = at(index, radius + 6.0);
            let text =
                format!("{} {}", self.faces.truncate(&section.title, LABEL.weight, LABEL.size, 96.0), section.percent);
            let text_width = self.faces.width(&text, LABEL.weight, LABEL.size);
            let left = if cos > 0.3 {
                x
            } else if cos < -0.3 {
                x - text_width
            } else {
                x - text_width / 2.0
            };
            let baseline = if sin > 0.3 {
                y + LABEL.size
            } else if sin < -0.3 {
                y - 2.0
            } else {
                y + LABEL.size * 0.35
            };
            marks.push(Mark::Text {
                // Inside the body whatever the title's length (min then max: never a panicking clamp).
                x: left.min(width - text_width).max(0.0),
                y: baseline,
                style: LABEL,
                text,
            });
        }
        self.flow.place(&[Strip { height, marks }]);
        let legend = match sections.iter().map(|s| s.threshold.as_str()).find(|t| !t.is_empty()) {
            Some(threshold) => {
                format!("Blue: the sections' scores. Red ring: the pass threshold of {threshold}. Rings every 25 %.")
            }
            None => "Blue: the sections' scores. Rings every 25 %.".to_owned(),
        };
        self.text(&legend, LABEL);
    }

    /// Label and value pairs as a ruled two-column table.
    fn details(&mut self, rows: &[(&str, impl AsRef<str>)]) {
        let label_width = 110.0;
        let table = Table {
            columns: vec![
                Column { width: label_width, align: Align::Left },
                Column { width: self.width() - label_width, align: Align::Left },
            ],
            padding: 0.0,
            row_padding: 2.5,
            line_height: BODY.line_height,
        };
        for (label, value) in rows {
            let value = value.as_ref();
            let value = if value.is_empty() { "—" } else { value };
            let mut strips =
                table.row(self.faces, &[Cell::text(label, BODY.with_color(MUTED)), Cell::text(value, BODY)]);
            table.finish_row(&mut strips, RULE);
            self.flow.place(&strips);
        }
    }

    fn verdict_badge(&mut self, report: &Report) {
        let (fill, text_color) = match report.status {
            Status::Ready => (GREEN, WHITE),
            Status::NotReady => (RED, WHITE),
            // White on amber is hard to read.
            Status::Incomplete => (AMBER, INK),
        };
        let padding = 14.0;
        let label = LABEL.with_color(text_color);
        let verdict = VERDICT.with_color(text_color);
        let band_style = SUBHEADING.with_color(text_color);
        let band = report.band.as_ref().map_or("No band reached".to_owned(), |band| format!("Band: {band}"));
        let band = self.faces.truncate(&band, Weight::Bold, band_style.size, self.width() / 2.0 - padding);
        let band_x = self.width() - padding - self.faces.width(&band, Weight::Bold, band_style.size);
        let verdict_y = padding + label.line_height;
        let mut strip = Strip {
            height: verdict_y + verdict.line_height + padding,
            marks: vec![
                Mark::Text {
                    x: padding,
                    y: padding + self.faces.baseline_offset(&label),
                    style: label,
                    text: "VERDICT".into(),
                },
                Mark::Text {
                    x: padding,
                    y: verdict_y + self.faces.baseline_offset(&verdict),
                    style: verdict,
                    text: report.verdict.clone(),
                },
                Mark::Text {
                    x: band_x,
                    y: verdict_y + self.faces.baseline_offset(&verdict),
                    style: band_style,
                    text: band,
                },
            ],
        };
        strip.fill_behind(0.0, self.width(), fill);
        self.flow.place(&[strip]);
    }

    /// Figures side by side, each a small label over a large value.
    fn stats(&mut self, stats: &[(&str, impl AsRef<str>)]) {
        let column_width = self.width() / stats.len().max(1) as f32;
        let mut strip = Strip { height: LABEL.line_height + STAT.line_height, marks: Vec::new() };
        for (index, (label, value)) in stats.iter().enumerate() {
            let x = index as f32 * column_width;
            let room = column_width - 8.0;
            strip.marks.push(Mark::Text {
                x,
                y: self.faces.baseline_offset(&LABEL),
                style: LABEL,
                text: self.faces.truncate(label, LABEL.weight, LABEL.size, room),
            });
            strip.marks.push(Mark::Text {
                x,
                y: LABEL.line_height + self.faces.baseline_offset(&STAT),
                style: STAT,
                text: self.faces.truncate(value.as_ref(), STAT.weight, STAT.size, room),
            });
        }
        self.flow.place(&[strip]);
    }

    /// The overall score as a bar, with the pass mark drawn in.
    fn score_bar(&mut self, report: &Report) {
        let width = self.width();
        let bar_top = 6.0;
        let bar_height = 8.0;
        let color = match report.pass_overall {
            Some(pass) if crate::scoring::reaches(report.overall_fraction, pass) => GREEN,
            Some(_) => RED,
            None => NEUTRAL_BAR,
        };
        let mut strip = Strip {
            height: bar_top + bar_height + LABEL.line_height + 2.0,
            marks: bar(0.0, bar_top, width, bar_height, report.overall_fraction, color),
        };
        if let Some(pass) = report.pass_overall {
            let tick_x = width * pass.clamp(0.0, 1.0) as f32;
            strip.marks.push(Mark::Fill {
                x: tick_x - 0.75,
                y: bar_top - 3.0,
                width: 1.5,
                height: bar_height + 6.0,
                color: INK,
            });
            let label = "pass mark";
            let label_width = self.faces.width(label, LABEL.weight, LABEL.size);
            strip.marks.push(Mark::Text {
                // Centred under the tick but inside the bar (min then max: never a panicking clamp).
                x: (tick_x - label_width / 2.0).min(width - label_width).max(0.0),
                y: bar_top + bar_height + 3.0 + self.faces.baseline_offset(&LABEL),
                style: LABEL,
                text: label.into(),
            });
        }
        self.flow.place(&[strip]);
    }

    fn section_scores(&mut self, sections: &[SectionRow]) {
        self.heading("Section scores", HEADING, 0);
        self.text(
            "Top-level sections carry the pass threshold; sub-sections are indented under them. \
             Answered counts answered and N/A criteria against the applicable ones.",
            BODY.with_color(MUTED),
        );
        self.space(8.0);
        let table = self.table(&[
            (0.35, Align::Left),
            (0.14, Align::Right),
            (0.19, Align::Left),
            (0.11, Align::Right),
            (0.09, Align::Left),
            (0.12, Align::Right),
        ]);
        let header = table.header(
            self.faces,
            &["Section", "Score", "Percent", "Threshold", "Result", "Answered"],
            TABLE.with_weight(Weight::Bold).with_color(WHITE),
            ACCENT,
        );
        self.flow.begin_table(header);
        for section in sections {
            let title_style = if section.depth == 0 { TABLE.with_weight(Weight::Bold) } else { TABLE };
            let bar_color = result_color(section.passed);
            let (result, result_style) = match section.passed {
                Some(true) => ("PASS", TABLE.with_weight(Weight::Bold).with_color(GREEN)),
                Some(false) => ("FAIL", TABLE.with_weight(Weight::Bold).with_color(RED)),
                None => ("—", TABLE.with_color(MUTED)),
            };
            let bar_width = 36.0;
            let mut percent =
                bar(0.0, (TABLE.line_height - 5.0) / 2.0, bar_width, 5.0, section.fraction.unwrap_or(0.0), bar_color);
            percent.push(Mark::Text {
                x: bar_width + 5.0,
                y: self.faces.baseline_offset(&TABLE),
                style: TABLE,
                text: section.percent.clone(),
            });
            let mut strips = table.row(
                self.faces,
                &[
                    Cell::Text {
                        spans: vec![Span { text: &section.title, weight: title_style.weight }],
                        style: title_style,
                        indent: 10.0 * section.depth as f32,
                    },
                    Cell::text(&section.score, TABLE),
                    Cell::Marks(percent),
                    Cell::text(&section.threshold, TABLE),
                    Cell::text(result, result_style),
                    Cell::text(&section.answered, TABLE),
                ],
            );
            table.finish_row(&mut strips, RULE);
            self.flow.place(&strips);
        }
        self.flow.end_table();
    }

    fn gap_register(&mut self, gaps: &[GapRow]) {
        self.heading("Gap register", HEADING, 0);
        let introduction = if gaps.is_empty() {
            "No gaps: every applicable criterion is fully met.".to_owned()
        } else {
            format!(
                "{}, critical criteria first, then by impact: the rise of the overall score, \
                 in percentage points, if that criterion alone were fully met.",
                count(gaps.len(), "gap", "gaps")
            )
        };
        self.text(&introduction, BODY.with_color(MUTED));
        if gaps.is_empty() {
            return;
        }
        self.space(8.0);
        let table = self.table(&[
            (0.06, Align::Left),
            (0.15, Align::Left),
            (0.41, Align::Left),
            (0.16, Align::Left),
            (0.10, Align::Right),
            (0.12, Align::Left),
        ]);
        let header = table.header(
            self.faces,
            &["#", "Criterion", "Requirement", "Answer", "Impact", "Critical"],
            TABLE.with_weight(Weight::Bold).with_color(WHITE),
            ACCENT,
        );
        self.flow.begin_table(header);
        for gap in gaps {
            let rank = gap.rank.to_string();
            let critical = if gap.critical {
                Cell::Marks(badge(self.faces, "CRITICAL", style(7.0, TABLE.line_height, Weight::Bold, WHITE), RED, 3.0))
            } else {
                Cell::text("", TABLE)
            };
            let mut strips = table.row(
                self.faces,
                &[
                    Cell::text(&rank, TABLE),
                    Cell::text(&gap.criterion_id, TABLE.with_weight(Weight::Bold)),
                    Cell::text(&gap.requirement, TABLE),
                    Cell::text(&gap.answer, TABLE),
                    Cell::text(&gap.impact, TABLE),
                    critical,
                ],
            );
            let evidence = gap.evidence.join("; ");
            let details = [
                ("Remediation: ", &gap.remediation),
                ("Evidence expected: ", &evidence),
                ("Operator comment: ", &gap.comment),
            ];
            let first_detail = strips.len();
            for (label, text) in details.iter().filter(|(_, text)| !text.trim().is_empty()) {
                strips.extend(table.spanning(self.faces, &[Span::bold(label), Span::regular(text)], DETAIL, 1));
            }
            if let Some(first) = strips.get_mut(first_detail) {
                first.pad_top(3.0);
            }
            table.finish_row(&mut strips, RULE);
            self.flow.bookmark(&format!("{}. {}", gap.rank, gap.criterion_id), 1);
            self.flow.place(&strips);
        }
        self.flow.end_table();
    }

    /// The N/A register, the open items and the evidence register, one after the other.
    fn registers(&mut self, registers: &Registers) {
        self.register(
            "N/A register",
            &format!(
                "{} claimed not applicable, with the operator's justification. A claim without a \
                 justification the criterion requires counts as unanswered.",
                count(registers.not_applicable.len(), "criterion", "criteria")
            ),
            "No criterion was claimed not applicable.",
            &[(0.15, Align::Left), (0.38, Align::Left), (0.37, Align::Left), (0.10, Align::Left)],
            &["Criterion", "Requirement", "Justification", "Accepted"],
            registers.not_applicable.iter().map(|row| {
                vec![
                    row.criterion_id.clone(),
                    row.requirement.clone(),
                    row.justification.clone(),
                    if row.accepted { "yes" } else { "no" }.to_owned(),
                ]
            }),
        );
        self.register(
            "Open items",
            &format!(
                "{} the operator flagged for review or left unanswered.",
                count(registers.open_items.len(), "applicable criterion", "applicable criteria")
            ),
            "Nothing is open: every applicable criterion is answered and none is flagged.",
            &[(0.15, Align::Left), (0.40, Align::Left), (0.20, Align::Left), (0.25, Align::Left)],
            &["Criterion", "Requirement", "Open because", "Operator comment"],
            registers.open_items.iter().map(|row| {
                vec![row.criterion_id.clone(), row.requirement.clone(), row.why.clone(), row.comment.clone()]
            }),
        );
        self.register(
            "Evidence register",
            &format!(
                "{} named by the operator. The files stay with the operator: their SHA-256 lets an auditor \
                 check that a document shown later is exactly the one recorded here.",
                count(registers.evidence.len(), "evidence file", "evidence files")
            ),
            "No evidence file was recorded.",
            &[(0.13, Align::Left), (0.22, Align::Left), (0.09, Align::Right), (0.56, Align::Left)],
            &["Criterion", "File", "Size", "SHA-256 and note"],
            registers.evidence.iter().map(|row| {
                let hash_and_note =
                    if row.note.is_empty() { row.sha256.clone() } else { format!("{} — {}", row.sha256, row.note) };
                vec![row.criterion_id.clone(), row.name.clone(), row.size.clone(), hash_and_note]
            }),
        );
    }

    /// A register: heading (with an outline entry), an introduction, and a table whose first
    /// column (the criterion id) is bold; `empty` replaces the introduction when there are no rows.
    fn register(
        &mut self,
        title: &str,
        introduction: &str,
        empty: &str,
        columns: &[(f32, Align)],
        header: &[&str],
        rows: impl ExactSizeIterator<Item = Vec<String>>,
    ) {
        self.heading(title, HEADING, 0);
        if rows.len() == 0 {
            self.text(empty, BODY.with_color(MUTED));
            return;
        }
        self.text(introduction, BODY.with_color(MUTED));
        self.space(8.0);
        self.table_of(columns, header, rows);
        self.space(6.0);
    }

    /// A ruled table with a repeated header band; the first column is bold.
    fn table_of(&mut self, columns: &[(f32, Align)], header: &[&str], rows: impl Iterator<Item = Vec<String>>) {
        let table = self.table(columns);
        let header = table.header(self.faces, header, TABLE.with_weight(Weight::Bold).with_color(WHITE), ACCENT);
        self.flow.begin_table(header);
        for row in rows {
            let cells: Vec<Cell> = row
                .iter()
                .enumerate()
                .map(|(index, text)| Cell::text(text, if index == 0 { TABLE.with_weight(Weight::Bold) } else { TABLE }))
                .collect();
            let mut strips = table.row(self.faces, &cells);
            table.finish_row(&mut strips, RULE);
            self.flow.place(&strips);
        }
        self.flow.end_table();
    }

    /// Every criterion's answer, a table per top-level section.
    fn answers_appendix(&mut self, sections: &[AnswerSection]) {
        self.heading("Answers appendix", HEADING, 0);
        self.text(
            "Every criterion of the questionnaire, by section, with the operator's answer and comment. \
             “Not in scope” marks criteria outside the assessed profiles or whose condition does not hold.",
            BODY.with_color(MUTED),
        );
        for section in sections.iter().filter(|section| !section.rows.is_empty()) {
            self.heading(&section.title, SUBHEADING, 1);
            self.table_of(
                &[(0.14, Align::Left), (0.44, Align::Left), (0.17, Align::Left), (0.25, Align::Left)],
                &["Criterion", "Requirement", "Answer", "Comment"],
                section.rows.iter().map(|row| {
                    vec![row.criterion_id.clone(), row.requirement.clone(), row.answer.clone(), row.comment.clone()]
                }),
            );
        }
    }

    /// The auditor's findings beside the operator's answers; those that do not confirm the answer
    /// stand out in red.
    fn auditor_review(&mut self, review: &ReviewSection) {
        self.heading("Auditor review", HEADING, 0);
        let reviewer = if review.reviewer.is_empty() { "The auditor" } else { review.reviewer.as_str() };
        self.text(
            &format!(
                "{reviewer} reviewed {}: {} confirmed, {} not confirmed, {} needing evidence.",
                count(review.rows.len(), "answer", "answers"),
                review.confirmed,
                review.not_confirmed,
                review.needs_evidence
            ),
            BODY,
        );
        if review.rows.is_empty() {
            return;
        }
        self.space(8.0);
        let table = self.table(&[(0.14, Align::Left), (0.26, Align::Left), (0.18, Align::Left), (0.42, Align::Left)]);
        let header = table.header(
            self.faces,
            &["Criterion", "Operator's answer", "Auditor's finding", "Note"],
            TABLE.with_weight(Weight::Bold).with_color(WHITE),
            ACCENT,
        );
        self.flow.begin_table(header);
        for row in &review.rows {
            let finding = if row.disagrees { TABLE.with_weight(Weight::Bold).with_color(RED) } else { TABLE };
            let mut strips = table.row(
                self.faces,
                &[
                    Cell::text(&row.criterion_id, TABLE.with_weight(Weight::Bold)),
                    Cell::text(&row.answer, TABLE),
                    Cell::text(&row.finding, finding),
                    Cell::text(&row.note, TABLE),
                ],
            );
            table.finish_row(&mut strips, RULE);
            self.flow.place(&strips);
        }
        self.flow.end_table();
    }

    /// Who stands behind the report: the assessor, and the auditor who reviews it, each with
    /// lines to sign and date on paper.
    fn sign_off(&mut self, report: &Report) {
        self.heading("Sign-off", HEADING, 0);
        self.text(
            "The assessor confirms that the answers reflect the facility as it is; the reviewing auditor \
             confirms the review. Sign on a printed copy: a signature added to this file would change its \
             bytes and fail verification.",
            BODY,
        );
        let width = self.width();
        let auditor = report.registers.review.as_ref().map_or("", |review| review.reviewer.as_str());
        for (role, name) in [("Assessor", report.assessor.as_str()), ("Reviewing auditor", auditor)] {
            self.space(18.0);
            self.text(role, SUBHEADING);
            let line_gap = 30.0;
            let mut strip = Strip { height: line_gap + LABEL.line_height + 4.0, marks: Vec::new() };
            let columns = [("Name", 0.0, 0.42), ("Signature", 0.46, 0.32), ("Date", 0.82, 0.18)];
            for (label, from, span) in columns {
                let x = from * width;
                if label == "Name" && !name.is_empty() {
                    strip.marks.push(Mark::Text {
                        x,
                        y: line_gap - 6.0,
                        style: BODY,
                        text: self.faces.truncate(name, BODY.weight, BODY.size, span * width - 4.0),
                    });
                }
                strip.marks.push(Mark::Fill { x, y: line_gap, width: span * width - 12.0, height: 0.6, color: INK });
                strip.marks.push(Mark::Text {
                    x,
                    y: line_gap + 3.0 + self.faces.baseline_offset(&LABEL),
                    style: LABEL,
                    text: label.into(),
                });
            }
            self.flow.place(&[strip]);
        }
        self.space(24.0);
    }

    /// How every number was computed: the same text as `certready score --explain`, one block
    /// per section (its title, then a line per child and the arithmetic).
    fn method(&mut self, method: &str) {
        self.heading("Method", HEADING, 0);
        self.text(
            "How each score in this report follows from the answers: for the overall result and every section, \
             the parts it combines, their weights and values, and the arithmetic of its aggregate. Criteria \
             marked not applicable, or outside the assessed profiles, are left out of every denominator.",
            BODY,
        );
        for block in method.split("\n\n").filter(|block| !block.trim().is_empty()) {
            let mut lines = block.lines();
            self.space(6.0);
            if let Some(title) = lines.next() {
                self.text(title.trim(), DETAIL_BOLD);
            }
            for line in lines {
                // The terminal text aligns columns with runs of spaces; a proportional font cannot,
                // so the columns are separated by a middle dot.
                let columns: Vec<&str> = line.split("  ").map(str::trim).filter(|c| !c.is_empty()).collect();
                self.text(&columns.join(" · "), DETAIL);
            }
        }
    }

    /// The full fingerprints of the attached source files and how to check the report against them.
    fn integrity(&mut self, report: &Report) {
        self.heading("Integrity", HEADING, 0);
        let attached = report.sources.is_some();
        self.text(
            if attached {
                "This report carries the criteria file and the assessment file it was made from as attachments \
                 (see the attachments panel of a PDF reader). Anyone can check, offline, that the report matches \
                 them: “certready verify REPORT.pdf” extracts both files, scores the assessment again, re-creates \
                 every page with the generation time below and compares them with this document."
            } else {
                "The source files were not attached to this report, so it cannot be checked against them."
            },
            BODY,
        );
        self.space(10.0);
        let sizes = report.sources.as_ref().map(|sources| {
            let size = |name: &str, bytes: &[u8]| format!("{name}, {} bytes", bytes.len());
            (size(Sources::CRITERIA_NAME, &sources.criteria), size(Sources::ASSESSMENT_NAME, &sources.assessment))
        });
        let (criteria_file, assessment_file) = sizes.unwrap_or_else(|| ("not attached".into(), "not attached".into()));
        let generated = report.generated.rfc3339();
        let tool = format!("certready {}", report.tool_version);
        self.details(&[
            ("Criteria file", &criteria_file),
            ("Criteria SHA-256", &report.criteria_sha256),
            ("Assessment file", &assessment_file),
            ("Assessment SHA-256", &report.assessment_sha256),
            ("Generated", &generated),
            ("Made by", &tool),
        ]);
    }

    /// A table over the body width with columns given as (fraction of the width, alignment).
    fn table(&self, columns: &[(f32, Align)]) -> Table {
        Table {
            columns: columns
                .iter()
                .map(|&(fraction, align)| Column { width: fraction * self.width(), align })
                .collect(),
            padding: 4.0,
            row_padding: 4.0,
            line_height: TABLE.line_height,
        }
    }
}

/// A section's bar: green when it passed its threshold, red when it failed, neutral without one.
fn result_color(passed: Option<bool>) -> Rgb {
    match passed {
        Some(true) => GREEN,
        Some(false) => RED,
        None => NEUTRAL_BAR,
    }
}

/// "1 gap", "2 gaps".
fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// A horizontal bar: the track, then `fraction` of it filled.
fn bar(x: f32, y: f32, width: f32, height: f32, fraction: f64, color: Rgb) -> Vec<Mark> {
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
        crate::report::build(&questionnaire, &assessment, &scorecard, Timestamp(1_795_516_200))
    }

    #[test]
    fn the_radar_is_drawn_for_3_to_12_top_level_sections_only() {
        // Only the radar draws lines.
        let lines_drawn = |report: &Report| {
            compose(report, &FACES).0.iter().flatten().filter(|m| matches!(m, Mark::Path { .. })).count()
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
        let (pages, bookmarks) = compose(&report(), &FACES);
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
            "Summary",
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
