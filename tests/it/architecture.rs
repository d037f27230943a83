//! The architecture's invariants, stated as absences and checked by reading the source
//! (see ARCHITECTURE.md): the core names no browser, file system or clock; only `pdf/` names
//! printpdf and lopdf; only `ui/` names leptos and web_sys.

use std::path::{Path, PathBuf};

use crate::support::root;

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("readable source folder") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

fn source_files() -> Vec<(String, String)> {
    let mut files = Vec::new();
    rust_files(&root().join("src"), &mut files);
    files
        .into_iter()
        .map(|path| {
            let relative = path.strip_prefix(root().join("src")).unwrap().to_string_lossy().replace('\\', "/");
            (relative, std::fs::read_to_string(&path).expect("utf-8 source"))
        })
        .collect()
}

fn is_core(relative: &str) -> bool {
    [
        "diag.rs",
        "diff.rs",
        "migrate.rs",
        "migrate/",
        "time.rs",
        "worklist.rs",
        "scoring.rs",
        "scoring/",
        "lib.rs",
        "model/",
        "report/",
        "pdf/",
        "import/",
        "export/",
    ]
    .iter()
    .any(|prefix| relative.starts_with(prefix))
}

/// Occurrences of `needle` in code, ignoring `//` comments.
fn names(source: &str, needle: &str) -> bool {
    source.lines().any(|line| line.split("//").next().unwrap_or("").contains(needle))
}

#[test]
fn the_core_names_no_browser_file_system_or_clock() {
    let files = source_files();
    assert!(files.iter().any(|(f, _)| f == "scoring.rs"), "source walk found the core");
    for (file, source) in files.iter().filter(|(f, _)| is_core(f)) {
        for forbidden in ["leptos", "web_sys", "js_sys", "std::fs", "SystemTime", "Instant::now", "Date::now"] {
            assert!(!names(source, forbidden), "core file src/{file} names `{forbidden}`");
        }
    }
}

#[test]
fn only_pdf_names_printpdf_and_lopdf() {
    for (file, source) in source_files() {
        if file.starts_with("pdf/") {
            continue;
        }
        for forbidden in ["printpdf", "lopdf"] {
            assert!(!names(&source, forbidden), "src/{file} names `{forbidden}`; only src/pdf/ may");
        }
    }
}

#[test]
fn only_ui_and_the_web_entry_name_leptos() {
    for (file, source) in source_files() {
        if file.starts_with("ui/") || file == "main.rs" {
            continue;
        }
        assert!(!names(&source, "leptos::"), "src/{file} names leptos; only src/ui/ may");
    }
}

/// The string literals of a Rust source, roughly: enough to spot prose (no raw strings here).
fn string_literals(source: &str) -> Vec<String> {
    let mut literals = Vec::new();
    for line in source.lines().filter(|l| !l.trim_start().starts_with("//")) {
        let mut chars = line.chars();
        while let Some(c) = chars.next() {
            if c == '\'' {
                // A char literal such as '"' must not open a string.
                let rest: String = chars.clone().take(3).collect();
                if rest.starts_with("\"'") || rest.starts_with("\\\"'") {
                    chars.nth(rest.find('\'').unwrap_or(0));
                }
                continue;
            }
            if c != '"' {
                continue;
            }
            let mut literal = String::new();
            while let Some(c) = chars.next() {
                match c {
                    '\\' => literal.extend(chars.next()),
                    '"' => break,
                    c => literal.push(c),
                }
            }
            literals.push(literal);
        }
    }
    literals
}

/// Prose a person reads: a capitalized word followed by more words.
fn looks_like_prose(literal: &str) -> bool {
    let mut words = literal.split_whitespace();
    let first = words.next().unwrap_or("");
    let mut letters = first.chars();
    let capitalized =
        letters.next().is_some_and(|c| c.is_uppercase()) && letters.next().is_some_and(|c| c.is_lowercase());
    capitalized && words.next().is_some()
}

#[test]
fn every_user_facing_string_of_the_app_is_in_the_catalog() {
    assert!(looks_like_prose("Export answers (YAML)") && !looks_like_prose("verdict not-ready"));
    let (mut files, mut literals) = (0, 0);
    for (file, source) in source_files() {
        if !file.starts_with("ui/") || file == "ui/strings.rs" {
            continue;
        }
        files += 1;
        let source = source.split("#[cfg(test)]").next().unwrap_or_default();
        for literal in string_literals(source) {
            literals += 1;
            assert!(!looks_like_prose(&literal), "src/{file} holds the text {literal:?}: move it to src/ui/strings.rs");
        }
    }
    assert!(files > 5 && literals > 100, "the walk read the app's sources ({files} files, {literals} literals)");
}
