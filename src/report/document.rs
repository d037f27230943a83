//! The report as a format-neutral document: ordered blocks (headings, paragraphs, key–value
//! tables, tables, lists, figures, charts, the sign-off) with every word already resolved, from
//! the message catalog in the report's language or from the criteria file in its languages. The
//! PDF renderer (`pdf::render`) and the HTML one ([`super::html`]) only lay these blocks out, so
//! both say the same words.

use super::{sentence, Report, Sources, Texts};
use crate::i18n::{self, Args, Lang};
use crate::scoring::{reaches, Status};

/// The whole report, ready to lay out.
#[derive(Debug, Clone, PartialEq)]
pub struct Document {
    /// The language of the report's own words.
    pub lang: Lang,
    /// For the file's metadata.
    pub title: String,
    pub subject: String,
    pub keywords: String,
    pub author: String,
    pub running: Running,
    pub blocks: Vec<Block>,
}

/// What every page repeats.
#[derive(Debug, Clone, PartialEq)]
pub struct Running {
    /// The organisation and facility.
    pub header_left: String,
    /// The questionnaire's id and version.
    pub header_right: String,
    /// The handling marking (e.g. "Security-sensitive — restricted distribution").
    pub marking: Inline,
    /// The fingerprints of the two source files.
    pub footer_left: String,
}

impl Document {
    /// "page 3 of 12", in the report's language.
    pub fn page_label(&self, page: usize, pages: usize) -> String {
        i18n::message(self.lang, "report-page", &Args::new().with("page", page).with("pages", pages))
    }

    /// Every text of the blocks, in order (what a reader of any rendering must find).
    pub fn texts(&self) -> Vec<String> {
        let mut out = Vec::new();
        for block in &self.blocks {
            block.texts(&mut out);
        }
        out.retain(|text| !text.trim().is_empty());
        out
    }
}

/// A run of text in one weight and one language.
#[derive(Debug, Clone, PartialEq)]
pub struct Run {
    pub text: String,
    pub strong: bool,
    /// The run's language when it is not the report's (a criteria text in another language).
    pub lang: Option<String>,
}

/// Text that may change weight and language; a run of `"\n"` starts a new line.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Inline(pub Vec<Run>);

impl Inline {
    pub fn plain(text: impl Into<String>) -> Inline {
        Inline(vec![Run { text: text.into(), strong: false, lang: None }])
    }

    pub fn strong(text: impl Into<String>) -> Inline {
        Inline(vec![Run { text: text.into(), strong: true, lang: None }])
    }

    /// A criteria text in each of its languages, one per line; `lang` is the report's own.
    pub fn texts(texts: &Texts, lang: Lang) -> Inline {
        let mut runs = Vec::new();
        for (index, text) in texts.0.iter().enumerate() {
            if index > 0 {
                runs.push(Run { text: "\n".into(), strong: false, lang: None });
            }
            let other = (text.lang != lang.code()).then(|| text.lang.clone());
            runs.push(Run { text: text.text.clone(), strong: false, lang: other });
        }
        Inline(runs)
    }

    /// Several criteria texts, joined by `separator` language by language: the first
    /// language's texts on the first line, the second's on the next.
    pub fn list(items: &[Texts], separator: &str, lang: Lang) -> Inline {
        let lines = items.iter().map(|item| item.0.len()).max().unwrap_or(0);
        let mut runs = Vec::new();
        for line in 0..lines {
            if line > 0 {
                runs.push(Run { text: "\n".into(), strong: false, lang: None });
            }
            for (index, item) in items.iter().enumerate() {
                let Some(text) = item.0.get(line).or(item.0.first()) else { continue };
                if index > 0 {
                    runs.push(Run { text: separator.into(), strong: false, lang: None });
                }
                let other = (text.lang != lang.code()).then(|| text.lang.clone());
                runs.push(Run { text: text.text.clone(), strong: false, lang: other });
            }
        }
        Inline(runs)
    }

    /// This text followed by `other`.
    pub fn then(mut self, other: Inline) -> Inline {
        self.0.extend(other.0);
        self
    }

    /// The whole text, lines joined by newlines.
    pub fn text(&self) -> String {
        self.0.iter().map(|run| run.text.as_str()).collect()
    }

