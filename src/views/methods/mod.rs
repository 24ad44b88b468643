//! Methods and sources: the shrinkage measures (definitions, directions,
//! weights the reader can change, formulas), the model (feedback loop,
//! levers, assumptions), the challenge rules, limitations, every data source
//! with its licence and citation, and how to cite the atlas. Everything is
//! generated from the same definitions the code computes with.

mod backtest;
mod weights;

use crate::components::feedback_diagram::FeedbackDiagram;
use crate::data::use_data;
use crate::i18n::methods::methods_texts;
use crate::i18n::texts;
use crate::state::{use_app, use_lang};
use atlas_core::measures::methods::{sections, Section};
use atlas_core::model::{feedback, ASSUMPTIONS, LEVERS};
use atlas_core::url_state::View;
use leptos::prelude::*;

#[component]
pub fn MethodsView() -> impl IntoView {
    let lang = use_lang();
    view! {
        <section class="methods-view prose">
            <h2>{move || crate::i18n::view_name(atlas_core::url_state::View::Methods, lang.get())}</h2>
            <nav class="toc" aria-label=move || methods_texts(lang.get()).contents>
                <a href="#measures">{move || methods_texts(lang.get()).measures_heading}</a>
                <a href="#weights">{move || methods_texts(lang.get()).weights_heading}</a>
                <a href="#model">{move || methods_texts(lang.get()).model_heading}</a>
                <a href="#backtest">{move || texts(lang.get()).backtest_heading}</a>
                <a href="#limitations">{move || methods_texts(lang.get()).limitations_heading}</a>
                <a href="#sources">{move || texts(lang.get()).sources}</a>
            </nav>
            <p>{move || texts(lang.get()).scenario_not_forecast}</p>
            <MeasuresMethods />
            <weights::WeightEditor />
            <ModelMethods />
            <backtest::BacktestSection />
            <Limitations />
            <SourceList />
            <h3>{move || texts(lang.get()).cite_atlas_heading}</h3>
            <p class="citation">{move || texts(lang.get()).cite_atlas}</p>
        </section>
    }
}

fn section_view(s: Section) -> impl IntoView {
    let label = s.heading.clone();
    let table = s.table.map(|t| {
        view! {
            <div class="table-scroll" tabindex="0" role="region" aria-label=label>
                <table class="data-table methods-table">
                    <thead><tr>{t.header.into_iter().map(|h| view! { <th scope="col">{h}</th> }).collect_view()}</tr></thead>
                    <tbody>
                        {t.rows.into_iter().map(|r| view! { <tr>{r.into_iter().map(|c| view! { <td>{c}</td> }).collect_view()}</tr> }).collect_view()}
                    </tbody>
                </table>
            </div>
        }
    });
    view! {
        <h4>{s.heading}</h4>
        {s.paragraphs.into_iter().map(|p| view! { <p>{p}</p> }).collect_view()}
        {table}
        {s.notes.into_iter().map(|n| view! { <p class="note">{n}</p> }).collect_view()}
    }
}

/// Definitions, directions, weights and formulas of the shrinkage measures.
#[component]
fn MeasuresMethods() -> impl IntoView {
    let lang = use_lang();
    let body = move || {
        let lang = lang.get();
        match use_data().measures() {
            Some(m) => sections(lang, &[&m.prefecture, &m.county]).into_iter().map(section_view).collect_view().into_any(),
            None => view! { <p class="loading inline" role="status"><span class="spinner"></span>{texts(lang).loading}</p> }.into_any(),
        }
    };
    view! {
        <h3 id="measures">{move || methods_texts(lang.get()).measures_heading}</h3>
        <p>{move || texts(lang.get()).class_note}</p>
        {body}
        <ChallengeRules />
    }
}

/// How the "challenges" of a place profile are decided.
#[component]
fn ChallengeRules() -> impl IntoView {
    let lang = use_lang();
    view! {
        <h4>{move || methods_texts(lang.get()).challenge_rules_heading}</h4>
        <ul>
            {move || atlas_core::profile::rules(lang.get()).into_iter().map(|(_, rule)| view! { <li>{rule}</li> }).collect_view()}
        </ul>
    }
}

