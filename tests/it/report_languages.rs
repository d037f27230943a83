//! The report in the operator's language: `certready report --lang fr`, `--lang zh` and the
//! bilingual `--lang fr,en` print their words from the catalog and the criteria texts in the
//! languages asked for; the PDF and the HTML of one report say the same words (those of the
//! report's document, and no others); `verify` rebuilds each in the language it records.

use std::path::{Path, PathBuf};

use certready::report::{self, Sources};
use certready::time::Timestamp;

use crate::cli::{certready, stderr};
use crate::support::*;

const CRITERIA: &str = "questionnaires/postal-security.yaml";
const ASSESSMENT: &str = "tests/data/postal-security-assessment.yaml";

/// The report's document as the CLI makes it (same files, same languages).
fn document(languages: &[&str]) -> report::Document {
    let sources = Sources { criteria: read(&root().join(CRITERIA)), assessment: read(&root().join(ASSESSMENT)) };
    let asked: Vec<String> = languages.iter().map(|code| (*code).to_owned()).collect();
    let made = report::from_sources(&sources, Timestamp(1_795_516_200), Some(&asked));
    report::document(&made.report.expect("the bundled criteria and the fixture are valid"))
}

fn scratch(name: &str) -> PathBuf {
    std::env::temp_dir().join(format!("certready-languages-{}-{name}", std::process::id()))
}

/// Writes the report in `format` with `--lang languages`; the path written (`test` keeps the
/// tests' files apart).
fn write_report(test: &str, languages: &str, format: &str, extension: &str) -> PathBuf {
    let path = scratch(&format!("{test}-{}.{extension}", languages.replace(',', "-")));
    let output = certready(&[
        "report",
        CRITERIA,
        ASSESSMENT,
        "--lang",
        languages,
        "--format",
        format,
        "-o",
        &path.to_string_lossy(),
    ]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    path
}

/// Text without whitespace and hyphens, lowercased: line breaks, hyphens (pdftotext joins a
/// line that ends with one to the next) and capitals (the PDF's small labels are set in
/// capitals) do not count.
fn squeezed(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace() && !matches!(c, '-' | '•')).flat_map(char::to_lowercase).collect()
}

fn pdf_text(path: &Path) -> String {
    let output = run_tool("pdftotext", &[&path.to_string_lossy(), "-"]);
    assert!(output.status.success(), "pdftotext failed");
    String::from_utf8(output.stdout).expect("pdftotext writes UTF-8")
}

/// The text an HTML reader shows: tags dropped, the five escapes undone.
fn html_text(path: &Path) -> String {
    let html = String::from_utf8(read(path)).expect("utf-8");
    let body = &html[html.find("<body>").expect("a body")..];
    let mut text = String::new();
    let mut in_tag = false;
    for c in body.chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                text.push(' ');
            }
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&")
}

/// Whether `c` is written without spaces between words (CJK).
fn is_ideographic(c: char) -> bool {
    matches!(c, '\u{3000}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}' | '\u{FF00}'..='\u{FFEF}')
}

/// The rendering says what the document says, and nothing else:
/// - every word of every text of the document is in `rendered` (for CJK, every character);
/// - every line of `rendered` is part of a text of the document, except what the PDF repeats on
///   every page (the running header and footer, the page label, a row's "continued" line).
///
/// Words and lines rather than whole texts, because a reader gives a table's cells line by
/// line, side by side, and a page break may fall inside a text.
fn assert_says_the_same_words(document: &report::Document, rendered: &str, pages: usize, what: &str) {
    let texts = document.texts();
    let whole = squeezed(rendered);
    let mut missing = Vec::new();
    for text in &texts {
        for word in text.split_whitespace().map(squeezed).filter(|word| !word.is_empty()) {
            let found = if word.chars().any(is_ideographic) {
                word.chars().all(|c| whole.contains(c))
            } else {
                whole.contains(&word)
            };
            if !found {
                missing.push(word);
            }
        }
    }
    assert!(missing.is_empty(), "the {what} lacks words of the report: {:?}", &missing[..missing.len().min(8)]);

    let running = &document.running;
    let mut furniture: Vec<String> = vec![
        squeezed(&running.marking.text()),
        squeezed(&running.header_left),
        squeezed(&format!("{} · {}", running.header_right, running.footer_left)),
    ];
    furniture.extend((1..=pages).map(|page| squeezed(&document.page_label(page, pages))));
    for block in &document.blocks {
        if let report::document::Block::Table(table) = block {
            furniture.extend(table.rows.iter().filter_map(|row| row.continued.as_deref()).map(squeezed));
        }
    }
    let said = squeezed(&texts.concat());
    let known = |part: &str| said.contains(part) || furniture.iter().any(|f| f.contains(part));
    // A reader may join two cells that share a line: then each part is known.
    let extra: Vec<&str> = rendered
        .lines()
        .map(str::trim)
        .filter(|line| {
            let words: Vec<&str> = line.split_whitespace().collect();
            let whole = squeezed(line);
            !whole.is_empty()
                && !known(&whole)
                && !(1..words.len())
                    .any(|cut| known(&squeezed(&words[..cut].concat())) && known(&squeezed(&words[cut..].concat())))
        })
        .collect();
    assert!(extra.is_empty(), "the {what} says what the report does not: {:?}", &extra[..extra.len().min(8)]);
}

