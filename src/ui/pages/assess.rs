//! The walk-through: overall progress, undo and the file actions (export, import, PDF);
//! search, filters and "next unanswered"; section navigation with per-section progress; one
//! section's criteria at a time, or every criterion that matches the search and filter; and
//! the live scorecard.

use leptos::prelude::*;

use crate::i18n::{Lang, LANGUAGES};
use crate::model::{Questionnaire, Section};
use crate::report::TextFormat;
use crate::ui::browser;
use crate::ui::components::{
    criterion::{first_control_id, CriterionCard},
    notice::NoticeLine,
    scorecard::ScorecardPanel,
    subject::SubjectForm,
};
use crate::ui::pdf_worker::{self, Failure};
use crate::ui::saved;
use crate::ui::state::{AppState, Notice};
use crate::ui::strings;
use crate::worker::protocol::{Job, Reply};
use crate::worklist::{self, Filter};

#[component]
pub fn AssessPage() -> impl IntoView {
    let state = expect_context::<AppState>();
    let Some(questionnaire) = state.questionnaire.get_untracked() else { return ().into_any() };
    let lang = strings::criteria_language(&questionnaire);
    let title = questionnaire.title.get(&lang).to_owned();
    let name = state.open_id.get_untracked().map(|id| saved::name_of(&id, Some(&state.assessment.get_untracked())));
    let version = strings::version_line(&questionnaire.id, &questionnaire.version);
    browser::focus_soon("assessment-title".to_owned());
    // The PDF engine is fetched and started (in its own thread) once the walk-through is on
    // screen, so that the first report does not wait for it (about 0.8 s on the development
    // machine); the offline cache fetches it on a first visit anyway.
    browser::after_next_paint(pdf_worker::warm_up);

    let completeness = move || state.scorecard.with(|card| card.as_ref().map(|c| c.completeness));
    let progress_text = move || {
        completeness().map(|c| strings::answered_of(c.answered + c.na, c.applicable, &strings::percent(c.fraction())))
    };

    let import = move |ev: leptos::ev::Event| {
        let Some(file) = browser::picked_file(&ev) else { return };
        leptos::task::spawn_local(async move {
            match browser::read_file(&file).await {
                Ok(bytes) => state.import(&file.name(), &bytes),
                Err(problem) => state.notice.set(Some(Notice::Problem(strings::read_failed(&file.name(), &problem)))),
            }
        });
    };
    let generating = RwSignal::new(false);
    // The report's languages: its words (the app's language to start with), and optionally a
    // second language for the criteria texts.
    let report_language = RwSignal::new(strings::lang().code().to_owned());
    let second_language = RwSignal::new(String::new());
    let choice = ReportChoice { generating, report_language, second_language };
    let make_pdf = move |_| choice.download(state, None);
    let undo_label = move || state.history.with(|h| h.last().map(|c| c.label.clone()));

    view! {
        <header class="topbar">
            <div class="titles">
                <h1 id="assessment-title" tabindex="-1">{name.unwrap_or_else(|| title.clone())}</h1>
                <p class="muted">{title.clone()} " · " {version}</p>
            </div>
            <nav class="actions" aria-label=strings::file_actions()>
                <button
                    id="undo"
                    disabled=move || undo_label().is_none()
                    title=move || undo_label().map_or(strings::nothing_to_undo(), |l| strings::undo_what(&l))
                    aria-label=move || undo_label().map_or(strings::nothing_to_undo(), |l| strings::undo_what(&l))
                    on:click=move |_| state.undo()
                >
                    {strings::undo()}
                </button>
                <button id="export" on:click=move |_| state.export()>{strings::export_yaml()}</button>
                <input id="import" class="visually-hidden" type="file" accept=".yaml,.yml" on:change=import/>
                <label class="button" for="import">{strings::import_yaml()}</label>
                <button
                    id="pdf"
                    class="primary"
                    on:click=make_pdf
                    on:pointerenter=|_| pdf_worker::warm_up()
                    on:focus=|_| pdf_worker::warm_up()
                    disabled=move || generating.get()
                >
                    {strings::download_pdf()}
                </button>
                <Show when=move || generating.get()>
                    <button id="pdf-cancel" on:click=|_| pdf_worker::cancel()>{strings::cancel_pdf()}</button>
                </Show>
                <button id="home" on:click=move |_| state.close()>{strings::all_assessments()}</button>
            </nav>
            <div class="overall-progress">
                <label for="overall-progress">{strings::progress()}</label>
                <progress id="overall-progress" max="1" value=move || completeness().map_or(0.0, |c| c.fraction())></progress>
                <span id="completeness">{progress_text}</span>
            </div>
        </header>
        <ReportOptions questionnaire=questionnaire.clone() choice/>
        <NoticeLine/>
        <SubjectForm/>
        <Finder/>
        <div class="workspace">
            <SectionNav questionnaire=questionnaire.clone()/>
            <main class="section-view" id="main">
                {move || {
                    if state.filter.get() == Filter::All && state.search.with(|s| s.trim().is_empty()) {
                        view! { <SectionView/> }.into_any()
                    } else {
                        view! { <MatchList/> }.into_any()
                    }
                }}
            </main>
            <aside class="scorecard" aria-labelledby="score-title">
                <ScorecardPanel/>
            </aside>
        </div>
    }
    .into_any()
}

