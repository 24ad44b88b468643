//! Reading and writing the view state in the address bar. Parsing itself is
//! in `atlas_core::url_state` (pure and tested natively); this module only
//! touches `window.location` and `history`.

use atlas_core::{Notice, ViewState};

/// The view state of the current URL, with notices for what was ignored.
pub fn read() -> (ViewState, Vec<Notice>) {
    let search = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default();
    ViewState::from_query(&search)
}

/// Replaces the query string with `state`'s canonical form, keeping the path
/// and the hash. `replaceState`, not `pushState`: moving around the map
/// should not fill the back button's history.
pub fn write(state: &ViewState) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let location = window.location();
    let path = location.pathname().unwrap_or_default();
    let hash = location.hash().unwrap_or_default();
    let query = state.to_query();
    let url = if query.is_empty() {
        format!("{path}{hash}")
    } else {
        format!("{path}?{query}{hash}")
    };
    let current = format!("{path}{}{hash}", location.search().unwrap_or_default());
    if url != current {
        if let Ok(history) = window.history() {
            let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
        }
    }
}

/// This page's address for `query` (the view state's), as the address bar
/// shows it once `write` has run: what the print brief and "copy link" give.
pub fn page_url(query: &str) -> String {
    let Some(location) = web_sys::window().map(|w| w.location()) else {
        return String::new();
    };
    let origin = location.origin().unwrap_or_default();
    let path = location.pathname().unwrap_or_default();
    if query.is_empty() {
        format!("{origin}{path}")
    } else {
        format!("{origin}{path}?{query}")
    }
}
