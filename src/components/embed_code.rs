//! "Copy embed code": an iframe snippet for the current view's map or chart,
//! with the few lines of script that let the iframe take the height the
//! atlas posts (`shrinkage-atlas:height`).

use super::share::{copy_text, flash};
use crate::embed::HEIGHT_MESSAGE;
use crate::i18n::texts;
use crate::state::{use_app, use_lang};
use atlas_core::url_state::EmbedChart;
use atlas_core::ViewState;
use leptos::prelude::*;

/// The snippet for `state` shown as `chart`.
pub fn snippet(state: &ViewState, chart: EmbedChart, title: &str) -> String {
    let location = web_sys::window().map(|w| w.location());
    let origin = location
        .as_ref()
        .and_then(|l| l.origin().ok())
        .unwrap_or_default();
    let path = location
        .as_ref()
        .and_then(|l| l.pathname().ok())
        .unwrap_or_else(|| "/".into());
    let embed = ViewState {
        embed: true,
        chart,
        ..state.clone()
    };
    let src = format!("{origin}{path}?{}", embed.to_query());
    let id = format!("shrinkage-atlas-{}", chart.key());
    format!(
        "<iframe id=\"{id}\" src=\"{src}\" title=\"{title}\" width=\"100%\" height=\"560\" style=\"border:0\" loading=\"lazy\"></iframe>\n\
         <script>window.addEventListener('message',function(e){{var f=document.getElementById('{id}');\
         if(f&&e.source===f.contentWindow&&e.data&&e.data.type==='{HEIGHT_MESSAGE}'){{f.style.height=e.data.height+'px';}}}});</script>"
    )
}

#[component]
pub fn EmbedCode(chart: EmbedChart) -> impl IntoView {
    let state = use_app();
    let lang = use_lang();
    let copied = RwSignal::new(false);
    let code = move || snippet(&state.snapshot(), chart, texts(lang.get()).title);
    let copy = move |_| {
        copy_text(
            &code(),
            Box::new(move |ok| {
                if ok {
                    flash(copied);
                }
            }),
        )
    };
    view! {
        <details class="embed-code">
            <summary>{move || texts(lang.get()).copy_embed}</summary>
            <textarea readonly rows="4" aria-label=move || texts(lang.get()).copy_embed prop:value=code></textarea>
            <button class="small" on:click=copy>
                {move || if copied.get() { texts(lang.get()).copied } else { texts(lang.get()).copy_embed }}
            </button>
        </details>
    }
}