/// What the person chose for the report: its languages, and whether one is being made.
#[derive(Clone, Copy)]
struct ReportChoice {
    generating: RwSignal<bool>,
    /// The language of the report's words.
    report_language: RwSignal<String>,
    /// A second language for the criteria texts (a bilingual report), or empty.
    second_language: RwSignal<String>,
}

impl ReportChoice {
    fn languages(self) -> Vec<String> {
        let first = self.report_language.get_untracked();
        let second = Some(self.second_language.get_untracked()).filter(|code| !code.is_empty() && *code != first);
        std::iter::once(first).chain(second).collect()
    }

    /// Makes the report (the PDF, or `format`) in the PDF worker and downloads it, progress
    /// and outcome in the notice line.
    fn download(self, state: AppState, format: Option<TextFormat>) {
        self.generating.set(true);
        state.notice.set(Some(Notice::Info(strings::generating_pdf_plain())));
        let languages = self.languages();
        leptos::task::spawn_local(async move {
            let result = generate_report(state, languages, format).await;
            self.generating.set(false);
            state.notice.set(Some(match result {
                Ok((name, uncovered)) if uncovered.is_empty() => Notice::Info(strings::downloaded(&name)),
                Ok((name, uncovered)) => Notice::Problem(strings::downloaded_with_uncovered(&name, &uncovered)),
                Err(Failure::Cancelled) => Notice::Info(strings::pdf_cancelled()),
                Err(Failure::Failed(problem)) => Notice::Problem(strings::pdf_failed(&problem)),
            }));
        });
    }
}

/// The report's languages (the language of its words, any of the app's, and optionally a second
/// language of the criteria file for a bilingual report) and its other formats: the printable
/// HTML, the gap register as CSV and the report's data as JSON, the same files the CLI writes.
#[component]
fn ReportOptions(questionnaire: std::sync::Arc<Questionnaire>, choice: ReportChoice) -> impl IntoView {
    let own_name =
        |code: &str| Lang::from_code(code).map_or_else(|| code.to_owned(), |lang| lang.own_name().to_owned());
    let first = choice.report_language.get_untracked();
    let state = expect_context::<AppState>();
    let export = move |format: TextFormat| move |_| choice.download(state, Some(format));
    let busy = move || choice.generating.get();
    view! {
        <details id="pdf-options" class="pdf-options">
            <summary>{strings::report_options()}</summary>
            <div class="pdf-options-fields">
                <label for="report-language">{strings::report_language()}</label>
                <select id="report-language" on:change=move |ev| choice.report_language.set(event_target_value(&ev))>
                    {LANGUAGES
                        .iter()
                        .map(|&(_, code, name, _)| view! { <option value=code lang=code selected={code == first}>{name}</option> })
                        .collect_view()}
                </select>
                <label for="report-second-language">{strings::report_second_language()}</label>
                <select id="report-second-language" on:change=move |ev| choice.second_language.set(event_target_value(&ev))>
                    <option value="" selected=true>{strings::report_no_second_language()}</option>
                    {questionnaire
                        .languages
                        .iter()
                        .map(|code| {
                            let name = own_name(code);
                            view! { <option value=code.clone() lang=code.clone()>{name}</option> }
                        })
                        .collect_view()}
                </select>
            </div>
            <div class="pdf-options-fields">
                <button id="export-html" on:click=export(TextFormat::Html) disabled=busy>{strings::export_html()}</button>
                <button id="export-csv" on:click=export(TextFormat::Csv) disabled=busy>{strings::export_csv()}</button>
                <button id="export-json" on:click=export(TextFormat::Json) disabled=busy>{strings::export_json()}</button>
            </div>
        </details>
    }
}

