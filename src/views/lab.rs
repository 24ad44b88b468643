//! The strategy lab (filled in with the policy model).

use crate::i18n::texts;
use crate::state::use_lang;
use leptos::prelude::*;

#[component]
pub fn LabView() -> impl IntoView {
    let lang = use_lang();
    view! {
        <section class="lab-view">
            <h2>{move || texts(lang.get()).views[2]}</h2>
            <p>{move || texts(lang.get()).scenario_not_forecast}</p>
        </section>
    }
}
