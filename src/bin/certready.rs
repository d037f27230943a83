//! The `certready` command-line tool: argument parsing, files, clocks, fonts and exit codes.
//! Everything else is the library's job.
//!
//! Exit codes: 0 ok; 1 a negative answer (invalid file, not ready when `--gate` is given, a
//! report that does not match its attachments); 2 could not run (missing file, unreadable
//! font, bad arguments, a PDF that cannot be verified, `--gate` against criteria that set no
//! pass rule).

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{anyhow, Context, Result};
use clap::{Parser, Subcommand, ValueEnum};

use certready::diag::{has_errors, Diagnostic, InFile};
use certready::diff::diff;
use certready::model::{check_size, parse_assessment, parse_questionnaire, Assessment, Questionnaire};
use certready::report::Sources;
use certready::scoring::{explain, score, Scorecard};
use certready::time::Timestamp;
use certready::{pdf, report};

#[derive(Parser)]
#[command(
    name = "certready",
    version,
    about = "Security certification self-assessment: validate criteria, score answers, write the PDF gap report"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Check criteria files (and assessment files, given --criteria) and report every problem.
    Validate {
        files: Vec<PathBuf>,
        /// The criteria file that the assessment files among FILES answer.
        #[arg(long)]
        criteria: Option<PathBuf>,
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
    /// Score an assessment against its criteria file.
    Score {
        criteria: PathBuf,
        assessment: PathBuf,
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
        /// Exit 1 unless the verdict is "ready"; exit 2 when the criteria set no pass rule (no verdict to gate on).
        #[arg(long)]
        gate: bool,
        /// Show how each section's number was computed (`--explain`), or only one section's (`--explain=ID`).
        #[arg(long, value_name = "SECTION", num_args = 0..=1, require_equals = true, default_missing_value = "")]
        explain: Option<String>,
    },
    /// Write the gap report: a PDF with both files attached (default), the gap register as CSV,
    /// the report's data as JSON, or the whole report as a printable HTML document.
    Report {
        criteria: PathBuf,
        assessment: PathBuf,
        /// The file to write; `-` writes CSV, JSON and HTML to standard output.
        #[arg(short, long)]
        output: PathBuf,
        #[arg(long, value_enum, default_value_t = ReportFormat::Pdf)]
        format: ReportFormat,
        /// Folder holding NotoSans-Regular.ttf and NotoSans-Bold.ttf
        /// [default: $CERTREADY_FONTS, else /usr/share/fonts/truetype/noto].
        #[arg(long)]
        fonts: Option<PathBuf>,
        /// The font for characters the Noto fonts lack (CJK), read only when the report has
        /// such text [default: $CERTREADY_FALLBACK_FONT, else
        /// /usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf].
        #[arg(long)]
        fallback_font: Option<PathBuf>,
        /// The report's language (en, fr, zh), or two for a bilingual report (`fr,en`: the
        /// report's words in the first, the criteria texts in both) [default: the criteria
        /// file's first language].
        #[arg(long, value_delimiter = ',', value_name = "LANG[,LANG]")]
        lang: Vec<String>,
    },
    /// Check a PDF report against the criteria and assessment files attached to it: rebuild the
    /// report from them with the same generation time and compare. Exits 0 when it matches,
    /// 1 when it does not, 2 when it cannot be checked.
    Verify {
        pdf: PathBuf,
        /// The fonts the report was made with (as for `report`).
        #[arg(long)]
        fonts: Option<PathBuf>,
        /// The fallback font the report was made with, if its text needed one (as for `report`).
        #[arg(long)]
        fallback_font: Option<PathBuf>,
    },
    /// Print the criteria file's JSON Schema (draft-07), for editor completion and checks.
    Schema,
    /// List added, removed and changed criteria between two versions of a criteria file.
    /// Exits 0 when they are the same, 1 when they differ (like diff(1)).
    Diff {
        old: PathBuf,
        new: PathBuf,
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
        /// Print instead a proposed `migrations:` entry for NEW from OLD (same ids, then text
        /// similarity for renames, splits and merges), for NEW's author to check and paste.
        #[arg(long, conflicts_with = "format")]
        propose_migration: bool,
    },
    /// Carry an assessment forward to a new version of its criteria file, with the new file's
    /// migration map: answers move to their new ids, changed ones are marked to re-confirm,
    /// answers to removed criteria are kept under `retired`. Prints what became of each old id.
    Migrate {
        assessment: PathBuf,
        /// The new version of the criteria file.
        #[arg(long)]
        to: PathBuf,
        /// The criteria file the assessment answers now (optional: it lists every old criterion
        /// in the summary and gives the old option values).
        #[arg(long)]
        from: Option<PathBuf>,
        /// The migrated assessment; standard output when absent or `-` (the summary then goes
        /// to standard error).
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// The summary's format.
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
    /// Write an assessment in another scheme's format.
    Export {
        #[command(subcommand)]
        target: ExportTarget,
    },
    /// Convert another scheme's published model into a criteria file.
    Import {
        #[command(subcommand)]
        source: ImportSource,
    },
}

#[derive(Subcommand)]
enum ImportSource {
    /// The OWASP SAMM v2 core model: the `model/` folder of github.com/owaspsamm/core.
    Samm {
        dir: PathBuf,
        #[arg(short, long)]
        output: PathBuf,
        /// The SAMM version the folder holds; becomes the criteria `version`.
        #[arg(long, default_value = "2.2.0")]
        samm_version: String,
    },
    /// An OSCAL catalog (JSON or XML, OSCAL 1.0 and 1.1); each baseline profile given becomes a
    /// certready profile holding exactly the controls it selects.
    Oscal {
        catalog: PathBuf,
        /// A baseline profile (OSCAL profile JSON or XML), as FILE or ID=FILE; may be repeated.
        /// The profile id defaults to a slug of the file name.
        #[arg(long = "profile", value_name = "[ID=]FILE")]
        profiles: Vec<String>,
        /// The criteria file's id [default: a slug of the catalog's title].
        #[arg(long)]
        id: Option<String>,
        /// The criteria file to write; standard output when absent or `-`.
        #[arg(short, long)]
        output: Option<PathBuf>,
    },
    /// Criteria kept in a spreadsheet (.xlsx or .csv): row 1 holds the headers, each row below
    /// it one criterion.
    Table {
        file: PathBuf,
        /// Which column holds which field: FIELD=COLUMN,... where COLUMN is a letter (C) or a
        /// header of row 1; fields: id, section, text, guidance, evidence, remediation, weight,
        /// critical, profile, references, tags, na [default: the columns headed by field names].
        #[arg(long, value_name = "FIELD=COLUMN,...")]
        map: Option<String>,
        /// The worksheet to read (xlsx) [default: the first].
        #[arg(long)]
        sheet: Option<String>,
        /// The criteria file's id [default: a slug of the file name].
        #[arg(long)]
        id: Option<String>,
        /// The criteria file's title [default: the file name].
        #[arg(long)]
        title: Option<String>,
        /// The criteria file's version.
        #[arg(long, default_value = "1")]
        criteria_version: String,
        /// The criteria file to write; standard output when absent or `-`.
        #[arg(short, long)]
        output: Option<PathBuf>,
    },
}

#[derive(Subcommand)]
enum ExportTarget {
    /// OSCAL 1.1 assessment results (JSON): one finding per criterion, evidence with its SHA-256.
    Oscal {
        assessment: PathBuf,
        /// The criteria file the assessment answers.
        #[arg(long)]
        criteria: PathBuf,
        /// The file to write; standard output when absent or `-`.
        #[arg(short, long)]
        output: Option<PathBuf>,
    },
}

#[derive(Clone, Copy, ValueEnum, PartialEq)]
enum Format {
    Text,
    Json,
}

#[derive(Clone, Copy, ValueEnum, PartialEq)]
enum ReportFormat {
    Pdf,
    Csv,
    Json,
    Html,
}

/// The outcome of a command that ran: whether its answer was positive.
enum Outcome {
    Ok,
    Negative,
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(error) => {
            let _ = error.print();
            return if error.use_stderr() { ExitCode::from(2) } else { ExitCode::SUCCESS };
        }
    };
    match run(cli.command) {
        Ok(Outcome::Ok) => ExitCode::SUCCESS,
        Ok(Outcome::Negative) => ExitCode::from(1),
        Err(error) => {
            eprintln!("error: {error:#}");
            ExitCode::from(2)
        }
    }
}

