//! The strategy lab: the paper's strategies as levers (grouped by its three
//! families), presets to compare, an assumptions panel kept apart from the
//! levers, and the results: baseline against any number of scenarios with
//! uncertainty bands, each lever's wedge, costs and cost per resident kept,
//! a map of the reader's scenario, and what drives the result for a place
//! (each assumption's swing). Every slider move re-runs the model
//! through a coalescing scheduler; the slow parts (wedges, bands) wait until
//! the reader pauses.

mod controls;
mod drivers;
pub(crate) mod lab_worker;
mod outputs;
pub mod results;
pub mod scheduler;

use crate::components::loading::{LoadFailed, Loading};
use crate::data::use_data;
use crate::i18n::lab::lab_texts;
use crate::i18n::texts;
use crate::state::{use_app, use_lang};
use atlas_core::model::{Assumptions, LeverKey, LeverSetting, Output, PreparedData, Target};
use atlas_core::url_state::LabScope;
use lab_worker::{inputs_query, LabWorker};
use leptos::prelude::*;
use results::{compute, compute_deferred, Deferred, LabBuffers, LabInputs, LabResults, Scope};
use scheduler::Coalescer;
use std::sync::Arc;

/// Pause after the last input before the wedges and bands are computed.
const DEFERRED_DELAY_MS: u64 = 300;

/// The reader's scenario from the URL's `levers=key:value`: every lever
/// applies to all units (the link's values were checked and clamped in the
/// core).
pub fn user_settings(levers: &[(LeverKey, f64)]) -> Vec<LeverSetting> {
    levers
        .iter()
        .map(|(k, v)| LeverSetting::new(*k, *v, Target::All))
        .collect()
}

/// Shared between the lab's parts.
#[derive(Clone, Copy)]
pub struct Lab {
    pub assumptions: RwSignal<Assumptions>,
    pub output: RwSignal<Output>,
    /// Look at the selected unit (true) or the whole region.
    pub unit_scope: RwSignal<bool>,
    pub results: Coalescer<(Arc<PreparedData>, LabInputs), LabResults>,
    pub deferred: RwSignal<Option<Arc<Deferred>>>,
    pub scope: Signal<Scope>,
    /// The Web Worker of the county map and the slow pass.
    pub worker: LabWorker,
}

#[component]
pub fn LabView(
    /// The results only (embeds): no controls, wedges or map.
    #[prop(optional)]
    compact: bool,
) -> impl IntoView {
    let state = use_app();
    let data = use_data();
    let lang = use_lang();
    data.full.want();
    data.cohorts.want();

    // Prepared once, when both the details and the cohorts are here.
    let prepared = Signal::derive(move || use_data().prepared());
    let (unit_scope, scope) = use_unit_scope();
    let lab = Lab {
        assumptions: state.assume,
        output: state.output,
        unit_scope,
        results: {
            // The runs' buffers, kept for the next run (a Mutex only to be
            // Sync; the page has one thread).
            let buffers = std::sync::Mutex::new(LabBuffers::default());
            Coalescer::new(move |input: &(Arc<PreparedData>, LabInputs)| {
                let mut buffers = buffers.lock().unwrap_or_else(|e| e.into_inner());
                compute(&input.0, &input.1, &mut buffers)
            })
        },
        deferred: RwSignal::new(None),
        scope,
        worker: LabWorker::new(),
    };
    provide_context(lab);

    schedule_runs(lab, prepared);
    let runs = lab.results.runs;
    let last_ms = lab.results.last_ms;
    view! {
        <section class="lab-view" data-runs=move || runs.get().to_string() data-last-run-ms=move || format!("{:.2}", last_ms.get())>
            <h2 class="visually-hidden">{move || crate::i18n::view_name(atlas_core::url_state::View::Lab, lang.get())}</h2>
            <p class="lab-intro" class:visually-hidden=compact>
                {move || lab_texts(lang.get()).lab_intro}
                " "
                <strong>{move || texts(lang.get()).scenario_not_forecast}</strong>
            </p>
            <ModelStatus prepared=prepared />
            {(!compact).then(|| view! {
                <a class="jump-results" href="#lab-results">{move || lab_texts(lang.get()).jump_to_results}</a>
            })}
            // The chart and the controls share a box, so that on a phone
            // the chart can stay on screen above the levers (style.css).
            <div class="lab" class:compact=compact>
                <div class="lab-work">
                    <outputs::ScenarioChart />
                    {(!compact).then(|| view! {
                        <div class="lab-controls">
                            <controls::ScopePicker />
                            <controls::PresetPicker />
                            <controls::LeverPanel />
                            <controls::AssumptionsPanel />
                        </div>
                    })}
                </div>
                <div class="lab-results" id="lab-results">
                    <outputs::Results compact=compact />
                    {(!compact).then(|| view! { <drivers::DriversSection /> })}
                </div>
            </div>
        </section>
    }
}

