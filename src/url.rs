//! Reading and writing the view state in the address bar. Parsing itself is
//! in `atlas_core::url_state` (pure and tested natively); this module only
//! touches `window.location` and `history`.

use crate::clock::now_ms;
use atlas_core::{Notice, ViewState};

/// The view state of the current URL, with notices for what was ignored.
pub fn read() -> (ViewState, Vec<Notice>) {
    let search = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default();
    ViewState::from_query(&search)
}

/// Shortest time between two address changes. `replaceState` costs about
/// 1.5 ms in Chrome (the profile of a slider drag in the lab showed it on
/// every move), so a burst of changes writes the first at once and the
/// latest when the burst is over; the view itself never waits for it.
const WRITE_EVERY_MS: f64 = 250.0;

thread_local! {
    /// When the address was last written, and the state still to write.
    static WRITER: std::cell::RefCell<(f64, Option<ViewState>)> = const { std::cell::RefCell::new((f64::NEG_INFINITY, None)) };
}

/// Puts `state` in the address: now, or if the address changed less than
/// [`WRITE_EVERY_MS`] ago, at the end of that interval (only the latest
/// state of a burst is written).
pub fn write(state: &ViewState) {
    let now = now_ms();
    // Some(wait): write later (if no write is scheduled yet); None: now.
    let later = WRITER.with(|w| {
        let mut w = w.borrow_mut();
        let since = now - w.0;
        if since >= WRITE_EVERY_MS && w.1.is_none() {
            w.0 = now;
            return None;
        }
        let scheduled = w.1.replace(state.clone()).is_some();
        Some((!scheduled).then_some(WRITE_EVERY_MS - since.max(0.0)))
    });
    match later {
        None => replace(state),
        Some(Some(ms)) => leptos::prelude::set_timeout(
            || {
                let pending = WRITER.with(|w| {
                    let mut w = w.borrow_mut();
                    w.0 = now_ms();
                    w.1.take()
                });
                if let Some(state) = pending {
                    replace(&state);
                }
            },
            std::time::Duration::from_millis(ms.ceil() as u64),
        ),
        Some(None) => {}
    }
}

/// Replaces the query string with `state`'s canonical form, keeping the path
/// and the hash. `replaceState`, not `pushState`: moving around the map
/// should not fill the back button's history.
fn replace(state: &ViewState) {
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
