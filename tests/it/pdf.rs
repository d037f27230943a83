//! The PDF gap report, checked by real PDF readers (pdftotext, qpdf, pdffonts, pdfinfo) and by
//! rendering twice. Files go to the system temp directory.

use std::path::{Path, PathBuf};

use certready::model::{parse_questionnaire, Answer, Assessment, Questionnaire};
use certready::pdf::{render, Fonts, PdfError};
use certready::report::{build, Report};
use certready::scoring::score;
use certready::time::Timestamp;

use crate::support::{fonts_with_fallback, noto_fonts, read, root, run_tool};

const GENERATED: Timestamp = Timestamp(1_795_516_200);
const ACCENTED: &str = "Sûreté du périmètre — élevé";

fn questionnaire() -> Questionnaire {
    let (questionnaire, diagnostics) = parse_questionnaire(&read(&root().join("questionnaires/postal-security.yaml")));
    questionnaire.unwrap_or_else(|| panic!("questionnaire invalid: {diagnostics:?}"))
}

/// Every criterion answered with the option at `option_index` of its scale (the first is the
/// best), with a French subject and comments.
fn report_answering(option_index: usize) -> Report {
    let questionnaire = questionnaire();
    let mut assessment = Assessment::new(&questionnaire);
    assessment.subject.organisation = "Société des Postes".into();
    assessment.subject.facility = "Centre de tri de Wissous".into();
    assessment.subject.country = "FR".into();
    assessment.assessor.name = "Amélie Durand".into();
    assessment.assessor.role = "Responsable sûreté".into();
    for (index, criterion) in questionnaire.criteria.iter().enumerate() {
        let scale = questionnaire.scale_of(criterion);
        let option = scale.options.get(option_index).or(scale.options.last()).map(|o| o.id.clone());
        let comment = match index % 3 {
            0 => format!("{ACCENTED}. La clôture côté quai est à reprendre avant l'audit."),
            1 => "Procedure drafted; awaiting sign-off by the security responsible, \
                  expected next quarter after the works on the north gate are complete. "
                .repeat(2),
            _ => String::new(),
        };
        assessment.answers.insert(criterion.id.clone(), Answer { option, comment, ..Default::default() });
    }
    let scorecard = score(&questionnaire, &assessment);
    build(&questionnaire, &assessment, &scorecard, GENERATED, &certready::report::Languages::of(&questionnaire))
}

/// Nothing answered: every criterion is a gap and the verdict is incomplete.
fn unanswered_report() -> Report {
    let questionnaire = questionnaire();
    let assessment = Assessment::new(&questionnaire);
    let scorecard = score(&questionnaire, &assessment);
    build(&questionnaire, &assessment, &scorecard, GENERATED, &certready::report::Languages::of(&questionnaire))
}

/// The report rendered into a file in the temp directory.
fn rendered(name: &str, report: &Report) -> PathBuf {
    rendered_with(name, report, &noto_fonts())
}

fn rendered_with(name: &str, report: &Report, fonts: &Fonts) -> PathBuf {
    let rendered = render(report, fonts).expect("render");
    assert_eq!(rendered.uncovered, Vec::<char>::new(), "characters no font has");
    let bytes = rendered.pdf;
    let path = std::env::temp_dir().join(format!("certready-test-{}-{name}.pdf", std::process::id()));
    std::fs::write(&path, bytes).expect("write the PDF");
    path
}

