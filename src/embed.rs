//! Embed mode (`embed=1`): only the chosen map or chart, a compact caption
//! with the source and a link back; the page reports its height to the
//! parent window so an iframe can size itself.

use crate::i18n::texts;
use crate::map::MapView;
use crate::state::{use_app, use_lang, AppState};
use atlas_core::ViewState;
use leptos::prelude::*;
use wasm_bindgen::JsValue;

/// Message type posted to the parent: `{type: "shrinkage-atlas:height", height}`.
pub const HEIGHT_MESSAGE: &str = "shrinkage-atlas:height";

#[component]
pub fn EmbedFrame() -> impl IntoView {
    let state = use_app();
    let lang = use_lang();
    let link_back = move || AppState::link(&ViewState { embed: false, ..state.snapshot() });
    let root = NodeRef::<leptos::html::Div>::new();
    // Report the height after every render and on resize.
    Effect::new(move |_| {
        let _ = state.snapshot();
        if let Some(el) = root.get() {
            post_height(el.scroll_height());
        }
    });
    let handle = window_event_listener(leptos::ev::resize, move |_| {
        if let Some(el) = root.get_untracked() {
            post_height(el.scroll_height());
        }
    });
    on_cleanup(move || handle.remove());
    view! {
        <div class="embed" node_ref=root>
            <MapView />
            <p class="embed-caption">
                {move || texts(lang.get()).source_short}
                " · "
                <a href=link_back target="_blank" rel="noopener">{move || texts(lang.get()).open_in_atlas}</a>
            </p>
        </div>
    }
}

fn post_height(height: i32) {
    let Some(window) = web_sys::window() else { return };
    let Ok(Some(parent)) = window.parent() else { return };
    let message = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&message, &"type".into(), &HEIGHT_MESSAGE.into());
    let _ = js_sys::Reflect::set(&message, &"height".into(), &JsValue::from(height));
    let _ = parent.post_message(&message, "*");
}
