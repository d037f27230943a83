//! The walk-through: section navigation with progress, one section's criteria at a time, the
//! live scorecard, and the file actions (export, import, PDF).

use leptos::prelude::*;

use crate::model::Section;
use crate::report;
use crate::ui::browser;
use crate::ui::components::{
    criterion::CriterionCard, notice::NoticeLine, scorecard::ScorecardPanel, subject::SubjectForm,
};
use crate::ui::state::{AppState, Notice};

#[component]
pub fn AssessPage() -> impl IntoView {
    let state = expect_context::<AppState>();
    let Some(questionnaire) = state.questionnaire.get_untracked() else { return ().into_any() };
    let lang = questionnaire.languages[0].clone();
    let title = questionnaire.title.get(&lang).to_owned();
    let version = format!("{} · version {}", questionnaire.id, questionnaire.version);
    let section_count = questionnaire.sections.len();

    let nav = {
        let questionnaire = questionnaire.clone();
        let lang = lang.clone();
        questionnaire
            .sections
            .iter()
            .enumerate()
            .map(|(index, section)| {
                let label = section.title.get(&lang).to_owned();
                let id = section.id.clone();
                let progress = move || {
                    state.scorecard.with(|card| {
                        card.as_ref().and_then(|card| card.section(&id)).map_or(String::new(), |s| {
                            format!("{}/{}", s.completeness.answered + s.completeness.na, s.completeness.applicable)
                        })
                    })
                };
                view! {
                    <li>
                        <button
                            class="section-link"
                            id=format!("nav-{}", section.id)
                            class:current=move || state.section.get() == index
                            aria-current=move || (state.section.get() == index).then_some("step")
                            on:click=move |_| state.section.set(index)
                        >
                            <span>{label}</span>
                            <span class="progress">{progress}</span>
                        </button>
                    </li>
                }
            })
            .collect_view()
    };

    let current_section = {
        let questionnaire = questionnaire.clone();
        move || {
            let index = state.section.get().min(section_count.saturating_sub(1));
            questionnaire.sections.get(index).map(|section| view! { <SectionView section=section.clone()/> })
        }
    };

    let export = move |_| {
        let (text, name) =
            state.assessment.with_untracked(|a| (a.to_yaml(), format!("{}-assessment.yaml", a.questionnaire.id)));
        match browser::download(text.as_bytes(), &name, "application/yaml") {
            Ok(()) => state.notice.set(Some(Notice::Info(format!("Exported {name}.")))),
            Err(problem) => state.notice.set(Some(Notice::Problem(format!("Export failed: {problem}")))),
        }
    };

    let import = move |ev: leptos::ev::Event| {
        let Some(file) = browser::picked_file(&ev) else { return };
        leptos::task::spawn_local(async move {
            match browser::read_file(&file).await {
                Ok(bytes) => state.import(&file.name(), &bytes),
                Err(problem) => {
                    state.notice.set(Some(Notice::Problem(format!("Could not read {}: {problem}", file.name()))))
                }
            }
        });
    };

    let generating = RwSignal::new(false);
    let make_pdf = move |_| {
        generating.set(true);
        state.notice.set(Some(Notice::Info("Generating the PDF report…".into())));
        leptos::task::spawn_local(async move {
            let result = generate_pdf(state).await;
            generating.set(false);
            state.notice.set(Some(match result {
                Ok(name) => Notice::Info(format!("Downloaded {name}.")),
                Err(problem) => Notice::Problem(format!("The PDF could not be generated: {problem}")),
            }));
        });
    };

    view! {
        <header class="topbar">
            <div>
                <h1>{title}</h1>
                <p class="muted">{version}</p>
            </div>
            <nav class="actions" aria-label="Assessment file">
                <button id="export" on:click=export>"Export answers (YAML)"</button>
                <label class="button" for="import">"Import answers…"</label>
                <input id="import" class="visually-hidden" type="file" accept=".yaml,.yml" on:change=import/>
                <button id="pdf" class="primary" on:click=make_pdf disabled=move || generating.get()>
                    "Download PDF report"
                </button>
                <button id="home" on:click=move |_| state.questionnaire.set(None)>"All questionnaires"</button>
            </nav>
        </header>
        <NoticeLine/>
        <SubjectForm/>
        <div class="workspace">
            <nav class="sections" aria-label="Sections">
                <ol>{nav}</ol>
            </nav>
            <main class="section-view">{current_section}</main>
            <aside class="scorecard" aria-label="Live score">
                <ScorecardPanel/>
            </aside>
        </div>
    }
    .into_any()
}

/// One top-level section (with its sub-sections) and previous / next buttons.
#[component]
fn SectionView(section: Section) -> impl IntoView {
    let state = expect_context::<AppState>();
    let Some(questionnaire) = state.questionnaire.get_untracked() else { return ().into_any() };
    let lang = questionnaire.languages[0].clone();
    let mut blocks = Vec::new();
    collect_blocks(&section, 0, &mut blocks);
    let last = questionnaire.sections.len().saturating_sub(1);
    let at_last = move || state.section.get() >= last;
    let next = move |_| state.section.update(|s| *s = (*s + 1).min(last));
    let body = blocks
        .into_iter()
        .map(|(depth, part)| {
            let heading = part.title.get(&lang).to_owned();
            let description = part.description.as_ref().map(|d| d.get(&lang).to_owned());
            let cards = part.criteria.iter().map(|&index| view! { <CriterionCard index=index/> }).collect_view();
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
        .collect_view();
    view! {
        <section>
            {body}
            <div class="pager">
                <button
                    id="previous-section"
                    disabled=move || state.section.get() == 0
                    on:click=move |_| state.section.update(|s| *s = s.saturating_sub(1))
                >
                    "← Previous section"
                </button>
                <button
                    id="next-section"
                    disabled=at_last
                    on:click=next
                >
                    "Next section →"
                </button>
            </div>
        </section>
    }
    .into_any()
}

/// The section and its descendants, depth first.
fn collect_blocks(section: &Section, depth: usize, out: &mut Vec<(usize, Section)>) {
    out.push((depth, section.clone()));
    for child in &section.sections {
        collect_blocks(child, depth + 1, out);
    }
}

/// Fonts from the app's own files, the report from the core, the bytes to a download.
async fn generate_pdf(state: AppState) -> Result<String, String> {
    let questionnaire = state.questionnaire.get_untracked().ok_or("no questionnaire is open")?;
    let regular = browser::fetch_bytes("fonts/NotoSans-Regular.ttf").await?;
    let bold = browser::fetch_bytes("fonts/NotoSans-Bold.ttf").await?;
    let assessment = state.assessment.get_untracked();
    let card = crate::scoring::score(&questionnaire, &assessment);
    let report = report::build(&questionnaire, &assessment, &card, browser::now());
    let bytes = crate::pdf::render(&report, &crate::pdf::Fonts { regular, bold }).map_err(|e| e.to_string())?;
    let name = format!("{}-gap-report.pdf", questionnaire.id);
    browser::download(&bytes, &name, "application/pdf")?;
    Ok(name)
}