/// Runs a PDF tool and returns its standard output; fails the test on a non-zero exit.
fn run(program: &str, args: &[&str]) -> String {
    let output = run_tool(program, args);
    assert!(
        output.status.success(),
        "{program} {args:?} failed: {}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// pdftotext's text with runs of whitespace (line ends included) collapsed to one space.
fn text_of(path: &Path) -> String {
    let text = run("pdftotext", &[path.to_str().unwrap_or_default(), "-"]);
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn pdf_text_shows_verdict_gaps_and_accented_text() {
    let report = report_answering(1);
    assert!(!report.gaps.is_empty());
    let text = text_of(&rendered("text", &report));
    for expected in ["NOT READY", "Section scores", "Gap register", ACCENTED, "Amélie Durand", "page 1 of"] {
        assert!(text.contains(expected), "{expected:?} not in the PDF text");
    }
    for gap in &report.gaps {
        assert!(text.contains(&gap.criterion_id), "gap {} not in the PDF text", gap.criterion_id);
    }
    for reason in &report.reasons {
        let tail: String = reason.chars().skip(1).collect();
        assert!(text.contains(&tail), "reason {reason:?} not in the PDF text");
    }
}

/// The Method section is the explanation of `score --explain`: every heading, part and arithmetic.
#[test]
fn pdf_method_section_is_the_explanation() {
    let report = report_answering(1);
    let text = text_of(&rendered("method", &report));
    let method = text.split(" Method ").last().expect("a Method section");
    assert!(report.method.len() > 10);
    let words = |text: &str| text.split_whitespace().collect::<Vec<_>>().join(" ");
    for explanation in &report.method {
        // From its start (a long line may wrap over a page break and its header).
        let start = |text: &str| words(text).chars().take(40).collect::<String>();
        assert!(method.contains(&start(&explanation.heading)), "heading missing: {}", explanation.heading);
        assert!(method.contains(&start(&explanation.arithmetic)), "arithmetic missing: {}", explanation.arithmetic);
        // A table row's cells wrap each in its column: each cell is found on its own.
        for [id, weighting, value, what] in &explanation.parts {
            for cell in [id, weighting, value] {
                assert!(method.contains(cell.as_str()), "{cell} missing from the PDF ({id})");
            }
            let what: String = words(what).chars().take(20).collect();
            assert!(method.contains(&what), "{what} missing from the PDF ({id})");
        }
    }
}

#[test]
fn pdf_verdict_reads_ready_and_incomplete() {
    let ready = report_answering(0);
    assert_eq!(ready.verdict, "READY");
    assert!(text_of(&rendered("ready", &ready)).contains("READY"));
    let incomplete = unanswered_report();
    assert!(text_of(&rendered("incomplete", &incomplete)).contains("INCOMPLETE"));
}

#[test]
fn pdf_passes_qpdf_check() {
    let path = rendered("qpdf", &report_answering(1));
    let output = run("qpdf", &["--check", path.to_str().unwrap_or_default()]);
    assert!(output.contains("No syntax or stream encoding errors found"), "{output}");
    assert!(!output.to_lowercase().contains("warning"), "{output}");
}

#[test]
fn pdf_embeds_only_subset_fonts() {
    let path = rendered("fonts", &report_answering(1));
    let listing = run("pdffonts", &[path.to_str().unwrap_or_default()]);
    // Two header lines, then one line per font: name type encoding emb sub uni object id.
    let fonts: Vec<Vec<&str>> = listing.lines().skip(2).map(|line| line.split_whitespace().collect()).collect();
    assert_eq!(fonts.len(), 2, "{listing}");
    for columns in &fonts {
        let name = columns[0];
        let tag = name.split('+').next().unwrap_or_default();
        assert!(name.contains('+') && tag.len() == 6 && tag.chars().all(|c| c.is_ascii_uppercase()), "{listing}");
        let flags = &columns[columns.len() - 5..columns.len() - 2];
        assert_eq!(flags, ["yes", "yes", "yes"], "emb, sub, uni: {listing}");
    }
}

#[test]
fn pdf_metadata_has_real_date_title_and_no_pdfx_claim() {
    let report = report_answering(1);
    let path = rendered("info", &report);
    let info = run("pdfinfo", &["-isodates", path.to_str().unwrap_or_default()]);
    let field = |name: &str| {
        info.lines()
            .find_map(|line| line.strip_prefix(&format!("{name}:")).map(str::trim))
            .unwrap_or_else(|| panic!("no {name} in {info}"))
            .to_owned()
    };
    assert_eq!(field("Title"), report.document_title());
    assert_eq!(field("Author"), "Amélie Durand (Responsable sûreté)");
    assert_eq!(field("Creator"), format!("certready {}", report.tool_version));
    assert!(field("CreationDate").starts_with("2026-11-24T10:30:00"), "{info}");
    assert!(field("ModDate").starts_with("2026-11-24T10:30:00"), "{info}");
    assert!(!info.contains("PDF subtype"), "{info}");
    assert!(field("Pages").parse::<usize>().unwrap_or(0) >= 4, "{info}");
}

#[test]
fn render_is_deterministic_within_one_process() {
    let report = report_answering(1);
    let first = render(&report, &noto_fonts()).expect("render").pdf;
    // Another document in between moves printpdf's process-global id counter.
    render(&unanswered_report(), &noto_fonts()).expect("render");
    let second = render(&report, &noto_fonts()).expect("render").pdf;
    assert!(first == second, "two renders of the same report differ");

    let later = Report { generated: Timestamp(GENERATED.0 + 60), ..report };
    assert!(render(&later, &noto_fonts()).expect("render").pdf != first, "the generation time is not in the document");
}

#[test]
fn every_gap_register_page_repeats_the_table_header() {
    let report = report_answering(1);
    let path = rendered("pages", &report);
    let text = run("pdftotext", &["-layout", path.to_str().unwrap_or_default(), "-"]);
    let pages: Vec<&str> = text.split('\u{c}').filter(|page| !page.trim().is_empty()).collect();
    let first = pages.iter().position(|page| page.contains("Gap register")).expect("a gap register page");
    let end = pages.iter().position(|page| page.contains("N/A register")).expect("the N/A register's page");
    assert!(end - first > 2, "the gap register should run over several pages");
    for page in &pages[first..end] {
        let header = ["Criterion", "Requirement", "Answer", "Impact", "Critical"];
        assert!(header.iter().all(|title| page.contains(title)), "page without the table header:\n{page}");
    }
}

#[test]
fn text_stays_inside_the_page_margins() {
    assert_text_inside_margins(&rendered("bbox", &report_answering(1)));
}

fn assert_text_inside_margins(path: &Path) {
    let html = run("pdftotext", &["-bbox", path.to_str().unwrap_or_default(), "-"]);
    let attribute = |tag: &str, name: &str| -> f32 {
        let start = tag.find(&format!("{name}=\"")).map(|at| at + name.len() + 2).unwrap_or(0);
        tag[start..].split('"').next().and_then(|value| value.parse().ok()).unwrap_or(f32::NAN)
    };
    let (mut words, mut width, mut height) = (0, 0.0, 0.0);
    for tag in html.split('<') {
        if tag.starts_with("page ") {
            (width, height) = (attribute(tag, "width"), attribute(tag, "height"));
        } else if tag.starts_with("word ") {
            words += 1;
            let (x_min, x_max) = (attribute(tag, "xMin"), attribute(tag, "xMax"));
            let (y_min, y_max) = (attribute(tag, "yMin"), attribute(tag, "yMax"));
            // The layout's margins are 51 pt left and right and 28 pt top and bottom.
            let inside = x_min >= 50.5 && x_max <= width - 50.5 && y_min >= 27.5 && y_max <= height - 27.5;
            assert!(inside, "word outside the margins: <{tag}");
        }
    }
    assert!(words > 1000, "only {words} words found");
}

#[test]
fn unusable_fonts_are_errors() {
    let report = report_answering(1);
    let broken = Fonts { regular: b"not a font".to_vec(), ..noto_fonts() };
    assert!(matches!(render(&report, &broken), Err(PdfError::InvalidFont("regular"))));
    let broken = Fonts { bold: Vec::new(), ..noto_fonts() };
    assert!(matches!(render(&report, &broken), Err(PdfError::InvalidFont("bold"))));
    let broken = Fonts { fallback: Some(b"not a font".to_vec()), ..noto_fonts() };
    assert!(matches!(render(&report, &broken), Err(PdfError::InvalidFont("fallback"))));
}

/// "Postal security inspection centre", and a paragraph that has to wrap: CJK text has no
/// spaces, so lines break between ideographs (Unicode line breaking).
const CHINESE: &str = "邮政安全检查中心";
const CHINESE_PARAGRAPH: &str = "装卸区的围栏需要在审核之前修复，监控摄像头必须覆盖所有出入口。";

/// A report with Chinese text in two gap comments, one of them long enough to wrap.
fn chinese_report() -> Report {
    let mut report = report_answering(1);
    report.gaps[0].comment = format!("{CHINESE} (Xiamen)");
    report.gaps[1].comment = CHINESE_PARAGRAPH.repeat(6);
    report
}

#[test]
fn chinese_text_is_set_in_the_fallback_font_and_read_back() {
    let report = chinese_report();
    let needed = certready::pdf::uncovered_characters(&report, &noto_fonts()).expect("fonts");
    assert!(needed.contains(&'邮') && needed.contains(&'，'), "{needed:?}");
    assert_eq!(
        certready::pdf::uncovered_characters(&report, &fonts_with_fallback()).expect("fonts"),
        Vec::<char>::new()
    );

    let path = rendered_with("chinese", &report, &fonts_with_fallback());
    let file = path.to_str().unwrap_or_default();
    let text = text_of(&path);
    assert!(text.contains(CHINESE), "{CHINESE} not in the PDF text");
    // The wrapped paragraph, read back line by line, is the paragraph.
    let joined: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    assert!(joined.contains(&CHINESE_PARAGRAPH.repeat(2)), "the wrapped Chinese paragraph is not read back whole");
    let listing = run("pdffonts", &[file]);
    let fonts: Vec<&str> = listing.lines().skip(2).collect();
    assert_eq!(fonts.len(), 3, "regular, bold and the fallback: {listing}");
    assert!(
        fonts.iter().all(|line| line.split_whitespace().rev().skip(2).take(3).all(|flag| flag == "yes")),
        "{listing}"
    );
    assert!(listing.contains("DroidSansFallback"), "{listing}");
    assert!(run("qpdf", &["--check", file]).contains("No syntax or stream encoding errors found"));
    assert_text_inside_margins(&path);
}

#[test]
fn the_fallback_font_is_embedded_only_when_the_text_needs_it() {
    let report = report_answering(1);
    let without = render(&report, &noto_fonts()).expect("render");
    let with = render(&report, &fonts_with_fallback()).expect("render");
    assert!(without.pdf == with.pdf, "a report without CJK text changed when the fallback font was offered");
}

#[test]
fn characters_no_font_has_are_warned_and_shown_as_replacement_marks() {
    let mut report = report_answering(1);
    // Two private-use characters and Cherokee: in none of the three fonts.
    report.gaps[0].comment = "Voir le plan \u{E000}\u{E001} Ꭰ 漢字".into();
    let rendered = render(&report, &fonts_with_fallback()).expect("rendered anyway");
    assert_eq!(rendered.uncovered, ['Ꭰ', '\u{E000}', '\u{E001}']);
    let without_fallback = render(&report, &noto_fonts()).expect("rendered anyway");
    assert_eq!(without_fallback.uncovered, ['Ꭰ', '字', '漢', '\u{E000}', '\u{E001}']);
    // The quick check (no layout) finds exactly what rendering found.
    assert_eq!(
        certready::pdf::uncovered_characters(&report, &noto_fonts()).expect("fonts"),
        without_fallback.uncovered
    );
    let path = std::env::temp_dir().join(format!("certready-test-{}-uncovered.pdf", std::process::id()));
    std::fs::write(&path, &rendered.pdf).expect("write the PDF");
    let text = text_of(&path);
    assert!(text.contains("Voir le plan \u{FFFD}\u{FFFD} \u{FFFD} 漢字"), "no replacement marks where expected");
}

#[test]
fn pdf_has_a_nested_outline_and_a_language() {
    let report = report_answering(1);
    let path = rendered("outline", &report);
    let json = run("qpdf", &["--json", "--json-key=outlines", path.to_str().unwrap_or_default()]);
    let json: serde_json::Value = serde_json::from_str(&json).expect("qpdf's JSON");
    let outlines = json["outlines"].as_array().expect("an outline");
    let titles: Vec<&str> = outlines.iter().filter_map(|item| item["title"].as_str()).collect();
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
    let appendix = outlines[7]["kids"].as_array().map_or(0, Vec::len);
    assert_eq!(appendix, questionnaire().sections.len(), "a bookmark per section of the appendix");
    let gap_entries = outlines[3]["kids"].as_array().map_or(0, Vec::len);
    assert_eq!(gap_entries, report.gaps.len());
    assert_eq!(outlines[3]["kids"][0]["title"], format!("1. {}", report.gaps[0].criterion_id));

    let uncompressed = run("qpdf", &["--qdf", "--object-streams=disable", path.to_str().unwrap_or_default(), "-"]);
    assert!(uncompressed.contains("/Lang (en)"));
    assert!(uncompressed.contains("/PageMode /UseOutlines"));
    let labels = run("qpdf", &["--json", "--json-key=pagelabels", path.to_str().unwrap_or_default()]);
    let labels: serde_json::Value = serde_json::from_str(&labels).expect("qpdf's JSON");
    assert_eq!(labels["pagelabels"][0]["label"]["/S"], "/D", "pages are labelled 1, 2, …: {labels}");
}

/// The bundled questionnaire with a realistic assessment (tests/data): answers of every kind,
/// justified N/A claims, flags, comments in French, evidence files.
fn realistic_report() -> Report {
    let questionnaire = questionnaire();
    let text = read(&root().join("tests/data/postal-security-assessment.yaml"));
    let (assessment, diagnostics) = certready::model::parse_assessment(&text, &questionnaire);
    let assessment = assessment.unwrap_or_else(|| panic!("fixture invalid: {diagnostics:?}"));
    let languages = certready::report::Languages::of(&questionnaire);
    build(&questionnaire, &assessment, &score(&questionnaire, &assessment), GENERATED, &languages)
}

#[test]
fn registers_appendix_and_sign_off_list_everything_the_operator_entered() {
    let report = realistic_report();
    let registers = &report.registers;
    assert!(!registers.not_applicable.is_empty() && !registers.open_items.is_empty() && !registers.evidence.is_empty());
    let text = text_of(&rendered("registers", &report));
    let joined: String = text.split_whitespace().collect();
    for claim in &registers.not_applicable {
        assert!(text.contains(&claim.justification), "N/A justification of {} missing", claim.criterion_id);
    }
    for item in &registers.open_items {
        assert!(text.contains(&item.criterion_id), "open item {} missing", item.criterion_id);
    }
    for file in &registers.evidence {
        // A hash may wrap inside its cell: compare without the whitespace.
        assert!(joined.contains(&file.sha256), "evidence {} of {} missing", file.name, file.criterion_id);
    }
    let appendix = text.split("Answers appendix").last().unwrap_or_default();
    for criterion in &questionnaire().criteria {
        assert!(appendix.contains(&criterion.id), "{} missing from the answers appendix", criterion.id);
    }
    let review = registers.review.as_ref().expect("the fixture has a review");
    assert_eq!((review.confirmed, review.not_confirmed, review.needs_evidence), (1, 1, 1));
    for note in review.rows.iter().map(|row| row.note.as_str()) {
        assert!(text.contains(note), "review note {note:?} missing");
    }
    for expected in [
        "Auditor review",
        "1 confirmed, 1 not confirmed, 1 needing evidence",
        "Sign-off",
        "Reviewing auditor",
        "Jana Novak (Regional postal security audit)",
        "Camille Martin (Security officer)",
        "Signature",
    ] {
        assert!(text.contains(expected), "{expected:?} missing");
    }
}
