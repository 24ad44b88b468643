//! Embed mode (`embed=1`): only the chosen map or chart, a compact caption
//! with the source and a link back; the page reports its height to the
//! parent window so an iframe can size itself.

use crate::data::use_data;
use crate::i18n::texts;
use crate::map::MapView;
use crate::state::{use_app, use_lang, AppState};
use crate::units::display_name;
use crate::views::place::PyramidSection;
use crate::views::relate::RelateView;
use atlas_core::url_state::EmbedChart;
use atlas_core::ViewState;
use leptos::prelude::*;
use wasm_bindgen::prelude::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// Message type posted to the parent: `{type: "shrinkage-atlas:height", height}`.
pub const HEIGHT_MESSAGE: &str = "shrinkage-atlas:height";

#[component]
pub fn EmbedFrame() -> impl IntoView {
    let state = use_app();
    let lang = use_lang();
    let link_back = move || {
        // The full atlas has no use for the embed's chart choice.
        AppState::link(&ViewState {
            embed: false,
            chart: EmbedChart::default(),
            ..state.snapshot()
        })
    };
    let root = NodeRef::<leptos::html::Div>::new();
    // Report the height whenever the content's size changes (data arriving,
    // a chart drawn, the frame resized).
    Effect::new(move |_| {
        let Some(el) = root.get() else { return };
        let target: web_sys::Element = el.clone().into();
        let callback = Closure::<dyn FnMut()>::new(move || post_height(el.scroll_height()));
        if let Ok(observer) = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()) {
            observer.observe(&target);
        }
        // The observer lives as long as the page (an embed never unmounts).
        callback.forget();
    });
    view! {
        <div class="embed" node_ref=root>
            {move || chart_view(state)}
            <p class="embed-caption">
                // The scatter's own caption names the sources of its axes.
                {move || (state.chart.get() != EmbedChart::Relate).then(|| format!("{} · ", texts(lang.get()).source_short))}
                <a href=link_back target="_blank" rel="noopener">{move || texts(lang.get()).open_in_atlas}</a>
            </p>
        </div>
    }
}

fn post_height(height: i32) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(Some(parent)) = window.parent() else {
        return;
    };
    let message = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&message, &"type".into(), &HEIGHT_MESSAGE.into());
    let _ = js_sys::Reflect::set(&message, &"height".into(), &JsValue::from(height));
    let _ = parent.post_message(&message, "*");
}

/// The chart an embed shows (`chart=`): the map by default, a unit's
/// pyramid with `chart=pyramid&unit=<code>`, the strategy lab's scenario
/// chart and cost table with `chart=trend` (and the lab's `levers=`,
/// `compare=` and `unit=`), the relationships view's scatter with
/// `chart=relate` (and its `x=`, `y=`, `colour=`, `level=`, `year=`).
fn chart_view(state: AppState) -> AnyView {
    let data = use_data();
    let lang = use_lang();
    match (state.chart.get(), state.unit.get()) {
        (EmbedChart::Trend, _) => view! { <crate::lab::LabView compact=true /> }.into_any(),
        (EmbedChart::Relate, _) => view! { <RelateView compact=true /> }.into_any(),
        (EmbedChart::Pyramid, Some(code)) => {
            let unit = data
                .bundle
                .unit_at(state.level.get(), code)
                .or(data.bundle.unit(code))
                .cloned();
            match unit {
                Some(unit) => {
                    let level = unit.level;
                    view! {
                        <h2 class="embed-title">{move || display_name(&unit, lang.get())}</h2>
                        <PyramidSection code=code level=level />
                    }
                    .into_any()
                }
                None => view! { <MapView compact=true /> }.into_any(),
            }
        }
        _ => view! { <MapView compact=true /> }.into_any(),
    }
}
