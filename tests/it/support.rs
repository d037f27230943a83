//! Shared helpers: paths, golden files, external tools.

use std::path::{Path, PathBuf};

use certready::diag::{Diagnostic, InFile};
use certready::model::{parse_questionnaire, Questionnaire};

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn data(relative: &str) -> PathBuf {
    root().join("tests/data").join(relative)
}

/// The fonts reports are made with (Debian's fonts-noto-core), without the fallback.
pub fn noto_fonts() -> certready::pdf::Fonts {
    let noto = Path::new("/usr/share/fonts/truetype/noto");
    certready::pdf::Fonts {
        regular: read(&noto.join("NotoSans-Regular.ttf")),
        bold: read(&noto.join("NotoSans-Bold.ttf")),
        fallback: None,
    }
}

/// The Noto fonts and the CJK fallback font (Debian's fonts-droid-fallback).
pub fn fonts_with_fallback() -> certready::pdf::Fonts {
    let fallback = read(Path::new("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"));
    certready::pdf::Fonts { fallback: Some(fallback), ..noto_fonts() }
}

pub fn read(path: &Path) -> Vec<u8> {
    std::fs::read(path).unwrap_or_else(|e| panic!("reading {}: {e}", path.display()))
}

/// Files in a data folder with the given extension, sorted, so failures are reproducible.
pub fn files_in(folder: &str, extension: &str) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(data(folder))
        .unwrap_or_else(|e| panic!("listing {folder}: {e}"))
        .map(|entry| entry.expect("directory entry").path())
        .filter(|path| path.extension().is_some_and(|e| e == extension))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no .{extension} files in tests/data/{folder}");
    files
}

/// Compares `actual` with the golden file beside `case` (same name, `.expected`), or writes
/// it when `BLESS=1`.
pub fn check_golden(case: &Path, actual: &str) {
    let golden = case.with_extension("expected");
    if std::env::var_os("BLESS").is_some() {
        std::fs::write(&golden, actual).expect("writing golden file");
        return;
    }
    let expected = std::fs::read_to_string(&golden)
        .unwrap_or_else(|_| panic!("missing golden file {}: run BLESS=1 cargo test --test it", golden.display()));
    if expected != actual {
        panic!(
            "{} differs from its golden file {}\n--- expected\n{expected}\n--- actual\n{actual}\n(re-bless with BLESS=1 if the change is intended)",
            case.display(),
            golden.display()
        );
    }
}

/// Diagnostics rendered as the CLI shows them, with the file path relative to the crate.
pub fn render_diagnostics(path: &Path, bytes: &[u8], diagnostics: &[Diagnostic]) -> String {
    let file = path.strip_prefix(root()).unwrap_or(path).display().to_string();
    let source = String::from_utf8_lossy(bytes);
    diagnostics
        .iter()
        .map(|diagnostic| format!("{}\n", InFile { file: &file, diagnostic, source: Some(&source) }))
        .collect()
}

pub fn small_criteria() -> Questionnaire {
    let (questionnaire, diagnostics) = parse_questionnaire(&read(&data("criteria/small.yaml")));
    assert!(diagnostics.is_empty(), "small.yaml should be clean: {diagnostics:?}");
    questionnaire.expect("small.yaml is valid")
}

/// Runs an external tool (poppler, qpdf); a missing tool is a setup error, not a skip.
pub fn run_tool(program: &str, args: &[&str]) -> std::process::Output {
    std::process::Command::new(program).args(args).output().unwrap_or_else(|e| {
        panic!("could not run {program}: {e}. Run scripts/setup (installs poppler-utils and qpdf).")
    })
}

/// A path in the shared third-party corpus (`../shared/corpus`). When it is missing, the test
/// fails under CI (`CI=true`) and is skipped with a printed reason elsewhere.
pub fn corpus(relative: &str) -> Option<PathBuf> {
    let path = root().join("../shared/corpus").join(relative);
    if path.exists() {
        return Some(path);
    }
    if std::env::var("CI").is_ok_and(|v| v == "true") {
        panic!("{} is missing: the corpus is required under CI", path.display());
    }
    eprintln!("skipped: {} is missing (the corpus is required only under CI=true)", path.display());
    None
}