fn run(command: Command) -> Result<Outcome> {
    match command {
        Command::Validate { files, criteria, format } => validate(&files, criteria.as_deref(), format),
        Command::Score { criteria, assessment, format, gate, explain } => {
            let Some((questionnaire, assessment)) = load_pair(&criteria, &assessment)?.0 else {
                return Ok(Outcome::Negative);
            };
            let card = score(&questionnaire, &assessment);
            if let Some(section) = explain {
                return explain_score(&questionnaire, &card, &section);
            }
            match format {
                Format::Text => print!("{}", report::summary::text(&questionnaire, &card)),
                Format::Json => {
                    println!("{}", serde_json::to_string_pretty(&report::summary::json(&questionnaire, &card))?)
                }
            }
            if gate && card.verdict.status == certready::scoring::Status::NoRule {
                anyhow::bail!(
                    "--gate: {} sets no pass rule (no scoring.pass.overall, no scoring.pass.each_section, no critical \
                     criterion), so no assessment against it is ready or not ready; gate on criteria that set one",
                    criteria.display()
                );
            }
            let ready = card.verdict.status == certready::scoring::Status::Ready;
            Ok(if gate && !ready { Outcome::Negative } else { Outcome::Ok })
        }
        Command::Report { criteria, assessment, output, format, fonts, fallback_font, lang } => {
            let sources = Sources { criteria: read(&criteria)?, assessment: read(&assessment)? };
            let made = report::from_sources(&sources, now()?, Some(&lang));
            print_diagnostics(&criteria, &sources.criteria, &made.criteria, Format::Text);
            print_diagnostics(&assessment, &sources.assessment, &made.assessment, Format::Text);
            if let Some(problem) = made.languages {
                anyhow::bail!("--lang: {problem}");
            }
            let Some(report) = made.report else { return Ok(Outcome::Negative) };
            let bytes = match format {
                ReportFormat::Pdf => render_pdf(&report, load_fonts(fonts)?, fallback_font)?,
                ReportFormat::Csv => report::TextFormat::Csv.write(&report),
                ReportFormat::Json => report::TextFormat::Json.write(&report),
                ReportFormat::Html => report::TextFormat::Html.write(&report),
            };
            if format != ReportFormat::Pdf && output.as_os_str() == "-" {
                std::io::Write::write_all(&mut std::io::stdout(), &bytes)?;
                return Ok(Outcome::Ok);
            }
            std::fs::write(&output, &bytes).with_context(|| format!("writing {}", output.display()))?;
            eprintln!(
                "wrote {} ({} bytes): {}, overall {}, {} gaps",
                output.display(),
                bytes.len(),
                report.verdict,
                report.overall,
                report.gaps.len()
            );
            Ok(Outcome::Ok)
        }
        Command::Verify { pdf, fonts, fallback_font } => verify(&pdf, fonts, fallback_font),
        Command::Schema => {
            print!("{}", certready::model::raw::questionnaire_schema());
            Ok(Outcome::Ok)
        }
        Command::Diff { old, new, format, propose_migration } => {
            let (old, new) = (load_questionnaire(&old)?, load_questionnaire(&new)?);
            if propose_migration {
                print!("{}", certready::migrate::propose(&old, &new));
                return Ok(Outcome::Ok);
            }
            let changes = diff(&old, &new);
            match format {
                Format::Text => print!("{changes}"),
                Format::Json => println!("{}", serde_json::to_string_pretty(&changes)?),
            }
            Ok(if changes.is_empty() { Outcome::Ok } else { Outcome::Negative })
        }
        Command::Migrate { assessment, to, from, output, format } => {
            migrate(&assessment, &to, from.as_deref(), output.as_deref(), format)
        }
        Command::Import { source: ImportSource::Samm { dir, output, samm_version } } => {
            import_samm(&dir, &output, &samm_version)
        }
        Command::Export { target: ExportTarget::Oscal { assessment, criteria, output } } => {
            export_oscal(&criteria, &assessment, output.as_deref())
        }
        Command::Import { source: ImportSource::Table { file, map, sheet, id, title, criteria_version, output } } => {
            import_table(&file, map.as_deref(), sheet.as_deref(), id, title, &criteria_version, output.as_deref())
        }
        Command::Import { source: ImportSource::Oscal { catalog, profiles, id, output } } => {
            import_oscal(&catalog, &profiles, id.as_deref(), output.as_deref())
        }
    }
}

