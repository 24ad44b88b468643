//! The lab's Web Worker runs the counties and the slow pass: the same
//! WebAssembly as the page
//! (already downloaded and cached, so the worker costs no transfer), loaded
//! by `public/lab-worker.js`, which calls these two functions. The page
//! keeps the 54 prefectures (its chart and map answer within a frame); the
//! 517 projected counties take about 30 ms in the browser, which would
//! stall every slider move on the page's thread, so they run here, on the
//! latest inputs only (the worker script drops inputs a newer one
//! replaced). So does the slow pass after a pause (each lever's wedge, the
//! 400 Monte Carlo draws of a place's bands: 30-60 ms), so that a move
//! that comes during it is not held up.

use crate::lab::results::{compute_deferred, map_of, LabInputs, Scope};
use atlas_core::bundle::{Bundle, Cohorts};
use atlas_core::model::{run_into, PreparedData, RunInputs, RunOutputs, UnitSet};
use atlas_core::{Level, ViewState};
use std::cell::RefCell;
use wasm_bindgen::prelude::*;

thread_local! {
    /// The prepared data and the buffers of the last run (whose baselines
    /// the next run at the same assumptions keeps).
    static WORKER: RefCell<Option<(PreparedData, RunOutputs)>> = const { RefCell::new(None) };
}

/// Prepares the model from the text of the three data files.
#[wasm_bindgen]
pub fn worker_prepare(atlas: &str, details: &str, cohorts: &str) -> Result<(), String> {
    let bundle = Bundle::from_files(atlas, details).map_err(|e| e.to_string())?;
    let cohorts = Cohorts::from_json(cohorts).map_err(|e| e.to_string())?;
    let prepared = PreparedData::new(&bundle, &cohorts);
    WORKER.with(|w| *w.borrow_mut() = Some((prepared, RunOutputs::default())));
    Ok(())
}

/// Runs the counties on the levers and assumptions of `query` (a link's
/// query string: the same parser as the address bar's, so no second
/// encoding of the inputs is compiled in) and returns, for every county
/// run, its code and its population change 2020-2040 in %, flat:
/// `[code, change, code, change, ...]`.
#[wasm_bindgen]
pub fn worker_run(query: &str) -> Result<Vec<f64>, String> {
    let (state, _) = ViewState::from_query(query);
    let inputs = RunInputs {
        units: UnitSet::Level {
            level: Level::County,
        },
        levers: crate::lab::user_settings(&state.levers),
        assumptions: state.assume,
        seed: 0,
        draws: 0,
    };
    WORKER.with(|w| {
        let mut w = w.borrow_mut();
        let (prepared, out) = w.as_mut().ok_or("the worker has no data yet")?;
        run_into(prepared, &inputs, out);
        Ok(map_of(out)
            .into_iter()
            .flat_map(|(code, change)| [code as f64, change])
            .collect())
    })
}

/// The slow pass of the lab ([`compute_deferred`]) on the levers and
/// assumptions of `query`, for the place `unit` (0: the whole region), as
/// [`Deferred::to_flat`](crate::lab::results::Deferred::to_flat) numbers.
#[wasm_bindgen]
pub fn worker_deferred(query: &str, unit: u32) -> Result<Vec<f64>, String> {
    let (state, _) = ViewState::from_query(query);
    let inputs = LabInputs {
        scope: if unit == 0 {
            Scope::Region
        } else {
            Scope::Unit(unit)
        },
        user: crate::lab::user_settings(&state.levers),
        presets: Vec::new(),
        assumptions: state.assume,
    };
    WORKER.with(|w| {
        let w = w.borrow();
        let (prepared, _) = w.as_ref().ok_or("the worker has no data yet")?;
        Ok(compute_deferred(prepared, &inputs).to_flat())
    })
}
