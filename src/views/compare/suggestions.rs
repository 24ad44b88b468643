//! Without a second place: ask for one, and suggest the places most like
//! the first.

use crate::components::loading::Loading;
use crate::data::use_data;
use crate::i18n::compare::compare_texts;
use crate::state::{use_app, use_lang};
use crate::units::display_name;
use atlas_core::profile::compare::suggestions;
use leptos::prelude::*;

/// How many places to suggest.
const SUGGESTED: usize = 6;

#[component]
pub(super) fn Suggestions(a: u32) -> impl IntoView {
    let state = use_app();
    let lang = use_lang();
    let list = move || {
        let lang = lang.get();
        let data = use_data();
        let Some(unit) = data.bundle.unit(a) else {
            return ().into_any();
        };
        let level = unit.level;
        let Some(measures) = data.measures() else {
            return view! { <Loading inline=true /> }.into_any();
        };
        let similar = measures
            .at(level)
            .unit(a)
            .map(|m| suggestions(a, &m.similar, SUGGESTED))
            .unwrap_or_default();
        let items = similar
            .into_iter()
            .filter_map(|code| data.bundle.unit_at(level, code))
            .map(|u| {
                let code = u.code;
                let name = display_name(u, lang);
                view! {
                    <li>
                        <button class="link-button" data-code=code.to_string() on:click=move |_| state.with.set(Some(code))>
                            {name}
                        </button>
                    </li>
                }
            })
            .collect_view();
        view! { <ul class="similar-list suggestions">{items}</ul> }.into_any()
    };
    view! {
        <section class="compare-suggestions">
            <p class="intro">{move || compare_texts(lang.get()).pick_second}</p>
            <h3>{move || compare_texts(lang.get()).suggestions}</h3>
            {list}
        </section>
    }
}