/// Reads and validates a criteria file, printing its diagnostics; an invalid file cannot be used.
fn load_questionnaire(path: &Path) -> Result<Questionnaire> {
    let bytes = read(path)?;
    let (questionnaire, diagnostics) = parse_questionnaire(&bytes);
    print_diagnostics(path, &bytes, &diagnostics, Format::Text);
    questionnaire.ok_or_else(|| anyhow!("{} is not a valid criteria file", path.display()))
}

/// `migrate ASSESSMENT --to NEW`: the assessment carried forward, and what became of each old id.
fn migrate(
    assessment: &Path,
    to: &Path,
    from: Option<&Path>,
    output: Option<&Path>,
    format: Format,
) -> Result<Outcome> {
    let new = load_questionnaire(to)?;
    let old = from.map(load_questionnaire).transpose()?;
    let bytes = read(assessment)?;
    let (parsed, diagnostics) = certready::model::read_assessment(&bytes);
    print_diagnostics(assessment, &bytes, &diagnostics, Format::Text);
    let Some(parsed) = parsed else { return Ok(Outcome::Negative) };
    if let Some(old) = &old {
        let (_, checked) = parse_assessment(&bytes, old);
        let errors: Vec<Diagnostic> = checked.into_iter().filter(Diagnostic::is_error).collect();
        print_diagnostics(assessment, &bytes, &errors, Format::Text);
        if !errors.is_empty() {
            return Ok(Outcome::Negative);
        }
    }
    let (mut migrated, summary) = certready::migrate::migrate(&parsed, old.as_ref(), &new)
        .with_context(|| format!("cannot migrate {} to {}", assessment.display(), to.display()))?;
    migrated.updated = Some(now()?.rfc3339());
    let text = migrated.to_yaml();
    // The result must read back against the new criteria; anything else is a bug here.
    let (_, checked) = parse_assessment(text.as_bytes(), &new);
    if has_errors(&checked) {
        print_diagnostics(Path::new("<migrated assessment>"), text.as_bytes(), &checked, Format::Text);
        return Err(anyhow!("the migrated assessment does not validate: this is a bug in certready migrate"));
    }
    let summary_text = match format {
        Format::Text => summary.to_string(),
        Format::Json => serde_json::to_string_pretty(&summary)? + "\n",
    };
    match output {
        Some(path) if path != Path::new("-") => {
            std::fs::write(path, &text).with_context(|| format!("writing {}", path.display()))?;
            print!("{summary_text}");
        }
        _ => {
            write_output(None, &text)?;
            eprint!("{summary_text}");
        }
    }
    Ok(Outcome::Ok)
}