/// Search, filters and "next unanswered".
#[component]
fn Finder() -> impl IntoView {
    let state = expect_context::<AppState>();
    let filters = Filter::ALL
        .into_iter()
        .map(|filter| {
            view! {
                <button
                    id=format!("filter-{}", filter.name())
                    class="chip"
                    aria-pressed=move || (state.filter.get() == filter).to_string()
                    on:click=move |_| state.filter.set(filter)
                >
                    {strings::filter_label(filter)}
                </button>
            }
        })
        .collect_view();
    view! {
        <div class="finder" role="search">
            <label class="field search" for="search">
                {strings::search()}
                <input
                    id="search"
                    type="search"
                    placeholder=strings::search_hint()
                    prop:value=move || state.search.get()
                    on:input=move |ev| state.search.set(event_target_value(&ev))
                />
            </label>
            <div class="filters" role="group" aria-label=strings::show()>{filters}</div>
            <button id="next-unanswered" on:click=move |_| go_to_next_open(state)>{strings::next_unanswered()}</button>
        </div>
    }
}

/// Shows the next criterion still to answer in its section and puts the focus on it.
fn go_to_next_open(state: AppState) {
    let (Some(questionnaire), Some(card)) = (state.questionnaire.get_untracked(), state.scorecard.get_untracked())
    else {
        return;
    };
    let Some(index) = worklist::next_open(&card, state.last_visited.get_untracked()) else {
        state.notice.set(Some(Notice::Info(strings::all_done())));
        return;
    };
    let criterion = &questionnaire.criteria[index];
    state.last_visited.set(Some(index));
    state.filter.set(Filter::All);
    state.search.set(String::new());
    if let Some(section) = questionnaire.sections.iter().position(|s| s.id == criterion.top_section) {
        state.section.set(section);
    }
    browser::focus_soon(first_control_id(&questionnaire, index));
}

/// The top-level sections with their progress; the current one is marked.
#[component]
fn SectionNav(questionnaire: std::sync::Arc<Questionnaire>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = strings::criteria_language(&questionnaire);
    let links = questionnaire
        .sections
        .iter()
        .enumerate()
        .map(|(index, section)| {
            let id = section.id.clone();
            let progress = move || {
                state.scorecard.with(|card| {
                    card.as_ref().and_then(|card| card.section(&id)).map_or(String::new(), |s| {
                        format!("{}/{}", s.completeness.answered + s.completeness.na, s.completeness.applicable)
                    })
                })
            };
            let current = move || state.section.get() == index && state.filter.get() == Filter::All;
            view! {
                <li>
                    <button
                        class="section-link"
                        id=format!("nav-{}", section.id)
                        class:current=current
                        aria-current=move || current().then_some("step")
                        on:click=move |_| {
                            state.filter.set(Filter::All);
                            state.search.set(String::new());
                            state.section.set(index);
                            browser::focus_soon("section-heading".to_owned());
                        }
                    >
                        <span>{section.title.get(&lang).to_owned()}</span>
                        <span class="progress">{progress}</span>
                    </button>
                </li>
            }
        })
        .collect_view();
    view! {
        <nav class="sections" aria-label=strings::sections()>
            <ol>{links}</ol>
        </nav>
    }
}

/// The current top-level section (with its sub-sections) and previous / next buttons.
#[component]
fn SectionView() -> impl IntoView {
    let state = expect_context::<AppState>();
    let Some(questionnaire) = state.questionnaire.get_untracked() else { return ().into_any() };
    let last = questionnaire.sections.len().saturating_sub(1);
    let step = move |forward: bool| {
        state.section.update(|s| *s = if forward { (*s + 1).min(last) } else { s.saturating_sub(1) });
        browser::focus_soon("section-heading".to_owned());
    };
    let body = move || {
        let index = state.section.get().min(last);
        let section = questionnaire.sections.get(index)?;
        let lang = &strings::criteria_language(&questionnaire);
        let mut blocks = Vec::new();
        collect_blocks(section, 0, &mut blocks);
        Some(
            blocks
                .into_iter()
                .map(|(depth, part)| {
                    let heading = part.title.get(lang).to_owned();
                    let description = part.description.as_ref().map(|d| d.get(lang).to_owned());
                    let cards = part.criteria.iter().map(|&index| view! { <CriterionCard index/> }).collect_view();
                    let heading = if depth == 0 {
                        view! { <h2 tabindex="-1" id="section-heading">{heading}</h2> }.into_any()
                    } else {
                        view! { <h3>{heading}</h3> }.into_any()
                    };
                    view! {
                        {heading}
                        {description.map(|d| view! { <p class="muted">{d}</p> })}
                        {cards}
                    }
                })
                .collect_view(),
        )
    };
    view! {
        <section>
            {body}
            <div class="pager">
                <button id="previous-section" disabled=move || { state.section.get() == 0 } on:click=move |_| step(false)>
                    {strings::previous_section()}
                </button>
                <button id="next-section" disabled=move || { state.section.get() >= last } on:click=move |_| step(true)>
                    {strings::next_section()}
                </button>
            </div>
        </section>
    }
    .into_any()
}

