//! `certready report --format html`: a self-contained, printable document with every gap, every
//! text escaped, and no script.

use crate::cli::{certready, stderr, stdout};
use crate::support::*;

/// small.yaml with hostile markup in the texts the report prints, and an assessment of it whose
/// comment, subject and N/A justification carry markup too.
fn hostile_pair() -> (std::path::PathBuf, std::path::PathBuf) {
    let text = String::from_utf8(read(&data("criteria/small.yaml"))).expect("utf-8");
    let criteria = text
        .replace("en: A security officer is appointed.", r#"en: "<script>alert('officer')</script> & \"named\"""#)
        .replace("en: Appoint one.", r#"en: "<img src=x onerror=alert(1)> then <b>train</b>""#)
        .replace("en: Site,", r#"en: "Site </td></tr></table><SCRIPT src=//evil.example/x.js></SCRIPT>","#);
    let assessment = "format: assessment/1\n\
        questionnaire: {id: small, version: \"1.0\"}\n\
        subject: {organisation: \"Acme <Ltd> & 'Sons'\", facility: \"<iframe src=x>\"}\n\
        answers:\n  \
        ORG-01: {option: partial, comment: \"</textarea><script>steal()</script>\"}\n  \
        ORG-02: {option: \"yes\"}\n  \
        ORG-03: {na: \"<style>body{display:none}</style>\"}\n  \
        SITE-01: {option: not-met}\n";
    let dir = std::env::temp_dir();
    let id = std::process::id();
    let (criteria_path, assessment_path) =
        (dir.join(format!("certready-html-{id}.yaml")), dir.join(format!("certready-html-{id}-assessment.yaml")));
    std::fs::write(&criteria_path, criteria).expect("write criteria");
    std::fs::write(&assessment_path, assessment).expect("write assessment");
    (criteria_path, assessment_path)
}

fn html_report(criteria: &str, assessment: &str) -> String {
    let output = certready(&["report", criteria, assessment, "--format", "html", "-o", "-"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    stdout(&output)
}

#[test]
fn report_html_has_every_gap_and_the_reports_language() {
    let html = html_report("tests/data/criteria/small.yaml", "tests/data/scoring/mixed.yaml");
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"en\">"), "{}", &html[..80]);
    let json =
        certready(&["score", "tests/data/criteria/small.yaml", "tests/data/scoring/mixed.yaml", "--format", "json"]);
    let json: serde_json::Value = serde_json::from_str(&stdout(&json)).expect("json");
    let gaps = json["gaps"].as_array().expect("gaps");
    assert!(!gaps.is_empty());
    let register = &html[html.find("id=\"gap-register\"").expect("a gap register")..];
    assert!(register.contains("<thead><tr><th>#</th><th>Criterion</th>"), "the register's header");
    for gap in gaps {
        let id = gap["id"].as_str().expect("id");
        assert!(register.contains(&format!("<td class=\"id\">{id}</td>")), "{id} missing from the gap register");
    }
    for heading in [
        "Section scores",
        "Gap register",
        "N/A register",
        "Open items",
        "Evidence register",
        "Answers appendix",
        "Method",
        "Sign-off",
        "Integrity",
    ] {
        assert!(html.contains(&format!("\">{heading}</h2>")), "no {heading} heading");
    }
    assert!(html.contains("NOT READY"));
    assert!(html.contains(&certready::model::sha256_hex(&read(&data("criteria/small.yaml")))), "full fingerprint");
    assert!(html.contains("@page { size: A4") && html.contains("thead { display: table-header-group; }"));
}

#[test]
fn report_html_escapes_every_text_and_runs_nothing() {
    let (criteria, assessment) = hostile_pair();
    let html = html_report(&criteria.to_string_lossy(), &assessment.to_string_lossy());
    let _ = std::fs::remove_file(&criteria);
    let _ = std::fs::remove_file(&assessment);
    let lower = html.to_lowercase();
    assert!(!lower.contains("<script"), "a script element in the document");
    for tag in ["<img", "<iframe", "<textarea", "</textarea", "<b>train", "<style>body"] {
        assert!(!lower.contains(tag), "{tag} came through unescaped");
    }
    assert_eq!(lower.matches("<style>").count(), 1, "only the document's own style sheet");
    // Every element is one the report writes itself; none loads anything.
    let allowed = [
        "!doctype",
        "html",
        "head",
        "meta",
        "title",
        "style",
        "body",
        "header",
        "section",
        "h1",
        "h2",
        "h3",
        "p",
        "ul",
        "li",
        "div",
        "span",
        "strong",
        "b",
        "br",
        "table",
        "thead",
        "tbody",
        "tr",
        "th",
        "td",
        "pre",
        "h4",
        "i",
        "aside",
        "figure",
        "figcaption",
        "svg",
        "polygon",
        "text",
    ];
    for tag in html.split('<').skip(1) {
        let name: String =
            tag.trim_start_matches('/').chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '!').collect();
        assert!(allowed.contains(&name.to_lowercase().as_str()), "unexpected element <{name}");
        let markup = &tag[..tag.find('>').expect("a closed tag")];
        assert!(!markup.contains("src=") && !markup.contains("href="), "<{markup}> loads something");
    }
    for escaped in [
        "&lt;script&gt;alert(&#39;officer&#39;)&lt;/script&gt; &amp; &quot;named&quot;",
        "&lt;img src=x onerror=alert(1)&gt; then &lt;b&gt;train&lt;/b&gt;",
        "Acme &lt;Ltd&gt; &amp; &#39;Sons&#39;",
        "&lt;/textarea&gt;&lt;script&gt;steal()&lt;/script&gt;",
        "&lt;style&gt;body{display:none}&lt;/style&gt;",
        "Site &lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;SCRIPT src=//evil.example/x.js&gt;&lt;/SCRIPT&gt;",
    ] {
        assert!(html.contains(escaped), "missing, escaped: {escaped}");
    }
    // The structure survives: every table opened is closed.
    assert_eq!(html.matches("<table").count(), html.matches("</table>").count());
}