/// `score --explain [SECTION]`: every section's computation, or one section's.
fn explain_score(questionnaire: &Questionnaire, card: &Scorecard, section: &str) -> Result<Outcome> {
    let text = if section.is_empty() {
        explain::text(questionnaire, card)
    } else {
        explain::section_text(questionnaire, card, section)
            .ok_or_else(|| anyhow!("no section `{section}` in {}", questionnaire.id))?
    };
    print!("{text}");
    Ok(Outcome::Ok)
}

/// Reads every file under `dir` and writes the criteria the SAMM importer makes of them.
fn import_samm(dir: &Path, output: &Path, version: &str) -> Result<Outcome> {
    fn walk(dir: &Path, out: &mut Vec<(String, Vec<u8>)>) -> Result<()> {
        let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
            .with_context(|| format!("reading folder {}", dir.display()))?
            .map(|entry| entry.map(|e| e.path()))
            .collect::<std::io::Result<_>>()?;
        entries.sort();
        for path in entries {
            if path.is_dir() {
                walk(&path, out)?;
            } else {
                out.push((path.display().to_string(), read(&path)?));
            }
        }
        Ok(())
    }
    let mut files = Vec::new();
    walk(dir, &mut files)?;
    let (text, diagnostics) = certready::import::samm::import(&files, version);
    for diagnostic in &diagnostics {
        eprintln!("{}", InFile { file: &diagnostic.path, diagnostic, source: None });
    }
    let Some(text) = text else { return Ok(Outcome::Negative) };
    std::fs::write(output, &text).with_context(|| format!("writing {}", output.display()))?;
    eprintln!("wrote {} from {} files of {}", output.display(), files.len(), dir.display());
    Ok(Outcome::Ok)
}

