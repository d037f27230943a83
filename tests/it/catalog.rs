//! The message catalog (`locales/`): every language has every message of the English catalog,
//! with the same named values and no others, and no message the app asks for is missing. A
//! translator adding a language runs `cargo test --test it catalog` to see what is left.

use std::collections::{BTreeMap, BTreeSet};

use certready::i18n::{self, Args, Lang, LANGUAGES, REPORT_CATALOGS};
use fluent_syntax::ast::{self, Entry, Expression, InlineExpression, Pattern, PatternElement};

/// Message id -> the names of the values it uses.
fn messages(source: &str, language: &str) -> BTreeMap<String, BTreeSet<String>> {
    let resource = fluent_syntax::parser::parse(source).unwrap_or_else(|(_, errors)| {
        panic!("the catalog of {language} does not parse: {errors:?}");
    });
    let mut found = BTreeMap::new();
    for entry in resource.body {
        match entry {
            Entry::Message(message) => {
                let mut names = BTreeSet::new();
                if let Some(value) = &message.value {
                    variables(value, &mut names);
                }
                let id = message.id.name.to_owned();
                assert!(found.insert(id.clone(), names).is_none(), "locales/{language}: `{id}` twice");
            }
            Entry::Junk { content } => panic!("locales/{language}: not Fluent: {content}"),
            _ => {}
        }
    }
    found
}

fn variables(pattern: &Pattern<&str>, names: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_variables(expression, names);
        }
    }
}

fn expression_variables(expression: &Expression<&str>, names: &mut BTreeSet<String>) {
    match expression {
        Expression::Select { selector, variants } => {
            inline_variables(selector, names);
            for variant in variants {
                variables(&variant.value, names);
            }
        }
        Expression::Inline(inline) => inline_variables(inline, names),
    }
}

fn inline_variables(inline: &InlineExpression<&str>, names: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            names.insert(id.name.to_owned());
        }
        InlineExpression::Placeable { expression } => expression_variables(expression, names),
        InlineExpression::FunctionReference { arguments, .. } => {
            let ast::CallArguments { positional, named } = arguments;
            positional.iter().for_each(|argument| inline_variables(argument, names));
            named.iter().for_each(|argument| inline_variables(&argument.value, names));
        }
        _ => {}
    }
}

/// A language's whole catalog: the app's words (`app.ftl`) and the report's (`report.ftl`).
fn catalog(index: usize) -> String {
    format!("{}\n{}", LANGUAGES[index].3, REPORT_CATALOGS[index])
}

#[test]
fn every_language_has_every_message_with_the_same_values() {
    let english = messages(&catalog(0), "en");
    let mut problems = Vec::new();
    for (index, (_, code, _, _)) in LANGUAGES.iter().enumerate().skip(1) {
        let translated = messages(&catalog(index), code);
        for (id, names) in &english {
            match translated.get(id) {
                None => problems.push(format!("{code}: `{id}` is missing")),
                Some(theirs) if theirs != names => {
                    problems.push(format!("{code}: `{id}` uses {theirs:?}, English uses {names:?}"))
                }
                Some(_) => {}
            }
        }
        for id in translated.keys().filter(|id| !english.contains_key(*id)) {
            problems.push(format!("{code}: `{id}` is not in the English catalog"));
        }
    }
    assert!(problems.is_empty(), "the catalogs differ:\n{}", problems.join("\n"));
}

/// Every message id the app's strings ask for (a quoted `"id"` in `src/ui/strings.rs`) is in
/// the English catalog, so no view shows a bare id.
#[test]
fn every_message_the_app_asks_for_exists() {
    let english = messages(LANGUAGES[0].3, "en");
    let source = include_str!("../../src/ui/strings.rs");
    let asked: BTreeSet<&str> = source
        .split('"')
        .skip(1)
        .step_by(2)
        .filter(|literal| !literal.is_empty() && literal.chars().all(|c| c.is_ascii_lowercase() || c == '-'))
        .filter(|literal| literal.contains('-') || english.contains_key(*literal))
        .collect();
    let missing: Vec<_> = asked.iter().filter(|id| !english.contains_key(**id)).collect();
    assert!(missing.is_empty(), "messages asked for by src/ui/strings.rs but not in locales/en/app.ftl: {missing:?}");
    assert!(asked.len() > 150, "the scan found only {} message ids", asked.len());
}

/// Every message id the report and the explanation ask for (a quoted lowercase `"id-with-dash"`
/// in their sources) is in the English catalog, so no report prints a bare id.
#[test]
fn every_message_the_report_asks_for_exists() {
    let english = messages(&catalog(0), "en");
    let sources = [
        include_str!("../../src/report/document.rs"),
        include_str!("../../src/report/mod.rs"),
        include_str!("../../src/report/registers.rs"),
        include_str!("../../src/report/texts.rs"),
        include_str!("../../src/scoring/explain.rs"),
        include_str!("../../src/pdf/mod.rs"),
    ];
    let asked: BTreeSet<&str> = sources
        .iter()
        .flat_map(|source| source.split('"').skip(1).step_by(2))
        .filter(|literal| literal.contains('-') && literal.chars().all(|c| c.is_ascii_lowercase() || c == '-'))
        .filter(|literal| !literal.starts_with('-') && !literal.ends_with('-'))
        .collect();
    let missing: Vec<_> = asked.iter().filter(|id| !english.contains_key(**id)).collect();
    assert!(missing.is_empty(), "messages asked for by the report but not in the English catalog: {missing:?}");
    assert!(asked.len() > 100, "the scan found only {} message ids", asked.len());
}

#[test]
fn plurals_and_numbers_follow_each_language() {
    let matches = |lang, count: usize| i18n::message(lang, "matches", &Args::new().with("count", count));
    assert_eq!(matches(Lang::En, 1), "1 criterion matches");
    assert_eq!(matches(Lang::En, 0), "0 criteria match");
    // French counts 0 as singular (CLDR).
    assert_eq!(matches(Lang::Fr, 0), "0 critère correspond");
    assert_eq!(matches(Lang::Fr, 2), "2 critères correspondent");
    assert!(!matches(Lang::Zh, 2).contains("criteria"));
    assert_eq!(i18n::percent(Lang::Fr, 49.44, 1), "49,4\u{202F}%");
    assert_eq!(i18n::percent(Lang::Zh, 49.44, 1), "49.4%");
    assert_eq!(i18n::percent(Lang::En, 49.44, 1), "49.4%");
}

/// The verdict's reasons come from the catalog, with its plural rules, in the report (English)
/// and in each language of the app.
#[test]
fn reasons_are_worded_by_the_catalog() {
    use certready::scoring::Reason;
    let questionnaire = crate::support::small_criteria();
    let one = Reason::Unanswered { count: 1 };
    assert_eq!(one.describe_for_report(&questionnaire), "1 applicable criterion is not answered yet");
    let section = Reason::SectionBelow { section: "site".into(), percent: 0.5, threshold: 0.6 };
    assert_eq!(
        section.describe_for_report(&questionnaire),
        "section “Site” scores 50.0 %, below the minimum of 60.0 %"
    );
    let french = section.describe(&questionnaire, Lang::Fr, "fr", |f| i18n::percent(Lang::Fr, f * 100.0, 1));
    assert!(french.contains("«\u{202F}Site\u{202F}»") && french.contains("50,0\u{202F}%"), "{french}");
}
