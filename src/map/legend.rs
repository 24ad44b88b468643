//! The map legend: the six change classes and the no-data swatch.

use super::scale::{class_labels, CHANGE_PALETTE};
use crate::i18n::texts;
use atlas_core::Lang;
use leptos::prelude::*;

#[component]
pub fn Legend(lang: Signal<Lang>) -> impl IntoView {
    let items = CHANGE_PALETTE
        .iter()
        .zip(class_labels())
        .map(|(colour, label)| {
            view! {
                <li>
                    <span class="swatch" style=format!("background:{colour}")></span>
                    {label}
                </li>
            }
        })
        .collect_view();
    view! {
        <div class="legend">
            <p class="legend-title">
                {move || texts(lang.get()).legend_title}
                <small>{move || format!(" ({})", texts(lang.get()).legend_note)}</small>
            </p>
            <ul>
                {items}
                <li>
                    <span class="swatch swatch-no-data"></span>
                    {move || texts(lang.get()).no_data}
                </li>
            </ul>
        </div>
    }
}