/// `import oscal`: reads the catalog and the profiles, writes the criteria the importer makes.
fn import_oscal(catalog: &Path, profiles: &[String], id: Option<&str>, output: Option<&Path>) -> Result<Outcome> {
    use certready::import::oscal;
    let bytes = read(catalog)?;
    let mut read_profiles = Vec::new();
    for argument in profiles {
        let (profile_id, path) = match argument.split_once('=') {
            Some((profile_id, path)) if !profile_id.contains(['/', '\\']) => {
                (profile_id.to_owned(), PathBuf::from(path))
            }
            _ => {
                let path = PathBuf::from(argument);
                let stem = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
                (certready::import::out::slug(&stem, 64, "baseline"), path)
            }
        };
        let bytes = read(&path)?;
        read_profiles.push((profile_id, path.display().to_string(), bytes));
    }
    let options = oscal::Options {
        id,
        profiles: read_profiles.iter().map(|(id, _, bytes)| oscal::ProfileSource { id, bytes }).collect(),
    };
    let (text, diagnostics) = oscal::import(&bytes, &options);
    for diagnostic in &diagnostics {
        // A profile's diagnostics have paths under `profiles[ID]`; the others are the catalog's.
        let (file, source) = read_profiles
            .iter()
            .find(|(id, _, _)| diagnostic.path.starts_with(&format!("profiles[{id}]")))
            .map_or((catalog.display().to_string(), &bytes), |(_, path, bytes)| (path.clone(), bytes));
        let source = String::from_utf8_lossy(source);
        eprintln!("{}", InFile { file: &file, diagnostic, source: Some(&source) });
    }
    let Some(text) = text else { return Ok(Outcome::Negative) };
    write_output(output, &text)?;
    let (questionnaire, checked) = parse_questionnaire(text.as_bytes());
    let warnings = checked.iter().filter(|d| !d.is_error()).count();
    match questionnaire {
        Some(q) => eprintln!(
            "{}: {} criteria in {} top-level sections, {} profiles; valid ({warnings} warnings: run `certready validate`)",
            output.map_or("<stdout>".to_owned(), |p| p.display().to_string()),
            q.criteria.len(),
            q.sections.len(),
            q.profiles.len()
        ),
        None => return Err(anyhow!("the imported criteria do not validate: this is a bug in the importer")),
    }
    Ok(Outcome::Ok)
}

