//! Hooks for the benchmark harness (`scripts/bench.sh`), exported to
//! JavaScript as `window.wasmBindings.*`: the first map paint as a
//! performance mark, Monte Carlo timing in the browser, WebAssembly memory.

use atlas_core::model::{run, PreparedData, RunInputs, UnitSet};
use std::cell::RefCell;
use std::sync::Arc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

thread_local! {
    /// The lab's prepared model data, once the lab has made it.
    static PREPARED: RefCell<Option<Arc<PreparedData>>> = const { RefCell::new(None) };
}

/// Called by the lab when its data is prepared.
pub fn set_prepared(prepared: Arc<PreparedData>) {
    PREPARED.with(|p| *p.borrow_mut() = Some(prepared));
}

/// Marks `atlas:first-map-paint` once, after the frame that shows the map.
pub fn mark_first_map_paint() {
    leptos::prelude::request_animation_frame(|| {
        if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
            if performance
                .get_entries_by_name("atlas:first-map-paint")
                .length()
                == 0
            {
                let _ = performance.mark("atlas:first-map-paint");
            }
        }
    });
}

/// Milliseconds for `draws` Monte Carlo draws of one unit (the combined
/// package), or NaN before the lab has prepared its data.
#[wasm_bindgen]
pub fn bench_monte_carlo(code: u32, draws: u32) -> f64 {
    let Some(prepared) = PREPARED.with(|p| p.borrow().clone()) else {
        return f64::NAN;
    };
    let Some(performance) = web_sys::window().and_then(|w| w.performance()) else {
        return f64::NAN;
    };
    let mut inputs = RunInputs::new(
        UnitSet::Codes { codes: vec![code] },
        atlas_core::model::Preset::Combined.settings(),
    );
    inputs.draws = draws;
    inputs.seed = 1;
    let start = performance.now();
    let out = run(&prepared, &inputs);
    let ms = performance.now() - start;
    if out.units.is_empty() {
        f64::NAN
    } else {
        ms
    }
}

/// Bytes of WebAssembly linear memory.
#[wasm_bindgen]
pub fn wasm_memory_bytes() -> f64 {
    wasm_bindgen::memory()
        .unchecked_into::<js_sys::WebAssembly::Memory>()
        .buffer()
        .unchecked_into::<js_sys::ArrayBuffer>()
        .byte_length() as f64
}

/// Start and end of the lab's last model run (ms since the time origin),
/// so that the harness can split a slider move into waiting, running the
/// model and redrawing.
#[wasm_bindgen]
pub fn bench_last_run() -> Vec<f64> {
    let (start, end) = crate::lab::scheduler::LAST_RUN.with(|r| r.get());
    vec![start, end]
}
