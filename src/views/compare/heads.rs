//! Both places' names, where they are, their headlines and residents.

use crate::i18n::compare::compare_texts;
use crate::state::{use_app, use_lang, AppState};
use crate::units::{context_line, display_name};
use atlas_core::format::grouped;
use atlas_core::profile;
use atlas_core::url_state::View;
use atlas_core::{Bundle, Unit, ViewState};
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub(super) fn Heads(a: Unit, b: Unit, bundle: Arc<Bundle>) -> impl IntoView {
    view! {
        <div class="compare-heads">
            <Head unit=a side="a" bundle=bundle.clone() />
            <Head unit=b side="b" bundle=bundle />
        </div>
    }
}

/// The link to a place's profile, in the current language.
fn profile_link(code: u32) -> String {
    let snapshot = use_app().snapshot();
    AppState::link(&ViewState {
        view: View::Place,
        unit: Some(code),
        with: None,
        ..snapshot
    })
}

#[component]
fn Head(unit: Unit, side: &'static str, bundle: Arc<Bundle>) -> impl IntoView {
    let state = use_app();
    let lang = use_lang();
    let code = unit.code;
    let u = unit.clone();
    let name = move || display_name(&u, lang.get());
    let u = unit.clone();
    let context = move || context_line(&u, &bundle, lang.get());
    let u = unit.clone();
    let headline = move || profile::headline(&u, &display_name(&u, lang.get()), lang.get());
    let pop = unit.y2020.pop;
    let residents = move || {
        pop.map(|p| {
            format!(
                "{}: {}",
                compare_texts(lang.get()).residents_2020,
                grouped(p)
            )
        })
    };
    let open = move |ev: web_sys::MouseEvent| {
        ev.prevent_default();
        state.open_place(code);
    };
    view! {
        <section class="compare-head" data-side=side data-unit=code.to_string()>
            <h3>
                <a href=move || profile_link(code) on:click=open>{name}</a>
            </h3>
            <p class="context">{context}</p>
            <p class="headline" data-field="headline">{headline}</p>
            <p class="compare-pop" data-field="pop" data-value=pop.map(|p| p.to_string())>{residents}</p>
        </section>
    }
}