/// `export oscal`: the assessment as OSCAL assessment results. Only errors are printed (an
/// imported catalog has a warning per criterion, which `validate` lists).
fn export_oscal(criteria: &Path, assessment: &Path, output: Option<&Path>) -> Result<Outcome> {
    let criteria_bytes = read(criteria)?;
    let assessment_bytes = read(assessment)?;
    let (questionnaire, diagnostics) = parse_questionnaire(&criteria_bytes);
    let errors: Vec<Diagnostic> = diagnostics.into_iter().filter(Diagnostic::is_error).collect();
    print_diagnostics(criteria, &criteria_bytes, &errors, Format::Text);
    let Some(questionnaire) = questionnaire else { return Ok(Outcome::Negative) };
    let (parsed, diagnostics) = parse_assessment(&assessment_bytes, &questionnaire);
    let errors: Vec<Diagnostic> = diagnostics.into_iter().filter(Diagnostic::is_error).collect();
    print_diagnostics(assessment, &assessment_bytes, &errors, Format::Text);
    let Some(parsed) = parsed else { return Ok(Outcome::Negative) };
    let json = certready::export::oscal::assessment_results(&questionnaire, &parsed, now()?);
    write_output(output, &json)?;
    Ok(Outcome::Ok)
}

/// `import table`: reads the spreadsheet, writes the criteria the importer makes of it.
fn import_table(
    file: &Path,
    map: Option<&str>,
    sheet: Option<&str>,
    id: Option<String>,
    title: Option<String>,
    version: &str,
    output: Option<&Path>,
) -> Result<Outcome> {
    use certready::import::table;
    let name = file.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let kind =
        table::Kind::of_name(&name).ok_or_else(|| anyhow!("{}: give an .xlsx or a .csv file", file.display()))?;
    let bytes = read(file)?;
    let stem = file.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    let id = id.unwrap_or_else(|| certready::import::out::slug(&stem, 48, "criteria"));
    let title = title.unwrap_or_else(|| stem.clone());
    let options = table::Options { map, sheet, name: &name, id: &id, title: &title, version };
    let (text, diagnostics) = table::import(&bytes, kind, &options);
    let shown = file.display().to_string();
    for diagnostic in &diagnostics {
        eprintln!("{}", InFile { file: &shown, diagnostic, source: None });
    }
    let Some(text) = text else { return Ok(Outcome::Negative) };
    write_output(output, &text)?;
    let (questionnaire, checked) = parse_questionnaire(text.as_bytes());
    let Some(questionnaire) = questionnaire else {
        for diagnostic in checked.iter().filter(|d| d.is_error()) {
            eprintln!("{}", InFile { file: "<imported criteria>", diagnostic, source: Some(&text) });
        }
        return Ok(Outcome::Negative);
    };
    eprintln!(
        "{}: {} criteria in {} top-level sections; valid ({} warnings: run `certready validate`)",
        output.map_or("<stdout>".to_owned(), |p| p.display().to_string()),
        questionnaire.criteria.len(),
        questionnaire.sections.len(),
        checked.len()
    );
    Ok(Outcome::Ok)
}

/// Writes `text` to `output`, or to standard output when it is absent or `-`.
fn write_output(output: Option<&Path>, text: &str) -> Result<()> {
    match output {
        Some(path) if path != Path::new("-") => {
            std::fs::write(path, text).with_context(|| format!("writing {}", path.display()))
        }
        _ => {
            use std::io::Write;
            std::io::stdout().write_all(text.as_bytes()).context("writing to standard output")
        }
    }
}

