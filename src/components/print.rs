//! The printable brief: a button that prints the page, and what only the
//! printed page shows (the page's link and the sources with their
//! licences). The print stylesheet (`/* print brief */` in style.css) hides
//! navigation, pickers, buttons and downloads.

use crate::data::use_data;
use crate::i18n::compare::compare_texts;
use crate::state::{use_app, use_lang};
use crate::url::page_url;
use leptos::prelude::*;

/// The "print brief" button (not printed itself).
#[component]
pub fn PrintButton() -> impl IntoView {
    let lang = use_lang();
    let print = |_| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    };
    view! {
        <button class="print-button no-print" on:click=print>
            {move || compare_texts(lang.get()).print}
        </button>
    }
}

/// What the printed brief ends with: the page's link and the sources.
#[component]
pub fn PrintFooter() -> impl IntoView {
    let state = use_app();
    let lang = use_lang();
    let url = move || page_url(&state.snapshot().to_query());
    let sources = use_data()
        .bundle
        .sources
        .iter()
        .map(|s| view! { <li>{s.title.clone()} " (" {s.licence.clone()} ")"</li> })
        .collect_view();
    view! {
        <aside class="print-only print-footer">
            <p>
                {move || compare_texts(lang.get()).printed_from}
                <span data-print-url="">{url}</span>
            </p>
            <p class="print-sources-title">{move || compare_texts(lang.get()).print_sources}</p>
            <ul class="print-sources">{sources}</ul>
        </aside>
    }
}
