//! Report integrity (formats.md §3): the PDF carries its criteria and assessment files, byte for
//! byte (checked with pdfdetach and qpdf), and `verify` accepts an untouched report and catches
//! a changed byte in either attachment or on a page.

use std::path::PathBuf;

use certready::model::{parse_assessment, sha256_hex};
use certready::pdf::{render, verify, CannotVerify, Difference};
use certready::report::{build, Sources};
use certready::scoring::score;
use certready::time::Timestamp;

use crate::cli::{certready, stderr, stdout};
use crate::support::{data, fonts_with_fallback, noto_fonts, read, run_tool, small_criteria};

const CRITERIA: &str = "tests/data/criteria/small.yaml";
const ASSESSMENT: &str = "tests/data/scoring/mixed.yaml";

fn temp(name: &str) -> PathBuf {
    std::env::temp_dir().join(format!("certready-integrity-{}-{name}", std::process::id()))
}

/// The report of `assessment` made at a fixed time, carrying `criteria` and the assessment's text.
fn attached_report(
    questionnaire: &certready::model::Questionnaire,
    assessment: &certready::model::Assessment,
    criteria: Vec<u8>,
) -> certready::report::Report {
    let languages = certready::report::Languages::of(questionnaire);
    let sources = Sources { criteria, assessment: assessment.to_yaml().into_bytes() };
    build(questionnaire, assessment, &score(questionnaire, assessment), Timestamp(1_795_516_200), &languages)
        .with_sources(sources)
}

/// The report of mixed.yaml, with or without its files attached.
fn report_pdf(attached: bool) -> Vec<u8> {
    let questionnaire = small_criteria();
    let assessment_bytes = read(&data("scoring/mixed.yaml"));
    let assessment = parse_assessment(&assessment_bytes, &questionnaire).0.expect("valid");
    let languages = certready::report::Languages::of(&questionnaire);
    let report =
        build(&questionnaire, &assessment, &score(&questionnaire, &assessment), Timestamp(1_795_516_200), &languages);
    let report = if attached {
        report.with_sources(Sources { criteria: read(&data("criteria/small.yaml")), assessment: assessment_bytes })
    } else {
        report
    };
    render(&report, &noto_fonts()).expect("render").pdf
}

fn tool_output(program: &str, args: &[&str]) -> String {
    let output = run_tool(program, args);
    assert!(output.status.success(), "{program} {args:?}: {}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8_lossy(&output.stdout).into_owned()
}

#[test]
fn report_attaches_both_files_byte_exact() {
    let pdf = temp("attached.pdf");
    let pdf_arg = pdf.to_string_lossy().into_owned();
    let output = certready(&["report", CRITERIA, ASSESSMENT, "-o", &pdf_arg]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));

    let listing = tool_output("pdfdetach", &["-list", &pdf_arg]);
    assert!(listing.starts_with("2 embedded files"), "{listing}");
    assert!(listing.contains("1: assessment.yaml") && listing.contains("2: criteria.yaml"), "{listing}");
    let folder = temp("detached");
    std::fs::create_dir_all(&folder).expect("temp folder");
    tool_output("pdfdetach", &["-saveall", "-o", &folder.to_string_lossy(), &pdf_arg]);
    assert!(read(&folder.join("assessment.yaml")) == read(&data("scoring/mixed.yaml")));
    assert!(read(&folder.join("criteria.yaml")) == read(&data("criteria/small.yaml")));

    let check = tool_output("qpdf", &["--check", &pdf_arg]);
    assert!(check.contains("No syntax or stream encoding errors found"), "{check}");
    assert!(!check.to_lowercase().contains("warning"), "{check}");

    // The full fingerprints are printed (the integrity page), the short ones on every page.
    let text = tool_output("pdftotext", &[&pdf_arg, "-"]);
    for file in ["criteria/small.yaml", "scoring/mixed.yaml"] {
        let sha256 = sha256_hex(&read(&data(file)));
        assert!(text.contains(&sha256), "{sha256} of {file} not printed");
    }
    let _ = std::fs::remove_dir_all(&folder);
    let _ = std::fs::remove_file(&pdf);
}

#[test]
fn attachments_grow_the_pdf_by_about_their_compressed_size() {
    let (without, with) = (report_pdf(false).len(), report_pdf(true).len());
    eprintln!("report of mixed.yaml: {without} bytes without attachments, {with} with");
    assert!(with > without && with < without + 4096, "{without} -> {with}");
}

