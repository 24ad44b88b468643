//! The page's side of the lab's Web Worker (`src/worker.rs`, run by
//! `public/lab-worker.js`). Two jobs go there, each posted at once and run
//! by the worker on its latest inputs only:
//! - `counties`: the county map of the reader's scenario, on every change,
//!   so the counties follow a drag while the page's thread keeps the chart
//!   and the prefectures;
//! - `deferred`: the slow pass after a pause (wedges, bands), so that a move
//!   during it is never held up.
//!
//! The worker starts on the first job; if it cannot (no module workers),
//! the county map says why and the slow pass runs on the page as before.

use super::results::Deferred;
use crate::clock::now_ms;
use atlas_core::model::{Assumptions, LeverKey};
use atlas_core::ViewState;
use leptos::prelude::*;
use std::collections::HashMap;
use std::sync::Arc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{MessageEvent, Worker, WorkerOptions, WorkerType};

/// A running worker and its message handler (kept alive with it).
type Running = (Worker, Closure<dyn FnMut(MessageEvent)>);

/// What a job's inputs travel as: the reader's levers and assumptions as a
/// link's query string, which the worker reads with the address bar's own
/// parser (`src/worker.rs`).
pub fn inputs_query(levers: Vec<(LeverKey, f64)>, assume: Assumptions) -> String {
    ViewState {
        levers,
        assume,
        ..ViewState::default()
    }
    .to_query()
}

/// The lab's worker and what it has answered.
#[derive(Clone, Copy)]
pub struct LabWorker {
    /// County -> population change 2020-2040 (%) in the reader's scenario,
    /// from the latest answer.
    pub county_changes: RwSignal<Option<Arc<HashMap<u32, f64>>>>,
    /// County answers received (the benchmark's hook, `data-county-runs`).
    pub county_runs: RwSignal<u32>,
    /// When the latest county answer arrived (ms since the time origin)
    /// and how long its run took in the worker.
    pub county_answered_at: RwSignal<f64>,
    pub county_run_ms: RwSignal<f64>,
    /// The latest slow pass, with the id of the job it answers.
    pub deferred: RwSignal<Option<(u32, Arc<Deferred>)>>,
    /// Why the worker cannot run, if it cannot.
    pub failed: RwSignal<Option<String>>,
    worker: StoredValue<Option<Running>, LocalStorage>,
    next_id: StoredValue<u32>,
}

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

impl LabWorker {
    /// A worker not started yet; it stops with the calling component.
    pub fn new() -> LabWorker {
        let lab_worker = LabWorker {
            county_changes: RwSignal::new(None),
            county_runs: RwSignal::new(0),
            county_answered_at: RwSignal::new(0.0),
            county_run_ms: RwSignal::new(0.0),
            deferred: RwSignal::new(None),
            failed: RwSignal::new(None),
            worker: StoredValue::new_local(None),
            next_id: StoredValue::new(0),
        };
        on_cleanup(move || {
            lab_worker.worker.with_value(|w| {
                if let Some((w, _)) = w {
                    w.terminate();
                }
            })
        });
        lab_worker
    }

    /// Posts a job (`counties` or `deferred`) on the levers and assumptions
    /// of `query` (a link's query string) for the place `unit` (0: the
    /// region); returns its id, or `None` if the worker cannot run.
    pub fn post(self, kind: &str, query: String, unit: u32) -> Option<u32> {
        if self.failed.with_untracked(Option::is_some) {
            return None;
        }
        if self.worker.with_value(Option::is_none) {
            match self.start() {
                Ok(started) => self.worker.set_value(Some(started)),
                Err(why) => {
                    self.failed.set(Some(why));
                    return None;
                }
            }
        }
        self.next_id.update_value(|i| *i += 1);
        let id = self.next_id.get_value();
        let message = js_sys::Object::new();
        let set = |k: &str, v: JsValue| js_sys::Reflect::set(&message, &k.into(), &v).is_ok();
        let ready = set("id", id.into())
            && set("kind", kind.into())
            && set("query", query.into())
            && set("unit", unit.into());
        let sent = ready
            && self.worker.with_value(|w| {
                w.as_ref()
                    .is_some_and(|(w, _)| w.post_message(&message).is_ok())
            });
        sent.then_some(id)
    }

    /// Creates the worker and tells it where the page's module is.
    fn start(self) -> Result<Running, String> {
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
            self.answer(&event.data());
        });
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        let hello = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&hello, &"glue".into(), &glue.into());
        let _ = js_sys::Reflect::set(&hello, &"wasm".into(), &wasm.into());
        worker.post_message(&hello).map_err(|e| format!("{e:?}"))?;
        Ok((worker, on_message))
    }

    /// Reads one message of the worker: an error, or a job's numbers.
    fn answer(self, data: &JsValue) {
        let field = |name: &str| js_sys::Reflect::get(data, &name.into()).ok();
        if let Some(error) = field("error").and_then(|e| e.as_string()) {
            self.failed.set(Some(error));
            return;
        }
        let Some(values) = field("values").and_then(|v| v.dyn_into::<js_sys::Float64Array>().ok())
        else {
            return;
        };
        let flat = values.to_vec();
        let id = field("id").and_then(|i| i.as_f64()).unwrap_or(0.0) as u32;
        match field("kind").and_then(|k| k.as_string()).as_deref() {
            Some("deferred") => {
                if let Some(d) = Deferred::from_flat(&flat) {
                    self.deferred.set(Some((id, Arc::new(d))));
                }
            }
            _ => {
                let changes: HashMap<u32, f64> =
                    flat.chunks_exact(2).map(|p| (p[0] as u32, p[1])).collect();
                self.county_run_ms
                    .set(field("ms").and_then(|m| m.as_f64()).unwrap_or(f64::NAN));
                self.county_changes.set(Some(Arc::new(changes)));
                self.county_answered_at.set(now_ms());
                self.county_runs.update(|r| *r += 1);
            }
        }
    }
}