/// The generation time: `SOURCE_DATE_EPOCH` when set (reproducible builds), else the clock.
fn now() -> Result<Timestamp> {
    if let Ok(epoch) = std::env::var("SOURCE_DATE_EPOCH") {
        let seconds =
            epoch.trim().parse().with_context(|| format!("SOURCE_DATE_EPOCH={epoch:?} is not a number of seconds"))?;
        return Ok(Timestamp(seconds));
    }
    let since_epoch = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH)?;
    Ok(Timestamp(since_epoch.as_secs() as i64))
}

fn load_fonts(dir: Option<PathBuf>) -> Result<pdf::Fonts> {
    let dir = dir
        .or_else(|| std::env::var_os("CERTREADY_FONTS").map(PathBuf::from))
        .unwrap_or_else(|| PathBuf::from("/usr/share/fonts/truetype/noto"));
    let read = |name: &str| {
        let path = dir.join(name);
        std::fs::read(&path).with_context(|| {
            format!("reading font {} (install the Debian package fonts-noto-core, or pass --fonts DIR)", path.display())
        })
    };
    Ok(pdf::Fonts { regular: read("NotoSans-Regular.ttf")?, bold: read("NotoSans-Bold.ttf")?, fallback: None })
}

/// The fallback font's path, and its bytes when it can be read (else why not).
fn read_fallback_font(path: Option<PathBuf>) -> (PathBuf, std::io::Result<Vec<u8>>) {
    let path = path
        .or_else(|| std::env::var_os("CERTREADY_FALLBACK_FONT").map(PathBuf::from))
        .unwrap_or_else(|| PathBuf::from("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"));
    let bytes = std::fs::read(&path);
    (path, bytes)
}

/// The PDF, with the fallback font read only when the text needs it; characters no font has
/// are printed as a replacement mark and named in a warning.
fn render_pdf(report: &report::Report, fonts: pdf::Fonts, fallback_font: Option<PathBuf>) -> Result<Vec<u8>> {
    let fallback: Vec<u8>;
    let mut setter = pdf::Typesetter::new(&fonts).context("rendering the PDF")?;
    if !setter.uncovered(report).is_empty() {
        match read_fallback_font(fallback_font) {
            (_, Ok(bytes)) => {
                fallback = bytes;
                setter = setter.with_fallback(&fallback).context("rendering the PDF")?;
            }
            (path, Err(error)) => eprintln!(
                "warning: the report has characters the Noto fonts lack, and the fallback font {} cannot be read \
                 ({error}; install the Debian package fonts-droid-fallback, or pass --fallback-font FILE)",
                path.display()
            ),
        }
    }
    let rendered = setter.render(report).context("rendering the PDF")?;
    if !rendered.uncovered.is_empty() {
        eprintln!(
            "warning: no font has a glyph for {}: the PDF shows \u{FFFD} in their place",
            certready::diag::describe_characters(&rendered.uncovered)
        );
    }
    Ok(rendered.pdf)
}

fn read(path: &Path) -> Result<Vec<u8>> {
    std::fs::read(path).with_context(|| format!("reading {}", path.display()))
}

/// Prints diagnostics to stderr; returns the questionnaire and the assessment when both are
/// valid, and the bytes they were read from.
fn load_pair(criteria: &Path, assessment: &Path) -> Result<(Option<(Questionnaire, Assessment)>, Sources)> {
    let sources = Sources { criteria: read(criteria)?, assessment: read(assessment)? };
    let (questionnaire, diagnostics) = parse_questionnaire(&sources.criteria);
    print_diagnostics(criteria, &sources.criteria, &diagnostics, Format::Text);
    let Some(questionnaire) = questionnaire else { return Ok((None, sources)) };
    let (parsed, diagnostics) = parse_assessment(&sources.assessment, &questionnaire);
    print_diagnostics(assessment, &sources.assessment, &diagnostics, Format::Text);
    Ok((parsed.map(|assessment| (questionnaire, assessment)), sources))
}