/// Whether the lab looks at the selected place (true) or the whole region,
/// and the model's scope from it. The default follows the place; the link
/// (`scope=`) holds the choice only when it differs.
fn use_unit_scope() -> (RwSignal<bool>, Signal<Scope>) {
    let state = use_app();
    let unit_scope = RwSignal::new(match state.scope.get_untracked() {
        Some(LabScope::Unit) => true,
        Some(LabScope::Region) => false,
        None => state.unit.get_untracked().is_some(),
    });
    Effect::new(move |_| {
        let unit = unit_scope.get();
        let default = state.unit.get_untracked().is_some();
        state.scope.set((unit != default).then_some(if unit {
            LabScope::Unit
        } else {
            LabScope::Region
        }));
    });
    let scope = Signal::derive(move || match (unit_scope.get(), state.unit.get()) {
        (true, Some(code)) => Scope::Unit(code),
        _ => Scope::Region,
    });
    (unit_scope, scope)
}

/// Every change of the inputs schedules a run (coalesced) and, after a
/// pause, the slow pass in the lab's worker (on the page if the worker
/// cannot run); a newer change cancels a pending slow pass, and an answer
/// to a cancelled one is dropped.
fn schedule_runs(lab: Lab, prepared: Signal<Option<Arc<PreparedData>>>) {
    let state = use_app();
    let generation = StoredValue::new(0u64);
    // The id of the worker's slow pass the page waits for (0: none).
    let wanted = StoredValue::new(0u32);
    Effect::new(move |_| {
        let Some(p) = prepared.get() else { return };
        let levers = state.levers.get();
        let inputs = LabInputs {
            scope: lab.scope.get(),
            user: user_settings(&levers),
            presets: state.compare.get(),
            assumptions: lab.assumptions.get(),
        };
        lab.results.schedule((p.clone(), inputs.clone()));
        generation.update_value(|g| *g += 1);
        wanted.set_value(0);
        let mine = generation.get_value();
        // Only a change notifies (every reader of the slow pass re-renders).
        if lab.deferred.with_untracked(Option::is_some) {
            lab.deferred.set(None);
        }
        set_timeout(
            move || {
                if generation.get_value() != mine {
                    return;
                }
                let query = inputs_query(levers, inputs.assumptions);
                let unit = match inputs.scope {
                    Scope::Unit(code) => code,
                    Scope::Region => 0,
                };
                match lab.worker.post("deferred", query, unit) {
                    Some(id) => wanted.set_value(id),
                    None => lab
                        .deferred
                        .set(Some(Arc::new(compute_deferred(&p, &inputs)))),
                }
            },
            std::time::Duration::from_millis(DEFERRED_DELAY_MS),
        );
    });
    Effect::new(move |_| {
        if let Some((id, d)) = lab.worker.deferred.get() {
            if id != 0 && id == wanted.get_value() {
                lab.deferred.set(Some(d));
            }
        }
    });
}

/// The model needs both files: a failure of either is shown with its
/// retry, else the loading line until the model's data are prepared.
#[component]
fn ModelStatus(prepared: Signal<Option<Arc<PreparedData>>>) -> impl IntoView {
    let data = use_data();
    let (full, cohorts) = (data.full, data.cohorts);
    move || {
        if let Some(Err(message)) = full.state() {
            return Some(view! { <LoadFailed file=full.untyped() message=message /> }.into_any());
        }
        if let Some(Err(message)) = cohorts.state() {
            return Some(
                view! { <LoadFailed file=cohorts.untyped() message=message /> }.into_any(),
            );
        }
        prepared
            .get()
            .is_none()
            .then(|| view! { <Loading /> }.into_any())
    }
}

pub fn use_lab() -> Lab {
    expect_context::<Lab>()
}