/// A scrollable, labelled table of the methods page (levers, assumptions).
fn methods_table(
    label: impl Fn() -> &'static str + Send + Sync + 'static,
    columns: impl Fn() -> Vec<&'static str> + Send + Sync + 'static,
    body: impl IntoView + 'static,
) -> impl IntoView {
    let head = move || {
        columns()
            .into_iter()
            .map(|c| view! { <th scope="col">{c}</th> })
            .collect_view()
    };
    view! {
        <div class="table-scroll" tabindex="0" role="region" aria-label=label>
            <table class="data-table methods-table">
                <thead>
                    <tr>{head}</tr>
                </thead>
                <tbody>{body}</tbody>
            </table>
        </div>
    }
}

/// The scenario model: the feedback loop, the levers with the paper's
/// figures, the assumptions with their ranges and reasons.
#[component]
fn ModelMethods() -> impl IntoView {
    let lang = use_lang();
    let levers = move || {
        let lang = lang.get();
        LEVERS
            .iter()
            .map(|l| {
                let paper = l
                    .paper
                    .map(|p| format!("“{}”（{}）", p.quote_zh, p.section))
                    .unwrap_or_else(|| "–".into());
                view! {
                    <tr>
                        <th scope="row">{l.name(lang)}</th>
                        <td>{l.family.name(lang)}</td>
                        <td>{format!("{} – {} {}", l.min, l.max, l.unit(lang))}</td>
                        <td>{format!("{}", l.on_value)}</td>
                        <td class="wrap">{l.effect(lang)}</td>
                        <td class="wrap">{paper}</td>
                    </tr>
                }
            })
            .collect_view()
    };
    let assumptions = move || {
        let lang = lang.get();
        ASSUMPTIONS
            .iter()
            .map(|a| {
                let basis = a.basis.label(lang);
                view! {
                    <tr>
                        <th scope="row">{a.name(lang)}</th>
                        <td>{format!("{} / {} / {} {}", a.low, a.central, a.high, a.unit(lang))}</td>
                        <td>{basis}</td>
                        <td class="wrap">{a.why(lang)}</td>
                    </tr>
                }
            })
            .collect_view()
    };
    view! {
        <h3 id="model">{move || methods_texts(lang.get()).model_heading}</h3>
        <p>{move || methods_texts(lang.get()).model_intro}</p>
        <h4>{move || methods_texts(lang.get()).feedback_heading}</h4>
        <FeedbackDiagram />
        <p>{move || feedback::summary(lang.get())}</p>
        <h4>{move || methods_texts(lang.get()).levers_heading}</h4>
        {methods_table(move || methods_texts(lang.get()).levers_heading, move || methods_texts(lang.get()).lever_columns.to_vec(), levers)}
        <h4>{move || methods_texts(lang.get()).assumptions_heading}</h4>
        {methods_table(move || methods_texts(lang.get()).assumptions_label, move || methods_texts(lang.get()).assumption_columns.to_vec(), assumptions)}
    }
}

#[component]
fn Limitations() -> impl IntoView {
    let lang = use_lang();
    view! {
        <h3 id="limitations">{move || methods_texts(lang.get()).limitations_heading}</h3>
        <ul>
            {move || methods_texts(lang.get()).limitations.iter().map(|l| view! { <li>{*l}</li> }).collect_view()}
        </ul>
    }
}

/// Every source of the bundle with licence, citation and a link to the
/// exact commit it was taken from.
#[component]
pub fn SourceList() -> impl IntoView {
    let data = use_data();
    let lang = use_lang();
    let items = data
        .bundle
        .sources
        .iter()
        .map(|s| {
            let link = format!("{}/tree/{}", s.repository, s.commit);
            view! {
                <li>
                    <a href=link>{s.title.clone()}</a>
                    <br />
                    <span class="licence">{s.licence.clone()}</span>
                    " · "
                    <cite>{s.citation.clone()}</cite>
                </li>
            }
        })
        .collect_view();
    view! {
        <h3 id="sources">{move || texts(lang.get()).sources}</h3>
        <p>{move || texts(lang.get()).source_line}</p>
        <ul class="source-list">{items}</ul>
        <p class="note">{move || methods_texts(lang.get()).colours_note}</p>
    }
}

/// The footer on every view: the short source line, one click from the full
/// list.
#[component]
pub fn SourcesFooter() -> impl IntoView {
    let state = use_app();
    let lang = use_lang();
    view! {
        <footer class="sources">
            <p>
                {move || texts(lang.get()).source_short}
                " · "
                <a href="./?view=methods#sources" on:click=move |ev| {
                    ev.prevent_default();
                    state.view.set(View::Methods);
                }>{move || texts(lang.get()).sources}</a>
            </p>
        </footer>
    }
}