/// `verify REPORT.pdf`: whether the report matches the files attached to it.
fn verify(path: &Path, fonts: Option<PathBuf>, fallback_font: Option<PathBuf>) -> Result<Outcome> {
    let bytes = read(path)?;
    // Parsed only when the report embeds a fallback font.
    let fonts = pdf::Fonts { fallback: read_fallback_font(fallback_font).1.ok(), ..load_fonts(fonts)? };
    let verification = pdf::verify(&bytes, &fonts).with_context(|| format!("cannot verify {}", path.display()))?;
    let file = path.display();
    println!("{file}: made by {} at {}", verification.made_by, verification.generated.rfc3339());
    println!("  {} SHA-256 {}", Sources::CRITERIA_NAME, verification.criteria_sha256);
    println!("  {} SHA-256 {}", Sources::ASSESSMENT_NAME, verification.assessment_sha256);
    if verification.matches() {
        println!("{file}: verified: the report matches its attachments");
        return Ok(Outcome::Ok);
    }
    println!("{file}: DOES NOT MATCH its attachments:");
    for difference in &verification.differences {
        println!("  - {difference}");
    }
    let this_version = format!("certready {}", report::TOOL_VERSION);
    if verification.made_by != this_version {
        println!("  (it was made by {}, this is {this_version}: rebuilt pages may differ)", verification.made_by);
    }
    Ok(Outcome::Negative)
}

fn validate(files: &[PathBuf], criteria: Option<&Path>, format: Format) -> Result<Outcome> {
    if files.is_empty() {
        return Err(anyhow!("no files given: certready validate FILE..."));
    }
    let questionnaire = match criteria {
        Some(path) => Some(load_questionnaire(path)?),
        None => None,
    };
    let mut all_valid = true;
    let mut json = Vec::new();
    for path in files {
        // A file over the size cap is refused from its metadata, without reading it.
        let size = std::fs::metadata(path).with_context(|| format!("reading {}", path.display()))?.len();
        let (bytes, too_large) = match check_size(size) {
            Some(too_large) => (Vec::new(), Some(too_large)),
            None => (read(path)?, None),
        };
        let diagnostics = if let Some(too_large) = too_large {
            vec![too_large]
        } else if is_assessment(&bytes) {
            match &questionnaire {
                Some(q) => parse_assessment(&bytes, q).1,
                None => {
                    return Err(anyhow!(
                        "{} is an assessment file: pass the criteria it answers with --criteria FILE",
                        path.display()
                    ))
                }
            }
        } else {
            parse_questionnaire(&bytes).1
        };
        all_valid &= !has_errors(&diagnostics);
        match format {
            Format::Text => {
                print_diagnostics(path, &bytes, &diagnostics, format);
                let errors = diagnostics.iter().filter(|d| d.is_error()).count();
                let warnings = diagnostics.len() - errors;
                let verdict = if errors == 0 { "ok" } else { "invalid" };
                println!("{}: {verdict} ({errors} errors, {warnings} warnings)", path.display());
            }
            Format::Json => json.push(serde_json::json!({
                "file": path.display().to_string(),
                "valid": !has_errors(&diagnostics),
                "diagnostics": diagnostics,
            })),
        }
    }
    if format == Format::Json {
        println!("{}", serde_json::to_string_pretty(&json)?);
    }
    Ok(if all_valid { Outcome::Ok } else { Outcome::Negative })
}

/// Whether the file declares itself an assessment (`format: assessment/...`).
fn is_assessment(bytes: &[u8]) -> bool {
    String::from_utf8_lossy(bytes)
        .lines()
        .any(|line| line.trim_start_matches('\u{feff}').trim_start().starts_with("format: assessment/"))
}

fn print_diagnostics(path: &Path, bytes: &[u8], diagnostics: &[Diagnostic], format: Format) {
    if format == Format::Json {
        return;
    }
    let file = path.display().to_string();
    let source = String::from_utf8_lossy(bytes);
    for diagnostic in diagnostics {
        eprintln!("{}", InFile { file: &file, diagnostic, source: Some(&source) });
    }
}
