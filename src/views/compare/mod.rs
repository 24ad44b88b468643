//! Two places side by side (`view=compare&unit=A&with=B`): pickers for both
//! and a swap button, then both headlines, every profile figure with the
//! higher one marked, the 2015 economy, the shrinkage indices, the paper's three challenges
//! and the population pyramids overlaid. Without a second place: a picker
//! and the places most like the first. What is compared and which is higher
//! is decided in the core (`atlas_core::profile::compare`).

mod challenges;
mod figures;
mod heads;
mod pyramid;
mod suggestions;

use crate::components::loading::with_file;
use crate::components::print::{PrintButton, PrintFooter};
use crate::components::search::PlaceSearch;
use crate::data::use_data;
use crate::i18n::compare::{compare_texts, compare_title};
use crate::i18n::view_name;
use crate::state::{use_app, use_lang};
use crate::units::display_name;
use atlas_core::url_state::View;
use atlas_core::{Bundle, Unit};
use leptos::prelude::*;
use std::sync::Arc;

use challenges::ChallengesCompared;
use figures::{EconomyTable, FiguresTable, IndicesTable};
use heads::Heads;
use pyramid::PyramidsOverlaid;
use suggestions::Suggestions;

#[component]
pub fn CompareView() -> impl IntoView {
    let state = use_app();
    let lang = use_lang();
    let body = move || {
        let a = state.unit.get()?;
        Some(match state.with.get() {
            None => view! { <Suggestions a=a /> }.into_any(),
            Some(b) => with_file(
                use_data().full,
                |t| t.loading,
                false,
                move |full| {
                    let ua = full.unit(a)?.clone();
                    let ub = full.unit(b)?.clone();
                    Some(view! { <Comparison a=ua b=ub bundle=full /> })
                },
            )
            .into_any(),
        })
    };
    view! {
        <section class="view compare-view" data-view="compare">
            <h2 class="visually-hidden">{move || view_name(View::Compare, lang.get())}</h2>
            <Pickers />
            {move || state.unit.get().is_none().then(|| view! { <p class="intro">{compare_texts(lang.get()).intro}</p> })}
            {body}
        </section>
    }
}

/// A picker for each place and the swap button between them.
#[component]
fn Pickers() -> impl IntoView {
    let state = use_app();
    let lang = use_lang();
    let ct = move || compare_texts(lang.get());
    let pick_a = Callback::new(move |code: u32| state.unit.set(Some(code)));
    let pick_b = Callback::new(move |code: u32| state.with.set(Some(code)));
    let swap = move |_| {
        let (a, b) = (state.unit.get_untracked(), state.with.get_untracked());
        state.unit.set(b);
        state.with.set(a);
    };
    let can_swap = move || state.unit.get().is_some() && state.with.get().is_some();
    view! {
        <div class="compare-pickers no-print">
            <PlaceSearch on_pick=pick_a id="compare-a" label=Signal::derive(move || ct().first_place.to_string()) />
            <button
                class="swap-button"
                on:click=swap
                disabled=move || !can_swap()
                aria-label=move || ct().swap_label
            >
                {move || ct().swap}
            </button>
            <PlaceSearch on_pick=pick_b id="compare-b" label=Signal::derive(move || ct().second_place.to_string()) />
        </div>
    }
}

/// The comparison of two places (both from the full bundle).
#[component]
fn Comparison(a: Unit, b: Unit, bundle: Arc<Bundle>) -> impl IntoView {
    let lang = use_lang();
    let (na, nb) = (a.clone(), b.clone());
    let title = move || {
        let lang = lang.get();
        compare_title(&display_name(&na, lang), &display_name(&nb, lang), lang)
    };
    let (code_a, code_b) = (a.code.to_string(), b.code.to_string());
    view! {
        <article class="comparison" data-a=code_a data-b=code_b>
            <header class="comparison-header">
                <h2>{title}</h2>
                <PrintButton />
            </header>
            <Heads a=a.clone() b=b.clone() bundle=bundle.clone() />
            <FiguresTable a=a.clone() b=b.clone() />
            <EconomyTable a=a.clone() b=b.clone() />
            <IndicesTable a=a.clone() b=b.clone() />
            <ChallengesCompared a=a.clone() b=b.clone() bundle=bundle />
            <PyramidsOverlaid a=a b=b />
            <PrintFooter />
        </article>
    }
}