#[test]
fn verify_accepts_the_untouched_report_and_says_why_not_otherwise() {
    let pdf = temp("verify.pdf");
    let pdf_arg = pdf.to_string_lossy().into_owned();
    assert_eq!(certready(&["report", CRITERIA, ASSESSMENT, "-o", &pdf_arg]).status.code(), Some(0));
    let verified = certready(&["verify", &pdf_arg]);
    assert_eq!(verified.status.code(), Some(0), "{}{}", stdout(&verified), stderr(&verified));
    assert!(stdout(&verified).contains("verified"), "{}", stdout(&verified));

    // Rewritten by another tool (streams decompressed, objects renumbered, a new second ID):
    // the same document still.
    let rewritten = temp("rewritten.pdf");
    let rewritten_arg = rewritten.to_string_lossy().into_owned();
    tool_output("qpdf", &["--qdf", "--object-streams=disable", &pdf_arg, &rewritten_arg]);
    let verified = certready(&["verify", &rewritten_arg]);
    assert_eq!(verified.status.code(), Some(0), "{}{}", stdout(&verified), stderr(&verified));
    let _ = std::fs::remove_file(&rewritten);

    let changed = mutate_attachment(&read(&pdf), Sources::ASSESSMENT_NAME, 10);
    std::fs::write(&pdf, changed).expect("write");
    let refused = certready(&["verify", &pdf_arg]);
    assert_eq!(refused.status.code(), Some(1), "{}{}", stdout(&refused), stderr(&refused));
    assert!(stdout(&refused).contains("attachment assessment.yaml has SHA-256"), "{}", stdout(&refused));

    std::fs::write(&pdf, report_pdf(false)).expect("write");
    let unattached = certready(&["verify", &pdf_arg]);
    assert_eq!(unattached.status.code(), Some(2), "{}", stdout(&unattached));
    assert!(stderr(&unattached).contains("no attachment"), "{}", stderr(&unattached));

    std::fs::write(&pdf, b"%PDF-1.7\nnot really").expect("write");
    assert_eq!(certready(&["verify", &pdf_arg]).status.code(), Some(2));
    let _ = std::fs::remove_file(&pdf);
}

#[test]
fn verify_catches_a_changed_byte_in_either_attachment() {
    let original = report_pdf(true);
    // Re-saving with lopdf alone (the attachment decompressed, not changed) still verifies.
    let resaved = mutate_attachment_with(&original, Sources::CRITERIA_NAME, |_| {});
    assert!(verify(&resaved, &noto_fonts()).expect("verifiable").matches());
    for name in [Sources::CRITERIA_NAME, Sources::ASSESSMENT_NAME] {
        let size = attachment_size(&original, name);
        for position in [0, 1, size / 3, size / 2, size - 2, size - 1] {
            let changed = mutate_attachment(&original, name, position);
            let verification = verify(&changed, &noto_fonts()).expect("verifiable");
            assert!(!verification.matches(), "{name} byte {position} changed unnoticed");
            assert!(
                matches!(&verification.differences[0], Difference::AttachmentChanged { name: n, .. } if *n == name),
                "{name} byte {position}: {:?}",
                verification.differences
            );
        }
    }
}

#[test]
fn verify_catches_a_changed_digit_on_any_page() {
    let original = report_pdf(true);
    let document = lopdf::Document::load_mem(&original).expect("load");
    let pages = document.get_pages();
    assert!(pages.len() >= 5);
    for (&number, &page_id) in &pages {
        let mut document = document.clone();
        let contents = document.get_page_contents(page_id);
        assert_eq!(contents.len(), 1, "one content stream per page");
        let stream = document.get_object_mut(contents[0]).and_then(lopdf::Object::as_stream_mut).expect("a stream");
        let mut content = stream.decompressed_content().expect("inflate");
        // The first digit after the first text operator: a position or a glyph of the text.
        let start = find(&content, b"BT").expect("text on every page");
        let at = start + content[start..].iter().position(u8::is_ascii_digit).expect("a digit");
        content[at] = if content[at] == b'9' { b'8' } else { content[at] + 1 };
        stream.set_plain_content(content);
        let verification = verify(&save(&mut document), &noto_fonts()).expect("verifiable");
        assert_eq!(verification.differences, [Difference::Pages(vec![number as usize])]);
    }
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|window| window == needle)
}

fn save(document: &mut lopdf::Document) -> Vec<u8> {
    let mut bytes = Vec::new();
    document.save_to(&mut bytes).expect("save");
    bytes
}

/// The embedded file stream of the attachment `name`, as the catalog's name tree gives it.
fn attachment_stream(document: &lopdf::Document, name: &str) -> lopdf::ObjectId {
    let catalog = document.catalog().expect("catalog");
    let names = catalog.get(b"Names").and_then(lopdf::Object::as_dict).expect("/Names");
    let tree = names.get(b"EmbeddedFiles").and_then(lopdf::Object::as_dict).expect("/EmbeddedFiles");
    let entries = tree.get(b"Names").and_then(lopdf::Object::as_array).expect("name array");
    let spec = entries
        .chunks(2)
        .find(|pair| pair[0].as_str().ok() == Some(name.as_bytes()))
        .map(|pair| pair[1].as_reference().expect("a reference"))
        .unwrap_or_else(|| panic!("no attachment {name}"));
    let spec = document.get_dictionary(spec).expect("file specification");
    let files = spec.get(b"EF").and_then(lopdf::Object::as_dict).expect("/EF");
    files.get(b"F").and_then(lopdf::Object::as_reference).expect("/F")
}

