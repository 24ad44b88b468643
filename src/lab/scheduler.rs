//! A coalescing scheduler for model runs, in the spirit of SDEverywhere's:
//! inputs may arrive faster than runs finish (a slider being dragged); only
//! the latest is run, and a drag never queues stale runs.
//!
//! When the page is idle the run follows the input at once (in a
//! microtask, before the browser draws a frame): a zero-delay timer let a
//! whole frame be drawn first, 3-5 ms of every slider move in the trace.
//! When inputs come back to back (events that waited in the browser's
//! queue while the last run was busy), the run waits for a zero-delay task
//! instead, so that every input still queued is handled first and replaces
//! the pending one.

use crate::clock::now_ms;
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

/// An input this soon after the last run ended waited in the queue while
/// the run was busy: more may be waiting behind it.
const BACK_TO_BACK_MS: f64 = 4.0;

thread_local! {
    /// Start and end (ms since the page's time origin) of the last run.
    pub static LAST_RUN: std::cell::Cell<(f64, f64)> = const { std::cell::Cell::new((0.0, 0.0)) };
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
            let since_last = now_ms() - LAST_RUN.with(|r| r.get().1);
            if since_last < BACK_TO_BACK_MS {
                set_timeout(move || self.run_latest(), std::time::Duration::ZERO);
            } else {
                queue_microtask(move || self.run_latest());
            }
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
        let end = now_ms();
        self.last_ms.set(end - start);
        // For the benchmark harness: when the last run started and ended.
        LAST_RUN.with(|r| r.set((start, end)));
        self.runs.update(|r| *r += 1);
        self.output.set(Some(Arc::new(output)));
    }
}
