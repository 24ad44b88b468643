//! The map legend: the classes of the current indicator and the no-data
//! swatch, with a note on how the classes were made.

use super::scale::Classes;
use crate::i18n::texts;
use crate::state::use_lang;
use atlas_core::catalogue::Indicator;
use leptos::prelude::*;

#[component]
pub fn Legend(
    indicator: Signal<&'static Indicator>,
    classes: Memo<Classes>,
    caption: Signal<String>,
) -> impl IntoView {
    let lang = use_lang();
    let items = move || {
        let c = classes.get();
        let labels = c.labels(indicator.get(), lang.get());
        c.colours
            .iter()
            .zip(labels)
            .map(|(colour, label)| {
                view! {
                    <li>
                        <span class="swatch" style=format!("background:{colour}")></span>
                        {label}
                    </li>
                }
            })
            .collect_view()
    };
    let note = move || {
        let t = texts(lang.get());
        if classes.get().quantiles {
            t.legend_quantiles
        } else {
            t.legend_fixed
        }
    };
    view! {
        <div class="legend">
            <p class="legend-title">{move || caption.get()} <small>{move || format!(" ({})", note())}</small></p>
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
