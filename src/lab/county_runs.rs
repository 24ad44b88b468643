//! The page's side of the lab's Web Worker (`src/worker.rs`, run by
//! `public/lab-worker.js`): the county map of the reader's scenario. Every
//! change of the lab's inputs is posted to the worker at once (it runs
//! only the latest), and each answer replaces the map's values, so the
//! counties follow a drag while the page's thread keeps the chart and the
//! prefectures.

use leptos::prelude::*;
use std::collections::HashMap;
use std::sync::Arc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{MessageEvent, Worker, WorkerOptions, WorkerType};

/// The counties' side of the lab, once asked for.
#[derive(Clone, Copy)]
pub struct CountyRuns {
    /// County -> population change 2020-2040 (%) in the reader's scenario,
    /// from the latest answer.
    pub changes: RwSignal<Option<Arc<HashMap<u32, f64>>>>,
    /// Answers received (the benchmark's hook, `data-county-runs`).
    pub runs: RwSignal<u32>,
    /// Why the worker cannot run, if it cannot.
    pub failed: RwSignal<Option<String>>,
    /// When the latest answer arrived (ms since the time origin) and how
    /// long its run took in the worker.
    pub answered_at: RwSignal<f64>,
    pub run_ms: RwSignal<f64>,
}

/// A running worker and its message handler (kept alive with it).
type Running = (Worker, Closure<dyn FnMut(MessageEvent)>);

/// The URL (absolute) of the page's first element matching `selector`'s
/// `href`: the wasm-bindgen script and the module Trunk linked.
fn linked(selector: &str) -> Option<String> {
    let document = web_sys::window()?.document()?;
    let href = document
        .query_selector(selector)
        .ok()??
        .get_attribute("href")?;
    web_sys::Url::new_with_base(&href, &document.url().ok()?)
        .ok()
        .map(|u| u.href())
}

fn now_ms() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map(|p| p.now())
        .unwrap_or(0.0)
}

/// Starts the worker and posts it `query` (the levers and assumptions as a
/// link's query string) whenever it changes (nothing while it is `None`);
/// the worker stops with the calling component.
pub fn use_county_runs(query: Signal<Option<String>>) -> CountyRuns {
    let runs = CountyRuns {
        changes: RwSignal::new(None),
        runs: RwSignal::new(0),
        failed: RwSignal::new(None),
        answered_at: RwSignal::new(0.0),
        run_ms: RwSignal::new(0.0),
    };
    let worker = StoredValue::new_local(None::<Running>);
    let next_id = StoredValue::new(0u32);
    Effect::new(move |_| {
        let Some(query) = query.get() else { return };
        if worker.with_value(Option::is_none) {
            match start(runs) {
                Ok(started) => worker.set_value(Some(started)),
                Err(why) => {
                    runs.failed.set(Some(why));
                    return;
                }
            }
        }
        next_id.update_value(|i| *i += 1);
        let message = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&message, &"id".into(), &next_id.get_value().into());
        let _ = js_sys::Reflect::set(&message, &"query".into(), &query.into());
        worker.with_value(|w| {
            if let Some((w, _)) = w {
                let _ = w.post_message(&message);
            }
        });
    });
    on_cleanup(move || {
        worker.with_value(|w| {
            if let Some((w, _)) = w {
                w.terminate();
            }
        })
    });
    runs
}

/// Creates the worker and tells it where the page's module is.
fn start(runs: CountyRuns) -> Result<Running, String> {
    let (Some(glue), Some(wasm)) = (
        linked("link[rel=modulepreload]"),
        linked("link[rel=preload][type='application/wasm']"),
    ) else {
        return Err("the page does not link its WebAssembly module".into());
    };
    let options = WorkerOptions::new();
    options.set_type(WorkerType::Module);
    let worker =
        Worker::new_with_options("lab-worker.js", &options).map_err(|e| format!("{e:?}"))?;
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
        answer(runs, &event.data());
    });
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    let hello = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&hello, &"glue".into(), &glue.into());
    let _ = js_sys::Reflect::set(&hello, &"wasm".into(), &wasm.into());
    worker.post_message(&hello).map_err(|e| format!("{e:?}"))?;
    Ok((worker, on_message))
}

/// Reads one message of the worker: an error, or a run's values.
fn answer(runs: CountyRuns, data: &JsValue) {
    let field = |name: &str| js_sys::Reflect::get(data, &name.into()).ok();
    if let Some(error) = field("error").and_then(|e| e.as_string()) {
        runs.failed.set(Some(error));
        return;
    }
    let Some(values) = field("values").and_then(|v| v.dyn_into::<js_sys::Float64Array>().ok())
    else {
        return;
    };
    let flat = values.to_vec();
    let changes: HashMap<u32, f64> = flat.chunks_exact(2).map(|p| (p[0] as u32, p[1])).collect();
    runs.run_ms
        .set(field("ms").and_then(|m| m.as_f64()).unwrap_or(f64::NAN));
    runs.changes.set(Some(Arc::new(changes)));
    runs.answered_at.set(now_ms());
    runs.runs.update(|r| *r += 1);
}