fn attachment_size(pdf: &[u8], name: &str) -> usize {
    let document = lopdf::Document::load_mem(pdf).expect("load");
    let stream = document.get_object(attachment_stream(&document, name)).and_then(lopdf::Object::as_stream);
    stream.expect("stream").decompressed_content().expect("inflate").len()
}

/// The PDF with the attachment's bytes (decompressed) passed through `change` and stored
/// uncompressed.
fn mutate_attachment_with(pdf: &[u8], name: &str, change: impl FnOnce(&mut Vec<u8>)) -> Vec<u8> {
    let mut document = lopdf::Document::load_mem(pdf).expect("load");
    let id = attachment_stream(&document, name);
    let stream = document.get_object_mut(id).and_then(lopdf::Object::as_stream_mut).expect("stream");
    let mut bytes = stream.decompressed_content().expect("inflate");
    change(&mut bytes);
    stream.set_plain_content(bytes);
    save(&mut document)
}

/// The PDF with one byte of the attachment changed (its lowest bit flipped).
fn mutate_attachment(pdf: &[u8], name: &str, position: usize) -> Vec<u8> {
    mutate_attachment_with(pdf, name, |bytes| bytes[position] ^= 1)
}

/// As the browser app makes it: the assessment in memory (accents, comments, N/A with a reason),
/// its `to_yaml` text attached beside the criteria file.
#[test]
fn a_report_made_like_the_app_makes_it_verifies() {
    let criteria = read(&crate::support::root().join("questionnaires/postal-security.yaml"));
    let questionnaire = certready::model::parse_questionnaire(&criteria).0.expect("valid");
    let mut assessment = certready::model::Assessment::new(&questionnaire);
    assessment.subject.organisation = "Société des Postes".into();
    assessment.assessor.name = "Amélie Durand".into();
    for (index, criterion) in questionnaire.criteria.iter().enumerate().step_by(3) {
        let scale = questionnaire.scale_of(criterion);
        let answer = certready::model::Answer {
            option: scale.options.get(index % scale.options.len()).map(|o| o.id.clone()),
            comment: format!("Clôture n°{index}, côté quai: \"à reprendre\""),
            ..Default::default()
        };
        assessment.answers.insert(criterion.id.clone(), answer);
    }
    let report = attached_report(&questionnaire, &assessment, criteria);
    let pdf = render(&report, &noto_fonts()).expect("render").pdf;
    let verification = verify(&pdf, &noto_fonts()).expect("verifiable");
    assert!(verification.matches(), "{:?}", verification.differences);
    assert_eq!(verification.assessment_sha256, report.assessment_sha256);
}

/// A report with Chinese text is made with the fallback font, and verifying it needs that font
/// too; a report without such text verifies with or without it.
#[test]
fn a_report_made_with_the_fallback_font_verifies_with_it() {
    let criteria = read(&data("criteria/small.yaml"));
    let questionnaire = small_criteria();
    let mut assessment = parse_assessment(&read(&data("scoring/mixed.yaml")), &questionnaire).0.expect("valid");
    assessment.subject.facility = "厦门邮件处理中心".into();
    let report = attached_report(&questionnaire, &assessment, criteria);
    let pdf = render(&report, &fonts_with_fallback()).expect("render").pdf;

    let verification = verify(&pdf, &fonts_with_fallback()).expect("verifiable");
    assert!(verification.matches(), "{:?}", verification.differences);
    assert!(matches!(verify(&pdf, &noto_fonts()), Err(CannotVerify::NeedsFallbackFont)));
    assert!(verify(&report_pdf(true), &fonts_with_fallback()).expect("verifiable").matches());
}

/// A changed attachment is worded whether or not the report states a SHA-256 for it.
#[test]
fn a_changed_attachment_says_what_the_document_states() {
    use certready::pdf::Difference;
    let actual = "ab".repeat(32);
    let stated =
        Difference::AttachmentChanged { name: "criteria.yaml", stated: Some("cd".repeat(32)), actual: actual.clone() };
    assert!(stated.to_string().ends_with(&format!("but the document states {}", "cd".repeat(32))), "{stated}");
    let unstated = Difference::AttachmentChanged { name: "criteria.yaml", stated: None, actual };
    assert!(unstated.to_string().ends_with("but the document states no SHA-256 for it"), "{unstated}");
    assert!(!unstated.to_string().contains("nothing"));
}
