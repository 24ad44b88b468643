//! "Copy embed code": an iframe snippet for the current view's map or chart,
//! with the few lines of script that let the iframe take the height the
//! atlas posts (`shrinkage-atlas:height`). The reader picks the chart (where
//! a view has several), the language and whether the pickers show, and sees
//! the frame before copying it.

use super::share::{copy_text, flash};
use crate::embed::HEIGHT_MESSAGE;
use crate::i18n::embed::{embed_texts, language_name, LANGUAGES};
use crate::i18n::texts;
use crate::state::{use_app, use_lang, AppState};
use atlas_core::url_state::EmbedChart;
use atlas_core::{Lang, ViewState};
use leptos::prelude::*;

/// The embed of `state` showing `chart` in `lang`, `bare` without pickers.
fn embed_state(state: &ViewState, chart: EmbedChart, lang: Lang, bare: bool) -> ViewState {
    ViewState {
        embed: true,
        chart,
        lang,
        bare,
        ..state.clone()
    }
}

/// The snippet for an embed of `embed` (absolute address: it is pasted into
/// someone else's page).
pub fn snippet(embed: &ViewState, title: &str) -> String {
    let location = web_sys::window().map(|w| w.location());
    let origin = location
        .as_ref()
        .and_then(|l| l.origin().ok())
        .unwrap_or_default();
    let path = location
        .as_ref()
        .and_then(|l| l.pathname().ok())
        .unwrap_or_else(|| "/".into());
    let src = format!("{origin}{path}?{}", embed.to_query());
    let id = format!("shrinkage-atlas-{}", embed.chart.key());
    format!(
        "<iframe id=\"{id}\" src=\"{src}\" title=\"{title}\" width=\"100%\" height=\"560\" style=\"border:0\" loading=\"lazy\"></iframe>\n\
         <script>window.addEventListener('message',function(e){{var f=document.getElementById('{id}');\
         if(f&&e.source===f.contentWindow&&e.data&&e.data.type==='{HEIGHT_MESSAGE}'){{f.style.height=e.data.height+'px';}}}});</script>"
    )
}

fn chart_name(chart: EmbedChart, lang: Lang) -> &'static str {
    let i = EmbedChart::ALL
        .iter()
        .position(|c| *c == chart)
        .unwrap_or(0);
    embed_texts(lang).charts[i]
}

/// "Copy embed code": a closed panel whose contents are a chunk of the
/// WebAssembly (docs/size.md), fetched when a reader first opens it.
#[component]
pub fn EmbedCode(
    /// The charts the reader can pick; the first is chosen at first.
    charts: &'static [EmbedChart],
) -> impl IntoView {
    let lang = use_lang();
    let open = RwSignal::new(false);
    // Once opened the panel stays (closed, its choices kept).
    let panel = crate::views::chunk_once(move || open.get(), move || embed_panel(charts, open));
    view! {
        <details class="embed-code no-print">
            <summary on:click=move |_| open.update(|o| *o = !*o)>{move || texts(lang.get()).copy_embed}</summary>
            {panel}
        </details>
    }
}

#[cfg_attr(
    feature = "split",
    leptos::wasm_split::wasm_split(embed_code, wasm_split_path = ::leptos::wasm_split, fallible)
)]
fn embed_panel(charts: &'static [EmbedChart], open: RwSignal<bool>) -> crate::views::Loaded {
    Ok(view! { <EmbedPanel charts=charts open=open /> }.into_any())
}

/// The embed panel's options, code, copy button and preview.
#[component]
fn EmbedPanel(charts: &'static [EmbedChart], open: RwSignal<bool>) -> impl IntoView {
    let state = use_app();
    let lang = use_lang();
    let copied = RwSignal::new(false);
    let chart = RwSignal::new(charts[0]);
    let embed_lang = RwSignal::new(lang.get_untracked());
    let controls = RwSignal::new(true);
    let embed = move || {
        embed_state(
            &state.snapshot(),
            chart.get(),
            embed_lang.get(),
            !controls.get(),
        )
    };
    let title = move || {
        let l = embed_lang.get();
        format!("{} · {}", texts(l).title, chart_name(chart.get(), l))
    };
    let code = move || snippet(&embed(), &title());
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
    let chart_picker = (charts.len() > 1).then(|| {
        let pick = move |ev| {
            let key = event_target_value(&ev);
            if let Some(c) = charts.iter().find(|c| c.key() == key) {
                chart.set(*c);
            }
        };
        view! {
            <label>
                {move || embed_texts(lang.get()).chart_label} " "
                <select class="embed-chart" on:change=pick>
                    {charts.iter().map(|c| view! {
                        <option value=c.key() selected=move || chart.get() == *c>{move || chart_name(*c, lang.get())}</option>
                    }).collect_view()}
                </select>
            </label>
        }
    });
    let pick_lang = move |ev| {
        let key = event_target_value(&ev);
        if let Some(l) = LANGUAGES.iter().find(|l| l.key() == key) {
            embed_lang.set(*l);
        }
    };
    // The preview loads only while the panel is open.
    let preview = move || {
        open.get().then(|| {
            view! {
                <iframe class="embed-preview" src=move || AppState::link(&embed()) title=move || embed_texts(lang.get()).preview></iframe>
            }
        })
    };
    view! {
            <div class="embed-options">
                {chart_picker}
                <label>
                    {move || embed_texts(lang.get()).language_label} " "
                    <select class="embed-lang" on:change=pick_lang>
                        {LANGUAGES.iter().map(|l| view! {
                            <option value=l.key() selected=move || embed_lang.get() == *l>{language_name(*l)}</option>
                        }).collect_view()}
                    </select>
                </label>
                <label>
                    <input type="checkbox" class="embed-controls" prop:checked=controls on:change=move |_| controls.update(|c| *c = !*c) />
                    " " {move || embed_texts(lang.get()).controls_label}
                </label>
            </div>
            <textarea readonly rows="4" aria-label=move || texts(lang.get()).copy_embed prop:value=code></textarea>
            <button class="small" on:click=copy>
                {move || if copied.get() { texts(lang.get()).copied } else { texts(lang.get()).copy_embed }}
            </button>
            {preview}
    }
}