/// Every applicable criterion that matches the search and the filter, under its section's
/// title. The list is fixed when the filter or search changes (not on every answer), so a
/// criterion answered out of the "unanswered" filter stays in view until the filter changes.
#[component]
fn MatchList() -> impl IntoView {
    let state = expect_context::<AppState>();
    let Some(questionnaire) = state.questionnaire.get_untracked() else { return ().into_any() };
    let matches = Memo::new(move |_| {
        let (filter, search) = (state.filter.get(), state.search.get());
        let card = state.scorecard.get_untracked()?;
        Some(state.assessment.with_untracked(|a| worklist::matching(&questionnaire, a, &card, filter, &search)))
    });
    let questionnaire = state.questionnaire.get_untracked();
    view! {
        <section aria-labelledby="match-count">
            <h2 id="match-count" tabindex="-1">
                {move || matches.get().map_or(String::new(), |m| strings::matches(m.len()))}
            </h2>
            {move || {
                let found = matches.get().unwrap_or_default();
                let questionnaire = questionnaire.clone()?;
                if found.is_empty() {
                    return Some(view! {
                        <p class="muted" id="no-match">{strings::no_match()}</p>
                        <button id="clear-filters" on:click=move |_| {
                            state.filter.set(Filter::All);
                            state.search.set(String::new());
                        }>{strings::clear_filters()}</button>
                    }.into_any());
                }
                let lang = strings::criteria_language(&questionnaire);
                let mut current_section = None;
                Some(found
                    .into_iter()
                    .map(|index| {
                        let top = &questionnaire.criteria[index].top_section;
                        let heading = (current_section.as_ref() != Some(top)).then(|| {
                            current_section = Some(top.clone());
                            let title = questionnaire.sections.iter().find(|s| &s.id == top).map(|s| s.title.get(&lang).to_owned());
                            view! { <h3>{title}</h3> }
                        });
                        view! { {heading} <CriterionCard index/> }
                    })
                    .collect_view()
                    .into_any())
            }}
        </section>
    }
    .into_any()
}

/// The section and its descendants, depth first.
fn collect_blocks<'a>(section: &'a Section, depth: usize, out: &mut Vec<(usize, &'a Section)>) {
    out.push((depth, section));
    for child in &section.sections {
        collect_blocks(child, depth + 1, out);
    }
}

/// The report of the open assessment (the PDF, or `format`), made by the PDF worker from the
/// criteria file and the assessment's text (which the PDF attaches), progress shown as it goes,
/// the file to a download. Returns the file's name and the characters no font has (printed as a
/// replacement mark).
async fn generate_report(
    state: AppState,
    languages: Vec<String>,
    format: Option<TextFormat>,
) -> Result<(String, Vec<char>), Failure> {
    let failed = Failure::Failed;
    let questionnaire = state.questionnaire.get_untracked().ok_or(failed(strings::no_questionnaire()))?;
    let criteria = state
        .catalog
        .with_untracked(|offered| crate::ui::catalog::source_of(offered, &questionnaire))
        .ok_or(failed(strings::criteria_unavailable()))?;
    let assessment = state.assessment.get_untracked().to_yaml();
    let job = Job::Report { generated: browser::now().0, languages, format };
    let show = move |stage| state.notice.set(Some(Notice::Info(strings::generating_pdf(stage))));
    let (reply, payloads) = pdf_worker::run(&job, &[&criteria, assessment.as_bytes()], show).await?;
    match (reply, payloads.first()) {
        (Reply::Report { uncovered }, Some(bytes)) => {
            let (suffix, mime) = format.map_or(("-gap-report.pdf", "application/pdf"), |f| (f.file_suffix(), f.mime()));
            let name = format!("{}{suffix}", questionnaire.id);
            browser::download(bytes, &name, mime).map_err(failed)?;
            Ok((name, uncovered))
        }
        (Reply::Failed(problem), _) => Err(Failure::Failed(problem)),
        (other, _) => Err(Failure::Failed(strings::pdf_engine_stopped(&format!("{other:?}")))),
    }
}
