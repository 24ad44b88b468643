//! A coalescing scheduler for model runs, in the spirit of SDEverywhere's:
//! inputs may arrive faster than runs finish (a slider being dragged); only
//! the latest is run. The run is a zero-delay task queued after the input:
//! every input event already waiting in the browser's queue is handled
//! first and replaces the pending input, so a drag never queues stale runs,
//! and an idle page answers within one run (no wait for the next frame).

use leptos::prelude::*;
use std::sync::Arc;

/// The work a scheduler runs.
type Job<I, O> = Arc<dyn Fn(&I) -> O + Send + Sync>;

/// Runs `job` on the latest scheduled input and publishes its output.
pub struct Coalescer<I: Send + Sync + 'static, O: Send + Sync + 'static> {
    pending: StoredValue<Option<I>>,
    run_queued: StoredValue<bool>,
    job: StoredValue<Job<I, O>>,
    pub output: RwSignal<Option<Arc<O>>>,
    /// Runs started and inputs dropped because a newer one replaced them
    /// (for the benchmark harness and the tests).
    pub runs: RwSignal<u32>,
    pub coalesced: StoredValue<u32>,
    /// Duration of the last run in milliseconds.
    pub last_ms: RwSignal<f64>,
}

impl<I: Send + Sync + 'static, O: Send + Sync + 'static> Clone for Coalescer<I, O> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<I: Send + Sync + 'static, O: Send + Sync + 'static> Copy for Coalescer<I, O> {}

fn now_ms() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map(|p| p.now())
        .unwrap_or(0.0)
}

impl<I: Send + Sync + 'static, O: Send + Sync + 'static> Coalescer<I, O> {
    pub fn new(job: impl Fn(&I) -> O + Send + Sync + 'static) -> Self {
        Coalescer {
            pending: StoredValue::new(None),
            run_queued: StoredValue::new(false),
            job: StoredValue::new(Arc::new(job)),
            output: RwSignal::new(None),
            runs: RwSignal::new(0),
            coalesced: StoredValue::new(0),
            last_ms: RwSignal::new(0.0),
        }
    }

    /// Schedules a run on `input`, replacing any input not yet run.
    pub fn schedule(self, input: I) {
        let replaced = self
            .pending
            .try_update_value(|p| p.replace(input).is_some())
            .unwrap_or(false);
        if replaced {
            self.coalesced.update_value(|c| *c += 1);
        }
        if !self.run_queued.get_value() {
            self.run_queued.set_value(true);
            set_timeout(move || self.run_latest(), std::time::Duration::ZERO);
        }
    }

    fn run_latest(self) {
        self.run_queued.set_value(false);
        let Some(input) = self.pending.try_update_value(Option::take).flatten() else {
            return;
        };
        let job = self.job.get_value();
        let start = now_ms();
        let output = job(&input);
        self.last_ms.set(now_ms() - start);
        self.runs.update(|r| *r += 1);
        self.output.set(Some(Arc::new(output)));
    }
}