fn page_count(pdf: &Path) -> usize {
    let info = String::from_utf8(run_tool("pdfinfo", &[&pdf.to_string_lossy()]).stdout).expect("utf-8");
    let pages = info.lines().find_map(|line| line.strip_prefix("Pages:")).expect("a page count");
    pages.trim().parse().expect("a number")
}

#[test]
fn the_pdf_and_the_html_say_the_same_words_in_each_language() {
    for languages in ["en", "fr", "zh", "fr,en"] {
        let codes: Vec<&str> = languages.split(',').collect();
        let document = document(&codes);
        let pdf = write_report("same", languages, "pdf", "pdf");
        let html = write_report("same", languages, "html", "html");
        let pages = page_count(&pdf);
        assert_says_the_same_words(&document, &pdf_text(&pdf), pages, &format!("PDF in {languages}"));
        assert_says_the_same_words(&document, &html_text(&html), 0, &format!("HTML in {languages}"));
        let _ = std::fs::remove_file(&pdf);
        let _ = std::fs::remove_file(&html);
    }
}

#[test]
fn a_report_speaks_the_language_asked_for_and_verify_rebuilds_it() {
    use certready::i18n::{text, Lang};
    for (languages, lang, code) in [("fr", Lang::Fr, "fr"), ("zh", Lang::Zh, "zh"), ("fr,en", Lang::Fr, "fr")] {
        let path = write_report("asked", languages, "pdf", "pdf");
        let printed = squeezed(&pdf_text(&path));
        let codes: Vec<&str> = languages.split(',').collect();
        let document = document(&codes);
        // Headings and the verdict from the catalog, the criteria's title from the criteria file.
        for id in ["report-executive-summary", "report-gap-register", "report-answers-appendix", "report-verdict"] {
            assert!(printed.contains(&squeezed(&text(lang, id))), "{languages}: {id} not in {code}");
        }
        let Some(report::document::Block::Verdict(verdict)) =
            document.blocks.iter().find(|b| matches!(b, report::document::Block::Verdict(_)))
        else {
            panic!("a verdict")
        };
        assert!(printed.contains(&squeezed(&verdict.verdict)), "{languages}: the verdict {}", verdict.verdict);
        let title = document.blocks.iter().find_map(|b| match b {
            report::document::Block::Title(title) => Some(title.clone()),
            _ => None,
        });
        let title = title.expect("a title");
        assert_eq!(title.0.first().map(|run| run.lang.is_none()), Some(true), "the title in the report's language");
        assert!(printed.contains(&squeezed(&title.0[0].text)), "{languages}: the title");
        if codes.len() == 2 {
            assert!(title.0.iter().any(|run| run.lang.as_deref() == Some("en")), "the English title too");
            assert!(printed.contains(&squeezed(&title.text())), "{languages}: both titles");
        }
        // The document's language, and each span in another language marked as such.
        let pdf = path.to_string_lossy();
        let uncompressed =
            String::from_utf8_lossy(&run_tool("qpdf", &["--qdf", "--object-streams=disable", &pdf, "-"]).stdout)
                .into_owned();
        assert!(uncompressed.contains(&format!("/Lang ({code})")), "{languages}: the document's /Lang");
        assert_eq!(
            uncompressed.contains("/Span <</Lang(en)>> BDC"),
            codes.len() == 2,
            "{languages}: English spans marked"
        );
        // verify rebuilds the report in the languages it records.
        let output = certready(&["verify", &pdf]);
        assert_eq!(output.status.code(), Some(0), "verify of the {languages} report: {}", stderr(&output));
        let _ = std::fs::remove_file(&path);
    }
}

#[test]
fn an_unknown_language_is_refused_with_the_known_ones() {
    let path = scratch("de.pdf");
    let output = certready(&["report", CRITERIA, ASSESSMENT, "--lang", "de", "-o", &path.to_string_lossy()]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("en, fr, zh"), "{}", stderr(&output));
    assert!(!path.exists());
}
