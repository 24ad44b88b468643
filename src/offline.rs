//! Offline use: registers the service worker (`sw.js`, next to the page),
//! which caches the app and its data once loaded.

/// Registers `sw.js` where service workers exist (not in every embed or
/// test browser); failures only mean no offline use, so they are logged.
pub fn register_service_worker() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let navigator = window.navigator();
    if !js_sys::Reflect::has(&navigator, &"serviceWorker".into()).unwrap_or(false) {
        return;
    }
    let promise = navigator.service_worker().register("sw.js");
    wasm_bindgen_futures::spawn_local(async move {
        if let Err(e) = wasm_bindgen_futures::JsFuture::from(promise).await {
            leptos::logging::warn!("offline use unavailable: {e:?}");
        }
    });
}
