//! Methods and sources: definitions, conventions, every data source with its
//! licence and citation, and how to cite the atlas.

use crate::data::use_data;
use crate::i18n::texts;
use crate::state::{use_app, use_lang};
use atlas_core::url_state::View;
use leptos::prelude::*;

#[component]
pub fn MethodsView() -> impl IntoView {
    let lang = use_lang();
    view! {
        <section class="methods-view prose">
            <h2>{move || texts(lang.get()).views[4]}</h2>
            <p>{move || texts(lang.get()).class_note}</p>
            <p>{move || texts(lang.get()).scenario_not_forecast}</p>
            <SourceList />
            <h3>{move || texts(lang.get()).cite_atlas_heading}</h3>
            <p class="citation">{move || texts(lang.get()).cite_atlas}</p>
        </section>
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
                <a href="./?view=methods" on:click=move |ev| {
                    ev.prevent_default();
                    state.view.set(View::Methods);
                }>{move || texts(lang.get()).sources}</a>
            </p>
        </footer>
    }
}