    pub fn is_empty(&self) -> bool {
        self.0.iter().all(|run| run.text.trim().is_empty())
    }
}

/// How a paragraph or a cell reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    Normal,
    /// Explanations beside the data.
    Muted,
    /// A pass.
    Good,
    /// A failure, or an auditor who does not confirm.
    Bad,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    Start,
    End,
}

/// One part of the document.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    /// What follows starts a new page (a new printed section in HTML).
    PageBreak,
    /// A small capitalised label over the title.
    Kicker(String),
    Title(Inline),
    /// Level 1: a part of the report (in the PDF outline); level 2: within a part; level 3: a
    /// small heading. `anchor` names a part (e.g. `gap-register`) for links; may be empty.
    Heading {
        level: u8,
        text: Inline,
        outline: bool,
        anchor: &'static str,
    },
    Paragraph {
        text: Inline,
        tone: Tone,
    },
    /// A statement set apart: the criteria file's disclaimer.
    Notice(Inline),
    /// Labels and values; `code` values (fingerprints) are set apart.
    Details(Vec<Detail>),
    Verdict(Verdict),
    /// Figures side by side: a small label over a large value.
    Stats(Vec<(String, String)>),
    /// The overall score as a bar, with the pass mark.
    ScoreBar(ScoreBar),
    /// A bar per top-level section, against its threshold.
    Bars(Vec<Bar>),
    Radar(Radar),
    Bullets(Vec<Inline>),
    Table(Table),
    SignOff(SignOff),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Detail {
    pub label: String,
    pub value: Inline,
    pub code: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Verdict {
    pub status: Status,
    /// "VERDICT"
    pub label: String,
    /// "READY"
    pub verdict: String,
    /// "Band: Advanced", or that none is reached.
    pub band: Inline,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ScoreBar {
    pub fraction: f64,
    pub pass: Option<f64>,
    /// "pass mark 70.0%"
    pub pass_label: String,
    pub passed: Option<bool>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Bar {
    pub label: Inline,
    pub fraction: f64,
    pub threshold: Option<f64>,
    /// e.g. "72.5%"
    pub value: String,
    pub passed: Option<bool>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Radar {
    /// (label, fraction, value) per spoke, clockwise from the top.
    pub spokes: Vec<(String, f64, String)>,
    pub threshold: Option<f64>,
    /// What the figure shows, in words (also its text alternative).
    pub legend: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    pub columns: Vec<Column>,
    pub rows: Vec<Row>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Column {
    pub title: String,
    /// A fraction of the body's width.
    pub width: f32,
    pub align: Align,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub cells: Vec<Cell>,
    /// Lines under the row across its columns but the first: (label, text).
    pub details: Vec<(String, Inline)>,
    /// The row's entry in the PDF outline.
    pub outline: Option<String>,
    /// Shown above the rest of the row when it continues on a new page.
    pub continued: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Text {
        text: Inline,
        strong: bool,
        tone: Tone,
        indent: u8,
    },
    /// A small bar and the value beside it.
    Bar {
        fraction: f64,
        passed: Option<bool>,
        value: String,
    },
    /// A short label on a filled box ("CRITICAL").
    Badge(String),
    /// A fingerprint: in groups that break only between groups.
    Code(String),
}

impl Cell {
    fn text(text: impl Into<String>) -> Cell {
        Cell::Text { text: Inline::plain(text), strong: false, tone: Tone::Normal, indent: 0 }
    }

    fn id(id: &str) -> Cell {
        Cell::Text { text: Inline::plain(id), strong: true, tone: Tone::Normal, indent: 0 }
    }

    fn inline(text: Inline) -> Cell {
        Cell::Text { text, strong: false, tone: Tone::Normal, indent: 0 }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct SignOff {
    /// (role, name) per person who signs; the name may be empty.
    pub parties: Vec<(String, String)>,
    pub name: String,
    pub signature: String,
    pub date: String,
}

/// A SHA-256 in groups of eight digits, which lines break only between.
pub fn grouped(sha256: &str) -> String {
    let chars: Vec<char> = sha256.chars().collect();
    chars.chunks(8).map(|chunk| chunk.iter().collect::<String>()).collect::<Vec<_>>().join(" ")
}

impl Block {
    fn texts(&self, out: &mut Vec<String>) {
        match self {
            Block::PageBreak => {}
            Block::Kicker(text) => out.push(text.clone()),
            Block::Title(text) | Block::Heading { text, .. } | Block::Paragraph { text, .. } | Block::Notice(text) => {
                out.push(text.text())
            }
            Block::Details(details) => {
                for detail in details {
                    out.push(detail.label.clone());
                    out.push(detail.value.text());
                }
            }
            Block::Verdict(verdict) => {
                out.extend([verdict.label.clone(), verdict.verdict.clone(), verdict.band.text()])
            }
            Block::Stats(stats) => out.extend(stats.iter().flat_map(|(label, value)| [label.clone(), value.clone()])),
            Block::ScoreBar(bar) => out.push(bar.pass_label.clone()),
            Block::Bars(bars) => out.extend(bars.iter().flat_map(|bar| [bar.label.text(), bar.value.clone()])),
            Block::Radar(radar) => {
                out.extend(radar.spokes.iter().flat_map(|(label, _, value)| [label.clone(), value.clone()]));
                out.push(radar.legend.clone());
            }
            Block::Bullets(items) => out.extend(items.iter().map(Inline::text)),
            Block::Table(table) => {
                out.extend(table.columns.iter().map(|c| c.title.clone()));
                for row in &table.rows {
                    for cell in &row.cells {
                        match cell {
                            Cell::Text { text, .. } => out.push(text.text()),
                            Cell::Bar { value, .. } => out.push(value.clone()),
                            Cell::Badge(text) | Cell::Code(text) => out.push(text.clone()),
                        }
                    }
                    out.extend(row.details.iter().flat_map(|(label, text)| [label.clone(), text.text()]));
                }
            }
            Block::SignOff(sign) => {
                for (role, name) in &sign.parties {
                    out.extend([
                        role.clone(),
                        name.clone(),
                        sign.name.clone(),
                        sign.signature.clone(),
                        sign.date.clone(),
                    ]);
                }
            }
        }
    }
}

/// The report's blocks in reading order: cover, executive summary, section scores, gap
/// register, the N/A, open-item and evidence registers, the answers appendix, the auditor's
/// review, the method, the sign-off and the integrity page.
pub fn document(report: &Report) -> Document {
    let words = Words { lang: report.lang() };
    let mut blocks = Vec::new();
    cover(report, words, &mut blocks);
    blocks.push(Block::PageBreak);
    executive_summary(report, words, &mut blocks);
    blocks.push(Block::PageBreak);
    section_scores(report, words, &mut blocks);
    blocks.push(Block::PageBreak);
    gap_register(report, words, &mut blocks);
    blocks.push(Block::PageBreak);
    registers(report, words, &mut blocks);
    blocks.push(Block::PageBreak);
    answers_appendix(report, words, &mut blocks);
    blocks.push(Block::PageBreak);
    if report.registers.review.is_some() {
        auditor_review(report, words, &mut blocks);
        blocks.push(Block::PageBreak);
    }
    method(report, words, &mut blocks);
    blocks.push(Block::PageBreak);
    sign_off(report, words, &mut blocks);
    integrity(report, words, &mut blocks);

    let title = report.document_title();
    let questionnaire = report.questionnaire_title.first();
    Document {
        lang: words.lang,
        subject: words.say(
            "report-metadata-subject",
            Args::new()
                .with("questionnaire", questionnaire)
                .with("version", report.questionnaire_version.as_str())
                .with("subject", report.organisation_and_facility()),
        ),
        keywords: [
            report.questionnaire_id.clone(),
            report.questionnaire_version.clone(),
            words.text("report-kicker"),
            report.verdict.to_lowercase(),
        ]
        .join(", "),
        author: report.assessor.clone(),
        title,
        running: Running {
            header_left: report.organisation_and_facility(),
            header_right: format!("{} {}", report.questionnaire_id, report.questionnaire_version),
            marking: Inline::texts(&report.marking.first_only(), words.lang),
            footer_left: words.say(
                "report-footer-fingerprints",
                Args::new()
                    .with("criteria", Report::short(&report.criteria_sha256))
                    .with("assessment", Report::short(&report.assessment_sha256)),
            ),
        },
        blocks,
    }
}

/// The catalog in the report's language.
#[derive(Clone, Copy)]
struct Words {
    lang: Lang,
}

impl Words {
    fn text(self, id: &str) -> String {
        i18n::text(self.lang, id)
    }

    fn say(self, id: &str, args: Args) -> String {
        i18n::message(self.lang, id, &args)
    }

    fn count(self, id: &str, count: usize) -> String {
        self.say(id, Args::new().with("count", count))
    }

    fn texts(self, texts: &Texts) -> Inline {
        Inline::texts(texts, self.lang)
    }

    /// A part's heading: `id` is its message, and without `report-` its anchor.
    fn heading(self, id: &'static str) -> Block {
        let anchor = id.strip_prefix("report-").unwrap_or(id);
        Block::Heading { level: 1, text: Inline::plain(self.text(id)), outline: true, anchor }
    }

    fn subheading(self, text: Inline) -> Block {
        Block::Heading { level: 2, text, outline: false, anchor: "" }
    }

    fn muted(self, text: String) -> Block {
        Block::Paragraph { text: Inline::plain(text), tone: Tone::Muted }
    }

    fn paragraph(self, text: String) -> Block {
        Block::Paragraph { text: Inline::plain(text), tone: Tone::Normal }
    }

    fn columns(self, columns: &[(&str, f32, Align)]) -> Vec<Column> {
        columns.iter().map(|&(id, width, align)| Column { title: self.text(id), width, align }).collect()
    }

    fn continued(self, id: &str) -> Option<String> {
        Some(self.say("report-continued", Args::new().with("id", id)))
    }
}

fn cover(report: &Report, words: Words, out: &mut Vec<Block>) {
    out.push(Block::Kicker(words.text("report-kicker")));
    out.push(Block::Title(words.texts(&report.questionnaire_title)));
    let version = words.say("report-version", Args::new().with("version", report.questionnaire_version.as_str()));
    let identity: Vec<&str> = [report.questionnaire_id.as_str(), version.as_str(), report.publisher.first()]
        .into_iter()
        .filter(|part| !part.is_empty())
        .collect();
    out.push(words.muted(identity.join(" · ")));
    if !report.disclaimer.is_empty() {
        out.push(Block::Notice(words.texts(&report.disclaimer)));
    }

    let profiles = if report.profiles.is_empty() {
        Inline::plain(words.text("report-all-profiles"))
    } else {
        Inline::list(&report.profiles, ", ", words.lang)
    };
    let languages: Vec<String> = report
        .criteria_languages
        .iter()
        .map(|code| Lang::from_code(code).map_or_else(|| code.clone(), |lang| lang.own_name().to_owned()))
        .collect();
    let detail = |id: &str, value: Inline| Detail { label: words.text(id), value, code: false };
    let plain = |id: &str, value: &str| detail(id, Inline::plain(value));
    let mut details = vec![
        plain("report-organisation", &report.organisation),
        plain("report-facility", &report.facility),
        plain("report-country", &report.country),
        detail("report-profiles", profiles),
        plain("report-assessor", &report.assessor),
        plain("report-answers-as-of", &report.answers_as_of),
        plain(
            "report-generated",
            &words.say(
                "report-generated-by",
                Args::new()
                    .with("date", super::date_time(words.lang, report.generated))
                    .with("version", report.tool_version.as_str()),
            ),
        ),
        plain("report-languages", &languages.join(" · ")),
    ];
    details.push(Detail {
        label: words.text("report-fingerprints"),
        value: Inline::plain(
            words.say(
                "report-fingerprints-value",
                Args::new()
                    .with("criteria", Report::short(&report.criteria_sha256))
                    .with("assessment", Report::short(&report.assessment_sha256)),
            ),
        ),
        code: false,
    });
    for detail in &mut details {
        if detail.value.is_empty() {
            detail.value = Inline::plain("—");
        }
    }
    out.push(Block::Details(details));

    let band = match &report.band {
        Some(band) => Inline::plain(words.say("report-band", Args::new().with("band", band.first()))),
        None => Inline::plain(words.text("report-no-band")),
    };
    out.push(Block::Verdict(Verdict {
        status: report.status,
        label: words.text("report-verdict"),
        verdict: report.verdict.clone(),
        band,
    }));
    let pass_mark = |fraction: f64| i18n::percent(words.lang, fraction * 100.0, 1);
    out.push(Block::ScoreBar(ScoreBar {
        fraction: report.overall_fraction,
        pass: report.pass_overall,
        pass_label: report.pass_overall.map_or(String::new(), |pass| {
            words.say("report-pass-mark-tick", Args::new().with("percent", pass_mark(pass)))
        }),
        passed: report.pass_overall.map(|pass| reaches(report.overall_fraction, pass)),
    }));
    out.push(Block::Stats(vec![
        (words.text("report-overall-score"), report.overall.clone()),
        (words.text("report-pass-mark"), report.pass_overall.map_or_else(|| words.text("report-none"), pass_mark)),
        (words.text("report-completeness-label"), report.completeness.clone()),
    ]));
    out.push(Block::Stats(report.counts.iter().map(|(label, count)| (label.clone(), count.to_string())).collect()));

    out.push(words.subheading(Inline::plain(words.text("report-why"))));
    let reasons = if report.reasons.is_empty() {
        vec![Inline::plain(words.text("report-all-thresholds-met"))]
    } else {
        report.reasons.iter().map(|reason| Inline::plain(sentence(reason))).collect()
    };
    out.push(Block::Bullets(reasons));
}

/// The sections at a glance (bars against their thresholds, and a radar when there are 3 to 12
/// top-level sections) and the five gaps to close first.
fn executive_summary(report: &Report, words: Words, out: &mut Vec<Block>) {
    out.push(words.heading("report-executive-summary"));
    out.push(words.muted(words.text("report-bars-intro")));
    let top: Vec<_> = report.sections.iter().filter(|s| s.depth == 0).collect();
    out.push(Block::Bars(
        top.iter()
            .map(|section| Bar {
                label: words.texts(&section.title),
                fraction: section.fraction.unwrap_or(0.0),
                threshold: section.threshold_fraction,
                value: section.percent.clone(),
                passed: section.passed,
            })
            .collect(),
    ));
    if (3..=12).contains(&top.len()) {
        out.push(words.subheading(Inline::plain(words.text("report-radar"))));
        let threshold = top.iter().find_map(|s| s.threshold_fraction);
        let legend = match top.iter().map(|s| s.threshold.as_str()).find(|t| !t.is_empty()) {
            Some(threshold) => words.say("report-radar-legend-threshold", Args::new().with("threshold", threshold)),
            None => words.text("report-radar-legend"),
        };
        out.push(Block::Radar(Radar {
            spokes: top
                .iter()
                .map(|s| (s.title.first().to_owned(), s.fraction.unwrap_or(0.0), s.percent.clone()))
                .collect(),
            threshold,
            legend,
        }));
    }
    out.push(words.subheading(Inline::plain(words.text("report-first-gaps"))));
    if report.gaps.is_empty() {
        out.push(words.paragraph(words.text("report-no-gaps")));
        return;
    }
    out.push(Block::Bullets(
        report
            .gaps
            .iter()
            .take(5)
            .map(|gap| {
                let id = if gap.critical { "report-first-gap-critical" } else { "report-first-gap" };
                Inline::strong(format!("{} — ", gap.criterion_id))
                    .then(words.texts(&gap.requirement.first_only()))
                    .then(Inline::plain(format!(
                        " ({})",
                        words.say(id, Args::new().with("points", gap.impact.as_str()))
                    )))
            })
            .collect(),
    ));
}

fn section_scores(report: &Report, words: Words, out: &mut Vec<Block>) {
    out.push(words.heading("report-section-scores"));
    out.push(words.muted(words.text("report-section-scores-intro")));
    let rows = report
        .sections
        .iter()
        .map(|section| {
            let result = match section.passed {
                Some(true) => Cell::Text {
                    text: Inline::plain(words.text("report-pass")),
                    strong: true,
                    tone: Tone::Good,
                    indent: 0,
                },
                Some(false) => Cell::Text {
                    text: Inline::plain(words.text("report-fail")),
                    strong: true,
                    tone: Tone::Bad,
                    indent: 0,
                },
                None => Cell::Text { text: Inline::plain("—"), strong: false, tone: Tone::Muted, indent: 0 },
            };
            Row {
                cells: vec![
                    Cell::Text {
                        text: words.texts(&section.title),
                        strong: section.depth == 0,
                        tone: Tone::Normal,
                        indent: section.depth.min(8) as u8,
                    },
                    Cell::text(section.score.clone()),
                    Cell::Bar {
                        fraction: section.fraction.unwrap_or(0.0),
                        passed: section.passed,
                        value: section.percent.clone(),
                    },
                    Cell::text(section.threshold.clone()),
                    result,
                    Cell::text(section.answered.clone()),
                ],
                details: Vec::new(),
                outline: None,
                continued: None,
            }
        })
        .collect();
    out.push(Block::Table(Table {
        columns: words.columns(&[
            ("report-column-section", 0.34, Align::Start),
            ("report-column-score", 0.15, Align::End),
            ("report-column-percent", 0.19, Align::Start),
            ("report-column-threshold", 0.11, Align::End),
            ("report-column-result", 0.09, Align::Start),
            ("report-column-answered", 0.12, Align::End),
        ]),
        rows,
    }));
}

fn gap_register(report: &Report, words: Words, out: &mut Vec<Block>) {
    out.push(words.heading("report-gap-register"));
    if report.gaps.is_empty() {
        out.push(words.muted(words.text("report-no-gaps")));
        return;
    }
    out.push(words.muted(words.count("report-gap-register-intro", report.gaps.len())));
    let rows = report
        .gaps
        .iter()
        .map(|gap| {
            let evidence = Inline::list(&gap.evidence, "; ", words.lang);
            let details = [
                ("report-detail-remediation", words.texts(&gap.remediation)),
                ("report-detail-evidence", evidence),
                ("report-detail-comment", Inline::plain(gap.comment.clone())),
            ]
            .into_iter()
            .filter(|(_, text)| !text.is_empty())
            .map(|(id, text)| (words.text(id), text))
            .collect();
            Row {
                cells: vec![
                    Cell::text(gap.rank.to_string()),
                    Cell::id(&gap.criterion_id),
                    Cell::inline(words.texts(&gap.requirement)),
                    Cell::inline(words.texts(&gap.answer)),
                    Cell::text(gap.impact.clone()),
                    if gap.critical { Cell::Badge(words.text("report-critical")) } else { Cell::text("") },
                ],
                details,
                outline: Some(format!("{}. {}", gap.rank, gap.criterion_id)),
                continued: words.continued(&gap.criterion_id),
            }
        })
        .collect();
    out.push(Block::Table(Table {
        columns: words.columns(&[
            ("report-column-rank", 0.06, Align::Start),
            ("report-column-criterion", 0.15, Align::Start),
            ("report-column-requirement", 0.41, Align::Start),
            ("report-column-answer", 0.16, Align::Start),
            ("report-column-impact", 0.10, Align::End),
            ("report-column-critical", 0.12, Align::Start),
        ]),
        rows,
    }));
}

/// A register: heading, then an introduction and a table, or the words for an empty one.
fn register(
    words: Words,
    out: &mut Vec<Block>,
    heading: &'static str,
    introduction: String,
    empty: &str,
    table: Table,
) {
    out.push(words.heading(heading));
    if table.rows.is_empty() {
        out.push(words.muted(words.text(empty)));
    } else {
        out.push(words.muted(introduction));
        out.push(Block::Table(table));
    }
}

fn plain_row(id: &str, cells: Vec<Cell>, words: Words) -> Row {
    let mut all = vec![Cell::id(id)];
    all.extend(cells);
    Row { cells: all, details: Vec::new(), outline: None, continued: words.continued(id) }
}

fn registers(report: &Report, words: Words, out: &mut Vec<Block>) {
    let registers = &report.registers;
    let na = Table {
        columns: words.columns(&[
            ("report-column-criterion", 0.15, Align::Start),
            ("report-column-requirement", 0.38, Align::Start),
            ("report-column-justification", 0.35, Align::Start),
            ("report-column-accepted", 0.12, Align::Start),
        ]),
        rows: registers
            .not_applicable
            .iter()
            .map(|row| {
                let accepted = words.text(if row.accepted { "report-yes" } else { "report-no" });
                let cells = vec![
                    Cell::inline(words.texts(&row.requirement)),
                    Cell::text(row.justification.clone()),
                    Cell::text(accepted),
                ];
                plain_row(&row.criterion_id, cells, words)
            })
            .collect(),
    };
    let introduction = words.count("report-na-register-intro", registers.not_applicable.len());
    register(words, out, "report-na-register", introduction, "report-na-register-empty", na);

    let open = Table {
        columns: words.columns(&[
            ("report-column-criterion", 0.15, Align::Start),
            ("report-column-requirement", 0.40, Align::Start),
            ("report-column-open-because", 0.20, Align::Start),
            ("report-column-comment", 0.25, Align::Start),
        ]),
        rows: registers
            .open_items
            .iter()
            .map(|row| {
                let cells = vec![
                    Cell::inline(words.texts(&row.requirement)),
                    Cell::text(row.why.clone()),
                    Cell::text(row.comment.clone()),
                ];
                plain_row(&row.criterion_id, cells, words)
            })
            .collect(),
    };
    let introduction = words.count("report-open-items-intro", registers.open_items.len());
    register(words, out, "report-open-items", introduction, "report-open-items-empty", open);

    if !registers.no_longer_asked.is_empty() {
        let retired = Table {
            columns: words.columns(&[
                ("report-column-criterion", 0.15, Align::Start),
                ("report-column-last-asked", 0.15, Align::Start),
                ("report-column-answer", 0.30, Align::Start),
                ("report-column-comment", 0.40, Align::Start),
            ]),
            rows: registers
                .no_longer_asked
                .iter()
                .map(|row| {
                    let cells = vec![
                        Cell::text(row.version.clone()),
                        Cell::text(row.answer.clone()),
                        Cell::text(row.comment.clone()),
                    ];
                    plain_row(&row.criterion_id, cells, words)
                })
                .collect(),
        };
        let introduction = words.count("report-no-longer-asked-intro", registers.no_longer_asked.len());
        register(words, out, "report-no-longer-asked", introduction, "report-no-longer-asked", retired);
    }

    let evidence = Table {
        columns: words.columns(&[
            ("report-column-criterion", 0.13, Align::Start),
            ("report-column-file", 0.22, Align::Start),
            ("report-column-size", 0.11, Align::End),
            ("report-column-sha256", 0.54, Align::Start),
        ]),
        rows: registers
            .evidence
            .iter()
            .map(|row| {
                let cells =
                    vec![Cell::text(row.name.clone()), Cell::text(row.size.clone()), Cell::Code(grouped(&row.sha256))];
                let mut entry = plain_row(&row.criterion_id, cells, words);
                if !row.note.is_empty() {
                    entry.details.push((words.text("report-detail-note"), Inline::plain(row.note.clone())));
                }
                entry
            })
            .collect(),
    };
    let introduction = words.count("report-evidence-register-intro", registers.evidence.len());
    register(words, out, "report-evidence-register", introduction, "report-evidence-register-empty", evidence);
}

fn answers_appendix(report: &Report, words: Words, out: &mut Vec<Block>) {
    out.push(words.heading("report-answers-appendix"));
    out.push(words.muted(words.text("report-answers-appendix-intro")));
    for section in report.registers.answers.iter().filter(|section| !section.rows.is_empty()) {
        out.push(words.subheading(words.texts(&section.title)));
        out.push(Block::Table(Table {
            columns: words.columns(&[
                ("report-column-criterion", 0.14, Align::Start),
                ("report-column-requirement", 0.44, Align::Start),
                ("report-column-answer", 0.17, Align::Start),
                ("report-column-comment", 0.25, Align::Start),
            ]),
            rows: section
                .rows
                .iter()
                .map(|row| {
                    let cells = vec![
                        Cell::inline(words.texts(&row.requirement)),
                        Cell::inline(words.texts(&row.answer)),
                        Cell::text(row.comment.clone()),
                    ];
                    plain_row(&row.criterion_id, cells, words)
                })
                .collect(),
        }));
    }
}

/// The auditor's findings beside the operator's answers.
fn auditor_review(report: &Report, words: Words, out: &mut Vec<Block>) {
    let Some(review) = &report.registers.review else { return };
    out.push(words.heading("report-auditor-review"));
    let reviewer = if review.reviewer.is_empty() { words.text("report-the-auditor") } else { review.reviewer.clone() };
    out.push(
        words.paragraph(
            words.say(
                "report-auditor-review-summary",
                Args::new()
                    .with("reviewer", reviewer)
                    .with("count", review.rows.len())
                    .with("confirmed", review.confirmed)
                    .with("not_confirmed", review.not_confirmed)
                    .with("needs_evidence", review.needs_evidence),
            ),
        ),
    );
    if review.rows.is_empty() {
        return;
    }
    out.push(Block::Table(Table {
        columns: words.columns(&[
            ("report-column-criterion", 0.14, Align::Start),
            ("report-column-operator-answer", 0.26, Align::Start),
            ("report-column-finding", 0.18, Align::Start),
            ("report-column-note", 0.42, Align::Start),
        ]),
        rows: review
            .rows
            .iter()
            .map(|row| {
                let finding = Cell::Text {
                    text: Inline::plain(row.finding.clone()),
                    strong: row.disagrees,
                    tone: if row.disagrees { Tone::Bad } else { Tone::Normal },
                    indent: 0,
                };
                let cells = vec![Cell::inline(words.texts(&row.answer)), finding, Cell::text(row.note.clone())];
                plain_row(&row.criterion_id, cells, words)
            })
            .collect(),
    }));
}

/// How every number was computed: per computation, its parts as a table and its arithmetic.
fn method(report: &Report, words: Words, out: &mut Vec<Block>) {
    out.push(words.heading("report-method"));
    out.push(words.paragraph(words.text("report-method-intro")));
    for explanation in &report.method {
        out.push(Block::Heading {
            level: 3,
            text: Inline::plain(explanation.heading.clone()),
            outline: false,
            anchor: "",
        });
        if !explanation.parts.is_empty() {
            out.push(Block::Table(Table {
                columns: words.columns(&[
                    ("report-column-part", 0.18, Align::Start),
                    ("report-column-weight", 0.14, Align::Start),
                    ("report-column-value", 0.14, Align::End),
                    ("report-column-what", 0.54, Align::Start),
                ]),
                rows: explanation
                    .parts
                    .iter()
                    .map(|[id, weighting, value, what]| {
                        let cells =
                            vec![Cell::text(weighting.clone()), Cell::text(value.clone()), Cell::text(what.clone())];
                        plain_row(id, cells, words)
                    })
                    .collect(),
            }));
        }
        out.push(words.muted(explanation.arithmetic.clone()));
    }
}

/// Who stands behind the report: the assessor, and the auditor who reviews it.
fn sign_off(report: &Report, words: Words, out: &mut Vec<Block>) {
    out.push(words.heading("report-sign-off"));
    out.push(words.paragraph(words.text("report-sign-off-intro")));
    let auditor = report.registers.review.as_ref().map_or(String::new(), |review| review.reviewer.clone());
    out.push(Block::SignOff(SignOff {
        parties: vec![
            (words.text("report-role-assessor"), report.assessor.clone()),
            (words.text("report-role-auditor"), auditor),
        ],
        name: words.text("report-sign-name"),
        signature: words.text("report-sign-signature"),
        date: words.text("report-sign-date"),
    }));
}

/// The full fingerprints of the source files and how to check the report against them.
fn integrity(report: &Report, words: Words, out: &mut Vec<Block>) {
    out.push(words.heading("report-integrity"));
    out.push(words.paragraph(words.text("report-integrity-intro")));
    let size = |name: &str, bytes: Option<usize>| match bytes {
        Some(bytes) => words.say("report-file-size", Args::new().with("name", name.to_owned()).with("bytes", bytes)),
        None => words.text("report-not-attached"),
    };
    let sources = report.sources.as_ref();
    let detail =
        |id: &str, value: String, code: bool| Detail { label: words.text(id), value: Inline::plain(value), code };
    out.push(Block::Details(vec![
        detail("report-criteria-file", size(Sources::CRITERIA_NAME, sources.map(|s| s.criteria.len())), false),
        detail("report-criteria-sha256", report.criteria_sha256.clone(), true),
        detail("report-assessment-file", size(Sources::ASSESSMENT_NAME, sources.map(|s| s.assessment.len())), false),
        detail("report-assessment-sha256", report.assessment_sha256.clone(), true),
        detail("report-generated", report.generated.rfc3339(), false),
        detail("report-made-by", format!("certready {}", report.tool_version), false),
    ]));
}
